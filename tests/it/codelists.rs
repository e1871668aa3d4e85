//! Every codelist value has a stable snake_case code and Chinese and English labels.

use std::collections::HashSet;
use std::fmt::Debug;
use std::str::FromStr;

use inspection_report::codelist::Codelist;
use inspection_report::*;

fn check<C>()
where
    C: Codelist + Debug + PartialEq + FromStr + serde::Serialize + serde::de::DeserializeOwned,
{
    let mut codes = HashSet::new();
    let mut labels = HashSet::new();
    assert!(!C::ALL.is_empty(), "{} has values", C::NAME);
    for value in C::ALL.iter().copied() {
        let code = value.code();
        assert!(
            !code.is_empty()
                && code.starts_with(|c: char| c.is_ascii_lowercase())
                && code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{}::{value:?} has a snake_case code, not {code:?}",
            C::NAME
        );
        assert!(codes.insert(code), "{} code {code} is unique", C::NAME);
        assert!(
            labels.insert(value.label_zh()),
            "{} label {} is unique",
            C::NAME,
            value.label_zh()
        );
        assert!(
            !value.label_zh().trim().is_empty(),
            "{code} has a Chinese label"
        );
        assert!(
            value.label_en().is_ascii() && !value.label_en().is_empty(),
            "{code} has an English label"
        );
        assert_eq!(C::from_code(code), Some(value));
        assert_eq!(C::from_label_zh(value.label_zh()), Some(value));
        assert_eq!(code.parse::<C>().ok(), Some(value));
        assert_eq!(
            serde_json::to_value(value).ok(),
            Some(serde_json::Value::from(code))
        );
        assert_eq!(serde_json::from_value::<C>(code.into()).ok(), Some(value));
    }
    assert!(C::from_code("no_such_code").is_none());
    assert!("no_such_code".parse::<C>().is_err());
}

