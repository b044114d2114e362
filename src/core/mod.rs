//! The pure domain core. Nothing here imports a UI or browser crate or reads the clock:
//! "today" and time zones come in as data.
//!
//! Direction rule: time, form, sorting ← goals ← mentors ← sessions ← store ← sharing, flow, cohort: a folder imports only what lies left of it.

pub mod cohort;
pub mod flow;
pub mod form;
pub mod goals;
pub mod mentors;
pub mod sessions;
pub mod sharing;
pub mod sorting;
pub mod store;
pub mod time;
