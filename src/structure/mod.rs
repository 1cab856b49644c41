//! Phase 3: the structure of a notice from its lines — the portal around it, the header (title,
//! document number, addressees), the body up to the signature and written date, the enclosed
//! documents after it, and each one's section tree. Field values are read by the pure
//! extractors of [`crate::extract`].
//!
//! Every line is given one role (portal, title, number, header value, or text of a block), so
//! that nothing is dropped and nothing is read twice.

pub(crate) mod flatten;
pub(crate) mod items;
pub(crate) mod lexicon;
pub(crate) mod portal;
pub(crate) mod table;
pub(crate) mod tree;

use std::sync::LazyLock;

use regex::Regex;

use crate::error::{ErrorKind, ParseError};
use crate::extract::deadline::Anchors;
use crate::extract::docnum::FoundDocNumber;
use crate::extract::{date, docnum, doctype};
use crate::model::{
    Block, Date, DocNumber, HeaderSpans, Notice, SCHEMA_VERSION, Span, Warning, WarningCode,
};
use crate::options::ParseOptions;
use crate::segment::{self, Line, without_pinyin};
use items::Finisher;
use portal::{Field, PortalBuilder};

/// What each line was taken for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Not taken yet: text of a block.
    Unread,
    /// Portal field or furniture.
    Portal,
    /// May be part of a title (head only).
    TitleCandidate,
    /// ASCII wrapper text above a notice (head only), furniture once a notice follows.
    Tentative,
    /// A date in the document's header (after its title or number).
    HeadDate,
    /// Read as a header value: title, number, addressees, signature, date, label, cc, 印发.
    Header,
    /// Text of a block that is never a marker (the lines of an attachment note: 2.…).
    Plain,
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

    fn is_unread(&self, i: usize) -> bool {
        self.roles[i] == Role::Unread
    }

    fn is_text(&self, i: usize) -> bool {
        matches!(self.roles[i], Role::Unread | Role::Plain)
    }
}

/// A run of lines (or a part of one) read as one title.
struct TitleGroup {
    lines: Vec<usize>,
    joined: String,
    /// (offset in `joined`, span in the source) of each piece.
    pieces: Vec<(usize, Span)>,
}

impl TitleGroup {
    fn from_spans(src: &str, lines: Vec<usize>, spans: &[Span]) -> TitleGroup {
        let mut joined = String::new();
        let mut pieces = Vec::new();
        for &sp in spans {
            pieces.push((joined.len(), sp));
            joined.push_str(&src[sp.range()]);
        }
        TitleGroup {
            lines,
            joined,
            pieces,
        }
    }

    fn new(r: &Reader<'_>, lines: Vec<usize>) -> TitleGroup {
        let spans: Vec<Span> = lines.iter().map(|&i| r.span(i)).collect();
        TitleGroup::from_spans(r.src, lines, &spans)
    }

    /// The title as a value: joined, inserted pinyin removed.
    fn value(&self) -> String {
        without_pinyin(&self.joined).into_owned()
    }

    fn span(&self) -> Span {
        let first = self.pieces.first().map_or(Span::default(), |p| p.1);
        let last = self.pieces.last().map_or(first, |p| p.1);
        first.cover(last)
    }

    /// The source span of `joined[a..b]`, cut at the end of the line it starts on.
    fn source_span(&self, a: usize, b: usize) -> Option<Span> {
        let (off, sp) = self.pieces.iter().rev().find(|(off, _)| *off <= a)?;
        let start = sp.start + (a - off);
        Some(Span::new(start, (sp.start + (b - off)).min(sp.end)))
    }

    /// Cuts a parenthesised document number off the end of the title and returns it.
    fn split_trailing_number(&mut self, src: &str) -> Option<FoundDocNumber> {
        let (off, last) = *self.pieces.last()?;
        let text = &src[last.range()];
        let body = text.strip_suffix([')', '）'])?;
        let open = body.rfind(['(', '（'])?;
        let inner_start = open + body[open..].chars().next()?.len_utf8();
        let f = docnum::doc_number_line(&body[inner_start..])?;
        let f = FoundDocNumber {
            span: f.span.shift(last.start + inner_start),
            ..f
        };
        let keep = text[..open].trim_end_matches(crate::segment::is_pad).len();
        if keep == 0 {
            return None;
        }
        self.joined.truncate(off + keep);
        if let Some(p) = self.pieces.last_mut() {
            p.1 = Span::new(last.start, last.start + keep);
        }
        Some(f)
    }

