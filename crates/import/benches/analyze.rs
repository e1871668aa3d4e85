//! Throughput of [`analyze`](inspection_report_import::analyze): the reference notice, and the
//! reference notice concatenated to about 1 MB (linear time). Elements are characters.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const REFERENCE: &str = include_str!("../tests/data/xuchang-demonstration-zone-2025-10-23.txt");

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    let chars = REFERENCE.chars().count() as u64;
    group.throughput(Throughput::Elements(chars));
    group.bench_function("reference notice", |b| {
        b.iter(|| inspection_report_import::analyze(black_box(REFERENCE)))
    });
    let big = format!("{REFERENCE}\n").repeat(32);
    group.throughput(Throughput::Elements(big.chars().count() as u64));
    group.sample_size(10);
    group.bench_function("reference notice x32", |b| {
        b.iter(|| inspection_report_import::analyze(black_box(&big)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
