//! The coordinator's cohort page: import a mentor roster and a mentee roster, run the exact
//! assignment (most mentees matched, then best total or fairest lowest score), and read every
//! pair with its breakdown and every unmatched mentee with why and what would help.

use leptos::prelude::*;

use crate::core::cohort::assign::{self, Infeasible, Input, Matching, Mode};
use crate::core::cohort::mentees::{self, Mentee};
use crate::core::mentors::mentor::Mentor;
use crate::core::mentors::roster;
use crate::ui::components::cohort::{
    cohort_file::CohortFile,
    cohort_pairs::{CohortPairs, PairRow},
    cohort_unmatched::{CohortUnmatched, UnmatchedRow},
};
use crate::ui::state::AppCtx;

/// What an import did, for its report.
#[derive(Clone, Debug, PartialEq)]
struct Report {
    file_name: String,
    summary: String,
    problems: Vec<String>,
    warnings: Vec<String>,
}

fn unreadable(file_name: String) -> Report {
    Report {
        file_name,
        summary: "Nothing imported: the browser could not read the file.".into(),
        problems: Vec::new(),
        warnings: Vec::new(),
    }
}

fn report_view(r: Option<Report>, testid: &'static str) -> impl IntoView {
    r.map(|r| {
        view! {
            <div class="import-report" data-testid=testid>
                <p><bdi>{r.file_name}</bdi>": "{r.summary}</p>
                {(!r.problems.is_empty()).then(|| view! {
                    <ul class="import-problems">
                        {r.problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                    </ul>
                })}
                {(!r.warnings.is_empty()).then(|| view! {
                    <ul class="import-warnings">
                        {r.warnings.into_iter().map(|w| view! { <li class="hint">{w}</li> }).collect_view()}
                    </ul>
                })}
            </div>
        }
    })
}

/// The `/cohort` route.
#[component]
pub fn CohortPage() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let mentors = RwSignal::new(Vec::<Mentor>::new());
    let mentees_s = RwSignal::new(Vec::<Mentee>::new());
    let mentor_report = RwSignal::new(None::<Report>);
    let mentee_report = RwSignal::new(None::<Report>);
    let mode = RwSignal::new(Mode::Total);
    let result = RwSignal::new(None::<Result<Matching, Infeasible>>);

    let on_mentors = Callback::new(move |(name, bytes): (String, Option<Vec<u8>>)| {
        let Some(bytes) = bytes else {
            mentor_report.set(Some(unreadable(name)));
            return;
        };
        let i = roster::import_bytes(&name, &bytes);
        mentor_report.set(Some(Report {
            file_name: name,
            summary: i.summary(),
            problems: i.problems.iter().map(ToString::to_string).collect(),
            warnings: i.warnings.clone(),
        }));
        if !i.rejected() && !i.mentors.is_empty() {
            mentors.set(i.mentors);
            result.set(None);
        }
    });
    let on_mentees = Callback::new(move |(name, bytes): (String, Option<Vec<u8>>)| {
        let Some(bytes) = bytes else {
            mentee_report.set(Some(unreadable(name)));
            return;
        };
        let i = mentees::import_bytes(&name, &bytes);
        mentee_report.set(Some(Report {
            file_name: name,
            summary: i.summary(),
            problems: i.problems.iter().map(ToString::to_string).collect(),
            warnings: i.warnings.clone(),
        }));
        if !i.rejected() && !i.mentees.is_empty() {
            mentees_s.set(i.mentees);
            result.set(None);
        }
    });
    let ready =
        Memo::new(move |_| mentors.with(|m| !m.is_empty()) && mentees_s.with(|m| !m.is_empty()));
    let run = move |_| {
        let r = mentors.with(|ms| {
            mentees_s.with(|es| {
                assign::run(&Input {
                    mentors: ms,
                    prefs: &[],
                    mentees: es,
                    locks: &[],
                    avoids: &[],
                    mode: mode.get_untracked(),
                    week_start: ctx.today,
                })
            })
        });
        result.set(Some(r));
    };
    let pair_rows = Memo::new(move |_| {
        let Some(Ok(m)) = result.get() else {
            return Vec::new();
        };
        mentors.with(|ms| {
            mentees_s.with(|es| {
                m.pairs
                    .iter()
                    .map(|p| {
                        let why =
                            assign::explain_pair(&es[p.mentee], &ms[p.mentor], None, ctx.today);
                        let mut lines: Vec<String> = why
                            .breakdown
                            .contributions
                            .iter()
                            .filter(|c| c.max_points > 0)
                            .map(|c| {
                                format!(
                                    "{} {}/{}: {}",
                                    c.criterion.label(),
                                    c.points,
                                    c.max_points,
                                    c.reason
                                )
                            })
                            .collect();
                        lines.extend(why.bonuses.iter().map(|(r, n)| format!("+{n}: {r}")));
                        PairRow {
                            mentee: es[p.mentee].name.clone(),
                            mentor: ms[p.mentor].name.clone(),
                            score: p.score,
                            base: p.base,
                            locked: p.locked,
                            why: lines,
                        }
                    })
                    .collect()
            })
        })
    });
    let unmatched_rows = Memo::new(move |_| {
        let Some(Ok(m)) = result.get() else {
            return Vec::new();
        };
        mentees_s.with(|es| {
            m.unmatched
                .iter()
                .map(|u| UnmatchedRow {
                    name: es[u.mentee].name.clone(),
                    reason: u.reason.clone(),
                    help: u.help.clone(),
                })
                .collect()
        })
    });
    let suggestions = Memo::new(move |_| match result.get() {
        Some(Ok(m)) => m.suggestions,
        _ => Vec::new(),
    });
    let summary = Memo::new(move |_| match result.get() {
        Some(Ok(m)) => Some(format!(
            "{} of {} mentees matched; total score {}; lowest pair score {}.",
            m.pairs.len(),
            m.pairs.len() + m.unmatched.len(),
            m.total,
            m.min.map_or("none".to_string(), |v| v.to_string())
        )),
        _ => None,
    });
    let infeasible = Memo::new(move |_| match result.get() {
        Some(Err(e)) => e.problems,
        _ => Vec::new(),
    });

    view! {
        <div class="page cohort-page" data-testid="page-cohort">
            <h1>"Match a cohort"</h1>
            <p class="lede">
                "For coordinators: import your mentors and your mentees, and Trellis pairs everyone at once within each mentor's capacity, with every pair explained. Nothing leaves this browser."
            </p>
            <section class="card" aria-labelledby="cohort-files-title">
                <h2 id="cohort-files-title">"Rosters"</h2>
                <CohortFile id="cohort-mentor-file" label="Mentor roster (.csv or .json)" on_file=on_mentors/>
                {move || report_view(mentor_report.get(), "mentor-report")}
                <p class="hint">{move || format!("{} mentors loaded.", mentors.with(Vec::len))}</p>
                <CohortFile id="cohort-mentee-file" label="Mentee roster (.csv or .json)" on_file=on_mentees/>
                {move || report_view(mentee_report.get(), "mentee-report")}
                <p class="hint">{move || format!("{} mentees loaded.", mentees_s.with(Vec::len))}</p>
                <p class="hint">
                    "Mentee columns: "<code class="roster-columns">{mentees::COLUMNS.join(", ")}</code>
                    ". The mentor roster is the one the Mentors page imports."
                </p>
            </section>
            <section class="card" aria-labelledby="cohort-run-title">
                <h2 id="cohort-run-title">"Run"</h2>
                <fieldset class="field">
                    <legend>"After matching as many mentees as possible"</legend>
                    <label class="check" for="mode-total">
                        <input type="radio" name="cohort-mode" id="mode-total" data-testid="mode-total"
                            prop:checked=move || mode.get() == Mode::Total
                            on:change=move |_| mode.set(Mode::Total)/>
                        "Best total score"
                    </label>
                    <label class="check" for="mode-fair">
                        <input type="radio" name="cohort-mode" id="mode-fair" data-testid="mode-fair"
                            prop:checked=move || mode.get() == Mode::Fair
                            on:change=move |_| mode.set(Mode::Fair)/>
                        "Fairest: raise the lowest pair score first"
                    </label>
                </fieldset>
                <button type="button" class="button primary" data-testid="cohort-run"
                    disabled=move || !ready.get() on:click=run>
                    "Match the cohort"
                </button>
                <Show when=move || !ready.get()>
                    <p class="hint">"Import both rosters to match."</p>
                </Show>
                <div aria-live="polite">
                    {move || summary.get().map(|s| view! { <p data-testid="cohort-summary">{s}</p> })}
                </div>
                <Show when=move || !infeasible.get().is_empty()>
                    <div class="error-summary" role="alert" data-testid="cohort-infeasible">
                        <p><strong>"These rules cannot all be met:"</strong></p>
                        <ul>{move || infeasible.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </div>
                </Show>
            </section>
            <Show when=move || summary.get().is_some()>
                <CohortPairs rows=pair_rows/>
                <CohortUnmatched rows=unmatched_rows suggestions=suggestions/>
            </Show>
        </div>
    }
}
