//! Codelists, ids and language tags.

use std::fmt;
use std::str::FromStr;

use inspection_report::{LanguageTag, codelist::Codelist, id};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use super::support::{positional, valid};
use super::words::{ID_CHARS, LANGUAGE_TAGS};

/// Every value of a codelist ([`Codelist::ALL`]), shrinking towards the first.
///
/// # Examples
///
/// ```
/// use inspection_report::{codelist::Codelist, Unit};
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(unit in strategy::codelist::<Unit>())| {
///     prop_assert_eq!(Unit::from_code(unit.code()), Some(unit));
/// });
/// ```
pub fn codelist<C: Codelist + fmt::Debug>() -> impl Strategy<Value = C> {
    select(C::ALL)
}

/// Any syntactically valid id of type `T` ([`FindingId`](inspection_report::id::FindingId),
/// [`MeasureId`](inspection_report::id::MeasureId), …): 1 to 64 characters, starting with a letter
/// or digit.
///
/// # Examples
///
/// ```
/// use inspection_report::id::FindingId;
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(id in strategy::id::<FindingId>())| {
///     prop_assert!((1..=64).contains(&id.as_str().len()));
/// });
/// ```
pub fn id<T>() -> impl Strategy<Value = T>
where
    T: FromStr<Err = id::Error> + fmt::Debug,
{
    (select(&ID_CHARS[..14]), vec(select(ID_CHARS), 0..=63)).prop_map(|(first, rest)| {
        positional(&std::iter::once(first).chain(rest).collect::<String>())
    })
}

/// A BCP 47 language tag: common ones (`zh-CN`, `zh-Hans`, `en`) and any of the accepted
/// syntax.
///
/// # Examples
///
/// ```
/// use inspection_report::LanguageTag;
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(tag in strategy::language_tag())| {
///     prop_assert_eq!(tag.as_str().parse::<LanguageTag>(), Ok(tag.clone()));
/// });
/// ```
pub fn language_tag() -> impl Strategy<Value = LanguageTag> {
    prop_oneof![
        3 => select(LANGUAGE_TAGS).prop_map(|tag| valid(tag.parse())),
        1 => ("[a-z]{2,3}", vec("[A-Za-z0-9]{2,8}", 0..3))
            .prop_map(|(primary, rest)| {
                valid(std::iter::once(primary).chain(rest).collect::<Vec<_>>().join("-").parse())
            }),
    ]
}
