//! "Copy as a prompt": the mentee's plan turned into a structured prompt for any AI assistant
//! (the seeds' "AI mentor"). The prompt states the role to play, then the goal with its SMART
//! check, the milestones, where the mentee stands, the next session's agenda, the open action
//! items and the help wanted. The mentee chooses which parts go in ([`PromptParts`]), as in the
//! share dialog. A mentee without a mentor yet gets a prompt to prepare the first conversation.
//!
//! Trellis sends the prompt nowhere: the UI only shows it and copies it to the clipboard.
//! Never in a prompt: private session notes, feedback, the fit check, wins, the shortlist, the
//! mentee's name; the mentor's name only when the mentee includes it ([`Part::MentorName`]).
//!
//! Pure: "today" comes in as data. The text is plain Markdown (headings and lists), which
//! every assistant reads; `tests/prompt_snapshots.rs` pins it for the reference plans.

use chrono::NaiveDate;

use crate::core::goals::goal::{Goal, Milestone};
use crate::core::goals::smart::{self, Verdict};
use crate::core::sessions::agenda;
use crate::core::sessions::plan::{Mentorship, Owner, SessionStatus};
use crate::core::store::GoalEntry;
use crate::core::time::datefmt::{day_date, hm, human_date};

/// Longest own question kept in a prompt, in characters (the rest is cut with "…").
pub const MAX_QUESTION: usize = 1_000;

/// A part of the plan the mentee may leave out of the prompt. The goal and the help wanted are
/// always in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// The SMART check of the goal, letter by letter.
    Smart,
    Milestones,
    /// Counts and dates: milestones done and overdue, sessions held, action items done.
    Standing,
    /// The next planned session and its agenda.
    NextSession,
    /// Action items not done yet, both sides'.
    Actions,
    /// The mentor's name (else "my mentor").
    MentorName,
}

impl Part {
    /// Every part, in the order of the prompt and of the dialog's checkboxes.
    pub const ALL: [Part; 6] = [
        Part::Smart,
        Part::Milestones,
        Part::Standing,
        Part::NextSession,
        Part::Actions,
        Part::MentorName,
    ];

    /// The checkbox label.
    pub fn label(self) -> &'static str {
        match self {
            Part::Smart => "SMART check of the goal",
            Part::Milestones => "Milestones",
            Part::Standing => "Where you stand",
            Part::NextSession => "Next session and its agenda",
            Part::Actions => "Open action items",
            Part::MentorName => "Your mentor's name",
        }
    }

    /// A stable id for the checkbox (`prompt-<key>`).
    pub fn id(self) -> &'static str {
        match self {
            Part::Smart => "prompt-smart",
            Part::Milestones => "prompt-milestones",
            Part::Standing => "prompt-standing",
            Part::NextSession => "prompt-next",
            Part::Actions => "prompt-actions",
            Part::MentorName => "prompt-mentor",
        }
    }

    /// Whether the part is ticked before the mentee chooses: all but the mentor's name, which
    /// stays out of a text meant for a third party unless the mentee puts it in.
    pub fn default_on(self) -> bool {
        self != Part::MentorName
    }
}

/// What the mentee asks the assistant for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ask {
    /// No mentor yet: prepare the first conversation with a possible mentor.
    FirstConversation,
    /// Prepare the next session with the mentor.
    NextSession,
    /// Review the plan: gaps, realism, the next two weeks.
    ReviewPlan,
}

impl Ask {
    /// Every ask, in the order the dialog offers them.
    pub const ALL: [Ask; 3] = [Ask::FirstConversation, Ask::NextSession, Ask::ReviewPlan];

    /// The option's label.
    pub fn label(self) -> &'static str {
        match self {
            Ask::FirstConversation => "Prepare to meet a mentor",
            Ask::NextSession => "Prepare my next session",
            Ask::ReviewPlan => "Review my plan",
        }
    }

    /// Stable key (the option's value).
    pub fn key(self) -> &'static str {
        match self {
            Ask::FirstConversation => "first",
            Ask::NextSession => "next",
            Ask::ReviewPlan => "review",
        }
    }

    /// Inverse of [`Ask::key`].
    pub fn from_key(key: &str) -> Option<Ask> {
        Ask::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// The mentee's choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PromptParts {
    /// Parts left out (a part the plan does not have is left out anyway).
    pub left_out: Vec<Part>,
    pub ask: Ask,
    /// The mentee's own question, added to the help wanted (empty = none).
    pub question: String,
}

