//! Sharing and backups: the share dialog, QR code, shared plan view, backup import, and
//! "Copy as a prompt" for an AI assistant.

pub mod backup_goal_list;
pub mod backup_import;
pub mod deferred;
pub mod mentor_notes;
pub mod mentored_plan_card;
pub mod mentored_plans;
pub mod part_toggle;
pub mod prompt_copy;
pub mod prompt_dialog;
pub mod qr_code;
pub mod reply_editor;
pub mod reply_view;
pub mod share_dialog;
pub mod shared_plan_view;
pub mod shared_session;
