//! Validation: the checks that the type system and the JSON Schema cannot make.
//!
//! The types say what shape a report has; validation says whether its content holds
//! together: figures add up, dates run in order, ids are unique and references resolve, a
//! finding in the "completed" section is completed. Every problem is reported — validation
//! never stops at the first — as an [`Issue`] with a stable [`RuleCode`], a [`Tier`], the JSON
//! pointer of the offending value, the numbering a person would cite (`一、1. 三是`), and a
//! message in English and Chinese.
//!
//! The rules are listed, with their exact semantics, by [`rules()`] (and in `RULES.md`).
//! Every rule runs in time linear in the size of the report.
//!
//! # Examples
//!
//! ```
//! use inspection_report::{Metric, MetricKind, Unit, Validate};
//!
//! let rate_in_people = Metric::builder()
//!     .kind(MetricKind::Rate)
//!     .subject("整改完成率")
//!     .value("76".parse()?)
//!     .unit(Unit::Person)
//!     .build();
//! let report = rate_in_people.validate();
//! assert!(report.has_errors());
//! let issue = &report.issues[0];
//! assert_eq!(issue.code.as_str(), "R401");
//! assert_eq!(issue.pointer, "/unit");
//! assert_eq!(issue.params["unit"], "person");
//! # Ok::<(), inspection_report::DecimalError>(())
//! ```

mod catalog;
mod contact;
mod context;
mod dates;
mod dispositions;
mod figures;
mod identity;
mod ids;
mod status;
mod text;
mod walk;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use catalog::{Rule, rules};

use crate::{Disposition, Finding, Inspection, Measure, Metric, ReadError, Section, read_json};
use context::Ctx;

/// The stable code of a validation rule: `R` and three digits (`R405`).
///
/// The first digit names the family: `R1xx` dates, `R2xx` identity and numbering, `R3xx`
/// text, `R4xx` figures, `R5xx` dispositions, `R6xx` status and summary, `R7xx` contact.
/// A code is never reused for another rule. In JSON a code is a string (`"R405"`).
///
/// # Examples
///
/// ```
/// use inspection_report::RuleCode;
///
/// let code = RuleCode::from_code("R405").unwrap();
/// assert_eq!(code.as_str(), "R405");
/// assert_eq!(code.rule().code, code);
/// assert!(RuleCode::from_code("R999").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RuleCode(&'static str);

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

/// How serious an issue is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Tier {
    /// The report is wrong: it must not be published or exchanged as it is.
    Error,
    /// The report is probably wrong: it should not be published without a reason.
    Warning,
    /// Worth knowing; nothing is wrong.
    Info,
}

impl Tier {
    /// The tier's code as written in JSON (`"error"`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

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
/// use inspection_report::{Disposition, DispositionKind, Decimal, Tier, Validate};
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

/// Everything validation found, in the order of the report.
///
/// # Examples
///
/// ```
/// use inspection_report::{Metric, Unit, Validate};
///
/// let report = Metric::count("党工委会议", 6u32, Unit::Time).validate();
/// assert!(report.is_clean());
/// assert!(!report.has_errors());
/// assert_eq!(serde_json::to_string(&report)?, r#"{"issues":[]}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ValidationReport {
    /// Every issue found.
    pub issues: Vec<Issue>,
}

impl ValidationReport {
    /// Whether any issue is an [`Tier::Error`].
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// Whether there is no issue at all, of any tier.
    pub fn is_clean(&self) -> bool {
        self.issues.is_empty()
    }

    /// The issues of tier [`Tier::Error`].
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.of_tier(Tier::Error)
    }

    /// The issues of tier [`Tier::Warning`].
    pub fn warnings(&self) -> impl Iterator<Item = &Issue> {
        self.of_tier(Tier::Warning)
    }

    /// The issues of tier [`Tier::Info`].
    pub fn infos(&self) -> impl Iterator<Item = &Issue> {
        self.of_tier(Tier::Info)
    }

    /// The issues of `tier`.
    pub fn of_tier(&self, tier: Tier) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(move |issue| issue.tier == tier)
    }

    /// The number of errors.
    pub fn error_count(&self) -> usize {
        self.errors().count()
    }

    /// The number of warnings.
    pub fn warning_count(&self) -> usize {
        self.warnings().count()
    }

    /// The number of infos.
    pub fn info_count(&self) -> usize {
        self.infos().count()
    }

    /// The number of issues of any tier.
    pub fn len(&self) -> usize {
        self.issues.len()
    }

    /// Whether there is no issue; the same as [`ValidationReport::is_clean`].
    pub fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }
}

