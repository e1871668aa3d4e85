//! Writes a synthetic report of any number of findings as JSON, for load tests and
//! measurements: the report `inspection_report_testkit::sample_inspection(findings, seed)`
//! makes, the one the benchmarks read.
//!
//! ```text
//! cargo run --release --example sample -- 10000 > sample.json
//! cargo run --release --example sample -- 10000 --seed 7 > other.json
//! ```
//!
//! The seed defaults to 2025, the benchmarks' seed: the command writes the bytes the benchmarks
//! measure, followed by a newline.

use std::io::Write;
use std::process::ExitCode;

use inspection_report::json;
use inspection_report_testkit::sample_inspection;

const USAGE: &str = "usage: sample FINDINGS [--seed SEED]   (writes JSON to standard output)";

fn main() -> ExitCode {
    let mut findings: Option<usize> = None;
    let mut seed: u64 = 2025;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let parsed = match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--seed" => args.next().and_then(|s| s.parse().ok()).map(|s| seed = s),
            _ if findings.is_none() => arg.parse().ok().map(|n| findings = Some(n)),
            _ => None,
        };
        if parsed.is_none() {
            eprintln!("error: unexpected or malformed argument `{arg}`\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(findings) = findings else {
        eprintln!("error: the number of findings is missing\n{USAGE}");
        return ExitCode::from(2);
    };
    let json = json::to_string_pretty(&sample_inspection(findings, seed));
    let mut out = std::io::stdout().lock();
    match out
        .write_all(json.as_bytes())
        .and_then(|()| out.write_all(b"\n"))
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the report: {e}");
            ExitCode::FAILURE
        }
    }
}
