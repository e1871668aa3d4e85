//! The inspection round: its family, kind, commissioning authority, team, inspected
//! organizations, dates and rectification period, from the preamble's facts.

use inspection_report::codelist::Codelist;
use inspection_report::date::{DateAsWritten, DatePart};
use inspection_report::{
    Decimal, Delivery, InspectionFamily, InspectionKind, InspectionRound, Organization,
    PartialDate, Quantity, Rectification, Unit,
};

use super::{Ctx, dates};
use crate::date::{DateKind, DateMention, DateValue};
use crate::structure::{FactKind, NodeKind, family_word};
use crate::{Span, Status};

/// The feedback date of a mention: a point's date; for a range of feedback meetings
/// (`3月6日至3月24日,市委各巡察组分别向被巡察党组织反馈了巡察情况`), its first day, when the
/// feedback began, with the range as written (and its year inferred when it has none).
fn feedback(m: &DateMention) -> (Option<PartialDate>, Option<DateAsWritten>) {
    match (m.kind, m.value) {
        (DateKind::Range, DateValue::Period { start, .. }) => (
            start.and_then(dates::partial),
            Some(
                DateAsWritten::builder()
                    .wording(m.written.clone())
                    .inferred(if m.written.contains('年') {
                        Vec::new()
                    } else {
                        vec![DatePart::Year]
                    })
                    .build(),
            ),
        ),
        _ => (dates::point(m), None),
    }
}

/// The short name defined right after a name (`(以下简称“中央督察组”)`), with its span
/// (normalized).
fn short_name(text: &str, at: usize) -> Option<(String, Span)> {
    let rest = crate::grammar::ahead(text, at, 120);
    let inner = rest.strip_prefix('(')?;
    let inner = inner
        .strip_prefix("以下简称")
        .or_else(|| inner.strip_prefix("下称"))
        .or_else(|| inner.strip_prefix("简称"))?;
    let quoted = inner.strip_prefix(['“', '"'])?;
    let end = quoted.find(['”', '"'])?;
    let name = quoted.get(..end)?;
    let start = at + (rest.len() - quoted.len());
    (!name.is_empty()).then(|| (name.to_owned(), Span::new(start, start + name.len())))
}

/// An organization named by a fact; `None`, with a diagnostic, when the text names none.
fn organization(
    ctx: &mut Ctx<'_>,
    kind: FactKind,
    pointer: &str,
    what: &str,
) -> Option<Organization> {
    match ctx.a.outline.fact(kind) {
        Some(f) => {
            // `中央第二生态环境保护督察组(以下简称“中央督察组”)`: the short name the text uses,
            // and the full one.
            if let Some((short, at)) = short_name(ctx.a.text.text.as_str(), f.at.end) {
                let short_span = ctx.a.text.original(at);
                ctx.sources
                    .insert(pointer, f.span.cover(short_span), Status::Read);
                ctx.sources
                    .insert(format!("{pointer}/name"), short_span, Status::Read);
                ctx.sources
                    .insert(format!("{pointer}/full_name"), f.span, Status::Read);
                let mut o = Organization::named(short);
                o.full_name = Some(f.text.clone());
                return Some(o);
            }
            ctx.sources.insert(pointer, f.span, Status::Read);
            ctx.sources
                .insert(format!("{pointer}/name"), f.span, Status::Read);
            Some(Organization::named(f.text.clone()))
        }
        None => {
            let end = ctx.end();
            ctx.diag(
                match kind {
                    FactKind::CommissioningAuthority => "missing_commissioning_authority",
                    _ => "missing_team",
                },
                end,
                Some(pointer.to_owned()),
                format!("the text does not name the {what} (left out)"),
            );
            None
        }
    }
}

