//! What the bench targets share: the notices to run on, a generated archive, and the benches
//! both targets run.

// Each bench target uses only some of these.
#![allow(dead_code)]

use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput};

/// The seed notice, the text every `seed` bench runs on.
pub const SEED: &str = include_str!("../../fixtures/seed/000_fd4865ccc7d4429b.txt");

/// The whole parse of the seed, as `parse` in `g`.
pub fn seed_parse(g: &mut BenchmarkGroup<'_, WallTime>) {
    g.bench_function("parse", |b| {
        b.iter(|| {
            let n = gongwen::parse(black_box(SEED)).expect("parses");
            assert_eq!(n.enclosures[0].sections.len(), 3);
        });
    });
}

pub fn text_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

pub fn notices() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = text_files(&root.join("fixtures"));
    files.extend(text_files(&root.join("../shared/corpus")));
    files.extend(text_files(&root.join("../shared/corpus-full")));
    files
        .into_iter()
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

/// A folder of 10,000 notices made from the fixtures (and the shared corpus when present),
/// each with its own serial number, and its size in bytes. A folder made by an earlier run is
/// kept (its notices are those of the fixtures of that run); its size is that of its files.
pub fn archive() -> (PathBuf, usize) {
    make_archive("gongwen-bench-archive", &notices(), 10_000)
}

/// A folder of 3,000 complete published notices: the seed and the long notices of the shared
/// `corpus-full` (the seed alone where that is absent), as an archive crawled from portals
/// holds them, and its size in bytes.
pub fn complete_archive() -> (PathBuf, usize) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut base = vec![("seed".to_string(), SEED.as_bytes().to_vec())];
    base.extend(
        text_files(&root.join("../shared/corpus-full"))
            .into_iter()
            .map(|p| (String::new(), std::fs::read(&p).unwrap())),
    );
    make_archive("gongwen-bench-complete", &base, 3_000)
}

/// `count` notices cycled from `base` into a folder of the temporary directory, each with its
/// own serial number (55号 → N号), a hundred to a subfolder.
fn make_archive(name: &str, base: &[(String, Vec<u8>)], count: usize) -> (PathBuf, usize) {
    let dir = std::env::temp_dir().join(name);
    let marker = dir.join(".complete");
    if !marker.exists() {
        for k in 0..count {
            let (_, src) = &base[k % base.len()];
            let text = String::from_utf8_lossy(src).replace("55号", &format!("{}号", k + 1));
            let sub = dir.join(format!("{:03}", k / 100));
            std::fs::create_dir_all(&sub).expect("temp dir");
            std::fs::write(sub.join(format!("{k:05}.txt")), text).expect("write");
        }
        std::fs::write(&marker, b"").expect("marker");
    }
    let bytes = text_files(&dir)
        .iter()
        .map(|p| std::fs::metadata(p).map_or(0, |m| m.len() as usize))
        .sum();
    (dir, bytes)
}

/// `batch/{name}`: the 10,000 notices of [`archive`] read, parsed and written to a file as JSON
/// lines on one thread, each line by `write_record` (source, notice, the line to fill).
pub fn folder_to_jsonl(
    c: &mut Criterion,
    name: &str,
    write_record: impl Fn(&Path, &gongwen::Notice, &mut Vec<u8>),
) {
    let (dir, bytes) = archive();
    folder_to_jsonl_of(c, name, &dir, bytes, write_record);
}

/// `batch/{name}` over the notices of `dir` (`bytes` in all).
pub fn folder_to_jsonl_of(
    c: &mut Criterion,
    name: &str,
    dir: &Path,
    bytes: usize,
    write_record: impl Fn(&Path, &gongwen::Notice, &mut Vec<u8>),
) {
    let files = text_files(dir);
    assert!(!files.is_empty());
    let out = std::env::temp_dir().join(format!("gongwen-bench-{name}.jsonl"));
    let mut g = c.benchmark_group("batch");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(name, |b| {
        b.iter(|| {
            let mut w = std::io::BufWriter::with_capacity(
                1 << 20,
                std::fs::File::create(&out).expect("out"),
            );
            let mut record = Vec::new();
            for f in &files {
                let data = std::fs::read(f).expect("read");
                let (notice, _) = gongwen::parse_bytes(&data).expect("parses");
                record.clear();
                write_record(f, &notice, &mut record);
                record.push(b'\n');
                w.write_all(&record).expect("writes");
            }
            w.flush().expect("flush");
        });
    });
    g.finish();
}
