//! The coordinator's cohort page: import a mentor roster and a mentee roster, run the exact
//! assignment (most mentees matched, then best total or fairest lowest score), and read every
//! pair with its breakdown and every unmatched mentee with why and what would help.

use leptos::prelude::*;

use super::intro;
use crate::core::cohort::assign::{self, Infeasible, Input, Matching, Mode, PairRef};
use crate::core::cohort::export;
use crate::core::cohort::mentees::{self, Mentee};
use crate::core::cohort::run::{self, Progress, Run};
use crate::core::cohort::stored::Cohort;
use crate::core::cohort::{plan_link, results};
use crate::core::mentors::mentor::{Mentor, MentorPrefs};
use crate::core::mentors::roster;
use crate::ui::browser;
use crate::ui::components::cohort::{
    cohort_chart::CohortChart,
    cohort_file::CohortFile,
    cohort_load::CohortLoad,
    cohort_pairs::{CohortPairs, PairRow},
    cohort_unmatched::{CohortUnmatched, UnmatchedRow},
};
use crate::ui::state::AppCtx;
use crate::ui::storage;

/// Work units of the first [`Run::step`] call (a mentee scored, a place decided, a few
/// thousand pairs read); later calls take as many as [`run::adapt_budget`] says from the time
/// the last one took. Calls repeat until [`SLICE_MS`] have passed, then the page yields to
/// the browser.
const FIRST_UNITS: usize = 4;
/// Milliseconds of matching work per task: about a frame, so that even on a busy machine a
/// task stays far from 100 ms.
const SLICE_MS: f64 = 16.0;

