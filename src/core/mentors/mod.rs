//! Mentors and matching: the mentor model, the sample directory and roster import, the mentee's
//! needs, skills, shared time, the explainable ranking and the first message to a mentor.

pub mod directory;
pub mod r#gen;
pub mod intro;
pub mod mentor;
pub mod mentor_keys;
pub mod movement;
pub mod needs;
pub mod overlap;
pub mod reasons;
pub mod roster;
pub mod roster_text;
pub mod scoring;
pub mod skills;
pub mod table;