impl PromptParts {
    /// The defaults for `entry`: every part but the mentor's name, and [`default_ask`].
    pub fn defaults(entry: &GoalEntry, today: NaiveDate) -> PromptParts {
        PromptParts {
            left_out: Part::ALL.into_iter().filter(|p| !p.default_on()).collect(),
            ask: default_ask(entry, today),
            question: String::new(),
        }
    }

    /// Whether `part` is chosen.
    pub fn includes(&self, part: Part) -> bool {
        !self.left_out.contains(&part)
    }
}

/// The mentor's name, from the chosen mentor or the agreement; `None` without a mentor.
pub fn mentor_name(entry: &GoalEntry) -> Option<String> {
    entry
        .mentor
        .as_ref()
        .map(|m| m.name.trim().to_string())
        .or_else(|| {
            entry
                .mentorship
                .as_ref()
                .and_then(|m| m.agreement.as_ref())
                .map(|a| a.mentor_name.trim().to_string())
        })
        .filter(|n| !n.is_empty())
}

/// The next session to prepare: the first planned one dated today or later.
fn next_session(
    m: &Mentorship,
    today: NaiveDate,
) -> Option<(usize, &crate::core::sessions::plan::Session)> {
    m.sessions
        .iter()
        .enumerate()
        .find(|(_, s)| s.status == SessionStatus::Planned && s.date >= today)
}

/// What to ask for when the mentee has not chosen: the first conversation without a mentor,
/// the next session when one is planned, else a review of the plan.
pub fn default_ask(entry: &GoalEntry, today: NaiveDate) -> Ask {
    if mentor_name(entry).is_none() {
        Ask::FirstConversation
    } else if entry
        .mentorship
        .as_ref()
        .is_some_and(|m| next_session(m, today).is_some())
    {
        Ask::NextSession
    } else {
        Ask::ReviewPlan
    }
}

/// The parts `entry` has something for on `today` (the dialog offers a checkbox for these
/// only). The SMART check is always there.
pub fn offered(entry: &GoalEntry, today: NaiveDate) -> Vec<Part> {
    let m = entry.mentorship.as_ref();
    Part::ALL
        .into_iter()
        .filter(|p| match p {
            Part::Smart | Part::Standing => true,
            Part::Milestones => !entry.draft.milestones.is_empty(),
            Part::NextSession => m.is_some_and(|m| next_session(m, today).is_some()),
            Part::Actions => m.is_some_and(|m| m.action_items().any(|(_, a)| !a.done)),
            Part::MentorName => mentor_name(entry).is_some(),
        })
        .collect()
}

/// Why no prompt can be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PromptError {
    /// The goal does not validate yet; the prompt needs a complete goal.
    UnfinishedGoal,
}

impl std::fmt::Display for PromptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PromptError::UnfinishedGoal => {
                f.write_str("Finish your goal first: the prompt is built from a complete goal.")
            }
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "in 3 days", "today", "3 days ago".
fn days_from(today: NaiveDate, d: NaiveDate) -> String {
    let n = (d - today).num_days();
    match n {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        -1 => "yesterday".to_string(),
        n if n > 0 => format!("in {n} days"),
        n => format!("{} days ago", -n),
    }
}

/// A number as typed: "3", "2.5".
fn num(v: f64) -> String {
    format!("{v}")
}

/// Text from the mentee on one line, cut at `max` characters.
fn one_line(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > max {
        let cut: String = s.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    } else {
        s
    }
}

