//! Figures: a number with a unit, what it counts, and how it breaks down.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::codelist;
use crate::id::MetricId;
use crate::unit::Dimension;
use crate::{Decimal, Period, Unit};

codelist! {
    /// What kind of figure a [`Metric`] is.
    pub enum MetricKind {
        /// A count of people, things or occasions (`召开6次党工委会议`).
        Count = "count", "数量", "count";
        /// An amount of money (`129.9亿元`, `行政处罚1043330元`).
        Amount = "amount", "金额", "amount of money";
        /// Growth on the same period of the previous year (`同比增长10.1%`).
        YearOnYearGrowth = "year_on_year_growth", "同比增长", "year-on-year growth";
        /// Change on the previous year as a whole (`较上年提升8%`).
        ChangeOnPreviousYear = "change_on_previous_year", "较上年变化", "change on the previous year";
        /// A rate: completion, coverage or the like (`整改完成率76%`).
        Rate = "rate", "比率", "rate";
        /// A share of a whole (`占比35%`).
        Share = "share", "占比", "share";
        /// A position in a ranking (`位列151名`); see [`Rank`].
        Rank = "rank", "排名", "rank";
        /// An average (`平均年龄42岁`).
        Average = "average", "平均数", "average";
        /// An area (`约18730平方米`).
        Area = "area", "面积", "area";
        /// An age (`35岁以下`).
        Age = "age", "年龄", "age";
        /// A length of time (`三个月`, `2个工作日`).
        Duration = "duration", "时长", "duration";
        /// An ordinal that numbers an occasion (`第12次党工委会议`).
        Ordinal = "ordinal", "序数", "ordinal";
        /// A kind not listed here; `wording` says what the figure is.
        Other = "other", "其他", "other kind";
    }
}

codelist! {
    /// How exact a published figure is.
    pub enum Qualifier {
        /// About (约, 左右).
        About = "about", "约", "about";
        /// At least: the figure or more (以上, 不少于).
        AtLeast = "at_least", "以上", "at least";
        /// More than (超过).
        MoreThan = "more_than", "超过", "more than";
        /// Nearly: a little under (近).
        Nearly = "nearly", "近", "nearly";
        /// Over: the figure and some (余, 多: `100余人`).
        Over = "over", "余", "over (the figure and some more)";
        /// At most (以内, 不超过, 前: `位列前三`).
        AtMost = "at_most", "以内", "at most";
        /// Less than (不到, 不足).
        LessThan = "less_than", "不足", "less than";
    }
}

impl MetricKind {
    /// The dimensions a unit of this kind of figure may have.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::{MetricKind, unit::Dimension};
    ///
    /// assert!(MetricKind::Rate.allowed_dimensions().contains(&Dimension::Ratio));
    /// assert!(!MetricKind::Rate.allowed_dimensions().contains(&Dimension::People));
    /// ```
    pub fn allowed_dimensions(self) -> &'static [Dimension] {
        use Dimension::*;
        match self {
            Self::Count | Self::Ordinal => &[People, Things],
            Self::Amount => &[Money],
            Self::YearOnYearGrowth | Self::ChangeOnPreviousYear | Self::Rate | Self::Share => {
                &[Ratio]
            }
            Self::Rank => &[Position],
            Self::Average => &[People, Things, Money, Ratio, Area, Age, Duration],
            Self::Area => &[Area],
            Self::Age => &[Age],
            Self::Duration => &[Duration],
            Self::Other => &[
                People, Things, Money, Ratio, Area, Age, Duration, Position, Unknown,
            ],
        }
    }
}

/// Where a rank stands: out of how many, and counted from which end.
///
/// `全省9家国家高新区排名倒数第二` is a rank of `2` with `out_of` 9 and `from_bottom`;
/// `9个县区中末位` is `1` from the bottom of 9; `位列前三` is `3` with the metric's qualifier
/// [`Qualifier::AtMost`].
///
/// # Examples
///
/// ```
/// use inspection_report::{Decimal, Rank};
///
/// let rank = Rank::builder()
///     .out_of(Decimal::from(9u32))
///     .from_bottom(true)
///     .among("全省国家高新区")
///     .build();
/// assert!(rank.from_bottom);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Rank {
    /// How many were ranked (`178家高新区` → 178).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_of: Option<Decimal>,
    /// The unit of `out_of`, when stated (`家`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_of_unit: Option<Unit>,
    /// Whether the position counts from the bottom (倒数).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[builder(default)]
    pub from_bottom: bool,
    /// The field ranked among (`全国高新区`, `全省`, `9个县(市、区、功能区)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub among: Option<String>,
}

/// Progress on a found total: how many were resolved and how many remain.
///
/// The metric's value is the total found; `发现隐患1018处, 已整改1013处, 剩余5处` is a metric of
/// 1018 with `resolved` 1013 and `remaining` 5, all in the metric's unit.
///
/// # Examples
///
/// ```
/// use inspection_report::{Decimal, Progress};
///
/// let progress = Progress::builder()
///     .resolved(Decimal::from(1013u32))
///     .remaining(Decimal::from(5u32))
///     .build();
/// assert_eq!(progress.remaining, Some(Decimal::from(5u32)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// How many were resolved (已整改, 已办结).
    pub resolved: Decimal,
    /// How many remain, when stated (剩余, 未完成).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining: Option<Decimal>,
}

