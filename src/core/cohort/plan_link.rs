//! Per-mentee share links: a matched mentee's starting plan, with their mentor already chosen,
//! as a Trellis share link (`/shared#v1.…`, the existing link format of
//! [`crate::core::sharing::share`], unchanged).
//!
//! A mentee row holds needs, not a goal, and the link format carries a goal with a statement
//! and a deadline, so the plan is the smallest one the format allows:
//!
//! * **statement**: "Grow in sql and data with Ana as my mentor" from the focus skills (the
//!   first [`MAX_SKILLS`]; "Grow in my career" when there are none);
//! * **why**: says the coordinator's cohort matched them, and to make the goal their own;
//! * **category**: skill building when there are focus skills, else career development;
//! * **deadline**: [`TERM_DAYS`] after the coordinator's `today` (a usual programme term);
//! * **focus skills** as in the row; no success measure, milestones, agreement or sessions;
//! * **mentor**: the matched mentor's name; **mentee**: their first name only;
//! * **origin**: `cohort-<mentee id>` ([`ORIGIN_PREFIX`]), so a second link for the same mentee
//!   updates the copy saved from the first, and the receiving page can say the coordinator
//!   sent it ([`is_cohort_plan`]).

use chrono::{Duration, NaiveDate};

use crate::core::cohort::mentees::Mentee;
use crate::core::goals::goal::{Category, MAX_SKILLS};
use crate::core::mentors::mentor::Mentor;
use crate::core::sharing::share::{self, MAX_NAME, MAX_ORIGIN, SharedGoal, SharedPlan};

/// How the origin of every cohort plan starts.
pub const ORIGIN_PREFIX: &str = "cohort-";

/// Whether a received plan is a coordinator's cohort plan (its origin says so).
pub fn is_cohort_plan(plan: &SharedPlan) -> bool {
    plan.origin.starts_with(ORIGIN_PREFIX)
}

/// Days from the coordinator's today to the plan's deadline (about six months).
pub const TERM_DAYS: i64 = 182;

fn first_word(name: &str) -> String {
    share::clean_text(name)
        .split_whitespace()
        .next()
        .unwrap_or("")
        .chars()
        .take(MAX_NAME)
        .collect()
}

