//! Dispositions: what was decided against people, organizations or cases.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;
use crate::id::DispositionId;
use crate::{Decimal, Period, Person, Quantity};

codelist! {
    /// The kind of a disposition, following the party discipline regulations (中国共产党纪律处分条例),
    /// the accountability regulations (问责条例), the law on administrative sanctions for public
    /// officials (公职人员政务处分法) and the supervision law (监察法).
    ///
    /// Each grade has its own code; `party_discipline`, `administrative_sanction` and
    /// `organizational_handling` stand for the family when a report gives no grade. Kinds not
    /// listed use `other` with the disposition's `label`.
    pub enum DispositionKind {
        /// Party discipline, grade not stated (党纪处分).
        PartyDiscipline = "party_discipline", "党纪处分", "party disciplinary sanction";
        /// Party discipline: warning (警告).
        PartyWarning = "party_warning", "党内警告", "party warning";
        /// Party discipline: serious warning (严重警告).
        PartySeriousWarning = "party_serious_warning", "党内严重警告", "serious party warning";
        /// Party discipline: removal from party posts (撤销党内职务).
        RemovalFromPartyPosts = "removal_from_party_posts", "撤销党内职务", "removal from party posts";
        /// Party discipline: probation within the party (留党察看).
        PartyProbation = "party_probation", "留党察看", "probation within the party";
        /// Party discipline: expulsion from the party (开除党籍).
        ExpulsionFromParty = "expulsion_from_party", "开除党籍", "expulsion from the party";
        /// Administrative sanction, grade not stated (政务处分).
        AdministrativeSanction = "administrative_sanction", "政务处分", "administrative sanction";
        /// Administrative sanction: warning (警告).
        AdministrativeWarning = "administrative_warning", "政务警告", "administrative warning";
        /// Administrative sanction: demerit (记过).
        Demerit = "demerit", "记过", "demerit";
        /// Administrative sanction: major demerit (记大过).
        MajorDemerit = "major_demerit", "记大过", "major demerit";
        /// Administrative sanction: demotion in grade (降级).
        Demotion = "demotion", "降级", "demotion in grade";
        /// Administrative sanction: dismissal from post (撤职).
        DismissalFromPost = "dismissal_from_post", "撤职", "dismissal from post";
        /// Administrative sanction: expulsion from public employment (开除).
        ExpulsionFromPublicEmployment = "expulsion_from_public_employment", "开除", "expulsion from public employment";
        /// Party discipline and administrative sanctions counted together (党纪政务处分).
        PartyAndAdministrativeSanction = "party_and_administrative_sanction", "党纪政务处分", "party and administrative sanctions";
        /// Party and government discipline counted together, in older texts (党纪政纪处分).
        PartyAndGovernmentDiscipline = "party_and_government_discipline", "党纪政纪处分", "party and government discipline";
        /// Organizational handling, form not stated (组织处理).
        OrganizationalHandling = "organizational_handling", "组织处理", "organizational handling";
        /// Organizational handling: suspension for examination (停职检查).
        SuspensionForExamination = "suspension_for_examination", "停职检查", "suspension for examination";
        /// Organizational handling: reassignment (调整职务).
        Reassignment = "reassignment", "调整职务", "reassignment";
        /// Organizational handling: ordered to resign (责令辞职).
        OrderedResignation = "ordered_resignation", "责令辞职", "ordered resignation";
        /// Organizational handling: removal from office (免职).
        RemovalFromOffice = "removal_from_office", "免职", "removal from office";
        /// Organizational handling: demotion in post (降职).
        DemotionInPost = "demotion_in_post", "降职", "demotion in post";
        /// Circulated criticism (通报批评).
        CirculatedCriticism = "circulated_criticism", "通报批评", "circulated criticism";
        /// Reminder talk (提醒谈话).
        ReminderTalk = "reminder_talk", "提醒谈话", "reminder talk";
        /// Criticism and education (批评教育).
        CriticismEducation = "criticism_education", "批评教育", "criticism and education";
        /// Ordered to make a self-examination (责令检查).
        OrderedSelfExamination = "ordered_self_examination", "责令检查", "ordered self-examination";
        /// Admonishment (诫勉, 诫勉谈话).
        Admonishment = "admonishment", "诫勉", "admonishment";
        /// Accountability (问责).
        Accountability = "accountability", "问责", "accountability";
        /// Case filed for review and investigation (立案, 立案审查调查).
        CaseFiled = "case_filed", "立案", "case filed";
        /// Case concluded (了结, 结案, 审结).
        CaseConcluded = "case_concluded", "了结", "case concluded";
        /// Referral to the judicial authorities (移送司法机关).
        ReferralToJudiciary = "referral_to_judiciary", "移送司法机关", "referral to the judiciary";
        /// Administrative penalty, usually a fine with an amount (行政处罚).
        AdministrativePenalty = "administrative_penalty", "行政处罚", "administrative penalty";
        /// Order to rectify within a time limit (责令整改).
        OrderToRectify = "order_to_rectify", "责令整改", "order to rectify";
        /// Order to stop work (停工).
        WorkStoppage = "work_stoppage", "停工", "work stoppage";
        /// Warning interview (警示约谈).
        WarningInterview = "warning_interview", "警示约谈", "warning interview";
        /// Money recovered: recovered, refunded or losses retrieved (追缴, 清退, 挽回损失).
        MoneyRecovered = "money_recovered", "追缴资金", "money recovered";
        /// Handed to the discipline inspection commission for investigation (交由纪委调查,
        /// 移交纪检监察机关).
        ReferralToDisciplineCommission = "referral_to_discipline_commission", "交由纪委调查", "referral to the discipline inspection commission";
        /// Criticism and help at a democratic life meeting (批评帮助); the disposition's
        /// `occasion` names the meeting.
        CriticismAndHelp = "criticism_and_help", "批评帮助", "criticism and help";
        /// Interview of those responsible (约谈), without the word 警示.
        Interview = "interview", "约谈", "interview";
        /// Criminal case filed by the police (立案侦查).
        CriminalCaseFiled = "criminal_case_filed", "立案侦查", "criminal case filed";
        /// Criminal detention (刑事拘留).
        CriminalDetention = "criminal_detention", "刑事拘留", "criminal detention";
        /// Administrative detention (行政拘留).
        AdministrativeDetention = "administrative_detention", "行政拘留", "administrative detention";
        /// Case filed for an administrative penalty (立案处罚), usually against enterprises.
        PenaltyCaseFiled = "penalty_case_filed", "立案处罚", "penalty case filed";
        /// The four forms of supervision and discipline, all together (运用监督执纪“四种形态”),
        /// counted in person-times.
        FourForms = "four_forms", "四种形态", "four forms of supervision";
        /// The first form: criticism, talks and inquiries (第一种形态).
        FirstForm = "first_form", "第一种形态", "first form of supervision";
        /// The second form: light sanctions and organizational adjustment (第二种形态).
        SecondForm = "second_form", "第二种形态", "second form of supervision";
        /// The third form: heavy sanctions and major adjustment of posts (第三种形态).
        ThirdForm = "third_form", "第三种形态", "third form of supervision";
        /// The fourth form: serious violations investigated for crimes (第四种形态).
        FourthForm = "fourth_form", "第四种形态", "fourth form of supervision";
        /// A kind not listed here; `label` gives it as published.
        Other = "other", "其他", "other";
    }
}

