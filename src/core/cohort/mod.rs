//! Cohort matching for coordinators: a mentee roster, pair scores from the mentee's own
//! scoring, and an exact capacity-constrained assignment with locks, avoids, a fairness mode
//! and an explanation for every pair and every unmatched mentee.
//!
//! Sits at the top of the core order beside sharing: it imports mentors (roster, scoring) and
//! the share-link encoder (`plan_link`); sharing imports the stored cohort for backups.

pub mod assign;
pub mod export;
pub mod flow;
pub mod mentees;
pub mod plan_link;
pub mod random;
pub mod results;
pub mod run;
pub mod stored;
