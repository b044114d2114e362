//! What the mentee is looking for: a raw [`NeedsDraft`] straight from the form and the
//! validated [`Needs`] that scoring takes without re-checking.
//!
//! Two kinds of criteria:
//! * **Must-haves** ([`MustHaves`]) exclude a mentor outright (shared language, format,
//!   open capacity, minimum weekly overlap, budget, mentoring form).
//! * **Soft criteria** are scored, each with the mentee's own [`Importance`] ([`Weights`]).
//!
//! # What each importance means
//!
//! * **Not important** — the criterion earns no points and never changes the order.
//! * **Somewhat** (the default) — weight 1: its share of the 100 points is one part.
//! * **Very** — weight 2: counts twice as much as a "somewhat" criterion.
//! * **Essential** — weight 3, *and it dominates*: a mentor who has **none** of an essential
//!   criterion is listed after every mentor who has some of it, whatever the scores (two
//!   essentials missed come after one missed), and the explanation says so. To leave such
//!   mentors out entirely, use the matching must-have (with its one-click relax).
//!
//! "Having some" of a criterion: at least one focus skill offered, exactly or related; the
//! industry wish met; a career stage that suits the form at all; more than 0 h of shared time
//! in the typical week; the same or a close teaching style; at least one shared interest.
//!
//! **Shared time is a heavy penalty by default.** When the mentee gave free times and shared
//! time is "somewhat" or "very" important, a mentor with 0 h shared in the typical week is
//! listed after every mentor in the same open/full group who shares some time (at
//! "essential" the rule above applies, which also ranks them after full mentors). The card
//! says it in its own line ("No free time in common with yours"). An essential criterion
//! still comes first: a mentor who meets it but shares no time is listed before every mentor
//! who lacks it, even one who shares time, and the explanation says that too (so with
//! Industry essential, a 0 h mentor in the mentee's industry heads the list when no one in
//! that industry shares time).
//!
//! # Answers not given
//!
//! Incomplete needs never block ranking. [`NeedsDraft::resolve`] fills what the mentee has
//! not said: languages and time zone from the browser facts passed in ([`BrowserFacts`]),
//! one-to-one mentoring, free times on weekday evenings 18:00–20:00 in the mentee's own zone
//! ([`DEFAULT_WINDOWS`]), "somewhat important" for every importance not set, and for the
//! career stage and learning style a placeholder whose criterion then does not count for
//! anyone; [`Needs::unsaid`] records each, the
//! explanations say "you haven't said …", and [`assumption_line`] states the assumptions in
//! one line. [`default_needs`] is the zero-input case (browser facts and, optionally, the
//! goal's focus skills). A criterion the mentee gave no data for (no focus skills, industry,
//! free times or interests) likewise earns nobody points.
//!
//! Budget: `max_price: None` means **no price limit**; `Some(n)` is the most the mentee will
//! pay per month (free mentors always fit). Only when `must.budget` is set does a mentor over
//! the limit get excluded; price is not a soft criterion.

use serde::{Deserialize, Serialize};

use crate::core::form::FieldError;
use crate::core::goals::goal::{Category, Goal};
use crate::core::mentors::mentor::{CareerStage, Format, MentoringForm, Style, Window};
use crate::core::time::tz;

/// How much a soft criterion matters to the mentee. The number is its weight.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    NotImportant = 0,
    #[default]
    Somewhat = 1,
    Very = 2,
    Essential = 3,
}

impl Importance {
    /// Every level, least to most important.
    pub const ALL: [Importance; 4] = [
        Importance::NotImportant,
        Importance::Somewhat,
        Importance::Very,
        Importance::Essential,
    ];

    /// The weight: 0, 1, 2 or 3.
    pub fn weight(self) -> u32 {
        self as u32
    }

    /// Stable machine key.
    pub fn key(self) -> &'static str {
        match self {
            Importance::NotImportant => "not_important",
            Importance::Somewhat => "somewhat",
            Importance::Very => "very",
            Importance::Essential => "essential",
        }
    }

    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            Importance::NotImportant => "Not important",
            Importance::Somewhat => "Somewhat important",
            Importance::Very => "Very important",
            Importance::Essential => "Essential",
        }
    }

    /// What the level does, in one sentence (for the form's hint).
    pub fn meaning(self) -> &'static str {
        match self {
            Importance::NotImportant => "Ignored: it never changes the order.",
            Importance::Somewhat => "Counts once.",
            Importance::Very => "Counts twice as much as “somewhat”.",
            Importance::Essential => {
                "Counts three times, and a mentor with none of it is listed after every mentor who has some."
            }
        }
    }

    /// Inverse of [`Importance::key`] (trimmed, case-insensitive).
    pub fn from_key(key: &str) -> Option<Importance> {
        let key = key.trim();
        Importance::ALL
            .into_iter()
            .find(|i| i.key().eq_ignore_ascii_case(key))
    }
}

/// The soft criteria, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    Skills,
    Industry,
    Experience,
    Availability,
    Style,
    Interests,
}

impl Criterion {
    /// Every criterion, in display order (also the index into per-criterion arrays).
    pub const ALL: [Criterion; 6] = [
        Criterion::Skills,
        Criterion::Industry,
        Criterion::Experience,
        Criterion::Availability,
        Criterion::Style,
        Criterion::Interests,
    ];

