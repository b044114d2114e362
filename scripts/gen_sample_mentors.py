#!/usr/bin/env python3
"""Generate data/mentors.json: the built-in directory of SAMPLE mentors.

Every profile is fictional: names are random pairings from hand-written pools, bios are
assembled from invented sentence parts. The output is deterministic (fixed seed), so
re-running the script gives a byte-identical file:

    python3 scripts/gen_sample_mentors.py            # writes data/mentors.json
    python3 scripts/gen_sample_mentors.py --check    # fails if the file is out of date

Standard library only. The JSON matches `trellis::core::mentor::Mentor` (serde snake_case)
and is compiled into the app with include_str!, so it is written compactly, one mentor per line.
"""

import json
import random
import sys
from pathlib import Path

SEED = 20240607
COUNT = 168
OUT = Path(__file__).resolve().parent.parent / "data" / "mentors.json"
LABEL = "Sample mentors — fictional profiles for trying Trellis"

# ---------------------------------------------------------------------------------------------
# Names by culture. Pairings of these common names are fictional people.
NAMES = {
    "nigeria": (["Adaeze", "Chinedu", "Folake", "Tunde", "Ngozi", "Emeka", "Aisha", "Ibrahim",
                 "Funmilayo", "Obinna", "Zainab", "Segun"],
                ["Okafor", "Adeyemi", "Balogun", "Nwosu", "Eze", "Abubakar", "Okonkwo", "Afolabi",
                 "Ogunleye", "Bello"]),
    "east_africa": (["Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Amani", "Neema", "Baraka",
                     "Aline", "Eric", "Selam", "Dawit", "Hiwot"],
                    ["Mwangi", "Odhiambo", "Kariuki", "Wambui", "Mutua", "Uwase", "Habimana",
                     "Tesfaye", "Bekele", "Girma"]),
    "west_africa": (["Kwame", "Akosua", "Yaw", "Efua", "Kofi", "Abena", "Mamadou", "Awa"],
                    ["Mensah", "Owusu", "Boateng", "Asante", "Diallo", "Ndiaye", "Acheampong"]),
    "south_africa": (["Thandiwe", "Sipho", "Lerato", "Thabo", "Nomsa", "Pieter", "Zanele", "Ayanda"],
                     ["Dlamini", "Nkosi", "Mokoena", "van der Merwe", "Naidoo", "Khumalo",
                      "Botha", "Mahlangu"]),
    "arab": (["Youssef", "Layla", "Omar", "Nour", "Karim", "Salma", "Hana", "Tariq", "Rania",
              "Mariam", "Samir", "Imane"],
             ["Haddad", "El-Sayed", "Mansour", "Khalil", "Benali", "Aziz", "Farouk", "Nasser",
              "Saleh", "Amrani"]),
    "india": (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Meera", "Sanjay", "Divya",
               "Aditya", "Lakshmi", "Farhan", "Ishita", "Rahul"],
              ["Sharma", "Iyer", "Patel", "Reddy", "Nair", "Gupta", "Menon", "Banerjee", "Singh",
               "Krishnan", "Desai", "Qureshi"]),
    "nepal": (["Sita", "Bikash", "Anjali", "Suman", "Pooja", "Prakash", "Rojina"],
              ["Shrestha", "Gurung", "Thapa", "Adhikari", "Tamang", "Rai", "Karki"]),
    "south_asia": (["Ayesha", "Bilal", "Fatima", "Hamza", "Nusrat", "Tanvir", "Sadia", "Imran"],
                   ["Khan", "Chowdhury", "Rahman", "Hussain", "Malik", "Ahmed", "Siddiqui"]),
    "china": (["Wei", "Mei", "Jun", "Xiu", "Hao", "Lin", "Yan", "Jia", "Chen", "Yu-Ting"],
              ["Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Lin", "Tan", "Lim", "Ong"]),
    "japan": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Sakura", "Kenji", "Emi"],
              ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura"]),
    "korea": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin"],
              ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon"]),
    "southeast_asia": (["Maria", "Jose", "Andrea", "Paolo", "Putri", "Budi", "Sari", "Dewi",
                        "Linh", "Minh", "Thu", "Anh"],
                       ["Santos", "Reyes", "Cruz", "Bautista", "Wijaya", "Susanto", "Pratama",
                        "Nguyen", "Tran", "Pham", "Le"]),
    "turkey": (["Elif", "Emre", "Zeynep", "Mehmet", "Ayse", "Can"],
               ["Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Aydin"]),
    "uk_ireland": (["Oliver", "Amelia", "Siobhan", "Declan", "Hannah", "James", "Fiona", "Callum",
                    "Grace", "Niamh", "Rhys", "Eleanor"],
                   ["Walsh", "Thompson", "Murphy", "Evans", "Clarke", "O'Brien", "Hughes",
                    "MacLeod", "Patel", "Byrne"]),
    "northern_europe": (["Lukas", "Anna", "Jonas", "Sofie", "Lars", "Ingrid", "Emma", "Daan",
                         "Freya", "Matthias", "Greta", "Nils"],
                        ["Müller", "Schmidt", "Jansen", "de Vries", "Lindqvist", "Andersson",
                         "Becker", "Hoffmann", "Visser", "Nyberg"]),
    "france": (["Camille", "Louis", "Chloé", "Julien", "Manon", "Théo", "Inès", "Antoine"],
               ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Girard"]),
    "iberia_latam": (["Lucía", "Mateo", "Valentina", "Santiago", "Camila", "Diego", "Sofía",
                      "Alejandro", "Isabel", "Javier", "Gabriela", "Andrés", "Carmen"],
                     ["García", "Rodríguez", "Martínez", "López", "Hernández", "González",
                      "Torres", "Ramírez", "Flores", "Vargas", "Castillo", "Morales"]),
    "portuguese": (["João", "Ana", "Beatriz", "Pedro", "Mariana", "Rafael", "Larissa", "Thiago",
                    "Fernanda", "Gustavo"],
                   ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Almeida",
                    "Ferreira", "Carvalho"]),
    "central_europe": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Olena", "Andriy", "Iryna",
                        "Marek"],
                       ["Kowalska", "Nowak", "Wiśniewski", "Zielińska", "Shevchenko", "Bondarenko",
                        "Kovalenko"]),
    "north_america": (["Emily", "Marcus", "Jasmine", "Tyler", "Keisha", "Brandon", "Olivia",
                       "DeShawn", "Madison", "Ethan", "Rebecca", "Jamal", "Chloe", "Nathan"],
                      ["Johnson", "Williams", "Brown", "Jackson", "Robinson", "Nguyen", "Cohen",
                       "Tremblay", "Martin", "Washington", "Begay", "Okoro"]),
    "oceania": (["Charlotte", "Jack", "Isla", "Lachlan", "Mia", "Hamish", "Aroha", "Tane",
                 "Mere", "Ruby", "Sione", "Losana"],
                ["Smith", "Wilson", "Taylor", "Ngata", "Parata", "Tupou", "Kennedy", "Anderson",
                 "Fifita", "Campbell"]),
}

