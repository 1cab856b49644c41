//! The converter's path, on one thread: `cargo bench --bench convert`.
//!
//! `batch/folder_to_jsonl_converter` reads the 10,000 generated notices of the `parse` bench's
//! archive, parses them and writes JSON lines to a file exactly as `examples/parse.rs` does
//! with `--jsonl --jobs 1`: with its allocator (mimalloc) and its JSON writer (`Notice::write_json`).
//! `batch/complete_notices_converter` does the same over 3,000 complete published notices (the
//! seed and the long notices of the shared `corpus-full`), as an archive of whole documents
//! holds them. `seed_mimalloc/parse` is the `parse` bench's `seed/parse` under that allocator.
//! The `parse` bench keeps the system allocator, as a library user has it.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;
use common::{SEED, complete_archive, folder_to_jsonl, folder_to_jsonl_of, seed_parse};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn seed(c: &mut Criterion) {
    let mut g = c.benchmark_group("seed_mimalloc");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    seed_parse(&mut g);
    g.finish();
}

/// One JSON line as the converter writes it.
fn record(source: &std::path::Path, notice: &gongwen::Notice, record: &mut Vec<u8>) {
    record.extend_from_slice(b"{\"source\":");
    serde_json::to_writer(&mut *record, source).expect("writes");
    record.extend_from_slice(b",\"notice\":");
    notice.write_json(record);
    record.push(b'}');
}

fn converter(c: &mut Criterion) {
    folder_to_jsonl(c, "folder_to_jsonl_converter", record);
    let (dir, bytes) = complete_archive();
    folder_to_jsonl_of(c, "complete_notices_converter", &dir, bytes, record);
}

criterion_group!(benches, seed, converter);
criterion_main!(benches);