fn role(goal: &Goal, mentor: &str, has_mentor: bool) -> String {
    let area = goal.category.label().to_lowercase();
    let purpose = goal.category.purpose();
    let who = if has_mentor {
        let named = if mentor == "my mentor" {
            String::new()
        } else {
            format!(" ({mentor})")
        };
        format!(
            "I have a mentor{named}; you are a second, independent voice who helps me get the most out of our sessions, not a replacement."
        )
    } else {
        "I do not have a mentor yet.".to_string()
    };
    format!(
        "You are an experienced, supportive mentor for {area} goals ({purpose}). {who} \
         Work only from what I write below and ask me when you need something that is missing. \
         Be concrete and brief, and suggest rather than decide for me. This plan comes from \
         Trellis, a mentoring planner; its SMART check is a rule-based check, not a person's \
         judgement, so tell me when you disagree with it."
    )
}

fn help(ask: Ask, mentor: &str, has_mentor: bool, next: Option<&str>) -> String {
    match ask {
        Ask::FirstConversation => format!(
            "Help me prepare my first conversation with {}:\n\
             1. A two-minute introduction of my goal in my own words, with what I have tried so far.\n\
             2. Five questions that show whether we would work well together.\n\
             3. A clear request: what I ask for (how often, how long, in which form) and for how long.\n\
             4. What I should do before the conversation.",
            if has_mentor {
                mentor
            } else {
                "a possible mentor"
            }
        ),
        Ask::NextSession => {
            let when = next.map(|w| format!(" ({w})")).unwrap_or_default();
            format!(
                "Help me prepare my next session with {mentor}{when}:\n\
                 1. Which agenda item matters most right now, and why.\n\
                 2. Three questions to ask {mentor}.\n\
                 3. What I can still do before the session, given my open action items.\n\
                 4. Anything missing from the agenda."
            )
        }
        Ask::ReviewPlan => format!(
            "Review my plan as an experienced mentor would:\n\
             1. What is unclear, missing or unrealistic in the goal and the milestones.\n\
             2. The most useful thing to do in the next two weeks.\n\
             3. What to ask {mentor} for."
        ),
    }
}

fn micro_help(mentor: &str, next: Option<&str>) -> String {
    let when = next.map(|w| format!(" ({w})")).unwrap_or_default();
    format!(
        "Help me get the most out of one short conversation with {mentor}{when}:\n\
         1. My question and its context said in under two minutes.\n\
         2. What to have ready so the advice fits my situation.\n\
         3. Whether my follow-up is a concrete first step, and what to report back.\n\
         4. What to leave for another time."
    )
}

fn milestone_line(i: usize, ms: &Milestone, today: NaiveDate) -> String {
    let state = match ms.done {
        Some(d) => format!("done {}", human_date(d)),
        None if ms.target < today => "open, overdue".to_string(),
        None => "open".to_string(),
    };
    format!(
        "{}. {} — due {} — {state}",
        i + 1,
        one_line(&ms.title, 200),
        human_date(ms.target)
    )
}

