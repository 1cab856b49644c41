//! Throughput of the parser on the seed notice, per stage and whole: `cargo bench`.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const SEED: &str = include_str!("../fixtures/seed/000_fd4865ccc7d4429b.txt");

fn stages(c: &mut Criterion) {
    let mut g = c.benchmark_group("seed");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("decode", |b| {
        b.iter(|| {
            let d = gongwen::decode::decode(black_box(SEED.as_bytes()));
            assert_eq!(d.encoding, "UTF-8");
        });
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            let lines = gongwen::segment::lines(black_box(SEED));
            assert!(lines.len() > 60);
        });
    });
    g.bench_function("deadlines", |b| {
        let anchors = gongwen::extract::deadline::Anchors {
            written: gongwen::Date::new(2021, 4, 16),
            ..Default::default()
        };
        b.iter(|| {
            let found = gongwen::extract::deadline::find_deadlines(black_box(SEED), anchors);
            assert!(found.len() >= 39);
        });
    });
    g.bench_function("parse", |b| {
        b.iter(|| {
            let n = gongwen::parse(black_box(SEED)).expect("parses");
            assert_eq!(n.enclosures[0].sections.len(), 3);
        });
    });
    g.bench_function("parse_to_json", |b| {
        b.iter(|| {
            let n = gongwen::parse(black_box(SEED)).expect("parses");
            let json = serde_json::to_vec(&n).expect("serialises");
            assert!(json.len() > SEED.len());
        });
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
