//! The goal: its draft and validated form, the SMART check, deadline phrases, the suggested
//! success measure, milestones, templates.

pub mod datetext;
pub mod goal;
pub mod measure;
pub mod milestones;
pub mod smart;
pub mod templates;
