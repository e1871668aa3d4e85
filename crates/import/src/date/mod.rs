//! Dates: full, month and year precision (`2025年3月6日`, `2025年3月`, `2025年`, `2024年度`),
//! ranges whose end omits the year (`2025年3月6日至4月28日`, `1—7月`, `2025年1—8月份`),
//! years inherited from context, fuzzy dates (`4月初`, `10月中旬`, `4月底`), relative words
//! (`今年`, `去年`, `上半年`, `截至目前`) resolved against an anchor date, `以来` (since) and
//! `前` (by), and back-references (`整改期间`, `巡察期间`) left for the structure layer.
//!
//! A year not written is taken from an explicit year earlier in the same sentence, else from
//! the anchor (the publication date), biased to the past; such values are
//! [`Status::Derived`].

use std::fmt;

use crate::numeral::is_chinese_numeral_char;
use crate::span::{Span, Status};
use crate::text::Normalized;

mod resolve;
mod scan;

/// Parts of a day a date may end with (`6月20日上午`): the mention covers them, and the date
/// of an event is then the period within that day.
pub const PARTS_OF_DAY: [&str; 8] = [
    "上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "夜间",
];

use scan::mention_at;
pub(crate) use scan::title_spans;

/// A date of day, month or year precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    /// The year.
    pub year: i32,
    /// The month, 1–12, when stated.
    pub month: Option<u32>,
    /// The day, 1–31, when stated (only with a month).
    pub day: Option<u32>,
}

impl PartialDate {
    /// A day.
    pub const fn day(year: i32, month: u32, day: u32) -> Self {
        Self {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// A month.
    pub const fn month(year: i32, month: u32) -> Self {
        Self {
            year,
            month: Some(month),
            day: None,
        }
    }

    /// A year.
    pub const fn year(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// Parses the ISO date a value opens with, whatever follows it (`2025-10-23 08:46:31`,
    /// `2025-10-23信息来源`).
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report_import::date::PartialDate;
    ///
    /// let d = PartialDate::parse_iso_prefix("2025-10-23 08:46:31");
    /// assert_eq!(d, Some(PartialDate::day(2025, 10, 23)));
    /// ```
    pub fn parse_iso_prefix(s: &str) -> Option<Self> {
        let end = s
            .find(|c: char| !(c.is_ascii_digit() || c == '-'))
            .unwrap_or(s.len());
        Self::parse_iso(s.get(..end)?.trim_end_matches('-'))
    }

    /// Parses `2025-10-23`, `2025-10` or `2025` (ISO 8601 calendar forms).
    pub fn parse_iso(s: &str) -> Option<Self> {
        let mut parts = s.trim().split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        if !(1000..=9999).contains(&year) {
            return None;
        }
        let month = parts.next().map(str::parse).transpose().ok()?;
        let day = parts.next().map(str::parse).transpose().ok()?;
        if parts.next().is_some() || !month.is_none_or(|m| (1..=12).contains(&m)) {
            return None;
        }
        if month.is_none() && day.is_some() || !day.is_none_or(|d| (1..=31).contains(&d)) {
            return None;
        }
        Some(Self { year, month, day })
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// The value of a date mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// One date.
    Date(PartialDate),
    /// A period; an open end is `None` (`2025年3月以来` → from 2025-03).
    Period {
        /// The first day, month or year, when bounded.
        start: Option<PartialDate>,
        /// The last day, month or year, when bounded.
        end: Option<PartialDate>,
    },
    /// Not resolved: a relative word without an anchor, or a back-reference not yet resolved.
    Unresolved,
}

impl fmt::Display for DateValue {
    /// ISO 8601 form: `2025-03-06`, `2025-03-06/2025-04-28`, `2025-03/..`, `../2025-07-10`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Date(d) => write!(f, "{d}"),
            Self::Period { start, end } => {
                match start {
                    Some(s) => write!(f, "{s}/")?,
                    None => f.write_str("../")?,
                }
                match end {
                    Some(e) => write!(f, "{e}"),
                    None => f.write_str(".."),
                }
            }
            Self::Unresolved => f.write_str("?"),
        }
    }
}

/// What a date mention says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateKind {
    /// A date (`2025年6月16日`, `7月份`, `今年`).
    Point,
    /// A range (`6月10日至9月10日`, `1—7月`).
    Range,
    /// A start, open-ended (`2025年3月以来`, `今年以来`).
    Since,
    /// A deadline (`7月10日前`).
    Until,
    /// An as-of date (`截至目前`, `目前`, `截至6月17日`).
    AsOf,
    /// A part of a month (`4月初`, `10月中旬`, `4月底`) or of a year (`上半年`).
    Fuzzy,
    /// A back-reference to a period named elsewhere (`整改期间`).
    Reference,
}

/// The period a back-reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodName {
    /// The inspection on site (`巡察期间`).
    OnSite,
    /// The (concentrated) rectification period (`整改期间`).
    Rectification,
    /// After the feedback (`巡视反馈后`).
    AfterFeedback,
    /// An event named in words (`自开展…集中整治以来`): the start of a [`DateKind::Since`]
    /// left unresolved.
    Event,
}

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Where it is, in original bytes.
    pub span: Span,
    /// Where it is, in the normalized text.
    pub at: Span,
    /// The expression in the normalized text (`2025年3月6日至4月28日`).
    pub written: String,
    /// What it says.
    pub kind: DateKind,
    /// Its value.
    pub value: DateValue,
    /// Read as written, or derived (a year inherited or taken from the anchor, a relative word,
    /// a fuzzy part of a month, a back-reference).
    pub status: Status,
    /// For a [`DateKind::Reference`]: the period it names.
    pub reference: Option<PeriodName>,
}

