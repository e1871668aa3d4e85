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
                    !s.required && s.types.contains("null") && value.is_some_and(|v| !v.is_null())
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
