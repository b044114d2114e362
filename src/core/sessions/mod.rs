//! Running the mentorship: agreement, schedule, sessions, agendas, progress, calendar export.

pub mod agenda;
pub mod agreement;
pub mod change;
pub mod ics;
pub mod micro;
pub mod plan;
pub mod progress;
pub mod schedule;
pub mod schedule_draft;