# City, country, IANA zone, name culture, languages spoken there (first is most common).
CITIES = [
    # Africa
    ("Lagos", "Nigeria", "Africa/Lagos", "nigeria", ["English", "Yoruba"]),
    ("Abuja", "Nigeria", "Africa/Lagos", "nigeria", ["English", "Hausa"]),
    ("Nairobi", "Kenya", "Africa/Nairobi", "east_africa", ["English", "Swahili"]),
    ("Kigali", "Rwanda", "Africa/Kigali", "east_africa", ["Kinyarwanda", "English", "French"]),
    ("Addis Ababa", "Ethiopia", "Africa/Addis_Ababa", "east_africa", ["Amharic", "English"]),
    ("Accra", "Ghana", "Africa/Accra", "west_africa", ["English", "Twi"]),
    ("Dakar", "Senegal", "Africa/Dakar", "west_africa", ["French", "Wolof"]),
    ("Johannesburg", "South Africa", "Africa/Johannesburg", "south_africa", ["English", "Zulu"]),
    ("Cape Town", "South Africa", "Africa/Johannesburg", "south_africa", ["English", "Afrikaans"]),
    ("Cairo", "Egypt", "Africa/Cairo", "arab", ["Arabic", "English"]),
    ("Casablanca", "Morocco", "Africa/Casablanca", "arab", ["Arabic", "French"]),
    # Asia
    ("Bengaluru", "India", "Asia/Kolkata", "india", ["English", "Hindi", "Kannada"]),
    ("Mumbai", "India", "Asia/Kolkata", "india", ["English", "Hindi", "Marathi"]),
    ("Chennai", "India", "Asia/Kolkata", "india", ["English", "Tamil"]),
    ("Kathmandu", "Nepal", "Asia/Kathmandu", "nepal", ["Nepali", "English"]),
    ("Dhaka", "Bangladesh", "Asia/Dhaka", "south_asia", ["Bengali", "English"]),
    ("Karachi", "Pakistan", "Asia/Karachi", "south_asia", ["Urdu", "English"]),
    ("Singapore", "Singapore", "Asia/Singapore", "china", ["English", "Mandarin", "Malay"]),
    ("Taipei", "Taiwan", "Asia/Taipei", "china", ["Mandarin", "English"]),
    ("Shanghai", "China", "Asia/Shanghai", "china", ["Mandarin", "English"]),
    ("Tokyo", "Japan", "Asia/Tokyo", "japan", ["Japanese", "English"]),
    ("Osaka", "Japan", "Asia/Tokyo", "japan", ["Japanese"]),
    ("Seoul", "South Korea", "Asia/Seoul", "korea", ["Korean", "English"]),
    ("Manila", "Philippines", "Asia/Manila", "southeast_asia", ["Filipino", "English"]),
    ("Jakarta", "Indonesia", "Asia/Jakarta", "southeast_asia", ["Indonesian", "English"]),
    ("Ho Chi Minh City", "Vietnam", "Asia/Ho_Chi_Minh", "southeast_asia", ["Vietnamese", "English"]),
    ("Dubai", "United Arab Emirates", "Asia/Dubai", "arab", ["Arabic", "English"]),
    ("Amman", "Jordan", "Asia/Amman", "arab", ["Arabic", "English"]),
    # Europe
    ("London", "United Kingdom", "Europe/London", "uk_ireland", ["English"]),
    ("Manchester", "United Kingdom", "Europe/London", "uk_ireland", ["English"]),
    ("Dublin", "Ireland", "Europe/Dublin", "uk_ireland", ["English", "Irish"]),
    ("Berlin", "Germany", "Europe/Berlin", "northern_europe", ["German", "English"]),
    ("Amsterdam", "Netherlands", "Europe/Amsterdam", "northern_europe", ["Dutch", "English"]),
    ("Stockholm", "Sweden", "Europe/Stockholm", "northern_europe", ["Swedish", "English"]),
    ("Paris", "France", "Europe/Paris", "france", ["French", "English"]),
    ("Lyon", "France", "Europe/Paris", "france", ["French"]),
    ("Madrid", "Spain", "Europe/Madrid", "iberia_latam", ["Spanish", "English"]),
    ("Lisbon", "Portugal", "Europe/Lisbon", "portuguese", ["Portuguese", "English"]),
    ("Warsaw", "Poland", "Europe/Warsaw", "central_europe", ["Polish", "English"]),
    ("Kyiv", "Ukraine", "Europe/Kyiv", "central_europe", ["Ukrainian", "English"]),
    ("Istanbul", "Türkiye", "Europe/Istanbul", "turkey", ["Turkish", "English"]),
    # Americas
    ("New York", "United States", "America/New_York", "north_america", ["English"]),
    ("Atlanta", "United States", "America/New_York", "north_america", ["English"]),
    ("Chicago", "United States", "America/Chicago", "north_america", ["English"]),
    ("Denver", "United States", "America/Denver", "north_america", ["English"]),
    ("Phoenix", "United States", "America/Phoenix", "north_america", ["English", "Spanish"]),
    ("Los Angeles", "United States", "America/Los_Angeles", "north_america", ["English", "Spanish"]),
    ("Toronto", "Canada", "America/Toronto", "north_america", ["English", "French"]),
    ("Vancouver", "Canada", "America/Vancouver", "north_america", ["English"]),
    ("St. John's", "Canada", "America/St_Johns", "north_america", ["English"]),
    ("Mexico City", "Mexico", "America/Mexico_City", "iberia_latam", ["Spanish", "English"]),
    ("Bogotá", "Colombia", "America/Bogota", "iberia_latam", ["Spanish", "English"]),
    ("Lima", "Peru", "America/Lima", "iberia_latam", ["Spanish", "Quechua"]),
    ("Santiago", "Chile", "America/Santiago", "iberia_latam", ["Spanish", "English"]),
    ("Buenos Aires", "Argentina", "America/Argentina/Buenos_Aires", "iberia_latam", ["Spanish", "English"]),
    ("São Paulo", "Brazil", "America/Sao_Paulo", "portuguese", ["Portuguese", "English"]),
    ("Recife", "Brazil", "America/Recife", "portuguese", ["Portuguese"]),
    # Australia and the Pacific
    ("Sydney", "Australia", "Australia/Sydney", "oceania", ["English"]),
    ("Melbourne", "Australia", "Australia/Melbourne", "oceania", ["English", "Greek"]),
    ("Adelaide", "Australia", "Australia/Adelaide", "oceania", ["English"]),
    ("Perth", "Australia", "Australia/Perth", "oceania", ["English"]),
    ("Auckland", "New Zealand", "Pacific/Auckland", "oceania", ["English", "Māori"]),
    ("Wellington", "New Zealand", "Pacific/Auckland", "oceania", ["English", "Māori"]),
    ("Suva", "Fiji", "Pacific/Fiji", "oceania", ["English", "Fijian"]),
]

