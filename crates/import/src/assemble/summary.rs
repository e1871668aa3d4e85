//! The summary: the figures and dispositions of the summary paragraphs (and of the preamble,
//! when no fact of the round took them), counts by status and the cumulative summary.

use inspection_report::Summary;

use super::{Ctx, figures, status};
use crate::structure::NodeKind;
use crate::{Span, Status};

/// The summary paragraphs and their figures, with the figures and dispositions of the
/// preamble that no fact of the round took (`区委组建4个巡察组对…等4家单位开展常规巡察`,
/// `对…交办的第十六批5件信访举报件进行调查处理,其中,已办结1件…`); counts by status as
/// `findings_total` and `by_status`; a later paragraph that counts over earlier batches too
/// (`截至6月17日,全区已对1-11批395件信访件…`) as the `cumulative` summary.
pub(super) fn summary(ctx: &mut Ctx<'_>) -> Option<Summary> {
    let nodes: Vec<_> = ctx
        .a
        .outline
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Summary | NodeKind::Preamble))
        .collect();
    let mut main = SummaryParts::default();
    let mut cumulative = SummaryParts::default();
    for n in &nodes {
        let later = main.by_status.is_some() && status::is_cumulative(ctx.a.text.get(n.at));
        let (parts, base) = if later {
            (&mut cumulative, "/summary/cumulative")
        } else {
            (&mut main, "/summary")
        };
        let by_status = status::read(ctx, n.at, base);
        let mut more =
            figures::metrics_from(ctx, n.at, &format!("{base}/metrics"), parts.metrics.len());
        let mut found = figures::dispositions_from(
            ctx,
            n.at,
            &format!("{base}/dispositions"),
            parts.dispositions.len(),
        );
        if n.kind == NodeKind::Summary {
            parts.texts.push(ctx.text(n.at));
            for node in n.walk() {
                ctx.place_own(node);
            }
        } else if more.is_empty() && found.is_empty() && by_status.is_none() {
            continue;
        }
        parts.span = Some(parts.span.map_or(n.span, |s| s.cover(n.span)));
        parts.metrics.append(&mut more);
        parts.dispositions.append(&mut found);
        if parts.by_status.is_none() {
            parts.by_status = by_status;
        }
    }
    let cumulative = cumulative.span.map(|span| {
        ctx.sources
            .insert("/summary/cumulative", span, Status::Read);
        Box::new(cumulative.build())
    });
    ctx.sources.insert("/summary", main.span?, Status::Read);
    let mut summary = main.build();
    summary.cumulative = cumulative;
    Some(summary)
}

/// What the paragraphs of one summary gave.
#[derive(Default)]
struct SummaryParts {
    span: Option<Span>,
    metrics: Vec<inspection_report::Metric>,
    dispositions: Vec<inspection_report::Disposition>,
    texts: Vec<String>,
    by_status: Option<status::ByStatus>,
}

impl SummaryParts {
    fn build(self) -> Summary {
        let mut summary = Summary::builder()
            .metrics(self.metrics)
            .dispositions(self.dispositions)
            .maybe_text((!self.texts.is_empty()).then(|| self.texts.join("\n")))
            .build();
        if let Some(b) = self.by_status {
            b.apply(&mut summary);
        }
        summary
    }
}
