//! Prints what the layers read from a notice: `cargo run -p inspection-report-import --example
//! analyze -- FILE.txt` (`-` reads standard input). A first line that is a URL and a tab
//! (as in the stored notices) is skipped.

use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: analyze FILE.txt");
        return ExitCode::from(2);
    };
    let mut input = String::new();
    let read = if path == "-" {
        std::io::stdin().read_to_string(&mut input).map(|_| ())
    } else {
        std::fs::read_to_string(&path).map(|s| input = s)
    };
    if let Err(e) = read {
        eprintln!("cannot read {path}: {e}");
        return ExitCode::from(2);
    }
    let body = if input.starts_with("http") {
        input.split_once('\n').map_or("", |(_, b)| b).to_owned()
    } else {
        input
    };
    let a = inspection_report_import::analyze(&body);
    // Printed whole or until the reader goes away (`| head`).
    let mut out = std::io::stdout().lock();
    if let Err(e) = print(&a, &mut out)
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("cannot write: {e}");
        return ExitCode::from(2);
    }
    eprintln!(
        "{} sections, {} findings, {} measures, {} figures, {} dates, {} dispositions, {} documents, {} unplaced",
        a.outline
            .count(inspection_report_import::structure::NodeKind::Section),
        a.outline
            .count(inspection_report_import::structure::NodeKind::Finding),
        a.outline
            .count(inspection_report_import::structure::NodeKind::Measure),
        a.figures.len(),
        a.dates.len(),
        a.dispositions.len(),
        a.documents.len(),
        a.outline.unplaced.len()
    );
    ExitCode::SUCCESS
}

/// What the layers read, a line each.
fn print(a: &inspection_report_import::Analysis, out: &mut impl Write) -> std::io::Result<()> {
    write!(out, "{}", a.outline.render(&a.text))?;
    writeln!(out, "anchor {:?}", a.anchor.map(|d| d.to_string()))?;
    for m in &a.text.metadata {
        writeln!(out, "metadata {} = {}", m.key, m.value)?;
    }
    for d in &a.dates {
        writeln!(
            out,
            "date {:?} {} {} {:?}",
            d.kind, d.written, d.value, d.status
        )?;
    }
    for (i, f) in a.figures.iter().enumerate() {
        let period = f
            .period
            .and_then(|p| a.dates.get(p))
            .map_or(String::new(), |d| d.written.clone());
        writeln!(
            out,
            "figure {i} {}{} {} {} q={:?} rel={:?} period={} subject={:?} rank={:?} [{}]",
            f.value,
            f.unit_label,
            f.unit,
            f.kind,
            f.qualifier.map(|q| q.code()),
            f.relation.map(|r| (r.kind.code(), r.target)),
            period,
            f.subject,
            f.rank,
            f.written
        )?;
    }
    for d in &a.dispositions {
        writeln!(
            out,
            "disposition {} {} {:?} {:?} included={:?} parts={}",
            d.kind,
            d.label,
            d.count,
            d.unit,
            d.included
                .iter()
                .map(|i| i.label.as_str())
                .collect::<Vec<_>>(),
            d.parts.len()
        )?;
    }
    for d in &a.documents {
        writeln!(
            out,
            "document {:?} {:?} {:?} {:?} date={:?}",
            d.title,
            d.number.as_ref().map(|n| &n.text),
            d.verb,
            d.role,
            d.date
                .and_then(|k| a.dates.get(k))
                .map(|d| d.value.to_string())
        )?;
    }
    for c in &a.contacts {
        writeln!(out, "contact {} {}", c.kind.code(), c.value)?;
    }
    Ok(())
}
