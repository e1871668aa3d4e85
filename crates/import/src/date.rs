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
use std::sync::LazyLock;

use crate::grammar::Lexicon;
use crate::numeral::{is_chinese_numeral_char, parse_chinese};
use crate::span::{Span, Status};
use crate::text::Normalized;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relative {
    Year(i32),
    FirstHalf,
    SecondHalf,
    Month(i32),
    YearEnd,
    MonthEnd,
    AsOf,
}

static RELATIVE: LazyLock<Lexicon<Relative>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../grammar/relative_dates.tsv"), |cells| {
        let offset: i32 = cells.get(1)?.parse().ok()?;
        Some(match *cells.first()? {
            "year" => Relative::Year(offset),
            "first_half" => Relative::FirstHalf,
            "second_half" => Relative::SecondHalf,
            "month" => Relative::Month(offset),
            "year_end" => Relative::YearEnd,
            "month_end" => Relative::MonthEnd,
            "as_of" => Relative::AsOf,
            _ => return None,
        })
    })
});

static REFERENCES: LazyLock<Lexicon<PeriodName>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../grammar/references.tsv"), |cells| {
        Some(match *cells.first()? {
            "on_site" => PeriodName::OnSite,
            "rectification" => PeriodName::Rectification,
            "after_feedback" => PeriodName::AfterFeedback,
            _ => return None,
        })
    })
});

/// Year, month and day as parsed, before resolution.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Parts {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
}

impl Parts {
    fn is_empty(self) -> bool {
        self.year.is_none() && self.month.is_none() && self.day.is_none()
    }
}

/// A number (Arabic, or a Chinese run) at `i`: value, end, count of characters.
fn number_at(text: &str, i: usize) -> Option<(u32, usize, usize)> {
    let rest = text.get(i..)?;
    let first = rest.chars().next()?;
    if first.is_ascii_digit() {
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        if n > 4 {
            return None;
        }
        let value = rest.get(..n)?.parse().ok()?;
        return Some((value, i + n, n));
    }
    if is_chinese_numeral_char(first) && !matches!(first, '万' | '亿' | '百' | '千') {
        let mut end = 0;
        let mut count = 0;
        for c in rest.chars() {
            if !is_chinese_numeral_char(c) || count == 4 {
                break;
            }
            end += c.len_utf8();
            count += 1;
        }
        let value = parse_chinese(rest.get(..end)?)?;
        return Some((u32::try_from(value.mantissa()).ok()?, i + end, count));
    }
    None
}

fn starts(text: &str, at: usize, s: &str) -> bool {
    text.get(at..).is_some_and(|rest| rest.starts_with(s))
}

/// A date point at `i`: `Y年[度]`, `M月[份]`, `D日`/`D号`, in that order; day-only only when
/// `day_alone` (the end of a range).
fn point_at(text: &str, i: usize, day_alone: bool) -> Option<(usize, Parts)> {
    let mut parts = Parts::default();
    let mut p = i;
    if let Some((v, e, n)) = number_at(text, p)
        && n == 4
        && (1900..=2100).contains(&v)
        && starts(text, e, "年")
    {
        parts.year = i32::try_from(v).ok();
        p = e + "年".len();
        if starts(text, p, "度") {
            p += "度".len();
        }
    }
    if let Some((v, e, _)) = number_at(text, p)
        && (1..=12).contains(&v)
        && starts(text, e, "月")
        && !starts(text, e, "月薪")
    {
        parts.month = Some(v);
        p = e + "月".len();
        if starts(text, p, "份") {
            p += "份".len();
        }
    }
    if (parts.month.is_some() || day_alone && parts.year.is_none())
        && let Some((v, e, _)) = number_at(text, p)
        && (1..=31).contains(&v)
        && (starts(text, e, "日") || starts(text, e, "号"))
    {
        parts.day = Some(v);
        p = e + "日".len();
    }
    if parts.is_empty() || parts.year.is_none() && parts.month.is_none() && !day_alone {
        return None;
    }
    Some((p, parts))
}

/// A quarter at `at`: `一季度`, `第一季度`, `1季度`, `前三季度` → (end, first month, last month).
fn quarter_at(text: &str, at: usize) -> Option<(usize, u32, u32)> {
    let mut p = at;
    let first_ones = starts(text, p, "前");
    if first_ones || starts(text, p, "第") {
        p += "前".len();
    }
    let (q, e, _) = number_at(text, p)?;
    if !(1..=4).contains(&q) || !starts(text, e, "季度") {
        return None;
    }
    let end = e + "季度".len();
    Some(if first_ones {
        (end, 1, q * 3)
    } else {
        (end, q * 3 - 2, q * 3)
    })
}

