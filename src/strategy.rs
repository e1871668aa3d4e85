//! [proptest](mod@proptest) strategies that generate **valid** values of every model type, for
//! property tests of code that reads, writes or transforms reports.
//!
//! The module exists with the crate feature `proptest`, which adds proptest to the crate's
//! dependencies; without the feature nothing here is compiled and proptest is not built:
//!
//! ```toml
//! [dev-dependencies]
//! inspection-report = { version = "0.1", features = ["proptest"] }
//! proptest = "1.12"
//! ```
//!
//! Every strategy yields values that deserialize and that [`Validate`](crate::Validate) passes
//! without a single issue: ids are unique in the document (derived from position: `f-3`,
//! `f-3.m2`, `f-3.m2.x1.p2`), references (`related`, `document_refs`) resolve, numbers and
//! ordinals run from 1 within their group, figures add up (`parts` sum to the total,
//! `of_which` parts stay within it, `progress` has resolved + remaining = total, ranks lie
//! within `out_of`), units fit the kind of figure and counts are whole, findings carry the
//! status their section implies, `other` codes come with their label, the dates of an
//! inspection round are in order and a stated rectification duration agrees with the period.
//! Text is realistic Chinese, mixed with ASCII digits, Latin words, full-width punctuation and
//! the odd emoji; it is trimmed, never empty, and never has a space between two CJK
//! characters. Shrinking works: a failing report shrinks to one with few findings and small
//! figures, renumbered so that it stays valid.
//!
//! # Tutorial
//!
//! Use the strategies in [`proptest!`](proptest::proptest) tests like any other; here, a
//! property of downstream code that summarizes reports:
//!
//! ```
//! use inspection_report::{Codelist, FindingStatus, Inspection, strategy};
//! use proptest::prelude::*;
//!
//! /// Downstream code under test: the share of completed findings, in percent.
//! fn completion(report: &Inspection) -> Option<f64> {
//!     let total = report.findings().count();
//!     let done = report.findings().filter(|f| f.status == FindingStatus::Completed).count();
//!     (total > 0).then(|| done as f64 * 100.0 / total as f64)
//! }
//!
//! proptest! {
//!     #![proptest_config(ProptestConfig::with_cases(16))]
//!     // In a test file, put `#[test]` here.
//!     fn completion_is_a_percentage(report in strategy::inspection_with(0..20)) {
//!         if let Some(rate) = completion(&report) {
//!             prop_assert!((0.0..=100.0).contains(&rate));
//!         }
//!     }
//!
//!     fn every_status_code_parses(status in strategy::codelist::<FindingStatus>()) {
//!         prop_assert_eq!(status.code().parse::<FindingStatus>(), Ok(status));
//!     }
//! }
//! # completion_is_a_percentage();
//! # every_status_code_parses();
//! ```
//!
//! For benchmarks and fixtures, [`sample_inspection`] builds one report of an exact size from
//! a seed, with the same generator as [`inspection_with`]:
//!
//! ```
//! use inspection_report::strategy::sample_inspection;
//!
//! let report = sample_inspection(100, 42);
//! assert_eq!(report.findings().count(), 100);
//! assert_eq!(report, sample_inspection(100, 42));
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Months, NaiveDate};
use proptest::collection::{SizeRange, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::strategy::{BoxedStrategy, Just, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use crate::{
    Codelist, Commitment, Contact, Decimal, Dimension, Disposition, DispositionKind,
    DispositionUnit, Document, DocumentId, DocumentStatus, Duration, Finding, FindingId,
    FindingStatus, IdError, Included, Inspection, InspectionFamily, InspectionKind,
    InspectionRound, LanguageTag, Measure, Metric, MetricKind, Milestone, Money, NextSteps,
    Numbering, Organization, PartialDate, Period, Progress, Qualifier, Rank, Rectification,
    ReportId, ReportStage, Section, SectionKind, Summary, Unit, When,
};

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

const ACTORS: &[&str] = &[
    "示范区党工委",
    "区直各单位",
    "派驻单位",
    "财政金融局",
    "自然资源和规划分局",
    "各乡镇（街道）",
    "市场监管分局",
    "住房和城乡建设局",
    "应急管理局",
    "纪工委监察室",
    "组织人事部",
    "党政办公室",
    "经济发展局",
    "社会事业局",
];

const ACTIONS: &[&str] = &[
    "召开专题会议研究整改工作",
    "建立问题、任务、责任“三张清单”",
    "制定整改方案",
    "修订《“三重一大”事项议事决策制度》",
    "开展安全生产隐患大排查",
    "督促相关单位限期整改",
    "完善内部控制制度",
    "推进OA系统升级改造",
    "上线“i许昌”App办事入口",
    "实现园区Wi-Fi 6全覆盖",
    "组织党员干部集中学习",
    "对账外资金开展全面清查",
    "规范PPP项目合同管理",
    "建立整改销号机制",
    "健全政府采购内控流程",
    "深化“放管服”改革",
    "召开警示教育大会",
    "加强GDP核算数据质量管理",
    "完成5G基站选址规划",
    "对照Excel台账逐项销号",
];

/// Clauses with a figure: `{0}` is replaced by a whole number.
const COUNTED: &[&str] = &[
    "共召开{0}次党工委会议",
    "下发整改通知书{0}份",
    "排查隐患{0}处",
    "清退资金{0}万元",
    "整改完成率达{0}%",
    "给予党纪政务处分{0}人",
    "新建制度{0}项",
    "走访企业{0}家（次）",
    "开展专项检查{0}轮",
    "1—7月累计办结{0}件",
];

const PROBLEMS: &[&str] = &[
    "对巡察整改重视不够",
    "落实全面从严治党主体责任不到位",
    "“三重一大”事项决策程序不规范",
    "财务管理存在漏洞",
    "对上协调放权赋能不够有力",
    "安全生产监管存在薄弱环节",
    "干部队伍建设有短板",
    "专项资金使用效益不高",
    "基层党组织建设较为薄弱",
    "营商环境有待优化",
    "数字化平台（OA系统）使用率偏低",
    "PPP项目前期论证不充分",
];

const QUALIFIERS: &[&str] = &[
    "一些单位",
    "部分干部",
    "个别领导干部",
    "长期以来",
    "截至目前",
];

const EMOJI: &[&str] = &["✅", "📌", "🚩", "👍"];

const HEADINGS: &[&str] = &[
    "全面梳理",
    "严肃问责",
    "建章立制",
    "强化监督",
    "压实责任",
    "举一反三",
    "以案促改",
];

const SUBJECTS_COUNT: &[&str] = &[
    "党工委会议",
    "整改通知书",
    "安全隐患",
    "承接职权",
    "高新技术企业",
    "信访件",
    "问题线索",
    "专题培训",
    "闲置资产",
    "OA系统账号",
];

const SUBJECTS_AMOUNT: &[&str] = &[
    "规上企业研发费用",
    "清退违规资金",
    "行政处罚金额",
    "地区生产总值（GDP）",
    "专项债券资金",
];

const SUBJECTS_RATE: &[&str] = &[
    "整改完成率",
    "5G网络覆盖率",
    "问题线索办结率",
    "研发投入占比",
];

const SUBJECTS_GROWTH: &[&str] = &[
    "固定资产投资",
    "规上工业增加值",
    "一般公共预算收入",
    "进出口总额",
];

const SUBJECTS_AREA: &[&str] = &["闲置土地", "违法占地", "新建厂房", "复垦耕地"];

const SUBJECTS_AGE: &[&str] = &[
    "班子成员平均年龄",
    "新提拔干部平均年龄",
    "村（社区）书记平均年龄",
];

const SUBJECTS_DURATION: &[&str] = &["集中整改", "项目审批时限", "信访办理时限"];

const SUBJECTS_RANK: &[&str] = &["国家高新区综合排名", "营商环境评价排名", "全市综合考核排名"];

const SUBJECTS_OTHER: &[&str] = &["人均办结量", "新增充电桩", "清运垃圾", "改造老旧管网"];

const OTHER_UNIT_LABELS: &[&str] = &["台", "辆", "公里", "吨", "座", "轮"];

const OTHER_STATUS_LABELS: &[&str] = &["已整改到位待验收", "待销号", "整改中（已完成80%）"];

const OTHER_DISPOSITION_LABELS: &[&str] = &["暂停执业", "取消评优资格", "扣减绩效奖金", "约谈提醒"];

const DOCUMENT_TITLES: &[&str] = &[
    "中国共产党巡视工作条例",
    "中国共产党党内监督条例",
    "关于加强巡察整改和成果运用的意见",
    "示范区政府投资项目管理办法",
    "财政资金拨付实施细则（试行）",
    "示范区“三重一大”事项议事决策制度",
    "安全生产隐患排查治理工作方案",
    "OA系统使用管理规定",
];

const DOCUMENT_NUMBER_PREFIXES: &[&str] = &["许示范办文", "许示范工委", "许政办", "豫审办"];

/// Organizations by role: (name, full name).
type Named = (&'static str, Option<&'static str>);

const AUTHORITIES: &[Named] = &[
    ("市委", Some("中共许昌市委员会")),
    ("省委", Some("中共河南省委员会")),
    ("县委", None),
    ("市审计局", None),
    ("中央生态环境保护督察组", None),
];

const TEAMS: &[Named] = &[
    ("市委第八巡察组", None),
    ("市委第三巡察组", None),
    ("省委第三巡视组", None),
    ("市审计局审计组", None),
    ("中央第二生态环境保护督察组", None),
];

const INSPECTED: &[Named] = &[
    ("示范区党工委", Some("中共许昌市城乡一体化示范区工作委员会")),
    ("示范区", Some("许昌市城乡一体化示范区")),
    ("市财政局党组", None),
    ("经济发展局", None),
    ("市投资集团有限公司", None),
    ("华为技术有限公司", None),
];

const EMAIL_DOMAINS: &[&str] = &["163.com", "126.com", "qq.com", "xuchang.gov.cn", "sina.com"];

const LANGUAGE_TAGS: &[&str] = &["zh-CN", "zh-Hans", "zh", "zh-Hans-CN", "en", "en-GB"];

const ZH_NUMERALS: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
];

/// Characters of the unified social credit code (统一社会信用代码), in check-digit order.
const CREDIT_CODE_CHARS: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_CODE_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

const ID_CHARS: &[char] = &[
    'a', 'b', 'c', 'f', 'm', 'x', 'z', 'A', 'Q', 'Z', '0', '1', '7', '9', '.', '_', '-', ':',
];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Unwraps a value this module built to be valid; an error here is a bug of the generator, not
/// of the input (the strategies take no input).
fn valid<T, E: fmt::Display>(result: Result<T, E>) -> T {
    match result {
        Ok(value) => value,
        Err(error) => panic!("inspection_report::strategy built an invalid value: {error}"),
    }
}

/// An id derived from a position in the document (`f-3.m2`).
fn positional<T: FromStr<Err = IdError>>(id: &str) -> T {
    valid(id.parse())
}

fn pick<'a>(index: &Index, items: &'a [&'a str]) -> &'a str {
    items
        .get(index.index(items.len()))
        .copied()
        .unwrap_or_default()
}

/// A decimal of `mantissa` × 10^-`scale`.
fn decimal_of(mantissa: i128, scale: u32) -> Decimal {
    valid(
        rust_decimal::Decimal::try_from_i128_with_scale(mantissa, scale)
            .map_err(|e| e.to_string())
            .and_then(|value| Decimal::new(value).map_err(|e| e.to_string())),
    )
}

fn zh_numeral(n: u32) -> String {
    usize::try_from(n)
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| ZH_NUMERALS.get(i))
        .map_or_else(|| n.to_string(), |s| (*s).to_owned())
}

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

fn clause() -> impl Strategy<Value = String> {
    (0..4u8, any::<Index>(), any::<Index>(), 0..200u32).prop_map(|(form, a, b, n)| match form {
        0 => pick(&a, ACTIONS).to_owned(),
        1 => format!("{}{}", pick(&a, ACTORS), pick(&b, ACTIONS)),
        2 => pick(&a, COUNTED).replace("{0}", &(n % 12 + 1).to_string()),
        _ => format!("{}{}", pick(&a, QUALIFIERS), pick(&b, PROBLEMS)),
    })
}

fn sentence() -> impl Strategy<Value = String> {
    vec(clause(), 1..=3).prop_map(|clauses| format!("{}。", clauses.join("，")))
}

/// Realistic Chinese prose: one to three sentences, with ASCII digits, Latin words,
/// full-width punctuation and, now and then, an emoji; trimmed, never empty, and never with a
/// space between two CJK characters.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(text in strategy::text())| {
///     prop_assert!(!text.is_empty());
///     prop_assert_eq!(text.trim(), text.as_str());
/// });
/// ```
pub fn text() -> impl Strategy<Value = String> {
    (
        vec(sentence(), 1..=3),
        prop::bool::weighted(0.05),
        any::<Index>(),
    )
        .prop_map(|(sentences, emoji, which)| {
            let mut text = sentences.concat();
            if emoji {
                text.push_str(pick(&which, EMOJI));
            }
            text
        })
}

fn phrase(items: &'static [&'static str]) -> impl Strategy<Value = String> {
    any::<Index>().prop_map(move |i| pick(&i, items).to_owned())
}

