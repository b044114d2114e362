use super::*;
use crate::core::sessions::plan::Feedback;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use proptest::prelude::*;

const TYPICAL: &str = include_str!("../../../../tests/fixtures/share_v2_typical.txt");
const SMALL: &str = include_str!("../../../../tests/fixtures/share_v2_small.txt");
const LARGE: &str = include_str!("../../../../tests/fixtures/share_v2_large.txt");

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}
fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn plan() -> SharedPlan {
    share::decode(TYPICAL).unwrap()
}

/// The mentee's own plan: the typical plan as their device holds it, with private data.
fn mentee() -> GoalEntry {
    let p = plan();
    let mut e = p.to_entry("g1");
    let m = e.mentorship.as_mut().unwrap();
    m.sessions[0].notes = "PRIVATE NOTES".into();
    m.sessions[0].feedback = Some(Feedback::new(5, "Great"));
    let s3 = m.sessions[3].id.clone();
    m.add_action_item(&s3, "Mentee's own action", Owner::Mentee, None)
        .unwrap();
    e
}

/// The mentor's draft for session 4 (index 3, the next one on 2027-02-10): agenda edited,
/// an action for each side, one action marked done, a proposed time and a note.
fn draft() -> ReplyDraft {
    let p = plan();
    let (i, sid) = next_session(&p, d("2027-02-10")).unwrap();
    assert_eq!(i, 3);
    let mut agenda = plan_agenda(&p, &sid);
    agenda[1].text = "Review the outline together".into();
    agenda.remove(2);
    agenda.push(AgendaItem::with_id("k-m1", "Pick a date for the dry run"));
    ReplyDraft {
        session: sid,
        agenda: Some(agenda),
        actions: vec![
            ActionItem {
                id: "a-m-1".into(),
                text: "Send two example talks".into(),
                owner: Owner::Mentor,
                due: Some(d("2027-02-20")),
                done: false,
                via_reply: false,
            },
            ActionItem {
                id: "a-m-2".into(),
                text: "Write the talk's first paragraph".into(),
                owner: Owner::Mentee,
                due: None,
                done: false,
                via_reply: false,
            },
        ],
        done: vec!["a-2".into()],
        time: "propose".into(),
        propose_date: "2027-02-16".into(),
        propose_time: "19:00".into(),
        note: "Great progress — bring the outline.".into(),
        sent: 0,
    }
}

fn reply() -> Reply {
    build(&plan(), &draft()).unwrap()
}

#[test]
fn build_makes_the_changes_by_id() {
    let r = reply();
    assert_eq!(r.origin, "g1-7Hq2");
    assert_eq!(r.seq, 1);
    let kinds: Vec<&str> = r
        .changes
        .iter()
        .map(|c| match c {
            Change::AgendaSet { .. } => "set",
            Change::AgendaRemove { .. } => "remove",
            Change::ActionAdd { .. } => "add",
            Change::ActionDone { .. } => "done",
            Change::ConfirmTime { .. } => "confirm",
            Change::ProposeTime { .. } => "propose",
            Change::Note { .. } => "note",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "set", "set", "remove", "add", "add", "done", "propose", "note"
        ]
    );
    assert_eq!(
        r.changes[0],
        Change::AgendaSet {
            id: "g2".into(),
            text: "Review the outline together".into()
        }
    );
    // The mentor's private notes are not part of a draft, so never of a reply.
    assert!(!format!("{r:?}").contains("PRIVATE"));
}

#[test]
fn build_reports_every_problem() {
    let p = plan();
    let mut dr = draft();
    dr.time = "propose".into();
    dr.propose_date = "soon".into();
    assert_eq!(
        build(&p, &dr).unwrap_err(),
        ["Choose the date you propose."]
    );
    let empty = ReplyDraft {
        session: dr.session.clone(),
        ..Default::default()
    };
    assert!(build(&p, &empty).unwrap_err()[0].starts_with("Nothing to send yet"));
    let gone = ReplyDraft {
        session: "s-19990101".into(),
        note: "hi".into(),
        ..Default::default()
    };
    assert!(build(&p, &gone).unwrap_err()[0].contains("no longer in the plan"));
    // Confirming takes the session's own time.
    let mut dr = draft();
    dr.time = "confirm".into();
    let r = build(&p, &dr).unwrap();
    assert!(r.changes.contains(&Change::ConfirmTime {
        date: d("2027-02-15"),
        local_time: t(18, 30)
    }));
}

