//! The reference notice (Xuchang, 2025-10-23): build it with the builders, write it as JSON,
//! read it, validate it, read and validate in one call; and export the JSON Schema.
//!
//! ```text
//! cargo bench --bench notice
//! ```

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use inspection_report::{Inspection, Validate, json, schema, validate};
use inspection_report_testkit::xuchang_2025;

fn reference_notice(c: &mut Criterion) {
    let report = xuchang_2025::report();
    let json = json::to_string_pretty(&report).into_bytes();
    let findings = report.iter_findings().count() as u64;

    let mut group = c.benchmark_group("notice");
    group.throughput(Throughput::ElementsAndBytes {
        elements: findings,
        bytes: json.len() as u64,
    });
    group.bench_function("build", |b| {
        b.iter(|| black_box(xuchang_2025::try_report()))
    });
    group.bench_function("serialize", |b| {
        b.iter(|| black_box(json::to_string_pretty(black_box(&report))))
    });
    group.bench_function("serde_json_from_slice", |b| {
        b.iter(|| black_box(serde_json::from_slice::<Inspection>(black_box(&json))))
    });
    group.bench_function("read", |b| {
        b.iter(|| black_box(json::from_slice::<Inspection>(black_box(&json))))
    });
    group.bench_function("validate", |b| {
        b.iter(|| black_box(black_box(&report).validate()))
    });
    group.bench_function("validate_json", |b| {
        b.iter(|| black_box(validate::from_slice(black_box(&json))))
    });
    group.finish();
}

fn schema_export(c: &mut Criterion) {
    c.bench_function("schema/schema::inspection", |b| {
        b.iter(|| black_box(schema::inspection()))
    });
}

criterion_group!(benches, reference_notice, schema_export);
criterion_main!(benches);
