//! Phase 3: the structure of a notice from its lines — the portal around it, the header (title,
//! document number, addressees), the body up to the signature and written date, and the
//! enclosed documents after it, each with its section tree. Field values are read by the pure
//! extractors of [`crate::extract`].

pub(crate) mod items;
pub(crate) mod lexicon;
pub(crate) mod portal;
pub(crate) mod tree;

use crate::error::{ErrorKind, ParseError};
use crate::extract::deadline::Anchors;
use crate::extract::docnum::FoundDocNumber;
use crate::extract::{date, docnum, doctype};
use crate::model::{
    Block, Date, DocNumber, HeaderSpans, Notice, SCHEMA_VERSION, Span, Warning, WarningCode,
};
use crate::options::ParseOptions;
use crate::segment::{self, Line};
use items::Finisher;
use portal::{Field, PortalBuilder};

/// What each line was taken for; every line ends up with one role, so nothing is dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Unread,
    Portal,
    TitleCandidate,
    DocNumber,
}

struct Reader<'s> {
    src: &'s str,
    lines: Vec<Line>,
    roles: Vec<Role>,
    portal: PortalBuilder,
    warnings: Vec<Warning>,
}

impl<'s> Reader<'s> {
    fn text(&self, i: usize) -> &'s str {
        self.lines[i].text(self.src)
    }

    fn span(&self, i: usize) -> Span {
        self.lines[i].span
    }

    fn warn(&mut self, code: WarningCode, message: String, span: Option<Span>) {
        self.warnings.push(Warning {
            code,
            message,
            span,
        });
    }

    fn furniture(&mut self, i: usize) {
        self.roles[i] = Role::Portal;
        let sp = self.span(i);
        self.portal.furniture(sp);
    }
}

/// A run of lines read as one title.
struct TitleGroup {
    lines: Vec<usize>,
    joined: String,
    /// (offset in `joined`, span in the source) of each line.
    pieces: Vec<(usize, Span)>,
}

impl TitleGroup {
    fn new(r: &Reader<'_>, lines: Vec<usize>) -> TitleGroup {
        let mut joined = String::new();
        let mut pieces = Vec::new();
        for &i in &lines {
            pieces.push((joined.len(), r.span(i)));
            joined.push_str(r.text(i));
        }
        TitleGroup {
            lines,
            joined,
            pieces,
        }
    }

    fn span(&self) -> Span {
        let first = self.pieces.first().map_or(Span::default(), |p| p.1);
        let last = self.pieces.last().map_or(first, |p| p.1);
        first.cover(last)
    }

    /// The source span of `joined[a..b]`, when it lies on one line.
    fn source_span(&self, a: usize, b: usize) -> Option<Span> {
        let (off, sp) = self.pieces.iter().rev().find(|(off, _)| *off <= a)?;
        let (start, end) = (sp.start + (a - off), sp.start + (b - off));
        if end <= sp.end {
            Some(Span::new(start, end))
        } else {
            Some(Span::new(start, sp.end))
        }
    }

    fn looks_like_title(&self) -> bool {
        doctype::doc_type(&self.joined).is_some()
            || self.joined.contains("关于")
            || self.joined.contains("關於")
            || self.joined.contains("關于")
    }
}

