//! The mentor model shared by the built-in sample directory, imported rosters and scoring.

use serde::{Deserialize, Serialize};

/// Career stage, ordered from most junior to most senior.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CareerStage {
    Early,
    Mid,
    Senior,
    Lead,
    Executive,
}

/// How mentoring happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentoringForm {
    OneToOne,
    Group,
    Peer,
    Reverse,
    Micro,
}

/// Where sessions take place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Video,
    Phone,
    Chat,
    InPerson,
}

/// A mentor's way of teaching, matched against the mentee's learning style.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Style {
    /// Asks questions, lets the mentee find the answer.
    Coaching,
    /// Shares direct advice and experience.
    Directive,
    /// Works through real tasks together.
    HandsOn,
    /// Listens and supports.
    Supportive,
}

/// One weekly availability window in the owner's own IANA time zone.
/// `day` 0 = Monday … 6 = Sunday; minutes from local midnight, `start < end <= 1440`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub day: u8,
    pub start_min: u16,
    pub end_min: u16,
}

/// A mentor profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mentor {
    /// Stable id, unique within a directory.
    pub id: String,
    pub name: String,
    pub headline: String,
    pub industry: String,
    pub stage: CareerStage,
    pub years_experience: u8,
    pub country: String,
    /// City (for in-person sessions).
    pub city: String,
    /// IANA time zone, e.g. `Europe/London`.
    pub time_zone: String,
    pub languages: Vec<String>,
    pub forms: Vec<MentoringForm>,
    pub formats: Vec<Format>,
    pub availability: Vec<Window>,
    /// Open mentee slots; 0 means full.
    pub capacity: u8,
    pub style: Style,
    pub skills: Vec<String>,
    pub interests: Vec<String>,
    pub bio: String,
    /// Price per month in whole currency units; `None` means free.
    pub price_per_month: Option<u32>,
}

/// A mentor's own preferences for a cohort (all optional), from the roster's preference
/// columns (`mentor_stages`, `mentor_skills`, `avoid_mentees`, `group_size`); the cohort's pair
/// score and hard rules use them (`cohort::assign`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MentorPrefs {
    /// Career stages the mentor wants to mentor.
    pub stages: Vec<CareerStage>,
    /// Skills the mentor wants to mentor in.
    pub skills: Vec<String>,
    /// Mentee ids or names never to pair with.
    pub avoid: Vec<String>,
    /// Mentees per slot when the mentor offers the group form (0 or 1: one per slot).
    pub group_size: u8,
}

impl MentorPrefs {
    /// No preference stated.
    pub fn is_empty(&self) -> bool {
        self == &MentorPrefs::default()
    }
}

impl Mentor {
    /// A mentor known only by name: a profile typed in by hand (with the time zone the user
    /// gave) or named in a shared link (time zone empty). `id` says where it came from
    /// (`"manual"`, `"shared"`). Every other field is empty or neutral: mid-career, no
    /// experience given, no open slots, a supportive style, free.
    pub fn known_by_name(id: &str, name: &str, time_zone: &str) -> Mentor {
        Mentor {
            id: id.to_string(),
            name: name.to_string(),
            headline: String::new(),
            industry: String::new(),
            stage: CareerStage::Mid,
            years_experience: 0,
            country: String::new(),
            city: String::new(),
            time_zone: time_zone.to_string(),
            languages: Vec::new(),
            forms: Vec::new(),
            formats: Vec::new(),
            availability: Vec::new(),
            capacity: 0,
            style: Style::Supportive,
            skills: Vec::new(),
            interests: Vec::new(),
            bio: String::new(),
            price_per_month: None,
        }
    }
}

/// Open slots as text ("2 open slots" or "Full").
pub fn capacity_text(capacity: u8) -> String {
    match capacity {
        0 => "Full".into(),
        1 => "1 open slot".into(),
        n => format!("{n} open slots"),
    }
}

/// Price per month as text ("Free" or "60 per month").
pub fn price_text(price: Option<u32>) -> String {
    match price {
        None => "Free".into(),
        Some(p) => format!("{p} per month"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_as_text() {
        for (n, want) in [
            (0, "Full"),
            (1, "1 open slot"),
            (2, "2 open slots"),
            (255, "255 open slots"),
        ] {
            assert_eq!(capacity_text(n), want, "{n}");
        }
    }

    #[test]
    fn price_as_text() {
        for (p, want) in [
            (None, "Free"),
            (Some(0), "0 per month"),
            (Some(60), "60 per month"),
        ] {
            assert_eq!(price_text(p), want, "{p:?}");
        }
    }

    #[test]
    fn a_mentor_known_by_name_holds_only_what_is_known() {
        for (id, name, zone) in [
            ("shared", "Ada Okafor", ""),
            ("manual", "Ben", "Europe/London"),
        ] {
            let m = Mentor::known_by_name(id, name, zone);
            assert_eq!((m.id.as_str(), m.name.as_str()), (id, name));
            assert_eq!(m.time_zone, zone);
            assert!(m.headline.is_empty() && m.industry.is_empty() && m.city.is_empty());
            assert!(m.languages.is_empty() && m.formats.is_empty() && m.availability.is_empty());
            assert!(m.skills.is_empty() && m.interests.is_empty() && m.bio.is_empty());
            assert_eq!((m.capacity, m.price_per_month), (0, None));
        }
    }
}

#[cfg(test)]
mod key_tests {
    use super::*;

    #[test]
    fn keys_match_serde_and_round_trip() {
        fn check<T: Copy + PartialEq + std::fmt::Debug + Serialize>(
            all: &[T],
            key: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
        ) {
            for &v in all {
                assert_eq!(
                    serde_json::to_string(&v).unwrap(),
                    format!("\"{}\"", key(v))
                );
                assert_eq!(from(key(v)), Some(v));
            }
            assert_eq!(from("nope"), None);
        }
        check(CareerStage::ALL, CareerStage::key, CareerStage::from_key);
        check(
            MentoringForm::ALL,
            MentoringForm::key,
            MentoringForm::from_key,
        );
        check(Format::ALL, Format::key, Format::from_key);
        check(Style::ALL, Style::key, Style::from_key);
    }
}