#[test]
fn round_trip_fixture_and_length() {
    let r = reply();
    let link = encode(&r);
    assert!(link.starts_with("r1."));
    assert_eq!(decode(&link).unwrap(), r);
    assert_eq!(
        decode(&format!("https://x.example/reply#{link}")).unwrap(),
        r
    );
    assert!(is_reply_link(&link) && !is_reply_link(TYPICAL));
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/reply_v1_typical.txt"
    );
    if std::env::var_os("TRELLIS_WRITE_SHARE_FIXTURES").is_some() {
        std::fs::write(path, link.clone() + "\n").unwrap();
    }
    let fixture = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        decode(fixture.trim()).unwrap(),
        r,
        "shipped r1 replies keep decoding"
    );
    assert!(
        link.len() <= 600,
        "typical reply is {} characters",
        link.len()
    );
}

/// Reply-link lengths for the reference plans (recorded in BENCHMARKS.md; run with
/// `--nocapture`): a note only, the typical reply, and the largest reply a mentor can make of
/// each plan's next session (every agenda line rewritten, 10 actions, time and a long note).
#[test]
fn reply_lengths_for_the_reference_plans() {
    for (name, link) in [("small", SMALL), ("typical", TYPICAL), ("large", LARGE)] {
        let p = share::decode(link).unwrap();
        let Some((_, sid)) = next_session(&p, d("2027-02-10")) else {
            println!("reply length {name}: plan has no sessions, note only");
            continue;
        };
        let note_only = ReplyDraft {
            session: sid.clone(),
            note: "See you Monday — bring the outline.".into(),
            ..Default::default()
        };
        let mut big = note_only.clone();
        big.agenda = Some(
            plan_agenda(&p, &sid)
                .into_iter()
                .map(|mut i| {
                    i.text = format!("{} (and let's time it)", i.text);
                    i
                })
                .collect(),
        );
        big.actions = (0..10)
            .map(|k| ActionItem {
                id: format!("a-m-{k:08}"),
                text: format!("Action number {k}: read one chapter and write three notes"),
                owner: if k % 2 == 0 {
                    Owner::Mentee
                } else {
                    Owner::Mentor
                },
                due: Some(d("2027-03-01")),
                done: false,
                via_reply: false,
            })
            .collect();
        big.time = "confirm".into();
        big.note = "A longer note. ".repeat(30);
        let n = encode(&build(&p, &note_only).unwrap()).len();
        let b = encode(&build(&p, &big).unwrap()).len();
        println!("reply length {name}: note only {n} chars, large reply {b} chars");
        assert!(b <= MAX_REPLY_CHARS);
    }
    println!(
        "reply length typical reference reply: {} chars",
        encode(&reply()).len()
    );
}

fn pack(bytes: &[u8]) -> String {
    format!(
        "r1.{}",
        URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, 10))
    )
}

#[test]
fn hostile_links_are_refused_with_a_message() {
    let good = reply();
    let mut trailing = postcard::to_allocvec(&good).unwrap();
    trailing.extend([1, 2, 3]);
    let bomb = pack(&vec![0u8; 200_000]);
    let huge = format!("r1.{}", "A".repeat(9_000));
    let mut ctrl = good.clone();
    ctrl.changes.push(Change::AgendaSet {
        id: "x".into(),
        text: "\u{1b}[31mred".into(),
    });
    let mut many = good.clone();
    many.changes = vec![Change::ActionDone { id: "a-1".into() }; 81];
    let mut no_origin = good.clone();
    no_origin.origin.clear();
    no_origin.seq = 0;
    let mut two_notes = good.clone();
    two_notes.changes.push(Change::Note {
        text: "again".into(),
    });
    let mut long_id = good.clone();
    long_id
        .changes
        .push(Change::AgendaRemove { id: "x".repeat(41) });
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "empty"),
        ("#".into(), "empty"),
        ("hello".into(), "not a Trellis reply link"),
        ("v2.AAAA".into(), "not a Trellis reply link"),
        ("r.AAAA".into(), "not a Trellis reply link"),
        ("r0.AAAA".into(), "not a Trellis reply link"),
        ("r9.AAAA".into(), "newer Trellis (r9)"),
        ("r99999999999999999999.x".into(), "newer Trellis"),
        (huge, "too long to be a reply"),
        ("r1.@@@".into(), "characters a reply link never has"),
        ("r1.AAAA".into(), "cut short or damaged"),
        (bomb, "unpacks to more than 32 KiB"),
        (pack(&[0xff, 0xff, 0xff]), "could not be read"),
        (pack(&trailing), "3 unexpected bytes"),
        (encode(&ctrl), "control characters"),
        (encode(&many), "more than 80 changes"),
        (
            encode(&no_origin),
            "the plan id is missing; the reply has no number",
        ),
        (encode(&two_notes), "more than one note"),
        (encode(&long_id), "41 characters long"),
    ];
    for (link, want) in cases {
        let got = decode(&link).unwrap_err().to_string();
        assert!(got.contains(want), "{link:.40}: {got}");
    }
}

