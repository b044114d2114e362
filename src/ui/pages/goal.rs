//! The Goal route: the goal switcher and the five-step goal wizard.

use leptos::prelude::*;
use leptos_router::components::A;

use super::intro;
use crate::core::flow;
use crate::core::form::{FieldError, parse_iso_date};
use crate::core::goals::goal::{Goal, GoalDraft, MAX_GOALS, MAX_SKILLS};
use crate::core::goals::{measure, smart, templates};
use crate::core::store::REVIEW_STEP;
use crate::ui::browser::focus_later;
use crate::ui::components::{
    common::field::Field,
    common::field_set::FieldSet,
    common::tag_input::TagInput,
    goals::category_picker::CategoryPicker,
    goals::goal_summary::GoalSummary,
    goals::milestone_editor::MilestoneEditor,
    goals::smart_panel::SmartPanel,
    goals::template_picker::TemplatePicker,
    goals::wizard_progress::{STEPS, WizardProgress},
};
use crate::ui::state::AppCtx;

/// Goal definition: start from scratch or a template, then a five-step wizard
/// (Why → Goal → Measure & deadline → Milestones → Review) that saves as you type.
#[component]
pub fn GoalPage() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let has_goal = Memo::new(move |_| ctx.state.with(|s| s.active().is_some()));
    view! {
        <div class="page" data-testid="page-goal">
            <Show when=move || has_goal.get() fallback=|| view! { <GoalStart/> }>
                <GoalWizard/>
            </Show>
        </div>
    }
}

/// The first screen: why a goal matters, start from scratch, or adapt a template.
#[component]
fn GoalStart() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let start = move |_| {
        ctx.add_goal(GoalDraft::default());
        focus_later("step-title");
    };
    let pick = Callback::new(move |id: &'static str| {
        if let Some(t) = templates::find(id) {
            ctx.add_goal(t.to_draft(ctx.today));
            focus_later("step-title");
        }
    });
    view! {
        <h1>{intro::GOAL.title}</h1>
        <p class="lede">{intro::GOAL.lede}</p>
        <section class="card">
            <h2>"Start from scratch"</h2>
            <p>"Five short steps. Everything is saved as you type, in this browser only."</p>
            <button type="button" class="button primary" data-testid="start-scratch" on:click=start>
                "Write my own goal"
            </button>
        </section>
        <h2>"Or adapt a template"</h2>
        <p class="hint">"Each template is a complete SMART goal with milestones and focus skills. Change anything."</p>
        <TemplatePicker on_pick=pick/>
    }
}

