//! Runs the `parse` example binary the way a user does.

use std::path::PathBuf;
use std::process::{Command, Stdio};

fn example_bin() -> PathBuf {
    // `cargo test` builds examples as target/<profile>/examples/parse-<hash>; `cargo build`
    // uplifts them to examples/parse. Take the most recently built one.
    let mut dir = std::env::current_exe().expect("test binary path");
    dir.pop();
    if dir.ends_with("deps") {
        dir.pop();
    }
    dir.push("examples");
    let exe = std::env::consts::EXE_SUFFIX;
    let newest = std::fs::read_dir(&dir)
        .expect("the parse example is built by `cargo test`")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let stem = name.strip_suffix(exe).unwrap_or(name);
            (stem == "parse" || (stem.starts_with("parse-") && !stem.contains('.')))
                && name.ends_with(exe)
        })
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
    newest.unwrap_or_else(|| panic!("no parse example in {}", dir.display()))
}

const SEED: &str = "fixtures/seed/000_fd4865ccc7d4429b.txt";

#[test]
fn prints_the_seed_as_json() {
    let out = Command::new(example_bin())
        .arg(SEED)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["schema_version"], "1");
    assert_eq!(v["doc_number"]["normalized"], "粤办函〔2021〕55号");
    assert_eq!(
        v["enclosures"][0]["sections"].as_array().map(Vec::len),
        Some(3)
    );
    // Pretty JSON that round-trips into the typed model.
    let n: gongwen::Notice = serde_json::from_slice(&out.stdout).expect("deserialises");
    let again = gongwen::parse(&std::fs::read_to_string(SEED).expect("seed")).expect("parses");
    assert_eq!(n, again);
}

#[test]
fn reads_stdin() {
    let mut child = Command::new(example_bin())
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawns");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin
            .write_all(&std::fs::read(SEED).expect("seed"))
            .expect("writes");
    }
    let out = child.wait_with_output().expect("finishes");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["issuer"], "广东省人民政府办公厅");
}

#[test]
fn one_line_on_stderr_and_nonzero_on_error() {
    let out = Command::new(example_bin())
        .arg("does/not/exist.txt")
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("does/not/exist.txt"));

    let mut child = Command::new(example_bin())
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("finishes");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim(),
        "-:1:1: empty error: expected the text of a notice, found an empty input"
    );
}

