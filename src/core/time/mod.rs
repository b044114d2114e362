//! Calendar time: IANA zones and local↔UTC conversion, dates as text.

pub mod datefmt;
pub mod tz;
