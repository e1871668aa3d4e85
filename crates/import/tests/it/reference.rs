//! Scores on the reference notice against its inventories (`tests/data/xuchang_figures.tsv`,
//! `xuchang_dates.tsv`, `xuchang_documents.tsv`): prints them with the differences and fails
//! below the floors measured when the layers were written (raise them as the layers improve).

use inspection_report_import::figure::{Figure, RelationKind};
use inspection_report_import::structure::{Node, NodeKind};
use inspection_report_import::{Analysis, analyze, codes::Unit, figure};

use crate::support::{REFERENCE, notice, tsv};

const CHINESE: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// `(section, finding)` of a normalized position: `("preamble", "")`, `("一", "3")`.
fn place(a: &Analysis, at: usize) -> (String, String) {
    let sections: Vec<&Node> = a
        .outline
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Section)
        .collect();
    for s in sections {
        if s.at.start <= at && at < s.at.end {
            let name = s
                .marker
                .as_ref()
                .and_then(|m| CHINESE.get(m.ordinal as usize - 1))
                .copied()
                .unwrap_or("?");
            let finding = s
                .children
                .iter()
                .find(|f| f.kind == NodeKind::Finding && f.at.start <= at && at < f.at.end)
                .and_then(|f| f.marker.as_ref())
                .map_or(String::new(), |m| m.ordinal.to_string());
            return (name.to_owned(), finding);
        }
    }
    ("preamble".to_owned(), String::new())
}

