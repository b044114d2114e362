use chrono::NaiveDate;
use leptos::prelude::*;

use crate::core::goals::smart::human_date;
use crate::core::sessions::agreement::format_label;
use crate::core::sessions::schedule::EndRule;
use crate::core::sharing::share::SharedPlan;
use crate::ui::components::goals::goal_summary::GoalSummary;

/// "Mon 4 January 2027".
fn day(d: NaiveDate) -> String {
    crate::core::time::datefmt::day_date(d)
}

/// A shared plan, read-only, as a mentor who never used Trellis reads it: who shared it, the
/// goal, the mentor, the agreement, the schedule and every session with its agenda. Used both
/// for a plan opened from a link and for the preview before sharing, so the preview shows
/// exactly what the link holds. Every text from the plan is rendered as text, never as HTML.
#[component]
pub fn SharedPlanView(
    /// The plan (decoded from a link, or about to be encoded into one).
    plan: SharedPlan,
) -> impl IntoView {
    // The copy a saved link would become: agreement texts rebuilt, names filled in.
    let entry = plan.to_entry("preview");
    let goal = entry.draft.validate().ok();
    let agreement = entry.mentorship.as_ref().and_then(|m| m.agreement.clone());
    let people = {
        let mut rows = Vec::new();
        if let Some(n) = &plan.mentee_name {
            rows.push(("Mentee", n.clone()));
        }
        if let Some(n) = &plan.mentor_name {
            rows.push(("Mentor", n.clone()));
        }
        rows
    };
    let schedule = plan.schedule.as_ref().map(|s| {
        let end = match s.end {
            EndRule::Count(n) => format!("{n} sessions"),
            EndRule::Until(d) => format!("until {}", human_date(d)),
        };
        format!(
            "{} at {} ({} time), {} minutes, from {}, {}.",
            s.cadence.label(),
            crate::core::time::datefmt::hm(&s.local_time),
            s.zone,
            s.minutes,
            human_date(s.start),
            end
        )
    });
    let zone = plan.schedule.as_ref().map(|s| s.zone.clone());
    let sessions: Vec<_> = plan
        .sessions
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.clone(), plan.agenda(i), s.agenda.is_some()))
        .collect();
    view! {
        <div class="shared-plan" data-testid="shared-plan">
            {(!people.is_empty()).then(|| view! {
                <dl class="facts shared-people" data-testid="shared-people">
                    {people.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                </dl>
            })}
            {match goal {
                Some(g) => view! { <GoalSummary goal=g/> }.into_any(),
                None => view! { <p class="error">"The goal in this plan could not be read."</p> }.into_any(),
            }}
            {agreement.map(|a| view! {
                <section class="card" aria-labelledby="shared-agreement-title" data-testid="shared-agreement">
                    <h2 id="shared-agreement-title">"Mentoring agreement"</h2>
                    <dl class="facts">
                        <dt>"Goals"</dt><dd class="pre">{a.goals_summary.clone()}</dd>
                        <dt>"How often"</dt><dd>{a.frequency.clone()}</dd>
                        <dt>"Format"</dt><dd>{format!("{}, {} minutes", format_label(a.format), a.session_minutes)}</dd>
                        <dt>"Channel"</dt><dd>{a.channel.clone()}</dd>
                        <dt>"Replies between sessions"</dt><dd>{a.response_time.clone()}</dd>
                        <dt>"Confidentiality"</dt><dd class="pre">{a.confidentiality.clone()}</dd>
                        <dt>"Boundaries"</dt><dd class="pre">{a.boundaries.clone()}</dd>
                        <dt>"Dates"</dt><dd>{format!("{} to {}", human_date(a.start), human_date(a.end))}</dd>
                        {(!a.review_points.is_empty()).then(|| view! {
                            <dt>"Reviews"</dt>
                            <dd>{a.review_points.iter().map(|d| human_date(*d)).collect::<Vec<_>>().join(", ")}</dd>
                        })}
                    </dl>
                </section>
            })}
            {(schedule.is_some() || !sessions.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="shared-sessions-title" data-testid="shared-sessions">
                    <h2 id="shared-sessions-title">"Sessions"</h2>
                    {schedule.map(|s| view! { <p data-testid="shared-schedule">{s}</p> })}
                    {(!sessions.is_empty()).then(|| view! {
                        <ol class="shared-session-list">
                            {sessions.into_iter().map(|(i, s, agenda, edited)| {
                                let when = format!(
                                    "{} · {}{} · {} min",
                                    day(s.date),
                                    crate::core::time::datefmt::hm(&s.local_time),
                                    zone.as_ref().map(|z| format!(" ({z})")).unwrap_or_default(),
                                    s.minutes,
                                );
                                view! {
                                    <li class="shared-session" data-testid="shared-session">
                                        <h3 class="shared-session-title">
                                            {format!("Session {}", i + 1)}
                                            <span class=format!("badge status-{}", s.status.label().to_lowercase())>{s.status.label()}</span>
                                        </h3>
                                        <p class="shared-session-when">{when}</p>
                                        {(!agenda.is_empty()).then(|| view! {
                                            <p class="hint">{if edited { "Agenda" } else { "Suggested agenda" }}</p>
                                            <ul class="shared-agenda">
                                                {agenda.into_iter().map(|item| view! {
                                                    <li class:is-done=item.done>
                                                        {item.text}
                                                        {item.done.then_some(" (done)")}
                                                    </li>
                                                }).collect_view()}
                                            </ul>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                    })}
                </section>
            })}
        </div>
    }
}
