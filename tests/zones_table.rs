//! `data/zones.txt` as `trellis::core::time::tz` reads it (native only): every zone's changes
//! 2026–2050 agree with its offsets, local readings around every change (gaps, folds, their
//! order), and the zones tzdata 2026 changed, case by case. The comparison with the IANA
//! source itself is `tests/zones_independent.py` (run by `scripts/test.sh`).
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use trellis::core::time::tz::{self, Transition, Tz};

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

fn zone(name: &str) -> Tz {
    tz::parse_zone(name).unwrap()
}

fn range(tz: Tz) -> Vec<Transition> {
    tz.transitions(utc(2026, 1, 1, 0, 0), utc(2051, 1, 1, 0, 0))
}

/// A `LocalResult` as UTC instants.
fn instants(r: LocalResult<DateTime<Tz>>) -> Vec<DateTime<Utc>> {
    match r {
        LocalResult::None => vec![],
        LocalResult::Single(a) => vec![a.with_timezone(&Utc)],
        LocalResult::Ambiguous(a, b) => vec![a.with_timezone(&Utc), b.with_timezone(&Utc)],
    }
}

#[test]
fn names_include_aliases_and_read_back() {
    let names: Vec<&str> = Tz::all().map(Tz::name).collect();
    assert!(names.len() > 590, "{}", names.len());
    assert!(names.windows(2).all(|w| w[0] < w[1]));
    for name in [
        "US/Eastern",
        "Canada/Pacific",
        "Cuba",
        "Europe/Tiraspol",
        "Etc/GMT+5",
    ] {
        assert!(names.contains(&name), "{name}");
    }
    assert!(!names.contains(&"Factory"));
    for name in names {
        assert_eq!(zone(name).name(), name);
    }
}

/// Every zone, 2026–2050: the changes chain (each one's `before` is the previous `after`),
/// `offset_at` agrees one second before and at each, daylight saving is exactly "an offset
/// above the smallest one", and local times around each change read as a gap, a fold or
/// neither, with `local_to_utc` moving gap times forward and round-tripping all others.
#[test]
fn every_zone_is_consistent_around_every_change_2026_to_2050() {
    let (mut zones, mut changes, mut locals) = (0, 0, 0);
    for tz in Tz::all() {
        let name = tz.name();
        let trs = range(tz);
        let first = tz.offset_at(utc(2026, 1, 1, 0, 0));
        let least = trs
            .iter()
            .map(|t| t.after.secs())
            .fold(first.secs(), i32::min);
        let mut before = first;
        for tr in &trs {
            assert_eq!(tr.before, before, "{name} at {}", tr.at);
            assert_eq!(tz.offset_at(tr.at - Duration::seconds(1)), before, "{name}");
            assert_eq!(tz.offset_at(tr.at), tr.after, "{name} at {}", tr.at);
            assert_ne!(
                (tr.before.secs(), tr.before.abbreviation()),
                (tr.after.secs(), tr.after.abbreviation()),
                "{name}: a change that changes nothing at {}",
                tr.at
            );
            assert_eq!(
                tr.after.is_dst(),
                tr.after.secs() > least,
                "{name} {}",
                tr.at
            );
            before = tr.after;

            let (b, a) = (i64::from(tr.before.secs()), i64::from(tr.after.secs()));
            let wall_before = tr.at.naive_utc() + Duration::seconds(b);
            let wall_after = tr.at.naive_utc() + Duration::seconds(a);
            let mut samples: Vec<NaiveDateTime> = (-8..=8)
                .map(|k| wall_before + Duration::minutes(15 * k))
                .collect();
            for edge in [wall_before, wall_after] {
                samples.extend([
                    edge - Duration::seconds(1),
                    edge,
                    edge + Duration::seconds(1),
                ]);
            }
            for l in samples {
                let as_before = l.and_utc() - Duration::seconds(b);
                let as_after = l.and_utc() - Duration::seconds(a);
                let valid_before = as_before < tr.at;
                let valid_after = as_after >= tr.at;
                let mut want = vec![];
                if valid_before {
                    want.push(as_before);
                }
                if valid_after {
                    want.push(as_after);
                }
                want.sort();
                want.dedup();
                // Far from the change, other changes could interfere; every zone keeps
                // changes more than 4 h apart, so the window above is safe.
                assert_eq!(instants(tz.from_local_datetime(&l)), want, "{name} {l}");
                let t = tz::local_to_utc(l, tz);
                if want.is_empty() {
                    assert_eq!(t, as_before, "{name} {l}: a gap time moves forward");
                } else {
                    assert_eq!(t, want[0], "{name} {l}: the earlier reading");
                    assert_eq!(tz::utc_to_local(t, tz), l, "{name} {l}");
                }
                locals += 1;
            }
        }
        let fixed = trs.iter().all(|t| t.after.secs() == first.secs());
        if fixed {
            assert!(!first.is_dst(), "{name}");
        }
        zones += 1;
        changes += trs.len();
    }
    assert!(zones > 590, "{zones} zones");
    assert!(changes > 9000, "{changes} changes");
    assert!(locals > 200_000, "{locals} local times");
}

