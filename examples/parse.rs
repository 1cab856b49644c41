//! `parse` — converts notices to JSON: one file to pretty JSON, whole archives to JSON lines.
//!
//! A thin shell over the library: reading files, walking folders, running in parallel and
//! writing records in input order. Run `parse --help` for the options.

use std::io::{BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use rayon::prelude::*;

// The converter allocates and frees many small strings per notice; mimalloc does that faster
// than the system allocator. (The library itself leaves the choice to its users.)
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const HELP: &str = "\
parse — Chinese government notices (公文) to JSON

USAGE:
    parse [OPTIONS] [INPUT]...

INPUT is a file, a folder (walked recursively, in sorted order; hidden entries skipped, a
link to a folder outside the tree followed once) or - for stdin.
One file prints the pretty JSON of its notice. Several files, a folder, or --jsonl print one
compact JSON object per line, in input order whatever the parallelism:
    {\"source\": PATH, \"notice\": {...}}
    {\"source\": PATH, \"error\": {\"kind\": ..., \"message\": ..., \"line\": L, \"column\": C}}

OPTIONS:
    --jsonl              JSON lines even for one file
    --files-from LIST    read input paths from LIST, one per line (- for stdin)
    -o, --output FILE    write to FILE instead of stdout
    -j, --jobs N         parse N files at a time (default: all cores)
    --tasks              print the task table (who must do what by when): CSV, or JSON lines
                         with --jsonl
    --schema             print the JSON Schema of a notice and exit
    -h, --help           print this help

A file that cannot be read or parsed never stops a batch: it becomes an error record, and one
line on stderr names it, the error kind and the position (line:column, in characters). The
kinds: io (unreadable), empty, blank, too_large, binary (a PDF, a Word file, an image or other
bytes that are no text). A summary goes to stderr at the end of a batch.

EXIT STATUS:
    0    every file parsed
    2    some file could not be read or parsed
    1    usage error
";

#[derive(Default)]
struct Args {
    inputs: Vec<String>,
    files_from: Option<String>,
    jsonl: bool,
    output: Option<String>,
    jobs: Option<usize>,
    tasks: bool,
    schema: bool,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut a = Args::default();
    let mut it = std::env::args().skip(1);
    let mut only_inputs = false;
    while let Some(arg) = it.next() {
        if only_inputs {
            a.inputs.push(arg);
            continue;
        }
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--jsonl" => a.jsonl = true,
            "--tasks" => a.tasks = true,
            "--schema" => a.schema = true,
            "--files-from" => a.files_from = Some(value("--files-from")?),
            "-o" | "--output" => a.output = Some(value("--output")?),
            "-j" | "--jobs" => {
                let v = value("--jobs")?;
                let n: usize = v
                    .parse()
                    .map_err(|_| format!("--jobs expects a number, found `{v}`"))?;
                a.jobs = Some(n.max(1));
            }
            "--" => only_inputs = true,
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option `{s}`")),
            _ => a.inputs.push(arg),
        }
    }
    if a.inputs.is_empty() && a.files_from.is_none() && !a.schema {
        return Err("expected at least one INPUT (a file, a folder or -)".into());
    }
    Ok(Some(a))
}

/// One input: a file, or stdin.
#[derive(Clone)]
enum Input {
    Stdin,
    File(PathBuf),
    /// A folder of the walk that could not be read, with why: an error record of its own.
    Unreadable(PathBuf, String),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) | Input::Unreadable(p, _) => p.display().to_string(),
        }
    }
}

