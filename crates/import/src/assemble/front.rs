//! What surrounds the body: how a report delivered as a speech was delivered (occasion, byline,
//! salutation), the genre its title and delivery say, and the page it was published on (the
//! source line and the page's metadata block).

use inspection_report::codelist::Codelist;
use inspection_report::{Delivery, Disclosure, Genre, Organization, Person, Publication};

use super::Ctx;
use crate::date::PartialDate;
use crate::structure::{Node, NodeKind};
use crate::{Span, Status};

/// Posts a speaker's byline ends with (`市审计局局长 俞金华`), longest first where one ends
/// another.
const POSTS: [&str; 20] = [
    "副局长",
    "局长",
    "副主任",
    "主任",
    "副书记",
    "书记",
    "副厅长",
    "厅长",
    "副审计长",
    "审计长",
    "副市长",
    "市长",
    "副县长",
    "县长",
    "副区长",
    "区长",
    "副部长",
    "部长",
    "副组长",
    "组长",
];

/// The node of `kind` before the first section, if any.
fn front_node<'a>(ctx: &Ctx<'a>, kind: NodeKind) -> Option<&'a Node> {
    ctx.a.outline.nodes.iter().find(|n| n.kind == kind)
}

/// The delivery of a report delivered as a speech: its date and occasion
/// (`2018年11月22日在慈溪市十七届人大常委会第十六次会议上`), the speaker of the byline, and
/// on whose behalf (`我受市人民政府委托`); `None` when the text has no occasion or byline.
pub(super) fn delivery(ctx: &mut Ctx<'_>) -> Option<Delivery> {
    let occasion = front_node(ctx, NodeKind::Occasion);
    let byline = front_node(ctx, NodeKind::Byline);
    if occasion.is_none() && byline.is_none() {
        return None;
    }
    let a = ctx.a;
    let mut delivery = Delivery {
        date: None,
        occasion: None,
        speaker: None,
        byline: None,
        on_behalf_of: None,
    };
    if let Some(n) = occasion {
        if let Some((i, d)) = a
            .dates
            .iter()
            .enumerate()
            .find(|(_, d)| n.at.start <= d.at.start && d.at.end <= n.at.end)
            && let Some(date) = super::dates::point(d)
        {
            if let Some(u) = ctx.date_used.get_mut(i) {
                *u = true;
            }
            ctx.source("/delivery/date", d.span, d.status);
            delivery.date = Some(date);
        }
        // `…在慈溪市十七届人大常委会第十六次会议上`: the meeting between `在` and `上`.
        let text = a.text.get(n.content_at);
        let start = text.rfind('在').map_or(0, |k| k + '在'.len_utf8());
        let end = text.trim_end().trim_end_matches('上').len().max(start);
        let meeting = text.get(start..end).unwrap_or("").trim();
        if !meeting.is_empty() {
            // An occasion over two lines is one name.
            delivery.occasion = Some(meeting.split_whitespace().collect());
            let at = Span::new(n.content_at.start + start, n.content_at.start + end);
            ctx.source("/delivery/occasion", a.text.original(at), Status::Read);
        }
        ctx.place_own(n);
    }
    if let Some(n) = byline {
        let written = a.text.original_text(n.content).trim().to_owned();
        ctx.source("/delivery/byline", n.content, Status::Read);
        ctx.source("/delivery/speaker", n.content, Status::Read);
        delivery.speaker = speaker(&written);
        delivery.byline = Some(written);
        ctx.place_own(n);
    }
    delivery.on_behalf_of = on_behalf_of(ctx);
    Some(delivery)
}

/// The speaker a byline names: the name after the post (`市审计局局长 俞金华` → 俞金华, 局长,
/// 市审计局).
fn speaker(byline: &str) -> Option<Person> {
    let compact: String = byline.split_whitespace().collect();
    let (post_at, post) = POSTS
        .iter()
        .filter_map(|p| compact.find(p).map(|k| (k, *p)))
        .min_by_key(|&(k, p)| (k + p.len(), std::cmp::Reverse(p.len())))?;
    let organization = compact.get(..post_at).unwrap_or("");
    let name = compact.get(post_at + post.len()..).unwrap_or("");
    if name.is_empty() {
        return None;
    }
    Some(Person {
        name: name.to_owned(),
        post: Some(post.to_owned()),
        organization: (!organization.is_empty()).then(|| Organization::named(organization)),
    })
}

