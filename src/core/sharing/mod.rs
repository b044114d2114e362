//! Data that leaves the app: share links, backup files and prompts for an AI assistant.

pub mod backup;
pub mod codec;
pub mod glance;
pub mod mentoring;
pub mod prompt;
pub mod reply;
pub mod share;
