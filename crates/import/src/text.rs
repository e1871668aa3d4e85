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

/// A `key: value` field of a page's metadata block (`发布日期:2025-10-23`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataField {
    /// The key as written (`发布机构`). A bare page date above the title (`2024-03-08`) has
    /// no key written: it reads as `发布日期`, with an empty [`key_span`](Self::key_span) at
    /// the start of the value.
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
    /// Length of the original, in bytes.
    orig_len: usize,
    /// Length of the normalized text, in bytes.
    norm_len: usize,
}

impl OffsetMap {
    /// Records that the output character `c` at normalized byte `norm_at` comes from the
    /// original bytes `orig`.
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

    /// Length of the normalized text, in bytes.
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

/// What a word of the chrome table (`grammar/chrome.tsv`) marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chrome {
    /// The key of a metadata field (`发布机构`), and what its value must be.
    Key(Value),
    /// A marker of a chrome line (`浏览次数`), and where it counts.
    Marker(Place),
}

/// What the value of a metadata key must be for the key to make a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    /// Anything (`发布机构:许昌市示范区`).
    Any,
    /// A date (`日期:2024-03-08 09:15:02`): before anything else the word is text.
    Date,
    /// A publisher's name (`来源:某某日报`), which a page may glue to the dateline of the first
    /// paragraph (see [`glued_source`]).
    Source,
}

/// Where a chrome marker marks its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Anywhere in a short line (`浏览次数`, `版权所有`).
    Anywhere,
    /// As a field: before a colon or a bracket, or after an opening bracket (`字号:[ ]`,
    /// `【字号 】`, `分享:`).
    Field,
    /// As the whole line, brackets, spaces and a final colon aside (`朗读`, `首页`, `页:`).
    Line,
    /// Anywhere in a short line, even one that ends in a full stop: the words of a site's
    /// instructions (`打开微信,点击底部的“发现”…。`).
    Sentence,
    /// As a field ([`Place::Field`]) whose text, when the marker and its colon are the whole
    /// line, is the next short line (`温馨提示:` / `请完成登录后进行相关操作`).
    Prompt,
    /// As the whole line ([`Place::Line`]), opening a list of links to other pages
    /// (`相关阅读`, `为你推荐`, a lone `|`): the short lines after it to the end of the page are
    /// chrome (see [`trailing_chrome`]).
    Links,
}

/// The metadata keys and chrome markers of `grammar/chrome.tsv`.
static CHROME: LazyLock<Lexicon<Chrome>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../grammar/chrome.tsv"), |cells| {
        let condition = cells.get(1).copied().filter(|c| !c.is_empty());
        match (*cells.first()?, condition) {
            ("metadata", None) => Some(Chrome::Key(Value::Any)),
            ("metadata", Some("date")) => Some(Chrome::Key(Value::Date)),
            ("metadata", Some("source")) => Some(Chrome::Key(Value::Source)),
            ("chrome", None) => Some(Chrome::Marker(Place::Anywhere)),
            ("chrome", Some("field")) => Some(Chrome::Marker(Place::Field)),
            ("chrome", Some("line")) => Some(Chrome::Marker(Place::Line)),
            ("chrome", Some("sentence")) => Some(Chrome::Marker(Place::Sentence)),
            ("chrome", Some("prompt")) => Some(Chrome::Marker(Place::Prompt)),
            ("chrome", Some("links")) => Some(Chrome::Marker(Place::Links)),
            _ => None,
        }
    })
});

/// How a publisher's name ends (`日报`, `新闻网`): the `suffix` rows of `grammar/chrome.tsv`.
static PUBLISHER_ENDS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../grammar/chrome.tsv"), |cells| {
        (cells.first() == Some(&"suffix")).then_some(())
    })
});

/// A word of a news page's byline: the `byline` rows of `grammar/chrome.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Byline {
    /// Who wrote the article, before their names (`通讯员`, `记者`).
    Reporter,
    /// After the names (`报道`).
    Reported,
    /// The paper's own dateline (`本报讯`).
    Dateline,
}

/// The words of news bylines (`通讯员`, `报道`, `本报讯`).
static BYLINES: LazyLock<Lexicon<Byline>> = LazyLock::new(|| {
    Lexicon::new(include_str!("../grammar/chrome.tsv"), |cells| {
        match (*cells.first()?, cells.get(1).copied()) {
            ("byline", Some("reporter")) => Some(Byline::Reporter),
            ("byline", Some("reported")) => Some(Byline::Reported),
            ("byline", Some("dateline")) => Some(Byline::Dateline),
            _ => None,
        }
    })
});

/// How far the names of a byline may run, in bytes (16 characters).
const NAMES_WINDOW: usize = 48;

