use super::*;
use crate::core::sessions::plan::Mentorship;
use chrono::{NaiveDate, NaiveTime};

fn goal(id: &str, statement: &str) -> GoalEntry {
    let mut g = GoalEntry {
        id: id.into(),
        ..GoalEntry::default()
    };
    g.draft.statement = statement.into();
    g
}

fn state(goals: Vec<GoalEntry>, active: Option<&str>) -> AppState {
    AppState {
        goals,
        active_goal: active.map(Into::into),
        ..AppState::default()
    }
}

fn sample() -> AppState {
    let mut g1 = goal("g1", "Give 3 talks at local meetups by June 30, 2027");
    g1.draft.category = "skill".into();
    g1.draft.deadline = "2027-06-30".into();
    let mut m = Mentorship::new("plan-g1");
    let d = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    m.add_session(d, NaiveTime::from_hms_opt(18, 30, 0).unwrap(), 60);
    m.session_mut("s-20270104").unwrap().notes = "Felt nervous — «ünïcødé» 🎤".into();
    g1.mentorship = Some(m);
    state(
        vec![g1, goal("g2", "Meet 5 product designers by March 2027")],
        Some("g1"),
    )
}

fn error(raw: &str) -> (BackupError, String) {
    let e = parse(raw).unwrap_err();
    let msg = e.to_string();
    (e, msg)
}

#[test]
fn export_round_trips_and_store_reads_it() {
    let s = sample();
    let file = export(&s, "2027-01-31T10:00:00Z");
    assert!(file.starts_with("{\n  \"kind\": \"trellis-backup\",\n  \"version\": 2,"));
    let b = parse(&file).unwrap();
    assert_eq!(b.state, s);
    assert_eq!(b.saved_at, "2027-01-31T10:00:00Z");
    assert_eq!(b.version, 2);
    assert_eq!(b.cohort, None);
    // The store's own decoder reads a backup file as it is…
    assert_eq!(crate::core::store::decode(&file).unwrap().data, s);
    // …and a bare store envelope imports too.
    let env = crate::core::store::encode(&s, "2027-01-31T10:00:00Z", 1);
    assert_eq!(parse(&env).unwrap().state, s);
    assert_eq!(parse_bytes(file.as_bytes()).unwrap().state, s);
    assert_eq!(
        parse(&format!("\u{feff}{file}")).unwrap().state,
        s,
        "a byte-order mark is fine"
    );
    assert_eq!(file_name("2027-01-31"), "trellis-backup-2027-01-31.json");
}

#[test]
fn fixture_v1() {
    // Written by format 1 (no writer is left for it); never edit it to make this pass.
    let raw = include_str!("../../../../tests/fixtures/backup_v1.json");
    let b = parse(raw).unwrap();
    assert_eq!(b.version, 1);
    assert_eq!(b.saved_at, "2027-01-31T10:00:00Z");
    assert_eq!(b.state, sample());
    // Migration: format 1 has no cohort.
    assert_eq!(b.cohort, None);
}

/// The example cohort: both example rosters, one lock, mode fair.
fn example_cohort() -> Cohort {
    let roster = crate::core::mentors::roster::import_csv(include_str!(
        "../../../../data/roster-example.csv"
    ));
    Cohort {
        mentor_file: "roster-example.csv".into(),
        mentors: roster.mentors,
        mentor_prefs: roster.prefs,
        mentee_file: "mentees-example.csv".into(),
        mentees: crate::core::cohort::mentees::import_csv(include_str!(
            "../../../../data/mentees-example.csv"
        ))
        .mentees,
        locks: vec![crate::core::cohort::assign::PairRef {
            mentee: "kwame".into(),
            mentor: "7-grace-mensah-boateng".into(),
        }],
        mode: crate::core::cohort::assign::Mode::Fair,
        ..Cohort::default()
    }
}

#[test]
fn fixture_v2_with_a_cohort() {
    // Written once by `TRELLIS_WRITE_BACKUP_FIXTURE=1`; never edit it to make this pass.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/backup_v2.json");
    if std::env::var_os("TRELLIS_WRITE_BACKUP_FIXTURE").is_some() {
        let file = export_all(&sample(), Some(&example_cohort()), "2027-01-31T10:00:00Z");
        std::fs::write(path, file).unwrap();
    }
    let raw = std::fs::read_to_string(path).unwrap();
    let b = parse(&raw).unwrap();
    assert_eq!(b.version, 2);
    assert_eq!(b.state, sample());
    let c = b.cohort.expect("the fixture holds a cohort");
    assert_eq!((c.mentors.len(), c.mentees.len(), c.locks.len()), (8, 8, 1));
    assert_eq!(c.mentor_prefs.len(), 8);
    // Read in slices, the same.
    let mut sliced = Sliced::begin(&raw);
    while !sliced.step(1) {}
    assert_eq!(sliced.finish().unwrap().cohort, Some(c));
}

