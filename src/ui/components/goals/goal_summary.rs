use leptos::prelude::*;

use crate::core::form::fmt_num;
use crate::core::goals::goal::Goal;
use crate::core::goals::smart::human_date;

/// A validated goal as a mentor reads it: the statement first, then why, how success is
/// measured, by when, the time set aside, focus skills and milestones. All text is rendered as
/// text (never as HTML), so it is safe for goals that arrive in a shared link.
#[component]
pub fn GoalSummary(
    /// The goal to show.
    goal: Goal,
) -> impl IntoView {
    let measure = goal.measure.as_ref().map(|m| {
        let unit = if m.unit.is_empty() {
            String::new()
        } else {
            format!(" {}", m.unit)
        };
        format!(
            "{}: {} → {}{}",
            m.metric,
            fmt_num(m.baseline),
            fmt_num(m.target),
            unit
        )
    });
    let horizon = match goal.horizon {
        crate::core::goals::goal::Horizon::ShortTerm => "Short-term goal",
        crate::core::goals::goal::Horizon::LongTerm => "Long-term goal",
    };
    view! {
        <article class="goal-summary card" data-testid="goal-summary">
            <p class="eyebrow">{format!("{} · {} · {}", goal.category.label(), goal.category.function(), horizon)}</p>
            <h2 class="goal-statement">{goal.statement.clone()}</h2>
            <dl class="facts">
                {(!goal.aspiration.is_empty()).then(|| view! { <dt>"Why"</dt><dd>{goal.aspiration.clone()}</dd> })}
                {measure.map(|m| view! { <dt>"Success measure"</dt><dd>{m}</dd> })}
                <dt>"Deadline"</dt>
                <dd>{human_date(goal.deadline)}</dd>
                <dt>"Time set aside"</dt>
                <dd>{format!("{} hours a week", fmt_num(goal.weekly_hours as f64))}</dd>
                {(!goal.focus_skills.is_empty()).then(|| view! { <dt>"Focus skills"</dt><dd>{goal.focus_skills.join(", ")}</dd> })}
            </dl>
            {(!goal.milestones.is_empty()).then(|| {
                view! {
                    <h3>"Milestones"</h3>
                    <ol class="summary-milestones">
                        {goal.milestones.iter().map(|m| {
                            let done = m.done.map(|d| format!(" — done {}", human_date(d))).unwrap_or_default();
                            view! {
                                <li class:is-done=m.done.is_some()>
                                    <strong>{m.title.clone()}</strong>
                                    {format!(" · by {}{}", human_date(m.target), done)}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }
            })}
        </article>
    }
}
