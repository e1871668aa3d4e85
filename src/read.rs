//! Reading JSON, with errors that name the path of the bad value.

mod strict;

use std::io::Read;

use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;

use crate::Inspection;

/// What went wrong while reading JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReadErrorKind {
    /// The input could not be read, or is not UTF-8.
    Io,
    /// The input is not well-formed JSON.
    Syntax,
    /// The JSON is well-formed but does not describe a valid value: a wrong type, a missing or
    /// unknown field, an unknown code, a malformed date, decimal or id.
    Data,
    /// The input ended in the middle of a value.
    Eof,
}

/// The error returned when JSON cannot be read into the model.
///
/// It says where — as a JSON pointer (`/sections/0/findings/3/measures/1/metrics/0/unit`),
/// as a path (`sections[0].findings[3].measures[1].metrics[0].unit`), and as a line and
/// column in the input — and what.
///
/// # Examples
///
/// ```
/// use inspection_report::{Metric, ReadErrorKind, read_json};
///
/// let json = r#"{"kind": "count", "subject": "会议", "value": "6", "unit": "furlong"}"#;
/// let err = read_json::<Metric>(json.as_bytes()).unwrap_err();
/// assert_eq!(err.kind, ReadErrorKind::Data);
/// assert_eq!(err.pointer, "/unit");
/// assert!(err.to_string().starts_with("unit: unknown variant `furlong`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{message} (line {line}, column {column})", display_path(path))]
#[non_exhaustive]
pub struct ReadError {
    /// What went wrong.
    pub kind: ReadErrorKind,
    /// The JSON pointer of the bad value (RFC 6901); empty for the whole document.
    pub pointer: String,
    /// The path of the bad value in dotted form (`findings[3].measures[1]`); empty for the
    /// whole document.
    pub path: String,
    /// The line of the input where the error was found, from 1; 0 only for
    /// [`ReadErrorKind::Io`] errors, which have no position.
    pub line: usize,
    /// The column of the input where the error was found, from 1; 0 at the start of a line
    /// (as for empty input) or when unknown.
    pub column: usize,
    /// What went wrong, in words.
    pub message: String,
}

fn display_path(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!("{path}: ")
    }
}

/// Escapes a JSON pointer reference token (RFC 6901).
fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

impl ReadError {
    fn new(error: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let mut pointer = String::new();
        for segment in error.path().iter() {
            match segment {
                Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
                Segment::Map { key } => pointer.push_str(&format!("/{}", escape_token(key))),
                Segment::Enum { .. } | Segment::Unknown => {}
            }
        }
        // serde_path_to_error writes `.` for the root and `?` where it lost track.
        let path = match error.path().to_string().as_str() {
            "." | "?" => String::new(),
            other => other.to_owned(),
        };
        Self::from_json(error.into_inner(), pointer, path)
    }

    fn from_json(inner: serde_json::Error, pointer: String, path: String) -> Self {
        let kind = match inner.classify() {
            serde_json::error::Category::Io => ReadErrorKind::Io,
            serde_json::error::Category::Syntax => ReadErrorKind::Syntax,
            serde_json::error::Category::Data => ReadErrorKind::Data,
            serde_json::error::Category::Eof => ReadErrorKind::Eof,
        };
        let message = strip_position(&inner.to_string());
        Self {
            kind,
            pointer,
            path,
            line: inner.line(),
            column: inner.column(),
            message,
        }
    }
}

