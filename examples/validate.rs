//! Validates an inspection report in JSON and prints one line per issue.
//!
//! ```sh
//! cargo run --example validate -- report.json                # one line per issue
//! cargo run --example validate -- --json report.json         # the report as JSON
//! cat report.json | cargo run --example validate -- -        # `-` reads standard input
//! cargo run --example validate -- --max-bytes 200M big.json  # a larger input limit
//! cargo run --example validate -- -- -odd-name.json          # `--` ends the options
//! ```
//!
//! Each line reads `tier code pointer (numbering): message`; beyond the default limits of
//! validation (1,000 issues, 100 of each rule) a last line counts the issues left out
//! (`… and 4900 more (R202: 4900)`). The exit status is 0 when there
//! is no error (warnings and infos allowed), 1 when there is an error, and 2 when the input
//! cannot be read or is not a report (the failure's path is printed), or the command line is
//! wrong (the usage is printed).
//!
//! Options:
//!
//! - `--json`: print the validation report as JSON on standard output. DateOrPeriod the input cannot
//!   be read or is not a report, print instead, also on standard output, one JSON object
//!   `{"read_error": {"file", "kind", "pointer", "path", "line", "column", "message"}}`, where
//!   `kind` is [`json::ErrorKind::code`] (`io`, `syntax`, `data`, `eof`, `encoding`,
//!   `too_large`) and `line` and `column` are 0 for an error without a position; the exit
//!   status is 2 as without `--json`. Command-line errors stay plain text on standard error.
//! - `--max-bytes N` (or `--max-bytes=N`): read at most `N` bytes, with an optional suffix
//!   `K`, `M` or `G` (KiB, MiB, GiB); longer input is refused (`too_large`) without being read
//!   to its end. The default, 64 MiB, is about a thousand times the largest published notice
//!   (tens of kilobytes) while bounding memory: reading and validating takes about 3.3 times
//!   the input at most (`BENCHMARKS.md`), some 220 MB, so that `validate /dev/zero` or a
//!   hostile upload cannot exhaust memory.
//! - `--`: every later argument is a file name, even one that starts with `-`.
//! - `-h`, `--help`: print the usage.
//!
//! Any other argument starting with `-` (except `-` itself) is an unknown option: an error,
//! not a file name.

use std::fs::File;
use std::io::{self, Write};
use std::process::ExitCode;

use inspection_report::{Inspection, Validate, json};

const USAGE: &str = "\
usage: validate [--json] [--max-bytes N] [--] FILE.json   (`-` reads standard input)
  --json          print the validation report, or the read error, as JSON
  --max-bytes N   read at most N bytes (suffix K, M or G for KiB, MiB, GiB; default 64M)
  --              end of options: the next argument is the file, even if it starts with `-`
  -h, --help      print this help";

/// The input limit without `--max-bytes`: 64 MiB.
const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    /// Print the usage and succeed.
    Help,
    /// Validate a file.
    Validate(Options),
}

/// How to validate which file.
#[derive(Debug, PartialEq, Eq)]
struct Options {
    /// The file to read, `-` for standard input.
    file: String,
    /// Print JSON rather than lines.
    json: bool,
    /// Read at most this many bytes.
    max_bytes: u64,
}

/// Parses the arguments after the program name.
///
/// # Errors
///
/// Returns what is wrong, in words, for an unknown option, a missing or bad `--max-bytes`
/// value, no file or more than one.
fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut json = false;
    let mut max_bytes = DEFAULT_MAX_BYTES;
    let mut file = None;
    let mut args = args.into_iter();
    let mut options_ended = false;
    while let Some(arg) = args.next() {
        let is_option = !options_ended && arg.starts_with('-') && arg != "-";
        if !is_option {
            if let Some(first) = &file {
                return Err(format!("one file only: `{first}` and `{arg}` given"));
            }
            file = Some(arg);
            continue;
        }
        match arg.as_str() {
            "--" => options_ended = true,
            "--json" => json = true,
            "-h" | "--help" => return Ok(Command::Help),
            "--max-bytes" => {
                let value = args
                    .next()
                    .ok_or_else(|| "`--max-bytes` needs a value".to_owned())?;
                max_bytes = parse_size(&value)?;
            }
            _ => match arg.strip_prefix("--max-bytes=") {
                Some(value) => max_bytes = parse_size(value)?,
                None => return Err(format!("unknown option `{arg}`")),
            },
        }
    }
    let file = file.ok_or_else(|| "no file given".to_owned())?;
    Ok(Command::Validate(Options {
        file,
        json,
        max_bytes,
    }))
}

