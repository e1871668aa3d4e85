//! Documents: titles in `《…》` with their issue numbers (`许示范办文〔2024〕11号`, with `〔〕`,
//! `[]` or `【】`), the verb that cites them (`印发`, `制定`, `按照`) and a date nearby; and
//! document numbers standing alone.

use crate::date::{DateKind, DateMention, DateValue, PartialDate};
use crate::span::Span;
use crate::text::Normalized;

/// How a document is cited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentRole {
    /// Issued or published (`印发`, `出台`, `下发`).
    Issued,
    /// Drafted or worked out (`制定`, `完成了`, `编制`).
    Drafted,
    /// Followed or referred to (`按照`, `根据`, `对照`).
    Referenced,
    /// No citing verb recognized.
    Unknown,
}

/// A document number (`许示范办文〔2024〕11号`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentNumber {
    /// The number as written (normalized).
    pub text: String,
    /// The issuer's code before the bracket (`许示范办文`).
    pub prefix: String,
    /// The year in the brackets.
    pub year: Option<i32>,
    /// The serial number before `号`.
    pub serial: Option<u32>,
    /// Where the number is, in original bytes.
    pub span: Span,
}

/// A document cited in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRef {
    /// The title without the book-title marks, as written (normalized); `None` for a number
    /// standing alone.
    pub title: Option<String>,
    /// Title marks, title and number, in original bytes.
    pub span: Span,
    /// The same in the normalized text.
    pub at: Span,
    /// The title without its marks, in original bytes.
    pub title_span: Option<Span>,
    /// The issue number, when given.
    pub number: Option<DocumentNumber>,
    /// The citing verb, as written.
    pub verb: Option<String>,
    /// What the verb says.
    pub role: DocumentRole,
    /// The index of a date mention (in the dates given to [`extract`]) of the same clause:
    /// before the verb (`2025年6月16日印发《…》`) or after the title (`并于4月底印发`).
    pub date: Option<usize>,
}

const VERBS: [(&str, DocumentRole); 22] = [
    ("研究制定了", DocumentRole::Drafted),
    ("研究制定", DocumentRole::Drafted),
    ("制定印发", DocumentRole::Issued),
    ("制定了", DocumentRole::Drafted),
    ("制定", DocumentRole::Drafted),
    ("印发了", DocumentRole::Issued),
    ("印发", DocumentRole::Issued),
    ("下发", DocumentRole::Issued),
    ("出台", DocumentRole::Issued),
    ("发布", DocumentRole::Issued),
    ("签订了", DocumentRole::Issued),
    ("完成了", DocumentRole::Drafted),
    ("完成", DocumentRole::Drafted),
    ("编制", DocumentRole::Drafted),
    ("起草", DocumentRole::Drafted),
    ("通过了", DocumentRole::Drafted),
    ("严格按照", DocumentRole::Referenced),
    ("按照", DocumentRole::Referenced),
    ("根据", DocumentRole::Referenced),
    ("依据", DocumentRole::Referenced),
    ("对照", DocumentRole::Referenced),
    ("学习", DocumentRole::Referenced),
];

/// A document number starting at `at` with a prefix of CJK characters before it: returns its
/// normalized span.
fn number_at(text: &str, open: usize) -> Option<(Span, DocumentNumber)> {
    let close_of = |c: char| match c {
        '〔' => Some('〕'),
        '[' => Some(']'),
        '【' => Some('】'),
        '(' => Some(')'),
        _ => None,
    };
    let rest = text.get(open..)?;
    let first = rest.chars().next()?;
    let close = close_of(first)?;
    let inner = rest.get(first.len_utf8()..)?;
    let year_len = inner.bytes().take_while(u8::is_ascii_digit).count();
    if year_len != 4 {
        return None;
    }
    let after_year = inner.get(year_len..)?;
    if !after_year.starts_with(close) {
        return None;
    }
    let after_close = after_year.get(close.len_utf8()..)?;
    let serial_len = after_close.bytes().take_while(u8::is_ascii_digit).count();
    if serial_len == 0 || serial_len > 5 || !after_close.get(serial_len..)?.starts_with('号') {
        return None;
    }
    let end = open + first.len_utf8() + year_len + close.len_utf8() + serial_len + "号".len();
    // The prefix: CJK characters before the bracket.
    let mut start = open;
    for (j, c) in text.get(..open)?.char_indices().rev().take(12) {
        if !('\u{4E00}'..='\u{9FFF}').contains(&c) {
            break;
        }
        start = j;
    }
    // Not a citing verb: `根据许示工〔2025〕12号`.
    while let Some((verb, _)) = VERBS.iter().find(|(v, _)| {
        text.get(start..open)
            .is_some_and(|p| p.starts_with(v) && p.len() > v.len())
    }) {
        start += verb.len();
    }
    let number = DocumentNumber {
        text: text.get(start..end)?.to_owned(),
        prefix: text.get(start..open)?.to_owned(),
        year: inner.get(..year_len)?.parse().ok(),
        serial: after_close.get(..serial_len)?.parse().ok(),
        span: Span::default(),
    };
    Some((Span::new(start, end), number))
}

