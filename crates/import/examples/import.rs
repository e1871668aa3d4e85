//! Imports a published notice's text and prints the report with its sources.
//!
//! ```sh
//! cargo run -p inspection-report-import --example import -- notice.txt
//! cat notice.txt | cargo run -p inspection-report-import --example import -- -
//! cargo run -p inspection-report-import --example import -- --max-bytes 100M big.txt
//! cargo run -p inspection-report-import --example import -- --published 2025-10-23 notice.txt
//! ```
//!
//! Standard output is one JSON object:
//!
//! ```json
//! {"report": <the Inspection in its JSON form>,
//!  "sources": {"/sections/0/findings/1": {"start": 812, "end": 1630, "status": "read"}, …},
//!  "diagnostics": [{"code": "truncated", "start": 726, "end": 1999, "pointer": null, "message": "…"}],
//!  "unplaced": [{"start": 0, "end": 12}],
//!  "metadata": [{"key": "发布机构", "value": "…", "start": 40, "end": 52}]}
//! ```
//!
//! Spans are byte offsets into the input as read, the whole file (a first line naming the page
//! the text was saved from, `https://… ⇥ TITLE (DATE)`, is read as such). Standard error gets a short account: how many
//! sections, findings, measures, figures, dates, dispositions and documents, and what is
//! unplaced.
//!
//! Options: `--max-bytes N` (suffix `K`, `M`, `G`; default 64M) refuses longer input;
//! `--published YYYY-MM-DD` gives the publication date; `--no-metadata` drops the page
//! chrome's metadata; `--` ends the options; `-h` prints the usage.
//!
//! Exit status: 0 when a report was produced (whatever its diagnostics), 2 when the input
//! cannot be read (missing file, not UTF-8, too large) or the command line is wrong.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use inspection_report_import::{Imported, Options, import};
use serde::Serialize;

const USAGE: &str = "\
usage: import [--max-bytes N] [--published DATE] [--no-metadata] [--] FILE.txt   (`-` reads standard input)";

/// The input limit without `--max-bytes`: 64 MiB.
const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// The command line.
#[derive(Debug, PartialEq, Eq)]
struct Args {
    file: String,
    max_bytes: u64,
    options: Options,
}

/// `N`, `NK`, `NM`, `NG`.
fn parse_size(s: &str) -> Option<u64> {
    let (digits, shift) = match s.chars().last()? {
        'K' | 'k' => (&s[..s.len() - 1], 10),
        'M' | 'm' => (&s[..s.len() - 1], 20),
        'G' | 'g' => (&s[..s.len() - 1], 30),
        _ => (s, 0),
    };
    digits.parse::<u64>().ok()?.checked_mul(1 << shift)
}

/// Parses the arguments after the program name; `Ok(None)` asks for the usage.
///
/// # Errors
///
/// What is wrong, in words.
fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<Args>, String> {
    let mut file = None;
    let mut max_bytes = DEFAULT_MAX_BYTES;
    let mut options = Options::default();
    let mut args = args.into_iter();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if !only_files && arg.starts_with('-') && arg != "-" {
            let (name, inline) = match arg.split_once('=') {
                Some((n, v)) => (n.to_owned(), Some(v.to_owned())),
                None => (arg.clone(), None),
            };
            let mut value = |what: &str| {
                inline
                    .clone()
                    .or_else(|| args.next())
                    .ok_or_else(|| format!("`{what}` needs a value"))
            };
            match name.as_str() {
                "-h" | "--help" => return Ok(None),
                "--" => only_files = true,
                "--max-bytes" => {
                    let v = value("--max-bytes")?;
                    max_bytes =
                        parse_size(&v).ok_or_else(|| format!("bad `--max-bytes` value `{v}`"))?;
                }
                "--published" => {
                    let v = value("--published")?;
                    options.published = Some(
                        v.parse()
                            .map_err(|_| format!("bad `--published` date `{v}`"))?,
                    );
                }
                "--no-metadata" => options.metadata = false,
                _ => return Err(format!("unknown option `{arg}`")),
            }
        } else if file.replace(arg).is_some() {
            return Err("more than one file".to_owned());
        }
    }
    let file = file.ok_or_else(|| "no file".to_owned())?;
    Ok(Some(Args {
        file,
        max_bytes,
        options,
    }))
}

/// Reads at most `max` bytes of the file (`-`: standard input) as UTF-8.
///
/// # Errors
///
/// A message for a missing file, an input over the limit or not UTF-8.
fn read(file: &str, max: u64) -> Result<String, String> {
    let mut bytes = Vec::new();
    let reader: Box<dyn Read> = if file == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(std::fs::File::open(file).map_err(|e| format!("{file}: {e}"))?)
    };
    reader
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{file}: {e}"))?;
    if bytes.len() as u64 > max {
        return Err(format!("{file}: longer than {max} bytes (see --max-bytes)"));
    }
    String::from_utf8(bytes).map_err(|e| format!("{file}: not UTF-8 ({e})"))
}

