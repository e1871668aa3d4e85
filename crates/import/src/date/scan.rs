//! Reading date expressions: numerals with 年/月/日, ranges and their connectors, quarters,
//! relative words (`grammar/relative_dates.tsv`), back-references (`grammar/references.tsv`),
//! fuzzy parts of a month and the suffixes `以来` and `前`; each as a raw mention.

use std::sync::LazyLock;

use super::{DateKind, PeriodName};
use crate::grammar::Lexicon;
use crate::numeral::{is_chinese_numeral_char, parse_chinese};
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Relative {
    Year(i32),
    FirstHalf,
    SecondHalf,
    Month(i32),
    YearEnd,
    MonthEnd,
    AsOf,
}

static RELATIVE: LazyLock<Lexicon<Relative>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../../grammar/relative_dates.tsv"), |cells| {
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
    Lexicon::new(include_str!("../../grammar/references.tsv"), |cells| {
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
pub(super) struct Parts {
    pub(super) year: Option<i32>,
    pub(super) month: Option<u32>,
    pub(super) day: Option<u32>,
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
pub(super) enum Fuzz {
    Early,
    Middle,
    Late,
}

/// A raw mention before year resolution.
#[derive(Debug, Clone, Copy)]
pub(super) struct Raw {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: DateKind,
    pub(super) first: Parts,
    pub(super) last: Option<Parts>,
    /// The part of the month of the end (of the date when it is no range).
    pub(super) fuzz: Option<Fuzz>,
    /// The part of the month of the start of a range (`10月中旬至12月中旬`).
    pub(super) first_fuzz: Option<Fuzz>,
    /// A relative year offset (`今年` 0, `去年` −1) that supplies the year.
    pub(super) relative_year: Option<i32>,
    pub(super) relative: Option<Relative>,
    pub(super) reference: Option<PeriodName>,
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
            first_fuzz: None,
            relative_year: None,
            relative: None,
            reference: None,
        }
    }
}

/// The part of a month written at `at` after `parts` (`初`, `中旬`, `底` …): where it ends and
/// which part; only after a month without a day.
fn fuzz_at(text: &str, at: usize, parts: Parts) -> Option<(usize, Fuzz)> {
    if parts.day.is_some() || parts.month.is_none() {
        return None;
    }
    [
        ("上旬", Fuzz::Early),
        ("初", Fuzz::Early),
        ("中旬", Fuzz::Middle),
        ("下旬", Fuzz::Late),
        ("底", Fuzz::Late),
        ("末", Fuzz::Late),
    ]
    .into_iter()
    .find(|(suffix, _)| starts(text, at, suffix))
    .map(|(suffix, fuzz)| (at + suffix.len(), fuzz))
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
pub(super) fn mention_at(text: &str, i: usize) -> Option<Raw> {
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
    if let Some((end, fuzz)) = fuzz_at(text, raw.end, last_parts) {
        raw.fuzz = Some(fuzz);
        raw.end = end;
        raw.kind = DateKind::Fuzzy;
        // `10月中旬至12月中旬`: a range between parts of months.
        if raw.last.is_none()
            && let Some(c) = connector_at(text, raw.end)
            && let Some((end, last)) = point_at(text, c, true)
            && last.day.is_none()
            && last.month.is_some()
        {
            raw.first_fuzz = raw.fuzz.take();
            raw.last = Some(last);
            raw.end = end;
            if let Some((end, fuzz)) = fuzz_at(text, raw.end, last) {
                raw.fuzz = Some(fuzz);
                raw.end = end;
            }
        }
    }
    // `2022年底`, `2022年末`: the end of December.
    if raw.fuzz.is_none()
        && last_parts.month.is_none()
        && last_parts.year.is_some()
        && (starts(text, raw.end, "底") || starts(text, raw.end, "末"))
    {
        match raw.last.as_mut() {
            Some(last) => last.month = Some(12),
            None => raw.first.month = Some(12),
        }
        raw.fuzz = Some(Fuzz::Late);
        raw.end += "底".len();
        raw.kind = DateKind::Fuzzy;
    }
    for part in super::PARTS_OF_DAY {
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
