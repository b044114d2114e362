//! One module per route.

pub mod cohort;
pub mod data;
pub mod goal;
pub mod intro;
pub mod mentors;
pub mod not_found;
pub mod pending;
pub mod plan;
pub mod sessions;
pub mod shared;
