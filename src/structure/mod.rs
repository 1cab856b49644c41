//! Phase 3: the structure of a notice from its lines. In reading order:
//!
//! - [`flatten`]: lines that hold a whole header or document are cut back into lines;
//! - [`portal`]: the portal page around the notice (metadata block, breadcrumbs, furniture);
//! - `head`: the title, the document number and the addressees;
//! - `sign`: the signature and the written date that end a document;
//! - `trailers`: 抄送, 印发, end-of-text addressees, and attachment notes;
//! - `blocks`: the enclosed documents, and each block's text as a section tree ([`tree`],
//!   [`table`] for task tables, [`wrap`] for paragraphs that a fixed-width layout broke into
//!   lines), turned into model sections by [`items`];
//! - [`lexicon`]: the line-level predicates all of these share.
//!
//! Every line is given one role (portal, header value, or text of a block), so that nothing is
//! dropped and nothing is read twice. Field values are read by the pure extractors of
//! [`crate::extract`].

mod blocks;
pub(crate) mod flatten;
mod head;
pub(crate) mod items;
pub(crate) mod lexicon;
pub(crate) mod portal;
mod sign;
pub(crate) mod table;
mod trailers;
pub(crate) mod tree;
pub(crate) mod wrap;

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

use blocks::*;
use head::*;
use sign::*;
use trailers::*;

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
    /// The text may hold inserted pinyin somewhere (when not, no line needs cleaning of it).
    pinyin: bool,
    /// For each line, whether it holds `<`, `>` or `&` (empty when the text holds none): only
    /// those lines can hold HTML residue.
    html: Vec<bool>,
    lines: Vec<Line>,
    /// The width at which a fixed-width layout broke the lines, if it did ([`wrap`]).
    layout_width: Option<usize>,
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

    /// Whether line `i` holds `<`, `>` or `&`.
    fn holds_html(&self, i: usize) -> bool {
        self.html.get(i).copied().unwrap_or(false)
    }

    /// Line `i` without inserted pinyin.
    fn clean(&self, i: usize) -> std::borrow::Cow<'s, str> {
        let t = self.text(i);
        if self.pinyin {
            without_pinyin(t)
        } else {
            std::borrow::Cow::Borrowed(t)
        }
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

/// Parses decoded text; `replaced` are offsets of replacement characters the decoder put in.
///
/// A text in which a mirror site inserted pinyin after characters (衛(wèi)) is read without it,
/// and one whose bytes were shown one by one as Windows-1252 characters (å¹¿ä¸œ) is read as
/// those bytes, so that every reader sees whole words; the spans are taken back to the text
/// as given.
pub(crate) fn parse_text(
    src: &str,
    encoding: &str,
    replaced: &[usize],
    opts: &ParseOptions,
) -> Result<Notice, ParseError> {
    if let Some(v) = crate::decode::strip_invisible(src) {
        return parse_visible(src, &v, encoding, replaced, opts);
    }
    match crate::decode::strip_markup(src) {
        None => parse_plain(src, encoding, replaced, opts),
        Some(u) => parse_marked_up(src, &u, encoding, replaced, opts),
    }
}

/// [`parse_text`] on a text with invisible format characters inside it (zero-width spaces,
/// joiners, direction marks): the text without them is read, and the spans are taken back to the
/// text as given.
fn parse_visible(
    src: &str,
    v: &crate::decode::Unmarked,
    encoding: &str,
    replaced: &[usize],
    opts: &ParseOptions,
) -> Result<Notice, ParseError> {
    let first = Span::new(v.first.0, v.first.1);
    let code = src[first.range()].chars().next().map_or(0, u32::from);
    let warning = Warning {
        code: WarningCode::InvisibleRemoved,
        message: format!(
            "expected visible characters only, found {} invisible format characters (zero-width spaces, joiners, direction marks), first U+{code:04X}; they are left out of the values and texts, and spans point at the text as given",
            v.count
        ),
        span: Some(first),
    };
    parse_taken_out(src, v, encoding, replaced, opts, warning, parse_text)
}