    fn looks_like_title(&self) -> bool {
        let j = without_pinyin(&self.joined);
        doctype::doc_type(&j).is_some()
            || j.contains("关于")
            || j.contains("關於")
            || j.contains("關于")
            // A plan or measures standing alone: 广东省…工作方案.
            || (j.chars().count() >= 6 && lexicon::title_complete(&j))
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
    let mut lines = segment::lines(src);
    if lines.is_empty() {
        return Err(ParseError::new(
            ErrorKind::Blank,
            src,
            Span::new(0, src.len()),
        ));
    }
    let flattened = flatten::resegment(src, &mut lines);
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
            format!(
                "line {line}, column {col}: expected valid {encoding}, found undecodable bytes (replaced by U+FFFD)"
            ),
            Some(Span::new(at, at + '\u{FFFD}'.len_utf8())),
        );
    }
    if flattened {
        r.warn(
            WarningCode::FlattenedText,
            "expected one paragraph per line, found a document flattened onto few lines; cut it at its header, paragraph and label boundaries".into(),
            None,
        );
    }

    mark_damage(&mut r);
    mark_page_numbers(&mut r);
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

/// Warns about HTML residue and garbled text, line by line (at most 20 of each).
fn mark_damage(r: &mut Reader<'_>) {
    let (mut html, mut garbled) = (0, 0);
    for i in 0..r.lines.len() {
        let t = r.text(i);
        let sp = r.span(i);
        if html < 20 && segment::without_html(t).is_some() {
            html += 1;
            r.warn(
                WarningCode::HtmlResidue,
                format!(
                    "expected plain text, found HTML residue in `{}`",
                    t.chars().take(40).collect::<String>()
                ),
                Some(sp),
            );
        }
        if garbled < 20 && segment::looks_garbled(t) {
            garbled += 1;
            r.warn(
                WarningCode::GarbledText,
                format!(
                    "expected readable text, found mojibake in `{}`",
                    t.chars().take(40).collect::<String>()
                ),
                Some(sp),
            );
        }
    }
}

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[-—–－]\s*[0-9０-９]{1,3}\s*[-—–－]|第\s*[0-9]{1,3}\s*页(?:\s*/?\s*共\s*[0-9]{1,3}\s*页)?)$")
        .expect("valid page number regex")
});

/// Page numbers left in flattened text (`- 3 -`, `—12—`, `第3页`) are furniture, never items.
fn mark_page_numbers(r: &mut Reader<'_>) {
    for i in 0..r.lines.len() {
        let t = r.text(i);
        if t.len() <= 24 && PAGE_NUMBER.is_match(t) {
            r.furniture(i);
        }
    }
}

