//! Publication metadata: how and where a report was published.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;
use crate::{Organization, PartialDate};

codelist! {
    /// How a government document is disclosed (公开方式), as its metadata block states.
    pub enum Disclosure {
        /// Proactively disclosed (主动公开).
        Proactive = "proactive", "主动公开", "proactively disclosed";
        /// Disclosed on request (依申请公开).
        OnRequest = "on_request", "依申请公开", "disclosed on request";
        /// Not disclosed (不予公开).
        NotDisclosed = "not_disclosed", "不予公开", "not disclosed";
        /// A mode not listed here; `disclosure_label` gives it as published.
        Other = "other", "其他", "other disclosure mode";
    }
}

/// The publication metadata of a report, as a government website's metadata block gives it:
/// index number (索引号), publishing body (发布机构), date written (成文日期), disclosure mode
/// (公开方式), the page's address.
///
/// The report's own `published` date is the date of publication (发布日期); `written` is
/// the date the document was written or signed, which comes before it (rule R108).
///
/// # Examples
///
/// ```
/// use inspection_report::{Disclosure, Organization, Publication};
///
/// let metadata = Publication::builder()
///     .index_number("113307020501239658/2023-46395")
///     .publisher(Organization::named("区委巡察办"))
///     .written("2023-12-20".parse()?)
///     .disclosure(Disclosure::Proactive)
///     .build();
/// assert_eq!(metadata.index_number.as_deref(), Some("113307020501239658/2023-46395"));
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Publication {
    /// The index number (索引号) as published: printable characters without spaces
    /// (`113307020501239658/2023-46395`; rule R305). Not an id: it holds `/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_number: Option<String>,
    /// The document's own number (发文字号), as published (`东委巡〔2023〕5号`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_number: Option<String>,
    /// The body that published it (发布机构), when it differs from the issuer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Organization>,
    /// When it was written (成文日期), when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<PartialDate>,
    /// How it is disclosed (公开方式).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure: Option<Disclosure>,
    /// The disclosure mode as published, when it differs from the code's label or the code
    /// is `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure_label: Option<String>,
    /// The address of the page it was published on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
