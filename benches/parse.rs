//! Throughput benches: `cargo bench`.
//!
//! - `seed/*`: each stage over the seed notice, the whole parse, parse + JSON, and the JSON alone
//!   (`to_json` by the library's writer, `to_json_serde` by serde_json);
//! - `seed/baseline_regex`: one naive regex pass over the same text (item markers, deadline
//!   phrases, trailing parentheses) — the ceiling a full parse is held against in the same run;
//! - `corpus/*`: the whole parse of every fixture, and of the real notices in `../shared/` when
//!   present;
//! - `batch/folder_to_jsonl`: 10,000 generated notices read from a folder, parsed and written as
//!   JSON lines to a file, on one thread;
//! - `scaling/*`: pathological inputs at 1× and 10× their size, to show linear time.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

mod common;
use common::{SEED, folder_to_jsonl, notices, seed_parse};

fn seed(c: &mut Criterion) {
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
    g.bench_function("departments", |b| {
        let raws: Vec<&str> = SEED
            .lines()
            .filter_map(|l| l.trim_end().strip_suffix(')'))
            .filter_map(|l| l.rsplit_once('(').map(|(_, r)| r))
            .collect();
        assert_eq!(raws.len(), 40);
        b.iter(|| {
            let n: usize = raws
                .iter()
                .map(|r| gongwen::extract::department::parse_departments(black_box(r)).len())
                .sum();
            assert_eq!(n, 158);
        });
    });
    seed_parse(&mut g);
    g.bench_function("parse_to_json", |b| {
        b.iter(|| {
            let n = gongwen::parse(black_box(SEED)).expect("parses");
            let json = n.to_json();
            assert!(json.len() > SEED.len());
        });
    });
    // The JSON alone, by the library's writer and by serde_json, of the parsed seed.
    let parsed = gongwen::parse(SEED).expect("parses");
    g.bench_function("to_json", |b| {
        let mut out = Vec::new();
        b.iter(|| {
            out.clear();
            black_box(&parsed).write_json(&mut out);
            assert!(out.len() > SEED.len());
        });
    });
    g.bench_function("to_json_serde", |b| {
        let mut out = Vec::new();
        b.iter(|| {
            out.clear();
            serde_json::to_writer(&mut out, black_box(&parsed)).expect("serialises");
            assert!(out.len() > SEED.len());
        });
    });
    // The ceiling: one pass of a naive regex for item markers, deadline phrases and trailing
    // parentheses, counting matches and nothing more.
    let naive = regex::Regex::new(
        r"(?m)^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|[0-9]+[.．])|[0-9]{1,2}月底前|年底前|年内|[0-9]+年内|从[0-9]{1,2}月起|至[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[(（][^()（）]*(?:牵头|负责|配合)[^()（）]*[)）]\s*$",
    )
    .expect("valid");
    g.bench_function("baseline_regex", |b| {
        b.iter(|| {
            let n = naive.find_iter(black_box(SEED)).count();
            assert!(n > 100);
        });
    });
    g.finish();
}

fn corpus(c: &mut Criterion) {
    let mut g = c.benchmark_group("corpus");
    let all = notices();
    let total: usize = all.iter().map(|(_, b)| b.len()).sum();
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("all_files", |b| {
        b.iter(|| {
            for (_, bytes) in &all {
                let (n, _) = gongwen::parse_bytes(black_box(bytes)).expect("parses");
                black_box(n);
            }
        });
    });
    for (name, bytes) in all.iter().filter(|(_, b)| b.len() > 5000) {
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_with_input(BenchmarkId::new("parse", name), bytes, |b, bytes| {
            b.iter(|| gongwen::parse_bytes(black_box(bytes)).expect("parses"));
        });
    }
    g.finish();
}

fn batch(c: &mut Criterion) {
    folder_to_jsonl(c, "folder_to_jsonl", |source, notice, record| {
        record.extend_from_slice(b"{\"source\":");
        serde_json::to_writer(&mut *record, source).expect("writes");
        record.extend_from_slice(b",\"notice\":");
        notice.write_json(record);
        record.push(b'}');
    });
}

/// Pathological inputs at 1× and 10×: the time should grow about tenfold, never more.
fn scaling(c: &mut Criterion) {
    type Make = Box<dyn Fn(usize) -> String>;
    let cases: Vec<(&str, Make)> = vec![
        (
            "one_long_line",
            Box::new(|n| "广东省人民政府关于印发的通知。".repeat(n * 200)),
        ),
        ("markers_in_a_row", Box::new(|n| "(一)\n".repeat(n * 2000))),
        (
            "all_levels_interleaved",
            Box::new(|n| "一、a\n(一)b\n1.c\n(1)d\n①e\n第一条 f\n".repeat(n * 500)),
        ),
        (
            "nested_parentheses",
            Box::new(|n| format!("{}{}", "(".repeat(n * 3000), ")".repeat(n * 3000))),
        ),
        ("unclosed_parentheses", Box::new(|n| "(省".repeat(n * 3000))),
        (
            "deadline_soup",
            Box::new(|n| "6月底前、年底前、5年内、从4月起至2022年4月30日".repeat(n * 300)),
        ),
    ];
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for (name, make) in &cases {
        for scale in [1, 10] {
            let text = make(scale);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(
                BenchmarkId::new(*name, format!("{scale}x")),
                &text,
                |b, t| {
                    b.iter(|| {
                        gongwen::parse(black_box(t))
                            .map(|n| n.warnings.len())
                            .unwrap_or(0)
                    });
                },
            );
        }
    }
    g.finish();
}

criterion_group!(benches, seed, corpus, batch, scaling);
criterion_main!(benches);
