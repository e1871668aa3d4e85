//! Normalization of extracted text, with an offset map back to the original bytes.
//!
//! [`normalize`] removes what PDF and web extraction add to a notice:
//!
//! - a first line that names where the text was saved from (`https://… ⇥ TITLE (2025-10-23,
//!   PUBLISHER)`), kept as [`Normalized::source_line`];
//! - web page chrome before and after the notice (navigation, breadcrumbs `首页 > …` and
//!   `-> 要闻 -> …`, view counts, share, print, font and read-aloud buttons, editor and
//!   related-article footers), marked as [`Normalized::chrome`]; a paragraph ends at chrome;
//! - a site's footer (`版权所有`, `服务邮箱:…`, `Copyright©…`) and the lists of links to other
//!   pages at the end of a page (after `相关阅读`, `为你推荐` or a lone `|`, or a run of short
//!   lines before `友情链接`), also chrome, while a notice's issuer and date above the footer
//!   stay text;
//! - the metadata blocks (`信息索引号`, `发布机构`, `成文日期`, `发布日期`, `公开方式`,
//!   `日期`, `来源` …) kept as [`Normalized::metadata`]: fields on one line, with or without a
//!   space between them (`发布日期:2024-03-08 10:20信息来源:…`), bulleted fields with the value
//!   on a later line (`• 发布机构:` / `某某县审计局`), a bare page date above the title
//!   (`2024-03-08`) and a source field glued to the dateline of the first paragraph
//!   (`来源:…日报3月8日,…`, split where the publisher's name ends), and a news byline glued to
//!   the start of the first paragraph (`通讯员 张三 报道 本报讯 今年以来,…`, the names kept as
//!   `作者`);
//! - list bullets before a line (`•`, `·`, `●`, `▪`: `• 中共…关于巡察整改情况的通报` is the
//!   title);
//! - stray spaces next to CJK characters (`督导检查 5 次` → `督导检查5次`);
//! - lines broken mid-sentence by PDF line and page breaks (a long line without sentence
//!   punctuation whose next line does not start a heading is joined to it, across page
//!   numbers but not across chrome; a first line that ends in the kind of document,
//!   `…整改情况的报告`, is the title and is never continued);
//! - `**bold**` markers;
//! - full-width digits, letters and punctuation (to half-width), `∶` (U+2236, as a colon), `〇`
//!   (as `零`, so that `二〇二五` reads as a numeral), NBSP and U+3000.
//!
//! Paragraphs are separated by exactly one `\n` in [`Normalized::text`]. Every character of
//! the normalized text comes from a character of the original: [`OffsetMap::original`] maps a
//! normalized range back.

mod chars;
mod chrome;
mod dates;
mod footer;
mod glued;
mod line;
mod metadata;
mod offset;
mod page;
mod source;

use std::sync::LazyLock;

pub use chars::fold_char;
use chars::is_space;
pub(crate) use chars::{is_cjk, is_terminal};
use footer::trailing_chrome;
use line::{Line, Role, lines};
pub use metadata::MetadataField;
pub use offset::OffsetMap;
use page::page_chrome;
pub use source::SourceLine;
use source::source_line;

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
    /// What of the original is web page chrome (not body), in original bytes and in order:
    /// chrome lines, the head of a line holding a source field glued to the first paragraph,
    /// page numbers and the bullets of body lines.
    pub chrome: Vec<Span>,
    /// Publication metadata fields found in the chrome.
    pub metadata: Vec<MetadataField>,
    /// The first line, when it names the page the text was saved from.
    pub source_line: Option<SourceLine>,
    /// The original input.
    pub original: String,
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

/// How a notice's title ends (`通报`, `报告`, `函`): the rows of `grammar/titles.tsv`.
static TITLE_ENDS: LazyLock<Lexicon<()>> =
    LazyLock::new(|| Lexicon::new(include_str!("../../grammar/titles.tsv"), |_| Some(())));

/// The longest title, in characters (as the outline reads titles).
const TITLE_MAX: usize = 80;

/// Whether the body line `line`, first of the text, is a title: at most [`TITLE_MAX`]
/// characters, no sentence punctuation, and the kind of document at its end
/// (`…关于2023年度…审计查出问题整改情况的报告`). A title does not continue on the next line,
/// however long it is.
fn is_title(input: &str, line: &Line) -> bool {
    let text = line.text(input);
    line.chars <= TITLE_MAX
        && !text
            .chars()
            .any(|c| matches!(fold_char(c), ',' | '。' | ';' | ':' | '!' | '?'))
        && TITLE_ENDS
            .find_all(text)
            .last()
            .is_some_and(|(_, end, _)| end == text.len())
}

/// Whether the line `cur` continues on the body line `next` (a PDF line or page break).
fn joins(input: &str, cur: &Line, next: &Line) -> bool {
    let text = cur.text(input);
    let next_text = next.text(input);
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
    let mut out = Normalized {
        text: String::with_capacity(input.len()),
        map: OffsetMap::new(input.len()),
        original: input.to_owned(),
        ..Normalized::default()
    };
    let mut lines = lines(input);
    if let Some(first) = lines.first_mut()
        && let Some(source) = source_line(input, first)
    {
        first.role = Role::Chrome;
        out.source_line = Some(source);
    }
    let mut lines = page_chrome(input, lines, &mut out.metadata);
    trailing_chrome(input, &mut lines);
    for line in &lines {
        match (line.role, line.bullet) {
            (Role::Body, Some((start, end))) => out.chrome.push(Span::new(start, end)),
            (Role::Body, None) => {}
            (Role::Chrome | Role::PageNumber, bullet) => {
                let start = bullet.map_or(line.start, |b| b.0);
                out.chrome.push(Span::new(start, line.end));
            }
        }
    }
    // The body lines, a paragraph break between two unless the first continues on the second;
    // never across chrome, never after the title.
    let mut prev: Option<&Line> = None;
    let mut after_title = false;
    let mut chrome_since = false;
    for line in &lines {
        match line.role {
            Role::Chrome => {
                chrome_since = true;
                continue;
            }
            Role::PageNumber => continue,
            Role::Body if line.is_blank() => continue,
            Role::Body => {}
        }
        if let Some(p) = prev
            && (chrome_since || after_title || !joins(input, p, line))
        {
            let nl = p.newline.unwrap_or((p.end, p.end));
            let at = out.text.len();
            out.text.push('\n');
            out.map.push(at, '\n', nl);
        }
        emit_line(input, line, &mut out);
        after_title = prev.is_none() && is_title(input, line);
        prev = Some(line);
        chrome_since = false;
    }
    out
}

/// Appends the text of a body line to `out`: `**` markers dropped, full-width forms folded,
/// spaces next to CJK characters dropped and other runs of spaces made one space.
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
