//! R5xx: dispositions — whole counts, included counts within the count, units that fit.

use super::exact::Fixed;
use crate::codelist::Codelist;
use crate::unit::Dimension;
use crate::validate::catalog::{R411, R501, R502, R503, R504, R505, R506, R507, R508, R509};
use crate::validate::context::Ctx;
use crate::{Decimal, Disposition};

fn whole(value: Decimal) -> bool {
    value.is_integer() && !value.is_negative()
}

/// Checks one disposition.
pub(crate) fn disposition(ctx: &mut Ctx, disposition: &Disposition) {
    let count = disposition.count;
    if let Some(count) = count
        && !whole(count)
    {
        ctx.report(&R501, "count", &[("value", count.to_string())]);
    }

    match (count, disposition.unit) {
        (Some(count), None) => ctx.report(&R505, "count", &[("value", count.to_string())]),
        (None, Some(unit)) => ctx.report(
            &R507,
            "unit",
            &[
                ("unit", unit.code().to_owned()),
                ("unit_zh", unit.label_zh().to_owned()),
            ],
        ),
        _ => {}
    }

    if let Some(unit) = disposition.unit {
        let unit_params = |kind: crate::DispositionKind| {
            [
                ("kind", kind.code().to_owned()),
                ("kind_zh", kind.label_zh().to_owned()),
                ("unit", unit.code().to_owned()),
                ("unit_zh", unit.label_zh().to_owned()),
            ]
        };
        if !disposition.kind.allowed_units().contains(&unit) {
            ctx.report(&R504, "unit", &unit_params(disposition.kind));
        }
        ctx.at("including", |ctx| {
            for (i, included) in disposition.including.iter().enumerate() {
                if !included.kind.allowed_units().contains(&unit) {
                    ctx.report(&R504, &format!("{i}/kind"), &unit_params(included.kind));
                }
            }
        });
    }

    let mut parts = Vec::new();
    let mut any_exceeds = false;
    let mut any_count = false;
    ctx.at("including", |ctx| {
        for (i, included) in disposition.including.iter().enumerate() {
            let Some(part) = included.count else { continue };
            any_count = true;
            let field = format!("{i}/count");
            if !whole(part) {
                ctx.report(&R501, &field, &[("value", part.to_string())]);
            }
            if let Some(count) = count
                && part.value() > count.value()
            {
                any_exceeds = true;
                ctx.report(
                    &R502,
                    &field,
                    &[("part", part.to_string()), ("count", count.to_string())],
                );
            }
            parts.push(Fixed::plain(part));
        }
    });
    if let Some(count) = count
        && any_count
        && !any_exceeds
    {
        match (Fixed::sum(parts), Fixed::plain(count)) {
            (Some(sum), Some(total)) if sum > total => ctx.report(
                &R503,
                "count",
                &[("sum", sum.show_plain()), ("count", count.to_string())],
            ),
            (Some(_), Some(_)) => {}
            _ => ctx.report(
                &R411,
                "including",
                &[
                    ("field", "including".to_owned()),
                    ("field_zh", "其中各项".to_owned()),
                ],
            ),
        }
    }

    must_add_up(ctx, disposition);

    if let Some(amount) = &disposition.amount
        && amount.unit.dimension() != Dimension::Money
    {
        ctx.report(
            &R506,
            "amount/unit",
            &[
                ("unit", amount.unit.code().to_owned()),
                ("unit_zh", amount.unit.label_zh().to_owned()),
            ],
        );
    }
}

/// R508 and R509: parts that must add up to the count, in its unit.
fn must_add_up(ctx: &mut Ctx, disposition: &Disposition) {
    if disposition.parts.is_empty() {
        return;
    }
    let mut same_unit = true;
    if let Some(total_unit) = disposition.unit {
        ctx.at("parts", |ctx| {
            for (i, part) in disposition.parts.iter().enumerate() {
                if let Some(unit) = part.unit
                    && unit != total_unit
                {
                    same_unit = false;
                    ctx.report(
                        &R509,
                        &format!("{i}/unit"),
                        &[
                            ("unit", unit.code().to_owned()),
                            ("unit_zh", unit.label_zh().to_owned()),
                            ("total_unit", total_unit.code().to_owned()),
                            ("total_unit_zh", total_unit.label_zh().to_owned()),
                        ],
                    );
                }
            }
        });
    }
    let Some(count) = disposition.count else {
        return;
    };
    let counts: Option<Vec<Decimal>> = disposition.parts.iter().map(|p| p.count).collect();
    let Some(counts) = counts else { return };
    if !same_unit {
        return;
    }
    match (
        Fixed::sum(counts.into_iter().map(Fixed::plain)),
        Fixed::plain(count),
    ) {
        (Some(sum), Some(total)) if sum != total => ctx.report(
            &R508,
            "count",
            &[("sum", sum.show_plain()), ("count", count.to_string())],
        ),
        (Some(_), Some(_)) => {}
        _ => ctx.report(
            &R411,
            "parts",
            &[
                ("field", "parts".to_owned()),
                ("field_zh", "各分项".to_owned()),
            ],
        ),
    }
}
