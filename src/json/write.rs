//! Writing the JSON form.

use std::io::Write;

use super::{Error, ErrorKind, Model};

/// Writes any part of the model as compact JSON.
///
/// Writing the model cannot fail: every map key is a string and every value is representable
/// in JSON.
///
/// # Examples
///
/// ```
/// use inspection_report::{json, Metric, Unit};
///
/// let meetings = Metric::count("党工委会议", 6u32, Unit::Time);
/// assert_eq!(
///     json::to_string(&meetings),
///     r#"{"kind":"count","subject":"党工委会议","value":"6","unit":"time"}"#
/// );
/// ```
pub fn to_string<T: Model>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Writes any part of the model as pretty-printed JSON, the canonical form of this crate
/// (two-space indentation, fields in declaration order, absent fields omitted).
///
/// # Examples
///
/// ```
/// use inspection_report::{json, Metric, Unit};
///
/// let meetings = Metric::count("党工委会议", 6u32, Unit::Time);
/// assert!(json::to_string_pretty(&meetings).starts_with("{\n  \"kind\": \"count\""));
/// ```
pub fn to_string_pretty<T: Model>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// Writes any part of the model as compact JSON to `writer`.
///
/// # Errors
///
/// Returns an [`ErrorKind::Io`] error when writing fails.
///
/// # Examples
///
/// ```
/// use inspection_report::{json, Metric, Unit};
///
/// let mut out = Vec::new();
/// json::to_writer(&mut out, &Metric::count("会议", 6u32, Unit::Time))?;
/// assert!(out.starts_with(b"{\"kind\""));
/// # Ok::<(), json::Error>(())
/// ```
pub fn to_writer<T: Model>(writer: impl Write, value: &T) -> Result<(), Error> {
    serde_json::to_writer(writer, value).map_err(write_error)
}

/// Writes any part of the model as pretty-printed JSON to `writer`.
///
/// # Errors
///
/// Returns an [`ErrorKind::Io`] error when writing fails.
///
/// # Examples
///
/// ```
/// use inspection_report::{json, Metric, Unit};
///
/// let mut out = Vec::new();
/// json::to_writer_pretty(&mut out, &Metric::count("会议", 6u32, Unit::Time))?;
/// assert!(out.starts_with(b"{\n"));
/// # Ok::<(), json::Error>(())
/// ```
pub fn to_writer_pretty<T: Model>(writer: impl Write, value: &T) -> Result<(), Error> {
    serde_json::to_writer_pretty(writer, value).map_err(write_error)
}

/// The error of a failed write: the model itself always serializes.
fn write_error(error: serde_json::Error) -> Error {
    Error::unplaced(ErrorKind::Io, error.to_string())
}
