//! Milestones and measures.

use inspection_report::{Measure, Milestone};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::strategy::Just;

use super::assemble::Assembler;
use super::date::{Window, period_in, when_in};
use super::disposition::disposition_in;
use super::document::document_in;
use super::metric::metric_in;
use super::support::positional;
use super::text::{phrase, sentence, text};
use super::words::HEADINGS;

pub(super) fn milestone_in(window: Window) -> impl Strategy<Value = Milestone> {
    (prop::bool::weighted(0.3), when_in(window), sentence()).prop_map(|(has_id, date, text)| {
        Milestone {
            source: None,
            id: has_id.then(|| positional("e")),
            date,
            text,
        }
    })
}

/// A dated event of a measure: a date or a period, and what happened.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(milestone in strategy::milestone())| {
///     prop_assert!(milestone.text.ends_with('。'));
/// });
/// ```
pub fn milestone() -> impl Strategy<Value = Milestone> {
    milestone_in(Window::default_window())
}

/// A measure before the positions of the document are known, with its raw references.
#[derive(Debug, Clone)]
pub(super) struct MeasureDraft {
    pub(super) measure: Measure,
    pub(super) document_refs: Vec<Index>,
}

pub(super) fn measure_draft(window: Window) -> impl Strategy<Value = MeasureDraft> {
    (
        (
            option::weighted(0.3, phrase(HEADINGS)),
            text(),
            option::weighted(0.15, period_in(window)),
        ),
        vec(metric_in(window), 0..=2),
        prop_oneof![4 => Just(Vec::new()), 1 => vec(disposition_in(window), 1..=2)],
        prop_oneof![4 => Just(Vec::new()), 1 => vec(document_in(window), 1..=2)],
        vec(any::<Index>(), 0..=1),
        prop_oneof![3 => Just(Vec::new()), 1 => vec(milestone_in(window), 1..=2)],
    )
        .prop_map(
            |(
                (heading, text, period),
                metrics,
                dispositions,
                documents,
                document_refs,
                milestones,
            )| {
                MeasureDraft {
                    measure: Measure {
                        source: None,
                        id: positional("m"),
                        ordinal: None,
                        heading,
                        text,
                        period,
                        metrics,
                        dispositions,
                        documents,
                        document_refs: Vec::new(),
                        milestones,
                    },
                    document_refs,
                }
            },
        )
}

/// A measure with figures, dispositions, documents and milestones now and then. Its id is
/// `f-1.m1`, nested ids follow from it; `document_refs` point to its own earlier documents
/// only, so it is always empty here.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(measure in strategy::measure())| {
///     prop_assert_eq!(measure.id.as_str(), "f-1.m1");
/// });
/// ```
pub fn measure() -> impl Strategy<Value = Measure> {
    (measure_draft(Window::default_window()), any::<bool>()).prop_map(|(draft, numbered)| {
        Assembler::new(1).measure(draft, "f-1.m1", numbered.then_some(1))
    })
}