/// Files under `dir`, recursively, in sorted order (hidden entries skipped). A symbolic link
/// to a folder inside the tree is not followed (the folder is walked as itself), and a folder
/// outside it is walked once however many links lead there, so that loops of links end. A
/// folder that cannot be read is an input of its own, whose record says why.
fn walk(dir: &Path, out: &mut Vec<Input>) -> std::io::Result<()> {
    let root = std::fs::canonicalize(dir)?;
    let mut seen = std::collections::HashSet::new();
    // Each folder with its canonical path.
    let mut stack = vec![(dir.to_path_buf(), root.clone())];
    let mut found: Vec<(PathBuf, Option<String>)> = Vec::new();
    while let Some((d, real)) = stack.pop() {
        if !seen.insert(real.clone()) {
            continue;
        }
        let listed =
            std::fs::read_dir(&d).and_then(|entries| entries.collect::<Result<Vec<_>, _>>());
        let mut entries = match listed {
            Ok(entries) => entries,
            // The folder asked for must be readable: that is a usage error.
            Err(e) if d == dir => return Err(e),
            Err(e) => {
                found.push((d, Some(e.to_string())));
                continue;
            }
        };
        // In order of name, so that which of two links to one folder is walked never depends
        // on the order the system lists them in.
        entries.sort_by_key(std::fs::DirEntry::file_name);
        for entry in entries.into_iter().rev() {
            let path = entry.path();
            if path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
            {
                continue;
            }
            // The entry's own type costs no system call; only a symbolic link is followed to
            // learn whether it leads to a folder.
            let (is_dir, link) = match entry.file_type() {
                Ok(t) if t.is_symlink() => (path.is_dir(), true),
                Ok(t) => (t.is_dir(), false),
                Err(_) => (path.is_dir(), true),
            };
            if !is_dir {
                found.push((path, None));
            } else if !link {
                let real = real.join(entry.file_name());
                stack.push((path, real));
            } else if let Ok(target) = std::fs::canonicalize(&path)
                && !target.starts_with(&root)
            {
                stack.push((path, target));
            }
        }
    }
    found.sort();
    out.extend(found.into_iter().map(|(p, e)| match e {
        Some(e) => Input::Unreadable(p, e),
        None => Input::File(p),
    }));
    Ok(())
}

fn expand(args: &Args) -> Result<Vec<Input>, String> {
    let mut names = args.inputs.clone();
    if let Some(list) = &args.files_from {
        let text = if list == "-" {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| format!("-: {e}"))?;
            s
        } else {
            std::fs::read_to_string(list).map_err(|e| format!("{list}: {e}"))?
        };
        names.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from),
        );
    }
    let mut out = Vec::new();
    for n in names {
        let p = PathBuf::from(&n);
        if n == "-" {
            out.push(Input::Stdin);
        } else if p.is_dir() {
            walk(&p, &mut out).map_err(|e| format!("{n}: {e}"))?;
        } else {
            // A missing file becomes an error record, not a usage error.
            out.push(Input::File(p));
        }
    }
    Ok(out)
}

/// What one input gave.
/// The counts of the summary.
#[derive(Default)]
struct Tally {
    files: usize,
    notices: usize,
    warnings: usize,
    errors: usize,
    bytes: usize,
}

/// What the summary needs of one input once it is rendered.
struct Done {
    bytes: usize,
    /// The number of warnings, when the input parsed.
    warnings: Option<usize>,
    /// The stderr line of a failure.
    error: Option<String>,
}

struct Outcome {
    bytes: usize,
    notice: Option<gongwen::Notice>,
    error: Option<(String, String, usize, usize)>,
}

/// A file larger than the library takes, left unread: its size.
#[derive(Debug)]
struct TooLarge(usize);

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} bytes", self.0)
    }
}

impl std::error::Error for TooLarge {}

/// Reads `input` whole: the bytes of a file, or nothing for stdin, which was read up front. A
/// file larger than the library takes is not read (its record says so), and no more than one
/// byte over that size is ever read, whatever the file says of itself (a device, a pipe).
fn read(input: &Input) -> std::io::Result<Vec<u8>> {
    let path = match input {
        Input::Stdin => return Ok(Vec::new()),
        Input::File(p) => p,
        Input::Unreadable(_, why) => return Err(std::io::Error::other(why.clone())),
    };
    let limit = gongwen::ParseOptions::new().get_max_input_size();
    let file = std::fs::File::open(path)?;
    // The size the file says it has, and one byte more to see its end in one read.
    let hint = file.metadata().map_or(0, |m| m.len() as usize);
    if hint > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            TooLarge(hint),
        ));
    }
    let mut buf = Vec::with_capacity(hint.saturating_add(1));
    file.take(limit as u64 + 1).read_to_end(&mut buf)?;
    Ok(buf)
}

