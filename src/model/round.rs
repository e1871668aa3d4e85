//! The inspection round: who inspected whom, when, and the rectification period.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;
use crate::{Organization, PartialDate, Period, Quantity};

codelist! {
    /// The family of an inspection: who sends it and under which rules.
    pub enum InspectionFamily {
        /// Party inspection tour at central or provincial level (巡视).
        PartyInspectionTour = "party_inspection_tour", "巡视", "party inspection tour";
        /// Party inspection at city or county level (巡察).
        PartyInspection = "party_inspection", "巡察", "party inspection";
        /// Audit (审计).
        Audit = "audit", "审计", "audit";
        /// Ecological and environmental protection inspection (生态环境保护督察).
        EnvironmentalInspection = "environmental_inspection", "生态环境保护督察", "environmental inspection";
        /// Another kind of supervision or inspection (督查, 督导).
        Other = "other", "其他督查", "other inspection";
    }
}

codelist! {
    /// The kind of an inspection round.
    pub enum InspectionKind {
        /// A regular round (常规巡察).
        Regular = "regular", "常规巡察", "regular";
        /// A special round on a theme (专项巡察).
        Special = "special", "专项巡察", "special";
        /// A mobile, unannounced round (机动巡察).
        Mobile = "mobile", "机动巡察", "mobile";
        /// A follow-up round checking earlier rectification (回头看).
        FollowUp = "follow_up", "巡察“回头看”", "follow-up";
        /// A round inspecting several organizations together (联动巡察, 交叉巡察).
        Joint = "joint", "联动巡察", "joint";
    }
}

/// The rectification period: when rectification ran and how long the report says it took.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Rectification {
    /// When rectification ran (集中整改期).
    pub period: Period,
    /// How long the report says it took, when stated (`三个月`): a [`Quantity`] in a time
    /// unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_duration: Option<Quantity>,
    /// What the period is called, as published (`集中整改`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// One inspection round: who commissioned it, which team inspected which organizations, when
/// the team was on site, when it gave its feedback, and the rectification period.
///
/// # Examples
///
/// ```
/// use inspection_report::{InspectionFamily, InspectionKind, InspectionRound, Organization, Period};
///
/// let round = InspectionRound::builder()
///     .family(InspectionFamily::PartyInspection)
///     .kind(InspectionKind::Regular)
///     .commissioned_by(Organization::named("市委"))
///     .team(Organization::named("市委第八巡察组"))
///     .inspected(vec![Organization::named("市城乡一体化示范区党工委")])
///     .on_site(Period::between("2025-03-06".parse()?, "2025-04-28".parse()?))
///     .feedback_date("2025-06-10".parse()?)
///     .build();
/// assert_eq!(round.inspected.len(), 1);
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct InspectionRound {
    /// The family of inspection (巡视, 巡察, audit, …).
    pub family: InspectionFamily,
    /// The kind of round, when stated or known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<InspectionKind>,
    /// The round's identifier, as published (`十届市委第八轮巡察`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The authority that commissioned the inspection (市委).
    pub commissioned_by: Organization,
    /// The inspection team (市委第八巡察组).
    pub team: Organization,
    /// The inspected organizations; a report may cover several.
    pub inspected: Vec<Organization>,
    /// When the team was on site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_site: Option<Period>,
    /// When the team gave its feedback (反馈).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_date: Option<PartialDate>,
    /// The rectification period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rectification: Option<Rectification>,
}
