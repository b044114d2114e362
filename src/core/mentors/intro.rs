//! The first message to a mentor: drafted from the goal's own statement, focus skills and
//! category, what the mentee asks of the mentor (in a form the mentor offers), a proposed
//! cadence at a time both are free, and a first-call agenda. The Mentors page shows it in an
//! editable box.
//!
//! Written to the mentor, in the mentee's voice: the reasons are said as "you work on …" and
//! "we both …" from the two profiles, never the mentee-facing sentences of the score
//! breakdown, and never the mentor's industry standing in for the goal's topic.

use crate::core::form::fmt_num;
use crate::core::goals::goal::{Category, GoalDraft};
use crate::core::mentors::directory::format_window;
use crate::core::mentors::mentor::{Format, Mentor, MentoringForm};
use crate::core::mentors::needs::{Needs, join_and};
use crate::core::mentors::reasons::format_phrase;
use crate::core::mentors::scoring::Breakdown;
use crate::core::mentors::skills::{self, SkillMatch};
use crate::core::time::datefmt;

/// What a goal of this category is about, after "help me with" / "what has helped you with".
fn category_topic(c: Category) -> &'static str {
    match c {
        Category::CareerDevelopment => "growing in my career",
        Category::SkillBuilding => "learning a new skill",
        Category::Leadership => "becoming a better leader",
        Category::CareerSwitch => "changing careers",
        Category::StartingBusiness => "starting a business",
        Category::ConfidenceWellbeing => "building confidence",
        Category::Networking => "building my network",
    }
}

/// The form to ask for: the mentee's when the mentor offers it (or nothing is known), else
/// the first the mentor offers (with `true`: it differs from what the mentee chose).
fn form_to_ask(mentor: &Mentor, needs: Option<&Needs>) -> (MentoringForm, bool) {
    let wanted = needs.map_or(MentoringForm::OneToOne, |n| n.form);
    if mentor.forms.is_empty() || mentor.forms.contains(&wanted) {
        (wanted, false)
    } else {
        (mentor.forms[0], true)
    }
}

/// Why this mentor, said to them: the goal's focus skills they work on, a shared industry, a
/// shared interest, shared free time (at most two).
fn why_you(
    mentor: &Mentor,
    skills: &[String],
    needs: Option<&Needs>,
    why: Option<&Breakdown>,
) -> Vec<String> {
    let mut out = Vec::new();
    let theirs: Vec<&str> = skills
        .iter()
        .map(String::as_str)
        .filter(|w| {
            mentor
                .skills
                .iter()
                .any(|s| skills::skill_match(w, s) == SkillMatch::Exact)
        })
        .collect();
    if !theirs.is_empty() {
        out.push(format!("you work on {}", join_and(&theirs)));
    }
    if let Some(n) = needs {
        let ind = mentor.industry.trim();
        if !ind.is_empty() && ind.eq_ignore_ascii_case(n.industry.trim()) {
            out.push(format!("we both work in {ind}"));
        }
        let shared: Vec<&str> = mentor
            .interests
            .iter()
            .map(|i| i.trim())
            .filter(|i| n.interests.iter().any(|x| x.trim().eq_ignore_ascii_case(i)))
            .collect();
        if let Some(first) = shared.first() {
            out.push(format!("we both enjoy {}", first.to_lowercase()));
        }
    }
    if why.is_some_and(|b| b.overlap.minutes > 0) {
        out.push("we are free at the same times".into());
    }
    out.truncate(2);
    out
}

/// The length of a mentoring session wherever Trellis proposes one: the introduction, the
/// agreement's default and the schedule's default all use it, so the plan agrees with itself.
pub const SESSION_MINUTES: u16 = 45;

