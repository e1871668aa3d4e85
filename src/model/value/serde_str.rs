//! Deserializing string-formed values (dates, decimals, ids, language tags) through `FromStr`.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::Deserializer;

/// Deserializes a `T` from a JSON string with `T::from_str`, reporting `expecting` when the
/// JSON value is not a string and the parse error's message when the string is malformed.
pub(crate) fn deserialize<'de, D, T>(
    deserializer: D,
    expecting: &'static str,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
    T::Err: fmt::Display,
{
    struct Visitor<T> {
        expecting: &'static str,
        parsed: PhantomData<T>,
    }

    impl<T> serde::de::Visitor<'_> for Visitor<T>
    where
        T: FromStr,
        T::Err: fmt::Display,
    {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.expecting)
        }

        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<T, E> {
            s.parse().map_err(E::custom)
        }
    }

    deserializer.deserialize_str(Visitor {
        expecting,
        parsed: PhantomData,
    })
}
