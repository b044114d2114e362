//! The Sessions page's parts: agreement, schedule, session cards, progress.

pub mod agreement_form;
pub mod agreement_print;
pub mod micro_form;
pub mod plan_kind_choice;
pub mod progress_health;
pub mod progress_panel;
pub mod progress_timeline;
pub mod progress_wins;
pub mod schedule_editor;
pub mod schedule_row;
pub mod schedule_zone_list;
pub mod session_actions;
pub mod session_agenda;
pub mod session_card;
pub mod session_ctx;
pub mod session_feedback;
pub mod session_fit;
pub mod session_list;
pub mod session_mentor_form;