/// `我受市人民政府委托,向市人大常委会报告…`: the organization between `受` and `委托` in the
/// preamble.
fn on_behalf_of(ctx: &mut Ctx<'_>) -> Option<Organization> {
    let n = front_node(ctx, NodeKind::Preamble)?;
    let text = ctx.a.text.get(n.content_at);
    let start = text.find("受")? + "受".len();
    let end = start + text.get(start..)?.find("委托")?;
    let name = text.get(start..end)?.trim();
    if name.is_empty() || name.chars().count() > 30 {
        return None;
    }
    let at = Span::new(n.content_at.start + start, n.content_at.start + end);
    ctx.source(
        "/delivery/on_behalf_of",
        ctx.a.text.original(at),
        Status::Read,
    );
    Some(Organization::named(name))
}

/// The genre the delivery and title say: a speech to a people's congress, a batch progress
/// report (`第十一批信访举报件边督边改情况`), a notice (`…的通报`), a report (`…的报告`).
pub(super) fn genre(title: &str, delivery: Option<&Delivery>) -> Option<Genre> {
    let occasion = delivery.and_then(|d| d.occasion.as_deref()).unwrap_or("");
    if occasion.contains("人大常委会") || occasion.contains("人民代表大会") {
        Some(Genre::CongressSpeech)
    } else if title.contains('批') && (title.contains("边督边改") || title.contains("信访"))
    {
        Some(Genre::BatchProgressReport)
    } else if title.ends_with("通报") {
        Some(Genre::PartyNotice)
    } else if title.ends_with("报告") {
        Some(Genre::Report)
    } else {
        None
    }
}

/// The salutation of a speech, without its colon (`主任、各位副主任、各位委员`).
pub(super) fn salutation(ctx: &mut Ctx<'_>) -> Option<String> {
    let n = front_node(ctx, NodeKind::Salutation)?;
    let text = ctx.a.text.get(n.content_at);
    let text = text.trim_end().trim_end_matches([':', '：']).trim_end();
    let start = text.len() - text.trim_start().len();
    let at = Span::new(n.content_at.start + start, n.content_at.start + text.len());
    ctx.source("/salutation", ctx.a.text.original(at), Status::Read);
    ctx.place_own(n);
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The page the notice was published on: the address of the source line, and the fields of
/// the page's metadata block (`信息索引号`, `文号`, `发布机构`, `成文日期`, `公开方式`); `None` when
/// the text has neither (or the options leave metadata out).
pub(super) fn publication(ctx: &mut Ctx<'_>) -> Option<Publication> {
    if !ctx.options.metadata {
        return None;
    }
    let a = ctx.a;
    let mut p = Publication {
        index_number: None,
        document_number: None,
        publisher: None,
        written: None,
        disclosure: None,
        disclosure_label: None,
        url: None,
    };
    if let Some(line) = &a.text.source_line {
        ctx.source("/publication/url", line.url.1, Status::Read);
        p.url = Some(line.url.0.clone());
    }
    for m in &a.text.metadata {
        let value = m.value.trim();
        if value.is_empty() {
            continue;
        }
        let key = m.key.as_str();
        let field = if key.contains("索引号") && p.index_number.is_none() {
            p.index_number = Some(value.to_owned());
            "index_number"
        } else if key == "文号" && p.document_number.is_none() {
            p.document_number = Some(value.to_owned());
            "document_number"
        } else if (key.contains("发布机构") || key.contains("发文机关")) && p.publisher.is_none()
        {
            p.publisher = Some(Organization::named(value));
            "publisher"
        } else if key.contains("成文日期") && p.written.is_none() {
            let Some(date) = PartialDate::parse_iso_prefix(value).and_then(super::dates::partial)
            else {
                continue;
            };
            p.written = Some(date);
            "written"
        } else if key.contains("公开方式") && p.disclosure.is_none() {
            let disclosure = Disclosure::from_label_zh(value).unwrap_or(Disclosure::Other);
            if disclosure == Disclosure::Other {
                p.disclosure_label = Some(value.to_owned());
            }
            p.disclosure = Some(disclosure);
            "disclosure"
        } else {
            continue;
        };
        ctx.source(&format!("/publication/{field}"), m.value_span, Status::Read);
    }
    let empty = p.url.is_none()
        && p.index_number.is_none()
        && p.document_number.is_none()
        && p.publisher.is_none()
        && p.written.is_none()
        && p.disclosure.is_none();
    (!empty).then_some(p)
}