/// A first message to a mentor, pre-filled from the goal (statement, measure, deadline, focus
/// skills, category), what the mentee asks of the mentor, a proposed cadence and a first-call
/// agenda.
pub fn draft_intro(
    goal: Option<&GoalDraft>,
    mentor: &Mentor,
    needs: Option<&Needs>,
    why: Option<&Breakdown>,
) -> String {
    let first = mentor
        .name
        .split_whitespace()
        .next()
        .unwrap_or(&mentor.name);
    let skills: Vec<String> = match goal {
        Some(g) => g.focus_skills.clone(),
        None => needs.map(|n| n.focus_skills.clone()).unwrap_or_default(),
    };
    let category = goal.and_then(|g| Category::from_key(g.category.trim()));
    // The goal's topic in the mentee's own words: its focus skills, else its category.
    let topic: Option<String> = if !skills.is_empty() {
        Some(join_and(&skills))
    } else {
        category.map(|c| category_topic(c).to_string())
    };
    let mut out = format!(
        "Hello {first},

"
    );
    match &topic {
        Some(t) => out.push_str(&format!(
            "I'm looking for a mentor to help me with {t}, and your profile stood out"
        )),
        None => out.push_str("I'm looking for a mentor, and your profile stood out"),
    }
    let reasons = why_you(mentor, &skills, needs, why);
    if reasons.is_empty() {
        out.push_str(".\n\n");
    } else {
        out.push_str(&format!(": {}.\n\n", join_and(&reasons)));
    }
    if let Some(g) = goal {
        if !g.statement.trim().is_empty() {
            out.push_str(&format!("My goal: {}\n", g.statement.trim()));
        }
        if let Ok(v) = g.validate() {
            if let Some(mm) = &v.measure {
                out.push_str(&format!(
                    "How I'll measure it: {} from {} to {} {}\n",
                    mm.metric,
                    fmt_num(mm.baseline),
                    fmt_num(mm.target),
                    mm.unit
                ));
            }
            out.push_str(&format!("Deadline: {}\n", datefmt::human_date(v.deadline)));
        } else if !g.deadline.trim().is_empty() {
            out.push_str(&format!("Deadline: {}\n", g.deadline.trim()));
        }
        if !skills.is_empty() {
            out.push_str(&format!("Focus skills: {}\n", skills.join(", ")));
        }
        out.push('\n');
    }
    let (form, switched) = form_to_ask(mentor, needs);
    let guidance = topic.clone().unwrap_or_else(|| "my goal".to_string());
    let helped = topic
        .clone()
        .unwrap_or_else(|| "a goal like mine".to_string());
    if switched {
        out.push_str(&format!(
            "I see you offer {}, so what I'm asking of you is {}: ",
            crate::core::mentors::reasons::form_phrase(form),
            ask_for(form)
        ));
    } else {
        out.push_str(&format!("What I'm asking of you: {}: ", ask_for(form)));
    }
    out.push_str(&format!(
        "guidance on {guidance}, honest feedback on my progress between calls, and what has helped you with {helped}.\n\n"
    ));
    let format = needs
        .and_then(|n| {
            n.formats
                .iter()
                .find(|f| mentor.formats.contains(f))
                .copied()
        })
        .or_else(|| mentor.formats.first().copied())
        .unwrap_or(Format::Video);
    let cadence = match form {
        MentoringForm::Micro => "three 30-minute conversations over the next six weeks".to_string(),
        _ => format!("every 2 weeks, {SESSION_MINUTES} minutes"),
    };
    out.push_str(&format!(
        "Proposed cadence: {cadence}, {}",
        format_phrase(format)
    ));
    if let Some(b) = why.filter(|b| !b.overlap.slots.is_empty()) {
        let slots: Vec<String> = b.overlap.slots.iter().take(3).map(format_window).collect();
        out.push_str(&format!(
            ", at a time we are both free (in my time zone: {})",
            slots.join(", ")
        ));
    }
    out.push_str(".\n\n");
    let focus = skills
        .first()
        .cloned()
        .or_else(|| category.map(|c| category_topic(c).to_string()))
        .unwrap_or_else(|| "my goal".into());
    let length = if form == MentoringForm::Micro {
        30
    } else {
        SESSION_MINUTES
    };
    out.push_str(&format!("Agenda for a first call ({length} minutes):\n"));
    if length == 30 {
        out.push_str("1. Introductions: what I hope to get from our conversations (5 min)\n");
        out.push_str("2. My goal and where I am now (5 min)\n");
        out.push_str(&format!(
            "3. Your view: what to focus on first in {focus} (15 min)\n"
        ));
        out.push_str("4. What I will try before our next conversation (5 min)\n\n");
    } else {
        out.push_str("1. Introductions: what we each hope to get from this (10 min)\n");
        out.push_str("2. My goal, where I am now and my milestones (10 min)\n");
        out.push_str(&format!(
            "3. Your view: what to focus on first in {focus} (15 min)\n"
        ));
        out.push_str(
            "4. How we work together: cadence, format and how I share progress (10 min)\n\n",
        );
    }
    out.push_str("Would you be open to a first call? Thank you for considering it.\n");
    out
}