/// A mixed archive: UTF-8, GB18030, UTF-16, an empty file, a PDF and undecodable bytes, in
/// folders.
fn archive(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gongwen-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("b/c")).expect("temp dir");
    let seed = std::fs::read_to_string(SEED).expect("seed");
    std::fs::write(dir.join("a_utf8.txt"), &seed).expect("write");
    let mut u16 = vec![0xFF, 0xFE];
    u16.extend(seed.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(dir.join("b/u16.txt"), u16).expect("write");
    let crlf = seed.replace('\n', "\r\n");
    std::fs::write(dir.join("b/c/crlf.txt"), crlf).expect("write");
    std::fs::write(dir.join("b/empty.txt"), "").expect("write");
    // An attachment the crawl saved beside the pages.
    std::fs::write(dir.join("b/c/plan.pdf"), b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n").expect("write");
    std::fs::write(
        dir.join("z_four.txt"),
        std::fs::read("fixtures/shapes/four_levels_fullwidth.txt").expect("fixture"),
    )
    .expect("write");
    dir
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(example_bin())
        .args(args)
        .output()
        .expect("runs")
}

/// The records a run wrote to stdout, one JSON object per line.
fn records(out: &std::process::Output) -> Vec<serde_json::Value> {
    std::str::from_utf8(&out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

#[test]
fn folder_to_jsonl_with_error_records_summary_and_exit_2() {
    let dir = archive("jsonl");
    let out = run(&["--jsonl", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "one file failed");
    let lines = records(&out);
    let sources: Vec<String> = lines
        .iter()
        .map(|v| {
            v["source"]
                .as_str()
                .unwrap()
                .rsplit(['/', '\\'])
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        sources,
        [
            "a_utf8.txt",
            "crlf.txt",
            "plan.pdf",
            "empty.txt",
            "u16.txt",
            "z_four.txt"
        ],
        "sorted walk"
    );
    assert_eq!(lines[2]["error"]["kind"], "binary");
    assert_eq!(lines[3]["error"]["kind"], "empty");
    for i in [0, 1, 4] {
        assert_eq!(
            lines[i]["notice"]["doc_number"]["normalized"],
            "粤办函〔2021〕55号"
        );
    }
    assert_eq!(lines[4]["notice"]["source_encoding"], "UTF-16LE");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("empty.txt:1:1: empty error"), "{err}");
    assert!(
        err.contains("plan.pdf:1:1: binary error: expected the text of a notice, found a PDF file"),
        "{err}"
    );
    assert!(
        err.lines()
            .last()
            .unwrap()
            .starts_with("files 6, notices 4,"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn jsonl_records_are_the_librarys_json_byte_for_byte() {
    let dir = archive("bytes");
    let out = run(&["--jsonl", dir.to_str().unwrap()]);
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let mut checked = 0;
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON");
        if v.get("notice").is_none() {
            continue;
        }
        let source = v["source"].as_str().expect("source");
        let bytes = std::fs::read(source).expect("input");
        let (notice, _) = gongwen::parse_bytes(&bytes).expect("parses");
        let expected = format!(
            "{{\"source\":{},\"notice\":{}}}",
            serde_json::to_string(source).expect("serialises"),
            serde_json::to_string(&notice).expect("serialises")
        );
        assert_eq!(line, expected, "{source}");
        checked += 1;
    }
    assert_eq!(checked, 4);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn same_input_same_bytes_whatever_the_jobs() {
    let dir = archive("jobs");
    let one = run(&["--jobs", "1", dir.to_str().unwrap()]);
    let two = run(&["--jobs", "2", dir.to_str().unwrap()]);
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, two.stdout);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn files_from_output_and_tasks() {
    let dir = archive("tasks");
    let list = dir.join("list.txt");
    std::fs::write(
        &list,
        format!(
            "{SEED}\nfixtures/shapes/four_levels_fullwidth.txt\nfixtures/shapes/city_plan_with_labelled_parentheses_and_time_limits.txt\n"
        ),
    )
    .expect("write");
    let csv_path = dir.join("tasks.csv");
    let out = run(&[
        "--tasks",
        "--files-from",
        list.to_str().unwrap(),
        "-o",
        csv_path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut r = csv::Reader::from_path(&csv_path).expect("csv");
    let headers = r.headers().expect("headers").clone();
    assert_eq!(&headers[0], "source");
    assert_eq!(&headers[9], "deadlines");
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    // The seed's 40 items all carry a responsibility; the fixture has 4 rows.
    let seed_rows: Vec<_> = rows.iter().filter(|x| x[0].contains("000_fd48")).collect();
    assert_eq!(seed_rows.len(), 40);
    let eighth = seed_rows.iter().find(|x| &x[4] == "一/(八)").expect("(八)");
    assert_eq!(
        &eighth[6],
        "省政府办公厅;省市场监管局;省司法厅;省政务服务数据管理局"
    );
    assert_eq!(&eighth[9], "by:2021-12-31");
    assert_eq!(&eighth[3], "enclosures[0]");
    // A limit written twice (2024年6月底前 and 完成时限：2024年6月) is one cell entry.
    let plan = rows
        .iter()
        .find(|x| x[0].contains("city_plan") && &x[4] == "二/(一)")
        .expect("二/(一)");
    assert_eq!(&plan[9], "by:2024-06-30");
    assert_eq!(&plan[6], "市工业和信息化局");

    let out = run(&["--tasks", "--jsonl", SEED]);
    let first: serde_json::Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert!(first["lead"].is_array() && first["deadlines"].is_array());
    assert_eq!(first["source"], SEED);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn usage_errors_exit_1_and_help_exits_0() {
    assert_eq!(run(&[]).status.code(), Some(1));
    assert_eq!(run(&["--jobs", "x", SEED]).status.code(), Some(1));
    assert_eq!(run(&["--bogus", SEED]).status.code(), Some(1));
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("EXIT STATUS"));
}

/// Symbolic links that lead back up the tree, or to a folder walked already, are not followed:
/// the walk ends, and each file is read once, by its own path.
#[cfg(unix)]
#[test]
fn a_loop_of_links_is_walked_once() {
    let dir = std::env::temp_dir().join(format!("gongwen-links-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("a/b")).expect("temp dir");
    std::fs::copy(SEED, dir.join("a/b/seed.txt")).expect("copy");
    std::os::unix::fs::symlink("..", dir.join("a/b/up")).expect("link");
    std::os::unix::fs::symlink(&dir, dir.join("a/root")).expect("link");
    std::os::unix::fs::symlink(dir.join("a/b"), dir.join("b_again")).expect("link");
    // A folder outside the tree, linked twice and linking back to itself, is walked once.
    let outside = std::env::temp_dir().join(format!("gongwen-outside-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&outside);
    std::fs::create_dir_all(&outside).expect("temp dir");
    std::fs::copy(SEED, outside.join("other.txt")).expect("copy");
    std::os::unix::fs::symlink(&outside, outside.join("again")).expect("link");
    std::os::unix::fs::symlink(&outside, dir.join("a/ext1")).expect("link");
    std::os::unix::fs::symlink(&outside, dir.join("ext2")).expect("link");
    let out = run(&["--jsonl", dir.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&outside);
    assert_eq!(out.status.code(), Some(0));
    let records = records(&out);
    let sources: Vec<_> = records
        .iter()
        .map(|r| r["source"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(sources.len(), 2, "{sources:?}");
    assert!(sources[0].ends_with("a/b/seed.txt"), "{sources:?}");
    assert!(sources[1].ends_with("a/ext1/other.txt"), "{sources:?}");
}

/// A file over the library's size limit is an error record with its size, and is not read.
#[test]
fn a_file_over_the_limit_is_a_record_and_is_not_read() {
    let dir = std::env::temp_dir().join(format!("gongwen-large-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let big = dir.join("big.txt");
    // A sparse file: its size is on record, its bytes take no room.
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(100 << 20))
        .expect("sparse file");
    std::fs::copy(SEED, dir.join("seed.txt")).expect("copy");
    let out = run(&["--jsonl", dir.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2));
    let lines = records(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["error"]["kind"], "too_large");
    assert!(
        lines[0]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("found 104857600 bytes")),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[1]["notice"]["doc_number"]["normalized"],
        "粤办函〔2021〕55号"
    );
}
