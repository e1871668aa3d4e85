//! Normalization of extracted text, with an offset map back to the original bytes.
//!
//! [`normalize`] removes what PDF and web extraction add to a notice:
//!
//! - a first line that names where the text was saved from (`https://… ⇥ TITLE (2025-10-23,
//!   PUBLISHER)`), kept as [`Normalized::source_line`];
//! - web page chrome before and after the notice (navigation, breadcrumb, view counts, share
//!   and print buttons), marked as [`Normalized::chrome`]; the metadata blocks (`信息索引号`,
//!   `发布机构`, `成文日期`, `发布日期`, `公开方式` …) kept as [`Normalized::metadata`];
//! - stray spaces next to CJK characters (`督导检查 5 次` → `督导检查5次`);
//! - lines broken mid-sentence by PDF line and page breaks (a long line without sentence
//!   punctuation whose next line does not start a heading is joined to it);
//! - `**bold**` markers;
//! - full-width digits, letters and punctuation (to half-width), `∶` (U+2236, as a colon), `〇`
//!   (as `零`, so that `二〇二五` reads as a numeral), NBSP and U+3000.
//!
//! Paragraphs are separated by exactly one `\n` in [`Normalized::text`]. Every character of
//! the normalized text comes from a character of the original: [`OffsetMap::original`] maps a
//! normalized range back.

use std::ops::Range;
use std::sync::LazyLock;

use crate::grammar::Lexicon;
use crate::marker;
use crate::span::Span;

/// A normalized text and its map back to the original input.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The normalized body text: paragraphs separated by `\n`.
    pub text: String,
    /// Normalized byte offsets → original byte offsets.
    pub map: OffsetMap,
    /// Lines of the original detected as web page chrome (not body), in original bytes.
    pub chrome: Vec<Span>,
    /// Publication metadata fields found in the chrome.
    pub metadata: Vec<MetadataField>,
    /// The first line, when it names the page the text was saved from.
    pub source_line: Option<SourceLine>,
    /// The original input.
    pub original: String,
}

/// A `key: value` field of a page's metadata block (`发布日期:2025-10-23`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataField {
    /// The key as written (`发布机构`).
    pub key: String,
    /// The value as written, trimmed.
    pub value: String,
    /// Where the key is, in original bytes.
    pub key_span: Span,
    /// Where the value is, in original bytes.
    pub value_span: Span,
}

/// A first line naming the page a text was saved from: its address, then optionally a tab,
/// the page's title and, in parentheses, its date and publisher
/// (`https://example.gov.cn/a.html⇥关于巡察整改情况的通报 (2021-10-28, 市审计局)`).
///
/// # Examples
///
/// ```
/// use inspection_report_import::text;
///
/// let n = text::normalize("https://example.gov.cn/a.html\t关于巡察整改情况的通报 (2021-10-28, 市审计局)\n根据县委统一部署,开展了巡察。");
/// let line = n.source_line.as_ref().map(|l| (l.url.0.as_str(), l.title.as_ref().map(|t| t.0.as_str())));
/// assert_eq!(line, Some(("https://example.gov.cn/a.html", Some("关于巡察整改情况的通报"))));
/// assert_eq!(n.text, "根据县委统一部署,开展了巡察。");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    /// The address, with where it is in original bytes.
    pub url: (String, Span),
    /// The page's title.
    pub title: Option<(String, Span)>,
    /// The date in parentheses after the title, as written (`2021-10-28`).
    pub date: Option<(String, Span)>,
    /// The publisher after the date (`市审计局`).
    pub publisher: Option<(String, Span)>,
}

