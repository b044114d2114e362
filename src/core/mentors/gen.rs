//! A deterministic pseudo-random mentor generator for benchmarks and property tests.
//!
//! Uses its own SplitMix64 generator (no `rand` crate): the same `(n, seed)` always gives the
//! same mentors, on every platform.

use crate::core::mentors::mentor::{CareerStage, Format, Mentor, MentoringForm, Style, Window};
use crate::core::mentors::needs::{Importance, MustHaves, Needs, Weights};
use crate::core::mentors::skills;

/// The mentee needs every ranking benchmark uses (native criterion and in the browser), so
/// their numbers compare: four focus skills, weekday evenings and a Saturday morning in New
/// York, language a must-have, skills essential and shared time very important.
pub fn bench_needs() -> Needs {
    Needs {
        focus_skills: vec![
            "public speaking".into(),
            "python".into(),
            "people management".into(),
            "fundraising".into(),
        ],
        goal_category: None,
        industry: "Healthcare".into(),
        stage: CareerStage::Mid,
        languages: vec!["English".into(), "Spanish".into()],
        time_zone: "America/New_York".into(),
        availability: (0..5)
            .map(|day| Window {
                day,
                start_min: 18 * 60,
                end_min: 21 * 60,
            })
            .chain([Window {
                day: 5,
                start_min: 9 * 60,
                end_min: 13 * 60,
            }])
            .collect(),
        formats: vec![Format::Video, Format::Chat],
        form: MentoringForm::OneToOne,
        learning_style: Style::Coaching,
        interests: vec!["hiking".into(), "chess".into()],
        wants_different_perspective: false,
        max_price: Some(100),
        must: MustHaves {
            language: true,
            ..MustHaves::default()
        },
        weights: Weights {
            skills: Importance::Essential,
            availability: Importance::Very,
            ..Weights::default()
        },
        unsaid: Default::default(),
    }
}

/// SplitMix64: tiny, fast, and good enough for test data.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

/// (IANA zone, country, city, local languages), on every inhabited continent, including
/// half- and quarter-hour offsets and southern-hemisphere daylight saving.
pub const PLACES: &[(&str, &str, &str, &[&str])] = &[
    ("America/New_York", "US", "New York", &["Spanish"]),
    ("America/Chicago", "US", "Chicago", &[]),
    ("America/Denver", "US", "Denver", &[]),
    ("America/Los_Angeles", "US", "San Francisco", &["Spanish"]),
    ("America/Toronto", "CA", "Toronto", &["French"]),
    ("America/St_Johns", "CA", "St. John's", &[]),
    ("America/Mexico_City", "MX", "Mexico City", &["Spanish"]),
    ("America/Bogota", "CO", "Bogotá", &["Spanish"]),
    ("America/Sao_Paulo", "BR", "São Paulo", &["Portuguese"]),
    (
        "America/Argentina/Buenos_Aires",
        "AR",
        "Buenos Aires",
        &["Spanish"],
    ),
    ("America/Santiago", "CL", "Santiago", &["Spanish"]),
    ("Europe/London", "GB", "London", &[]),
    ("Europe/Dublin", "IE", "Dublin", &["Irish"]),
    ("Europe/Lisbon", "PT", "Lisbon", &["Portuguese"]),
    ("Europe/Madrid", "ES", "Madrid", &["Spanish"]),
    ("Europe/Paris", "FR", "Paris", &["French"]),
    ("Europe/Berlin", "DE", "Berlin", &["German"]),
    ("Europe/Warsaw", "PL", "Warsaw", &["Polish"]),
    ("Europe/Stockholm", "SE", "Stockholm", &["Swedish"]),
    ("Europe/Athens", "GR", "Athens", &["Greek"]),
    ("Europe/Istanbul", "TR", "Istanbul", &["Turkish"]),
    ("Africa/Lagos", "NG", "Lagos", &["Yoruba"]),
    ("Africa/Cairo", "EG", "Cairo", &["Arabic"]),
    ("Africa/Nairobi", "KE", "Nairobi", &["Swahili"]),
    (
        "Africa/Johannesburg",
        "ZA",
        "Johannesburg",
        &["Afrikaans", "Zulu"],
    ),
    ("Asia/Dubai", "AE", "Dubai", &["Arabic"]),
    ("Asia/Kolkata", "IN", "Bengaluru", &["Hindi", "Kannada"]),
    ("Asia/Kathmandu", "NP", "Kathmandu", &["Nepali"]),
    ("Asia/Jakarta", "ID", "Jakarta", &["Indonesian"]),
    ("Asia/Singapore", "SG", "Singapore", &["Mandarin", "Malay"]),
    ("Asia/Shanghai", "CN", "Shanghai", &["Mandarin"]),
    ("Asia/Seoul", "KR", "Seoul", &["Korean"]),
    ("Asia/Tokyo", "JP", "Tokyo", &["Japanese"]),
    ("Australia/Adelaide", "AU", "Adelaide", &[]),
    ("Australia/Sydney", "AU", "Sydney", &[]),
    ("Pacific/Auckland", "NZ", "Auckland", &["Māori"]),
];