# Extra languages some people speak regardless of city.
EXTRA_LANGUAGES = ["Spanish", "French", "German", "Mandarin", "Arabic", "Portuguese", "Hindi",
                   "Japanese", "Swahili", "Italian", "Russian", "Korean"]

GENERAL_SKILLS = ["public speaking", "presentation skills", "leadership", "people management",
                  "stakeholder management", "negotiation", "career planning", "networking",
                  "time management", "giving feedback", "writing", "interviewing"]

# industry -> (skills, [titles by stage: early, mid, senior, lead, executive], workplaces)
INDUSTRIES = {
    "Software": (
        ["python", "rust", "javascript", "typescript", "system design", "code review",
         "data analysis", "machine learning", "cloud infrastructure", "product management",
         "testing", "open source"],
        [["Junior developer", "Graduate software engineer", "Frontend developer"],
         ["Software engineer", "Backend engineer", "Mobile developer", "Data engineer"],
         ["Senior software engineer", "Senior data scientist", "Senior product manager"],
         ["Engineering manager", "Staff engineer", "Head of product"],
         ["CTO", "VP of engineering", "Co-founder and CEO"]],
        ["a fintech startup", "a logistics platform", "an open-source foundation",
         "a games studio", "a health-tech company", "a cloud provider", "a travel marketplace"]),
    "Healthcare": (
        ["clinical research", "patient care", "health informatics", "public health",
         "quality improvement", "data analysis", "medical writing", "team scheduling",
         "grant writing"],
        [["Registered nurse", "Junior doctor", "Pharmacy technician"],
         ["Physiotherapist", "Clinical research coordinator", "Charge nurse"],
         ["Senior clinical scientist", "Consultant physician", "Nurse practitioner"],
         ["Head of nursing", "Clinical director", "Research program lead"],
         ["Chief medical officer", "Hospital chief executive"]],
        ["a teaching hospital", "a rural clinic network", "a community health trust",
         "a children's hospital", "a maternal health program"]),
    "Finance": (
        ["financial modeling", "accounting", "risk management", "investment analysis",
         "excel", "data analysis", "regulatory compliance", "budgeting", "fundraising"],
        [["Junior analyst", "Audit associate", "Credit analyst"],
         ["Financial analyst", "Accountant", "Risk analyst"],
         ["Senior portfolio manager", "Senior auditor", "Finance business partner"],
         ["Head of risk", "Finance director", "Investment committee lead"],
         ["CFO", "Managing partner"]],
        ["a regional bank", "a microfinance institution", "an impact fund", "an insurance group",
         "a credit union", "an accounting firm"]),
    "Education": (
        ["teaching", "curriculum design", "classroom management", "instructional design",
         "assessment", "special education", "e-learning", "grant writing"],
        [["Newly qualified teacher", "Teaching assistant", "Tutor"],
         ["Secondary school teacher", "Instructional designer", "University lecturer"],
         ["Head of department", "Senior lecturer", "Education consultant"],
         ["Deputy head teacher", "Academic program director"],
         ["School principal", "University provost"]],
        ["a public secondary school", "a community college", "an online learning platform",
         "a primary school", "a technical university"]),
    "Nonprofit": (
        ["fundraising", "grant writing", "volunteer management", "community organizing",
         "program evaluation", "advocacy", "impact measurement", "budgeting"],
        [["Program assistant", "Community organizer", "Volunteer coordinator"],
         ["Program officer", "Grants officer", "Campaigns coordinator"],
         ["Senior program manager", "Head of partnerships"],
         ["Director of programs", "Country director"],
         ["Executive director", "Founder and CEO"]],
        ["a literacy charity", "a refugee support network", "a climate action group",
         "a food bank", "a girls' education fund", "a youth sports foundation"]),
    "Design": (
        ["ux research", "interaction design", "visual design", "design systems", "prototyping",
         "accessibility", "figma", "portfolio review", "branding"],
        [["Junior product designer", "Design intern", "Graphic designer"],
         ["Product designer", "UX researcher", "Brand designer"],
         ["Senior product designer", "Lead UX researcher", "Senior service designer"],
         ["Design manager", "Head of research", "Creative director"],
         ["VP of design", "Founder and creative lead"]],
        ["a design agency", "a public service team", "a consumer app", "a furniture brand",
         "an architecture studio"]),
    "Law": (
        ["contract law", "legal writing", "employment law", "intellectual property",
         "negotiation", "regulatory compliance", "dispute resolution", "legal research"],
        [["Trainee solicitor", "Paralegal", "Junior associate"],
         ["Associate lawyer", "In-house counsel", "Public defender"],
         ["Senior associate", "Senior counsel", "Legal aid supervisor"],
         ["Partner", "Head of legal"],
         ["General counsel", "Managing partner"]],
        ["a commercial law firm", "a legal aid clinic", "a tech company", "a human rights NGO",
         "an IP boutique"]),
    "Manufacturing": (
        ["supply chain", "lean manufacturing", "quality assurance", "operations management",
         "health and safety", "procurement", "process engineering", "data analysis"],
        [["Graduate process engineer", "Production technician", "Quality inspector"],
         ["Manufacturing engineer", "Supply chain analyst", "Quality engineer"],
         ["Senior operations manager", "Senior supply chain planner"],
         ["Plant manager", "Head of operations"],
         ["COO", "Managing director"]],
        ["an electric-bike maker", "a textile mill", "an auto-parts plant", "a food processor",
         "a medical devices factory", "a solar panel manufacturer"]),
    "Marketing": (
        ["marketing strategy", "content marketing", "seo", "social media", "brand strategy",
         "copywriting", "market research", "analytics", "public relations"],
        [["Marketing assistant", "Social media coordinator", "Junior copywriter"],
         ["Content strategist", "Growth marketer", "PR specialist"],
         ["Senior brand manager", "Senior marketing manager"],
         ["Head of marketing", "Communications director"],
         ["CMO", "Founder and managing director"]],
        ["a consumer goods brand", "a B2B software firm", "a creative agency",
         "a music festival", "a sports club", "a tourism board"]),
    "Science & research": (
        ["scientific writing", "statistics", "lab management", "grant writing",
         "data analysis", "python", "peer review", "research design", "science communication"],
        [["PhD candidate", "Research assistant", "Lab technician"],
         ["Postdoctoral researcher", "Research scientist", "Field ecologist"],
         ["Senior research scientist", "Associate professor"],
         ["Principal investigator", "Research group leader"],
         ["Research institute director", "Chief scientist"]],
        ["a marine biology institute", "a materials science lab", "a climate research centre",
         "a genomics lab", "an agricultural research station"]),
    "Public sector": (
        ["public policy", "policy analysis", "stakeholder management", "program management",
         "procurement", "data analysis", "public speaking", "budgeting"],
        [["Policy intern", "Junior civil servant", "Council graduate trainee"],
         ["Policy analyst", "Program officer", "Urban planner"],
         ["Senior policy advisor", "Senior urban planner"],
         ["Deputy director", "Head of digital services"],
         ["Permanent secretary", "City manager"]],
        ["a city council", "a national statistics office", "a ministry of health",
         "a transport authority", "a regional development agency"]),
    "Retail": (
        ["merchandising", "customer experience", "e-commerce", "inventory management",
         "supply chain", "sales", "store operations", "people management"],
        [["Store associate", "Junior buyer", "E-commerce assistant"],
         ["Store manager", "Buyer", "E-commerce manager"],
         ["Senior category manager", "Regional operations manager"],
         ["Head of e-commerce", "Retail operations director"],
         ["CEO", "Founder and CEO"]],
        ["a grocery chain", "an outdoor gear shop", "a bookshop group", "a fashion marketplace",
         "a family hardware business"]),
    "Energy": (
        ["renewable energy", "project management", "engineering", "health and safety",
         "energy policy", "data analysis", "stakeholder management"],
        [["Graduate energy engineer", "Field technician"],
         ["Project engineer", "Energy analyst"],
         ["Senior project manager", "Senior grid engineer"],
         ["Head of projects", "Operations lead"],
         ["CEO", "Managing director"]],
        ["a wind farm developer", "a solar cooperative", "a grid operator",
         "a clean cooking startup"]),
    "Media": (
        ["journalism", "editing", "storytelling", "podcasting", "video production",
         "fact-checking", "social media", "public speaking"],
        [["Junior reporter", "Production assistant"],
         ["Reporter", "Podcast producer", "Video editor"],
         ["Senior editor", "Investigative journalist"],
         ["Managing editor", "Head of audio"],
         ["Editor-in-chief", "Founder and publisher"]],
        ["a local newspaper", "a public broadcaster", "an independent podcast network",
         "a science magazine"]),
}