/// The source line of a text whose first line is an `http(s)://` address.
fn source_line(input: &str, line: &Line) -> Option<SourceLine> {
    let text = input.get(line.start..line.end)?;
    if !(text.starts_with("http://") || text.starts_with("https://")) {
        return None;
    }
    let at = |s: &str| line.start + (s.as_ptr() as usize - text.as_ptr() as usize);
    let field = |s: &str| {
        let s = s.trim_matches(is_space);
        (!s.is_empty()).then(|| (s.to_owned(), Span::new(at(s), at(s) + s.len())))
    };
    let url_end = text.find(char::is_whitespace).unwrap_or(text.len());
    let (url, rest) = text.split_at(url_end);
    let rest = rest.trim_matches(is_space);
    // `TITLE (DATE[, PUBLISHER])`: a date that starts with four digits.
    let parenthesized = rest
        .strip_suffix(')')
        .and_then(|r| r.rfind('(').map(|k| (r, k)))
        .and_then(|(r, k)| {
            let inner = r.get(k + 1..)?;
            inner
                .get(..4)
                .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
                .map(|_| (r.get(..k).unwrap_or(""), inner))
        });
    let (title, date, publisher) = match parenthesized {
        Some((title, inner)) => match inner.split_once([',', '，']) {
            Some((date, publisher)) => (title, field(date), field(publisher)),
            None => (title, field(inner), None),
        },
        None => (rest, None, None),
    };
    Some(SourceLine {
        url: field(url)?,
        title: field(title),
        date,
        publisher,
    })
}

/// Maps byte ranges of a normalized text back to byte ranges of its original.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// Byte offset in the normalized text where each output character starts.
    norm: Vec<usize>,
    /// Original byte range each output character comes from.
    orig: Vec<(usize, usize)>,
    orig_len: usize,
    norm_len: usize,
}

impl OffsetMap {
    fn push(&mut self, norm_at: usize, c: char, orig: (usize, usize)) {
        self.norm.push(norm_at);
        self.orig.push(orig);
        self.norm_len = norm_at + c.len_utf8();
    }

    /// The original byte range of the normalized byte range `range`.
    ///
    /// Never panics: out-of-bounds or inverted ranges are clamped. The result lies on
    /// character boundaries of the original and is monotone in `range`. An empty range maps to
    /// an empty range at the original position of the next character.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        let end_at = range.end.max(range.start);
        let first = self.norm.partition_point(|&n| n < range.start);
        let past = self.norm.partition_point(|&n| n < end_at);
        if past <= first {
            let at = self.orig.get(first).map_or(self.orig_len, |o| o.0);
            return at..at;
        }
        let start = self.orig.get(first).map_or(self.orig_len, |o| o.0);
        let end = self.orig.get(past - 1).map_or(self.orig_len, |o| o.1);
        start..end.max(start)
    }

    /// [`original`](Self::original) as a [`Span`].
    pub fn span(&self, range: Span) -> Span {
        Span::from(self.original(range.range()))
    }

    /// The normalized byte offset of the first output character at or after original byte
    /// `at` (for mapping original positions forward).
    pub fn normalized_at(&self, at: usize) -> usize {
        let index = self.orig.partition_point(|o| o.0 < at);
        self.norm
            .get(index)
            .copied()
            .unwrap_or_else(|| self.norm_len())
    }

    fn norm_len(&self) -> usize {
        self.norm_len
    }

    /// Length of the original input, in bytes.
    pub fn original_len(&self) -> usize {
        self.orig_len
    }
}

impl Normalized {
    /// The original span of a normalized span.
    pub fn original(&self, span: Span) -> Span {
        self.map.span(span)
    }

    /// The original text under an original span (empty when out of bounds or off a character
    /// boundary).
    pub fn original_text(&self, span: Span) -> &str {
        self.original.get(span.range()).unwrap_or("")
    }

    /// The normalized text under a normalized span (empty when out of bounds).
    pub fn get(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ChromeKind {
    Metadata,
    Chrome,
}

static CHROME: LazyLock<Lexicon<ChromeKind>> = LazyLock::new(|| {
    Lexicon::new(
        include_str!("../grammar/chrome.tsv"),
        |cells| match *cells.first()? {
            "metadata" => Some(ChromeKind::Metadata),
            "chrome" => Some(ChromeKind::Chrome),
            _ => None,
        },
    )
});

/// Whether `c` is a CJK ideograph, CJK punctuation or a full-width form.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF
        | 0x2014 | 0x2018..=0x201D | 0x2026 | 0x2236 | 0x20000..=0x2FFFF)
}

fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{A0}' | '\u{3000}' | '\u{2002}'..='\u{200B}' | '\u{FEFF}' | '\r'
    )
}

/// Sentence-final punctuation: a line ending in one is not broken mid-sentence.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '!' | '?' | '：' | ':' | '；' | ';' | '∶'
    )
}

