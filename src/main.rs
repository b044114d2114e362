//! Entry point: mounts the Leptos app on wasm32; a no-op natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    trellis::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Trellis runs in the browser: build it with `trunk build --release`.");
}