fn problem() -> impl Strategy<Value = String> {
    (
        phrase(QUALIFIERS),
        phrase(PROBLEMS),
        option::weighted(0.5, sentence()),
    )
        .prop_map(|(who, what, detail)| match detail {
            Some(detail) => format!("{who}{what}。{detail}"),
            None => format!("{what}。"),
        })
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/// The span of days generated dates fall in.
#[derive(Debug, Clone, Copy)]
struct Window {
    first: NaiveDate,
    days: u32,
}

impl Window {
    fn default_window() -> Self {
        Self {
            first: NaiveDate::from_ymd_opt(2015, 1, 1).unwrap_or_default(),
            days: 4017, // to 2025-12-31
        }
    }

    fn last(self) -> NaiveDate {
        self.day(self.days)
    }

    fn day(self, offset: u32) -> NaiveDate {
        self.first
            .checked_add_days(chrono::Days::new(u64::from(offset % (self.days + 1))))
            .unwrap_or(self.first)
    }
}

fn with_precision(date: NaiveDate, precision: u8) -> PartialDate {
    match precision {
        0 => valid(PartialDate::year(date.year())),
        1 => valid(PartialDate::month(date.year(), date.month())),
        _ => PartialDate::day(date),
    }
}

/// A precision selector: mostly days, sometimes months, rarely years.
fn precision() -> impl Strategy<Value = u8> {
    prop_oneof![6 => Just(2u8), 3 => Just(1u8), 1 => Just(0u8)]
}

fn date_in(window: Window) -> impl Strategy<Value = PartialDate> {
    (any::<u32>(), precision()).prop_map(move |(offset, p)| with_precision(window.day(offset), p))
}

/// A date known to the day, the month or the year (`2025-03-06`, `2025-03`, `2024`), between
/// 2015 and 2025.
///
/// # Examples
///
/// ```
/// use inspection_report::{PartialDate, strategy};
/// use proptest::prelude::*;
///
/// proptest!(|(date in strategy::partial_date())| {
///     prop_assert_eq!(date.to_string().parse::<PartialDate>(), Ok(date));
/// });
/// ```
pub fn partial_date() -> impl Strategy<Value = PartialDate> {
    date_in(Window::default_window())
}

/// Dates `start ≤ end` with precisions such that `start` neither begins nor ends after `end`.
fn ordered_dates(start: NaiveDate, end: NaiveDate, p: u8, q: u8) -> (PartialDate, PartialDate) {
    let (a, b) = (with_precision(start, p), with_precision(end, q));
    if a.first_day() <= b.first_day() && a.last_day() <= b.last_day() {
        (a, b)
    } else {
        (PartialDate::day(start), PartialDate::day(end))
    }
}

fn month_wording(date: PartialDate) -> String {
    let d = date.first_day();
    match date.precision() {
        crate::DatePrecision::Year => format!("{}年", d.year()),
        crate::DatePrecision::Month => format!("{}年{}月", d.year(), d.month()),
        crate::DatePrecision::Day => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
    }
}

fn period_in(window: Window) -> impl Strategy<Value = Period> {
    (
        0..4u8,
        any::<u32>(),
        0..400u32,
        precision(),
        precision(),
        prop::bool::weighted(0.6),
        prop::bool::weighted(0.1),
    )
        .prop_map(move |(shape, offset, length, p, q, worded, approximate)| {
            let start = window.day(offset);
            let end = start
                .checked_add_days(chrono::Days::new(u64::from(length)))
                .unwrap_or(start)
                .min(window.last());
            let (a, b) = ordered_dates(start, end, p, q);
            let (start, end, wording) = match shape {
                0 => (
                    Some(a),
                    Some(b),
                    format!("{}至{}", month_wording(a), month_wording(b)),
                ),
                1 => (Some(a), None, format!("{}以来", month_wording(a))),
                2 => (None, Some(b), format!("截至{}", month_wording(b))),
                _ => (None, None, "截至目前".to_owned()),
            };
            Period {
                start,
                end,
                wording: (worded || shape == 3).then_some(wording),
                approximate: approximate && (start.is_some() || end.is_some()),
            }
        })
}

/// A period: both ends, one open end, or none (`截至目前`), with its published wording now and
/// then; `start` never lies after `end`.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(period in strategy::period())| {
///     if let (Some(start), Some(end)) = (period.start, period.end) {
///         prop_assert!(start.first_day() <= end.first_day());
///     }
/// });
/// ```
pub fn period() -> impl Strategy<Value = Period> {
    period_in(Window::default_window())
}

fn when_in(window: Window) -> impl Strategy<Value = When> {
    // No rejection (so that `sample_inspection` cannot fail): an undated period gets a start.
    prop_oneof![
        3 => date_in(window).prop_map(When::Date),
        1 => (period_in(window), date_in(window)).prop_map(|(mut period, date)| {
            if period.start.is_none() && period.end.is_none() {
                period.start = Some(date);
                period.wording = None;
            }
            When::Period(period)
        }),
    ]
}

/// When something happened: a date, or a period with at least one date.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(when in strategy::when())| {
///     prop_assert!(when.start().is_some() || when.end().is_some());
/// });
/// ```
pub fn when() -> impl Strategy<Value = When> {
    when_in(Window::default_window())
}

// ---------------------------------------------------------------------------------------------
// Decimals
// ---------------------------------------------------------------------------------------------

/// Any valid [`Decimal`], edges included: zero, 18 integer digits, 10 decimal places,
/// negative values and the smallest fractions.
///
/// # Examples
///
/// ```
/// use inspection_report::{Decimal, strategy};
/// use proptest::prelude::*;
///
/// proptest!(|(value in strategy::decimal())| {
///     prop_assert_eq!(value.to_string().parse::<Decimal>(), Ok(value));
/// });
/// ```
pub fn decimal() -> impl Strategy<Value = Decimal> {
    let max_int = 10i128.pow(18) - 1;
    let max_frac = 10i128.pow(10) - 1;
    prop_oneof![
        1 => Just(Decimal::ZERO),
        1 => prop_oneof![
            Just(decimal_of(max_int, 0)),
            Just(decimal_of(-max_int, 0)),
            Just(decimal_of(max_int * 10i128.pow(10) + max_frac, 10)),
            Just(decimal_of(-(max_int * 10i128.pow(10) + max_frac), 10)),
            Just(decimal_of(1, 10)),
            Just(decimal_of(-1, 10)),
            Just(decimal_of(0, 10)),
        ],
        8 => (any::<bool>(), digits(18), 0..=10u32, any::<u64>()).prop_map(
            |(negative, int, scale, frac)| {
                let mantissa = i128::from(int) * 10i128.pow(scale)
                    + i128::from(frac) % 10i128.pow(scale);
                decimal_of(if negative { -mantissa } else { mantissa }, scale)
            }
        ),
    ]
}

/// A whole number of 1 to `max` digits, small ones more often.
fn digits(max: u32) -> impl Strategy<Value = u64> {
    (
        prop_oneof![4 => 1..=3u32, 1 => 1..=max.max(1)],
        any::<u64>(),
    )
        .prop_map(move |(n, raw)| raw % 10u64.pow(n.min(max).clamp(1, 19)))
}

// ---------------------------------------------------------------------------------------------
// Codelists, ids, language tags
// ---------------------------------------------------------------------------------------------

/// Every value of a codelist ([`Codelist::ALL`]), shrinking towards the first.
///
/// # Examples
///
/// ```
/// use inspection_report::{Codelist, Unit, strategy};
/// use proptest::prelude::*;
///
/// proptest!(|(unit in strategy::codelist::<Unit>())| {
///     prop_assert_eq!(Unit::from_code(unit.code()), Some(unit));
/// });
/// ```
pub fn codelist<C: Codelist + fmt::Debug>() -> impl Strategy<Value = C> {
    select(C::ALL)
}

/// Any syntactically valid id of type `T` ([`FindingId`], [`MeasureId`](crate::MeasureId), …):
/// 1 to 64 characters, starting with a letter or digit.
///
/// # Examples
///
/// ```
/// use inspection_report::{FindingId, strategy};
/// use proptest::prelude::*;
///
/// proptest!(|(id in strategy::id::<FindingId>())| {
///     prop_assert!((1..=64).contains(&id.as_str().len()));
/// });
/// ```
pub fn id<T>() -> impl Strategy<Value = T>
where
    T: FromStr<Err = IdError> + fmt::Debug,
{
    (select(&ID_CHARS[..14]), vec(select(ID_CHARS), 0..=63)).prop_map(|(first, rest)| {
        positional(&std::iter::once(first).chain(rest).collect::<String>())
    })
}

/// A BCP 47 language tag: common ones (`zh-CN`, `zh-Hans`, `en`) and any of the accepted
/// syntax.
///
/// # Examples
///
/// ```
/// use inspection_report::{LanguageTag, strategy};
/// use proptest::prelude::*;
///
/// proptest!(|(tag in strategy::language_tag())| {
///     prop_assert_eq!(tag.as_str().parse::<LanguageTag>(), Ok(tag.clone()));
/// });
/// ```
pub fn language_tag() -> impl Strategy<Value = LanguageTag> {
    prop_oneof![
        3 => select(LANGUAGE_TAGS).prop_map(|tag| valid(tag.parse())),
        1 => ("[a-z]{2,3}", vec("[A-Za-z0-9]{2,8}", 0..3))
            .prop_map(|(primary, rest)| {
                valid(std::iter::once(primary).chain(rest).collect::<Vec<_>>().join("-").parse())
            }),
    ]
}

// ---------------------------------------------------------------------------------------------
// Organizations, contacts, documents
// ---------------------------------------------------------------------------------------------

/// A unified social credit code (统一社会信用代码) with a correct check character.
fn credit_code(body: &[Index]) -> String {
    let mut code = String::with_capacity(18);
    let mut sum = 0u32;
    for (index, weight) in body.iter().zip(CREDIT_CODE_WEIGHTS) {
        let value = index.index(CREDIT_CODE_CHARS.len());
        sum += u32::try_from(value).unwrap_or_default() * weight;
        code.push(char::from(
            CREDIT_CODE_CHARS.get(value).copied().unwrap_or(b'0'),
        ));
    }
    let check = (31 - sum % 31) % 31;
    let check = usize::try_from(check).unwrap_or_default();
    code.push(char::from(
        CREDIT_CODE_CHARS.get(check).copied().unwrap_or(b'0'),
    ));
    code
}

/// An organization — an authority, an inspection team or an inspected organization — with
/// sometimes its full name and a unified social credit code (with a correct check character).
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(org in strategy::organization())| {
///     prop_assert!(!org.name.is_empty());
/// });
/// ```
pub fn organization() -> impl Strategy<Value = Organization> {
    prop_oneof![named(AUTHORITIES), named(TEAMS), named(INSPECTED)]
}

fn named(names: &'static [Named]) -> impl Strategy<Value = Organization> {
    (
        any::<Index>(),
        prop::bool::weighted(0.5),
        option::weighted(0.2, vec(any::<Index>(), 17)),
    )
        .prop_map(move |(which, full, code)| {
            let (name, full_name) = names
                .get(which.index(names.len()))
                .copied()
                .unwrap_or(("市委", None));
            Organization {
                name: name.to_owned(),
                full_name: full_name.filter(|_| full).map(str::to_owned),
                identifier: code.map(|body| credit_code(&body)),
            }
        })
}

fn phone() -> impl Strategy<Value = String> {
    prop_oneof![
        "0[3-9][0-9]{2}-[2-8][0-9]{6}",
        "0[12][0-9]-[2-8][0-9]{7}",
        "1[3-9][0-9]{9}",
    ]
}

fn email() -> impl Strategy<Value = String> {
    ("[a-z][a-z0-9]{2,11}", select(EMAIL_DOMAINS))
        .prop_map(|(local, domain)| format!("{local}@{domain}"))
}

/// Contact details with at least one well-formed phone (`0374-3376600`, `13812345678`) or
/// email (`abc@163.com`).
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(contact in strategy::contact())| {
///     prop_assert!(!contact.phones.is_empty() || !contact.emails.is_empty());
///     prop_assert!(contact.emails.iter().all(|e| e.contains('@')));
/// });
/// ```
pub fn contact() -> impl Strategy<Value = Contact> {
    (
        option::of(Just(
            "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。",
        )),
        vec(phone(), 0..=2),
        vec(email(), 0..=2),
        option::of(phone()),
        option::of(Just("许昌市城乡一体化示范区政务服务中心3楼")),
        option::of("4610[0-9]{2}"),
    )
        .prop_map(
            |(invitation, mut phones, emails, fallback, address, postal_code)| {
                if phones.is_empty() && emails.is_empty() {
                    phones.extend(fallback.or_else(|| Some("0374-3376600".to_owned())));
                }
                Contact {
                    invitation: invitation.map(str::to_owned),
                    phones,
                    emails,
                    address: address.map(str::to_owned),
                    postal_code,
                }
            },
        )
}

fn document_in(window: Window) -> impl Strategy<Value = Document> {
    (
        phrase(DOCUMENT_TITLES),
        option::weighted(0.5, (any::<Index>(), 0..3u8, 2015..=2025u32, 1..=150u32)),
        option::weighted(0.3, organization()),
        option::weighted(0.5, when_in(window)),
        option::weighted(0.6, codelist::<DocumentStatus>()),
        vec(named(INSPECTED), 2..=2),
    )
        .prop_map(|(title, number, issuer, date, status, parties)| Document {
            id: positional("doc-1"),
            title,
            number: number.map(|(prefix, brackets, year, n)| {
                let (open, close) = match brackets {
                    0 => ("〔", "〕"),
                    1 => ("[", "]"),
                    _ => ("【", "】"),
                };
                format!(
                    "{}{open}{year}{close}{n}号",
                    pick(&prefix, DOCUMENT_NUMBER_PREFIXES)
                )
            }),
            issuer,
            // An agreement names its parties.
            parties: if status == Some(DocumentStatus::Signed) {
                parties
            } else {
                Vec::new()
            },
            date,
            status,
        })
}

/// A document: a regulation or a plan, with a document number in any bracket style
/// (`许示范办文〔2024〕11号`), issuer, date and status now and then. Its id is `doc-1`.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(document in strategy::document())| {
///     prop_assert!(!document.title.contains('《'));
/// });
/// ```
pub fn document() -> impl Strategy<Value = Document> {
    document_in(Window::default_window())
}

// ---------------------------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------------------------

/// How the values of a figure look: integer digits, decimal places, lowest value, sign.
#[derive(Debug, Clone, Copy)]
struct ValueSpec {
    max_digits: u32,
    max_scale: u32,
    min: u64,
    signed: bool,
}

fn value_spec(kind: MetricKind, unit: Unit) -> ValueSpec {
    let spec = |max_digits, max_scale, min, signed| ValueSpec {
        max_digits,
        max_scale,
        min,
        signed,
    };
    match (kind, unit.dimension()) {
        (MetricKind::Ordinal, _) | (_, Dimension::Position) => spec(3, 0, 1, false),
        // Counts and figures that may break down: at most 17 digits, so that four parts still
        // fit in 18.
        (_, Dimension::People | Dimension::Things) => spec(17, 0, 0, false),
        (_, Dimension::Money) => spec(12, 4, 0, false),
        (MetricKind::YearOnYearGrowth | MetricKind::ChangeOnPreviousYear, _) => spec(3, 2, 0, true),
        (_, Dimension::Ratio) => spec(2, 2, 0, false),
        (_, Dimension::Area) => spec(8, 2, 0, false),
        (_, Dimension::Age) => spec(2, 1, 18, false),
        (_, Dimension::Duration) => spec(2, 1, 1, false),
        _ => spec(6, 3, 0, false),
    }
}

/// Random material for one value.
#[derive(Debug, Clone)]
struct ValueRaw {
    digits: u32,
    int: u64,
    scale: Index,
    frac: u64,
    negative: bool,
}

fn value_raw() -> impl Strategy<Value = ValueRaw> {
    (
        prop_oneof![6 => 1..=3u32, 1 => 1..=18u32],
        any::<u64>(),
        any::<Index>(),
        any::<u64>(),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(digits, int, scale, frac, negative)| ValueRaw {
            digits,
            int,
            scale,
            frac,
            negative,
        })
}

/// The mantissa and scale of a value; `scale` overrides the raw scale (for parts).
fn value_of(spec: ValueSpec, raw: &ValueRaw, scale: Option<u32>) -> (i128, u32) {
    let digits = raw.digits.min(spec.max_digits).max(1);
    let int = (raw.int % 10u64.pow(digits)).max(spec.min);
    let scale = scale.unwrap_or_else(|| {
        u32::try_from(raw.scale.index(spec.max_scale as usize + 1)).unwrap_or_default()
    });
    let frac = i128::from(raw.frac) % 10i128.pow(scale);
    let mantissa = i128::from(int) * 10i128.pow(scale) + frac;
    let sign = if spec.signed && raw.negative { -1 } else { 1 };
    (sign * mantissa, scale)
}

/// How a figure breaks down.
#[derive(Debug, Clone)]
enum ShapeRaw {
    Plain,
    Parts(Vec<(String, ValueRaw)>),
    OfWhich(Vec<(String, u16)>),
    Progress {
        resolved: u16,
        remaining_stated: bool,
    },
}

fn shape_raw() -> impl Strategy<Value = ShapeRaw> {
    prop_oneof![
        6 => Just(ShapeRaw::Plain),
        1 => vec((phrase(SUBJECTS_COUNT), value_raw()), 2..=4).prop_map(ShapeRaw::Parts),
        1 => vec((phrase(SUBJECTS_COUNT), 0..=1000u16), 1..=3).prop_map(ShapeRaw::OfWhich),
        1 => (0..=1000u16, any::<bool>())
            .prop_map(|(resolved, remaining_stated)| ShapeRaw::Progress { resolved, remaining_stated }),
    ]
}

#[derive(Debug, Clone)]
struct MetricRaw {
    kind: MetricKind,
    unit: Index,
    value: ValueRaw,
    subject: Index,
    qualifier: Option<Qualifier>,
    period: Option<Period>,
    has_id: bool,
    unit_label: Index,
    shape: ShapeRaw,
    rank: (u16, bool, bool),
}

fn metric_raw(window: Window) -> impl Strategy<Value = MetricRaw> {
    (
        (
            codelist::<MetricKind>(),
            any::<Index>(),
            value_raw(),
            any::<Index>(),
        ),
        (
            option::weighted(0.15, codelist::<Qualifier>()),
            option::weighted(0.3, period_in(window)),
            prop::bool::weighted(0.3),
            any::<Index>(),
        ),
        shape_raw(),
        (0..500u16, any::<bool>(), any::<bool>()),
    )
        .prop_map(
            |(
                (kind, unit, value, subject),
                (qualifier, period, has_id, unit_label),
                shape,
                rank,
            )| {
                MetricRaw {
                    kind,
                    unit,
                    value,
                    subject,
                    qualifier,
                    period,
                    has_id,
                    unit_label,
                    shape,
                    rank,
                }
            },
        )
}

fn subject_for(kind: MetricKind, unit: Unit, index: &Index) -> String {
    let list = match (kind, unit.dimension()) {
        (MetricKind::YearOnYearGrowth | MetricKind::ChangeOnPreviousYear, _) => SUBJECTS_GROWTH,
        (MetricKind::Other, _) => SUBJECTS_OTHER,
        (_, Dimension::People | Dimension::Things) => SUBJECTS_COUNT,
        (_, Dimension::Money) => SUBJECTS_AMOUNT,
        (_, Dimension::Ratio) => SUBJECTS_RATE,
        (_, Dimension::Area) => SUBJECTS_AREA,
        (_, Dimension::Age) => SUBJECTS_AGE,
        (_, Dimension::Duration) => SUBJECTS_DURATION,
        (_, Dimension::Position) => SUBJECTS_RANK,
        _ => SUBJECTS_OTHER,
    };
    pick(index, list).to_owned()
}

fn plain_metric(kind: MetricKind, subject: String, value: Decimal, unit: Unit) -> Metric {
    Metric {
        id: None,
        kind,
        subject,
        value,
        unit,
        unit_label: None,
        qualifier: None,
        period: None,
        rank: None,
        parts: Vec::new(),
        of_which: Vec::new(),
        progress: None,
        wording: None,
    }
}

fn build_metric(raw: MetricRaw) -> Metric {
    let kind = raw.kind;
    let units: Vec<Unit> = Unit::ALL
        .iter()
        .copied()
        .filter(|u| kind.allowed_dimensions().contains(&u.dimension()))
        .collect();
    let unit = units
        .get(raw.unit.index(units.len().max(1)))
        .copied()
        .unwrap_or(Unit::Item);
    let spec = value_spec(kind, unit);
    let breaks_down = matches!(
        kind,
        MetricKind::Count | MetricKind::Amount | MetricKind::Area
    );
    let shape = if breaks_down {
        raw.shape
    } else {
        ShapeRaw::Plain
    };

    let (mantissa, scale, parts) = match &shape {
        ShapeRaw::Parts(parts) => {
            let (_, scale) = value_of(spec, &raw.value, None);
            let parts: Vec<(String, i128)> = parts
                .iter()
                .map(|(subject, value)| (subject.clone(), value_of(spec, value, Some(scale)).0))
                .collect();
            (parts.iter().map(|(_, m)| m).sum(), scale, parts)
        }
        _ => {
            let (mantissa, scale) = value_of(spec, &raw.value, None);
            (mantissa, scale, Vec::new())
        }
    };

    let mut metric = plain_metric(
        kind,
        subject_for(kind, unit, &raw.subject),
        decimal_of(mantissa, scale),
        unit,
    );
    metric.id = raw.has_id.then(|| positional("x"));
    metric.period = raw.period;
    metric.unit_label = match unit {
        Unit::Other => Some(pick(&raw.unit_label, OTHER_UNIT_LABELS).to_owned()),
        Unit::EstablishmentTime if raw.value.negative => Some("家(次)".to_owned()),
        _ => None,
    };
    if kind == MetricKind::Other {
        metric.wording = Some(format!("{}{}", metric.subject, metric.value));
    }
    match shape {
        ShapeRaw::Plain => metric.qualifier = raw.qualifier,
        ShapeRaw::Parts(_) => {
            metric.parts = parts
                .into_iter()
                .map(|(subject, m)| plain_metric(kind, subject, decimal_of(m, scale), unit))
                .collect();
        }
        ShapeRaw::OfWhich(of_which) => {
            metric.of_which = of_which
                .into_iter()
                .map(|(subject, permille)| {
                    let m = mantissa * i128::from(permille) / 1000;
                    plain_metric(kind, subject, decimal_of(m, scale), unit)
                })
                .collect();
        }
        ShapeRaw::Progress {
            resolved,
            remaining_stated,
        } => {
            let resolved = mantissa * i128::from(resolved) / 1000;
            metric.progress = Some(Progress {
                resolved: decimal_of(resolved, scale),
                remaining: remaining_stated.then(|| decimal_of(mantissa - resolved, scale)),
            });
        }
    }
    if kind == MetricKind::Rank {
        let (extra, from_bottom, among) = raw.rank;
        let out_of = mantissa + i128::from(extra);
        metric.rank = Some(Rank {
            out_of: Some(decimal_of(out_of, 0)),
            out_of_unit: Some(if among {
                Unit::Establishment
            } else {
                Unit::Piece
            }),
            from_bottom,
            among: among.then(|| "全省国家高新区".to_owned()),
        });
        if from_bottom && mantissa == 1 {
            metric.wording = Some("末位".to_owned());
        } else if from_bottom {
            metric.wording = Some(format!(
                "倒数第{}",
                zh_numeral(u32::try_from(mantissa).unwrap_or(1))
            ));
        }
        // `位列前三`: a rank is exact or an upper bound.
        metric.qualifier = raw.qualifier.filter(|q| *q == Qualifier::AtMost);
    }
    metric
}

fn metric_in(window: Window) -> impl Strategy<Value = Metric> {
    metric_raw(window).prop_map(build_metric)
}

/// A figure of any kind, with a unit that fits the kind ([`MetricKind::allowed_dimensions`]),
/// whole non-negative counts, and consistent breakdowns: `parts` that add up exactly,
/// `of_which` parts within the total, `progress` with resolved + remaining = total, ranks
/// within `out_of`. A metric with an id has `x` as its id; [`inspection_with`] derives ids
/// from position.
///
/// # Examples
///
/// ```
/// use inspection_report::{Decimal, strategy};
/// use proptest::prelude::*;
///
/// proptest!(|(metric in strategy::metric())| {
///     if !metric.parts.is_empty() {
///         let sum: rust_decimal::Decimal = metric.parts.iter().map(|p| p.value.value()).sum();
///         prop_assert_eq!(sum, metric.value.value());
///     }
/// });
/// ```
pub fn metric() -> impl Strategy<Value = Metric> {
    metric_in(Window::default_window()).prop_map(|mut metric| {
        assign_metric_ids(&mut metric, "x");
        metric
    })
}

// ---------------------------------------------------------------------------------------------
// Dispositions
// ---------------------------------------------------------------------------------------------

fn variant_label(kind: DispositionKind) -> Option<&'static str> {
    match kind {
        DispositionKind::Admonishment => Some("诫勉谈话"),
        DispositionKind::CaseFiled => Some("立案审查调查"),
        DispositionKind::MoneyRecovered => Some("挽回损失"),
        _ => None,
    }
}

fn label_for(kind: DispositionKind, stated: bool, which: &Index) -> Option<String> {
    if kind == DispositionKind::Other {
        Some(pick(which, OTHER_DISPOSITION_LABELS).to_owned())
    } else {
        variant_label(kind).filter(|_| stated).map(str::to_owned)
    }
}

/// The kinds a disposition of `kind` may include (`组织处理8人(含通报批评、提醒谈话)`).
fn sub_kinds(kind: DispositionKind) -> &'static [DispositionKind] {
    use DispositionKind::*;
    match kind {
        PartyDiscipline => &[
            PartyWarning,
            PartySeriousWarning,
            RemovalFromPartyPosts,
            PartyProbation,
            ExpulsionFromParty,
        ],
        AdministrativeSanction => &[
            AdministrativeWarning,
            Demerit,
            MajorDemerit,
            Demotion,
            DismissalFromPost,
            ExpulsionFromPublicEmployment,
        ],
        PartyAndAdministrativeSanction | PartyAndGovernmentDiscipline => &[
            PartyDiscipline,
            AdministrativeSanction,
            PartyWarning,
            Demerit,
        ],
        OrganizationalHandling => &[
            CirculatedCriticism,
            ReminderTalk,
            CriticismEducation,
            OrderedSelfExamination,
            Admonishment,
            SuspensionForExamination,
            Reassignment,
            RemovalFromOffice,
            Other,
        ],
        Accountability => &[
            CirculatedCriticism,
            Admonishment,
            OrganizationalHandling,
            PartyDiscipline,
        ],
        _ => &[],
    }
}

fn disposition_in(window: Window) -> impl Strategy<Value = Disposition> {
    (
        (
            codelist::<DispositionKind>(),
            any::<bool>(),
            any::<Index>(),
            prop::bool::weighted(0.2),
        ),
        option::weighted(
            0.85,
            (prop_oneof![3 => 0..10u32, 1 => 0..1000u32], any::<Index>()),
        ),
        option::weighted(
            0.4,
            select(&["党员干部", "生产经营单位", "相关责任人", "村（社区）干部"][..]),
        ),
        (
            any::<bool>(),
            digits(9),
            0..=2u32,
            any::<u64>(),
            select(&[Unit::Yuan, Unit::TenThousandYuan, Unit::HundredMillionYuan][..]),
        ),
        vec(
            (any::<Index>(), option::of(0..=1000u16), any::<Index>()),
            0..=2,
        ),
        option::weighted(0.2, period_in(window)),
    )
        .prop_map(
            |((kind, stated, which, has_id), count, subject, money, including, period)| {
                let (with_amount, int, scale, frac, money_unit) = money;
                let count_unit = count.map(|(count, unit)| {
                    let units = kind.allowed_units();
                    (
                        count,
                        units
                            .get(unit.index(units.len()))
                            .copied()
                            .unwrap_or(DispositionUnit::Person),
                    )
                });
                let takes_money = matches!(
                    kind,
                    DispositionKind::AdministrativePenalty
                        | DispositionKind::MoneyRecovered
                        | DispositionKind::Other
                );
                let amount = (takes_money && (with_amount || count_unit.is_none())).then(|| {
                    let mantissa =
                        i128::from(int) * 10i128.pow(scale) + i128::from(frac) % 10i128.pow(scale);
                    Money::new(decimal_of(mantissa, scale), money_unit)
                });
                let mut left = count_unit.map(|(count, _)| count);
                let mut seen = Vec::new();
                // An included kind must allow the disposition's unit too.
                let sub_kinds: Vec<DispositionKind> = sub_kinds(kind)
                    .iter()
                    .copied()
                    .filter(|sub| {
                        count_unit.is_none_or(|(_, unit)| sub.allowed_units().contains(&unit))
                    })
                    .collect();
                let including = including
                    .into_iter()
                    .filter_map(|(included, share, which)| {
                        let included = *sub_kinds.get(included.index(sub_kinds.len().max(1)))?;
                        let new = !seen.contains(&included);
                        seen.push(included);
                        new.then_some((included, share, which))
                    })
                    .map(|(included, share, which)| {
                        let count = left.zip(share).map(|(rest, share)| {
                            let n = rest * u32::from(share) / 1000;
                            left = Some(rest - n);
                            Decimal::from(n)
                        });
                        Included {
                            kind: included,
                            count,
                            label: label_for(included, stated, &which),
                        }
                    })
                    .collect();
                Disposition {
                    id: has_id.then(|| positional("d")),
                    kind,
                    label: label_for(kind, stated, &which),
                    count: count_unit.map(|(count, _)| Decimal::from(count)),
                    unit: count_unit.map(|(_, unit)| unit),
                    subject: subject.map(str::to_owned),
                    amount,
                    including,
                    period,
                }
            },
        )
}

/// A disposition: a count (zero included) in a unit the kind allows
/// ([`DispositionKind::allowed_units`]), included sub-kinds whose counts stay within it, and
/// an amount in a money unit for penalties and recoveries. `other` kinds carry their label.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(d in strategy::disposition())| {
///     if let Some(unit) = d.unit {
///         prop_assert!(d.kind.allowed_units().contains(&unit));
///     }
/// });
/// ```
pub fn disposition() -> impl Strategy<Value = Disposition> {
    disposition_in(Window::default_window())
}

// ---------------------------------------------------------------------------------------------
// Milestones, measures, findings
// ---------------------------------------------------------------------------------------------

fn milestone_in(window: Window) -> impl Strategy<Value = Milestone> {
    (prop::bool::weighted(0.3), when_in(window), sentence()).prop_map(|(has_id, date, text)| {
        Milestone {
            id: has_id.then(|| positional("e")),
            date,
            text,
        }
    })
}

/// A dated event of a measure: a date or a period, and what happened.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(milestone in strategy::milestone())| {
///     prop_assert!(milestone.text.ends_with('。'));
/// });
/// ```
pub fn milestone() -> impl Strategy<Value = Milestone> {
    milestone_in(Window::default_window())
}

/// A measure before the positions of the document are known, with its raw references.
#[derive(Debug, Clone)]
struct MeasureDraft {
    measure: Measure,
    document_refs: Vec<Index>,
}

fn measure_draft(window: Window) -> impl Strategy<Value = MeasureDraft> {
    (
        (
            option::weighted(0.3, phrase(HEADINGS)),
            text(),
            option::weighted(0.15, period_in(window)),
        ),
        vec(metric_in(window), 0..=2),
        prop_oneof![4 => Just(Vec::new()), 1 => vec(disposition_in(window), 1..=2)],
        prop_oneof![4 => Just(Vec::new()), 1 => vec(document_in(window), 1..=2)],
        vec(any::<Index>(), 0..=1),
        prop_oneof![3 => Just(Vec::new()), 1 => vec(milestone_in(window), 1..=2)],
    )
        .prop_map(
            |(
                (heading, text, period),
                metrics,
                dispositions,
                documents,
                document_refs,
                milestones,
            )| {
                MeasureDraft {
                    measure: Measure {
                        id: positional("m"),
                        ordinal: None,
                        heading,
                        text,
                        period,
                        metrics,
                        dispositions,
                        documents,
                        document_refs: Vec::new(),
                        milestones,
                    },
                    document_refs,
                }
            },
        )
}

/// A measure with figures, dispositions, documents and milestones now and then. Its id is
/// `f-1.m1`, nested ids follow from it; `document_refs` point to its own earlier documents
/// only, so it is always empty here.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(measure in strategy::measure())| {
///     prop_assert_eq!(measure.id.as_str(), "f-1.m1");
/// });
/// ```
pub fn measure() -> impl Strategy<Value = Measure> {
    (measure_draft(Window::default_window()), any::<bool>()).prop_map(|(draft, numbered)| {
        Assembler::new(1).measure(draft, "f-1.m1", numbered.then_some(1))
    })
}

/// A finding before the positions of the document are known, with its raw references.
#[derive(Debug, Clone)]
struct FindingDraft {
    finding: Finding,
    measures: Vec<MeasureDraft>,
    related: Vec<Index>,
}

fn status_label(status: FindingStatus, which: &Index) -> Option<String> {
    let variant = match status {
        FindingStatus::Completed => "已整改到位",
        FindingStatus::BasicallyCompleted => "基本整改到位",
        FindingStatus::PartiallyCompleted => "部分整改",
        FindingStatus::Ongoing => "正在整改",
        FindingStatus::LongTerm => "长期坚持",
        FindingStatus::NotCompleted => "尚未完成",
        FindingStatus::Postponed => "延期整改",
        _ => return Some(pick(which, OTHER_STATUS_LABELS).to_owned()),
    };
    Some(variant.to_owned())
}

fn finding_draft(window: Window) -> BoxedStrategy<FindingDraft> {
    (
        (problem(), option::weighted(0.1, period_in(window))),
        (
            codelist::<FindingStatus>(),
            prop::bool::weighted(0.15),
            any::<Index>(),
        ),
        option::weighted(0.15, select(&["整改措施", "整改落实情况", "整改进展"][..])),
        option::weighted(
            0.8,
            select(
                &[
                    Numbering::ChineseShi,
                    Numbering::ArabicParenthesized,
                    Numbering::ChineseDi,
                ][..],
            ),
        ),
        prop_oneof![1 => vec(measure_draft(window), 1..=1), 2 => vec(measure_draft(window), 2..=4)],
        prop_oneof![4 => Just(Vec::new()), 1 => vec(metric_in(window), 1..=2)],
        prop_oneof![6 => Just(Vec::new()), 1 => vec(any::<Index>(), 1..=2)],
    )
        .prop_map(
            |(
                (problem, period),
                (status, labelled, which),
                measures_heading,
                measure_numbering,
                measures,
                metrics,
                related,
            )| {
                let label = status_label(status, &which)
                    .filter(|_| labelled || status == FindingStatus::Other);
                FindingDraft {
                    finding: Finding {
                        id: positional("f"),
                        number: None,
                        problem,
                        period,
                        status,
                        status_label: label,
                        measures_heading: measures_heading.map(str::to_owned),
                        measure_numbering,
                        measures: Vec::new(),
                        metrics,
                        related: Vec::new(),
                    },
                    measures,
                    related,
                }
            },
        )
        .boxed()
}

/// A finding with its measures, of any status (`other` with its label). Its id is `f-1`,
/// nested ids follow from it, and measure ordinals run from 1 when the measures are numbered.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(finding in strategy::finding())| {
///     prop_assert!(!finding.measures.is_empty());
///     prop_assert_eq!(finding.measures[0].id.as_str(), "f-1.m1");
/// });
/// ```
pub fn finding() -> impl Strategy<Value = Finding> {
    (
        finding_draft(Window::default_window()),
        option::of(1..=30u32),
    )
        .prop_map(|(draft, number)| Assembler::new(1).finding(draft, number, None))
}

// ---------------------------------------------------------------------------------------------
// Sections and the next-step plan
// ---------------------------------------------------------------------------------------------

/// The shape of a section, before findings are dealt into it.
#[derive(Debug, Clone)]
struct SectionPlan {
    kind: SectionKind,
    title: String,
    introduction: Option<String>,
    finding_numbering: Option<Numbering>,
    subsections: Vec<SectionPlan>,
}

const AREA_TITLES: &[&str] = &[
    "落实党的路线方针政策和党中央决策部署方面",
    "落实全面从严治党战略部署方面",
    "落实新时代党的组织路线方面",
    "落实巡视巡察、审计等监督发现问题整改方面",
];

fn section_title(kind: SectionKind, which: &Index) -> String {
    match kind {
        SectionKind::Area => pick(which, AREA_TITLES).to_owned(),
        SectionKind::Organization => pick(which, ACTORS).to_owned(),
        SectionKind::Other => "其他需要说明的问题".to_owned(),
        _ => kind.label_zh().to_owned(),
    }
}

fn leaf_plan(kinds: &'static [SectionKind]) -> impl Strategy<Value = SectionPlan> {
    (
        select(kinds),
        any::<Index>(),
        option::weighted(0.2, sentence()),
        option::weighted(
            0.8,
            select(&[Numbering::ArabicDot, Numbering::ArabicParenthesized][..]),
        ),
    )
        .prop_map(
            |(kind, which, introduction, finding_numbering)| SectionPlan {
                kind,
                title: section_title(kind, &which),
                introduction,
                finding_numbering,
                subsections: Vec::new(),
            },
        )
}

const NON_IMPLYING: &[SectionKind] = &[
    SectionKind::Area,
    SectionKind::Organization,
    SectionKind::Other,
];

fn section_plan() -> impl Strategy<Value = SectionPlan> {
    (
        leaf_plan(SectionKind::ALL),
        prop_oneof![3 => Just(0usize), 1 => 1..=3usize],
        vec(leaf_plan(SectionKind::ALL), 3),
        vec(leaf_plan(NON_IMPLYING), 3),
    )
        .prop_map(|(mut plan, subsections, any_kind, plain)| {
            // Subsections of a section that implies a status imply none of their own.
            let pool = if plan.kind.implied_status().is_some() {
                plain
            } else {
                any_kind
            };
            plan.subsections = pool.into_iter().take(subsections).collect();
            if !plan.subsections.is_empty() {
                plan.finding_numbering = None;
            }
            plan
        })
}

/// How the top-level sections of a report are laid out.
#[derive(Debug, Clone)]
struct SectionsPlan {
    sections: Vec<SectionPlan>,
    numbered: bool,
    cuts: Vec<Index>,
}

fn sections_plan() -> impl Strategy<Value = SectionsPlan> {
    (
        prop_oneof![
            2 => (leaf_plan(&[SectionKind::Completed]), leaf_plan(&[SectionKind::LongTerm]))
                .prop_map(|(a, b)| vec![a, b]),
            1 => vec(section_plan(), 1..=4),
        ],
        prop::bool::weighted(0.8),
        vec(any::<Index>(), 12),
    )
        .prop_map(|(sections, numbered, cuts)| SectionsPlan {
            sections,
            numbered,
            cuts,
        })
}

fn commitment() -> impl Strategy<Value = Commitment> {
    (option::weighted(0.7, phrase(HEADINGS)), text()).prop_map(|(heading, text)| Commitment {
        id: positional("next"),
        ordinal: None,
        heading,
        text,
    })
}

fn next_steps_draft() -> impl Strategy<Value = NextSteps> {
    (
        option::weighted(0.5, sentence()),
        option::weighted(
            0.8,
            select(&[Numbering::ChineseYao, Numbering::ChineseShi][..]),
        ),
        vec(commitment(), 1..=5),
    )
        .prop_map(
            |(introduction, commitment_numbering, commitments)| NextSteps {
                number: None,
                numbering: None,
                title: "下一步工作安排".to_owned(),
                introduction,
                commitment_numbering,
                commitments,
            },
        )
}

fn finish_next_steps(mut plan: NextSteps, number: Option<(u32, Numbering)>) -> NextSteps {
    plan.number = number.map(|(n, _)| n);
    plan.numbering = number.map(|(_, scheme)| scheme);
    let numbered = plan.commitment_numbering.is_some();
    for (i, commitment) in plan.commitments.iter_mut().enumerate() {
        let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
        commitment.id = positional(&format!("next-{n}"));
        commitment.ordinal = numbered.then_some(n);
    }
    plan
}

/// A next-step plan (下一步工作安排) with one to five commitments, ids `next-1` …, ordinals
/// from 1 when numbered.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(plan in strategy::next_steps())| {
///     prop_assert_eq!(plan.commitments[0].id.as_str(), "next-1");
/// });
/// ```
pub fn next_steps() -> impl Strategy<Value = NextSteps> {
    (next_steps_draft(), option::of(1..=5u32)).prop_map(|(plan, number)| {
        finish_next_steps(plan, number.map(|n| (n, Numbering::ChineseComma)))
    })
}

/// A section with up to eight findings whose status is the one its kind implies
/// ([`SectionKind::implied_status`]), sometimes with subsections. Its id is `s-1`.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(section in strategy::section())| {
///     if let Some(status) = section.kind.implied_status() {
///         prop_assert!(section.iter_findings().all(|f| f.status == status));
///     }
/// });
/// ```
pub fn section() -> impl Strategy<Value = Section> {
    (
        section_plan(),
        vec(finding_draft(Window::default_window()), 0..=8),
        vec(any::<Index>(), 12),
        any::<bool>(),
    )
        .prop_map(|(plan, drafts, cuts, numbered)| {
            let plan = SectionsPlan {
                sections: vec![plan],
                numbered,
                cuts,
            };
            let mut assembler = Assembler::new(drafts.len());
            assembler
                .sections(&plan, drafts)
                .into_iter()
                .next()
                .unwrap_or_else(|| Section {
                    id: positional("s-1"),
                    number: None,
                    numbering: None,
                    title: "已完成的整改任务".to_owned(),
                    kind: SectionKind::Completed,
                    introduction: None,
                    finding_numbering: None,
                    findings: Vec::new(),
                    subsections: Vec::new(),
                })
        })
}

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------

/// Which summary figures a report states.
#[derive(Debug, Clone)]
struct SummaryPlan {
    total: bool,
    split: bool,
    /// The decimal places of the completion rate, when stated.
    rate: Option<u32>,
    metrics: Vec<Metric>,
    text: Option<String>,
}

fn summary_plan(window: Window) -> impl Strategy<Value = SummaryPlan> {
    (
        prop::bool::weighted(0.9),
        prop::bool::weighted(0.8),
        option::weighted(0.7, 0..=2u32),
        vec(metric_in(window), 0..=2),
        option::weighted(0.5, sentence()),
    )
        .prop_map(|(total, split, rate, metrics, text)| SummaryPlan {
            total,
            split,
            rate,
            metrics,
            text,
        })
}

/// The completion rate in percent, rounded to `places` decimal places as reports write it
/// (19 of 25 → `76`, 2 of 3 → `66.67`); a rate exactly halfway is written one place longer
/// (`12.5`), so that it never sits on the edge of the rounding.
fn completion_rate(completed: u32, total: u32, places: u32) -> Option<Decimal> {
    if total == 0 {
        return None;
    }
    let exact = rust_decimal::Decimal::from(completed) * rust_decimal::Decimal::ONE_HUNDRED
        / rust_decimal::Decimal::from(total);
    let rounded = exact.round_dp(places);
    let half = rust_decimal::Decimal::new(5, places + 1);
    let rate = if (rounded - exact).abs() == half {
        exact.round_dp(places + 1)
    } else {
        rounded
    };
    Decimal::new(rate).ok()
}

/// The summary figures the plan states, computed from `findings`: `ongoing` counts every
/// finding not completed.
fn summary_of<'a>(plan: SummaryPlan, findings: impl Iterator<Item = &'a Finding>) -> Summary {
    let (mut total, mut completed) = (0u32, 0u32);
    for finding in findings {
        total += 1;
        if finding.status == FindingStatus::Completed {
            completed += 1;
        }
    }
    let mut metrics = plan.metrics;
    for (i, metric) in metrics.iter_mut().enumerate() {
        assign_metric_ids(metric, &format!("summary.x{}", i + 1));
    }
    Summary {
        findings_total: plan.total.then_some(total),
        completed: plan.split.then_some(completed),
        ongoing: plan.split.then_some(total - completed),
        completion_rate: plan
            .rate
            .and_then(|places| completion_rate(completed, total, places)),
        metrics,
        text: plan.text,
    }
}