/// How a notice's title ends (`通报`, `报告`, `函`): the rows of `grammar/titles.tsv`.
static TITLE_ENDS: LazyLock<Lexicon<()>> =
    LazyLock::new(|| Lexicon::new(include_str!("../grammar/titles.tsv"), |_| Some(())));

/// The longest title, in characters (as the outline reads titles).
const TITLE_MAX: usize = 80;

/// The bullets of a web page's list items (`• 信息索引号:`): dropped before a line, with the
/// spaces after them.
const BULLETS: [char; 4] = ['•', '·', '●', '▪'];

/// The longest link to another page in a page's footer, in characters.
const LINK_MAX: usize = 48;

/// The fewest links before a footer's first chrome line that are a list of links by themselves
/// (a notice's issuer and date above a footer are fewer, or dated).
const LINK_RUN_MIN: usize = 3;

/// The longest line a chrome marker or metadata key marks as chrome, in characters.
const CHROME_LINE_MAX: usize = 150;

/// The longest breadcrumb, in characters.
const BREADCRUMB_MAX: usize = 80;

/// The longest name between two separators of a breadcrumb, in characters.
const CRUMB_MAX: usize = 16;

/// The longest line that can be the value of a bare key on the line before, in characters.
const VALUE_LINE_MAX: usize = 100;

/// How many lines after a bare key (`发布机构:`) its value may be, blank lines included.
const VALUE_LOOKAHEAD: usize = 4;

/// How far a publisher's name glued to the first paragraph may run, in bytes (40 characters).
const SOURCE_WINDOW: usize = 120;

/// The longest place name between a publisher's name and its dateline (`…日报北京3月8日讯`),
/// in characters.
const PLACE_MAX: usize = 4;

/// Whether `c` is a CJK ideograph, CJK punctuation or a full-width form.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF
        | 0x2014 | 0x2018..=0x201D | 0x2026 | 0x2236 | 0x20000..=0x2FFFF)
}

/// Whether `c` is a CJK ideograph (not punctuation).
fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// Whether `c` is a space of extracted text (spaces, tabs, NBSP, U+3000, zero-width spaces, CR).
fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{A0}' | '\u{3000}' | '\u{2002}'..='\u{200B}' | '\u{FEFF}' | '\r'
    )
}

/// Whether `c` is a colon, half- or full-width.
fn is_colon(c: char) -> bool {
    matches!(c, ':' | '：' | '∶' | '﹕')
}

/// Whether `c` is a bracket that frames a field of page chrome (`【字号 】`, `[ ]`).
fn is_bracket(c: char) -> bool {
    matches!(c, '【' | '】' | '[' | ']')
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

/// What a line of the original is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Text of the notice, or a blank line.
    Body,
    /// Web page chrome: left out, and a paragraph ends there.
    Chrome,
    /// A page number of a PDF: left out, and a sentence broken by the page break joins across
    /// it.
    PageNumber,
}

/// One line of the original.
#[derive(Debug, Clone, Copy)]
struct Line {
    /// Start of the line's text in original bytes, after spaces and a bullet.
    start: usize,
    /// End of the line's text in original bytes, before spaces and the line break.
    end: usize,
    /// Original byte range of the line break after it, if any.
    newline: Option<(usize, usize)>,
    /// Original byte range of a list bullet before the text (`•`) and the spaces after it, if
    /// any.
    bullet: Option<(usize, usize)>,
    /// What the line is.
    role: Role,
    /// Length of the text in characters.
    chars: usize,
}

impl Line {
    /// Whether the line holds no text (spaces or a bullet alone).
    fn is_blank(&self) -> bool {
        self.end <= self.start
    }

    /// The line's text in `input`.
    fn text<'a>(&self, input: &'a str) -> &'a str {
        input.get(self.start..self.end).unwrap_or("")
    }
}

/// The lines of the original, trimmed, with their roles.
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

/// The line at original bytes `start..end`: spaces around it and a bullet before it left out.
fn line(input: &str, start: usize, end: usize, newline: Option<(usize, usize)>) -> Line {
    let raw = input.get(start..end).unwrap_or("");
    let trimmed = raw.trim_matches(is_space);
    let mut from = start + (raw.len() - raw.trim_start_matches(is_space).len());
    let to = from + trimmed.len();
    let mut bullet = None;
    if let Some(rest) = trimmed.strip_prefix(BULLETS) {
        let text = rest.trim_start_matches(is_space);
        bullet = Some((from, to - text.len()));
        from = to - text.len();
    }
    let text = input.get(from..to).unwrap_or("");
    let chars = text.chars().count();
    Line {
        start: from,
        end: to,
        newline,
        bullet,
        role: role(text, chars),
        chars,
    }
}