/// `parse` on `u`, a copy of `src` with something taken out (markup, invisible characters):
/// the decoder's replacement characters found in the copy, and the notice's spans taken back
/// to `src`, `warning` first.
fn parse_taken_out(
    src: &str,
    u: &crate::decode::Unmarked,
    encoding: &str,
    replaced: &[usize],
    opts: &ParseOptions,
    warning: Warning,
    parse: fn(&str, &str, &[usize], &ParseOptions) -> Result<Notice, ParseError>,
) -> Result<Notice, ParseError> {
    let clean = u.text.as_str();
    // A span taken back starts where its first character was read and ends where its last
    // one was, so that it leaves out what was taken away around it.
    let back = |sp: Span| back_to_source(u, clean, sp);
    let replaced: Vec<usize> = replaced
        .iter()
        .filter_map(|&at| u.starts.binary_search(&at).ok())
        .collect();
    let parsed = parse(clean, encoding, &replaced, opts);
    taken_back(src, parsed, back, warning, opts)
}

/// A span of a repaired copy `clean` taken back to its source: from where its first character
/// was read to where its last one ends, so that it leaves out what was taken away around it.
fn back_to_source(u: &crate::decode::Unmarked, clean: &str, sp: Span) -> Span {
    let start = u.starts[sp.start.min(clean.len())];
    let end = if sp.end > sp.start {
        u.ends[(sp.end - 1).min(clean.len())]
    } else {
        start
    };
    Span::new(start, end.max(start))
}

/// [`parse_text`] on a text that a page left its HTML in (`<p>…</p>`, `&nbsp;`): the text
/// without it is read, and the spans are taken back to the text as given.
fn parse_marked_up(
    src: &str,
    u: &crate::decode::Unmarked,
    encoding: &str,
    replaced: &[usize],
    opts: &ParseOptions,
) -> Result<Notice, ParseError> {
    let first = Span::new(u.first.0, u.first.1);
    let warning = Warning {
        code: WarningCode::HtmlRemoved,
        message: format!(
            "expected plain text, found {} HTML tags and entities, first `{}`; they are left out of the values and texts, and spans point at the text as given",
            u.count,
            &src[first.range()]
        ),
        span: Some(first),
    };
    parse_taken_out(src, u, encoding, replaced, opts, warning, parse_plain)
}

/// A notice parsed from a repaired copy of `src`, taken back to `src`: its spans by `back`,
/// its document numbers' `raw` exactly as `src` has them, and `warning`, which says what was
/// repaired, first among its warnings (or, parsing strictly, the error it makes).
fn taken_back(
    src: &str,
    parsed: Result<Notice, ParseError>,
    back: impl Fn(Span) -> Span,
    warning: Warning,
    opts: &ParseOptions,
) -> Result<Notice, ParseError> {
    let mut notice = parsed.map_err(|e| ParseError::new(e.kind, src, back(e.span)))?;
    notice.map_spans(&back);
    let blocks = std::iter::once(&mut notice.body).chain(&mut notice.enclosures);
    for d in blocks
        .filter_map(|b| b.doc_number.as_mut())
        .chain(notice.doc_number.as_mut())
    {
        d.raw = src[d.span.range()].to_string();
    }
    if opts.strict {
        let at = warning.span.unwrap_or_default();
        let kind = ErrorKind::Strict {
            code: warning.code,
            message: warning.message,
        };
        return Err(ParseError::new(kind, src, at));
    }
    notice.warnings.insert(0, warning);
    Ok(notice)
}

