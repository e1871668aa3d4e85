//! `RULES.md` is generated from the rule catalog; this test fails when they differ.
//!
//! Regenerate it with `UPDATE_RULES=1 cargo test --test it rules_doc`.

use std::fmt::Write;
use std::path::Path;

use inspection_report::{validate::Tier, validate::rules};

const FAMILIES: [(char, &str); 7] = [
    ('1', "R1xx — dates"),
    ('2', "R2xx — identity and numbering"),
    ('3', "R3xx — text"),
    ('4', "R4xx — figures"),
    ('5', "R5xx — dispositions"),
    ('6', "R6xx — status and summary"),
    ('7', "R7xx — contact"),
];

fn tier(tier: Tier) -> &'static str {
    match tier {
        Tier::Error => "error",
        Tier::Warning => "warning",
        Tier::Info => "info",
        _ => "other",
    }
}

/// The catalog as Markdown.
fn markdown() -> String {
    let mut out = String::new();
    out.push_str("# Validation rules\n\n");
    out.push_str(
        "<!-- Generated from `inspection_report::rules()`: do not edit. \
         Regenerate with `UPDATE_RULES=1 cargo test --test it rules_doc`. -->\n\n",
    );
    out.push_str(
        "Every rule has a stable code, `R` and three digits, never reused; the first digit \
         names the family. Tiers: **error** — the report must not be published or exchanged \
         as it is; **warning** — it should not be without a reason; **info** — worth knowing.\n\n\
         Each issue carries the JSON pointer (RFC 6901) of the offending value, the published \
         numbering of the place (`一、1. 三是`), a message in English and Chinese with the \
         disagreeing values, and those values as named parameters.\n\n",
    );
    out.push_str("| code | tier | title |\n|---|---|---|\n");
    for rule in rules() {
        let _ = writeln!(
            out,
            "| [{code}](#{anchor}) | {tier} | {title} |",
            code = rule.code,
            anchor = rule.code.as_str().to_lowercase(),
            tier = tier(rule.tier),
            title = rule.title
        );
    }
    for (digit, family) in FAMILIES {
        let _ = write!(out, "\n## {family}\n");
        for rule in rules()
            .iter()
            .filter(|rule| rule.code.as_str()[1..].starts_with(digit))
        {
            let _ = write!(
                out,
                "\n### {code}\n\n**{title}** — {tier}\n\n{description}\n\n\
                 Message: {en} / {zh}\n",
                code = rule.code,
                title = rule.title,
                tier = tier(rule.tier),
                description = rule.description,
                en = rule.message_en,
                zh = rule.message_zh,
            );
        }
    }
    out
}

#[test]
fn rules_md_matches_the_catalog() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("RULES.md");
    let expected = markdown();
    if std::env::var_os("UPDATE_RULES").is_some() {
        std::fs::write(&path, &expected).expect("RULES.md is writable");
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "RULES.md differs from the rule catalog (`inspection_report::rules()`); \
         regenerate it with `UPDATE_RULES=1 cargo test --test it rules_doc`"
    );
}

#[test]
fn every_family_has_a_rule_and_every_rule_a_family() {
    for (digit, family) in FAMILIES {
        assert!(
            rules()
                .iter()
                .any(|r| r.code.as_str()[1..].starts_with(digit)),
            "{family}"
        );
    }
    for rule in rules() {
        assert!(
            FAMILIES
                .iter()
                .any(|(digit, _)| rule.code.as_str()[1..].starts_with(*digit)),
            "{}",
            rule.code
        );
    }
}
