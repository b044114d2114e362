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