impl DateMention {
    /// Whether this is an as-of date that names no date but the notice's own (`截至目前`,
    /// `目前`, `现`): its value is the anchor's, which the report states already.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report_import::{date, text};
    ///
    /// let text = text::normalize("截至目前已整改5处,截至6月17日已整改3处");
    /// let found = date::extract(&text, None);
    /// assert!(found[0].is_as_of_now());
    /// assert!(!found[1].is_as_of_now());
    /// ```
    pub fn is_as_of_now(&self) -> bool {
        self.kind == DateKind::AsOf
            && !self
                .written
                .chars()
                .any(|c| c.is_ascii_digit() || matches!(c, '年' | '月' | '日'))
    }
}

/// Every date mention of a normalized text, resolved against `anchor` (the publication date,
/// when known).
///
/// # Examples
///
/// ```
/// use inspection_report_import::date::{extract, PartialDate};
/// use inspection_report_import::text::normalize;
///
/// let text = normalize("2025年3月6日至4月28日进行了巡察。6月10 日反馈。今年4月初制定。");
/// let found = extract(&text, Some(PartialDate::day(2025, 10, 23)));
/// let iso: Vec<String> = found.iter().map(|d| d.value.to_string()).collect();
/// assert_eq!(iso, ["2025-03-06/2025-04-28", "2025-06-10", "2025-04-01/2025-04-10"]);
/// ```
pub fn extract(norm: &Normalized, anchor: Option<PartialDate>) -> Vec<DateMention> {
    let text = norm.text.as_str();
    let titles = title_spans(text);
    let mut title_iter = titles.iter().peekable();
    let mut out = Vec::new();
    let mut sentence_year: Option<i32> = None;
    let mut last_year: Option<i32> = None;
    let mut i = 0usize;
    let mut prev: Option<char> = None;
    while i < text.len() {
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            i += 1;
            continue;
        };
        if matches!(c, '。' | '\n') {
            sentence_year = None;
        }
        while title_iter.next_if(|t| t.end <= i).is_some() {}
        let in_title = title_iter.peek().is_some_and(|t| t.start <= i && i < t.end);
        let boundary = !prev.is_some_and(|p| p.is_ascii_digit() || is_chinese_numeral_char(p));
        if !in_title
            && boundary
            && let Some(raw) = mention_at(text, i)
        {
            let mention = resolve::mention(norm, &raw, anchor, &mut sentence_year, &mut last_year);
            out.push(mention);
            prev = text.get(..raw.end).and_then(|h| h.chars().next_back());
            i = raw.end.max(i + c.len_utf8());
            continue;
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    out
}
