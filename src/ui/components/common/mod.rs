//! Pieces every page uses: navigation, footer, notices, form fields.

#[cfg(trellis_split)]
pub mod deferred;
pub mod empty_state;
pub mod field;
pub mod field_set;
pub mod flow_steps;
pub mod footer;
pub mod nav;
pub mod save_banner;
pub mod skip_link;
pub mod storage_notice;
pub mod tab_notice;
pub mod tag_input;