STAGES = ["early", "mid", "senior", "lead", "executive"]
STAGE_WEIGHTS = [22, 30, 26, 14, 8]
YEARS = {"early": (1, 4), "mid": (4, 9), "senior": (8, 16), "lead": (12, 24), "executive": (18, 35)}
STYLES = ["coaching", "directive", "hands_on", "supportive"]

INTERESTS = ["first-generation professionals", "career switchers", "women in leadership",
             "returning to work", "climate action", "accessibility", "open source",
             "financial literacy", "rural communities", "immigrant professionals",
             "LGBTQ+ inclusion", "working parents", "social enterprise", "neurodiversity",
             "public speaking clubs", "hiking", "chess", "photography", "cooking", "running",
             "gardening", "jazz", "football", "volunteering", "board games", "poetry",
             "cycling", "mental health at work", "side projects", "lifelong learning"]

# Bio parts. {title}, {place}, {city}, {skill}, {years} are filled in.
BIO_OPEN = [
    "{title} at {place} in {city} with {years} years behind them.",
    "Spent {years} years learning the hard way at {place}; now works as a {title_l} in {city}.",
    "A {title_l} in {city} who started out at {place}.",
    "Fictional {title_l} based in {city}, currently at {place}.",
    "Has been a {title_l} at {place} for a while and still loves the work.",
    "Moved to {city} for a job at {place} and stayed; {years} years in the field.",
    "Works as a {title_l} at {place} in {city}.",
]
BIO_OPEN_EARLY = [
    "Recently started as a {title_l} at {place} in {city}.",
    "Two steps ahead of you: a {title_l} at {place} in {city}.",
    "Early-career {title_l} at {place}, happy to compare notes.",
]
BIO_HELP = [
    "Enjoys helping people get better at {skill}.",
    "Likes turning vague worries about {skill} into a weekly plan.",
    "Happy to review your work and talk through {skill}.",
    "Mentors on {skill} and the quieter parts of building a career.",
    "Best at {skill}, and at asking the question you have been avoiding.",
    "Offers honest feedback on {skill} without the jargon.",
    "Can help you practise {skill} in small, regular steps.",
]
BIO_CLOSE = [
    " Off the clock: {interest}.",
    " Cares about {interest}.",
    " Spends weekends on {interest}.",
    "",
    "",
]

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# Window patterns in local time (day, start_min, end_min).
def window_patterns(rng):
    evening_start = rng.choice([17 * 60 + 30, 18 * 60, 18 * 60 + 30, 19 * 60, 20 * 60])
    evening_len = rng.choice([60, 90, 120])
    lunch_start = rng.choice([12 * 60, 12 * 60 + 30, 13 * 60])
    morning_start = rng.choice([8 * 60, 9 * 60, 9 * 60 + 30, 10 * 60])
    early_start = rng.choice([6 * 60 + 30, 7 * 60, 7 * 60 + 30])
    return {
        "evening": lambda d: (d, evening_start, evening_start + evening_len),
        "lunch": lambda d: (d, lunch_start, lunch_start + rng.choice([45, 60])),
        "weekend_morning": lambda d: (d, morning_start, morning_start + rng.choice([120, 150, 180])),
        "early": lambda d: (d, early_start, early_start + 60),
        "afternoon": lambda d: (d, 14 * 60, 14 * 60 + rng.choice([60, 90, 120])),
    }


