//! Property tests of the core over generated reports: JSON and text round trips.
//!
//! Layout: one module per family of properties, using the strategies of the test kit and
//! [`cases`]. That the strategies keep their promises (valid values, consistent figures, every
//! code reached) is tested in the test kit itself. On failure proptest prints the seed and the
//! minimal failing input; failing seeds are kept in `tests/proptest-regressions/properties.txt`
//! (commit it).

use std::fmt::Debug;

use inspection_report_testkit::strategy;
use proptest::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::support::cases;

/// JSON round trips: value → JSON → value is the same value, and JSON → value → JSON gives the
/// same bytes, for canonical JSON (what `serde_json` writes).
mod json {
    use inspection_report::{Decimal, Inspection, json};

    use super::*;

    /// Checks both directions of the round trip, for compact and pretty JSON.
    fn round_trips<T>(value: &T) -> Result<(), TestCaseError>
    where
        T: Serialize + DeserializeOwned + PartialEq + Debug,
    {
        let writers: [fn(&T) -> serde_json::Result<String>; 2] =
            [serde_json::to_string, serde_json::to_string_pretty];
        for write in writers {
            let json = write(value)?;
            let back: T = serde_json::from_str(&json)
                .map_err(|e| TestCaseError::fail(format!("deserialize: {e}\n{json}")))?;
            prop_assert_eq!(&back, value);
            prop_assert_eq!(write(&back)?, json);
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(cases(48))]

        #[test]
        fn inspection(report in strategy::inspection()) {
            round_trips(&report)?;
            // The crate's own reader and canonical writer agree with serde_json.
            let pretty = json::to_string_pretty(&report);
            let read = json::from_str::<Inspection>(&pretty)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(json::to_string_pretty(&read), pretty);
            prop_assert_eq!(read, report);
        }
    }

    proptest! {
        #![proptest_config(cases(256))]

        #[test]
        fn finding(value in strategy::finding()) { round_trips(&value)?; }

        #[test]
        fn section(value in strategy::section()) { round_trips(&value)?; }

        #[test]
        fn metric(value in strategy::metric()) { round_trips(&value)?; }

        #[test]
        fn disposition(value in strategy::disposition()) { round_trips(&value)?; }

        #[test]
        fn measure(value in strategy::measure()) { round_trips(&value)?; }

        #[test]
        fn round(value in strategy::inspection_round()) { round_trips(&value)?; }

        #[test]
        fn parts(
            document in strategy::document(),
            milestone in strategy::milestone(),
            contact in strategy::contact(),
            organization in strategy::organization(),
            next_steps in strategy::next_steps(),
            summary in strategy::summary(),
            language in strategy::language_tag(),
        ) {
            round_trips(&document)?;
            round_trips(&milestone)?;
            round_trips(&contact)?;
            round_trips(&organization)?;
            round_trips(&next_steps)?;
            round_trips(&summary)?;
            round_trips(&language)?;
        }

        #[test]
        fn period(value in strategy::period()) { round_trips(&value)?; }

        #[test]
        fn when(value in strategy::when()) { round_trips(&value)?; }

        #[test]
        fn partial_date(value in strategy::partial_date()) { round_trips(&value)?; }
    }

    proptest! {
        #![proptest_config(cases(1024))]

        #[test]
        fn decimal(value in strategy::decimal()) {
            round_trips(&value)?;
            // The written scale survives (`7.10` stays `7.10`); `==` checks it too, this says
            // so explicitly.
            let back: Decimal = serde_json::from_str(&serde_json::to_string(&value)?)?;
            prop_assert_eq!(back.scale(), value.scale());
        }
    }
}

/// Text round trips of the string forms (`Display` / `FromStr`), and every codelist code.
mod text {
    use inspection_report::{
        Decimal, DispositionKind, DispositionUnit, DocumentStatus, FindingStatus, InspectionFamily,
        InspectionKind, MetricKind, Numbering, PartialDate, Qualifier, ReportStage, SectionKind,
        Unit, codelist::Codelist,
    };

    use super::*;

    proptest! {
        #![proptest_config(cases(1024))]

        #[test]
        fn decimal(value in strategy::decimal()) {
            let text = value.to_string();
            let back: Decimal = text.parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
            prop_assert_eq!(back, value);
            prop_assert_eq!(back.to_string(), text);
        }

        #[test]
        fn partial_date(value in strategy::partial_date()) {
            let text = value.to_string();
            let back: PartialDate = text.parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
            prop_assert_eq!(back, value);
            prop_assert_eq!(back.precision(), value.precision());
            prop_assert_eq!(back.to_string(), text);
        }
    }

    /// Every code of `C`: `FromStr` and serde give back the value, and serde writes the code.
    fn codes_round_trip<C>()
    where
        C: Codelist + Debug + PartialEq + std::str::FromStr + Serialize + DeserializeOwned,
        C::Err: Debug,
    {
        for &value in C::ALL {
            let code = value.code();
            assert_eq!(
                code.parse::<C>().ok(),
                Some(value),
                "FromStr of {}::{code}",
                C::NAME
            );
            assert_eq!(
                C::from_code(code),
                Some(value),
                "from_code of {}::{code}",
                C::NAME
            );
            let json = serde_json::to_string(&value).unwrap_or_default();
            assert_eq!(json, format!("\"{code}\""), "JSON of {}::{code}", C::NAME);
            let back: Option<C> = serde_json::from_str(&json).ok();
            assert_eq!(back, Some(value), "serde of {}::{code}", C::NAME);
            assert!(!value.label_zh().is_empty() && !value.label_en().is_empty());
        }
    }

    macro_rules! codelists {
        ($($name:ident: $type:ty),+ $(,)?) => {$(
            #[test]
            fn $name() {
                codes_round_trip::<$type>();
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
}