/// A figure: a number with a unit, the subject it counts, and its context.
///
/// Every figure a report states — `召开6次党工委会议`, `129.9亿元`, `同比增长10.1%`,
/// `位列151名` — is a metric, so that it can be queried, not only read in prose.
///
/// - `value` is exact as written; `unit` is the measure word or unit; `subject` what is
///   counted.
/// - `qualifier` records 约, 以上, 超过, 近, 余; `period` the time the figure refers to
///   (`1—7月`, `2025年3月以来`, `截至目前`).
/// - A figure may break down three ways: `parts` must add up to it (`1185项 = 74项 + 1111项`),
///   `of_which` (其中) parts need not (`22家, 其中新认定9家`), and `progress` gives how many of
///   it were resolved and remain.
///
/// # Examples
///
/// ```
/// use inspection_report::{Decimal, Metric, MetricKind, Unit};
///
/// let powers = Metric::builder()
///     .kind(MetricKind::Count)
///     .subject("已承接职权")
///     .value(Decimal::from(1185u32))
///     .unit(Unit::Item)
///     .parts(vec![
///         Metric::count("区直各单位承接职权", 74u32, Unit::Item),
///         Metric::count("派驻单位承接职权", 1111u32, Unit::Item),
///     ])
///     .build();
/// assert_eq!(powers.parts.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Metric {
    /// A stable identifier, when other data refers to this figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[builder(with = |id: &str| -> Result<_, crate::id::Error> { id.parse() })]
    pub id: Option<MetricId>,
    /// What kind of figure this is.
    pub kind: MetricKind,
    /// What is counted or measured, as published (`党工委会议`, `规上企业研发费用`).
    pub subject: String,
    /// The number, exactly as written.
    pub value: Decimal,
    /// The unit or measure word.
    pub unit: Unit,
    /// The unit as published, when it differs from the unit's label (`家(次)`) or the unit is
    /// [`Unit::Other`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_label: Option<String>,
    /// How exact the number is (约, 以上, 超过 …); absent when exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// The time the figure refers to: a period (`1—7月`) or an as-of date (`截至目前`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// For a [`MetricKind::Rank`]: out of how many and from which end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<Rank>,
    /// Parts that add up to `value` exactly.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub parts: Vec<Metric>,
    /// "Of which" (其中) parts: each at most `value`, not necessarily adding up to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub of_which: Vec<Metric>,
    /// How many of `value` were resolved and how many remain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<Progress>,
    /// The figure as published, when the words say more than the number (`倒数第二`, `末位`,
    /// `三个月`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<String>,
    /// Where it was read from in the original text, when it was imported from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::Source>,
}

impl Metric {
    /// A plain count: `Metric::count("党工委会议", 6, Unit::Time)`.
    ///
    /// Use the [builder](Metric::builder) for anything more.
    pub fn count(subject: impl Into<String>, value: impl Into<Decimal>, unit: Unit) -> Self {
        Self::builder()
            .kind(MetricKind::Count)
            .subject(subject)
            .value(value.into())
            .unit(unit)
            .build()
    }

    /// An amount of money exactly as written: `Metric::money("营业收入", "129.9".parse()?,
    /// Unit::HundredMillionYuan)` for `营业收入129.9亿元`.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::{Metric, MetricKind, Unit};
    ///
    /// let revenue = Metric::money("营业收入", "129.9".parse()?, Unit::HundredMillionYuan);
    /// assert_eq!(revenue.kind, MetricKind::Amount);
    /// assert_eq!(revenue.value_in_yuan().map(|v| v.to_string()), Some("12990000000.0".into()));
    /// # Ok::<(), inspection_report::Error>(())
    /// ```
    pub fn money(subject: impl Into<String>, value: Decimal, unit: Unit) -> Self {
        Self::builder()
            .kind(MetricKind::Amount)
            .subject(subject)
            .value(value)
            .unit(unit)
            .build()
    }

    /// Whether the value is exact: stated without a qualifier such as 约 or 以上.
    ///
    /// Validation checks sums, "of which" parts and progress only between exact values.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::{Metric, Qualifier, Unit};
    ///
    /// let mut area = Metric::count("盘活厂房", 18730u32, Unit::SquareMetre);
    /// assert!(area.is_exact());
    /// area.qualifier = Some(Qualifier::About);
    /// assert!(!area.is_exact());
    /// ```
    pub fn is_exact(&self) -> bool {
        self.qualifier.is_none()
    }

    /// The value converted to yuan, for money figures (`129.9亿元` → 12990000000).
    ///
    /// Returns `None` when the unit is not money or the result exceeds the range of
    /// [`Decimal`].
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::{Metric, MetricKind, Unit};
    ///
    /// let output = Metric::builder()
    ///     .kind(MetricKind::Amount)
    ///     .subject("工业总产值")
    ///     .value("129.9".parse()?)
    ///     .unit(Unit::HundredMillionYuan)
    ///     .build();
    /// assert_eq!(output.value_in_yuan().unwrap().to_string(), "12990000000.0");
    /// # Ok::<(), inspection_report::Error>(())
    /// ```
    pub fn value_in_yuan(&self) -> Option<Decimal> {
        let factor = self.unit.yuan_factor()?;
        let yuan = self.value.value().checked_mul(factor.value())?;
        Decimal::new(yuan).ok()
    }

    /// This metric and every metric nested in its `parts` and `of_which`, depth first.
    pub fn iter_metrics(&self) -> impl Iterator<Item = &Metric> {
        let mut stack = vec![self];
        std::iter::from_fn(move || {
            let next = stack.pop()?;
            stack.extend(next.of_which.iter().rev());
            stack.extend(next.parts.iter().rev());
            Some(next)
        })
    }
}