/// Parses a size in bytes: digits with an optional suffix `K`, `M` or `G` (powers of 1024).
///
/// # Errors
///
/// Returns what is wrong, in words, for anything else or a size beyond `u64`.
fn parse_size(text: &str) -> Result<u64, String> {
    let (digits, shift) = match text.as_bytes().last() {
        Some(b'K' | b'k') => (&text[..text.len() - 1], 10),
        Some(b'M' | b'm') => (&text[..text.len() - 1], 20),
        Some(b'G' | b'g') => (&text[..text.len() - 1], 30),
        _ => (text, 0),
    };
    let bad = || format!("`--max-bytes {text}`: expected a number of bytes such as 1048576 or 64M");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let number: u64 = digits.parse().map_err(|_| bad())?;
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("`--max-bytes {text}`: too large"))
}

/// Reads the report named by `file` (`-` for standard input), at most `max_bytes` bytes.
fn read(file: &str, max_bytes: u64) -> Result<Inspection, json::Error> {
    if file == "-" {
        return json::from_reader_limited(io::stdin().lock(), max_bytes);
    }
    match File::open(file) {
        Ok(input) => json::from_reader_limited(input, max_bytes),
        // Opening fails before reading starts: read a reader that fails the same way, so the
        // error has the same form as any other read error.
        Err(error) => json::from_reader(Failing(Some(error))),
    }
}

/// A reader that fails once with the given error.
struct Failing(Option<io::Error>);

impl io::Read for Failing {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(error) => Err(error),
            None => Ok(0),
        }
    }
}

/// The `--json` form of a read error of `file`.
fn read_error_json(file: &str, error: &json::Error) -> serde_json::Value {
    serde_json::json!({
        "read_error": {
            "file": file,
            "kind": error.kind().code(),
            "pointer": error.pointer(),
            "path": error.path(),
            "line": error.line(),
            "column": error.column(),
            "message": error.message(),
        }
    })
}

