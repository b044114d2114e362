//! How a re-ranking moved each mentor: the previous order against the new one, as the small
//! marker a card shows ("↑3", "↓1", "new in top 5"), so a change is visible where it happens.

/// The places at the top that count as "the top" for a "new in top N" marker.
pub const TOP: usize = 5;

/// How one mentor moved between two rankings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movement {
    /// Same place as before (or there was no previous ranking).
    Same,
    /// Moved up by this many places.
    Up(usize),
    /// Moved down by this many places.
    Down(usize),
    /// Now in the top [`TOP`], and was not before (lower down, or not ranked at all).
    NewInTop,
    /// Not ranked before, and not in the top now.
    New,
}

impl Movement {
    /// The card's marker ("↑3", "↓1", "new in top 5", "new"); `None` when it did not move.
    pub fn marker(self) -> Option<String> {
        match self {
            Movement::Same => None,
            Movement::Up(n) => Some(format!("↑{n}")),
            Movement::Down(n) => Some(format!("↓{n}")),
            Movement::NewInTop => Some(format!("new in top {TOP}")),
            Movement::New => Some("new".into()),
        }
    }

    /// The marker in words for a screen reader ("up 3 places").
    pub fn spoken(self) -> Option<String> {
        match self {
            Movement::Same => None,
            Movement::Up(n) => Some(format!("up {n} {}", places(n))),
            Movement::Down(n) => Some(format!("down {n} {}", places(n))),
            Movement::NewInTop => Some(format!("new in the top {TOP}")),
            Movement::New => Some("newly listed".into()),
        }
    }

    /// Whether the card should be briefly highlighted (it went up or arrived).
    pub fn highlight(self) -> bool {
        matches!(self, Movement::Up(_) | Movement::NewInTop | Movement::New)
    }
}

fn places(n: usize) -> &'static str {
    if n == 1 { "place" } else { "places" }
}

/// The movement of each entry of `next` (in its order) compared with `prev`. Entries are
/// identified by equality (mentor ids); duplicates count at their first place. A mentor that
/// enters the top [`TOP`] is "new in top", even if it was ranked lower before; moves inside
/// and below the top are counted in places.
pub fn movements<T: PartialEq>(prev: &[T], next: &[T]) -> Vec<Movement> {
    next.iter()
        .enumerate()
        .map(|(now, id)| match prev.iter().position(|p| p == id) {
            None if now < TOP => Movement::NewInTop,
            None => Movement::New,
            Some(before) if now < TOP && before >= TOP => Movement::NewInTop,
            Some(before) if before > now => Movement::Up(before - now),
            Some(before) if before < now => Movement::Down(now - before),
            Some(_) => Movement::Same,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Movement::*;

    fn check(prev: &str, next: &str, expected: &[Movement]) {
        let p: Vec<char> = prev.chars().collect();
        let n: Vec<char> = next.chars().collect();
        assert_eq!(movements(&p, &n), expected, "{prev} → {next}");
    }

    #[test]
    fn movement_table() {
        let cases: &[(&str, &str, &[Movement])] = &[
            ("", "", &[]),
            ("abc", "abc", &[Same, Same, Same]),
            ("abc", "bac", &[Up(1), Down(1), Same]),
            ("abc", "cab", &[Up(2), Down(1), Down(1)]),
            // Nothing before: the top is new, the rest just new.
            (
                "",
                "abcdefg",
                &[NewInTop, NewInTop, NewInTop, NewInTop, NewInTop, New, New],
            ),
            // Up from below the top into it: "new in top 5", not "↑3".
            (
                "abcdefgh",
                "habcdefg",
                &[
                    NewInTop,
                    Down(1),
                    Down(1),
                    Down(1),
                    Down(1),
                    Down(1),
                    Down(1),
                    Down(1),
                ],
            ),
            // Moves below the top are counted in places.
            (
                "abcdefgh",
                "abcdehfg",
                &[Same, Same, Same, Same, Same, Up(2), Down(1), Down(1)],
            ),
            // A mentor that was not ranked (a relaxed must-have) arriving lower down.
            (
                "abcdef",
                "abcdexf",
                &[Same, Same, Same, Same, Same, New, Down(1)],
            ),
            // Removed entries do not matter; the rest move up.
            ("xabc", "abc", &[Up(1), Up(1), Up(1)]),
        ];
        for (prev, next, expected) in cases {
            check(prev, next, expected);
        }
    }

    #[test]
    fn markers_in_words() {
        let cases: &[(Movement, Option<&str>, Option<&str>, bool)] = &[
            (Same, None, None, false),
            (Up(3), Some("↑3"), Some("up 3 places"), true),
            (Up(1), Some("↑1"), Some("up 1 place"), true),
            (Down(2), Some("↓2"), Some("down 2 places"), false),
            (
                NewInTop,
                Some("new in top 5"),
                Some("new in the top 5"),
                true,
            ),
            (New, Some("new"), Some("newly listed"), true),
        ];
        for (m, marker, spoken, hl) in cases {
            assert_eq!(m.marker().as_deref(), *marker, "{m:?}");
            assert_eq!(m.spoken().as_deref(), *spoken, "{m:?}");
            assert_eq!(m.highlight(), *hl, "{m:?}");
        }
    }
}
