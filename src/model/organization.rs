//! Organizations: authorities, inspection teams, inspected units, issuers.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An organization named by a report: the commissioning authority (市委), an inspection team
/// (市委第八巡察组), an inspected organization, the issuer of a document.
///
/// # Examples
///
/// ```
/// use inspection_report::Organization;
///
/// let team = Organization::named("市委第八巡察组");
/// assert_eq!(team.name, "市委第八巡察组");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Organization {
    /// The name as published.
    pub name: String,
    /// The full name, when the report uses a short one (`示范区` for
    /// `许昌市城乡一体化示范区`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// An official identifier, such as the unified social credit code (统一社会信用代码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
}

impl Organization {
    /// An organization known by `name` only.
    pub fn named(name: impl Into<String>) -> Self {
        Self::builder().name(name).build()
    }
}
