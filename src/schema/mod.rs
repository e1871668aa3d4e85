//! The JSON Schema of the JSON form, for partner systems in other languages.
//!
//! [`export`] exports the schema of a whole report ([`Part::Inspection`]) or of one part
//! of it — a [`Finding`], a [`Measure`], a [`Metric`] — in one of three [`Dialect`]s:
//!
//! | dialect | what you get | committed as |
//! |---|---|---|
//! | [`Dialect::Draft2020_12`] (default) | a JSON Schema, `$defs` | `schema/inspection.schema.json` |
//! | [`Dialect::Draft07`] | a JSON Schema, `definitions` | `schema/inspection.draft-07.schema.json` |
//! | [`Dialect::OpenApi30`] | an OpenAPI 3.0.3 document, `components.schemas` | `schema/inspection.openapi-3.0.json` |
//!
//! `cargo run --example schema -- --help` prints any of them.
//!
//! # What the schema promises
//!
//! - **The same contract as the Rust reader.** Unknown fields are refused
//!   (`additionalProperties: false`), codes are closed lists, ids, decimals, dates and language
//!   tags carry the patterns their parsers accept ([`id::PATTERN`](crate::id::PATTERN),
//!   [`decimal::PATTERN`](crate::decimal::PATTERN), [`language::PATTERN`](crate::language::PATTERN)),
//!   integers their bounds. Checks that span several values — unique ids, sums of parts,
//!   dates in order, a day that exists in the calendar — belong to validation, not to the
//!   schema (a pattern cannot tell that `2025-02-30` does not exist; `format: "date"` can, when
//!   the validator checks formats).
//! - **Shape, not content.** The schema and the reader accept and refuse the same documents
//!   (`tests/agreement.rs` checks it on mutations of generated reports): a number or ordinal
//!   of 0 and a round with no inspected organization are well-formed to both, and left to
//!   validation. A whole number written with a zero fraction (`7.0`) is an integer to both.
//! - **Optional fields may be absent or `null`.** An optional field ([`Option`] in Rust) is
//!   left out of `required`; its schema also admits `null`, because the Rust reader reads
//!   `null` as absent. The crate never writes `null`: it leaves absent fields out.
//! - **Standard keywords and formats only**, so that validators in strict mode (ajv
//!   `strict: true`) and code generators accept it. The only `format` is `date`; the schema
//!   version is stated with `$id` and `$comment`, not with custom keywords.
//! - **Descriptions from the documentation.** Every type, field and code is described by its
//!   documentation, without the Rust examples; each code's description starts with the code
//!   and its Chinese and English labels (`` `completed` — 已完成 (completed). ``).
//! - **Stable names.** Each type is defined under its Rust name (`$defs/Finding`), so
//!   generated classes get the same names in every language.
//!
//! # Identifiers and versions
//!
//! Each schema has an `$id` of the form
//! `https://inspection-report.example/schema/{VERSION}/{part}.schema.json`
//! (`{part}.draft-07.schema.json` for Draft-07). The `.example` domain is reserved (RFC 2606):
//! the `$id` names the schema, it is not a location to fetch it from. [`VERSION`]
//! changes when the JSON form changes in a way that makes a document valid under one version
//! invalid under the other.
//!
//! # Examples
//!
//! ```
//! use inspection_report::schema::{self, Dialect, Part};
//!
//! let finding = schema::export(Part::Finding, Dialect::Draft2020_12);
//! assert_eq!(finding["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(
//!     finding["$id"],
//!     "https://inspection-report.example/schema/0.2/finding.schema.json"
//! );
//! assert_eq!(finding["additionalProperties"], false);
//! assert!(finding["$defs"]["Measure"]["description"].is_string());
//! ```

use schemars::generate::{SchemaGenerator, SchemaSettings};
use schemars::transform::{RecursiveTransform, RestrictFormats};
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value, json};

mod markdown;

use crate::codelist::{Codelist, codelist};
use crate::{
    Disposition, Document, Finding, Inspection, InspectionRound, Measure, Metric, Section,
};

/// The version of the JSON form the exported schema describes, as it appears in each `$id`.
pub const VERSION: &str = "0.2";

