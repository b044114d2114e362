//! The datalist of IANA zone names offered by zone inputs.

use leptos::prelude::*;

use crate::core::time::tz::Tz;

/// A `<datalist id="zone-list">` of every IANA zone name, for zone inputs.
#[component]
pub fn ZoneList() -> impl IntoView {
    view! {
        <datalist id="zone-list">
            {Tz::all().map(|z| view! { <option value=z.name()></option> }).collect_view()}
        </datalist>
    }
}
