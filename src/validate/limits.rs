//! Limits on the issues one validation keeps.

/// How many issues one validation keeps: at most [`max_issues`](Limits::max_issues) in
/// all and [`max_issues_per_rule`](Limits::max_issues_per_rule) of each rule. Issues
/// beyond them are counted by rule in [`Diagnostics::omitted`](super::Diagnostics::omitted), as a compiler says "and
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
/// [`Limits::unlimited`] keeps everything, for trusted input.
///
/// # Examples
///
/// ```
/// use inspection_report::validate::Limits;
/// use inspection_report::{Metric, MetricKind, Unit, Validate};
///
/// let metric = Metric::builder()
///     .kind(MetricKind::Rate)
///     .subject("整改完成率")
///     .value("76".parse()?)
///     .unit(Unit::Person)
///     .build();
/// let report = metric.validate_with(Limits::default().with_max_issues(0));
/// assert!(report.issues.is_empty());
/// assert_eq!(report.omitted_count(), 1);
/// assert!(report.has_errors());
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limits {
    max_issues: usize,
    max_issues_per_rule: usize,
}

impl Limits {
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

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_issues: Self::DEFAULT_MAX_ISSUES,
            max_issues_per_rule: Self::DEFAULT_MAX_ISSUES_PER_RULE,
        }
    }
}
