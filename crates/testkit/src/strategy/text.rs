//! Text: clauses and sentences of realistic Chinese prose.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::Index;

use super::support::pick;
use super::words::{ACTIONS, ACTORS, COUNTED, EMOJI, PROBLEMS, QUALIFIERS};

pub(super) fn clause() -> impl Strategy<Value = String> {
    (0..4u8, any::<Index>(), any::<Index>(), 0..200u32).prop_map(|(form, a, b, n)| match form {
        0 => pick(&a, ACTIONS).to_owned(),
        1 => format!("{}{}", pick(&a, ACTORS), pick(&b, ACTIONS)),
        2 => pick(&a, COUNTED).replace("{0}", &(n % 12 + 1).to_string()),
        _ => format!("{}{}", pick(&a, QUALIFIERS), pick(&b, PROBLEMS)),
    })
}

pub(super) fn sentence() -> impl Strategy<Value = String> {
    vec(clause(), 1..=3).prop_map(|clauses| format!("{}。", clauses.join("，")))
}

/// Realistic Chinese prose: one to three sentences, with ASCII digits, Latin words,
/// full-width punctuation and, now and then, an emoji; trimmed, never empty, and never with a
/// space between two CJK characters.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(text in strategy::text())| {
///     prop_assert!(!text.is_empty());
///     prop_assert_eq!(text.trim(), text.as_str());
/// });
/// ```
pub fn text() -> impl Strategy<Value = String> {
    (
        vec(sentence(), 1..=3),
        prop::bool::weighted(0.05),
        any::<Index>(),
    )
        .prop_map(|(sentences, emoji, which)| {
            let mut text = sentences.concat();
            if emoji {
                text.push_str(pick(&which, EMOJI));
            }
            text
        })
}

pub(super) fn phrase(items: &'static [&'static str]) -> impl Strategy<Value = String> {
    any::<Index>().prop_map(move |i| pick(&i, items).to_owned())
}

pub(super) fn problem() -> impl Strategy<Value = String> {
    (
        phrase(QUALIFIERS),
        phrase(PROBLEMS),
        option::weighted(0.5, sentence()),
    )
        .prop_map(|(who, what, detail)| match detail {
            Some(detail) => format!("{who}{what}。{detail}"),
            None => format!("{what}。"),
        })
}
