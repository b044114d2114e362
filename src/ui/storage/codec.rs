//! The stored state's codec: reading and writing its JSON envelopes, the three-way merge with
//! another tab's save, and the check that nothing unreadable is written. Together they are the
//! largest piece of the app a first visit does not need (nothing is stored yet), so in the
//! split release build they are a lazy module of their own (`store`):
//! - when something is stored, the app mounts only after it has loaded (`web/boot.js` starts
//!   its download beside the main wasm);
//! - on a first visit it loads once the route's own page is on screen and the browser is idle,
//!   or at the first save, whichever comes first.
//!
//! [`get`] gives the codec once it is loaded; every use is synchronous from then on. Until
//! then a save says that it waits ([`super::SaveError::Loading`]) and is retried when the
//! codec arrives; a value another tab writes meanwhile is read then. In every other build
//! (tests, `trunk serve`, the single-bundle fallback) [`get`] is always `Some`.

use crate::core::store::merge::{self, Merged};
use crate::core::store::{self, AppState, DecodeError, Envelope, Roster, bounds};

/// The codec's functions. One table behind one split function, so that once its module is
/// loaded every call is a plain synchronous call.
pub struct Codec {
    /// [`store::decode`].
    pub decode: fn(&str) -> Result<Envelope, DecodeError>,
    /// [`store::decode_roster`].
    pub decode_roster: fn(&str) -> Result<Roster, DecodeError>,
    /// [`store::encode`].
    pub encode: fn(&AppState, &str, u64) -> String,
    /// [`store::encode_roster`].
    pub encode_roster: fn(&Roster, &str) -> String,
    /// [`merge::merge`].
    pub merge: fn(&AppState, &AppState, &AppState) -> Merged,
    /// [`bounds::check_writable`].
    pub check_writable: fn(&AppState) -> Vec<String>,
}

static CODEC: Codec = Codec {
    decode: store::decode,
    decode_roster: store::decode_roster,
    encode: store::encode,
    encode_roster: store::encode_roster,
    merge: merge::merge,
    check_writable: bounds::check_writable,
};

#[cfg(trellis_split)]
thread_local! {
    /// The codec, once its module has loaded.
    static LOADED: std::cell::Cell<Option<&'static Codec>> = const { std::cell::Cell::new(None) };
    /// A load is under way (started once; web/boot.js retries a failed download and, after
    /// three tries, offers "Try again", so it never ends in an error).
    static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// What to run once it has loaded.
    static THEN: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The codec, if it is loaded.
pub fn get() -> Option<&'static Codec> {
    #[cfg(trellis_split)]
    return LOADED.get();
    #[cfg(not(trellis_split))]
    Some(&CODEC)
}

/// Starts loading the codec (once) and runs `then` when it has loaded: at once if it already
/// has.
pub fn load(then: impl FnOnce() + 'static) {
    #[cfg(trellis_split)]
    {
        if LOADED.get().is_some() {
            return then();
        }
        THEN.with_borrow_mut(|t| t.push(Box::new(then)));
        if STARTED.replace(true) {
            return;
        }
        wasm_bindgen_futures::spawn_local(async {
            LOADED.set(Some(codec_chunk().await));
            for f in THEN.take() {
                f();
            }
        });
    }
    #[cfg(not(trellis_split))]
    then()
}

/// The codec's module.
#[cfg(trellis_split)]
#[leptos::wasm_split::wasm_split(store, wasm_split_path = ::leptos::wasm_split)]
fn codec_chunk() -> &'static Codec {
    &CODEC
}