pub const INDUSTRIES: &[&str] = &[
    "Technology",
    "Healthcare",
    "Finance",
    "Education",
    "Government",
    "Nonprofit",
    "Retail",
    "Manufacturing",
    "Media",
    "Energy",
    "Consulting",
    "Legal",
];

pub const INTERESTS: &[&str] = &[
    "hiking",
    "chess",
    "photography",
    "cooking",
    "running",
    "music",
    "reading",
    "travel",
    "gardening",
    "cycling",
    "yoga",
    "painting",
    "gaming",
    "volunteering",
    "climbing",
    "film",
    "podcasts",
    "languages",
    "board games",
    "football",
];

const FIRST: &[&str] = &[
    "Amara", "Ben", "Chen", "Dalia", "Emeka", "Fatima", "Giulia", "Hiro", "Ines", "Jonas", "Kavya",
    "Lars", "Maya", "Nikos", "Olu", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Vera",
    "Wei", "Ximena", "Yusuf", "Zanele", "Aroha", "Bilal", "Carmen", "Dmitri",
];

const LAST: &[&str] = &[
    "Adeyemi",
    "Brown",
    "Costa",
    "Dubois",
    "Eriksson",
    "Fernández",
    "García",
    "Haddad",
    "Ito",
    "Jensen",
    "Kim",
    "Lopez",
    "Müller",
    "Nakamura",
    "Okafor",
    "Patel",
    "Quispe",
    "Rossi",
    "Shrestha",
    "Tanaka",
    "Usman",
    "Valdez",
    "Wang",
    "Xu",
    "Yilmaz",
    "Zhou",
    "Kowalski",
    "Papadopoulos",
    "Mwangi",
    "Ngata",
];

/// Spelling variants the generator sometimes uses, to exercise normalization.
fn variant(rng: &mut SplitMix64, skill: &str) -> String {
    match rng.below(10) {
        0 => skill.to_uppercase(),
        1 => {
            let mut c = skill.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        }
        2 => format!("  {}", skill.replace(' ', "-")),
        _ => skill.to_string(),
    }
}

fn subset<T: Copy>(rng: &mut SplitMix64, all: &[T], percent: u64) -> Vec<T> {
    let mut v: Vec<T> = all
        .iter()
        .copied()
        .filter(|_| rng.chance(percent))
        .collect();
    if v.is_empty() {
        v.push(*rng.pick(all));
    }
    v
}

/// `n` deterministic mentors with realistic values; ids are `g{seed}-{i}`.
pub fn generate(n: usize, seed: u64) -> Vec<Mentor> {
    let mut rng = SplitMix64::new(seed ^ 0x0074_7265_6c6c_6973);
    let vocab = skills::vocabulary();
    (0..n).map(|i| one(&mut rng, &vocab, seed, i)).collect()
}