/// The URI every schema `$id` starts with; the schema version is its last segment.
pub const BASE_URI: &str = "https://inspection-report.example/schema/0.2/";

/// The JSON Schema formats the exported schemas use: only standard ones.
const STANDARD_FORMATS: &[&str] = &["date"];

codelist! {
    /// The part of a report a schema describes: the whole report or one of its parts.
    ///
    /// Parsed from and displayed as its `snake_case` code (`inspection_round`), which is also
    /// the file name stem of its `$id`.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::schema::Part;
    ///
    /// let part: Part = "inspection_round".parse()?;
    /// assert_eq!(part, Part::InspectionRound);
    /// assert_eq!(part.to_string(), "inspection_round");
    /// assert_eq!(part.type_name(), "InspectionRound");
    /// assert!("report".parse::<Part>().is_err());
    /// # Ok::<(), inspection_report::codelist::UnknownCode>(())
    /// ```
    pub enum Part {
        /// A whole report: [`Inspection`], the root of the model.
        Inspection = "inspection", "整份报告", "whole report";
        /// An [`InspectionRound`].
        InspectionRound = "inspection_round", "巡视巡察轮次", "inspection round";
        /// A [`Section`] of findings.
        Section = "section", "部分", "section";
        /// A [`Finding`].
        Finding = "finding", "问题", "finding";
        /// A [`Measure`].
        Measure = "measure", "整改措施", "measure";
        /// A [`Metric`].
        Metric = "metric", "数据", "figure";
        /// A [`Disposition`].
        Disposition = "disposition", "处理处分", "disposition";
        /// A [`Document`].
        Document = "document", "文件", "document";
    }
}

impl Default for Part {
    /// The whole report.
    fn default() -> Self {
        Self::Inspection
    }
}

impl Part {
    /// The name of the Rust type, which is also the schema's `title` (`InspectionRound`).
    pub fn type_name(self) -> &'static str {
        match self {
            Self::Inspection => "Inspection",
            Self::InspectionRound => "InspectionRound",
            Self::Section => "Section",
            Self::Finding => "Finding",
            Self::Measure => "Measure",
            Self::Metric => "Metric",
            Self::Disposition => "Disposition",
            Self::Document => "Document",
        }
    }
}

codelist! {
    /// The dialect a schema is written in.
    ///
    /// Parsed from and displayed as `draft-2020-12`, `draft-07` or `openapi-3.0`.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::schema::Dialect;
    ///
    /// let dialect: Dialect = "draft-07".parse()?;
    /// assert_eq!(dialect, Dialect::Draft07);
    /// assert_eq!(Dialect::default(), Dialect::Draft2020_12);
    /// assert_eq!(Dialect::OpenApi30.to_string(), "openapi-3.0");
    /// # Ok::<(), inspection_report::codelist::UnknownCode>(())
    /// ```
    pub enum Dialect {
        /// JSON Schema Draft 2020-12: definitions under `$defs`.
        Draft2020_12 = "draft-2020-12", "JSON Schema 2020-12", "JSON Schema Draft 2020-12";
        /// JSON Schema Draft-07: definitions under `definitions`, no keyword newer than
        /// Draft-07, no sibling keywords next to `$ref`.
        Draft07 = "draft-07", "JSON Schema Draft-07", "JSON Schema Draft-07";
        /// An OpenAPI 3.0.3 document whose `components.schemas` hold one Schema Object per
        /// type: no `$schema` nor `$id`, `enum` instead of `const`, `nullable` instead of
        /// `null` types, references to `#/components/schemas/…`.
        OpenApi30 = "openapi-3.0", "OpenAPI 3.0", "OpenAPI 3.0.3";
    }
}

impl Default for Dialect {
    /// JSON Schema Draft 2020-12.
    fn default() -> Self {
        Self::Draft2020_12
    }
}