fn nospace(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn relation_of(a: &Analysis, f: &Figure) -> String {
    if let Some(r) = &f.rank {
        let mut s = r.out_of.map_or(String::new(), |o| format!("out_of:{o}"));
        if r.from_bottom {
            s.push_str(",from_bottom");
        }
        return s;
    }
    match f.relation {
        Some(r) => {
            let target = a
                .figures
                .get(r.target)
                .map_or(String::new(), |t| t.value.to_string());
            let code = match r.kind {
                RelationKind::PartOf => "part_of",
                RelationKind::OfWhich => "of_which",
                RelationKind::ResolvedOf => "resolved_of",
                RelationKind::RemainingOf => "remaining_of",
            };
            format!("{code}:{target}")
        }
        None => String::new(),
    }
}

fn kind_of(a: &Analysis, index: usize, f: &Figure) -> String {
    match a.dispositions.iter().find(|d| d.figure == Some(index)) {
        Some(d) => format!("disposition:{}", d.kind.code()),
        None => f.kind.code().to_owned(),
    }
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        100.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

#[test]
fn reference_notice_scores() {
    let input = notice(REFERENCE);
    let a = analyze(&input);
    let mut report = String::new();

    // Figures.
    let rows = tsv("tests/data/xuchang_figures.tsv", true);
    let mut used = vec![false; a.figures.len()];
    let (mut found, mut exact) = (0, 0);
    for row in &rows {
        let cell = |i: usize| row.get(i).map_or("", String::as_str);
        let (section, finding, value, unit_label) = (cell(0), cell(1), cell(3), cell(4));
        let unit = if unit_label == "名次" {
            Some(Unit::RankPosition)
        } else {
            figure::unit_of(unit_label)
        };
        let candidate = a.figures.iter().enumerate().find(|(i, f)| {
            !used.get(*i).copied().unwrap_or(true)
                && f.value.to_string() == value
                && Some(f.unit) == unit
                && place(&a, f.at.start) == (section.to_owned(), finding.to_owned())
        });
        let Some((i, f)) = candidate else {
            report.push_str(&format!(
                "figure missing: {section} {finding} {value}{unit_label} ({})\n",
                cell(10)
            ));
            continue;
        };
        if let Some(u) = used.get_mut(i) {
            *u = true;
        }
        found += 1;
        let period = f
            .period
            .and_then(|p| a.dates.get(p))
            .map_or(String::new(), |d| nospace(&d.written));
        let got = [
            kind_of(&a, i, f),
            f.qualifier.map_or(String::new(), |q| q.code().to_owned()),
            period,
            relation_of(&a, f),
        ];
        let want = [
            cell(5).to_owned(),
            cell(6).to_owned(),
            nospace(cell(7)),
            cell(8).to_owned(),
        ];
        if got == want {
            exact += 1;
        } else {
            report.push_str(&format!("figure differs: {section} {finding} {value}{unit_label}: got {got:?}, want {want:?}\n"));
        }
    }
    let spurious: Vec<String> = a
        .figures
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(f, _)| f.written.clone())
        .collect();
    report.push_str(&format!("figures not in the inventory: {spurious:?}\n"));

    // Dates.
    let date_rows = tsv("tests/data/xuchang_dates.tsv", true);
    let mut date_used = vec![false; a.dates.len()];
    let mut dates_ok = 0;
    for row in &date_rows {
        let cell = |i: usize| row.get(i).map_or("", String::as_str);
        let (section, finding, written, iso) = (cell(0), cell(1), nospace(cell(3)), cell(4));
        let hit = a.dates.iter().enumerate().find(|(i, d)| {
            !date_used.get(*i).copied().unwrap_or(true)
                && nospace(&d.written) == written
                && place(&a, d.at.start) == (section.to_owned(), finding.to_owned())
        });
        match hit {
            Some((i, d)) => {
                if let Some(u) = date_used.get_mut(i) {
                    *u = true;
                }
                if d.value.to_string() == iso {
                    dates_ok += 1;
                } else {
                    report.push_str(&format!(
                        "date differs: {section} {finding} {written}: got {}, want {iso}\n",
                        d.value
                    ));
                }
            }
            None => report.push_str(&format!(
                "date missing: {section} {finding} {written} {iso}\n"
            )),
        }
    }

    // Documents.
    let doc_rows = tsv("tests/data/xuchang_documents.tsv", true);
    let mut docs_found = 0;
    let mut docs_exact = 0;
    for row in &doc_rows {
        let cell = |i: usize| row.get(i).map_or("", String::as_str);
        let (title, number, when) = (cell(3), cell(4), cell(6));
        let hit = a
            .documents
            .iter()
            .find(|d| d.title.as_deref().map(nospace) == Some(nospace(title)));
        match hit {
            Some(d) => {
                docs_found += 1;
                let got_number = d.number.as_ref().map_or("", |n| n.text.as_str());
                let got_date = d
                    .date
                    .and_then(|k| a.dates.get(k))
                    .map_or(String::new(), |x| x.value.to_string());
                if got_number == number && got_date == when {
                    docs_exact += 1;
                } else {
                    report.push_str(&format!("document differs: {title}: got ({got_number}, {got_date}), want ({number}, {when})\n"));
                }
            }
            None => report.push_str(&format!("document missing: {title}\n")),
        }
    }

    let summary = format!(
        "figures: {found}/{} found with value and unit ({:.1}%), {exact} exact in kind, qualifier, period and relation ({:.1}%), {} not in the inventory\n\
         dates: {dates_ok}/{} exact ({:.1}%)\n\
         documents: {docs_found}/{} found, {docs_exact} with number and date\n",
        rows.len(),
        pct(found, rows.len()),
        pct(exact, rows.len()),
        spurious.len(),
        date_rows.len(),
        pct(dates_ok, date_rows.len()),
        doc_rows.len(),
    );
    println!("{report}{summary}");
    // Floors: the scores measured when this test was written.
    assert!(pct(found, rows.len()) >= FIGURES_FOUND, "{report}{summary}");
    assert!(pct(exact, rows.len()) >= FIGURES_EXACT, "{report}{summary}");
    assert!(
        pct(dates_ok, date_rows.len()) >= DATES_EXACT,
        "{report}{summary}"
    );
    assert!(docs_found >= DOCUMENTS_FOUND, "{report}{summary}");
}

const FIGURES_FOUND: f64 = 100.0;
const FIGURES_EXACT: f64 = 98.0;
const DATES_EXACT: f64 = 100.0;
const DOCUMENTS_FOUND: usize = 25;

/// The outline's findings, measures and commitments against the hand encoding
/// (`tests/data/xuchang_findings.tsv` and `xuchang_measures.tsv`, taken from
/// `schema/examples/xuchang_2025.json`): the same problem texts, ordinals, headings and texts.
#[test]
fn reference_outline_matches_the_hand_encoding() {
    let a = analyze(&notice(REFERENCE));
    let get = |n: &Node| a.text.get(n.content_at).to_owned();
    let mut problems = Vec::new();
    let mut measures = Vec::new();
    for section in a
        .outline
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Section)
    {
        let name = section
            .marker
            .as_ref()
            .and_then(|m| CHINESE.get(m.ordinal as usize - 1))
            .copied()
            .unwrap_or("?");
        for node in section.walk() {
            match node.kind {
                NodeKind::Finding => {
                    let number = node.marker.as_ref().map_or(0, |m| m.ordinal);
                    problems.push(format!("{name}\t{number}\t{}", get(node)));
                    for line in node
                        .children
                        .iter()
                        .filter(|c| c.kind == NodeKind::Rectification)
                    {
                        for m in line.children.iter().filter(|c| c.kind == NodeKind::Measure) {
                            let ordinal = m
                                .marker
                                .as_ref()
                                .map_or(String::new(), |k| k.ordinal.to_string());
                            let heading = m
                                .heading_at
                                .map_or(String::new(), |h| a.text.get(h).to_owned());
                            measures.push(format!(
                                "{name}\t{number}\t{ordinal}\t{heading}\t{}",
                                get(m)
                            ));
                        }
                    }
                }
                NodeKind::Commitment => {
                    let ordinal = node
                        .marker
                        .as_ref()
                        .map_or(String::new(), |k| k.ordinal.to_string());
                    let heading = node
                        .heading_at
                        .map_or(String::new(), |h| a.text.get(h).to_owned());
                    measures.push(format!("{name}\t\t{ordinal}\t{heading}\t{}", get(node)));
                }
                _ => {}
            }
        }
    }
    let score = |got: &[String], file: &str| -> (usize, usize, String) {
        let want: Vec<String> = tsv(file, true).iter().map(|r| r.join("\t")).collect();
        let mut diffs = String::new();
        let mut ok = 0;
        for (i, w) in want.iter().enumerate() {
            match got.get(i) {
                Some(g) if g == w => ok += 1,
                g => diffs.push_str(&format!(
                    "want {w}\n got {}\n",
                    g.map_or("(none)", String::as_str)
                )),
            }
        }
        if got.len() > want.len() {
            diffs.push_str(&format!("{} more than encoded\n", got.len() - want.len()));
        }
        (ok, want.len(), diffs)
    };
    let (p_ok, p_all, p_diff) = score(&problems, "tests/data/xuchang_findings.tsv");
    let (m_ok, m_all, m_diff) = score(&measures, "tests/data/xuchang_measures.tsv");
    let summary =
        format!("problems: {p_ok}/{p_all} exact; measures and commitments: {m_ok}/{m_all} exact\n");
    // Report-level texts of the hand encoding.
    let of_kind = |k: NodeKind| {
        a.outline
            .walk()
            .into_iter()
            .filter(|n| n.kind == k)
            .map(get)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        of_kind(NodeKind::Preamble).join("\n"),
        "根据市委统一部署,2025年3月6日至4月28日,市委第八巡察组对市城乡一体化示范区党工委进行了巡察。6月10日,市委第八巡察组向市城乡一体化示范区党工委反馈了巡察意见。6月10日至9月10日,进行了三个月的集中整改。\n按照《中国共产党巡视工作条例》《河南省加强巡视整改和成果运用实施办法》《许昌市巡察整改和成果运用实施办法(试行)》有关规定,现将巡察整改情况予以公布。"
    );
    assert_eq!(
        of_kind(NodeKind::Invitation),
        ["欢迎广大干部群众对巡察整改落实情况进行监督。如有意见和建议,请及时向我们反映。"]
    );
    assert_eq!(
        of_kind(NodeKind::Issuer),
        ["中共许昌市城乡一体化示范区工委"]
    );
    assert_eq!(
        of_kind(NodeKind::Contact),
        ["0374-3376600", "sfqzbs@163.com"]
    );
    assert_eq!(
        of_kind(NodeKind::Intro),
        [
            "为进一步巩固巡察整改成效,我们将继续坚持问题导向,强化政治引领,切实把思想和行动统一到党中央决策部署及省、市工作要求上来,进一步压实工作责任,健全长效机制,确保整改不松懈、标准不降低,切实把整改成效转化为推动高质量发展的强大动力进一步深化巡察整改工作:"
        ]
    );
    let sections: Vec<String> = a
        .outline
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Section)
        .map(get)
        .collect();
    assert_eq!(
        sections,
        ["已完成的整改任务", "长期整改任务", "下一步工作安排"]
    );
    let fact = |k| {
        a.outline
            .fact(k)
            .map(|f| f.text.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        fact(inspection_report_import::structure::FactKind::RectificationLabel),
        "集中整改"
    );
    println!("{p_diff}{m_diff}{summary}");
    assert!(
        p_ok >= PROBLEMS_EXACT && m_ok >= MEASURES_EXACT,
        "{p_diff}{m_diff}{summary}"
    );
}

const PROBLEMS_EXACT: usize = 22;
const MEASURES_EXACT: usize = 71;