/// Report-level summary figures that agree with each other: `completed + ongoing` is
/// `findings_total` and the completion rate is `completed / findings_total` in percent.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(summary in strategy::summary())| {
///     if let (Some(total), Some(done), Some(ongoing)) =
///         (summary.findings_total, summary.completed, summary.ongoing)
///     {
///         prop_assert_eq!(done + ongoing, total);
///     }
/// });
/// ```
pub fn summary() -> impl Strategy<Value = Summary> {
    (
        summary_plan(Window::default_window()),
        0..=40u32,
        0..=1000u16,
    )
        .prop_map(|(plan, total, share)| {
            let completed = total * u32::from(share) / 1000;
            let findings = (0..total).map(|i| Finding {
                id: positional("f"),
                number: None,
                problem: "问题".to_owned(),
                period: None,
                status: if i < completed {
                    FindingStatus::Completed
                } else {
                    FindingStatus::LongTerm
                },
                status_label: None,
                measures_heading: None,
                measure_numbering: None,
                measures: Vec::new(),
                metrics: Vec::new(),
                related: Vec::new(),
            });
            let findings: Vec<Finding> = findings.collect();
            summary_of(plan, findings.iter())
        })
}

// ---------------------------------------------------------------------------------------------
// Inspection rounds
// ---------------------------------------------------------------------------------------------