/// Footer chrome at the end of the page (部门解读 … Baidu map): marks it and returns where it
/// starts.
fn read_tail(r: &mut Reader<'_>) -> usize {
    let n = r.lines.len();
    let mut i = n;
    let mut first_vocab = None;
    while i > 0 {
        let t = without_pinyin(r.text(i - 1));
        let (vocab, short) = portal::tail_furniture(&t);
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
    doc_number: Option<FoundDocNumber>,
    addressee: Option<(usize, usize)>,
    /// A date written in the header itself (决定 and 公告 often carry no signature).
    head_date: Option<(date::FoundDate, usize)>,
    /// First line of the body.
    body_start: usize,
}

fn read_head(r: &mut Reader<'_>, tail_start: usize) -> Head {
    let mut i = 0;
    let mut addressee = None;
    let mut addressee_last = 0;
    let mut pending: Option<Field> = None;
    let mut seen_header = false;
    // A header is never longer than this many lines.
    let head_limit = tail_start.min(300);
    while i < head_limit {
        let t = r.text(i);
        let sp = r.span(i);
        let clean = without_pinyin(t);
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
        if lexicon::addressee_line(&clean).is_some() {
            addressee = Some(i);
            break;
        }
        // 主送 wrapped over two lines: `…人民政府，省政府各部门、` then `各直属机构：`.
        if clean.ends_with(['、', '，', ',']) && i + 1 < head_limit {
            let next = without_pinyin(r.text(i + 1));
            if lexicon::addressee_line(&next).is_some()
                && lexicon::addressee_line(&format!("{clean}{next}")).is_some()
            {
                addressee = Some(i);
                addressee_last = i + 1;
                break;
            }
        }
        if docnum::doc_number_line(t).is_some() {
            r.roles[i] = Role::Header;
            seen_header = true;
            i += 1;
            continue;
        }
        let (unbulleted, off) = portal::unbullet(t);
        if let Some(d) = date::date_line(unbulleted, None) {
            let dsp = d.span.shift(sp.start + off);
            if seen_header && pending.is_none() {
                r.roles[i] = Role::HeadDate;
            } else {
                r.roles[i] = Role::Portal;
                let field = pending.take().unwrap_or(Field::Published);
                if !r.portal.set(field, &r.src[dsp.range()], dsp) {
                    r.portal.furniture(sp);
                }
            }
            i += 1;
            continue;
        }
        if portal::is_head_furniture(t) {
            r.furniture(i);
            i += 1;
            continue;
        }
        if t.is_ascii() {
            r.roles[i] = Role::Tentative;
            i += 1;
            continue;
        }
        if lexicon::is_title_candidate(&clean) {
            r.roles[i] = Role::TitleCandidate;
            i += 1;
            continue;
        }
        break;
    }
    let head_end = addressee.unwrap_or(i);

    // Title candidates: consecutive candidate lines form a group, and a group that already
    // reads as a whole title is not continued.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut prev: Option<usize> = None;
    for k in 0..head_end {
        if r.roles[k] != Role::TitleCandidate {
            continue;
        }
        let continues = prev == Some(k.wrapping_sub(1))
            && groups.last().is_some_and(|g| {
                if g.len() >= 6 {
                    return false;
                }
                let joined: String = g.iter().map(|&i| r.text(i)).collect();
                doctype::doc_type(&without_pinyin(&joined)).is_none()
            });
        match groups.last_mut() {
            Some(g) if continues => g.push(k),
            _ => groups.push(vec![k]),
        }
        prev = Some(k);
    }
    let groups: Vec<TitleGroup> = groups.into_iter().map(|g| TitleGroup::new(r, g)).collect();
    let chosen = groups.iter().rposition(TitleGroup::looks_like_title);
    // Without an addressee, a last group that does not read as a title starts the text.
    let mut body_start = head_end;
    if addressee.is_none() {
        if let Some(last) = groups.last() {
            if chosen != Some(groups.len() - 1) && last.lines.last() == Some(&(head_end - 1)) {
                body_start = last.lines[0];
            }
        }
    }
    let found_notice = addressee.is_some()
        || chosen.is_some()
        || (0..head_end).any(|k| r.roles[k] == Role::Header);
    for k in 0..head_end {
        if r.roles[k] == Role::Tentative {
            if found_notice && k < body_start {
                r.furniture(k);
            } else {
                r.roles[k] = Role::Unread;
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
            for &k in &g.lines {
                r.roles[k] = Role::Header;
            }
            title = Some(g);
            continue;
        }
        let sp = g.span();
        let taken = g.looks_like_title() && r.portal.set(Field::Title, &g.value(), sp);
        for &k in &g.lines {
            if taken {
                r.roles[k] = Role::Portal;
            } else {
                r.furniture(k);
            }
        }
    }

    // The document's own number: the last number line of the head; earlier ones are the page's.
    let limit = body_start.min(head_end);
    let nums: Vec<usize> = (0..limit)
        .filter(|&k| r.roles[k] == Role::Header && docnum::doc_number_line(r.text(k)).is_some())
        .filter(|&k| title.as_ref().is_none_or(|t| !t.lines.contains(&k)))
        .collect();
    let mut doc_number = None;
    for (j, &k) in nums.iter().enumerate() {
        let t = r.text(k);
        let sp = r.span(k);
        let Some(f) = docnum::doc_number_line(t) else {
            continue;
        };
        let f = FoundDocNumber {
            span: f.span.shift(sp.start),
            ..f
        };
        if j + 1 == nums.len() {
            doc_number = Some(f);
        } else {
            r.roles[k] = Role::Portal;
            if !r
                .portal
                .set(Field::DocNumber, &r.src[f.span.range()], f.span)
            {
                r.portal.furniture(sp);
            }
        }
    }
    // A number written in parentheses after the title: …的通知（粤府〔2021〕22号）.
    if let Some(t) = title.as_mut() {
        if let Some(f) = t.split_trailing_number(r.src) {
            if doc_number.is_none() {
                doc_number = Some(f);
            }
        }
    }
    let head_date = (0..limit)
        .find(|&k| r.roles[k] == Role::HeadDate)
        .and_then(|k| {
            let (u, off) = portal::unbullet(r.text(k));
            let d = date::date_line(u, None)?;
            r.roles[k] = Role::Header;
            Some((
                date::FoundDate {
                    span: d.span.shift(off),
                    ..d
                },
                k,
            ))
        });
    for k in 0..limit {
        if r.roles[k] == Role::HeadDate {
            r.furniture(k);
        }
    }
    let addressee = addressee.map(|a| (a, addressee_last.max(a)));
    if let Some((a, b)) = addressee {
        for k in a..=b {
            r.roles[k] = Role::Header;
        }
    }
    let body_start = addressee.map_or(body_start, |(_, b)| b + 1);
    Head {
        title,
        doc_number,
        addressee,
        head_date,
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

/// The end of a document: a date line, with the signature lines above it.
struct Sign {
    sig_start: usize,
    date_line: usize,
    date: date::FoundDate,
}

impl Sign {
    fn date_span(&self, r: &Reader<'_>) -> Span {
        self.date.span.shift(r.span(self.date_line).start)
    }

    fn signatory(&self, r: &Reader<'_>) -> Option<String> {
        (self.sig_start < self.date_line).then(|| {
            let lines: Vec<String> = (self.sig_start..self.date_line)
                .map(|k| without_pinyin(r.text(k)).into_owned())
                .collect();
            lines.join(" ")
        })
    }

    fn signatory_span(&self, r: &Reader<'_>) -> Option<Span> {
        (self.sig_start < self.date_line)
            .then(|| r.span(self.sig_start).cover(r.span(self.date_line - 1)))
    }
}

/// The date a line consists of; a line with HTML residue (`2021年4月16日9/p>`) is read around
/// it, and its date counts as damaged with the whole line as its span.
fn date_of_line(t: &str, year_hint: Option<i32>) -> Option<date::FoundDate> {
    if let Some(d) = date::date_line(t, year_hint) {
        return Some(d);
    }
    let clean = segment::without_html(t)?;
    // `9/p>` leaves a stray digit after 日.
    let d = date::date_line(&clean, year_hint).or_else(|| {
        let (head, _) = clean.rsplit_once('日')?;
        date::date_line(&format!("{head}日"), year_hint)
    })?;
    Some(date::FoundDate {
        span: Span::new(0, t.len()),
        damaged: true,
        ..d
    })
}

/// The first unread date line in `from..to`, with the signature lines above it.
fn find_sign(r: &Reader<'_>, from: usize, to: usize, year_hint: Option<i32>) -> Option<Sign> {
    for d in from..to {
        if !r.is_unread(d) {
            continue;
        }
        let Some(found) = date_of_line(r.text(d), year_hint) else {
            continue;
        };
        let mut s = d;
        while s > from
            && d - s < 6
            && r.is_unread(s - 1)
            && lexicon::signature_line(&without_pinyin(r.text(s - 1))).is_some()
        {
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

/// Parenthesised release notes right under a signature date: （此件主动公开）, （联系人：…）.
/// Marks them and returns their lines.
fn release_notes(r: &mut Reader<'_>, from: usize, to: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = from;
    while k < to && r.is_unread(k) {
        let t = r.text(k);
        let wrapped = t.starts_with(['(', '（']) && t.ends_with([')', '）']);
        let note = [
            "此件", "联系", "聯繫", "电话", "電話", "公开", "公開", "印发", "发至", "發至",
        ]
        .iter()
        .any(|w| t.contains(w));
        if !(wrapped && note && t.chars().count() <= 120) {
            break;
        }
        r.roles[k] = Role::Header;
        out.push(k);
        k += 1;
    }
    out
}

/// The organs of a signature block (one or more lines, organs separated by spaces).
fn signature_organs(r: &Reader<'_>, from: usize, to: usize) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for k in from..to {
        let t = r.text(k);
        let sp = r.span(k);
        for (a, b) in lexicon::signature_line(t).unwrap_or_default() {
            out.push((
                without_pinyin(&t[a..b]).into_owned(),
                Span::new(sp.start + a, sp.start + b),
            ));
        }
    }
    out
}

/// The organs listed in `src[body]`, with their spans.
fn organs_of(src: &str, body: Span) -> (Vec<String>, Vec<Span>) {
    lexicon::split_organs(&src[body.range()])
        .into_iter()
        .map(|(a, b, v)| (v, Span::new(body.start + a, body.start + b)))
        .unzip()
}

/// The addressees on lines `first..=last` (a 主送 may wrap).
fn addressees_of(r: &Reader<'_>, first: usize, last: usize) -> (Vec<String>, Vec<Span>) {
    let (mut names, mut spans) = (Vec::new(), Vec::new());
    for k in first..=last {
        let sp = r.span(k);
        let body = r.text(k).trim_end_matches([':', '：']);
        let (n, s) = organs_of(r.src, Span::new(sp.start, sp.start + body.len()));
        names.extend(n);
        spans.extend(s);
    }
    (names, spans)
}

/// Header values written after the text: 抄送, the 印发 line, and an addressee line at the end
/// (`发:…`, old national style).
#[derive(Default)]
struct Trailers {
    cc: Vec<String>,
    cc_spans: Vec<Span>,
    printed_by: Option<String>,
    printed_date: Option<Date>,
    printed_span: Option<Span>,
    end_addressees: Vec<String>,
    end_addressee_spans: Vec<Span>,
}

static LABELLED_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<label>抄\s*送|发|發|主\s*送)\s*[:：]\s*(?P<list>.+?)[。.]?$")
        .expect("valid cc regex")
});

static DISCLOSURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:公开方式|公開方式|公开属性|公开类别|信息公开选项|公开选项)\s*[:：]")
        .expect("valid regex")
});

static PRINTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<org>\S.*?)\s*(?P<date>[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日)\s*印[发發]$")
        .expect("valid printed regex")
});

fn read_trailers(r: &mut Reader<'_>, from: usize, to: usize) -> Trailers {
    let mut t = Trailers::default();
    for k in from..to {
        if !r.is_unread(k) {
            continue;
        }
        let text = r.text(k);
        let sp = r.span(k);
        if text.chars().count() > 200 {
            continue;
        }
        let head = text.starts_with(['公', '信', '抄', '发', '發', '主']);
        let printed = text.ends_with("印发") || text.ends_with("印發");
        if !head && !printed {
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
            if label.starts_with('抄') {
                t.cc.extend(values);
                t.cc_spans.extend(spans);
            } else {
                t.end_addressees.extend(values);
                t.end_addressee_spans.extend(spans);
            }
            r.roles[k] = Role::Header;
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

/// One entry of an attachment note (附件：1.… 2.…).
struct NoteEntry {
    label: String,
    title: String,
    span: Span,
    line: usize,
}

static NOTE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<n>[0-9０-９]{1,2})\s*[.．、]\s*(?P<title>.+)$").expect("valid note regex")
});

fn strip_extension(s: &str) -> &str {
    for ext in [
        ".docx", ".doc", ".pdf", ".xlsx", ".xls", ".wps", ".zip", ".rar", ".ofd", ".et", ".txt",
    ] {
        if let Some(t) = s.strip_suffix(ext) {
            return t;
        }
    }
    s
}

