//! Exact sums of figures: every decimal the model holds, in any money magnitude, as a whole
//! number of 10⁻¹⁰ of its base unit.
//!
//! A `rust_decimal` holds 28 significant digits and rounds beyond them, so adding
//! `100000000000000000` 亿元 (10²⁵ yuan) and `0.0000000001` 元 would silently lose the part.
//! The model's decimals have at most 18 integer and 10 fraction digits
//! ([`MAX_INTEGER_DIGITS`](crate::MAX_INTEGER_DIGITS),
//! [`MAX_FRACTION_DIGITS`](crate::MAX_FRACTION_DIGITS)), so in units of 10⁻¹⁰ yuan every
//! value is an integer below 10³⁶, which an `i128` (up to 1.7 × 10³⁸) holds exactly; sums are
//! added with overflow checks, and a sum that does not fit is reported as not checked (R411),
//! never rounded.

use crate::decimal::MAX_FRACTION_DIGITS;
use crate::{Decimal, Unit};

/// Fraction digits of the fixed-point form.
const FRACTION: u32 = MAX_FRACTION_DIGITS as u32;

/// A value as a whole number of 10⁻¹⁰ of its base unit: yuan for money, the unit itself for
/// anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Fixed(i128);

impl Fixed {
    /// `value` in `unit`, exactly; `None` only for a decimal with more fraction digits than
    /// the model allows.
    pub(crate) fn of(value: Decimal, unit: Unit) -> Option<Self> {
        let factor = unit
            .yuan_factor()
            .map_or(1, |factor| factor.value().mantissa());
        Self::plain(value)?.0.checked_mul(factor).map(Self)
    }

    /// `value` as it is, with no unit to convert.
    pub(crate) fn plain(value: Decimal) -> Option<Self> {
        let value = value.value();
        let up = 10i128.checked_pow(FRACTION.checked_sub(value.scale())?)?;
        value.mantissa().checked_mul(up).map(Self)
    }

    /// The sum of `values`, or `None` when it does not fit.
    pub(crate) fn sum(values: impl IntoIterator<Item = Option<Self>>) -> Option<Self> {
        values
            .into_iter()
            .try_fold(Self(0), |sum, value| sum.0.checked_add(value?.0).map(Self))
    }

    /// The value as it is, without trailing zeros.
    pub(crate) fn show_plain(self) -> String {
        write_fixed(self.0)
    }

    /// The value written in `unit` (money in yuan when it does not divide into the unit
    /// exactly, followed by ` 元`), without trailing zeros.
    pub(crate) fn show(self, unit: Unit) -> String {
        let factor = unit
            .yuan_factor()
            .map_or(1, |factor| factor.value().mantissa());
        if self.0 % factor == 0 {
            write_fixed(self.0 / factor)
        } else {
            format!("{} 元", write_fixed(self.0))
        }
    }
}

/// Writes a fixed-point value with its decimal point and without trailing zeros.
fn write_fixed(value: i128) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let magnitude = value.unsigned_abs();
    let unit = 10u128.pow(FRACTION);
    let (whole, fraction) = (magnitude / unit, magnitude % unit);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:0width$}", width = FRACTION as usize);
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn sums_at_the_limits_of_the_model_are_exact() {
        let huge = Fixed::of(d("100000000000000000"), Unit::HundredMillionYuan);
        let tiny = Fixed::of(d("0.0000000001"), Unit::Yuan);
        let sum = Fixed::sum([huge, tiny]);
        assert_ne!(sum, huge);
        assert_eq!(
            sum.map(|sum| sum.show(Unit::HundredMillionYuan)),
            Some("10000000000000000000000000.0000000001 元".to_owned())
        );
        assert_eq!(
            Fixed::sum([Fixed::of(d("1.5"), Unit::TenThousandYuan), tiny])
                .map(|s| s.show(Unit::Yuan)),
            Some("15000.0000000001".to_owned())
        );
        assert_eq!(
            Fixed::of(d("-2.50"), Unit::Person).map(|f| f.show(Unit::Person)),
            Some("-2.5".to_owned())
        );
    }

    #[test]
    fn a_sum_that_does_not_fit_is_none() {
        let max = Fixed::of(d("999999999999999999.9999999999"), Unit::HundredMillionYuan);
        assert!(max.is_some());
        assert_eq!(Fixed::sum(std::iter::repeat_n(max, 200)), None);
    }
}
