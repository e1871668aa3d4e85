//! The generator keeps its promises, checked with the public API only: if one of these fails,
//! the generator is wrong.

use std::collections::HashSet;

use inspection_report::{
    Decimal, Disposition, Finding, Inspection, Metric, MetricKind, Section, Unit,
};
use inspection_report_testkit::strategy;
use proptest::prelude::*;
use serde_json::Value;

use crate::support::cases;

/// The consistency rules of a figure, recursively through its parts.
fn check_metric(metric: &Metric) -> Result<(), TestCaseError> {
    let value = metric.value.value();
    let what = format!("{} {} {:?}", metric.subject, metric.value, metric.unit);
    prop_assert!(
        metric
            .kind
            .allowed_dimensions()
            .contains(&metric.unit.dimension()),
        "unit does not fit the kind: {}",
        what
    );
    if metric.unit.is_counted() || metric.kind == MetricKind::Rank {
        prop_assert!(
            metric.value.is_integer() && !metric.value.is_negative(),
            "count: {}",
            what
        );
    }
    if metric.unit == Unit::Other {
        prop_assert!(
            metric.unit_label.as_deref().is_some_and(|l| !l.is_empty()),
            "{}",
            what
        );
    }
    if metric.kind == MetricKind::Other {
        prop_assert!(
            metric.wording.is_some(),
            "other kind without wording: {}",
            what
        );
    }
    if !metric.parts.is_empty() {
        let sum: rust_decimal::Decimal = metric.parts.iter().map(|p| p.value.value()).sum();
        prop_assert_eq!(sum, value, "parts of {}", what);
    }
    for part in metric.parts.iter().chain(&metric.of_which) {
        prop_assert_eq!(part.unit, metric.unit, "unit of a part of {}", what);
        prop_assert!(!part.value.is_negative());
        check_metric(part)?;
    }
    for part in &metric.of_which {
        prop_assert!(
            part.value <= metric.value,
            "of_which above the total: {}",
            what
        );
    }
    if let Some(progress) = &metric.progress {
        prop_assert!(
            progress.resolved <= metric.value,
            "resolved above total: {}",
            what
        );
        if let Some(remaining) = progress.remaining {
            prop_assert_eq!(
                progress.resolved.value() + remaining.value(),
                value,
                "progress of {}",
                what
            );
        }
    }
    if let Some(rank) = &metric.rank {
        prop_assert_eq!(metric.kind, MetricKind::Rank);
        prop_assert!(metric.value >= Decimal::from(1u8), "rank below 1: {}", what);
        if let Some(out_of) = rank.out_of {
            prop_assert!(metric.value <= out_of, "rank beyond out_of: {}", what);
        }
    }
    Ok(())
}

