//! Agreement between the three descriptions of a valid document — the Rust types with serde,
//! the exported JSON Schema and validation — and no silent loss of data.
//!
//! - `valid`: every generated valid document passes the schema (Draft 2020-12 and Draft-07)
//!   and validation, whole and in parts.
//! - `structural`: a structural mutation of a valid document (a required field dropped, an
//!   unknown field, a wrong type, an unknown code, a malformed date, decimal or id) is refused
//!   by the reader and by the schema alike; `null` for an optional field is accepted by both.
//! - `semantic`: a semantic mutation (dates swapped, a sum broken, an id duplicated …) passes
//!   the schema and is caught by validation with the expected rule at the expected pointer.
//! - `loss`: every property of every schema definition survives a round trip; unknown fields
//!   are refused at every level, with the pointer of the field.
//! - `hostile`: validation of arbitrary input and of extreme but well-typed values never
//!   panics.
//!
//! Sites of mutations are found by walking a document alongside its schema ([`sites`]), so
//! that the properties follow the schema as it grows. On failure, proptest prints the seed and
//! the minimal failing input; the message names the mutation, the JSON pointer and the
//! document around it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use inspection_report::codelist::Codelist;
use inspection_report::schema::{self, Dialect, Part};
use inspection_report::*;
use inspection_report_testkit::strategy;
use jsonschema::Validator;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};

use crate::support::cases;

// ---------------------------------------------------------------------------------------------
// Schemas and validators, compiled once
// ---------------------------------------------------------------------------------------------

/// The Draft 2020-12 schema of a whole report, which the site walk follows.
static SCHEMA: LazyLock<Value> = LazyLock::new(schema::inspection);

static REPORT_2020_12: LazyLock<Validator> =
    LazyLock::new(|| compile(&SCHEMA, Dialect::Draft2020_12));

static REPORT_07: LazyLock<Validator> = LazyLock::new(|| {
    compile(
        &schema::export(Part::Inspection, Dialect::Draft07),
        Dialect::Draft07,
    )
});

/// A Draft 2020-12 validator for each part the crate exports a schema of.
static PARTS: LazyLock<BTreeMap<Part, Validator>> = LazyLock::new(|| {
    Part::ALL
        .iter()
        .map(|&part| {
            let part_schema = schema::export(part, Dialect::Draft2020_12);
            (part, compile(&part_schema, Dialect::Draft2020_12))
        })
        .collect()
});

fn compile(schema: &Value, dialect: Dialect) -> Validator {
    let built = match dialect {
        Dialect::Draft07 => jsonschema::draft7::options()
            .should_validate_formats(true)
            .build(schema),
        _ => jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(schema),
    };
    built.unwrap_or_else(|e| panic!("the {dialect} schema does not compile: {e}"))
}

/// The schema's complaints about `document`, each with its instance path.
fn schema_errors(validator: &Validator, document: &Value) -> Vec<String> {
    validator
        .iter_errors(document)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Walking a document alongside its schema
// ---------------------------------------------------------------------------------------------

/// One node of a document and what the schema says about it.
#[derive(Debug, Clone)]
struct Site {
    /// The JSON pointer of the node.
    pointer: String,
    /// The definition (`Metric`, `Decimal`, `FindingId`) the node is an instance of, when its
    /// schema refers to one.
    def: Option<&'static str>,
    /// The node's schema, references followed and the `anyOf` branch it matches chosen.
    schema: &'static Value,
    /// The JSON types the node's schema admits (`null` for an optional field).
    types: BTreeSet<&'static str>,
    /// Whether the node is a property its parent requires.
    required: bool,
}

impl Site {
    fn is(&self, def: &str) -> bool {
        self.def == Some(def)
    }

    /// Whether the node is a codelist code: its definition is a `oneOf` of constants.
    fn is_code(&self) -> bool {
        self.def
            .is_some_and(|def| SCHEMA["$defs"][def].get("oneOf").is_some())
    }

    /// Whether the node is an id (not a reference to one): `…/id` of an id definition.
    fn is_id(&self) -> bool {
        self.def.is_some_and(|def| def.ends_with("Id")) && self.pointer.ends_with("/id")
    }
}

fn definition(reference: &str) -> (&'static str, &'static Value) {
    let name = reference
        .strip_prefix("#/$defs/")
        .unwrap_or_else(|| panic!("unexpected reference {reference}"));
    SCHEMA["$defs"]
        .as_object()
        .and_then(|defs| defs.iter().find(|(key, _)| *key == name))
        .map(|(key, schema)| (key.as_str(), schema))
        .unwrap_or_else(|| panic!("unresolved reference {reference}"))
}

/// The JSON types `schema` admits.
fn types_of(schema: &'static Value) -> BTreeSet<&'static str> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return types_of(definition(reference).1);
    }
    match schema.get("type") {
        Some(Value::String(t)) => [t.as_str()].into(),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => ["anyOf", "oneOf"]
            .iter()
            .filter_map(|k| schema.get(*k).and_then(Value::as_array))
            .flatten()
            .flat_map(types_of)
            .collect(),
    }
}

/// The JSON type of `value`, as JSON Schema names it (`integer` for whole numbers written
/// without a fraction).
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n)
            if n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0) =>
        {
            "integer"
        }
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn admits(types: &BTreeSet<&str>, value: &Value) -> bool {
    let t = json_type(value);
    types.contains(t) || (t == "integer" && types.contains("number"))
}