def make_availability(rng, stage):
    pats = window_patterns(rng)
    chosen = []
    kinds = rng.sample(["evening", "lunch", "weekend_morning", "early", "afternoon"],
                       k=rng.choice([1, 2, 2, 3]))
    if stage == "executive" and "afternoon" in kinds:
        kinds.remove("afternoon")
    if not kinds:
        kinds = ["early"]
    for kind in kinds:
        if kind == "weekend_morning":
            days = rng.sample([5, 6], k=rng.choice([1, 1, 2]))
        elif kind == "afternoon":
            days = rng.sample([2, 4, 5], k=1)
        else:
            days = rng.sample([0, 1, 2, 3, 4], k=rng.choice([1, 2, 2, 3]))
        for d in days:
            chosen.append(pats[kind](d))
    chosen = sorted(set(chosen))
    # Drop overlaps on the same day (keep the earlier window).
    out = []
    for d, s, e in chosen:
        if out and out[-1][0] == d and s < out[-1][2]:
            continue
        assert 0 <= s < e <= 1440
        out.append((d, s, e))
    return [{"day": d, "start_min": s, "end_min": e} for d, s, e in out]


def lower_first(s):
    # "Senior software engineer" -> "senior software engineer"; keep acronyms (CTO, PR, UX).
    first = s.split(" ")[0]
    if first.isupper() or (len(first) > 1 and first[1].isupper()):
        return s
    return s[0].lower() + s[1:]


