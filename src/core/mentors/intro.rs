//! The first message to a mentor: drafted from the goal, what the mentee asks of the mentor,
//! a proposed cadence at a time both are free, and a first-call agenda. The Mentors page
//! shows it in an editable box.

use crate::core::form::fmt_num;
use crate::core::goals::goal::GoalDraft;
use crate::core::mentors::directory::format_window;
use crate::core::mentors::mentor::{Format, Mentor, MentoringForm};
use crate::core::mentors::needs::Needs;
use crate::core::mentors::scoring::Breakdown;
use crate::core::time::datefmt;

/// A first message to a mentor, pre-filled from the goal (statement, measure, deadline, focus
/// skills), what the mentee asks of the mentor, a proposed cadence and a first-call agenda.
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
    let mut out = format!("Hello {first},\n\n");
    out.push_str("I'm looking for a mentor, and your profile stood out");
    let reasons: Vec<String> = why
        .map(|b| {
            let mut c: Vec<_> = b.contributions.iter().filter(|c| c.points > 0).collect();
            crate::core::sorting::sort_by_key(&mut c, |c| std::cmp::Reverse(c.points));
            c.iter().take(2).map(|c| lower_first(&c.reason)).collect()
        })
        .unwrap_or_default();
    if reasons.is_empty() {
        out.push_str(".\n\n");
    } else {
        out.push_str(&format!(" ({}).\n\n", reasons.join("; ")));
    }
    let skills: Vec<String> = goal.map(|g| g.focus_skills.clone()).unwrap_or_default();
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
    let form = needs.map_or(MentoringForm::OneToOne, |n| n.form);
    let skill_text = if skills.is_empty() {
        "my goal".to_string()
    } else {
        skills.join(" and ")
    };
    out.push_str(&format!(
        "What I'm asking of you: {}: guidance on {skill_text}, honest feedback on my progress between calls, and what you have learned in {}.\n\n",
        ask_for(form),
        if mentor.industry.trim().is_empty() {
            "your career".to_string()
        } else {
            mentor.industry.trim().to_lowercase()
        }
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
    out.push_str(&format!(
        "Proposed cadence: every 2 weeks, 45 minutes, by {}",
        format.label().to_lowercase()
    ));
    if let Some(b) = why.filter(|b| !b.overlap.slots.is_empty()) {
        let slots: Vec<String> = b.overlap.slots.iter().take(3).map(format_window).collect();
        out.push_str(&format!(
            ", at a time we are both free (in my time zone: {})",
            slots.join(", ")
        ));
    }
    out.push_str(".\n\n");
    let focus = skills.first().cloned().unwrap_or_else(|| "my goal".into());
    out.push_str("Agenda for a first call (45 minutes):\n");
    out.push_str("1. Introductions: what we each hope to get from this (10 min)\n");
    out.push_str("2. My goal, where I am now and my milestones (10 min)\n");
    out.push_str(&format!(
        "3. Your view: what to focus on first in {focus} (15 min)\n"
    ));
    out.push_str("4. How we work together: cadence, format and how I share progress (10 min)\n\n");
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

/// "Same industry: Media" → "same industry: Media".
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
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
                    "your profile stood out (",
                    "My goal: Give 3 talks at meetups by 2027-06-30\n",
                    "How I'll measure it: talks given from 0 to 3 talks\n",
                    "Deadline: 30 June 2027\n",
                    "Focus skills: public speaking, storytelling\n",
                    "What I'm asking of you: a place in a mentoring group: guidance on public speaking and storytelling,",
                    "what you have learned in media.",
                    "Proposed cadence: every 2 weeks, 45 minutes, by phone, at a time we are both free (in my time zone: Tue 18:00-19:00).",
                    "3. Your view: what to focus on first in public speaking (15 min)\n",
                    "Would you be open to a first call?",
                ],
                &["Hello Ada Okafor", "stood out.\n"],
            ),
            (
                None,
                &m,
                None,
                None,
                &[
                    "Hello Ada,\n\nI'm looking for a mentor, and your profile stood out.\n\n",
                    "What I'm asking of you: one-to-one mentoring: guidance on my goal,",
                    "by in person.",
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
                    "learned in your career.",
                    "by video call.",
                ],
                &["How I'll measure it", "Focus skills:"],
            ),
            (
                Some(&GoalDraft::default()),
                &m,
                Some(&n),
                None,
                &["stood out.\n\n\nWhat I'm asking"],
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

    #[test]
    fn the_top_two_reasons_open_in_lower_case() {
        let week = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let why = explain(&mentor(), &needs(), week);
        let text = draft_intro(None, &mentor(), Some(&needs()), Some(&why));
        let open = text.find("stood out (").unwrap() + "stood out (".len();
        let close = text[open..].find(").").unwrap() + open;
        let reasons: Vec<&str> = text[open..close].split("; ").collect();
        assert_eq!(reasons.len(), 2, "{text}");
        for r in reasons {
            assert!(r.starts_with(|c: char| !c.is_uppercase()), "{r}");
        }
    }

    #[test]
    fn asks_by_form_and_lower_first() {
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
        for (s, want) in [
            ("Same industry: Media", "same industry: Media"),
            ("", ""),
            ("Émile", "émile"),
            ("already", "already"),
        ] {
            assert_eq!(lower_first(s), want);
        }
    }
}
