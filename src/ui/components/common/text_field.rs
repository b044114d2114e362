use leptos::prelude::*;

/// A labelled text input or textarea bound to a value, with an optional hint and error that
/// screen readers hear (`aria-describedby`, `aria-invalid`).
#[component]
pub fn TextField(
    /// Element id; also the base of the hint and error ids.
    id: &'static str,
    /// Visible label.
    label: &'static str,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new value on every keystroke.
    on_input: Callback<String>,
    /// Help text under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// An error for this field, if any.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
    /// A textarea instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// The input type (`text`, `date`, `number`, …).
    #[prop(default = "text")]
    kind: &'static str,
    /// Placeholder example.
    #[prop(optional)]
    placeholder: Option<&'static str>,
    /// `inputmode` for phone keyboards (`decimal`, `numeric`).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// Marks the field as required for assistive technology.
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let err = move || error.and_then(|e| e.get());
    let described = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if err().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    // Broken characters (lone surrogates) cannot be kept: they become "�", and we say so.
    let replaced = RwSignal::new(false);
    let input = move |ev: leptos::ev::Event| {
        let (value, broken) = crate::ui::browser::input_value(&ev);
        replaced.set(broken);
        on_input.run(value);
    };
    let control = if multiline {
        view! {
            <textarea
                id=id
                aria-describedby=described.clone()
                aria-invalid=move || err().is_some().then_some("true")
                aria-required=required.then_some("true")
                placeholder=placeholder
                prop:value=move || value.get()
                on:input=input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id
                type=kind
                aria-describedby=described
                aria-invalid=move || err().is_some().then_some("true")
                aria-required=required.then_some("true")
                placeholder=placeholder
                inputmode=inputmode
                prop:value=move || value.get()
                on:input=input
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {control}
            <p class="field-error" id=error_id aria-live="polite">{err}</p>
            <Show when=move || replaced.get()>
                <p class="hint" role="status" data-testid="replaced-chars">
                    "Some characters you entered were broken (lone UTF-16 surrogates) and are kept as “�”."
                </p>
            </Show>
        </div>
    }
}
