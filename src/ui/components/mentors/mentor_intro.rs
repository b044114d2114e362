//! The introduction message drafted for a shortlisted mentor, to edit and copy.

use leptos::prelude::*;

use crate::core::goals::goal::{GoalDraft, fmt_num};
use crate::core::goals::smart::human_date;
use crate::core::mentors::directory::format_window;
use crate::core::mentors::mentor::{Format, Mentor, MentoringForm};
use crate::core::mentors::needs::Needs;
use crate::core::mentors::scoring::Breakdown;
use crate::ui::components::common::field::Field;
use crate::ui::components::mentors::matching::Matching;
use crate::ui::state::AppCtx;

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
            out.push_str(&format!("Deadline: {}\n", human_date(v.deadline)));
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

/// "Draft an introduction" for one shortlisted mentor: an editable message and a Copy button
/// (with a fallback message where the clipboard is unavailable).
#[component]
pub fn MentorIntro() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let m = Matching::use_ctx();
    let editor = move || {
        let id = m.intro_for.get()?;
        let mentor = m.dir.with_untracked(|d| d.get(&id).cloned())?;
        let goal = ctx
            .state
            .with_untracked(|s| s.active().map(|g| g.draft.clone()));
        let needs = m.needs.get_untracked();
        let why = m.scorer.get_untracked().map(|s| s.0.explain(&mentor));
        let text = RwSignal::new(draft_intro(
            goal.as_ref(),
            &mentor,
            needs.as_ref(),
            why.as_ref(),
        ));
        let status = RwSignal::new(None::<String>);
        let copy = move |_| {
            let value = text.get_untracked();
            let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
            let Some(clipboard) = clipboard else {
                status.set(Some(fallback()));
                return;
            };
            leptos::task::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&value))
                    .await
                    .is_ok();
                status.set(Some(if ok { "Copied".into() } else { fallback() }));
            });
        };
        Some(view! {
            <section class="card intro" aria-labelledby="intro-title" data-testid="intro">
                <h2 id="intro-title" tabindex="-1">{format!("Introduction to {}", mentor.name)}</h2>
                <Field id="intro-text" label="Your message (edit freely)">
                    <textarea
                        class="intro-text"
                        rows="16"
                        data-testid="intro-text"
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                </Field>
                <div class="actions">
                    <button type="button" class="button primary" data-testid="copy-intro" on:click=copy>"Copy"</button>
                    <button type="button" class="button subtle" on:click=move |_| m.intro_for.set(None)>"Close"</button>
                </div>
                <p class="hint" role="status" data-testid="copy-status">{move || status.get()}</p>
            </section>
        })
    };
    view! { {editor} }
}

fn fallback() -> String {
    "Copying is not available here: select the text and copy it (Ctrl+C or ⌘C).".into()
}

/// "Same industry: Media" → "same industry: Media".
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
