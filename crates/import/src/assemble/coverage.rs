//! What body text no element uses.

use super::Ctx;
use crate::Span;

/// The spans of the original input outside web page chrome and outside every placed span,
/// whitespace-only stretches left out, in order.
pub(crate) fn unplaced(ctx: &Ctx<'_>) -> Vec<Span> {
    let text = ctx.a.text.original.as_str();
    let mut covered: Vec<Span> = ctx
        .placed
        .iter()
        .chain(ctx.a.text.chrome.iter())
        .copied()
        .filter(|s| !s.is_empty())
        .collect();
    covered.sort();
    let mut out = Vec::new();
    let mut at = 0;
    let push = |from: usize, to: usize, out: &mut Vec<Span>| {
        if to <= from {
            return;
        }
        let Some(gap) = text.get(from..to) else {
            return;
        };
        let lead = gap.len() - gap.trim_start().len();
        let trail = gap.len() - gap.trim_end().len();
        if gap.trim().is_empty() {
            return;
        }
        out.push(Span::new(from + lead, to - trail));
    };
    for span in covered {
        if span.start > at {
            push(at, span.start, &mut out);
        }
        at = at.max(span.end);
    }
    push(at, text.len(), &mut out);
    out
}
