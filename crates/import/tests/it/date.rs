//! The date layer.

use inspection_report_import::Status;
use inspection_report_import::date::{DateKind, PartialDate, extract};
use inspection_report_import::text::normalize;

#[test]
fn years_inherited_are_derived() {
    let n = normalize("2025年3月6日至4月28日进行了巡察。6月10日反馈。");
    let found = extract(&n, None);
    assert_eq!(found.len(), 2);
    assert_eq!(found.first().map(|d| d.status), Some(Status::Read));
    assert_eq!(
        found.get(1).map(|d| (d.value.to_string(), d.status)),
        Some(("2025-06-10".to_owned(), Status::Derived))
    );
}

#[test]
fn back_references_wait_for_the_structure() {
    let n = normalize("整改期间,下发督办函1件。");
    let found = extract(&n, Some(PartialDate::day(2025, 10, 23)));
    assert_eq!(found.first().map(|d| d.kind), Some(DateKind::Reference));
    assert_eq!(
        found.first().map(|d| d.value.to_string()).as_deref(),
        Some("?")
    );
}

#[test]
fn relative_words_without_anchor_stay_unresolved() {
    let n = normalize("今年以来");
    assert_eq!(
        extract(&n, None)
            .first()
            .map(|d| d.value.to_string())
            .as_deref(),
        Some("?")
    );
}

#[test]
fn iso_parsing() {
    assert_eq!(
        PartialDate::parse_iso("2026-02-13"),
        Some(PartialDate::day(2026, 2, 13))
    );
    assert_eq!(PartialDate::parse_iso("2026-13"), None);
}

#[test]
fn extreme_anchors_do_not_overflow() {
    let n = normalize("明年,去年,本月,上月,今年以来,6月10日");
    for anchor in [
        PartialDate::day(i32::MAX, 12, 31),
        PartialDate::day(i32::MIN, 1, 1),
    ] {
        assert_eq!(extract(&n, Some(anchor)).len(), 6);
    }
}

/// Without an anchor, a later sentence takes the year of the last date written with its month,
/// not of a year alone, which mostly names another time.
#[test]
fn without_an_anchor_only_a_dated_year_carries_over() {
    let dated = normalize("2025年3月6日至4月28日进行了巡察。6月10日,反馈意见。");
    let values: Vec<String> = extract(&dated, None)
        .iter()
        .map(|d| d.value.to_string())
        .collect();
    assert_eq!(values, ["2025-03-06/2025-04-28", "2025-06-10"]);
    let year_alone = normalize("2018年,全省开展专项整治。3月29日,召开会议。");
    let values: Vec<String> = extract(&year_alone, None)
        .iter()
        .map(|d| d.value.to_string())
        .collect();
    assert_eq!(values, ["2018", "?"]);
}