def a_or_an(phrase):
    return ("an " if phrase[0].lower() in "aeiou" else "a ") + phrase


def generate():
    rng = random.Random(SEED)
    industries = list(INDUSTRIES)
    # Cycle cities and industries in shuffled order so every one is used several times.
    city_cycle = []
    while len(city_cycle) < COUNT:
        block = CITIES[:]
        rng.shuffle(block)
        city_cycle += block
    industry_cycle = []
    while len(industry_cycle) < COUNT:
        block = industries[:]
        rng.shuffle(block)
        industry_cycle += block

    used_names = set()
    mentors = []
    for i in range(COUNT):
        city, country, zone, culture, local_langs = city_cycle[i]
        industry = industry_cycle[i]
        skills_pool, titles, places = INDUSTRIES[industry]
        stage_idx = rng.choices(range(5), weights=STAGE_WEIGHTS)[0]
        stage = STAGES[stage_idx]

        # Most people carry a name from where they live; some moved there.
        while True:
            pool = culture if rng.random() < 0.8 else rng.choice(list(NAMES))
            first = rng.choice(NAMES[pool][0])
            last = rng.choice(NAMES[pool][1])
            name = f"{first} {last}"
            if name not in used_names:
                used_names.add(name)
                break

        lo, hi = YEARS[stage]
        years = rng.randint(lo, hi)
        title = rng.choice(titles[stage_idx])
        place = rng.choice(places)

        langs = list(local_langs[: rng.choice([1, 2, len(local_langs)])])
        if "English" not in langs and rng.random() < 0.6:
            langs.append("English")
        if rng.random() < 0.18:
            extra = rng.choice(EXTRA_LANGUAGES)
            if extra not in langs:
                langs.append(extra)

        forms = ["one_to_one"] if rng.random() < 0.85 else []
        if rng.random() < 0.3:
            forms.append("group")
        if stage in ("early", "mid") and rng.random() < 0.35:
            forms.append("peer")
        if stage == "early" and rng.random() < 0.35:
            forms.append("reverse")
        if rng.random() < 0.25:
            forms.append("micro")
        if not forms:
            forms = [rng.choice(["group", "micro", "peer"])]

        formats = ["video"] if rng.random() < 0.85 else []
        if rng.random() < 0.35:
            formats.append("phone")
        if rng.random() < 0.3:
            formats.append("chat")
        if rng.random() < 0.3:
            formats.append("in_person")
        if not formats:
            formats = [rng.choice(["chat", "in_person", "phone"])]

        n_skills = rng.randint(4, 8)
        n_industry = min(len(skills_pool), rng.randint(2, max(2, n_skills - 1)))
        skills = rng.sample(skills_pool, k=n_industry)
        for s in rng.sample(GENERAL_SKILLS, k=len(GENERAL_SKILLS)):
            if len(skills) >= n_skills:
                break
            if s not in skills:
                skills.append(s)
        if stage in ("lead", "executive") and "leadership" not in skills:
            skills[-1] = "leadership"
        if industry in ("Nonprofit", "Retail", "Design") and rng.random() < 0.25 and "entrepreneurship" not in skills:
            skills[-1] = "entrepreneurship"

        interests = rng.sample(INTERESTS, k=rng.randint(1, 3))

        fill = {
            "title": title, "title_l": lower_first(title), "place": place, "city": city,
            "years": years, "skill": skills[0], "interest": interests[0],
        }
        opens = BIO_OPEN_EARLY if stage == "early" else BIO_OPEN
        opening = rng.choice(opens).format(**fill)
        opening = opening.replace("a " + fill["title_l"], a_or_an(fill["title_l"]))
        opening = opening[0].upper() + opening[1:]
        bio = opening + " " + rng.choice(BIO_HELP).format(**fill) + rng.choice(BIO_CLOSE).format(**fill)

        capacity = 0 if rng.random() < 0.12 else rng.randint(1, 4)
        price = None
        if stage in ("senior", "lead", "executive") and rng.random() < 0.28:
            price = rng.choice(range(20, 151, 5))

        headline = f"{title} at {place}"
        mentors.append({
            "id": f"s{i + 1:03d}",
            "name": name,
            "headline": headline,
            "industry": industry,
            "stage": stage,
            "years_experience": years,
            "country": country,
            "city": city,
            "time_zone": zone,
            "languages": langs,
            "forms": forms,
            "formats": formats,
            "availability": make_availability(rng, stage),
            "capacity": capacity,
            "style": rng.choice(STYLES),
            "skills": skills,
            "interests": interests,
            "bio": bio,
            "price_per_month": price,
        })
    return mentors


