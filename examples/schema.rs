//! Prints the JSON Schema of the JSON form.
//!
//! ```sh
//! cargo run --example schema                                   # the whole report, Draft 2020-12
//! cargo run --example schema -- finding                        # one part
//! cargo run --example schema -- --dialect draft-07             # Draft-07
//! cargo run --example schema -- metric --dialect openapi-3.0   # an OpenAPI 3.0.3 document
//! ```
//!
//! The committed files are its output:
//!
//! ```sh
//! cargo run --example schema > schema/inspection.schema.json
//! cargo run --example schema -- --dialect draft-07 > schema/inspection.draft-07.schema.json
//! cargo run --example schema -- --dialect openapi-3.0 > schema/inspection.openapi-3.0.json
//! ```

use std::process::ExitCode;

use inspection_report::codelist::Codelist;
use inspection_report::schema::{self, Dialect, Part};

fn usage() -> String {
    let parts: Vec<_> = Part::ALL.iter().map(|p| p.code()).collect();
    let dialects: Vec<_> = Dialect::ALL.iter().map(|d| d.code()).collect();
    format!(
        "usage: schema [PART] [--dialect DIALECT]\n\n\
         Prints the JSON Schema of PART (default: inspection) as pretty JSON.\n\n\
         PART:    {}\n\
         DIALECT: {} (default: {})",
        parts.join(", "),
        dialects.join(", "),
        Dialect::default(),
    )
}

/// What the command line asks for: a schema, or help.
enum Request {
    Schema(Part, Dialect),
    Help,
}

fn parse(args: impl Iterator<Item = String>) -> Result<Request, String> {
    let mut part = None;
    let mut dialect = None;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Request::Help),
            "--dialect" => {
                let value = args.next().ok_or("--dialect needs a value")?;
                set_once(&mut dialect, &value, "--dialect")?;
            }
            _ if arg.starts_with("--dialect=") => {
                set_once(&mut dialect, &arg["--dialect=".len()..], "--dialect")?;
            }
            _ if arg.starts_with('-') => return Err(format!("unknown option `{arg}`")),
            _ => set_once(&mut part, &arg, "PART")?,
        }
    }
    Ok(Request::Schema(
        part.unwrap_or_default(),
        dialect.unwrap_or_default(),
    ))
}

fn set_once<T: std::str::FromStr>(
    slot: &mut Option<T>,
    value: &str,
    what: &str,
) -> Result<(), String>
where
    T::Err: std::fmt::Display,
{
    if slot.is_some() {
        return Err(format!("{what} given twice"));
    }
    *slot = Some(value.parse().map_err(|e: T::Err| e.to_string())?);
    Ok(())
}

fn main() -> ExitCode {
    match parse(std::env::args().skip(1)) {
        Ok(Request::Help) => {
            println!("{}", usage());
            ExitCode::SUCCESS
        }
        Ok(Request::Schema(part, dialect)) => {
            match serde_json::to_string_pretty(&schema::export(part, dialect)) {
                Ok(json) => {
                    println!("{json}");
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprintln!("error: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(message) => {
            eprintln!("error: {message}\n\n{}", usage());
            ExitCode::from(2)
        }
    }
}