#[test]
fn the_cohort_round_trips_and_a_bad_one_is_refused() {
    let c = example_cohort();
    let file = export_all(&sample(), Some(&c), "x");
    assert_eq!(parse(&file).unwrap().cohort, Some(c));
    // An empty cohort is left out of the file.
    let none = export_all(&sample(), Some(&Cohort::default()), "x");
    assert!(!none.contains("\"cohort\""));
    for (cohort, why) in [
        (r#"{"version":9,"cohort":{}}"#, "newer than this Trellis"),
        (r#"{"cohort":{}}"#, "no version tag"),
        (r#"{"version":1,"cohort":{"mentees":7}}"#, "does not read"),
    ] {
        let raw = format!(
            r#"{{"kind":"trellis-backup","version":2,"saved_at":"x","data":{{}},"cohort":{cohort}}}"#
        );
        let e = parse(&raw).unwrap_err();
        assert!(matches!(e, BackupError::BadCohort(_)), "{e:?}");
        assert!(e.to_string().contains(why), "{e}");
        assert!(e.to_string().contains("Nothing was changed"), "{e}");
    }
}

#[test]
fn cohort_outcomes() {
    let c = example_cohort();
    let mut other = example_cohort();
    other.locks.clear();
    let empty = Cohort::default();
    // (local, imported, mode, what is written: None / Some(is_empty, locks), message fragment)
    type Case<'a> = (
        &'a Cohort,
        Option<&'a Cohort>,
        Mode,
        Option<(bool, usize)>,
        &'a str,
    );
    let cases: [Case; 9] = [
        (&empty, None, Mode::Merge, None, ""),
        (&empty, None, Mode::Replace, None, ""),
        (&c, None, Mode::Merge, None, "yours stays"),
        (&c, None, Mode::Replace, Some((true, 0)), "is removed"),
        (
            &empty,
            Some(&c),
            Mode::Merge,
            Some((false, 1)),
            "brought in (8 mentors, 8 mentees, 1 lock",
        ),
        (
            &empty,
            Some(&c),
            Mode::Replace,
            Some((false, 1)),
            "brought in",
        ),
        (&c, Some(&c), Mode::Merge, None, "already the same"),
        (&c, Some(&other), Mode::Merge, None, "kept as it is"),
        (
            &c,
            Some(&other),
            Mode::Replace,
            Some((false, 0)),
            "replaced by the backup's",
        ),
    ];
    for (local, imported, mode, write, frag) in cases {
        let o = cohort_outcome(local, imported, mode);
        assert_eq!(
            o.write.as_ref().map(|w| (w.is_empty(), w.locks.len())),
            write,
            "{mode:?} {frag}"
        );
        assert!(o.message.contains(frag), "{}", o.message);
        assert_eq!(o.message.is_empty(), frag.is_empty());
    }
}

#[test]
fn empty_file() {
    for raw in ["", "  \n\t", "\u{feff}"] {
        let (e, msg) = error(raw);
        assert_eq!(e, BackupError::Empty);
        assert_eq!(msg, "The file is empty.");
    }
}

#[test]
fn too_large() {
    let raw = format!(
        "{{\"kind\":\"trellis-backup\",\"pad\":\"{}\"}}",
        "x".repeat(MAX_BACKUP_BYTES)
    );
    let (e, msg) = error(&raw);
    assert_eq!(e, BackupError::TooLarge(raw.len()));
    assert_eq!(
        msg,
        format!(
            "The file is {} bytes; a Trellis backup is at most 15728640 bytes (15 MB).",
            raw.len()
        )
    );
    assert_eq!(
        parse_bytes(&vec![b' '; MAX_BACKUP_BYTES + 1]).unwrap_err(),
        BackupError::TooLarge(MAX_BACKUP_BYTES + 1)
    );
}

#[test]
fn not_json() {
    for raw in [
        "name,headline\nAda,Engineer\n",
        "BEGIN:VCALENDAR",
        "<html></html>",
        "nope",
        "'single quotes'",
    ] {
        let (e, msg) = error(raw);
        assert_eq!(e, BackupError::NotJson, "{raw}");
        assert_eq!(msg, "This file is not a Trellis backup: it is not JSON.");
    }
    assert_eq!(
        parse_bytes(&[0x89, b'P', b'N', b'G', 0xff, 0xfe]).unwrap_err(),
        BackupError::NotJson
    );
}

#[test]
fn malformed_json_gives_line_and_column() {
    let file = export(&sample(), "2027-01-31T10:00:00Z");
    // Drop the comma after the version line (line 3).
    let broken = file.replacen("\"version\": 2,", "\"version\": 2", 1);
    let (e, msg) = error(&broken);
    assert_eq!(
        e,
        BackupError::Malformed {
            line: 4,
            column: 3,
            reason: "expected `,` or `}`".into()
        }
    );
    assert_eq!(
        msg,
        "The backup is damaged at line 4, column 3: expected `,` or `}`."
    );
    // A file cut short.
    let (e, msg) = error(&file[..file.len() / 2]);
    assert!(matches!(e, BackupError::Malformed { .. }), "{e:?}");
    assert!(msg.contains("EOF while parsing"), "{msg}");
    // Trailing garbage after the object.
    let (_, msg) = error(&format!("{file}x"));
    assert!(msg.ends_with(": trailing characters."), "{msg}");
    // A broken array is still reported where it breaks.
    let (e, _) = error("[1,\n2,,]");
    assert_eq!(
        e,
        BackupError::Malformed {
            line: 2,
            column: 3,
            reason: "expected value".into()
        }
    );
}

#[test]
fn json_but_not_a_backup() {
    for raw in [
        "[{\"id\":\"m1\",\"name\":\"Ada\"}]",
        "42",
        "\"text\"",
        "null",
        "{\"goals\":[]}",
        "{\"kind\":7,\"version\":1,\"data\":{}}",
    ] {
        let (e, msg) = error(raw);
        assert_eq!(e, BackupError::NotBackup, "{raw}");
        assert_eq!(msg, "This file is JSON but not a Trellis backup.");
    }
}

#[test]
fn wrong_kind() {
    let (e, msg) = error("{\"kind\":\"trellis-roster\",\"version\":1,\"data\":{}}");
    assert_eq!(e, BackupError::WrongKind("trellis-roster".into()));
    assert_eq!(
        msg,
        "This file is a “trellis-roster” file, not a Trellis backup."
    );
}

#[test]
fn no_version() {
    for raw in [
        "{\"kind\":\"trellis-backup\",\"data\":{}}",
        "{\"kind\":\"trellis-backup\",\"version\":\"1\",\"data\":{}}",
    ] {
        let (e, msg) = error(raw);
        assert_eq!(e, BackupError::NoVersion, "{raw}");
        assert_eq!(
            msg,
            "This backup has no version number, so Trellis cannot tell how to read it."
        );
    }
}

#[test]
fn version_zero_is_not_called_newer() {
    let (e, msg) = error("{\"kind\":\"trellis-backup\",\"version\":0,\"data\":{}}");
    assert_eq!(e, BackupError::UnknownVersion(0));
    assert_eq!(
        msg,
        "This backup says it is format 0, which no Trellis ever wrote (this one reads format 2)."
    );
}

#[test]
fn future_version() {
    let (e, msg) =
        error("{\"kind\":\"trellis-backup\",\"version\":7,\"saved_at\":\"x\",\"data\":{}}");
    assert_eq!(e, BackupError::FutureVersion(7));
    assert_eq!(
        msg,
        "This backup was made by a newer Trellis (format 7; this one reads up to 2). Update Trellis to import it."
    );
}

#[test]
fn wrong_shape_gives_line_and_column() {
    let raw = "{\n  \"kind\": \"trellis-backup\",\n  \"version\": 1,\n  \"saved_at\": \"x\",\n  \"data\": {\n    \"goals\": 7\n  }\n}\n";
    let (e, msg) = error(raw);
    assert_eq!(
        e,
        BackupError::BadData {
            line: 6,
            column: 14,
            reason: "invalid type: integer `7`, expected a sequence".into()
        }
    );
    assert_eq!(
        msg,
        "The backup has something unexpected at line 6, column 14: invalid type: integer `7`, expected a sequence."
    );
    let (e, _) = error("{\"kind\":\"trellis-backup\",\"version\":1,\"data\":{}}");
    assert_eq!(
        e,
        BackupError::BadData {
            line: 1,
            column: 47,
            reason: "missing field `saved_at`".into()
        }
    );
}

#[test]
fn duplicate_goal_ids() {
    let s = state(vec![goal("g1", "a"), goal("g1", "b")], None);
    let (e, msg) = error(&export(&s, "x"));
    assert_eq!(e, BackupError::DuplicateId("g1".into()));
    assert_eq!(msg, "The backup lists two goals with the id “g1”.");
}

fn ids(p: &[GoalRef]) -> Vec<&str> {
    p.iter().map(|g| g.id.as_str()).collect()
}

#[test]
fn preview_and_merge_never_lose_local_data() {
    let local = state(
        vec![
            goal("g1", "Same on both"),
            goal("g2", "Local version"),
            goal("g3", "Only here"),
        ],
        Some("g2"),
    );
    let imported = state(
        vec![
            goal("g1", "Same on both"),
            goal("g2", "Backup version"),
            goal("g4", "New from backup"),
        ],
        Some("g4"),
    );
    let p = preview(&local, &imported);
    assert_eq!((p.goals, p.sessions, p.with_mentor), (3, 0, 0));
    assert_eq!(ids(&p.added), ["g4"]);
    assert_eq!(ids(&p.changed), ["g2"]);
    assert_eq!(p.changed[0].statement, "Backup version");
    assert_eq!(ids(&p.unchanged), ["g1"]);
    assert_eq!(ids(&p.only_local), ["g3"]);
    assert_eq!(p.lost_on_replace(), 2);
    assert!(!p.merge_is_noop());

    let merged = apply(&local, &imported, Mode::Merge);
    let got: Vec<(&str, &str)> = merged
        .goals
        .iter()
        .map(|g| (g.id.as_str(), g.draft.statement.as_str()))
        .collect();
    // Local goals first, then the backup's in its order; g2's backup version gets the first
    // id used by neither side (g5).
    assert_eq!(
        got,
        [
            ("g1", "Same on both"),
            ("g2", "Local version"),
            ("g3", "Only here"),
            ("g5", "Backup version"),
            ("g4", "New from backup"),
        ]
    );
    assert_eq!(
        merged.active_goal.as_deref(),
        Some("g2"),
        "local active kept"
    );
    // Merging the same backup again changes nothing, and the preview says so.
    let again = preview(&merged, &imported);
    assert!(again.merge_is_noop());
    assert_eq!(ids(&again.unchanged), ["g1", "g2", "g4"]);
    assert_eq!(apply(&merged, &imported, Mode::Merge), merged);

    let replaced = apply(&local, &imported, Mode::Replace);
    assert_eq!(replaced, imported);
}

#[test]
fn merge_into_an_empty_device_takes_the_active_goal() {
    let imported = sample();
    let p = preview(&AppState::default(), &imported);
    assert_eq!((p.goals, p.sessions), (2, 1));
    assert_eq!(ids(&p.added), ["g1", "g2"]);
    assert_eq!(p.lost_on_replace(), 0);
    let merged = apply(&AppState::default(), &imported, Mode::Merge);
    assert_eq!(merged, imported);
    // An active goal that was renamed follows its new id.
    let local = state(vec![goal("g1", "Different")], Some("gone"));
    let merged = apply(&local, &imported, Mode::Merge);
    assert_eq!(merged.goals.len(), 3);
    assert_eq!(merged.goals[1].id, "g3");
    assert_eq!(merged.active_goal.as_deref(), Some("g3"));
    assert_eq!(
        merged.active().unwrap().draft.statement,
        imported.goals[0].draft.statement
    );
}

#[test]
fn preview_matches_apply_for_duplicates_inside_the_backup() {
    // Two goals with the same content under different ids: merge adds the first only.
    let imported = state(vec![goal("g7", "Twin"), goal("g8", "Twin")], None);
    let p = preview(&AppState::default(), &imported);
    assert_eq!(ids(&p.added), ["g7"]);
    assert_eq!(ids(&p.unchanged), ["g8"]);
    assert_eq!(
        apply(&AppState::default(), &imported, Mode::Merge)
            .goals
            .len(),
        1
    );
}

/// The raw value the storage notice downloads (a bare store envelope, any shipped version)
/// imports through the Data page, even when it is larger than 5 MiB of UTF-8.
#[test]
fn a_downloaded_stored_value_imports() {
    let mut state = sample();
    state.roster = None;
    let v2 = crate::core::store::encode(&state, "2027-01-31T10:00:00Z", 9);
    assert_eq!(parse(&v2).unwrap().state, state);
    let v1 = include_str!("../../../../tests/fixtures/store_v1.json");
    assert_eq!(parse(v1).unwrap().state.goals.len(), 1);
    // 2 million CJK characters: 2 million UTF-16 units in storage, 6 MB as a file.
    state.goals[0].draft.statement = "講".repeat(2_000_000);
    let big = crate::core::store::encode(&state, "x", 1);
    assert!(big.len() > 5 * 1024 * 1024);
    assert_eq!(parse_bytes(big.as_bytes()).unwrap().state, state);
    // A backup file that says version 3 is from a newer Trellis.
    assert_eq!(
        parse(r#"{"kind":"trellis-backup","version":3,"saved_at":"x","data":{}}"#).unwrap_err(),
        BackupError::FutureVersion(3)
    );
}
/// The sample's export with one JSON text replaced (must occur exactly once).
fn edited(from: &str, to: &str) -> String {
    let file = export(&sample(), "2027-01-31T10:00:00Z");
    assert!(file.contains(from), "{from}");
    file.replacen(from, to, 1)
}

#[test]
fn out_of_range_values_are_refused_with_where_they_are() {
    // (text in the sample's export, replacement, the sentence shown)
    let cases = [
        (
            "\"date\": \"2027-01-04\"",
            "\"date\": \"+262142-12-31\"",
            "This backup holds values Trellis cannot use: goal 1, session 1's date +262142-12-31 is not between 1900-01-01 and 2200-12-31.",
        ),
        (
            "\"original_date\": \"2027-01-04\"",
            "\"original_date\": \"-262143-01-01\"",
            "This backup holds values Trellis cannot use: goal 1, session 1's original date -262143-01-01 is not between 1900-01-01 and 2200-12-31.",
        ),
        (
            "\"minutes\": 60",
            "\"minutes\": 0",
            "This backup holds values Trellis cannot use: goal 1, session 1's length in minutes 0 is not between 15 and 240.",
        ),
        (
            "\"step\": 0",
            "\"step\": 250",
            "This backup holds values Trellis cannot use: goal 1's wizard step 250 is not between 0 and 4.",
        ),
    ];
    for (from, to, want) in cases {
        let (e, msg) = error(&edited(from, to));
        assert!(matches!(e, BackupError::OutOfRange(_)), "{to}: {e:?}");
        assert_eq!(msg, want);
    }
    // A number past what its type holds is a shape error with its line and column.
    let (e, _) = error(&edited("\"minutes\": 60", "\"minutes\": 70000"));
    assert!(matches!(e, BackupError::BadData { .. }), "{e:?}");
}

#[test]
fn caps_on_goals_and_milestones() {
    let many = state(
        (0..=MAX_GOALS)
            .map(|i| goal(&format!("g{i}"), &format!("Goal {i}")))
            .collect(),
        None,
    );
    let (e, msg) = error(&export(&many, "x"));
    assert!(matches!(e, BackupError::OutOfRange(_)));
    assert_eq!(
        msg,
        "This backup holds values Trellis cannot use: 201 goals: at most 200 allowed."
    );
    let mut s = sample();
    s.goals[1].draft.milestones = vec![Default::default(); 25];
    let (_, msg) = error(&export(&s, "x"));
    assert_eq!(
        msg,
        "This backup holds values Trellis cannot use: 25 milestones in goal 2: at most 24 allowed."
    );
    // At the caps it imports.
    let full = state(
        (0..MAX_GOALS)
            .map(|i| goal(&format!("g{i}"), &format!("Goal {i}")))
            .collect(),
        None,
    );
    assert_eq!(
        parse(&export(&full, "x")).unwrap().state.goals.len(),
        MAX_GOALS
    );
}

#[test]
fn merge_past_the_goal_cap_is_refused_before_anything_changes() {
    let local = state(
        (0..150)
            .map(|i| goal(&format!("l{i}"), &format!("Local {i}")))
            .collect(),
        None,
    );
    let imported = state(
        (0..60)
            .map(|i| goal(&format!("b{i}"), &format!("Backup {i}")))
            .collect(),
        None,
    );
    let p = preview(&local, &imported);
    assert_eq!(p.merged_goals, 210);
    assert_eq!(p.merge_error(), Some(BackupError::TooManyGoals(210)));
    assert_eq!(
        p.merge_error().unwrap().to_string(),
        "Merging would give 210 goals; Trellis keeps at most 200. Replace your data with the backup instead, or delete goals you no longer need first."
    );
    let fits = preview(&local, &state(imported.goals[..50].to_vec(), None));
    assert_eq!((fits.merged_goals, fits.merge_error()), (200, None));
}

/// Reading goal by goal gives exactly what `parse` gives, for good and bad files alike.
#[test]
fn sliced_reading_matches_parse() {
    let good = export(&sample(), "2027-01-31T10:00:00Z");
    let many = export(
        &state(
            (0..50)
                .map(|i| {
                    goal(
                        &format!("g{i}"),
                        &format!("Goal {i} \"quoted\" {{braces}} [x]"),
                    )
                })
                .collect(),
            Some("g3"),
        ),
        "x",
    );
    let env = crate::core::store::encode(&sample(), "x", 1);
    let cases = vec![
        good.clone(),
        format!("\u{feff}{good}"),
        many.clone(),
        env,
        good.replacen("\"date\": \"2027-01-04\"", "\"date\": \"+262142-12-31\"", 1),
        good.replacen("\"step\": 0", "\"step\": 250", 1),
        good.replacen("\"minutes\": 60", "\"minutes\": 70000", 1),
        good.replacen("\"version\": 1,", "\"version\": 1", 1),
        good.replacen("\"id\": \"g2\"", "\"id\": \"g1\"", 1),
        good.replacen("\"statement\":", "\"statement\" ", 1),
        good.replacen("\"kind\": \"trellis-backup\"", "\"kind\": \"trellis-roster\"", 1),
        good.replacen("\"goals\": [", "\"goals\": 7, \"x\": [", 1),
        format!("{good}trailing"),
        "{\"kind\":\"trellis-backup\",\"version\":1,\"saved_at\":\"x\",\"data\":{\"goals\":[]}}".into(),
        "{\"kind\":\"trellis-backup\",\"version\":1,\"saved_at\":\"x\",\"data\":{\"goals\":[{\"id\":\"a\"},{\"id\":\"b\"}]}}".into(),
        "{\"kind\":\"trellis-backup\",\"version\":1,\"saved_at\":\"x\",\"data\":{\"goals\":[{\"id\":\"a\"},]}}".into(),
        "{\"kind\":\"trellis-backup\",\"version\":1,\"saved_at\":\"x\",\"data\":{\"goals\":[{\"id\":\"a\"}],\"data\":{}}}".into(),
        "{\"data\":{\"goals\":[{\"id\":\"a\"}]}}".into(),
        "[1,2]".into(),
        "".into(),
        "nope".into(),
        "{\"kind\":\"trellis-backup\",\"version\":1,\"saved_at\":\"x\",\"data\":{\"goals\":[{\"id\":\"a\\\"}]\"}]}}".into(),
    ];
    for raw in cases {
        for n in [1, 3, usize::MAX] {
            let mut s = Sliced::begin(&raw);
            let mut steps = 0;
            while !s.step(n) {
                steps += 1;
                assert!(s.done() <= s.total());
            }
            assert!(steps <= s.total());
            assert_eq!(s.finish(), parse(&raw), "{n} at a time: {raw}");
        }
    }
    // The plain shape really is read in slices.
    let s = Sliced::begin(&many);
    assert_eq!(s.total(), 50);
}

/// "Plans I mentor" survive a backup: exported, restored by Replace, and added by Merge
/// without touching this device's own copies and notes.
#[test]
fn mentor_copies_survive_export_and_merge() {
    use crate::core::store::MentorCopy;
    let copy = |id: &str, origin: &str, notes: &str| MentorCopy {
        id: id.into(),
        origin: origin.into(),
        link: "v1.x".into(),
        saved_on: "2027-01-01".into(),
        notes: notes.into(),
        reply: Default::default(),
    };
    let mut backed_up = sample();
    backed_up.mentoring = vec![
        copy("mc1", "o-a", "from the backup"),
        copy("mc2", "o-b", ""),
    ];
    let restored = parse(&export(&backed_up, "2027-01-31T10:00:00Z"))
        .unwrap()
        .state;
    assert_eq!(restored.mentoring, backed_up.mentoring);
    assert_eq!(
        apply(&AppState::default(), &restored, Mode::Replace).mentoring,
        backed_up.mentoring
    );
    let here = AppState {
        mentoring: vec![copy("mc1", "o-a", "mine")],
        ..AppState::default()
    };
    let merged = apply(&here, &restored, Mode::Merge);
    assert_eq!(
        merged.mentoring,
        vec![copy("mc1", "o-a", "mine"), copy("mc2", "o-b", "")]
    );
}