/// Every document of a normalized text; `dates` are its date mentions.
///
/// An unclosed `《` is no document.
///
/// # Examples
///
/// ```
/// use inspection_report_import::{date, document, text};
///
/// let text = text::normalize("严格按照新修订的《示范区\"三重一大\"事项议事决策制度》(许示范办文〔2024〕11号)文件规定");
/// let found = document::extract(&text, &date::extract(&text, None));
/// assert_eq!(found[0].title.as_deref(), Some("示范区\"三重一大\"事项议事决策制度"));
/// assert_eq!(found[0].number.as_ref().map(|n| n.text.as_str()), Some("许示范办文〔2024〕11号"));
/// assert_eq!(found[0].number.as_ref().and_then(|n| n.year), Some(2024));
/// ```
pub fn extract(norm: &Normalized, dates: &[DateMention]) -> Vec<DocumentRef> {
    let text = norm.text.as_str();
    let mut out = Vec::new();
    let mut numbers_used: Vec<Span> = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '《' => open = Some(i),
            '》' => {
                let Some(s) = open.take() else { continue };
                let title_at = Span::new(s + '《'.len_utf8(), i);
                let mut end = i + c.len_utf8();
                let mut number = None;
                // `(许示范办文〔2024〕11号)` or `许示工〔2025〕12号` right after.
                let paren = text.get(end..).is_some_and(|r| r.starts_with('('));
                let probe = if paren { end + 1 } else { end };
                let bracket = text
                    .get(probe..)
                    .and_then(|r| {
                        r.char_indices()
                            .take(13)
                            .find(|&(_, d)| matches!(d, '〔' | '[' | '【'))
                    })
                    .map(|(j, _)| probe + j);
                if let Some((span, mut n)) = bracket.and_then(|b| number_at(text, b))
                    && span.start == probe
                {
                    n.span = norm.original(span);
                    numbers_used.push(span);
                    end = span.end;
                    if paren && text.get(end..).is_some_and(|r| r.starts_with(')')) {
                        end += 1;
                    }
                    number = Some(n);
                }
                let at = Span::new(s, end);
                let (verb, role) = verb_before(text, s);
                out.push(DocumentRef {
                    title: Some(norm.get(title_at).to_owned()),
                    span: norm.original(at),
                    at,
                    title_span: Some(norm.original(title_at)),
                    number,
                    verb: verb.map(str::to_owned),
                    role,
                    date: date_near(text, at, dates),
                });
            }
            '\n' | '。' => open = None,
            '〔' | '【' | '[' => {
                if let Some((span, mut n)) = number_at(text, i)
                    && !numbers_used.iter().any(|u| u.overlaps(span))
                {
                    n.span = norm.original(span);
                    let (verb, role) = verb_before(text, span.start);
                    out.push(DocumentRef {
                        title: None,
                        span: n.span,
                        at: span,
                        title_span: None,
                        number: Some(n),
                        verb: verb.map(str::to_owned),
                        role,
                        date: date_near(text, span, dates),
                    });
                }
            }
            _ => {}
        }
    }
    unmarked(norm, dates, &mut out);
    out.sort_by_key(|d| d.at.start);
    out
}

/// Words that end the name of a document.
const DOCUMENT_WORDS: [&str; 15] = [
    "目录", "办法", "规定", "方案", "制度", "清单", "协议", "意见", "通知", "条例", "细则", "规划",
    "计划", "要点", "合同",
];

