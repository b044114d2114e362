//! The Mentors page's parts: needs (column or sheet), summary, cards, shortlist and its bar, compare, introduction, roster import.

pub mod match_summary;
pub mod matching;
pub mod mentor_card;
pub mod mentor_compare;
pub mod mentor_detail;
pub mod mentor_intro;
pub mod mentor_score_bars;
pub mod mentor_shortlist;
pub mod mentor_week_grid;
pub mod needs_form;
pub mod needs_pane;
pub mod needs_priorities;
pub mod needs_windows;
pub mod roster_import;
pub mod shortlist_bar;
