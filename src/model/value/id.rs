//! Identifiers: stable, explicit ids that partner systems use to refer to parts of a report
//! across revisions.
//!
//! An id is 1 to 64 characters: ASCII letters, digits, `.`, `_`, `-` and `:`, starting with a
//! letter or digit (`f-1-03`, `completed.3`, `m:2`). Ids are chosen by the author of the
//! report; within one report, every id must be unique (checked by validation).

use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize};

/// The longest id accepted, in bytes.
pub const MAX_LEN: usize = 64;

/// The pattern every id matches, as written in the JSON Schema.
pub const PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

/// The error returned when a string is not a valid id.
///
/// # Examples
///
/// ```
/// use inspection_report::id::FindingId;
///
/// let err = FindingId::new("finding 1").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid id `finding 1`: character ' ' at byte 7 is not allowed (use A-Z, a-z, 0-9, `.`, `_`, `-`, `:`)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid id `{input}`: {reason}")]
#[non_exhaustive]
pub struct Error {
    /// The rejected string.
    input: String,
    /// Why it was rejected.
    reason: Reason,
}

impl Error {
    /// The rejected string.
    pub fn input(&self) -> &str {
        &self.input
    }
    /// Why it was rejected.
    pub fn reason(&self) -> &Reason {
        &self.reason
    }
}

/// Why a string is not a valid id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Reason {
    /// The string is empty.
    #[error("an id cannot be empty")]
    Empty,
    /// The string is longer than [`MAX_LEN`] bytes.
    #[error("an id is at most {MAX_LEN} bytes, this one has {len}")]
    TooLong {
        /// The length of the string, in bytes.
        len: usize,
    },
    /// The string starts with a character other than a letter or digit.
    #[error("an id starts with an ASCII letter or digit, not {found:?}")]
    BadStart {
        /// The first character.
        found: char,
    },
    /// The string contains a character that ids do not allow.
    #[error(
        "character {found:?} at byte {at} is not allowed (use A-Z, a-z, 0-9, `.`, `_`, `-`, `:`)"
    )]
    BadCharacter {
        /// The rejected character.
        found: char,
        /// Its byte offset in the string.
        at: usize,
    },
}

fn check(id: &str) -> Result<(), Reason> {
    let first = id.chars().next().ok_or(Reason::Empty)?;
    if id.len() > MAX_LEN {
        return Err(Reason::TooLong { len: id.len() });
    }
    if !first.is_ascii_alphanumeric() {
        return Err(Reason::BadStart { found: first });
    }
    match id
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':')))
    {
        Some((at, found)) => Err(Reason::BadCharacter { found, at }),
        None => Ok(()),
    }
}

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident, $what:literal, $example:literal) => {
        $(#[$meta])*
        ///
        /// Serialized as a plain string; see the [module documentation](crate::id) for the
        /// syntax.
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!("use inspection_report::id::", stringify!($name), ";")]
        ///
        #[doc = concat!("let id: ", stringify!($name), " = \"", $example, "\".parse()?;")]
        #[doc = concat!("assert_eq!(id.as_str(), \"", $example, "\");")]
        #[doc = concat!("assert!(", stringify!($name), "::new(\"\").is_err());")]
        /// # Ok::<(), inspection_report::id::Error>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            #[doc = concat!("Creates ", $what, " id, checking its syntax.")]
            ///
            /// # Errors
            ///
            /// Returns [`Error`] when `id` is empty, longer than [`MAX_LEN`] bytes, or
            /// contains a character other than ASCII letters, digits, `.`, `_`, `-`, `:`.
            pub fn new(id: impl Into<String>) -> Result<Self, Error> {
                let id = id.into();
                match check(&id) {
                    Ok(()) => Ok(Self(id)),
                    Err(reason) => Err(Error { input: id, reason }),
                }
            }

            /// The id as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = Error;

            fn try_from(s: &str) -> Result<Self, Self::Error> {
                Self::new(s)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::model::value::serde_str::deserialize(deserializer, concat!("an id string, like \"", $example, "\""))
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "description": concat!(
                        "Identifier of ", $what, ", unique within the report and stable across its revisions."
                    ),
                    "type": "string",
                    "pattern": PATTERN,
                })
            }
        }
    };
}

id_type!(
    /// Identifies an [`Inspection`](crate::Inspection) report.
    ReportId, "a report", "xuchang-sfq-2025-10-23"
);
id_type!(
    /// Identifies a [`Section`](crate::Section) of a report.
    SectionId, "a section", "completed"
);
id_type!(
    /// Identifies a [`Finding`](crate::Finding).
    FindingId, "a finding", "f-1-03"
);
id_type!(
    /// Identifies a [`Measure`](crate::Measure).
    MeasureId, "a measure", "f-1-03.m2"
);
id_type!(
    /// Identifies a [`Metric`](crate::Metric).
    MetricId, "a metric", "f-1-03.m2.x1"
);
id_type!(
    /// Identifies a [`Disposition`](crate::Disposition).
    DispositionId, "a disposition", "f-1-01.m3.d1"
);
id_type!(
    /// Identifies a [`Document`](crate::Document).
    DocumentId, "a document", "doc-inspection-regulations"
);
id_type!(
    /// Identifies a [`Commitment`](crate::Commitment) of the next-step plan.
    CommitmentId, "a commitment", "next-1"
);
id_type!(
    /// Identifies a [`Milestone`](crate::Milestone): a dated event reported by a measure.
    MilestoneId, "a milestone", "f-1-05.m1.e1"
);
