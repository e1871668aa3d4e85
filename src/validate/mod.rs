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
mod exact;
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
    /// The issues found and kept, in the order of the report (see [`IssueLimits`]).
    pub issues: Vec<Issue>,
    /// How many more issues each rule found beyond the [`IssueLimits`], by rule code; empty
    /// when every issue found was kept.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub omitted: BTreeMap<RuleCode, u64>,
}

impl ValidationReport {
    /// Whether any issue, kept or omitted, is an [`Tier::Error`].
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
            || self
                .omitted
                .keys()
                .any(|code| code.rule().tier == Tier::Error)
    }

    /// Whether there is no issue at all, of any tier, kept or omitted.
    pub fn is_clean(&self) -> bool {
        self.issues.is_empty() && self.omitted.is_empty()
    }

    /// The number of issues found beyond the [`IssueLimits`] and not kept.
    pub fn omitted_count(&self) -> u64 {
        self.omitted.values().sum()
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

    /// The number of issues kept, of any tier.
    pub fn len(&self) -> usize {
        self.issues.len()
    }

    /// Whether no issue was kept (none was found, or every one was beyond the limits);
    /// [`ValidationReport::is_clean`] also counts the omitted ones.
    pub fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }
}

/// How many issues one validation keeps: at most [`max_issues`](IssueLimits::max_issues) in
/// all and [`max_issues_per_rule`](IssueLimits::max_issues_per_rule) of each rule. Issues
/// beyond them are counted by rule in [`ValidationReport::omitted`], as a compiler says "and
/// 250 more", and cost no memory.
///
/// Validation keeps the memory of a report's issues bounded whatever the report: each kept
/// issue is about a kilobyte, and every parameter quoting the report (an excerpt, an email
/// address) is cut after 200 characters and followed by `…`. Beyond the issues, validation
/// uses memory proportional to the number of ids and references in the report.
///
/// The default — 1,000 issues, 100 of each rule — suits a platform that validates untrusted
/// uploads: a hostile document of millions of broken references yields a report of at most
/// about a megabyte, and the per-rule limit keeps one flood from hiding the other rules.
/// [`IssueLimits::unlimited`] keeps everything, for trusted input.
///
/// # Examples
///
/// ```
/// use inspection_report::{IssueLimits, Metric, MetricKind, Unit, Validate};
///
/// let metric = Metric::builder()
///     .kind(MetricKind::Rate)
///     .subject("整改完成率")
///     .value("76".parse()?)
///     .unit(Unit::Person)
///     .build();
/// let report = metric.validate_with(IssueLimits::default().with_max_issues(0));
/// assert!(report.issues.is_empty());
/// assert_eq!(report.omitted_count(), 1);
/// assert!(report.has_errors());
/// # Ok::<(), inspection_report::DecimalError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IssueLimits {
    max_issues: usize,
    max_issues_per_rule: usize,
}

impl IssueLimits {
    /// The default limit on the issues kept in all: 1,000.
    pub const DEFAULT_MAX_ISSUES: usize = 1_000;
    /// The default limit on the issues kept of each rule: 100.
    pub const DEFAULT_MAX_ISSUES_PER_RULE: usize = 100;

    /// No limit: every issue found is kept.
    pub const fn unlimited() -> Self {
        Self {
            max_issues: usize::MAX,
            max_issues_per_rule: usize::MAX,
        }
    }

    /// These limits with at most `max` issues kept in all.
    #[must_use]
    pub const fn with_max_issues(self, max: usize) -> Self {
        Self {
            max_issues: max,
            ..self
        }
    }

    /// These limits with at most `max` issues kept of each rule.
    #[must_use]
    pub const fn with_max_issues_per_rule(self, max: usize) -> Self {
        Self {
            max_issues_per_rule: max,
            ..self
        }
    }

    /// The most issues kept in all.
    pub const fn max_issues(self) -> usize {
        self.max_issues
    }

    /// The most issues kept of each rule.
    pub const fn max_issues_per_rule(self) -> usize {
        self.max_issues_per_rule
    }
}

impl Default for IssueLimits {
    fn default() -> Self {
        Self {
            max_issues: Self::DEFAULT_MAX_ISSUES,
            max_issues_per_rule: Self::DEFAULT_MAX_ISSUES_PER_RULE,
        }
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
    /// Validates the value, keeping the issues found within `limits`.
    fn validate_with(&self, limits: IssueLimits) -> ValidationReport;

    /// Validates the value, keeping the issues found within the default [`IssueLimits`]
    /// (1,000 in all, 100 of each rule) and counting the others.
    fn validate(&self) -> ValidationReport {
        self.validate_with(IssueLimits::default())
    }
}

impl Validate for Inspection {
    fn validate_with(&self, limits: IssueLimits) -> ValidationReport {
        run(true, limits, |ctx| walk::inspection(ctx, self))
    }
}

impl Validate for Section {
    fn validate_with(&self, limits: IssueLimits) -> ValidationReport {
        run(false, limits, |ctx| walk::section(ctx, self, None))
    }
}

impl Validate for Finding {
    fn validate_with(&self, limits: IssueLimits) -> ValidationReport {
        run(false, limits, |ctx| walk::finding(ctx, self, None, None))
    }
}

impl Validate for Measure {
    fn validate_with(&self, limits: IssueLimits) -> ValidationReport {
        run(false, limits, |ctx| walk::measure(ctx, self))
    }
}

impl Validate for Metric {
    fn validate_with(&self, limits: IssueLimits) -> ValidationReport {
        run(false, limits, |ctx| walk::metric(ctx, self))
    }
}

impl Validate for Disposition {
    fn validate_with(&self, limits: IssueLimits) -> ValidationReport {
        run(false, limits, |ctx| walk::disposition(ctx, self))
    }
}

/// Runs `walk` over a value; when it finds a duplicate id, runs it again to report each
/// duplicate with its first occurrence (see [`context::Duplicates`]).
fn run<'a>(
    whole_report: bool,
    limits: IssueLimits,
    walk: impl Fn(&mut Ctx<'a>),
) -> ValidationReport {
    let mut ctx = Ctx::detecting(whole_report, limits);
    walk(&mut ctx);
    match ctx.duplicated() {
        None => ctx.finish(),
        Some(duplicated) => {
            let mut ctx = Ctx::reporting(whole_report, limits, duplicated);
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
