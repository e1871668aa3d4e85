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
            let &((earlier, group, first), (later, later_group, second)) = pick(&pairs, target)?;
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
            let others: Vec<&&Site> = ids.iter().filter(|s| s.pointer != first.pointer).collect();
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
                        let kind: SectionKind = text_at(&document, &format!("{}/kind", s.pointer))?
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
    let document = serde_json::to_value(strategy::sample_inspection(30, 11)).expect("JSON");
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
