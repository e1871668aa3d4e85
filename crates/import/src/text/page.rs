//! Page chrome that spans lines or parts of lines.

use super::TITLE_MAX;
use super::chars::is_space;
use super::chrome::{CHROME_LINE_MAX, Value, is_chrome};
use super::dates::page_date_prefix;
use super::glued::{byline, glued_source};
use super::line::{Line, Role};
use super::metadata::{MetadataField, bare_key, is_bare_prompt, metadata, value_line};
use crate::span::Span;

/// Page chrome that spans lines or parts of lines: a bare key and its value on a later line
/// (`• 发布机构:` / blank / `某某县审计局`), a bare page date above the title (`2024-03-08`,
/// kept as `发布日期` with an empty key span), and a source field glued to the first paragraph
/// (split off its line, see [`glued_source`]). Collects the metadata fields of every chrome
/// line, in order.
pub(super) fn page_chrome(
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
            let [field, body] = line.split_chrome(text, cut, cut);
            metadata(input, &field, metadata_out);
            out.push(field);
            out.push(body);
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
            out.extend(line.split_chrome(text, trimmed.len(), cut));
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

/// Whether the last body line before is the only one and short: a title above the page's
/// fields.
pub(super) fn after_title(before: &[Line], input: &str) -> bool {
    let mut body = before
        .iter()
        .filter(|l| l.role == Role::Body && !l.is_blank());
    match (body.next(), body.next()) {
        (Some(title), None) => title.chars <= TITLE_MAX && !title.text(input).ends_with('。'),
        _ => false,
    }
}
