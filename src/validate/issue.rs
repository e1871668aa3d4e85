//! Issues: what validation found, one problem each.

use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{RuleCode, Tier};

/// A message in English and Chinese.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// The message in English.
    pub en: String,
    /// The message in Chinese.
    pub zh: String,
}

/// One problem found by validation.
///
/// # Examples
///
/// ```
/// use inspection_report::{Decimal, Disposition, DispositionKind, Validate, validate::Tier};
///
/// let no_unit = Disposition::builder()
///     .kind(DispositionKind::Admonishment)
///     .count(Decimal::from(2u32))
///     .build();
/// let issue = &no_unit.validate().issues[0];
/// assert_eq!(issue.code.as_str(), "R505");
/// assert_eq!(issue.tier, Tier::Error);
/// assert_eq!(issue.pointer, "/count");
/// assert!(issue.message.en.contains('2'));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    /// The rule that found the problem.
    pub code: RuleCode,
    /// How serious it is (the rule's tier).
    pub tier: Tier,
    /// The JSON pointer (RFC 6901) of the offending value, relative to the validated value.
    pub pointer: String,
    /// The published numbering of the place, as a person would cite it (`一、1. 三是`); absent
    /// when the place has no published number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numbering: Option<String>,
    /// What is wrong, with the disagreeing values.
    pub message: Message,
    /// The values the message was built from, by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, String>,
}

impl fmt::Display for Issue {
    /// Writes `tier code pointer (numbering): message`, the message in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, "{} {} {}", self.tier, self.code, pointer)?;
        if let Some(numbering) = &self.numbering {
            write!(f, " ({numbering})")?;
        }
        write!(f, ": {}", self.message.en)
    }
}