const CONNECTORS: [&str; 7] = ["至", "到", "—", "-", "–", "~", "－"];

fn connector_at(text: &str, at: usize) -> Option<usize> {
    let mut p = at;
    for c in CONNECTORS {
        if starts(text, p, c) {
            p += c.len();
            // `——` counts once.
            if starts(text, p, "—") {
                p += "—".len();
            }
            return Some(p);
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fuzz {
    Early,
    Middle,
    Late,
}

/// A raw mention before year resolution.
#[derive(Debug, Clone, Copy)]
struct Raw {
    start: usize,
    end: usize,
    kind: DateKind,
    first: Parts,
    last: Option<Parts>,
    fuzz: Option<Fuzz>,
    /// A relative year offset (`今年` 0, `去年` −1) that supplies the year.
    relative_year: Option<i32>,
    relative: Option<Relative>,
    reference: Option<PeriodName>,
}

impl Raw {
    fn new(start: usize, end: usize, kind: DateKind) -> Self {
        Raw {
            start,
            end,
            kind,
            first: Parts::default(),
            last: None,
            fuzz: None,
            relative_year: None,
            relative: None,
            reference: None,
        }
    }
}

/// Spans of `《…》` titles (dates inside titles are part of the title).
pub(crate) fn title_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '《' if open.is_none() => open = Some(i),
            '》' => {
                if let Some(s) = open.take() {
                    out.push(Span::new(s, i + c.len_utf8()));
                }
            }
            '\n' | '。' => open = None,
            _ => {}
        }
    }
    out
}

