//! Prints what a reader wants at a glance from any report: findings per section and status,
//! measures per finding, dispositions totalled by kind and unit, figures counted by kind, and
//! money totalled in yuan.
//!
//! ```text
//! cargo run --example summarize -- schema/examples/xuchang_2025.json
//! cat report.json | cargo run --example summarize -- -
//! ```
//!
//! Exits with 2 when the report cannot be read, and names its path.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufReader};
use std::process::ExitCode;

use inspection_report::{Decimal, Inspection, Metric, Quantity, codelist::Codelist, json};

const USAGE: &str = "usage: summarize FILE.json   (use - for standard input)";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if path == "-h" || path == "--help" {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    match read(&path) {
        Ok(report) => {
            print!("{}", summarize(&report));
            ExitCode::SUCCESS
        }
        Err(error) if error.kind() == json::ErrorKind::Io => {
            eprintln!("{path}: {}", error.message());
            ExitCode::from(2)
        }
        Err(error) => {
            eprintln!("{path}: {error}");
            ExitCode::from(2)
        }
    }
}

/// Reads a report from `path`, or from standard input for `-`.
fn read(path: &str) -> Result<Inspection, json::Error> {
    if path == "-" {
        return json::from_reader::<Inspection>(io::stdin().lock());
    }
    match File::open(path) {
        Ok(file) => json::from_reader::<Inspection>(BufReader::new(file)),
        // Opening fails before reading starts: read an empty failing reader so the error has
        // the same form as any other read error.
        Err(error) => json::from_reader::<Inspection>(FailingReader(Some(error))),
    }
}

/// A reader that fails once with the given error.
struct FailingReader(Option<io::Error>);

impl io::Read for FailingReader {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(error) => Err(error),
            None => Ok(0),
        }
    }
}

/// Adds `value` to the total under `key`.
fn add(totals: &mut BTreeMap<String, Decimal>, key: String, value: Decimal) {
    let total = totals.entry(key).or_insert(Decimal::ZERO);
    // Totals beyond the range of a decimal are left as they were; no report comes near it.
    if let Some(sum) = total.value().checked_add(value.value())
        && let Ok(sum) = Decimal::new(sum)
    {
        *total = sum;
    }
}

fn summarize(report: &Inspection) -> String {
    let mut out = String::new();
    let line = |out: &mut String, text: String| {
        out.push_str(&text);
        out.push('\n');
    };

    line(&mut out, report.title.clone());
    line(
        &mut out,
        format!(
            "issued by {} on {} ({})",
            report.issuer.name,
            report
                .published
                .map_or_else(|| "an unstated date".to_owned(), |d| d.to_string()),
            report.stage.label_en()
        ),
    );
    let round = &report.round;
    let inspected: Vec<&str> = round.inspected.iter().map(|o| o.name.as_str()).collect();
    line(
        &mut out,
        format!(
            "{} by {} of {}",
            round.family.label_en(),
            round
                .team
                .as_ref()
                .map_or("an unnamed team", |t| t.name.as_str()),
            inspected.join(", ")
        ),
    );

    line(&mut out, String::new());
    line(&mut out, "Findings".to_owned());
    for section in &report.sections {
        let mut statuses: BTreeMap<&str, usize> = BTreeMap::new();
        for finding in section.iter_findings() {
            *statuses.entry(finding.status.code()).or_default() += 1;
        }
        let statuses: Vec<String> = statuses.iter().map(|(s, n)| format!("{n} {s}")).collect();
        line(
            &mut out,
            format!(
                "  {} [{}]: {}",
                section.heading(),
                section.kind.code(),
                statuses.join(", ")
            ),
        );
        for finding in section.iter_findings() {
            let figures: usize = finding.iter_metrics().count();
            line(
                &mut out,
                format!(
                    "    {:<8} {} measures, {} figures  {}",
                    finding.id.as_str(),
                    finding.measures.len(),
                    figures,
                    shorten(&finding.problem, 30)
                ),
            );
        }
    }

    let mut dispositions: BTreeMap<String, Decimal> = BTreeMap::new();
    let mut amounts: BTreeMap<String, Decimal> = BTreeMap::new();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut money: Vec<(&Metric, Decimal)> = Vec::new();
    for finding in report.iter_findings() {
        for metric in finding.iter_metrics() {
            *kinds.entry(metric.kind.code()).or_default() += 1;
        }
        // Quantity figures at the top level only: 其中 parts are already in their totals.
        let top_level = finding
            .metrics
            .iter()
            .chain(finding.measures.iter().flat_map(|m| &m.metrics));
        for metric in top_level {
            if let Some(yuan) = metric.value_in_yuan() {
                money.push((metric, yuan));
            }
        }
        for disposition in finding.measures.iter().flat_map(|m| &m.dispositions) {
            if let (Some(count), Some(unit)) = (disposition.count, disposition.unit) {
                let key = format!("{} ({})", disposition.kind.code(), unit.code());
                add(&mut dispositions, key, count);
            }
            if let Some(yuan) = disposition.amount.as_ref().and_then(money_in_yuan) {
                add(&mut amounts, disposition.kind.code().to_owned(), yuan);
            }
        }
    }

    line(&mut out, String::new());
    line(&mut out, "Dispositions".to_owned());
    for (kind, total) in &dispositions {
        line(&mut out, format!("  {kind:<45} {total}"));
    }
    for (kind, yuan) in &amounts {
        line(
            &mut out,
            format!(
                "  {:<45} {} yuan",
                format!("{kind} (amount)"),
                yuan.value().normalize()
            ),
        );
    }

    line(&mut out, String::new());
    line(&mut out, "Figures by kind".to_owned());
    for (kind, n) in &kinds {
        line(&mut out, format!("  {kind:<25} {n}"));
    }
    if !money.is_empty() {
        line(&mut out, String::new());
        line(&mut out, "Quantity (top-level figures, in yuan)".to_owned());
        let mut total = BTreeMap::new();
        for (metric, yuan) in &money {
            let written = format!("{}{}", metric.value, metric.unit.label_zh());
            let subject = shorten(&metric.subject, 16);
            line(
                &mut out,
                format!(
                    "  {subject:<20} {:>16}  ({written})",
                    yuan.value().normalize()
                ),
            );
            add(&mut total, "total".to_owned(), *yuan);
        }
        for yuan in total.values() {
            line(
                &mut out,
                format!("  {:<20} {:>16}", "total", yuan.value().normalize()),
            );
        }
    }

    let documents = report.iter_documents().count();
    let milestones: usize = report
        .iter_findings()
        .flat_map(|f| &f.measures)
        .map(|m| m.milestones.len())
        .sum();
    line(&mut out, String::new());
    line(
        &mut out,
        format!("{documents} documents named, {milestones} dated events"),
    );
    out
}

/// The first `chars` characters of `text`, with an ellipsis when cut.
fn shorten(text: &str, chars: usize) -> String {
    let mut short: String = text.chars().take(chars).collect();
    if text.chars().count() > chars {
        short.push('…');
    }
    short
}

/// An amount of money converted to yuan (`7.132万元` → 71320).
fn money_in_yuan(money: &Quantity) -> Option<Decimal> {
    let factor = money.unit.yuan_factor()?;
    Decimal::new(money.value.value().checked_mul(factor.value())?).ok()
}