fn one(rng: &mut SplitMix64, vocab: &[&str], seed: u64, i: usize) -> Mentor {
    let (zone, country, city, local) = *rng.pick(PLACES);
    let mut languages = Vec::new();
    if rng.chance(85) || local.is_empty() {
        languages.push("English".to_string());
    }
    for l in local {
        if rng.chance(70) || languages.is_empty() {
            languages.push((*l).to_string());
        }
    }
    if rng.chance(10) {
        let extra = *rng.pick(&["French", "Spanish", "German", "Mandarin", "Arabic"]);
        if !languages.iter().any(|l| l == extra) {
            languages.push(extra.to_string());
        }
    }
    let stage = *rng.pick(CareerStage::ALL);
    let years = match stage {
        CareerStage::Early => rng.range(0, 3),
        CareerStage::Mid => rng.range(3, 8),
        CareerStage::Senior => rng.range(7, 15),
        CareerStage::Lead => rng.range(10, 20),
        CareerStage::Executive => rng.range(15, 35),
    } as u8;
    let industry = *rng.pick(INDUSTRIES);
    let n_skills = rng.range(2, 7);
    let mut skills: Vec<String> = Vec::new();
    for _ in 0..n_skills {
        let base = rng_pick_str(rng, vocab);
        let s = variant(rng, base);
        if !skills.iter().any(|x| x.eq_ignore_ascii_case(&s)) {
            skills.push(s);
        }
    }
    let mut interests: Vec<String> = Vec::new();
    for _ in 0..rng.range(0, 4) {
        let s = *rng.pick(INTERESTS);
        if !interests.iter().any(|x| x == s) {
            interests.push(s.to_string());
        }
    }
    let mut availability = Vec::new();
    let n_windows = if rng.chance(5) { 0 } else { rng.range(1, 5) };
    for _ in 0..n_windows {
        let start = rng.range(12, 42) as u16 * 30; // 06:00 … 21:00
        let len = rng.range(2, 8) as u16 * 30; // 1 … 4 h
        availability.push(Window {
            day: rng.below(7) as u8,
            start_min: start,
            end_min: (start + len).min(1440),
        });
    }
    let capacity = if rng.chance(20) {
        0
    } else {
        rng.range(1, 3) as u8
    };
    let price_per_month = if rng.chance(55) {
        None
    } else {
        Some(rng.range(2, 60) as u32 * 5)
    };
    let first = *rng.pick(FIRST);
    let last = *rng.pick(LAST);
    let style = *rng.pick(Style::ALL);
    let forms = subset(rng, MentoringForm::ALL, 40);
    let formats = subset(rng, Format::ALL, 50);
    let top = skills.first().cloned().unwrap_or_default();
    Mentor {
        id: format!("g{seed}-{i}"),
        name: format!("{first} {last}"),
        headline: format!("{} in {} · {}", stage.label(), industry, top.trim()),
        industry: industry.to_string(),
        stage,
        years_experience: years,
        country: country.to_string(),
        city: city.to_string(),
        time_zone: zone.to_string(),
        languages,
        forms,
        formats,
        availability,
        capacity,
        style,
        skills,
        interests,
        bio: format!("{first} has {years} years in {}.", industry.to_lowercase()),
        price_per_month,
    }
}

fn rng_pick_str<'a>(rng: &mut SplitMix64, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len() as u64) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::time::tz;

    #[test]
    fn deterministic_and_valid() {
        let a = generate(500, 7);
        assert_eq!(a, generate(500, 7));
        assert_ne!(a, generate(500, 8));
        for m in &a {
            assert!(tz::parse_zone(&m.time_zone).is_ok(), "{}", m.time_zone);
            assert!(!m.languages.is_empty() && !m.forms.is_empty() && !m.formats.is_empty());
            assert!(
                m.availability
                    .iter()
                    .all(crate::core::mentors::overlap::window_is_valid)
            );
        }
        let ids: std::collections::HashSet<_> = a.iter().map(|m| &m.id).collect();
        assert_eq!(ids.len(), a.len());
        assert!(a.iter().any(|m| m.capacity == 0));
        assert!(a.iter().any(|m| m.price_per_month.is_none()));
    }

    #[test]
    fn prng_ranges() {
        let mut r = SplitMix64::new(1);
        for _ in 0..1000 {
            let v = r.range(3, 5);
            assert!((3..=5).contains(&v));
        }
        let mut v: Vec<u32> = (0..10).collect();
        r.shuffle(&mut v);
        v.sort();
        assert_eq!(v, (0..10).collect::<Vec<_>>());
    }
}
