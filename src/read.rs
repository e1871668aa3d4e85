//! Reading JSON, with errors that name the path of the bad value.

mod strict;

use std::io::Read;

use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;

use crate::Inspection;

/// What went wrong while reading JSON.
///
/// # Examples
///
/// ```
/// use inspection_report::{Inspection, ReadErrorKind};
///
/// let err = Inspection::from_json_slice(b"\xEF\xBB\xBF{}").unwrap_err();
/// assert_eq!(err.kind, ReadErrorKind::Encoding);
/// assert_eq!(err.kind.code(), "encoding");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReadErrorKind {
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
    /// The input is longer than the limit given to [`read_json_from_reader`].
    TooLarge,
}

impl ReadErrorKind {
    /// A stable `snake_case` name of the kind (`syntax`, `too_large`), for machine-readable
    /// output such as the `validate` example's `--json`.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::ReadErrorKind;
    ///
    /// assert_eq!(ReadErrorKind::TooLarge.code(), "too_large");
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
/// that has none ([`ReadErrorKind::Io`], [`ReadErrorKind::TooLarge`]).
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
#[error("{}", self.display())]
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
    /// [`ReadErrorKind::Io`] and [`ReadErrorKind::TooLarge`] errors, which have no position.
    pub line: usize,
    /// The column of the input where the error was found, in bytes from 1; 0 at the start of
    /// a line (as for empty input) or when unknown.
    pub column: usize,
    /// What went wrong, in words.
    pub message: String,
}

