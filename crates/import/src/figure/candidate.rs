//! Candidate readings and the choice among them: a count with the longest measure word of
//! `grammar/units.tsv`, an ordinal after `第`, a rank after `位列`/`排名`/`倒数第`, a rank read from
//! words (`末位`); numerals inside dates, titles, short quotations, document numbers and the
//! idioms of `grammar/exclusions.tsv` give none.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::context::{kind_from_context, subject};
use super::scan::{clause_start, ends, starts};
use super::{Figure, Rank};
use crate::codes::{Kind, Qualifier, Unit};
use crate::date::title_spans;
use crate::grammar::Lexicon;
use crate::numeral::{Numeral, Script};
use crate::span::{Span, Status};
use crate::text::Normalized;

#[derive(Debug, Clone, Copy)]
struct UnitEntry {
    pub(super) unit: Unit,
    pub(super) kind: Kind,
}

static UNITS: LazyLock<Lexicon<UnitEntry>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../../grammar/units.tsv"), |cells| {
        Some(UnitEntry {
            unit: Unit::from_code(cells.first()?)?,
            kind: Kind::from_code(cells.get(1)?)?,
        })
    })
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    Before,
    Between,
    After,
}

static QUALIFIERS: LazyLock<Lexicon<(Qualifier, Position)>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../../grammar/qualifiers.tsv"), |cells| {
        let q = Qualifier::from_code(cells.first()?)?;
        let p = match *cells.get(1)? {
            "before" => Position::Before,
            "between" => Position::Between,
            "after" => Position::After,
            _ => return None,
        };
        Some((q, p))
    })
});

static EXCLUSIONS: LazyLock<Lexicon<()>> =
    LazyLock::new(|| Lexicon::new(include_str!("../../grammar/exclusions.tsv"), |_| Some(())));

/// Whether the grammar tables of this layer are well formed (for tests).
pub fn tables_ready() -> bool {
    UNITS.is_ready()
        && QUALIFIERS.is_ready()
        && EXCLUSIONS.is_ready()
        && super::relation::progress_ready()
}

/// The unit of a measure word as written (`家(次)` → [`Unit::EstablishmentTime`]), from the
/// grammar table.
pub fn unit_of(measure_word: &str) -> Option<Unit> {
    UNITS
        .entries
        .iter()
        .find(|(s, _)| *s == measure_word)
        .map(|(_, e)| e.unit)
}

/// Every measure word of the grammar table, with its unit and default kind.
pub fn measure_words() -> impl Iterator<Item = (&'static str, Unit, Kind)> {
    UNITS.entries.iter().map(|(s, e)| (*s, e.unit, e.kind))
}

/// Spans of short quotations, document numbers and excluded idioms.
pub(super) fn excluded_spans(text: &str) -> Vec<Span> {
    let mut out = title_spans(text);
    // Short quotations: `"一圈一谷"`, `“三个一批”`.
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '"' | '“') => open = Some((i, c)),
            (Some((s, _)), '"' | '”') => {
                if i - s <= 45 {
                    out.push(Span::new(s, i + c.len_utf8()));
                }
                open = None;
            }
            (Some(_), '\n') => open = None,
            _ => {}
        }
    }
    // Document numbers: `〔2025〕12号`, `[2024]11号`, `【2025】2号`.
    for (i, c) in text.char_indices() {
        if matches!(c, '〔' | '[' | '【') {
            let rest = text.get(i..).unwrap_or("");
            let limit = rest
                .char_indices()
                .take(16)
                .find(|&(_, d)| d == '号')
                .map(|(j, d)| j + d.len_utf8());
            if let Some(end) = limit {
                out.push(Span::new(i, i + end));
            }
        }
    }
    for (s, e, _) in EXCLUSIONS.find_all(text) {
        out.push(Span::new(s, e));
    }
    out.sort();
    out
}

pub(super) fn overlaps_any(sorted: &[Span], span: Span) -> bool {
    let i = sorted.partition_point(|s| s.end <= span.start);
    sorted
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .take_while(|s| s.start < span.end)
        .any(|s| s.overlaps(span))
}

/// A reading of one place of the text, before the choice: a numeral may read as a count, an
/// ordinal or a rank; words may read as a rank (`末位`).
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The figure this reading gives (no relations or period yet).
    pub figure: Figure,
    /// How specific the rule is; the highest score of overlapping candidates wins (ranks 30,
    /// ranks in words 25, ordinals 20, measure words 10).
    pub score: u32,
    /// The index of the numeral read (in [`numeral::scan`](crate::numeral::scan) of the normalized text), or
    /// `usize::MAX` for a reading of words.
    pub numeral_index: usize,
}