/// The plain-text form of a read error of `file`: `file: pointer: message (line L, column C)`,
/// without the pointer and position where there are none.
fn read_error_line(file: &str, error: &json::Error) -> String {
    let mut line = format!("{file}: ");
    if error.kind() == json::ErrorKind::Io {
        line.push_str("cannot read: ");
    } else if error.line() > 0 || !error.pointer().is_empty() {
        line.push_str(if error.pointer().is_empty() {
            "/"
        } else {
            error.pointer()
        });
        line.push_str(": ");
    }
    line.push_str(error.message());
    if error.line() > 0 {
        line.push_str(&format!(
            " (line {}, column {})",
            error.line(),
            error.column()
        ));
    }
    line
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Validate(options)) => options,
        Err(problem) => {
            eprintln!("validate: {problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };

    // A closed pipe (`| head`) ends the output early; the exit status still tells the result.
    let mut out = io::stdout().lock();
    let report = match read(&options.file, options.max_bytes) {
        Ok(inspection) => inspection.validate(),
        Err(error) => {
            if options.json {
                let _ =
                    serde_json::to_writer_pretty(&mut out, &read_error_json(&options.file, &error))
                        .map_err(io::Error::from)
                        .and_then(|()| writeln!(out));
            } else {
                eprintln!("{}", read_error_line(&options.file, &error));
            }
            return ExitCode::from(2);
        }
    };

    let _ = if options.json {
        serde_json::to_writer_pretty(&mut out, &report)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        report
            .issues
            .iter()
            .try_for_each(|issue| writeln!(out, "{issue}"))
            .and_then(|()| match report.omitted_count() {
                0 => Ok(()),
                more => {
                    let by_rule: Vec<String> = report
                        .omitted
                        .iter()
                        .map(|(code, count)| format!("{code}: {count}"))
                        .collect();
                    writeln!(out, "… and {more} more ({})", by_rule.join(", "))
                }
            })
    };
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(|&arg| arg.to_owned()))
    }

    fn validate(file: &str, json: bool, max_bytes: u64) -> Result<Command, String> {
        Ok(Command::Validate(Options {
            file: file.to_owned(),
            json,
            max_bytes,
        }))
    }

    #[test]
    fn a_file_and_options_in_any_order() {
        assert_eq!(
            parse(&["a.json"]),
            validate("a.json", false, DEFAULT_MAX_BYTES)
        );
        assert_eq!(
            parse(&["--json", "a.json"]),
            validate("a.json", true, DEFAULT_MAX_BYTES)
        );
        assert_eq!(
            parse(&["a.json", "--json"]),
            validate("a.json", true, DEFAULT_MAX_BYTES)
        );
        assert_eq!(parse(&["-"]), validate("-", false, DEFAULT_MAX_BYTES));
        assert_eq!(parse(&["--help"]), Ok(Command::Help));
        assert_eq!(parse(&["a.json", "-h"]), Ok(Command::Help));
    }

    #[test]
    fn unknown_options_are_errors_not_file_names() {
        for args in [&["--bogus"][..], &["--bogus", "a.json"], &["a.json", "-x"]] {
            let err = parse(args).expect_err("unknown option");
            assert!(err.starts_with("unknown option `-"), "{err}");
        }
        assert_eq!(parse(&[]), Err("no file given".to_owned()));
        assert!(parse(&["a.json", "b.json"]).is_err());
        assert!(parse(&["--json"]).is_err());
    }

    #[test]
    fn a_double_dash_ends_the_options() {
        assert_eq!(
            parse(&["--", "-x"]),
            validate("-x", false, DEFAULT_MAX_BYTES)
        );
        assert_eq!(
            parse(&["--json", "--", "--json"]),
            validate("--json", true, DEFAULT_MAX_BYTES)
        );
        assert_eq!(
            parse(&["--", "--"]),
            validate("--", false, DEFAULT_MAX_BYTES)
        );
        assert!(parse(&["--", "-x", "--json"]).is_err(), "one file only");
        assert!(parse(&["--"]).is_err());
    }

    #[test]
    fn the_input_limit_can_be_changed() {
        assert_eq!(
            parse(&["--max-bytes", "100", "a.json"]),
            validate("a.json", false, 100)
        );
        assert_eq!(
            parse(&["--max-bytes=2K", "a.json"]),
            validate("a.json", false, 2048)
        );
        assert_eq!(
            parse(&["a.json", "--max-bytes", "1M"]),
            validate("a.json", false, 1 << 20)
        );
        assert_eq!(parse(&["--max-bytes", "0", "-"]), validate("-", false, 0));
        assert_eq!(parse_size("3G"), Ok(3 << 30));
        for bad in [
            "",
            "K",
            "-1",
            "1.5M",
            "1T",
            "1 M",
            "0x10",
            "99999999999999999999",
        ] {
            assert!(parse_size(bad).is_err(), "{bad:?}");
        }
        assert!(parse_size("17179869184G").is_err(), "beyond u64");
        assert!(parse(&["a.json", "--max-bytes"]).is_err());
        assert!(parse(&["--max-bytes", "lots", "a.json"]).is_err());
        assert_eq!(DEFAULT_MAX_BYTES, 67_108_864);
    }

    #[test]
    fn read_errors_as_json_and_as_a_line() {
        let error = json::from_str::<Inspection>(r#"{"title": }"#).expect_err("syntax");
        let json = read_error_json("a.json", &error);
        assert_eq!(json["read_error"]["file"], "a.json");
        assert_eq!(json["read_error"]["kind"], "syntax");
        assert_eq!(json["read_error"]["pointer"], "/title");
        assert_eq!(json["read_error"]["path"], "title");
        assert_eq!(json["read_error"]["line"], 1);
        assert_eq!(json["read_error"]["column"], 11);
        assert_eq!(json["read_error"]["message"], error.message());
        assert_eq!(
            read_error_line("a.json", &error),
            format!("a.json: /title: {} (line 1, column 11)", error.message())
        );

        let error =
            json::from_reader_limited::<Inspection>(io::repeat(b' '), 10).expect_err("too large");
        let json = read_error_json("-", &error);
        assert_eq!(json["read_error"]["kind"], "too_large");
        assert_eq!(json["read_error"]["line"], 0);
        assert_eq!(
            read_error_line("-", &error),
            "-: input exceeds the limit of 10 bytes"
        );

        let error = read("/no/such/dir/report.json", 10).expect_err("missing file");
        assert_eq!(error.kind(), json::ErrorKind::Io);
        assert!(
            read_error_line("x", &error).starts_with("x: cannot read: "),
            "{error}"
        );
        assert_eq!(read_error_json("x", &error)["read_error"]["kind"], "io");
    }

    #[test]
    fn an_endless_file_is_cut_off() {
        if std::path::Path::new("/dev/zero").exists() {
            let error = read("/dev/zero", 1 << 16).expect_err("endless");
            assert_eq!(error.kind(), json::ErrorKind::TooLarge);
        }
    }
}
