//! The report level: title, stage, preamble and legal basis, and the parts the other files
//! build (round, summary, sections, contact, issuer, date, the front and the page).

use inspection_report::{Inspection, LanguageTag, ReportStage};

use super::{Ctx, NOT_STATED, body, figures, front, round, status, summary, tail};
use crate::structure::{FactKind, NodeKind};
use crate::{Span, Status};

/// Builds the whole report.
pub(crate) fn build(ctx: &mut Ctx<'_>) -> Inspection {
    let a = ctx.a;
    // A title may run over several lines (several title nodes in a row): one title.
    let titles: Vec<&crate::structure::Node> = a
        .outline
        .nodes
        .iter()
        .skip_while(|n| n.kind != NodeKind::Title)
        .take_while(|n| n.kind == NodeKind::Title)
        .collect();
    let title = match titles.first().zip(titles.last()) {
        Some((first, last)) => {
            ctx.source("/title", first.content.cover(last.content), Status::Read);
            let mut title = String::new();
            for n in &titles {
                ctx.place_own(n);
                title.push_str(&ctx.text(n.content_at));
            }
            title
        }
        None => match a.text.source_line.as_ref().and_then(|l| l.title.as_ref()) {
            // The page's title on the source line.
            Some((title, span)) if ctx.options.metadata => {
                ctx.source("/title", *span, Status::Read);
                crate::text::normalize(title).text
            }
            _ => {
                let at = Span::new(0, 0);
                ctx.diag(
                    "missing_title",
                    at,
                    Some("/title".to_owned()),
                    "the text has no title line: the title is left empty".to_owned(),
                );
                NOT_STATED.to_owned()
            }
        },
    };
    let delivery = front::delivery(ctx);
    let round = round::round(ctx, &title, delivery.as_ref());
    let preamble = preamble(ctx);
    let legal_basis = match a.outline.fact(FactKind::LegalBasis) {
        Some(f) => figures::documents(ctx, f.at, "/legal_basis", "basis-"),
        None => Vec::new(),
    };
    let mut summary = summary::summary(ctx);
    let (mut sections, next_steps) = body::sections(ctx);
    let listed: usize = sections.iter().map(|s| s.iter_findings().count()).sum();
    if let Some(s) = summary.as_mut() {
        status::settle_listing(ctx, s, listed, "/summary");
    }
    for (i, section) in sections.iter_mut().enumerate() {
        status::settle_sections(ctx, section, &format!("/sections/{i}"));
    }
    let contact = tail::contact(ctx);
    let issuer = tail::issuer(ctx, &title, delivery.as_ref());
    let published = tail::published(ctx);
    let salutation = front::salutation(ctx);
    let genre = front::genre(&title, delivery.as_ref());
    let publication = front::publication(ctx);
    for node in &a.outline.nodes {
        if matches!(node.kind, NodeKind::Paragraph) {
            ctx.diag(
                "unplaced_node",
                node.span,
                None,
                format!("a {:?} has no place in the model", node.kind),
            );
        }
    }
    // `…整改进展情况的通报`, or a front paragraph that says so (`现将整改进展情况向社会公开`).
    let progress_said = a
        .outline
        .fact(FactKind::Stage)
        .is_some_and(|f| f.code == Some("progress"))
        || a.outline
            .nodes
            .iter()
            .filter(|n| matches!(n.kind, NodeKind::Preamble | NodeKind::Summary))
            .any(|n| a.text.get(n.at).contains("整改进展情况"));
    let stage = if title.contains("进展") || progress_said {
        ReportStage::Progress
    } else {
        ReportStage::Final
    };
    Inspection {
        id: None,
        title,
        language: zh_cn(),
        stage,
        genre,
        genre_label: None,
        addressees: Vec::new(),
        salutation,
        delivery,
        round,
        preamble,
        legal_basis,
        legal_basis_wording: None,
        summary,
        sections,
        next_steps,
        contact,
        issuer,
        published,
        publicity: None,
        publication,
    }
}

/// The preamble paragraphs, joined by line breaks.
fn preamble(ctx: &mut Ctx<'_>) -> Option<String> {
    let nodes: Vec<_> = ctx
        .a
        .outline
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Preamble)
        .collect();
    let span = nodes.iter().map(|n| n.span).reduce(Span::cover)?;
    ctx.source("/preamble", span, Status::Read);
    for n in &nodes {
        for node in n.walk() {
            ctx.place_own(node);
        }
    }
    let texts: Vec<String> = nodes.iter().map(|n| ctx.text(n.content_at)).collect();
    Some(texts.join("\n"))
}

/// The language of the notices read: `zh-CN`.
#[allow(clippy::expect_used)]
fn zh_cn() -> LanguageTag {
    // A constant that matches the tag pattern: not an input path.
    LanguageTag::new("zh-CN").expect("`zh-CN` is a language tag")
}
