use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// A plan opened from a shared link. The plan travels in the URL fragment, which browsers
/// never send to a server.
#[component]
pub fn SharedPage() -> impl IntoView {
    let location = use_location();
    let has_payload = move || {
        location
            .hash
            .with(|h| !h.trim_start_matches('#').is_empty())
    };
    view! {
        <div class="page" data-testid="page-shared">
            <h1>"Shared plan"</h1>
            <Show
                when=has_payload
                fallback=|| {
                    view! {
                        <section class="card">
                            <h2>"Open the link you were sent"</h2>
                            <p>
                                "A mentee can share their mentoring plan as a link. The whole plan travels inside the link itself — no server, no account — and opens here, read-only."
                            </p>
                            <A href="/" attr:class="button">"Make your own plan"</A>
                        </section>
                    }
                }
            >
                <section class="notice warning" role="alert" data-testid="shared-error">
                    <h2>"This link could not be read"</h2>
                    <p>"This version of Trellis does not recognise the plan in this link. Nothing on this device was changed."</p>
                </section>
            </Show>
        </div>
    }
}
