//! When a document takes effect and for how long: a start on the document's own date
//! (自印发之日起施行, 自本通知发布之日起, 即日起) and a term of validity counted from the start
//! its sentence gives (自2024年12月1日起施行，有效期5年 → until 30 November 2029), or from the
//! document's date when it gives none (本办法有效期3年).
//!
//! These phrases name no date of the calendar, so the grammar of [`super::phrase`] does not
//! read them; this pass runs after it, over the same slice, and only where its key words are.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::{Anchor, Date, DeadlineKind, FoundDeadline, Span, add, clause_of, numeral};

/// The words of issuing that can name the document's own date before 之日起.
pub(super) const ISSUED: [&str; 16] = [
    "印发", "印發", "下发", "下發", "发布", "發布", "公布", "发出", "發出", "签发", "发文", "發文",
    "下达", "下達",
    // A resolution's or a decision's adoption at a meeting (本决议自通过之日起施行).
    "通过", "通過",
];

/// Whether `s` has a key word of this pass.
pub(super) fn may_state(s: &str) -> bool {
    STARTS.find(s.as_bytes()).is_some() || TERMS.find(s.as_bytes()).is_some()
}

/// Appends to `out` the starts on the document's date and the terms of validity in `s`;
/// `from_index` is where this slice's deadlines begin in `out`.
pub(super) fn find_into(
    s: &str,
    anchor: Option<(Date, Anchor)>,
    from_index: usize,
    out: &mut Vec<FoundDeadline>,
) {
    // (Each reader's search for its key word is its only pass over `s`.)
    issued_from(s, anchor, from_index, out);
    validity(s, anchor, from_index, out);
}

// (Built once: a searcher costs more to build than most items cost to search.)
static STARTS: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("日起".as_bytes()));
static TERMS: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("有效期".as_bytes()));

fn push(
    s: &str,
    span: Span,
    kind: DeadlineKind,
    date: Option<Date>,
    anchor: Option<Anchor>,
    out: &mut Vec<FoundDeadline>,
) {
    out.push(FoundDeadline {
        span,
        kind,
        date,
        time: None,
        anchor,
        clause: clause_of(s, span),
        unanchored: date.is_none(),
    });
}

/// Whether `rest` opens with a count (30日内, 三个月内): a limit counted from the document,
/// which the grammar reads whole.
fn opens_with_a_count(rest: &str) -> bool {
    rest.trim_start_matches([' ', '\u{3000}'])
        .chars()
        .next()
        .is_some_and(|c| numeral::is_digit(c) || numeral::is_chinese_numeral_char(c) || c == '半')
}

/// 自印发之日起, 从本通知下发之日起, 自即日起, 即日起: kind `from` on the document's date.
/// A start right before an end (即日起至2024年3月31日) is one only with the end it opens: not
/// when that end was read as none or falls before the document's date.
fn issued_from(
    s: &str,
    anchor: Option<(Date, Anchor)>,
    from_index: usize,
    out: &mut Vec<FoundDeadline>,
) {
    const KEY: &str = "日起";
    for at in STARTS.find_iter(s.as_bytes()) {
        let end = at + KEY.len();
        let rest = &s[end..];
        if opens_with_a_count(rest) {
            continue;
        }
        let today = anchor.map(|(d, _)| d);
        if rest.starts_with(['至', '到'])
            && !out[from_index..].iter().any(|d| {
                d.kind == DeadlineKind::Until
                    && d.span.start == end
                    && d.date.is_none_or(|until| today.is_none_or(|t| until >= t))
            })
        {
            continue;
        }
        let before = &s[..at];
        let start = if let Some(event) = before.strip_suffix('之') {
            let Some(w) = ISSUED.iter().find(|w| event.ends_with(*w)) else {
                continue;
            };
            match of_the_document(s, event.len() - w.len()) {
                Some(start) => start,
                None => continue,
            }
        } else if before.ends_with('即') {
            // (即日 is the document's day whoever starts on it: 各单位即日起停止….)
            let at = at - '即'.len_utf8();
            preposition_before(&s[..at]).unwrap_or(at)
        } else {
            continue;
        };
        push(
            s,
            Span::new(start, end),
            DeadlineKind::From,
            anchor.map(|(d, _)| d),
            anchor.map(|(_, which)| which),
            out,
        );
    }
}

