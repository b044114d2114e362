//! The goal wizard's parts.

pub mod category_picker;
pub mod goal_summary;
pub mod milestone_editor;
pub mod milestone_row;
pub mod smart_panel;
pub mod template_picker;
pub mod wizard_progress;
