//! Size accounting in the unit the browser's quota counts.
//!
//! Chromium allows 5,242,880 UTF-16 code units of keys plus values per origin in
//! localStorage, whatever the characters: "a" and "講" both count 1, "🎤" counts 2. Firefox
//! and WebKit count about the same. Every size check in Trellis uses this unit, so the cap on
//! reading ([`super::MAX_STORED_UNITS`]) and the check before writing ([`check`]) agree.

/// Chromium's localStorage quota per origin, in UTF-16 code units of keys plus values.
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// How many UTF-16 code units `s` takes (what `String.prototype.length` says in JS).
pub fn units(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// What one stored entry costs: its key plus its value.
pub fn entry_units(key: &str, value: &str) -> usize {
    units(key) + units(value)
}

/// A write that would not fit, in UTF-16 units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoRoom {
    /// What the new entries need.
    pub needed: usize,
    /// What is free for them (the quota less every other entry).
    pub free: usize,
}

/// Whether writing `new` entries (key, value) fits, given what storage holds now as
/// (key, units of key + value) pairs. Entries being replaced do not count twice.
pub fn check(current: &[(String, usize)], new: &[(&str, &str)]) -> Result<(), NoRoom> {
    let others: usize = current
        .iter()
        .filter(|(k, _)| !new.iter().any(|(n, _)| n == k))
        .map(|(_, u)| u)
        .sum();
    let needed: usize = new.iter().map(|(k, v)| entry_units(k, v)).sum();
    let free = QUOTA_UNITS.saturating_sub(others);
    if needed > free {
        Err(NoRoom { needed, free })
    } else {
        Ok(())
    }
}

/// Whether a storage exception means "quota reached", by the `name` and legacy `code` every
/// engine uses: `QuotaExceededError` (Chromium, current Firefox and WebKit, code 22),
/// `NS_ERROR_DOM_QUOTA_REACHED` (older Firefox, code 1014).
pub fn is_quota_error(name: &str, code: u32) -> bool {
    matches!(name, "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") || matches!(code, 22 | 1014)
}

/// A count with thousands separators, e.g. `5,242,880`, for messages.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        for (n, want) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (5_242_880, "5,242,880"),
            (12_345_678, "12,345,678"),
        ] {
            assert_eq!(grouped(n), want);
        }
    }

    #[test]
    fn quota_errors_of_every_engine() {
        for (name, code, want) in [
            ("QuotaExceededError", 22, true), // Chromium, WebKit, Firefox today
            ("QuotaExceededError", 0, true),  // a DOMException built without the code
            ("NS_ERROR_DOM_QUOTA_REACHED", 1014, true), // older Firefox
            ("NS_ERROR_DOM_QUOTA_REACHED", 0, true),
            ("", 22, true), // old WebKit: only the code
            ("", 1014, true),
            ("SecurityError", 18, false), // storage blocked, not full
            ("InvalidStateError", 11, false),
            ("TypeError", 0, false),
        ] {
            assert_eq!(is_quota_error(name, code), want, "{name} {code}");
        }
    }

    #[test]
    fn counts_utf16_units() {
        for (s, want) in [
            ("", 0),
            ("abc", 3),
            ("é", 1),
            ("講演", 2),
            ("🎤", 2),
            ("a🎤講", 4),
            ("\u{10FFFF}", 2),
        ] {
            assert_eq!(units(s), want, "{s:?}");
            assert_eq!(units(s), s.encode_utf16().count(), "{s:?}");
        }
        assert_eq!(entry_units("trellis.state", "{}"), 15);
    }

    fn check_case(current: &[(&str, usize)], new: &[(&str, &str)], want: Result<(), NoRoom>) {
        let current: Vec<(String, usize)> =
            current.iter().map(|(k, u)| (k.to_string(), *u)).collect();
        assert_eq!(check(&current, new), want, "{current:?} + {new:?}");
    }

    #[test]
    fn fits_or_says_how_much_is_missing() {
        let q = QUOTA_UNITS;
        // Empty storage: anything up to the quota fits, key included.
        check_case(&[], &[("k", "v")], Ok(()));
        let big = "x".repeat(q - 1);
        check_case(&[], &[("k", &big)], Ok(()));
        let too_big = "x".repeat(q);
        check_case(
            &[],
            &[("k", &too_big)],
            Err(NoRoom {
                needed: q + 1,
                free: q,
            }),
        );
        // The value being replaced does not count: rewriting a large entry in place fits.
        check_case(&[("k", q - 10)], &[("k", "short")], Ok(()));
        // Another key's data does count.
        check_case(
            &[("filler", q - 10)],
            &[("trellis.state", "0123456789")],
            Err(NoRoom {
                needed: 23,
                free: 10,
            }),
        );
        // Non-ASCII is counted per UTF-16 unit: 3 CJK characters are 3 units (9 UTF-8 bytes).
        check_case(&[("filler", q - 4)], &[("k", "講演会")], Ok(()));
        check_case(
            &[("filler", q - 4)],
            &[("k", "🎤🎤")],
            Err(NoRoom { needed: 5, free: 4 }),
        );
        // Two entries written together are counted together.
        check_case(
            &[("a", 1), ("b", q - 20)],
            &[("a", "0123456789"), ("c", "012345678")],
            Err(NoRoom {
                needed: 21,
                free: 20,
            }),
        );
        // Over-full storage (another engine's different accounting) never underflows.
        check_case(
            &[("x", q + 5)],
            &[("k", "")],
            Err(NoRoom { needed: 1, free: 0 }),
        );
    }
}
