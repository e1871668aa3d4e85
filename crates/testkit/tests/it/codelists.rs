//! The codelist strategy reaches every code of every codelist.

use std::fmt::Debug;

use inspection_report::{
    DispositionKind, DispositionUnit, DocumentStatus, FindingStatus, InspectionFamily,
    InspectionKind, MetricKind, Numbering, Qualifier, ReportStage, SectionKind, Unit,
    codelist::Codelist,
};
use inspection_report_testkit::strategy;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

/// The codelist strategy reaches every code of `C`.
fn strategy_covers<C: Codelist + Debug + Ord>() {
    let mut runner = TestRunner::deterministic();
    let strategy = strategy::codelist::<C>();
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..C::ALL.len() * 40 {
        if let Ok(tree) = strategy.new_tree(&mut runner) {
            seen.insert(tree.current());
        }
    }
    assert_eq!(seen.len(), C::ALL.len(), "codes of {} generated", C::NAME);
}

macro_rules! codelists {
    ($($name:ident: $type:ty),+ $(,)?) => {$(
        #[test]
        fn $name() {
            strategy_covers::<$type>();
        }
    )+};
}

codelists! {
    finding_status: FindingStatus,
    unit: Unit,
    metric_kind: MetricKind,
    qualifier: Qualifier,
    disposition_kind: DispositionKind,
    disposition_unit: DispositionUnit,
    inspection_family: InspectionFamily,
    inspection_kind: InspectionKind,
    report_stage: ReportStage,
    section_kind: SectionKind,
    document_status: DocumentStatus,
    numbering: Numbering,
}
