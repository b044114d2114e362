//! Mentors and matching: the mentor model, the sample directory and roster import, the mentee's needs, skills, shared time, and the explainable ranking.

pub mod directory;
pub mod r#gen;
pub mod mentor;
pub mod mentor_keys;
pub mod needs;
pub mod overlap;
pub mod reasons;
pub mod roster;
pub mod scoring;
pub mod skills;
