//! The mentee's shortlist: order, notes, compare picks, introductions and the final choice.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::mentors::directory;
use crate::ui::components::common::field::Field;
use crate::ui::components::mentors::matching::{Matching, SHORTLIST_MAX};
use crate::ui::state::AppCtx;

/// Most mentors compared side by side.
pub const COMPARE_MAX: usize = 3;

/// The active goal's shortlist (up to five, in the mentee's order): reorder, a note per
/// mentor, pick two or three to compare, draft an introduction, choose one as the mentor.
/// Shortlisted mentors missing from the current directory are shown as such.
#[component]
pub fn MentorShortlist() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let m = Matching::use_ctx();
    let ids = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.active()
                .map(|g| {
                    g.shortlist
                        .iter()
                        .map(|e| e.mentor_id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let chosen = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.active()
                .and_then(|g| g.mentor.as_ref().map(|m| (m.id.clone(), m.name.clone())))
        })
    });
    let move_by = move |i: usize, up: bool| {
        ctx.update_goal(|g| {
            let j = if up { i.checked_sub(1) } else { Some(i + 1) };
            if let Some(j) = j.filter(|&j| j < g.shortlist.len()) {
                g.shortlist.swap(i, j);
            }
        })
    };
    let rows = move || {
        let list = ids.get();
        let n = list.len();
        list.into_iter()
            .enumerate()
            .map(|(i, id)| {
                let found = m.dir.with(|d| d.get(&id).cloned());
                // A mentor missing here may still be named by the sample directory.
                let name = found.as_ref().map(|x| x.name.clone()).unwrap_or_else(|| {
                    directory::sample()
                        .mentors
                        .iter()
                        .find(|x| x.id == id)
                        .map_or_else(|| id.clone(), |x| x.name.clone())
                });
                let note_id = format!("note-{i}");
                let id_edit = id.clone();
                let cmp_id = format!("compare-{i}");
                let pos = i + 1;
                let score = {
                    let found = found.clone();
                    move || {
                        let f = found.as_ref()?;
                        m.scorer.with(|s| s.as_ref().map(|s| s.0.score(f)))
                    }
                };
                let id_note = id.clone();
                let id_cmp = id.clone();
                let id_cmp2 = id.clone();
                let id_intro = id.clone();
                let id_rm = id.clone();
                let id_cmp_rm = id.clone();
                let chosen_id = id.clone();
                let choose_mentor = found.clone();
                let is_chosen = Memo::new(move |_| chosen.with(|c| c.as_ref().is_some_and(|c| c.0 == chosen_id)));
                view! {
                    <li class="sl-item card" data-testid="shortlist-item">
                        <div class="sl-head">
                            <span class="sl-pos" aria-hidden="true">{pos}</span>
                            <div class="sl-name">
                                <strong data-testid="shortlist-name">{name.clone()}</strong>
                                {match &found {
                                    Some(f) => view! { <span class="hint">{format!(" · {}", f.headline)}</span> }.into_any(),
                                    None => view! { <span class="badge warn" data-testid="not-in-directory">"not in this directory"</span> }.into_any(),
                                }}
                            </div>
                            {move || score().map(|s| view! { <span class="sl-score">{s}<span class="visually-hidden">" match score"</span></span> })}
                        </div>
                        <Field id=note_id label=view! { "Your note on "<bdi>{name.clone()}</bdi> }.into_any()>
                            <textarea
                                class="sl-note"
                                rows="2"
                                prop:value=move || ctx.state.with(|s| s.active().and_then(|g| g.shortlist.iter().find(|e| e.mentor_id == id_note).map(|e| e.note.clone())).unwrap_or_default())
                                on:input={
                                    let id = id_edit.clone();
                                    move |ev| {
                                        let v = event_target_value(&ev);
                                        ctx.update_goal(|g| {
                                            if let Some(e) = g.shortlist.iter_mut().find(|e| e.mentor_id == id) {
                                                e.note = v;
                                            }
                                        });
                                    }
                                }
                            ></textarea>
                        </Field>
                        <div class="actions">
                            <button type="button" class="button small" aria-label=format!("Move {name} up") disabled=i == 0 on:click=move |_| move_by(i, true)>"↑ Up"</button>
                            <button type="button" class="button small" aria-label=format!("Move {name} down") disabled=i + 1 == n on:click=move |_| move_by(i, false)>"↓ Down"</button>
                            {found.is_some().then(|| view! {
                                <Field id=cmp_id.clone() label="Compare" bare=true label_class="check compare-check" inline=true>
                                    <input
                                        type="checkbox"
                                        data-testid="compare-check"
                                        prop:checked=move || m.compare.with(|c| c.contains(&id_cmp))
                                        disabled=move || m.compare.with(|c| c.len() >= COMPARE_MAX && !c.contains(&id_cmp2))
                                        on:change={
                                            let id = id.clone();
                                            move |ev| {
                                                let on = event_target_checked(&ev);
                                                m.compare.update(|c| {
                                                    c.retain(|x| *x != id);
                                                    if on && c.len() < COMPARE_MAX { c.push(id.clone()); }
                                                });
                                            }
                                        }
                                    />
                                </Field>
                                <button
                                    type="button"
                                    class="button small"
                                    data-testid="draft-intro"
                                    aria-label=format!("Draft an introduction to {name}")
                                    on:click=move |_| {
                                        m.intro_for.set(Some(id_intro.clone()));
                                        crate::ui::browser::focus_later("intro-title");
                                    }
                                >
                                    "Draft an introduction"
                                </button>
                                <button
                                    type="button"
                                    class="button small"
                                    class:primary=move || !is_chosen.get()
                                    data-testid="choose-mentor"
                                    disabled=move || is_chosen.get()
                                    on:click=move |_| {
                                        let mentor = choose_mentor.clone();
                                        ctx.update_goal(|g| g.mentor = mentor);
                                    }
                                >
                                    {move || if is_chosen.get() { "Your mentor ✓" } else { "Choose as my mentor" }}
                                    <span class="visually-hidden">{format!(": {name}")}</span>
                                </button>
                            })}
                            <button
                                type="button"
                                class="button subtle small"
                                aria-label=format!("Remove {name} from the shortlist")
                                on:click=move |_| {
                                    let id = id_rm.clone();
                                    ctx.update_goal(|g| g.shortlist.retain(|e| e.mentor_id != id));
                                    m.compare.update(|c| c.retain(|x| *x != id_cmp_rm));
                                }
                            >
                                "Remove"
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || !ids.with(Vec::is_empty) || chosen.with(Option::is_some)>
            <section class="shortlist" aria-labelledby="shortlist-title" data-testid="shortlist">
                <h2 id="shortlist-title">{move || format!("Your shortlist ({} of {SHORTLIST_MAX})", ids.with(Vec::len))}</h2>
                <div aria-live="polite">
                    {move || chosen.get().map(|(_, name)| view! {
                        <p class="status chosen" data-testid="chosen-mentor">
                            <bdi>{name}</bdi>" is your mentor for this goal. "
                            <A href="/sessions">"Plan your sessions"</A>
                        </p>
                    })}
                </div>
                <p class="hint">"Tick two or three to compare them side by side."</p>
                <ol class="sl-list">{rows}</ol>
            </section>
        </Show>
    }
}