/// Follows references and chooses the `anyOf` branch `value` matches by type; returns the
/// schema reached and the last definition passed through.
fn resolve(mut schema: &'static Value, value: &Value) -> (&'static Value, Option<&'static str>) {
    let mut def = None;
    loop {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let (name, target) = definition(reference);
            def = Some(name);
            schema = target;
            continue;
        }
        if schema.get("type").is_none()
            && let Some(branches) = schema.get("anyOf").and_then(Value::as_array)
            && let Some(branch) = branches.iter().find(|b| admits(&types_of(b), value))
        {
            schema = branch;
            continue;
        }
        return (schema, def);
    }
}

/// The schema that admits anything.
static ANY: LazyLock<Value> = LazyLock::new(|| json!({}));

/// Every node of `document` (an instance of `schema`, or a mutation of one), in document
/// order, the root first.
fn sites_of(schema: &'static Value, document: &Value) -> Vec<Site> {
    fn walk(
        schema: &'static Value,
        value: &Value,
        pointer: String,
        required: bool,
        out: &mut Vec<Site>,
    ) {
        let types = types_of(schema);
        let (resolved, def) = resolve(schema, value);
        out.push(Site {
            pointer: pointer.clone(),
            def,
            schema: resolved,
            types,
            required,
        });
        match value {
            Value::Object(map) => {
                let properties = &resolved["properties"];
                let needed = resolved["required"].as_array();
                for (key, child) in map {
                    // A key the schema does not define (in a mutated document) has the
                    // empty schema.
                    let child_schema = properties.get(key).unwrap_or(&ANY);
                    let is_required =
                        needed.is_some_and(|r| r.iter().any(|k| k.as_str() == Some(key)));
                    let token = key.replace('~', "~0").replace('/', "~1");
                    walk(
                        child_schema,
                        child,
                        format!("{pointer}/{token}"),
                        is_required,
                        out,
                    );
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(
                        &resolved["items"],
                        child,
                        format!("{pointer}/{i}"),
                        false,
                        out,
                    );
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(schema, document, String::new(), false, &mut out);
    out
}

/// Every node of a whole report.
fn sites(document: &Value) -> Vec<Site> {
    sites_of(&SCHEMA, document)
}

/// Chooses one of `n` things: an index below `n`, or `None` to skip.
type Choose<'a> = &'a dyn Fn(usize) -> Option<usize>;

/// A choice driven by proptest.
fn by(index: &Index) -> impl Fn(usize) -> Option<usize> + '_ {
    move |n| (n > 0).then(|| index.index(n))
}

/// The `k`-th choice, for exhaustive tests; `None` when there are fewer.
fn nth(k: usize) -> impl Fn(usize) -> Option<usize> {
    move |n| (k < n).then_some(k)
}

fn pick<'a, T>(items: &'a [T], choose: Choose<'_>) -> Option<&'a T> {
    items.get(choose(items.len())?)
}

// ---------------------------------------------------------------------------------------------
// Failure messages: the document around a pointer, compact
// ---------------------------------------------------------------------------------------------

/// `document` in compact JSON, showing in full only the path to `pointer` and the value's
/// parent there; other values are cut to a summary (`{…5}`, `[…3]`, strings to 24 characters).
fn compact(document: &Value, pointer: &str) -> String {
    fn short(value: &Value) -> String {
        match value {
            Value::Object(map) if !map.is_empty() => format!("{{…{}}}", map.len()),
            Value::Array(items) if !items.is_empty() => format!("[…{}]", items.len()),
            Value::String(s) if s.chars().count() > 24 => {
                format!("{:?}", s.chars().take(24).collect::<String>() + "…")
            }
            other => other.to_string(),
        }
    }
    fn full(value: &Value) -> String {
        let text = value.to_string();
        if text.chars().count() > 600 {
            text.chars().take(600).collect::<String>() + "…"
        } else {
            text
        }
    }
    fn render(value: &Value, path: &[&str]) -> String {
        match path {
            [] | [_] => full(value),
            [token, rest @ ..] => match value {
                Value::Object(map) => {
                    let fields: Vec<String> = map
                        .iter()
                        .map(|(k, v)| {
                            let shown = if k == token {
                                render(v, rest)
                            } else {
                                short(v)
                            };
                            format!("{k:?}:{shown}")
                        })
                        .collect();
                    format!("{{{}}}", fields.join(","))
                }
                Value::Array(items) => {
                    let index: usize = token.parse().unwrap_or(usize::MAX);
                    let shown: Vec<String> = items
                        .iter()
                        .enumerate()
                        .map(|(i, v)| {
                            if i == index {
                                render(v, rest)
                            } else {
                                short(v)
                            }
                        })
                        .collect();
                    format!("[{}]", shown.join(","))
                }
                other => full(other),
            },
        }
    }
    let path: Vec<&str> = pointer.split('/').skip(1).collect();
    render(document, &path)
}

/// Whether `ancestor` is `pointer` or a JSON pointer above it.
fn is_at_or_above(ancestor: &str, pointer: &str) -> bool {
    pointer == ancestor
        || pointer
            .strip_prefix(ancestor)
            .is_some_and(|rest| rest.starts_with('/'))
}

// ---------------------------------------------------------------------------------------------
// 1. Every generated valid document passes the schema and validation
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// 2. Structural mutations: refused by the reader and the schema alike
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// 3. Semantic mutations: accepted by the schema, caught by validation
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// 4. No silent loss
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// 5. Hostile input at the validation layer
// ---------------------------------------------------------------------------------------------

mod hostile;
mod loss;
mod semantic;
mod structural;
mod valid;
