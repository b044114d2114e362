//! Small browser helpers the pages share: today's date, the current instant, new ids, file
//! downloads, the browser's languages and time zone, the address query.
//! Everything that asks the browser for the clock lives here, so the core never does.

use chrono::{DateTime, NaiveDate, Utc};
use wasm_bindgen::JsCast;

use crate::core::form::base36;
use crate::core::mentors::needs::BrowserFacts;
/// Whether the last-resort handler (`js/last_resort.js`) has stopped the app after a trap:
/// then nothing may be written, since the state in memory may be half updated.
pub fn trapped() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"trellisStopped".into()).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Today's date in the browser's local time zone.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or(NaiveDate::MIN)
}

/// The current instant (e.g. the DTSTAMP of calendar files).
pub fn now_utc() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// A new id unique enough for plan ids, link origins and calendar UIDs: `prefix`, a dash and
/// the current time in milliseconds in base 36 (e.g. `g1-mjuohs00`).
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}-{}", base36(js_sys::Date::now().max(0.0) as u64))
}

/// The current instant as an ISO-8601 UTC string.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// The browser's IANA time zone (e.g. `Europe/London`), if it reports one.
pub fn browser_time_zone() -> Option<String> {
    let opts = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&opts, &"timeZone".into())
        .ok()?
        .as_string()
}

/// What the browser says about the mentee (`navigator.languages` and `Intl`'s time zone),
/// handed to the core as data ([`BrowserFacts`]) for the assumptions of a first ranking.
pub fn browser_facts() -> BrowserFacts {
    let languages = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    BrowserFacts {
        languages,
        time_zone: browser_time_zone(),
    }
}

/// One parameter of the current address's query (`?q=…`), decoded.
pub fn url_param(key: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(key)
}

/// Replaces the query of the current address without a navigation (no history entry, nothing
/// re-rendered), so a reload comes back to the same view. Pairs with an empty value are left out.
pub fn replace_url_query(pairs: &[(&str, String)]) {
    let Some(w) = web_sys::window() else { return };
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return;
    };
    for (k, v) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        params.append(k, v);
    }
    let query = String::from(params.to_string());
    let path = w.location().pathname().unwrap_or_default();
    let hash = w.location().hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    let current = format!("{path}{}{hash}", w.location().search().unwrap_or_default());
    if url != current
        && let Ok(h) = w.history()
    {
        let state = h.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = h.replace_state_with_url(&state, "", Some(&url));
    }
}

/// Scrolls the element with this id to the top of the view (its CSS `scroll-margin-top`
/// leaves room for sticky bars).
pub fn scroll_to(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.scroll_into_view_with_bool(true);
    }
}

/// Whether a media query matches now, e.g. `(min-width: 1024px)`.
pub fn media_matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Offers `contents` to the user as a downloaded file.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&contents.into());
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &props)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Revoking at once can cancel the download in some browsers: free the URL a while later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// Milliseconds on the page's monotonic clock (`performance.now()`), for slicing long work;
/// 0 when the browser has no performance clock (then each slice does one step).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Lets the browser paint and handle input before the caller goes on: resolves in a fresh
/// task (a zero-delay timeout). Long work is split with it so no single task blocks the page.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `f` when the browser is idle (`requestIdleCallback`, at most a second later), or in
/// the next task where the browser has no idle callbacks (Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let idle = js_sys::Reflect::get(&w, &"requestIdleCallback".into())
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Function>().ok());
    let called = match idle {
        Some(idle) => {
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &"timeout".into(), &1000.into());
            idle.call2(&w, &f, &opts).is_ok()
        }
        None => false,
    };
    if !called {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
    }
}

/// The value of the input or textarea an event came from, and whether the browser's text held
/// lone UTF-16 surrogates (broken characters a Rust string cannot hold): those arrive as
/// U+FFFD "�", and the caller should say so rather than change the text silently.
pub fn input_value(ev: &web_sys::Event) -> (String, bool) {
    let raw = ev
        .target()
        .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
        .and_then(|v| v.dyn_into::<js_sys::JsString>().ok());
    match raw {
        Some(js) => (String::from(&js), !js.is_valid_utf16()),
        None => (String::new(), false),
    }
}

/// Records the id of the element an event (focusout, change) came from in `touched`, so a
/// form shows a field's error only once the user has left or changed that field.
pub fn touch(touched: leptos::prelude::RwSignal<Vec<String>>, ev: &web_sys::Event) {
    use leptos::prelude::Update;
    let id = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|e| e.id())
        .unwrap_or_default();
    if !id.is_empty() {
        touched.update(|t| {
            if !t.contains(&id) {
                t.push(id)
            }
        });
    }
}

/// Moves keyboard focus to the element with this id on the next frame (after a re-render).
pub fn focus_later(id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Copies `text` to the clipboard, then calls `done(true)`; `done(false)` when the browser has
/// no clipboard or refuses (the caller then lets the user copy by hand).
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let nav = web_sys::window().map(|w| w.navigator());
    let clipboard = nav
        .as_ref()
        .and_then(|n| js_sys::Reflect::get(n, &"clipboard".into()).ok())
        .filter(|v| !v.is_undefined() && !v.is_null());
    let Some(clipboard) = clipboard else {
        done(false);
        return;
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