/// [`parse_text`] on a text with no HTML markup.
fn parse_plain(
    src: &str,
    encoding: &str,
    replaced: &[usize],
    opts: &ParseOptions,
) -> Result<Notice, ParseError> {
    // (Most texts hold no `(` before a lower-case letter: one look tells.)
    let may_hold_pinyin = segment::may_hold_pinyin(src);
    let mirrored = may_hold_pinyin
        .then(|| segment::mirror_pinyin(src))
        .flatten();
    let repair = match mirrored {
        Some((clean, map, removed)) => {
            // The first character with pinyin after it, as the text has it: 號(hào).
            let first = clean.char_indices().find_map(|(i, c)| {
                let end = i + c.len_utf8();
                (end < clean.len() && map[end] > map[i] + c.len_utf8())
                    .then(|| Span::new(map[i], map[end]))
            });
            let example = first.map_or(String::new(), |sp| format!(", first `{}`", &src[sp.range()]));
            Some((clean, map, Warning {
                code: WarningCode::PinyinRemoved,
                message: format!(
                    "expected Chinese text, found pinyin inserted after {removed} characters{example}; it is left out of the values and texts, and spans point at the text as given"
                ),
                span: first,
            }))
        }
        None => crate::decode::repair_mojibake(src).map(|(clean, map, name)| {
            let warning = Warning {
                code: WarningCode::MojibakeRepaired,
                message: format!(
                    "expected Chinese text, found its {name} bytes shown one by one as Windows-1252 characters (å¹¿ä¸œ); they are read back as {name}, and spans point at the text as given"
                ),
                span: None,
            };
            (clean, map, warning)
        }),
    };
    let Some((clean, map, warning)) = repair else {
        return parse_clean(src, encoding, replaced, opts, may_hold_pinyin);
    };
    // `map[i]` is the byte of `src` that byte `i` of `clean` was copied from (`map[clean.len()]`
    // is `src.len()`): a span taken back ends where the next character starts, so that it
    // keeps the pinyin inserted after its last one.
    let back = |sp: Span| {
        let at = |i: usize| map[i.min(clean.len())];
        Span::new(at(sp.start), at(sp.end))
    };
    let replaced: Vec<usize> = replaced
        .iter()
        .filter_map(|&at| map.binary_search(&at).ok())
        .collect();
    // A text whose pinyin was taken out may still hold some that a line break parted from its
    // character (動(\ndòng)): its paragraphs are looked at for it when their lines are joined.
    let clean_may_hold_pinyin =
        warning.code == WarningCode::PinyinRemoved || segment::may_hold_pinyin(&clean);
    let parsed = parse_clean(&clean, encoding, &replaced, opts, clean_may_hold_pinyin);
    taken_back(src, parsed, back, warning, opts)
}