impl Dialect {
    /// The file name suffix of a schema in this dialect (`.draft-07.schema.json`), as in
    /// `$id`s and the committed files.
    pub fn file_suffix(self) -> &'static str {
        match self {
            Self::Draft2020_12 => ".schema.json",
            Self::Draft07 => ".draft-07.schema.json",
            Self::OpenApi30 => ".openapi-3.0.json",
        }
    }

    fn settings(self) -> SchemaSettings {
        let settings = match self {
            Self::Draft2020_12 => SchemaSettings::draft2020_12(),
            Self::Draft07 => SchemaSettings::draft07(),
            Self::OpenApi30 => {
                SchemaSettings::openapi3().with_transform(RecursiveTransform(nullable_reference))
            }
        };
        let mut formats = RestrictFormats::default();
        formats.infer_from_meta_schema = false;
        formats.allowed_formats = STANDARD_FORMATS.iter().map(|&f| f.into()).collect();
        settings
            .with_transform(RecursiveTransform(integer_bounds))
            .with_transform(formats)
            .with_transform(RecursiveTransform(markdown::clean_description))
    }
}

/// The `$id` of the schema of `part` in `dialect`: the name under which validators register it.
///
/// An OpenAPI document has no `$id`; this is then the identifier of the document, for use as
/// its location.
///
/// # Examples
///
/// ```
/// use inspection_report::schema::{self, Dialect, Part};
///
/// assert_eq!(
///     schema::id(Part::Metric, Dialect::Draft07),
///     "https://inspection-report.example/schema/0.2/metric.draft-07.schema.json"
/// );
/// ```
pub fn id(part: Part, dialect: Dialect) -> String {
    format!("{BASE_URI}{}{}", part.code(), dialect.file_suffix())
}

/// The JSON Schema of `part` in `dialect`.
///
/// For [`Dialect::Draft2020_12`] and [`Dialect::Draft07`] this is a root schema with `$schema`,
/// `$id`, `title`, `description` and a `$comment` stating the schema version; the types it
/// uses are defined under `$defs` (`definitions`). For [`Dialect::OpenApi30`] it is an OpenAPI
/// 3.0.3 document with no paths whose `components.schemas` define `part` and every type it
/// uses.
///
/// # Examples
///
/// ```
/// use inspection_report::schema::{self, Dialect, Part};
///
/// let draft07 = schema::export(Part::Measure, Dialect::Draft07);
/// assert_eq!(draft07["$schema"], "http://json-schema.org/draft-07/schema#");
/// assert!(draft07["definitions"]["Metric"].is_object());
///
/// let openapi = schema::export(Part::Measure, Dialect::OpenApi30);
/// assert_eq!(openapi["openapi"], "3.0.3");
/// assert!(openapi["components"]["schemas"]["Measure"].is_object());
/// ```
pub fn export(part: Part, dialect: Dialect) -> Value {
    match part {
        Part::Inspection => generate::<Inspection>(part, dialect),
        Part::InspectionRound => generate::<InspectionRound>(part, dialect),
        Part::Section => generate::<Section>(part, dialect),
        Part::Finding => generate::<Finding>(part, dialect),
        Part::Measure => generate::<Measure>(part, dialect),
        Part::Metric => generate::<Metric>(part, dialect),
        Part::Disposition => generate::<Disposition>(part, dialect),
        Part::Document => generate::<Document>(part, dialect),
    }
}

/// The JSON Schema (Draft 2020-12) of a whole report: what `schema/inspection.schema.json`
/// holds.
///
/// # Examples
///
/// ```
/// use inspection_report::schema::{self, Dialect, Part};
///
/// let root = schema::inspection();
/// assert_eq!(root["title"], "Inspection");
/// assert_eq!(root, schema::export(Part::Inspection, Dialect::Draft2020_12));
/// ```
pub fn inspection() -> Value {
    export(Part::Inspection, Dialect::Draft2020_12)
}

fn generate<T: JsonSchema>(part: Part, dialect: Dialect) -> Value {
    let generator = dialect.settings().into_generator();
    match dialect {
        Dialect::OpenApi30 => openapi_document::<T>(part, generator),
        Dialect::Draft2020_12 | Dialect::Draft07 => {
            root_schema(part, dialect, generator.into_root_schema_for::<T>())
        }
    }
}