/// Checks what the types cannot: that a value's content holds together.
///
/// Implemented for the whole [`Inspection`] and for the parts that make sense alone
/// ([`Section`], [`Finding`], [`Measure`], [`Metric`], [`Disposition`]). For a part, pointers
/// and numbering are relative to the part, and the rules that need the whole report — that
/// references resolve, that dates precede publication, that a status fits the section — are
/// not applied.
///
/// # Examples
///
/// ```
/// use inspection_report::{Decimal, Metric, MetricKind, Unit, Validate};
///
/// let powers = Metric::builder()
///     .kind(MetricKind::Count)
///     .subject("已承接职权")
///     .value(Decimal::from(1186u32))
///     .unit(Unit::Item)
///     .parts(vec![
///         Metric::count("区直各单位承接职权", 74u32, Unit::Item),
///         Metric::count("派驻单位承接职权", 1111u32, Unit::Item),
///     ])
///     .build();
/// let report = powers.validate();
/// assert_eq!(report.issues[0].code.as_str(), "R405");
/// assert_eq!(report.issues[0].params["sum"], "1185");
/// ```
pub trait Validate {
    /// Validates the value, reporting every issue found.
    fn validate(&self) -> ValidationReport;
}

impl Validate for Inspection {
    fn validate(&self) -> ValidationReport {
        run(true, |ctx| walk::inspection(ctx, self))
    }
}

impl Validate for Section {
    fn validate(&self) -> ValidationReport {
        run(false, |ctx| walk::section(ctx, self, None))
    }
}

impl Validate for Finding {
    fn validate(&self) -> ValidationReport {
        run(false, |ctx| walk::finding(ctx, self, None, None))
    }
}

impl Validate for Measure {
    fn validate(&self) -> ValidationReport {
        run(false, |ctx| walk::measure(ctx, self))
    }
}

impl Validate for Metric {
    fn validate(&self) -> ValidationReport {
        run(false, |ctx| walk::metric(ctx, self))
    }
}

impl Validate for Disposition {
    fn validate(&self) -> ValidationReport {
        run(false, |ctx| walk::disposition(ctx, self))
    }
}

/// Runs `walk` over a value; when it finds a duplicate id, runs it again to report each
/// duplicate with its first occurrence (see [`context::Duplicates`]).
fn run<'a>(whole_report: bool, walk: impl Fn(&mut Ctx<'a>)) -> ValidationReport {
    let mut ctx = Ctx::detecting(whole_report);
    walk(&mut ctx);
    match ctx.duplicated() {
        None => ctx.finish(),
        Some(duplicated) => {
            let mut ctx = Ctx::reporting(whole_report, duplicated);
            walk(&mut ctx);
            ctx.finish()
        }
    }
}

/// Reads a report from JSON and validates it, in one call.
///
/// # Errors
///
/// Returns [`ReadError`], with the path of the failure, when the input is not JSON or does
/// not describe a report (a wrong type, an unknown field or code, a malformed date). A report
/// that reads but has issues is not an error: the issues are in the [`ValidationReport`].
///
/// # Examples
///
/// ```
/// use inspection_report::validate_json;
///
/// let err = validate_json(br#"{"title": 3}"#).unwrap_err();
/// assert_eq!(err.pointer, "/title");
/// ```
pub fn validate_json(json: &[u8]) -> Result<(Inspection, ValidationReport), ReadError> {
    let inspection: Inspection = read_json(json)?;
    let report = inspection.validate();
    Ok((inspection, report))
}