/// An inspection round and the report's publication date, with the window of dates the
/// report's content falls in.
#[derive(Debug, Clone)]
struct Chain {
    round: InspectionRound,
    published: PartialDate,
    window: Window,
}

fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(chrono::Days::new(u64::from(days)))
        .unwrap_or(date)
}

fn chain() -> impl Strategy<Value = Chain> {
    (
        (
            codelist::<InspectionFamily>(),
            option::of(codelist::<InspectionKind>()),
            option::weighted(0.3, 1..=12u32),
        ),
        (
            named(AUTHORITIES),
            named(TEAMS),
            vec(named(INSPECTED), 1..=3),
        ),
        (
            0..3300u32,
            15..=90u32,
            10..=60u32,
            0..=7u32,
            1..=6u32,
            prop::bool::weighted(0.15),
            5..=60u32,
        ),
        (
            prop::bool::weighted(0.9),
            prop::bool::weighted(0.9),
            prop::bool::weighted(0.9),
            prop::bool::weighted(0.7),
        ),
    )
        .prop_map(
            |((family, kind, round), (commissioned_by, team, inspected), dates, present)| {
                let (
                    start,
                    on_site_days,
                    to_feedback,
                    to_rectification,
                    months,
                    in_years,
                    to_publication,
                ) = dates;
                let (with_on_site, with_feedback, with_rectification, with_duration) = present;
                let on_site_start = add_days(Window::default_window().first, start);
                let on_site_end = add_days(on_site_start, on_site_days);
                let feedback = add_days(on_site_end, to_feedback);
                let mut rectification_start = add_days(feedback, to_rectification);
                while rectification_start.day() > 28 {
                    rectification_start = add_days(rectification_start, 1);
                }
                let (value, unit, span) = if in_years {
                    (1, Unit::Year, 12)
                } else {
                    (months, Unit::Month, months)
                };
                let rectification_end = rectification_start
                    .checked_add_months(Months::new(span))
                    .unwrap_or(rectification_start);
                let published = add_days(rectification_end, to_publication);
                let wording = if in_years {
                    "一年".to_owned()
                } else {
                    format!("{}个月", zh_numeral(months))
                };
                let round = InspectionRound {
                    family,
                    kind,
                    identifier: round.map(|n| format!("十届市委第{}轮巡察", zh_numeral(n))),
                    commissioned_by,
                    team,
                    inspected,
                    on_site: with_on_site.then(|| {
                        Period::between(
                            PartialDate::day(on_site_start),
                            PartialDate::day(on_site_end),
                        )
                    }),
                    feedback_date: with_feedback.then_some(PartialDate::day(feedback)),
                    rectification: with_rectification.then(|| Rectification {
                        period: Period::between(
                            PartialDate::day(rectification_start),
                            PartialDate::day(rectification_end),
                        ),
                        stated_duration: with_duration.then(|| {
                            Duration::new(Decimal::from(value), unit).with_wording(wording)
                        }),
                        label: Some("集中整改".to_owned()),
                    }),
                };
                let first = on_site_start
                    .checked_sub_days(chrono::Days::new(730))
                    .unwrap_or(on_site_start);
                let days = u32::try_from((published - first).num_days()).unwrap_or(0);
                Chain {
                    round,
                    published: PartialDate::day(published),
                    window: Window { first, days },
                }
            },
        )
}

