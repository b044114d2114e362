//! Calendar time: calendar arithmetic, IANA zones and local↔UTC conversion, dates as text.

pub mod calendar;
pub mod datefmt;
pub mod tz;
