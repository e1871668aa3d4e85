//! Dispositions: what was decided against people, organizations or cases (`党纪政务处分8人`,
//! `组织处理8人(含通报批评、提醒谈话)`, `诚勉谈话6人`, `行政处罚1043330元`), from the terms
//! of `grammar/dispositions.tsv` (codelist labels, variants and typos).
//!
//! A disposition is a term followed in its clause by a figure counting persons, person-times,
//! cases, organizations or money. A parenthesis after the count lists included kinds
//! (`含通报批评、提醒谈话`) or parts with their own counts (`党内警告18人、严重警告11人`).

use std::sync::LazyLock;

use rust_decimal::Decimal;

use crate::codes::{DispositionKind, Kind, Unit};
use crate::figure::Figure;
use crate::grammar::Lexicon;
use crate::span::Span;
use crate::text::Normalized;

/// How a term is written relative to the codelist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermForm {
    /// The codelist's label (`诫勉`).
    Label,
    /// A common variant (`诫勉谈话`, `立案审查调查`).
    Variant,
    /// A typo of the original (`诚勉谈话`).
    Typo,
}

/// A disposition found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disposition {
    /// The kind.
    pub kind: DispositionKind,
    /// The term as written (normalized text).
    pub label: String,
    /// Label, variant or typo.
    pub form: TermForm,
    /// Term, count and parenthesis, in original bytes.
    pub span: Span,
    /// The same in the normalized text.
    pub at: Span,
    /// The term, in original bytes.
    pub term: Span,
    /// How many (or how much, for money), when stated.
    pub count: Option<Decimal>,
    /// The unit of the count.
    pub unit: Option<Unit>,
    /// The index of the count's figure in the figures given to [`extract`].
    pub figure: Option<usize>,
    /// Who or what the disposition falls on, when worded between the term and its count
    /// (`问责党员干部7人` → 党员干部, `立案查处侵害群众利益案件21起` → 侵害群众利益案件).
    pub object: Option<String>,
    /// Kinds included without their own count (`含通报批评、提醒谈话`).
    pub included: Vec<Included>,
    /// Parts with their own counts (`党内警告18人、严重警告11人`).
    pub parts: Vec<Disposition>,
}

/// A kind included in a disposition (`含通报批评`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Included {
    /// The kind.
    pub kind: DispositionKind,
    /// The term as written.
    pub label: String,
    /// The term, in original bytes.
    pub span: Span,
}

/// The code of the core `DispositionUnit` a figure unit counts in, if it counts dispositions
/// (`人`/`名` → `person`, `人次` → `person_time`, `起`/`件` → `case`, `家`/`个` →
/// `organization`); money units give `None` (the count is an amount).
pub fn disposition_unit_code(unit: Unit) -> Option<&'static str> {
    match unit {
        Unit::Person | Unit::PersonMing | Unit::PersonWei => Some("person"),
        Unit::PersonTime => Some("person_time"),
        Unit::Incident | Unit::Matter => Some("case"),
        Unit::Establishment | Unit::Piece | Unit::Household => Some("organization"),
        _ => None,
    }
}

fn counts(unit: Unit) -> bool {
    disposition_unit_code(unit).is_some()
        || matches!(
            unit,
            Unit::Yuan | Unit::TenThousandYuan | Unit::HundredMillionYuan
        )
}

static TERMS: LazyLock<Lexicon<(DispositionKind, TermForm)>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../grammar/dispositions.tsv"), |cells| {
        let kind = DispositionKind::from_code(cells.first()?)?;
        let form = match *cells.get(1)? {
            "label" => TermForm::Label,
            "variant" => TermForm::Variant,
            "typo" => TermForm::Typo,
            _ => return None,
        };
        Some((kind, form))
    })
});

/// The kind of a disposition term as written (`诚勉谈话` → admonishment).
pub fn kind_of(term: &str) -> Option<DispositionKind> {
    TERMS
        .entries
        .iter()
        .find(|(s, _)| *s == term)
        .map(|(_, (k, _))| *k)
}

/// Whether the term table is well formed (for tests).
pub fn tables_ready() -> bool {
    TERMS.is_ready()
}

struct Term {
    at: Span,
    kind: DispositionKind,
    form: TermForm,
}

/// Every disposition of a normalized text with a count, given its figures (from
/// [`figure::extract`](crate::figure::extract)).
///
/// # Examples
///
/// ```
/// use inspection_report_import::{date, disposition, figure, text};
///
/// let text = text::normalize("党纪政务处分 8 人,组织处理 8 人(含通报批评、提醒谈话),诚勉谈话 6 人。");
/// let figures = figure::extract(&text, &date::extract(&text, None));
/// let found = disposition::extract(&text, &figures);
/// let kinds: Vec<&str> = found.iter().map(|d| d.kind.code()).collect();
/// assert_eq!(kinds, ["party_and_administrative_sanction", "organizational_handling", "admonishment"]);
/// assert_eq!(found[1].included.len(), 2);
/// ```
pub fn extract(norm: &Normalized, figures: &[Figure]) -> Vec<Disposition> {
    let text = norm.text.as_str();
    let terms: Vec<Term> = TERMS
        .find_all(text)
        .map(|(s, e, (_, (kind, form)))| Term {
            at: Span::new(s, e),
            kind: *kind,
            form: *form,
        })
        .collect();
    let mut out: Vec<Disposition> = Vec::new();
    let mut inside: Vec<Span> = Vec::new();
    for term in &terms {
        if inside.last().is_some_and(|s| s.contains(term.at)) {
            continue;
        }
        if let Some(d) = with_count(norm, term, figures, &terms)
            .or_else(|| with_count_before(norm, term, figures, &terms))
        {
            inside.push(d.at);
            out.push(d);
        }
    }
    out
}