/// Puts the identifying keywords first, in a fixed order, and adds `$id` and `$comment`.
fn root_schema(part: Part, dialect: Dialect, schema: Schema) -> Value {
    let mut rest = match schema.to_value() {
        Value::Object(map) => map,
        // A derived schema is always an object.
        other => return other,
    };
    let mut root = Map::new();
    for key in ["$schema", "$id", "title", "description", "$comment"] {
        let value = match key {
            "$id" => Some(Value::from(id(part, dialect))),
            "$comment" => Some(Value::from(version_comment(part))),
            _ => rest.remove(key),
        };
        if let Some(value) = value {
            root.insert(key.to_owned(), value);
        }
    }
    root.extend(rest);
    Value::Object(root)
}

fn version_comment(part: Part) -> String {
    format!(
        "Schema version {VERSION} of the JSON form of {} (inspection-report {}). Generated from the Rust model; do not edit by hand.",
        part.type_name(),
        env!("CARGO_PKG_VERSION"),
    )
}

/// An OpenAPI 3.0.3 document with no paths, whose `components.schemas` define `T` and every
/// type it uses.
fn openapi_document<T: JsonSchema>(part: Part, mut generator: SchemaGenerator) -> Value {
    // A `$ref` to `T` puts `T` itself among the definitions, under its stable name.
    let _reference = generator.subschema_for::<T>();
    let schemas = generator.take_definitions(true);
    let description = schemas
        .get(part.type_name())
        .and_then(|schema| schema.get("description"))
        .cloned()
        .unwrap_or_default();
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": format!("inspection-report: {}", part.type_name()),
            "version": VERSION,
            "description": format!(
                "{}\n\n{}",
                description.as_str().unwrap_or_default(),
                version_comment(part)
            ),
        },
        "paths": {},
        "components": { "schemas": schemas },
    })
}

/// Rewrites an optional reference as OpenAPI 3.0 spells it: schemars writes
/// `anyOf: [{$ref}, {nullable: true, enum: [null]}]`, which has no `type` for `nullable` to
/// apply to; `allOf: [{$ref}], nullable: true` is the form OpenAPI tools understand.
fn nullable_reference(schema: &mut Schema) {
    let is_null = |value: &Value| {
        value.get("nullable") == Some(&Value::Bool(true))
            && value.get("enum") == Some(&json!([null]))
    };
    let Some(Value::Array(any_of)) = schema.get("anyOf") else {
        return;
    };
    let [reference, null] = any_of.as_slice() else {
        return;
    };
    if !is_null(null) || reference.get("$ref").is_none() {
        return;
    }
    let reference = reference.clone();
    schema.remove("anyOf");
    schema.insert("allOf".to_owned(), json!([reference]));
    schema.insert("nullable".to_owned(), true.into());
}

/// Replaces the non-standard integer formats schemars writes (`uint32`) with the bounds they
/// stand for, so that the schema stays as tight as the Rust type once the format is removed.
fn integer_bounds(schema: &mut Schema) {
    let bounds: Option<(i64, i64)> = match schema.get("format").and_then(Value::as_str) {
        Some("uint8") => Some((0, u8::MAX.into())),
        Some("uint16") => Some((0, u16::MAX.into())),
        Some("uint32") => Some((0, u32::MAX.into())),
        Some("int8") => Some((i8::MIN.into(), i8::MAX.into())),
        Some("int16") => Some((i16::MIN.into(), i16::MAX.into())),
        Some("int32") => Some((i32::MIN.into(), i32::MAX.into())),
        _ => None,
    };
    let Some((min, max)) = bounds else { return };
    let stated_min = schema.get("minimum").and_then(Value::as_i64);
    if stated_min.is_none_or(|stated| stated < min) {
        schema.insert("minimum".to_owned(), min.into());
    }
    let stated_max = schema.get("maximum").and_then(Value::as_i64);
    if stated_max.is_none_or(|stated| stated > max) {
        schema.insert("maximum".to_owned(), max.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codelist::Codelist;

    #[test]
    fn base_uri_names_the_schema_version() {
        assert!(BASE_URI.ends_with(&format!("/{VERSION}/")));
    }

    #[test]
    fn every_part_parses_from_its_code() {
        for &part in Part::ALL {
            assert_eq!(part.code().parse::<Part>(), Ok(part));
        }
        for &dialect in Dialect::ALL {
            assert_eq!(dialect.code().parse::<Dialect>(), Ok(dialect));
        }
    }
}
