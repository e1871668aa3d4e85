//! Shared helpers: test data and spec files.

use std::path::PathBuf;

pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// A test data file; stored notices (first line a URL and a tab) give their body.
/// A stored file whole, its source line included.
pub fn stored(name: &str) -> String {
    std::fs::read_to_string(data_dir().join(name)).unwrap_or_default()
}

pub fn notice(name: &str) -> String {
    let raw = std::fs::read_to_string(data_dir().join(name)).unwrap_or_default();
    if raw.starts_with("http") {
        raw.split_once('\n')
            .map_or(String::new(), |(_, body)| body.to_owned())
    } else {
        raw
    }
}

pub const REFERENCE: &str = "xuchang-demonstration-zone-2025-10-23.txt";

pub const OPENINGS: [&str; 4] = [
    "xinchang-county-2021-10-28.txt",
    "cixi-audit-2018-11-22.txt",
    "inner-mongolia-complaints-batch-11-2025-06-17.txt",
    "xuchang-dongcheng-2026-02-13.txt",
];

/// Rows of a TSV file of the repository (comments and blank lines skipped, header kept off
/// when `header`).
pub fn tsv(path: &str, header: bool) -> Vec<Vec<String>> {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(usize::from(header))
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// A character offset and length of a byte span of `input` (specs count characters).
pub fn chars(input: &str, start: usize, end: usize) -> (usize, usize) {
    let s = input.get(..start).map_or(0, |h| h.chars().count());
    let l = input.get(start..end).map_or(0, |h| h.chars().count());
    (s, l)
}