/// Parses decoded text; `replaced` are offsets of replacement characters the decoder put in.
pub(crate) fn parse_text(
    src: &str,
    encoding: &str,
    replaced: &[usize],
    opts: &ParseOptions,
) -> Result<Notice, ParseError> {
    if src.is_empty() {
        return Err(ParseError::new(ErrorKind::Empty, src, Span::new(0, 0)));
    }
    if src.len() > opts.max_input_size {
        let kind = ErrorKind::TooLarge {
            size: src.len(),
            limit: opts.max_input_size,
        };
        return Err(ParseError::new(kind, src, Span::new(0, 0)));
    }
    let lines = segment::lines(src);
    if lines.is_empty() {
        return Err(ParseError::new(
            ErrorKind::Blank,
            src,
            Span::new(0, src.len()),
        ));
    }
    let n = lines.len();
    let mut r = Reader {
        src,
        lines,
        roles: vec![Role::Unread; n],
        portal: PortalBuilder::default(),
        warnings: Vec::new(),
    };
    for (k, &at) in replaced.iter().enumerate() {
        if k == 20 {
            let rest = replaced.len() - 20;
            r.warn(
                WarningCode::InvalidEncoding,
                format!("{rest} more undecodable byte sequences replaced"),
                None,
            );
            break;
        }
        let (line, col) = segment::line_col(src, at);
        r.warn(
            WarningCode::InvalidEncoding,
            format!("line {line}, column {col}: expected valid {encoding}, found undecodable bytes (replaced by U+FFFD)"),
            Some(Span::new(at, at + '\u{FFFD}'.len_utf8())),
        );
    }

    let tail_start = read_tail(&mut r);
    let head = read_head(&mut r, tail_start);
    let notice = assemble(r, head, tail_start, encoding, opts);
    if opts.strict {
        if let Some(w) = notice.warnings.first() {
            let kind = ErrorKind::Strict {
                code: w.code,
                message: w.message.clone(),
            };
            return Err(ParseError::new(kind, src, w.span.unwrap_or_default()));
        }
    }
    Ok(notice)
}

/// Footer chrome at the end of the page (部门解读 … Baidu map): marks it and returns where it
/// starts.
fn read_tail(r: &mut Reader<'_>) -> usize {
    let n = r.lines.len();
    let mut i = n;
    let mut first_vocab = None;
    while i > 0 {
        let (vocab, short) = portal::tail_furniture(r.text(i - 1));
        if !vocab && !short {
            break;
        }
        if vocab {
            first_vocab = Some(i - 1);
        }
        i -= 1;
    }
    let start = first_vocab.unwrap_or(n);
    // Never take the whole document for chrome.
    if start == 0 {
        return n;
    }
    for k in start..n {
        r.furniture(k);
    }
    start
}

/// What the head of the document gave.
struct Head {
    title: Option<TitleGroup>,
    doc_number: Option<(FoundDocNumber, usize)>,
    addressee: Option<usize>,
    /// First line of the body.
    body_start: usize,
}

