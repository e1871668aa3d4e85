//! Codelists: closed sets of values with stable codes and bilingual labels.
//!
//! Every codelist in this crate (such as [`FindingStatus`](crate::FindingStatus) or
//! [`Unit`](crate::Unit)) is a Rust enum whose JSON form is a stable `snake_case` code. Codes are
//! identifiers, never translated; each value also has a Chinese and an English label, reachable
//! through the [`Codelist`] trait.

use std::fmt;

/// A closed set of values with stable codes and Chinese and English labels.
///
/// # Examples
///
/// ```
/// use inspection_report::{codelist::Codelist, FindingStatus};
///
/// let status = FindingStatus::Completed;
/// assert_eq!(status.code(), "completed");
/// assert_eq!(status.label_zh(), "已完成");
/// assert_eq!(status.label_en(), "completed");
/// assert_eq!(FindingStatus::from_code("long_term"), Some(FindingStatus::LongTerm));
/// assert!(FindingStatus::ALL.contains(&FindingStatus::Ongoing));
/// ```
pub trait Codelist: Sized + Copy + 'static {
    /// The codelist's name as it appears in the JSON Schema (`FindingStatus`).
    const NAME: &'static str;
    /// Every value of the codelist, in declaration order.
    const ALL: &'static [Self];

    /// The stable `snake_case` code of this value, as written in JSON.
    fn code(self) -> &'static str;
    /// The Chinese label of this value.
    fn label_zh(self) -> &'static str;
    /// The English label of this value.
    fn label_en(self) -> &'static str;

    /// The value with this code, if there is one.
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.code() == code)
    }

    /// The value whose Chinese label is `label`, if there is one.
    fn from_label_zh(label: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|value| value.label_zh() == label)
    }
}

/// The error returned when a string is not a code of a codelist.
///
/// # Examples
///
/// ```
/// use inspection_report::Unit;
///
/// let err = "furlong".parse::<Unit>().unwrap_err();
/// assert_eq!(err.to_string(), "`furlong` is not a code of Unit");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{code}` is not a code of {codelist}")]
#[non_exhaustive]
pub struct UnknownCode {
    /// The codelist that was searched.
    codelist: &'static str,
    /// The string that matched no code.
    code: String,
}

impl UnknownCode {
    /// The codelist that was searched (its name in the JSON Schema, `Unit`).
    pub fn codelist(&self) -> &'static str {
        self.codelist
    }
    /// The string that matched no code.
    pub fn code(&self) -> &str {
        &self.code
    }
}

/// Writes `code — label_zh / label_en` for a codelist value, as used in documentation.
pub(crate) fn describe<C: Codelist>(value: C, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    write!(
        f,
        "{} — {} / {}",
        value.code(),
        value.label_zh(),
        value.label_en()
    )
}

/// Defines a codelist enum: serde as `snake_case` codes, `Display` and `FromStr` by code,
/// [`Codelist`] with labels, and a JSON Schema whose every value carries its labels.
///
/// `Deserialize` is written out rather than derived: the derive also reads serde's externally
/// tagged form of a unit variant (`{"final": null}`), which the schema refuses, and reports any
/// other type as a syntax error. A codelist value is read from a JSON string only.
macro_rules! codelist {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $code:literal, $zh:literal, $en:literal;
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, schemars::JsonSchema,
        )]
        #[non_exhaustive]
        pub enum $name {
            $(
                #[doc = concat!("`", $code, "` — ", $zh, " (", $en, ").")]
                #[doc = ""]
                $(#[$vmeta])*
                #[serde(rename = $code)]
                $variant,
            )+
        }

        impl $crate::json::sealed::Sealed for $name {}
        impl $crate::json::Model for $name {}

        impl $crate::codelist::Codelist for $name {
            const NAME: &'static str = stringify!($name);
            const ALL: &'static [Self] = &[$(Self::$variant),+];

            fn code(self) -> &'static str {
                match self { $(Self::$variant => $code),+ }
            }
            fn label_zh(self) -> &'static str {
                match self { $(Self::$variant => $zh),+ }
            }
            fn label_en(self) -> &'static str {
                match self { $(Self::$variant => $en),+ }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const CODES: &[&str] = &[$($code),+];
                fn from_code(code: &str) -> Option<$name> {
                    match code {
                        $($code => Some($name::$variant),)+
                        _ => None,
                    }
                }
                $crate::codelist::deserialize_code(deserializer, CODES, from_code)
            }
        }

        impl std::fmt::Display for $name {
            /// Writes the code; use the alternate form (`{:#}`) for code and labels.
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                if f.alternate() {
                    $crate::codelist::describe(*self, f)
                } else {
                    f.write_str($crate::codelist::Codelist::code(*self))
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::codelist::UnknownCode;

            fn from_str(code: &str) -> Result<Self, Self::Err> {
                $crate::codelist::parse_code(
                    stringify!($name),
                    <Self as $crate::codelist::Codelist>::ALL,
                    <Self as $crate::codelist::Codelist>::code,
                    code,
                )
            }
        }
    };
}

pub(crate) use codelist;

/// Reads a codelist value from a JSON string holding one of `codes` (the codes of the
/// codelist, in declaration order), which `from_code` turns into the value: the `Deserialize`
/// of every codelist.
///
/// Any other JSON type is an "invalid type" data error, and a string that is not a code an
/// "unknown variant" error; both list the codes, in serde's words.
pub(crate) fn deserialize_code<'de, C, D>(
    deserializer: D,
    codes: &'static [&'static str],
    from_code: fn(&str) -> Option<C>,
) -> Result<C, D::Error>
where
    D: serde::Deserializer<'de>,
{
    deserializer.deserialize_str(CodeVisitor { codes, from_code })
}

/// The visitor of [`deserialize_code`]. `visit_borrowed_str` and `visit_string` forward to
/// `visit_str` (serde's defaults), so borrowed, transient and owned strings all read.
struct CodeVisitor<C> {
    codes: &'static [&'static str],
    from_code: fn(&str) -> Option<C>,
}

impl<C> serde::de::Visitor<'_> for CodeVisitor<C> {
    type Value = C;

    /// Lists the codes as serde's `unknown_variant` does, so that both errors read alike.
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.codes {
            [] => f.write_str("no value (the codelist is empty)"),
            [code] => write!(f, "`{code}`"),
            [first, second] => write!(f, "`{first}` or `{second}`"),
            [first, rest @ ..] => {
                write!(f, "one of `{first}`")?;
                rest.iter().try_for_each(|code| write!(f, ", `{code}`"))
            }
        }
    }

    fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<C, E> {
        (self.from_code)(code).ok_or_else(|| E::unknown_variant(code, self.codes))
    }
}

/// The value of `all` whose code is `code`, or an [`UnknownCode`] naming `codelist`: the
/// `FromStr` of every closed set of codes in the crate.
pub(crate) fn parse_code<T: Copy>(
    codelist: &'static str,
    all: &[T],
    code_of: impl Fn(T) -> &'static str,
    code: &str,
) -> Result<T, UnknownCode> {
    all.iter()
        .copied()
        .find(|&value| code_of(value) == code)
        .ok_or_else(|| UnknownCode {
            codelist,
            code: code.to_owned(),
        })
}