/// A run's progress as the bar shows it: label, done, total.
fn progress_of(p: &Progress) -> (String, usize, usize) {
    (p.label(), p.done, p.total)
}

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
    let prefs = RwSignal::new(Vec::<MentorPrefs>::new());
    let mentees_s = RwSignal::new(Vec::<Mentee>::new());
    let mentor_report = RwSignal::new(None::<Report>);
    let mentee_report = RwSignal::new(None::<Report>);
    let mode = RwSignal::new(Mode::Total);
    let result = RwSignal::new(None::<Result<Matching, Infeasible>>);
    let previous = RwSignal::new(None::<Matching>);
    let locks = RwSignal::new(Vec::<PairRef>::new());
    let avoids = RwSignal::new(Vec::<PairRef>::new());
    let swap_from = RwSignal::new(None::<usize>);
    let message = RwSignal::new(None::<String>);
    let mentor_file = RwSignal::new(String::new());
    let mentee_file = RwSignal::new(String::new());
    let store_error = RwSignal::new(None::<String>);
    // The run under way (its progress), and a counter that a new run, Cancel, an import or
    // leaving the page bumps: a run whose number is no longer current stops at its next slice.
    let running = RwSignal::new(None::<(String, usize, usize)>);
    let generation = StoredValue::new(0u64);
    on_cleanup(move || {
        generation.try_update_value(|g| *g += 1);
    });
    let stop = move || {
        generation.try_update_value(|g| *g += 1);
        running.try_set(None);
    };
    // Load once; `persist` below writes every change.
    match storage::load_cohort() {
        Ok(Some(c)) => {
            mentors.set(c.mentors);
            prefs.set(c.mentor_prefs);
            mentees_s.set(c.mentees);
            mentor_file.set(c.mentor_file);
            mentee_file.set(c.mentee_file);
            locks.set(c.locks);
            avoids.set(c.avoids);
            mode.set(c.mode);
            result.set(c.result.map(Ok));
        }
        Ok(None) => {}
        Err(reason) => store_error.set(Some(format!(
            "The saved cohort could not be read ({reason}); it was set aside and can be downloaded from the storage notice."
        ))),
    }
    // Written after every change that the page makes to them (imports, runs, rules, mode):
    // the app's one persistence effect stays the state's; the cohort is saved where it changes.
    let persist = move || {
        let c = Cohort {
            mentor_file: mentor_file.get_untracked(),
            mentors: mentors.get_untracked(),
            mentor_prefs: prefs.get_untracked(),
            mentee_file: mentee_file.get_untracked(),
            mentees: mentees_s.get_untracked(),
            locks: locks.get_untracked(),
            avoids: avoids.get_untracked(),
            mode: mode.get_untracked(),
            result: match result.get_untracked() {
                Some(Ok(m)) => Some(m),
                _ => None,
            },
        };
        match storage::save_cohort(&c) {
            Ok(()) => {
                if store_error
                    .get_untracked()
                    .is_some_and(|e| e.starts_with("Not saved"))
                {
                    store_error.set(None);
                }
            }
            Err(e) => store_error.set(Some(format!("Not saved: {e}"))),
        }
    };

    let on_mentors = Callback::new(move |(name, bytes): (String, Option<Vec<u8>>)| {
        let Some(bytes) = bytes else {
            mentor_report.set(Some(unreadable(name)));
            return;
        };
        let i = roster::import_bytes(&name, &bytes);
        let name_kept = name.clone();
        mentor_report.set(Some(Report {
            file_name: name,
            summary: i.summary(),
            problems: i.problems.iter().map(ToString::to_string).collect(),
            warnings: i.warnings.clone(),
        }));
        if !i.rejected() && !i.mentors.is_empty() {
            stop();
            mentor_file.set(name_kept.clone());
            mentors.set(i.mentors);
            prefs.set(i.prefs);
            result.set(None);
            previous.set(None);
            persist();
        }
    });
    let on_mentees = Callback::new(move |(name, bytes): (String, Option<Vec<u8>>)| {
        let Some(bytes) = bytes else {
            mentee_report.set(Some(unreadable(name)));
            return;
        };
        let i = mentees::import_bytes(&name, &bytes);
        let name_kept = name.clone();
        mentee_report.set(Some(Report {
            file_name: name,
            summary: i.summary(),
            problems: i.problems.iter().map(ToString::to_string).collect(),
            warnings: i.warnings.clone(),
        }));
        if !i.rejected() && !i.mentees.is_empty() {
            stop();
            mentee_file.set(name_kept.clone());
            mentees_s.set(i.mentees);
            result.set(None);
            previous.set(None);
            persist();
        }
    });
    let ready =
        Memo::new(move |_| mentors.with(|m| !m.is_empty()) && mentees_s.with(|m| !m.is_empty()));
    // Runs the matching in slices of about SLICE_MS, yielding to the browser between them,
    // with progress shown; the previous result stays until the new one is complete.
    let run = move || {
        generation.update_value(|g| *g += 1);
        let me = generation.get_value();
        swap_from.set(None);
        message.set(None);
        let (ms, es) = (mentors.get_untracked(), mentees_s.get_untracked());
        let (ls, avs) = (locks.get_untracked(), avoids.get_untracked());
        let ps = prefs.get_untracked();
        let (md, today) = (mode.get_untracked(), ctx.today);
        leptos::task::spawn_local(async move {
            let input = Input {
                mentors: &ms,
                prefs: &ps,
                mentees: &es,
                locks: &ls,
                avoids: &avs,
                mode: md,
                week_start: today,
            };
            let mut r = Run::new(&input);
            let mut units = FIRST_UNITS;
            let mut first = true;
            let mut shown = false;
            loop {
                if !first {
                    browser::next_task().await;
                }
                first = false;
                if generation.try_get_value() != Some(me) {
                    return;
                }
                let t0 = browser::now_ms();
                let mut t = t0;
                let p = loop {
                    let p = r.step(units);
                    let now = browser::now_ms();
                    units = run::adapt_budget(units, now - t);
                    t = now;
                    if p.is_finished() || t - t0 >= SLICE_MS {
                        break p;
                    }
                };
                if p.is_finished() {
                    break;
                }
                running.try_set(Some(progress_of(&p)));
                if !shown {
                    // Focus follows the work: the run button is disabled while it runs.
                    shown = true;
                    browser::focus_later("cohort-cancel");
                }
            }
            let out = r.finish();
            running.try_set(None);
            if shown {
                browser::focus_later("cohort-run");
            }
            if let Some(Some(Ok(m))) = result.try_get_untracked() {
                previous.try_set(Some(m));
            }
            result.try_set(Some(out));
            // Saved in a task of its own, once the result is on screen (unless the page is
            // gone by then).
            browser::next_task().await;
            if generation.try_get_value().is_some() {
                persist();
            }
        });
    };
    let cancel = move |_| {
        stop();
        message.set(Some(if result.with_untracked(Option::is_some) {
            "Matching cancelled. The results below are from the previous run; your rules are kept for the next run.".into()
        } else {
            "Matching cancelled before it finished; nothing was matched.".into()
        }));
        browser::focus_later("cohort-run");
    };
    // The pair of mentee `i` in the current result, as ids.
    let pair_ref = move |i: usize| -> Option<PairRef> {
        let Some(Ok(m)) = result.get_untracked() else {
            return None;
        };
        let p = m.pairs.iter().find(|p| p.mentee == i)?;
        Some(PairRef {
            mentee: mentees_s.with_untracked(|es| es[i].id.clone()),
            mentor: mentors.with_untracked(|ms| ms[p.mentor].id.clone()),
        })
    };
    let on_lock = Callback::new(move |i: usize| {
        if let Some(p) = pair_ref(i) {
            locks.update(|l| {
                l.retain(|x| x.mentee != p.mentee);
                l.push(p);
            });
            run();
        }
    });
    let on_avoid = Callback::new(move |i: usize| {
        if let Some(p) = pair_ref(i) {
            locks.update(|l| l.retain(|x| *x != p));
            avoids.update(|a| {
                if !a.contains(&p) {
                    a.push(p);
                }
            });
            run();
        }
    });
    let on_swap = Callback::new(move |i: usize| match swap_from.get_untracked() {
        None => swap_from.set(Some(i)),
        Some(j) if j == i => swap_from.set(None),
        Some(j) => {
            if let (Some(a), Some(b)) = (pair_ref(j), pair_ref(i)) {
                locks.update(|l| {
                    l.retain(|x| x.mentee != a.mentee && x.mentee != b.mentee);
                    l.push(PairRef {
                        mentee: a.mentee.clone(),
                        mentor: b.mentor.clone(),
                    });
                    l.push(PairRef {
                        mentee: b.mentee.clone(),
                        mentor: a.mentor.clone(),
                    });
                });
            }
            run();
        }
    });
    let changed = Memo::new(move |_| {
        let n = mentees_s.with(Vec::len);
        match (previous.get(), result.get()) {
            (Some(before), Some(Ok(after))) => export::changed(&before, &after, n),
            _ => vec![false; n],
        }
    });
    let export_csv = move |_| {
        let Some(Ok(m)) = result.get_untracked() else {
            return;
        };
        let text = mentors.with_untracked(|ms| {
            mentees_s.with_untracked(|es| {
                prefs.with_untracked(|ps| export::pairs_csv(&m, ms, ps, es, ctx.today))
            })
        });
        message.set(Some(
            match browser::download("cohort-pairs.csv", "text/csv", &text) {
                Ok(()) => "Pairs exported as cohort-pairs.csv.".into(),
                Err(e) => format!("The download failed: {e}"),
            },
        ));
    };
    let rules = Memo::new(move |_| {
        let name_of = |id: &str| -> String {
            mentees_s
                .with(|es| es.iter().find(|e| e.id == id).map(|e| e.name.clone()))
                .or_else(|| {
                    mentors.with(|ms| ms.iter().find(|m| m.id == id).map(|m| m.name.clone()))
                })
                .unwrap_or_else(|| id.to_string())
        };
        let mut v: Vec<(bool, PairRef, String)> = Vec::new();
        for l in locks.get() {
            let t = format!("Locked: {} with {}", name_of(&l.mentee), name_of(&l.mentor));
            v.push((true, l, t));
        }
        for a in avoids.get() {
            let t = format!(
                "Avoided: {} with {}",
                name_of(&a.mentee),
                name_of(&a.mentor)
            );
            v.push((false, a, t));
        }
        v
    });
    // Only names and scores for every pair: the table sorts and searches these, and works out
    // the breakdown and the share link of the rows it shows (`why_of`, `link_of`).
    let pair_rows = Memo::new(move |_| {
        let Some(Ok(m)) = result.get() else {
            return Vec::new();
        };
        mentors.with(|ms| {
            mentees_s.with(|es| {
                changed.with(|c| {
                    m.pairs
                        .iter()
                        .map(|p| PairRow {
                            index: p.mentee,
                            changed: c.get(p.mentee).copied().unwrap_or(false),
                            mentee: es[p.mentee].name.clone(),
                            mentor: ms[p.mentor].name.clone(),
                            score: p.score,
                            base: p.base,
                            locked: p.locked,
                        })
                        .collect()
                })
            })
        })
    });
    // The mentor of mentee `i` in the current result.
    let mentor_of = move |i: usize| -> Option<usize> {
        result.with_untracked(|r| match r {
            Some(Ok(m)) => m.pairs.iter().find(|p| p.mentee == i).map(|p| p.mentor),
            _ => None,
        })
    };
    let why_of = Callback::new(move |i: usize| -> Vec<String> {
        let Some(j) = mentor_of(i) else {
            return Vec::new();
        };
        mentors.with_untracked(|ms| {
            mentees_s.with_untracked(|es| {
                prefs.with_untracked(|ps| assign::why_lines(&es[i], &ms[j], ps.get(j), ctx.today))
            })
        })
    });
    let origin = window().location().origin().unwrap_or_default();
    let link_of = Callback::new(move |i: usize| -> String {
        let Some(j) = mentor_of(i) else {
            return String::new();
        };
        let path = mentors.with_untracked(|ms| {
            mentees_s.with_untracked(|es| plan_link::mentee_link_path(&es[i], &ms[j], ctx.today))
        });
        format!("{origin}{path}")
    });
    let bins = Memo::new(move |_| match result.get() {
        Some(Ok(m)) => results::score_bins(&m),
        _ => Vec::new(),
    });
    let bars = Memo::new(move |_| bins.with(|b| results::bars(b)));
    let sentence = Memo::new(move |_| bins.with(|b| results::distribution_sentence(b)));
    let load_rows = Memo::new(move |_| {
        let Some(Ok(m)) = result.get() else {
            return Vec::new();
        };
        mentors.with(|ms| prefs.with(|ps| mentees_s.with(|es| results::loads(&m, ms, ps, es))))
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
            <h1>{intro::COHORT.title}</h1>
            <p class="lede">{intro::COHORT.lede}</p>
            {move || store_error.get().map(|e| view! { <p class="error-summary" role="alert" data-testid="cohort-store-error">{e}</p> })}
            <section class="card" aria-labelledby="cohort-files-title">
                <h2 id="cohort-files-title">"Rosters"</h2>
                <CohortFile id="cohort-mentor-file" label="Mentor roster (.csv or .json)" on_file=on_mentors/>
                {move || report_view(mentor_report.get(), "mentor-report")}
                <p class="hint" data-testid="cohort-mentor-count">{move || format!("{} mentors loaded{}.", mentors.with(Vec::len), mentor_file.with(|f| if f.is_empty() { String::new() } else { format!(" from {f}") }))}</p>
                <CohortFile id="cohort-mentee-file" label="Mentee roster (.csv or .json)" on_file=on_mentees/>
                {move || report_view(mentee_report.get(), "mentee-report")}
                <p class="hint" data-testid="cohort-mentee-count">{move || format!("{} mentees loaded{}.", mentees_s.with(Vec::len), mentee_file.with(|f| if f.is_empty() { String::new() } else { format!(" from {f}") }))}</p>
                <p class="hint">
                    "Optional mentor preference columns: "<code class="roster-columns">{roster::PREFERENCE_COLUMNS.join(", ")}</code>
                    " (stages or skills they want to mentor, mentees to avoid, mentees per group slot). "
                    "Mentee columns: "<code class="roster-columns">{mentees::COLUMNS.join(", ")}</code>
                    ". Both rosters, your rules and the last result stay in this browser until you import others or delete everything."
                </p>
            </section>
            <section class="card" aria-labelledby="cohort-run-title">
                <h2 id="cohort-run-title">"Run"</h2>
                <fieldset class="field">
                    <legend>"After matching as many mentees as possible"</legend>
                    <label class="check" for="mode-total">
                        <input type="radio" name="cohort-mode" id="mode-total" data-testid="mode-total"
                            prop:checked=move || mode.get() == Mode::Total
                            on:change=move |_| { mode.set(Mode::Total); persist(); }/>
                        "Best total score"
                    </label>
                    <label class="check" for="mode-fair">
                        <input type="radio" name="cohort-mode" id="mode-fair" data-testid="mode-fair"
                            prop:checked=move || mode.get() == Mode::Fair
                            on:change=move |_| { mode.set(Mode::Fair); persist(); }/>
                        "Fairest: raise the lowest pair score first"
                    </label>
                </fieldset>
                <button type="button" class="button primary" id="cohort-run" data-testid="cohort-run"
                    disabled=move || !ready.get() || running.with(Option::is_some) on:click=move |_| run()>
                    "Match the cohort"
                </button>
                <Show when=move || running.with(Option::is_some)>
                    <div class="cohort-progress" data-testid="cohort-progress">
                        <label for="cohort-progress-bar">{move || running.get().map(|p| p.0).unwrap_or_default()}</label>
                        <progress id="cohort-progress-bar"
                            max=move || running.get().map_or(1, |p| p.2.max(1))
                            value=move || running.get().map_or(0, |p| p.1)></progress>
                        <button type="button" class="button" id="cohort-cancel" data-testid="cohort-cancel" on:click=cancel>
                            "Cancel"
                        </button>
                    </div>
                </Show>
                <Show when=move || !ready.get()>
                    <p class="hint">"Import both rosters to match."</p>
                </Show>
                <Show when=move || !rules.get().is_empty()>
                    <h3>"Your rules for the next run"</h3>
                    <ul class="cohort-rules" data-testid="cohort-rules">
                        {move || rules.get().into_iter().map(|(is_lock, r, text)| {
                            let label = format!("Remove: {text}");
                            view! {
                                <li>
                                    {text}" "
                                    <button type="button" class="button subtle small" aria-label=label
                                        on:click=move |_| {
                                            if is_lock { locks.update(|l| l.retain(|x| *x != r)); }
                                            else { avoids.update(|a| a.retain(|x| *x != r)); }
                                            persist();
                                        }>"Remove"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </Show>
                <div aria-live="polite">
                    {move || summary.get().map(|s| view! { <p data-testid="cohort-summary">{s}</p> })}
                    {move || swap_from.get().map(|i| view! {
                        <p class="hint">{format!("Swap: choose the second pair to swap mentors with {}.", mentees_s.with(|es| es[i].name.clone()))}</p>
                    })}
                    {move || message.get().map(|m| view! { <p class="hint" data-testid="cohort-message">{m}</p> })}
                </div>
                <Show when=move || !infeasible.get().is_empty()>
                    <div class="error-summary" role="alert" data-testid="cohort-infeasible">
                        <p><strong>"These rules cannot all be met:"</strong></p>
                        <ul>{move || infeasible.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </div>
                </Show>
            </section>
            <Show when=move || summary.get().is_some()>
                <div class="actions">
                    <button type="button" class="button" data-testid="cohort-export" on:click=export_csv>
                        "Export pairs (CSV)"
                    </button>
                </div>
                <CohortPairs rows=pair_rows why_of=why_of link_of=link_of on_lock=on_lock on_avoid=on_avoid on_swap=on_swap swap_from=swap_from.into()/>
                <CohortUnmatched rows=unmatched_rows suggestions=suggestions/>
                <section class="card" aria-labelledby="chart-title">
                    <h2 id="chart-title">"How the pairs scored"</h2>
                    <CohortChart bars=bars sentence=sentence/>
                </section>
                <CohortLoad rows=load_rows/>
            </Show>
        </div>
    }
}
