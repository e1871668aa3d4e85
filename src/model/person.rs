//! People a report names: officials with their posts, speakers, signatories, team leaders.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Organization;

/// A person a report names, with the post they hold and the organization they serve:
/// `党工委委员、管委会副主任闫根峰` is a person named `闫根峰` with the post
/// `党工委委员、管委会副主任`; `市审计局局长 俞金华` is `俞金华`, post `局长`, organization
/// `市审计局`.
///
/// The name and the post are kept apart, without the space a byline puts between them.
///
/// # Examples
///
/// ```
/// use inspection_report::{Organization, Person};
///
/// let speaker = Person::builder()
///     .name("俞金华")
///     .post("局长")
///     .organization(Organization::named("市审计局"))
///     .build();
/// assert_eq!(speaker.byline(), "市审计局局长俞金华");
/// assert_eq!(Person::named("闫根峰").post, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Person {
    /// The name as published (`闫根峰`).
    pub name: String,
    /// The post or posts, as published (`党工委委员、管委会副主任`, `局长`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<String>,
    /// The organization the person serves in that post, when the report names it apart from
    /// the post (`市审计局` of `市审计局局长`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Organization>,
}

impl Person {
    /// A person known by `name` only.
    pub fn named(name: impl Into<String>) -> Self {
        Self::builder().name(name).build()
    }

    /// The person as a byline writes them: organization, post and name, without spaces
    /// (`市审计局局长俞金华`).
    pub fn byline(&self) -> String {
        let mut out = String::new();
        if let Some(org) = &self.organization {
            out.push_str(&org.name);
        }
        if let Some(post) = &self.post {
            out.push_str(post);
        }
        out.push_str(&self.name);
        out
    }
}
