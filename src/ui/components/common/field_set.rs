//! The group variant of the field component: a fieldset whose legend labels a set of
//! checkboxes or radios, with an optional hint and error wired the same way as a field's.

use leptos::prelude::*;

use crate::ui::components::common::field::described_by;

/// A labelled group of controls. The legend names the group; `aria-describedby` on the
/// fieldset names the hint (`{id}-hint`) and the error (`{id}-error`) when they are present.
/// (`aria-invalid` stays on the single controls: a group has no value to be invalid.)
#[component]
pub fn FieldSet(
    /// The fieldset's element id; also the base of the hint and error ids.
    #[prop(into)]
    id: String,
    /// What the legend says.
    #[prop(into)]
    legend: TextProp,
    /// Help text under the legend.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The group's current error; the error paragraph exists only for groups that have one.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
    /// Classes of the fieldset (`field` unless given).
    #[prop(default = "field")]
    class: &'static str,
    /// Classes of the legend.
    #[prop(optional)]
    legend_class: Option<&'static str>,
    /// The controls (each one a `Field` with `inline`, or a row of them).
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let err = move || error.and_then(|e| e.try_get().flatten());
    let described = described_by(
        hint.is_some().then(|| hint_id.clone()),
        error_id.clone(),
        error,
    );
    let hint = hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> });
    let error = error.map(|_| {
        view! { <p class="field-error" id=error_id aria-live="polite">{err}</p> }
    });
    view! {
        <fieldset class=class id=id aria-describedby=described>
            <legend class=legend_class>{move || legend.get()}</legend>
            {hint}
            {children()}
            {error}
        </fieldset>
    }
}