fn read_head(r: &mut Reader<'_>, tail_start: usize) -> Head {
    let mut i = 0;
    let mut addressee = None;
    let mut pending: Option<Field> = None;
    while i < tail_start {
        let t = r.text(i);
        let sp = r.span(i);
        if portal::is_index_number(t) {
            let texts: Vec<(&str, Span)> = (i..tail_start.min(i + 8))
                .map(|k| (r.text(k), r.span(k)))
                .collect();
            let took = portal::unlabelled_block(&texts, &mut r.portal);
            for k in i..=i + took {
                r.roles[k] = Role::Portal;
            }
            i += took + 1;
            continue;
        }
        if let Some(c) = portal::crumbs(t) {
            r.roles[i] = Role::Portal;
            if r.portal.portal.breadcrumbs.is_empty() {
                r.portal.portal.breadcrumbs = c;
                r.portal.portal.spans.breadcrumbs = Some(sp);
                r.portal.any = true;
            } else {
                r.portal.furniture(sp);
            }
            i += 1;
            continue;
        }
        if portal::is_field_line(t) {
            r.roles[i] = Role::Portal;
            let mut took = false;
            pending = None;
            for (field, (a, b)) in portal::fields(t) {
                let v = &t[a..b];
                if v.is_empty() {
                    pending = Some(field);
                    continue;
                }
                took |= r
                    .portal
                    .set(field, v, Span::new(sp.start + a, sp.start + b));
            }
            if !took {
                r.portal.furniture(sp);
            }
            i += 1;
            continue;
        }
        if let Some(list) = lexicon::addressee_line(t) {
            let _ = list;
            addressee = Some(i);
            break;
        }
        if docnum::doc_number_line(t).is_some() {
            r.roles[i] = Role::DocNumber;
            i += 1;
            continue;
        }
        if let Some(d) = date::date_line(t, None) {
            r.roles[i] = Role::Portal;
            let field = pending.take().unwrap_or(Field::Published);
            let val = &r.src[d.span.shift(sp.start).range()];
            if !r.portal.set(field, val, d.span.shift(sp.start)) {
                r.portal.furniture(sp);
            }
            i += 1;
            continue;
        }
        if portal::is_head_furniture(t) {
            r.furniture(i);
            i += 1;
            continue;
        }
        if lexicon::is_title_candidate(t) {
            r.roles[i] = Role::TitleCandidate;
            i += 1;
            continue;
        }
        break;
    }
    let head_end = addressee.unwrap_or(i);

    // Group the title candidates: consecutive candidate lines form a group.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut prev: Option<usize> = None;
    for k in 0..head_end {
        if r.roles[k] != Role::TitleCandidate {
            continue;
        }
        match (prev, groups.last_mut()) {
            (Some(p), Some(g)) if p + 1 == k => g.push(k),
            _ => groups.push(vec![k]),
        }
        prev = Some(k);
    }
    // Without an addressee, the head is only what reads as a header: a last group that does
    // not look like a title is the start of the text.
    let mut body_start = head_end;
    let groups: Vec<TitleGroup> = groups.into_iter().map(|g| TitleGroup::new(r, g)).collect();
    let chosen = groups.iter().rposition(TitleGroup::looks_like_title);
    if addressee.is_none() {
        if let Some(last) = groups.last() {
            if chosen != Some(groups.len() - 1) && last.lines.last() == Some(&(head_end - 1)) {
                body_start = last.lines[0];
            }
        }
    }
    let mut title = None;
    for (gi, g) in groups.into_iter().enumerate() {
        if g.lines[0] >= body_start {
            for &k in &g.lines {
                r.roles[k] = Role::Unread;
            }
            continue;
        }
        if Some(gi) == chosen {
            title = Some(g);
            continue;
        }
        let sp = g.span();
        let taken = g.looks_like_title() && r.portal.set(Field::Title, &g.joined, sp);
        for &k in &g.lines {
            if !taken {
                r.furniture(k);
            } else {
                r.roles[k] = Role::Portal;
            }
        }
    }
    // A title copied above the document by the page is the portal's.
    if let (Some(t), Some(_)) = (&title, &r.portal.portal.title) {
        let _ = t;
    }

    // The document's own number: the last number line of the head.
    let nums: Vec<usize> = (0..body_start.min(head_end))
        .filter(|&k| r.roles[k] == Role::DocNumber)
        .collect();
    let mut doc_number = None;
    for (j, &k) in nums.iter().enumerate() {
        let t = r.text(k);
        let sp = r.span(k);
        let Some(f) = docnum::doc_number_line(t) else {
            continue;
        };
        if j + 1 == nums.len() {
            doc_number = Some((
                FoundDocNumber {
                    span: f.span.shift(sp.start),
                    ..f
                },
                k,
            ));
        } else {
            r.roles[k] = Role::Portal;
            if !r
                .portal
                .set(Field::DocNumber, &t[f.span.range()], f.span.shift(sp.start))
            {
                r.portal.furniture(sp);
            }
        }
    }
    let body_start = addressee.map_or(body_start, |a| a + 1);
    Head {
        title,
        doc_number,
        addressee,
        body_start,
    }
}

fn to_doc_number(src: &str, f: &FoundDocNumber, year_hint: Option<i32>) -> DocNumber {
    DocNumber {
        raw: src[f.span.range()].to_string(),
        normalized: f.normalized.clone(),
        agency: f.agency.clone(),
        year: f.full_year(year_hint),
        serial: f.serial,
        span: f.span,
    }
}

/// The end of a document: the first date line from `from`, with the signature lines above it.
struct Sign {
    sig_start: usize,
    date_line: usize,
    date: date::FoundDate,
}

