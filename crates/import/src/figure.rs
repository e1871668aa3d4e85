//! Figures: a numeral with a measure word or unit, what it counts, how exact it is, the period
//! it refers to and how it relates to other figures.
//!
//! Candidates are generated for every numeral (a count with the longest measure word of
//! `grammar/units.tsv`, an ordinal after `第`, a rank after `位列`/`排名`/`倒数第`, a rank read
//! from words such as `末位`), then the best candidate of each numeral is chosen. Relations
//! are found afterwards: parts in parentheses that add up to the figure before them
//! ([`RelationKind::PartOf`]), `其中` parts ([`RelationKind::OfWhich`]), and found / resolved
//! / remaining triples (`发现隐患1018处,已整改1013处,剩余5处`).
//!
//! Numerals inside dates, `《…》` titles, short quotations (`"一圈一谷"`), document numbers
//! and the idioms of `grammar/exclusions.tsv` are not figures.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use crate::codes::{Kind, Qualifier, Unit};
use crate::date::{DateKind, DateMention, title_spans};
use crate::grammar::Lexicon;
use crate::numeral::{self, Numeral, Script};
use crate::span::{Span, Status};
use crate::text::Normalized;

/// A figure found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// The value, exactly as written (for money: in the unit written, `131.2` 亿元).
    pub value: Decimal,
    /// The unit.
    pub unit: Unit,
    /// The unit as written (`家(次)`, `亿元`, `名`).
    pub unit_label: String,
    /// What kind of figure it is.
    pub kind: Kind,
    /// How exact it is.
    pub qualifier: Option<Qualifier>,
    /// Whether the words before it say it is a fall (`同比下降3.2%`, `减少5个`): the value
    /// stays as written (positive).
    pub decrease: bool,
    /// Read from the numeral, or derived from words (`末位`).
    pub status: Status,
    /// The whole figure (qualifier, numeral, unit), in original bytes.
    pub span: Span,
    /// The whole figure in the normalized text.
    pub at: Span,
    /// The numeral (or the words a derived value comes from), in original bytes.
    pub number: Span,
    /// The figure as written in the original (`１７２份`, `1,185项`).
    pub written: String,
    /// What is counted, as worded near the figure (`党工委会议`, `整改通知书`).
    pub subject: Option<String>,
    /// For a rank: out of how many and from which end.
    pub rank: Option<Rank>,
    /// How the figure relates to another figure of the same list.
    pub relation: Option<Relation>,
    /// The words saying that all of it was resolved (`46项一般问题隐患均全部整改完毕`), in
    /// original bytes, when no other figure counts what was resolved.
    pub all_resolved: Option<Span>,
    /// The index, in the date mentions given to [`extract`], of the period the figure refers
    /// to (`今年以来`, `截至目前`, `1—7月`).
    pub period: Option<usize>,
    /// For a figure counted up to now (`截至目前`): the index of the start its sentence names
    /// before (`今年以来,…截至目前已排查…110家`).
    pub since: Option<usize>,
    /// The rule that produced the figure (for diagnostics).
    pub rule: &'static str,
}

/// Where a rank stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rank {
    /// How many were ranked, when stated (`全国178家高新区` → 178).
    pub out_of: Option<Decimal>,
    /// Where the out-of figure is, in original bytes.
    pub out_of_span: Option<Span>,
    /// Whether the position counts from the bottom (`倒数`, `末位`).
    pub from_bottom: bool,
    /// The field ranked among, as worded (`国家高新区`).
    pub among: Option<String>,
}

/// How a figure relates to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelationKind {
    /// A part of a total that its parts add up to (in parentheses after the total).
    PartOf,
    /// An "of which" (其中) part of a total.
    OfWhich,
    /// How many of a found total were resolved (已整改).
    ResolvedOf,
    /// How many of a found total remain (剩余).
    RemainingOf,
}

impl RelationKind {
    /// The snake_case code (`part_of`, `of_which`, `resolved_of`, `remaining_of`).
    pub const fn code(self) -> &'static str {
        match self {
            Self::PartOf => "part_of",
            Self::OfWhich => "of_which",
            Self::ResolvedOf => "resolved_of",
            Self::RemainingOf => "remaining_of",
        }
    }
}

