//! Prints what `trellis::core::time::tz` computes from `data/zones.txt` for 2026–2050, for
//! `tests/zones_independent.py` to compare with the IANA source:
//!
//! `cargo run --example zone_dump`
//!
//! One line per zone: `NAME OFFSET ABBR (INSTANT OFFSET ABBR)…` — the offset (seconds east of
//! UTC) and abbreviation in force at 2026-01-01T00:00Z, then every change up to
//! 2051-01-01T00:00Z as seconds since the epoch and the new offset and abbreviation.

use std::fmt::Write;

use chrono::{TimeZone, Utc};
use trellis::core::time::tz::Tz;

fn main() {
    let from = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let to = Utc.with_ymd_and_hms(2051, 1, 1, 0, 0, 0).unwrap();
    let mut out = String::new();
    for tz in Tz::all() {
        let first = tz.offset_at(from);
        let _ = write!(
            out,
            "{} {} {}",
            tz.name(),
            first.secs(),
            first.abbreviation()
        );
        for tr in tz.transitions(from, to) {
            let _ = write!(
                out,
                " {} {} {}",
                tr.at.timestamp(),
                tr.after.secs(),
                tr.after.abbreviation()
            );
        }
        out.push('\n');
    }
    print!("{out}");
}
