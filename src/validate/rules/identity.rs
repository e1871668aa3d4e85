//! R2xx: unique ids, resolvable references, numbers in sequence.

use crate::validate::catalog::{R201, R208, Rule};
use crate::validate::context::Ctx;
use crate::validate::ids::Target;

/// Records the id at `field` and reports it when it was used before (R201).
pub(crate) fn id<'a>(ctx: &mut Ctx<'a>, field: &str, id: &'a str) {
    id_of(ctx, field, id, Target::Other);
}

/// Records the id at `field` of a value references may name as `target`, and reports it when
/// it was used before (R201).
pub(crate) fn id_of<'a>(ctx: &mut Ctx<'a>, field: &str, id: &'a str, target: Target) {
    if let Some(first) = ctx.register_id(id, field, target) {
        let first = if first.is_empty() {
            "/".to_owned()
        } else {
            first
        };
        ctx.report(&R201, field, &[("id", id.to_owned()), ("first", first)]);
    }
}

/// Records an optional id.
pub(crate) fn optional_id<'a>(ctx: &mut Ctx<'a>, field: &str, value: Option<&'a str>) {
    if let Some(value) = value {
        id(ctx, field, value);
    }
}

/// Checks that the numbers of one group run 1, 2, 3 …: each number is expected to be one more
/// than the highest number before it.
pub(crate) struct Sequence {
    rule: &'static Rule,
    highest: u32,
}

impl Sequence {
    pub(crate) fn new(rule: &'static Rule) -> Self {
        Self { rule, highest: 0 }
    }

    /// Checks `number` at `field` of the current value, if there is one.
    pub(crate) fn next(&mut self, ctx: &mut Ctx, field: &str, number: Option<u32>) {
        let Some(found) = number else { return };
        let expected = self.highest.saturating_add(1);
        if found != expected {
            ctx.report(
                self.rule,
                field,
                &[
                    ("found", found.to_string()),
                    ("expected", expected.to_string()),
                ],
            );
        }
        self.highest = self.highest.max(found);
    }
}

/// Records a finding's references to other findings (R203) and reports one to itself (R208).
pub(crate) fn related<'a>(ctx: &mut Ctx<'a>, own: &str, related: &'a [crate::id::FindingId]) {
    ctx.at("related", |ctx| {
        for (i, other) in related.iter().enumerate() {
            if other.as_str() == own {
                ctx.report(&R208, &i.to_string(), &[("id", own.to_owned())]);
            }
            ctx.refer_to_finding(other.as_str(), i);
        }
    });
}
