//! Data that leaves the app: share links and backup files.

pub mod backup;
pub mod glance;
pub mod mentoring;
pub mod reply;
pub mod share;
