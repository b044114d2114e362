//! Shared components, one a file.

pub mod backup_import;
pub mod category_picker;
pub mod empty_state;
pub mod flow_steps;
pub mod footer;
pub mod goal_summary;
pub mod milestone_editor;
pub mod nav;
pub mod qr_code;
pub mod share_dialog;
pub mod shared_plan_view;
pub mod skill_tags;
pub mod skip_link;
pub mod smart_panel;
pub mod storage_notice;
pub mod template_picker;
pub mod text_field;
pub mod wizard_progress;
