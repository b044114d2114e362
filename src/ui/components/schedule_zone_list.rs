use leptos::prelude::*;

/// A `<datalist id="zone-list">` of every IANA zone name, for zone inputs.
#[component]
pub fn ZoneList() -> impl IntoView {
    view! {
        <datalist id="zone-list">
            {chrono_tz::TZ_VARIANTS.iter().map(|z| view! { <option value=z.name()></option> }).collect_view()}
        </datalist>
    }
}
