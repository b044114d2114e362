use super::*;

/// A state from compact JSON (fields left out take their defaults).
fn st(json: &str) -> AppState {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

/// `merge(base, ours, theirs)` must give `want`, with conflicts whose messages contain
/// `notes` (in order).
fn check(base: &str, ours: &str, theirs: &str, want: &str, notes: &[&str]) {
    let got = merge(&st(base), &st(ours), &st(theirs));
    assert_eq!(
        serde_json::to_value(&got.state).unwrap(),
        serde_json::to_value(st(want)).unwrap(),
        "\nbase {base}\nours {ours}\ntheirs {theirs}"
    );
    let msgs: Vec<String> = got.conflicts.iter().map(ToString::to_string).collect();
    assert_eq!(msgs.len(), notes.len(), "{msgs:#?}");
    for (m, n) in msgs.iter().zip(notes) {
        assert!(m.contains(n), "{m:?} should contain {n:?}");
    }
}

const G1: &str = r#"{"id":"g1","draft":{"statement":"Talk","aspiration":"Speak"}}"#;

#[test]
fn one_side_unchanged_gives_the_other_exactly() {
    let base = format!(r#"{{"goals":[{G1}],"active_goal":"g1"}}"#);
    let edited = r#"{"goals":[{"id":"g1","draft":{"statement":"Talk twice","aspiration":"Speak"}}],"active_goal":"g1"}"#;
    check(&base, &base, edited, edited, &[]);
    check(&base, edited, &base, edited, &[]);
    check(&base, edited, edited, edited, &[]);
    check("{}", "{}", "{}", "{}", &[]);
}

#[test]
fn different_fields_of_one_goal_both_survive() {
    let base = format!(r#"{{"goals":[{G1}],"active_goal":"g1"}}"#);
    check(
        &base,
        r#"{"goals":[{"id":"g1","draft":{"statement":"Talk at 3 meetups","aspiration":"Speak"}}],"active_goal":"g1"}"#,
        r#"{"goals":[{"id":"g1","draft":{"statement":"Talk","aspiration":"Lead"},"step":2}],"active_goal":"g1"}"#,
        r#"{"goals":[{"id":"g1","draft":{"statement":"Talk at 3 meetups","aspiration":"Lead"}}],"active_goal":"g1"}"#,
        &[],
    );
}

#[test]
fn the_same_field_changed_in_both_keeps_both_versions() {
    let base = format!(r#"{{"goals":[{G1}],"active_goal":"g1"}}"#);
    check(
        &base,
        r#"{"goals":[{"id":"g1","draft":{"statement":"Mine","aspiration":"Speak"}}],"active_goal":"g1"}"#,
        r#"{"goals":[{"id":"g1","draft":{"statement":"Theirs","aspiration":"Lead"}}],"active_goal":"g1"}"#,
        // This tab's statement, the other tab's untouched-here aspiration; and the other
        // tab's whole goal as a second goal.
        r#"{"goals":[{"id":"g1","draft":{"statement":"Mine","aspiration":"Lead"}},
                     {"id":"g2","draft":{"statement":"Theirs","aspiration":"Lead"}}],"active_goal":"g1"}"#,
        &["“Mine” was changed in this tab and in another tab at the same time (statement)"],
    );
}

#[test]
fn the_wizard_step_is_not_a_conflict() {
    let base = format!(r#"{{"goals":[{G1}]}}"#);
    check(
        &base,
        r#"{"goals":[{"id":"g1","draft":{"statement":"Talk","aspiration":"Speak"},"step":1}]}"#,
        r#"{"goals":[{"id":"g1","draft":{"statement":"Talk","aspiration":"Lead"},"step":3}]}"#,
        r#"{"goals":[{"id":"g1","draft":{"statement":"Talk","aspiration":"Lead"},"step":1}]}"#,
        &[],
    );
}

#[test]
fn goals_added_in_both_tabs_are_all_kept() {
    let base = format!(r#"{{"goals":[{G1}]}}"#);
    check(
        &base,
        &format!(
            r#"{{"goals":[{G1},{{"id":"g2","draft":{{"statement":"A"}}}}],"active_goal":"g2"}}"#
        ),
        &format!(
            r#"{{"goals":[{G1},{{"id":"g2","draft":{{"statement":"B"}}}}],"active_goal":"g2"}}"#
        ),
        &format!(
            r#"{{"goals":[{G1},{{"id":"g2","draft":{{"statement":"A"}}}},{{"id":"g3","draft":{{"statement":"B"}}}}],"active_goal":"g2"}}"#
        ),
        &[],
    );
    // Different new ids: both added, this tab's first.
    check(
        "{}",
        r#"{"goals":[{"id":"g1"}]}"#,
        r#"{"goals":[{"id":"g2"}]}"#,
        r#"{"goals":[{"id":"g1"},{"id":"g2"}]}"#,
        &[],
    );
}

#[test]
fn removal_is_followed_unless_the_other_side_edited() {
    let two = format!(r#"{{"goals":[{G1},{{"id":"g2"}}],"active_goal":"g2"}}"#);
    // Only looked at (the wizard step moved) there: still removed.
    check(
        &two,
        &format!(r#"{{"goals":[{G1}],"active_goal":"g1"}}"#),
        &format!(r#"{{"goals":[{G1},{{"id":"g2","step":2}}],"active_goal":"g2"}}"#),
        &format!(r#"{{"goals":[{G1}],"active_goal":"g1"}}"#),
        &[],
    );
    // Removed there, untouched here: removed; the active goal that went with it too.
    check(
        &two,
        &two,
        &format!(r#"{{"goals":[{G1}],"active_goal":"g2"}}"#),
        &format!(r#"{{"goals":[{G1}]}}"#),
        &[],
    );
    // Removed here, untouched there.
    check(
        &two,
        &format!(r#"{{"goals":[{G1}],"active_goal":"g1"}}"#),
        &two,
        &format!(r#"{{"goals":[{G1}],"active_goal":"g1"}}"#),
        &[],
    );
    // Removed there, edited here: kept, and said.
    check(
        &two,
        &format!(
            r#"{{"goals":[{G1},{{"id":"g2","draft":{{"metric":"talks"}}}}],"active_goal":"g2"}}"#
        ),
        &format!(r#"{{"goals":[{G1}],"active_goal":"g2"}}"#),
        &format!(
            r#"{{"goals":[{G1},{{"id":"g2","draft":{{"metric":"talks"}}}}],"active_goal":"g2"}}"#
        ),
        &["removed in one tab while it was edited in another"],
    );
    // Removed here, edited there: kept.
    check(
        &two,
        &format!(r#"{{"goals":[{G1}],"active_goal":"g1"}}"#),
        &format!(
            r#"{{"goals":[{G1},{{"id":"g2","draft":{{"unit":"talks"}}}}],"active_goal":"g2"}}"#
        ),
        &format!(
            r#"{{"goals":[{G1},{{"id":"g2","draft":{{"unit":"talks"}}}}],"active_goal":"g1"}}"#
        ),
        &["edited version is kept"],
    );
}

/// A goal with a mentorship holding these sessions (JSON list) and this shortlist.
fn with_sessions(sessions: &str, shortlist: &str) -> String {
    format!(
        r#"{{"goals":[{{"id":"g1","shortlist":{shortlist},"mentorship":{{"id":"m1","sessions":{sessions}}}}}]}}"#
    )
}

#[test]
fn sessions_and_shortlist_merge_per_item_and_field() {
    // Sessions need their full shape; take one from a real plan.
    let s = |id: &str, notes: &str| {
        let mut v = serde_json::to_value(sample_session()).unwrap();
        v["id"] = id.into();
        v["notes"] = notes.into();
        v.to_string()
    };
    let base = with_sessions(
        &format!("[{},{}]", s("s1", ""), s("s2", "")),
        r#"[{"mentor_id":"a","note":""}]"#,
    );
    // Here: notes of s1 and a note on mentor a. There: notes of s2, mentor b shortlisted.
    let ours = with_sessions(
        &format!("[{},{}]", s("s1", "went well"), s("s2", "")),
        r#"[{"mentor_id":"a","note":"kind"}]"#,
    );
    let theirs = with_sessions(
        &format!("[{},{}]", s("s1", ""), s("s2", "prepare slides")),
        r#"[{"mentor_id":"a","note":""},{"mentor_id":"b","note":""}]"#,
    );
    let want = with_sessions(
        &format!("[{},{}]", s("s1", "went well"), s("s2", "prepare slides")),
        r#"[{"mentor_id":"a","note":"kind"},{"mentor_id":"b","note":""}]"#,
    );
    check(&base, &ours, &theirs, &want, &[]);
    // A session removed there while its notes were edited here: kept, edited, said.
    let theirs = with_sessions(
        &format!("[{}]", s("s2", "")),
        r#"[{"mentor_id":"a","note":""}]"#,
    );
    let want = with_sessions(
        &format!("[{}]", s("s1", "went well")),
        r#"[{"mentor_id":"a","note":"kind"}]"#,
    );
    // s2 untouched here and kept there; s1 removed there but edited here.
    let want = want.replace(
        &format!("[{}]", s("s1", "went well")),
        &format!("[{},{}]", s("s1", "went well"), s("s2", "")),
    );
    check(&base, &ours, &theirs, &want, &["edited version is kept"]);
    // Both tabs wrote different notes on the same session: both versions of the goal kept.
    let theirs = with_sessions(
        &format!("[{},{}]", s("s1", "too short"), s("s2", "")),
        r#"[{"mentor_id":"a","note":""}]"#,
    );
    let got = merge(&st(&base), &st(&ours), &st(&theirs));
    assert_eq!(got.state.goals.len(), 2);
    assert_eq!(
        got.state.goals[0].mentorship.as_ref().unwrap().sessions[0].notes,
        "went well"
    );
    assert_eq!(
        got.state.goals[1].mentorship.as_ref().unwrap().sessions[0].notes,
        "too short"
    );
    assert_eq!(got.state.goals[1].shortlist, st(&theirs).goals[0].shortlist);
    assert!(
        matches!(&got.conflicts[..], [Conflict::Goal { fields, copy_id, .. }] if fields == &["mentorship".to_string()] && copy_id == "g2")
    );
}

fn sample_session() -> crate::core::sessions::plan::Session {
    let date = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    let time = chrono::NaiveTime::from_hms_opt(18, 0, 0).unwrap();
    crate::core::sessions::plan::Session::planned("s0".into(), date, time, 60)
}

#[test]
fn profile_fields_merge_and_report_the_other_value() {
    check(
        r#"{"needs":{"industry":"Health","languages":["en"]}}"#,
        r#"{"needs":{"industry":"Health care","languages":["en"]}}"#,
        r#"{"needs":{"industry":"Health","languages":["en","pt"]}}"#,
        r#"{"needs":{"industry":"Health care","languages":["en","pt"]}}"#,
        &[],
    );
    check(
        r#"{"needs":{"industry":"Health"}}"#,
        r#"{"needs":{"industry":"Health care"}}"#,
        r#"{"needs":{"industry":"Public health"}}"#,
        r#"{"needs":{"industry":"Health care"}}"#,
        &[
            "Your industry was changed in two tabs at the same time; this tab's is kept. The other tab had: Public health",
        ],
    );
}

#[test]
fn roster_and_settings() {
    let r = |f: &str| format!(r#"{{"file_name":"{f}","imported_on":"2026-12-01","mentors":[]}}"#);
    check(
        "{}",
        "{}",
        &format!(r#"{{"roster":{},"use_roster":true}}"#, r("a.csv")),
        &format!(r#"{{"roster":{},"use_roster":true}}"#, r("a.csv")),
        &[],
    );
    check(
        "{}",
        &format!(r#"{{"roster":{},"use_roster":true}}"#, r("mine.csv")),
        &format!(r#"{{"roster":{},"use_roster":false}}"#, r("theirs.csv")),
        &format!(r#"{{"roster":{},"use_roster":true}}"#, r("mine.csv")),
        &["Another tab imported a different roster (“theirs.csv”)"],
    );
}

/// A mentor's copies of mentees' plans ("Plans I mentor") merge copy by copy: one saved in each
/// tab both survive, and notes edited in one tab are kept.
#[test]
fn mentor_copies_merge_copy_by_copy() {
    let copy = |id: &str, notes: &str| {
        format!(
            r#"{{"id":"{id}","origin":"o-{id}","link":"v1.x","saved_on":"2027-01-01","notes":"{notes}"}}"#
        )
    };
    let base = format!(r#"{{"mentoring":[{}]}}"#, copy("mc1", ""));
    let ours = format!(
        r#"{{"mentoring":[{},{}]}}"#,
        copy("mc1", "Asks good questions"),
        copy("mc2", "")
    );
    let theirs = format!(
        r#"{{"mentoring":[{},{}]}}"#,
        copy("mc1", ""),
        copy("mc3", "")
    );
    let want = format!(
        r#"{{"mentoring":[{},{},{}]}}"#,
        copy("mc1", "Asks good questions"),
        copy("mc2", ""),
        copy("mc3", "")
    );
    check(&base, &ours, &theirs, &want, &[]);
    // Both tabs changed one copy's notes: this tab's stays, and the user is told.
    let theirs = format!(r#"{{"mentoring":[{}]}}"#, copy("mc1", "Other tab's note"));
    let ours = format!(r#"{{"mentoring":[{}]}}"#, copy("mc1", "This tab's note"));
    check(
        &base,
        &ours,
        &theirs,
        &ours,
        &["notes on a plan you mentor"],
    );
}