impl ReadError {
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

impl ReadError {
    fn new(error: serde_path_to_error::Error<serde_json::Error>) -> Self {
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

    /// An error of the whole input, without a position.
    fn unplaced(kind: ReadErrorKind, message: String) -> Self {
        Self {
            kind,
            pointer: String::new(),
            path: String::new(),
            line: 0,
            column: 0,
            message,
        }
    }

    /// An [`ReadErrorKind::Encoding`] error at byte `offset` of `json`.
    fn encoding(json: &[u8], offset: usize, message: String) -> Self {
        let before = &json[..offset.min(json.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |newline| newline + 1);
        Self {
            kind: ReadErrorKind::Encoding,
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
/// of its field values), a codelist value from a string only (serde's derive also reads
/// `{"final": null}`), and a whole number may be written with a zero fraction (`7.0`).
///
/// The input must be UTF-8 without a byte-order mark, as RFC 8259 requires of JSON exchanged
/// between systems. A byte-order mark, UTF-16 or UTF-32 input and invalid UTF-8 are
/// [`ReadErrorKind::Encoding`] errors that say so (with the byte offset of invalid UTF-8),
/// rather than guessed at; empty input (or only whitespace) is a [`ReadErrorKind::Eof`] error
/// "empty input, expected a JSON value".
///
/// # Examples
///
/// ```
/// use inspection_report::{Finding, ReadErrorKind, read_json};
///
/// let err = read_json::<Finding>(b"").unwrap_err();
/// assert_eq!(err.kind, ReadErrorKind::Eof);
/// assert_eq!(err.message, "empty input, expected a JSON value");
///
/// let err = read_json::<Finding>(br#"{"id": "f-1", "problem": "x", "status": null}"#).unwrap_err();
/// assert_eq!(err.kind, ReadErrorKind::Data);
/// assert_eq!(err.pointer, "/status");
/// assert!(err.message.starts_with("invalid type: null, expected one of `completed`"));
/// ```
pub fn read_json<T: DeserializeOwned>(json: &[u8]) -> Result<T, ReadError> {
    // Tracking the path costs as much again as parsing, so valid input — the common case —
    // is read by serde_json alone, and only input that fails is read again to find the path.
    //
    // serde_json checks that each string of a byte slice is UTF-8 as it reads it, which for
    // Chinese text is about a sixth of the reading time; checking the whole input at once
    // with SIMD and reading it as a `str` is faster. Input that is not UTF-8 is refused, even
    // should serde_json read it; `locate` says why and where.
    let read = match simdutf8::basic::from_utf8(json) {
        Ok(text) => parse(serde_json::de::StrRead::new(text)),
        Err(_) => parse::<_, T>(serde_json::de::SliceRead::new(json))
            .and_then(|_| Err(serde::de::Error::custom("not UTF-8"))),
    };
    read.map_err(|error| locate::<T>(json, error))
}

/// Reads any model type from JSON read from `reader`, such as a file or standard input, with
/// an optional limit on the size of the input.
///
/// With `Some(max_bytes)`, at most `max_bytes + 1` bytes are read: longer input is refused
/// without reading the rest, so that an endless or huge input (`/dev/zero`, a hostile upload)
/// cannot exhaust memory: the buffer of the bytes read, which grows by doubling, holds at most
/// twice the limit, and the model built from them takes about as much again as the input.
/// `None` reads to the end of the input.
///
/// # Errors
///
/// As [`read_json`]; a failure to read is a [`ReadErrorKind::Io`] error, and input longer than
/// `max_bytes` a [`ReadErrorKind::TooLarge`] error "input exceeds the limit of N bytes". Both
/// have no position (line and column 0).
///
/// # Examples
///
/// ```
/// use inspection_report::{Finding, ReadErrorKind, read_json_from_reader};
///
/// let json = r#"{"id": "f-1", "problem": "问题", "status": "completed"}"#.as_bytes();
/// let finding: Finding = read_json_from_reader(json, Some(1024))?;
/// assert_eq!(finding.problem, "问题");
///
/// // An endless input is cut off at the limit.
/// let err = read_json_from_reader::<Finding>(std::io::repeat(b' '), Some(1024)).unwrap_err();
/// assert_eq!(err.kind, ReadErrorKind::TooLarge);
/// assert_eq!(err.message, "input exceeds the limit of 1024 bytes");
/// # Ok::<(), inspection_report::ReadError>(())
/// ```
pub fn read_json_from_reader<T: DeserializeOwned>(
    mut reader: impl Read,
    max_bytes: Option<u64>,
) -> Result<T, ReadError> {
    let mut json = Vec::new();
    let read = match max_bytes {
        None => reader.read_to_end(&mut json),
        Some(limit) => reader.take(limit.saturating_add(1)).read_to_end(&mut json),
    };
    read.map_err(|e| ReadError::unplaced(ReadErrorKind::Io, e.to_string()))?;
    if let Some(limit) = max_bytes {
        // `usize` is at most 64 bits on every supported platform.
        if json.len() as u64 > limit {
            return Err(ReadError::unplaced(
                ReadErrorKind::TooLarge,
                format!("input exceeds the limit of {limit} bytes"),
            ));
        }
    }
    read_json(&json)
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

/// Builds the error of `json`, which serde_json refused with `error`: says what is wrong with
/// its encoding, if anything, or that it is empty; otherwise reads it again with path
/// tracking to give the error its path.
fn locate<T: DeserializeOwned>(json: &[u8], error: serde_json::Error) -> ReadError {
    match encoding_error(json) {
        Some(Encoding::Invalid(mut encoding)) => {
            // Invalid UTF-8 in a string: serde_json stops at the same byte, and its path
            // names the string.
            let tracked = track::<T>(json, error);
            if (tracked.line, tracked.column) == (encoding.line, encoding.column) {
                encoding.pointer = tracked.pointer;
                encoding.path = tracked.path;
            }
            encoding
        }
        Some(Encoding::Whole(encoding)) => encoding,
        None => {
            let mut tracked = track::<T>(json, error);
            if json
                .iter()
                .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            {
                tracked.kind = ReadErrorKind::Eof;
                "empty input, expected a JSON value".clone_into(&mut tracked.message);
            } else if let Some(rest) = tracked.message.strip_prefix(strict::NUMBER_OUT_OF_RANGE) {
                // The strict adapter names a number beyond 64 bits as the `f64` serde_json read
                // (`1e20` for `99999999999999999999`); the input says how it was written.
                if let (Some(end), Some(written)) = (
                    rest.find('`'),
                    number_ending_at(json, tracked.line, tracked.column),
                ) {
                    tracked.message =
                        format!("{}{written}{}", strict::NUMBER_OUT_OF_RANGE, &rest[end..]);
                }
            }
            tracked
        }
    }
}

/// The JSON number of `json` whose last byte is at `line` and `column` (as serde_json reports
/// the position of a value it refused), if there is one.
fn number_ending_at(json: &[u8], line: usize, column: usize) -> Option<&str> {
    let line_start = if line <= 1 {
        0
    } else {
        json.iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .nth(line - 2)
            .map(|(newline, _)| newline + 1)?
    };
    let end = line_start.checked_add(column)?;
    let before = json.get(..end)?;
    let start = before
        .iter()
        .rposition(|b| !matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
        .map_or(0, |other| other + 1);
    let number = std::str::from_utf8(&before[start..]).ok()?;
    // A JSON number starts with a digit or a minus sign and ends with a digit.
    let well_formed = number.starts_with(|c: char| c == '-' || c.is_ascii_digit())
        && number.ends_with(|c: char| c.is_ascii_digit());
    well_formed.then_some(number)
}

/// Reads `json`, which serde_json refused with `error`, again with path tracking, to build
/// the error with its path.
fn track<T: DeserializeOwned>(json: &[u8], error: serde_json::Error) -> ReadError {
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

/// What is wrong with the encoding of an input.
enum Encoding {
    /// The whole input is in another encoding, or starts with a byte-order mark.
    Whole(ReadError),
    /// A byte sequence is not UTF-8.
    Invalid(ReadError),
}

/// What is wrong with the encoding of `json`, if anything: a UTF-8 byte-order mark, UTF-16 or
/// UTF-32 (by its byte-order mark, or the NUL bytes of ASCII text as RFC 4627 tells them
/// apart), or invalid UTF-8.
fn encoding_error(json: &[u8]) -> Option<Encoding> {
    if json.starts_with(b"\xEF\xBB\xBF") {
        return Some(Encoding::Whole(ReadError::encoding(
            json,
            0,
            "the input starts with a UTF-8 byte-order mark (bytes EF BB BF), which JSON text \
             must not begin with (RFC 8259, section 8.1): remove it"
                .to_owned(),
        )));
    }
    let looks_like = match json {
        [0xFF, 0xFE, 0, 0, ..] => Some("UTF-32LE (byte-order mark FF FE 00 00)"),
        [0, 0, 0xFE, 0xFF, ..] => Some("UTF-32BE (byte-order mark 00 00 FE FF)"),
        [0xFE, 0xFF, ..] => Some("UTF-16BE (byte-order mark FE FF)"),
        [0xFF, 0xFE, ..] => Some("UTF-16LE (byte-order mark FF FE)"),
        [0, 0, 0, a, ..] if *a != 0 => Some("UTF-32BE"),
        [a, 0, 0, 0, ..] if *a != 0 => Some("UTF-32LE"),
        [0, a, ..] if *a != 0 => Some("UTF-16BE"),
        [a, 0, ..] if *a != 0 => Some("UTF-16LE"),
        _ => None,
    };
    if let Some(encoding) = looks_like {
        return Some(Encoding::Whole(ReadError::encoding(
            json,
            0,
            format!(
                "not UTF-8: the input looks like {encoding}; JSON must be UTF-8 \
                 (RFC 8259, section 8.1): convert it"
            ),
        )));
    }
    let invalid = simdutf8::compat::from_utf8(json).err()?;
    let offset = invalid.valid_up_to();
    let message = match (invalid.error_len(), json.get(offset)) {
        (Some(_), Some(&byte)) if !(0xC2..=0xF4).contains(&byte) => format!(
            "not UTF-8: byte 0x{byte:02X} at byte offset {offset} does not start a UTF-8 \
             character"
        ),
        (Some(len), _) => {
            let bytes: Vec<String> = json[offset..]
                .iter()
                .take(len + 1)
                .map(|b| format!("{b:02X}"))
                .collect();
            format!(
                "not UTF-8: invalid UTF-8 sequence at byte offset {offset} (bytes {})",
                bytes.join(" ")
            )
        }
        (None, _) => format!(
            "not UTF-8: the input ends in the middle of a UTF-8 character at byte offset \
             {offset}"
        ),
    };
    Some(Encoding::Invalid(ReadError::encoding(
        json, offset, message,
    )))
}

impl Inspection {
    /// Reads a report from a JSON string.
    ///
    /// # Errors
    ///
    /// Returns [`ReadError`], with the path of the bad value, when the input is not JSON or
    /// does not describe a valid report. As for [`read_json`], a leading byte-order mark
    /// (`\u{FEFF}`) is a [`ReadErrorKind::Encoding`] error, and an empty string a
    /// [`ReadErrorKind::Eof`] error "empty input, expected a JSON value".
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
    /// As [`read_json`]: input that is not UTF-8, or starts with a byte-order mark, is a
    /// [`ReadErrorKind::Encoding`] error.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::{Inspection, ReadErrorKind};
    ///
    /// let err = Inspection::from_json_slice(b"{\"title\": \"\xFF\"}").unwrap_err();
    /// assert_eq!(err.kind, ReadErrorKind::Encoding);
    /// assert_eq!(err.pointer, "/title");
    /// ```
    pub fn from_json_slice(json: &[u8]) -> Result<Self, ReadError> {
        read_json(json)
    }

    /// Reads a report from a reader, such as a file or standard input, to its end.
    ///
    /// For input from an untrusted source, use [`read_json_from_reader`] with a size limit.
    ///
    /// # Errors
    ///
    /// As [`Inspection::from_json_str`]; a failure to read is a [`ReadErrorKind::Io`] error.
    pub fn from_reader(reader: impl Read) -> Result<Self, ReadError> {
        read_json_from_reader(reader, None)
    }

    /// Writes the report as pretty-printed JSON, the canonical form of this crate.
    pub fn to_json_pretty(&self) -> String {
        // Serializing the model cannot fail: every map key is a string and every value is
        // representable in JSON.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
