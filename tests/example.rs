//! Runs the `parse` example binary the way a user does.

use std::path::PathBuf;
use std::process::{Command, Stdio};

fn example_bin() -> PathBuf {
    // target/<profile>/deps/example-<hash> → target/<profile>/examples/parse
    let mut p = std::env::current_exe().expect("test binary path");
    p.pop();
    if p.ends_with("deps") {
        p.pop();
    }
    p.push("examples");
    p.push(format!("parse{}", std::env::consts::EXE_SUFFIX));
    assert!(
        p.exists(),
        "the parse example is built by `cargo test`: {}",
        p.display()
    );
    p
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
        "-: empty error: line 1, column 1: expected the text of a notice, found an empty input"
    );
}