fn check_disposition(d: &Disposition) -> Result<(), TestCaseError> {
    prop_assert_eq!(d.count.is_some(), d.unit.is_some());
    if let Some(unit) = d.unit {
        prop_assert!(
            d.kind.allowed_units().contains(&unit),
            "{:?} in {:?}",
            d.kind,
            unit
        );
    }
    if let Some(count) = d.count {
        prop_assert!(count.is_integer() && !count.is_negative());
        let included: rust_decimal::Decimal = d
            .including
            .iter()
            .filter_map(|i| i.count)
            .map(Decimal::value)
            .sum();
        prop_assert!(included <= count.value(), "included counts above the count");
    }
    if let Some(amount) = &d.amount {
        prop_assert!(
            amount.unit.yuan_factor().is_some(),
            "amount in {:?}",
            amount.unit
        );
    }
    if d.kind == inspection_report::DispositionKind::Other {
        prop_assert!(d.label.is_some());
    }
    for included in &d.including {
        if included.kind == inspection_report::DispositionKind::Other {
            prop_assert!(included.label.is_some());
        }
    }
    Ok(())
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Every string of the JSON form is non-empty and trimmed, with no space between two CJK
/// characters; every `id` is unique.
fn check_strings(value: &Value, ids: &mut HashSet<String>) -> Result<(), TestCaseError> {
    match value {
        Value::String(s) => {
            prop_assert!(
                !s.is_empty() && s.trim() == s,
                "untrimmed or empty: {:?}",
                s
            );
            let chars: Vec<char> = s.chars().collect();
            for w in chars.windows(3) {
                prop_assert!(
                    !(w[1].is_whitespace() && is_cjk(w[0]) && is_cjk(w[2])),
                    "space between CJK: {:?}",
                    s
                );
            }
        }
        Value::Array(items) => {
            for item in items {
                check_strings(item, ids)?;
            }
        }
        Value::Object(map) => {
            if let Some(Value::String(id)) = map.get("id") {
                prop_assert!(ids.insert(id.clone()), "duplicate id {}", id);
            }
            for item in map.values() {
                check_strings(item, ids)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn check_numbers(numbers: impl Iterator<Item = Option<u32>>) -> Result<(), TestCaseError> {
    let numbers: Vec<Option<u32>> = numbers.collect();
    if numbers.iter().any(Option::is_some) {
        let expected: Vec<Option<u32>> = (1..=numbers.len() as u32).map(Some).collect();
        prop_assert_eq!(numbers, expected);
    }
    Ok(())
}

fn check_section(
    section: &Section,
    implied: Option<inspection_report::FindingStatus>,
) -> Result<(), TestCaseError> {
    let implied = section.kind.implied_status().or(implied);
    check_numbers(section.findings.iter().map(|f| f.number))?;
    check_numbers(section.subsections.iter().map(|s| s.number))?;
    for finding in &section.findings {
        if let Some(status) = implied {
            prop_assert_eq!(finding.status, status);
        }
        check_finding(finding)?;
    }
    for sub in &section.subsections {
        check_section(sub, implied)?;
    }
    Ok(())
}

fn check_finding(finding: &Finding) -> Result<(), TestCaseError> {
    check_numbers(finding.measures.iter().map(|m| m.ordinal))?;
    if finding.status == inspection_report::FindingStatus::Other {
        prop_assert!(finding.status_label.is_some());
    }
    for metric in finding.iter_metrics() {
        check_metric(metric)?;
    }
    for d in finding.measures.iter().flat_map(|m| &m.dispositions) {
        check_disposition(d)?;
    }
    Ok(())
}

fn check_inspection(report: &Inspection) -> Result<(), TestCaseError> {
    let json = serde_json::to_value(report).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let mut ids = HashSet::new();
    check_strings(&json, &mut ids)?;
    check_numbers(report.sections.iter().map(|s| s.number))?;
    for section in &report.sections {
        check_section(section, None)?;
    }
    // References resolve.
    let documents: HashSet<&str> = report.iter_documents().map(|d| d.id.as_str()).collect();
    let findings: HashSet<&str> = report.iter_findings().map(|f| f.id.as_str()).collect();
    for finding in report.iter_findings() {
        for related in &finding.related {
            prop_assert!(
                findings.contains(related.as_str()),
                "related {} unresolved",
                related
            );
        }
        for reference in finding.measures.iter().flat_map(|m| &m.document_refs) {
            prop_assert!(
                documents.contains(reference.as_str()),
                "document {} unresolved",
                reference
            );
        }
    }
    // The round's dates are in order.
    let round = &report.round;
    let mut dates = Vec::new();
    if let Some(on_site) = &round.on_site {
        dates.extend(on_site.start);
        dates.extend(on_site.end);
    }
    dates.extend(round.feedback_date);
    if let Some(rectification) = &round.rectification {
        dates.extend(rectification.period.start);
        dates.extend(rectification.period.end);
    }
    dates.extend(report.published);
    prop_assert!(
        dates
            .windows(2)
            .all(|w| w[0].last_day() <= w[1].first_day()),
        "dates out of order: {:?}",
        dates
    );
    // The summary agrees with the findings.
    if let Some(summary) = &report.summary {
        let total = report.iter_findings().count() as u32;
        let completed = report
            .iter_findings()
            .filter(|f| f.status == inspection_report::FindingStatus::Completed)
            .count() as u32;
        if let Some(t) = summary.findings_total {
            prop_assert_eq!(t, total);
        }
        if let Some(c) = summary.completed {
            prop_assert_eq!(c, completed);
        }
        if let Some(o) = summary.ongoing {
            prop_assert_eq!(o, total - completed);
        }
        if let Some(rate) = summary.completion_rate {
            // Rounded to the places written: `76` within ± 0.5, `66.67` within ± 0.005.
            let exact =
                rust_decimal::Decimal::from(completed * 100) / rust_decimal::Decimal::from(total);
            let tolerance = rust_decimal::Decimal::new(5, rate.scale() + 1);
            prop_assert!(
                (rate.value() - exact).abs() < tolerance,
                "rate {} for {}/{}",
                rate,
                completed,
                total
            );
        }
        for metric in &summary.metrics {
            check_metric(metric)?;
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(512))]

    #[test]
    fn metrics_are_consistent(metric in strategy::metric()) {
        check_metric(&metric)?;
    }

    #[test]
    fn dispositions_are_consistent(d in strategy::disposition()) {
        check_disposition(&d)?;
    }
}

proptest! {
    #![proptest_config(cases(48))]

    #[test]
    fn reports_keep_the_rules(report in strategy::inspection_with(0..40)) {
        check_inspection(&report)?;
    }
}

#[test]
fn sample_inspection_has_exactly_the_findings_asked_for() {
    for n in [0, 1, 2, 13, 1000] {
        let report = strategy::sample_inspection(n, n as u64);
        assert_eq!(report.iter_findings().count(), n);
        let ids: HashSet<&str> = report.iter_findings().map(|f| f.id.as_str()).collect();
        assert_eq!(ids.len(), n);
    }
}

#[test]
fn sample_inspection_depends_on_the_seed_only() {
    assert_eq!(
        strategy::sample_inspection(50, 1),
        strategy::sample_inspection(50, 1)
    );
    assert_ne!(
        strategy::sample_inspection(50, 1),
        strategy::sample_inspection(50, 2)
    );
}

/// The benchmark sizes: `cargo test -p inspection-report-testkit --release --test it -- --ignored
/// --nocapture` prints the time of each.
#[test]
#[ignore = "slow in debug builds; run with --release to time the benchmark sizes"]
fn sample_inspection_scales_linearly() {
    for n in [10, 1_000, 10_000, 100_000] {
        let start = std::time::Instant::now();
        let report = strategy::sample_inspection(n, 2025);
        let elapsed = start.elapsed();
        assert_eq!(report.iter_findings().count(), n);
        println!("sample_inspection({n}): {elapsed:?}");
    }
}
