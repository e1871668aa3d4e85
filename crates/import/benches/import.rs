//! Throughput of [`import`](inspection_report_import::import) (analysis, assembly, sources and
//! coverage) on the reference notice, in characters a second.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use inspection_report_import::{Options, import};
use std::hint::black_box;

const STORED: &str = include_str!("../tests/data/xuchang-demonstration-zone-2025-10-23.txt");

/// The notice's body: a stored file's first line names its source when it starts with `http`.
fn body() -> &'static str {
    if STORED.starts_with("http") {
        STORED.split_once('\n').map_or("", |(_, b)| b)
    } else {
        STORED
    }
}

fn bench(c: &mut Criterion) {
    let text = body();
    let options = Options::default();
    let mut group = c.benchmark_group("import");
    group.throughput(Throughput::Elements(text.chars().count() as u64));
    group.bench_function("reference notice", |b| {
        b.iter(|| import(black_box(text), &options))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
