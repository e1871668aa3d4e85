//! The next-step plan (下一步工作安排) and its commitments.

use inspection_report::{Commitment, NextSteps, Numbering};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

use super::support::positional;
use super::text::{phrase, sentence, text};
use super::words::HEADINGS;

pub(super) fn commitment() -> impl Strategy<Value = Commitment> {
    (option::weighted(0.7, phrase(HEADINGS)), text()).prop_map(|(heading, text)| Commitment {
        source: None,
        id: positional("next"),
        ordinal: None,
        heading,
        text,
    })
}

pub(super) fn next_steps_draft() -> impl Strategy<Value = NextSteps> {
    (
        option::weighted(0.5, sentence()),
        option::weighted(
            0.8,
            select(&[Numbering::ChineseYao, Numbering::ChineseShi][..]),
        ),
        vec(commitment(), 1..=5),
    )
        .prop_map(
            |(introduction, commitment_numbering, commitments)| NextSteps {
                number: None,
                numbering: None,
                title: "下一步工作安排".to_owned(),
                introduction,
                commitment_numbering,
                commitments,
            },
        )
}

pub(super) fn finish_next_steps(
    mut plan: NextSteps,
    number: Option<(u32, Numbering)>,
) -> NextSteps {
    plan.number = number.map(|(n, _)| n);
    plan.numbering = number.map(|(_, scheme)| scheme);
    let numbered = plan.commitment_numbering.is_some();
    for (i, commitment) in plan.commitments.iter_mut().enumerate() {
        let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
        commitment.id = positional(&format!("next-{n}"));
        commitment.ordinal = numbered.then_some(n);
    }
    plan
}

/// A next-step plan (下一步工作安排) with one to five commitments, ids `next-1` …, ordinals
/// from 1 when numbered.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(plan in strategy::next_steps())| {
///     prop_assert_eq!(plan.commitments[0].id.as_str(), "next-1");
/// });
/// ```
pub fn next_steps() -> impl Strategy<Value = NextSteps> {
    (next_steps_draft(), option::of(1..=5u32)).prop_map(|(plan, number)| {
        finish_next_steps(plan, number.map(|n| (n, Numbering::ChineseComma)))
    })
}
