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
//! # Ok::<(), inspection_report::Error>(())
//! ```

mod catalog;
mod context;
mod cursor;
mod diagnostics;
mod ids;
mod issue;
mod limits;
mod references;
mod rule;
mod rules;
mod sink;
mod walk;

pub use catalog::{Rule, rules};
pub use diagnostics::Diagnostics;
pub use issue::{Issue, Message};
pub use limits::Limits;
pub use rule::{RuleCode, Tier};

use crate::{Disposition, Finding, Inspection, Measure, Metric, Section, json};
use context::Ctx;

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
    fn validate_with(&self, limits: Limits) -> Diagnostics;

    /// Validates the value, keeping the issues found within the default [`Limits`]
    /// (1,000 in all, 100 of each rule) and counting the others.
    fn validate(&self) -> Diagnostics {
        self.validate_with(Limits::default())
    }
}

impl Validate for Inspection {
    fn validate_with(&self, limits: Limits) -> Diagnostics {
        run(true, limits, |ctx| walk::inspection(ctx, self))
    }
}

impl Validate for Section {
    fn validate_with(&self, limits: Limits) -> Diagnostics {
        run(false, limits, |ctx| walk::section(ctx, self, None))
    }
}

impl Validate for Finding {
    fn validate_with(&self, limits: Limits) -> Diagnostics {
        run(false, limits, |ctx| walk::finding(ctx, self, None, None))
    }
}

impl Validate for Measure {
    fn validate_with(&self, limits: Limits) -> Diagnostics {
        run(false, limits, |ctx| walk::measure(ctx, self))
    }
}

impl Validate for Metric {
    fn validate_with(&self, limits: Limits) -> Diagnostics {
        run(false, limits, |ctx| walk::metric(ctx, self))
    }
}

impl Validate for Disposition {
    fn validate_with(&self, limits: Limits) -> Diagnostics {
        run(false, limits, |ctx| walk::disposition(ctx, self))
    }
}

/// Runs `walk` over a value; when it finds a duplicate id, runs it again to report each
/// duplicate with its first occurrence (see [`context::Duplicates`]).
fn run<'a>(whole_report: bool, limits: Limits, walk: impl Fn(&mut Ctx<'a>)) -> Diagnostics {
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
/// Returns a [`json::Error`], with the place of the failure, when the input is not JSON or
/// does not describe a report (a wrong type, an unknown field or code, a malformed date), as
/// [`json::from_slice`]. A report that reads but has issues is not an error: the issues are
/// in the [`Diagnostics`], within the default [`Limits`].
///
/// # Examples
///
/// ```
/// use inspection_report::validate;
///
/// let err = validate::from_slice(br#"{"title": 3}"#).unwrap_err();
/// assert_eq!(err.pointer(), "/title");
/// ```
pub fn from_slice(json: &[u8]) -> Result<(Inspection, Diagnostics), json::Error> {
    let inspection: Inspection = json::from_slice(json)?;
    let diagnostics = inspection.validate();
    Ok((inspection, diagnostics))
}