/// The family of the inspection, from the words of the team, title or preamble.
fn family(ctx: &mut Ctx<'_>, title: &str) -> InspectionFamily {
    let a = ctx.a;
    let mut places: Vec<(String, Span)> = Vec::new();
    if let Some(f) = a.outline.fact(FactKind::Team) {
        places.push((f.text.clone(), f.span));
    }
    if let Some(n) = a.outline.nodes.iter().find(|n| n.kind == NodeKind::Title) {
        places.push((title.to_owned(), n.content));
    } else if let Some(source) = ctx.sources.get("/title") {
        // The title of the source line.
        places.push((title.to_owned(), Span::new(source.start, source.end)));
    }
    for n in a
        .outline
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Preamble)
    {
        places.push((ctx.text(n.content_at), n.content));
    }
    for (text, span) in places {
        // The earliest family word; a bare `督察` names an environmental inspection only with
        // `生态` or `环境` at the same place.
        let Some((at, code)) = family_word(&text) else {
            continue;
        };
        let bare = text.get(at.range()) == Some("督察");
        let Some(family) = InspectionFamily::from_code(code)
            .filter(|_| !bare || text.contains("生态") || text.contains("环境"))
        else {
            continue;
        };
        ctx.sources.insert("/round/family", span, Status::Derived);
        return family;
    }
    // The words the outline found anywhere in the front and summary paragraphs
    // (`中央第三生态环境保护督察组…`).
    if let Some(f) = a.outline.fact(FactKind::Family)
        && let Some(family) = f.code.and_then(InspectionFamily::from_code)
    {
        ctx.sources.insert("/round/family", f.span, Status::Derived);
        return family;
    }
    ctx.diag(
        "missing_family",
        Span::new(0, 0),
        Some("/round/family".to_owned()),
        "no word names the kind of inspection (巡视, 巡察, 审计, 督察): `other`".to_owned(),
    );
    InspectionFamily::Other
}