fn state_with(entry: GoalEntry) -> AppState {
    let mut s = AppState::default();
    s.goals.push(entry);
    s.active_goal = Some("g1".into());
    s
}

#[test]
fn wrong_plan_or_bad_link_changes_nothing() {
    let mut s = state_with(mentee());
    let before = s.clone();
    let mut other = reply();
    other.origin = "g9-elsewhere".into();
    for link in [
        encode(&other),
        "r1.broken".into(),
        "v2.AAAA".into(),
        String::new(),
    ] {
        assert!(apply_to_state(&mut s, &link, &[0, 1, 2]).is_err(), "{link}");
        assert_eq!(s, before);
    }
    assert!(
        apply_to_state(&mut s, &encode(&other), &[0])
            .unwrap_err()
            .contains("not on this device")
    );
}

#[test]
fn diff_shows_exactly_what_changes() {
    let e = mentee();
    let r = reply();
    let got: Vec<(&str, String, Effect)> = diff(&e, &r)
        .into_iter()
        .map(|p| (p.part, p.what, p.effect))
        .collect();
    let agenda = plan_agenda(&plan(), &r.session);
    let want = vec![
        (
            "Agenda",
            format!(
                "Change “{}” to “Review the outline together”",
                agenda[1].text
            ),
            Effect::Changes,
        ),
        (
            "Agenda",
            "Add to the agenda: “Pick a date for the dry run”".into(),
            Effect::Changes,
        ),
        (
            "Agenda",
            format!("Remove from the agenda: “{}”", agenda[2].text),
            Effect::Changes,
        ),
        (
            "Action item",
            "New action item for your mentor: “Send two example talks”, due 20 February 2027"
                .into(),
            Effect::Changes,
        ),
        (
            "Action item",
            "New action item for you: “Write the talk's first paragraph”".into(),
            Effect::Changes,
        ),
        (
            "Action item",
            "Mark done: “Book a slot at the March meetup”".into(),
            Effect::Changes,
        ),
        (
            "Time",
            "Your mentor proposes to meet on 16 February 2027 at 19:00 instead".into(),
            Effect::Changes,
        ),
        (
            "Note",
            "Note from your mentor: “Great progress — bring the outline.”".into(),
            Effect::Changes,
        ),
    ];
    assert_eq!(got, want);
    // After applying everything, nothing is left to change.
    let all: Vec<usize> = (0..r.changes.len()).collect();
    let after = apply(&e, &r, &all);
    assert!(
        diff(&after, &r)
            .iter()
            .all(|p| p.effect == Effect::AlreadyThere),
        "{:?}",
        diff(&after, &r)
    );
}

/// Everything of the mentee's that a reply must never touch.
fn mentee_data(e: &GoalEntry) -> Vec<String> {
    let m = e.mentorship.as_ref().unwrap();
    let mut out = vec![format!("{:?}", e.draft), format!("{:?}", m.agreement)];
    for s in &m.sessions {
        out.push(format!(
            "{} {} {:?} {:?} {:?}",
            s.id, s.notes, s.feedback, s.fit, s.status
        ));
        for a in &s.action_items {
            if !a.via_reply {
                out.push(format!("{} {} {:?}", a.id, a.text, a.owner));
            }
        }
    }
    out
}

