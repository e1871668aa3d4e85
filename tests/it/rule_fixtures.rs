//! The rule compatibility kit: for every rule of the catalog, a valid report that yields no
//! issue at all, and an invalid one that yields exactly the issues listed beside it.
//!
//! See `tests/fixtures/rules/README.md` for the layout.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use inspection_report::{Validate, validate, validate::rules};
use serde::Deserialize;

#[derive(Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(deny_unknown_fields)]
struct Expected {
    code: String,
    pointer: String,
}

fn kit() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

fn read(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The issues of a fixture as sorted `(code, pointer)` pairs.
fn found(path: &Path) -> Vec<(String, String)> {
    let (_, report) =
        validate::from_slice(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut found: Vec<_> = report
        .issues
        .iter()
        .map(|issue| (issue.code.as_str().to_owned(), issue.pointer.clone()))
        .collect();
    found.sort();
    found
}

#[test]
fn the_base_document_is_clean() {
    let path = kit().join("../minimal.json");
    let (report, validation) = validate::from_slice(&read(&path)).expect("minimal.json reads");
    assert!(validation.is_clean(), "{:#?}", validation.issues);
    assert_eq!(report.validate(), validation);
}

#[test]
fn every_rule_has_fixtures_and_every_fixture_a_rule() {
    let codes: BTreeSet<String> = rules().iter().map(|r| r.code.as_str().to_owned()).collect();
    let dirs: BTreeSet<String> = fs::read_dir(kit())
        .expect("the kit folder exists")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(codes, dirs);
}

#[test]
fn valid_fixtures_are_clean() {
    for rule in rules() {
        let path = kit().join(rule.code.as_str()).join("valid.json");
        assert_eq!(found(&path), Vec::new(), "{}", path.display());
    }
}

#[test]
fn invalid_fixtures_yield_exactly_the_expected_issues() {
    for rule in rules() {
        let dir = kit().join(rule.code.as_str());
        let expected: Vec<Expected> = serde_json::from_slice(&read(&dir.join("expected.json")))
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let mut expected: Vec<(String, String)> =
            expected.into_iter().map(|e| (e.code, e.pointer)).collect();
        expected.sort();
        assert!(
            expected.iter().any(|(code, _)| code == rule.code.as_str()),
            "{}: the invalid fixture must exercise its own rule",
            dir.display()
        );
        assert_eq!(
            found(&dir.join("invalid.json")),
            expected,
            "{}",
            dir.display()
        );
    }
}

#[test]
fn pointers_resolve_in_the_invalid_fixtures() {
    for rule in rules() {
        let dir = kit().join(rule.code.as_str());
        let json: serde_json::Value =
            serde_json::from_slice(&read(&dir.join("invalid.json"))).expect("valid JSON");
        for (code, pointer) in found(&dir.join("invalid.json")) {
            assert!(
                json.pointer(&pointer).is_some(),
                "{}: {code} points at {pointer}, which does not exist",
                dir.display()
            );
        }
    }
}
