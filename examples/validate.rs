//! Validates an inspection report in JSON and prints one line per issue.
//!
//! ```sh
//! cargo run --example validate -- report.json        # one line per issue
//! cargo run --example validate -- --json report.json # the report as JSON
//! cat report.json | cargo run --example validate -- -
//! ```
//!
//! Each line reads `tier code pointer (numbering): message`. The exit status is 0 when there
//! is no error (warnings and infos allowed), 1 when there is an error, and 2 when the input
//! cannot be read or is not a report (the failure's path is printed).

use std::io::{Read, Write};
use std::process::ExitCode;

use inspection_report::validate_json;

const USAGE: &str = "usage: validate [--json] FILE.json   (`-` reads standard input)";

fn main() -> ExitCode {
    let mut json_output = false;
    let mut file = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json_output = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if file.is_none() => file = Some(arg),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(file) = file else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };

    let mut input = Vec::new();
    let read = if file == "-" {
        std::io::stdin().read_to_end(&mut input).map(|_| ())
    } else {
        std::fs::read(&file).map(|bytes| input = bytes)
    };
    if let Err(err) = read {
        eprintln!("{file}: cannot read: {err}");
        return ExitCode::from(2);
    }

    let report = match validate_json(&input) {
        Ok((_, report)) => report,
        Err(err) => {
            let pointer = if err.pointer.is_empty() {
                "/"
            } else {
                &err.pointer
            };
            eprintln!(
                "{file}: {pointer}: {} (line {}, column {})",
                err.message, err.line, err.column
            );
            return ExitCode::from(2);
        }
    };

    // A closed pipe (`| head`) ends the output early; the exit status still tells the result.
    let mut out = std::io::stdout().lock();
    let _ = if json_output {
        serde_json::to_writer_pretty(&mut out, &report)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        report
            .issues
            .iter()
            .try_for_each(|issue| writeln!(out, "{issue}"))
    };
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
