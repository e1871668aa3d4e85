//! The disposition, document and contact lexicons.

use inspection_report_import::codes::DispositionKind;
use inspection_report_import::disposition::{self, TermForm};
use inspection_report_import::{date, figure, text};

#[test]
fn typos_are_read_and_flagged() {
    assert!(disposition::tables_ready());
    assert_eq!(
        disposition::kind_of("诚勉谈话"),
        Some(DispositionKind::Admonishment)
    );
    let n = text::normalize("诚勉谈话 6 人");
    let figures = figure::extract(&n, &date::extract(&n, None));
    let found = disposition::extract(&n, &figures);
    assert_eq!(found.first().map(|d| d.form), Some(TermForm::Typo));
    assert_eq!(found.first().and_then(|d| d.figure), Some(0));
}

#[test]
fn every_disposition_kind_has_a_term() {
    for kind in DispositionKind::ALL {
        if *kind == DispositionKind::Other {
            continue;
        }
        let label_rows = include_str!("../../grammar/dispositions.tsv");
        assert!(
            label_rows
                .lines()
                .any(|l| l.split('\t').nth(1) == Some(kind.code())),
            "no term for {kind}"
        );
    }
}

#[test]
fn objects_between_term_and_count() {
    let n = text::normalize("共问责党员干部7人,立案查处侵害群众利益案件 21 起,党纪政务处分8人。");
    let figures = figure::extract(&n, &date::extract(&n, None));
    let objects: Vec<Option<String>> = disposition::extract(&n, &figures)
        .into_iter()
        .map(|d| d.object)
        .collect();
    assert_eq!(
        objects,
        [
            Some("党员干部".to_owned()),
            Some("侵害群众利益案件".to_owned()),
            None
        ]
    );
}
