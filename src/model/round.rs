//! The inspection round: who inspected whom, when, and the rectification period.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;
use crate::date::DateAsWritten;
use crate::{Organization, PartialDate, Period, Person, Quantity};

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
        /// A round inspecting several organizations together (联动巡察).
        Joint = "joint", "联动巡察", "joint";
        /// A round run by teams of two levels together (上下联动巡察), often special.
        Linked = "linked", "上下联动", "linked across levels";
        /// A round run by the level above the usual one (提级巡察).
        Elevated = "elevated", "提级巡察", "elevated";
        /// A round in which teams inspect each other's areas (交叉巡察).
        Cross = "cross", "交叉巡察", "cross";
        /// A round extended to subordinate units (延伸巡察).
        Extended = "extended", "延伸巡察", "extended";
        /// A kind not listed here; the round's `kind_label` (or the component's `label`)
        /// gives it as published.
        Other = "other", "其他", "other kind";
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

/// A part of a round that mixes kinds: `对教育系统开展专项巡察`, `对粮食购销领域开展上下联动
/// 专项巡察`. A component may have several kinds (上下联动 and 专项).
///
/// # Examples
///
/// ```
/// use inspection_report::{InspectionKind, RoundComponent};
///
/// let grain = RoundComponent::builder()
///     .kinds(vec![InspectionKind::Linked, InspectionKind::Special])
///     .scope("粮食购销领域")
///     .label("上下联动专项巡察")
///     .build();
/// assert_eq!(grain.kinds.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct RoundComponent {
    /// The kinds of this part of the round.
    pub kinds: Vec<InspectionKind>,
    /// What it covers, as published (`教育系统`, `粮食购销领域`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The kind as published (`上下联动专项巡察`); required when a kind is `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The organizations it inspected, when named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub inspected: Vec<Organization>,
    /// How many organizations it inspected, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspected_count: Option<u32>,
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
    /// The kind of round, when stated or known; for a round that mixes kinds, see
    /// `components`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<InspectionKind>,
    /// The kind as published, when it differs from the kind's label or the kind is `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind_label: Option<String>,
    /// The parts of a round that mixes kinds (常规巡察 of some units, 专项巡察 of a sector),
    /// in published order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub components: Vec<RoundComponent>,
    /// The round's identifier, as published (`十届市委第八轮巡察`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The authority that commissioned the inspection (市委), when the report names it: a
    /// batch report of an environmental inspection often names only the team
    /// (`中央第二生态环境保护督察组`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commissioned_by: Option<Organization>,
    /// The inspection team (市委第八巡察组), or the teams together as published (`区委巡察组`);
    /// `None` when the report names none (an audit report names the audit office elsewhere, a
    /// batch report may name only the authority).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<Organization>,
    /// The teams one by one, when a round has several and the report names them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub teams: Vec<Organization>,
    /// How many teams the round had, when stated (`区委4个巡察组` → 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_count: Option<u32>,
    /// The leaders of the teams, with their posts (组长); each person's `organization` is
    /// their team.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub team_leaders: Vec<Person>,
    /// The inspected organizations; a report may cover several, or name none and give only
    /// their number (`inspected_count`).
    pub inspected: Vec<Organization>,
    /// How many organizations were inspected, when stated (`40家被巡察单位`); at least the
    /// number listed in `inspected`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspected_count: Option<u32>,
    /// The period audited or inspected, as distinct from when the team was on site
    /// (`2020年度`, `2017年度本级预算执行`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audited_period: Option<Period>,
    /// When the team was on site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_site: Option<Period>,
    /// How long the report says the team was on site, when stated (`为期45天`): a
    /// [`Quantity`] in a time unit (R106, R107).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_site_duration: Option<Quantity>,
    /// When the team gave its feedback (反馈).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_date: Option<PartialDate>,
    /// How the feedback date was written, when it omits parts (`10月21日`, the year taken
    /// from context) or says more than the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_as_written: Option<DateAsWritten>,
    /// The rectification period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rectification: Option<Rectification>,
}
