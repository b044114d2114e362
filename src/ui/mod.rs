//! The Leptos app (wasm32 only).

/// Mounts the app on `<body>`.
pub fn mount() {}