#[test]
fn apply_part_keeps_everything_else_and_twice_is_harmless() {
    let e = mentee();
    let r = reply();
    // The mentee takes the edited line, the mentor's action and the note; not the removal,
    // not the new time.
    let once = apply(&e, &r, &[0, 3, 7]);
    assert_eq!(
        apply(&once, &r, &[0, 3, 7]),
        once,
        "twice is the same as once"
    );
    assert_eq!(mentee_data(&once), mentee_data(&e));
    let m = once.mentorship.as_ref().unwrap();
    let s = m.session(&r.session).unwrap();
    let texts: Vec<&str> = s
        .agenda
        .as_ref()
        .unwrap()
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    let before = plan_agenda(&plan(), &r.session);
    assert_eq!(
        texts.len(),
        before.len(),
        "nothing removed that was not chosen"
    );
    assert_eq!(texts[1], "Review the outline together");
    assert_eq!(s.date, d("2027-02-15"), "the time stays unless chosen");
    assert!(
        s.action_items
            .iter()
            .any(|a| a.text == "Send two example talks")
    );
    assert!(
        s.action_items
            .iter()
            .any(|a| a.text == "Mentee's own action")
    );
    assert_eq!(
        m.mentor_notes[0].text,
        "Great progress — bring the outline."
    );
    // The rest later: still idempotent, the time moves and is agreed.
    let all = apply(&once, &r, &[0, 1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(apply(&all, &r, &[0, 1, 2, 3, 4, 5, 6, 7]), all);
    let s = all
        .mentorship
        .as_ref()
        .unwrap()
        .session(&r.session)
        .unwrap();
    assert_eq!(
        (s.date, s.local_time, s.time_agreed),
        (d("2027-02-16"), t(19, 0), true)
    );
    // An older reply applied after a newer one changes nothing it set.
    let mut older = r.clone();
    older.seq = 0;
    older.seq = 1;
    let mut newer = r.clone();
    newer.seq = 2;
    newer.changes[0] = Change::AgendaSet {
        id: "g2".into(),
        text: "Newest text".into(),
    };
    let a = apply(&apply(&e, &newer, &[0]), &older, &[0]);
    let b = apply(&apply(&e, &older, &[0]), &newer, &[0]);
    assert_eq!(a, b);
    let line = |g: &GoalEntry| {
        g.mentorship
            .as_ref()
            .unwrap()
            .session(&r.session)
            .unwrap()
            .agenda
            .as_ref()
            .unwrap()[1]
            .text
            .clone()
    };
    assert_eq!(line(&a), "Newest text");
    // A removed line never comes back.
    let removed = apply(&e, &r, &[2]);
    let mut re_add = r.clone();
    re_add.seq = 5;
    let Change::AgendaRemove { id } = &r.changes[2] else {
        panic!()
    };
    re_add.changes = vec![Change::AgendaSet {
        id: id.clone(),
        text: "back?".into(),
    }];
    assert_eq!(apply(&removed, &re_add, &[0]), removed);
}

/// A pool of changes several replies about one session might make (overlapping ids on
/// purpose: the same line set by two replies, set and removed, an action added twice).
fn change_pool() -> Vec<Change> {
    let c = |id: &str, text: &str| Change::AgendaSet {
        id: id.into(),
        text: text.into(),
    };
    vec![
        c("g1", "First line, mentor's words"),
        c("g2", "Second line, version A"),
        c("g2", "Second line, version B"),
        c("k-m1", "A new line"),
        c("k-m2", "Another new line"),
        c("k-m0", "A new line that sorts first"),
        Change::AgendaRemove { id: "g3".into() },
        Change::AgendaRemove { id: "k-m2".into() },
        Change::ActionAdd {
            id: "a-m-1".into(),
            text: "Mentor sends examples".into(),
            owner: Owner::Mentor,
            due: None,
        },
        Change::ActionAdd {
            id: "a-m-0".into(),
            text: "Mentee drafts the intro".into(),
            owner: Owner::Mentee,
            due: Some(d("2027-03-01")),
        },
        Change::ActionDone { id: "a-2".into() },
        Change::ConfirmTime {
            date: d("2027-02-15"),
            local_time: t(18, 30),
        },
        Change::ProposeTime {
            date: d("2027-02-17"),
            local_time: t(9, 0),
        },
        Change::Note {
            text: "Note A".into(),
        },
    ]
}

/// Replies built from the pool: each a seq and a subset of the pool (at most one note and one
/// time change, as validation demands), with the chosen parts.
fn replies_strategy() -> impl Strategy<Value = Vec<(Reply, Vec<usize>)>> {
    let sid = next_session(&plan(), d("2027-02-10")).unwrap().1;
    proptest::collection::vec(
        (
            1u32..5,
            proptest::collection::vec(0usize..14, 0..8),
            proptest::collection::vec(any::<bool>(), 8),
        ),
        1..5,
    )
    .prop_map(move |rs| {
        let pool = change_pool();
        rs.into_iter()
            .map(|(seq, picks, choose)| {
                let mut changes: Vec<Change> = Vec::new();
                let (mut note, mut time) = (false, false);
                for p in picks {
                    let c = pool[p].clone();
                    let is_note = matches!(c, Change::Note { .. });
                    let is_time =
                        matches!(c, Change::ConfirmTime { .. } | Change::ProposeTime { .. });
                    if (is_note && note) || (is_time && time) || changes.contains(&c) {
                        continue;
                    }
                    note |= is_note;
                    time |= is_time;
                    changes.push(c);
                }
                let chosen = (0..changes.len()).filter(|i| choose[*i % 8]).collect();
                let r = Reply {
                    origin: "g1-7Hq2".into(),
                    seq,
                    session: sid.clone(),
                    changes,
                };
                assert_eq!(r.validate(), Ok(()));
                (r, chosen)
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any set of replies applied in any order (and some twice) gives the same plan, and the
    /// mentee's own data is always intact.
    #[test]
    fn replies_in_any_order_give_the_same_plan(
        replies in replies_strategy(),
        order in Just(()).prop_perturb(|_, mut rng| {
            let mut v: Vec<usize> = (0..16).collect();
            for i in (1..v.len()).rev() {
                v.swap(i, (rng.next_u32() as usize) % (i + 1));
            }
            v
        }),
    ) {
        let base = mentee();
        let forward = replies
            .iter()
            .fold(base.clone(), |e, (r, ch)| apply(&e, r, ch));
        let mut idx: Vec<usize> = order.into_iter().filter(|i| *i < replies.len()).collect();
        // Apply one of them twice.
        idx.push(idx[0]);
        let shuffled = idx
            .iter()
            .fold(base.clone(), |e, i| apply(&e, &replies[*i].0, &replies[*i].1));
        prop_assert_eq!(&forward, &shuffled);
        prop_assert_eq!(mentee_data(&forward), mentee_data(&base));
    }

    #[test]
    fn decode_never_panics(s in any::<String>()) {
        let _ = decode(&s);
        let _ = decode(&format!("r1.{s}"));
    }

    /// What the fuzz target `reply_decode` checks, from a valid reply's bytes with some bytes
    /// changed and the end maybe cut (so most cases get past the outer layers): whatever
    /// decodes re-encodes to itself, applying it twice is the same as once, and the plan it
    /// leaves passes the stored-data checks (so it can be saved and read back).
    #[test]
    fn mutated_replies_decode_safely(
        edits in proptest::collection::vec((any::<u16>(), any::<u8>()), 1..6),
        cut in 0usize..3,
    ) {
        let mut bytes = postcard::to_allocvec(&reply()).unwrap();
        for (at, b) in edits {
            let i = usize::from(at) % bytes.len();
            bytes[i] = b;
        }
        bytes.truncate(bytes.len() - cut);
        if let Ok(r) = decode(&pack(&bytes)) {
            prop_assert_eq!(&decode(&encode(&r)).unwrap(), &r);
            let e = mentee();
            let all: Vec<usize> = (0..r.changes.len()).collect();
            let _ = diff(&e, &r);
            let once = apply(&e, &r, &all);
            prop_assert_eq!(&apply(&once, &r, &all), &once);
            prop_assert!(crate::core::store::bounds::check_state(&state_with(once)).is_empty());
        }
    }

    #[test]
    fn random_payloads_never_panic_and_apply_is_safe(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(r) = decode(&pack(&bytes)) {
            let e = mentee();
            let all: Vec<usize> = (0..r.changes.len()).collect();
            let _ = diff(&e, &r);
            let _ = apply(&e, &r, &all);
        }
    }
}

#[test]
fn a_new_action_item_is_checked_with_its_due_date() {
    let today = d("2027-02-10");
    // (text, owner, due as typed) → the due date, or the fields with problems.
    let check = |text: &str, owner: &str, due: &str, want: Result<Option<&str>, &[&str]>| {
        let got = new_action(&ReplyDraft::default(), "a-m-9", text, owner, due, today);
        match (got, want) {
            (Ok(a), Ok(due)) => {
                assert_eq!(a.due, due.map(d), "{text} {due:?}");
                assert_eq!(a.id, "a-m-9");
            }
            (Err(errs), Err(fields)) => {
                let got: Vec<&str> = errs.iter().map(|e| e.field.as_str()).collect();
                assert_eq!(got, fields, "{text} {due:?}");
            }
            (got, want) => panic!("{text} {due:?}: got {got:?}, want {want:?}"),
        }
    };
    check("Send two talks", "mentor", "", Ok(None));
    check(
        "Send two talks",
        "mentor",
        " 2027-02-20 ",
        Ok(Some("2027-02-20")),
    );
    check(
        "Send two talks",
        "mentee",
        "2027-02-10",
        Ok(Some("2027-02-10")),
    );
    check("Send two talks", "mentee", "2027-02-09", Err(&["due"]));
    check("Send two talks", "mentee", "20/02/2027", Err(&["due"]));
    check("Send two talks", "mentee", "2190-01-01", Err(&["due"]));
    check("   ", "mentee", "2027-02-30", Err(&["text", "due"]));
    check(&"x".repeat(MAX_TEXT + 1), "mentee", "", Err(&["text"]));
    let owner = new_action(&ReplyDraft::default(), "a", "Go", "mentor", "", today).unwrap();
    assert_eq!(owner.owner, Owner::Mentor);
    // A full draft has no room.
    let full = ReplyDraft {
        actions: vec![owner.clone(); MAX_DRAFT_ACTIONS],
        ..ReplyDraft::default()
    };
    let errs = new_action(&full, "b", "One more", "mentee", "", today).unwrap_err();
    assert_eq!(errs[0].message, "A reply adds at most 30 action items.");
    assert!(can_add_line(MAX_DRAFT_LINES - 1));
    assert!(!can_add_line(MAX_DRAFT_LINES));
}

#[test]
fn a_due_date_travels_in_the_link_and_shows_when_applying() {
    let mut dr = draft();
    dr.actions = vec![
        new_action(
            &dr,
            "a-m-5",
            "Book the room",
            "mentee",
            "2027-02-14",
            d("2027-02-10"),
        )
        .unwrap(),
    ];
    let r = decode(&encode(&build(&plan(), &dr).unwrap())).unwrap();
    let p = diff(&mentee(), &r)
        .into_iter()
        .find(|p| p.part == "Action item" && p.what.contains("Book the room"))
        .unwrap();
    assert_eq!(
        p.what,
        "New action item for you: “Book the room”, due 14 February 2027"
    );
    let i = p.index;
    let e = apply(&mentee(), &r, &[i]);
    let (_, a) = e
        .mentorship
        .as_ref()
        .unwrap()
        .action_items()
        .find(|(_, a)| a.id == "a-m-5")
        .unwrap();
    assert_eq!(a.due, Some(d("2027-02-14")));
}

#[test]
fn stored_caps_match_the_link_caps() {
    use crate::core::store::{MAX_COPY_LINK, MAX_DRAFT_DONE};
    assert_eq!(MAX_COPY_LINK, share::MAX_FRAGMENT_CHARS);
    assert_eq!(MAX_DRAFT_LINES, MAX_AGENDA_ITEMS);
    assert_eq!(MAX_DRAFT_ACTIONS, share::MAX_SESSION_ACTIONS);
    assert_eq!(MAX_DRAFT_DONE, MAX_CHANGES);
    assert_eq!(MAX_NOTE, MAX_MENTOR_NOTE);
}

#[test]
fn applying_stops_at_the_stored_caps() {
    let r = reply();
    let mut e = mentee();
    let m = e.mentorship.as_mut().unwrap();
    m.mentor_notes = (0..MAX_MENTOR_NOTES as u32)
        .map(|seq| MentorNote {
            seq: seq + 100,
            text: "old".into(),
        })
        .collect();
    let s = m.session_mut(&r.session).unwrap();
    s.removed_agenda = (0..MAX_REMOVED_AGENDA).map(|i| format!("x{i}")).collect();
    let props = diff(&e, &r);
    for p in &props {
        if p.part == "Note" || p.what.starts_with("Remove from the agenda") {
            assert!(matches!(p.effect, Effect::CannotApply(_)), "{p:?}");
        }
    }
    let all: Vec<usize> = (0..r.changes.len()).collect();
    let after = apply(&e, &r, &all);
    let m = after.mentorship.as_ref().unwrap();
    assert_eq!(m.mentor_notes.len(), MAX_MENTOR_NOTES);
    assert_eq!(
        m.session(&r.session).unwrap().removed_agenda.len(),
        MAX_REMOVED_AGENDA
    );
    assert!(crate::core::store::bounds::check_state(&state_with(after)).is_empty());
}