/// The inspection round of the preamble facts.
pub(super) fn round(
    ctx: &mut Ctx<'_>,
    title: &str,
    delivery: Option<&Delivery>,
) -> InspectionRound {
    let a = ctx.a;
    let family = family(ctx, title);
    let kind = [
        ("常规", InspectionKind::Regular),
        ("专项", InspectionKind::Special),
        ("机动", InspectionKind::Mobile),
        ("回头看", InspectionKind::FollowUp),
    ]
    .iter()
    .find(|(w, _)| title.contains(w))
    .map(|(_, k)| *k)
    // The preamble's words (`开展了专项巡察`).
    .or_else(|| {
        a.outline
            .fact(FactKind::RoundKind)
            .and_then(|f| f.code)
            .and_then(InspectionKind::from_code)
    });
    // Optional in the model: a batch report often names the team only.
    let commissioned_by = a
        .outline
        .fact(FactKind::CommissioningAuthority)
        .is_some()
        .then(|| {
            organization(
                ctx,
                FactKind::CommissioningAuthority,
                "/round/commissioned_by",
                "commissioning authority",
            )
        })
        .flatten();
    // An audit report to the people's congress is made on the government's behalf
    // (`我受市人民政府委托`): the government commissioned the audit.
    let commissioned_by = commissioned_by.or_else(|| {
        let on_behalf = delivery.and_then(|d| d.on_behalf_of.clone());
        let source = ctx.sources.get("/delivery/on_behalf_of");
        match (family, on_behalf, source) {
            (InspectionFamily::Audit, Some(o), Some(s)) => {
                ctx.sources.insert(
                    "/round/commissioned_by",
                    Span::new(s.start, s.end),
                    Status::Derived,
                );
                Some(o)
            }
            _ => None,
        }
    });
    if commissioned_by.is_none() {
        let end = ctx.end();
        ctx.diag(
            "missing_commissioning_authority",
            end,
            Some("/round/commissioned_by".to_owned()),
            "the text does not name the commissioning authority (left out)".to_owned(),
        );
    }
    // An audit report names no team: the audit office that speaks or publishes is it.
    let auditor = delivery
        .and_then(|d| d.speaker.as_ref())
        .and_then(|s| s.organization.as_ref())
        .filter(|o| family == InspectionFamily::Audit && o.name.contains("审计"));
    let team = match auditor {
        Some(o) if a.outline.fact(FactKind::Team).is_none() => {
            if let Some(span) = ctx
                .sources
                .get("/delivery/speaker")
                .map(|s| Span::new(s.start, s.end))
            {
                ctx.sources.insert("/round/team", span, Status::Derived);
            }
            Some(o.clone())
        }
        _ => organization(ctx, FactKind::Team, "/round/team", "inspection team"),
    };
    let inspected: Vec<Organization> = a
        .outline
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::InspectedOrganization)
        .enumerate()
        .map(|(i, f)| {
            ctx.sources
                .insert(format!("/round/inspected/{i}"), f.span, Status::Read);
            Organization::named(f.text.clone())
        })
        .collect();
    if inspected.is_empty() {
        let end = ctx.end();
        ctx.diag(
            "missing_inspected",
            end,
            Some("/round/inspected".to_owned()),
            "the text does not name the inspected organization".to_owned(),
        );
    }
    let date_fact = |ctx: &mut Ctx<'_>, kind: FactKind| {
        let i = a.outline.fact(kind)?.index?;
        let m = a.dates.get(i)?;
        if let Some(u) = ctx.date_used.get_mut(i) {
            *u = true;
        }
        Some((i, m))
    };
    let on_site = date_fact(ctx, FactKind::OnSitePeriod).and_then(|(_, m)| {
        ctx.sources.insert("/round/on_site", m.span, m.status);
        dates::period(m)
    });
    let (feedback_date, feedback_as_written) =
        date_fact(ctx, FactKind::FeedbackDate).map_or((None, None), |(_, m)| {
            ctx.sources.insert("/round/feedback_date", m.span, m.status);
            feedback(m)
        });
    let stated_duration = a
        .outline
        .fact(FactKind::StatedDuration)
        .and_then(|f| f.index)
        .and_then(|i| {
            let fig = a.figures.get(i)?;
            if let Some(u) = ctx.figure_used.get_mut(i) {
                *u = true;
            }
            ctx.sources
                .insert("/round/rectification/stated_duration", fig.span, fig.status);
            Some(Quantity {
                value: Decimal::new(fig.value).ok()?,
                unit: Unit::from_code(fig.unit.code()).unwrap_or(Unit::Other),
                wording: Some(ctx.text(fig.at)),
            })
        });
    let label = a
        .outline
        .fact(FactKind::RectificationLabel)
        .map(|f| f.text.clone());
    let rectification = match date_fact(ctx, FactKind::RectificationPeriod)
        .and_then(|(_, m)| Some((m, dates::period(m)?)))
    {
        Some((m, period)) => {
            ctx.sources.insert("/round/rectification", m.span, m.status);
            ctx.sources
                .insert("/round/rectification/period", m.span, m.status);
            Some(Rectification {
                period,
                stated_duration,
                label,
            })
        }
        None => {
            if stated_duration.is_some() {
                let span = a
                    .outline
                    .fact(FactKind::StatedDuration)
                    .map_or_else(|| ctx.end(), |f| f.span);
                ctx.diag(
                    "duration_without_period",
                    span,
                    Some("/round/rectification".to_owned()),
                    "a rectification duration without its period has no place in the model"
                        .to_owned(),
                );
            }
            None
        }
    };
    InspectionRound {
        family,
        kind,
        kind_label: None,
        components: Vec::new(),
        identifier: None,
        commissioned_by,
        team,
        teams: Vec::new(),
        team_count: None,
        team_leaders: Vec::new(),
        inspected,
        inspected_count: None,
        audited_period: None,
        on_site,
        on_site_duration: None,
        feedback_date,
        feedback_as_written,
        rectification,
    }
}