codelist! {
    /// What a disposition counts.
    pub enum DispositionUnit {
        /// Persons (人, 名).
        Person = "person", "人", "persons";
        /// Person-times: one person counted once per disposition (人次).
        PersonTime = "person_time", "人次", "person-times";
        /// Cases (起, 件).
        Case = "case", "起", "cases";
        /// Organizations: units, enterprises, party organizations (家, 个).
        Organization = "organization", "家", "organizations";
    }
}

impl DispositionKind {
    /// The units a count of this kind may be in.
    ///
    /// Sanctions and talks fall on persons; case filing and referral count cases; warning
    /// interviews, penalties and orders may fall on organizations.
    pub fn allowed_units(self) -> &'static [DispositionUnit] {
        use DispositionUnit::*;
        match self {
            Self::CaseFiled
            | Self::CaseConcluded
            | Self::ReferralToJudiciary
            | Self::ReferralToDisciplineCommission
            | Self::CriminalCaseFiled => &[Case, Person, PersonTime],
            Self::PenaltyCaseFiled | Self::Interview => &[Person, PersonTime, Organization, Case],
            Self::AdministrativePenalty
            | Self::OrderToRectify
            | Self::WorkStoppage
            | Self::WarningInterview
            | Self::MoneyRecovered
            | Self::CirculatedCriticism
            | Self::Accountability => &[Person, PersonTime, Organization, Case],
            Self::Other => &[Person, PersonTime, Case, Organization],
            _ => &[Person, PersonTime],
        }
    }
}

