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

/// The merge as it was written on `serde_json::Value` (before it moved to the JSON text
/// tree, to keep `Value` out of the wasm), kept here as the reference the tree merge must
/// match exactly.
mod reference {
    use serde::{Serialize, de::DeserializeOwned};
    use serde_json::{Map, Value};

    pub fn to_value<T: Serialize>(t: &T) -> Value {
        serde_json::to_value(t).unwrap_or(Value::Null)
    }

    fn key(v: &Value) -> Option<&str> {
        v.get("id")
            .or_else(|| v.get("mentor_id"))
            .and_then(Value::as_str)
    }

    fn keyed(list: &[Value]) -> bool {
        let mut seen: Vec<&str> = Vec::with_capacity(list.len());
        for v in list {
            match key(v) {
                Some(k) if !seen.contains(&k) => seen.push(k),
                _ => return false,
            }
        }
        true
    }

    fn find<'a>(list: Option<&'a [Value]>, k: &str) -> Option<&'a Value> {
        list?.iter().find(|v| key(v) == Some(k))
    }

    fn merge_value(
        base: Option<&Value>,
        ours: Option<&Value>,
        theirs: Option<&Value>,
        path: &str,
        conflicts: &mut Vec<String>,
    ) -> Option<Value> {
        if ours == theirs || theirs == base {
            return ours.cloned();
        }
        if ours == base {
            return theirs.cloned();
        }
        match (ours, theirs) {
            (Some(Value::Object(o)), Some(Value::Object(t))) => {
                let b = base.and_then(Value::as_object);
                let mut out = Map::new();
                for k in o.keys().chain(t.keys().filter(|k| !o.contains_key(*k))) {
                    let sub = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    let merged = merge_value(
                        b.and_then(|b| b.get(k)),
                        o.get(k),
                        t.get(k),
                        &sub,
                        conflicts,
                    );
                    if let Some(v) = merged {
                        out.insert(k.clone(), v);
                    }
                }
                Some(Value::Object(out))
            }
            (Some(Value::Array(o)), Some(Value::Array(t)))
                if keyed(o)
                    && keyed(t)
                    && base.is_none_or(|b| b.as_array().is_some_and(|b| keyed(b))) =>
            {
                let b = base.and_then(Value::as_array).map(Vec::as_slice);
                Some(Value::Array(merge_list(b, o, t, path, conflicts)))
            }
            _ => {
                conflicts.push(path.to_string());
                ours.cloned()
            }
        }
    }

    fn merge_list(
        base: Option<&[Value]>,
        ours: &[Value],
        theirs: &[Value],
        path: &str,
        conflicts: &mut Vec<String>,
    ) -> Vec<Value> {
        let mut out = Vec::new();
        for o in ours {
            let k = key(o).unwrap_or_default();
            let sub = format!("{path}[{k}]");
            match (find(base, k), find(Some(theirs), k)) {
                (b, Some(t)) => out.extend(merge_value(b, Some(o), Some(t), &sub, conflicts)),
                (Some(b), None) if b == o => {}
                (Some(_), None) => {
                    conflicts.push(format!("{sub} (removed in the other tab)"));
                    out.push(o.clone());
                }
                (None, None) => out.push(o.clone()),
            }
        }
        for t in theirs {
            let k = key(t).unwrap_or_default();
            if find(Some(ours), k).is_some() {
                continue;
            }
            match find(base, k) {
                Some(b) if b == t => {}
                Some(_) => {
                    conflicts.push(format!("{path}[{k}] (removed in this tab)"));
                    out.push(t.clone());
                }
                None => out.push(t.clone()),
            }
        }
        out
    }

    pub fn merge_typed<T: Serialize + DeserializeOwned + Clone + PartialEq>(
        base: Option<&T>,
        ours: &T,
        theirs: &T,
        conflicts: &mut Vec<String>,
    ) -> T {
        if ours == theirs || Some(theirs) == base {
            return ours.clone();
        }
        if Some(ours) == base {
            return theirs.clone();
        }
        let b = base.map(to_value);
        let merged = merge_value(
            b.as_ref(),
            Some(&to_value(ours)),
            Some(&to_value(theirs)),
            "",
            conflicts,
        );
        merged
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_else(|| ours.clone())
    }

    pub fn field_text(theirs: &Value, path: &str) -> String {
        path.split('.')
            .try_fold(theirs, |v, k| v.get(k))
            .map(|v| match v {
                Value::String(s) => s.clone(),
                Value::Null => "(nothing)".into(),
                other => other.to_string(),
            })
            .unwrap_or_else(|| "(nothing)".into())
    }
}

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// One random edit somewhere in a JSON value: a leaf changed, a list item removed, copied
/// under a fresh id or moved, a field removed or set to null.
fn mutate(v: &mut serde_json::Value, rng: &mut Rng, fresh: &mut u32) {
    use serde_json::Value;
    const WORDS: [&str; 6] = [
        "Talk",
        "Lead",
        "",
        "é \"q\" \\ ✓",
        "2027-06-30",
        "Mon 19:00-21:00",
    ];
    match v {
        Value::Object(m) if !m.is_empty() => {
            let k = m.keys().nth(rng.below(m.len())).cloned().unwrap();
            match rng.below(12) {
                0 => {
                    m.remove(&k);
                }
                1 => {
                    m.insert(k, Value::Null);
                }
                _ => mutate(m.get_mut(&k).unwrap(), rng, fresh),
            }
        }
        Value::Array(a) if !a.is_empty() => {
            let i = rng.below(a.len());
            match rng.below(6) {
                0 => {
                    a.remove(i);
                }
                1 => {
                    let mut copy = a[i].clone();
                    *fresh += 1;
                    for k in ["id", "mentor_id"] {
                        if let Some(id) = copy.get_mut(k) {
                            *id = Value::String(format!("n{fresh}"));
                        }
                    }
                    a.push(copy);
                }
                2 => {
                    let x = a.remove(i);
                    a.insert(rng.below(a.len() + 1), x);
                }
                _ => mutate(&mut a[i], rng, fresh),
            }
        }
        Value::String(s) => *s = WORDS[rng.below(WORDS.len())].to_string(),
        Value::Number(n) => {
            *v = match n.as_u64() {
                Some(x) => Value::from(x + 1 + rng.below(2) as u64),
                None => Value::from(n.as_f64().unwrap_or(0.0) + 0.5),
            }
        }
        Value::Bool(b) => *b = !*b,
        _ => {}
    }
}