/// The normal form of one character (full-width → half-width, `∶` → `:`, `〇` → `零`).
pub fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '∶' | '﹕' => ':',
        '〇' => '零',
        other => other,
    }
}

struct Line {
    /// Original byte range, without the line break and surrounding spaces.
    start: usize,
    end: usize,
    /// Original byte range of the line break after it, if any.
    newline: Option<(usize, usize)>,
    chrome: bool,
    chars: usize,
}

/// Lines of the original, trimmed, with their chrome status.
fn lines(input: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0usize;
    for (i, c) in input.char_indices().filter(|&(_, c)| c == '\n') {
        out.push(line(input, start, i, Some((i, i + c.len_utf8()))));
        start = i + 1;
    }
    if start < input.len() {
        out.push(line(input, start, input.len(), None));
    }
    out
}

fn line(input: &str, start: usize, end: usize, newline: Option<(usize, usize)>) -> Line {
    let raw = input.get(start..end).unwrap_or("");
    let lead = raw.len() - raw.trim_start_matches(is_space).len();
    let trimmed = raw.trim_matches(is_space);
    let (s, e) = (start + lead, start + lead + trimmed.len());
    let chars = trimmed.chars().count();
    Line {
        start: s,
        end: e,
        newline,
        chrome: is_chrome(trimmed, chars),
        chars,
    }
}

/// A page number line of a PDF: `- 3 -`, `—3—`, `第 3 页`, `3/12`, `3`.
fn is_page_number(line: &str) -> bool {
    let core: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let core = core.trim_matches(|c| matches!(c, '-' | '—' | '–' | '－'));
    let core = core
        .strip_prefix('第')
        .and_then(|c| c.strip_suffix('页'))
        .unwrap_or(core);
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    match core.split_once('/') {
        Some((a, b)) => digits(a) && digits(b),
        None => digits(core),
    }
}

fn is_chrome(line: &str, chars: usize) -> bool {
    if is_page_number(line) {
        return true;
    }
    if line.is_empty() || chars > 150 || line.ends_with('。') {
        return false;
    }
    CHROME
        .find_all(line)
        .any(|(start, end, (_, kind))| match kind {
            ChromeKind::Chrome => true,
            // A metadata key counts at the start of the line or of a bracketed field, followed by
            // a colon.
            ChromeKind::Metadata => {
                let before = line.get(..start).unwrap_or("").trim_end_matches(is_space);
                let at_field_start = before.is_empty() || before.ends_with(['【', '[', '|', '丨']);
                let after = line.get(end..).unwrap_or("").trim_start_matches(is_space);
                at_field_start && after.starts_with([':', '：', '∶'])
            }
        })
}

/// Metadata fields of one chrome line.
fn metadata(input: &str, line: &Line, out: &mut Vec<MetadataField>) {
    let Some(text) = input.get(line.start..line.end) else {
        return;
    };
    let all: Vec<(usize, usize, ChromeKind)> = CHROME
        .find_all(text)
        .map(|(s, e, (_, kind))| (s, e, *kind))
        .collect();
    for &(ks, ke, kind) in &all {
        if kind != ChromeKind::Metadata {
            continue;
        }
        let rest = text.get(ke..).unwrap_or("");
        let after_space = rest.trim_start_matches(is_space);
        let Some(colon) = after_space
            .chars()
            .next()
            .filter(|c| matches!(c, ':' | '：' | '∶'))
        else {
            continue;
        };
        let value_start = ke + (rest.len() - after_space.len()) + colon.len_utf8();
        let limit = all
            .iter()
            .map(|m| m.0)
            .find(|&s| s >= value_start)
            .unwrap_or(text.len());
        let tail = text.get(value_start..limit.max(value_start)).unwrap_or("");
        // The value ends at a bracket or a run of two spaces.
        let mut end = tail.len();
        let mut prev_space = false;
        for (i, c) in tail.char_indices() {
            if matches!(c, '【' | '】' | '[' | ']' | '|' | '丨') || (prev_space && is_space(c)) {
                end = if prev_space { i.saturating_sub(1) } else { i };
                break;
            }
            prev_space = is_space(c);
        }
        let raw = tail.get(..end).unwrap_or("");
        let value = raw.trim_matches(is_space);
        let lead = raw.len() - raw.trim_start_matches(is_space).len();
        let vs = line.start + value_start + lead;
        out.push(MetadataField {
            key: text.get(ks..ke).unwrap_or("").to_owned(),
            value: value.to_owned(),
            key_span: Span::new(line.start + ks, line.start + ke),
            value_span: Span::new(vs, vs + value.len()),
        });
    }
}