/// The wizard for the active goal.
#[component]
fn GoalWizard() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let today = ctx.today;
    let draft = ctx.active_draft();
    let step = Memo::new(move |_| {
        ctx.state
            .with(|s| s.active().map(|g| g.step.min(REVIEW_STEP)).unwrap_or(0))
    });
    let assessment =
        Memo::new(move |_| draft.with(|d| d.as_ref().map(|d| smart::assess(d, today))));
    let errors = Memo::new(move |_| {
        ctx.goal_check.with(|c| match c {
            Some(Err(e)) => e.clone(),
            _ => Vec::new(),
        })
    });
    let go = move |to: u8| {
        // Arriving at the measure step: prefill it from what the SMART check found, unless
        // the user has filled any of it in.
        let prefill = to == 2
            && draft.with_untracked(|d| {
                d.as_ref().is_some_and(|d| {
                    let mut d = d.clone();
                    measure::prefill_measure(&mut d, today)
                })
            });
        if prefill {
            ctx.update_draft(|d| {
                measure::prefill_measure(d, today);
            });
        }
        ctx.update_goal(|g| g.step = to.min(REVIEW_STEP));
        focus_later("step-title");
    };
    let pick_step = Callback::new(go);
    let use_deadline = Callback::new(move |iso: String| ctx.update_draft(|d| d.deadline = iso));
    let touched = RwSignal::new(Vec::<String>::new());
    provide_context(Touched(touched));

    view! {
        <div class="wizard-head">
            <h1>"Your goal"</h1>
            <GoalSwitcher/>
        </div>
        <WizardProgress step=step on_pick=pick_step/>
        <form class="wizard" on:submit=move |ev| ev.prevent_default() novalidate
            on:focusout=move |ev| crate::ui::browser::touch(touched, &ev)
            on:change=move |ev| crate::ui::browser::touch(touched, &ev)>
            {move || match step.get() {
                0 => view! { <StepWhy draft=draft/> }.into_any(),
                1 => {
                    view! {
                        <StepStatement draft=draft/>
                        <SmartPanel assessment=assessment on_use_deadline=use_deadline/>
                    }
                        .into_any()
                }
                2 => {
                    view! {
                        <StepMeasure draft=draft errors=errors/>
                        <SmartPanel assessment=assessment on_use_deadline=use_deadline/>
                    }
                        .into_any()
                }
                3 => {
                    view! {
                        <h2 id="step-title" tabindex="-1" class="visually-hidden">"Milestones"</h2>
                        <MilestoneEditor
                            draft=draft
                            today=today
                            on_change=Callback::new(move |list| ctx.update_draft(|d| d.milestones = list))
                        />
                    }
                        .into_any()
                }
                _ => view! { <StepReview goal=ctx.active_goal errors=errors assessment=assessment on_pick=pick_step/> }.into_any(),
            }}
            <div class="wizard-nav">
                <button
                    type="button"
                    class="button"
                    data-testid="wizard-back"
                    disabled=move || step.get() == 0
                    on:click=move |_| go(step.get_untracked().saturating_sub(1))
                >
                    "Back"
                </button>
                <Show
                    when=move || { step.get() < REVIEW_STEP }
                    fallback=|| view! { <A href="/mentors" attr:class="button primary">"Find mentors"</A> }
                >
                    <button
                        type="button"
                        class="button primary"
                        data-testid="wizard-next"
                        on:click=move |_| go(step.get_untracked() + 1)
                    >
                        {move || format!("Next: {}", STEPS.get(step.get() as usize + 1).copied().unwrap_or(""))}
                    </button>
                </Show>
            </div>
        </form>
    }
}

/// The ids of the wizard's inputs the user has left or changed (see [`filled_error`]).
#[derive(Clone, Copy)]
struct Touched(RwSignal<Vec<String>>);

/// Field error for `field` if its value was filled and the user has left or changed it (on the
/// steps), so fields are not scolded while typing or before the Review.
fn filled_error(
    errors: Memo<Vec<FieldError>>,
    draft: Memo<Option<GoalDraft>>,
    field: &'static str,
    value: fn(&GoalDraft) -> &str,
) -> Signal<Option<String>> {
    let touched = use_context::<Touched>();
    Signal::derive(move || {
        let filled = draft.with(|d| d.as_ref().is_some_and(|d| !value(d).trim().is_empty()));
        let id = field.replace('_', "-");
        let left = touched.is_none_or(|t| t.0.with(|t| t.contains(&id)));
        if !filled || !left {
            return None;
        }
        errors.with(|e| {
            e.iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone())
        })
    })
}

/// Step 1: the aspiration (why), the category and the focus skills.
#[component]
fn StepWhy(
    /// The active draft.
    draft: Memo<Option<GoalDraft>>,
) -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let field = move |f: fn(&GoalDraft) -> String| {
        Signal::derive(move || draft.with(|d| d.as_ref().map(f).unwrap_or_default()))
    };
    view! {
        <h2 id="step-title" tabindex="-1">"Why this goal?"</h2>
        <Field
            id="aspiration"
            label="What do you want in the long run?"
            hint="Your aspiration: where you want to be in a year or a few. It keeps the goal relevant."
        >
            <textarea
                placeholder="e.g. Become someone people trust to explain complex ideas"
                prop:value=field(|d| d.aspiration.clone())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    ctx.update_draft(|d| d.aspiration = v)
                }
            ></textarea>
        </Field>
        <CategoryPicker
            value=field(|d| d.category.clone())
            on_change=Callback::new(move |v| ctx.update_draft(|d| d.category = v))
        />
        <TagInput
            id="skill-input"
            label="Focus skills"
            hint="The skills you want to grow, e.g. public speaking. Mentors are matched on these."
            items=Signal::derive(move || draft.with(|d| d.as_ref().map(|d| d.focus_skills.clone()).unwrap_or_default()))
            on_change=Callback::new(move |v| ctx.update_draft(|d| d.focus_skills = v))
            error=Signal::derive(|| None::<String>)
            max=MAX_SKILLS
        />
        <Field id="long-term" label=" This is a long-term goal (a year or more)" label_class="check" inline=true>
            <input
                type="checkbox"
                prop:checked=move || draft.with(|d| d.as_ref().is_some_and(|d| d.long_term))
                on:change=move |ev| {
                    let v = event_target_checked(&ev);
                    ctx.update_draft(|d| d.long_term = v)
                }
            />
        </Field>
    }
}

