//! The pure domain core. Nothing here imports a UI or browser crate or reads the clock:
//! "today" and time zones come in as data.

pub mod goal;
pub mod mentor;
pub mod tz;

// Mentor shortlisting (feat/scoring).
pub mod r#gen;
pub mod needs;
pub mod overlap;
pub mod scoring;
pub mod skills;