/// A relation to the figure at index `target` of the same list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Relation {
    /// What the relation is.
    pub kind: RelationKind,
    /// The index of the other figure.
    pub target: usize,
}

#[derive(Debug, Clone, Copy)]
struct UnitEntry {
    unit: Unit,
    kind: Kind,
}

static UNITS: LazyLock<Lexicon<UnitEntry>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../grammar/units.tsv"), |cells| {
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
    Lexicon::new(include_str!("../grammar/qualifiers.tsv"), |cells| {
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
    LazyLock::new(|| Lexicon::new(include_str!("../grammar/exclusions.tsv"), |_| Some(())));

/// Whether the grammar tables of this layer are well formed (for tests).
pub fn tables_ready() -> bool {
    UNITS.is_ready() && QUALIFIERS.is_ready() && EXCLUSIONS.is_ready()
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

fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|h| h.chars().next_back())
}

fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|r| r.chars().next())
}

fn ends(text: &str, at: usize, s: &str) -> bool {
    text.get(..at).is_some_and(|h| h.ends_with(s))
}

fn starts(text: &str, at: usize, s: &str) -> bool {
    text.get(at..).is_some_and(|h| h.starts_with(s))
}

fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '。' | '\n' | '、' | '(' | ')' | '!' | '?' | '"' | '“' | '”'
    )
}

/// Start of the clause that contains `at` (bounded look-back).
fn clause_start(text: &str, at: usize) -> usize {
    let lo = at.saturating_sub(120);
    let mut i = at;
    for (j, c) in text.get(..at).unwrap_or("").char_indices().rev() {
        if j < lo {
            break;
        }
        if is_clause_break(c) {
            return j + c.len_utf8();
        }
        i = j;
    }
    i
}