const RANK_BEFORE: [&str; 7] = [
    "排名第",
    "位列第",
    "位居第",
    "名列第",
    "排在第",
    "排第",
    "居第",
];
const RANK_TOP: [&str; 5] = ["位列前", "排名前", "位居前", "名列前", "进入前"];
pub(super) const RANK_PLAIN: [&str; 5] = ["位列", "位居", "排名", "名列", "排在"];

fn make(
    norm: &Normalized,
    at: Span,
    number: Span,
    value: Decimal,
    unit: Unit,
    unit_label: &str,
    kind: Kind,
) -> Figure {
    let span = norm.original(at);
    Figure {
        value,
        unit,
        unit_label: unit_label.to_owned(),
        kind,
        qualifier: None,
        decrease: false,
        status: Status::Read,
        span,
        at,
        number: norm.original(number),
        written: norm.original_text(span).to_owned(),
        subject: None,
        rank: None,
        relation: None,
        all_resolved: None,
        period: None,
        since: None,
        rule: "",
    }
}

pub(super) fn numeral_candidates(norm: &Normalized, n: &Numeral, index: usize) -> Vec<Candidate> {
    let text = norm.text.as_str();
    let (s, e) = (n.span.start, n.span.end);
    let mut out = Vec::new();
    // Ranks.
    let from_bottom = ends(text, s, "倒数第");
    // `排名全市第一`, `位列全省前十`, `获得全省第一名`: a ranking word earlier in the clause.
    let lead = text.get(clause_start(text, s)..s).unwrap_or("");
    let rank_word = ["排名", "位列", "位居", "名列", "排在", "进入"]
        .iter()
        .any(|w| lead.contains(w));
    let ranked = from_bottom
        || RANK_BEFORE.iter().any(|w| ends(text, s, w))
        || ends(text, s, "第") && (rank_word || starts(text, e, "名") || starts(text, e, "位"));
    let top = RANK_TOP.iter().any(|w| ends(text, s, w)) || ends(text, s, "前") && rank_word;
    let plain = RANK_PLAIN.iter().any(|w| ends(text, s, w))
        && (starts(text, e, "名") || starts(text, e, "位"));
    if ranked || top || plain {
        let mut end = e;
        if starts(text, end, "名") || starts(text, end, "位") {
            end += "名".len();
        }
        let at = Span::new(s, end);
        let mut f = make(
            norm,
            at,
            n.span,
            n.value,
            Unit::RankPosition,
            text.get(e..end).unwrap_or(""),
            Kind::Rank,
        );
        f.rank = Some(Rank {
            out_of: None,
            out_of_span: None,
            from_bottom,
            among: None,
        });
        if top {
            f.qualifier = Some(Qualifier::AtMost);
        }
        f.rule = "rank";
        out.push(Candidate {
            figure: f,
            score: 30,
            numeral_index: index,
        });
        return out;
    }
    // A measure word, after an optional 余/多.
    let mut p = e;
    let mut between = None;
    if let Some((end, (_, (q, Position::Between)))) = QUALIFIERS.at(text, p) {
        between = Some(*q);
        p = end;
    }
    let Some((unit_end, (surface, entry))) = UNITS.at(text, p) else {
        return out;
    };
    let mut unit = entry.unit;
    let mut value = n.value;
    let mut label = (*surface).to_owned();
    // Money with its magnitude: the numeral's 万/亿 and 元.
    if unit == Unit::Yuan && n.magnitude > 0 {
        unit = if n.magnitude == 4 {
            Unit::TenThousandYuan
        } else {
            Unit::HundredMillionYuan
        };
        value = n.mantissa;
        label = format!("{}元", if n.magnitude == 4 { "万" } else { "亿" });
    }
    // Years as a duration only for small numbers (`两年`), never `2025年`.
    if unit == Unit::Year && n.value >= Decimal::from(100) {
        return out;
    }
    // A Chinese `一` counts only with a few measure words (`一名`, `一个月`), not in
    // `一项重要任务`.
    if n.script == Script::Chinese
        && n.value == Decimal::ONE
        && !ends(text, s, "第")
        && !matches!(
            unit,
            Unit::PersonMing
                | Unit::Person
                | Unit::Month
                | Unit::Year
                | Unit::Day
                | Unit::WorkingDay
        )
    {
        return out;
    }
    let mut start = s;
    let mut qualifier = between;
    for (q_surface, (q, pos)) in QUALIFIERS.entries.iter().map(|(a, b)| (*a, *b)) {
        if pos == Position::Before && ends(text, s, q_surface) {
            qualifier = Some(q);
            start = s - q_surface.len();
            break;
        }
    }
    let mut end = unit_end;
    if let Some((q_end, (_, (q, Position::After)))) = QUALIFIERS.at(text, end) {
        qualifier = Some(*q);
        end = q_end;
    }
    let ordinal = ends(text, s, "第");
    // Chinese numerals before 期/批 name phases (`二期项目`) unless ordinal.
    if n.script == Script::Chinese && !ordinal && matches!(unit, Unit::Session | Unit::Batch) {
        return out;
    }
    // `第一天`, `第二年`: a point in time, not a figure; `每一名党员` says every one.
    let time_unit = matches!(
        unit,
        Unit::Day | Unit::Year | Unit::Month | Unit::WorkingDay | Unit::Hour
    );
    if ordinal && time_unit || ends(text, s, "每") {
        return out;
    }
    if ordinal {
        start = s - "第".len();
    }
    // `区委一、二、三轮巡察`: the last of an enumeration of single numerals, an ordinal (not 3
    // rounds).
    let enumerated = n.script == Script::Chinese
        && text
            .get(..s)
            .and_then(|h| h.strip_suffix('、'))
            .is_some_and(|h| {
                let mut back = h.chars().rev();
                back.next()
                    .is_some_and(crate::numeral::is_chinese_numeral_char)
                    && !back
                        .next()
                        .is_some_and(crate::numeral::is_chinese_numeral_char)
            });
    // `1-16批`: the last of a range of batches, an ordinal (not 16 batches).
    let range_end = matches!(unit, Unit::Batch | Unit::Session)
        && text
            .get(..s)
            .and_then(|h| h.strip_suffix(['-', '—', '–', '至', '~']))
            .is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()));
    let kind = if ordinal || range_end || enumerated {
        Kind::Ordinal
    } else {
        kind_from_context(text, start, entry.kind, unit)
    };
    let mut f = make(
        norm,
        Span::new(start, end),
        n.span,
        value,
        unit,
        &label,
        kind,
    );
    // `2.3万亩` → 23000 亩: converted from the magnitude, not written.
    if n.magnitude > 0 && !matches!(unit, Unit::TenThousandYuan | Unit::HundredMillionYuan) {
        f.value = f.value.normalize();
        f.status = Status::Derived;
    }
    f.qualifier = qualifier;
    let lead = text.get(clause_start(text, start)..start).unwrap_or("");
    f.decrease = ["下降", "减少", "降低", "回落", "缩减", "下滑", "压减"]
        .iter()
        .any(|w| lead.ends_with(w));
    f.subject = subject(text, start, end);
    f.rule = if ordinal { "ordinal" } else { "measure_word" };
    out.push(Candidate {
        figure: f,
        score: if ordinal { 20 } else { 10 },
        numeral_index: index,
    });
    out
}

