//! `data/zones.txt` against chrono-tz (native only): the committed table is the generator's
//! output, it names every zone chrono-tz knows, and `trellis::core::time::tz` reads it back to
//! chrono-tz's offsets, abbreviations, changes and local-time readings from 2026 to 2050.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/zone_gen.rs"]
mod zone_gen;

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, Offset, TimeZone, Utc};
use trellis::core::time::tz::{self, Tz};
use zone_gen::{Period, range_end, range_start};

fn utc(t: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(t, 0).unwrap()
}

fn ours(tz: Tz, t: i64) -> Period {
    let off = tz.offset_at(utc(t));
    Period {
        offset: off.secs(),
        abbr: off.abbreviation().to_string(),
    }
}

fn reference(name: &str) -> chrono_tz::Tz {
    name.parse().unwrap()
}

#[test]
fn committed_table_is_the_generators_output() {
    let committed = include_str!("../data/zones.txt");
    let generated = zone_gen::generate();
    for (i, (a, b)) in committed.lines().zip(generated.lines()).enumerate() {
        assert_eq!(
            a,
            b,
            "data/zones.txt:{} differs from the generator; run \
             `cargo run --example gen_zones > data/zones.txt`",
            i + 1
        );
    }
    assert_eq!(committed, generated, "data/zones.txt: run the generator");
}

#[test]
fn names_are_chrono_tz_names() {
    let ours: Vec<&str> = Tz::all().map(Tz::name).collect();
    assert_eq!(ours, zone_gen::names());
    for name in &ours {
        assert_eq!(tz::parse_zone(name).unwrap().name(), *name);
    }
}

/// Offsets, abbreviations and changes of every zone, 2026–2050: chrono-tz is scanned every
/// 6 hours (4× finer than the generator) and each change narrowed to the second; our changes
/// are computed from the rules. The lists must be equal, both sides must agree one second
/// before and at each change, and at three points of every stretch between changes.
#[test]
fn every_zone_matches_chrono_tz_2026_to_2050() {
    let (start, end) = (range_start(), range_end());
    let (mut zones, mut changes_seen) = (0, 0);
    for name in zone_gen::names() {
        let (theirs, tz) = (reference(name), tz::parse_zone(name).unwrap());
        let (first, changes) = zone_gen::scan(theirs, start, end, 6 * 3600);
        let mine: Vec<(i64, Period)> = tz
            .transitions(utc(start), utc(end))
            .iter()
            .map(|t| {
                (
                    t.at.timestamp(),
                    Period {
                        offset: t.after.secs(),
                        abbr: t.after.abbreviation().to_string(),
                    },
                )
            })
            .collect();
        assert_eq!(ours(tz, start), first, "{name} at 2026-01-01");
        assert_eq!(mine, changes, "{name}: changes");
        let mut edges = vec![start];
        for (i, (at, p)) in changes.iter().enumerate() {
            let before = if i == 0 { &first } else { &changes[i - 1].1 };
            assert_eq!(&ours(tz, at - 1), before, "{name} just before {}", utc(*at));
            assert_eq!(&ours(tz, *at), p, "{name} at {}", utc(*at));
            assert_eq!(&zone_gen::period_at(theirs, at - 1), before, "{name}");
            edges.push(*at);
        }
        edges.push(end);
        for w in edges.windows(2) {
            for t in [w[0], w[0] + (w[1] - w[0]) / 2, w[1] - 1] {
                assert_eq!(
                    ours(tz, t),
                    zone_gen::period_at(theirs, t),
                    "{name} at {}",
                    utc(t)
                );
            }
        }
        // Daylight saving: the larger of two alternating offsets.
        for (at, p) in &changes {
            let is_dst = tz.offset_at(utc(*at)).is_dst();
            let larger = changes.iter().map(|c| c.1.offset).max() == Some(p.offset);
            assert_eq!(is_dst, larger, "{name} at {}", utc(*at));
        }
        zones += 1;
        changes_seen += changes.len();
    }
    assert!(zones > 590, "{zones} zones");
    assert!(changes_seen > 9000, "{changes_seen} changes");
}

