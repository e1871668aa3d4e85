//! Delivery: a report given as a speech, when, where and by whom.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Organization, PartialDate, Person};

/// How a report delivered as a speech was delivered: `2018年11月22日在慈溪市十七届人大常委会
/// 第十六次会议上` / `市审计局局长 俞金华` / `我受市人民政府委托`.
///
/// # Examples
///
/// ```
/// use inspection_report::{Delivery, Organization, Person};
///
/// let delivery = Delivery::builder()
///     .date("2018-11-22".parse()?)
///     .occasion("慈溪市十七届人大常委会第十六次会议")
///     .speaker(
///         Person::builder()
///             .name("俞金华")
///             .post("局长")
///             .organization(Organization::named("市审计局"))
///             .build(),
///     )
///     .byline("市审计局局长 俞金华")
///     .on_behalf_of(Organization::named("市人民政府"))
///     .build();
/// assert_eq!(delivery.speaker.map(|s| s.name), Some("俞金华".to_owned()));
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Delivery {
    /// When it was delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The occasion, as published (`慈溪市十七届人大常委会第十六次会议`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasion: Option<String>,
    /// Who delivered it, with their post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Person>,
    /// The byline as published (`市审计局局长　李火生`), layout space included: a single
    /// space between post and name is layout, not an extraction artifact (rule R303).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// On whose behalf the speaker reports (`受市人民政府委托`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<Organization>,
}
