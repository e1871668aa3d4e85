//! The JSON form: reading and writing any part of the model, with errors that name the place
//! of a bad value.
//!
//! The JSON form uses `snake_case` names and codes, ISO 8601 dates with reduced precision
//! (`"2025-03"`), and decimals as strings (`"129.9"`) so that figures stay exactly as written.
//! Unknown fields are refused; absent optional fields are omitted on writing and accepted as
//! `null` on reading.
//!
//! [`from_slice`], [`from_str`], [`from_reader`] and [`from_reader_limited`] read, and
//! [`to_string`], [`to_string_pretty`], [`to_writer`] and [`to_writer_pretty`] write, any
//! type of the model that has a JSON form of its own ([`Model`]): a whole [`Inspection`], or
//! a [`Finding`](crate::Finding), a [`Metric`](crate::Metric), … alone.
//!
//! # Examples
//!
//! ```
//! use inspection_report::{json, Metric, Unit};
//!
//! let meetings = Metric::count("党工委会议", 6u32, Unit::Time);
//! let text = json::to_string(&meetings);
//! assert_eq!(json::from_str::<Metric>(&text)?, meetings);
//!
//! let err = json::from_str::<Metric>(r#"{"kind": "count", "unit": "furlong"}"#).unwrap_err();
//! assert_eq!(err.pointer(), "/unit");
//! assert_eq!(err.path(), "unit");
//! # Ok::<(), json::Error>(())
//! ```
//!
//! # What is accepted
//!
//! Reading accepts what the exported JSON Schema accepts, no more and no less, where serde's
//! derive alone would differ: an object type is read from a JSON object only (serde also reads
//! a struct from an array of its field values), a codelist value from a string only (serde
//! also reads `{"final": null}`), and a whole number may be written with a zero fraction
//! (`7.0`, an integer to JSON Schema). Calling `serde_json::from_str` on the model types
//! directly bypasses these rules.
//!
//! # Limits
//!
//! Reading refuses, with an [`Error`] that names the place, input beyond these limits:
//!
//! - **Size**: none for a slice or a string; [`from_reader_limited`] stops reading one byte
//!   beyond its limit and returns an [`ErrorKind::TooLarge`] error (of the whole input,
//!   without a position). The `validate` example reads at most 64 MiB by default
//!   (`--max-bytes` to change it).
//! - **Encoding**: UTF-8 without a byte-order mark (RFC 8259). A byte-order mark, UTF-16,
//!   UTF-32 and invalid UTF-8 are [`ErrorKind::Encoding`] errors that say which, with the
//!   byte offset of invalid UTF-8.
//! - **Nesting**: at most 128 levels of JSON objects and arrays (serde_json's recursion
//!   limit), so that hostile input cannot overflow the stack. Each section, finding, measure
//!   and figure takes two levels (the object and the array holding it): sections nest about
//!   60 deep, the parts of a figure in a finding's measure about 59 deep. Deeper input is an
//!   [`ErrorKind::Syntax`] error "recursion limit exceeded" with its line and column.
//! - **Decimals**: at most [`decimal::MAX_INTEGER_DIGITS`](crate::decimal::MAX_INTEGER_DIGITS)
//!   (18) digits before the decimal point and
//!   [`decimal::MAX_FRACTION_DIGITS`](crate::decimal::MAX_FRACTION_DIGITS) (10) after it. More
//!   is an [`ErrorKind::Data`] error at the value's pointer ("at most 18 digits before the
//!   decimal point are supported").
//! - **Ids**: at most 64 bytes ([`id::MAX_LEN`](crate::id::MAX_LEN)); a longer id is an
//!   [`ErrorKind::Data`] error at its pointer.
//! - **Dates**: years 0000 to 9999; **numbers and ordinals**: 0 to 4294967295 (`u32`). Beyond,
//!   an [`ErrorKind::Data`] error at the value's pointer, naming the number as written.
//!
//! Texts and lists have no limit but memory.

mod error;
mod read;
mod strict;
mod write;

pub use error::{Error, ErrorKind};
pub use read::{from_reader, from_reader_limited, from_slice, from_str};
pub use write::{to_string, to_string_pretty, to_writer, to_writer_pretty};

use crate::Inspection;

/// A type of the model with a JSON form of its own, which the functions of this module read
/// and write: the whole [`Inspection`], each of its parts, every codelist and value type, and
/// the [`Diagnostics`](crate::validate::Diagnostics) of validation.
///
/// The trait is sealed: the JSON form, and the schema that describes it, are defined by this
/// crate.
pub trait Model: serde::Serialize + serde::de::DeserializeOwned + sealed::Sealed {}

pub(crate) mod sealed {
    /// Keeps [`Model`](super::Model) to the types of this crate.
    pub trait Sealed {}
}

macro_rules! model {
    ($($ty:ty),+ $(,)?) => {$(
        impl sealed::Sealed for $ty {}
        impl Model for $ty {}
    )+};
}

model!(
    Inspection,
    crate::InspectionRound,
    crate::Rectification,
    crate::Section,
    crate::Finding,
    crate::Measure,
    crate::Milestone,
    crate::Metric,
    crate::Progress,
    crate::Rank,
    crate::Disposition,
    crate::IncludedDisposition,
    crate::Document,
    crate::Summary,
    crate::StatusCount,
    crate::Batches,
    crate::RoundComponent,
    crate::Person,
    crate::Delivery,
    crate::Publication,
    crate::Complaint,
    crate::date::DateAsWritten,
    crate::NextSteps,
    crate::Commitment,
    crate::Contact,
    crate::Organization,
    crate::Period,
    crate::DateOrPeriod,
    crate::Quantity,
    crate::Source,
    crate::validate::Diagnostics,
    crate::validate::Issue,
    crate::Decimal,
    crate::PartialDate,
    crate::LanguageTag,
    crate::id::ReportId,
    crate::id::SectionId,
    crate::id::FindingId,
    crate::id::MeasureId,
    crate::id::MetricId,
    crate::id::DispositionId,
    crate::id::DocumentId,
    crate::id::MilestoneId,
    crate::id::CommitmentId,
);