/// An inspection round whose dates are in order: on-site start ≤ on-site end ≤ feedback ≤
/// rectification start ≤ rectification end, with a stated duration (`三个月`) that agrees with
/// the rectification period.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(round in strategy::inspection_round())| {
///     if let (Some(on_site), Some(feedback)) = (&round.on_site, round.feedback_date) {
///         prop_assert!(on_site.end <= Some(feedback));
///     }
/// });
/// ```
pub fn inspection_round() -> impl Strategy<Value = InspectionRound> {
    chain().prop_map(|chain| chain.round)
}

// ---------------------------------------------------------------------------------------------
// Whole reports
// ---------------------------------------------------------------------------------------------

/// Everything of a report but its findings.
#[derive(Debug, Clone)]
struct Frame {
    with_id: bool,
    language: LanguageTag,
    stage: ReportStage,
    preamble: Option<String>,
    legal_basis: Vec<Document>,
    summary: Option<SummaryPlan>,
    sections: SectionsPlan,
    next_steps: Option<NextSteps>,
    contact: Option<Contact>,
}

fn frame(window: Window) -> impl Strategy<Value = Frame> {
    (
        (
            any::<bool>(),
            select(&["zh-CN", "zh-Hans-CN", "zh"][..]),
            codelist::<ReportStage>(),
            option::weighted(0.7, text()),
        ),
        (
            vec(document_in(window), 0..=3),
            option::weighted(0.6, summary_plan(window)),
            sections_plan(),
        ),
        (
            option::weighted(0.8, next_steps_draft()),
            option::weighted(0.8, contact()),
        ),
    )
        .prop_map(
            |(
                (with_id, language, stage, preamble),
                (legal_basis, summary, sections),
                (next_steps, contact),
            )| Frame {
                with_id,
                language: valid(language.parse()),
                stage,
                preamble,
                legal_basis,
                summary,
                sections,
                next_steps,
                contact,
            },
        )
}

