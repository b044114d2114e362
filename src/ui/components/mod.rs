//! Components, one a file, in folders by the flow.

pub mod cohort;
pub mod common;
pub mod goals;
pub mod mentors;
pub mod sessions;
pub mod sharing;
