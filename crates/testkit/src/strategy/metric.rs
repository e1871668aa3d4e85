//! Metrics: figures of every kind, with units that fit and breakdowns that add up.

use inspection_report::{
    Decimal, Metric, MetricKind, Period, Progress, Qualifier, Rank, Unit, codelist::Codelist,
    unit::Dimension,
};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::strategy::Just;

use super::assemble::assign_metric_ids;
use super::codes::codelist;
use super::date::{Window, period_in};
use super::support::{decimal_of, pick, positional, zh_numeral};
use super::text::phrase;
use super::words::{
    OTHER_UNIT_LABELS, SUBJECTS_AGE, SUBJECTS_AMOUNT, SUBJECTS_AREA, SUBJECTS_COUNT,
    SUBJECTS_DURATION, SUBJECTS_GROWTH, SUBJECTS_OTHER, SUBJECTS_RANK, SUBJECTS_RATE,
};

/// How the values of a figure look: integer digits, decimal places, lowest value, sign.
#[derive(Debug, Clone, Copy)]
pub(super) struct ValueSpec {
    pub(super) max_digits: u32,
    pub(super) max_scale: u32,
    pub(super) min: u64,
    pub(super) signed: bool,
}

pub(super) fn value_spec(kind: MetricKind, unit: Unit) -> ValueSpec {
    let spec = |max_digits, max_scale, min, signed| ValueSpec {
        max_digits,
        max_scale,
        min,
        signed,
    };
    match (kind, unit.dimension()) {
        (MetricKind::Ordinal, _) | (_, Dimension::Position) => spec(3, 0, 1, false),
        // Counts and figures that may break down: at most 17 digits, so that four parts still
        // fit in 18.
        (_, Dimension::People | Dimension::Things) => spec(17, 0, 0, false),
        (_, Dimension::Money) => spec(12, 4, 0, false),
        (MetricKind::YearOnYearGrowth | MetricKind::ChangeOnPreviousYear, _) => spec(3, 2, 0, true),
        (_, Dimension::Ratio) => spec(2, 2, 0, false),
        (_, Dimension::Area) => spec(8, 2, 0, false),
        (_, Dimension::Age) => spec(2, 1, 18, false),
        (_, Dimension::Duration) => spec(2, 1, 1, false),
        _ => spec(6, 3, 0, false),
    }
}

/// Random material for one value.
#[derive(Debug, Clone)]
pub(super) struct ValueRaw {
    pub(super) digits: u32,
    pub(super) int: u64,
    pub(super) scale: Index,
    pub(super) frac: u64,
    pub(super) negative: bool,
}

pub(super) fn value_raw() -> impl Strategy<Value = ValueRaw> {
    (
        prop_oneof![6 => 1..=3u32, 1 => 1..=18u32],
        any::<u64>(),
        any::<Index>(),
        any::<u64>(),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(digits, int, scale, frac, negative)| ValueRaw {
            digits,
            int,
            scale,
            frac,
            negative,
        })
}

/// The mantissa and scale of a value; `scale` overrides the raw scale (for parts).
pub(super) fn value_of(spec: ValueSpec, raw: &ValueRaw, scale: Option<u32>) -> (i128, u32) {
    let digits = raw.digits.min(spec.max_digits).max(1);
    let int = (raw.int % 10u64.pow(digits)).max(spec.min);
    let scale = scale.unwrap_or_else(|| {
        u32::try_from(raw.scale.index(spec.max_scale as usize + 1)).unwrap_or_default()
    });
    let frac = i128::from(raw.frac) % 10i128.pow(scale);
    let mantissa = i128::from(int) * 10i128.pow(scale) + frac;
    let sign = if spec.signed && raw.negative { -1 } else { 1 };
    (sign * mantissa, scale)
}

/// How a figure breaks down.
#[derive(Debug, Clone)]
pub(super) enum ShapeRaw {
    Plain,
    Parts(Vec<(String, ValueRaw)>),
    OfWhich(Vec<(String, u16)>),
    Progress {
        resolved: u16,
        remaining_stated: bool,
    },
}