/// serde_json appends " at line L column C"; the error reports those as fields.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// Reads any model type from JSON bytes, naming the path of the first bad value.
///
/// Use it to read parts of a report, such as a single [`Finding`](crate::Finding).
///
/// # Errors
///
/// Returns [`ReadError`] when the input is not well-formed UTF-8 JSON or does not describe a
/// valid value; unknown fields are errors, never silently dropped.
///
/// It accepts what the exported JSON Schema accepts, where serde alone would differ: an object
/// is read from a JSON object only (`serde_json::from_str` also reads a struct from an array
/// of its field values), and a whole number may be written with a zero fraction (`7.0`).
pub fn read_json<T: DeserializeOwned>(json: &[u8]) -> Result<T, ReadError> {
    // Tracking the path costs as much again as parsing, so valid input — the common case —
    // is read by serde_json alone, and only input that fails is read again to find the path.
    //
    // serde_json checks that each string of a byte slice is UTF-8 as it reads it, which for
    // Chinese text is about a sixth of the reading time; checking the whole input at once
    // with SIMD and reading it as a `str` is faster. Input that is not UTF-8 is read as bytes,
    // for serde_json to say where.
    let read = match simdutf8::basic::from_utf8(json) {
        Ok(text) => parse(serde_json::de::StrRead::new(text)),
        Err(_) => parse(serde_json::de::SliceRead::new(json)),
    };
    read.map_err(|error| locate::<T>(json, error))
}

/// Reads a whole value from `read`, with serde_json alone.
fn parse<'de, R, T>(read: R) -> Result<T, serde_json::Error>
where
    R: serde_json::de::Read<'de>,
    T: DeserializeOwned,
{
    let mut deserializer = serde_json::Deserializer::new(read);
    let value = T::deserialize(strict::Strict(&mut deserializer))?;
    deserializer.end()?;
    Ok(value)
}

/// Reads `json`, which serde_json refused with `error`, again with path tracking, to build
/// the error with its path.
fn locate<T: DeserializeOwned>(json: &[u8], error: serde_json::Error) -> ReadError {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    match serde_path_to_error::deserialize::<_, T>(strict::Strict(&mut deserializer)) {
        Err(tracked) => ReadError::new(tracked),
        Ok(_) => match deserializer.end() {
            Err(trailing) => ReadError::from_json(trailing, String::new(), String::new()),
            // Reading is deterministic, so the second read fails as the first did; should it
            // not, the first error is reported without a path rather than lost.
            Ok(()) => ReadError::from_json(error, String::new(), String::new()),
        },
    }
}

impl Inspection {
    /// Reads a report from a JSON string.
    ///
    /// # Errors
    ///
    /// Returns [`ReadError`], with the path of the bad value, when the input is not JSON or
    /// does not describe a valid report.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::Inspection;
    ///
    /// let err = Inspection::from_json_str(r#"{"title": 3}"#).unwrap_err();
    /// assert_eq!(err.pointer, "/title");
    /// ```
    pub fn from_json_str(json: &str) -> Result<Self, ReadError> {
        parse(serde_json::de::StrRead::new(json))
            .map_err(|error| locate::<Self>(json.as_bytes(), error))
    }

    /// Reads a report from JSON bytes.
    ///
    /// # Errors
    ///
    /// As [`Inspection::from_json_str`]; invalid UTF-8 is a [`ReadErrorKind::Syntax`] error.
    pub fn from_json_slice(json: &[u8]) -> Result<Self, ReadError> {
        read_json(json)
    }

    /// Reads a report from a reader, such as a file or standard input.
    ///
    /// # Errors
    ///
    /// As [`Inspection::from_json_str`]; a failure to read is a [`ReadErrorKind::Io`] error.
    pub fn from_reader(mut reader: impl Read) -> Result<Self, ReadError> {
        let mut json = Vec::new();
        reader.read_to_end(&mut json).map_err(|e| ReadError {
            kind: ReadErrorKind::Io,
            pointer: String::new(),
            path: String::new(),
            line: 0,
            column: 0,
            message: e.to_string(),
        })?;
        read_json(&json)
    }

    /// Writes the report as pretty-printed JSON, the canonical form of this crate.
    pub fn to_json_pretty(&self) -> String {
        // Serializing the model cannot fail: every map key is a string and every value is
        // representable in JSON.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
