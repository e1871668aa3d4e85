//! Reads published inspection rectification notices (巡视/巡察整改情况通报, audit and
//! environmental-inspection rectification reports) as they come from PDFs and web pages:
//! every value grounded in a [`Span`] of the original text.
//!
//! The layers build on each other and do not depend on the report model:
//!
//! - [`text`]: normalization (PDF and web artifacts) with an offset map back to the original;
//! - [`numeral`]: Arabic and Chinese numerals, exact;
//! - [`date`]: dates, ranges, fuzzy, relative and back-referenced periods;
//! - [`figure`]: quantities with measure words and units, qualifiers, ranks, breakdowns and
//!   reference periods;
//! - [`disposition`], [`document`], [`contact`]: lexicons of sanctions, cited documents and
//!   contacts;
//! - [`structure`]: the outline (title, preamble facts, sections, findings, measures,
//!   commitments, invitation, issuer and date).
//!
//! [`analyze`] runs them all. Grammar tables are data files under `grammar/`.
//!
//! # Example
//!
//! ```
//! use inspection_report_import::{analyze, structure::NodeKind};
//!
//! let input = "关于巡察整改情况的通报\n\n根据市委统一部署,2025年3月6日至4月28日,市委 第八巡察组对示范区进行了巡察。\n\n一、已完成的整改任务\n\n1. 整改成效不明显。\n\n整改情况:一是开展督导检查 5 次;二是党纪政务处分 8 人。\n\n中共示范区工委 2025年10月23日";
//! let analysis = analyze(input);
//! assert_eq!(analysis.outline.count(NodeKind::Finding), 1);
//! assert_eq!(analysis.figures.len(), 2);
//! assert_eq!(analysis.figures[0].written, "5 次");
//! assert_eq!(&input[analysis.figures[0].span.range()], "5 次");
//! assert_eq!(analysis.dispositions[0].kind.code(), "party_and_administrative_sanction");
//! assert_eq!(analysis.anchor.map(|d| d.to_string()).as_deref(), Some("2025-10-23"));
//! ```
#![warn(missing_docs)]

pub mod codes;
pub mod contact;
pub mod date;
pub mod disposition;
pub mod document;
pub mod figure;
mod grammar;
mod marker;
pub mod numeral;
pub mod span;
pub mod structure;
pub mod text;

pub use span::{Span, Status};

use date::{DateKind, DateMention, DateValue, PartialDate};

/// Everything the layers read from one notice.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The normalized text and its map to the original.
    pub text: text::Normalized,
    /// The date relative words were resolved against: the date at the end of the notice, else
    /// a publication date of the page's metadata.
    pub anchor: Option<PartialDate>,
    /// Date mentions, back-references resolved.
    pub dates: Vec<DateMention>,
    /// Figures.
    pub figures: Vec<figure::Figure>,
    /// Dispositions with counts.
    pub dispositions: Vec<disposition::Disposition>,
    /// Cited documents.
    pub documents: Vec<document::DocumentRef>,
    /// Contacts.
    pub contacts: Vec<contact::Contact>,
    /// The outline.
    pub outline: structure::Outline,
}

/// Keys of a page's metadata whose value is the page's date, in order of preference.
const DATE_KEYS: [&str; 7] = [
    "发布日期",
    "發布日期",
    "发布时间",
    "信息时间",
    "成文日期",
    "日期",
    "时间",
];

/// The date of a page's metadata block (`发布日期:2025-10-23`, `日期:2025年10月23日`) and where
/// its value is, in original bytes: the first field of the most preferred key whose value
/// starts with a date of day precision.
pub(crate) fn page_date(norm: &text::Normalized) -> Option<(PartialDate, Span)> {
    DATE_KEYS.iter().find_map(|key| {
        norm.metadata
            .iter()
            .filter(|m| m.key == *key)
            .find_map(|m| {
                PartialDate::parse_iso_prefix(&m.value)
                    .filter(|d| d.day.is_some())
                    .or_else(|| {
                        // `2025年10月23日`.
                        let value = text::normalize(&m.value);
                        date::extract(&value, None)
                            .into_iter()
                            .find_map(|d| match d.value {
                                DateValue::Date(p)
                                    if p.day.is_some() && d.status == Status::Read =>
                                {
                                    Some(p)
                                }
                                _ => None,
                            })
                    })
                    .map(|d| (d, m.value_span))
            })
    })
}

/// The anchor date: the last full date of the last two paragraphs, else the date of the
/// source line, else a date of the page's metadata (`发布日期`, `成文日期`, `信息时间`).
fn find_anchor(norm: &text::Normalized, dates: &[DateMention]) -> Option<PartialDate> {
    let mut text = norm.text.trim_end();
    // Up to two short lines without sentence punctuation after the date are page leftovers
    // (`打印本页`, a counter), not the end of the notice.
    for _ in 0..2 {
        let Some((head, last)) = text.rsplit_once('\n') else {
            break;
        };
        let leftover = last.chars().count() <= 20
            && !last.contains(['。', ',', ';', ':'])
            && !dates.iter().any(|d| d.at.start >= head.len());
        if !leftover {
            break;
        }
        text = head.trim_end();
    }
    let mut cut = text.len();
    for _ in 0..2 {
        cut = text.get(..cut).and_then(|h| h.rfind('\n')).unwrap_or(0);
    }
    let closing = dates.iter().rev().find(|d| {
        d.at.start >= cut
            && d.kind == DateKind::Point
            && matches!(d.value, DateValue::Date(PartialDate { day: Some(_), .. }))
            && d.at.end + 3 >= text.len()
    });
    if let Some(DateValue::Date(d)) = closing.map(|d| d.value) {
        return Some(d);
    }
    // A report delivered as a speech: the date of its occasion (`2018年11月22日在…会议上`).
    let first = text.split('\n').next().unwrap_or("");
    if first.ends_with("会议上") || first.ends_with("会上") {
        let occasion = dates.iter().find(|d| {
            d.at.end <= first.len()
                && matches!(d.value, DateValue::Date(PartialDate { day: Some(_), .. }))
        });
        if let Some(DateValue::Date(d)) = occasion.map(|d| d.value) {
            return Some(d);
        }
    }
    // The date of the source line (`https://… ⇥ TITLE (2025-06-17)`).
    if let Some(d) = norm
        .source_line
        .as_ref()
        .and_then(|l| l.date.as_ref())
        .and_then(|(value, _)| PartialDate::parse_iso_prefix(value))
        .filter(|d| d.day.is_some())
    {
        return Some(d);
    }
    page_date(norm).map(|(d, _)| d)
}

/// Runs every layer on `input`: normalization, dates (anchored at the notice's own date),
/// figures, dispositions, documents, contacts and the outline; then resolves back-references.
///
/// Never panics; linear in the input.
pub fn analyze(input: &str) -> Analysis {
    let norm = text::normalize(input);
    let provisional = date::extract(&norm, None);
    let anchor = find_anchor(&norm, &provisional);
    let mut dates = if anchor.is_some() {
        date::extract(&norm, anchor)
    } else {
        provisional
    };
    let figures = figure::extract(&norm, &dates);
    let dispositions = disposition::extract(&norm, &figures);
    let documents = document::extract(&norm, &dates);
    let contacts = contact::extract(&norm);
    let outline = structure::outline(&norm, &dates, &figures, &contacts);
    structure::resolve_references(&outline, &mut dates);
    Analysis {
        text: norm,
        anchor,
        dates,
        figures,
        dispositions,
        documents,
        contacts,
        outline,
    }
}

pub mod assemble;

pub use assemble::{Diagnostic, Imported, Options, SourceMap, check_sources, import};
