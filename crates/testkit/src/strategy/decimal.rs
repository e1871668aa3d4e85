//! Decimals: any valid value, edges included.

use inspection_report::Decimal;
use proptest::prelude::*;
use proptest::strategy::Just;

use super::support::decimal_of;

/// Any valid [`Decimal`], edges included: zero, 18 integer digits, 10 decimal places,
/// negative values and the smallest fractions.
///
/// # Examples
///
/// ```
/// use inspection_report::Decimal;
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(value in strategy::decimal())| {
///     prop_assert_eq!(value.to_string().parse::<Decimal>(), Ok(value));
/// });
/// ```
pub fn decimal() -> impl Strategy<Value = Decimal> {
    let max_int = 10i128.pow(18) - 1;
    let max_frac = 10i128.pow(10) - 1;
    prop_oneof![
        1 => Just(Decimal::ZERO),
        1 => prop_oneof![
            Just(decimal_of(max_int, 0)),
            Just(decimal_of(-max_int, 0)),
            Just(decimal_of(max_int * 10i128.pow(10) + max_frac, 10)),
            Just(decimal_of(-(max_int * 10i128.pow(10) + max_frac), 10)),
            Just(decimal_of(1, 10)),
            Just(decimal_of(-1, 10)),
            Just(decimal_of(0, 10)),
        ],
        8 => (any::<bool>(), digits(18), 0..=10u32, any::<u64>()).prop_map(
            |(negative, int, scale, frac)| {
                let mantissa = i128::from(int) * 10i128.pow(scale)
                    + i128::from(frac) % 10i128.pow(scale);
                decimal_of(if negative { -mantissa } else { mantissa }, scale)
            }
        ),
    ]
}

/// A whole number of 1 to `max` digits, small ones more often.
pub(super) fn digits(max: u32) -> impl Strategy<Value = u64> {
    (
        prop_oneof![4 => 1..=3u32, 1 => 1..=max.max(1)],
        any::<u64>(),
    )
        .prop_map(move |(n, raw)| raw % 10u64.pow(n.min(max).clamp(1, 19)))
}
