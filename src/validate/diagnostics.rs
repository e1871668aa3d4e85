//! Diagnostics: everything one validation found.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Issue, RuleCode, Tier};

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
pub struct Diagnostics {
    /// The issues found and kept, in the order of the report (see [`Limits`](super::Limits)).
    pub issues: Vec<Issue>,
    /// How many more issues each rule found beyond the [`Limits`](super::Limits), by rule code; empty
    /// when every issue found was kept.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub omitted: BTreeMap<RuleCode, u64>,
}

impl Diagnostics {
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

    /// The number of issues found beyond the [`Limits`](super::Limits) and not kept.
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
    /// [`Diagnostics::is_clean`] also counts the omitted ones.
    pub fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }
}
