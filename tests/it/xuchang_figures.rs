//! Every figure, date and document of the reference notice, as inventoried in `tests/data/`,
//! is present in the encoded report as a structured value, in the right finding and measure.
//!
//! Each test lists every missing line at once.

use inspection_report::{
    DateOrPeriod, Decimal, Disposition, DispositionUnit, Finding, Inspection, Measure, Metric,
    PartialDate, Period, Unit, codelist::Codelist,
};
use inspection_report_testkit::xuchang_2025;

fn report() -> Inspection {
    xuchang_2025::report()
}

/// The data rows of a TSV file of `tests/data/`, with their line numbers.
fn rows(name: &str) -> Vec<(usize, Vec<String>)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| (i + 1, line.split('\t').map(str::to_owned).collect()))
        .collect()
}

/// Where a row points: the preamble, a finding's problem, a measure, or a whole finding.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Scope<'a> {
    Preamble,
    Problem(&'a Finding),
    Measure(&'a Measure),
    Finding(&'a Finding),
}

fn scope<'a>(
    report: &'a Inspection,
    section: &str,
    finding: &str,
    measure: &str,
    whole_finding: bool,
) -> Result<Scope<'a>, String> {
    let number = match section {
        "preamble" => return Ok(Scope::Preamble),
        "一" => 1,
        "二" => 2,
        other => return Err(format!("unknown section `{other}`")),
    };
    let section = report
        .sections
        .iter()
        .find(|s| s.number == Some(number))
        .ok_or_else(|| format!("no section {number}"))?;
    let finding_number: u32 = finding
        .parse()
        .map_err(|_| format!("bad finding `{finding}`"))?;
    let found = section
        .findings
        .iter()
        .find(|f| f.number == Some(finding_number))
        .ok_or_else(|| format!("no finding {finding_number} in section {number}"))?;
    if measure.is_empty() {
        return Ok(if whole_finding {
            Scope::Finding(found)
        } else {
            Scope::Problem(found)
        });
    }
    let ordinal: u32 = measure
        .parse()
        .map_err(|_| format!("bad measure `{measure}`"))?;
    found
        .measures
        .iter()
        .find(|m| m.ordinal == Some(ordinal))
        .map(Scope::Measure)
        .ok_or_else(|| format!("no measure {ordinal} in finding {}", found.id))
}

// ---------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------

/// A structured figure: what kind, the number, its unit code, its qualifier and how it relates
/// to another figure (`part_of:1185`, `resolved_of:1018`, `out_of:9,from_bottom`).
#[derive(Debug, Clone, PartialEq)]
struct Fact {
    kind: String,
    value: Decimal,
    unit: String,
    qualifier: String,
    relation: String,
}

fn metric_facts(metric: &Metric, relation: String, facts: &mut Vec<Fact>) {
    let rank_relation = metric.rank.as_ref().map(|rank| {
        let mut words = Vec::new();
        if let Some(out_of) = rank.out_of {
            words.push(format!("out_of:{out_of}"));
        }
        if rank.from_bottom {
            words.push("from_bottom".to_owned());
        }
        words.join(",")
    });
    let fact = |value: Decimal, relation: String| Fact {
        kind: metric.kind.code().to_owned(),
        value,
        unit: metric.unit.code().to_owned(),
        qualifier: metric
            .qualifier
            .map(|q| q.code().to_owned())
            .unwrap_or_default(),
        relation,
    };
    facts.push(fact(metric.value, rank_relation.unwrap_or(relation)));
    if let Some(progress) = &metric.progress {
        facts.push(fact(
            progress.resolved,
            format!("resolved_of:{}", metric.value),
        ));
        if let Some(remaining) = progress.remaining {
            facts.push(fact(remaining, format!("remaining_of:{}", metric.value)));
        }
    }
    for part in &metric.parts {
        metric_facts(part, format!("part_of:{}", metric.value), facts);
    }
    for part in &metric.of_which {
        metric_facts(part, format!("of_which:{}", metric.value), facts);
    }
}

fn disposition_facts(disposition: &Disposition, facts: &mut Vec<Fact>) {
    let kind = format!("disposition:{}", disposition.kind.code());
    if let (Some(count), Some(unit)) = (disposition.count, disposition.unit) {
        facts.push(Fact {
            kind: kind.clone(),
            value: count,
            unit: unit.code().to_owned(),
            qualifier: String::new(),
            relation: String::new(),
        });
    }
    if let Some(amount) = &disposition.amount {
        facts.push(Fact {
            kind,
            value: amount.value,
            unit: amount.unit.code().to_owned(),
            qualifier: String::new(),
            relation: String::new(),
        });
    }
}

