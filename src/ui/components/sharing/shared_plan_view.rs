//! A shared plan laid out read-only, as the receiver sees it: read in a minute.

use leptos::prelude::*;

use crate::core::sessions::agreement::format_label;
use crate::core::sessions::schedule::EndRule;
use crate::core::sharing::glance::{glance, short_date};
use crate::core::sharing::share::SharedPlan;
use crate::core::time::datefmt::human_date;
use crate::ui::components::goals::goal_summary::GoalSummary;
use crate::ui::components::sharing::shared_session::SharedSession;
use crate::ui::state::AppCtx;

/// A shared plan, read-only, as a mentor who never used Trellis reads it on a phone: first who
/// and what (the mentee's first name, the goal in one sentence, deadline, progress), then the
/// next session with its agenda, then the milestones; the other sessions, the goal in full and
/// the agreement are collapsed. Times are in the viewer's own zone with the mentee's beside
/// them. Used both for a plan opened from a link and for the preview before sharing, so the
/// preview shows exactly what the link holds. Every text from the plan is rendered as text.
#[component]
pub fn SharedPlanView(
    /// The plan (decoded from a link, or about to be encoded into one).
    plan: SharedPlan,
    /// Show "Sam’s mentoring plan" above the goal (off where the page heading already says it).
    #[prop(default = true)]
    show_title: bool,
) -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let viewer_zone = crate::ui::browser::browser_time_zone();
    let g = glance(&plan, ctx.today, viewer_zone.as_deref());
    // The copy a saved link would become: agreement texts rebuilt, names filled in.
    let entry = plan.to_entry("preview");
    let goal = entry.draft.validate().ok();
    let agreement = entry.mentorship.as_ref().and_then(|m| m.agreement.clone());
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
    let others: Vec<_> = g
        .others
        .iter()
        .map(|(i, time)| {
            let s = &plan.sessions[*i];
            (
                *i,
                s.status,
                time.clone(),
                plan.agenda(*i),
                s.agenda.is_some(),
            )
        })
        .collect();
    let others_count = others.len();
    let is_micro = plan.micro.is_some();
    let any_sessions = schedule.is_some() || !plan.sessions.is_empty();
    // Open action items of the whole plan (links carry only open ones), for the next session.
    let open_actions: Vec<(String, &'static str)> = plan
        .sessions
        .iter()
        .flat_map(|s| &s.actions)
        .map(|a| (a.text.clone(), a.owner.label()))
        .collect();
    view! {
        <div class="shared-plan" data-testid="shared-plan">
            {g.micro.clone().map(|mi| view! {
                <section class="card shared-micro" aria-labelledby="shared-question" data-testid="shared-micro">
                    {show_title.then(|| view! { <p class="shared-title" data-testid="shared-title"><bdi>{g.title.clone()}</bdi></p> })}
                    <p class="eyebrow">"One micro-mentoring session · one question"</p>
                    <h2 id="shared-question" class="micro-question" data-testid="shared-question"><bdi>{mi.question}</bdi></h2>
                    <dl class="facts shared-facts">
                        <dt>"After it"</dt><dd data-testid="shared-follow-up"><bdi>{mi.follow_up}</bdi></dd>
                    </dl>
                </section>
            })}
            <section class="card shared-glance" aria-labelledby="shared-goal" data-testid="shared-glance">
                {(show_title && g.micro.is_none()).then(|| view! { <p class="shared-title" data-testid="shared-title"><bdi>{g.title.clone()}</bdi></p> })}
                {g.micro.is_some().then(|| view! { <p class="eyebrow">"The goal behind it"</p> })}
                <h2 id="shared-goal" class="goal-statement" data-testid="shared-goal">{g.goal.clone()}</h2>
                <dl class="facts shared-facts">
                    <dt>"Deadline"</dt><dd>{human_date(g.deadline)}</dd>
                    <dt>"Progress"</dt><dd data-testid="shared-progress">{g.progress.clone()}</dd>
                    {plan.mentor_name.clone().map(|n| view! { <dt>"Mentor"</dt><dd><bdi>{n}</bdi></dd> })}
                </dl>
            </section>
            {g.next.clone().map(|n| view! {
                <section class="card shared-next" aria-labelledby="shared-next-title" data-testid="shared-next">
                    <h2 id="shared-next-title">{if is_micro { "The session".to_string() } else { format!("Next session · {} of {}", n.index + 1, plan.sessions.len()) }}</h2>
                    <ol class="shared-session-list">
                        <SharedSession index=n.index status=plan.sessions[n.index].status time=n.time agenda=n.agenda edited=n.edited/>
                    </ol>
                    {(!open_actions.is_empty()).then(|| view! {
                        <p class="hint">"Open action items"</p>
                        <ul class="shared-agenda" data-testid="shared-actions">
                            {open_actions.iter().map(|(text, owner)| view! { <li><bdi>{text.clone()}</bdi>{format!(" ({owner})")}</li> }).collect_view()}
                        </ul>
                    })}
                </section>
            })}
            {(!g.milestones.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="shared-milestones-title" data-testid="shared-milestones">
                    <h2 id="shared-milestones-title">"Milestones"</h2>
                    <ol class="shared-milestones">
                        {g.milestones.iter().map(|m| view! {
                            <li class:is-done=m.done.is_some()>
                                {m.title.clone()}
                                <span class="hint">
                                    {match m.done {
                                        Some(d) => format!(" · done {}", short_date(d)),
                                        None => format!(" · by {}", short_date(m.target)),
                                    }}
                                </span>
                            </li>
                        }).collect_view()}
                    </ol>
                </section>
            })}
            {(any_sessions && !(is_micro && others_count == 0)).then(|| view! {
                <details class="card shared-more" data-testid="shared-sessions">
                    <summary>
                        {if g.next.is_some() { format!("Other sessions ({others_count})") } else { format!("Sessions ({others_count})") }}
                    </summary>
                    {schedule.map(|s| view! { <p data-testid="shared-schedule">{s}</p> })}
                    {(!others.is_empty()).then(|| view! {
                        <ol class="shared-session-list">
                            {others.into_iter().map(|(i, status, time, agenda, edited)| view! {
                                <SharedSession index=i status=status time=time agenda=agenda edited=edited/>
                            }).collect_view()}
                        </ol>
                    })}
                </details>
            })}
            {goal.map(|goal| view! {
                <details class="card shared-more" data-testid="shared-goal-details">
                    <summary>"The goal in full"</summary>
                    <GoalSummary goal=goal/>
                </details>
            })}
            {agreement.map(|a| view! {
                <details class="card shared-more" data-testid="shared-agreement">
                    <summary>"Mentoring agreement"</summary>
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
                </details>
            })}
        </div>
    }
}
