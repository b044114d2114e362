//! Small browser helpers the pages share: today's date, the current instant, new ids, file
//! downloads.
//! Everything that asks the browser for the clock lives here, so the core never does.

use chrono::{DateTime, NaiveDate, Utc};
use wasm_bindgen::JsCast;

use crate::core::form::base36;

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
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
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
