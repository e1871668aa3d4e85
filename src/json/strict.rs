//! A deserializer adapter that makes the reader accept what the JSON Schema accepts, no more
//! and no less, where serde's derive differs from it:
//!
//! - An object type is read from a JSON object only. Derived `Deserialize` also reads a struct
//!   from an array of its field values in declaration order (`"on_site": ["2025-03",
//!   "2025-04"]` as a `Period`), which the schema refuses (`type: "object"`).
//! - An unsigned integer may be written with a zero fraction (`7.0`, `1e2`): JSON Schema counts
//!   any number with a zero fractional part as an `integer`, and a writer such as Python's
//!   `json` module writes a whole `float` as `7.0`. It is read as the integer it is, and one
//!   out of range is refused naming its value (`-1.0` as "integer `-1`", `1e308` as "number
//!   `1e308`").
//!
//! The adapter wraps every nested deserializer, so it applies at every depth.

use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Unexpected, Visitor,
};

/// The start of the message for a whole number beyond 64 bits where an unsigned integer
/// belongs, followed by the number and "`, expected …" (serde's "invalid value" wording). The
/// reader replaces the number with the number as written in the input.
pub(crate) const NUMBER_OUT_OF_RANGE: &str = "invalid value: number `";

/// What a visitor expects, as `Display`.
struct Expecting<'a, V>(&'a V);

impl<'de, V: Visitor<'de>> fmt::Display for Expecting<'_, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
}

/// What the value being read is expected to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Anything: no change to serde's behaviour.
    Any,
    /// A struct: read from an object only.
    Struct,
    /// An unsigned integer: a whole number written with a fraction is read as an integer.
    Unsigned,
}

/// A deserializer that reads structs from objects only and accepts whole numbers written with
/// a fraction for unsigned integers, at every depth.
pub(crate) struct Strict<D>(pub(crate) D);

/// A visitor that applies [`Shape`] and wraps what it is given.
struct Wrap<V> {
    visitor: V,
    shape: Shape,
}

impl<V> Wrap<V> {
    fn new(visitor: V, shape: Shape) -> Self {
        Self { visitor, shape }
    }
}

macro_rules! forward_deserialize {
    ($shape:ident: $($method:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            self.0.$method(Wrap::new(visitor, Shape::$shape))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<D> {
    type Error = D::Error;

    forward_deserialize!(Any:
        deserialize_any, deserialize_bool, deserialize_i8, deserialize_i16, deserialize_i32,
        deserialize_i64, deserialize_i128, deserialize_f32, deserialize_f64, deserialize_char,
        deserialize_str, deserialize_string, deserialize_bytes, deserialize_byte_buf,
        deserialize_option, deserialize_unit, deserialize_seq, deserialize_map,
        deserialize_identifier, deserialize_ignored_any,
    );
    forward_deserialize!(Unsigned:
        deserialize_u8, deserialize_u16, deserialize_u32, deserialize_u64, deserialize_u128,
    );

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0
            .deserialize_unit_struct(name, Wrap::new(visitor, Shape::Any))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0
            .deserialize_newtype_struct(name, Wrap::new(visitor, Shape::Any))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0
            .deserialize_tuple(len, Wrap::new(visitor, Shape::Any))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0
            .deserialize_tuple_struct(name, len, Wrap::new(visitor, Shape::Any))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0
            .deserialize_struct(name, fields, Wrap::new(visitor, Shape::Struct))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0
            .deserialize_enum(name, variants, Wrap::new(visitor, Shape::Any))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty)),* $(,)?) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<Self::Value, E> {
            self.visitor.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    forward_visit!(
        visit_bool(bool),
        visit_i8(i8),
        visit_i16(i16),
        visit_i32(i32),
        visit_i64(i64),
        visit_i128(i128),
        visit_u8(u8),
        visit_u16(u16),
        visit_u32(u32),
        visit_u64(u64),
        visit_u128(u128),
        visit_f32(f32),
        visit_char(char),
        visit_str(&str),
        visit_borrowed_str(&'de str),
        visit_string(String),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        // A whole number is read as the integer it is; the integer type then refuses it if out
        // of its range, naming the value. Beyond 64 bits a cast would saturate and the error
        // name `u64::MAX`, so the value is named here, in the shortest form that reads back to
        // it (`1e308`); the reader then puts the number as written in its place.
        if self.shape == Shape::Unsigned && v.fract() == 0.0 {
            // 2^64 and -2^63, exactly representable.
            const TWO_64: f64 = 18_446_744_073_709_551_616.0;
            const MINUS_TWO_63: f64 = -9_223_372_036_854_775_808.0;
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            return if (0.0..TWO_64).contains(&v) {
                self.visitor.visit_u64(v as u64)
            } else if (MINUS_TWO_63..0.0).contains(&v) {
                self.visitor.visit_i64(v as i64)
            } else {
                Err(de::Error::custom(format_args!(
                    "{NUMBER_OUT_OF_RANGE}{v:e}`, expected {}",
                    Expecting(&self)
                )))
            };
        }
        self.visitor.visit_f64(v)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.visitor.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.visitor.visit_some(Strict(deserializer))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        self.visitor.visit_newtype_struct(Strict(deserializer))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        if self.shape == Shape::Struct {
            return Err(de::Error::invalid_type(Unexpected::Seq, &self));
        }
        self.visitor.visit_seq(Seq(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.visitor.visit_map(Map(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        // The model's enums have unit variants only: there is no nested value to wrap.
        self.visitor.visit_enum(data)
    }
}

/// The elements of an array, each read strictly.
struct Seq<A>(A);

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Seq<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Self::Error> {
        self.0.next_element_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

/// The entries of an object, each value read strictly.
struct Map<A>(A);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Map<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        self.0.next_key_seed(seed)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<T::Value, Self::Error> {
        self.0.next_value_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

/// A seed whose deserializer is wrapped in [`Strict`].
struct Seed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Strict(deserializer))
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::Strict;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Point {
        x: u32,
        #[serde(default)]
        y: Option<u32>,
        #[serde(default)]
        inner: Vec<Point>,
    }

    fn read(json: &str) -> Result<Point, serde_json::Error> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        Point::deserialize(Strict(&mut deserializer))
    }

    #[test]
    fn structs_come_from_objects_only() {
        assert!(
            serde_json::from_str::<Point>("[1, 2]").is_ok(),
            "serde's derive"
        );
        let err = read("[1, 2]").unwrap_err();
        assert!(err.to_string().contains("invalid type: sequence"), "{err}");
        assert!(read(r#"{"x": 1, "inner": [[3]]}"#).is_err());
        assert!(read(r#"{"x": 1, "inner": [{"x": 3}]}"#).is_ok());
    }

    #[test]
    fn whole_numbers_may_have_a_zero_fraction() {
        let point = read(r#"{"x": 7.0, "y": 1e2}"#).unwrap();
        assert_eq!((point.x, point.y), (7, Some(100)));
        assert!(read(r#"{"x": 7.5}"#).is_err());
        assert!(read(r#"{"x": -1.0}"#).is_err());
        assert!(read(r#"{"x": 4294967296.0}"#).is_err());
        assert!(read(r#"{"x": 1e300}"#).is_err());
    }
}
