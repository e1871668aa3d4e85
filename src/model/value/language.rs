//! Language tags.

use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize};

/// The pattern every language tag matches, as written in the JSON Schema.
pub const PATTERN: &str = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

/// The language a report is written in, as a BCP 47 tag (`zh-CN`, `zh-Hans`, `en`).
///
/// The syntax accepted is a 2- or 3-letter lowercase language subtag followed by any number of
/// 2- to 8-character subtags.
///
/// # Examples
///
/// ```
/// use inspection_report::LanguageTag;
///
/// let zh: LanguageTag = "zh-CN".parse()?;
/// assert_eq!(zh.as_str(), "zh-CN");
/// assert!("Chinese".parse::<LanguageTag>().is_err());
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct LanguageTag(String);

/// The error returned when a string is not a [`LanguageTag`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid language tag `{input}`: expected a BCP 47 tag such as `zh-CN`")]
#[non_exhaustive]
pub struct Error {
    /// The rejected string.
    input: String,
}

impl Error {
    /// The rejected string.
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl LanguageTag {
    /// Creates a language tag, checking its syntax.
    ///
    /// # Errors
    ///
    /// Returns [`Error`] when `tag` does not match [`PATTERN`].
    pub fn new(tag: impl Into<String>) -> Result<Self, Error> {
        let tag = tag.into();
        let mut subtags = tag.split('-');
        let primary = subtags.next().unwrap_or_default();
        let primary_ok =
            (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
        let rest_ok = subtags
            .all(|s| (2..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
        if primary_ok && rest_ok {
            Ok(Self(tag))
        } else {
            Err(Error { input: tag })
        }
    }

    /// The tag as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for LanguageTag {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::new(s)
    }
}

impl<'de> Deserialize<'de> for LanguageTag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::model::value::serde_str::deserialize(
            deserializer,
            "a BCP 47 language tag string, like \"zh-CN\"",
        )
    }
}

impl JsonSchema for LanguageTag {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LanguageTag".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The language of the report, as a BCP 47 tag (\"zh-CN\").",
            "type": "string",
            "pattern": PATTERN,
        })
    }
}
