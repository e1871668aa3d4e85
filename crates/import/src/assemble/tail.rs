//! The end of a report: the invitation and contacts, the issuer and the publication date.

use inspection_report::{Contact, Delivery, Organization, PartialDate};

use super::{Ctx, NOT_STATED, dates};
use crate::contact::ContactKind;
use crate::structure::NodeKind;
use crate::{Span, Status};

/// The invitation and its contacts; without an invitation block, the contacts of the
/// paragraphs outside sections (`专门值班电话:0551—62651086,专门邮政信箱:…`).
pub(super) fn contact(ctx: &mut Ctx<'_>) -> Option<Contact> {
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
/// organization of a speech's speaker, else the organization the title opens with
/// (`中共新昌县委关于…的通报`), else the empty marker.
pub(super) fn issuer(ctx: &mut Ctx<'_>, title: &str, delivery: Option<&Delivery>) -> Organization {
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
    // A report delivered as a speech is the speaker's organization's (`市审计局局长 俞金华`).
    if let Some(o) = delivery
        .and_then(|d| d.speaker.as_ref())
        .and_then(|s| s.organization.clone())
        && let Some(s) = ctx.sources.get("/delivery/speaker")
    {
        ctx.sources
            .insert("/issuer/name", Span::new(s.start, s.end), Status::Derived);
        return o;
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
    // A page title that opens with the region, a space apart (`内蒙古自治区 中央第二…督察组
    // 交办第十一批信访举报件边督边改情况`): the region reports.
    if ctx.options.metadata
        && let Some((written, span)) = a.text.source_line.as_ref().and_then(|l| l.title.as_ref())
        && let Some((region, rest)) = written.split_once(char::is_whitespace)
        && !rest.trim().is_empty()
        && region.chars().count() <= 12
        && REGION_ENDINGS.iter().any(|e| region.ends_with(e))
    {
        let at = Span::new(span.start, span.start + region.len());
        ctx.diag(
            "issuer_from_title",
            at,
            Some("/issuer/name".to_owned()),
            format!("no issuer is stated: `{region}`, the region the page's title opens with"),
        );
        ctx.sources.insert("/issuer/name", at, Status::Derived);
        return Organization::named(region);
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

/// Endings of the name of a region (`内蒙古自治区`, `安徽省`, `宣城市`).
const REGION_ENDINGS: [&str; 8] = ["省", "自治区", "市", "县", "区", "州", "盟", "旗"];

/// The organization a title opens with, before `关于` (`中共新昌县委关于…的通报` → 中共新昌县委).
fn issuer_in_title(title: &str) -> Option<String> {
    let (name, _) = title.split_once("关于")?;
    let name = name.trim();
    let plausible = name.chars().count() <= 40
        && (name.starts_with("中共") || ORGANIZATION_ENDINGS.iter().any(|e| name.ends_with(e)));
    plausible.then(|| name.to_owned())
}

/// The date at the end, else the date given in the options, else the page's date; `None`,
/// with a diagnostic, when nothing states it.
pub(super) fn published(ctx: &mut Ctx<'_>) -> Option<PartialDate> {
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
            return Some(date);
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
        return Some(date);
    }
    if ctx.options.metadata {
        if let Some((date, span)) = crate::page_date(&a.text)
            && let Some(date) = dates::partial(date)
        {
            ctx.sources.insert("/published", span, Status::Read);
            return Some(date);
        }
        if let Some((value, span)) = a.text.source_line.as_ref().and_then(|l| l.date.as_ref())
            && let Some(date) =
                crate::date::PartialDate::parse_iso_prefix(value).and_then(dates::partial)
        {
            ctx.sources.insert("/published", *span, Status::Read);
            return Some(date);
        }
    }
    let end = ctx.end();
    ctx.diag(
        "missing_published",
        end,
        Some("/published".to_owned()),
        "the text states no publication date (left out)".to_owned(),
    );
    None
}
