//! Throughput of [`import`](inspection_report_import::import) (analysis, assembly, sources and
//! coverage) in characters a second: on the reference notice, and on texts of concatenated
//! notices of 1, 3 and 10 MB, and on dense hostile text of up to a million characters, whose
//! throughput is the same when import is linear.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use inspection_report_import::{Options, import};
use std::hint::black_box;

const REFERENCE: &str = include_str!("../tests/data/xuchang-demonstration-zone-2025-10-23.txt");

/// The stored notices of every template, concatenated into the large inputs.
const STORED: [&str; 6] = [
    REFERENCE,
    include_str!("../tests/data/cixi-audit-2018-11-22.txt"),
    include_str!("../tests/data/inner-mongolia-complaints-batch-11-2025-06-17.txt"),
    include_str!("../tests/data/xinchang-county-2021-10-28.txt"),
    include_str!("../tests/data/xuchang-dongcheng-2026-02-13.txt"),
    include_str!("../tests/data/synthetic-county-progress-report.txt"),
];

/// A notice's body: a stored file's first line names its source when it starts with `http`.
fn body(stored: &str) -> &str {
    if stored.starts_with("http") {
        stored.split_once('\n').map_or("", |(_, b)| b)
    } else {
        stored
    }
}

/// The stored notices, one after another, repeated until the text has at least `bytes`.
fn concatenated(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + REFERENCE.len());
    while text.len() < bytes {
        for stored in STORED {
            text.push_str(body(stored));
            text.push('\n');
        }
    }
    text
}

/// A paragraph-free run of `n` characters drawn from numerals, measure words, date words,
/// progress words and punctuation (a linear congruential generator, so the text is the same on
/// every run): every layer finds candidates everywhere, and one paragraph holds them all.
fn dense(n: usize) -> String {
    const CHARS: &str = "一二三四五六七八九十百千万年月日至今截目前以来整改情况已完成项个件人名,。、;:()0123456789-—批第底初中旬其中剩余其余";
    let alphabet: Vec<char> = CHARS.chars().collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    (0..n)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let k = usize::try_from(state >> 33).unwrap_or(0) % alphabet.len();
            alphabet.get(k).copied().unwrap_or('一')
        })
        .collect()
}

fn chars(text: &str) -> u64 {
    text.chars().count() as u64
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("import");
    let text = body(REFERENCE);
    group.throughput(Throughput::Elements(chars(text)));
    group.bench_function("reference notice", |b| {
        b.iter(|| import(black_box(text), &options))
    });
    group.finish();

    let mut group = c.benchmark_group("import concatenated");
    group.sample_size(10);
    for megabytes in [1, 3, 10] {
        let text = concatenated(megabytes * 1_000_000);
        group.throughput(Throughput::Elements(chars(&text)));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{megabytes} MB")),
            &text,
            |b, text| b.iter(|| import(black_box(text), &options)),
        );
    }
    group.finish();

    // Hostile input: as fast per character at 1 million characters as at 125 thousand.
    let mut group = c.benchmark_group("import dense");
    group.sample_size(10);
    for n in [125_000, 500_000, 1_000_000] {
        let text = dense(n);
        group.throughput(Throughput::Elements(chars(&text)));
        group.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, text| {
            b.iter(|| import(black_box(text), &options))
        });
    }
    group.finish();

    // A text without a single punctuation mark: every look back or ahead is bounded.
    let mut group = c.benchmark_group("import unpunctuated");
    group.sample_size(10);
    for copies in [25_000, 100_000] {
        let text = "已办结7件".repeat(copies);
        group.throughput(Throughput::Elements(chars(&text)));
        group.bench_with_input(BenchmarkId::from_parameter(copies * 5), &text, |b, text| {
            b.iter(|| import(black_box(text), &options))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
