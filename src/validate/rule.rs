//! Rules and their codes and tiers.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::catalog::{self, Rule, rules};
use crate::codelist::codelist;

/// The stable code of a validation rule: `R` and three digits (`R405`).
///
/// The first digit names the family: `R1xx` dates, `R2xx` identity and numbering, `R3xx`
/// text, `R4xx` figures, `R5xx` dispositions, `R6xx` status and summary, `R7xx` contact.
/// A code is never reused for another rule. In JSON a code is a string (`"R405"`).
///
/// # Examples
///
/// ```
/// use inspection_report::validate::RuleCode;
///
/// let code = RuleCode::from_code("R405").unwrap();
/// assert_eq!(code.as_str(), "R405");
/// assert_eq!(code.rule().code, code);
/// assert!(RuleCode::from_code("R999").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RuleCode(pub(super) &'static str);

impl RuleCode {
    /// The code as a string (`"R405"`).
    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// The code of the catalog rule written `code`, if there is one.
    pub fn from_code(code: &str) -> Option<Self> {
        rules().iter().map(|rule| rule.code).find(|c| c.0 == code)
    }

    /// The rule this code names.
    pub fn rule(self) -> &'static Rule {
        catalog::rule(self)
    }
}

impl fmt::Display for RuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for RuleCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for RuleCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Self::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("`{code}` is not a rule code")))
    }
}

impl JsonSchema for RuleCode {
    fn schema_name() -> Cow<'static, str> {
        "RuleCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The stable code of a validation rule: R and three digits, the first naming the family (R1xx dates, R2xx identity and numbering, R3xx text, R4xx figures, R5xx dispositions, R6xx status and summary, R7xx contact).",
            "type": "string",
            "pattern": "^R[1-9][0-9]{2}$",
        })
    }
}

codelist! {
    /// How serious an issue is.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::codelist::Codelist;
    /// use inspection_report::validate::Tier;
    ///
    /// assert_eq!(Tier::Warning.code(), "warning");
    /// assert_eq!(Tier::Warning.label_zh(), "警告");
    /// assert!(Tier::Error < Tier::Warning);
    /// ```
    pub enum Tier {
        /// The report is wrong: it must not be published or exchanged as it is.
        Error = "error", "错误", "error";
        /// The report is probably wrong: it should not be published without a reason.
        Warning = "warning", "警告", "warning";
        /// Worth knowing; nothing is wrong.
        Info = "info", "提示", "information";
    }
}