/// `n` random edits of `base`, as a value of type `T` (edits that no longer read as `T` are
/// tried again).
fn edited<T: serde::Serialize + serde::de::DeserializeOwned>(
    base: &T,
    n: usize,
    rng: &mut Rng,
    fresh: &mut u32,
) -> T {
    loop {
        let mut v = serde_json::to_value(base).unwrap();
        for _ in 0..n {
            mutate(&mut v, rng, fresh);
        }
        if let Ok(t) = serde_json::from_value(v) {
            return t;
        }
    }
}

/// Thousands of random three-way merges of goals, profiles and mentor copies give exactly
/// what the `Value` merge gave: the same merged value and the same conflict paths, and the
/// same text for the other tab's value of a profile field.
#[test]
fn same_results_as_the_value_merge() {
    fn same<T>(b: &T, o: &T, t: &T, what: &str)
    where
        T: serde::Serialize + serde::de::DeserializeOwned + Clone + PartialEq + std::fmt::Debug,
    {
        let (mut want_paths, mut got_paths) = (Vec::new(), Vec::new());
        let want = reference::merge_typed(Some(b), o, t, &mut want_paths);
        let got = merge_typed(Some(b), o, t, &mut got_paths);
        assert_eq!(got, want, "{what}");
        assert_eq!(got_paths, want_paths, "{what}");
        let (want_none, got_none) = (
            reference::merge_typed(None, o, t, &mut Vec::new()),
            merge_typed(None, o, t, &mut Vec::new()),
        );
        assert_eq!(got_none, want_none, "{what} without a base");
    }
    let backup: serde_json::Value =
        serde_json::from_str(include_str!("../../../../tests/fixtures/backup_v2.json")).unwrap();
    let mut state: AppState = serde_json::from_value(backup["data"].clone()).unwrap();
    let mentoring: AppState = serde_json::from_str::<crate::core::store::Envelope>(include_str!(
        "../../../../tests/fixtures/store_v1_mentoring.json"
    ))
    .unwrap()
    .data;
    state.mentoring = mentoring.mentoring;
    state.needs.languages = vec!["English".into(), "Portuguese".into()];
    state.needs.interests = vec!["Public speaking".into()];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut fresh = 0;
    let mut conflicted = 0;
    for round in 0..1500 {
        let n = 1 + rng.below(3);
        let g = &state.goals[rng.below(state.goals.len())];
        let (o, t) = (
            edited(g, n, &mut rng, &mut fresh),
            edited(g, n, &mut rng, &mut fresh),
        );
        same(g, &o, &t, &format!("goal, round {round}"));
        let (o, t) = (
            edited(&state.needs, n, &mut rng, &mut fresh),
            edited(&state.needs, n, &mut rng, &mut fresh),
        );
        same(&state.needs, &o, &t, &format!("needs, round {round}"));
        let mut paths = Vec::new();
        merge_typed(Some(&state.needs), &o, &t, &mut paths);
        conflicted += usize::from(!paths.is_empty());
        let theirs_v = reference::to_value(&t);
        let theirs_text = text(&t);
        let theirs_node = tree::parse(&theirs_text).unwrap();
        for p in &paths {
            assert_eq!(
                field_text(&theirs_node, p),
                reference::field_text(&theirs_v, p),
                "{p}"
            );
        }
        let (o, t) = (
            edited(&state.mentoring, n, &mut rng, &mut fresh),
            edited(&state.mentoring, n, &mut rng, &mut fresh),
        );
        same(
            &state.mentoring,
            &o,
            &t,
            &format!("mentoring, round {round}"),
        );
    }
    // The edits are not all harmless: many profile merges met a conflict.
    assert!(conflicted > 100, "{conflicted}");
}