fn note_entry(r: &Reader<'_>, k: usize, at: usize, single: bool) -> Option<NoteEntry> {
    let sp = r.span(k);
    let t = &r.text(k)[at..];
    let (label, title_off, title) = match NOTE_ITEM.captures(t) {
        Some(c) => {
            let n = lexicon::fold_digits(c.name("n").expect("n").as_str());
            let m = c.name("title").expect("title");
            (format!("附件{n}"), m.start(), m.as_str())
        }
        None if single => ("附件".to_string(), 0, t),
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

/// Attachment notes among the unread lines of `from..to`.
fn read_notes(r: &Reader<'_>, from: usize, to: usize) -> Vec<NoteEntry> {
    let mut out = Vec::new();
    let mut k = from;
    while k < to {
        let t = r.text(k);
        let rest = t
            .strip_prefix("附件")
            .map(|x| x.trim_start_matches(crate::segment::is_pad));
        let Some(rest) = rest.and_then(|x| x.strip_prefix([':', '：'])) else {
            k += 1;
            continue;
        };
        if !r.is_unread(k) {
            k += 1;
            continue;
        }
        let at = t.len() - rest.trim_start_matches(crate::segment::is_pad).len();
        let numbered = NOTE_ITEM.is_match(&t[at..]);
        if let Some(e) = note_entry(r, k, at, true) {
            out.push(e);
        }
        k += 1;
        while numbered && k < to && r.is_unread(k) {
            match note_entry(r, k, 0, false) {
                Some(e) => out.push(e),
                None => break,
            }
            k += 1;
        }
    }
    out
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
    r: &mut Reader<'_>,
    from: usize,
    to: usize,
    year_hint: Option<i32>,
) -> Vec<EnclosureLines> {
    let mut out = Vec::new();
    let mut k = from;
    while k < to {
        while k < to && !r.is_unread(k) {
            k += 1;
        }
        if k >= to {
            break;
        }
        let start = k;
        let mut label = None;
        let mut title = None;
        let clean = without_pinyin(r.text(k));
        if let Some((l, rest)) = lexicon::block_label(&clean) {
            // Offsets into text whose pinyin was removed do not hold for the source.
            let rest = rest.filter(|_| clean.len() == r.text(k).len());
            label = Some(l);
            r.roles[k] = Role::Header;
            if let Some(off) = rest {
                let sp = r.span(k);
                let t = Span::new(sp.start + off, sp.end);
                title = Some(TitleGroup::from_spans(r.src, vec![k], &[t]));
            }
            k += 1;
        }
        if title.is_none() {
            let mut title_lines = Vec::new();
            while k < to
                && title_lines.len() < 5
                && r.is_unread(k)
                && lexicon::is_title_candidate(&without_pinyin(r.text(k)))
            {
                title_lines.push(k);
                k += 1;
                let joined: String = title_lines.iter().map(|&i| r.text(i)).collect();
                let next_paren = k < to && r.text(k).starts_with(['(', '（']);
                if lexicon::title_complete(&joined) && !next_paren {
                    break;
                }
            }
            for &i in &title_lines {
                r.roles[i] = Role::Header;
            }
            title = (!title_lines.is_empty()).then(|| TitleGroup::new(r, title_lines));
        }
        let mut doc_number = None;
        if k < to && r.is_unread(k) {
            if let Some(f) = docnum::doc_number_line(r.text(k)) {
                doc_number = Some(FoundDocNumber {
                    span: f.span.shift(r.span(k).start),
                    ..f
                });
                r.roles[k] = Role::Header;
                k += 1;
            }
        }
        let mut addressee = None;
        if k < to && r.is_unread(k) && lexicon::addressee_line(&without_pinyin(r.text(k))).is_some()
        {
            addressee = Some(k);
            r.roles[k] = Role::Header;
            k += 1;
        }
        // Content runs to the next label line or to a date line that ends the document.
        let content_start = k;
        let mut end = to;
        let mut sign = None;
        let mut j = k;
        while j < to {
            if r.is_unread(j) && lexicon::label_line(&without_pinyin(r.text(j))).is_some() {
                end = j;
                break;
            }
            if r.is_unread(j) && date_of_line(r.text(j), year_hint).is_some() {
                sign = find_sign(r, content_start, j + 1, year_hint);
                end = sign.as_ref().map_or(j, |s| s.sig_start);
                break;
            }
            j += 1;
        }
        if let Some(s) = &sign {
            for i in s.sig_start..=s.date_line {
                r.roles[i] = Role::Header;
            }
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

/// The unread lines of `from..to` as a section tree (or a task table).
fn content_of(r: &Reader<'_>, from: usize, to: usize) -> tree::Content {
    let lines: Vec<(Span, usize)> = (from..to)
        .filter(|&k| r.is_unread(k))
        .map(|k| (r.span(k), r.lines[k].blanks_before))
        .collect();
    if let Some(items) = table::items(r.src, &lines) {
        return tree::build_items(r.src, items);
    }
    let items = (from..to).filter(|&k| r.is_text(k)).map(|k| {
        if r.roles[k] == Role::Plain {
            tree::Item {
                marker: None,
                paras: vec![r.span(k)],
                cells: None,
            }
        } else {
            tree::Item::paragraph(r.src, r.span(k))
        }
    });
    tree::build_items(r.src, items)
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
        "关于", "關於", "關于", "印发", "印發", "转发", "轉發", "批转", "批轉", "公布",
    ]
    .iter()
    .filter_map(|w| j.find(w))
    .min();
    let Some(cut) = cut else { return Vec::new() };
    let prefix = &j[..cut];
    let clean = without_pinyin(prefix.trim_end());
    if clean.trim().is_empty() || !lexicon::ends_like_organ(&clean) {
        return Vec::new();
    }
    // Organs are separated by spaces or 、, or each stands on its own line (a line break
    // inside a name, 广东省 / 生态环境厅, does not separate).
    let line_starts: Vec<usize> = t
        .pieces
        .iter()
        .map(|p| p.0)
        .filter(|&o| o > 0 && o < cut)
        .collect();
    let whole = |s: &str| {
        s.chars().count() >= 4
            && lexicon::ends_like_organ(s)
            && !s.ends_with(['省', '市', '区', '县'])
    };
    let mut out = Vec::new();
    let push = |a: usize, b: usize, out: &mut Vec<(String, Option<Span>)>| {
        let mut from = a;
        for &l in line_starts.iter().filter(|&&l| a < l && l < b) {
            if whole(&without_pinyin(&prefix[from..l])) {
                out.push((
                    without_pinyin(&prefix[from..l]).into_owned(),
                    t.source_span(from, l),
                ));
                from = l;
            }
        }
        out.push((
            without_pinyin(&prefix[from..b]).into_owned(),
            t.source_span(from, b),
        ));
    };
    let mut start = None;
    for (i, c) in prefix
        .char_indices()
        .chain(std::iter::once((prefix.len(), ' ')))
    {
        let sep = c.is_whitespace() || c == '\u{3000}' || c == '、';
        match (sep, start) {
            (false, None) => start = Some(i),
            (true, Some(a)) => {
                push(a, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether the last text of the document reads as cut off mid-sentence.
fn looks_truncated(s: &str) -> bool {
    let Some(last) = s.chars().next_back() else {
        return false;
    };
    !matches!(
        last,
        '。' | '！'
            | '？'
            | '!'
            | '?'
            | '；'
            | ';'
            | ')'
            | '）'
            | '”'
            | '"'
            | '」'
            | '』'
            | '》'
            | '|'
            | '.'
            | '…'
    ) && date::date_line(s, None).is_none()
        && lexicon::signature_line(s).is_none()
        && !lexicon::title_complete(s)
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
    let title = head.title.as_ref().map(TitleGroup::value);
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
    let mut doc_number = head
        .doc_number
        .as_ref()
        .map(|f| to_doc_number(src, f, None));
    if doc_number.is_none() {
        if let Some(sp) = r.portal.portal.spans.doc_number {
            if let Some(f) = docnum::doc_number_line(&src[sp.range()]) {
                let f = FoundDocNumber {
                    span: f.span.shift(sp.start),
                    ..f
                };
                doc_number = Some(to_doc_number(src, &f, None));
            }
        }
    }
    let year_hint = head.doc_number.as_ref().and_then(|f| f.full_year(None));
    if let Some(f) = &head.doc_number {
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
    if doc_number.is_none() {
        r.warn(
            WarningCode::MissingDocNumber,
            "expected a document number (发文字号), found none".into(),
            None,
        );
    }

    // Header values written after the text.
    let trailers = read_trailers(&mut r, head.body_start, tail_start);

    // Addressees: the 主送 line, else an addressee line at the end (发:…).
    let (mut addressees, addressee_spans) = head
        .addressee
        .map(|(a, b)| addressees_of(&r, a, b))
        .unwrap_or_default();
    spans.addressees = addressee_spans;
    if addressees.is_empty() && !trailers.end_addressees.is_empty() {
        addressees = trailers.end_addressees.clone();
        spans.addressees = trailers.end_addressee_spans.clone();
    }

    // The body ends at its signature and date.
    let sign = find_sign(&r, head.body_start, tail_start, year_hint);
    let (body_end, mut after_body) = match &sign {
        Some(s) => (s.sig_start, s.date_line + 1),
        None => (tail_start, tail_start),
    };
    // （此件主动公开）, （联系人：…） under the date belong to the body.
    let body_notes = release_notes(&mut r, after_body, tail_start);
    after_body += body_notes.len();
    if let Some(s) = &sign {
        for i in s.sig_start..=s.date_line {
            r.roles[i] = Role::Header;
        }
    }
    let organs = sign
        .as_ref()
        .map(|s| signature_organs(&r, s.sig_start, s.date_line))
        .unwrap_or_default();
    let signatory = sign.as_ref().and_then(|s| s.signatory(&r));
    spans.signatory = sign.as_ref().and_then(|s| s.signatory_span(&r));
    if let Some(s) = &sign {
        if s.date.damaged {
            let sp = s.date_span(&r);
            r.warn(
                WarningCode::DamagedDate,
                format!(
                    "expected a date like 2021年4月16日, found `{}`; read as {}",
                    &src[sp.range()],
                    s.date.date
                ),
                Some(sp),
            );
        }
    }
    // A date that lost its separators and reads more than one way (2015111: 1月11日 or
    // 11月1日) is not guessed.
    for k in head.body_start..tail_start {
        let t = r.text(k);
        let digits = t.len() >= 6 && t.len() <= 8 && t.bytes().all(|b| b.is_ascii_digit());
        if digits
            && (t.starts_with("19") || t.starts_with("20"))
            && date::date_line(t, None).is_none()
        {
            let sp = r.span(k);
            r.warn(
                WarningCode::DamagedDate,
                format!("expected a date like 2021年4月16日, found `{t}`, which reads more than one way; not guessed"),
                Some(sp),
            );
        }
    }
    let mut written_date = sign.as_ref().map(|s| s.date.date);
    spans.written_date = sign.as_ref().map(|s| s.date_span(&r));
    if let Some((d, k)) = &head.head_date {
        let sp = d.span.shift(r.span(*k).start);
        if written_date.is_none() {
            written_date = Some(d.date);
            spans.written_date = Some(sp);
        } else if !r.portal.set(Field::Published, &src[sp.range()], sp) {
            // A second date in the header, beside a signed one: kept as page text.
            let line = r.span(*k);
            r.portal.furniture(line);
        }
    }

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

    // Issuer: the title's organ, else the portal's publisher (or source), else the signature.
    let portal_source = r
        .portal
        .portal
        .source
        .clone()
        .filter(|s| lexicon::ends_like_organ(s));
    let (issuer, issuer_span) = if let Some((name, sp)) = title_organs.first() {
        (Some(name.clone()), *sp)
    } else if let Some(p) = r.portal.portal.publisher.clone() {
        (Some(p), r.portal.portal.spans.publisher)
    } else if let Some(s) = portal_source {
        (Some(s), r.portal.portal.spans.source)
    } else if let Some((name, sp)) = organs.first() {
        let name = name.trim_end_matches("(代章)").trim_end_matches("（代章）");
        (
            Some(
                name.trim_end_matches("(印章)")
                    .trim_end_matches("（印章）")
                    .to_string(),
            ),
            Some(*sp),
        )
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
    } else if organs.len() > 1 {
        organs.iter().map(|(n, _)| n.clone()).collect()
    } else {
        Vec::new()
    };
    if let (Some(p), Some(i)) = (r.portal.portal.publisher.clone(), issuer.as_deref()) {
        let joint = issuers.join(" ");
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let (p2, i2) = (squeeze(&p), squeeze(i));
        // 中华人民共和国国务院 and 国务院 name one organ; 某区人民政府 and 某区人民政府办公室 do not.
        let same = p2 == i2 || p2 == squeeze(&joint) || p2.ends_with(&i2) || i2.ends_with(&p2);
        if !title_organs.is_empty() && !same {
            r.warn(
                WarningCode::PortalMismatch,
                format!("the portal gives 发布机构 `{p}`, the title `{i}`; the title's is kept"),
                r.portal.portal.spans.publisher,
            );
        }
    }

    let anchors = Anchors {
        written: written_date,
        published: published_date,
        option: opts.reference_date,
    };

    // Attachment notes, the enclosures, and which notes name an enclosure that is present.
    // Notes of the body, then the enclosures, then notes at the end of each enclosure.
    let mut notes = read_notes(&r, head.body_start, body_end);
    for e in &notes {
        r.roles[e.line] = Role::Header;
    }
    let enclosure_lines = read_enclosures(&mut r, after_body, tail_start, year_hint);
    for x in &enclosure_lines {
        let own = read_notes(&r, x.content.0, x.content.1);
        for e in &own {
            r.roles[e.line] = Role::Header;
        }
        notes.extend(own);
    }
    // A note names an enclosure that is present by its title, or by a numbered label when the
    // enclosure's title does not disagree; a note inside an enclosure never names that one.
    let present = |e: &NoteEntry| {
        enclosure_lines.iter().any(|x| {
            let inside = x.span.contains(e.span);
            let same_title = x.title.as_ref().map(|t| {
                let (a, b) = (squeeze_title(&t.value()), squeeze_title(&e.title));
                a == b || a.starts_with(&b) || b.starts_with(&a)
            });
            let numbered = e.label != "附件" && x.label.as_deref() == Some(e.label.as_str());
            !inside && (same_title == Some(true) || (numbered && same_title != Some(false)))
        })
    };
    let mut missing: Vec<&NoteEntry> = Vec::new();
    for e in &notes {
        if present(e) {
            // The note is text of the body; the attachment itself follows.
            r.roles[e.line] = Role::Plain;
        } else {
            missing.push(e);
        }
    }
    // A line listing both present and missing attachments stays text.
    missing.retain(|e| r.roles[e.line] == Role::Header);

    // The body.
    let mut body_content = content_of(&r, 0, body_end);
    body_content
        .closing
        .extend(body_notes.iter().map(|&k| r.span(k)));
    // The body runs from its addressees (or first paragraph) to its date (or last paragraph).
    let body_lines = head
        .addressee
        .map(|(a, _)| a)
        .into_iter()
        .chain((0..body_end).filter(|&k| r.is_text(k)))
        .chain(sign.as_ref().map(|s| s.date_line))
        .chain(body_notes.iter().copied());
    let body_span = body_lines
        .map(|k| r.span(k))
        .reduce(Span::cover)
        .unwrap_or(Span::new(src.len(), src.len()));
    let last_text = (0..tail_start)
        .rev()
        .find(|&k| r.is_unread(k))
        .map(|k| r.text(k));
    if last_text.is_some_and(looks_truncated)
        && sign
            .as_ref()
            .is_none_or(|s| s.date_line < tail_start.saturating_sub(1))
    {
        let k = (0..tail_start).rev().find(|&k| r.is_unread(k)).unwrap_or(0);
        if k + 1 >= tail_start || (k + 1..tail_start).all(|i| !r.is_unread(i)) {
            r.warn(
                WarningCode::Truncated,
                "expected the document to end with a full sentence, a signature or a date; it stops mid-sentence".into(),
                Some(r.span(k)),
            );
        }
    }

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
                title: e.title.as_ref().map(TitleGroup::value),
                doc_number: e
                    .doc_number
                    .as_ref()
                    .map(|f| to_doc_number(src, f, own_date.map(|d| d.year()))),
                addressees: e
                    .addressee
                    .map(|k| addressees_of(&r, k, k).0)
                    .unwrap_or_default(),
                signatory: e.sign.as_ref().and_then(|s| s.signatory(&r)),
                written_date: own_date,
                span: e.span,
                ..Block::default()
            };
            if block.label.is_none() {
                if let Some(note) = notes.iter().find(|n| {
                    block
                        .title
                        .as_ref()
                        .is_some_and(|t| squeeze_title(t) == squeeze_title(&n.title))
                }) {
                    block.label = Some(note.label.clone());
                }
            }
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
    // Attachments named in a note but not included: labelled, title only.
    for e in missing {
        enclosures.push(Block {
            label: Some(e.label.clone()),
            title: Some(e.title.clone()),
            span: e.span,
            ..Block::default()
        });
    }
    if let Some(d) = doc_number.as_mut() {
        if d.year.is_none() {
            if let Some(f) = &head.doc_number {
                d.year = f.full_year(written_date.map(|w| w.year()));
                body.doc_number = Some(d.clone());
            }
        }
    }
    spans.doc_number = doc_number.as_ref().map(|d| d.span);
    spans.cc = trailers.cc_spans;
    spans.printed = trailers.printed_span;

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
        cc: trailers.cc,
        printed_by: trailers.printed_by,
        printed_date: trailers.printed_date,
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

fn squeeze_title(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '《' | '》' | '“' | '”'))
        .collect()
}
