//! Shared components, one a file.

pub mod empty_state;
pub mod flow_steps;
pub mod footer;
pub mod nav;
pub mod skip_link;
pub mod storage_notice;
