//! Ready-made SMART goals the wizard can start from. Each one is complete: [`Template::to_draft`]
//! gives a draft that [`crate::core::goals::smart::assess`] rates Met on every letter.

use crate::core::form::fmt_num;
use crate::core::goals::goal::{Category, GoalDraft, MilestoneDraft};
use chrono::{Days, NaiveDate};

/// One ready-made goal.
#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    /// Stable id, stored in [`GoalDraft::template`].
    pub id: &'static str,
    pub title: &'static str,
    /// One line shown under the title.
    pub blurb: &'static str,
    pub aspiration: &'static str,
    pub category: Category,
    /// The SMART statement, with numbers and a relative time frame.
    pub statement: &'static str,
    pub metric: &'static str,
    pub baseline: f64,
    pub target: f64,
    pub unit: &'static str,
    /// Deadline = today + this many weeks.
    pub weeks: u32,
    pub weekly_hours: f32,
    pub focus_skills: &'static [&'static str],
    /// Milestone titles with their offset from today, in weeks. The last one is at `weeks`.
    pub milestones: &'static [(&'static str, u32)],
}

static TEMPLATES: [Template; 8] = [
    Template {
        id: "promotion",
        title: "Land a promotion",
        blurb: "Build the case for the next level, then ask for it.",
        aspiration: "Grow into a senior role where I lead bigger projects and get promoted",
        category: Category::CareerDevelopment,
        statement: "Get promoted to senior by leading 2 visible projects and presenting my \
                    promotion case to my manager within 9 months.",
        metric: "visible projects led",
        baseline: 0.0,
        target: 2.0,
        unit: "projects",
        weeks: 39,
        weekly_hours: 4.0,
        focus_skills: &[
            "career planning",
            "stakeholder management",
            "negotiation",
            "presentation skills",
        ],
        milestones: &[
            ("Promotion criteria agreed with my manager", 2),
            ("First visible project kicked off", 6),
            ("First project delivered", 18),
            ("Second project delivered", 32),
            ("Promotion case presented", 39),
        ],
    },
    Template {
        id: "career-switch",
        title: "Switch career",
        blurb: "Move into a new field with proof of work and real conversations.",
        aspiration: "Move into product management, where I can shape what gets built",
        category: Category::CareerSwitch,
        statement: "Land a product manager role by writing 2 portfolio case studies, holding \
                    10 informational interviews and applying to 15 roles within 6 months.",
        metric: "roles applied to",
        baseline: 0.0,
        target: 15.0,
        unit: "applications",
        weeks: 26,
        weekly_hours: 5.0,
        focus_skills: &[
            "product management",
            "career planning",
            "networking",
            "interviewing",
        ],
        milestones: &[
            ("Two case studies written", 6),
            ("Five informational interviews held", 10),
            ("Ten informational interviews held", 14),
            ("Fifteen applications sent", 20),
            ("Offer accepted", 26),
        ],
    },
    Template {
        id: "learn-python",
        title: "Learn Python",
        blurb: "Go from basics to three small projects you can show.",
        aspiration: "Learn Python well enough to automate the boring parts of my work",
        category: Category::SkillBuilding,
        statement: "Build and publish 3 small Python projects on GitHub, including one that \
                    automates a task at work, within 12 weeks.",
        metric: "projects published",
        baseline: 0.0,
        target: 3.0,
        unit: "projects",
        weeks: 12,
        weekly_hours: 5.0,
        focus_skills: &["python", "automation", "problem solving"],
        milestones: &[
            ("Python basics course finished", 3),
            ("First project published", 6),
            ("Second project published", 9),
            ("Third project published", 12),
        ],
    },
    Template {
        id: "start-business",
        title: "Start a business",
        blurb: "Test an idea with real customers before going all in.",
        aspiration: "Run a business of my own with paying customers who love what I make",
        category: Category::StartingBusiness,
        statement: "Launch an MVP and sign up 10 paying customers within 6 months.",
        metric: "paying customers",
        baseline: 0.0,
        target: 10.0,
        unit: "customers",
        weeks: 26,
        weekly_hours: 8.0,
        focus_skills: &["product management", "sales", "marketing", "fundraising"],
        milestones: &[
            ("20 customer interviews done", 4),
            ("MVP launched", 10),
            ("First paying customer", 14),
            ("5 paying customers", 20),
            ("10 paying customers", 26),
        ],
    },
    Template {
        id: "public-speaking",
        title: "Speak in public",
        blurb: "Three real talks, from outline to applause.",
        aspiration: "Become a confident speaker who gives talks that people remember",
        category: Category::SkillBuilding,
        statement: "Give 3 talks at meetups or company events within 6 months, each at least \
                    10 minutes long.",
        metric: "talks given",
        baseline: 0.0,
        target: 3.0,
        unit: "talks",
        weeks: 26,
        weekly_hours: 3.0,
        focus_skills: &["public speaking", "presentation skills", "storytelling"],
        milestones: &[
            ("Topic chosen and outline written", 3),
            ("First talk given", 10),
            ("Second talk given", 18),
            ("Third talk given", 26),
        ],
    },
    Template {
        id: "first-time-lead",
        title: "Lead a team for the first time",
        blurb: "Set up the habits of a manager people trust.",
        aspiration: "Become a manager my team trusts, helping each report grow",
        category: Category::Leadership,
        statement: "Hold a one-on-one with each of my 4 direct reports every 2 weeks and agree \
                    a written growth plan with all 4 within 3 months.",
        metric: "growth plans agreed",
        baseline: 0.0,
        target: 4.0,
        unit: "plans",
        weeks: 13,
        weekly_hours: 4.0,
        focus_skills: &["people management", "feedback", "coaching", "delegation"],
        milestones: &[
            ("One-on-ones scheduled with everyone", 1),
            ("Each report's goals written down", 4),
            ("Two growth plans agreed", 8),
            ("All four growth plans agreed", 13),
        ],
    },
    Template {
        id: "networking",
        title: "Grow your network",
        blurb: "Meet people in your field, one coffee at a time.",
        aspiration: "Build a network of people in my field I can learn from and help",
        category: Category::Networking,
        statement: "Have 12 coffee chats with people in my field and attend 3 industry events \
                    within 4 months.",
        metric: "coffee chats",
        baseline: 0.0,
        target: 12.0,
        unit: "chats",
        weeks: 17,
        weekly_hours: 3.0,
        focus_skills: &["networking", "communication", "personal branding"],
        milestones: &[
            ("List of 20 people to contact", 1),
            ("First 4 coffee chats", 5),
            ("First industry event attended", 8),
            ("8 coffee chats", 12),
            ("12 coffee chats and 3 events", 17),
        ],
    },
    Template {
        id: "confidence",
        title: "Speak up with confidence",
        blurb: "Share your work out loud and keep track of what goes well.",
        aspiration: "Feel confident sharing my ideas and work at team meetings",
        category: Category::ConfidenceWellbeing,
        statement: "Present my work in 6 team meetings and write down 3 wins each week in a \
                    journal within 10 weeks.",
        metric: "meetings where I presented",
        baseline: 0.0,
        target: 6.0,
        unit: "meetings",
        weeks: 10,
        weekly_hours: 2.0,
        focus_skills: &["confidence", "communication", "presentation skills"],
        milestones: &[
            ("Wins journal started", 1),
            ("First work presented", 3),
            ("Presented in three meetings", 6),
            ("Presented in six meetings", 10),
        ],
    },
];