pub(super) fn shape_raw() -> impl Strategy<Value = ShapeRaw> {
    prop_oneof![
        6 => Just(ShapeRaw::Plain),
        1 => vec((phrase(SUBJECTS_COUNT), value_raw()), 2..=4).prop_map(ShapeRaw::Parts),
        1 => vec((phrase(SUBJECTS_COUNT), 0..=1000u16), 1..=3).prop_map(ShapeRaw::OfWhich),
        1 => (0..=1000u16, any::<bool>())
            .prop_map(|(resolved, remaining_stated)| ShapeRaw::Progress { resolved, remaining_stated }),
    ]
}

#[derive(Debug, Clone)]
pub(super) struct MetricRaw {
    pub(super) kind: MetricKind,
    pub(super) unit: Index,
    pub(super) value: ValueRaw,
    pub(super) subject: Index,
    pub(super) qualifier: Option<Qualifier>,
    pub(super) period: Option<Period>,
    pub(super) has_id: bool,
    pub(super) unit_label: Index,
    pub(super) shape: ShapeRaw,
    pub(super) rank: (u16, bool, bool),
}

pub(super) fn metric_raw(window: Window) -> impl Strategy<Value = MetricRaw> {
    (
        (
            codelist::<MetricKind>(),
            any::<Index>(),
            value_raw(),
            any::<Index>(),
        ),
        (
            option::weighted(0.15, codelist::<Qualifier>()),
            option::weighted(0.3, period_in(window)),
            prop::bool::weighted(0.3),
            any::<Index>(),
        ),
        shape_raw(),
        (0..500u16, any::<bool>(), any::<bool>()),
    )
        .prop_map(
            |(
                (kind, unit, value, subject),
                (qualifier, period, has_id, unit_label),
                shape,
                rank,
            )| {
                MetricRaw {
                    kind,
                    unit,
                    value,
                    subject,
                    qualifier,
                    period,
                    has_id,
                    unit_label,
                    shape,
                    rank,
                }
            },
        )
}

pub(super) fn subject_for(kind: MetricKind, unit: Unit, index: &Index) -> String {
    let list = match (kind, unit.dimension()) {
        (MetricKind::YearOnYearGrowth | MetricKind::ChangeOnPreviousYear, _) => SUBJECTS_GROWTH,
        (MetricKind::Other, _) => SUBJECTS_OTHER,
        (_, Dimension::People | Dimension::Things) => SUBJECTS_COUNT,
        (_, Dimension::Money) => SUBJECTS_AMOUNT,
        (_, Dimension::Ratio) => SUBJECTS_RATE,
        (_, Dimension::Area) => SUBJECTS_AREA,
        (_, Dimension::Age) => SUBJECTS_AGE,
        (_, Dimension::Duration) => SUBJECTS_DURATION,
        (_, Dimension::Position) => SUBJECTS_RANK,
        _ => SUBJECTS_OTHER,
    };
    pick(index, list).to_owned()
}

pub(super) fn plain_metric(
    kind: MetricKind,
    subject: String,
    value: Decimal,
    unit: Unit,
) -> Metric {
    Metric {
        source: None,
        id: None,
        kind,
        subject,
        value,
        unit,
        unit_label: None,
        qualifier: None,
        period: None,
        rank: None,
        parts: Vec::new(),
        of_which: Vec::new(),
        progress: None,
        wording: None,
    }
}