/// A codelist value is read from a JSON string holding one of its codes, and from nothing else,
/// as the exported schema says: not from serde's object form of a unit variant (`{"final":
/// null}`), nor from `null`, a number, a boolean or an array, which are data errors naming the
/// codes.
fn check_reading<C>()
where
    C: Codelist + Debug + PartialEq + json::Model,
{
    let codes: Vec<String> = C::ALL.iter().map(|c| format!("`{}`", c.code())).collect();
    for value in C::ALL.iter().copied() {
        let code = value.code();
        assert_eq!(
            json::from_slice::<C>(format!("\"{code}\"").as_bytes()).ok(),
            Some(value)
        );
        for object in [
            format!(r#"{{"{code}": null}}"#),
            format!(r#"{{"{code}": []}}"#),
            format!(r#"{{"{code}": {{}}}}"#),
        ] {
            let err = json::from_slice::<C>(object.as_bytes()).expect_err(&format!(
                "{} read {object}, which the schema refuses",
                C::NAME
            ));
            assert_eq!(err.kind(), json::ErrorKind::Data, "{err}");
            assert!(
                err.message().starts_with("invalid type: map, expected "),
                "{err}"
            );
            assert!(err.message().contains(&codes[0]), "{err} names the codes");
            assert!(
                serde_json::from_str::<C>(&object).is_err(),
                "serde_json alone reads {object}"
            );
        }
    }
    for (json, found) in [
        ("null", "null"),
        ("7", "integer `7`"),
        ("-1", "integer `-1`"),
        ("1.5", "floating point `1.5`"),
        ("true", "boolean `true`"),
        ("[]", "sequence"),
        (r#"["final"]"#, "sequence"),
    ] {
        let err = json::from_slice::<C>(json.as_bytes()).expect_err(json);
        assert_eq!(err.kind(), json::ErrorKind::Data, "{json}: {err}");
        assert!(
            err.message()
                .starts_with(&format!("invalid type: {found}, expected ")),
            "{json}: {err}"
        );
        let expected = err
            .message()
            .split(", expected ")
            .nth(1)
            .unwrap_or_default();
        for code in &codes {
            assert!(
                expected.contains(code.as_str()),
                "{json}: {err} names {code}"
            );
        }
        assert!(err.line() > 0, "{json}: {err} has a position");
    }
    let err = json::from_slice::<C>(br#""no_such_code""#).expect_err("unknown code");
    assert_eq!(err.kind(), json::ErrorKind::Data);
    assert!(
        err.message()
            .starts_with("unknown variant `no_such_code`, expected "),
        "{err}"
    );
    for code in &codes {
        assert!(err.message().contains(code.as_str()), "{err} names {code}");
    }
    // Codes are compared exactly: no case folding, no trimming.
    let upper = C::ALL[0].code().to_uppercase();
    assert!(json::from_slice::<C>(format!("\"{upper}\"").as_bytes()).is_err());
    let padded = format!("\" {} \"", C::ALL[0].code());
    assert!(json::from_slice::<C>(padded.as_bytes()).is_err());
}

#[test]
fn codelists_are_read_from_strings_only() {
    check_reading::<DispositionKind>();
    check_reading::<DispositionUnit>();
    check_reading::<DocumentStatus>();
    check_reading::<FindingStatus>();
    check_reading::<InspectionFamily>();
    check_reading::<InspectionKind>();
    check_reading::<MetricKind>();
    check_reading::<Numbering>();
    check_reading::<Qualifier>();
    check_reading::<ReportStage>();
    check_reading::<SectionKind>();
    check_reading::<Unit>();
}

#[test]
fn codelists_read_from_owned_and_borrowed_strings() {
    // serde_json::Value hands an owned string to the visitor; a `&str` input a borrowed one.
    let owned: Unit =
        serde_json::from_value(serde_json::json!("ten_thousand_yuan")).expect("owned");
    assert_eq!(owned, Unit::TenThousandYuan);
    let borrowed: Unit = serde_json::from_str(r#""ten_thousand_yuan""#).expect("borrowed");
    assert_eq!(borrowed, Unit::TenThousandYuan);
    let escaped: Unit = serde_json::from_str(r#""ten_thousand_yu\u0061n""#).expect("escaped");
    assert_eq!(escaped, Unit::TenThousandYuan);
    let err = serde_json::from_value::<Unit>(serde_json::json!({"time": null})).unwrap_err();
    assert!(err.to_string().starts_with("invalid type: map"), "{err}");
}

#[test]
fn every_codelist_has_unique_snake_case_codes_and_labels() {
    check::<DispositionKind>();
    check::<DispositionUnit>();
    check::<DocumentStatus>();
    check::<FindingStatus>();
    check::<InspectionFamily>();
    check::<InspectionKind>();
    check::<MetricKind>();
    check::<Numbering>();
    check::<Qualifier>();
    check::<ReportStage>();
    check::<SectionKind>();
    check::<Unit>();
}

#[test]
fn unknown_codes_are_reported_with_the_codelist_name() {
    let err = "furlong".parse::<Unit>().unwrap_err();
    assert_eq!(err.codelist(), "Unit");
    assert_eq!(err.code(), "furlong");
}

#[test]
fn display_writes_the_code_and_alternate_adds_labels() {
    assert_eq!(DispositionKind::Admonishment.to_string(), "admonishment");
    assert_eq!(
        format!("{:#}", DispositionKind::Admonishment),
        "admonishment — 诫勉 / admonishment"
    );
}

#[test]
fn measure_words_map_to_units() {
    for (word, unit) in [
        ("人", Unit::Person),
        ("名", Unit::PersonMing),
        ("人次", Unit::PersonTime),
        ("家(次)", Unit::EstablishmentTime),
        ("万元", Unit::TenThousandYuan),
        ("%", Unit::Percent),
        ("平方米", Unit::SquareMetre),
        ("岁", Unit::YearOfAge),
        ("个工作日", Unit::WorkingDay),
    ] {
        assert_eq!(Unit::from_measure_word(word), Some(unit), "{word}");
    }
}