fn offset(name: &str, t: DateTime<Utc>) -> (i32, &'static str) {
    let o = zone(name).offset_at(t);
    (o.secs(), o.abbreviation())
}

const H: i32 = 3600;

/// tzdata 2026: British Columbia, Alberta and Manitoba stop falling back after the
/// 8 March 2026 change (their summer offset stays, under the next zone's name).
#[test]
fn western_canada_keeps_summer_time_from_november_2026() {
    for (names, summer, winter_abbr) in [
        (["America/Vancouver", "Canada/Pacific"], -7 * H, "MST"),
        (["America/Edmonton", "Canada/Mountain"], -6 * H, "CST"),
        (["America/Winnipeg", "Canada/Central"], -5 * H, "EST"),
    ] {
        for name in names {
            // The abbreviation changes at the old fall-back instant, the offset does not.
            let trs = range(zone(name));
            assert_eq!(trs.len(), 2, "{name}: {trs:?}");
            assert_eq!(
                trs[1].at.date_naive(),
                NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
            );
            assert_eq!(trs[1].after.secs(), summer, "{name}");
            assert_eq!(
                offset(name, utc(2026, 12, 15, 12, 0)),
                (summer, winter_abbr)
            );
            assert_eq!(offset(name, utc(2040, 1, 15, 12, 0)).0, summer, "{name}");
            // 1 November 2026, 01:30 happens once.
            let tz = zone(name);
            assert_eq!(
                instants(tz.from_local_datetime(&local(2026, 11, 1, 1, 30))).len(),
                1
            );
        }
    }
    // New York still falls back: 01:30 on 1 November 2026 happens twice.
    let ny = zone("America/New_York");
    assert_eq!(
        instants(ny.from_local_datetime(&local(2026, 11, 1, 1, 30))).len(),
        2
    );
}

/// tzdata 2026: Cuba stays on daylight time through winter 2026/27 (Havana and `Cuba`).
#[test]
fn havana_skips_the_2026_fall_back() {
    for name in ["America/Havana", "Cuba"] {
        assert_eq!(offset(name, utc(2026, 12, 15, 12, 0)), (-4 * H, "CDT"));
        let trs: Vec<_> = range(zone(name)).into_iter().take(3).collect();
        assert_eq!(trs[0].at, utc(2026, 3, 8, 5, 0));
        assert_eq!(trs[1].at, utc(2027, 11, 7, 5, 0), "{name}");
        assert_eq!(trs[1].after.abbreviation(), "CST");
        assert_eq!(trs[2].at, utc(2028, 3, 12, 5, 0));
    }
}

/// tzdata 2026: Morocco (and Western Sahara) go to +00 for good on 20 September 2026.
#[test]
fn casablanca_and_el_aaiun_at_plus_00_from_20_september_2026() {
    for name in ["Africa/Casablanca", "Africa/El_Aaiun"] {
        let trs = range(zone(name));
        let last = trs.last().unwrap();
        assert_eq!(last.at, utc(2026, 9, 20, 1, 0), "{name}");
        assert_eq!((last.before.secs(), last.after.secs()), (H, 0));
        assert_eq!(offset(name, utc(2027, 3, 1, 12, 0)), (0, "+00"));
        assert_eq!(offset(name, utc(2045, 7, 15, 12, 0)), (0, "+00"));
        // 20 September 2026, 01:30 local happens twice (02:00 +01 becomes 01:00 +00).
        let r = instants(zone(name).from_local_datetime(&local(2026, 9, 20, 1, 30)));
        assert_eq!(r, [utc(2026, 9, 20, 0, 30), utc(2026, 9, 20, 1, 30)]);
    }
}

/// tzdata 2026: Moldova switches at 03:00/04:00 local, i.e. with the EU at 01:00 UTC.
#[test]
fn chisinau_switches_with_the_eu() {
    for name in ["Europe/Chisinau", "Europe/Tiraspol"] {
        let at: Vec<_> = zone(name)
            .transitions(utc(2027, 1, 1, 0, 0), utc(2028, 1, 1, 0, 0))
            .iter()
            .map(|t| t.at)
            .collect();
        assert_eq!(
            at,
            [utc(2027, 3, 28, 1, 0), utc(2027, 10, 31, 1, 0)],
            "{name}"
        );
        // 03:30 on 28 March 2027 does not exist; 02:30 does (it did not before 2026).
        let tz = zone(name);
        assert!(instants(tz.from_local_datetime(&local(2027, 3, 28, 3, 30))).is_empty());
        assert_eq!(
            instants(tz.from_local_datetime(&local(2027, 3, 28, 2, 30))).len(),
            1
        );
    }
}