/// Ranks stated in words: `末位` (1 from the bottom), `首位` (1).
pub(super) fn word_ranks(norm: &Normalized) -> Vec<Candidate> {
    let text = norm.text.as_str();
    let mut out = Vec::new();
    for (word, from_bottom) in [
        ("末位", true),
        ("倒数第一", true),
        ("首位", false),
        ("第一位", false),
    ] {
        let mut from = 0;
        while let Some(found) = text.get(from..).and_then(|r| r.find(word)) {
            let s = from + found;
            let at = Span::new(s, s + word.len());
            let mut f = make(
                norm,
                at,
                at,
                Decimal::ONE,
                Unit::RankPosition,
                "",
                Kind::Rank,
            );
            f.status = Status::Derived;
            f.rank = Some(Rank {
                out_of: None,
                out_of_span: None,
                from_bottom,
                among: None,
            });
            f.rule = "rank_word";
            out.push(Candidate {
                figure: f,
                score: 25,
                numeral_index: usize::MAX,
            });
            from = s + word.len();
        }
    }
    out
}

/// The best candidate of each place, without overlaps, in text order.
pub(super) fn choose(mut candidates: Vec<Candidate>) -> Vec<Figure> {
    candidates.sort_by_key(|c| (c.figure.at.start, std::cmp::Reverse(c.score)));
    let mut chosen: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        match chosen.last_mut() {
            Some(last)
                if last.figure.at.overlaps(c.figure.at)
                    || c.numeral_index != usize::MAX && last.numeral_index == c.numeral_index =>
            {
                if (c.score, c.figure.at.len()) > (last.score, last.figure.at.len()) {
                    *last = c;
                }
            }
            _ => chosen.push(c),
        }
    }
    chosen.into_iter().map(|c| c.figure).collect()
}