/// [`parse_text`] on a text with no inserted pinyin; `may_hold_pinyin` tells whether some may
/// be left (a single insertion without tone marks, or one that a line break parts).
fn parse_clean(
    src: &str,
    encoding: &str,
    replaced: &[usize],
    opts: &ParseOptions,
    may_hold_pinyin: bool,
) -> Result<Notice, ParseError> {
    docnum::forget_lines();
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
    close_up_double_spacing(&mut lines);
    let flattened = flatten::resegment(src, &mut lines);
    let n = lines.len();
    let html = lines_holding_html(src, &lines);
    let layout_width = wrap::layout_width(src, &lines);
    let mut r = Reader {
        src,
        pinyin: may_hold_pinyin,
        html,
        layout_width,
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

/// For each line, whether it holds `<`, `>` or `&`; empty when the text holds none. The
/// positions of the three bytes are found in one pass and walked with the lines, which are in
/// the order of the text.
fn lines_holding_html(src: &str, lines: &[Line]) -> Vec<bool> {
    let mut at = memchr::memchr3_iter(b'<', b'>', b'&', src.as_bytes()).peekable();
    if at.peek().is_none() {
        return Vec::new();
    }
    lines
        .iter()
        .map(|l| {
            while at.next_if(|&p| p < l.span.start).is_some() {}
            at.peek().is_some_and(|&p| p < l.span.end)
        })
        .collect()
}

/// Warns about HTML residue and garbled text, line by line (at most 20 of each).
fn mark_damage(r: &mut Reader<'_>) {
    // Most documents have neither: one look at the whole text spares the line-by-line tests.
    let may_hold_html = !r.html.is_empty();
    let may_be_garbled = segment::looks_garbled(r.src);
    if !may_hold_html && !may_be_garbled {
        return;
    }
    let (mut html, mut garbled) = (0, 0);
    for i in 0..r.lines.len() {
        let t = r.text(i);
        let sp = r.span(i);
        let line_may_hold_html = r.holds_html(i);
        if line_may_hold_html && html < 20 && segment::without_html(t).is_some() {
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
        if may_be_garbled && garbled < 20 && segment::looks_garbled(t) {
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

/// A text copied with a blank line after every line (as web pages give their paragraphs, and
/// one-cell-per-line tables their cells) is read as the same text without them: half as many
/// blank lines before each line. Then a label's value under it, a table's next cell and a
/// paragraph's next line are as close as in a text set single-spaced, and a gap of two or three
/// blank lines parts what one parts there.
fn close_up_double_spacing(lines: &mut [segment::Line]) {
    // Fewer lines tell nothing; a few lines may follow each other in a spaced text (a wrapped
    // title, a signature over its date).
    if lines.len() < 8 {
        return;
    }
    let spaced = lines[1..].iter().filter(|l| l.blanks_before > 0).count();
    if spaced * 10 >= (lines.len() - 1) * 9 {
        for l in &mut lines[1..] {
            l.blanks_before /= 2;
        }
    }
}

/// Page numbers left in flattened text (`- 3 -`, `—12—`, `第3页`) are furniture, never items.
fn mark_page_numbers(r: &mut Reader<'_>) {
    for i in 0..r.lines.len() {
        let t = r.text(i);
        if segment::is_page_number(t) {
            r.furniture(i);
        }
    }
}

/// At most this many titles of related pages stand under their label in a page's footer.
const RELATED_TITLES: usize = 6;

/// Footer chrome at the end of the page (部门解读 … Baidu map): marks it and returns where it
/// starts.
fn read_tail(r: &mut Reader<'_>) -> usize {
    let n = r.lines.len();
    let mut i = n;
    let mut first_vocab = None;
    while i > 0 {
        let t = r.clean(i - 1);
        let (vocab, short) = portal::tail_furniture(&t);
        if !vocab && !short {
            // In the footer, the titles of related pages under their label (相关稿件：,
            // 相关新闻) are chrome: a few lines of no sentence. Ending the page with no footer
            // under them, they are so when each has its bullet (· 某某工作取得新进展).
            let in_footer = first_vocab.is_some();
            let titles = (1..=RELATED_TITLES.min(i - 1))
                .map(|k| i - 1 - k)
                .take_while(|&k| {
                    let t = r.text(k + 1);
                    crate::segment::chars_at_most(t, 60)
                        && !t.contains('。')
                        && (in_footer || t.starts_with(['·', '•', '●', '▪', '■', '-', '*']))
                })
                .find(|&k| portal::is_related_links_label(r.text(k)));
            match titles {
                Some(k) => {
                    first_vocab = Some(k);
                    i = k;
                    continue;
                }
                None => break,
            }
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
        // A credit under a repost names the page's source (来源：…), when the head did not.
        let source = portal::fields(r.text(k))
            .into_iter()
            .find(|(f, (a, b))| *f == Field::Source && a < b);
        match source {
            Some((_, (a, b))) if r.portal.portal.source.is_none() => {
                let sp = r.span(k);
                let value = r.src[sp.start + a..sp.start + b].to_string();
                r.roles[k] = Role::Portal;
                r.portal
                    .set(Field::Source, &value, Span::new(sp.start + a, sp.start + b));
            }
            _ => r.furniture(k),
        }
    }
    start
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

/// At most this many warnings of one code are listed; the rest are counted in one more entry,
/// so that a hostile file cannot bury a record under its warnings.
const WARNINGS_PER_CODE: usize = 50;

fn cap_warnings(warnings: Vec<Warning>) -> Vec<Warning> {
    let mut seen: Vec<(WarningCode, usize)> = Vec::new();
    let mut out = Vec::with_capacity(warnings.len().min(4 * WARNINGS_PER_CODE));
    for w in warnings {
        let n = match seen.iter_mut().find(|(c, _)| *c == w.code) {
            Some((_, n)) => n,
            None => {
                seen.push((w.code, 0));
                &mut seen.last_mut().expect("just pushed").1
            }
        };
        *n += 1;
        if *n <= WARNINGS_PER_CODE {
            out.push(w);
        }
    }
    for (code, n) in seen {
        if n > WARNINGS_PER_CODE {
            out.push(Warning {
                code,
                message: format!(
                    "{} more `{code}` warnings not listed",
                    n - WARNINGS_PER_CODE
                ),
                span: None,
            });
        }
    }
    out
}

/// How many short lines end a table written a cell to a line, at least.
const CELL_LINES: usize = 6;

/// Whether the last text of the document reads as cut off mid-sentence.
/// The value of a field `s` is (完成单位：南方科技大学 → 南方科技大学, 绩效目标： → empty): a
/// label of one to eight ideographs and its colon, then a value that is no sentence.
fn filled_field(s: &str) -> Option<&str> {
    // (The colon within the first nine characters: most lines are looked at no further.)
    let (at, c) = s
        .char_indices()
        .take(10)
        .find(|&(_, c)| c == '：' || c == ':')?;
    let (label, value) = (&s[..at], &s[at + c.len_utf8()..]);
    let label = label.trim();
    let value = value.trim();
    (!label.is_empty()
        && segment::chars_at_most(label, 8)
        && label.chars().all(crate::extract::docnum::is_han)
        && segment::chars_at_most(value, 40)
        && !value.contains(['，', ',', '。', '；', ';', '：', ':']))
    .then_some(value)
}

/// Whether `s` is a list of three or more short names parted by `、` and nothing else.
fn is_list_of_names(s: &str) -> bool {
    let mut n = 0;
    for part in s.split('、') {
        if part.is_empty()
            || !segment::chars_at_most(part, 20)
            || part.contains(|c: char| {
                segment::is_pad(c) || matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':')
            })
        {
            return false;
        }
        n += 1;
    }
    n >= 3
}

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
            // (An assignment in brackets closes an item: …【省财政厅负责】, …〔责任单位：…〕.)
            | '】'
            | '〕'
            | '”'
            | '"'
            | '」'
            | '』'
            | '》'
            | '|'
            | '.'
            | '…'
            // (The border that closes a table drawn with box characters: └──┴──┘.)
            | '\u{2500}'..='\u{257F}'
    ) && date::date_line(s, None).is_none()
        && lexicon::signature_line(s).is_none()
        && !lexicon::is_attendance_line(s)
        && !lexicon::title_complete(s)
        // The last row or cell of a table: cells separated by tabs or bars, a row of a list
        // padded apart by ideographic spaces (王芳　省公安厅副厅长) or ASCII ones, or a cell that gives a
        // time limit or a note on progress (2023年11月底前, 持续推进), alone or last in a row.
        && !segment::has_char(s, '\t')
        && !segment::has_char(s, '|')
        // A labelled assignment whose last name is whole (…【责任单位】市自然资源局、各县（市、
        // 区）人民政府, 配合单位：省财政厅).
        && !(crate::extract::department::has_role_label(s) && {
            let last = s.rsplit(['、', '，', ',', '；', ';', '：', ':', '】']).next().unwrap_or(s);
            lexicon::ends_like_organ(last) || crate::extract::department::is_generic(last)
        })
        // A field of a list or a form with its value (完成单位：南方科技大学), or a list of
        // names (…、市卫生健康委、市医保局).
        && filled_field(s).is_none_or(str::is_empty)
        && !is_list_of_names(s)
        && s.split('\u{3000}').filter(|c| !c.is_empty()).nth(1).is_none()
        && crate::segment::find_str(s.trim(), "  ").is_none()
        && !{
            let cell = s.rsplit('\u{3000}').next().unwrap_or(s);
            let cell = cell.rsplit("  ").next().unwrap_or(cell).trim();
            crate::segment::chars_at_most(cell, 24)
                && crate::extract::department::is_time_or_progress(cell)
        }
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
    let mut title_organs = head.title.as_ref().map(title_issuers).unwrap_or_default();
    let mut title = head
        .title
        .as_ref()
        .map(|t| t.value())
        .map(|t| head::joint_title(&t, &title_organs).unwrap_or(t));
    spans.title = head.title.as_ref().map(TitleGroup::span);
    // A capture that keeps the title only in the page's fields (标题：…, Title: …): the
    // portal's, as the document number below.
    if title.is_none() {
        title = r.portal.portal.title.clone();
        spans.title = r.portal.portal.spans.title;
    }
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
    // The page's fields printed under the document (发布日期：…, 文章来源：…) before its
    // enclosures, where every value is one the field can hold.
    while after_body < tail_start && portal::is_field_line(r.text(after_body)) {
        // (A line the trailers took, 公开方式：主动公开, is theirs.)
        if r.roles[after_body] == Role::Portal {
            after_body += 1;
            continue;
        }
        let (t, sp) = (r.text(after_body), r.span(after_body));
        let fields = portal::fields(t);
        if fields.is_empty() || !fields.iter().all(|&(f, (a, b))| portal::fits(f, &t[a..b])) {
            break;
        }
        let mut took = false;
        for (field, (a, b)) in fields {
            if a < b {
                took |= r
                    .portal
                    .set(field, &t[a..b], Span::new(sp.start + a, sp.start + b));
            }
        }
        if !took {
            r.portal.furniture(sp);
        }
        r.roles[after_body] = Role::Portal;
        after_body += 1;
    }
    if let Some(s) = &sign {
        for i in s.sig_start..=s.date_line {
            r.roles[i] = Role::Header;
        }
    }
    let mut organs = sign
        .as_ref()
        .map(|s| signature_organs(&r, s.sig_start, s.date_line))
        .unwrap_or_default();
    // With no signature, the organs under the title sign the text; with one, the line is
    // kept as the page's, as before a signature was looked for.
    let organs_under_title = head.organs_line.filter(|_| organs.is_empty());
    if let (Some(k), None) = (head.organs_line, organs_under_title) {
        r.furniture(k);
    }
    if let Some(k) = organs_under_title {
        let sp = r.span(k);
        organs = lexicon::signature_line(r.text(k))
            .unwrap_or_default()
            .into_iter()
            .map(|(a, b)| {
                (
                    src[sp.start + a..sp.start + b].to_string(),
                    Span::new(sp.start + a, sp.start + b),
                )
            })
            .collect();
    }
    // A title whose issuers are glued together, as a flattened page gives it
    // (广东省发展和改革委员会广东省财政厅关于…), names the organs of its joint signature.
    if let ([(name, span)], [_, _, ..]) = (title_organs.as_slice(), organs.as_slice()) {
        let glued: String = organs.iter().map(|(n, _)| n.as_str()).collect();
        if *name == glued {
            // Each name where it stands in the title's source, white space between or not.
            let mut at = span.map(|sp| sp.start);
            let end = span.map_or(0, |sp| sp.end);
            title_organs = organs
                .iter()
                .map(|(n, _)| {
                    let sp = at.and_then(|a| {
                        let found = src.get(a..end)?.find(n.as_str())?;
                        Some(Span::new(a + found, a + found + n.len()))
                    });
                    at = sp.map(|sp| sp.end);
                    (n.clone(), sp)
                })
                .collect();
            title = head
                .title
                .as_ref()
                .map(|t| t.value())
                .map(|t| head::joint_title(&t, &title_organs).unwrap_or(t));
        }
    }
    let mut signatory = sign.as_ref().and_then(|s| s.signatory(&r));
    spans.signatory = sign.as_ref().and_then(|s| s.signatory_span(&r));
    if let Some(k) = organs_under_title.filter(|_| signatory.is_none()) {
        // One space between organs, as a signature's are joined.
        let names: Vec<&str> = organs.iter().map(|(n, _)| n.as_str()).collect();
        signatory = Some(names.join(" "));
        spans.signatory = Some(segment::trim_span(src, r.span(k)));
    }
    let date_cut_off = sign.as_ref().is_some_and(|s| s.date_cut_off(&r));
    if let Some(s) = sign.as_ref().filter(|s| s.date.damaged) {
        let sp = s.date_span(&r);
        let reading = if date_cut_off {
            " where the text ends; its day is not known".to_string()
        } else {
            format!("; read as {}", s.date.date)
        };
        r.warn(
            WarningCode::DamagedDate,
            format!(
                "expected a date like 2021年4月16日, found `{}`{reading}",
                &src[sp.range()]
            ),
            Some(sp),
        );
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
    let read_date = sign.as_ref().filter(|_| !date_cut_off);
    let mut written_date = read_date.map(|s| s.date.date);
    spans.written_date = read_date.map(|s| s.date_span(&r));
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
        // A title that names its organ short (省政府办公厅关于…) is the organ that the
        // signature or the portal names in full (江苏省人民政府办公厅).
        let full = (title_organs.len() == 1)
            .then(|| {
                let signed = match organs.as_slice() {
                    [(n, sp)] => Some((n.clone(), Some(*sp))),
                    _ => None,
                };
                let published = r
                    .portal
                    .portal
                    .publisher
                    .clone()
                    .map(|p| (p, r.portal.portal.spans.publisher));
                signed
                    .into_iter()
                    .chain(published)
                    .find(|(f, _)| lexicon::abbreviates(name, f))
            })
            .flatten();
        match full {
            Some((f, fsp)) => (Some(f), fsp),
            None => (Some(name.clone()), *sp),
        }
    } else if let Some(p) = r.portal.portal.publisher.clone() {
        (Some(p), r.portal.portal.spans.publisher)
    } else if let Some(s) = portal_source {
        (Some(s), r.portal.portal.spans.source)
    } else if let Some((name, sp)) = organs.first() {
        // The signature as written (SPEC §2), seal notes such as (代章) included.
        (Some(name.clone()), Some(*sp))
    } else if let Some(organ) = title.as_deref().and_then(head::minutes_organ) {
        // Minutes with no signature: the organ whose meeting they record.
        (
            Some(organ.to_string()),
            spans
                .title
                .map(|t| Span::new(t.start, t.start + organ.len())),
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
        // One organ: the list holds the issuer, as it holds every organ of a joint notice.
        issuer.iter().cloned().collect()
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
            let numbered = !lexicon::ATTACHMENT_WORDS.contains(&e.label.as_str())
                && x.label.as_deref() == Some(e.label.as_str());
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
    // The last cell of a table written a cell to a line (序号 / 项目名称 / … / 1 / 某某项目 /
    // 广州市 / 100MW): short lines with no sentence in them and no item marker.
    let cell_lines = (0..tail_start)
        .rev()
        .filter(|&k| r.is_unread(k))
        .take(CELL_LINES)
        .map(|k| r.text(k))
        .filter(|t| {
            segment::chars_at_most(t, 20)
                && !t.contains(['。', '，', '；', ',', ';'])
                && crate::structure::tree::marker_at(t).is_none()
        })
        .count();
    // The empty fields that end a form (项目名称： / 绩效目标：), one under another.
    let form_end = {
        let mut last_two = (0..tail_start).rev().filter(|&k| r.is_unread(k)).take(2);
        let (a, b) = (last_two.next(), last_two.next());
        a.zip(b).is_some_and(|(a, b)| {
            filled_field(r.text(a)) == Some("") && filled_field(r.text(b)) == Some("")
        })
    };
    if last_text.is_some_and(looks_truncated)
        && !form_end
        && cell_lines < CELL_LINES
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
        let mut fin = Finisher::new(src, anchors, &mut warnings, r.pinyin);
        fin.wrapped_layout = r.layout_width.is_some();
        fin.reports = doc_type.as_deref() == Some("公报");
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
            let mut content = content_of(&r, e.content.0, e.content.1);
            content.closing.extend(e.notes.iter().map(|&k| r.span(k)));
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
    notice.warnings = cap_warnings(warnings);
    notice
}

#[cfg(test)]
mod tests {
    use super::looks_truncated;

    #[test]
    fn ok_truncated_last_lines() {
        // Prose cut mid-sentence.
        for s in [
            "各地要加强组织领导，确保各项任务落",
            "部门分工:",
            "严格落实属地管理责",
            "主要任务：各地要加强组织领导，确保",
            "加强组织领导，由市公安局、市税务局",
        ] {
            assert!(looks_truncated(s), "{s}");
        }
        // Ends of documents: a sentence, a date, a signature, a table's row or cell, a row of
        // a list of names padded apart.
        for s in [
            "特此通知。",
            "2023年4月20日",
            "广东省人民政府办公厅",
            "1\t开展排查\t县林业局\t2023年3月底前",
            "| 3 | 建设平台 | 市政务服务数据管理局 |",
            "持续推进",
            "3　提升跨境贸易便利化水平　市商务局　韶关海关　持续推进",
            "成　员：陈　六　省应急管理厅副厅长",
            "2.某某材料制备技术  某某公司",
            "完成单位：南方科技大学",
            "天河区政务服务数据管理局、市公安局、市税务局、市医保局",
            "张三、李四、王五",
            "└──┴────────────┴──────────┘",
        ] {
            assert!(!looks_truncated(s), "{s}");
        }
    }
}
