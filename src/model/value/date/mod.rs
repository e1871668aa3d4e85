//! Dates as precisely as a report states them, and periods of time.
//!
//! A [`PartialDate`] keeps a date exactly as precisely as it was stated (`2024`, `2025-03`,
//! `2025-03-06`); a [`Period`] is a span of time whose ends may be open or known in part; a
//! [`DateOrPeriod`] is either, for events dated by a date or by a fuzzy phrase (`4月初`).
//!
//! # Errors
//!
//! Parsing a date that is malformed or not in the calendar fails with [`Error`].

mod partial;
mod period;
mod written;

pub use partial::{Error, PartialDate, Precision};
pub use period::{DateOrPeriod, Period};
pub use written::{DateAsWritten, DatePart};