/// The start of a phrase of the document's own issuing at `start` (the issuing word), taken
/// back over the 自 or 从 that opens it and over the document's name (自本通知印发之日起,
/// 本办法发布之日起); `None` when another thing's issuing is meant (自中标结果公布之日起).
pub(super) fn of_the_document(s: &str, start: usize) -> Option<usize> {
    let head = &s[..start];
    if let Some(i) = preposition_before(head) {
        return Some(i);
    }
    // 本 and up to four characters of a name, none of them a delimiter.
    let mut chars = head.char_indices().rev();
    for _ in 0..5 {
        match chars.next() {
            Some((i, '本')) => return Some(preposition_before(&head[..i]).unwrap_or(i)),
            Some((_, c)) if c.is_alphabetic() => {}
            // Nothing before the word but a stop or the text's start (…，印发之日起执行).
            _ => break,
        }
    }
    head.chars()
        .next_back()
        .is_none_or(|c| !c.is_alphabetic())
        .then_some(start)
}

/// Where the 自 or 从 that ends `head` starts, if one does.
fn preposition_before(head: &str) -> Option<usize> {
    head.char_indices()
        .next_back()
        .filter(|&(_, c)| matches!(c, '自' | '从' | '從'))
        .map(|(i, _)| i)
}

/// The count that opens `rest` (5, 三, 两) and the rest after it.
fn count(rest: &str) -> Option<(u32, &str)> {
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(numeral::is_digit(c) || numeral::is_chinese_numeral_char(c) || c == '两'))
        .map_or(rest.len(), |(i, _)| i);
    let n = match &rest[..len] {
        "两" => Some(2),
        t => numeral::any(t),
    }?;
    Some((n, &rest[len..]))
}

/// 有效期5年, 有效期为三年, 有效期2个月: kind `until`, the day before the start plus the term,
/// unless the sentence states the end itself; a term of something else (证书有效期为5年) is
/// none.
fn validity(
    s: &str,
    anchor: Option<(Date, Anchor)>,
    from_index: usize,
    out: &mut Vec<FoundDeadline>,
) {
    const KEY: &str = "有效期";
    for at in TERMS.find_iter(s.as_bytes()) {
        let rest = &s[at + KEY.len()..];
        let rest = rest.strip_prefix(['为', '為']).unwrap_or(rest);
        let Some((n, after)) = count(rest) else {
            continue;
        };
        let after = after.strip_prefix(['个', '個']).unwrap_or(after);
        let unit = match after.chars().next() {
            Some('年') => "年",
            Some('月') => "月",
            _ => continue,
        };
        let end = s.len() - after.len() + unit.len();
        // Its sentence: from the stop before it to the one after.
        let first = s[..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '。' | '；' | ';'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let last = s[end..]
            .find(['。', '；', ';'])
            .map_or(s.len(), |i| end + i);
        let in_sentence = |d: &&FoundDeadline| d.span.start >= first && d.span.end <= last;
        let sentence = &out[from_index..];
        // An end the sentence states (有效期为5年，自2024年1月1日起至2028年12月31日止) is the
        // term's; else the start it gives, before the term or after; else the document's date.
        if sentence
            .iter()
            .filter(in_sentence)
            .any(|d| d.kind == DeadlineKind::Until)
        {
            continue;
        }
        let start = sentence
            .iter()
            .filter(in_sentence)
            .find(|d| d.kind == DeadlineKind::From);
        // Without a start, only the document's own term: the sentence opens with it, or
        // names the document (本办法有效期3年), not a licence's (证书有效期为5年).
        let subject = s[first..at].trim_matches(crate::segment::is_pad);
        if start.is_none()
            && !subject.is_empty()
            && !(subject.starts_with('本') && crate::segment::chars_at_most(subject, 8))
        {
            continue;
        }
        let (from, which) = match start {
            Some(d) => (d.date, d.anchor),
            None => (anchor.map(|(d, _)| d), anchor.map(|(_, which)| which)),
        };
        let until = from
            .and_then(|d| add(d, i64::from(n), unit))
            .and_then(|d| add(d, -1, "日"));
        push(
            s,
            Span::new(at, end),
            DeadlineKind::Until,
            until,
            which,
            out,
        );
    }
}