/// Documents named without `《》`: a short quotation ending in a document word (`“四个指导目录”`)
/// and an agreement after `签订`/`签署` (`签订了农业信贷担保助推农业高质量发展合作协议`).
fn unmarked(norm: &Normalized, dates: &[DateMention], out: &mut Vec<DocumentRef>) {
    let text = norm.text.as_str();
    let push = |title_at: Span, at: Span, out: &mut Vec<DocumentRef>| {
        let (verb, role) = verb_before(text, at.start);
        out.push(DocumentRef {
            title: Some(norm.get(title_at).to_owned()),
            span: norm.original(at),
            at,
            title_span: Some(norm.original(title_at)),
            number: None,
            verb: verb.map(str::to_owned),
            role,
            date: date_near(text, at, dates),
        });
    };
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“' | '"') => open = Some(i),
            (Some(s), '”' | '"') => {
                let mark = text
                    .get(s..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8);
                let title_at = Span::new(s + mark, i);
                let title = norm.get(title_at);
                if title.chars().count() <= 30 && DOCUMENT_WORDS.iter().any(|w| title.ends_with(w))
                {
                    push(title_at, Span::new(s, i + c.len_utf8()), out);
                }
                open = None;
            }
            (Some(_), '\n' | '。') => open = None,
            _ => {}
        }
    }
    for verb in ["签订了", "签署了"] {
        let mut from = 0;
        while let Some(found) = text.get(from..).and_then(|r| r.find(verb)) {
            let start = from + found + verb.len();
            from = start;
            let window = crate::grammar::ahead(text, start, 120);
            let run = window
                .find([',', ';', '。', '\n', ':', '(', '、'])
                .unwrap_or(window.len());
            let Some(words) = window.get(..run) else {
                continue;
            };
            let end = ["协议书", "协议", "合同", "备忘录"]
                .iter()
                .filter_map(|w| words.find(w).map(|j| j + w.len()))
                .min();
            if let Some(end) =
                end.filter(|&e| words.get(..e).is_some_and(|t| t.chars().count() >= 6))
            {
                let at = Span::new(start, start + end);
                push(at, at, out);
            }
        }
    }
}

/// The citing verb in the 14 bytes before a title (a list of titles `《A》《B》` shares it).
fn verb_before(text: &str, at: usize) -> (Option<&'static str>, DocumentRole) {
    let mut at = at;
    // Skip back over earlier titles of a list: `按照《A》《B》`.
    for _ in 0..8 {
        if !text
            .get(..at)
            .is_some_and(|h| h.ends_with('》') || h.ends_with('、'))
        {
            break;
        }
        let (from, head) = crate::grammar::behind(text, at, 600);
        let Some(open) = head.rfind('《') else { break };
        at = from + open;
    }
    let window = text
        .get(..at)
        .map(|h| {
            let start = h.char_indices().rev().take(10).last().map_or(0, |(j, _)| j);
            h.get(start..).unwrap_or("")
        })
        .unwrap_or("");
    let mut best: Option<(usize, &'static str, DocumentRole)> = None;
    for (verb, role) in VERBS {
        if let Some(pos) = window.rfind(verb) {
            let end = pos + verb.len();
            if best.is_none_or(|(b, bv, _)| end > b || end == b && verb.len() > bv.len()) {
                best = Some((end, verb, role));
            }
        }
    }
    match best {
        Some((_, verb, role)) => (Some(verb), role),
        None => (None, DocumentRole::Unknown),
    }
}

fn date_near(text: &str, at: Span, dates: &[DateMention]) -> Option<usize> {
    let (from, head) = crate::grammar::behind(text, at.start, 300);
    // A date of the same sentence before it (`3月份,通过…研究制定《…》`).
    let clause_start = head.rfind([';', '。', '\n']).map_or(from, |p| from + p + 1);
    let tail = crate::grammar::ahead(text, at.end, 300);
    let clause_end = at.end + tail.find([';', '。', '\n']).unwrap_or(tail.len());
    // Not open periods, and not a bare year, which is mostly part of a name
    // (`梳理了示范区2025年全面深化改革工作重点任务`).
    let usable = |d: &DateMention| {
        !matches!(
            d.kind,
            DateKind::Reference | DateKind::AsOf | DateKind::Since
        ) && !matches!(d.value, DateValue::Date(PartialDate { month: None, .. }))
    };
    let first_after = dates.partition_point(|d| d.at.end <= at.start);
    let before = (0..first_after)
        .rev()
        .take_while(|&k| dates.get(k).is_some_and(|d| d.at.start >= clause_start))
        .find(|&k| dates.get(k).is_some_and(usable));
    if before.is_some() {
        return before;
    }
    let from = dates.partition_point(|d| d.at.start < at.end);
    (from..dates.len())
        .take_while(|&k| dates.get(k).is_some_and(|d| d.at.end <= clause_end))
        .find(|&k| {
            dates.get(k).is_some_and(|d| {
                usable(d)
                    && text
                        .get(at.end..d.at.start)
                        .is_some_and(|between| between.contains('于'))
            })
        })
}