fn clause_end(text: &str, from: usize, limit: usize) -> usize {
    let rest = text.get(from..).unwrap_or("");
    let mut end = from;
    for (j, c) in rest.char_indices() {
        if j > limit || matches!(c, ',' | ';' | '。' | '\n' | '、' | ':' | '(' | ')') {
            break;
        }
        end = from + j + c.len_utf8();
    }
    end
}

fn paren_after(text: &str, at: usize) -> Option<Span> {
    if !text.get(at..)?.starts_with('(') {
        return None;
    }
    let rest = text.get(at..)?;
    let (j, _) = rest
        .char_indices()
        .take(200)
        .find(|&(_, c)| c == ')' || c == '\n')?;
    if rest.get(j..)?.starts_with(')') {
        Some(Span::new(at, at + j + 1))
    } else {
        None
    }
}

fn with_count(
    norm: &Normalized,
    term: &Term,
    figures: &[Figure],
    terms: &[Term],
) -> Option<Disposition> {
    let text = norm.text.as_str();
    // `组织处理(含…)8人`: a parenthesis may come between.
    let mut search_from = term.at.end;
    let mut included = Vec::new();
    if let Some(paren) = paren_after(text, term.at.end) {
        included = included_in(norm, paren, terms);
        search_from = paren.end;
    }
    let end = clause_end(text, search_from, 45);
    let i = figures.partition_point(|f| f.at.start < search_from);
    let (index, figure) = figures
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .take_while(|(_, f)| f.at.end <= end)
        .find(|(_, f)| counts(f.unit))
        .map(|(k, f)| (i + k, f))?;
    // No other term between the term and its count.
    let next_term = terms.partition_point(|t| t.at.start < term.at.end);
    if terms
        .get(next_term)
        .is_some_and(|t| t.at.end <= figure.at.start)
    {
        return None;
    }
    let mut at = Span::new(term.at.start, figure.at.end);
    let mut parts = Vec::new();
    if let Some(paren) = paren_after(text, figure.at.end) {
        let from = terms.partition_point(|t| t.at.start < paren.start);
        let inner: Vec<&Term> = terms
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|t| t.at.start < paren.end)
            .filter(|t| paren.contains(t.at))
            .collect();
        for t in &inner {
            if let Some(part) =
                with_count(norm, t, figures, terms).filter(|p| p.at.end <= paren.end)
            {
                parts.push(part);
            }
        }
        if parts.is_empty() {
            included.extend(included_in(norm, paren, terms));
        }
        at = Span::new(at.start, paren.end);
    }
    Some(Disposition {
        kind: term.kind,
        label: norm.get(term.at).to_owned(),
        form: term.form,
        span: norm.original(at),
        at,
        term: norm.original(term.at),
        object: Some(norm.get(Span::new(search_from, figure.at.start)).trim())
            .filter(|o| !o.is_empty())
            .map(str::to_owned),
        count: Some(figure.value),
        unit: Some(figure.unit),
        figure: Some(index),
        included,
        parts,
    })
}

/// Words that front the people a disposition is given to, before their count
/// (`对1人予以记大过处分`, `给予1人记大过处分`, `对3名干部进行诫勉谈话`).
const FRONTING: [&str; 3] = ["对", "给予", "将"];

/// A disposition whose count comes before its term, fronted (`对1人予以记大过处分`,
/// `对10家企业单位负责人进行了约谈`, `对50个责任单位、77名责任人实施追责问责`): the count
/// right before the term in its clause, with at most a few words between (`予以`, `进行了`,
/// `责任人实施`), in a clause that opens with a fronting word.
fn with_count_before(
    norm: &Normalized,
    term: &Term,
    figures: &[Figure],
    terms: &[Term],
) -> Option<Disposition> {
    let text = norm.text.as_str();
    let i = figures.partition_point(|f| f.at.end <= term.at.start);
    let (index, figure) = i.checked_sub(1).and_then(|k| Some((k, figures.get(k)?)))?;
    if !counts(figure.unit) || figure.kind != Kind::Count {
        return None;
    }
    let between = text.get(figure.at.end..term.at.start)?;
    if between.chars().count() > 12 || between.contains([',', ';', '。', '\n', '、', ':']) {
        return None;
    }
    // The clause up to the count: it opens with the fronting word, the count may close a
    // list (`对50个责任单位、77名责任人`).
    let from =
        crate::grammar::clause_before(text, figure.at.start, 120, &[',', ';', '。', '\n', ':']);
    let clause = text.get(from..figure.at.start).unwrap_or("");
    if !FRONTING.iter().any(|w| clause.starts_with(w)) {
        return None;
    }
    // No other term between the count and this term.
    let previous = terms.partition_point(|t| t.at.start < figure.at.end);
    if terms
        .get(previous)
        .is_some_and(|t| t.at.start < term.at.start)
    {
        return None;
    }
    let at = Span::new(figure.at.start, term.at.end);
    Some(Disposition {
        kind: term.kind,
        label: norm.get(term.at).to_owned(),
        form: term.form,
        span: norm.original(at),
        at,
        term: norm.original(term.at),
        object: None,
        count: Some(figure.value),
        unit: Some(figure.unit),
        figure: Some(index),
        included: Vec::new(),
        parts: Vec::new(),
    })
}

fn included_in(norm: &Normalized, paren: Span, terms: &[Term]) -> Vec<Included> {
    let from = terms.partition_point(|t| t.at.start < paren.start);
    terms
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|t| t.at.start < paren.end)
        .filter(|t| paren.contains(t.at))
        .map(|t| Included {
            kind: t.kind,
            label: norm.get(t.at).to_owned(),
            span: norm.original(t.at),
        })
        .collect()
}
