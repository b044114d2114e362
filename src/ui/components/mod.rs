//! Shared components, one a file.

pub mod category_picker;
pub mod empty_state;
pub mod flow_steps;
pub mod footer;
pub mod goal_summary;
pub mod mentor_card;
pub mod mentor_compare;
pub mod mentor_detail;
pub mod mentor_intro;
pub mod mentor_score_bars;
pub mod mentor_shortlist;
pub mod mentor_week_grid;
pub mod milestone_editor;
pub mod nav;
pub mod needs_form;
pub mod needs_priorities;
pub mod needs_tags;
pub mod needs_windows;
pub mod roster_import;
pub mod skill_tags;
pub mod skip_link;
pub mod smart_panel;
pub mod storage_notice;
pub mod template_picker;
pub mod text_field;
pub mod wizard_progress;