/// Start of the sentence (`。`, `;` or a new line) that contains `at`, bounded; scans bytes.
fn sentence_start(text: &str, at: usize, semicolon: bool) -> usize {
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    let lo = at.saturating_sub(1200);
    let mut i = at;
    while i > lo {
        let b = bytes.get(i - 1).copied().unwrap_or(0);
        if b == b'\n' || semicolon && b == b';' {
            return i;
        }
        // `。` is E3 80 82.
        if b == 0x82 && i >= 3 && bytes.get(i - 3) == Some(&0xE3) && bytes.get(i - 2) == Some(&0x80)
        {
            return i;
        }
        i -= 1;
    }
    // On a character boundary.
    while i < at && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Spans of short quotations, document numbers and excluded idioms.
fn excluded_spans(text: &str) -> Vec<Span> {
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

fn overlaps_any(sorted: &[Span], span: Span) -> bool {
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
    /// The index of the numeral read (in [`numeral::scan`] of the normalized text), or
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
const RANK_PLAIN: [&str; 5] = ["位列", "位居", "排名", "名列", "排在"];

const VERBS: [&str; 40] = [
    "召开",
    "开展",
    "组建",
    "划分",
    "设置",
    "建立",
    "选派",
    "明确",
    "形成",
    "排查",
    "下发",
    "发现",
    "收到",
    "涵盖了",
    "涵盖",
    "承接",
    "印发",
    "制定",
    "设立",
    "新增",
    "完成",
    "通过",
    "对照",
    "指导",
    "规范",
    "摘除",
    "合并",
    "提出",
    "给予",
    "问责",
    "确定",
    "盘活",
    "出租",
    "组织",
    "覆盖",
    "研究",
    "培育",
    "申报",
    "查处",
    "梳理",
];
const ADVERBS: [&str; 16] = [
    "共",
    "累计",
    "已",
    "先后",
    "现",
    "目前",
    "共计",
    "合计",
    "均",
    "累计完成",
    "实现",
    "完成",
    "达到",
    "达",
    "总计",
    "全区",
];

/// The words before a numeral, from the clause start, without leading adverbs and verbs.
fn subject_before(text: &str, start: usize) -> Option<String> {
    let cs = clause_start(text, start);
    let mut s = text.get(cs..start)?.trim();
    // A measure marker is no part of the subject (`一是召开会议`).
    if let Some(m) = s.char_indices().find(|&(_, c)| c == '是').map(|(j, _)| j)
        && m > 0
        && s.get(..m)
            .is_some_and(|head| head.chars().all(crate::numeral::is_chinese_numeral_char))
    {
        s = s.get(m + '是'.len_utf8()..).unwrap_or(s);
    }
    loop {
        let before = s;
        for w in ADVERBS.iter().chain(VERBS.iter()) {
            if let Some(rest) = s.strip_prefix(w) {
                s = rest;
            }
        }
        if s == before {
            break;
        }
    }
    for w in ADVERBS {
        if let Some(rest) = s.strip_suffix(w) {
            s = rest;
        }
    }
    (!s.is_empty()).then(|| s.to_owned())
}

fn subject_after(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let mut len = 0;
    for (n, c) in rest.char_indices().take(14) {
        let ideograph = ('\u{4E00}'..='\u{9FFF}').contains(&c);
        if !ideograph || (n > 0 && matches!(c, '和' | '及' | '与' | '等')) {
            break;
        }
        len = n + c.len_utf8();
    }
    let s = rest.get(..len)?;
    (s.chars().count() >= 2).then(|| s.to_owned())
}

fn subject(text: &str, start: usize, end: usize) -> Option<String> {
    let cs = clause_start(text, start);
    let lead = text.get(cs..start).unwrap_or("");
    let verb_lead = VERBS
        .iter()
        .chain(ADVERBS.iter())
        .any(|v| lead.ends_with(v))
        || lead.is_empty();
    if verb_lead && let Some(after) = subject_after(text, end) {
        return Some(after);
    }
    subject_before(text, start).or_else(|| subject_after(text, end))
}

fn kind_from_context(text: &str, start: usize, default: Kind, unit: Unit) -> Kind {
    let cs = clause_start(text, start);
    let lead = text.get(cs..start).unwrap_or("");
    if unit == Unit::Percent || unit == Unit::PercentagePoint {
        if lead.contains("同比") {
            return Kind::YearOnYearGrowth;
        }
        if lead.contains("较上年") || lead.contains("比上年") || lead.contains("较去年") {
            return Kind::ChangeOnPreviousYear;
        }
        if lead.contains("占比") || lead.contains("占") {
            return Kind::Share;
        }
        return Kind::Rate;
    }
    if lead.contains("平均") || lead.contains("人均") {
        return Kind::Average;
    }
    default
}

/// Every figure of a normalized text; `dates` are the text's date mentions (from
/// [`date::extract`](crate::date::extract)), which supply periods and whose numerals are not
/// figures.
///
/// # Examples
///
/// ```
/// use inspection_report_import::{date, figure, text};
///
/// let text = text::normalize("今年以来,共召开 5 次党工委会议,发现隐患1018处,现已整改1013处,剩余5处。");
/// let dates = date::extract(&text, None);
/// let figures = figure::extract(&text, &dates);
/// let values: Vec<String> = figures.iter().map(|f| format!("{}{}", f.value, f.unit_label)).collect();
/// assert_eq!(values, ["5次", "1018处", "1013处", "5处"]);
/// assert_eq!(figures[0].subject.as_deref(), Some("党工委会议"));
/// assert_eq!(figures[2].relation.map(|r| (r.kind.code(), r.target)), Some(("resolved_of", 1)));
/// ```
pub fn extract(norm: &Normalized, dates: &[DateMention]) -> Vec<Figure> {
    let text = norm.text.as_str();
    let mut figures = choose(candidates(norm, dates));
    attach_out_of(text, &mut figures);
    relate_parentheses(text, &mut figures);
    relate_of_which(text, &mut figures);
    relate_subsets(text, &mut figures);
    relate_progress(norm, &mut figures);
    attach_periods(text, &mut figures, dates);
    figures
}

/// Every candidate reading of the text, in no particular order: what [`extract`] chooses from.
/// Numerals inside `dates`, titles, short quotations, document numbers and excluded idioms
/// give none.
pub fn candidates(norm: &Normalized, dates: &[DateMention]) -> Vec<Candidate> {
    let text = norm.text.as_str();
    let mut excluded = excluded_spans(text);
    excluded.extend(dates.iter().map(|d| d.at));
    excluded.sort();
    let mut out: Vec<Candidate> = Vec::new();
    for (index, n) in numeral::scan(text).iter().enumerate() {
        if !overlaps_any(&excluded, n.span) {
            out.extend(numeral_candidates(norm, n, index));
        }
    }
    out.extend(word_ranks(norm));
    out
}

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

fn numeral_candidates(norm: &Normalized, n: &Numeral, index: usize) -> Vec<Candidate> {
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
        || ends(text, s, "第") && (rank_word || starts(text, e, "名"));
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
    if ordinal {
        start = s - "第".len();
    }
    let kind = if ordinal {
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
fn word_ranks(norm: &Normalized) -> Vec<Candidate> {
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
fn choose(mut candidates: Vec<Candidate>) -> Vec<Figure> {
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

/// Indices of the figures that start in `from..to` (figures are in text order).
fn within(figures: &[Figure], from: usize, to: usize) -> std::ops::Range<usize> {
    let a = figures.partition_point(|f| f.at.start < from);
    let b = figures.partition_point(|f| f.at.start < to);
    a..b.max(a)
}

/// A rank takes the nearest count of establishments or pieces before it in its sentence as its
/// out-of (`全国178家高新区…位列151名`); that count is then no figure of its own.
fn attach_out_of(text: &str, figures: &mut Vec<Figure>) {
    let mut consumed = vec![false; figures.len()];
    for r in 0..figures.len() {
        if figures.get(r).is_none_or(|f| f.kind != Kind::Rank) {
            continue;
        }
        let Some(rank_at) = figures.get(r).map(|f| f.at) else {
            continue;
        };
        let ss = sentence_start(text, rank_at.start, false);
        let found = within(figures, ss, rank_at.start).rev().find(|&c| {
            figures.get(c).is_some_and(|f| {
                f.kind == Kind::Count
                    && matches!(f.unit, Unit::Establishment | Unit::Piece | Unit::Other)
                    && !consumed.get(c).copied().unwrap_or(true)
            })
        });
        if let Some(c) = found {
            let (value, span, among_at) = match figures.get(c) {
                Some(f) => (f.value, f.span, f.at.end),
                None => continue,
            };
            let keyword_at = [RANK_PLAIN.as_slice(), &["倒数", "末位", "首位", "中"]]
                .concat()
                .iter()
                .filter_map(|w| {
                    text.get(among_at..rank_at.start)
                        .and_then(|between| between.find(w))
                })
                .min()
                .map_or(rank_at.start, |k| among_at + k);
            let among = text
                .get(among_at..keyword_at)
                .map(|s| s.trim_end_matches(['中', '在']))
                .filter(|s| !s.is_empty() && s.chars().count() <= 20);
            if let Some(rank) = figures.get_mut(r).and_then(|f| f.rank.as_mut()) {
                rank.out_of = Some(value);
                rank.out_of_span = Some(span);
                rank.among = among.map(str::to_owned);
            }
            if let Some(flag) = consumed.get_mut(c) {
                *flag = true;
            }
        }
    }
    let mut index = 0;
    figures.retain(|_| {
        let keep = !consumed.get(index).copied().unwrap_or(false);
        index += 1;
        keep
    });
}

/// Parts in parentheses right after a figure, in its unit, that add up to it.
fn relate_parentheses(text: &str, figures: &mut [Figure]) {
    for (p, c) in text.char_indices() {
        if c != '(' {
            continue;
        }
        let close = text
            .get(p..)
            .and_then(|r| {
                r.char_indices()
                    .take(120)
                    .find(|&(_, d)| d == ')' || d == '\n')
            })
            .map(|(j, _)| p + j);
        let Some(close) = close else { continue };
        let before = within(figures, 0, p);
        let Some(total) = before.end.checked_sub(1).filter(|&t| {
            figures
                .get(t)
                .is_some_and(|f| f.at.end <= p && p - f.at.end <= 30)
        }) else {
            continue;
        };
        let unit = figures.get(total).map(|f| f.unit);
        let parts: Vec<usize> = within(figures, p, close)
            .filter(|&i| {
                figures.get(i).is_some_and(|f| {
                    f.at.end <= close && Some(f.unit) == unit && f.relation.is_none()
                })
            })
            .collect();
        let sum = parts
            .iter()
            .filter_map(|&i| figures.get(i))
            .try_fold(Decimal::ZERO, |acc, f| acc.checked_add(f.value));
        if parts.len() >= 2 && figures.get(total).is_some_and(|t| Some(t.value) == sum) {
            for i in parts {
                if let Some(f) = figures.get_mut(i) {
                    f.relation = Some(Relation {
                        kind: RelationKind::PartOf,
                        target: total,
                    });
                }
            }
        }
    }
}

/// The length of the longest common suffix of two texts, in characters.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// Words right before a figure's numeral (what it is a figure of).
fn head(text: &str, f: &Figure) -> String {
    let cs = clause_start(text, f.at.start);
    text.get(cs..f.at.start).unwrap_or("").to_owned()
}

/// `其中` parts: figures after `其中` up to the end of the sentence, each related to the figure
/// before it of the same unit and a larger value whose wording is most alike.
fn relate_of_which(text: &str, figures: &mut [Figure]) {
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|r| r.find("其中")) {
        let at = from + found;
        from = at + "其中".len();
        // Antecedents: the same sentence, or the previous one when `其中` opens a sentence; the
        // parts run to the end of the sentence when it opens one, else to the end of the clause.
        let mut ss = sentence_start(text, at, false);
        let opens = text.get(ss..at).is_some_and(|s| s.trim().is_empty());
        let stops: &[char] = if opens {
            &['。', '\n']
        } else {
            &['。', '\n', ';']
        };
        let window = crate::grammar::ahead(text, at, 900);
        let scope_end = at + window.find(stops).unwrap_or(window.len());
        if opens {
            let back = text
                .get(..ss)
                .and_then(|h| h.char_indices().next_back())
                .map_or(0, |(j, _)| j);
            ss = sentence_start(text, back, false);
        }
        let antecedents: Vec<usize> = within(figures, ss, at)
            .filter(|&i| figures.get(i).is_some_and(|f| f.at.end <= at))
            .collect();
        if antecedents.is_empty() {
            continue;
        }
        let mut parts: Vec<usize> = within(figures, at, scope_end)
            .filter(|&i| {
                figures.get(i).is_some_and(|f| {
                    f.at.end <= scope_end && f.relation.is_none() && f.kind != Kind::Rank
                })
            })
            .collect();
        // Inside a sentence, the parts are the run of figures in the unit of the first one
        // (`其中,已办结7件、阶段性办结17件、未办结3件,责令整改3家`).
        if !opens {
            let unit = parts.first().and_then(|&i| figures.get(i)).map(|f| f.unit);
            let run = parts
                .iter()
                .take_while(|&&i| figures.get(i).map(|f| f.unit) == unit)
                .count();
            parts.truncate(run);
        }
        for i in parts {
            let Some(part) = figures.get(i) else { continue };
            let part_head = head(text, part);
            let best = antecedents
                .iter()
                .copied()
                .filter(|&a| {
                    figures.get(a).is_some_and(|t| {
                        t.unit.counts_alike(part.unit)
                            && t.kind == part.kind
                            && t.value >= part.value
                            && t.relation.is_none()
                    })
                })
                .max_by_key(|&a| {
                    figures.get(a).map_or((0, 0), |t| {
                        (common_suffix(&head(text, t), &part_head).min(4), t.at.start)
                    })
                });
            if let (Some(target), Some(part)) = (best, figures.get_mut(i)) {
                part.relation = Some(Relation {
                    kind: RelationKind::OfWhich,
                    target,
                });
            }
        }
    }
}

/// How a clause without `其中` opens when its count is a subset of a total before it
/// (`后备力量96名,平均年龄42岁,大专以上学历56人`): an attribute of the people or things counted.
const SUBSET_ATTRIBUTES: [&str; 7] = [
    "学历",
    "以上",
    "以下",
    "女性",
    "少数民族",
    "岁以下",
    "岁以上",
];

/// Of-which parts that no `其中` introduces: a count whose clause names only an attribute of
/// what a larger count of the same unit earlier in its sentence counts.
fn relate_subsets(text: &str, figures: &mut [Figure]) {
    for i in 0..figures.len() {
        let Some(f) = figures.get(i) else { continue };
        if f.relation.is_some() || f.kind != Kind::Count {
            continue;
        }
        let cs = clause_start(text, f.at.start);
        let lead = text.get(cs..f.at.start).unwrap_or("").trim();
        if !SUBSET_ATTRIBUTES.iter().any(|w| lead.ends_with(w)) {
            continue;
        }
        let ss = sentence_start(text, f.at.start, true);
        let (unit, value) = (f.unit, f.value);
        let target = within(figures, ss, cs).rev().find(|&t| {
            figures.get(t).is_some_and(|g| {
                g.unit.counts_alike(unit)
                    && g.kind == Kind::Count
                    && g.value > value
                    && g.relation.is_none()
            })
        });
        if let (Some(target), Some(f)) = (target, figures.get_mut(i)) {
            f.relation = Some(Relation {
                kind: RelationKind::OfWhich,
                target,
            });
        }
    }
}

const FOUND: [&str; 10] = [
    "发现", "排查", "收到", "交办", "移交", "受理", "梳理", "关于", "立案", "反馈",
];
const RESOLVED: [&str; 8] = [
    "已整改",
    "已办结",
    "已处置",
    "已完成整改",
    "已化解",
    "已销号",
    "办结",
    "了结",
];
const REMAINING: [&str; 4] = ["剩余", "尚未", "未办结", "未完成"];
/// Words after a count that say all of it was resolved (`25条线索已全部处置`,
/// `46项一般问题隐患均全部整改完毕`).
const ALL_RESOLVED: [&str; 8] = [
    "全部整改",
    "全部处置",
    "全部办结",
    "全部完成整改",
    "全部销号",
    "均已整改",
    "均已办结",
    "已整改完毕",
];

/// How a clause after a count opens when it says all of the count was resolved.
const ALL_OPENERS: [&str; 5] = ["已全部", "均已", "全部", "现已全部", "目前已全部"];

/// Found / resolved / remaining triples in a sentence; a count all of which was resolved.
fn relate_progress(norm: &Normalized, figures: &mut [Figure]) {
    let text = norm.text.as_str();
    for i in 0..figures.len() {
        let Some(f) = figures.get(i) else { continue };
        if f.relation.is_some() || f.kind != Kind::Count {
            continue;
        }
        let cs = clause_start(text, f.at.start);
        let lead = text.get(cs..f.at.start).unwrap_or("");
        let window = crate::grammar::ahead(text, f.at.end, 300);
        let tail_end = f.at.end + window.find([',', ';', '。', '\n']).unwrap_or(window.len());
        let tail = text.get(f.at.end..tail_end).unwrap_or("");
        // In its clause (`46项…均全部整改完毕`) or the next one when that is only about it
        // (`发现问题12个,已全部整改到位`).
        let next_from = tail_end + usize::from(starts(text, tail_end, ","));
        let next = crate::grammar::ahead(text, next_from, 60);
        let next = next
            .get(..next.find([',', ';', '。', '\n']).unwrap_or(next.len()))
            .filter(|n| next_from > tail_end && ALL_OPENERS.iter().any(|w| n.starts_with(w)))
            .unwrap_or("");
        let in_clause = |clause: &str, from: usize| {
            ALL_RESOLVED
                .iter()
                .filter_map(|w| clause.find(w).map(|k| (from + k, w.len())))
                .min()
        };
        let all = in_clause(tail, 0).or_else(|| in_clause(next, next_from - f.at.end));
        let kind = if REMAINING.iter().any(|w| lead.contains(w)) {
            Some(RelationKind::RemainingOf)
        } else if RESOLVED.iter().any(|w| lead.contains(w)) || all.is_some() {
            Some(RelationKind::ResolvedOf)
        } else {
            None
        };
        let Some(kind) = kind else { continue };
        let ss = sentence_start(text, f.at.start, false).min(paragraph_start(text, f.at.start));
        let look_from = if all.is_some() || kind == RelationKind::RemainingOf {
            paragraph_start(text, f.at.start)
        } else {
            ss
        };
        let (unit, value) = (f.unit, f.value);
        let target = within(figures, look_from, f.at.start).rev().find(|&t| {
            figures.get(t).is_some_and(|g| {
                g.unit == unit && g.value >= value && g.relation.is_none() && {
                    let gl = text
                        .get(clause_start(text, g.at.start)..g.at.start)
                        .unwrap_or("");
                    FOUND.iter().any(|w| gl.contains(w))
                        || kind == RelationKind::ResolvedOf && all.is_some() && g.value == value
                }
            })
        });
        let Some(f) = figures.get_mut(i) else {
            continue;
        };
        match (target, all) {
            (Some(target), _) => f.relation = Some(Relation { kind, target }),
            // Nothing before counts it: this count is the total, all of it resolved.
            (None, Some((k, len))) if kind == RelationKind::ResolvedOf => {
                let start = f.at.end + k;
                f.all_resolved = Some(norm.original(Span::new(start, start + len)));
            }
            (None, _) => {}
        }
    }
    // Between a total and what remains of it, the figure that makes up the difference is what
    // was resolved (`关于6个支部…指导4个党支部…剩余2个支部`).
    for i in 0..figures.len() {
        let Some(Relation {
            kind: RelationKind::RemainingOf,
            target,
        }) = figures.get(i).and_then(|f| f.relation)
        else {
            continue;
        };
        let (Some(total), Some(rest)) = (
            figures.get(target).map(|t| t.value),
            figures.get(i).map(|f| f.value),
        ) else {
            continue;
        };
        let unit = figures.get(i).map(|f| f.unit);
        let middle = (target + 1..i).find(|&m| {
            figures.get(m).is_some_and(|g| {
                Some(g.unit) == unit
                    && g.relation.is_none()
                    && g.value.checked_add(rest) == Some(total)
            })
        });
        if let Some(f) = middle.and_then(|m| figures.get_mut(m)) {
            f.relation = Some(Relation {
                kind: RelationKind::ResolvedOf,
                target,
            });
        }
    }
}

fn paragraph_start(text: &str, at: usize) -> usize {
    let (from, head) = crate::grammar::behind(text, at, 3000);
    head.rfind('\n').map_or(from, |n| from + n + 1)
}

/// Whether a back-reference qualifies a noun (`对巡察期间发现并移交的…线索`): it is the period
/// of the first figure after it, which counts that noun (`共收到问题线索25条`), and of no other.
fn qualifies_noun(text: &str, d: &DateMention) -> bool {
    d.kind == DateKind::Reference
        && char_before(text, d.at.start).is_some_and(|c| matches!(c, '对' | '在' | '将' | '把'))
}

/// Whether a date mention can be the reference period of the figures after it.
fn is_period(text: &str, d: &DateMention) -> bool {
    let clause_initial = || {
        char_before(text, d.at.start)
            .is_none_or(|c| matches!(c, ',' | ';' | ':' | '。' | '\n' | '是' | '.' | ' '))
    };
    match d.kind {
        DateKind::Since | DateKind::AsOf | DateKind::Until | DateKind::Range => true,
        // A part of a month dates an event (`今年4月初,…召开专题会议`); a half year is a period.
        DateKind::Fuzzy => !d.written.contains('月'),
        // `整改期间,…` opens a clause; `对巡察期间发现的…` qualifies a noun (see
        // [`qualifies_noun`]).
        DateKind::Reference => clause_initial(),
        DateKind::Point => {
            let before = char_before(text, d.at.start);
            let after = char_at(text, d.at.end);
            before.is_none_or(|c| {
                matches!(
                    c,
                    ',' | ';' | ':' | '。' | '\n' | '是' | '在' | '.' | '、' | ' '
                )
            }) && !after.is_some_and(|c| c == '的' || c == '第')
        }
    }
}

/// The period of each figure: the nearest period before it in its sentence; parts inherit
/// their total's.
fn attach_periods(text: &str, figures: &mut [Figure], dates: &[DateMention]) {
    let mut previous_end = 0;
    for f in figures.iter_mut() {
        let after_previous = previous_end;
        previous_end = f.at.end;
        // Durations and ordinals have no reference period.
        if matches!(f.kind, Kind::Duration | Kind::Ordinal) {
            continue;
        }
        let ss = sentence_start(text, f.at.start, true);
        let cs = clause_start(text, f.at.start);
        let remaining = f
            .relation
            .is_some_and(|r| r.kind == RelationKind::RemainingOf);
        let i = dates.partition_point(|d| d.at.end <= f.at.start);
        let mut found = (0..i)
            .rev()
            .take_while(|&k| dates.get(k).is_some_and(|d| d.at.start >= ss))
            .filter(|&k| {
                dates.get(k).is_some_and(|d| {
                    // `现` and what remains hold only in their own clause.
                    let own_clause = d.at.start >= cs;
                    let first_after = d.at.start >= after_previous;
                    (is_period(text, d) || first_after && qualifies_noun(text, d))
                        && (own_clause || !remaining && d.written != "现")
                })
            });
        f.period = found.next();
        // `今年以来,…截至目前已排查…110家`: up to now, since the start the sentence names.
        let up_to_now = f.period.and_then(|k| dates.get(k)).is_some_and(|d| {
            d.is_as_of_now() && (d.written.starts_with("截至") || d.written.starts_with("截止"))
        });
        if up_to_now {
            f.since = found.find(|&k| dates.get(k).is_some_and(|d| d.kind == DateKind::Since));
        }
    }
    // An ordinal counts the batch of the count after it in its clause (`第一批高企22家`).
    for i in 0..figures.len() {
        let Some(f) = figures.get(i) else { continue };
        if f.kind != Kind::Ordinal {
            continue;
        }
        let start = f.at.start;
        let next = figures
            .get(i + 1)
            .filter(|n| clause_start(text, n.at.start) <= start && n.kind != Kind::Ordinal)
            .map(|n| n.period);
        if let (Some(period), Some(f)) = (next, figures.get_mut(i)) {
            f.period = period;
        }
    }
    // A sentence that opens with `其中` continues the previous one.
    for f in figures
        .iter_mut()
        .filter(|f| f.period.is_none() && !matches!(f.kind, Kind::Duration | Kind::Ordinal))
    {
        let ss = sentence_start(text, f.at.start, false);
        if text
            .get(ss..)
            .is_some_and(|r| r.trim_start().starts_with("其中"))
            && ss > 0
        {
            let back = text
                .get(..ss)
                .and_then(|h| h.char_indices().next_back())
                .map_or(0, |(j, _)| j);
            let prev_start = sentence_start(text, back, false);
            let i = dates.partition_point(|d| d.at.end <= ss);
            f.period = (0..i)
                .rev()
                .take_while(|&k| dates.get(k).is_some_and(|d| d.at.start >= prev_start))
                .find(|&k| dates.get(k).is_some_and(|d| is_period(text, d)));
        }
    }
    for i in 0..figures.len() {
        let Some(f) = figures.get(i) else { continue };
        if f.period.is_none()
            && let Some(Relation {
                kind: RelationKind::PartOf | RelationKind::OfWhich,
                target,
            }) = f.relation
        {
            let inherited = figures.get(target).and_then(|t| t.period);
            if let Some(f) = figures.get_mut(i) {
                f.period = inherited;
            }
        }
    }
}
