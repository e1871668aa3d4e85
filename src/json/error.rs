//! The error of reading JSON.

use serde_path_to_error::Segment;

/// What went wrong while reading JSON.
///
/// # Examples
///
/// ```
/// use inspection_report::{Inspection, json};
///
/// let err = json::from_slice::<Inspection>(b"\xEF\xBB\xBF{}").unwrap_err();
/// assert_eq!(err.kind(), json::ErrorKind::Encoding);
/// assert_eq!(err.kind().code(), "encoding");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input could not be read.
    Io,
    /// The input is not well-formed JSON.
    Syntax,
    /// The JSON is well-formed but does not describe a valid value: a wrong type, a missing or
    /// unknown field, an unknown code, a malformed date, decimal or id.
    Data,
    /// The input ended in the middle of a value, or is empty.
    Eof,
    /// The input is not UTF-8 text: invalid UTF-8, UTF-16 or UTF-32, or UTF-8 that starts
    /// with a byte-order mark. JSON exchanged between systems is UTF-8 without a byte-order
    /// mark (RFC 8259, section 8.1); such input is refused rather than guessed at.
    Encoding,
    /// The input is longer than the limit given to [`from_reader_limited`](super::from_reader_limited).
    TooLarge,
}

impl ErrorKind {
    /// A stable `snake_case` name of the kind (`syntax`, `too_large`), for machine-readable
    /// output such as the `validate` example's `--json`.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::json::ErrorKind;
    ///
    /// assert_eq!(ErrorKind::TooLarge.code(), "too_large");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Self::Io => "io",
            Self::Syntax => "syntax",
            Self::Data => "data",
            Self::Eof => "eof",
            Self::Encoding => "encoding",
            Self::TooLarge => "too_large",
        }
    }
}

/// The error returned when JSON cannot be read into the model.
///
/// It says where — as a JSON pointer (`/sections/0/findings/3/measures/1/metrics/0/unit`),
/// as a path (`sections[0].findings[3].measures[1].metrics[0].unit`), and as a line and
/// column in the input — and what. Its `Display` is `path: message (line L, column C)`,
/// without the path for an error of the whole document and without the position for an error
/// that has none ([`ErrorKind::Io`], [`ErrorKind::TooLarge`]).
///
/// # Examples
///
/// ```
/// use inspection_report::{json, Metric};
///
/// let text = r#"{"kind": "count", "subject": "会议", "value": "6", "unit": "furlong"}"#;
/// let err = json::from_str::<Metric>(text).unwrap_err();
/// assert_eq!(err.kind(), json::ErrorKind::Data);
/// assert_eq!(err.pointer(), "/unit");
/// assert!(err.to_string().starts_with("unit: unknown variant `furlong`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.display())]
#[non_exhaustive]
pub struct Error {
    /// What went wrong.
    pub(super) kind: ErrorKind,
    /// The JSON pointer of the bad value (RFC 6901); empty for the whole document.
    pub(super) pointer: String,
    /// The path of the bad value in dotted form (`findings[3].measures[1]`); empty for the
    /// whole document.
    pub(super) path: String,
    /// The line of the input where the error was found, from 1; 0 only for
    /// [`ErrorKind::Io`] and [`ErrorKind::TooLarge`] errors, which have no position.
    pub(super) line: usize,
    /// The column of the input where the error was found, in bytes from 1; 0 at the start of
    /// a line (as for empty input) or when unknown.
    pub(super) column: usize,
    /// What went wrong, in words.
    pub(super) message: String,
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The JSON pointer of the bad value (RFC 6901); empty for the whole document.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// The path of the bad value in dotted form (`findings[3].measures[1]`); empty for the
    /// whole document.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The line of the input where the error was found, from 1; 0 only for errors that have
    /// no position ([`ErrorKind::Io`], [`ErrorKind::TooLarge`]).
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column of the input where the error was found, in bytes from 1; 0 at the start of
    /// a line (as for empty input) or when unknown.
    pub fn column(&self) -> usize {
        self.column
    }

    /// What went wrong, in words, without the place.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// `path: message (line L, column C)`, without the path for the whole document and without
    /// the position for errors that have none.
    fn display(&self) -> String {
        let mut text = String::new();
        if !self.path.is_empty() {
            text.push_str(&self.path);
            text.push_str(": ");
        }
        text.push_str(&self.message);
        if self.line > 0 {
            text.push_str(&format!(" (line {}, column {})", self.line, self.column));
        }
        text
    }
}

/// Escapes a JSON pointer reference token (RFC 6901).
fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

impl Error {
    pub(super) fn new(error: serde_path_to_error::Error<serde_json::Error>) -> Self {
        // The pointer and the dotted path are built from the same segments: serde_path_to_error's
        // own dotted form writes `?` for a segment it could not name (after a trailing comma,
        // say), where the pointer leaves it out.
        let mut pointer = String::new();
        let mut path = String::new();
        for segment in error.path().iter() {
            match segment {
                Segment::Seq { index } => {
                    let mut buffer = itoa::Buffer::new();
                    let index = buffer.format(*index);
                    pointer.push('/');
                    pointer.push_str(index);
                    path.push('[');
                    path.push_str(index);
                    path.push(']');
                }
                Segment::Map { key } => {
                    pointer.push('/');
                    pointer.push_str(&escape_token(key));
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Segment::Enum { .. } | Segment::Unknown => {}
            }
        }
        Self::from_json(error.into_inner(), pointer, path)
    }

    pub(super) fn from_json(inner: serde_json::Error, pointer: String, path: String) -> Self {
        let kind = match inner.classify() {
            serde_json::error::Category::Io => ErrorKind::Io,
            serde_json::error::Category::Syntax => ErrorKind::Syntax,
            serde_json::error::Category::Data => ErrorKind::Data,
            serde_json::error::Category::Eof => ErrorKind::Eof,
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

    /// An error of the whole input, without a position.
    pub(super) fn unplaced(kind: ErrorKind, message: String) -> Self {
        Self {
            kind,
            pointer: String::new(),
            path: String::new(),
            line: 0,
            column: 0,
            message,
        }
    }

    /// An [`ErrorKind::Encoding`] error at byte `offset` of `json`.
    pub(super) fn encoding(json: &[u8], offset: usize, message: String) -> Self {
        let before = &json[..offset.min(json.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |newline| newline + 1);
        Self {
            kind: ErrorKind::Encoding,
            pointer: String::new(),
            path: String::new(),
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
            column: offset - line_start + 1,
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