pub(super) fn build_metric(raw: MetricRaw) -> Metric {
    let kind = raw.kind;
    let units: Vec<Unit> = Unit::ALL
        .iter()
        .copied()
        .filter(|u| kind.allowed_dimensions().contains(&u.dimension()))
        .collect();
    let unit = units
        .get(raw.unit.index(units.len().max(1)))
        .copied()
        .unwrap_or(Unit::Item);
    let spec = value_spec(kind, unit);
    let breaks_down = matches!(
        kind,
        MetricKind::Count | MetricKind::Amount | MetricKind::Area
    );
    let shape = if breaks_down {
        raw.shape
    } else {
        ShapeRaw::Plain
    };

    let (mantissa, scale, parts) = match &shape {
        ShapeRaw::Parts(parts) => {
            let (_, scale) = value_of(spec, &raw.value, None);
            let parts: Vec<(String, i128)> = parts
                .iter()
                .map(|(subject, value)| (subject.clone(), value_of(spec, value, Some(scale)).0))
                .collect();
            (parts.iter().map(|(_, m)| m).sum(), scale, parts)
        }
        _ => {
            let (mantissa, scale) = value_of(spec, &raw.value, None);
            (mantissa, scale, Vec::new())
        }
    };

    let mut metric = plain_metric(
        kind,
        subject_for(kind, unit, &raw.subject),
        decimal_of(mantissa, scale),
        unit,
    );
    metric.id = raw.has_id.then(|| positional("x"));
    metric.period = raw.period;
    metric.unit_label = match unit {
        Unit::Other => Some(pick(&raw.unit_label, OTHER_UNIT_LABELS).to_owned()),
        Unit::EstablishmentTime if raw.value.negative => Some("家(次)".to_owned()),
        _ => None,
    };
    if kind == MetricKind::Other {
        metric.wording = Some(format!("{}{}", metric.subject, metric.value));
    }
    match shape {
        ShapeRaw::Plain => metric.qualifier = raw.qualifier,
        ShapeRaw::Parts(_) => {
            metric.parts = parts
                .into_iter()
                .map(|(subject, m)| plain_metric(kind, subject, decimal_of(m, scale), unit))
                .collect();
        }
        ShapeRaw::OfWhich(of_which) => {
            metric.of_which = of_which
                .into_iter()
                .map(|(subject, permille)| {
                    let m = mantissa * i128::from(permille) / 1000;
                    plain_metric(kind, subject, decimal_of(m, scale), unit)
                })
                .collect();
        }
        ShapeRaw::Progress {
            resolved,
            remaining_stated,
        } => {
            let resolved = mantissa * i128::from(resolved) / 1000;
            metric.progress = Some(Progress {
                resolved: decimal_of(resolved, scale),
                remaining: remaining_stated.then(|| decimal_of(mantissa - resolved, scale)),
            });
        }
    }
    if kind == MetricKind::Rank {
        let (extra, from_bottom, among) = raw.rank;
        let out_of = mantissa + i128::from(extra);
        metric.rank = Some(Rank {
            out_of: Some(decimal_of(out_of, 0)),
            out_of_unit: Some(if among {
                Unit::Establishment
            } else {
                Unit::Piece
            }),
            from_bottom,
            among: among.then(|| "全省国家高新区".to_owned()),
        });
        if from_bottom && mantissa == 1 {
            metric.wording = Some("末位".to_owned());
        } else if from_bottom {
            metric.wording = Some(format!(
                "倒数第{}",
                zh_numeral(u32::try_from(mantissa).unwrap_or(1))
            ));
        }
        // `位列前三`: a rank is exact or an upper bound.
        metric.qualifier = raw.qualifier.filter(|q| *q == Qualifier::AtMost);
    }
    metric
}

pub(super) fn metric_in(window: Window) -> impl Strategy<Value = Metric> {
    metric_raw(window).prop_map(build_metric)
}

/// A figure of any kind, with a unit that fits the kind ([`MetricKind::allowed_dimensions`]),
/// whole non-negative counts, and consistent breakdowns: `parts` that add up exactly,
/// `of_which` parts within the total, `progress` with resolved + remaining = total, ranks
/// within `out_of`. A metric with an id has `x` as its id;
/// [`inspection_with`](super::inspection_with) derives ids from position.
///
/// # Examples
///
/// ```
/// use inspection_report::Decimal;
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(metric in strategy::metric())| {
///     if !metric.parts.is_empty() {
///         let sum: rust_decimal::Decimal = metric.parts.iter().map(|p| p.value.value()).sum();
///         prop_assert_eq!(sum, metric.value.value());
///     }
/// });
/// ```
pub fn metric() -> impl Strategy<Value = Metric> {
    metric_in(Window::default_window()).prop_map(|mut metric| {
        assign_metric_ids(&mut metric, "x");
        metric
    })
}
