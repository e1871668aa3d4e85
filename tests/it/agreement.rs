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

mod valid {
    use serde::Serialize;

    use super::*;

    fn passes_schema<T: Serialize>(validator: &Validator, value: &T) -> Result<(), TestCaseError> {
        let document = serde_json::to_value(value)?;
        let errors = schema_errors(validator, &document);
        prop_assert!(
            errors.is_empty(),
            "the schema refuses a valid document:\n{}\n{}",
            errors.join("\n"),
            compact(&document, "")
        );
        Ok(())
    }

    fn validates<T: Validate>(value: &T) -> Result<(), TestCaseError> {
        let report = value.validate();
        let listed: Vec<String> = report.issues.iter().map(ToString::to_string).collect();
        prop_assert!(
            report.is_clean(),
            "validation issues:\n{}",
            listed.join("\n")
        );
        Ok(())
    }

    fn part(part: Part) -> &'static Validator {
        &PARTS[&part]
    }

    proptest! {
        #![proptest_config(cases(32))]

        #[test]
        fn reports_pass_both_dialects_and_validation(report in strategy::inspection()) {
            passes_schema(&REPORT_2020_12, &report)?;
            passes_schema(&REPORT_07, &report)?;
            passes_schema(part(Part::Inspection), &report)?;
            validates(&report)?;
        }
    }

    proptest! {
        #![proptest_config(cases(64))]

        #[test]
        fn parts_pass_their_schemas_and_validation(
            finding in strategy::finding(),
            section in strategy::section(),
            measure in strategy::measure(),
            metric in strategy::metric(),
            disposition in strategy::disposition(),
            document in strategy::document(),
            round in strategy::inspection_round(),
        ) {
            passes_schema(part(Part::Finding), &finding)?;
            validates(&finding)?;
            passes_schema(part(Part::Section), &section)?;
            validates(&section)?;
            passes_schema(part(Part::Measure), &measure)?;
            validates(&measure)?;
            passes_schema(part(Part::Metric), &metric)?;
            validates(&metric)?;
            passes_schema(part(Part::Disposition), &disposition)?;
            validates(&disposition)?;
            passes_schema(part(Part::Document), &document)?;
            passes_schema(part(Part::InspectionRound), &round)?;
        }
    }

    /// A part's schema is the part, not anything: a finding is no metric.
    #[test]
    fn part_schemas_refuse_other_parts() {
        let report = strategy::sample_inspection(3, 5);
        let finding = serde_json::to_value(report.iter_findings().next()).expect("JSON");
        assert!(part(Part::Finding).is_valid(&finding));
        for other in [Part::Metric, Part::Section, Part::Inspection] {
            assert!(!part(other).is_valid(&finding), "{other} accepts a finding");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Structural mutations: refused by the reader and the schema alike
// ---------------------------------------------------------------------------------------------

mod structural {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) enum Mutation {
        /// Removes a property the parent's schema lists as `required`.
        DropRequired,
        /// Adds a property no schema defines.
        AddUnknown,
        /// Replaces a value with one of a JSON type its schema does not admit.
        ChangeType,
        /// Writes a code no codelist has.
        UnknownCode,
        /// Writes a date that is malformed or not in the calendar.
        BadDate,
        /// Writes a decimal that is malformed, or a number instead of a string.
        BadDecimal,
        /// Writes an id that is malformed.
        BadId,
        /// Writes `null` for an optional field: accepted by both, on purpose.
        NullOptional,
        /// Writes a whole number with a zero fraction (`3.0`): an integer to both.
        ZeroFraction,
    }

    pub(super) const MUTATIONS: &[Mutation] = &[
        Mutation::DropRequired,
        Mutation::AddUnknown,
        Mutation::ChangeType,
        Mutation::UnknownCode,
        Mutation::BadDate,
        Mutation::BadDecimal,
        Mutation::BadId,
        Mutation::NullOptional,
        Mutation::ZeroFraction,
    ];

    /// A mutated document, where, what, and whether it should be accepted.
    pub(super) struct Mutated {
        pub document: Value,
        pub pointer: String,
        pub what: String,
        pub accepted: bool,
    }

    const BAD_DATES: &[&str] = &[
        "2025-13",
        "2025-02-30",
        "25-03-06",
        "2025-3-6",
        "2025/03/06",
        "2025-00",
        "20250306",
        "",
    ];

    fn bad_decimals() -> Vec<Value> {
        vec![
            json!("1e5"),
            json!("01"),
            json!("1."),
            json!(".5"),
            json!("+1"),
            json!("1,000"),
            json!("-0"),
            json!("1 000"),
            json!("0.12345678901"),
            json!("1234567890123456789"),
            json!(5),
            json!(1.5),
        ]
    }

    fn bad_ids() -> Vec<Value> {
        vec![
            json!("bad id"),
            json!(""),
            json!("-x"),
            json!("问题-1"),
            json!("f/1"),
            json!("x".repeat(65)),
        ]
    }

    /// Values of every JSON type, for `ChangeType`. `7.0` is an integer to JSON Schema (a
    /// number with a zero fraction) and to the reader; `["x", "y"]` is what serde's derive
    /// would read as a struct of two fields, and the reader must not.
    fn any_type() -> Vec<Value> {
        vec![
            json!("x"),
            json!(7),
            json!(1.5),
            json!(7.0),
            json!(-1),
            json!(true),
            json!([]),
            json!(["x", "y"]),
            json!({}),
            Value::Null,
        ]
    }

    fn set(document: &mut Value, pointer: &str, value: Value) {
        if let Some(slot) = document.pointer_mut(pointer) {
            *slot = value;
        }
    }

    /// Applies `mutation` to `document` at a site chosen by `site` (and a variant chosen by
    /// `variant`); `None` when the document has no site for it.
    pub(super) fn apply(
        mutation: Mutation,
        document: &Value,
        all: &[Site],
        site: Choose<'_>,
        variant: Choose<'_>,
    ) -> Option<Mutated> {
        let mut document = document.clone();
        let candidates: Vec<&Site> = all
            .iter()
            .filter(|s| {
                let value = document.pointer(&s.pointer);
                match mutation {
                    Mutation::DropRequired => {
                        let required = s.schema["required"].as_array();
                        let map = value.and_then(Value::as_object);
                        required.zip(map).is_some_and(|(r, m)| {
                            r.iter()
                                .any(|k| k.as_str().is_some_and(|k| m.contains_key(k)))
                        })
                    }
                    Mutation::AddUnknown => value.is_some_and(Value::is_object),
                    Mutation::ChangeType => !s.pointer.is_empty(),
                    Mutation::UnknownCode => s.is_code(),
                    Mutation::BadDate => s.is("PartialDate"),
                    Mutation::BadDecimal => s.is("Decimal"),
                    Mutation::BadId => s.is_id(),
                    Mutation::NullOptional => {
                        !s.required
                            && s.types.contains("null")
                            && value.is_some_and(|v| !v.is_null())
                    }
                    Mutation::ZeroFraction => value.is_some_and(Value::is_u64),
                }
            })
            .collect();
        let chosen = pick(&candidates, site)?;
        let pointer = chosen.pointer.clone();
        let original = document.pointer(&pointer).cloned().unwrap_or(Value::Null);
        let (pointer, what, accepted) = match mutation {
            Mutation::DropRequired => {
                let map = document.pointer_mut(&pointer)?.as_object_mut()?;
                let present: Vec<String> = chosen.schema["required"]
                    .as_array()?
                    .iter()
                    .filter_map(Value::as_str)
                    .filter(|k| map.contains_key(*k))
                    .map(str::to_owned)
                    .collect();
                let key = pick(&present, variant)?;
                map.remove(key);
                (
                    format!("{pointer}/{key}"),
                    format!("drop required `{key}`"),
                    false,
                )
            }
            Mutation::AddUnknown => {
                let map = document.pointer_mut(&pointer)?.as_object_mut()?;
                map.insert("unknown_field".to_owned(), json!("x"));
                (
                    format!("{pointer}/unknown_field"),
                    "add an unknown field".to_owned(),
                    false,
                )
            }
            Mutation::ChangeType => {
                let replacements: Vec<Value> = any_type()
                    .into_iter()
                    .filter(|v| !admits(&chosen.types, v))
                    .collect();
                let value = pick(&replacements, variant)?.clone();
                let what = format!("change {original} to {value}");
                set(&mut document, &pointer, value);
                (pointer, what, false)
            }
            Mutation::UnknownCode => {
                let code = original.as_str().unwrap_or_default();
                let codes = [
                    "not_a_code".to_owned(),
                    code.to_uppercase(),
                    format!(" {code}"),
                ];
                let value = pick(&codes, variant)?.clone();
                let what = format!("code {value:?} for {code:?}");
                set(&mut document, &pointer, Value::from(value));
                (pointer, what, false)
            }
            Mutation::BadDate => {
                let value = *pick(BAD_DATES, variant)?;
                set(&mut document, &pointer, Value::from(value));
                (pointer, format!("date {value:?}"), false)
            }
            Mutation::BadDecimal => {
                let value = pick(&bad_decimals(), variant)?.clone();
                let what = format!("decimal {value}");
                set(&mut document, &pointer, value);
                (pointer, what, false)
            }
            Mutation::BadId => {
                let value = pick(&bad_ids(), variant)?.clone();
                let what = format!("id {value}");
                set(&mut document, &pointer, value);
                (pointer, what, false)
            }
            Mutation::NullOptional => {
                set(&mut document, &pointer, Value::Null);
                (pointer, "null for an optional field".to_owned(), true)
            }
            Mutation::ZeroFraction => {
                let whole = original.as_u64()?;
                #[allow(clippy::cast_precision_loss)]
                let value = json!(whole as f64);
                let what = format!("{whole} written as {value}");
                set(&mut document, &pointer, value);
                (pointer, what, true)
            }
        };
        Some(Mutated {
            document,
            pointer,
            what,
            accepted,
        })
    }

    /// Checks that the reader and both schema dialects decide `mutated` as expected, and that
    /// the reader's error points at or above the mutation.
    pub(super) fn check(mutated: &Mutated) -> Result<(), TestCaseError> {
        let Mutated {
            document,
            pointer,
            what,
            accepted,
        } = mutated;
        let bytes = serde_json::to_vec(document)?;
        let read = json::from_slice::<Inspection>(&bytes);
        let shown = || compact(document, pointer);
        let expected = if *accepted { "accept" } else { "refuse" };
        match (&read, accepted) {
            (Ok(_), false) => {
                return Err(TestCaseError::fail(format!(
                    "the reader accepts `{what}` at {pointer}; expected to {expected}\n{}",
                    shown()
                )));
            }
            (Err(e), true) => {
                return Err(TestCaseError::fail(format!(
                    "the reader refuses `{what}` at {pointer}: {e}; expected to {expected}\n{}",
                    shown()
                )));
            }
            (Err(e), false) => {
                prop_assert!(
                    is_at_or_above(e.pointer(), pointer),
                    "the reader refuses `{}` at {} but points at {:?}: {}\n{}",
                    what,
                    pointer,
                    e.pointer(),
                    e,
                    shown()
                );
            }
            (Ok(_), true) => {}
        }
        for (dialect, validator) in [
            (Dialect::Draft2020_12, &*REPORT_2020_12),
            (Dialect::Draft07, &*REPORT_07),
        ] {
            let errors = schema_errors(validator, document);
            prop_assert!(
                errors.is_empty() == *accepted,
                "the {} schema does not {} `{}` at {} (the reader does){}\n{}",
                dialect,
                expected,
                what,
                pointer,
                if errors.is_empty() {
                    String::new()
                } else {
                    format!(":\n{}", errors.join("\n"))
                },
                shown()
            );
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(cases(256))]

        #[test]
        fn reader_and_schema_decide_alike(
            report in strategy::inspection_with(1..6),
            mutation in proptest::sample::select(MUTATIONS),
            site in any::<Index>(),
            variant in any::<Index>(),
        ) {
            let document = serde_json::to_value(&report)?;
            let all = sites(&document);
            if let Some(mutated) = apply(mutation, &document, &all, &by(&site), &by(&variant)) {
                check(&mutated)?;
            }
        }
    }

    /// Each mutation finds sites in an ordinary report, so that the property above cannot
    /// pass by finding nothing to mutate.
    #[test]
    fn every_mutation_applies() {
        let document = serde_json::to_value(strategy::sample_inspection(30, 11)).expect("JSON");
        let all = sites(&document);
        for &mutation in MUTATIONS {
            let mutated = apply(mutation, &document, &all, &nth(0), &nth(0));
            assert!(mutated.is_some(), "{mutation:?} finds no site");
        }
    }

    /// Every site and every variant of every mutation, on one small report.
    #[test]
    fn every_site_of_every_mutation() {
        let document = serde_json::to_value(strategy::sample_inspection(1, 3)).expect("JSON");
        let all = sites(&document);
        let mut checked = 0;
        let mut failures = Vec::new();
        for &mutation in MUTATIONS {
            for s in 0.. {
                let mut any = false;
                for v in 0..16 {
                    if let Some(mutated) = apply(mutation, &document, &all, &nth(s), &nth(v)) {
                        any = true;
                        checked += 1;
                        if let Err(e) = check(&mutated) {
                            failures.push(e.to_string());
                        }
                    }
                }
                if !any {
                    break;
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {checked} mutations disagree:\n{}",
            failures.len(),
            failures.join("\n")
        );
        assert!(checked > 100, "only {checked} mutations checked");
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Semantic mutations: accepted by the schema, caught by validation
// ---------------------------------------------------------------------------------------------

mod semantic {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) enum Mutation {
        /// Swaps two consecutive ordered dates of the round's chain (R102, or R101 within a
        /// period).
        SwapRoundDates,
        /// Changes one part of a figure whose parts add up (R405).
        BreakSum,
        /// Gives an id the value of another (R201).
        DuplicateId,
        /// Empties a required text (R301).
        EmptyText,
        /// Puts a figure in a unit its kind does not allow (R401).
        WrongUnit,
        /// Makes progress not add up (R409), or resolve more than found (R408).
        BreakProgress,
        /// Makes an included count exceed its disposition's count (R502).
        IncludedExceeds,
        /// Gives a finding a status its section does not imply (R601).
        StatusAgainstSection,
    }

    pub(super) const MUTATIONS: &[Mutation] = &[
        Mutation::SwapRoundDates,
        Mutation::BreakSum,
        Mutation::DuplicateId,
        Mutation::EmptyText,
        Mutation::WrongUnit,
        Mutation::BreakProgress,
        Mutation::IncludedExceeds,
        Mutation::StatusAgainstSection,
    ];

    /// A mutated document and the issue validation must report.
    pub(super) struct Mutated {
        pub document: Value,
        pub what: String,
        pub code: &'static str,
        /// The pointers the issue may be at (two for a duplicate id: whichever comes second in
        /// the walk).
        pub pointers: Vec<String>,
    }

    /// The dates of the round's chain, in order, with the group of each (a period's ends share
    /// one).
    const CHAIN: &[(&str, u8)] = &[
        ("/round/on_site/start", 1),
        ("/round/on_site/end", 1),
        ("/round/feedback_date", 2),
        ("/round/rectification/period/start", 3),
        ("/round/rectification/period/end", 3),
        ("/published", 4),
    ];

    fn text_at<'a>(document: &'a Value, pointer: &str) -> Option<&'a str> {
        document.pointer(pointer).and_then(Value::as_str)
    }

    fn decimal_at(document: &Value, pointer: &str) -> Option<Decimal> {
        text_at(document, pointer)?.parse().ok()
    }

    /// `value` + 1, as a decimal string.
    fn plus_one(value: Decimal) -> Option<Value> {
        let next = value.value().checked_add(Decimal::from(1u8).value())?;
        Some(Value::from(Decimal::new(next).ok()?.to_string()))
    }

    fn set(document: &mut Value, pointer: &str, value: Value) -> Option<()> {
        *document.pointer_mut(pointer)? = value;
        Some(())
    }

    fn exact(metric: &Value) -> bool {
        metric.get("qualifier").is_none_or(Value::is_null)
    }

    /// Applies `mutation` at a target chosen by `target` (and a variant chosen by `variant`);
    /// `None` when the document has no target for it.
    pub(super) fn apply(
        mutation: Mutation,
        document: &Value,
        all: &[Site],
        target: Choose<'_>,
        variant: Choose<'_>,
    ) -> Option<Mutated> {
        let mut document = document.clone();
        let of = |def: &str| -> Vec<&Site> { all.iter().filter(|s| s.is(def)).collect() };
        let (what, code, pointers) = match mutation {
            Mutation::SwapRoundDates => {
                let stated: Vec<(&str, u8, PartialDate)> = CHAIN
                    .iter()
                    .filter_map(|&(p, g)| Some((p, g, text_at(&document, p)?.parse().ok()?)))
                    .collect();
                let pairs: Vec<_> = stated
                    .windows(2)
                    .filter(|w| w[1].2.is_certainly_after(w[0].2))
                    .map(|w| (w[0], w[1]))
                    .collect();
                let &((earlier, group, first), (later, later_group, second)) =
                    pick(&pairs, target)?;
                set(&mut document, earlier, Value::from(second.to_string()))?;
                set(&mut document, later, Value::from(first.to_string()))?;
                let code = if group == later_group { "R101" } else { "R102" };
                (
                    format!("swap {earlier} ({first}) and {later} ({second})"),
                    code,
                    vec![later.to_owned()],
                )
            }
            Mutation::BreakSum => {
                let metrics: Vec<&Site> = of("Metric")
                    .into_iter()
                    .filter(|s| {
                        let m = document.pointer(&s.pointer);
                        let parts = m.and_then(|m| m.get("parts")).and_then(Value::as_array);
                        m.is_some_and(exact)
                            && parts.is_some_and(|p| !p.is_empty() && p.iter().all(exact))
                    })
                    .collect();
                let metric = &pick(&metrics, target)?.pointer;
                let count = document
                    .pointer(&format!("{metric}/parts"))?
                    .as_array()?
                    .len();
                let part = format!("{metric}/parts/{}/value", variant(count)?);
                let changed = plus_one(decimal_at(&document, &part)?)?;
                let what = format!("{part} to {changed}");
                set(&mut document, &part, changed)?;
                (what, "R405", vec![format!("{metric}/value")])
            }
            Mutation::DuplicateId => {
                let ids: Vec<&Site> = all.iter().filter(|s| s.is_id()).collect();
                let first = pick(&ids, target)?;
                let others: Vec<&&Site> =
                    ids.iter().filter(|s| s.pointer != first.pointer).collect();
                let second = pick(&others, variant)?;
                let id = document.pointer(&first.pointer)?.clone();
                set(&mut document, &second.pointer, id.clone())?;
                (
                    format!("id {id} at {} and {}", first.pointer, second.pointer),
                    "R201",
                    vec![first.pointer.clone(), second.pointer.clone()],
                )
            }
            Mutation::EmptyText => {
                // Required free text: a required string property with no pattern or code.
                let texts: Vec<&Site> = all
                    .iter()
                    .filter(|s| {
                        s.required
                            && s.def.is_none()
                            && s.types.contains("string")
                            && s.schema.get("pattern").is_none()
                    })
                    .collect();
                let text = &pick(&texts, target)?.pointer;
                let blank = *pick(&["", " ", "\u{3000}", "\n\t"], variant)?;
                set(&mut document, text, Value::from(blank))?;
                (format!("{text} to {blank:?}"), "R301", vec![text.clone()])
            }
            Mutation::WrongUnit => {
                let metrics = of("Metric");
                let metric = &pick(&metrics, target)?.pointer;
                let kind: MetricKind = text_at(&document, &format!("{metric}/kind"))?
                    .parse()
                    .ok()?;
                let wrong: Vec<Unit> = Unit::ALL
                    .iter()
                    .copied()
                    .filter(|u| {
                        *u != Unit::Other && !kind.allowed_dimensions().contains(&u.dimension())
                    })
                    .collect();
                let unit = pick(&wrong, variant)?;
                set(
                    &mut document,
                    &format!("{metric}/unit"),
                    Value::from(unit.code()),
                )?;
                (
                    format!("{kind} figure {metric} in {unit}"),
                    "R401",
                    vec![format!("{metric}/unit")],
                )
            }
            Mutation::BreakProgress => {
                let metrics: Vec<&Site> = of("Metric")
                    .into_iter()
                    .filter(|s| {
                        document
                            .pointer(&s.pointer)
                            .is_some_and(|m| exact(m) && m.get("progress").is_some())
                    })
                    .collect();
                let metric = &pick(&metrics, target)?.pointer;
                let remaining = format!("{metric}/progress/remaining");
                let resolved = format!("{metric}/progress/resolved");
                if let Some(value) = decimal_at(&document, &remaining) {
                    let changed = plus_one(value)?;
                    set(&mut document, &remaining, changed.clone())?;
                    (format!("{remaining} to {changed}"), "R409", vec![remaining])
                } else {
                    let changed = plus_one(decimal_at(&document, &format!("{metric}/value"))?)?;
                    set(&mut document, &resolved, changed.clone())?;
                    (format!("{resolved} to {changed}"), "R408", vec![resolved])
                }
            }
            Mutation::IncludedExceeds => {
                let dispositions: Vec<&Site> = of("Disposition")
                    .into_iter()
                    .filter(|s| {
                        document.pointer(&s.pointer).is_some_and(|d| {
                            d.get("count").is_some()
                                && d.get("including")
                                    .and_then(Value::as_array)
                                    .is_some_and(|i| !i.is_empty())
                        })
                    })
                    .collect();
                let disposition = &pick(&dispositions, target)?.pointer;
                let count = decimal_at(&document, &format!("{disposition}/count"))?;
                let n = document
                    .pointer(&format!("{disposition}/including"))?
                    .as_array()?
                    .len();
                let included = format!("{disposition}/including/{}/count", variant(n)?);
                let changed = plus_one(count)?;
                set(&mut document, &included, changed.clone())?;
                (
                    format!("{included} to {changed} (count {count})"),
                    "R502",
                    vec![included],
                )
            }
            Mutation::StatusAgainstSection => {
                // The status a finding's innermost section with an implied status implies.
                let implied = |finding: &str| -> Option<FindingStatus> {
                    all.iter()
                        .filter(|s| s.is("Section") && is_at_or_above(&s.pointer, finding))
                        .rev()
                        .find_map(|s| {
                            let kind: SectionKind =
                                text_at(&document, &format!("{}/kind", s.pointer))?
                                    .parse()
                                    .ok()?;
                            kind.implied_status()
                        })
                };
                let findings: Vec<(&Site, FindingStatus)> = of("Finding")
                    .into_iter()
                    .filter_map(|s| Some((s, implied(&s.pointer)?)))
                    .collect();
                let &(finding, expected) = pick(&findings, target)?;
                let others: Vec<FindingStatus> = FindingStatus::ALL
                    .iter()
                    .copied()
                    .filter(|s| *s != expected)
                    .collect();
                let status = pick(&others, variant)?;
                let pointer = format!("{}/status", finding.pointer);
                set(&mut document, &pointer, Value::from(status.code()))?;
                if *status == FindingStatus::Other {
                    // `other` with its label, so that R304 does not stand in for R601.
                    document
                        .pointer_mut(&finding.pointer)?
                        .as_object_mut()?
                        .insert("status_label".to_owned(), Value::from("其他状态"));
                }
                (
                    format!("{pointer} to {status} (section implies {expected})"),
                    "R601",
                    vec![pointer],
                )
            }
        };
        Some(Mutated {
            document,
            what,
            code,
            pointers,
        })
    }

    pub(super) fn check(mutated: &Mutated) -> Result<(), TestCaseError> {
        let Mutated {
            document,
            what,
            code,
            pointers,
        } = mutated;
        let shown = || compact(document, &pointers[pointers.len() - 1]);
        let errors = schema_errors(&REPORT_2020_12, document);
        prop_assert!(
            errors.is_empty(),
            "the schema refuses `{}`, which only validation should catch:\n{}\n{}",
            what,
            errors.join("\n"),
            shown()
        );
        let bytes = serde_json::to_vec(document)?;
        let (_, report) = validate::from_slice(&bytes).map_err(|e| {
            TestCaseError::fail(format!("the reader refuses `{what}`: {e}\n{}", shown()))
        })?;
        let found = report
            .issues
            .iter()
            .any(|i| i.code.as_str() == *code && pointers.contains(&i.pointer));
        let listed: Vec<String> = report.issues.iter().map(ToString::to_string).collect();
        prop_assert!(
            found,
            "validation misses `{}`: expected {} at {}, found:\n{}\n{}",
            what,
            code,
            pointers.join(" or "),
            listed.join("\n"),
            shown()
        );
        Ok(())
    }

    proptest! {
        #![proptest_config(cases(128))]

        #[test]
        fn validation_catches_what_the_schema_cannot(
            report in strategy::inspection_with(2..10),
            mutation in proptest::sample::select(MUTATIONS),
            target in any::<Index>(),
            variant in any::<Index>(),
        ) {
            let document = serde_json::to_value(&report)?;
            let all = sites(&document);
            if let Some(mutated) = apply(mutation, &document, &all, &by(&target), &by(&variant)) {
                check(&mutated)?;
            }
        }
    }

    /// Each mutation finds a target in an ordinary report, and every target of every mutation
    /// is caught, on one report.
    #[test]
    fn every_target_of_every_mutation() {
        // A seed whose report gives every mutation a target (the sample changes whenever a
        // codelist the strategies draw from grows).
        let document = serde_json::to_value(strategy::sample_inspection(30, 3)).expect("JSON");
        let all = sites(&document);
        let mut failures = Vec::new();
        for &mutation in MUTATIONS {
            let mut applied = 0;
            for t in 0.. {
                let variant = move |n: usize| (n > 0).then(|| t % n);
                let Some(mutated) = apply(mutation, &document, &all, &nth(t), &variant) else {
                    break;
                };
                applied += 1;
                if let Err(e) = check(&mutated) {
                    failures.push(e.to_string());
                }
            }
            assert!(applied > 0, "{mutation:?} finds no target");
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

// ---------------------------------------------------------------------------------------------
// 4. No silent loss
// ---------------------------------------------------------------------------------------------

mod loss {
    use std::path::Path;

    use super::*;

    const EVERYTHING: &str = "tests/fixtures/agreement/everything.json";

    pub(super) fn everything() -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(EVERYTHING);
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    /// Every `(type, property)` the schema defines, the root as `Inspection`.
    fn defined() -> BTreeSet<(String, String)> {
        let mut all = BTreeSet::new();
        let objects = SCHEMA["$defs"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, def)| (name.as_str(), def))
            .chain([("Inspection", &*SCHEMA)]);
        for (name, def) in objects {
            for property in def["properties"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(p, _)| p)
            {
                all.insert((name.to_owned(), property.clone()));
            }
        }
        all
    }

    /// Every `(type, property)` present in `document`.
    fn present(document: &Value) -> BTreeSet<(String, String)> {
        let mut found = BTreeSet::new();
        for site in sites(document) {
            if let Some(Value::Object(map)) = document.pointer(&site.pointer) {
                let owner = site.def.unwrap_or("Inspection");
                for key in map.keys() {
                    found.insert((owner.to_owned(), key.clone()));
                }
            }
        }
        found
    }

    /// The fixture sets every property of every type the schema defines — so that a new field
    /// fails this test until the fixture covers it — and survives reading and writing
    /// unchanged, byte for byte.
    #[test]
    fn every_field_survives_a_round_trip() {
        let text = everything();
        let document: Value = serde_json::from_str(&text).expect("the fixture is JSON");
        let missing: Vec<String> = defined()
            .difference(&present(&document))
            .map(|(def, property)| format!("{def}.{property}"))
            .collect();
        assert!(
            missing.is_empty(),
            "{EVERYTHING} does not set {}; add them so that their round trip is tested",
            missing.join(", ")
        );

        let report = json::from_str::<Inspection>(&text).expect("the reader accepts the fixture");
        assert_eq!(
            json::to_string_pretty(&report) + "\n",
            text,
            "writing changes the fixture"
        );
        assert_eq!(serde_json::to_value(&report).expect("JSON"), document);
        let again =
            json::from_str::<Inspection>(&json::to_string_pretty(&report)).expect("reads back");
        assert_eq!(again, report);

        assert!(REPORT_2020_12.is_valid(&document));
        assert!(REPORT_07.is_valid(&document));
        let issues: Vec<String> = report
            .validate()
            .issues
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            issues.is_empty(),
            "the fixture has issues:\n{}",
            issues.join("\n")
        );
    }

    /// Refuses `document` with an unknown field added to each object in turn, pointing at the
    /// field.
    fn unknown_fields_refused(document: &Value) -> usize {
        let mut checked = 0;
        for site in sites(document) {
            let mut mutated = document.clone();
            let Some(Value::Object(map)) = mutated.pointer_mut(&site.pointer) else {
                continue;
            };
            map.insert("x_unknown".to_owned(), json!(1));
            let bytes = serde_json::to_vec(&mutated).expect("JSON");
            let err = json::from_slice::<Inspection>(&bytes)
                .expect_err(&format!("an unknown field at {} is dropped", site.pointer));
            assert_eq!(err.kind(), json::ErrorKind::Data, "{err}");
            assert_eq!(
                err.pointer(),
                format!("{}/x_unknown", site.pointer),
                "{err}"
            );
            assert!(err.message().contains("unknown field `x_unknown`"), "{err}");
            checked += 1;
        }
        checked
    }

    #[test]
    fn unknown_fields_are_refused_at_every_level() {
        let fixture: Value = serde_json::from_str(&everything()).expect("JSON");
        let generated = serde_json::to_value(strategy::sample_inspection(6, 21)).expect("JSON");
        let checked = unknown_fields_refused(&fixture) + unknown_fields_refused(&generated);
        assert!(checked > 50, "only {checked} objects");
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Hostile input at the validation layer
// ---------------------------------------------------------------------------------------------

mod hostile {
    use super::*;

    /// A rejection says where: a position in the input, or a path.
    fn located(err: &json::Error) -> Result<(), TestCaseError> {
        prop_assert!(
            err.line() > 0 || !err.pointer().is_empty(),
            "rejection without a place: {:?}",
            err
        );
        prop_assert!(!err.message().is_empty());
        Ok(())
    }

    fn validates_or_locates(bytes: &[u8]) -> Result<(), TestCaseError> {
        match validate::from_slice(bytes) {
            Ok((report, issues)) => {
                // What validation read, it can write and read again.
                let back = json::from_str::<Inspection>(&json::to_string_pretty(&report))
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(back.validate(), issues);
                Ok(())
            }
            Err(err) => located(&err),
        }
    }

    /// Extreme but well-typed values for decimals, dates, integers and texts.
    const DECIMALS: &[&str] = &[
        "999999999999999999",
        "-999999999999999999",
        "999999999999999999.9999999999",
        "-999999999999999999.9999999999",
        "0.0000000001",
        "-0.0000000001",
        "0",
        "0.0000000000",
    ];
    const DATES: &[&str] = &[
        "0000",
        "0000-01",
        "0000-01-01",
        "9999",
        "9999-12",
        "9999-12-31",
    ];

    fn extreme(site: &Site, choice: usize) -> Option<Value> {
        if site.is("Decimal") {
            return Some(Value::from(DECIMALS[choice % DECIMALS.len()]));
        }
        if site.is("PartialDate") {
            return Some(Value::from(DATES[choice % DATES.len()]));
        }
        if site.types.contains("integer") {
            return Some(json!([0, 1, u32::MAX][choice % 3]));
        }
        None
    }

    proptest! {
        #![proptest_config(cases(256))]

        #[test]
        fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
            validates_or_locates(&bytes)?;
        }
    }

    proptest! {
        #![proptest_config(cases(96))]

        /// Arbitrary JSON shaped like a report: parts of a generated report grafted onto other
        /// places of it.
        #[test]
        fn grafted_documents(
            report in strategy::inspection_with(1..5),
            grafts in prop::collection::vec((any::<Index>(), any::<Index>()), 1..6),
        ) {
            let mut document = serde_json::to_value(&report)?;
            for (from, to) in &grafts {
                let all = sites(&document);
                let (Some(from), Some(to)) = (pick(&all, &by(from)), pick(&all, &by(to))) else {
                    continue;
                };
                let Some(value) = document.pointer(&from.pointer).cloned() else { continue };
                if let Some(slot) = document.pointer_mut(&to.pointer) {
                    *slot = value;
                }
            }
            validates_or_locates(&serde_json::to_vec(&document)?)?;
        }

        /// Extreme values in well-typed places: the reader and the schema accept them, and
        /// validation does not panic.
        #[test]
        fn extreme_values(
            report in strategy::inspection_with(1..6),
            changes in prop::collection::vec((any::<Index>(), 0usize..64), 1..24),
            long_text in any::<Index>(),
        ) {
            let mut document = serde_json::to_value(&report)?;
            let all = sites(&document);
            let targets: Vec<&Site> = all.iter().filter(|s| extreme(s, 0).is_some()).collect();
            for (index, choice) in &changes {
                let Some(site) = pick(&targets, &by(index)) else { continue };
                if let (Some(value), Some(slot)) = (extreme(site, *choice), document.pointer_mut(&site.pointer)) {
                    *slot = value;
                }
            }
            let texts: Vec<&Site> = all
                .iter()
                .filter(|s| s.def.is_none() && s.types.contains("string") && s.schema.get("pattern").is_none())
                .collect();
            if let Some(site) = pick(&texts, &by(&long_text))
                && let Some(slot) = document.pointer_mut(&site.pointer)
            {
                *slot = Value::from("整改 ".repeat(25_000));
            }
            let errors = schema_errors(&REPORT_2020_12, &document);
            prop_assert!(errors.is_empty(), "the schema refuses extreme values: {:?}", errors);
            let bytes = serde_json::to_vec(&document)?;
            let (_, issues) = validate::from_slice(&bytes)
                .map_err(|e| TestCaseError::fail(format!("the reader refuses extreme values: {e}")))?;
            for issue in &issues.issues {
                prop_assert!(document.pointer(&issue.pointer).is_some(), "{} points nowhere", issue);
            }
        }
    }

    /// A report whose sections nest `depth` deep, the innermost holding a finding whose
    /// measure's figure has parts nested `parts` deep.
    fn nested(depth: usize, parts: usize) -> String {
        let mut metric = r#"{"kind":"count","subject":"x","value":"1","unit":"time"}"#.to_owned();
        for _ in 0..parts {
            metric = format!(
                r#"{{"kind":"count","subject":"x","value":"1","unit":"time","parts":[{metric}]}}"#
            );
        }
        let finding = format!(
            r#"{{"id":"f-1","problem":"p","status":"completed","measures":[{{"id":"m-1","text":"t","metrics":[{metric}]}}]}}"#
        );
        let mut section =
            format!(r#"{{"id":"s-0","title":"t","kind":"other","findings":[{finding}]}}"#);
        for level in 1..depth {
            section = format!(
                r#"{{"id":"s-{level}","title":"t","kind":"other","subsections":[{section}]}}"#
            );
        }
        format!(
            r#"{{"title":"t","language":"zh-CN","stage":"final","round":{{"family":"audit","commissioned_by":{{"name":"a"}},"team":{{"name":"b"}},"inspected":[{{"name":"c"}}]}},"sections":[{section}],"issuer":{{"name":"i"}},"published":"2025"}}"#
        )
    }

    /// The deepest nesting the reader accepts is set by serde_json's recursion limit of 128
    /// levels (an object or array each); one level more is refused with a position, and the
    /// deepest report accepted validates without overflowing the stack.
    #[test]
    fn deep_nesting_up_to_the_recursion_limit() {
        let deepest = |make: &dyn Fn(usize) -> String| -> usize {
            let mut n = 1;
            while json::from_str::<Inspection>(&make(n + 1)).is_ok() {
                n += 1;
            }
            let err = json::from_str::<Inspection>(&make(n + 1)).expect_err("too deep");
            assert!(err.message().contains("recursion limit exceeded"), "{err}");
            assert!(err.line() > 0 && err.column() > 0, "{err:?}");
            let report = json::from_str::<Inspection>(&make(n)).expect("deepest accepted");
            let issues = report.validate();
            assert!(!issues.has_errors(), "{:?}", issues.errors().next());
            n
        };
        // Each section level takes two levels of JSON: the section and its `subsections`.
        let sections = deepest(&|depth| nested(depth, 0));
        let parts = deepest(&|parts| nested(1, parts));
        assert_eq!(
            (sections, parts),
            (60, 59),
            "documented in the crate's `## Limits`"
        );
    }

    #[test]
    fn limits_of_decimals_and_ids_are_refused_with_a_pointer() {
        let report: Value = serde_json::from_str(&super::loss::everything()).expect("JSON");
        for (pointer, value, message) in [
            ("/published", json!("10000"), "invalid date"),
            (
                "/summary/completion_rate",
                json!("1234567890123456789"),
                "at most 18 digits",
            ),
            (
                "/summary/completion_rate",
                json!("0.12345678901"),
                "at most 10 digits",
            ),
            ("/id", json!("x".repeat(65)), "at most 64 bytes"),
        ] {
            let mut document = report.clone();
            *document.pointer_mut(pointer).expect("in the fixture") = value;
            let err = validate::from_slice(&serde_json::to_vec(&document).expect("JSON"))
                .expect_err(message);
            assert_eq!(err.pointer(), pointer, "{err}");
            assert!(err.message().contains(message), "{err}");
        }
    }
}