/// Step 2: the goal statement, coached live by the SMART panel.
#[component]
fn StepStatement(
    /// The active draft.
    draft: Memo<Option<GoalDraft>>,
) -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    view! {
        <h2 id="step-title" tabindex="-1">"Your goal in one sentence"</h2>
        <Field
            id="statement"
            label="Goal"
            hint="What will you do, how much, and by when? The SMART check below coaches you as you type."
        >
            <textarea
                aria-required="true"
                placeholder="e.g. Give 3 talks at local meetups by June 30, 2027"
                prop:value=move || draft.with(|d| d.as_ref().map(|d| d.statement.clone()).unwrap_or_default())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    ctx.update_draft(|d| d.statement = v)
                }
            ></textarea>
        </Field>
    }
}

/// Step 3: success measure, deadline and weekly time.
#[component]
fn StepMeasure(
    /// The active draft.
    draft: Memo<Option<GoalDraft>>,
    /// Validation errors of the draft.
    errors: Memo<Vec<FieldError>>,
) -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let field = move |f: fn(&GoalDraft) -> String| {
        Signal::derive(move || draft.with(|d| d.as_ref().map(f).unwrap_or_default()))
    };
    let deadline_hint = move || {
        draft.with(|d| {
            d.as_ref()
                .and_then(|d| parse_iso_date(&d.deadline))
                .map(|dl| {
                    let days = (dl - ctx.today).num_days();
                    if days >= 0 {
                        format!("{} — {} weeks from today.", smart::human_date(dl), days / 7)
                    } else {
                        format!("{} — in the past.", smart::human_date(dl))
                    }
                })
        })
    };
    let prefilled = Memo::new(move |_| {
        draft.with(|d| {
            d.as_ref()
                .is_some_and(|d| measure::is_prefilled(d, ctx.today))
        })
    });
    view! {
        <h2 id="step-title" tabindex="-1">"How will you know, and by when?"</h2>
        <FieldSet id="measure" class="field measure" legend="Success measure" hint="Something you can count, e.g. talks given: 0 → 3.">
            <Show when=move || prefilled.get()>
                <p class="notice prefilled" data-testid="measure-prefilled">
                    "Filled in from your goal. Change anything that isn't right."
                </p>
            </Show>
            <div class="grid-2">
                <Field id="metric" label="What you count" error=filled_error(errors, draft, "metric", |d| &d.metric)>
                    <input
                        type="text"
                        placeholder="e.g. talks given"
                        prop:value=field(|d| d.metric.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            ctx.update_draft(|d| d.metric = v)
                        }
                    />
                </Field>
                <Field id="unit" label="Unit">
                    <input
                        type="text"
                        placeholder="e.g. talks"
                        prop:value=field(|d| d.unit.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            ctx.update_draft(|d| d.unit = v)
                        }
                    />
                </Field>
                <Field id="baseline" label="Where you are now" error=filled_error(errors, draft, "baseline", |d| &d.baseline)>
                    <input
                        type="text"
                        inputmode="decimal"
                        placeholder="e.g. 0"
                        prop:value=field(|d| d.baseline.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            ctx.update_draft(|d| d.baseline = v)
                        }
                    />
                </Field>
                <Field id="target" label="Target" error=filled_error(errors, draft, "target", |d| &d.target)>
                    <input
                        type="text"
                        inputmode="decimal"
                        placeholder="e.g. 3"
                        prop:value=field(|d| d.target.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            ctx.update_draft(|d| d.target = v)
                        }
                    />
                </Field>
            </div>
        </FieldSet>
        <div class="grid-2">
            <div>
                <Field id="deadline" label="Deadline" error=filled_error(errors, draft, "deadline", |d| &d.deadline)>
                    <input
                        type="date"
                        aria-required="true"
                        prop:value=field(|d| d.deadline.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            ctx.update_draft(|d| d.deadline = v)
                        }
                    />
                </Field>
                <p class="hint" aria-live="polite">{deadline_hint}</p>
            </div>
            <Field id="weekly-hours" label="Hours per week you can give it" error=filled_error(errors, draft, "weekly_hours", |d| &d.weekly_hours)>
                <input
                    type="text"
                    inputmode="decimal"
                    placeholder="e.g. 3"
                    prop:value=field(|d| d.weekly_hours.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        ctx.update_draft(|d| d.weekly_hours = v)
                    }
                />
            </Field>
        </div>
    }
}