def self_check(mentors):
    assert len(mentors) >= 150
    assert len({m["industry"] for m in mentors}) >= 12
    assert len({m["country"] for m in mentors}) >= 20
    assert {m["stage"] for m in mentors} == set(STAGES)
    assert len({l for m in mentors for l in m["languages"]}) >= 8
    assert {f for m in mentors for f in m["forms"]} == {"one_to_one", "group", "peer", "reverse", "micro"}
    assert {f for m in mentors for f in m["formats"]} == {"video", "phone", "chat", "in_person"}
    assert any(m["capacity"] == 0 for m in mentors)
    assert any(m["price_per_month"] for m in mentors)
    for m in mentors:
        assert 4 <= len(m["skills"]) <= 8, m
        assert len(set(m["skills"])) == len(m["skills"]), m
        assert m["availability"], m
        assert len(m["bio"]) <= 240, m["bio"]
    assert len({m["name"] for m in mentors}) == len(mentors)


def render(mentors):
    lines = [json.dumps(m, ensure_ascii=False, separators=(",", ":")) for m in mentors]
    head = json.dumps({"version": 1, "label": LABEL}, ensure_ascii=False, separators=(",", ":"))
    return head[:-1] + ',"mentors":[\n' + ",\n".join(lines) + "\n]}\n"


def main():
    mentors = generate()
    self_check(mentors)
    text = render(mentors)
    json.loads(text)
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} is out of date: run scripts/gen_sample_mentors.py")
        print("up to date")
        return
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(mentors)} mentors, {len(text.encode('utf-8'))} bytes to {OUT}")


if __name__ == "__main__":
    main()
