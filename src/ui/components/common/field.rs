//! The one field component: a label, an optional hint and error, and the control, wired the
//! same way everywhere (`id`, `for`, `aria-invalid`, `aria-describedby`).

use leptos::attr::{aria_describedby, aria_invalid, id as id_attr};
use leptos::prelude::*;

/// A labelled control. The control is the one element passed as children; the field gives it
/// its `id`, `aria-invalid="true"` while there is an error, and `aria-describedby` naming the
/// hint (`{id}-hint`) and the error (`{id}-error`) when they are present.
#[component]
pub fn Field(
    /// The control's element id; also the base of the hint and error ids.
    #[prop(into)]
    id: String,
    /// What the label says (text, or a small view such as text with a badge).
    #[prop(into)]
    label: FieldLabel,
    /// Help text shown between the label and the control.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The id of a hint the caller renders itself (above a group of fields); the field then
    /// only points at it.
    #[prop(optional, into)]
    hint_id: Option<String>,
    /// The field's current error; the error paragraph exists only for fields that have one.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
    /// The id of an error paragraph the caller renders itself (one line under a row of
    /// fields); the field then only points at it while `error` holds a message.
    #[prop(optional, into)]
    error_id: Option<String>,
    /// Classes of the wrapping `div` (`field` unless given; empty for a plain `div`).
    #[prop(default = "field")]
    class: &'static str,
    /// No wrapping `div`: label, hint, control and error go straight into the parent (a grid
    /// or a row of controls).
    #[prop(optional)]
    bare: bool,
    /// Classes of the label (`visually-hidden`, `check`, …).
    #[prop(optional)]
    label_class: Option<&'static str>,
    /// The label wraps the control and its text follows it (checkboxes and radios).
    #[prop(optional)]
    inline: bool,
    /// The control: one element (input, textarea or select) without an id.
    children: Children,
) -> impl IntoView {
    let own_hint = hint_id.is_none();
    let hint_id = hint_id.unwrap_or_else(|| format!("{id}-hint"));
    let own_error = error_id.is_none();
    let error_id = error_id.unwrap_or_else(|| format!("{id}-error"));
    // `try_get`: an attribute update can still be queued when a row of fields is rebuilt and
    // its error signal disposed; such a late update reads "no error" instead of trapping.
    let err = move || error.and_then(|e| e.try_get().flatten());
    let described = described_by(
        (hint.is_some() || !own_hint).then(|| hint_id.clone()),
        error_id.clone(),
        error,
    );
    // Broken characters (lone UTF-16 surrogates) cannot be kept: they become "�", and the
    // field says so (a second input listener beside the control's own).
    let replaced = RwSignal::new(false);
    let control = children().add_any_attr((
        id_attr(id.clone()),
        aria_describedby(described),
        aria_invalid(move || err().is_some().then_some("true")),
        leptos::tachys::html::event::on(leptos::ev::input, move |ev: web_sys::Event| {
            replaced.set(crate::ui::browser::input_value(&ev).1);
        }),
    ));
    let broken = move || {
        replaced.get().then(|| {
            view! {
                <p class="hint" role="status" data-testid="replaced-chars">
                    "Some characters you entered were broken (lone UTF-16 surrogates) and are kept as “�”."
                </p>
            }
        })
    };
    let hint = hint
        .filter(|_| own_hint)
        .map(|h| view! { <p class="hint" id=hint_id>{h}</p> });
    let error = error.filter(|_| own_error).map(|_| {
        view! { <p class="field-error" id=error_id aria-live="polite">{err}</p> }
    });
    let body = if inline {
        view! {
            <label class=label_class for=id>{control}{label.0}</label>
            {hint}
            {error}
            {broken}
        }
        .into_any()
    } else {
        view! {
            <label class=label_class for=id>{label.0}</label>
            {hint}
            {control}
            {error}
            {broken}
        }
        .into_any()
    };
    if bare {
        body
    } else {
        view! { <div class=(!class.is_empty()).then_some(class)>{body}</div> }.into_any()
    }
}

/// The `aria-describedby` value of a field or group: the hint id (when there is a hint) and
/// the error id (while there is an error), or no attribute at all.
pub fn described_by(
    hint_id: Option<String>,
    error_id: String,
    error: Option<Signal<Option<String>>>,
) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
    move || {
        let has_error = error.is_some_and(|e| e.try_with(Option::is_some).unwrap_or(false));
        match (&hint_id, has_error) {
            (Some(h), true) => Some(format!("{h} {error_id}")),
            (Some(h), false) => Some(h.clone()),
            (None, true) => Some(error_id.clone()),
            (None, false) => None,
        }
    }
}

/// What a field's label shows: plain text, or a small view (text with a badge).
pub struct FieldLabel(AnyView);

impl From<&'static str> for FieldLabel {
    fn from(text: &'static str) -> Self {
        FieldLabel(text.into_any())
    }
}

impl From<String> for FieldLabel {
    fn from(text: String) -> Self {
        FieldLabel(text.into_any())
    }
}

impl From<AnyView> for FieldLabel {
    fn from(view: AnyView) -> Self {
        FieldLabel(view)
    }
}
