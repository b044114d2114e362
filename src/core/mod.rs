//! The pure domain core. Nothing here imports a UI or browser crate or reads the clock:
//! "today" and time zones come in as data.

pub mod goal;
pub mod mentor;
pub mod overlap;
pub mod skills;
pub mod tz;