/// The JSON document on standard output, serialized as it is written (no tree of values
/// held in memory).
#[derive(Serialize)]
struct Document<'a> {
    report: &'a inspection_report::Inspection,
    sources: &'a inspection_report_import::SourceMap,
    diagnostics: Vec<DiagnosticOut<'a>>,
    unplaced: Vec<SpanOut>,
    metadata: Vec<MetadataOut<'a>>,
}

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    code: &'a str,
    start: usize,
    end: usize,
    pointer: Option<&'a str>,
    message: &'a str,
}

#[derive(Serialize)]
struct SpanOut {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct MetadataOut<'a> {
    key: &'a str,
    value: &'a str,
    start: usize,
    end: usize,
}

fn document(imported: &Imported) -> Document<'_> {
    Document {
        report: &imported.inspection,
        sources: &imported.sources,
        diagnostics: imported
            .diagnostics
            .iter()
            .map(|d| DiagnosticOut {
                code: d.code,
                start: d.span.start,
                end: d.span.end,
                pointer: d.pointer.as_deref(),
                message: &d.message,
            })
            .collect(),
        unplaced: imported
            .unplaced
            .iter()
            .map(|s| SpanOut {
                start: s.start,
                end: s.end,
            })
            .collect(),
        metadata: imported
            .metadata
            .iter()
            .map(|m| MetadataOut {
                key: &m.key,
                value: &m.value,
                start: m.span.start,
                end: m.span.end,
            })
            .collect(),
    }
}

/// The short account on standard error.
fn account(imported: &Imported, text: &str) -> String {
    let r = &imported.inspection;
    let findings: Vec<_> = r.iter_findings().collect();
    let measures: usize = findings.iter().map(|f| f.measures.len()).sum();
    fn section_summaries(s: &inspection_report::Section) -> (usize, usize) {
        let own = s
            .summary
            .as_ref()
            .map_or((0, 0), |x| (x.metrics.len(), x.dispositions.len()));
        s.subsections
            .iter()
            .map(section_summaries)
            .fold(own, |a, b| (a.0 + b.0, a.1 + b.1))
    }
    let (section_figures, section_dispositions) = r
        .sections
        .iter()
        .map(section_summaries)
        .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    let figures: usize = findings
        .iter()
        .map(|f| f.iter_metrics().count())
        .sum::<usize>()
        + r.summary.as_ref().map_or(0, |s| s.metrics.len())
        + section_figures;
    let dispositions: usize = findings
        .iter()
        .flat_map(|f| &f.measures)
        .map(|m| m.dispositions.len())
        .sum::<usize>()
        + r.summary.as_ref().map_or(0, |s| s.dispositions.len())
        + section_dispositions;
    let documents = r.iter_documents().count();
    let dates = imported
        .sources
        .iter()
        .filter(|(p, _)| {
            [
                "/period",
                "/date",
                "/on_site",
                "/feedback_date",
                "/published",
            ]
            .iter()
            .any(|end| p.ends_with(end))
        })
        .count();
    let unplaced_bytes: usize = imported.unplaced.iter().map(|s| s.len()).sum();
    let mut out = format!(
        "{} sections, {} findings, {measures} measures, {figures} figures, {dates} dates, {dispositions} dispositions, {documents} documents, {} commitments; {} diagnostics; {} unplaced spans ({unplaced_bytes} bytes)\n",
        r.sections.len(),
        findings.len(),
        r.next_steps.as_ref().map_or(0, |n| n.commitments.len()),
        imported.diagnostics.len(),
        imported.unplaced.len(),
    );
    let mut by_code: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for d in &imported.diagnostics {
        *by_code.entry(d.code).or_default() += 1;
    }
    if !by_code.is_empty() {
        let list: Vec<String> = by_code.iter().map(|(c, n)| format!("{c} {n}")).collect();
        out.push_str(&format!("  diagnostics: {}\n", list.join(", ")));
    }
    for s in imported.unplaced.iter().take(10) {
        let t: String = text.get(s.range()).unwrap_or("").chars().take(30).collect();
        out.push_str(&format!("  unplaced {}..{}: {t}\n", s.start, s.end));
    }
    out
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("import: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match read(&args.file, args.max_bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("import: {e}");
            return ExitCode::from(2);
        }
    };
    let imported = import(&text, &args.options);
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    // A reader that goes away (`| head`) ends the output, not the program with a panic.
    if serde_json::to_writer_pretty(&mut stdout, &document(&imported)).is_ok() {
        let _ = writeln!(stdout);
        let _ = stdout.flush();
    }
    eprint!("{}", account(&imported, &text));
    ExitCode::SUCCESS
}
