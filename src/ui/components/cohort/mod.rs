//! The coordinator's cohort matching: roster files, the pairs table and the unmatched list.

pub mod cohort_file;
pub mod cohort_pairs;
pub mod cohort_unmatched;