/// Every template, in display order.
pub fn all() -> &'static [Template] {
    &TEMPLATES
}

/// The template with this id.
pub fn find(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}

fn iso(d: NaiveDate) -> String {
    d.to_string()
}

fn plus_weeks(today: NaiveDate, weeks: u32) -> NaiveDate {
    today
        .checked_add_days(Days::new(u64::from(weeks) * 7))
        .unwrap_or(today)
}

impl Template {
    /// today + [`Template::weeks`].
    pub fn deadline(&self, today: NaiveDate) -> NaiveDate {
        plus_weeks(today, self.weeks)
    }

    /// A complete draft starting today.
    pub fn to_draft(&self, today: NaiveDate) -> GoalDraft {
        GoalDraft {
            aspiration: self.aspiration.to_string(),
            category: self.category.key().to_string(),
            statement: self.statement.to_string(),
            metric: self.metric.to_string(),
            baseline: fmt_num(self.baseline),
            target: fmt_num(self.target),
            unit: self.unit.to_string(),
            deadline: iso(self.deadline(today)),
            weekly_hours: fmt_num(f64::from(self.weekly_hours)),
            focus_skills: self.focus_skills.iter().map(|s| s.to_string()).collect(),
            milestones: self
                .milestones
                .iter()
                .map(|&(title, w)| MilestoneDraft {
                    title: title.to_string(),
                    target: iso(plus_weeks(today, w)),
                    done: String::new(),
                })
                .collect(),
            long_term: self.weeks >= 52,
            template: Some(self.id.to_string()),
        }
    }

