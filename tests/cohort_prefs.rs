//! The mentor-preference columns of the example roster reach the cohort's pair scores and hard
//! rules as documented (`cohort::assign`): a wanted stage or skill earns the mentor bonus, an
//! avoided mentee is never paired, a group size multiplies the room.

use chrono::NaiveDate;
use trellis::core::cohort::assign::{self, Input, MENTOR_BONUS, Mode};
use trellis::core::cohort::mentees;
use trellis::core::mentors::roster;

fn week() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

#[test]
fn example_preferences_shape_the_cohort() {
    let r = roster::import_csv(include_str!("../data/roster-example.csv"));
    let es = mentees::import_csv(include_str!("../data/mentees-example.csv")).mentees;
    let mentor = |name: &str| r.mentors.iter().position(|m| m.name == name).unwrap();
    let mentee = |id: &str| es.iter().position(|m| m.id == id).unwrap();
    // (mentee id, mentor name, mentor bonus reason expected or None).
    let cases: [(&str, &str, Option<&str>); 5] = [
        (
            "lucia",
            "Amara Okoye",
            Some("wants to mentor product management"),
        ),
        (
            "kwame",
            "Grace Mensah-Boateng",
            Some("wants to mentor public speaking"),
        ),
        (
            "ines",
            "Sofía Herrera",
            Some("wants to mentor early career mentees"),
        ),
        (
            "jonas",
            "Henrik Larsen",
            Some("wants to mentor supply chain"),
        ),
        ("priya", "Amara Okoye", None),
    ];
    for (me, mo, want) in cases {
        let (i, j) = (mentee(me), mentor(mo));
        let b = assign::bonuses(&es[i], &r.mentors[j], r.prefs.get(j));
        let mentor_bonus = b.iter().find(|(why, _)| why.contains("wants to mentor"));
        match want {
            Some(frag) => {
                let (why, pts) = mentor_bonus.unwrap_or_else(|| panic!("{me}/{mo}: {b:?}"));
                assert!(why.contains(frag), "{me}/{mo}: {why}");
                assert_eq!(*pts, MENTOR_BONUS);
            }
            None => assert!(mentor_bonus.is_none(), "{me}/{mo}: {b:?}"),
        }
    }
    // Rooms: capacity × group size for group mentors (Amara 2 × 3, Grace 4 × 2), capacity
    // otherwise (Henrik 1), and a full mentor stays full (Rajesh 0 × 4).
    let room = |name: &str| assign::room(&r.mentors[mentor(name)], r.prefs.get(mentor(name)));
    assert_eq!(
        [
            room("Amara Okoye"),
            room("Grace Mensah-Boateng"),
            room("Henrik Larsen"),
            room("Rajesh Pillai")
        ],
        [6, 8, 1, 0]
    );
    // Dmitri avoids Sam: whatever the scores, that pair never comes out.
    let m = assign::run(&Input {
        mentors: &r.mentors,
        prefs: &r.prefs,
        mentees: &es,
        locks: &[],
        avoids: &[],
        mode: Mode::Total,
        week_start: week(),
    })
    .unwrap();
    let sam = mentee("sam");
    assert!(
        !m.pairs
            .iter()
            .any(|p| p.mentee == sam && p.mentor == mentor("Dmitri Volkov"))
    );
    assert_eq!(m.pairs.len() + m.unmatched.len(), es.len());
    // And a lock of that pair is refused; the same lock without the mentor's avoid is fine.
    let lock = [assign::PairRef {
        mentee: "sam".into(),
        mentor: r.mentors[mentor("Dmitri Volkov")].id.clone(),
    }];
    let mut no_avoid = r.prefs.clone();
    no_avoid[mentor("Dmitri Volkov")].avoid.clear();
    let with = |prefs| {
        assign::run(&Input {
            mentors: &r.mentors,
            prefs,
            mentees: &es,
            locks: &lock,
            avoids: &[],
            mode: Mode::Total,
            week_start: week(),
        })
    };
    assert!(with(&r.prefs).is_err());
    let ok = with(&no_avoid);
    assert!(ok.is_ok(), "{ok:?}");
}
