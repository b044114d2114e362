//! The pure domain core. Nothing here imports a UI or browser crate or reads the clock:
//! "today" and time zones come in as data.

pub mod goal;
pub mod mentor;
pub mod tz;

// Mentor directory and roster import (feat/directory).
pub mod directory;
pub mod mentor_keys;
pub mod roster;