/// The date expression starting at `i`, if any.
fn mention_at(text: &str, i: usize) -> Option<Raw> {
    if let Some((end, (_, name))) = REFERENCES.at(text, i) {
        let mut raw = Raw::new(i, end, DateKind::Reference);
        raw.reference = Some(*name);
        return Some(raw);
    }
    // `自…以来`: since an event named in words.
    if starts(text, i, "自") {
        let window = crate::grammar::ahead(text, i, 90);
        if let Some(j) = window.find("以来") {
            let inner = window.get("自".len()..j).unwrap_or("");
            if !inner.is_empty()
                && !inner.contains([',', ';', '。', '\n', ':'])
                && point_at(text, i + "自".len(), false).is_none()
            {
                let mut raw = Raw::new(i, i + j + "以来".len(), DateKind::Since);
                raw.reference = Some(PeriodName::Event);
                raw.kind = DateKind::Since;
                return Some(raw);
            }
        }
    }
    // 截至 + a date.
    for lead in ["截至", "截止", "截止到", "截至到"] {
        if starts(text, i, lead)
            && let Some(mut raw) = mention_at(text, i + lead.len()).filter(|r| r.relative.is_none())
        {
            raw.start = i;
            raw.kind = DateKind::AsOf;
            return Some(raw);
        }
    }
    let mut raw = None;
    if let Some((end, (surface, relative))) = RELATIVE.at(text, i) {
        let accept = match *surface {
            "现" => starts(text, end, "已"),
            "当前" => false,
            _ => true,
        };
        if accept {
            let mut r = Raw::new(i, end, DateKind::Point);
            r.relative = Some(*relative);
            match relative {
                Relative::Year(offset) => {
                    r.relative_year = Some(*offset);
                    if let Some((e, parts)) =
                        point_at(text, end, false).filter(|(_, p)| p.year.is_none())
                    {
                        r.end = e;
                        r.first = parts;
                        r.relative = None;
                    }
                }
                Relative::AsOf => r.kind = DateKind::AsOf,
                Relative::FirstHalf
                | Relative::SecondHalf
                | Relative::YearEnd
                | Relative::MonthEnd => r.kind = DateKind::Fuzzy,
                Relative::Month(_) => {}
            }
            raw = Some(r);
        }
    }
    let mut raw = match raw {
        Some(r) => r,
        None => match point_at(text, i, false) {
            Some((end, first)) => {
                let mut r = Raw::new(i, end, DateKind::Point);
                r.first = first;
                r
            }
            // `一季度`, `第二季度`, `前三季度` without a year.
            None if quarter_at(text, i).is_some() => {
                let (end, m1, m2) = quarter_at(text, i)?;
                let mut r = Raw::new(i, end, DateKind::Range);
                r.first.month = Some(m1);
                r.last = Some(Parts {
                    year: None,
                    month: Some(m2),
                    day: None,
                });
                r
            }
            // `1—7月`: a bare month number, a connector, a month.
            None => {
                let (m1, e1, _) = number_at(text, i)?;
                let c = connector_at(text, e1)?;
                let (end, last) = point_at(text, c, false)?;
                if !(1..=12).contains(&m1)
                    || last.year.is_some()
                    || last.month.is_none_or(|m2| m2 < m1)
                    || last.day.is_some()
                {
                    return None;
                }
                let mut r = Raw::new(i, end, DateKind::Range);
                r.first.month = Some(m1);
                r.last = Some(last);
                r
            }
        },
    };
    if raw.relative.is_some_and(|r| r == Relative::AsOf) {
        return Some(raw);
    }
    // `2025年一季度`, `今年前三季度`.
    if raw.first.month.is_none()
        && raw.last.is_none()
        && let Some((end, m1, m2)) = quarter_at(text, raw.end)
    {
        raw.first.month = Some(m1);
        raw.last = Some(Parts {
            year: raw.first.year,
            month: Some(m2),
            day: None,
        });
        raw.end = end;
        raw.kind = DateKind::Range;
        if matches!(raw.relative, Some(Relative::Year(_))) {
            raw.relative = None;
        }
    }
    // `1—7月`: a bare month number before a connector.
    if raw.first.is_empty() || raw.first.month.is_none() && raw.first.day.is_none() {
        let p = raw.end;
        if let Some((m1, e1, _)) = number_at(text, p)
            && let Some(c) = connector_at(text, e1)
            && let Some((end, last)) = point_at(text, c, false)
            && last.year.is_none()
            && last.month.is_some()
            && last.day.is_none()
            && (1..=12).contains(&m1)
        {
            raw.first.month = Some(m1);
            raw.last = Some(last);
            raw.end = end;
            raw.kind = DateKind::Range;
            if matches!(raw.relative, Some(Relative::Year(_))) {
                raw.relative = None;
            }
        }
    }
    if raw.last.is_none()
        && !raw.first.is_empty()
        && let Some(c) = connector_at(text, raw.end)
        && let Some((end, last)) = point_at(text, c, true)
    {
        raw.last = Some(last);
        raw.end = end;
        raw.kind = DateKind::Range;
    }
    // Suffixes.
    let last_parts = raw.last.unwrap_or(raw.first);
    for (suffix, fuzz) in [
        ("上旬", Fuzz::Early),
        ("初", Fuzz::Early),
        ("中旬", Fuzz::Middle),
        ("下旬", Fuzz::Late),
        ("底", Fuzz::Late),
        ("末", Fuzz::Late),
    ] {
        if last_parts.day.is_none() && last_parts.month.is_some() && starts(text, raw.end, suffix) {
            raw.fuzz = Some(fuzz);
            raw.end += suffix.len();
            raw.kind = DateKind::Fuzzy;
            break;
        }
    }
    for part in ["上午", "下午", "晚上", "凌晨"] {
        if starts(text, raw.end, part) {
            raw.end += part.len();
        }
    }
    if starts(text, raw.end, "以来") {
        raw.end += "以来".len();
        raw.kind = DateKind::Since;
    } else if starts(text, raw.end, "前")
        && !text
            .get(raw.end + "前".len()..)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| c.is_ascii_digit() || is_chinese_numeral_char(c))
    {
        raw.end += "前".len();
        raw.kind = DateKind::Until;
    }
    Some(raw)
}