/// Whether the line `cur` continues on the body line `next` (a PDF line or page break).
fn joins(input: &str, cur: &Line, next: &Line) -> bool {
    let text = input.get(cur.start..cur.end).unwrap_or("");
    let next_text = input.get(next.start..next.end).unwrap_or("");
    let Some(last) = text.chars().next_back() else {
        return false;
    };
    let prose = text
        .chars()
        .any(|c| matches!(fold_char(c), ',' | ':' | ';' | '。'));
    // A short heading line (`一、提高政治站位,全力抓好巡视整改`) ends its paragraph.
    if cur.chars < 30 && marker::starts_heading(text) {
        return false;
    }
    if is_terminal(fold_char(last)) || !(cur.chars >= 30 || prose) || text.ends_with("会议上") {
        return false;
    }
    let next_ends = next_text
        .chars()
        .next_back()
        .is_some_and(|c| is_terminal(fold_char(c)));
    (next_ends || next.chars >= 30) && !marker::starts_block(next_text)
}

/// Normalizes `input`; see the [module docs](self).
///
/// # Examples
///
/// ```
/// use inspection_report_import::text::normalize;
///
/// let input = "开展督导检查 5 次,**二是**下发通知书１７２份";
/// let normalized = normalize(input);
/// assert_eq!(normalized.text, "开展督导检查5次,二是下发通知书172份");
/// // `172` maps back to the full-width digits of the original.
/// let at = normalized.text.find("172").unwrap_or(0);
/// let original = normalized.map.original(at..at + 3);
/// assert_eq!(&input[original], "１７２");
/// ```
pub fn normalize(input: &str) -> Normalized {
    let mut lines = lines(input);
    let mut out = Normalized {
        text: String::with_capacity(input.len()),
        map: OffsetMap {
            orig_len: input.len(),
            ..OffsetMap::default()
        },
        original: input.to_owned(),
        ..Normalized::default()
    };
    if let Some(first) = lines.first_mut()
        && let Some(source) = source_line(input, first)
    {
        first.chrome = true;
        out.source_line = Some(source);
    }
    for line in lines.iter().filter(|l| l.chrome) {
        out.chrome.push(Span::new(line.start, line.end));
        metadata(input, line, &mut out.metadata);
    }
    let body: Vec<&Line> = lines
        .iter()
        .filter(|l| !l.chrome && l.end > l.start)
        .collect();
    for (i, line) in body.iter().enumerate() {
        emit_line(input, line, &mut out);
        if let Some(next) = body.get(i + 1)
            && !joins(input, line, next)
        {
            let nl = line.newline.unwrap_or((line.end, line.end));
            let at = out.text.len();
            out.text.push('\n');
            out.map.push(at, '\n', nl);
        }
    }
    out
}

fn emit_line(input: &str, line: &Line, out: &mut Normalized) {
    let Some(text) = input.get(line.start..line.end) else {
        return;
    };
    let base = line.start;
    let mut chars = text.char_indices().peekable();
    // The last character emitted on this line (for space decisions).
    let mut prev: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        if c == '*' && chars.peek().is_some_and(|&(_, n)| n == '*') {
            while chars.next_if(|&(_, n)| n == '*').is_some() {}
            continue;
        }
        if is_space(c) {
            let mut last = (i, c);
            while let Some(next) = chars.next_if(|&(_, n)| is_space(n)) {
                last = next;
            }
            let next = chars.peek().map(|&(_, n)| n);
            let cjk_side = prev.is_some_and(is_cjk) || next.is_some_and(is_cjk);
            if !cjk_side && prev.is_some() && next.is_some() {
                let at = out.text.len();
                out.text.push(' ');
                out.map
                    .push(at, ' ', (base + last.0, base + last.0 + last.1.len_utf8()));
                prev = Some(' ');
            }
            continue;
        }
        let folded = fold_char(c);
        let at = out.text.len();
        out.text.push(folded);
        out.map
            .push(at, folded, (base + i, base + i + c.len_utf8()));
        prev = Some(folded);
    }
}