    /// Stable machine key (also the [`WeightsDraft`] field name).
    pub fn key(self) -> &'static str {
        match self {
            Criterion::Skills => "skills",
            Criterion::Industry => "industry",
            Criterion::Experience => "experience",
            Criterion::Availability => "availability",
            Criterion::Style => "style",
            Criterion::Interests => "interests",
        }
    }

    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            Criterion::Skills => "Focus skills",
            Criterion::Industry => "Industry",
            Criterion::Experience => "Experience",
            Criterion::Availability => "Shared time",
            Criterion::Style => "Teaching style",
            Criterion::Interests => "Shared interests",
        }
    }
}

/// One [`Importance`] per soft criterion. Defaults to "somewhat" for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Weights {
    pub skills: Importance,
    pub industry: Importance,
    pub experience: Importance,
    pub availability: Importance,
    pub style: Importance,
    pub interests: Importance,
}

impl Weights {
    /// The importance of one criterion.
    pub fn get(&self, c: Criterion) -> Importance {
        match c {
            Criterion::Skills => self.skills,
            Criterion::Industry => self.industry,
            Criterion::Experience => self.experience,
            Criterion::Availability => self.availability,
            Criterion::Style => self.style,
            Criterion::Interests => self.interests,
        }
    }

    /// Sets the importance of one criterion.
    pub fn set(&mut self, c: Criterion, i: Importance) {
        match c {
            Criterion::Skills => self.skills = i,
            Criterion::Industry => self.industry = i,
            Criterion::Experience => self.experience = i,
            Criterion::Availability => self.availability = i,
            Criterion::Style => self.style = i,
            Criterion::Interests => self.interests = i,
        }
    }
}

/// Hard requirements: a mentor failing any one is excluded from the ranking.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MustHaves {
    /// Share at least one language.
    pub language: bool,
    /// Offer at least one of the preferred formats.
    pub format: bool,
    /// Have an open slot (capacity > 0).
    pub open_capacity: bool,
    /// At least this many shared hours per week.
    pub min_overlap_hours: Option<f32>,
    /// Free, or at most `max_price` per month.
    pub budget: bool,
    /// Offer the chosen mentoring form.
    pub form: bool,
}

/// The validated needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Needs {
    /// From the active goal; free text, deduplicated case-insensitively.
    pub focus_skills: Vec<String>,
    /// The active goal's category, if any (informational; not scored).
    pub goal_category: Option<Category>,
    /// The mentee's own industry; empty when not given (industry fit then does not count).
    pub industry: String,
    pub stage: CareerStage,
    /// At least one.
    pub languages: Vec<String>,
    /// A valid IANA zone name.
    pub time_zone: String,
    /// Weekly windows in `time_zone`.
    pub availability: Vec<Window>,
    pub formats: Vec<Format>,
    pub form: MentoringForm,
    pub learning_style: Style,
    pub interests: Vec<String>,
    /// Prefer a mentor from another industry.
    pub wants_different_perspective: bool,
    /// Most the mentee will pay per month; `None` = no limit.
    pub max_price: Option<u32>,
    pub must: MustHaves,
    pub weights: Weights,
    /// Answers the mentee has not given, filled with assumptions or placeholders.
    #[serde(default)]
    pub unsaid: Unsaid,
}

/// Which answers the mentee has not given. Each is filled so the needs can be ranked:
/// `languages` and `time_zone` from the browser ([`BrowserFacts`]), `form` as one-to-one;
/// `stage` and `learning_style` hold a placeholder and their criterion (experience, teaching
/// style) does not count for anyone until the mentee says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Unsaid {
    pub stage: bool,
    pub languages: bool,
    pub time_zone: bool,
    pub form: bool,
    pub learning_style: bool,
    /// No free times given: [`DEFAULT_WINDOWS`] are assumed.
    pub availability: bool,
    /// Importances not set, one bit per [`Criterion::ALL`] index: each is assumed
    /// "somewhat important".
    pub importances: u8,
}

impl Unsaid {
    /// Nothing is missing.
    pub fn none(&self) -> bool {
        *self == Unsaid::default()
    }

    /// Whether the importance of `c` was assumed rather than set.
    pub fn importance(&self, c: Criterion) -> bool {
        self.importances >> c as u8 & 1 == 1
    }
}

/// The free times assumed when the mentee gives none: weekday evenings (Monday to Friday),
/// 18:00–20:00 in the mentee's own time zone.
pub const DEFAULT_WINDOWS: [Window; 5] = {
    let mut w = [Window {
        day: 0,
        start_min: 18 * 60,
        end_min: 20 * 60,
    }; 5];
    let mut d = 0;
    while d < 5 {
        w[d].day = d as u8;
        d += 1;
    }
    w
};

/// How [`DEFAULT_WINDOWS`] are named in the assumption line and the explanations.
pub const DEFAULT_WINDOWS_TEXT: &str = "free weekday evenings 18–20";

/// What the browser tells about the mentee, passed in as data (the UI reads
/// `navigator.languages` and `Intl`'s time zone; the core never does).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BrowserFacts {
    /// BCP 47 tags in preference order, e.g. `["de-DE", "en"]`.
    pub languages: Vec<String>,
    /// An IANA zone name, if the browser gave one.
    pub time_zone: Option<String>,
}

