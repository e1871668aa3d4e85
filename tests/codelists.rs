//! Every codelist value has a stable snake_case code and Chinese and English labels.

use std::collections::HashSet;
use std::fmt::Debug;
use std::str::FromStr;

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
    assert_eq!(err.codelist, "Unit");
    assert_eq!(err.code, "furlong");
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
