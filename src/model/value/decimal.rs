//! Exact decimal numbers, kept as written.

use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The most digits a [`Decimal`] may have before the decimal point.
pub const MAX_INTEGER_DIGITS: usize = 18;
/// The most digits a [`Decimal`] may have after the decimal point.
pub const MAX_FRACTION_DIGITS: usize = 10;

/// The pattern every decimal matches, as written in the JSON Schema.
///
/// The last alternative spells out the negative numbers between -1 and 0 without lookahead
/// (which not every validator's regex engine supports), so that `-0.0` is refused.
pub const PATTERN: &str = concat!(
    r"^(0(\.[0-9]{1,10})?|-?[1-9][0-9]{0,17}(\.[0-9]{1,10})?|-0\.(",
    r"[1-9][0-9]{0,9}|0[1-9][0-9]{0,8}|0{2}[1-9][0-9]{0,7}|0{3}[1-9][0-9]{0,6}|",
    r"0{4}[1-9][0-9]{0,5}|0{5}[1-9][0-9]{0,4}|0{6}[1-9][0-9]{0,3}|0{7}[1-9][0-9]{0,2}|",
    r"0{8}[1-9][0-9]?|0{9}[1-9]))$"
);

/// An exact decimal number, kept with the digits it was written with.
///
/// Figures in reports are written in decimal (`129.9亿元`, `76%`, `7.132万元`) and must stay
/// exactly as written: `129.9` is never `129.90000000000001`, and `7.10` keeps its trailing
/// zero. In JSON a decimal is a **string** (`"129.9"`), so that no reader's floating point can
/// alter it.
///
/// Syntax: an optional `-`, an integer part without leading zeros of at most
/// [`MAX_INTEGER_DIGITS`] digits, and an optional fraction of 1 to [`MAX_FRACTION_DIGITS`]
/// digits ([`PATTERN`]). No exponent, no `+`, no spaces, no thousands separators, and no
/// negative zero (`-0`, `-0.0`).
///
/// Equality and hashing take the written scale into account (`7.1 != 7.10`); arithmetic is
/// exact on [`Decimal::value`], the underlying [`rust_decimal::Decimal`].
///
/// # Examples
///
/// ```
/// use inspection_report::Decimal;
///
/// let value: Decimal = "129.9".parse()?;
/// assert_eq!(value.to_string(), "129.9");
/// assert_eq!(serde_json::to_string(&value)?, r#""129.9""#);
/// assert_eq!(Decimal::from(1185u32).to_string(), "1185");
/// assert!("1e5".parse::<Decimal>().is_err());
/// assert_ne!("7.1".parse::<Decimal>()?, "7.10".parse::<Decimal>()?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Decimal(rust_decimal::Decimal);

/// The error returned when a string is not a [`Decimal`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid decimal `{input}`: {reason}")]
#[non_exhaustive]
pub struct Error {
    /// The rejected string.
    input: String,
    /// Why it was rejected.
    reason: Reason,
}

impl Error {
    /// The rejected string.
    pub fn input(&self) -> &str {
        &self.input
    }
    /// Why it was rejected.
    pub fn reason(&self) -> Reason {
        self.reason
    }
}

/// Why a string is not a [`Decimal`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Reason {
    /// The string does not follow the decimal syntax.
    #[error(
        "expected digits with an optional `-` and fraction, like `129.9` or `-3` (no exponent, `+`, spaces or leading zeros)"
    )]
    Syntax,
    /// The integer part has more than [`MAX_INTEGER_DIGITS`] digits.
    #[error("at most {MAX_INTEGER_DIGITS} digits before the decimal point are supported")]
    IntegerTooLong,
    /// The fraction has more than [`MAX_FRACTION_DIGITS`] digits.
    #[error("at most {MAX_FRACTION_DIGITS} digits after the decimal point are supported")]
    FractionTooLong,
    /// The value is a negative zero.
    #[error("negative zero is not allowed; write `0`")]
    NegativeZero,
}

fn check_syntax(s: &str) -> Result<(), Reason> {
    let unsigned = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match unsigned.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (unsigned, None),
    };
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int) || (int.len() > 1 && int.starts_with('0')) {
        return Err(Reason::Syntax);
    }
    if let Some(frac) = frac {
        if !all_digits(frac) {
            return Err(Reason::Syntax);
        }
        if frac.len() > MAX_FRACTION_DIGITS {
            return Err(Reason::FractionTooLong);
        }
    }
    if int.len() > MAX_INTEGER_DIGITS {
        return Err(Reason::IntegerTooLong);
    }
    if s.starts_with('-') && unsigned.bytes().all(|b| b == b'0' || b == b'.') {
        return Err(Reason::NegativeZero);
    }
    Ok(())
}

impl Decimal {
    /// Zero.
    pub const ZERO: Self = Self(rust_decimal::Decimal::ZERO);

    /// Wraps a [`rust_decimal::Decimal`].
    ///
    /// # Errors
    ///
    /// Returns [`Error`] when the value has more digits than a report decimal holds (see
    /// [`MAX_INTEGER_DIGITS`], [`MAX_FRACTION_DIGITS`]) or is a negative zero.
    pub fn new(value: rust_decimal::Decimal) -> Result<Self, Error> {
        value.to_string().parse()
    }

    /// The exact value as a [`rust_decimal::Decimal`].
    pub fn value(self) -> rust_decimal::Decimal {
        self.0
    }

    /// Whether the value is a whole number (`3`, `3.0`).
    pub fn is_integer(self) -> bool {
        self.0.fract().is_zero()
    }

    /// Whether the value is below zero.
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// The number of digits after the decimal point, as written (`7.10` has 2).
    pub fn scale(self) -> u32 {
        self.0.scale()
    }
}

impl FromStr for Decimal {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let error = |reason| Error {
            input: s.to_owned(),
            reason,
        };
        check_syntax(s).map_err(error)?;
        // The syntax check bounds the digits to 28, which rust_decimal holds exactly.
        rust_decimal::Decimal::from_str_exact(s)
            .map(Self)
            .map_err(|_| error(Reason::Syntax))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl PartialEq for Decimal {
    /// Two decimals are equal when they have the same value *and* are written with the same
    /// number of decimal places: `7.1` and `7.10` are different figures as published. Compare
    /// [`Decimal::value`]s to compare by value alone.
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0 && self.0.scale() == other.0.scale()
    }
}

impl Eq for Decimal {}

impl std::hash::Hash for Decimal {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.normalize().hash(state);
        self.0.scale().hash(state);
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    /// Orders by value, then by the number of decimal places written (`7.1` < `7.10`).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0
            .cmp(&other.0)
            .then_with(|| self.0.scale().cmp(&other.0.scale()))
    }
}

macro_rules! from_int {
    ($($int:ty),+) => {$(
        impl From<$int> for Decimal {
            fn from(value: $int) -> Self {
                Self(rust_decimal::Decimal::from(value))
            }
        }
    )+};
}
from_int!(u8, u16, u32, i8, i16, i32);

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::model::value::serde_str::deserialize(
            deserializer,
            "a decimal number written as a string, like \"129.9\"",
        )
    }
}

impl JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An exact decimal number written as a string, kept with the digits it was written with (\"129.9\", \"7.10\", \"-3\"). At most 18 digits before and 10 after the decimal point; no exponent, no leading zeros, no negative zero.",
            "type": "string",
            "pattern": PATTERN,
        })
    }
}
