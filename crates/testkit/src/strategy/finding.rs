//! Findings, with their measures and related findings.

use inspection_report::{Finding, FindingStatus, Numbering};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::strategy::{BoxedStrategy, Just};

use super::assemble::Assembler;
use super::codes::codelist;
use super::date::{Window, period_in};
use super::measure::{MeasureDraft, measure_draft};
use super::metric::metric_in;
use super::support::{pick, positional};
use super::text::problem;
use super::words::OTHER_STATUS_LABELS;

/// A finding before the positions of the document are known, with its raw references.
#[derive(Debug, Clone)]
pub(super) struct FindingDraft {
    pub(super) finding: Finding,
    pub(super) measures: Vec<MeasureDraft>,
    pub(super) related: Vec<Index>,
}

pub(super) fn status_label(status: FindingStatus, which: &Index) -> Option<String> {
    let variant = match status {
        FindingStatus::Completed => "已整改到位",
        FindingStatus::BasicallyCompleted => "基本整改到位",
        FindingStatus::PartiallyCompleted => "部分整改",
        FindingStatus::Ongoing => "正在整改",
        FindingStatus::LongTerm => "长期坚持",
        FindingStatus::NotCompleted => "尚未完成",
        FindingStatus::Postponed => "延期整改",
        _ => return Some(pick(which, OTHER_STATUS_LABELS).to_owned()),
    };
    Some(variant.to_owned())
}

pub(super) fn finding_draft(window: Window) -> BoxedStrategy<FindingDraft> {
    (
        (problem(), option::weighted(0.1, period_in(window))),
        (
            codelist::<FindingStatus>(),
            prop::bool::weighted(0.15),
            any::<Index>(),
        ),
        option::weighted(0.15, select(&["整改措施", "整改落实情况", "整改进展"][..])),
        option::weighted(
            0.8,
            select(
                &[
                    Numbering::ChineseShi,
                    Numbering::ArabicParenthesized,
                    Numbering::ChineseDi,
                ][..],
            ),
        ),
        prop_oneof![1 => vec(measure_draft(window), 1..=1), 2 => vec(measure_draft(window), 2..=4)],
        prop_oneof![4 => Just(Vec::new()), 1 => vec(metric_in(window), 1..=2)],
        prop_oneof![6 => Just(Vec::new()), 1 => vec(any::<Index>(), 1..=2)],
    )
        .prop_map(
            |(
                (problem, period),
                (status, labelled, which),
                measures_heading,
                measure_numbering,
                measures,
                metrics,
                related,
            )| {
                let label = status_label(status, &which)
                    .filter(|_| labelled || status == FindingStatus::Other);
                FindingDraft {
                    finding: Finding {
                        source: None,
                        id: positional("f"),
                        number: None,
                        problem,
                        period,
                        status,
                        status_label: label,
                        measures_heading: measures_heading.map(str::to_owned),
                        measure_numbering,
                        measures: Vec::new(),
                        metrics,
                        complaint: None,
                        related: Vec::new(),
                    },
                    measures,
                    related,
                }
            },
        )
        .boxed()
}

/// A finding with its measures, of any status (`other` with its label). Its id is `f-1`,
/// nested ids follow from it, and measure ordinals run from 1 when the measures are numbered.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(finding in strategy::finding())| {
///     prop_assert!(!finding.measures.is_empty());
///     prop_assert_eq!(finding.measures[0].id.as_str(), "f-1.m1");
/// });
/// ```
pub fn finding() -> impl Strategy<Value = Finding> {
    (
        finding_draft(Window::default_window()),
        option::of(1..=30u32),
    )
        .prop_map(|(draft, number)| Assembler::new(1).finding(draft, number, None))
}