/// Parses what [`read`] gave for `input`.
fn process(input: &Input, stdin: &Option<Vec<u8>>, read: &std::io::Result<Vec<u8>>) -> Outcome {
    let bytes = match (input, read) {
        (Input::Stdin, _) => stdin.as_deref().unwrap_or_default(),
        (_, Ok(b)) => b.as_slice(),
        (_, Err(e)) => {
            let error = match e.get_ref().and_then(|x| x.downcast_ref::<TooLarge>()) {
                Some(&TooLarge(size)) => {
                    let limit = gongwen::ParseOptions::new().get_max_input_size();
                    let kind = gongwen::ErrorKind::TooLarge { size, limit };
                    Some((kind.as_str().to_string(), kind.to_string(), 1, 1))
                }
                None => Some(("io".to_string(), e.to_string(), 0, 0)),
            };
            return Outcome {
                bytes: 0,
                notice: None,
                error,
            };
        }
    };
    match gongwen::parse_bytes(bytes) {
        Ok((notice, _)) => Outcome {
            bytes: bytes.len(),
            notice: Some(notice),
            error: None,
        },
        Err(e) => Outcome {
            bytes: bytes.len(),
            notice: None,
            error: Some((
                e.kind.as_str().to_string(),
                e.kind.to_string(),
                e.line,
                e.column,
            )),
        },
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Pretty,
    Jsonl,
    TasksCsv,
    TasksJsonl,
}

const TASK_HEADER: [&str; 10] = [
    "source",
    "doc_number",
    "written_date",
    "block",
    "path",
    "heading",
    "lead",
    "responsible",
    "cooperating",
    "deadlines",
];

/// The output for one input, rendered on the worker thread.
fn render(mode: Mode, source: &str, o: &Outcome) -> Vec<u8> {
    // The JSON of a notice runs to about three times its text.
    let mut out = Vec::with_capacity(o.bytes * 3 + 256);
    match (mode, &o.notice, &o.error) {
        (Mode::Pretty, Some(n), _) => {
            serde_json::to_writer_pretty(&mut out, n).expect("the model always serialises");
            out.push(b'\n');
        }
        (Mode::Jsonl, Some(n), _) => {
            // `{"source": …, "notice": …}`, the notice written by the library's own JSON
            // writer (the same bytes as serde_json's, without going through serde).
            out.extend_from_slice(b"{\"source\":");
            serde_json::to_writer(&mut out, source).expect("serialises");
            out.extend_from_slice(b",\"notice\":");
            n.write_json(&mut out);
            out.extend_from_slice(b"}\n");
        }
        (Mode::Jsonl, None, Some((kind, message, line, column))) => {
            let rec = serde_json::json!({
                "source": source,
                "error": { "kind": kind, "message": message, "line": line, "column": column }
            });
            out = serde_json::to_vec(&rec).expect("serialises");
            out.push(b'\n');
        }
        (Mode::TasksJsonl, Some(n), _) => {
            for row in n.tasks() {
                let mut v = serde_json::to_value(&row).expect("serialises");
                if let Some(obj) = v.as_object_mut() {
                    obj.insert("source".into(), source.into());
                }
                out.extend(serde_json::to_vec(&v).expect("serialises"));
                out.push(b'\n');
            }
        }
        (Mode::TasksCsv, Some(n), _) => {
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(Vec::new());
            for row in n.tasks() {
                // Each limit once: 2024年6月底前 in the text and 完成时限：2024年6月 in the
                // parenthesis are one by:2024-06-30.
                let mut deadlines: Vec<String> = Vec::with_capacity(row.deadlines.len());
                for d in &row.deadlines {
                    let date = d.date.map(|x| x.to_string()).unwrap_or_default();
                    let cell = format!("{}:{date}", d.kind.as_str());
                    if !deadlines.contains(&cell) {
                        deadlines.push(cell);
                    }
                }
                let written = row.written_date.map(|d| d.to_string()).unwrap_or_default();
                w.write_record([
                    source,
                    row.doc_number.as_deref().unwrap_or_default(),
                    &written,
                    &row.block,
                    &row.path,
                    row.heading.as_deref().unwrap_or_default(),
                    &row.lead.join(";"),
                    &row.responsible.join(";"),
                    &row.cooperating.join(";"),
                    &deadlines.join(";"),
                ])
                .expect("writes to memory");
            }
            out = w.into_inner().expect("flushes to memory");
        }
        _ => {}
    }
    out
}

fn error_line(source: &str, o: &Outcome) -> Option<String> {
    let (kind, message, line, column) = o.error.as_ref()?;
    Some(if *line > 0 {
        format!("{source}:{line}:{column}: {kind} error: {message}")
    } else {
        format!("{source}: {kind} error: {message}")
    })
}

fn run(args: Args) -> Result<ExitCode, String> {
    if args.schema {
        let schema = gongwen::json_schema();
        println!(
            "{}",
            serde_json::to_string_pretty(&schema).expect("serialises")
        );
        return Ok(ExitCode::SUCCESS);
    }
    let inputs = expand(&args)?;
    let single = inputs.len() == 1 && !args.jsonl && !args.tasks;
    let mode = match (args.tasks, args.jsonl || !single) {
        (true, _) if args.jsonl => Mode::TasksJsonl,
        (true, _) => Mode::TasksCsv,
        (false, false) => Mode::Pretty,
        (false, true) => Mode::Jsonl,
    };
    if let Some(n) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .map_err(|e| format!("--jobs: {e}"))?;
    }
    let stdin = if inputs.iter().any(|i| matches!(i, Input::Stdin))
        && args.files_from.as_deref() != Some("-")
    {
        // No more than one byte past the library's limit: the parse then says it is too large.
        let limit = gongwen::ParseOptions::new().get_max_input_size();
        let mut b = Vec::new();
        std::io::stdin()
            .take(limit as u64 + 1)
            .read_to_end(&mut b)
            .map_err(|e| format!("-: {e}"))?;
        Some(b)
    } else {
        None
    };

    let sink: Box<dyn Write + Send> = match &args.output {
        Some(p) => Box::new(std::fs::File::create(p).map_err(|e| format!("{p}: {e}"))?),
        None => Box::new(std::io::stdout()),
    };
    let mut out = BufWriter::with_capacity(1 << 20, sink);
    if mode == Mode::TasksCsv {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(TASK_HEADER).expect("writes to memory");
        out.write_all(&w.into_inner().expect("flushes"))
            .map_err(|e| e.to_string())?;
    }

    let progress = (std::io::stderr().is_terminal() && inputs.len() > 4).then(|| {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} files {per_sec} eta {eta}",
            )
            .expect("valid template"),
        );
        bar
    });

    // A small window of files in flight: memory stays bounded whatever the archive's size.
    // The workers parse and render one window while a writer thread writes the one before.
    let window = rayon::current_num_threads() * 64;
    let started = Instant::now();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<(Done, Vec<u8>)>>(1);
    // A reader thread reads the next window while the workers parse this one, so that
    // opening and reading files overlaps parsing.
    let (read_tx, read_rx) = std::sync::mpsc::sync_channel::<Vec<std::io::Result<Vec<u8>>>>(1);
    let tally = std::thread::scope(|scope| {
        let inputs = &inputs;
        scope.spawn(move || {
            for chunk in inputs.chunks(window) {
                if read_tx.send(chunk.iter().map(read).collect()).is_err() {
                    break;
                }
            }
        });
        let writer = scope.spawn(|| -> Result<(Tally, BufWriter<_>), String> {
            let mut t = Tally::default();
            for rendered in rx {
                for (done, r) in rendered {
                    t.files += 1;
                    t.bytes += done.bytes;
                    if let Some(w) = done.warnings {
                        t.notices += 1;
                        t.warnings += w;
                    }
                    if let Some(line) = done.error {
                        t.errors += 1;
                        match &progress {
                            Some(bar) => bar.println(line),
                            None => eprintln!("{line}"),
                        }
                    }
                    out.write_all(&r).map_err(|e| format!("write error: {e}"))?;
                    if let Some(bar) = &progress {
                        bar.inc(1);
                    }
                }
            }
            Ok((t, out))
        });
        for (chunk, contents) in inputs.chunks(window).zip(read_rx) {
            // Everything but reading and writing happens on the workers, dropping the notices
            // included.
            let rendered: Vec<(Done, Vec<u8>)> = chunk
                .par_iter()
                .zip(contents.par_iter())
                .map(|(input, read)| {
                    let source = input.name();
                    let o = process(input, &stdin, read);
                    let r = render(mode, &source, &o);
                    let done = Done {
                        bytes: o.bytes,
                        warnings: o.notice.as_ref().map(|n| n.warnings.len()),
                        error: error_line(&source, &o),
                    };
                    (done, r)
                })
                .collect();
            if tx.send(rendered).is_err() {
                // The writer stopped on an error, which its result reports.
                break;
            }
        }
        drop(tx);
        writer.join().expect("the writer thread does not panic")
    });
    let (
        Tally {
            files,
            notices,
            warnings,
            errors,
            bytes,
        },
        mut out,
    ) = tally?;
    out.flush().map_err(|e| format!("write error: {e}"))?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if !single {
        let secs = started.elapsed().as_secs_f64();
        let mb = bytes as f64 / 1e6;
        eprintln!(
            "files {files}, notices {notices}, warnings {warnings}, errors {errors}, {mb:.2} MB in {secs:.2} s ({:.1} MB/s)",
            if secs > 0.0 { mb / secs } else { 0.0 }
        );
    }
    Ok(if errors > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(a)) => a,
        Ok(None) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("parse: {e}\n\nRun `parse --help` for usage.");
            return ExitCode::from(1);
        }
    };
    match run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("parse: {e}");
            ExitCode::from(1)
        }
    }
}
