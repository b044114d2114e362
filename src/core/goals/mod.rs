//! The goal: its draft and validated form, the SMART check, deadline phrases, milestones, templates.

pub mod datetext;
pub mod goal;
pub mod milestones;
pub mod smart;
pub mod templates;
