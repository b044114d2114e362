//! A piece of the page that lives in its own chunk of the split build, loaded once it is needed.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// Loads a lazy piece's chunk and builds its view: a split function, boxed. Every lazy piece
/// is in the one split module `extras` (`wasm_split(extras, …)`, not Leptos' `#[lazy]`, which
/// gives each function a module of its own): wasm-split writes a chunk for every set of
/// modules that share code, so each module more multiplies the files a page fetches. The function
/// builds the view inside `untrack`, so no signal its component reads while it is created ties
/// the piece to the outer view (which would load and build it again).
pub type Loader = fn() -> Pin<Box<dyn Future<Output = AnyView>>>;

/// Shows a piece of the page that the split release build keeps out of the first chunk (a
/// notice that only appears on a fault, the share dialog, the plans a mentor saved). Nothing is
/// fetched while `when` is false; the first time it is true the chunk is loaded (retried, and
/// reported as recoverable if it cannot be, by web/boot.js) and the piece stays mounted, so its
/// own state survives `when` turning false again (the piece hides itself then).
#[component]
pub fn Deferred(
    /// Whether the piece is needed yet.
    #[prop(into)]
    when: Signal<bool>,
    /// Loads the piece's chunk and builds its view.
    load: Loader,
) -> impl IntoView {
    let needed = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || when.get());
    move || needed.get().then(|| Suspend::new(SendWrapper::new(load())))
}