fn assemble(chain: Chain, frame: Frame, drafts: Vec<FindingDraft>) -> Inspection {
    let mut assembler = Assembler::new(drafts.len());
    let mut legal_basis = frame.legal_basis;
    for (i, document) in legal_basis.iter_mut().enumerate() {
        assembler.document(document, &format!("doc-{}", i + 1));
    }
    let sections = assembler.sections(&frame.sections, drafts);
    let summary = frame
        .summary
        .map(|plan| summary_of(plan, sections.iter().flat_map(Section::iter_findings)));
    let next_number = u32::try_from(sections.len() + 1).unwrap_or(u32::MAX);
    let next_steps = frame.next_steps.map(|plan| {
        finish_next_steps(
            plan,
            frame
                .sections
                .numbered
                .then_some((next_number, Numbering::ChineseComma)),
        )
    });
    let family = match chain.round.family {
        InspectionFamily::PartyInspectionTour => "巡视",
        InspectionFamily::PartyInspection => "巡察",
        InspectionFamily::Audit => "审计",
        InspectionFamily::EnvironmentalInspection => "生态环境保护督察",
        _ => "督查",
    };
    let stage = match frame.stage {
        ReportStage::Progress => "整改进展情况",
        _ => "整改情况",
    };
    // The inspected organization publishes the report.
    let issuer = chain
        .round
        .inspected
        .first()
        .cloned()
        .unwrap_or_else(|| Organization::named("示范区党工委"));
    Inspection {
        id: frame
            .with_id
            .then(|| positional::<ReportId>(&format!("report-{}", chain.published))),
        title: format!("{}关于{family}{stage}的通报", issuer.name),
        language: frame.language,
        stage: frame.stage,
        round: chain.round,
        preamble: frame.preamble,
        legal_basis,
        summary,
        sections,
        next_steps,
        contact: frame.contact,
        issuer,
        published: chain.published,
    }
}

