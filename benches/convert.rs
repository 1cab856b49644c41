//! The converter's path, on one thread: `cargo bench --bench convert`.
//!
//! `batch/folder_to_jsonl_converter` reads the 10,000 generated notices of the `parse` bench's
//! archive, parses them and writes JSON lines to a file exactly as `examples/parse.rs` does
//! with `--jsonl --jobs 1`: with its allocator (mimalloc) and its JSON writer (sonic-rs).
//! `seed_mimalloc/parse` is the `parse` bench's `seed/parse` under that allocator. The `parse`
//! bench keeps the system allocator, as a library user has it.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::io::Write;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;
use common::{SEED, archive, seed_parse, text_files};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn seed(c: &mut Criterion) {
    let mut g = c.benchmark_group("seed_mimalloc");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    seed_parse(&mut g);
    g.finish();
}

fn converter(c: &mut Criterion) {
    let (dir, bytes) = archive();
    let files = text_files(&dir);
    assert_eq!(files.len(), 10_000);
    let out = std::env::temp_dir().join("gongwen-bench-convert.jsonl");
    let mut g = c.benchmark_group("batch");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("folder_to_jsonl_converter", |b| {
        b.iter(|| {
            let mut w = std::io::BufWriter::with_capacity(
                1 << 20,
                std::fs::File::create(&out).expect("out"),
            );
            let mut record = Vec::new();
            for f in &files {
                let data = std::fs::read(f).expect("read");
                let (notice, _) = gongwen::parse_bytes(&data).expect("parses");
                #[derive(serde::Serialize)]
                struct Record<'a> {
                    source: &'a std::path::Path,
                    notice: &'a gongwen::Notice,
                }
                record.clear();
                sonic_rs::to_writer(
                    &mut record,
                    &Record {
                        source: f,
                        notice: &notice,
                    },
                )
                .expect("serialises");
                record.push(b'\n');
                w.write_all(&record).expect("writes");
            }
            w.flush().expect("flush");
        });
    });
    g.finish();
}

criterion_group!(benches, seed, converter);
criterion_main!(benches);