fn find_sign(r: &Reader<'_>, from: usize, to: usize, year_hint: Option<i32>) -> Option<Sign> {
    for d in from..to {
        let Some(found) = date::date_line(r.text(d), year_hint) else {
            continue;
        };
        let mut s = d;
        while s > from && d - s < 6 && lexicon::signature_line(r.text(s - 1)).is_some() {
            s -= 1;
        }
        return Some(Sign {
            sig_start: s,
            date_line: d,
            date: found,
        });
    }
    None
}

/// Splits the organs of a signature block (one or more lines, organs separated by spaces).
fn signature_organs(r: &Reader<'_>, from: usize, to: usize) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for k in from..to {
        let t = r.text(k);
        let sp = r.span(k);
        for (a, b) in lexicon::signature_line(t).unwrap_or_default() {
            out.push((t[a..b].to_string(), Span::new(sp.start + a, sp.start + b)));
        }
    }
    out
}

fn addressees_of(r: &Reader<'_>, k: usize) -> (Vec<String>, Vec<Span>) {
    let t = r.text(k);
    let sp = r.span(k);
    let list = lexicon::addressee_line(t).unwrap_or_default();
    list.iter()
        .map(|&(a, b)| (t[a..b].to_string(), Span::new(sp.start + a, sp.start + b)))
        .unzip()
}

/// An enclosed document's lines, as read.
struct EnclosureLines {
    label: Option<String>,
    title: Option<TitleGroup>,
    doc_number: Option<FoundDocNumber>,
    addressee: Option<usize>,
    content: (usize, usize),
    sign: Option<Sign>,
    span: Span,
}

fn read_enclosures(
    r: &Reader<'_>,
    from: usize,
    to: usize,
    year_hint: Option<i32>,
) -> Vec<EnclosureLines> {
    let mut out = Vec::new();
    let mut k = from;
    while k < to {
        let start = k;
        let mut label = None;
        if let Some((l, _)) = lexicon::label_line(r.text(k)) {
            label = Some(l);
            k += 1;
        }
        let mut title_lines = Vec::new();
        while k < to && title_lines.len() < 5 && lexicon::is_title_candidate(r.text(k)) {
            title_lines.push(k);
            k += 1;
            let joined: String = title_lines.iter().map(|&i| r.text(i)).collect();
            let next_paren = k < to && r.text(k).starts_with(['(', '（']);
            if lexicon::title_complete(&joined) && !next_paren {
                break;
            }
        }
        let title = (!title_lines.is_empty()).then(|| TitleGroup::new(r, title_lines));
        let mut doc_number = None;
        if k < to {
            if let Some(f) = docnum::doc_number_line(r.text(k)) {
                doc_number = Some(FoundDocNumber {
                    span: f.span.shift(r.span(k).start),
                    ..f
                });
                k += 1;
            }
        }
        let mut addressee = None;
        if k < to && lexicon::addressee_line(r.text(k)).is_some() {
            addressee = Some(k);
            k += 1;
        }
        // Content runs to the next label line or to a date line that ends the document.
        let content_start = k;
        let mut end = to;
        let mut sign = None;
        let mut j = k;
        while j < to {
            if j > content_start && lexicon::label_line(r.text(j)).is_some() {
                end = j;
                break;
            }
            if date::date_line(r.text(j), year_hint).is_some() {
                sign = find_sign(r, content_start, j + 1, year_hint);
                end = sign.as_ref().map_or(j, |s| s.sig_start);
                break;
            }
            j += 1;
        }
        let next = sign.as_ref().map_or(end, |s| s.date_line + 1);
        let last = next.max(start + 1).min(to) - 1;
        let span = r.span(start).cover(r.span(last));
        out.push(EnclosureLines {
            label,
            title,
            doc_number,
            addressee,
            content: (content_start, end),
            sign,
            span,
        });
        k = next.max(start + 1);
    }
    out
}

