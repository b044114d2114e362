//! The wins log of the Progress section.

use leptos::prelude::*;

use crate::core::time::datefmt::human_date;
use crate::ui::components::common::field::Field;
use crate::ui::components::sessions::session_ctx::PlanCtx;

/// The wins log: small and large things worth celebrating, newest last; the final session's
/// agenda celebrates the first ones.
#[component]
pub fn ProgressWins(
    /// The shared plan handle.
    plan: PlanCtx,
) -> impl IntoView {
    let wins = Memo::new(move |_| plan.plan.with(|p| p.wins.clone()));
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move || {
        let t = text.get_untracked().trim().to_string();
        if t.is_empty() {
            error.set(Some("Write the win first.".into()));
            return;
        }
        error.set(None);
        plan.update(|m| m.add_win(plan.app.today, t));
        text.set(String::new());
    };
    view! {
        <section class="wins card" aria-labelledby="wins-title">
            <h3 id="wins-title">"Wins"</h3>
            <ul class="plain-list win-list" data-testid="wins">
                {move || wins.get().into_iter().map(|w| view! {
                    <li><span class="badge">{human_date(w.date)}</span>" "{w.text}</li>
                }).collect_view()}
            </ul>
            <div class="inline-add">
                <Field id="win-text" label="New win" bare=true label_class="visually-hidden" error=error error_id="win-text-error">
                    <input type="text" placeholder="e.g. Submitted my first talk proposal"
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { ev.prevent_default(); add() } />
                </Field>
                <button type="button" class="button" data-testid="add-win" on:click=move |_| add()>"Add a win"</button>
            </div>
            <p class="field-error" id="win-text-error" aria-live="polite">{move || error.get()}</p>
        </section>
    }
}
