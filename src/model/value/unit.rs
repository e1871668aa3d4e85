//! Units of figures: Chinese measure words, money with its magnitude, percentages, areas,
//! ages and durations.

use crate::Decimal;
use crate::codelist::Codelist;
use crate::codelist::codelist;

codelist! {
    /// The unit of a figure.
    ///
    /// Chinese counts take a measure word (量词) that says what kind of thing is counted; each
    /// measure word has its own unit, so that `16名党员` and `8人` keep their wording. Money
    /// units carry their magnitude (元, 万元, 亿元) and convert with [`Unit::yuan_factor`].
    pub enum Unit {
        /// People, counted with 人.
        Person = "person", "人", "persons";
        /// People, counted with the formal 名 (`16名党员`).
        PersonMing = "person_ming", "名", "persons (formal measure word)";
        /// People, counted with the honorific 位.
        PersonWei = "person_wei", "位", "persons (honorific measure word)";
        /// Person-times: one person counted once for each occasion (人次).
        PersonTime = "person_time", "人次", "person-times";
        /// Occasions, meetings or repetitions (次).
        Time = "time", "次", "times";
        /// Items, tasks or powers (项).
        Item = "item", "项", "items";
        /// The general measure word 个 (units, projects, villages, problems …).
        Piece = "piece", "个", "pieces (general measure word)";
        /// Matters, cases or documents (件).
        Matter = "matter", "件", "matters";
        /// Cases or incidents (起).
        Incident = "incident", "起", "incidents";
        /// Entries, clues or articles (条).
        Entry = "entry", "条", "entries";
        /// Establishments: enterprises, organizations, institutions (家).
        Establishment = "establishment", "家", "establishments";
        /// Establishment-visits: one establishment counted once for each visit (家次, also
        /// written 家(次)).
        EstablishmentTime = "establishment_time", "家次", "establishment-visits";
        /// Copies of documents, notices or reports (份).
        Copy = "copy", "份", "copies";
        /// Places or spots, such as hazards (处).
        Spot = "spot", "处", "spots";
        /// Sets, such as flats (套).
        Set = "set", "套", "sets";
        /// Flat pieces, such as signboards (块).
        Block = "block", "块", "blocks";
        /// Sessions of a course or issues of a periodical (期).
        Session = "session", "期", "sessions";
        /// Batches (批).
        Batch = "batch", "批", "batches";
        /// Households (户).
        Household = "household", "户", "households";
        /// Yuan (元).
        Yuan = "yuan", "元", "yuan";
        /// Ten thousand yuan (万元).
        TenThousandYuan = "ten_thousand_yuan", "万元", "ten thousand yuan";
        /// One hundred million yuan (亿元).
        HundredMillionYuan = "hundred_million_yuan", "亿元", "hundred million yuan";
        /// Percent (%).
        Percent = "percent", "%", "percent";
        /// Percentage points (个百分点).
        PercentagePoint = "percentage_point", "个百分点", "percentage points";
        /// Square metres (平方米).
        SquareMetre = "square_metre", "平方米", "square metres";
        /// Mu, the Chinese unit of land area (亩, 1/15 hectare).
        Mu = "mu", "亩", "mu";
        /// Years of age (岁).
        YearOfAge = "year_of_age", "岁", "years of age";
        /// Years, as a duration (年).
        Year = "year", "年", "years";
        /// Months, as a duration (个月).
        Month = "month", "个月", "months";
        /// Days, as a duration (天, 日).
        Day = "day", "天", "days";
        /// Working days (个工作日).
        WorkingDay = "working_day", "个工作日", "working days";
        /// Hours (小时).
        Hour = "hour", "小时", "hours";
        /// A position in a ranking (名, as in 位列151名); used with [`MetricKind::Rank`](crate::MetricKind::Rank).
        RankPosition = "rank_position", "名次", "rank position";
        /// A unit not listed here; the metric's `unit_label` gives it as published.
        Other = "other", "其他", "other unit";
    }
}

/// What a unit measures, for checking that a unit fits a figure's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dimension {
    /// People or person-times.
    People,
    /// Things, occasions, organizations or cases counted with a measure word.
    Things,
    /// Money.
    Money,
    /// A ratio: percent or percentage points.
    Ratio,
    /// Land or floor area.
    Area,
    /// Age.
    Age,
    /// Time elapsed.
    Duration,
    /// A position in a ranking.
    Position,
    /// Not known (an [`Unit::Other`] unit).
    Unknown,
}

impl Unit {
    /// What the unit measures.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::{Unit, unit::Dimension};
    ///
    /// assert_eq!(Unit::PersonTime.dimension(), Dimension::People);
    /// assert_eq!(Unit::HundredMillionYuan.dimension(), Dimension::Money);
    /// ```
    pub fn dimension(self) -> Dimension {
        use Unit::*;
        match self {
            Person | PersonMing | PersonWei | PersonTime => Dimension::People,
            Time | Item | Piece | Matter | Incident | Entry | Establishment | EstablishmentTime
            | Copy | Spot | Set | Block | Session | Batch | Household => Dimension::Things,
            Yuan | TenThousandYuan | HundredMillionYuan => Dimension::Money,
            Percent | PercentagePoint => Dimension::Ratio,
            SquareMetre | Mu => Dimension::Area,
            YearOfAge => Dimension::Age,
            Year | Month | Day | WorkingDay | Hour => Dimension::Duration,
            RankPosition => Dimension::Position,
            Other => Dimension::Unknown,
        }
    }

    /// How many yuan one of this unit is, for money units (`万元` → 10000).
    pub fn yuan_factor(self) -> Option<Decimal> {
        match self {
            Self::Yuan => Some(Decimal::from(1u32)),
            Self::TenThousandYuan => Some(Decimal::from(10_000u32)),
            Self::HundredMillionYuan => Some(Decimal::from(100_000_000u32)),
            _ => None,
        }
    }

    /// Whether figures in this unit are counts, which must be whole numbers.
    pub fn is_counted(self) -> bool {
        matches!(self.dimension(), Dimension::People | Dimension::Things)
    }

    /// The unit whose Chinese label is `measure_word`, accepting common variants
    /// (`家(次)` for 家次, `日` for 天, `月` for 个月, `㎡` for 平方米).
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::Unit;
    ///
    /// assert_eq!(Unit::from_measure_word("家(次)"), Some(Unit::EstablishmentTime));
    /// assert_eq!(Unit::from_measure_word("亿元"), Some(Unit::HundredMillionYuan));
    /// assert_eq!(Unit::from_measure_word("furlong"), None);
    /// ```
    pub fn from_measure_word(measure_word: &str) -> Option<Self> {
        match measure_word {
            "家(次)" | "家（次）" => Some(Self::EstablishmentTime),
            "日" => Some(Self::Day),
            "月" => Some(Self::Month),
            "工作日" => Some(Self::WorkingDay),
            "㎡" => Some(Self::SquareMetre),
            "百分点" => Some(Self::PercentagePoint),
            other => Self::from_label_zh(other),
        }
    }
}
