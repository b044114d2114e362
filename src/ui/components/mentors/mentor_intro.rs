use leptos::prelude::*;

use crate::core::mentors::intro::draft_intro;
use crate::ui::pages::mentors::Matching;
use crate::ui::state::AppCtx;

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
                <h2 id="intro-title" tabindex="-1">"Introduction to "<bdi>{mentor.name.clone()}</bdi></h2>
                <div class="field">
                    <label for="intro-text">"Your message (edit freely)"</label>
                    <textarea
                        id="intro-text"
                        class="intro-text"
                        rows="16"
                        data-testid="intro-text"
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                </div>
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