/// A `LocalResult` as UTC instants, to compare across the two zone types.
fn instants<Z: TimeZone>(r: LocalResult<DateTime<Z>>) -> Vec<DateTime<Utc>> {
    match r {
        LocalResult::None => vec![],
        LocalResult::Single(a) => vec![a.with_timezone(&Utc)],
        LocalResult::Ambiguous(a, b) => vec![a.with_timezone(&Utc), b.with_timezone(&Utc)],
    }
}

/// Local times around each change: every 15 minutes from 4 h before to 4 h after, and one
/// second either side of where the gap or fold starts and ends.
fn locals_around(changes: &[(i64, Period)], first: &Period) -> Vec<NaiveDateTime> {
    let mut out = Vec::new();
    for (i, (at, p)) in changes.iter().enumerate() {
        let before = if i == 0 { first } else { &changes[i - 1].1 };
        let a = utc(*at).naive_utc() + Duration::seconds(before.offset.into());
        let b = utc(*at).naive_utc() + Duration::seconds(p.offset.into());
        for k in -16..=16 {
            out.push(a + Duration::minutes(15 * k));
        }
        for edge in [a, b] {
            for s in -1..=1 {
                out.push(edge + Duration::seconds(s));
            }
        }
    }
    out
}

/// `from_local_datetime` (gaps, folds, their order) equals chrono-tz's around every change.
#[test]
fn local_readings_match_chrono_tz_around_every_change() {
    for name in zone_gen::names() {
        let (theirs, tz) = (reference(name), tz::parse_zone(name).unwrap());
        let (first, changes) = zone_gen::scan(theirs, range_start(), range_end(), 86_400);
        for local in locals_around(&changes, &first) {
            assert_eq!(
                instants(tz.from_local_datetime(&local)),
                instants(theirs.from_local_datetime(&local)),
                "{name} {local}"
            );
        }
    }
}

/// `tz::local_to_utc` as it was on chrono-tz (the same code, any `TimeZone`).
fn old_local_to_utc<Z: TimeZone>(local: NaiveDateTime, tz: &Z) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(a, b) => a.min(b).with_timezone(&Utc),
        LocalResult::None => {
            let before = (1..=6).find_map(|h| {
                tz.from_local_datetime(&(local - Duration::hours(h)))
                    .earliest()
            });
            match before {
                Some(t) => {
                    let offset = t.offset().fix().local_minus_utc();
                    Utc.from_utc_datetime(&(local - Duration::seconds(offset.into())))
                }
                None => Utc.from_utc_datetime(&local),
            }
        }
    }
}

/// Gap and fold behaviour of `local_to_utc` (and the way back) is unchanged for zones with
/// unusual rules.
#[test]
fn local_to_utc_unchanged_for_sample_zones() {
    let sample = [
        "America/New_York",
        "Europe/London",
        "Australia/Sydney",
        "Australia/Lord_Howe",
        "Asia/Kathmandu",
        "America/Santiago",
        "Africa/Cairo",
        "Asia/Jerusalem",
        "Africa/Casablanca",
        "Europe/Dublin",
        "Antarctica/Troll",
        "Pacific/Chatham",
        "America/Havana",
        "Asia/Gaza",
    ];
    let mut checked = 0;
    for name in sample {
        let (theirs, tz) = (reference(name), tz::parse_zone(name).unwrap());
        let (first, changes) = zone_gen::scan(theirs, range_start(), range_end(), 86_400);
        let mut locals = locals_around(&changes, &first);
        // Plus ordinary times: every 5 hours of 2027 (whole minutes only, as the app uses).
        let y2027 = utc(zone_gen::jan1(2027)).naive_utc();
        locals.extend((0..365 * 24 / 5).map(|k| y2027 + Duration::hours(5 * k)));
        for local in locals {
            let t = tz::local_to_utc(local, tz);
            assert_eq!(t, old_local_to_utc(local, &theirs), "{name} {local}");
            assert_eq!(
                tz::utc_to_local(t, tz),
                t.with_timezone(&theirs).naive_local(),
                "{name} {t}"
            );
            checked += 1;
        }
    }
    assert!(checked > 20_000, "{checked}");
}
