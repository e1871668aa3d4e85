//! Times [`analyze`](inspection_report_import::analyze) on a notice: `cargo run --release -p
//! inspection-report-import --example throughput -- FILE.txt [ROUNDS]`. Prints characters per
//! second (a rough figure until the criterion bench exists).

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: throughput FILE.txt [ROUNDS]");
        return ExitCode::from(2);
    };
    let rounds: u32 = args.next().and_then(|r| r.parse().ok()).unwrap_or(50);
    let Ok(input) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return ExitCode::from(2);
    };
    let chars = input.chars().count();
    let mut figures = 0;
    let start = Instant::now();
    for _ in 0..rounds {
        figures += inspection_report_import::analyze(&input).figures.len();
    }
    let elapsed = start.elapsed();
    let per = elapsed / rounds.max(1);
    println!(
        "{chars} characters, {} figures: {per:?} a run, {:.0} characters/s",
        figures / rounds.max(1) as usize,
        chars as f64 / per.as_secs_f64()
    );
    ExitCode::SUCCESS
}