/// What a trimmed line of `chars` characters is, by itself.
fn role(line: &str, chars: usize) -> Role {
    if is_page_number(line) {
        Role::PageNumber
    } else if is_chrome(line, chars) {
        Role::Chrome
    } else {
        Role::Body
    }
}

/// A page number line of a PDF or a page's pager: `- 3 -`, `—3—`, `第 3 页`, `3/12`, `3`, `[1]`.
fn is_page_number(line: &str) -> bool {
    let core: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let core = core.trim_matches(|c| matches!(c, '-' | '—' | '–' | '－' | '[' | ']'));
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

/// Whether a trimmed line of `chars` characters is web page chrome by itself: a breadcrumb, or
/// a short line (no full stop at its end) with a chrome marker or a metadata field, or a
/// short line with a marker of a site's instructions ([`Place::Sentence`]).
fn is_chrome(line: &str, chars: usize) -> bool {
    if line.is_empty() || chars > CHROME_LINE_MAX {
        return false;
    }
    let sentence = line.ends_with('。');
    if !sentence && chars <= BREADCRUMB_MAX && is_breadcrumb(line) {
        return true;
    }
    CHROME
        .find_all(line)
        .any(|(start, end, (_, chrome))| match *chrome {
            Chrome::Marker(Place::Sentence) => true,
            _ if sentence => false,
            Chrome::Marker(place) => marks(line, start, end, place),
            Chrome::Key(value) => opens_field(line, start, end, value),
        })
}

/// Whether the chrome marker at bytes `start..end` of `line` marks the line: a field marker
/// only at the start of a field (of the line, after a space, a bracket or a bar), so that
/// `经验分享:` is text.
fn marks(line: &str, start: usize, end: usize, place: Place) -> bool {
    let raw_before = line.get(..start).unwrap_or("");
    let before = raw_before.trim_end_matches(is_space);
    let after = line.get(end..).unwrap_or("").trim_start_matches(is_space);
    match place {
        Place::Anywhere | Place::Sentence => true,
        Place::Field | Place::Prompt => {
            let at_field_start = before.len() < raw_before.len()
                || before.is_empty()
                || before.ends_with(['】', ']', '|', '丨']);
            before.ends_with(['【', '[']) || (at_field_start && opens_value(after))
        }
        Place::Line | Place::Links => {
            let aside = |c: char| is_space(c) || is_bracket(c);
            before.trim_matches(aside).is_empty()
                && after
                    .trim_end_matches(is_colon)
                    .trim_matches(aside)
                    .is_empty()
        }
    }
}

/// Whether `after`, the text after a field marker and its spaces, opens the field's value: a
/// colon or a bracket (`字号:[ ]`, `字号【大 中 小】`, `【字号 】`).
fn opens_value(after: &str) -> bool {
    after.starts_with(|c: char| is_colon(c) || is_bracket(c))
}

/// Whether the metadata key at bytes `start..end` of `line` opens a field: at the start of the
/// line or of a bracketed field, before a colon, with a value the key may have.
fn opens_field(line: &str, start: usize, end: usize, value: Value) -> bool {
    let before = line.get(..start).unwrap_or("").trim_end_matches(is_space);
    let at_field_start = before.is_empty() || before.ends_with(['【', '[', '|', '丨']);
    at_field_start
        && colon_after(line, end).is_some_and(|at| fits(line.get(at..).unwrap_or(""), value))
}

/// Whether `rest`, the text after a key's colon, may start the key's value (a `日期` value is a
/// date, or on a later line).
fn fits(rest: &str, value: Value) -> bool {
    let rest = rest.trim_start_matches(is_space);
    value != Value::Date || rest.is_empty() || starts_with_date(rest)
}

/// The byte offset after the colon that follows `end` in `line` (spaces between allowed).
fn colon_after(line: &str, end: usize) -> Option<usize> {
    let rest = line.get(end..)?;
    let after = rest.trim_start_matches(is_space);
    let colon = after.chars().next().filter(|&c| is_colon(c))?;
    Some(end + (rest.len() - after.len()) + colon.len_utf8())
}

/// A breadcrumb of a web page: short names between the separators `>`, `->`, `»`, `›` or a
/// spaced `/` (`首页 > 信息公开 > 通知公告`, `-> 要闻 -> 审计公告`, `首页 / 新闻`), with two
/// separators or more, or one at the start of the line or after `首页`. Each name has an
/// ideograph and no sentence punctuation, so that dates, fractions and comparisons are not
/// breadcrumbs.
fn is_breadcrumb(line: &str) -> bool {
    if !line.contains(['>', '»', '›', '/', '＞']) {
        return false;
    }
    let chars: Vec<char> = line.chars().map(fold_char).collect();
    let is_separator = |k: usize| match chars.get(k) {
        Some('>' | '»' | '›') => true,
        Some('-') => chars.get(k + 1) == Some(&'>'),
        Some('/') => {
            k.checked_sub(1)
                .and_then(|p| chars.get(p))
                .is_some_and(|&p| is_space(p))
                && chars.get(k + 1).is_some_and(|&n| is_space(n))
        }
        _ => false,
    };
    // Names between runs of separators (and the spaces around them).
    let mut names: Vec<String> = vec![String::new()];
    let mut in_run = false;
    for (k, &c) in chars.iter().enumerate() {
        if is_separator(k) || (in_run && is_space(c)) {
            if !in_run {
                names.push(String::new());
                in_run = true;
            }
            continue;
        }
        in_run = false;
        if let Some(name) = names.last_mut() {
            name.push(c);
        }
    }
    let separators = names.len() - 1;
    let last = separators;
    let names_fit = names.iter().enumerate().all(|(i, name)| {
        let name = name.trim_matches(is_space);
        if name.is_empty() {
            return i == 0 || i == last;
        }
        name.chars().count() <= CRUMB_MAX
            && name.chars().any(is_ideograph)
            && !name.chars().any(|c| {
                matches!(
                    c,
                    ',' | '。' | ';' | ':' | '!' | '?' | '、' | '(' | ')' | '“' | '”' | '《' | '》'
                )
            })
    });
    let first = names.first().map_or("", |n| n.trim_matches(is_space));
    names_fit
        && names.iter().any(|n| !n.trim_matches(is_space).is_empty())
        && (separators >= 2 || (separators == 1 && (first.is_empty() || first == "首页")))
}

/// Whether `s` starts with a year, a separator and a month (`2024-03-08`, `2024/3/8`,
/// `2024.03.08`, `2024年3月8日`).
fn starts_with_date(s: &str) -> bool {
    let mut chars = s.chars().map(fold_char).peekable();
    digits(&mut chars, 4) == 4
        && chars
            .next()
            .is_some_and(|c| matches!(c, '-' | '/' | '.' | '年'))
        && (1..=2).contains(&digits(&mut chars, 2))
}

/// Whether `s` is a date and nothing else, a time of day aside: the page date of a web page
/// (`2024-03-08`, `2024/3/8 10:12`).
fn is_page_date(s: &str) -> bool {
    let mut chars = s.chars().map(fold_char).peekable();
    if digits(&mut chars, 4) != 4 {
        return false;
    }
    let Some(separator) = chars.next().filter(|c| matches!(c, '-' | '/' | '.')) else {
        return false;
    };
    let date = (1..=2).contains(&digits(&mut chars, 2))
        && chars.next() == Some(separator)
        && (1..=2).contains(&digits(&mut chars, 2));
    if !date {
        return false;
    }
    if chars.peek().is_none() {
        return true;
    }
    // `HH:MM` or `HH:MM:SS` after spaces.
    if chars.next_if(|&c| is_space(c)).is_none() {
        return false;
    }
    while chars.next_if(|&c| is_space(c)).is_some() {}
    let mut time = (1..=2).contains(&digits(&mut chars, 2));
    for _ in 0..2 {
        if chars.peek().is_none() {
            break;
        }
        time &= chars.next() == Some(':') && digits(&mut chars, 2) == 2;
    }
    time && chars.peek().is_none()
}

/// The page date a line opens with and the rest of the line: `2019-07-02 13:28:53`, alone
/// or followed by fields (`2018-05-16 07:21:00 来源:湖北日报`); `None` when the line does not
/// open with one.
fn page_date_prefix(s: &str) -> Option<(&str, &str)> {
    let mut tokens = s.split_whitespace();
    let date = tokens.next()?;
    let date_end = date.as_ptr() as usize - s.as_ptr() as usize + date.len();
    let with_time = tokens.next().and_then(|time| {
        let end = time.as_ptr() as usize - s.as_ptr() as usize + time.len();
        s.get(..end).filter(|d| is_page_date(d))
    });
    let prefix = with_time.or_else(|| s.get(..date_end).filter(|d| is_page_date(d)))?;
    Some((
        prefix,
        s.get(prefix.len()..)
            .unwrap_or("")
            .trim_start_matches(is_space),
    ))
}

/// Whether `s` starts with a date as a dateline writes it: a year (`2023年`) or a month and day
/// (`3月8日`).
fn starts_with_dateline(s: &str) -> bool {
    let mut chars = s.chars().map(fold_char).peekable();
    match digits(&mut chars, 4) {
        4 => chars.next() == Some('年'),
        1 | 2 => {
            chars.next() == Some('月')
                && (1..=2).contains(&digits(&mut chars, 2))
                && chars.next() == Some('日')
        }
        _ => false,
    }
}

/// Takes up to `max` ASCII digits from `chars`; how many it took.
fn digits(chars: &mut std::iter::Peekable<impl Iterator<Item = char>>, max: usize) -> usize {
    let mut n = 0;
    while n < max && chars.next_if(char::is_ascii_digit).is_some() {
        n += 1;
    }
    n
}

/// The metadata fields of one chrome line
/// (`发布日期:2024-03-08 10:20信息来源:某某市审计局浏览次数:`): each key before a colon, with
/// its value up to the next key before a colon or the next marker (written with or without a
/// space between), a bracket or a run of two spaces. A `日期` key whose value is not a date is
/// left out.
fn metadata(input: &str, line: &Line, out: &mut Vec<MetadataField>) {
    let text = line.text(input);
    let words: Vec<(usize, usize, Chrome)> = CHROME
        .find_all(text)
        .map(|(s, e, (_, chrome))| (s, e, *chrome))
        .collect();
    // Where values end, in order: keys before a colon and markers, written with or without a
    // space before them.
    let stops: Vec<usize> = words
        .iter()
        .filter(|&&(s, e, chrome)| match chrome {
            Chrome::Key(_) => colon_after(text, e).is_some(),
            Chrome::Marker(Place::Anywhere | Place::Sentence) => true,
            Chrome::Marker(Place::Field | Place::Prompt) => {
                let before = text.get(..s).unwrap_or("").trim_end_matches(is_space);
                let after = text.get(e..).unwrap_or("").trim_start_matches(is_space);
                before.ends_with(['【', '[']) || opens_value(after)
            }
            Chrome::Marker(Place::Line | Place::Links) => false,
        })
        .map(|&(s, _, _)| s)
        .collect();
    for &(ks, ke, chrome) in &words {
        let Chrome::Key(kind) = chrome else {
            continue;
        };
        let Some(value_start) = colon_after(text, ke) else {
            continue;
        };
        let limit = stops
            .get(stops.partition_point(|&s| s < value_start))
            .copied()
            .unwrap_or(text.len());
        let tail = text.get(value_start..limit.max(value_start)).unwrap_or("");
        // The value ends at a bracket or a run of two spaces.
        let mut end = tail.len();
        let mut space_at: Option<usize> = None;
        for (i, c) in tail.char_indices() {
            if matches!(c, '【' | '】' | '[' | ']' | '|' | '丨') {
                end = i;
                break;
            }
            if is_space(c) {
                if let Some(first) = space_at {
                    end = first;
                    break;
                }
                space_at = Some(i);
            } else {
                space_at = None;
            }
        }
        let raw = tail.get(..end).unwrap_or("");
        let value = raw.trim_matches(is_space);
        if kind == Value::Date && !starts_with_date(value) {
            continue;
        }
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

/// The key of a line that is a key and its colon alone (`发布机构:`, after a bullet), as a field
/// with an empty value, and what its value must be: the value is on a later line.
fn bare_key(input: &str, line: &Line) -> Option<(MetadataField, Value)> {
    let text = line.text(input);
    let (ke, (_, chrome)) = CHROME.at(text, 0)?;
    let Chrome::Key(value) = *chrome else {
        return None;
    };
    let at = colon_after(text, ke)?;
    if !text.get(at..)?.trim_matches(is_space).is_empty() {
        return None;
    }
    let field = MetadataField {
        key: text.get(..ke)?.to_owned(),
        value: String::new(),
        key_span: Span::new(line.start, line.start + ke),
        value_span: Span::new(line.end, line.end),
    };
    Some((field, value))
}

/// Whether a chrome line is a prompt marker and its colon alone (`温馨提示:`): its text is on
/// a later line.
fn is_bare_prompt(input: &str, line: &Line) -> bool {
    let text = line.text(input);
    CHROME
        .at(text, 0)
        .filter(|(_, (_, chrome))| *chrome == Chrome::Marker(Place::Prompt))
        .and_then(|(end, _)| colon_after(text, end))
        .and_then(|at| text.get(at..))
        .is_some_and(|rest| rest.trim_matches(is_space).is_empty())
}

/// The next line with text (or a bullet) from index `from` on, within [`VALUE_LOOKAHEAD`]
/// lines.
fn next_line(lines: &[Line], from: usize) -> Option<(usize, &Line)> {
    lines
        .iter()
        .enumerate()
        .skip(from)
        .take(VALUE_LOOKAHEAD)
        .find(|(_, l)| !l.is_blank() || l.bullet.is_some())
}

/// The index of the line holding the value of a bare key whose line is just before `from`: the
/// next line with text within [`VALUE_LOOKAHEAD`] lines, when it is short text that can be a
/// value (not chrome, no bullet of its own, no sentence end; a date for `日期`). A key neither
/// bulleted nor after other chrome (`in_block` false) takes a value only when chrome follows
/// the value, so that an empty `来源:` above the title does not take the title.
fn value_line(
    input: &str,
    lines: &[Line],
    from: usize,
    value: Value,
    in_block: bool,
) -> Option<usize> {
    let (j, line) = next_line(lines, from)?;
    let text = line.text(input);
    let fits = line.role == Role::Body
        && line.bullet.is_none()
        && !line.is_blank()
        && line.chars <= VALUE_LINE_MAX
        && !text
            .chars()
            .next_back()
            .is_some_and(|c| is_terminal(fold_char(c)))
        && (value != Value::Date || starts_with_date(text))
        && (in_block || next_line(lines, j + 1).is_some_and(|(_, l)| l.role != Role::Body));
    fits.then_some(j)
}

/// Where a source field glued to the dateline of the first paragraph ends, as a byte offset of
/// `line` (`来源:某某新闻网—某某日报3月8日,省督察组…` → after `某某日报`).
///
/// The publisher's name runs from the colon to the first dateline date (`3月8日`, `2023年`)
/// within [`SOURCE_WINDOW`], with no space, bracket or punctuation before it; when a short place
/// name sits between a publisher's suffix and the date (`…日报北京3月8日讯`), the name ends at
/// the suffix. The rest of the line must be prose (a comma or a full stop). `None` when the
/// line is no such field: a name followed by a space or another field (`来源:某某镇 作者:…`) is
/// a field of its own line.
fn glued_source(line: &str) -> Option<usize> {
    let (ke, (_, chrome)) = CHROME.at(line, 0)?;
    if *chrome != Chrome::Key(Value::Source) {
        return None;
    }
    let after_colon = colon_after(line, ke)?;
    let window = crate::grammar::ahead(line, after_colon, SOURCE_WINDOW);
    let lead = window.len() - window.trim_start_matches(is_space).len();
    let name_start = after_colon + lead;
    let window = window.get(lead..)?;
    let mut date_at = None;
    for (i, c) in window.char_indices() {
        let c = fold_char(c);
        if c.is_ascii_digit() {
            date_at = starts_with_dateline(window.get(i..)?).then_some(i);
            break;
        }
        if is_space(c)
            || is_bracket(c)
            || matches!(
                c,
                ',' | '。' | ';' | ':' | '|' | '丨' | '(' | ')' | '、' | '!' | '?'
            )
        {
            return None;
        }
    }
    let date_at = date_at.filter(|&i| i > 0)?;
    let name = window.get(..date_at)?;
    let mut end = date_at;
    if let Some((suffix_start, suffix_end, _)) = PUBLISHER_ENDS.find_all(name).last()
        && suffix_start > 0
        && let Some(place) = name.get(suffix_end..)
        && place.chars().count() <= PLACE_MAX
        && place.chars().all(is_ideograph)
    {
        end = suffix_end;
    }
    let cut = name_start + end;
    let prose = line
        .get(cut..)?
        .chars()
        .any(|c| matches!(fold_char(c), ',' | '。'));
    prose.then_some(cut)
}

/// A news page's byline glued to the start of the first paragraph
/// (`通讯员 张三 李四 报道 本报讯 今年以来,…`, `本报讯 今年以来,…`): where it ends, as a byte
/// offset of `line`, and the byte range of the reporters' names, if written.
///
/// The names follow a reporter word and a space, within [`NAMES_WINDOW`], and are ideographs
/// and spaces up to `报道`; a dateline word (`本报讯`) may follow, or open the line alone. The
/// rest of the line must be prose (a comma or a full stop).
fn byline(line: &str) -> Option<(usize, Option<(usize, usize)>)> {
    let skip = |at: usize| {
        at + line
            .get(at..)
            .map_or(0, |r| r.len() - r.trim_start_matches(is_space).len())
    };
    let mut at = 0;
    let mut names = None;
    if let Some((end, (_, Byline::Reporter))) = BYLINES.at(line, 0) {
        let from = skip(end);
        if from > end {
            let window = crate::grammar::ahead(line, from, NAMES_WINDOW);
            if let Some((start, stop, _)) = BYLINES
                .find_all(window)
                .find(|(_, _, (_, word))| *word == Byline::Reported)
                && let Some(written) = window.get(..start)
                && written.chars().all(|c| is_ideograph(c) || is_space(c))
                && written.chars().any(is_ideograph)
            {
                let written = written.trim_end_matches(is_space);
                names = Some((from, from + written.len()));
                at = skip(from + stop);
            }
        }
    }
    if let Some((end, (_, Byline::Dateline))) = BYLINES.at(line, at) {
        at = skip(end);
    }
    let prose = line
        .get(at..)?
        .chars()
        .any(|c| matches!(fold_char(c), ',' | '。'));
    (at > 0 && prose).then_some((at, names))
}

/// Page chrome that spans lines or parts of lines: a bare key and its value on a later line
/// (`• 发布机构:` / blank / `某某县审计局`), a bare page date above the title (`2024-03-08`,
/// kept as `发布日期` with an empty key span), and a source field glued to the first paragraph
/// (split off its line, see [`glued_source`]). Collects the metadata fields of every chrome
/// line, in order.
fn page_chrome(
    input: &str,
    mut lines: Vec<Line>,
    metadata_out: &mut Vec<MetadataField>,
) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len() + 1);
    // Whether no text of the notice has come yet.
    let mut head = true;
    // How many body lines have come (a page date may follow the title).
    let mut early = 0usize;
    // The line a bare key took as its value.
    let mut taken = None;
    // Whether the last line with text was chrome.
    let mut after_chrome = false;
    for i in 0..lines.len() {
        let Some(mut line) = lines.get(i).copied() else {
            break;
        };
        if taken == Some(i) {
            after_chrome = true;
            out.push(line);
            continue;
        }
        let text = line.text(input);
        if line.role != Role::PageNumber
            && let Some(cut) = glued_source(text)
        {
            let field = Line {
                end: line.start + cut,
                newline: None,
                role: Role::Chrome,
                chars: text.get(..cut).map_or(0, |t| t.chars().count()),
                ..line
            };
            metadata(input, &field, metadata_out);
            out.push(field);
            out.push(Line {
                start: line.start + cut,
                bullet: None,
                role: Role::Body,
                chars: text.get(cut..).map_or(0, |t| t.chars().count()),
                ..line
            });
            head = false;
            after_chrome = false;
            continue;
        }
        if line.role == Role::Body
            && early < 3
            && let Some((cut, names)) = byline(text)
        {
            if let Some((start, end)) = names {
                metadata_out.push(MetadataField {
                    key: "作者".to_owned(),
                    value: text.get(start..end).unwrap_or("").to_owned(),
                    key_span: Span::new(line.start, line.start),
                    value_span: Span::new(line.start + start, line.start + end),
                });
            }
            let trimmed = text.get(..cut).unwrap_or("").trim_end_matches(is_space);
            out.push(Line {
                end: line.start + trimmed.len(),
                newline: None,
                role: Role::Chrome,
                chars: trimmed.chars().count(),
                ..line
            });
            out.push(Line {
                start: line.start + cut,
                bullet: None,
                role: Role::Body,
                chars: text.get(cut..).map_or(0, |t| t.chars().count()),
                ..line
            });
            head = false;
            after_chrome = false;
            continue;
        }
        match line.role {
            Role::Chrome => match bare_key(input, &line) {
                Some((mut field, value)) => {
                    let in_block = line.bullet.is_some() || after_chrome;
                    if let Some(j) = value_line(input, &lines, i + 1, value, in_block)
                        && let Some(holder) = lines.get_mut(j)
                    {
                        holder.role = Role::Chrome;
                        field.value = holder.text(input).to_owned();
                        field.value_span = Span::new(holder.start, holder.end);
                        taken = Some(j);
                    }
                    if value != Value::Date || !field.value.is_empty() {
                        metadata_out.push(field);
                    }
                }
                None if is_bare_prompt(input, &line) => {
                    let in_block = line.bullet.is_some() || after_chrome;
                    if let Some(j) = value_line(input, &lines, i + 1, Value::Any, in_block)
                        && let Some(holder) = lines.get_mut(j)
                    {
                        holder.role = Role::Chrome;
                        taken = Some(j);
                    }
                }
                None => metadata(input, &line, metadata_out),
            },
            Role::Body if !line.is_blank() => {
                let more = || {
                    lines
                        .get(i + 1..)
                        .is_some_and(|rest| rest.iter().any(|l| !l.is_blank()))
                };
                // A page date above the title, or under it among the page's fields
                // (`2019-07-02 13:28:53`, `2018-05-16 07:21:00 来源:湖北日报`).
                let dated = (early < 3 && line.chars <= CHROME_LINE_MAX)
                    .then(|| page_date_prefix(text))
                    .flatten()
                    .filter(|(_, rest)| rest.is_empty() || is_chrome(rest, rest.chars().count()));
                if let Some((date, rest)) = dated
                    && (head || !rest.is_empty() || after_title(&out, input))
                    && more()
                {
                    line.role = Role::Chrome;
                    metadata_out.push(MetadataField {
                        key: "发布日期".to_owned(),
                        value: date.to_owned(),
                        key_span: Span::new(line.start, line.start),
                        value_span: Span::new(line.start, line.start + date.len()),
                    });
                    if !rest.is_empty() {
                        let fields = Line {
                            start: line.end - rest.len(),
                            ..line
                        };
                        metadata(input, &fields, metadata_out);
                    }
                } else {
                    early += 1;
                }
                head = false;
            }
            Role::Body | Role::PageNumber => {}
        }
        if !line.is_blank() {
            after_chrome = line.role != Role::Body;
        }
        out.push(line);
    }
    out
}

/// The footer of a page: the lines at its end that are blank, chrome, page numbers or links to
/// other pages ([`is_link`]). Of its links, those become chrome that come after a marker of
/// links (`相关阅读`, `为你推荐`, a lone `|`), and, when the page ends in chrome and none of them
/// is dated, those after the footer's first chrome line and a run of at least [`LINK_RUN_MIN`]
/// before it (`…厂家` / `…厂家` / `…厂家` / `友情链接`), so that the issuer and date of a notice
/// above a site's footer stay text. One pass back and one forth: linear.
fn trailing_chrome(input: &str, lines: &mut [Line]) {
    let start = lines
        .iter()
        .rposition(|l| l.role == Role::Body && !l.is_blank() && !is_link(input, l))
        .map_or(lines.len(), |k| k + 1);
    let Some(footer) = lines.get_mut(start..) else {
        return;
    };
    let is_candidate = |l: &Line| l.role == Role::Body && !l.is_blank();
    let opener = footer
        .iter()
        .position(|l| l.role == Role::Chrome && opens_links(l.text(input)));
    let first_chrome = footer.iter().position(|l| l.role == Role::Chrome);
    let ends_in_chrome = footer
        .iter()
        .rev()
        .find(|l| !l.is_blank())
        .is_some_and(|l| l.role == Role::Chrome);
    let undated = footer
        .iter()
        .filter(|l| is_candidate(l))
        .all(|l| !has_date(l.text(input)));
    let before = first_chrome.map_or(0, |c| {
        footer
            .get(..c)
            .map_or(0, |run| run.iter().filter(|l| is_candidate(l)).count())
    });
    let mut from = opener;
    if ends_in_chrome
        && undated
        && let Some(c) = first_chrome
    {
        let run = if before >= LINK_RUN_MIN { 0 } else { c };
        from = Some(from.map_or(run, |o| o.min(run)));
    }
    for line in footer.iter_mut().skip(from.unwrap_or(usize::MAX)) {
        if is_candidate(line) {
            line.role = Role::Chrome;
        }
    }
}

/// Whether a chrome line is a marker of links to other pages (`相关阅读`, `猜你喜欢`).
fn opens_links(text: &str) -> bool {
    CHROME.find_all(text).any(|(start, end, (_, chrome))| {
        *chrome == Chrome::Marker(Place::Links) && marks(text, start, end, Place::Links)
    })
}

/// Whether a body line can be a link to another page: at most [`LINK_MAX`] characters, and no
/// sentence punctuation (`云南掀起环保督察“回头看”问责风暴 涉及43个责任单位`).
fn is_link(input: &str, line: &Line) -> bool {
    line.chars <= LINK_MAX
        && !line
            .text(input)
            .chars()
            .any(|c| matches!(fold_char(c), ',' | '。' | ';' | ':' | '!' | '?'))
}

/// Whether `s` holds a date: a numeral before `年` or `月` (`2024年3月8日`, `二零二四年`), or a
/// page date (`2024-03-08`).
fn has_date(s: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "零一二三四五六七八九十".contains(c);
    let mut prev = None;
    for c in s.chars().map(fold_char) {
        if matches!(c, '年' | '月') && prev.is_some_and(numeral) {
            return true;
        }
        prev = Some(c);
    }
    s.split_whitespace().any(starts_with_date)
}

/// Whether the last body line before is the only one and short: a title above the page's
/// fields.
fn after_title(before: &[Line], input: &str) -> bool {
    let mut body = before
        .iter()
        .filter(|l| l.role == Role::Body && !l.is_blank());
    match (body.next(), body.next()) {
        (Some(title), None) => title.chars <= TITLE_MAX && !title.text(input).ends_with('。'),
        _ => false,
    }
}

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
        map: OffsetMap {
            orig_len: input.len(),
            ..OffsetMap::default()
        },
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
