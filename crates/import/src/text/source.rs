//! The first line of a saved page that names where it was saved from.

use super::chars::is_space;
use super::line::Line;
use crate::span::Span;

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
pub(super) fn source_line(input: &str, line: &Line) -> Option<SourceLine> {
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
