//! The crate-level error: any error of this crate, for `?` in an application.

use std::fmt;

use crate::{codelist, date, decimal, id, json, language};

/// Which failure domain an [`Error`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading JSON: a [`json::Error`].
    Json,
    /// Parsing an id: an [`id::Error`].
    Id,
    /// Parsing a decimal: a [`decimal::Error`].
    Decimal,
    /// Parsing a date: a [`date::Error`].
    Date,
    /// Parsing a language tag: a [`language::Error`].
    LanguageTag,
    /// Parsing a code of a codelist: a [`codelist::UnknownCode`].
    UnknownCode,
}

/// Any error of this crate.
///
/// Each failure domain has an error type of its own — [`json::Error`], [`id::Error`],
/// [`decimal::Error`], [`date::Error`], [`language::Error`], [`codelist::UnknownCode`] —
/// returned by the functions of that domain, with accessors for what went wrong and where.
/// Each converts into this type, so that an application mixing them can use `?` with one
/// error type; [`Error::kind`] says which it was and the `as_*` accessors give it back.
/// Its `Display` is the domain error's message, and [`std::error::Error::source`] is the
/// domain error.
///
/// The design, and why validation issues are not errors, is in
/// [the error design notes](crate::_documentation::errors).
///
/// # Examples
///
/// ```
/// use inspection_report::{Error, ErrorKind, Inspection, json};
///
/// fn title(text: &str) -> Result<String, Error> {
///     let report: Inspection = json::from_str(text)?;
///     Ok(report.title)
/// }
///
/// let err = title(r#"{"title": 3}"#).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Json);
/// assert_eq!(err.as_json().map(json::Error::pointer), Some("/title"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    inner: Inner,
}

/// The domain error, boxed where it is large so that `Result<_, Error>` stays small.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Inner {
    Json(Box<json::Error>),
    Id(Box<id::Error>),
    Decimal(Box<decimal::Error>),
    Date(Box<date::Error>),
    LanguageTag(Box<language::Error>),
    UnknownCode(Box<codelist::UnknownCode>),
}

impl Error {
    /// The failure domain of this error.
    pub fn kind(&self) -> ErrorKind {
        match &self.inner {
            Inner::Json(_) => ErrorKind::Json,
            Inner::Id(_) => ErrorKind::Id,
            Inner::Decimal(_) => ErrorKind::Decimal,
            Inner::Date(_) => ErrorKind::Date,
            Inner::LanguageTag(_) => ErrorKind::LanguageTag,
            Inner::UnknownCode(_) => ErrorKind::UnknownCode,
        }
    }

    /// The JSON reading error, if this is one.
    pub fn as_json(&self) -> Option<&json::Error> {
        match &self.inner {
            Inner::Json(error) => Some(error),
            _ => None,
        }
    }

    /// The id error, if this is one.
    pub fn as_id(&self) -> Option<&id::Error> {
        match &self.inner {
            Inner::Id(error) => Some(error),
            _ => None,
        }
    }

    /// The decimal error, if this is one.
    pub fn as_decimal(&self) -> Option<&decimal::Error> {
        match &self.inner {
            Inner::Decimal(error) => Some(error),
            _ => None,
        }
    }

    /// The date error, if this is one.
    pub fn as_date(&self) -> Option<&date::Error> {
        match &self.inner {
            Inner::Date(error) => Some(error),
            _ => None,
        }
    }

    /// The language tag error, if this is one.
    pub fn as_language_tag(&self) -> Option<&language::Error> {
        match &self.inner {
            Inner::LanguageTag(error) => Some(error),
            _ => None,
        }
    }

    /// The unknown code, if this is one.
    pub fn as_unknown_code(&self) -> Option<&codelist::UnknownCode> {
        match &self.inner {
            Inner::UnknownCode(error) => Some(error),
            _ => None,
        }
    }

    fn source_error(&self) -> &(dyn std::error::Error + 'static) {
        match &self.inner {
            Inner::Json(error) => error.as_ref(),
            Inner::Id(error) => error.as_ref(),
            Inner::Decimal(error) => error.as_ref(),
            Inner::Date(error) => error.as_ref(),
            Inner::LanguageTag(error) => error.as_ref(),
            Inner::UnknownCode(error) => error.as_ref(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.source_error(), f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.source_error())
    }
}

macro_rules! from_domain {
    ($($variant:ident($ty:ty)),+ $(,)?) => {$(
        impl From<$ty> for Error {
            fn from(error: $ty) -> Self {
                Self { inner: Inner::$variant(Box::new(error)) }
            }
        }
    )+};
}

from_domain!(
    Json(json::Error),
    Id(id::Error),
    Decimal(decimal::Error),
    Date(date::Error),
    LanguageTag(language::Error),
    UnknownCode(codelist::UnknownCode),
);
