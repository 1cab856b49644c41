//! Prints the JSON of one notice: `cargo run --release --example parse -- FILE` (`-` for stdin).
//!
//! On error, one line on stderr and a non-zero exit.

use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: parse FILE   (use - for stdin)");
        return ExitCode::from(1);
    };
    let bytes = if path == "-" {
        let mut b = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut b) {
            eprintln!("-: read error: {e}");
            return ExitCode::from(2);
        }
        b
    } else {
        match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: read error: {e}");
                return ExitCode::from(2);
            }
        }
    };
    match gongwen::parse_bytes(&bytes) {
        Ok((notice, _)) => {
            let json = serde_json::to_string_pretty(&notice).expect("the model always serialises");
            let mut out = std::io::stdout().lock();
            if writeln!(out, "{json}").is_err() {
                return ExitCode::from(2);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {} error: {e}", e.kind.as_str());
            ExitCode::from(2)
        }
    }
}