/// Whole reports with any number of findings in `findings` (`0..20`, `1000..=1000`), spread
/// over sections, subsections and statuses, with legal basis, summary, next steps and contact
/// now and then.
///
/// Shrinking removes findings and renumbers the rest, so a shrunk report stays valid.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(ProptestConfig::with_cases(8), |(report in strategy::inspection_with(5..=5))| {
///     prop_assert_eq!(report.findings().count(), 5);
/// });
/// ```
pub fn inspection_with(findings: impl Into<SizeRange>) -> impl Strategy<Value = Inspection> {
    let size: SizeRange = findings.into();
    chain()
        .prop_flat_map(move |chain| {
            let window = chain.window;
            (
                Just(chain),
                frame(window),
                vec(finding_draft(window), size.clone()),
            )
        })
        .prop_map(|(chain, frame, drafts)| assemble(chain, frame, drafts))
}

/// Whole reports of up to 12 findings; see [`inspection_with`].
///
/// # Examples
///
/// ```
/// use inspection_report::strategy;
/// use proptest::prelude::*;
///
/// proptest!(ProptestConfig::with_cases(8), |(report in strategy::inspection())| {
///     prop_assert!(report.findings().count() <= 12);
/// });
/// ```
pub fn inspection() -> impl Strategy<Value = Inspection> {
    inspection_with(0..=12)
}