    /// True if `d` is this template's draft, untouched apart from dates.
    fn is_untouched(&self, d: &GoalDraft) -> bool {
        d.aspiration == self.aspiration
            && d.category == self.category.key()
            && d.statement == self.statement
            && d.metric == self.metric
            && d.baseline == fmt_num(self.baseline)
            && d.target == fmt_num(self.target)
            && d.unit == self.unit
            && d.weekly_hours == fmt_num(f64::from(self.weekly_hours))
            && d.focus_skills
                .iter()
                .map(String::as_str)
                .eq(self.focus_skills.iter().copied())
            && d.milestones
                .iter()
                .map(|m| m.title.as_str())
                .eq(self.milestones.iter().map(|m| m.0))
            && d.milestones.iter().all(|m| m.done.trim().is_empty())
    }
}

/// True if the user has typed anything worth keeping, so the UI should ask before a template
/// overwrites the draft. A draft that is still exactly a template (only dates differ) or only
/// has a category or the long-term switch set is not "in progress".
pub fn draft_in_progress(d: &GoalDraft) -> bool {
    if let Some(t) = d.template.as_deref().and_then(find)
        && t.is_untouched(d)
    {
        return false;
    }
    let filled = |s: &str| !s.trim().is_empty();
    filled(&d.aspiration)
        || filled(&d.statement)
        || filled(&d.metric)
        || filled(&d.baseline)
        || filled(&d.target)
        || filled(&d.unit)
        || filled(&d.deadline)
        || filled(&d.weekly_hours)
        || d.focus_skills.iter().any(|s| filled(s))
        || d.milestones
            .iter()
            .any(|m| filled(&m.title) || filled(&m.target) || filled(&m.done))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::goals::smart::{Verdict, assess};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn every_template_is_all_met_and_valid() {
        assert!(all().len() >= 6);
        for t in all() {
            for today in [
                today(),
                NaiveDate::from_ymd_opt(2027, 1, 31).unwrap(),
                NaiveDate::from_ymd_opt(2028, 2, 29).unwrap(),
            ] {
                let d = t.to_draft(today);
                let a = assess(&d, today);
                for c in &a.checks {
                    assert_eq!(
                        c.verdict,
                        Verdict::Met,
                        "{} {:?}: {}",
                        t.id,
                        c.letter,
                        c.reason
                    );
                }
                assert_eq!(a.score(), 5.0);
                assert!(!a.offer_deadline, "{}", t.id);
                let goal = d.validate().unwrap_or_else(|e| panic!("{}: {e:?}", t.id));
                assert_eq!(goal.deadline, t.deadline(today));
            }
        }
    }

    #[test]
    fn templates_are_well_formed() {
        let mut ids: Vec<&str> = all().iter().map(|t| t.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all().len());
        for t in all() {
            assert!((3..=5).contains(&t.focus_skills.len()), "{}", t.id);
            assert!((3..=6).contains(&t.milestones.len()), "{}", t.id);
            assert_eq!(t.milestones.last().unwrap().1, t.weeks, "{}", t.id);
            assert!(t.milestones.windows(2).all(|w| w[0].1 < w[1].1), "{}", t.id);
            assert_eq!(find(t.id), Some(t));
        }
        assert_eq!(find("nope"), None);
        let d = find("public-speaking").unwrap().to_draft(today());
        assert_eq!(d.deadline, "2027-05-23");
        assert_eq!(d.milestones[1].target, "2027-01-31");
        assert_eq!(d.target, "3");
        assert_eq!(d.weekly_hours, "3");
    }

    #[test]
    fn in_progress_detection() {
        assert!(!draft_in_progress(&GoalDraft::default()));
        let only_category = GoalDraft {
            category: "skill".into(),
            long_term: true,
            focus_skills: vec![" ".into()],
            ..GoalDraft::default()
        };
        assert!(!draft_in_progress(&only_category));
        let typed = GoalDraft {
            statement: "Give a talk".into(),
            ..GoalDraft::default()
        };
        assert!(draft_in_progress(&typed));
        let t = find("learn-python").unwrap();
        let mut d = t.to_draft(today());
        assert!(!draft_in_progress(&d), "untouched template");
        d.deadline = "2030-01-01".into();
        assert!(!draft_in_progress(&d), "dates alone do not count");
        d.statement.push_str(" And Rust.");
        assert!(draft_in_progress(&d));
        let mut d = t.to_draft(today());
        d.milestones[0].done = "2026-12-01".into();
        assert!(draft_in_progress(&d));
    }
}
