//! The pure domain core. Nothing here imports a UI or browser crate or reads the clock:
//! "today" and time zones come in as data.

pub mod agenda;
pub mod agreement;
pub mod backup;
pub mod datefmt;
pub mod datetext;
pub mod directory;
pub mod flow;
pub mod r#gen;
pub mod goal;
pub mod ics;
pub mod mentor;
pub mod mentor_keys;
pub mod milestones;
pub mod needs;
pub mod overlap;
pub mod plan;
pub mod progress;
pub mod roster;
pub mod schedule;
pub mod schedule_draft;
pub mod scoring;
pub mod share;
pub mod skills;
pub mod smart;
pub mod sorting;
pub mod store;
pub mod templates;
pub mod tz;
