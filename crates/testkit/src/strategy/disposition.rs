//! Dispositions: counts in the units a kind allows, included sub-kinds, amounts of money.

use inspection_report::{
    Decimal, Disposition, DispositionKind, DispositionUnit, IncludedDisposition, Quantity, Unit,
};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{Index, select};

use super::codes::codelist;
use super::date::{Window, period_in};
use super::decimal::digits;
use super::support::{decimal_of, pick, positional};
use super::words::OTHER_DISPOSITION_LABELS;

pub(super) fn variant_label(kind: DispositionKind) -> Option<&'static str> {
    match kind {
        DispositionKind::Admonishment => Some("诫勉谈话"),
        DispositionKind::CaseFiled => Some("立案审查调查"),
        DispositionKind::MoneyRecovered => Some("挽回损失"),
        _ => None,
    }
}

pub(super) fn label_for(kind: DispositionKind, stated: bool, which: &Index) -> Option<String> {
    if kind == DispositionKind::Other {
        Some(pick(which, OTHER_DISPOSITION_LABELS).to_owned())
    } else {
        variant_label(kind).filter(|_| stated).map(str::to_owned)
    }
}

/// The kinds a disposition of `kind` may include (`组织处理8人(含通报批评、提醒谈话)`).
pub(super) fn sub_kinds(kind: DispositionKind) -> &'static [DispositionKind] {
    use DispositionKind::*;
    match kind {
        PartyDiscipline => &[
            PartyWarning,
            PartySeriousWarning,
            RemovalFromPartyPosts,
            PartyProbation,
            ExpulsionFromParty,
        ],
        AdministrativeSanction => &[
            AdministrativeWarning,
            Demerit,
            MajorDemerit,
            Demotion,
            DismissalFromPost,
            ExpulsionFromPublicEmployment,
        ],
        PartyAndAdministrativeSanction | PartyAndGovernmentDiscipline => &[
            PartyDiscipline,
            AdministrativeSanction,
            PartyWarning,
            Demerit,
        ],
        OrganizationalHandling => &[
            CirculatedCriticism,
            ReminderTalk,
            CriticismEducation,
            OrderedSelfExamination,
            Admonishment,
            SuspensionForExamination,
            Reassignment,
            RemovalFromOffice,
            Other,
        ],
        Accountability => &[
            CirculatedCriticism,
            Admonishment,
            OrganizationalHandling,
            PartyDiscipline,
        ],
        _ => &[],
    }
}

pub(super) fn disposition_in(window: Window) -> impl Strategy<Value = Disposition> {
    (
        (
            codelist::<DispositionKind>(),
            any::<bool>(),
            any::<Index>(),
            prop::bool::weighted(0.2),
        ),
        option::weighted(
            0.85,
            (prop_oneof![3 => 0..10u32, 1 => 0..1000u32], any::<Index>()),
        ),
        option::weighted(
            0.4,
            select(&["党员干部", "生产经营单位", "相关责任人", "村（社区）干部"][..]),
        ),
        (
            any::<bool>(),
            digits(9),
            0..=2u32,
            any::<u64>(),
            select(&[Unit::Yuan, Unit::TenThousandYuan, Unit::HundredMillionYuan][..]),
        ),
        vec(
            (any::<Index>(), option::of(0..=1000u16), any::<Index>()),
            0..=2,
        ),
        option::weighted(0.2, period_in(window)),
    )
        .prop_map(
            |((kind, stated, which, has_id), count, subject, money, including, period)| {
                let (with_amount, int, scale, frac, money_unit) = money;
                let count_unit = count.map(|(count, unit)| {
                    let units = kind.allowed_units();
                    (
                        count,
                        units
                            .get(unit.index(units.len()))
                            .copied()
                            .unwrap_or(DispositionUnit::Person),
                    )
                });
                let takes_money = matches!(
                    kind,
                    DispositionKind::AdministrativePenalty
                        | DispositionKind::MoneyRecovered
                        | DispositionKind::Other
                );
                let amount = (takes_money && (with_amount || count_unit.is_none())).then(|| {
                    let mantissa =
                        i128::from(int) * 10i128.pow(scale) + i128::from(frac) % 10i128.pow(scale);
                    Quantity::new(decimal_of(mantissa, scale), money_unit)
                });
                let mut left = count_unit.map(|(count, _)| count);
                let mut seen = Vec::new();
                // An included kind must allow the disposition's unit too.
                let sub_kinds: Vec<DispositionKind> = sub_kinds(kind)
                    .iter()
                    .copied()
                    .filter(|sub| {
                        count_unit.is_none_or(|(_, unit)| sub.allowed_units().contains(&unit))
                    })
                    .collect();
                let including = including
                    .into_iter()
                    .filter_map(|(included, share, which)| {
                        let included = *sub_kinds.get(included.index(sub_kinds.len().max(1)))?;
                        let new = !seen.contains(&included);
                        seen.push(included);
                        new.then_some((included, share, which))
                    })
                    .map(|(included, share, which)| {
                        let count = left.zip(share).map(|(rest, share)| {
                            let n = rest * u32::from(share) / 1000;
                            left = Some(rest - n);
                            Decimal::from(n)
                        });
                        IncludedDisposition {
                            kind: included,
                            count,
                            label: label_for(included, stated, &which),
                        }
                    })
                    .collect();
                Disposition {
                    source: None,
                    id: has_id.then(|| positional("d")),
                    kind,
                    label: label_for(kind, stated, &which),
                    count: count_unit.map(|(count, _)| Decimal::from(count)),
                    unit: count_unit.map(|(_, unit)| unit),
                    subject: subject.map(str::to_owned),
                    amount,
                    including,
                    parts: Vec::new(),
                    term: None,
                    together_with: Vec::new(),
                    occasion: None,
                    recipients: Vec::new(),
                    period,
                }
            },
        )
}

/// A disposition: a count (zero included) in a unit the kind allows
/// ([`DispositionKind::allowed_units`]), included sub-kinds whose counts stay within it, and
/// an amount in a money unit for penalties and recoveries. `other` kinds carry their label.
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(d in strategy::disposition())| {
///     if let Some(unit) = d.unit {
///         prop_assert!(d.kind.allowed_units().contains(&unit));
///     }
/// });
/// ```
pub fn disposition() -> impl Strategy<Value = Disposition> {
    disposition_in(Window::default_window())
}
