//! Header values written after the text — 抄送, the 印发 line, an addressee line at the end —
//! and attachment notes (附件：1.… 2.…).

use super::*;

/// The organs listed in `src[body]`, with their spans.
pub(super) fn organs_of(src: &str, body: Span) -> (Vec<String>, Vec<Span>) {
    lexicon::split_organs(&src[body.range()])
        .into_iter()
        .map(|(a, b, v)| (v, Span::new(body.start + a, body.start + b)))
        .unzip()
}

/// The addressees on lines `first..=last` (a 主送 may wrap).
pub(super) fn addressees_of(r: &Reader<'_>, first: usize, last: usize) -> (Vec<String>, Vec<Span>) {
    let (mut names, mut spans) = (Vec::new(), Vec::new());
    for k in first..=last {
        let sp = r.span(k);
        let body = r.text(k).trim_end_matches([':', '：']);
        let label = lexicon::addressee_label_len(body);
        let (n, s) = organs_of(r.src, Span::new(sp.start + label, sp.start + body.len()));
        names.extend(n);
        spans.extend(s);
    }
    (names, spans)
}

/// Header values written after the text: 抄送 (and 抄报, the copies to the organs above, which
/// join them), the 印发 line, and an addressee line at the end
/// (`发:…`, old national style).
#[derive(Default)]
pub(super) struct Trailers {
    pub(super) cc: Vec<String>,
    pub(super) cc_spans: Vec<Span>,
    pub(super) printed_by: Option<String>,
    pub(super) printed_date: Option<Date>,
    pub(super) printed_span: Option<Span>,
    pub(super) end_addressees: Vec<String>,
    pub(super) end_addressee_spans: Vec<Span>,
}

pub(super) static LABELLED_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<label>抄\s*[送报報]|发|發|主\s*送)\s*[:：]\s*(?P<list>.+?)[。.]?$")
        .expect("valid cc regex")
});

pub(super) static DISCLOSURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:公开方式|公開方式|公开属性|公开类别|信息公开选项|公开选项)\s*[:：]")
        .expect("valid regex")
});

pub(super) static PRINTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<org>\S.*?)\s*(?P<date>[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日)\s*印[发發]$")
        .expect("valid printed regex")
});

pub(super) fn read_trailers(r: &mut Reader<'_>, from: usize, to: usize) -> Trailers {
    let mut t = Trailers::default();
    for k in from..to {
        if !r.is_unread(k) {
            continue;
        }
        let text = r.text(k);
        let sp = r.span(k);
        // The cheap tests first: a trailer starts or ends with one of these words, and is short.
        let head = text.starts_with(['公', '信', '抄', '发', '發', '主']);
        let printed = text.ends_with("印发") || text.ends_with("印發");
        if (!head && !printed) || !crate::segment::chars_at_most(text, 200) {
            continue;
        }
        if DISCLOSURE.is_match(text) {
            // 公开方式：主动公开 — the release note of the 版记, not text.
            r.furniture(k);
        } else if let Some(c) = LABELLED_LIST.captures(text) {
            let list = c.name("list").expect("list");
            let label = c.name("label").expect("label").as_str();
            let (values, spans) = organs_of(
                r.src,
                Span::new(sp.start + list.start(), sp.start + list.end()),
            );
            if values.is_empty() {
                // A label with nothing after it stays text.
                continue;
            }
            let (mut values, mut spans) = (values, spans);
            r.roles[k] = Role::Header;
            // A list that ends with a comma goes on on the lines under it.
            let mut last = text;
            let mut next = k + 1;
            while last.trim_end().ends_with(['，', ',', '、']) && next < to && r.is_unread(next) {
                let Some((v, s)) = continued_list(r, next) else {
                    break;
                };
                values.extend(v);
                spans.extend(s);
                r.roles[next] = Role::Header;
                last = r.text(next);
                next += 1;
            }
            if label.starts_with('抄') {
                t.cc.extend(values);
                t.cc_spans.extend(spans);
            } else {
                t.end_addressees.extend(values);
                t.end_addressee_spans.extend(spans);
            }
        } else if let Some(c) = PRINTED.captures(text) {
            let org = c.name("org").expect("org").as_str().trim();
            let d = c.name("date").expect("date");
            t.printed_by = Some(without_pinyin(org).into_owned());
            t.printed_date = date::date_line(d.as_str(), None).map(|f| f.date);
            t.printed_span = Some(sp);
            r.roles[k] = Role::Header;
        }
    }
    t
}

