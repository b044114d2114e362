//! What the mentee is looking for: a raw [`NeedsDraft`] straight from the form and the
//! validated [`Needs`] that scoring takes without re-checking.
//!
//! Two kinds of criteria:
//! * **Must-haves** ([`MustHaves`]) exclude a mentor outright (shared language, format,
//!   open capacity, minimum weekly overlap, budget, mentoring form).
//! * **Soft criteria** are scored, each with the mentee's own [`Importance`] ([`Weights`]).
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
        })
    }
}

impl Needs {
    /// The draft these needs came from, so they can be edited again.
    pub fn to_draft(&self) -> NeedsDraft {
        let w = |c| self.weights.get(c).key().to_string();
        NeedsDraft {
            focus_skills: self.focus_skills.clone(),
            category: self
                .goal_category
                .map(|c| c.key().to_string())
                .unwrap_or_default(),
            industry: self.industry.clone(),
            stage: self.stage.key().to_string(),
            languages: self.languages.clone(),
            time_zone: self.time_zone.clone(),
            availability: self
                .availability
                .iter()
                .map(|w| WindowDraft {
                    day: DAY_KEYS[usize::from(w.day.min(6))].to_string(),
                    start: fmt_time(w.start_min),
                    end: fmt_time(w.end_min),
                })
                .collect(),
            formats: self.formats.iter().map(|f| f.key().to_string()).collect(),
            form: self.form.key().to_string(),
            learning_style: self.learning_style.key().to_string(),
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