fn content_of(r: &Reader<'_>, from: usize, to: usize) -> tree::Content {
    let paras: Vec<Span> = (from..to).map(|k| r.span(k)).collect();
    tree::build(r.src, &paras)
}

fn fill_block(fin: &mut Finisher<'_>, block: &mut Block, content: &tree::Content) {
    for &p in &content.preamble {
        let para = fin.paragraph(p);
        block.preamble.push(para);
    }
    for node in &content.roots {
        let s = fin.section(node, "", 1);
        block.sections.push(s);
    }
    for &p in &content.closing {
        let para = fin.paragraph(p);
        block.closing.push(para);
    }
    for &(sp, expected, found) in &content.gaps {
        fin.warnings.push(Warning {
            code: WarningCode::NumberingGap,
            message: format!(
                "expected item {expected} at `{}`, found {found}",
                &fin.src[sp.range()]
            ),
            span: Some(sp),
        });
    }
}

/// The organ before 关于 / 印发 / 转发 in a title, split into the joint issuers.
fn title_issuers(t: &TitleGroup) -> Vec<(String, Option<Span>)> {
    let j = &t.joined;
    let cut = [
        "关于", "關於", "關于", "印发", "印發", "转发", "轉發", "批转", "批轉",
    ]
    .iter()
    .filter_map(|w| j.find(w))
    .min();
    let Some(cut) = cut else { return Vec::new() };
    let prefix = &j[..cut];
    if prefix.trim().is_empty() || !lexicon::ends_like_organ(prefix.trim_end()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in prefix
        .char_indices()
        .chain(std::iter::once((prefix.len(), ' ')))
    {
        let sep = c.is_whitespace() || c == '\u{3000}' || c == '、';
        match (sep, start) {
            (false, None) => start = Some(i),
            (true, Some(a)) => {
                out.push((prefix[a..i].to_string(), t.source_span(a, i)));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn assemble(
    mut r: Reader<'_>,
    head: Head,
    tail_start: usize,
    encoding: &str,
    opts: &ParseOptions,
) -> Notice {
    let src = r.src;
    let mut spans = HeaderSpans::default();

    // Title, type, issuers.
    let title = head.title.as_ref().map(|t| t.joined.clone());
    spans.title = head.title.as_ref().map(TitleGroup::span);
    let doc_type = title
        .as_deref()
        .and_then(doctype::doc_type)
        .map(str::to_string);
    if title.is_none() {
        r.warn(
            WarningCode::MissingTitle,
            "expected a title (…关于…的通知), found none".into(),
            None,
        );
    } else if doc_type.is_none() {
        r.warn(
            WarningCode::UnknownDocType,
            format!(
                "expected the title to end with one of the 15 document types, found `{}`",
                title.as_deref().unwrap_or_default()
            ),
            spans.title,
        );
    }
    let title_organs = head.title.as_ref().map(title_issuers).unwrap_or_default();

    // Document number: the head's, else the portal's.
    let mut year_hint = None;
    let mut doc_number = head
        .doc_number
        .as_ref()
        .map(|(f, _)| to_doc_number(src, f, None));
    if doc_number.is_none() {
        if let Some(sp) = r.portal.portal.spans.doc_number {
            if let Some(f) = docnum::doc_number_line(&src[sp.range()]) {
                doc_number = Some(to_doc_number(
                    src,
                    &FoundDocNumber {
                        span: f.span.shift(sp.start),
                        ..f
                    },
                    None,
                ));
            }
        }
    }
    if let Some((f, _)) = &head.doc_number {
        year_hint = f.full_year(None);
        if f.damaged {
            r.warn(
                WarningCode::DamagedDocNumber,
                format!(
                    "expected a document number like 粤办函〔2021〕55号, found `{}`; read as {}",
                    &src[f.span.range()],
                    f.normalized
                ),
                Some(f.span),
            );
        }
    }
    spans.doc_number = doc_number.as_ref().map(|d| d.span);
    if doc_number.is_none() {
        r.warn(
            WarningCode::MissingDocNumber,
            "expected a document number (发文字号), found none".into(),
            None,
        );
    }

    // Addressees.
    let (addressees, addressee_spans) = head
        .addressee
        .map(|k| addressees_of(&r, k))
        .unwrap_or_default();
    spans.addressees = addressee_spans;

    // The body ends at its signature and date.
    let sign = find_sign(&r, head.body_start, tail_start, year_hint);
    let (body_end, after_body) = match &sign {
        Some(s) => (s.sig_start, s.date_line + 1),
        None => (tail_start, tail_start),
    };
    let organs = sign
        .as_ref()
        .map(|s| signature_organs(&r, s.sig_start, s.date_line))
        .unwrap_or_default();
    let signatory = (!organs.is_empty()).then(|| {
        let s = sign.as_ref().expect("organs come from a signature");
        let text: Vec<&str> = (s.sig_start..s.date_line).map(|k| r.text(k)).collect();
        text.join(" ")
    });
    spans.signatory = sign
        .as_ref()
        .filter(|s| s.sig_start < s.date_line)
        .map(|s| r.span(s.sig_start).cover(r.span(s.date_line - 1)));
    if let Some(s) = &sign {
        if s.date.damaged {
            r.warn(
                WarningCode::DamagedDate,
                format!(
                    "expected a date like 2021年4月16日, found `{}`; read as {}",
                    &src[s.date.span.shift(r.span(s.date_line).start).range()],
                    s.date.date
                ),
                Some(s.date.span.shift(r.span(s.date_line).start)),
            );
        }
    }
    let mut written_date = sign.as_ref().map(|s| s.date.date);
    spans.written_date = sign
        .as_ref()
        .map(|s| s.date.span.shift(r.span(s.date_line).start));

    // Portal values against the document's.
    let portal_written = r
        .portal
        .portal
        .written_date
        .as_deref()
        .and_then(Date::parse_iso);
    match (written_date, portal_written) {
        (Some(w), Some(p)) if w != p => r.warn(
            WarningCode::PortalMismatch,
            format!("the portal gives 成文日期 {p}, the document {w}; the document's is kept"),
            r.portal.portal.spans.written_date,
        ),
        (None, Some(p)) => {
            written_date = Some(p);
            spans.written_date = r.portal.portal.spans.written_date;
        }
        _ => {}
    }
    if let (Some(d), Some(p)) = (&doc_number, r.portal.portal.doc_number.clone()) {
        let portal_norm = docnum::doc_number_line(&p).map(|f| f.normalized);
        if portal_norm.is_some_and(|n| n != d.normalized) && head.doc_number.is_some() {
            r.warn(
                WarningCode::PortalMismatch,
                format!(
                    "the portal gives 文号 `{p}`, the document `{}`; the document's is kept",
                    d.normalized
                ),
                r.portal.portal.spans.doc_number,
            );
        }
    }
    let published_date = r
        .portal
        .portal
        .published_date
        .as_deref()
        .and_then(Date::parse_iso);
    spans.published_date = r.portal.portal.spans.published_date;
    if written_date.is_none() {
        r.warn(
            WarningCode::MissingWrittenDate,
            "expected a written date (成文日期) after the signature, found none".into(),
            None,
        );
    }

    // Issuer: the title's organ, else the portal's publisher, else the signature.
    let (issuer, issuer_span) = if let Some((name, sp)) = title_organs.first() {
        (Some(name.clone()), *sp)
    } else if let Some(p) = r.portal.portal.publisher.clone() {
        (Some(p), r.portal.portal.spans.publisher)
    } else if let Some((name, sp)) = organs.first() {
        (Some(name.clone()), Some(*sp))
    } else {
        (None, None)
    };
    spans.issuer = issuer_span;
    if issuer.is_none() {
        r.warn(
            WarningCode::MissingIssuer,
            "expected an issuer in the title, the portal or the signature, found none".into(),
            None,
        );
    }
    let issuers: Vec<String> = if title_organs.len() > 1 {
        title_organs.iter().map(|(n, _)| n.clone()).collect()
    } else if organs.len() > 1 && title_organs.is_empty() {
        organs.iter().map(|(n, _)| n.clone()).collect()
    } else if organs.len() > 1 {
        // The title names one organ but several signed: a joint notice signed in full.
        organs.iter().map(|(n, _)| n.clone()).collect()
    } else {
        Vec::new()
    };

    let anchors = Anchors {
        written: written_date,
        published: published_date,
        option: opts.reference_date,
    };

    // The body.
    let body_first = head.addressee.unwrap_or(head.body_start);
    let body_last = if after_body > body_first {
        after_body - 1
    } else {
        body_first
    };
    let body_span = if body_first < r.lines.len() {
        r.span(body_first)
            .cover(r.span(body_last.min(r.lines.len() - 1)))
    } else {
        Span::new(src.len(), src.len())
    };
    let body_content = content_of(&r, head.body_start.min(body_end), body_end);
    let enclosure_lines = read_enclosures(&r, after_body, tail_start, year_hint);

    let mut warnings = std::mem::take(&mut r.warnings);
    let mut body = Block {
        doc_number: doc_number.clone(),
        addressees: addressees.clone(),
        signatory: signatory.clone(),
        written_date,
        span: body_span,
        ..Block::default()
    };
    let mut enclosures = Vec::new();
    {
        let mut fin = Finisher {
            src,
            anchors,
            warnings: &mut warnings,
        };
        fill_block(&mut fin, &mut body, &body_content);
        for e in &enclosure_lines {
            let own_date = e.sign.as_ref().map(|s| s.date.date);
            let mut block = Block {
                label: e.label.clone(),
                title: e.title.as_ref().map(|t| t.joined.clone()),
                doc_number: e
                    .doc_number
                    .as_ref()
                    .map(|f| to_doc_number(src, f, own_date.map(|d| d.year()))),
                addressees: e
                    .addressee
                    .map(|k| addressees_of(&r, k).0)
                    .unwrap_or_default(),
                signatory: e
                    .sign
                    .as_ref()
                    .filter(|s| s.sig_start < s.date_line)
                    .map(|s| {
                        (s.sig_start..s.date_line)
                            .map(|k| r.text(k))
                            .collect::<Vec<_>>()
                            .join(" ")
                    }),
                written_date: own_date,
                span: e.span,
                ..Block::default()
            };
            let content = content_of(&r, e.content.0, e.content.1);
            let saved = fin.anchors;
            if own_date.is_some() {
                fin.anchors.written = own_date;
            }
            fill_block(&mut fin, &mut block, &content);
            fin.anchors = saved;
            enclosures.push(block);
        }
    }
    if let Some(d) = doc_number.as_mut() {
        if d.year.is_none() {
            if let Some((f, _)) = &head.doc_number {
                d.year = f.full_year(written_date.map(|w| w.year()));
                body.doc_number = Some(d.clone());
            }
        }
    }

    r.portal.portal.furniture.sort_unstable();
    let portal = r.portal.any.then_some(r.portal.portal);
    let mut notice = Notice {
        schema_version: SCHEMA_VERSION.to_string(),
        parser_version: env!("CARGO_PKG_VERSION").to_string(),
        source_encoding: encoding.to_string(),
        title,
        doc_type,
        doc_number,
        issuer,
        issuers,
        signatory,
        addressees,
        written_date,
        published_date,
        cc: Vec::new(),
        printed_by: None,
        printed_date: None,
        spans,
        portal,
        body,
        enclosures,
        warnings: Vec::new(),
    };
    let looks_like_nothing = notice.title.is_none()
        && notice.doc_number.is_none()
        && notice.addressees.is_empty()
        && notice.written_date.is_none();
    if looks_like_nothing {
        warnings.push(Warning {
            code: WarningCode::NotANotice,
            message: "expected a notice (title, document number, addressees or a dated signature), found none of them".into(),
            span: None,
        });
    }
    notice.warnings = warnings;
    notice
}
