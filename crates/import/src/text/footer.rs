//! A page's footer: chrome and lists of links to other pages at its end.

use super::chars::fold_char;
use super::chrome::{CHROME, Chrome, Place, marks};
use super::dates::has_date;
use super::line::{Line, Role};

/// The longest link to another page in a page's footer, in characters.
pub(super) const LINK_MAX: usize = 48;

/// The fewest links before a footer's first chrome line that are a list of links by themselves
/// (a notice's issuer and date above a footer are fewer, or dated).
pub(super) const LINK_RUN_MIN: usize = 3;

/// The footer of a page: the lines at its end that are blank, chrome, page numbers or links to
/// other pages ([`is_link`]). Of its links, those become chrome that come after a marker of
/// links (`相关阅读`, `为你推荐`, a lone `|`), and, when the page ends in chrome and none of them
/// is dated, those after the footer's first chrome line and a run of at least [`LINK_RUN_MIN`]
/// before it (`…厂家` / `…厂家` / `…厂家` / `友情链接`), so that the issuer and date of a notice
/// above a site's footer stay text. One pass back and one forth: linear.
pub(super) fn trailing_chrome(input: &str, lines: &mut [Line]) {
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
pub(super) fn opens_links(text: &str) -> bool {
    CHROME.find_all(text).any(|(start, end, (_, chrome))| {
        *chrome == Chrome::Marker(Place::Links) && marks(text, start, end, Place::Links)
    })
}

/// Whether a body line can be a link to another page: at most [`LINK_MAX`] characters, and no
/// sentence punctuation (`云南掀起环保督察“回头看”问责风暴 涉及43个责任单位`).
pub(super) fn is_link(input: &str, line: &Line) -> bool {
    line.chars <= LINK_MAX
        && !line
            .text(input)
            .chars()
            .any(|c| matches!(fold_char(c), ',' | '。' | ';' | ':' | '!' | '?'))
}