/// What the mentee asks for, by mentoring form.
fn ask_for(form: MentoringForm) -> &'static str {
    match form {
        MentoringForm::OneToOne => "one-to-one mentoring",
        MentoringForm::Group => "a place in a mentoring group",
        MentoringForm::Peer => "peer mentoring, learning from each other",
        MentoringForm::Reverse => "reverse mentoring, where we learn from each other",
        MentoringForm::Micro => "a few short, focused conversations",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::mentors::mentor::Window;
    use crate::core::mentors::needs::{Criterion, Importance, MustHaves, Weights};
    use crate::core::mentors::scoring::explain;
    use chrono::NaiveDate;

    fn goal() -> GoalDraft {
        GoalDraft {
            statement: "Give 3 talks at meetups by 2027-06-30".into(),
            category: "skill".into(),
            metric: "talks given".into(),
            baseline: "0".into(),
            target: "3".into(),
            unit: "talks".into(),
            deadline: "2027-06-30".into(),
            weekly_hours: "3".into(),
            focus_skills: vec!["public speaking".into(), "storytelling".into()],
            ..GoalDraft::default()
        }
    }

    fn mentor() -> Mentor {
        let mut m = Mentor::known_by_name("m1", "Ada Okafor", "Europe/London");
        m.industry = " Media ".into();
        m.formats = vec![Format::InPerson, Format::Phone];
        m.skills = vec!["Public speaking".into()];
        m.languages = vec!["English".into()];
        m.capacity = 2;
        m.availability = vec![Window {
            day: 1,
            start_min: 18 * 60,
            end_min: 20 * 60,
        }];
        m
    }

    fn needs() -> Needs {
        let mut weights = Weights::default();
        for c in Criterion::ALL {
            weights.set(c, Importance::Somewhat);
        }
        Needs {
            focus_skills: vec!["public speaking".into(), "storytelling".into()],
            goal_category: None,
            industry: "Media".into(),
            stage: crate::core::mentors::mentor::CareerStage::Mid,
            languages: vec!["English".into()],
            time_zone: "Europe/London".into(),
            availability: vec![Window {
                day: 1,
                start_min: 17 * 60,
                end_min: 19 * 60,
            }],
            formats: vec![Format::Phone],
            form: MentoringForm::Group,
            learning_style: crate::core::mentors::mentor::Style::Supportive,
            interests: Vec::new(),
            wants_different_perspective: false,
            max_price: None,
            must: MustHaves::default(),
            weights,
            unsaid: Default::default(),
        }
    }

    /// What a draft must and must not say, for each combination of what is known.
    #[test]
    fn drafts_say_what_is_known_and_nothing_else() {
        let week = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let (g, m, n) = (goal(), mentor(), needs());
        let why = explain(&m, &n, week);
        let mut vague = goal();
        vague.deadline = "end of spring".into();
        vague.focus_skills.clear();
        let mut one_name = mentor();
        one_name.name = "Cher".into();
        one_name.industry.clear();
        one_name.formats.clear();
        type Case<'a> = (
            Option<&'a GoalDraft>,
            &'a Mentor,
            Option<&'a Needs>,
            Option<&'a Breakdown>,
            &'a [&'a str],
            &'a [&'a str],
        );
        let cases: [Case; 4] = [
            (
                Some(&g),
                &m,
                Some(&n),
                Some(&why),
                &[
                    "Hello Ada,\n\n",
                    "I'm looking for a mentor to help me with public speaking and storytelling, and your profile stood out: you work on public speaking and we both work in Media.\n\n",
                    "My goal: Give 3 talks at meetups by 2027-06-30\n",
                    "How I'll measure it: talks given from 0 to 3 talks\n",
                    "Deadline: 30 June 2027\n",
                    "Focus skills: public speaking, storytelling\n",
                    "What I'm asking of you: a place in a mentoring group: guidance on public speaking and storytelling,",
                    "what has helped you with public speaking and storytelling.",
                    "Proposed cadence: every 2 weeks, 45 minutes, by phone, at a time we are both free (in my time zone: Tue 18:00-19:00).",
                    "3. Your view: what to focus on first in public speaking (15 min)\n",
                    "Would you be open to a first call?",
                ],
                &["Hello Ada Okafor", "stood out.\n", "learned in", "media."],
            ),
            (
                None,
                &m,
                None,
                None,
                &[
                    "Hello Ada,\n\nI'm looking for a mentor, and your profile stood out.\n\n",
                    "What I'm asking of you: one-to-one mentoring: guidance on my goal,",
                    "every 2 weeks, 45 minutes, in person.",
                    "first in my goal (15 min)",
                ],
                &["My goal:", "Deadline:", "Focus skills:", "both free"],
            ),
            (
                Some(&vague),
                &one_name,
                Some(&n),
                None,
                &[
                    "Hello Cher,",
                    "My goal: Give 3 talks",
                    "Deadline: end of spring\n",
                    "help me with learning a new skill,",
                    "what has helped you with learning a new skill.",
                    "by video call.",
                ],
                &["How I'll measure it", "Focus skills:"],
            ),
            (
                Some(&GoalDraft::default()),
                &m,
                Some(&n),
                None,
                &["stood out: we both work in Media.\n\n\nWhat I'm asking"],
                &["My goal:", "Deadline:"],
            ),
        ];
        for (i, (goal, mentor, needs, why, has, lacks)) in cases.into_iter().enumerate() {
            let text = draft_intro(goal, mentor, needs, why);
            for s in has {
                assert!(text.contains(s), "case {i}: missing {s:?} in\n{text}");
            }
            for s in lacks {
                assert!(!text.contains(s), "case {i}: unexpected {s:?} in\n{text}");
            }
        }
    }

    /// Issue 13: a public-speaking goal is never "what you have learned in science &
    /// research", and a micro-mentoring-only mentor is not asked for one-to-one mentoring.
    #[test]
    fn asks_from_the_goal_and_in_a_form_the_mentor_offers() {
        let week = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let mut m = mentor();
        m.industry = "Science & research".into();
        m.forms = vec![MentoringForm::Micro];
        let mut n = needs();
        n.form = MentoringForm::OneToOne;
        let why = explain(&m, &n, week);
        let text = draft_intro(Some(&goal()), &m, Some(&n), Some(&why));
        for want in [
            "your profile stood out: you work on public speaking and we are free at the same times.",
            "I see you offer micro-mentoring, so what I'm asking of you is a few short, focused conversations: guidance on public speaking and storytelling",
            "what has helped you with public speaking and storytelling.",
            "Proposed cadence: three 30-minute conversations over the next six weeks, by phone",
            "Agenda for a first call (30 minutes):",
        ] {
            assert!(text.contains(want), "missing {want:?} in\n{text}");
        }
        for never in ["science", "one-to-one", "your goal", "focus skill of"] {
            assert!(!text.contains(never), "unexpected {never:?} in\n{text}");
        }
        // A goal without focus skills speaks of its category.
        let mut g = goal();
        g.focus_skills.clear();
        g.category = "leadership".into();
        let text = draft_intro(Some(&g), &m, Some(&n), None);
        assert!(
            text.contains("help me with becoming a better leader"),
            "{text}"
        );
        assert!(text.contains("first in becoming a better leader"), "{text}");
    }

    #[test]
    fn asks_by_form() {
        for (form, want) in [
            (MentoringForm::OneToOne, "one-to-one mentoring"),
            (MentoringForm::Group, "a place in a mentoring group"),
            (
                MentoringForm::Peer,
                "peer mentoring, learning from each other",
            ),
            (
                MentoringForm::Reverse,
                "reverse mentoring, where we learn from each other",
            ),
            (MentoringForm::Micro, "a few short, focused conversations"),
        ] {
            assert_eq!(ask_for(form), want);
        }
    }
}