fn figure_facts(report: &Inspection, scope: Scope<'_>) -> Vec<Fact> {
    let mut facts = Vec::new();
    match scope {
        Scope::Preamble => {
            if let Some(duration) = report
                .round
                .rectification
                .as_ref()
                .and_then(|r| r.stated_duration.as_ref())
            {
                facts.push(Fact {
                    kind: "duration".to_owned(),
                    value: duration.value,
                    unit: duration.unit.code().to_owned(),
                    qualifier: String::new(),
                    relation: String::new(),
                });
            }
        }
        Scope::Problem(finding) | Scope::Finding(finding) => {
            for metric in &finding.metrics {
                metric_facts(metric, String::new(), &mut facts);
            }
        }
        Scope::Measure(measure) => {
            for metric in &measure.metrics {
                metric_facts(metric, String::new(), &mut facts);
            }
            for disposition in &measure.dispositions {
                disposition_facts(disposition, &mut facts);
            }
        }
    }
    facts
}

/// The unit code a TSV row means: a measure word for metrics, a counted thing for
/// dispositions.
fn unit_code(kind: &str, unit: &str) -> Option<String> {
    if kind.starts_with("disposition:") {
        let counted = match unit {
            "人" | "名" => Some(DispositionUnit::Person),
            "人次" => Some(DispositionUnit::PersonTime),
            "起" | "件" => Some(DispositionUnit::Case),
            "家" | "个" => Some(DispositionUnit::Organization),
            _ => None,
        };
        if let Some(counted) = counted {
            return Some(counted.code().to_owned());
        }
    }
    Unit::from_measure_word(unit).map(|u| u.code().to_owned())
}

