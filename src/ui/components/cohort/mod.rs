//! The coordinator's cohort matching: roster files, the pairs table, the score chart, the
//! mentor load and the unmatched list.

pub mod cohort_chart;
pub mod cohort_file;
pub mod cohort_load;
pub mod cohort_pager;
pub mod cohort_pairs;
pub mod cohort_unmatched;