/// One report of exactly `findings` findings, the same for the same `seed`: synthetic data
/// for benchmarks and fixtures, made by the generator of [`inspection_with`].
///
/// Time and memory grow linearly with `findings`: each finding is generated and kept on its
/// own, without proptest's shrinking state for the whole report.
///
/// # Panics
///
/// Never in practice: the strategies behind it reject no values, so proptest cannot give up.
///
/// # Examples
///
/// ```
/// use inspection_report::strategy::sample_inspection;
///
/// let report = sample_inspection(10, 7);
/// assert_eq!(report.findings().count(), 10);
/// ```
pub fn sample_inspection(findings: usize, seed: u64) -> Inspection {
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let round = current(&chain(), &mut runner);
    let frame = current(&frame(round.window), &mut runner);
    let draft = finding_draft(round.window);
    let drafts = (0..findings)
        .map(|_| current(&draft, &mut runner))
        .collect();
    assemble(round, frame, drafts)
}

/// A value of `strategy`, without keeping the tree that would shrink it.
fn current<S: Strategy>(strategy: &S, runner: &mut TestRunner) -> S::Value {
    match strategy.new_tree(runner) {
        Ok(tree) => tree.current(),
        Err(reason) => panic!("inspection_report::strategy rejected a value: {reason}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Assembly: positions, ids, numbers, references
// ---------------------------------------------------------------------------------------------

fn assign_metric_ids(metric: &mut Metric, path: &str) {
    if metric.id.is_some() {
        metric.id = Some(positional(path));
    }
    for (i, part) in metric.parts.iter_mut().enumerate() {
        assign_metric_ids(part, &format!("{path}.p{}", i + 1));
    }
    for (i, part) in metric.of_which.iter_mut().enumerate() {
        assign_metric_ids(part, &format!("{path}.w{}", i + 1));
    }
}

/// Walks a report in published order, giving every part its positional id and number and
/// resolving raw references to ids that exist.
struct Assembler {
    /// Every document id defined so far, in published order.
    documents: Vec<DocumentId>,
    findings_total: usize,
    findings_done: usize,
}

impl Assembler {
    fn new(findings_total: usize) -> Self {
        Self {
            documents: Vec::new(),
            findings_total,
            findings_done: 0,
        }
    }

    fn document(&mut self, document: &mut Document, id: &str) {
        document.id = positional(id);
        self.documents.push(document.id.clone());
    }

    fn measure(&mut self, draft: MeasureDraft, id: &str, ordinal: Option<u32>) -> Measure {
        let mut measure = draft.measure;
        measure.id = positional(id);
        measure.ordinal = ordinal;
        // A measure names again documents named before it.
        let mut refs: Vec<usize> = if self.documents.is_empty() {
            Vec::new()
        } else {
            draft
                .document_refs
                .iter()
                .map(|i| i.index(self.documents.len()))
                .collect()
        };
        refs.sort_unstable();
        refs.dedup();
        measure.document_refs = refs
            .into_iter()
            .filter_map(|i| self.documents.get(i).cloned())
            .collect();
        for (i, metric) in measure.metrics.iter_mut().enumerate() {
            assign_metric_ids(metric, &format!("{id}.x{}", i + 1));
        }
        for (i, disposition) in measure.dispositions.iter_mut().enumerate() {
            if disposition.id.is_some() {
                disposition.id = Some(positional(&format!("{id}.d{}", i + 1)));
            }
        }
        for (i, document) in measure.documents.iter_mut().enumerate() {
            self.document(document, &format!("{id}.doc{}", i + 1));
        }
        for (i, milestone) in measure.milestones.iter_mut().enumerate() {
            if milestone.id.is_some() {
                milestone.id = Some(positional(&format!("{id}.e{}", i + 1)));
            }
        }
        measure
    }

    fn finding(
        &mut self,
        draft: FindingDraft,
        number: Option<u32>,
        implied: Option<FindingStatus>,
    ) -> Finding {
        self.findings_done += 1;
        let position = self.findings_done;
        let id = format!("f-{position}");
        let mut finding = draft.finding;
        finding.id = positional(&id);
        finding.number = number;
        if let Some(status) = implied.filter(|s| *s != finding.status) {
            finding.status = status;
            finding.status_label = None;
        }
        for (i, metric) in finding.metrics.iter_mut().enumerate() {
            assign_metric_ids(metric, &format!("{id}.x{}", i + 1));
        }
        let numbered = finding.measure_numbering.is_some();
        finding.measures = draft
            .measures
            .into_iter()
            .enumerate()
            .map(|(j, measure)| {
                let n = u32::try_from(j + 1).unwrap_or(u32::MAX);
                self.measure(measure, &format!("{id}.m{n}"), numbered.then_some(n))
            })
            .collect();
        let mut related: Vec<usize> = if self.findings_total == 0 {
            Vec::new()
        } else {
            draft
                .related
                .iter()
                .map(|i| i.index(self.findings_total) + 1)
                .filter(|&p| p != position)
                .collect()
        };
        related.sort_unstable();
        related.dedup();
        finding.related = related
            .into_iter()
            .map(|p| positional::<FindingId>(&format!("f-{p}")))
            .collect();
        finding
    }

    /// Deals `drafts` into the sections of `plan`, in order, cutting them at the plan's cut
    /// points.
    fn sections(&mut self, plan: &SectionsPlan, drafts: Vec<FindingDraft>) -> Vec<Section> {
        let slots: usize = plan
            .sections
            .iter()
            .map(|s| s.subsections.len().max(1))
            .sum();
        let n = drafts.len();
        let mut cuts: Vec<usize> = (0..slots.saturating_sub(1))
            .map(|k| plan.cuts.get(k).map_or(n, |cut| cut.index(n + 1)))
            .collect();
        cuts.sort_unstable();
        cuts.push(n);
        let mut sizes = cuts.iter().scan(0, |previous, &cut| {
            let size = cut - *previous;
            *previous = cut;
            Some(size)
        });
        let mut drafts = drafts.into_iter();
        let top_numbering = plan.numbered.then_some(Numbering::ChineseComma);
        let sub_numbering = plan.numbered.then_some(Numbering::ChineseParenthesized);
        let mut sections = Vec::with_capacity(plan.sections.len());
        for (i, section_plan) in plan.sections.iter().enumerate() {
            let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let id = format!("s-{n}");
            let mut section = Self::section(section_plan, &id, top_numbering.map(|s| (n, s)));
            if section_plan.subsections.is_empty() {
                let size = sizes.next().unwrap_or(0);
                section.findings = self.findings(
                    section_plan,
                    drafts.by_ref().take(size),
                    section_plan.kind.implied_status(),
                );
            } else {
                for (j, sub_plan) in section_plan.subsections.iter().enumerate() {
                    let m = u32::try_from(j + 1).unwrap_or(u32::MAX);
                    let implied = sub_plan
                        .kind
                        .implied_status()
                        .or(section_plan.kind.implied_status());
                    let mut sub = Self::section(
                        sub_plan,
                        &format!("{id}.{m}"),
                        sub_numbering.map(|s| (m, s)),
                    );
                    let size = sizes.next().unwrap_or(0);
                    sub.findings = self.findings(sub_plan, drafts.by_ref().take(size), implied);
                    section.subsections.push(sub);
                }
            }
            sections.push(section);
        }
        sections
    }

    fn section(plan: &SectionPlan, id: &str, number: Option<(u32, Numbering)>) -> Section {
        Section {
            id: positional(id),
            number: number.map(|(n, _)| n),
            numbering: number.map(|(_, scheme)| scheme),
            title: plan.title.clone(),
            kind: plan.kind,
            introduction: plan.introduction.clone(),
            finding_numbering: plan.finding_numbering,
            findings: Vec::new(),
            subsections: Vec::new(),
        }
    }

    fn findings(
        &mut self,
        plan: &SectionPlan,
        drafts: impl Iterator<Item = FindingDraft>,
        implied: Option<FindingStatus>,
    ) -> Vec<Finding> {
        drafts
            .enumerate()
            .map(|(k, draft)| {
                let number = plan
                    .finding_numbering
                    .map(|_| u32::try_from(k + 1).unwrap_or(u32::MAX));
                self.finding(draft, number, implied)
            })
            .collect()
    }
}
