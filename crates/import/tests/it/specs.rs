//! The spec corpus under `tests/specs/`: one TSV per layer, `input  expected  start  length`
//! (start and length in characters of the input, as in Microsoft Recognizers-Text's specs;
//! `-` when not checked; `\n` in a cell is a line break). Each row's expected item must be
//! among what the layer reads from the input, at that place.

use inspection_report_import::date::PartialDate;
use inspection_report_import::{contact, date, disposition, document, figure, numeral, text};

use crate::support::{chars, tsv};

/// What a layer reads: rendered value, byte start and end in the input.
type Items = Vec<(String, usize, usize)>;

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\t", "\t")
}

const ANCHOR: PartialDate = PartialDate::day(2025, 10, 23);

fn run(file: &str, read: impl Fn(&str) -> Items) {
    let rows = tsv(&format!("tests/specs/{file}"), true);
    assert!(!rows.is_empty(), "{file}: no specs");
    let mut failures = Vec::new();
    for row in &rows {
        let input = unescape(row.first().map_or("", String::as_str));
        let expected = unescape(row.get(1).map_or("", String::as_str));
        let start: Option<usize> = row.get(2).and_then(|s| s.parse().ok());
        let length: Option<usize> = row.get(3).and_then(|s| s.parse().ok());
        let items = read(&input);
        let ok = if expected == "-" {
            items.is_empty()
        } else {
            items.iter().any(|(value, s, e)| {
                let (cs, cl) = chars(&input, *s, *e);
                *value == expected
                    && start.is_none_or(|x| x == cs)
                    && length.is_none_or(|x| x == cl)
            })
        };
        if !ok {
            let got: Vec<String> = items
                .iter()
                .map(|(v, s, e)| {
                    let (cs, cl) = chars(&input, *s, *e);
                    format!("{v}@{cs}+{cl}")
                })
                .collect();
            failures.push(format!(
                "{input:?}: expected {expected:?} at {start:?}+{length:?}, got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{file}: {} of {} specs fail:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn text_specs() {
    run("text.tsv", |input| {
        let n = text::normalize(input);
        vec![(n.text.clone(), 0, input.len())]
    });
}

#[test]
fn numeral_specs() {
    run("numeral.tsv", |input| {
        numeral::scan(input)
            .iter()
            .map(|n| (n.value.to_string(), n.span.start, n.span.end))
            .collect()
    });
}

fn render_figure(f: &figure::Figure) -> String {
    let mut s = format!("{} {} {}", f.value, f.unit.code(), f.kind.code());
    if let Some(q) = f.qualifier {
        s.push_str(&format!(" {}", q.code()));
    }
    if let Some(r) = &f.rank {
        if let Some(o) = r.out_of {
            s.push_str(&format!(" out_of={o}"));
        }
        if r.from_bottom {
            s.push_str(" from_bottom");
        }
    }
    s
}

#[test]
fn figure_specs() {
    run("figure.tsv", |input| {
        let n = text::normalize(input);
        let dates = date::extract(&n, Some(ANCHOR));
        let figures = figure::extract(&n, &dates);
        let mut items: Items = figures
            .iter()
            .map(|f| (render_figure(f), f.span.start, f.span.end))
            .collect();
        // Relations, rendered `relation KIND TARGET_VALUE` at the part.
        for f in &figures {
            if let Some(r) = f.relation
                && let Some(t) = figures.get(r.target)
            {
                items.push((
                    format!("{} {}", r.kind.code(), t.value),
                    f.span.start,
                    f.span.end,
                ));
            }
            if let Some(p) = f.period.and_then(|p| dates.get(p)) {
                items.push((format!("period {}", p.written), f.span.start, f.span.end));
            }
            if let Some(p) = f.since.and_then(|p| dates.get(p)) {
                items.push((format!("since {}", p.written), f.span.start, f.span.end));
            }
            if let Some(words) = f.all_resolved {
                let words = input.get(words.start..words.end).unwrap_or("");
                items.push((format!("all_resolved {words}"), f.span.start, f.span.end));
            }
        }
        items
    });
}

#[test]
fn date_specs() {
    run("date.tsv", |input| {
        let n = text::normalize(input);
        date::extract(&n, Some(ANCHOR))
            .iter()
            .map(|d| (d.value.to_string(), d.span.start, d.span.end))
            .collect()
    });
}

#[test]
fn disposition_specs() {
    run("disposition.tsv", |input| {
        let n = text::normalize(input);
        let figures = figure::extract(&n, &date::extract(&n, Some(ANCHOR)));
        let mut items = Items::new();
        fn push(d: &disposition::Disposition, items: &mut Items) {
            let count = d.count.map_or(String::new(), |c| c.to_string());
            let unit = d.unit.map_or("", |u| u.code());
            items.push((
                format!("{} {count} {unit}", d.kind.code()),
                d.span.start,
                d.span.end,
            ));
            for i in &d.included {
                items.push((
                    format!("includes {}", i.kind.code()),
                    i.span.start,
                    i.span.end,
                ));
            }
            for p in &d.parts {
                push(p, items);
            }
        }
        for d in disposition::extract(&n, &figures) {
            push(&d, &mut items);
        }
        items
    });
}

#[test]
fn document_specs() {
    run("document.tsv", |input| {
        let n = text::normalize(input);
        let dates = date::extract(&n, Some(ANCHOR));
        document::extract(&n, &dates)
            .iter()
            .map(|d| {
                let number = d.number.as_ref().map_or("", |x| x.text.as_str());
                let when = d
                    .date
                    .and_then(|k| dates.get(k))
                    .map_or(String::new(), |x| x.value.to_string());
                (
                    format!("{}|{number}|{when}", d.title.as_deref().unwrap_or("")),
                    d.span.start,
                    d.span.end,
                )
            })
            .collect()
    });
}

#[test]
fn contact_specs() {
    run("contact.tsv", |input| {
        let n = text::normalize(input);
        contact::extract(&n)
            .iter()
            .map(|c| {
                (
                    format!("{} {}", c.kind.code(), c.value),
                    c.span.start,
                    c.span.end,
                )
            })
            .collect()
    });
}