/// The prompt for `entry` on `today` with the mentee's choices, or why there is none.
pub fn build(
    entry: &GoalEntry,
    parts: &PromptParts,
    today: NaiveDate,
) -> Result<String, PromptError> {
    let goal = entry
        .draft
        .validate()
        .map_err(|_| PromptError::UnfinishedGoal)?;
    let offered = offered(entry, today);
    let on = |p: Part| parts.includes(p) && offered.contains(&p);
    let has_mentor = mentor_name(entry).is_some();
    let mentor = match mentor_name(entry) {
        Some(n) if on(Part::MentorName) => one_line(&n, 100),
        _ if has_mentor => "my mentor".to_string(),
        _ => "a mentor".to_string(),
    };
    let m = entry.mentorship.as_ref();
    let zone = m.and_then(|m| m.rule.as_ref()).map(|r| r.zone.clone());
    let next = m.and_then(|m| next_session(m, today).map(|(i, s)| (m, i, s)));
    let next_when = next.map(|(_, i, s)| {
        format!(
            "session {}, {}, {}{}",
            i + 1,
            day_date(s.date),
            hm(&s.local_time),
            zone.as_deref().map(|z| format!(" {z}")).unwrap_or_default()
        )
    });

    let mut out = String::new();
    let mut section = |title: &str, body: String| {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str("## ");
        out.push_str(title);
        out.push('\n');
        out.push_str(body.trim_end());
        out.push('\n');
    };

    let micro = m.and_then(|m| m.micro.as_ref());
    let mut r = role(&goal, &mentor, has_mentor);
    if micro.is_some() {
        let minutes = m
            .and_then(|m| m.sessions.first())
            .map(|s| format!("{}-minute ", s.minutes))
            .unwrap_or_default();
        r.push_str(&format!(
            " This is a one-off micro-mentoring conversation: one focused question in one {minutes}session with {mentor}, not an ongoing mentorship, so keep to that question."
        ));
    }
    section("Your role", r);

    let mut g = vec![format!("Goal: {}", one_line(&goal.statement, 2_000))];
    if !goal.aspiration.trim().is_empty() {
        g.push(format!(
            "Why it matters to me: {}",
            one_line(&goal.aspiration, 2_000)
        ));
    }
    g.push(format!("Area: {}", goal.category.label()));
    if let Some(ms) = &goal.measure {
        let unit = if ms.unit.trim().is_empty() {
            String::new()
        } else {
            format!(" {}", one_line(&ms.unit, 60))
        };
        g.push(format!(
            "How I measure it: {}, from {} to {}{unit}",
            one_line(&ms.metric, 200),
            num(ms.baseline),
            num(ms.target)
        ));
    }
    g.push(format!(
        "Deadline: {} ({})",
        human_date(goal.deadline),
        days_from(today, goal.deadline)
    ));
    g.push(format!(
        "Time I can give: {} hours a week",
        num(f64::from(goal.weekly_hours))
    ));
    if !goal.focus_skills.is_empty() {
        let skills: Vec<String> = goal.focus_skills.iter().map(|s| one_line(s, 100)).collect();
        g.push(format!("Skills I want to build: {}", skills.join(", ")));
    }
    section("My goal", g.join("\n"));

    if let Some(mi) = micro {
        section(
            "My question for the micro-mentoring session",
            format!(
                "Question: {}\nWhat I plan to do after it: {} (I report back by {}, {})",
                one_line(&mi.question, 400),
                one_line(&mi.follow_up, 400),
                human_date(mi.report_by),
                days_from(today, mi.report_by)
            ),
        );
    }

    if on(Part::Smart) {
        let a = smart::assess(&entry.draft, today);
        let mut lines = vec![format!("Score: {} of 5", num(f64::from(a.score())))];
        for c in &a.checks {
            let verdict = match c.verdict {
                Verdict::Met => "met",
                Verdict::Partly => "partly met",
                Verdict::Missing => "missing",
            };
            let mut line = format!("- {}: {verdict}. {}", c.letter.name(), c.reason.trim());
            if let Some(s) = &c.suggestion {
                line.push_str(&format!(" Suggestion: {}", s.trim()));
            }
            lines.push(line);
        }
        section("SMART check of my goal", lines.join("\n"));
    }

    if on(Part::Milestones) {
        let lines: Vec<String> = goal
            .milestones
            .iter()
            .enumerate()
            .map(|(i, ms)| milestone_line(i, ms, today))
            .collect();
        section("Milestones", lines.join("\n"));
    }

    if on(Part::Standing) {
        let mut lines = vec![format!("- Today is {}.", day_date(today))];
        let total = goal.milestones.len();
        if total > 0 {
            let done = goal
                .milestones
                .iter()
                .filter(|ms| ms.done.is_some())
                .count();
            lines.push(format!(
                "- {done} of {} done.",
                plural(total, "milestone", "milestones")
            ));
            let overdue: Vec<&Milestone> = goal
                .milestones
                .iter()
                .filter(|ms| ms.done.is_none() && ms.target < today)
                .collect();
            if !overdue.is_empty() {
                let names: Vec<String> = overdue
                    .iter()
                    .map(|ms| {
                        format!(
                            "“{}” (due {})",
                            one_line(&ms.title, 200),
                            human_date(ms.target)
                        )
                    })
                    .collect();
                lines.push(format!("- Overdue: {}.", names.join(", ")));
            }
            if let Some(cur) = agenda::current_milestone(&goal, today) {
                lines.push(format!(
                    "- Working on: “{}”, due {} ({}).",
                    one_line(&cur.title, 200),
                    human_date(cur.target),
                    days_from(today, cur.target)
                ));
            }
        }
        match m {
            Some(m) if m.active_sessions().next().is_some() => {
                let active: Vec<_> = m.active_sessions().collect();
                let held = active
                    .iter()
                    .filter(|s| s.status == SessionStatus::Held)
                    .count();
                let missed = active
                    .iter()
                    .filter(|s| s.status == SessionStatus::Missed)
                    .count();
                let mut line = format!(
                    "- {held} of {} held",
                    plural(active.len(), "session", "sessions")
                );
                if missed > 0 {
                    line.push_str(&format!(", {missed} missed"));
                }
                line.push('.');
                lines.push(line);
                let unmarked = active
                    .iter()
                    .filter(|s| s.status == SessionStatus::Planned && s.date < today)
                    .count();
                if unmarked > 0 {
                    lines.push(format!(
                        "- {} not marked held or missed yet.",
                        plural(unmarked, "past session", "past sessions")
                    ));
                }
            }
            _ if has_mentor => lines.push("- No sessions scheduled yet.".to_string()),
            _ => lines.push("- I have not found a mentor yet.".to_string()),
        }
        if let Some(m) = m {
            for (owner, who) in [(Owner::Mentee, "Mine"), (Owner::Mentor, "My mentor's")] {
                let items: Vec<_> = m.action_items().filter(|(_, a)| a.owner == owner).collect();
                if !items.is_empty() {
                    let done = items.iter().filter(|(_, a)| a.done).count();
                    lines.push(format!(
                        "- Action items, {}: {done} of {} done.",
                        who.to_lowercase(),
                        items.len()
                    ));
                }
            }
        }
        section("Where I stand", lines.join("\n"));
    }

    if on(Part::NextSession)
        && let Some((m, i, s)) = next
    {
        let mut lines = vec![format!(
            "Session {} on {}, {}{}, {} minutes ({}).",
            i + 1,
            day_date(s.date),
            hm(&s.local_time),
            zone.as_deref()
                .map(|z| format!(" ({z} time)"))
                .unwrap_or_default(),
            s.minutes,
            days_from(today, s.date)
        )];
        let items = agenda::agenda_for(m, &goal, &s.id);
        if items.is_empty() {
            lines.push("No agenda yet.".to_string());
        } else {
            lines.push(if s.agenda.is_some() {
                "Agenda (written by me):".to_string()
            } else {
                "Agenda (suggested by Trellis from the plan):".to_string()
            });
            for a in items {
                let mark = if a.done { "[x]" } else { "[ ]" };
                lines.push(format!("- {mark} {}", one_line(&a.text, 400)));
            }
        }
        section(
            if micro.is_some() {
                "The session"
            } else {
                "Next session"
            },
            lines.join("\n"),
        );
    }

    if on(Part::Actions)
        && let Some(m) = m
    {
        let lines: Vec<String> = m
            .action_items()
            .filter(|(_, a)| !a.done)
            .map(|(_, a)| {
                let who = match a.owner {
                    Owner::Mentee => "me".to_string(),
                    Owner::Mentor => mentor.clone(),
                };
                let due = a
                    .due
                    .map(|d| format!("; due {}, {}", human_date(d), days_from(today, d)))
                    .unwrap_or_default();
                format!("- {} (for {who}{due})", one_line(&a.text, 400))
            })
            .collect();
        section("Open action items", lines.join("\n"));
    }

    let mut h = match (micro, parts.ask) {
        (Some(_), Ask::NextSession) => micro_help(&mentor, next_when.as_deref()),
        _ => help(parts.ask, &mentor, has_mentor, next_when.as_deref()),
    };
    if parts.ask == Ask::NextSession && next.is_none() {
        h.push_str(
            "\nNo session is planned yet: start by suggesting what the next one should cover.",
        );
    }
    let question = one_line(&parts.question, MAX_QUESTION);
    if !question.is_empty() {
        h.push_str(&format!("\nMy own question: {question}"));
    }
    section("What I would like from you", h);
    Ok(out)
}

#[cfg(test)]
mod tests;
