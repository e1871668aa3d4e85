//! The reference notice imported from its text alone, scored against its hand encoding
//! (`schema/examples/xuchang_2025.json`): prints every score and difference, and fails below
//! the floors (exact structure; figures at least 98%; every disposition, document and date).

use std::collections::BTreeMap;
use std::fmt::Write;

use inspection_report::{
    DateOrPeriod, Disposition, Document, Inspection, Metric, Period, Validate, json,
};
use inspection_report_import::{Options, check_sources, import};

use crate::support::{REFERENCE, notice};

fn hand() -> Inspection {
    let text = include_str!("../../../../schema/examples/xuchang_2025.json");
    match json::from_str::<Inspection>(text) {
        Ok(report) => report,
        Err(e) => panic!("the hand encoding does not read: {e}"),
    }
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        100.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

/// One compared item: a key that places it and the attributes compared.
type Items = BTreeMap<String, Vec<String>>;

/// Adds an item; a repeated key gets a `#n` suffix.
fn add(items: &mut Items, key: String, value: String) {
    items.entry(key).or_default().push(value);
}

/// Scores `got` against `want`: items of the same key compared in order.
fn score(name: &str, want: &Items, got: &Items, report: &mut String) -> (usize, usize) {
    let (mut ok, mut all) = (0, 0);
    for (key, wants) in want {
        let gots = got.get(key).cloned().unwrap_or_default();
        let mut left = gots.clone();
        for w in wants {
            all += 1;
            if let Some(i) = left.iter().position(|g| g == w) {
                left.remove(i);
                ok += 1;
            } else {
                let _ = writeln!(
                    report,
                    "{name} differs at {key}: want {w}\n    got {left:?}"
                );
            }
        }
    }
    for (key, gots) in got {
        if !want.contains_key(key) {
            let _ = writeln!(report, "{name} not encoded at {key}: {gots:?}");
        }
    }
    (ok, all)
}

fn period(p: &Period) -> String {
    format!(
        "{}/{}",
        p.start.map_or("..".to_owned(), |d| d.to_string()),
        p.end.map_or("..".to_owned(), |d| d.to_string())
    )
}

fn date(d: &DateOrPeriod) -> String {
    match d {
        DateOrPeriod::Date(d) => d.to_string(),
        DateOrPeriod::Period(p) => period(p),
    }
}

/// A figure's compared attributes: value, unit, kind, qualifier, period, breakdown relation.
fn figure(m: &Metric, relation: &str) -> String {
    let rank = m.rank.as_ref().map_or(String::new(), |r| {
        format!(
            "out_of:{},from_bottom:{}",
            r.out_of.map_or(String::new(), |o| o.to_string()),
            r.from_bottom
        )
    });
    let progress = m.progress.as_ref().map_or(String::new(), |p| {
        format!(
            "resolved:{},remaining:{}",
            p.resolved,
            p.remaining.map_or(String::new(), |r| r.to_string())
        )
    });
    format!(
        "{} {} {} q={} p={} rel={relation} {rank} {progress}",
        m.value,
        m.unit,
        m.kind,
        m.qualifier.map_or(String::new(), |q| q.to_string()),
        m.period.as_ref().map_or(String::new(), period),
    )
}

fn figures(place: &str, metrics: &[Metric], relation: &str, items: &mut Items) {
    for m in metrics {
        add(
            items,
            format!("{place} {}{}", m.value, m.unit),
            figure(m, relation),
        );
        figures(place, &m.parts, &format!("part_of:{}", m.value), items);
        figures(place, &m.of_which, &format!("of_which:{}", m.value), items);
    }
}

fn disposition(d: &Disposition) -> String {
    let including: Vec<String> = d
        .including
        .iter()
        .map(|i| {
            format!(
                "{}:{}",
                i.kind,
                i.count.map_or(String::new(), |c| c.to_string())
            )
        })
        .collect();
    format!(
        "{} label={:?} count={:?} unit={:?} including={including:?} period={}",
        d.kind,
        d.label,
        d.count.map(|c| c.to_string()),
        d.unit.map(|u| u.to_string()),
        d.period.as_ref().map_or(String::new(), period)
    )
}

fn document(d: &Document) -> String {
    format!(
        "{} number={:?} date={}",
        d.title,
        d.number,
        d.date.as_ref().map_or(String::new(), date)
    )
}

/// Every compared part of a report, by kind.
#[derive(Default)]
struct Parts {
    structure: Items,
    figures: Items,
    dispositions: Items,
    documents: Items,
    dates: Items,
}

fn parts(r: &Inspection) -> Parts {
    let mut p = Parts::default();
    let s = &mut p.structure;
    add(s, "title".into(), r.title.clone());
    add(s, "issuer".into(), r.issuer.name.clone());
    add(
        s,
        "published".into(),
        format!("{:?}", r.published.map(|d| d.to_string())),
    );
    add(s, "contact".into(), format!("{:?}", r.contact));
    add(s, "preamble".into(), format!("{:?}", r.preamble));
    add(
        s,
        "round".into(),
        format!(
            "{} {:?} {:?} {:?} {:?}",
            r.round.family,
            r.round.commissioned_by.as_ref().map(|o| &o.name),
            r.round.team.as_ref().map(|t| &t.name),
            r.round
                .inspected
                .iter()
                .map(|o| &o.name)
                .collect::<Vec<_>>(),
            r.round
                .rectification
                .as_ref()
                .map(|x| (&x.label, &x.stated_duration)),
        ),
    );
    if let Some(n) = &r.next_steps {
        add(
            s,
            "next_steps".into(),
            format!(
                "{:?} {:?} {} {:?} {:?}",
                n.number, n.numbering, n.title, n.introduction, n.commitment_numbering
            ),
        );
        for c in &n.commitments {
            add(
                s,
                format!("commitment {}", c.id),
                format!("{:?} {:?} {}", c.ordinal, c.heading, c.text),
            );
        }
    }
    let d = &mut p.dates;
    if let Some(x) = &r.round.on_site {
        add(d, "round on_site".into(), period(x));
    }
    if let Some(x) = &r.round.feedback_date {
        add(d, "round feedback".into(), x.to_string());
    }
    if let Some(x) = &r.round.rectification {
        add(d, "round rectification".into(), period(&x.period));
    }
    if let Some(p) = r.published {
        add(d, "published".into(), p.to_string());
    }
    for doc in &r.legal_basis {
        add(&mut p.documents, "legal_basis".into(), document(doc));
    }
    for section in &r.sections {
        add(
            &mut p.structure,
            format!("section {}", section.id),
            format!(
                "{:?} {:?} {:?} {} {:?} {}",
                section.number,
                section.numbering,
                section.title,
                section.kind,
                section.finding_numbering,
                section.findings.len()
            ),
        );
        for f in section.iter_findings() {
            add(
                &mut p.structure,
                format!("finding {}", f.id),
                format!(
                    "{:?} {} {} {}",
                    f.number,
                    f.problem,
                    f.status,
                    f.measures.len()
                ),
            );
            figures(f.id.as_str(), &f.metrics, "", &mut p.figures);
            for m in f.metrics.iter().flat_map(Metric::iter_metrics) {
                if let Some(x) = &m.period {
                    add(&mut p.dates, format!("{} figure", f.id), period(x));
                }
            }
            if let Some(x) = &f.period {
                add(&mut p.dates, format!("{} period", f.id), period(x));
            }
            for m in &f.measures {
                add(
                    &mut p.structure,
                    format!("measure {}", m.id),
                    format!("{:?} {:?} {}", m.ordinal, m.heading, m.text),
                );
                figures(m.id.as_str(), &m.metrics, "", &mut p.figures);
                for x in &m.dispositions {
                    add(&mut p.dispositions, m.id.to_string(), disposition(x));
                    if let Some(x) = &x.period {
                        add(&mut p.dates, format!("{} disposition", m.id), period(x));
                    }
                }
                for x in &m.documents {
                    add(&mut p.documents, m.id.to_string(), document(x));
                    if let Some(x) = &x.date {
                        add(&mut p.dates, format!("{} document", m.id), date(x));
                    }
                }
                for x in m.metrics.iter().flat_map(Metric::iter_metrics) {
                    if let Some(x) = &x.period {
                        add(&mut p.dates, format!("{} figure", m.id), period(x));
                    }
                }
                if let Some(x) = &m.period {
                    add(&mut p.dates, format!("{} other", m.id), period(x));
                }
                for x in &m.milestones {
                    add(&mut p.dates, format!("{} other", m.id), date(&x.date));
                }
            }
        }
    }
    p
}

#[test]
fn reference_notice_against_the_hand_encoding() {
    let text = notice(REFERENCE);
    let imported = import(&text, &Options::default());
    let got = parts(&imported.inspection);
    let want = parts(&hand());
    let mut report = String::new();
    let (s_ok, s_all) = score("structure", &want.structure, &got.structure, &mut report);
    let (f_ok, f_all) = score("figure", &want.figures, &got.figures, &mut report);
    let (d_ok, d_all) = score(
        "disposition",
        &want.dispositions,
        &got.dispositions,
        &mut report,
    );
    let (o_ok, o_all) = score("document", &want.documents, &got.documents, &mut report);
    let (t_ok, t_all) = score("date", &want.dates, &got.dates, &mut report);
    let validation = imported.inspection.validate();
    let checks = check_sources(&text, &imported.inspection, &imported.sources);
    for c in &checks {
        let _ = writeln!(
            report,
            "source check: {} {:?}: {}",
            c.code, c.pointer, c.message
        );
    }
    let summary = format!(
        "structure (sections, findings, measures, commitments, round, contact, issuer, date): {s_ok}/{s_all} exact ({:.1}%)\n\
         figures (value, unit, kind, qualifier, period, relation): {f_ok}/{f_all} ({:.1}%)\n\
         dispositions: {d_ok}/{d_all} ({:.1}%)\n\
         documents (title, number, date): {o_ok}/{o_all} ({:.1}%)\n\
         dates (by place): {t_ok}/{t_all} ({:.1}%)\n\
         validation errors: {}; source check failures: {}; diagnostics: {}; unplaced spans: {}\n",
        pct(s_ok, s_all),
        pct(f_ok, f_all),
        pct(d_ok, d_all),
        pct(o_ok, o_all),
        pct(t_ok, t_all),
        validation
            .issues
            .iter()
            .filter(|i| i.tier == inspection_report::validate::Tier::Error)
            .count(),
        checks.len(),
        imported.diagnostics.len(),
        imported.unplaced.len(),
    );
    println!("{report}{summary}");
    assert!(!validation.has_errors(), "{validation:?}");
    assert!(checks.is_empty(), "{report}{summary}");
    assert!(imported.unplaced.is_empty(), "{report}{summary}");
    assert_eq!(s_ok, s_all, "{report}{summary}");
    assert!(pct(f_ok, f_all) >= FIGURES, "{report}{summary}");
    assert!(d_ok >= DISPOSITIONS, "{report}{summary}");
    assert!(o_ok >= DOCUMENTS, "{report}{summary}");
    assert!(t_ok >= DATES, "{report}{summary}");
}

/// The issue's thresholds: 98% of the figures, every disposition, document and date.
/// Measured when last raised: figures 139 of 140 (99.3%; `1185项` is an of-which part of
/// `全市4074项权责清单` that only the sense of `对照…已承接` says); dates 105 of 105.
const FIGURES: f64 = 98.0;
const DISPOSITIONS: usize = 9;
const DOCUMENTS: usize = 23;
const DATES: usize = 105;
