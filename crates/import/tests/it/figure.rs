//! The figure layer.

use inspection_report_import::codes::{Kind, Unit};
use inspection_report_import::{date, figure, text};

#[test]
fn every_unit_of_the_codelist_has_a_measure_word() {
    assert!(figure::tables_ready());
    for unit in Unit::ALL {
        assert!(
            *unit == Unit::RankPosition || figure::measure_words().any(|(_, u, _)| u == *unit),
            "no measure word for {unit}"
        );
    }
    assert_eq!(figure::unit_of("家(次)"), Some(Unit::EstablishmentTime));
}

#[test]
fn derived_ranks_point_at_their_words() {
    let input = "2024年度经济发展质量综合指数位居9个县(市、区、功能区)末位。";
    let n = text::normalize(input);
    let figures = figure::extract(&n, &date::extract(&n, None));
    let rank = figures.iter().find(|f| f.kind == Kind::Rank);
    assert_eq!(
        rank.map(|f| f.status),
        Some(inspection_report_import::Status::Derived)
    );
    assert_eq!(rank.and_then(|f| input.get(f.span.range())), Some("末位"));
    // The out-of count is no figure of its own.
    assert_eq!(figures.len(), 1);
}

#[test]
fn quoted_names_and_titles_hold_no_figures() {
    let n = text::normalize("围绕\"一圈一谷\"发展战略,研究通过了《示范区2025年12项任务》。");
    assert!(figure::extract(&n, &date::extract(&n, None)).is_empty());
}

#[test]
fn falls_are_flagged_and_keep_their_value() {
    let n = text::normalize("营业收入同比下降3.2%,亏损企业减少5家,同比增长6.3%。");
    let figures = figure::extract(&n, &date::extract(&n, None));
    let read: Vec<(String, bool)> = figures
        .iter()
        .map(|f| (f.value.to_string(), f.decrease))
        .collect();
    assert_eq!(
        read,
        [
            ("3.2".to_owned(), true),
            ("5".to_owned(), true),
            ("6.3".to_owned(), false)
        ]
    );
    assert_eq!(
        figures.first().map(|f| f.kind),
        Some(Kind::YearOnYearGrowth)
    );
}

#[test]
fn magnitudes_outside_money_are_derived() {
    let n = text::normalize("新建高标准农田2.3万亩,投入资金1.2亿元。");
    let figures = figure::extract(&n, &date::extract(&n, None));
    let read: Vec<(String, &str, inspection_report_import::Status)> = figures
        .iter()
        .map(|f| (f.value.to_string(), f.unit.code(), f.status))
        .collect();
    assert_eq!(
        read,
        [
            (
                "23000".to_owned(),
                "mu",
                inspection_report_import::Status::Derived
            ),
            (
                "1.2".to_owned(),
                "hundred_million_yuan",
                inspection_report_import::Status::Read
            )
        ]
    );
}
