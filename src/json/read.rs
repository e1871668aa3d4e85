//! Reading the JSON form: from bytes, a string or a reader.

use std::io::Read;

use serde::de::DeserializeOwned;

use super::{Error, ErrorKind, Model, strict};

/// Reads any part of the model from JSON bytes, naming the place of the first bad value.
///
/// # Errors
///
/// Returns [`Error`] when the input is not well-formed UTF-8 JSON or does not describe a
/// valid value; unknown fields are errors, never silently dropped. See the
/// [module documentation](super) for what is accepted and the limits.
///
/// # Examples
///
/// ```
/// use inspection_report::{Finding, json};
///
/// let err = json::from_slice::<Finding>(b"").unwrap_err();
/// assert_eq!(err.kind(), json::ErrorKind::Eof);
/// assert_eq!(err.message(), "empty input, expected a JSON value");
///
/// let err = json::from_slice::<Finding>(br#"{"id": "f-1", "problem": "x", "status": null}"#)
///     .unwrap_err();
/// assert_eq!(err.kind(), json::ErrorKind::Data);
/// assert_eq!(err.pointer(), "/status");
/// assert!(err.message().starts_with("invalid type: null, expected one of `completed`"));
/// ```
pub fn from_slice<T: Model>(json: &[u8]) -> Result<T, Error> {
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

/// Reads any part of the model from a JSON string, naming the place of the first bad value.
///
/// # Errors
///
/// As [`from_slice`]: a leading byte-order mark (`\u{FEFF}`) is an [`ErrorKind::Encoding`]
/// error, and an empty string an [`ErrorKind::Eof`] error.
///
/// # Examples
///
/// ```
/// use inspection_report::{Inspection, json};
///
/// let err = json::from_str::<Inspection>(r#"{"title": 3}"#).unwrap_err();
/// assert_eq!(err.pointer(), "/title");
/// assert_eq!(err.to_string(), "title: invalid type: integer `3`, expected a string (line 1, column 11)");
/// ```
pub fn from_str<T: Model>(json: &str) -> Result<T, Error> {
    parse(serde_json::de::StrRead::new(json)).map_err(|error| locate::<T>(json.as_bytes(), error))
}

/// Reads any part of the model from a reader, such as a file or standard input, to its end.
///
/// For input from an untrusted source, use [`from_reader_limited`].
///
/// # Errors
///
/// As [`from_slice`]; a failure to read is an [`ErrorKind::Io`] error.
///
/// # Examples
///
/// ```
/// use inspection_report::{Finding, json};
///
/// let text = r#"{"id": "f-1", "problem": "问题", "status": "completed"}"#;
/// let finding: Finding = json::from_reader(text.as_bytes())?;
/// assert_eq!(finding.problem, "问题");
/// # Ok::<(), json::Error>(())
/// ```
pub fn from_reader<T: Model>(reader: impl Read) -> Result<T, Error> {
    read_limited(reader, None)
}

/// Reads any part of the model from a reader, refusing input longer than `max_bytes`.
///
/// At most `max_bytes + 1` bytes are read: longer input is refused without reading the rest,
/// so that an endless or huge input (`/dev/zero`, a hostile upload) cannot exhaust memory:
/// the buffer of the bytes read, which grows by doubling, holds at most twice the limit, and
/// the model built from them takes about as much again as the input.
///
/// # Errors
///
/// As [`from_reader`]; input longer than `max_bytes` is an [`ErrorKind::TooLarge`] error
/// "input exceeds the limit of N bytes", without a position.
///
/// # Examples
///
/// ```
/// use inspection_report::{Finding, json};
///
/// // An endless input is cut off at the limit.
/// let err = json::from_reader_limited::<Finding>(std::io::repeat(b' '), 1024).unwrap_err();
/// assert_eq!(err.kind(), json::ErrorKind::TooLarge);
/// assert_eq!(err.message(), "input exceeds the limit of 1024 bytes");
/// ```
pub fn from_reader_limited<T: Model>(reader: impl Read, max_bytes: u64) -> Result<T, Error> {
    read_limited(reader, Some(max_bytes))
}

/// Reads `reader` to its end, or to one byte beyond `max_bytes`, and reads the bytes.
fn read_limited<T: Model>(mut reader: impl Read, max_bytes: Option<u64>) -> Result<T, Error> {
    let mut json = Vec::new();
    let read = match max_bytes {
        None => reader.read_to_end(&mut json),
        Some(limit) => reader.take(limit.saturating_add(1)).read_to_end(&mut json),
    };
    read.map_err(|e| Error::unplaced(ErrorKind::Io, e.to_string()))?;
    if let Some(limit) = max_bytes {
        // `usize` is at most 64 bits on every supported platform.
        if json.len() as u64 > limit {
            return Err(Error::unplaced(
                ErrorKind::TooLarge,
                format!("input exceeds the limit of {limit} bytes"),
            ));
        }
    }
    from_slice(&json)
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
fn locate<T: DeserializeOwned>(json: &[u8], error: serde_json::Error) -> Error {
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
                tracked.kind = ErrorKind::Eof;
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
fn track<T: DeserializeOwned>(json: &[u8], error: serde_json::Error) -> Error {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    match serde_path_to_error::deserialize::<_, T>(strict::Strict(&mut deserializer)) {
        Err(tracked) => Error::new(tracked),
        Ok(_) => match deserializer.end() {
            Err(trailing) => Error::from_json(trailing, String::new(), String::new()),
            // Reading is deterministic, so the second read fails as the first did; should it
            // not, the first error is reported without a path rather than lost.
            Ok(()) => Error::from_json(error, String::new(), String::new()),
        },
    }
}

/// What is wrong with the encoding of an input.
enum Encoding {
    /// The whole input is in another encoding, or starts with a byte-order mark.
    Whole(Error),
    /// A byte sequence is not UTF-8.
    Invalid(Error),
}

/// What is wrong with the encoding of `json`, if anything: a UTF-8 byte-order mark, UTF-16 or
/// UTF-32 (by its byte-order mark, or the NUL bytes of ASCII text as RFC 4627 tells them
/// apart), or invalid UTF-8.
fn encoding_error(json: &[u8]) -> Option<Encoding> {
    if json.starts_with(b"\xEF\xBB\xBF") {
        return Some(Encoding::Whole(Error::encoding(
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
        return Some(Encoding::Whole(Error::encoding(
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
    Some(Encoding::Invalid(Error::encoding(json, offset, message)))
}
