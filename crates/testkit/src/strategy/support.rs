//! Helpers shared by the strategies: unwrapping values built to be valid, positional ids,
//! picking from a word list, decimals and Chinese numerals.

use std::fmt;
use std::str::FromStr;

use inspection_report::{Decimal, id};
use proptest::sample::Index;

use super::words::ZH_NUMERALS;

/// Unwraps a value this module built to be valid; an error here is a bug of the generator, not
/// of the input (the strategies take no input).
pub(super) fn valid<T, E: fmt::Display>(result: Result<T, E>) -> T {
    match result {
        Ok(value) => value,
        Err(error) => panic!("inspection_report_testkit::strategy built an invalid value: {error}"),
    }
}

/// An id derived from a position in the document (`f-3.m2`).
pub(super) fn positional<T: FromStr<Err = id::Error>>(id: &str) -> T {
    valid(id.parse())
}

pub(super) fn pick<'a>(index: &Index, items: &'a [&'a str]) -> &'a str {
    items
        .get(index.index(items.len()))
        .copied()
        .unwrap_or_default()
}

/// A decimal of `mantissa` × 10^-`scale`.
pub(super) fn decimal_of(mantissa: i128, scale: u32) -> Decimal {
    valid(
        rust_decimal::Decimal::try_from_i128_with_scale(mantissa, scale)
            .map_err(|e| e.to_string())
            .and_then(|value| Decimal::new(value).map_err(|e| e.to_string())),
    )
}

pub(super) fn zh_numeral(n: u32) -> String {
    usize::try_from(n)
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| ZH_NUMERALS.get(i))
        .map_or_else(|| n.to_string(), |s| (*s).to_owned())
}
