//! The report level: title, round, preamble, legal basis, summary, contact, issuer and date.

use inspection_report::codelist::Codelist;
use inspection_report::{
    Contact, Decimal, Delivery, Inspection, InspectionFamily, InspectionKind, InspectionRound,
    LanguageTag, Organization, PartialDate, Quantity, Rectification, ReportStage, Summary, Unit,
};

use super::{Ctx, NOT_STATED, body, dates, figures, front, status, unknown_date};
use crate::contact::ContactKind;
use crate::structure::{FactKind, NodeKind};
use crate::{Span, Status};

/// Builds the whole report.
pub(crate) fn build(ctx: &mut Ctx<'_>) -> Inspection {
    let a = ctx.a;
    let title = match a.outline.nodes.iter().find(|n| n.kind == NodeKind::Title) {
        Some(n) => {
            ctx.source("/title", n.content, Status::Read);
            ctx.place_own(n);
            ctx.text(n.content_at)
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
    let round = round(ctx, &title, delivery.as_ref());
    let preamble = preamble(ctx);
    let legal_basis = match a.outline.fact(FactKind::LegalBasis) {
        Some(f) => figures::documents(ctx, f.at, "/legal_basis", "basis-"),
        None => Vec::new(),
    };
    let summary = summary(ctx);
    let (sections, next_steps) = body::sections(ctx);
    let contact = contact(ctx);
    let issuer = issuer(ctx, &title);
    let published = published(ctx);
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

/// An organization named by a fact, or the empty marker with a diagnostic.
fn organization(ctx: &mut Ctx<'_>, kind: FactKind, pointer: &str, what: &str) -> Organization {
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
                return o;
            }
            ctx.sources.insert(pointer, f.span, Status::Read);
            ctx.sources
                .insert(format!("{pointer}/name"), f.span, Status::Read);
            Organization::named(f.text.clone())
        }
        None => {
            let end = ctx.end();
            ctx.diag(
                match kind {
                    FactKind::CommissioningAuthority => "missing_commissioning_authority",
                    _ => "missing_team",
                },
                end,
                Some(format!("{pointer}/name")),
                format!("the text does not name the {what}: the name is left empty"),
            );
            Organization::named(NOT_STATED)
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
        let family = if text.contains("巡视") {
            InspectionFamily::PartyInspectionTour
        } else if text.contains("巡察") {
            InspectionFamily::PartyInspection
        } else if text.contains("督察") && (text.contains("生态") || text.contains("环境")) {
            InspectionFamily::EnvironmentalInspection
        } else if text.contains("审计") {
            InspectionFamily::Audit
        } else {
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
fn round(ctx: &mut Ctx<'_>, title: &str, delivery: Option<&Delivery>) -> InspectionRound {
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
        });
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
            o.clone()
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
    let feedback_date = date_fact(ctx, FactKind::FeedbackDate).and_then(|(_, m)| {
        ctx.sources.insert("/round/feedback_date", m.span, m.status);
        dates::point(m)
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
        feedback_as_written: None,
        rectification,
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

/// The summary paragraphs and their figures, with the figures and dispositions of the
/// preamble that no fact of the round took (`区委组建4个巡察组对…等4家单位开展常规巡察`,
/// `对…交办的第十六批5件信访举报件进行调查处理,其中,已办结1件…`); counts by status as
/// `findings_total` and `by_status`; a later paragraph that counts over earlier batches too
/// (`截至6月17日,全区已对1-11批395件信访件…`) as the `cumulative` summary.
fn summary(ctx: &mut Ctx<'_>) -> Option<Summary> {
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
            summary.findings_total = Some(b.total);
            summary.by_status = b.entries;
            summary.completion_rate = b.completion_rate;
            summary.batches = b.batches;
            summary.as_of = b.as_of;
        }
        summary
    }
}

/// The invitation and its contacts; without an invitation block, the contacts of the
/// paragraphs outside sections (`专门值班电话:0551—62651086,专门邮政信箱:…`).
fn contact(ctx: &mut Ctx<'_>) -> Option<Contact> {
    let a = ctx.a;
    let Some(node) = a
        .outline
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::Invitation)
    else {
        return loose_contacts(ctx);
    };
    ctx.source("/contact", node.span, Status::Read);
    ctx.source("/contact/invitation", node.content, Status::Read);
    ctx.place_own(node);
    let mut contact = Contact {
        invitation: Some(ctx.text(node.content_at)).filter(|s| !s.is_empty()),
        phones: Vec::new(),
        emails: Vec::new(),
        address: None,
        postal_code: None,
    };
    for child in node.children.iter().filter(|c| c.kind == NodeKind::Contact) {
        let Some(c) = a.contacts.iter().find(|c| c.span.overlaps(child.span)) else {
            continue;
        };
        let Some(pointer) = place(&mut contact, c) else {
            ctx.diag(
                "unplaced_contact",
                c.span,
                Some("/contact".to_owned()),
                format!("contact `{}` has no place in the model", c.value),
            );
            continue;
        };
        ctx.source(&pointer, c.span, Status::Read);
        ctx.place_own(child);
    }
    Some(contact)
}

/// Puts a contact the layer read into `contact`: its pointer there, or `None` when the model
/// has no place for it (a second address, a mailbox).
fn place(contact: &mut Contact, c: &crate::contact::Contact) -> Option<String> {
    Some(match c.kind {
        ContactKind::Phone | ContactKind::Mobile => {
            contact.phones.push(c.value.clone());
            format!("/contact/phones/{}", contact.phones.len() - 1)
        }
        ContactKind::Email => {
            contact.emails.push(c.value.clone());
            format!("/contact/emails/{}", contact.emails.len() - 1)
        }
        ContactKind::Address if contact.address.is_none() => {
            contact.address = Some(c.value.clone());
            "/contact/address".to_owned()
        }
        ContactKind::PostalCode if contact.postal_code.is_none() => {
            contact.postal_code = Some(c.value.clone());
            "/contact/postal_code".to_owned()
        }
        _ => return None,
    })
}

/// The contacts of paragraphs outside sections, findings and measures, when the text has no
/// invitation block; `None` when there are none.
fn loose_contacts(ctx: &mut Ctx<'_>) -> Option<Contact> {
    let a = ctx.a;
    let mut contact = Contact {
        invitation: None,
        phones: Vec::new(),
        emails: Vec::new(),
        address: None,
        postal_code: None,
    };
    let mut span: Option<Span> = None;
    for c in &a.contacts {
        let outside = a.outline.nodes.iter().any(|n| {
            matches!(n.kind, NodeKind::Summary | NodeKind::Paragraph) && n.span.contains(c.span)
        });
        if !outside {
            continue;
        }
        let Some(pointer) = place(&mut contact, c) else {
            continue;
        };
        ctx.source(&pointer, c.span, Status::Read);
        span = Some(span.map_or(c.span, |s| s.cover(c.span)));
    }
    ctx.source("/contact", span?, Status::Read);
    Some(contact)
}

/// The issuer at the end, else the page's `发布机构` or the source line's publisher, else the
/// organization the title opens with (`中共新昌县委关于…的通报`), else the empty marker.
fn issuer(ctx: &mut Ctx<'_>, title: &str) -> Organization {
    let a = ctx.a;
    if let Some(n) = a.outline.nodes.iter().find(|n| n.kind == NodeKind::Issuer) {
        ctx.source("/issuer", n.content, Status::Read);
        ctx.source("/issuer/name", n.content, Status::Read);
        ctx.place_own(n);
        return Organization::named(ctx.text(n.content_at));
    }
    if ctx.options.metadata
        && let Some(m) = a.text.metadata.iter().find(|m| m.key.contains("发布机构"))
    {
        ctx.sources
            .insert("/issuer/name", m.value_span, Status::Read);
        return Organization::named(m.value.clone());
    }
    if ctx.options.metadata
        && let Some((name, span)) = a
            .text
            .source_line
            .as_ref()
            .and_then(|l| l.publisher.as_ref())
    {
        ctx.sources.insert("/issuer/name", *span, Status::Read);
        return Organization::named(name.clone());
    }
    // Where the name is in the original title: up to its `关于`.
    let in_original = |s: super::Source| {
        let written = a.text.original.get(s.start..s.end)?;
        Some(Span::new(s.start, s.start + written.find("关于")?))
    };
    if let Some(name) = issuer_in_title(title)
        && let Some(span) = ctx.sources.get("/title").and_then(in_original)
    {
        ctx.diag(
            "issuer_from_title",
            span,
            Some("/issuer/name".to_owned()),
            format!("the text ends before its issuer: `{name}`, which the title opens with"),
        );
        ctx.sources.insert("/issuer/name", span, Status::Derived);
        return Organization::named(name);
    }
    let end = ctx.end();
    ctx.diag(
        "missing_issuer",
        end,
        Some("/issuer/name".to_owned()),
        "the text does not name its issuer: the name is left empty".to_owned(),
    );
    Organization::named(NOT_STATED)
}

/// Endings of an organization's name (`中共新昌县委`, `区文旅体局党组`, `市人民政府`).
const ORGANIZATION_ENDINGS: [&str; 12] = [
    "委",
    "党组",
    "党委",
    "政府",
    "委员会",
    "局",
    "厅",
    "公司",
    "集团",
    "院",
    "中心",
    "办公室",
];

/// The organization a title opens with, before `关于` (`中共新昌县委关于…的通报` → 中共新昌县委).
fn issuer_in_title(title: &str) -> Option<String> {
    let (name, _) = title.split_once("关于")?;
    let name = name.trim();
    let plausible = name.chars().count() <= 40
        && (name.starts_with("中共") || ORGANIZATION_ENDINGS.iter().any(|e| name.ends_with(e)));
    plausible.then(|| name.to_owned())
}

/// The date at the end, else the date given in the options, else the page's date, else
/// the marker date.
fn published(ctx: &mut Ctx<'_>) -> PartialDate {
    let a = ctx.a;
    if let Some(n) = a
        .outline
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::IssueDate)
    {
        let found = a
            .dates
            .iter()
            .enumerate()
            .find(|(_, d)| n.at.start <= d.at.start && d.at.end <= n.at.end);
        if let Some((i, d)) = found
            && let Some(date) = dates::point(d)
        {
            if let Some(u) = ctx.date_used.get_mut(i) {
                *u = true;
            }
            ctx.source("/published", d.span, d.status);
            ctx.place_own(n);
            return date;
        }
    }
    if let Some(date) = ctx.options.published {
        let end = ctx.end();
        ctx.diag(
            "published_from_options",
            end,
            Some("/published".to_owned()),
            "the text ends without a date: the publication date given in the options is used"
                .to_owned(),
        );
        return date;
    }
    if ctx.options.metadata {
        for m in &a.text.metadata {
            if !["发布日期", "成文日期", "信息时间", "发布时间"]
                .iter()
                .any(|k| m.key.contains(k))
            {
                continue;
            }
            if let Some(date) = front::iso_date(&m.value) {
                ctx.sources.insert("/published", m.value_span, Status::Read);
                return date;
            }
        }
        if let Some((value, span)) = a.text.source_line.as_ref().and_then(|l| l.date.as_ref())
            && let Some(date) = front::iso_date(value)
        {
            ctx.sources.insert("/published", *span, Status::Read);
            return date;
        }
    }
    let end = ctx.end();
    ctx.diag(
        "missing_published",
        end,
        Some("/published".to_owned()),
        "the text states no publication date: the marker date 0000 is used".to_owned(),
    );
    unknown_date()
}

/// The language of the notices read: `zh-CN`.
#[allow(clippy::expect_used)]
fn zh_cn() -> LanguageTag {
    // A constant that matches the tag pattern: not an input path.
    LanguageTag::new("zh-CN").expect("`zh-CN` is a language tag")
}
