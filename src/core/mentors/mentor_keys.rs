//! Keys, labels and lists for the mentor enums: the stable snake_case key used in files
//! (identical to the serde name), a human label, and `ALL` in display order.
//!
//! `from_key` is strict (exact key). [`parse_loose`](CareerStage::parse_loose) is what
//! imports use: case-insensitive, and spaces or hyphens count as underscores
//! ("One to one", "hands-on", "In person").

use crate::core::mentors::mentor::{CareerStage, Format, MentoringForm, Style};

/// Lowercases and turns spaces and hyphens into underscores: "In-person" → "in_person".
fn normalize_key(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// "a, b, c" for error messages listing the allowed keys.
fn join_keys(keys: impl Iterator<Item = &'static str>) -> String {
    keys.collect::<Vec<_>>().join(", ")
}

macro_rules! keyed_enum {
    ($ty:ident, [$($variant:ident => $key:literal, $label:literal),+ $(,)?]) => {
        impl $ty {
            /// Every value, in display order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// Stable machine key, the same as the serde name.
            pub fn key(self) -> &'static str {
                match self { $($ty::$variant => $key),+ }
            }

            /// Human label.
            pub fn label(self) -> &'static str {
                match self { $($ty::$variant => $label),+ }
            }

            /// Inverse of `key` (exact match).
            pub fn from_key(key: &str) -> Option<$ty> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }

            /// Forgiving parse for imports: the key or the label, any case, with spaces or
            /// hyphens in place of underscores.
            pub fn parse_loose(text: &str) -> Option<$ty> {
                let norm = normalize_key(text);
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.key() == norm || normalize_key(v.label()) == norm)
            }

            /// The allowed keys, comma separated, for error messages.
            pub fn allowed_keys() -> String {
                join_keys(Self::ALL.iter().copied().map(Self::key))
            }
        }
    };
}

keyed_enum!(CareerStage, [
    Early => "early", "Early career",
    Mid => "mid", "Mid-career",
    Senior => "senior", "Senior",
    Lead => "lead", "Lead / manager",
    Executive => "executive", "Executive",
]);

keyed_enum!(MentoringForm, [
    OneToOne => "one_to_one", "One-to-one",
    Group => "group", "Group",
    Peer => "peer", "Peer",
    Reverse => "reverse", "Reverse",
    Micro => "micro", "Micro-mentoring",
]);

keyed_enum!(Format, [
    Video => "video", "Video call",
    Phone => "phone", "Phone",
    Chat => "chat", "Chat",
    InPerson => "in_person", "In person",
]);

keyed_enum!(Style, [
    Coaching => "coaching", "Coaching",
    Directive => "directive", "Directive",
    HandsOn => "hands_on", "Hands-on",
    Supportive => "supportive", "Supportive",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_match_serde_and_round_trip() {
        fn check<T>(all: &[T], key: fn(&T) -> &'static str, from: fn(&str) -> Option<T>)
        where
            T: serde::Serialize + PartialEq + std::fmt::Debug,
        {
            for v in all {
                assert_eq!(serde_json::to_string(v).unwrap(), format!("\"{}\"", key(v)));
                assert_eq!(from(key(v)).as_ref(), Some(v));
            }
        }
        check(CareerStage::ALL, |v| v.key(), CareerStage::from_key);
        check(MentoringForm::ALL, |v| v.key(), MentoringForm::from_key);
        check(Format::ALL, |v| v.key(), Format::from_key);
        check(Style::ALL, |v| v.key(), Style::from_key);
    }

    #[test]
    fn loose_parsing() {
        assert_eq!(
            MentoringForm::parse_loose(" One to One "),
            Some(MentoringForm::OneToOne)
        );
        assert_eq!(
            MentoringForm::parse_loose("one-to-one"),
            Some(MentoringForm::OneToOne)
        );
        assert_eq!(Format::parse_loose("In person"), Some(Format::InPerson));
        assert_eq!(Format::parse_loose("video call"), Some(Format::Video));
        assert_eq!(Style::parse_loose("Hands-On"), Some(Style::HandsOn));
        assert_eq!(
            CareerStage::parse_loose("Mid-career"),
            Some(CareerStage::Mid)
        );
        assert_eq!(CareerStage::parse_loose("guru"), None);
        assert_eq!(CareerStage::from_key("Early"), None);
        assert_eq!(
            CareerStage::allowed_keys(),
            "early, mid, senior, lead, executive"
        );
    }
}
