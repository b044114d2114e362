use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::mentors::mentor::Mentor;
use crate::core::time::tz::parse_zone;
use crate::ui::components::{
    sessions::schedule_zone_list::ZoneList, sessions::session_ctx::PlanCtx,
};

/// Shown when no mentor is chosen yet: pick one on the Mentors page, or type in a mentor found
/// outside Trellis (a name and an IANA time zone), kept as a minimal mentor copy on the goal.
#[component]
pub fn SessionMentorForm(
    /// The shared plan handle.
    plan: PlanCtx,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let zone = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<String>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked().trim().to_string();
        let z = zone.get_untracked().trim().to_string();
        let mut errs = Vec::new();
        if n.is_empty() {
            errs.push("Write your mentor's name.".to_string());
        }
        if let Err(e) = parse_zone(&z) {
            errs.push(format!("Time zone: {e}."));
        }
        if !errs.is_empty() {
            errors.set(errs);
            return;
        }
        errors.set(Vec::new());
        plan.app
            .update_goal(|g| g.mentor = Some(Mentor::known_by_name("manual", &n, &z)));
    };
    view! {
        <section class="card" aria-labelledby="mentor-q" data-testid="mentor-form">
            <h2 id="mentor-q">"Who is your mentor?"</h2>
            <p>
                "Plans are made with one mentor. Choose one from your shortlist, or — if you found your mentor outside Trellis — type their name and time zone so session times show for both of you."
            </p>
            <A href="/mentors" attr:class="button">"Choose on the Mentors page"</A>
            <form class="mentor-manual" on:submit=save novalidate>
                <div class="field">
                    <label for="manual-mentor-name">"Mentor's name"</label>
                    <input
                        id="manual-mentor-name"
                        type="text"
                        autocomplete="off"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="manual-mentor-zone">"Mentor's time zone"</label>
                    <p class="hint" id="manual-mentor-zone-hint">"An IANA name such as Europe/London or America/New_York."</p>
                    <input
                        id="manual-mentor-zone"
                        type="text"
                        list="zone-list"
                        autocomplete="off"
                        aria-describedby="manual-mentor-zone-hint"
                        prop:value=move || zone.get()
                        on:input=move |ev| zone.set(event_target_value(&ev))
                    />
                    <ZoneList/>
                </div>
                <div role="alert" class="field-error" data-testid="mentor-errors">
                    {move || errors.get().into_iter().map(|e| view! { <p>{e}</p> }).collect_view()}
                </div>
                <button type="submit" class="button primary" data-testid="save-mentor">"Plan with this mentor"</button>
            </form>
        </section>
    }
}