/// Language names by BCP 47 primary subtag (the names the directory uses).
const LANGUAGE_TAGS: &[(&str, &str)] = &[
    ("af", "Afrikaans"),
    ("am", "Amharic"),
    ("ar", "Arabic"),
    ("bn", "Bengali"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("de", "German"),
    ("el", "Greek"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian"),
    ("fi", "Finnish"),
    ("fil", "Filipino"),
    ("fr", "French"),
    ("ga", "Irish"),
    ("ha", "Hausa"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("hu", "Hungarian"),
    ("id", "Indonesian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("mi", "Māori"),
    ("mr", "Marathi"),
    ("ms", "Malay"),
    ("nb", "Norwegian"),
    ("ne", "Nepali"),
    ("nl", "Dutch"),
    ("no", "Norwegian"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("qu", "Quechua"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("rw", "Kinyarwanda"),
    ("sv", "Swedish"),
    ("sw", "Swahili"),
    ("ta", "Tamil"),
    ("th", "Thai"),
    ("tl", "Filipino"),
    ("tr", "Turkish"),
    ("tw", "Twi"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("vi", "Vietnamese"),
    ("wo", "Wolof"),
    ("yo", "Yoruba"),
    ("zh", "Mandarin"),
    ("zu", "Zulu"),
];

/// The language name for a BCP 47 tag ("en-GB" → "English"), if known.
pub fn language_name(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    LANGUAGE_TAGS
        .iter()
        .find(|(t, _)| *t == primary)
        .map(|(_, n)| *n)
}

/// The language assumed when the browser names none we know.
pub const FALLBACK_LANGUAGE: &str = "English";

impl BrowserFacts {
    /// The browser's languages as names, deduplicated, in preference order (at most
    /// [`MAX_LIST`]); English when none is known.
    pub fn language_names(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for n in self.languages.iter().filter_map(|t| language_name(t)) {
            if !out.iter().any(|x| x == n) && out.len() < MAX_LIST {
                out.push(n.to_string());
            }
        }
        if out.is_empty() {
            out.push(FALLBACK_LANGUAGE.to_string());
        }
        out
    }

    /// The browser's zone if it is a valid IANA name, else UTC.
    pub fn zone_name(&self) -> String {
        self.time_zone
            .as_deref()
            .map(str::trim)
            .filter(|z| tz::parse_zone(z).is_ok())
            .unwrap_or("UTC")
            .to_string()
    }
}

/// The neutral needs for a mentee who has typed nothing: languages and time zone from the
/// browser, every other answer "not said", and the goal's focus skills and category when
/// there is a goal. Always ranks.
pub fn default_needs(facts: &BrowserFacts, goal: Option<&Goal>) -> Needs {
    let draft = goal.map(NeedsDraft::from_goal).unwrap_or_default();
    match draft.resolve(facts) {
        Ok(n) => n,
        // A validated goal only holds valid focus skills and a known category.
        Err(_) => NeedsDraft::default()
            .resolve(facts)
            .expect("an empty draft always resolves"),
    }
}

/// The assumptions behind a ranking in one line, e.g. "Assuming English, Europe/Berlin, any
/// career stage — refine"; `None` when the mentee has said everything.
pub fn assumption_line(needs: &Needs) -> Option<String> {
    let u = needs.unsaid;
    let mut parts: Vec<String> = Vec::new();
    if u.languages {
        parts.push(join_and(&needs.languages));
    }
    if u.time_zone {
        parts.push(needs.time_zone.clone());
    }
    if u.availability {
        parts.push(DEFAULT_WINDOWS_TEXT.into());
    }
    if u.stage {
        parts.push("any career stage".into());
    }
    if u.form {
        parts.push("one-to-one mentoring".into());
    }
    if u.learning_style {
        parts.push("any teaching style".into());
    }
    if u.importances == ALL_CRITERIA {
        parts.push("every priority somewhat important".into());
    } else if u.importances != 0 {
        parts.push("unrated priorities somewhat important".into());
    }
    (!parts.is_empty()).then(|| format!("Assuming {} — refine", parts.join(", ")))
}

/// "a", "a and b", "a, b and c".
pub fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [a] => a.as_ref().to_string(),
        [rest @ .., last] => format!(
            "{} and {}",
            rest.iter()
                .map(|s| s.as_ref())
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

/// "a", "a or b", "a, b or c".
pub fn join_or<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [a] => a.as_ref().to_string(),
        [rest @ .., last] => format!(
            "{} or {}",
            rest.iter()
                .map(|s| s.as_ref())
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

impl Needs {
    /// The parsed time zone (UTC if the name somehow does not parse; validation prevents that).
    pub fn zone(&self) -> tz::Tz {
        tz::parse_zone(&self.time_zone).unwrap_or(tz::Tz::UTC)
    }
}

/// A weekly window as typed: day (`mon`…`sun` or `0`…`6`) and `HH:MM` times (`24:00` allowed
/// as an end).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct WindowDraft {
    pub day: String,
    pub start: String,
    pub end: String,
}

/// Must-haves as typed (checkboxes, and the minimum overlap as text; empty = none).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MustHavesDraft {
    pub language: bool,
    pub format: bool,
    pub open_capacity: bool,
    pub min_overlap_hours: String,
    pub budget: bool,
    pub form: bool,
}

/// Importance keys as the selects hold them ([`Importance::key`]; empty = "somewhat").
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct WeightsDraft {
    pub skills: String,
    pub industry: String,
    pub experience: String,
    pub availability: String,
    pub style: String,
    pub interests: String,
}

/// The needs exactly as the form holds them: every field is text, a list or a checkbox, so
/// nothing typed is lost when it does not parse.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct NeedsDraft {
    pub focus_skills: Vec<String>,
    /// A [`Category::key`] or empty.
    pub category: String,
    pub industry: String,
    /// A [`CareerStage::key`].
    pub stage: String,
    pub languages: Vec<String>,
    pub time_zone: String,
    pub availability: Vec<WindowDraft>,
    /// [`Format::key`]s.
    pub formats: Vec<String>,
    /// A [`MentoringForm::key`].
    pub form: String,
    /// A [`Style::key`].
    pub learning_style: String,
    pub interests: Vec<String>,
    pub wants_different_perspective: bool,
    /// Whole currency units per month; empty = no limit.
    pub max_price: String,
    pub must: MustHavesDraft,
    pub weights: WeightsDraft,
}

/// Every bit of [`Unsaid::importances`] set.
const ALL_CRITERIA: u8 = (1 << Criterion::ALL.len()) - 1;

/// Most availability windows kept.
pub const MAX_WINDOWS: usize = 28;
/// Most languages or interests kept.
pub const MAX_LIST: usize = 16;
/// Most focus skills (as for goals).
pub const MAX_FOCUS_SKILLS: usize = crate::core::goals::goal::MAX_SKILLS;

/// The day values a [`WindowDraft`] holds, index 0 = Monday (as [`parse_day`] reads them).
pub const DAY_KEYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Parses a day: `mon`…`sun` (any case, longer names too) or `0`…`6`.
pub fn parse_day(s: &str) -> Option<u8> {
    let s = s.trim().to_ascii_lowercase();
    if let Ok(n) = s.parse::<u8>() {
        return (n <= 6).then_some(n);
    }
    if s.len() < 3 {
        return None;
    }
    DAY_KEYS
        .iter()
        .position(|k| s.starts_with(k))
        .map(|i| i as u8)
}

/// Parses `HH:MM` (or `H:MM`, or `HH`) into minutes from midnight, `00:00`…`24:00`.
pub fn parse_time(s: &str) -> Option<u16> {
    let s = s.trim();
    let (h, m) = match s.split_once(':') {
        Some((h, m)) => (h, m),
        None => (s, "0"),
    };
    let h: u16 = h.trim().parse().ok()?;
    let m: u16 = m.trim().parse().ok()?;
    if m >= 60 || h > 24 || (h == 24 && m > 0) {
        return None;
    }
    Some(h * 60 + m)
}

/// Formats minutes from midnight as `HH:MM`.
pub fn fmt_time(min: u16) -> String {
    format!("{:02}:{:02}", min / 60, min % 60)
}

/// Trims, drops empties and case-insensitive duplicates.
fn clean_list(items: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in items {
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if !s.is_empty() && !out.iter().any(|x| x.to_lowercase() == s.to_lowercase()) {
            out.push(s);
        }
    }
    out
}

fn parse_hours(s: &str) -> Option<f32> {
    let t = s.trim().replace(',', ".");
    t.parse::<f32>().ok().filter(|v| v.is_finite())
}

impl NeedsDraft {
    /// A draft pre-filled from the active goal (focus skills and category).
    pub fn from_goal(goal: &Goal) -> NeedsDraft {
        NeedsDraft {
            focus_skills: goal.focus_skills.clone(),
            category: goal.category.key().to_string(),
            ..NeedsDraft::default()
        }
    }

    /// Validates the draft. Returns every problem at once, never only the first.
    pub fn validate(&self) -> Result<Needs, Vec<FieldError>> {
        let mut errors = Vec::new();

        let focus_skills = clean_list(&self.focus_skills);
        if focus_skills.len() > MAX_FOCUS_SKILLS {
            errors.push(FieldError::new(
                "focus_skills",
                format!("Keep to at most {MAX_FOCUS_SKILLS} focus skills."),
            ));
        }
        let goal_category = if self.category.trim().is_empty() {
            None
        } else {
            let c = Category::from_key(self.category.trim());
            if c.is_none() {
                errors.push(FieldError::new("category", "Unknown goal category."));
            }
            c
        };
        let stage = CareerStage::from_key(&self.stage);
        if stage.is_none() {
            errors.push(FieldError::new("stage", "Choose your career stage."));
        }
        let languages = clean_list(&self.languages);
        if languages.is_empty() {
            errors.push(FieldError::new(
                "languages",
                "Add at least one language you speak.",
            ));
        } else if languages.len() > MAX_LIST {
            errors.push(FieldError::new(
                "languages",
                format!("Keep to at most {MAX_LIST} languages."),
            ));
        }
        let time_zone = match tz::parse_zone(&self.time_zone) {
            Ok(_) => Some(self.time_zone.trim().to_string()),
            Err(e) => {
                errors.push(FieldError::new(
                    "time_zone",
                    format!("Your time zone: {e}."),
                ));
                None
            }
        };
        if self.availability.len() > MAX_WINDOWS {
            errors.push(FieldError::new(
                "availability",
                format!("Keep to at most {MAX_WINDOWS} time windows."),
            ));
        }
        let mut availability = Vec::new();
        for (i, w) in self.availability.iter().enumerate() {
            let n = i + 1;
            let day = parse_day(&w.day);
            if day.is_none() {
                errors.push(FieldError::new(
                    format!("availability[{i}].day"),
                    format!("Window {n}: choose a day."),
                ));
            }
            let start = parse_time(&w.start).filter(|&m| m < 1440);
            if start.is_none() {
                errors.push(FieldError::new(
                    format!("availability[{i}].start"),
                    format!("Window {n}: the start is not a time (HH:MM)."),
                ));
            }
            let end = parse_time(&w.end);
            if end.is_none() {
                errors.push(FieldError::new(
                    format!("availability[{i}].end"),
                    format!("Window {n}: the end is not a time (HH:MM, up to 24:00)."),
                ));
            }
            if let (Some(day), Some(start_min), Some(end_min)) = (day, start, end) {
                if start_min >= end_min {
                    errors.push(FieldError::new(
                        format!("availability[{i}].end"),
                        format!(
                            "Window {n}: the end must be after the start (split a window that runs past midnight)."
                        ),
                    ));
                } else {
                    availability.push(Window {
                        day,
                        start_min,
                        end_min,
                    });
                }
            }
        }
        let mut formats = Vec::new();
        for (i, f) in self.formats.iter().enumerate() {
            match Format::from_key(f) {
                Some(f) if !formats.contains(&f) => formats.push(f),
                Some(_) => {}
                None => errors.push(FieldError::new(format!("formats[{i}]"), "Unknown format.")),
            }
        }
        let form = MentoringForm::from_key(&self.form);
        if form.is_none() {
            errors.push(FieldError::new("form", "Choose a mentoring form."));
        }
        let learning_style = Style::from_key(&self.learning_style);
        if learning_style.is_none() {
            errors.push(FieldError::new(
                "learning_style",
                "Choose how you like to learn.",
            ));
        }
        let interests = clean_list(&self.interests);
        if interests.len() > MAX_LIST {
            errors.push(FieldError::new(
                "interests",
                format!("Keep to at most {MAX_LIST} interests."),
            ));
        }
        let max_price = if self.max_price.trim().is_empty() {
            Some(None)
        } else {
            match self.max_price.trim().parse::<u32>() {
                Ok(p) => Some(Some(p)),
                Err(_) => {
                    errors.push(FieldError::new(
                        "max_price",
                        "The monthly budget must be a whole number (or empty for no limit).",
                    ));
                    None
                }
            }
        };
        let min_overlap_hours = if self.must.min_overlap_hours.trim().is_empty() {
            Some(None)
        } else {
            match parse_hours(&self.must.min_overlap_hours) {
                Some(h) if (0.0..=60.0).contains(&h) => Some(Some(h).filter(|&h| h > 0.0)),
                _ => {
                    errors.push(FieldError::new(
                        "must.min_overlap_hours",
                        "The minimum shared time must be a number of hours from 0 to 60.",
                    ));
                    None
                }
            }
        };
        if self.must.budget && matches!(max_price, Some(None)) {
            errors.push(FieldError::new(
                "max_price",
                "Set a monthly budget to make it a must-have.",
            ));
        }
        if self.must.format && formats.is_empty() {
            errors.push(FieldError::new(
                "formats",
                "Choose at least one format to make it a must-have.",
            ));
        }
        if matches!(min_overlap_hours, Some(Some(_))) && self.availability.is_empty() {
            errors.push(FieldError::new(
                "availability",
                "Add your free times to require shared hours.",
            ));
        }
        let mut weights = Weights::default();
        for c in Criterion::ALL {
            let raw = match c {
                Criterion::Skills => &self.weights.skills,
                Criterion::Industry => &self.weights.industry,
                Criterion::Experience => &self.weights.experience,
                Criterion::Availability => &self.weights.availability,
                Criterion::Style => &self.weights.style,
                Criterion::Interests => &self.weights.interests,
            };
            if raw.trim().is_empty() {
                continue;
            }
            match Importance::from_key(raw) {
                Some(i) => weights.set(c, i),
                None => errors.push(FieldError::new(
                    format!("weights.{}", c.key()),
                    format!("Choose how important {} is.", c.label().to_lowercase()),
                )),
            }
        }

        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Needs {
            focus_skills,
            goal_category,
            industry: self
                .industry
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            stage: stage.expect("checked"),
            languages,
            time_zone: time_zone.expect("checked"),
            availability,
            formats,
            form: form.expect("checked"),
            learning_style: learning_style.expect("checked"),
            interests,
            wants_different_perspective: self.wants_different_perspective,
            max_price: max_price.expect("checked"),
            must: MustHaves {
                language: self.must.language,
                format: self.must.format,
                open_capacity: self.must.open_capacity,
                min_overlap_hours: min_overlap_hours.expect("checked"),
                budget: self.must.budget,
                form: self.must.form,
            },
            weights,
            unsaid: Unsaid::default(),
        })
    }

    /// Like [`NeedsDraft::validate`], but an answer not given is never an error: languages
    /// and time zone come from `facts`, the form is one-to-one, the free times are
    /// [`DEFAULT_WINDOWS`] (unless a minimum of shared hours is required, which needs the
    /// mentee's own times), an importance not set is "somewhat important", and career stage
    /// and learning style are "not said" (their criteria do not count). Each is recorded in
    /// [`Needs::unsaid`]. Answers that were given and do not parse are still errors.
    pub fn resolve(&self, facts: &BrowserFacts) -> Result<Needs, Vec<FieldError>> {
        let mut d = self.clone();
        let mut unsaid = Unsaid::default();
        if d.stage.trim().is_empty() {
            d.stage = CareerStage::Mid.key().into();
            unsaid.stage = true;
        }
        if clean_list(&d.languages).is_empty() {
            d.languages = facts.language_names();
            unsaid.languages = true;
        }
        if d.time_zone.trim().is_empty() {
            d.time_zone = facts.zone_name();
            unsaid.time_zone = true;
        }
        if d.form.trim().is_empty() {
            d.form = MentoringForm::OneToOne.key().into();
            unsaid.form = true;
        }
        if d.learning_style.trim().is_empty() {
            d.learning_style = Style::Coaching.key().into();
            unsaid.learning_style = true;
        }
        let requires_hours = parse_hours(&d.must.min_overlap_hours).is_some_and(|h| h > 0.0);
        if d.availability.is_empty() && !requires_hours {
            unsaid.availability = true;
        }
        for (i, c) in Criterion::ALL.into_iter().enumerate() {
            let raw = match c {
                Criterion::Skills => &mut d.weights.skills,
                Criterion::Industry => &mut d.weights.industry,
                Criterion::Experience => &mut d.weights.experience,
                Criterion::Availability => &mut d.weights.availability,
                Criterion::Style => &mut d.weights.style,
                Criterion::Interests => &mut d.weights.interests,
            };
            if raw.trim().is_empty() {
                *raw = Importance::Somewhat.key().into();
                unsaid.importances |= 1 << i;
            }
        }
        let mut needs = d.validate()?;
        if unsaid.availability {
            needs.availability = DEFAULT_WINDOWS.to_vec();
        }
        needs.unsaid = unsaid;
        Ok(needs)
    }
}

/// `value` when it was said, else empty (so an assumption is not stored as an answer).
fn said(said: bool, value: &str) -> String {
    if said {
        value.to_string()
    } else {
        String::new()
    }
}

impl Needs {
    /// The draft these needs came from, so they can be edited again (answers not given stay
    /// empty).
    pub fn to_draft(&self) -> NeedsDraft {
        let w = |c| said(!self.unsaid.importance(c), self.weights.get(c).key());
        NeedsDraft {
            focus_skills: self.focus_skills.clone(),
            category: self
                .goal_category
                .map(|c| c.key().to_string())
                .unwrap_or_default(),
            industry: self.industry.clone(),
            stage: said(!self.unsaid.stage, self.stage.key()),
            languages: if self.unsaid.languages {
                Vec::new()
            } else {
                self.languages.clone()
            },
            time_zone: said(!self.unsaid.time_zone, &self.time_zone),
            availability: if self.unsaid.availability {
                Vec::new()
            } else {
                self.availability.clone()
            }
            .iter()
            .map(|w| WindowDraft {
                day: DAY_KEYS[usize::from(w.day.min(6))].to_string(),
                start: fmt_time(w.start_min),
                end: fmt_time(w.end_min),
            })
            .collect(),
            formats: self.formats.iter().map(|f| f.key().to_string()).collect(),
            form: said(!self.unsaid.form, self.form.key()),
            learning_style: said(!self.unsaid.learning_style, self.learning_style.key()),
            interests: self.interests.clone(),
            wants_different_perspective: self.wants_different_perspective,
            max_price: self.max_price.map(|p| p.to_string()).unwrap_or_default(),
            must: MustHavesDraft {
                language: self.must.language,
                format: self.must.format,
                open_capacity: self.must.open_capacity,
                min_overlap_hours: self
                    .must
                    .min_overlap_hours
                    .map(|h| crate::core::form::fmt_num(h.into()))
                    .unwrap_or_default(),
                budget: self.must.budget,
                form: self.must.form,
            },
            weights: WeightsDraft {
                skills: w(Criterion::Skills),
                industry: w(Criterion::Industry),
                experience: w(Criterion::Experience),
                availability: w(Criterion::Availability),
                style: w(Criterion::Style),
                interests: w(Criterion::Interests),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn draft() -> NeedsDraft {
        NeedsDraft {
            focus_skills: vec![
                "Public speaking".into(),
                "public  speaking".into(),
                "storytelling".into(),
            ],
            category: "skill".into(),
            industry: " Healthcare ".into(),
            stage: "mid".into(),
            languages: vec!["English".into(), "english".into(), "Spanish".into()],
            time_zone: "America/New_York".into(),
            availability: vec![
                WindowDraft {
                    day: "Mon".into(),
                    start: "18:00".into(),
                    end: "20:30".into(),
                },
                WindowDraft {
                    day: "6".into(),
                    start: "9:00".into(),
                    end: "24:00".into(),
                },
            ],
            formats: vec!["video".into(), "chat".into(), "video".into()],
            form: "one_to_one".into(),
            learning_style: "coaching".into(),
            interests: vec!["hiking".into()],
            wants_different_perspective: false,
            max_price: "50".into(),
            must: MustHavesDraft {
                language: true,
                budget: true,
                min_overlap_hours: "1,5".into(),
                ..MustHavesDraft::default()
            },
            weights: WeightsDraft {
                skills: "essential".into(),
                interests: "not_important".into(),
                ..WeightsDraft::default()
            },
        }
    }

    #[test]
    fn valid_draft_becomes_needs_and_back() {
        let needs = draft().validate().unwrap();
        assert_eq!(needs.focus_skills, ["Public speaking", "storytelling"]);
        assert_eq!(needs.languages, ["English", "Spanish"]);
        assert_eq!(needs.industry, "Healthcare");
        assert_eq!(needs.formats, [Format::Video, Format::Chat]);
        assert_eq!(
            needs.availability,
            [
                Window {
                    day: 0,
                    start_min: 1080,
                    end_min: 1230
                },
                Window {
                    day: 6,
                    start_min: 540,
                    end_min: 1440
                }
            ]
        );
        assert_eq!(needs.max_price, Some(50));
        assert_eq!(needs.must.min_overlap_hours, Some(1.5));
        assert_eq!(needs.weights.skills, Importance::Essential);
        assert_eq!(needs.weights.interests, Importance::NotImportant);
        assert_eq!(needs.weights.style, Importance::Somewhat);
        assert_eq!(needs.to_draft().validate().unwrap(), needs);
        let json = serde_json::to_string(&needs).unwrap();
        assert_eq!(serde_json::from_str::<Needs>(&json).unwrap(), needs);
    }

    #[test]
    fn every_problem_reported_at_once() {
        let d = NeedsDraft {
            category: "x".into(),
            time_zone: "Mars/Base".into(),
            availability: vec![
                WindowDraft {
                    day: "funday".into(),
                    start: "25:00".into(),
                    end: "x".into(),
                },
                WindowDraft {
                    day: "tue".into(),
                    start: "10:00".into(),
                    end: "09:00".into(),
                },
            ],
            formats: vec!["telepathy".into()],
            max_price: "cheap".into(),
            must: MustHavesDraft {
                format: true,
                min_overlap_hours: "-1".into(),
                ..MustHavesDraft::default()
            },
            weights: WeightsDraft {
                style: "hugely".into(),
                ..WeightsDraft::default()
            },
            ..NeedsDraft::default()
        };
        let errs = d.validate().unwrap_err();
        let fields: Vec<&str> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "category",
                "stage",
                "languages",
                "time_zone",
                "availability[0].day",
                "availability[0].start",
                "availability[0].end",
                "availability[1].end",
                "formats[0]",
                "form",
                "learning_style",
                "max_price",
                "must.min_overlap_hours",
                "formats",
                "weights.style",
            ]
        );
        assert!(errs.iter().all(|e| !e.message.is_empty()));
    }

    #[test]
    fn budget_must_have_needs_a_budget() {
        let mut d = draft();
        d.max_price = String::new();
        let errs = d.validate().unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].field, "max_price");
        d.must.budget = false;
        assert_eq!(d.validate().unwrap().max_price, None);
    }

    #[test]
    fn days_and_times() {
        for (s, want) in [
            ("mon", Some(0)),
            ("Sunday", Some(6)),
            ("3", Some(3)),
            ("7", None),
            ("m", None),
        ] {
            assert_eq!(parse_day(s), want, "{s}");
        }
        for (s, want) in [
            ("09:30", Some(570)),
            ("9", Some(540)),
            ("24:00", Some(1440)),
            ("24:01", None),
            ("12:60", None),
        ] {
            assert_eq!(parse_time(s), want, "{s}");
        }
        assert_eq!(fmt_time(570), "09:30");
    }

    #[test]
    fn missing_answers_are_assumed_never_errors() {
        let facts = BrowserFacts {
            languages: vec!["de-DE".into(), "en-GB".into(), "de".into(), "xx".into()],
            time_zone: Some("Europe/Berlin".into()),
        };
        let n = NeedsDraft::default().resolve(&facts).unwrap();
        assert_eq!(n.languages, ["German", "English"]);
        assert_eq!(n.time_zone, "Europe/Berlin");
        assert_eq!(n.form, MentoringForm::OneToOne);
        assert_eq!(
            n.unsaid,
            Unsaid {
                stage: true,
                languages: true,
                time_zone: true,
                form: true,
                learning_style: true,
                availability: true,
                importances: 0b11_1111,
            }
        );
        assert_eq!(n.availability, DEFAULT_WINDOWS);
        assert_eq!(n.weights, Weights::default());
        assert_eq!(
            assumption_line(&n).unwrap(),
            "Assuming German and English, Europe/Berlin, free weekday evenings 18–20, any career stage, one-to-one mentoring, any teaching style, every priority somewhat important — refine"
        );
        // Round trip keeps the unsaid answers empty.
        let back = n.to_draft();
        assert!(back.stage.is_empty() && back.languages.is_empty() && back.time_zone.is_empty());
        assert!(back.availability.is_empty() && back.weights == WeightsDraft::default());
        assert_eq!(back.resolve(&facts).unwrap(), n);
        // What was said stays said; what was typed wrong is still an error.
        let mut d = NeedsDraft {
            stage: "senior".into(),
            languages: vec!["English".into()],
            time_zone: "Europe/Berlin".into(),
            learning_style: "coaching".into(),
            form: "peer".into(),
            availability: vec![WindowDraft {
                day: "sat".into(),
                start: "10:00".into(),
                end: "12:00".into(),
            }],
            weights: WeightsDraft {
                skills: "very".into(),
                industry: "not_important".into(),
                experience: "somewhat".into(),
                availability: "essential".into(),
                style: "not_important".into(),
                interests: "not_important".into(),
            },
            ..NeedsDraft::default()
        };
        let n = d.resolve(&BrowserFacts::default()).unwrap();
        assert!(n.unsaid.none());
        assert_eq!(n.weights.industry, Importance::NotImportant);
        assert_eq!(assumption_line(&n), None);
        d.stage = "guru".into();
        d.time_zone = "Mars/Base".into();
        let fields: Vec<String> = d
            .resolve(&facts)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["stage", "time_zone"]);
    }

    /// What `resolve` assumes for free times and importances, and how the line states it.
    #[test]
    fn assumed_times_and_priorities() {
        let facts = BrowserFacts {
            languages: vec!["en".into()],
            time_zone: Some("Europe/Berlin".into()),
        };
        let said = NeedsDraft {
            stage: "mid".into(),
            languages: vec!["English".into()],
            time_zone: "Asia/Tokyo".into(),
            form: "one_to_one".into(),
            learning_style: "coaching".into(),
            ..NeedsDraft::default()
        };
        let window = WindowDraft {
            day: "mon".into(),
            start: "07:00".into(),
            end: "08:00".into(),
        };
        // (change to `said`, assumed times?, unsaid importances, weights, line)
        type Case = (fn(&mut NeedsDraft), bool, u8, Weights, Option<&'static str>);
        let some = Weights::default();
        let cases: [Case; 6] = [
            (
                |_| {},
                true,
                0b11_1111,
                some,
                Some(
                    "Assuming free weekday evenings 18–20, every priority somewhat important — refine",
                ),
            ),
            (
                |d| d.must.min_overlap_hours = "2".into(),
                false,
                0b11_1111,
                some,
                None,
            ),
            (
                |d| d.must.min_overlap_hours = "0".into(),
                true,
                0b11_1111,
                some,
                Some(
                    "Assuming free weekday evenings 18–20, every priority somewhat important — refine",
                ),
            ),
            (
                |d| d.weights.skills = "very".into(),
                true,
                0b11_1110,
                Weights {
                    skills: Importance::Very,
                    ..some
                },
                Some(
                    "Assuming free weekday evenings 18–20, unrated priorities somewhat important — refine",
                ),
            ),
            (
                |d| {
                    d.weights = WeightsDraft {
                        skills: "not_important".into(),
                        industry: "not_important".into(),
                        experience: "not_important".into(),
                        availability: "not_important".into(),
                        style: "not_important".into(),
                        interests: "not_important".into(),
                    }
                },
                true,
                0,
                Weights {
                    skills: Importance::NotImportant,
                    industry: Importance::NotImportant,
                    experience: Importance::NotImportant,
                    availability: Importance::NotImportant,
                    style: Importance::NotImportant,
                    interests: Importance::NotImportant,
                },
                Some("Assuming free weekday evenings 18–20 — refine"),
            ),
            (
                |d| d.weights.availability = "essential".into(),
                true,
                0b11_0111,
                Weights {
                    availability: Importance::Essential,
                    ..some
                },
                Some(
                    "Assuming free weekday evenings 18–20, unrated priorities somewhat important — refine",
                ),
            ),
        ];
        for (i, (change, assumed, importances, weights, line)) in cases.into_iter().enumerate() {
            let mut d = said.clone();
            change(&mut d);
            let min_hours = d.must.min_overlap_hours.clone();
            if min_hours == "2" {
                // Required hours need the mentee's own times: still the error it was.
                let errs = d.resolve(&facts).unwrap_err();
                assert_eq!(errs[0].field, "availability", "case {i}");
                d.availability = vec![window.clone()];
            }
            let n = d.resolve(&facts).unwrap();
            assert_eq!(n.unsaid.availability, assumed, "case {i}");
            assert_eq!(n.unsaid.importances, importances, "case {i}");
            assert_eq!(n.weights, weights, "case {i}");
            assert_eq!(
                n.time_zone, "Asia/Tokyo",
                "case {i}: times are in the mentee's zone"
            );
            if assumed {
                assert_eq!(n.availability, DEFAULT_WINDOWS, "case {i}");
            } else {
                assert_eq!(n.availability.len(), 1, "case {i}");
            }
            if min_hours != "2" {
                assert_eq!(assumption_line(&n).as_deref(), line, "case {i}");
            }
            assert_eq!(
                n.to_draft().resolve(&facts).unwrap(),
                n,
                "case {i}: round trip"
            );
        }
    }

    #[test]
    fn default_needs_from_browser_and_goal() {
        for (langs, zone, want_langs, want_zone) in [
            (
                vec!["en-US"],
                Some("America/Chicago"),
                vec!["English"],
                "America/Chicago",
            ),
            (vec![], None, vec!["English"], "UTC"),
            (
                vec!["pt-BR", "es"],
                Some("Mars/Base"),
                vec!["Portuguese", "Spanish"],
                "UTC",
            ),
            (
                vec!["zh-Hans-CN"],
                Some(" Asia/Kathmandu "),
                vec!["Mandarin"],
                "Asia/Kathmandu",
            ),
        ] {
            let facts = BrowserFacts {
                languages: langs.iter().map(|s| s.to_string()).collect(),
                time_zone: zone.map(String::from),
            };
            let n = default_needs(&facts, None);
            assert_eq!(n.languages, want_langs, "{langs:?}");
            assert_eq!(n.time_zone, want_zone);
            assert!(n.focus_skills.is_empty());
        }
        let goal = crate::core::goals::goal::GoalDraft {
            statement: "Give 3 talks".into(),
            category: "skill".into(),
            deadline: "2027-06-30".into(),
            focus_skills: vec!["public speaking".into()],
            ..Default::default()
        }
        .validate()
        .unwrap();
        let facts = BrowserFacts {
            languages: vec!["en".into()],
            time_zone: Some("Europe/Berlin".into()),
        };
        let n = default_needs(&facts, Some(&goal));
        assert_eq!(n.focus_skills, ["public speaking"]);
        assert_eq!(n.goal_category, Some(Category::SkillBuilding));
        assert_eq!(
            assumption_line(&n).unwrap(),
            "Assuming English, Europe/Berlin, free weekday evenings 18–20, any career stage, one-to-one mentoring, any teaching style, every priority somewhat important — refine"
        );
        assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
        assert_eq!(join_or(&["a", "b"]), "a or b");
    }

    #[test]
    fn from_goal_prefills() {
        let goal = crate::core::goals::goal::GoalDraft {
            statement: "Give 3 talks".into(),
            category: "skill".into(),
            deadline: "2027-06-30".into(),
            focus_skills: vec!["public speaking".into()],
            ..Default::default()
        }
        .validate()
        .unwrap();
        let d = NeedsDraft::from_goal(&goal);
        assert_eq!(d.focus_skills, ["public speaking"]);
        assert_eq!(d.category, "skill");
    }
}