#[test]
fn every_inventoried_figure_is_a_structured_value() {
    let report = report();
    let mut missing = Vec::new();
    let mut available: Vec<(Scope<'_>, Vec<Fact>)> = Vec::new();
    let rows = rows("xuchang_figures.tsv");
    assert!(
        rows.len() > 140,
        "the inventory lists {} figures",
        rows.len()
    );
    for (line, row) in &rows {
        let [
            section,
            finding,
            measure,
            value,
            unit,
            kind,
            qualifier,
            _period,
            relation,
            subject,
            ..,
        ] = row.as_slice()
        else {
            missing.push(format!("line {line}: malformed row {row:?}"));
            continue;
        };
        let wanted = match (value.parse::<Decimal>(), unit_code(kind, unit)) {
            (Ok(value), Some(unit)) => Fact {
                kind: kind.clone(),
                value,
                unit,
                qualifier: qualifier.clone(),
                relation: relation.clone(),
            },
            _ => {
                missing.push(format!("line {line}: bad value `{value}` or unit `{unit}`"));
                continue;
            }
        };
        let scope = match scope(&report, section, finding, measure, false) {
            Ok(scope) => scope,
            Err(e) => {
                missing.push(format!("line {line}: {e}"));
                continue;
            }
        };
        let index = match available.iter().position(|(s, _)| *s == scope) {
            Some(index) => index,
            None => {
                available.push((scope, figure_facts(&report, scope)));
                available.len() - 1
            }
        };
        let facts = &mut available[index].1;
        match facts.iter().position(|fact| *fact == wanted) {
            // Each structured figure answers one line only.
            Some(found) => {
                facts.remove(found);
            }
            None => missing.push(format!(
                "line {line}: {section} {finding} {measure}: {subject} = {value}{unit} ({kind}{}{})",
                if qualifier.is_empty() { String::new() } else { format!(", {qualifier}") },
                if relation.is_empty() { String::new() } else { format!(", {relation}") },
            )),
        }
    }
    assert!(
        missing.is_empty(),
        "figures missing from the report:\n{}",
        missing.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------

/// A period in the inventory's notation: a single date when both ends are the same.
fn period_iso(period: &Period) -> String {
    match (period.start, period.end) {
        (Some(start), Some(end)) if start == end => start.to_string(),
        _ => period.to_string(),
    }
}

fn when_iso(when: &DateOrPeriod) -> String {
    match when {
        DateOrPeriod::Date(date) => date.to_string(),
        DateOrPeriod::Period(period) => period_iso(period),
    }
}

fn metric_dates(metric: &Metric, dates: &mut Vec<String>) {
    for metric in metric.iter_metrics() {
        dates.extend(metric.period.iter().map(period_iso));
    }
}

fn measure_dates(measure: &Measure, dates: &mut Vec<String>) {
    dates.extend(measure.period.iter().map(period_iso));
    for metric in &measure.metrics {
        metric_dates(metric, dates);
    }
    for disposition in &measure.dispositions {
        dates.extend(disposition.period.iter().map(period_iso));
    }
    for document in &measure.documents {
        dates.extend(document.date.iter().map(when_iso));
    }
    for milestone in &measure.milestones {
        dates.push(when_iso(&milestone.date));
    }
}

fn dates_in(report: &Inspection, scope: Scope<'_>) -> Vec<String> {
    let mut dates = Vec::new();
    match scope {
        Scope::Preamble => {
            let round = &report.round;
            dates.extend(round.on_site.iter().map(period_iso));
            dates.extend(round.feedback_date.iter().map(PartialDate::to_string));
            dates.extend(round.rectification.iter().map(|r| period_iso(&r.period)));
            dates.extend(report.published.iter().map(PartialDate::to_string));
        }
        Scope::Problem(finding) | Scope::Finding(finding) => {
            dates.extend(finding.period.iter().map(period_iso));
            for metric in &finding.metrics {
                metric_dates(metric, &mut dates);
            }
            if matches!(scope, Scope::Finding(_)) {
                for measure in &finding.measures {
                    measure_dates(measure, &mut dates);
                }
            }
        }
        Scope::Measure(measure) => measure_dates(measure, &mut dates),
    }
    dates
}

#[test]
fn every_inventoried_date_is_an_iso_value() {
    let report = report();
    let mut missing = Vec::new();
    let rows = rows("xuchang_dates.tsv");
    assert!(rows.len() > 40, "the inventory lists {} dates", rows.len());
    for (line, row) in &rows {
        let [section, finding, measure, as_written, iso, what, ..] = row.as_slice() else {
            missing.push(format!("line {line}: malformed row {row:?}"));
            continue;
        };
        // A finding without a measure means the problem and, for an unnumbered finding, its
        // single measure.
        match scope(&report, section, finding, measure, true) {
            Ok(scope) if dates_in(&report, scope).contains(iso) => {}
            Ok(_) => missing.push(format!(
                "line {line}: {section} {finding} {measure}: {as_written} = {iso} ({what})"
            )),
            Err(e) => missing.push(format!("line {line}: {e}")),
        }
    }
    assert!(
        missing.is_empty(),
        "dates missing from the report:\n{}",
        missing.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------

#[test]
fn every_inventoried_document_is_named_where_the_notice_names_it() {
    let report = report();
    let all: Vec<_> = report.iter_documents().collect();
    let mut missing = Vec::new();
    let rows = rows("xuchang_documents.tsv");
    assert_eq!(rows.len(), 25, "the inventory lists 25 documents");
    for (line, row) in &rows {
        let [section, finding, measure, title, number, ..] = row.as_slice() else {
            missing.push(format!("line {line}: malformed row {row:?}"));
            continue;
        };
        let named: Vec<_> = match scope(&report, section, finding, measure, true) {
            Ok(Scope::Preamble) => report.legal_basis.iter().collect(),
            Ok(Scope::Measure(measure)) => documents_of(measure, &all),
            Ok(Scope::Finding(finding) | Scope::Problem(finding)) => finding
                .measures
                .iter()
                .flat_map(|m| documents_of(m, &all))
                .collect(),
            Err(e) => {
                missing.push(format!("line {line}: {e}"));
                continue;
            }
        };
        let number = (!number.is_empty()).then_some(number.as_str());
        if !named
            .iter()
            .any(|d| d.title == *title && d.number.as_deref() == number)
        {
            missing.push(format!(
                "line {line}: {section} {finding} {measure}: 《{title}》 {}",
                number.unwrap_or("")
            ));
        }
    }
    assert!(
        missing.is_empty(),
        "documents missing from the report:\n{}",
        missing.join("\n")
    );
}

/// The documents a measure names: those it introduces and those it refers to again.
fn documents_of<'a>(
    measure: &'a Measure,
    all: &[&'a inspection_report::Document],
) -> Vec<&'a inspection_report::Document> {
    let referred = measure
        .document_refs
        .iter()
        .filter_map(|id| all.iter().copied().find(|d| d.id == *id));
    measure.documents.iter().chain(referred).collect()
}