fn joined(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The starting plan of `mentee`, matched with `mentor` (see the module docs). Always passes
/// [`SharedPlan::validate`].
pub fn mentee_plan(mentee: &Mentee, mentor: &Mentor, today: NaiveDate) -> SharedPlan {
    let skills: Vec<String> = mentee
        .needs
        .focus_skills
        .iter()
        .map(|s| share::clean_text(s))
        .filter(|s| !s.is_empty())
        .take(MAX_SKILLS)
        .collect();
    let mentor_name: String = share::clean_text(&mentor.name)
        .chars()
        .take(MAX_NAME)
        .collect();
    let mentor_first = first_word(&mentor.name);
    let with = if mentor_first.is_empty() {
        String::new()
    } else {
        format!(" with {mentor_first} as my mentor")
    };
    let statement = if skills.is_empty() {
        format!("Grow in my career{with}")
    } else {
        format!("Grow in {}{with}", joined(&skills))
    };
    let statement: String = statement
        .chars()
        .take(crate::core::goals::goal::MAX_TEXT)
        .collect();
    let origin: String = format!("{ORIGIN_PREFIX}{}", share::clean_text(&mentee.id))
        .chars()
        .take(MAX_ORIGIN)
        .collect();
    let mentee_first = first_word(&mentee.name);
    SharedPlan {
        origin,
        goal: SharedGoal {
            aspiration: "Your programme's coordinator matched you with this mentor. Rewrite this goal in your own words, set your own deadline, and plan your first session.".into(),
            category: if skills.is_empty() {
                Category::CareerDevelopment
            } else {
                Category::SkillBuilding
            },
            statement,
            measure: None,
            deadline: today + Duration::days(TERM_DAYS),
            weekly_hours: 0.0,
            focus_skills: skills,
            milestones: Vec::new(),
            long_term: false,
        },
        agreement: None,
        schedule: None,
        sessions: Vec::new(),
        mentor_name: (!mentor_name.is_empty()).then_some(mentor_name),
        mentee_name: (!mentee_first.is_empty()).then_some(mentee_first),
        micro: None,
    }
}

/// The link's path and fragment, `/shared#v1.…`; the UI puts the page's origin in front.
pub fn mentee_link_path(mentee: &Mentee, mentor: &Mentor, today: NaiveDate) -> String {
    format!(
        "/shared#{}",
        share::encode(&mentee_plan(mentee, mentor, today))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::cohort::mentees;
    use crate::core::mentors::roster;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()
    }

    /// (mentee id, focus skills, mentor name) → (statement, category, mentee and mentor names).
    fn check(
        id: &str,
        name: &str,
        skills: &[&str],
        mentor: &str,
        want: (&str, Category, Option<&str>, Option<&str>),
    ) {
        let mut me = mentees::import_csv("id,name,languages,time_zone\nx,Ana Lima,English,UTC\n")
            .mentees
            .remove(0);
        me.id = id.into();
        me.name = name.into();
        me.needs.focus_skills = skills.iter().map(|s| s.to_string()).collect();
        let mut mo = roster::import_csv(include_str!("../../../data/roster-example.csv"))
            .mentors
            .remove(0);
        mo.name = mentor.into();
        let plan = mentee_plan(&me, &mo, today());
        assert_eq!(plan.validate(), Ok(()), "{id}");
        let got = (
            plan.goal.statement.as_str(),
            plan.goal.category,
            plan.mentee_name.as_deref(),
            plan.mentor_name.as_deref(),
        );
        assert_eq!(got, want, "{id}");
        assert_eq!(
            plan.goal.deadline,
            NaiveDate::from_ymd_opt(2027, 8, 30).unwrap()
        );
        assert!(is_cohort_plan(&plan));
        // The link reads back to the same plan with the current decoder.
        let path = mentee_link_path(&me, &mo, today());
        let fragment = path.strip_prefix("/shared#").unwrap();
        assert_eq!(share::decode(fragment).unwrap(), plan);
        // Saved from the link, the plan has the mentor chosen.
        let entry = plan.to_entry("g1");
        assert_eq!(
            entry.mentor.map(|m| m.name),
            plan.mentor_name.clone(),
            "{id}"
        );
    }

    #[test]
    fn plans_from_mentee_rows() {
        check(
            "lucia",
            "Lúcia Ferreira",
            &["product management", "career planning"],
            "Amara Okoye",
            (
                "Grow in product management and career planning with Amara as my mentor",
                Category::SkillBuilding,
                Some("Lúcia"),
                Some("Amara Okoye"),
            ),
        );
        check(
            "b",
            "Bo",
            &[],
            "Amara Okoye",
            (
                "Grow in my career with Amara as my mentor",
                Category::CareerDevelopment,
                Some("Bo"),
                Some("Amara Okoye"),
            ),
        );
        check(
            "c",
            "Cy Dee",
            &["a", "b", "c"],
            "Amara Okoye",
            (
                "Grow in a, b and c with Amara as my mentor",
                Category::SkillBuilding,
                Some("Cy"),
                Some("Amara Okoye"),
            ),
        );
        // Control characters never reach the link; an id longer than the origin cap is cut.
        let long = "x".repeat(400);
        let mut me = mentees::import_csv("id,name,languages,time_zone\nx,Ana,English,UTC\n")
            .mentees
            .remove(0);
        me.id = long;
        me.name = "\u{7}Eve\u{1b} Ray".into();
        me.needs.focus_skills = (0..20).map(|i| format!("skill {i}")).collect();
        let mo = roster::import_csv(include_str!("../../../data/roster-example.csv"))
            .mentors
            .remove(0);
        let plan = mentee_plan(&me, &mo, today());
        assert_eq!(plan.validate(), Ok(()));
        assert_eq!(plan.mentee_name.as_deref(), Some("Eve"));
        assert_eq!(plan.goal.focus_skills.len(), MAX_SKILLS);
        assert_eq!(plan.origin.chars().count(), MAX_ORIGIN);
    }
}