/// A sub-kind a disposition includes (`组织处理8人(含通报批评、提醒谈话)`), with its count when
/// stated.
///
/// # Examples
///
/// ```
/// use inspection_report::{DispositionKind, IncludedDisposition};
///
/// let included = IncludedDisposition::builder().kind(DispositionKind::ReminderTalk).build();
/// assert_eq!(included.count, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct IncludedDisposition {
    /// The included kind.
    pub kind: DispositionKind,
    /// How many of the disposition's count are of this kind, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<Decimal>,
    /// The kind as published, when it differs from the kind's label or the kind is `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Disposition {
    /// A disposition counted in persons: `Disposition::persons(PartyAndAdministrativeSanction,
    /// 8u32)` for `党纪政务处分8人`.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::{Disposition, DispositionKind, DispositionUnit};
    ///
    /// let admonished = Disposition::persons(DispositionKind::Admonishment, 2u32);
    /// assert_eq!(admonished.count, Some(2u32.into()));
    /// assert_eq!(admonished.unit, Some(DispositionUnit::Person));
    /// ```
    pub fn persons(kind: DispositionKind, count: impl Into<Decimal>) -> Self {
        Self::builder()
            .kind(kind)
            .count(count.into())
            .unit(DispositionUnit::Person)
            .build()
    }
}

/// What was decided against people, organizations or cases, and how many.
///
/// `党纪政务处分8人` is a disposition of kind
/// [`PartyAndAdministrativeSanction`](DispositionKind::PartyAndAdministrativeSanction), count 8,
/// unit [`Person`](DispositionUnit::Person). Counts may be zero (`给予政务处分0人`); a count may
/// include named sub-kinds (`组织处理8人(含通报批评、提醒谈话)`), which need not add up, or
/// break down into `parts` that must (`党纪处分37人(党内警告18人、…)`); a penalty may carry
/// an `amount`, a sanction its `term` (`留党察看二年`) and the outcomes given with it
/// (`together_with`: `同时撤销行政职务`).
///
/// # Examples
///
/// ```
/// use inspection_report::{Disposition, DispositionKind, DispositionUnit, IncludedDisposition};
///
/// let handled = Disposition::builder()
///     .kind(DispositionKind::OrganizationalHandling)
///     .count(8u32.into())
///     .unit(DispositionUnit::Person)
///     .including(vec![
///         IncludedDisposition::builder().kind(DispositionKind::CirculatedCriticism).build(),
///         IncludedDisposition::builder().kind(DispositionKind::ReminderTalk).build(),
///     ])
///     .build();
/// assert_eq!(handled.including.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Disposition {
    /// A stable identifier, when other data refers to this disposition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |id: &str| -> Result<_, crate::id::Error> { id.parse() })]
    pub id: Option<DispositionId>,
    /// What was decided.
    pub kind: DispositionKind,
    /// The kind as published, when it differs from the kind's label (`诚勉谈话`, a typo of
    /// 诫勉谈话) or the kind is `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// How many, when stated; may be zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<Decimal>,
    /// What `count` counts; required with a count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<DispositionUnit>,
    /// Who or what it fell on, when stated (`党员干部`, `生产经营单位`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// An amount of money: a fine, or money recovered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Quantity>,
    /// Sub-kinds the count includes (含 …): they need not add up to the count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub including: Vec<IncludedDisposition>,
    /// Parts that add up to the count exactly (`党纪处分37人(党内警告18人、严重警告11人、
    /// 撤销党内职务1人、留党察看2人、开除党籍5人)`; R508), each in the disposition's unit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub parts: Vec<Disposition>,
    /// How long a sanction runs, when stated (`留党察看二年`): a [`Quantity`] in a time unit
    /// (R107).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<Quantity>,
    /// Outcomes the same persons received at the same time (`同时撤销行政职务`,
    /// `降为副巡视员`); they are not further persons.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub together_with: Vec<Disposition>,
    /// The occasion on which it was decided or given, as published (`在专题民主生活会上`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasion: Option<String>,
    /// The persons it fell on, when the report names them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub recipients: Vec<Person>,
    /// The time the disposition figure refers to (`今年以来`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Where it was read from in the original text, when it was imported from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::Source>,
}

impl Disposition {
    /// This disposition and every disposition nested in its `parts` and `together_with`,
    /// depth first.
    pub fn iter_dispositions(&self) -> impl Iterator<Item = &Disposition> {
        let mut stack = vec![self];
        std::iter::from_fn(move || {
            let next = stack.pop()?;
            stack.extend(next.together_with.iter().rev());
            stack.extend(next.parts.iter().rev());
            Some(next)
        })
    }
}