/// Step 5: the goal as a mentor will read it, or what is still missing.
#[component]
fn StepReview(
    /// The active goal, if its draft validates.
    goal: Memo<Option<Goal>>,
    /// Validation errors of the draft.
    errors: Memo<Vec<FieldError>>,
    /// The SMART assessment.
    assessment: Memo<Option<smart::Assessment>>,
    /// Jumps to a step.
    on_pick: Callback<u8>,
) -> impl IntoView {
    let step_of = |field: &str| -> u8 {
        match field {
            "aspiration" | "category" | "focus_skills" => 0,
            "statement" => 1,
            f if f.starts_with("milestones") => 3,
            _ => 2,
        }
    };
    view! {
        <h2 id="step-title" tabindex="-1">"Review: your goal as a mentor will read it"</h2>
        {move || match goal.get() {
            Some(g) => {
                let a = assessment.get();
                let open: Vec<_> = a
                    .map(|a| a.checks.iter().filter(|c| c.verdict != smart::Verdict::Met).map(|c| (c.letter.name(), c.suggestion.clone().unwrap_or_else(|| c.reason.clone()))).collect())
                    .unwrap_or_default();
                view! {
                    <GoalSummary goal=g/>
                    {if open.is_empty() {
                        view! { <p class="status" data-testid="review-smart">"All five SMART letters are met. Your goal is ready for a mentor."</p> }.into_any()
                    } else {
                        view! {
                            <section class="card" data-testid="review-smart">
                                <h3>"Could be sharper"</h3>
                                <ul>{open.into_iter().map(|(n, s)| view! { <li><strong>{n}": "</strong>{s}</li> }).collect_view()}</ul>
                            </section>
                        }.into_any()
                    }}
                }
                    .into_any()
            }
            None => {
                view! {
                    <section class="notice warning" role="alert" data-testid="review-errors">
                        <h3>"A few things are missing"</h3>
                        <ul>
                            {errors
                                .get()
                                .into_iter()
                                .map(|e| {
                                    let to = step_of(&e.field);
                                    view! {
                                        <li>
                                            {e.message}
                                            " "
                                            <button type="button" class="button subtle small" on:click=move |_| on_pick.run(to)>
                                                {format!("Go to {}", STEPS[to as usize])}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
                    .into_any()
            }
        }}
    }
}

/// Switches the active goal, starts a new one, applies a template (asking before it would
/// overwrite a goal in progress), or deletes the active goal after confirmation.
#[component]
fn GoalSwitcher() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let goals = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.goals
                .iter()
                .enumerate()
                .map(|(i, g)| {
                    let name = if g.draft.statement.trim().is_empty() {
                        format!("Untitled goal {}", i + 1)
                    } else {
                        flow::short(&g.draft.statement, 48)
                    };
                    (g.id.clone(), name)
                })
                .collect::<Vec<_>>()
        })
    });
    let active = Memo::new(move |_| {
        ctx.state
            .with(|s| s.active_goal.clone().unwrap_or_default())
    });
    let show_templates = RwSignal::new(false);
    let full = Memo::new(move |_| ctx.state.with(|s| s.goals.len() >= MAX_GOALS));
    let pending_template = RwSignal::new(None::<&'static str>);
    let confirm_delete = RwSignal::new(false);
    let apply = move |id: &'static str, replace: bool| {
        if let Some(t) = templates::find(id) {
            let d = t.to_draft(ctx.today);
            if replace {
                ctx.update_goal(|g| {
                    g.draft = d;
                    g.step = 0;
                });
            } else if !full.get_untracked() {
                ctx.add_goal(d);
            }
        }
        pending_template.set(None);
        show_templates.set(false);
        focus_later("step-title");
    };
    let pick = Callback::new(move |id: &'static str| {
        let in_progress = ctx
            .active_draft()
            .get_untracked()
            .is_some_and(|d| templates::draft_in_progress(&d));
        if in_progress {
            pending_template.set(Some(id));
            // The question opens under the tapped template: move focus (and the view) there.
            focus_later("template-confirm");
        } else {
            apply(id, true)
        }
    });
    view! {
        <div class="goal-switcher">
            <Show when=move || { goals.with(Vec::len) > 1 }>
                <Field id="goal-select" label="Active plan" bare=true>
                <select
                    on:change=move |ev| {
                        let id = event_target_value(&ev);
                        ctx.state.update(|s| s.active_goal = Some(id));
                    }
                >
                    <For each=move || goals.get() key=|g| g.clone() let:g>
                        <option value=g.0.clone() selected=move || active.get() == g.0>{g.1.clone()}</option>
                    </For>
                </select>
                </Field>
            </Show>
            <div class="actions">
                <button type="button" class="button subtle small" data-testid="new-goal" disabled=full
                    aria-describedby=move || full.get().then_some("goals-full")
                    on:click=move |_| {
                        if !full.get_untracked() {
                            ctx.add_goal(GoalDraft::default());
                            focus_later("step-title");
                        }
                    }>"New goal"</button>
                <button
                    type="button"
                    class="button subtle small"
                    aria-expanded=move || show_templates.get().to_string()
                    data-testid="show-templates"
                    on:click=move |_| show_templates.update(|v| *v = !*v)
                >
                    "Templates"
                </button>
                <button type="button" class="button subtle small" on:click=move |_| confirm_delete.set(true)>"Delete goal"</button>
            </div>
            <Show when=move || full.get()>
                <p class="hint" id="goals-full">{format!("You have {MAX_GOALS} goals, the most Trellis keeps. Delete one to add another.")}</p>
            </Show>
            <Show when=move || confirm_delete.get()>
                <div class="confirm card" role="group" aria-labelledby="del-q">
                    <p id="del-q"><strong>"Delete this goal and its plan from this browser?"</strong></p>
                    <button type="button" class="button danger" on:click=move |_| {
                        ctx.state.update(|s| {
                            if let Some(id) = s.active_goal.take() {
                                s.goals.retain(|g| g.id != id);
                            }
                            s.active_goal = s.goals.first().map(|g| g.id.clone());
                        });
                        confirm_delete.set(false);
                    }>"Delete goal"</button>
                    <button type="button" class="button subtle" on:click=move |_| confirm_delete.set(false)>"Cancel"</button>
                </div>
            </Show>
            <Show when=move || show_templates.get()>
                <section class="template-panel" aria-labelledby="tpl-title">
                    <h2 id="tpl-title">"Start from a template"</h2>
                    <TemplatePicker on_pick=pick pending=pending_template question=move || view! {
                        <div class="confirm card" role="alertdialog" aria-labelledby="tpl-q" id="template-confirm" tabindex="-1" data-testid="template-confirm">
                            <p id="tpl-q"><strong>"You have a goal in progress. What should the template do?"</strong></p>
                            <button type="button" class="button primary" data-testid="template-new" on:click=move |_| {
                                if let Some(id) = pending_template.get_untracked() { apply(id, false) }
                            }>"Start it as a new goal"</button>
                            <button type="button" class="button danger" data-testid="template-replace" on:click=move |_| {
                                if let Some(id) = pending_template.get_untracked() { apply(id, true) }
                            }>"Replace my goal"</button>
                            <button type="button" class="button subtle" on:click=move |_| pending_template.set(None)>"Cancel"</button>
                        </div>
                    }/>
                </section>
            </Show>
        </div>
    }
}
