//! Documentation that is not about one item: the rule catalog, the error design and the
//! benchmarks, as published in the repository and pulled into rustdoc.

#[doc = include_str!("../RULES.md")]
pub mod rules {}

#[doc = include_str!("../BENCHMARKS.md")]
pub mod benchmarks {}

/// # Error design
///
/// This crate follows the design of [jiff](https://docs.rs/jiff)'s errors: each failure
/// domain has one error type of its own, opaque, with accessors rather than public fields, so
/// that what it carries can grow without breaking callers.
///
/// | domain | type | returned by | says where |
/// |---|---|---|---|
/// | reading JSON | [`json::Error`](crate::json::Error) | `json::from_*`, `validate::from_slice` | JSON pointer, dotted path, line and column |
/// | ids | [`id::Error`](crate::id::Error) | `FindingId::new`, `str::parse`, builder setters of ids | the byte of the bad character ([`id::Reason`](crate::id::Reason)) |
/// | decimals | [`decimal::Error`](crate::decimal::Error) | `Decimal::new`, `str::parse` | the reason ([`decimal::Reason`](crate::decimal::Reason)) |
/// | dates | [`date::Error`](crate::date::Error) | `PartialDate::ymd`, `str::parse` | the rejected input |
/// | language tags | [`language::Error`](crate::language::Error) | `LanguageTag::new`, `str::parse`, the builder's `language` | the rejected input |
/// | codes | [`codelist::UnknownCode`](crate::codelist::UnknownCode) | `str::parse` of every codelist | the codelist and the rejected code |
///
/// - Every error type is `#[non_exhaustive]`, `Clone`, `PartialEq`, `Send` and `Sync`, and
///   implements [`std::error::Error`]. Its `Display` is one line that says what is wrong and
///   where, in English, without a trailing period, so that callers can prefix the file name.
/// - Kinds and reasons that callers branch on are `#[non_exhaustive]` enums
///   ([`json::ErrorKind`](crate::json::ErrorKind), [`id::Reason`](crate::id::Reason),
///   [`decimal::Reason`](crate::decimal::Reason)).
/// - Each converts into the crate-level [`Error`](crate::Error) with `From`, so that `?` works
///   in an application mixing domains; [`Error::kind`](crate::Error::kind) and the `as_*`
///   accessors give the domain error back, and it is also the `source()`.
/// - Nothing reachable from input panics: a bad value is an error that names it.
///
/// Validation issues are not errors: a report that reads is a report, however wrong its
/// figures; [`Validate::validate`](crate::Validate::validate) returns every issue found as
/// data ([`validate::Diagnostics`](crate::validate::Diagnostics)), each with a rule code, a
/// tier, a JSON pointer and the published numbering, and never fails.
pub mod errors {}