fn last_day(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
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
            let mention = resolve(norm, &raw, anchor, &mut sentence_year, &mut last_year);
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

fn resolve(
    norm: &Normalized,
    raw: &Raw,
    anchor: Option<PartialDate>,
    sentence_year: &mut Option<i32>,
    last_year: &mut Option<i32>,
) -> DateMention {
    let at = Span::new(raw.start, raw.end);
    let mut status = Status::Read;
    let derive_year = |parts: Parts, status: &mut Status| -> Option<i32> {
        if let Some(y) = parts.year {
            return Some(y);
        }
        *status = Status::Derived;
        // A month and day after the anchor's would be a date to come: biased to the past.
        let later = |a: PartialDate| match (parts.month, a.month) {
            (Some(m), Some(am)) => {
                m > am || m == am && parts.day.zip(a.day).is_some_and(|(d, ad)| d > ad)
            }
            _ => false,
        };
        if let Some(offset) = raw.relative_year {
            // `今年8月` in a notice published on 2023-01-06 was written in 2022; a deadline
            // (`今年12月底前`) may be to come.
            return anchor.map(|a| {
                let past = offset == 0 && raw.kind != DateKind::Until && later(a);
                let shift = if past { -1 } else { 0 };
                a.year.saturating_add(offset).saturating_add(shift)
            });
        }
        if let Some(y) = *sentence_year {
            return Some(y);
        }
        if let Some(a) = anchor {
            return Some(if later(a) {
                a.year.saturating_sub(1)
            } else {
                a.year
            });
        }
        *last_year
    };
    let first_year = derive_year(raw.first, &mut status);
    if raw.first.year.is_some() {
        *sentence_year = raw.first.year;
        *last_year = raw.first.year;
    }
    let to_date = |year: Option<i32>, parts: Parts| -> Option<PartialDate> {
        let year = year?;
        Some(PartialDate {
            year,
            month: parts.month,
            day: parts.day.filter(|_| parts.month.is_some()),
        })
    };
    let mut value = DateValue::Unresolved;
    if let Some(rel) = raw.relative {
        status = Status::Derived;
        value = match (rel, anchor) {
            (Relative::Year(offset), Some(a)) => {
                DateValue::Date(PartialDate::year(a.year.saturating_add(offset)))
            }
            (Relative::FirstHalf, Some(a)) => DateValue::Period {
                start: Some(PartialDate::month(a.year, 1)),
                end: Some(PartialDate::month(a.year, 6)),
            },
            (Relative::SecondHalf, Some(a)) => DateValue::Period {
                start: Some(PartialDate::month(a.year, 7)),
                end: Some(PartialDate::month(a.year, 12)),
            },
            (Relative::Month(offset), Some(a)) => match a.month {
                Some(m) => {
                    let total = a
                        .year
                        .saturating_mul(12)
                        .saturating_add(i32::try_from(m).unwrap_or(1) - 1)
                        .saturating_add(offset);
                    DateValue::Date(PartialDate::month(
                        total.div_euclid(12),
                        u32::try_from(total.rem_euclid(12)).unwrap_or(0) + 1,
                    ))
                }
                None => DateValue::Unresolved,
            },
            (Relative::YearEnd, Some(a)) => DateValue::Period {
                start: Some(PartialDate::day(a.year, 12, 21)),
                end: Some(PartialDate::day(a.year, 12, 31)),
            },
            (
                Relative::MonthEnd,
                Some(PartialDate {
                    year,
                    month: Some(m),
                    ..
                }),
            ) => DateValue::Period {
                start: Some(PartialDate::day(year, m, 21)),
                end: Some(PartialDate::day(year, m, last_day(year, m))),
            },
            (Relative::AsOf, Some(a)) => DateValue::Date(a),
            _ => DateValue::Unresolved,
        };
    } else if raw.kind != DateKind::Reference {
        let first = to_date(first_year, raw.first);
        value = match (first, raw.last) {
            (Some(f), Some(last)) => {
                let mut l = last;
                if l.year.is_none() {
                    l.year = Some(f.year);
                    if l.month.is_none() {
                        l.month = f.month;
                    }
                }
                DateValue::Period {
                    start: Some(f),
                    end: to_date(l.year, l),
                }
            }
            (Some(f), None) => DateValue::Date(f),
            (None, _) => DateValue::Unresolved,
        };
        if let Some(fuzz) = raw.fuzz {
            status = Status::Derived;
            let (start_p, end_p) = match value {
                DateValue::Date(d) => (d, d),
                DateValue::Period {
                    start: Some(s),
                    end: Some(e),
                } => (s, e),
                _ => (PartialDate::year(0), PartialDate::year(0)),
            };
            if let (Some(sm), Some(em)) = (start_p.month, end_p.month) {
                let (from, to) = match fuzz {
                    Fuzz::Early => (1, 10),
                    Fuzz::Middle => (11, 20),
                    Fuzz::Late => (21, last_day(end_p.year, em)),
                };
                value = DateValue::Period {
                    start: Some(PartialDate::day(start_p.year, sm, from)),
                    end: Some(PartialDate::day(end_p.year, em, to)),
                };
            }
        }
    }
    value = match (raw.kind, value) {
        (DateKind::Since, DateValue::Date(d)) => DateValue::Period {
            start: Some(d),
            end: None,
        },
        (DateKind::Since, DateValue::Period { start, .. }) => {
            DateValue::Period { start, end: None }
        }
        (DateKind::Until, DateValue::Date(d)) => DateValue::Period {
            start: None,
            end: Some(d),
        },
        (DateKind::Until, DateValue::Period { end, .. }) => DateValue::Period { start: None, end },
        (_, v) => v,
    };
    if raw.kind == DateKind::Reference || raw.reference == Some(PeriodName::Event) {
        status = Status::Derived;
        value = DateValue::Unresolved;
    }
    DateMention {
        span: norm.original(at),
        at,
        written: norm.get(at).to_owned(),
        kind: raw.kind,
        value,
        status,
        reference: raw.reference,
    }
}
