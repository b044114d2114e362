//! The pure domain core. Nothing here imports a UI or browser crate or reads the clock:
//! "today" and time zones come in as data.

pub mod agenda;
pub mod agreement;
pub mod backup;
pub mod datetext;
pub mod flow;
pub mod goal;
pub mod ics;
pub mod mentor;
pub mod milestones;
pub mod plan;
pub mod progress;
pub mod schedule;
pub mod share;
pub mod smart;
pub mod store;
pub mod templates;
pub mod tz;
