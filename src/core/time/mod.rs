//! Calendar time: calendar arithmetic, IANA zones and local↔UTC conversion, dates as text, the
//! app's date range.

pub mod calendar;
pub mod datefmt;
pub mod range;
pub mod tz;
