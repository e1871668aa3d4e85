//! The values a report is written with: exact decimals, dates as precise as stated, periods,
//! quantities with their units, language tags and ids. Each is a public module of the crate
//! root (`inspection_report::decimal`, …) with its limits and its parse error.

pub mod date;
pub mod decimal;
pub mod id;
pub mod language;
pub(crate) mod quantity;
pub(crate) mod serde_str;
pub mod source;
pub mod unit;