/// The organs on line `k` when it goes on with a list of the line above it (抄送：省发展改革委、
/// 财政厅， / 某某市人民政府。): organs only, up to a stop.
fn continued_list(r: &Reader<'_>, k: usize) -> Option<(Vec<String>, Vec<Span>)> {
    let text = r.text(k);
    let body = text.trim_end_matches(['。', '.', ' ', '\u{3000}']);
    if body.is_empty()
        || !crate::segment::chars_at_most(body, 200)
        || LABELLED_LIST.is_match(text)
        || PRINTED.is_match(text)
    {
        return None;
    }
    let sp = r.span(k);
    let (values, spans) = organs_of(r.src, Span::new(sp.start, sp.start + body.len()));
    (!values.is_empty() && values.iter().all(|v| lexicon::ends_like_organ(v)))
        .then_some((values, spans))
}

/// One entry of an attachment note (附件：1.… 2.…).
pub(super) struct NoteEntry {
    pub(super) label: String,
    pub(super) title: String,
    pub(super) span: Span,
    pub(super) line: usize,
}

pub(super) static NOTE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    // (A number of two parts, 1-1．, names an attachment's part, as its label does: 附件1-1.)
    Regex::new(r"^(?P<n>[0-9０-９]{1,2}(?:[-－—–][0-9０-９]{1,2})?)\s*[.．、]\s*(?P<title>.+)$")
        .expect("valid note regex")
});

/// The extensions of the files a note of attachments may name.
pub(super) const FILE_EXTENSIONS: [&str; 11] = [
    ".docx", ".doc", ".pdf", ".xlsx", ".xls", ".wps", ".zip", ".rar", ".ofd", ".et", ".txt",
];

pub(super) fn strip_extension(s: &str) -> &str {
    for ext in FILE_EXTENSIONS {
        if let Some(t) = s.strip_suffix(ext) {
            return t;
        }
    }
    s
}

/// The entry of an attachment note in `r.text(k)[at..end]`.
pub(super) fn note_entry(
    r: &Reader<'_>,
    k: usize,
    (at, end): (usize, usize),
    single: bool,
    word: &str,
) -> Option<NoteEntry> {
    let sp = r.span(k);
    let t =
        r.text(k)[at..end].trim_end_matches(['；', ';', '，', ',', '、', '。', ' ', '\u{3000}']);
    let (label, title_off, title) = match NOTE_ITEM.captures(t) {
        Some(c) => {
            let n = lexicon::fold_digits(c.name("n").expect("n").as_str())
                .replace(['－', '—', '–'], "-");
            let m = c.name("title").expect("title");
            (format!("{word}{n}"), m.start(), m.as_str())
        }
        None if single => (word.to_string(), 0, t),
        None => return None,
    };
    let title = strip_extension(title.trim());
    let start = sp.start + at + title_off;
    Some(NoteEntry {
        label,
        title: without_pinyin(title).into_owned(),
        span: Span::new(start, start + title.len()),
        line: k,
    })
}

/// Where the entries after the first of a note's numbered list start, when the note lists
/// them on its line (1.申报表；2.汇总表, 1.甲 2.乙): each the next number, with its stop,
/// after a separator or white space.
fn entries_on_the_line(list: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut next = 2u32;
    for (p, c) in list.char_indices() {
        if !crate::extract::numeral::is_digit(c) || p == 0 {
            continue;
        }
        let before = list[..p].chars().next_back();
        if !before.is_some_and(|b| {
            matches!(
                b,
                '；' | ';' | '，' | ',' | '、' | '。' | ' ' | '\u{3000}' | '\t'
            )
        }) {
            continue;
        }
        let digits = list[p..].trim_start_matches(crate::extract::numeral::is_digit);
        let n = &list[p..list.len() - digits.len()];
        if crate::extract::numeral::arabic(n) == Some(next) && digits.starts_with(['.', '．', '、'])
        {
            out.push(p);
            next += 1;
        }
    }
    out
}

/// Attachment notes among the unread lines of `from..to`.
pub(super) fn read_notes(r: &Reader<'_>, from: usize, to: usize) -> Vec<NoteEntry> {
    let mut out = Vec::new();
    let mut k = from;
    while k < to {
        let t = r.text(k);
        let Some((word, rest)) = lexicon::attachment_label(t) else {
            k += 1;
            continue;
        };
        if !r.is_unread(k) {
            k += 1;
            continue;
        }
        let at = t.len() - rest.len();
        let numbered = NOTE_ITEM.is_match(&t[at..]);
        // Entries listed on the note's line (附件：1.申报表；2.汇总表, 附件：1.甲 2.乙).
        let mut from = at;
        if numbered {
            for next in entries_on_the_line(&t[at..]) {
                out.extend(note_entry(r, k, (from, at + next), true, word));
                from = at + next;
            }
        }
        if let Some(e) = note_entry(r, k, (from, t.len()), true, word) {
            out.push(e);
        }
        k += 1;
        while numbered && k < to && r.is_unread(k) {
            match note_entry(r, k, (0, r.text(k).len()), false, word) {
                Some(e) => out.push(e),
                None => break,
            }
            k += 1;
        }
    }
    out
}
