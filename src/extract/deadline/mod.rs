//! Deadlines (6月底前, 年底前, 年内, 5年内, 从4月起, 延长至2022年4月30日, 上半年, 三季度末,
//! 10月8日12:00前, 8月31日（星期四）前, 9月中旬前, 本月底前, 2021年5月1日至2022年4月30日,
//! 2023年6月至12月, 下半年, 不晚于9月30日, 2024年起, 分别于…、…和…前, 春节前, 自印发之日起,
//! 有效期5年) resolved to dates. A year stated in words before a phrase (明年3月底前, 今年6月底前,
//! 下一年度1月1日起) belongs to it, and the next-year rule does not move it.
//!
//! Relative phrases resolve against an anchor: the document's written date, else its publication
//! date, else the reference date of the options; never the machine's clock. A recurrence
//! (每年10月底前), a past fact (去年底, a range that ended before the document, a period with no
//! word of a limit that ended before it: 上半年，全省…) and a bare year are not deadlines.
//!
//! Pure functions over a text slice; spans are local to the slice.

use super::numeral;
use crate::model::{Anchor, Date, DeadlineKind, Span};

/// The dates a relative deadline can be resolved against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Anchors {
    /// 成文日期.
    pub written: Option<Date>,
    /// 发布日期.
    pub published: Option<Date>,
    /// The reference date of the options.
    pub option: Option<Date>,
}

impl Anchors {
    fn pick(self) -> Option<(Date, Anchor)> {
        self.written
            .map(|d| (d, Anchor::Written))
            .or(self.published.map(|d| (d, Anchor::Published)))
            .or(self.option.map(|d| (d, Anchor::Option)))
    }
}

/// A deadline found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDeadline {
    /// Local span of the minimal phrase.
    pub span: Span,
    /// by, from or until.
    pub kind: DeadlineKind,
    /// The resolved date, when something anchors it.
    pub date: Option<Date>,
    /// `HH:MM`, when written.
    pub time: Option<String>,
    /// Which date resolved it (`None` when the phrase is absolute or unanchored).
    pub anchor: Option<Anchor>,
    /// Local span of the clause it governs.
    pub clause: Span,
    /// The phrase is relative and nothing anchored it.
    pub unanchored: bool,
}

mod effect;
mod phrase;

#[cfg(test)]
mod grammar;

use phrase::{DateAt, Phrase};

fn last_of_month(y: i32, m: u32) -> Option<Date> {
    let d = Date::new(y, m, 1)?;
    Some(Date::from_jiff(d.to_jiff().last_of_month()))
}

/// A month/day read without a year, placed in the anchor's year, or the next one when that
/// would fall more than a month before the anchor (`by` deadlines only).
fn place_in_year(
    anchor: Date,
    make: impl Fn(i32) -> Option<Date>,
    next_year_rule: bool,
) -> Option<Date> {
    let this = make(anchor.year())?;
    if next_year_rule {
        let month_before = anchor
            .to_jiff()
            .checked_sub(jiff::Span::new().months(1))
            .ok()?;
        if this.to_jiff() < month_before {
            return make(anchor.year() + 1);
        }
    }
    Some(this)
}

fn add(anchor: Date, n: i64, unit: &str) -> Option<Date> {
    let span = match unit {
        "年" => jiff::Span::new().years(n),
        "季度" => jiff::Span::new().months(n * 3),
        "日" => jiff::Span::new().days(n),
        _ => jiff::Span::new().months(n),
    };
    anchor.to_jiff().checked_add(span).ok().map(Date::from_jiff)
}

/// The byte length of the delimiter of clauses (，,；;。！!？?) that starts at `i`, if one does.
fn delim_at(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i..).unwrap_or_default() {
        [b',' | b';' | b'!' | b'?', ..] => Some(1),
        [0xEF, 0xBC, 0x8C | 0x9B | 0x81 | 0x9F, ..] | [0xE3, 0x80, 0x82, ..] => Some(3),
        _ => None,
    }
}

/// Where the last delimiter in `s[lo..hi]` ends, by a scan of bytes backward.
fn delim_end_before(b: &[u8], lo: usize, hi: usize) -> Option<usize> {
    let mut i = hi;
    while i > lo {
        i -= 1;
        let start = match b[i] {
            b',' | b';' | b'!' | b'?' => i,
            0x8C | 0x9B | 0x81 | 0x9F | 0x82 if i >= lo + 2 => i - 2,
            _ => continue,
        };
        // The delimiter must end at `i` (a byte 0x8C may end a comma or sit inside 按).
        if delim_at(b, start) == Some(i + 1 - start) {
            return Some(i + 1);
        }
    }
    None
}

/// Where the first delimiter wholly in `s[lo..hi]` starts: a vectorised search for the bytes a
/// delimiter can start with (full-width ones start with EF or E3), each hit checked.
fn delim_start_after(b: &[u8], lo: usize, hi: usize) -> Option<usize> {
    let hay = &b[lo..hi];
    let ascii = memchr::memchr3(b';', b'!', b'?', hay).unwrap_or(hay.len());
    let mut from = 0;
    while let Some(i) = memchr::memchr3(0xEF, 0xE3, b',', &hay[from..ascii]) {
        let at = from + i;
        if delim_at(hay, at).is_some() {
            return Some(lo + at);
        }
        from = at + 1;
    }
    (ascii < hay.len()).then_some(lo + ascii)
}

/// Whether the words after a start (…起) make it part of a name of what began then: 的, a verb
/// of coming into force before it or not (施行的《…规定》, 实施的政策, 起的统计口径).
fn names_what_began(after: &str) -> bool {
    [
        "施行", "实施", "實施", "执行", "執行", "实行", "實行", "生效",
    ]
    .iter()
    .find_map(|v| after.strip_prefix(v))
    .unwrap_or(after)
    .starts_with('的')
}

/// The clause a deadline governs: from the delimiter before it to the next one; when the phrase
/// ends its clause (力争到年底前,…), the clause that follows.
fn clause_of(s: &str, phrase: Span) -> Span {
    // A clause is short: look at most this far each way, so that a paragraph of many
    // deadlines and no punctuation stays linear.
    const REACH: usize = 600;
    let mut lo = phrase.start.saturating_sub(REACH);
    while !s.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (phrase.end + REACH).min(s.len());
    while !s.is_char_boundary(hi) {
        hi -= 1;
    }
    let b = s.as_bytes();
    let start = delim_end_before(b, lo, phrase.start).unwrap_or(lo);
    let end = delim_start_after(b, phrase.end, hi).unwrap_or(hi);
    let (start, end) = inside_brackets(s, start, end, phrase);
    let own = trim(s, Span::new(start, end));
    let tail = s[phrase.end..end].trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let comma_after = s[end..].starts_with(['，', ',']);
    if tail.is_empty() && comma_after {
        let next_start = end + s[end..].chars().next().map_or(1, char::len_utf8);
        let mut far = (next_start + REACH).min(s.len());
        while !s.is_char_boundary(far) {
            far -= 1;
        }
        let next_end = delim_start_after(b, next_start, far).unwrap_or(far);
        let next = trim(s, Span::new(next_start, next_end));
        if !next.is_empty() {
            return next;
        }
    }
    own
}

/// `start..end` cut to the parenthesis that holds the phrase, when one does: a clause does
/// not run past the bracket that opens or closes around it (…，2023年9月底前完成）). The
/// brackets ( ) （ ） are found byte by byte: （ is EF BC 88 and ） EF BC 89.
fn inside_brackets(s: &str, start: usize, end: usize, phrase: Span) -> (usize, usize) {
    let b = s.as_bytes();
    // The bracket at `i`, found by a search for `(`, `)` and BC (the middle byte of every
    // full-width bracket): +1 for an opening one, -1 for a closing one, with where it starts.
    let bracket = |i: usize| -> Option<(i32, usize)> {
        match b[i] {
            b'(' => Some((1, i)),
            b')' => Some((-1, i)),
            0xBC if i >= 1 && b[i - 1] == 0xEF => match b.get(i + 1) {
                Some(0x88) => Some((1, i - 1)),
                Some(0x89) => Some((-1, i - 1)),
                _ => None,
            },
            _ => None,
        }
    };
    let mut depth = 0i32;
    let mut new_end = end;
    for i in memchr::memchr3_iter(b'(', b')', 0xBC, &b[phrase.end..end]) {
        let Some((d, at)) = bracket(phrase.end + i) else {
            continue;
        };
        // A full-width bracket must lie whole inside the range.
        let len = if b[at] == 0xEF { 3 } else { 1 };
        if at < phrase.end || at + len > end {
            continue;
        }
        if d < 0 && depth == 0 {
            new_end = at;
            break;
        }
        depth += d;
    }
    depth = 0;
    let mut new_start = start;
    for i in memchr::memrchr3_iter(b'(', b')', 0xBC, &b[start..phrase.start]) {
        let Some((d, at)) = bracket(start + i) else {
            continue;
        };
        let len = if b[at] == 0xEF { 3 } else { 1 };
        if at < start || at + len > phrase.start {
            continue;
        }
        if d > 0 && depth == 0 {
            new_start = at + len;
            break;
        }
        depth -= d;
    }
    (new_start, new_end)
}

fn trim(s: &str, sp: Span) -> Span {
    // (The asterisks of Markdown's bold that close a heading before the clause are no part
    // of it: **（一）加强整治。** 2024年10月底前完成….)
    let pad = |c: char| c.is_whitespace() || c == '\u{3000}' || c == '*';
    let t = &s[sp.range()];
    let lead = t.len() - t.trim_start_matches(pad).len();
    let kept = t.trim_end_matches(pad).len();
    Span::new(sp.start + lead.min(kept), sp.start + kept)
}

/// Both ends of a range, the last two deadlines found, govern the clause of the whole range
/// (2023年7月至12月，组织开展…: the clause after it).
fn same_clause(s: &str, whole: Span, out: &mut [FoundDeadline]) {
    let clause = clause_of(s, whole);
    if let [.., from, until] = out {
        from.clause = clause;
        until.clause = clause;
    }
}

/// Whether the phrase starting at `at` states a recurrence (每年…) rather than a deadline.
fn is_recurring(s: &str, at: usize) -> bool {
    let before = &s[..at];
    before.ends_with("每年")
        || before.ends_with("每季度")
        || before.ends_with("每月")
        || before.ends_with('每')
        || before.ends_with("逐年")
}

/// Whether `before` (the text before a count of time, ending in 起 or 后) names the issuing
/// of the document itself: 本通知印发之日起, 自下发之日起, 印发后; not of another thing
/// (资金下达后30日内, from the day the funds are).
fn counts_from_the_document(before: &str) -> bool {
    let event = before.trim_end_matches(['起', '后', '後']);
    let event = event.strip_suffix("之日").unwrap_or(event);
    let Some(w) = effect::ISSUED.iter().find(|w| event.ends_with(*w)) else {
        return false;
    };
    let at = event.len() - w.len();
    if effect::of_the_document(event, at).is_some() {
        return true;
    }
    // The document named by its kind alone, after a preposition or nothing (自通知下达之日起,
    // 在通知印发后), not a thing of another's (项目批复印发之日起).
    DOCUMENT_WORDS
        .iter()
        .find_map(|d| event[..at].strip_suffix(d))
        .is_some_and(|head| {
            head.chars().next_back().is_none_or(|c| {
                !c.is_alphabetic() || matches!(c, '自' | '从' | '從' | '在' | '于' | '於')
            })
        })
}

/// The kinds of document a count of time may start from by name (自通知下达之日起).
const DOCUMENT_WORDS: [&str; 6] = ["通知", "文件", "方案", "意见", "意見", "通报"];

fn digit_before(s: &str, at: usize) -> bool {
    s[..at]
        .chars()
        .next_back()
        .is_some_and(|c| numeral::digit(c).is_some())
}

/// Every deadline in `s`, in order.
#[must_use]
pub fn find_deadlines(s: &str, anchors: Anchors) -> Vec<FoundDeadline> {
    let mut out = Vec::new();
    find_deadlines_into(s, anchors, &mut out);
    out
}

/// [`find_deadlines`], appended to `out` (a buffer the caller reuses).
pub fn find_deadlines_into(s: &str, anchors: Anchors, out: &mut Vec<FoundDeadline>) {
    find_into(s, anchors, false, true, out);
}

/// Whether `s` has a word of a start on the document's own date or of a term of validity
/// (…之日起, 即日起, 有效期): in a document with none, no slice of it needs to be searched for
/// them (see [`find_deadlines_of_document_into`]).
#[must_use]
pub fn may_state_effect(s: &str) -> bool {
    effect::may_state(s)
}

/// [`find_deadlines_into`] over a slice of a document of which [`may_state_effect`] said
/// `effect`.
pub fn find_deadlines_of_document_into(
    s: &str,
    anchors: Anchors,
    effect: bool,
    out: &mut Vec<FoundDeadline>,
) {
    find_into(s, anchors, false, effect, out);
}

/// [`find_deadlines_into`] for the cell of a table's time column (完成时限), where a month or
/// a date alone (2025年9月) is a deadline, as it is after a time label.
pub fn find_time_limits_into(s: &str, anchors: Anchors, out: &mut Vec<FoundDeadline>) {
    find_into(s, anchors, true, false, out);
}

fn find_into(
    s: &str,
    anchors: Anchors,
    time_cell: bool,
    effect: bool,
    out: &mut Vec<FoundDeadline>,
) {
    let anchor = anchors.pick();
    let first = out.len();
    read_phrases(s, anchors, time_cell, out);
    if effect && !time_cell {
        let read = out.len();
        effect::find_into(s, anchor, first, out);
        if out.len() > read {
            out[first..].sort_by_key(|d| d.span.start);
        }
    }
}

/// The deadlines of the grammar's phrases in `s`.
fn read_phrases(s: &str, anchors: Anchors, time_cell: bool, out: &mut Vec<FoundDeadline>) {
    let anchor = anchors.pick();
    let text = |sp: Span| &s[sp.range()];
    let num = |sp: Span| numeral::any(text(sp));
    // Four digits, Arabic or Chinese (二〇二四).
    let year = |sp: Option<Span>| {
        sp.and_then(|sp| numeral::year_digits(text(sp)))
            .filter(|&(_, n)| n == 4)
            .and_then(|(y, _)| i32::try_from(y).ok())
    };
    let day_of =
        |d: DateAt, next_year| day_phrase(year(d.year), num(d.month), num(d.day), next_year);
    // A recurrence governs its sentence: in 每年6月底前制定计划，12月底前完成, the second
    // month is every year's too, unless it names its year.
    let mut recurring_to = 0;
    for (whole, phrase) in phrase::phrases(s) {
        let base = whole.start;
        if is_recurring(s, base) {
            recurring_to = s[whole.end..]
                .find(['。', '；', ';'])
                .map_or(s.len(), |i| whole.end + i);
            continue;
        }
        if digit_before(s, base) || (base < recurring_to && !phrase.names_its_year()) {
            continue;
        }
        // 6月30日前后: about a day, not by it.
        if text(whole).ends_with('前') && s[whole.end..].starts_with(['后', '後']) {
            continue;
        }
        let before = &s[..base];
        // 收到后3个月内, 申请之日起7日内: counted from an event, not from the document; but
        // 本通知印发之日起30日内 counts from the document's own date. A count of days with no
        // such anchor (应当在30日内作出决定) is a rule of procedure.
        if let Phrase::Within { unit, .. } = phrase {
            let event_relative =
                before.ends_with('起') || before.ends_with('后') || before.ends_with('後');
            let from_the_document = event_relative && counts_from_the_document(before);
            let days = matches!(text(unit), "日" | "天");
            if (event_relative || days) && !from_the_document {
                continue;
            }
        }
        // 下一年度1月1日起, 明年6月底前: the year after the anchor's; 今年6月底前: the
        // anchor's own. A year so stated is part of the phrase, and the next-year rule does
        // not move it.
        // Every year word ends in 年 or 度.
        let year_word = (before.ends_with(['年', '度']))
            .then(|| YEAR_WORDS.iter().find(|(w, _)| before.ends_with(w)))
            .flatten();
        let shift = year_word.map_or(0, |&(_, k)| k);
        let mut push =
            |span: Span, kind: DeadlineKind, resolved: Resolved, time: Option<String>| {
                let mut span = span;
                let resolved = match (resolved, year_word) {
                    (Resolved::Relative(f), Some((w, _))) => {
                        if span.start == base {
                            span = Span::new(base - w.len(), span.end);
                        }
                        Resolved::Relative(f.in_stated_year())
                    }
                    (r, _) => r,
                };
                // A limit in a year before the one the document was written in states a fact
                // (2000年底前建成的老旧小区, 2019年底前已完成的项目), not a limit to meet.
                if let (DeadlineKind::By, Resolved::Absolute(Some(d)), Some(w)) =
                    (kind, &resolved, anchors.written)
                    && d.year() < w.year()
                    && !time_cell
                {
                    return;
                }
                let (date, anchor_used, unanchored) = match resolved {
                    Resolved::Absolute(d) => (d, None, false),
                    Resolved::Relative(f) => match anchor {
                        Some((a, which)) => {
                            let a = if shift == 0 {
                                a
                            } else {
                                add(a, shift, "年").unwrap_or(a)
                            };
                            (f.apply(a), Some(which), false)
                        }
                        None => (None, None, true),
                    },
                };
                out.push(FoundDeadline {
                    span,
                    kind,
                    date,
                    time,
                    anchor: anchor_used,
                    clause: clause_of(s, span),
                    unanchored,
                });
            };
        // The date a phrase resolves to where no year word moves it, to tell a past fact.
        let on = |r: &Resolved| match (r, anchor) {
            (Resolved::Absolute(d), _) => *d,
            (Resolved::Relative(f), Some((a, _))) if shift == 0 => f.apply(a),
            _ => None,
        };
        // A range that ended before the document (2023年1月至6月，全省… in a notice of
        // August) states how things went, not a period to come.
        let past =
            |until: &Resolved| matches!((on(until), anchor), (Some(d), Some((a, _))) if d < a);
        // A period with no word of a limit after it (上半年，全省…; 一季度，…增长; 7月中旬，
        // 省统计局组织开展了…) that the rules place before the document is one it reports on.
        // A time cell's value is a limit as written, past or not.
        let reported =
            |resolved: &Resolved| !time_cell && !has_limit_word(s, whole) && past(resolved);
        match phrase {
            Phrase::Range {
                first,
                first_time,
                second,
                second_day,
                second_time,
            } => {
                // The second date takes the first's year when it has none; a day alone at
                // the second end is of the first's month, a clock time alone of its day.
                let until = match (second, second_day) {
                    (Some(second), _) => {
                        let second_year = year(second.year).or(year(first.year));
                        day_phrase(second_year, num(second.month), num(second.day), None)
                    }
                    (None, Some(d)) => day_phrase(year(first.year), num(first.month), num(d), None),
                    (None, None) => day_of(first, None),
                };
                if past(&until) {
                    continue;
                }
                let first_end = first_time.map_or(first.end, |t| t.end);
                push(
                    Span::new(base, first_end),
                    DeadlineKind::From,
                    day_of(first, None),
                    first_time.map(|t| fold_time(text(t))),
                );
                let until_start = match (second, second_day, second_time) {
                    (Some(second), _, _) => second.year.unwrap_or(second.month).start,
                    (None, Some(d), _) => d.start,
                    (None, None, Some(t)) => t.start,
                    (None, None, None) => whole.end,
                };
                push(
                    Span::new(until_start, whole.end),
                    DeadlineKind::Until,
                    until,
                    second_time.map(|t| fold_time(text(t))),
                );
                same_clause(s, whole, out);
            }
            Phrase::MonthRange { first, second } => {
                // From the first day of the first month (or its day) until the last day of
                // the second month (or its day); the second month takes the first's year, or
                // the year after it when it comes earlier in the year (2023年11月至3月).
                let (Some(m1), Some(m2)) = (num(first.month), num(second.month)) else {
                    continue;
                };
                // A part of a month at either end (8月底至9月中旬, 6月上旬至7月底): from the
                // first day of the first part (the last of 底), until the last day of the second.
                let y1 = year(first.year);
                let y2 = year(second.year).or(y1.map(|y| if m2 < m1 { y + 1 } else { y }));
                if y2.is_none() && m2 < m1 {
                    continue;
                }
                let month_end = |y: Option<i32>, m: u32, last_day: Option<u32>| match y {
                    Some(y) => Resolved::Absolute(month_day_or_end(y, m, last_day)),
                    None => Resolved::Relative(Rule::MonthEnd {
                        m,
                        last_day,
                        next_year: false,
                    }),
                };
                let from = match (first.day.and_then(num), first.part.map(text)) {
                    (Some(d), _) => day_phrase(y1, Some(m1), Some(d), Some(false)),
                    (None, Some("底" | "末")) => month_end(y1, m1, None),
                    (None, Some("中旬")) => day_phrase(y1, Some(m1), Some(11), Some(false)),
                    (None, Some("下旬")) => day_phrase(y1, Some(m1), Some(21), Some(false)),
                    (None, _) => day_phrase(y1, Some(m1), Some(1), Some(false)),
                };
                let until = match (second.day.and_then(num), second.part.map(text)) {
                    (Some(d), _) => day_phrase(y2, Some(m2), Some(d), Some(false)),
                    (None, Some("上旬")) => month_end(y2, m2, Some(10)),
                    (None, Some("中旬")) => month_end(y2, m2, Some(20)),
                    (None, _) => month_end(y2, m2, None),
                };
                if past(&until) {
                    continue;
                }
                push(Span::new(base, first.end), DeadlineKind::From, from, None);
                let until_start = second.year.unwrap_or(second.month).start;
                push(
                    Span::new(until_start, whole.end),
                    DeadlineKind::Until,
                    until,
                    None,
                );
                same_clause(s, whole, out);
            }
            Phrase::SharedMonths {
                year: y,
                first,
                second,
            } => {
                // 2024年7—9月: from 1 July until 30 September of that year; 6—8月, of the
                // year the document gives.
                let (Some(m1), Some(m2)) = (num(first), num(second)) else {
                    continue;
                };
                if m2 <= m1 {
                    continue;
                }
                let (from, until) = match y {
                    Some(y) => {
                        let Some(y) = year(Some(y)) else {
                            continue;
                        };
                        (
                            Resolved::Absolute(Date::new(y, m1, 1)),
                            Resolved::Absolute(last_of_month(y, m2)),
                        )
                    }
                    None => (
                        day_phrase(None, Some(m1), Some(1), Some(false)),
                        Resolved::Relative(Rule::MonthEnd {
                            m: m2,
                            last_day: None,
                            next_year: false,
                        }),
                    ),
                };
                if past(&until) {
                    continue;
                }
                push(whole, DeadlineKind::From, from, None);
                push(
                    Span::new(second.start, whole.end),
                    DeadlineKind::Until,
                    until,
                    None,
                );
                same_clause(s, whole, out);
            }
            Phrase::List => {
                let dates = phrase::list_dates(s.as_bytes(), base);
                let mut last_year = None;
                for (k, &(start, d)) in dates.iter().enumerate() {
                    let y = year(d.year).or(last_year);
                    last_year = y;
                    let end = if k + 1 == dates.len() {
                        whole.end
                    } else {
                        d.end
                    };
                    let resolved = day_phrase(y, num(d.month), num(d.day), Some(true));
                    push(Span::new(start, end), DeadlineKind::By, resolved, None);
                }
            }
            Phrase::Until {
                date,
                year_end,
                month_end,
            } => {
                let resolved = match (year(year_end), date, month_end) {
                    (Some(y), _, _) => Resolved::Absolute(Date::new(y, 12, 31)),
                    (None, Some(d), _) => day_of(d, None),
                    // 延长至6月底: the month's end in the anchor's year (the next-year rule is
                    // for limits only).
                    (None, None, Some((y, m))) => match (year(y), numeral::any(text(m))) {
                        (Some(y), Some(m)) => Resolved::Absolute(last_of_month(y, m)),
                        (None, Some(m)) => Resolved::Relative(Rule::MonthEnd {
                            m,
                            last_day: None,
                            next_year: false,
                        }),
                        (_, None) => continue,
                    },
                    (None, None, None) => Resolved::Absolute(None),
                };
                // 截至2022年底，全省累计… states how things stood at a past date: no limit.
                if text(whole).starts_with('截') && past(&resolved) {
                    continue;
                }
                // A clock time after the day is the end's (报名截止至2024年12月31日17:00).
                match date.and_then(|_| phrase::clock_after(s, whole.end)) {
                    Some((start, end)) => {
                        let time = fold_time(&s[start..end]);
                        push(
                            Span::new(whole.start, end),
                            DeadlineKind::Until,
                            resolved,
                            Some(time),
                        );
                    }
                    None => push(whole, DeadlineKind::Until, resolved, None),
                }
            }
            Phrase::Cutoff { date, time } => {
                let time = time.map(|t| fold_time(text(t)));
                let resolved = day_of(date, Some(true));
                // 截止到2023年底，全省累计… states how things stood at a past date: no limit.
                if text(whole).starts_with('截') && past(&resolved) {
                    continue;
                }
                push(whole, DeadlineKind::By, resolved, time);
            }
            Phrase::YearMonth {
                year: y,
                month,
                day,
            } => {
                // 完成时间：2023年6月 — by the end of that month, 完成时间：2023年6月30日 by
                // that day, as is a month or a day that a task is to be completed in (于2024年
                // 12月完成); elsewhere a date is a fact.
                if !time_cell
                    && !after_time_label(before)
                    && !fills_a_late_cell(before, &s[whole.end..])
                    && !to_be_completed(&s[whole.end..])
                {
                    continue;
                }
                // 时间：2024年1月18日上午9:30 is when a meeting is held, not a limit.
                if day.is_some() && states_an_occasion(&s[whole.end..]) {
                    continue;
                }
                let Some(m) = num(month) else {
                    continue;
                };
                let resolved = match day {
                    Some(d) => day_phrase(year(Some(y)), Some(m), num(d), Some(false)),
                    None => Resolved::Absolute(year(Some(y)).and_then(|y| last_of_month(y, m))),
                };
                // A clock time after the day is the limit's (截止时间：2024年5月27日9时30分).
                let clock = day.and_then(|_| phrase::clock_after(s, whole.end));
                match clock {
                    Some((start, end)) => {
                        let time = fold_time(&s[start..end]);
                        push(
                            Span::new(whole.start, end),
                            DeadlineKind::By,
                            resolved,
                            Some(time),
                        );
                    }
                    None => push(whole, DeadlineKind::By, resolved, None),
                }
            }
            Phrase::FromYear { year: y } => {
                // Without 从/自, 起 may begin another word: 2023年起草, 2023年起步.
                let bare = y.start == base;
                if bare && text(whole).ends_with('起') && starts_a_word_with_qi(&s[whole.end..]) {
                    continue;
                }
                let resolved = Resolved::Absolute(year(Some(y)).and_then(|y| Date::new(y, 1, 1)));
                if past(&resolved) && names_what_began(&s[whole.end..]) {
                    continue;
                }
                push(whole, DeadlineKind::From, resolved, None);
            }
            Phrase::From {
                year: y,
                month,
                day,
                time,
                ..
            } => {
                let d = day.and_then(num).or(Some(1));
                let resolved = day_phrase(year(y), num(month), d, Some(false));
                // 2010年5月1日起施行的《…规定》: a past start that names what began then.
                if past(&resolved) && names_what_began(&s[whole.end..]) {
                    continue;
                }
                push(
                    whole,
                    DeadlineKind::From,
                    resolved,
                    time.map(|t| fold_time(text(t))),
                );
            }
            Phrase::ByDate { date, time } => {
                let time = time.map(|t| fold_time(text(t)));
                push(whole, DeadlineKind::By, day_of(date, Some(true)), time);
            }
            Phrase::ByMonth {
                year: y,
                month,
                part,
                day,
            } => {
                // 上旬 ends on the 10th, 中旬 on the 20th, 下旬 and 底 with the month; a day
                // of this month (本月25日前) on that day.
                let last_day = match (part.map(text), day) {
                    (_, Some(d)) => match num(d) {
                        Some(d) => Some(d),
                        None => continue,
                    },
                    (Some("上"), _) => Some(10),
                    (Some("中" | "上中"), _) => Some(20),
                    _ => None,
                };
                let resolved = match (year(y), text(month)) {
                    (None, "本" | "当" | "當") => Resolved::Relative(Rule::ThisMonth(last_day)),
                    // 月底前 alone is this month's end only where nothing before 月 says
                    // which month (请于月底前; not 每月底前, 次月底前, 上月底前).
                    (None, "") => {
                        let open = before.trim_end_matches([' ', '\u{3000}']);
                        if !(open.is_empty()
                            || open.ends_with([
                                '于', '於', '在', '到', '至', '，', ',', '、', '；', ';', '：',
                                ':', '（', '(', '。',
                            ]))
                        {
                            continue;
                        }
                        Resolved::Relative(Rule::ThisMonth(None))
                    }
                    (Some(y), m) => match numeral::any(m) {
                        Some(m) => Resolved::Absolute(month_day_or_end(y, m, last_day)),
                        None => continue,
                    },
                    (None, m) => match numeral::any(m) {
                        Some(m) => Resolved::Relative(Rule::MonthEnd {
                            m,
                            last_day,
                            next_year: true,
                        }),
                        None => continue,
                    },
                };
                // 6月底 with no 前 keeps the next-year rule; a ten days' period is a period.
                if part.is_some() && reported(&resolved) {
                    continue;
                }
                push(whole, DeadlineKind::By, resolved, None);
            }
            Phrase::YearEnd { year: y, relative } => {
                let resolved = match (year(y), relative.map(text)) {
                    (Some(y), _) => Resolved::Absolute(Date::new(y, 12, 31)),
                    (None, Some("去" | "上" | "前")) => continue,
                    (None, Some("明" | "次")) => Resolved::Relative(Rule::YearEnd(1)),
                    (None, _) => Resolved::Relative(Rule::YearEnd(0)),
                };
                push(whole, DeadlineKind::By, resolved, None);
            }
            Phrase::Within { count, unit } => {
                let n = match text(count) {
                    "半" => None,
                    t => numeral::any(t),
                };
                let unit = match text(unit) {
                    "月" => "月",
                    "季度" => "季度",
                    "日" | "天" => "日",
                    _ => "年",
                };
                let resolved = match n {
                    Some(n) => Resolved::Relative(Rule::After(i64::from(n), unit)),
                    None if unit == "年" => Resolved::Relative(Rule::After(6, "月")),
                    None => continue,
                };
                push(whole, DeadlineKind::By, resolved, None);
            }
            Phrase::YearIn { year: y } => {
                let resolved = match year(y) {
                    Some(y) => Resolved::Absolute(Date::new(y, 12, 31)),
                    None => Resolved::Relative(Rule::YearEnd(0)),
                };
                push(whole, DeadlineKind::By, resolved, None);
            }
            Phrase::Half {
                year: y,
                part,
                start,
            } => {
                // 上半年 ends on 30 June, 下半年 with the year; 下半年起 begins on 1 July.
                let first = text(part) == "上";
                let whole = match starting(s, whole, start) {
                    Ok(begun) => {
                        let m = if first { 1 } else { 7 };
                        let from = day_phrase(year(y), Some(m), Some(1), Some(false));
                        push(begun, DeadlineKind::From, from, None);
                        continue;
                    }
                    Err(period) => period,
                };
                let resolved = match (year(y), first) {
                    (Some(y), true) => Resolved::Absolute(Date::new(y, 6, 30)),
                    (Some(y), false) => Resolved::Absolute(Date::new(y, 12, 31)),
                    (None, true) => Resolved::Relative(Rule::HalfYear),
                    (None, false) => Resolved::Relative(Rule::YearEnd(0)),
                };
                if reported(&resolved) {
                    continue;
                }
                push(whole, DeadlineKind::By, resolved, None);
            }
            Phrase::Quarter {
                year: y,
                number,
                start,
            } => {
                let Some(q) = num(number) else {
                    continue;
                };
                // 第三季度起 begins on the quarter's first day.
                let whole = match starting(s, whole, start) {
                    Ok(begun) => {
                        let from = day_phrase(year(y), Some(q * 3 - 2), Some(1), Some(false));
                        push(begun, DeadlineKind::From, from, None);
                        continue;
                    }
                    Err(period) => period,
                };
                // A quarter without 末/底 (2023年一季度经济运行情况) is a period, not a limit,
                // unless a limit's word, a delimiter or the end follows it (四季度完成).
                if text(whole).ends_with("季度") && !quarter_as_limit(&s[whole.end..]) {
                    continue;
                }
                let resolved = match year(y) {
                    Some(y) => Resolved::Absolute(last_of_month(y, q * 3)),
                    None => Resolved::Relative(Rule::QuarterEnd(q)),
                };
                if text(whole).ends_with("季度") && reported(&resolved) {
                    continue;
                }
                push(whole, DeadlineKind::By, resolved, None);
            }
            Phrase::Holiday { year: y, name } => {
                let Some(h) = Holiday::named(text(name)) else {
                    continue;
                };
                let resolved = match year(y) {
                    Some(y) => Resolved::Absolute(h.in_year(y)),
                    None => Resolved::Relative(Rule::Holiday { h, next_year: true }),
                };
                push(whole, DeadlineKind::By, resolved, None);
            }
        }
    }
}

/// Whether the phrase at `span` of `s` says it is a limit: its 前, or one right after it.
#[must_use]
pub(crate) fn has_limit_word(s: &str, span: Span) -> bool {
    s[span.range()].ends_with('前')
        || ["前", "之前", "以前"]
            .iter()
            .any(|w| s[span.end..].starts_with(w))
}

/// A clock time as `HH:MM`: 17:00, ９：３０, 18时, 18时30分, 9点.
fn fold_time(t: &str) -> String {
    let mut parts = [0u32; 2];
    let mut k = 0;
    let mut seen = false;
    for c in t.chars() {
        match numeral::digit(c) {
            Some(d) => {
                parts[k] = parts[k] * 10 + d;
                seen = true;
            }
            None if seen && k == 0 => k = 1,
            None => {}
        }
    }
    // 5点半: half past.
    if t.ends_with('半') {
        parts[1] = 30;
    }
    // 下午5点, 晚上8点: the afternoon and the evening count from noon.
    if (t.starts_with("下午") || t.starts_with("晚上")) && parts[0] < 12 {
        parts[0] += 12;
    }
    format!("{:02}:{:02}", parts[0], parts[1])
}

enum Resolved {
    Absolute(Option<Date>),
    Relative(Rule),
}

/// How a relative phrase is resolved against its anchor.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// A month and day in the anchor's year; with the next-year rule, in the next year when
    /// that would fall more than a month before the anchor.
    Day { m: u32, d: u32, next_year: bool },
    /// The end of a month (or its `last_day`: the end of its 上旬 or 中旬), by the next-year
    /// rule when `next_year`.
    MonthEnd {
        m: u32,
        last_day: Option<u32>,
        next_year: bool,
    },
    /// The end of the anchor's month (or its `last_day`).
    ThisMonth(Option<u32>),
    /// 31 December of the anchor's year plus this many years.
    YearEnd(i32),
    /// 30 June of the anchor's year.
    HalfYear,
    /// The end of a quarter of the anchor's year.
    QuarterEnd(u32),
    /// The anchor plus a number of 年, 季度 or 月.
    After(i64, &'static str),
    /// A holiday in the anchor's year, by the next-year rule when `next_year`.
    Holiday { h: Holiday, next_year: bool },
}

/// The public holidays a limit is set before (春节前, 国庆节前).
#[derive(Debug, Clone, Copy)]
enum Holiday {
    NewYear,
    SpringFestival,
    LabourDay,
    DragonBoat,
    MidAutumn,
    NationalDay,
}

/// The first day of the Spring Festival (正月初一), from 2010, by the Gregorian calendar.
const SPRING_FESTIVAL: [(u32, u32); 31] = [
    (2, 14), // 2010
    (2, 3),
    (1, 23),
    (2, 10),
    (1, 31),
    (2, 19), // 2015
    (2, 8),
    (1, 28),
    (2, 16),
    (2, 5),
    (1, 25), // 2020
    (2, 12),
    (2, 1),
    (1, 22),
    (2, 10),
    (1, 29), // 2025
    (2, 17),
    (2, 6),
    (1, 26),
    (2, 13),
    (2, 3), // 2030
    (1, 23),
    (2, 11),
    (1, 31),
    (2, 19),
    (2, 8),
    (1, 28), // 2036
    (2, 15),
    (2, 4),
    (1, 24),
    (2, 12), // 2040
];

/// The Dragon Boat Festival (端午节, the fifth day of the fifth lunar month), from 2010, by
/// the Gregorian calendar.
const DRAGON_BOAT: [(u32, u32); 31] = [
    (6, 16), // 2010
    (6, 6),
    (6, 23),
    (6, 12),
    (6, 2),
    (6, 20), // 2015
    (6, 9),
    (5, 30),
    (6, 18),
    (6, 7),
    (6, 25), // 2020
    (6, 14),
    (6, 3),
    (6, 22),
    (6, 10),
    (5, 31), // 2025
    (6, 19),
    (6, 9),
    (5, 28),
    (6, 16),
    (6, 5), // 2030
    (6, 24),
    (6, 12),
    (6, 1),
    (6, 20),
    (6, 10), // 2035
    (5, 30),
    (6, 18),
    (6, 7),
    (5, 27),
    (6, 14), // 2040
];

/// The Mid-Autumn Festival (中秋节, the fifteenth day of the eighth lunar month), from 2010,
/// by the Gregorian calendar.
const MID_AUTUMN: [(u32, u32); 31] = [
    (9, 22), // 2010
    (9, 12),
    (9, 30),
    (9, 19),
    (9, 8),
    (9, 27), // 2015
    (9, 15),
    (10, 4),
    (9, 24),
    (9, 13),
    (10, 1), // 2020
    (9, 21),
    (9, 10),
    (9, 29),
    (9, 17),
    (10, 6), // 2025
    (9, 25),
    (9, 15),
    (10, 3),
    (9, 22),
    (9, 12), // 2030
    (10, 1),
    (9, 19),
    (9, 8),
    (9, 27),
    (9, 16), // 2035
    (10, 4),
    (9, 24),
    (9, 13),
    (10, 2),
    (9, 20), // 2040
];

impl Holiday {
    fn named(name: &str) -> Option<Holiday> {
        Some(match name {
            "元旦" => Holiday::NewYear,
            "春节" | "春節" => Holiday::SpringFestival,
            "劳动节" | "勞動節" => Holiday::LabourDay,
            "端午节" | "端午節" => Holiday::DragonBoat,
            "中秋节" | "中秋節" => Holiday::MidAutumn,
            "国庆节" | "国庆" | "國慶節" | "國慶" => Holiday::NationalDay,
            _ => return None,
        })
    }

    /// The holiday's day in year `y`: none for a lunar holiday outside its table.
    fn in_year(self, y: i32) -> Option<Date> {
        match self {
            Holiday::NewYear => Date::new(y, 1, 1),
            Holiday::LabourDay => Date::new(y, 5, 1),
            Holiday::NationalDay => Date::new(y, 10, 1),
            Holiday::SpringFestival => lunar(&SPRING_FESTIVAL, y),
            Holiday::DragonBoat => lunar(&DRAGON_BOAT, y),
            Holiday::MidAutumn => lunar(&MID_AUTUMN, y),
        }
    }
}

/// A holiday of the lunar calendar in year `y`, from its table: none outside it.
fn lunar(table: &[(u32, u32); 31], y: i32) -> Option<Date> {
    let (m, d) = *table.get(usize::try_from(y.checked_sub(2010)?).ok()?)?;
    Date::new(y, m, d)
}

impl Rule {
    /// The rule for a phrase whose year the text states (明年, 今年): no next-year rule.
    fn in_stated_year(self) -> Rule {
        match self {
            Rule::Day { m, d, .. } => Rule::Day {
                m,
                d,
                next_year: false,
            },
            Rule::MonthEnd { m, last_day, .. } => Rule::MonthEnd {
                m,
                last_day,
                next_year: false,
            },
            Rule::Holiday { h, .. } => Rule::Holiday {
                h,
                next_year: false,
            },
            other => other,
        }
    }

    fn apply(self, a: Date) -> Option<Date> {
        match self {
            Rule::Day { m, d, next_year } => place_in_year(a, |y| Date::new(y, m, d), next_year),
            Rule::MonthEnd {
                m,
                last_day,
                next_year,
            } => place_in_year(a, |y| month_day_or_end(y, m, last_day), next_year),
            Rule::ThisMonth(last_day) => month_day_or_end(a.year(), a.month(), last_day),
            Rule::YearEnd(k) => Date::new(a.year() + k, 12, 31),
            Rule::HalfYear => Date::new(a.year(), 6, 30),
            Rule::QuarterEnd(q) => last_of_month(a.year(), q * 3),
            Rule::After(n, unit) => add(a, n, unit),
            Rule::Holiday { h, next_year } => place_in_year(a, |y| h.in_year(y), next_year),
        }
    }
}

/// Whether the text after a year and 起 makes 起 the first character of a word (起草, 起步,
/// 起点): then no start is stated.
fn starts_a_word_with_qi(rest: &str) -> bool {
    rest.starts_with([
        '草', '步', '点', '點', '码', '碼', '诉', '訴', '源', '伏', '义', '義', '见', '見', '重',
        '来', '來', '飞', '飛', '航', '身', '因', '居', '用', '征', '徵', '价', '價', '付', '算',
    ])
}

/// Whether what follows a month or a day says a task is to be completed then (2024年12月完成,
/// 2025年6月全面建成), not that it was (2024年3月完成了) or how much was (2024年12月完成率).
fn to_be_completed(after: &str) -> bool {
    // 2024年11月份完成: 份 after a month names the same month.
    let after = after.strip_prefix('份').unwrap_or(after);
    let rest = ["全面", "全部", "基本"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    ["完成", "建成"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        // (完成率, 完成情况: what was done, as a noun.)
        .is_some_and(|r| {
            !r.starts_with(['了', '率', '值', '量', '额', '額']) && !r.starts_with("情况")
        })
}

/// Whether `before` ends with a label of a time limit: 完成时间：, 时限:, 完成期限为, 【完成时限】.
/// The time of an occasion is no limit: 开标时间：, 会议时间为 label when a thing takes place.
fn after_time_label(before: &str) -> bool {
    let t = before.trim_end_matches([' ', '\u{3000}']);
    let Some(t) = t.strip_suffix(['：', ':', '为', '為', '爲', '】']) else {
        return false;
    };
    let t = t.trim_end_matches([' ', '\u{3000}']);
    let Some(word) = ["时限", "時限", "时间", "時間", "期限", "节点", "節點"]
        .iter()
        .find(|w| t.ends_with(*w))
    else {
        return false;
    };
    let what = &t[..t.len() - word.len()];
    !OCCASIONS.iter().any(|o| what.ends_with(o))
}

/// What takes place at a time rather than being done by it: the words before 时间 that make
/// a day the time of an occasion.
const OCCASIONS: [&str; 26] = [
    "开标", "開標", "会议", "會議", "开会", "開會", "考试", "考試", "笔试", "筆試", "面试", "面試",
    "开幕", "開幕", "举办", "舉辦", "举行", "舉行", "活动", "活動", "培训", "培訓", "报到", "報到",
    "比赛", "比賽",
];

/// Whether a day is followed by its weekday or a time of day (（星期四）, 上午9:30): it is
/// when something takes place, as a meeting's 时间：, not a time limit.
fn states_an_occasion(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\u{3000}', '（', '(']);
    [
        "星期", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "週", "上午", "下午",
        "中午", "晚上", "早上", "凌晨",
    ]
    .iter()
    .any(|w| after.starts_with(w))
}

/// Whether a phrase between `before` and `after` fills a cell of a table row that has two
/// cells before it at least, as the time column of a task table does (…\t区教育局\t2025年9月).
fn fills_a_late_cell(before: &str, after: &str) -> bool {
    const SEPARATORS: [char; 3] = ['\t', '|', '｜'];
    let before = before.trim_end_matches([' ', '\u{3000}']);
    let after = after.trim_start_matches([' ', '\u{3000}']);
    before.ends_with(SEPARATORS)
        && (after.is_empty() || after.starts_with(SEPARATORS) || after.starts_with(['\r', '\n']))
        // (From the end: the separator before this one, not a count over the whole text.)
        && before.rmatch_indices(SEPARATORS).nth(1).is_some()
}

/// Whether what follows a bare quarter (四季度, 2023年第三季度) makes it a time limit: the end,
/// a delimiter, 前/内, or a verb of completion.
fn quarter_as_limit(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{3000}']);
    // 建 as a verb (四季度建成, 建设, 建立), not a noun's first character (第四季度建筑施工检查).
    if let Some(after) = rest.strip_prefix('建') {
        return after.starts_with(['成', '设', '設', '立']);
    }
    rest.is_empty()
        || rest.starts_with([
            '，', ',', '。', '；', ';', '、', '|', '）', ')', '前', '内', '內', '完', '出', '实',
            '實', '启', '啟', '开', '開', '印', '制', '全', '基', '举', '舉', '召', '报', '報',
            '提', '组', '組', '部', '发', '發', '落', '投',
        ])
}

/// Words that state a deadline's year relative to the anchor's, and by how many years.
const YEAR_WORDS: [(&str, i64); 11] = [
    ("下一年度", 1),
    ("下一年", 1),
    ("下年度", 1),
    ("明年", 1),
    ("次年", 1),
    ("翌年", 1),
    ("今年", 0),
    ("本年", 0),
    ("本年度", 0),
    ("当年", 0),
    ("當年", 0),
];

/// Day `day` of a month, or its last day when `day` is `None`.
fn month_day_or_end(y: i32, m: u32, day: Option<u32>) -> Option<Date> {
    match day {
        Some(d) => Date::new(y, m, d),
        None => last_of_month(y, m),
    }
}

/// A period with its word of a start (下半年起, 第三季度开始): `Ok` with the whole phrase, which
/// begins then; otherwise `Err` with the period alone, its limit. 起 that begins a word with
/// what follows (下半年起草) is no start.
fn starting(s: &str, whole: Span, start: Option<Span>) -> Result<Span, Span> {
    let Some(start) = start else {
        return Err(whole);
    };
    let word = s[start.range()].starts_with('起') && starts_a_word_with_qi(&s[whole.end..]);
    if word {
        Err(Span::new(whole.start, start.start))
    } else {
        Ok(whole)
    }
}

/// A day phrase: absolute with a year, else relative. `next_year` applies the next-year rule.
fn day_phrase(y: Option<i32>, m: Option<u32>, d: Option<u32>, next_year: Option<bool>) -> Resolved {
    let (Some(m), Some(d)) = (m, d) else {
        return Resolved::Absolute(None);
    };
    match y {
        Some(y) => Resolved::Absolute(Date::new(y, m, d)),
        None => Resolved::Relative(Rule::Day {
            m,
            d,
            next_year: next_year.unwrap_or(false),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte scans for clause delimiters find what a scan of characters finds, from every
    /// boundary to every other, on fixture lines and on text where a delimiter's last byte ends
    /// another character (按 ends in 0x8C like ，; 、 starts with E3 like 。).
    #[test]
    fn ok_delimiter_scans_are_the_char_scans() {
        let is_delim =
            |c: char| matches!(c, '，' | ',' | '；' | ';' | '。' | '！' | '!' | '？' | '?');
        let mut texts = vec![
            ",按职责分工负责。".to_string(),
            "、按；，!?？！。ａ,é😀，".to_string(),
            "按按按".to_string(),
        ];
        let seed = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/seed/000_fd4865ccc7d4429b.txt"),
        )
        .expect("the seed fixture");
        texts.extend(
            seed.lines()
                .filter(|l| l.chars().count() <= 120)
                .map(String::from),
        );
        assert!(texts.len() > 50);
        for t in &texts {
            let b = t.as_bytes();
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for &lo in &bounds {
                for &hi in bounds.iter().filter(|&&h| h >= lo) {
                    let back = t[lo..hi]
                        .rfind(is_delim)
                        .map(|i| lo + i + t[lo + i..].chars().next().map_or(1, char::len_utf8));
                    assert_eq!(delim_end_before(b, lo, hi), back, "{t:?} {lo}..{hi}");
                    let fwd = t[lo..hi].find(is_delim).map(|i| lo + i);
                    assert_eq!(delim_start_after(b, lo, hi), fwd, "{t:?} {lo}..{hi}");
                }
            }
        }
    }

    fn written(s: &str) -> Anchors {
        Anchors {
            written: Date::parse_iso(s),
            ..Anchors::default()
        }
    }

    /// The one deadline of `s`: (text, kind, date).
    fn only(s: &str, anchors: Anchors) -> (String, &'static str, Option<String>) {
        let got = run(s, anchors);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        let (text, kind, date, _) = got.into_iter().next().expect("one deadline");
        (text, kind, date)
    }

    /// (text, kind, date, phrase) for every deadline.
    fn run(s: &str, anchors: Anchors) -> Vec<(String, &'static str, Option<String>, String)> {
        find_deadlines(s, anchors)
            .into_iter()
            .map(|d| {
                (
                    s[d.span.range()].to_string(),
                    d.kind.as_str(),
                    d.date.map(|x| x.to_string()),
                    s[d.clause.range()].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn ok_phrase_table() {
        let a = written("2021-04-16");
        // (input, minimal phrase, kind, resolved date)
        let table: &[(&str, &str, &str, &str)] = &[
            (
                "并于6月底前实现系统全省覆盖。",
                "6月底前",
                "by",
                "2021-06-30",
            ),
            (
                "力争到年底前,全省取消审批事项达100项。",
                "年底前",
                "by",
                "2021-12-31",
            ),
            (
                "年内实现全省医保关系转移接续省内通办",
                "年内",
                "by",
                "2021-12-31",
            ),
            (
                "5年内基本实现企业证后监管全覆盖",
                "5年内",
                "by",
                "2026-04-16",
            ),
            ("五年内基本实现全覆盖", "五年内", "by", "2026-04-16"),
            ("在2022年年内完成", "2022年年内", "by", "2022-12-31"),
            ("2022年内完成", "2022年内", "by", "2022-12-31"),
            (
                "从4月起开展全流程转移网办服务",
                "从4月起",
                "from",
                "2021-04-01",
            ),
            (
                "实施期限延长至2022年4月30日。",
                "延长至2022年4月30日",
                "until",
                "2022-04-30",
            ),
            // A month's end after 至: until then, in the written year (no next-year rule).
            ("活动延长至6月底。", "延长至6月底", "until", "2021-06-30"),
            ("延长至3月底", "延长至3月底", "until", "2021-03-31"),
            ("期限至2022年6月末", "至2022年6月末", "until", "2022-06-30"),
            ("4月底前完成清理工作", "4月底前", "by", "2021-04-30"),
            ("12月底前推动对接", "12月底前", "by", "2021-12-31"),
            ("1月底前完成", "1月底前", "by", "2022-01-31"),
            ("3月底前完成", "3月底前", "by", "2021-03-31"),
            (
                "于2023年3月31日前完成",
                "2023年3月31日前",
                "by",
                "2023-03-31",
            ),
            ("到2021年6月底,基本实现", "2021年6月底", "by", "2021-06-30"),
            (
                "实施期限至2021年12月31日。",
                "至2021年12月31日",
                "until",
                "2021-12-31",
            ),
            ("上半年完成", "上半年", "by", "2021-06-30"),
            ("三季度末前完成", "三季度末前", "by", "2021-09-30"),
            (
                "自2021年5月1日起执行",
                "自2021年5月1日起",
                "from",
                "2021-05-01",
            ),
            (
                "截止时间为2021年6月30日。",
                "截止时间为2021年6月30日",
                "by",
                "2021-06-30",
            ),
            ("2028年底前完成改造", "2028年底前", "by", "2028-12-31"),
            ("明年底前完成", "明年底前", "by", "2022-12-31"),
            (
                "下一年度1月1日起实行",
                "下一年度1月1日起",
                "from",
                "2022-01-01",
            ),
            // A stated year is part of the phrase, and the next-year rule leaves it be.
            ("明年3月底前开展评估", "明年3月底前", "by", "2022-03-31"),
            ("次年1月底前报送", "次年1月底前", "by", "2022-01-31"),
            ("今年3月底前完成", "今年3月底前", "by", "2021-03-31"),
            ("9月中旬前完成摸底", "9月中旬前", "by", "2021-09-20"),
            ("10月上旬前报送", "10月上旬前", "by", "2021-10-10"),
            ("2022年2月下旬前", "2022年2月下旬前", "by", "2022-02-28"),
            (
                "于2022年6月中下旬完成",
                "2022年6月中下旬",
                "by",
                "2022-06-30",
            ),
            ("10月上中旬前报送", "10月上中旬前", "by", "2021-10-20"),
            (
                "申报截止到2021年10月15日",
                "截止到2021年10月15日",
                "by",
                "2021-10-15",
            ),
            ("本月底前报送方案", "本月底前", "by", "2021-04-30"),
            ("请于本月25日前报送", "本月25日前", "by", "2021-04-25"),
            ("当月 5 号之前", "当月 5 号之前", "by", "2021-04-05"),
            // A year in Chinese digits.
            (
                "自二〇二二年一月一日起施行",
                "自二〇二二年一月一日起",
                "from",
                "2022-01-01",
            ),
            ("二〇二二年底前完成", "二〇二二年底前", "by", "2022-12-31"),
            // A month alone is a deadline only after the label of a time limit.
            ("完成时间：2023年6月", "2023年6月", "by", "2023-06-30"),
            ("完成时限为 2022年1月）", "2022年1月", "by", "2022-01-31"),
            // Or in a late cell of a table row.
            (
                "1\t新建幼儿园\t区教育局\t2025年9月",
                "2025年9月",
                "by",
                "2025-09-30",
            ),
            (
                "| 2 | 改造小区 | 区住建局 | 2025年12月 |",
                "2025年12月",
                "by",
                "2025-12-31",
            ),
            // So is a whole date with no 前 after it.
            (
                "完成时间：2025年9月15日。",
                "2025年9月15日",
                "by",
                "2025-09-15",
            ),
            ("当月下旬前", "当月下旬前", "by", "2021-04-30"),
            (
                "于2023年8月31日（星期四）前报送",
                "2023年8月31日（星期四）前",
                "by",
                "2023-08-31",
            ),
            ("自2022年起施行", "自2022年起", "from", "2022-01-01"),
            (
                "實施期限至2021年12月31日",
                "至2021年12月31日",
                "until",
                "2021-12-31",
            ),
            (
                "２０２２年４月３０日前",
                "２０２２年４月３０日前",
                "by",
                "2022-04-30",
            ),
        ];
        for &(input, phrase, kind, date) in table {
            let (text, k, d) = only(input, a);
            assert_eq!((text.as_str(), k, d.as_deref()), (phrase, kind, Some(date)));
        }
    }

    #[test]
    fn ok_a_clause_stays_inside_its_parenthesis() {
        let a = written("2021-04-16");
        let got = run("推行告知承诺制。（市司法局牵头，2023年9月底前完成）", a);
        assert_eq!(got[0].3, "2023年9月底前完成");
        let got = run("（完成时限：2023年12月底前）其后", a);
        assert_eq!(got[0].3, "完成时限：2023年12月底前");
        // A parenthesis inside the clause is part of it.
        let got = run("于8月31日（星期二）前报送（纸质版）材料，", a);
        assert_eq!(got[0].3, "于8月31日（星期二）前报送（纸质版）材料");
    }

    /// The byte scan for the brackets around a phrase finds what a scan of characters finds.
    #[test]
    fn ok_inside_brackets_is_the_char_scan() {
        fn by_chars(s: &str, start: usize, end: usize, phrase: Span) -> (usize, usize) {
            let mut depth = 0usize;
            let mut new_end = end;
            for (i, c) in s[phrase.end..end].char_indices() {
                match c {
                    '(' | '（' => depth += 1,
                    ')' | '）' if depth == 0 => {
                        new_end = phrase.end + i;
                        break;
                    }
                    ')' | '）' => depth -= 1,
                    _ => {}
                }
            }
            depth = 0;
            let mut new_start = start;
            for (i, c) in s[start..phrase.start].char_indices().rev() {
                match c {
                    ')' | '）' => depth += 1,
                    '(' | '（' if depth == 0 => {
                        new_start = start + i + c.len_utf8();
                        break;
                    }
                    '(' | '（' => depth -= 1,
                    _ => {}
                }
            }
            (new_start, new_end)
        }
        // 鈈 is E9 88 88 and 鉉 E9 89 89: last bytes of brackets inside other characters.
        let pieces = ["(", ")", "（", "）", "，", "鈈", "鉉", "年", "a", " ", "😀"];
        let mut generator = crate::testing::Gen::new(5);
        for n in 0..3_000 {
            let t = generator.pieces(&pieces, n % 24);
            let cuts: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for (k, &a) in cuts.iter().enumerate() {
                for &b in &cuts[k..] {
                    let phrase = Span::new(a, b);
                    let (lo, hi) = (cuts[k / 2], cuts[(k + cuts.len()) / 2].max(b));
                    assert_eq!(
                        inside_brackets(&t, lo, hi, phrase),
                        by_chars(&t, lo, hi, phrase),
                        "{t:?} {lo} {hi} {phrase:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn ok_as_of_a_past_date_is_no_limit() {
        let a = written("2023-04-16");
        assert!(run("截至2022年底，全省累计建成5G基站17万座。", a).is_empty());
        assert!(run("截止2023年3月31日，已完成80%。", a).is_empty());
        assert!(run("截止到2023年3月31日，已完成80%。", a).is_empty());
        let got = run("申报截至2023年6月30日。", a);
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].1, got[0].2.as_deref()),
            ("until", Some("2023-06-30"))
        );
        // A month's end in the written year, before the written date or after it.
        assert!(run("截至3月底，全省已完成80%。", a).is_empty());
        let got = run("申报截至6月底。", a);
        assert_eq!(
            (got[0].1, got[0].2.as_deref()),
            ("until", Some("2023-06-30"))
        );
        // Without an anchor nothing tells a fact from a limit: the phrase is kept.
        assert_eq!(run("截至2022年底", Anchors::default()).len(), 1);
    }

    #[test]
    fn ok_a_limit_in_a_year_before_the_document_is_a_fact() {
        let a = written("2023-06-08");
        for input in [
            "全省开工改造2000年底前建成的城镇老旧小区",
            "调整范围为2022年12月31日前已办理退休手续的人员",
        ] {
            assert!(run(input, a).is_empty(), "{input}");
        }
        // The same limit in the written year or after it is one; so is a time cell's value,
        // and so is any limit when only the publication date anchors the text.
        assert_eq!(run("2023年3月底前完成", a).len(), 1);
        assert_eq!(run("2024年6月底前完成摸底", a).len(), 1);
        let mut cell = Vec::new();
        find_time_limits_into("2022年12月底前", a, &mut cell);
        assert_eq!(cell.len(), 1);
        let published = Anchors {
            published: Date::parse_iso("2023-06-08"),
            ..Anchors::default()
        };
        assert_eq!(run("2022年12月31日前完成", published).len(), 1);
    }

    #[test]
    fn ok_a_bare_quarter_is_a_limit_only_before_one() {
        let a = written("2021-04-16");
        assert!(run("2021年一季度经济运行平稳", a).is_empty());
        assert!(run("会议听取了一季度经济运行情况的汇报", a).is_empty());
        assert!(run("组织开展了第四季度建筑施工安全生产检查", a).is_empty());
        for (input, phrase, date) in [
            ("四季度完成第二批", "四季度", "2021-12-31"),
            ("四季度建成投用", "四季度", "2021-12-31"),
            ("2022年第三季度前完成", "2022年第三季度前", "2022-09-30"),
            ("完成时限：三季度", "三季度", "2021-09-30"),
            ("三季度末启动", "三季度末", "2021-09-30"),
            ("2022年第三季度举办", "2022年第三季度", "2022-09-30"),
            ("四季度召开推进会", "四季度", "2021-12-31"),
        ] {
            let (text, _, d) = only(input, a);
            assert_eq!((text.as_str(), d.as_deref()), (phrase, Some(date)));
        }
    }

    #[test]
    fn ok_a_month_a_task_is_to_be_completed_in() {
        let a = written("2024-04-18");
        for (input, phrase, date) in [
            ("于2024年12月完成全部任务", "2024年12月", "2024-12-31"),
            ("2025年6月全面建成", "2025年6月", "2025-06-30"),
            ("2024年9月30日完成验收", "2024年9月30日", "2024-09-30"),
            ("在2024年11月份完成", "2024年11月", "2024-11-30"),
        ] {
            let (text, k, d) = only(input, a);
            assert_eq!(
                (text.as_str(), k, d.as_deref()),
                (phrase, "by", Some(date)),
                "{input}"
            );
        }
        // What was done, or what takes place then, is no limit.
        for input in [
            "2024年3月完成了试点",
            "2024年12月召开推进会",
            "2024年12月完成率达90%",
            "2024年12月完成情况良好",
        ] {
            let got = run(input, a);
            assert!(got.is_empty(), "{input}: {got:?}");
        }
    }

    #[test]
    fn ok_months_of_a_year_that_share_their_month_mark() {
        let a = written("2024-04-18");
        let got = run("2024年7—9月开展集中排查", a);
        let got: Vec<_> = got
            .iter()
            .map(|(t, k, d, _)| (t.as_str(), *k, d.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("2024年7—9月", "from", Some("2024-07-01")),
                ("9月", "until", Some("2024-09-30"))
            ]
        );
        assert_eq!(run("2024年10至12月份", a).len(), 2);
        // A period that ended before the document is one it reports on.
        assert!(run("2024年1—3月，全省完成投资1000亿元", a).is_empty());
        // Months in the wrong order are no range.
        assert!(run("2024年9—7月", a).is_empty());
        // Without a year, the document's year, whatever the dash.
        for input in [
            "6—8月组织开展检测",
            "6-8月组织开展检测",
            "6～8月组织开展检测",
        ] {
            let got = run(input, a);
            let got: Vec<_> = got
                .iter()
                .map(|(t, k, d, _)| (t.as_str(), *k, d.as_deref()))
                .collect();
            let range = &input[..input.find('月').unwrap() + '月'.len_utf8()];
            assert_eq!(
                got,
                [
                    (range, "from", Some("2024-06-01")),
                    ("8月", "until", Some("2024-08-31"))
                ],
                "{input}"
            );
        }
        assert!(run("1—3月，全省完成投资1000亿元", a).is_empty());
        // A count of months is no range (2—3个月内 is read as a count or not at all).
        assert!(run("2—3个月", a).is_empty());
    }

    #[test]
    fn ok_a_half_or_a_quarter_with_its_start_begins_then() {
        let a = written("2024-04-18");
        for (input, phrase, kind, date) in [
            (
                "2024年第三季度起，按季度通报",
                "2024年第三季度起",
                "from",
                "2024-07-01",
            ),
            (
                "自2024年第四季度起，按月通报",
                "2024年第四季度起",
                "from",
                "2024-10-01",
            ),
            ("从下半年起，按月通报", "下半年起", "from", "2024-07-01"),
            (
                "2025年下半年开始实施",
                "2025年下半年开始",
                "from",
                "2025-07-01",
            ),
            ("一季度开始试点", "一季度开始", "from", "2024-01-01"),
            // 起 that begins a word is no start: the period is the limit.
            ("下半年起草方案", "下半年", "by", "2024-12-31"),
        ] {
            let (text, k, d) = only(input, a);
            assert_eq!(
                (text.as_str(), k, d.as_deref()),
                (phrase, kind, Some(date)),
                "{input}"
            );
        }
    }

    #[test]
    fn ok_a_period_before_the_document_is_one_it_reports_on() {
        let late = written("2023-08-15");
        for input in [
            "上半年，全省地区生产总值同比增长5.0%。",
            "2023年上半年，全省共发生事故12起",
            "一季度，全省规模以上工业增加值增长1.8%。",
            "7月中旬，省统计局组织开展了专项检查。",
        ] {
            assert!(run(input, late).is_empty(), "{input}");
        }
        // A word of a limit keeps a past period a limit; a period to come is one; so is a
        // time cell's value.
        for (input, phrase, date) in [
            ("上半年前完成", "上半年", "2023-06-30"),
            ("8月上旬前报送", "8月上旬前", "2023-08-10"),
            ("下半年，要重点抓好统计执法检查", "下半年", "2023-12-31"),
            ("12月中旬开展年报培训", "12月中旬", "2023-12-20"),
            ("三季度末完成", "三季度末", "2023-09-30"),
        ] {
            let (text, _, d) = only(input, late);
            assert_eq!((text.as_str(), d.as_deref()), (phrase, Some(date)));
        }
        let mut cell = Vec::new();
        find_time_limits_into("上半年", late, &mut cell);
        assert_eq!(cell.len(), 1);
        // Where the next-year rule moves a ten days' period, it is one to come.
        let got = run("1月中旬开展检查", written("2023-12-10"));
        assert_eq!(got[0].2.as_deref(), Some("2024-01-20"));
    }

    #[test]
    fn ok_before_a_holiday() {
        let a = written("2023-10-08");
        for (input, phrase, date) in [
            ("2024年春节前完成资金拨付", "2024年春节前", "2024-02-10"),
            ("确保农民工工资在春节前足额支付", "春节前", "2024-02-10"),
            ("元旦前完成清理", "元旦前", "2024-01-01"),
            ("国庆节前完成中期评估", "国庆节前", "2023-10-01"),
            ("中秋节前发放到位", "中秋节前", "2023-09-29"),
            ("2024年端午节前完成", "2024年端午节前", "2024-06-10"),
            ("明年劳动节之前建成", "明年劳动节之前", "2024-05-01"),
            ("2024年國慶以前", "2024年國慶以前", "2024-10-01"),
            ("2026年春節前", "2026年春節前", "2026-02-17"),
        ] {
            let (text, kind, d) = only(input, a);
            assert_eq!(
                (text.as_str(), kind, d.as_deref()),
                (phrase, "by", Some(date))
            );
        }
        // A holiday with no word of a limit is a period (元旦春节期间), not a limit; a year
        // beyond the table of Spring Festivals is read with no date.
        assert!(run("做好元旦春节期间安全生产工作", a).is_empty());
        assert!(run("国庆节期间", a).is_empty());
        let got = run("2050年春节前", a);
        assert_eq!((got.len(), got[0].2.as_deref()), (1, None));
    }

    #[test]
    fn ok_about_a_day_is_no_limit() {
        let a = written("2024-05-06");
        assert!(run("2024年6月30日前后完成", a).is_empty());
        assert!(run("国庆节前後", a).is_empty());
        assert_eq!(run("2024年6月30日前完成", a).len(), 1);
    }

    #[test]
    fn ok_a_day_noted_as_counted() {
        let a = written("2023-10-08");
        for (input, phrase) in [
            ("在2023年11月30日（含）前完成", "2023年11月30日（含）前"),
            ("于11月30日(含当日)前报送", "11月30日(含当日)前"),
        ] {
            let (text, _, d) = only(input, a);
            assert_eq!((text.as_str(), d.as_deref()), (phrase, Some("2023-11-30")));
        }
    }

    #[test]
    fn ok_a_month_alone_is_no_deadline() {
        let a = written("2021-04-16");
        assert!(run("2021年6月，省政府印发了方案", a).is_empty());
        assert!(run("于2021年6月召开会议", a).is_empty());
    }

    #[test]
    fn ok_this_years_and_limits_not_to_pass() {
        let a = written("2024-03-05");
        for (input, phrase, date) in [
            ("本年度内完成立项", "本年度内", "2024-12-31"),
            ("2025年度内建成", "2025年度内", "2025-12-31"),
            ("最迟不超过10月15日", "不超过10月15日", "2024-10-15"),
            ("三季度前完成验收", "三季度前", "2024-09-30"),
        ] {
            let (text, _, d) = only(input, a);
            assert_eq!((text.as_str(), d.as_deref()), (phrase, Some(date)));
        }
        // 不超过 a count is no date.
        assert!(run("期限不超过3个月", a).is_empty());
    }

    #[test]
    fn ok_the_time_of_a_meeting_is_no_deadline() {
        let a = written("2024-01-10");
        // 时间： labels when a meeting is held, told by its weekday or its time of day.
        assert!(run("时间：2024年1月18日上午9:30，会期半天。", a).is_empty());
        assert!(run("时间：2024年1月18日（星期四）", a).is_empty());
        assert!(run("时间：2024年1月18日 下午", a).is_empty());
        // A limit under the same label stays one.
        assert_eq!(run("时间：2024年1月18日。", a)[0].0, "2024年1月18日");
        assert_eq!(
            run("完成时间：2024年1月18日", a)[0].2.as_deref(),
            Some("2024-01-18")
        );
        // The time of an occasion named before 时间 is none either, in either script.
        for occasion in [
            "开标时间：2024年1月18日9时30分。",
            "会议时间为2024年1月18日",
            "笔试时间：2024年1月18日",
            "報到時間：2024年1月18日14:00",
        ] {
            assert!(run(occasion, a).is_empty(), "{occasion}");
        }
        // A clock time after a labelled limit is its time, with spaces before it or none.
        for (input, phrase, time) in [
            (
                "完成时间：2024年1月18日17:00。",
                "2024年1月18日17:00",
                "17:00",
            ),
            (
                "报送时间：2024年1月18日 17时30分",
                "2024年1月18日 17时30分",
                "17:30",
            ),
        ] {
            let d = find_deadlines(input, a);
            assert_eq!(d.len(), 1, "{input}");
            assert_eq!(&input[d[0].span.range()], phrase);
            assert_eq!(d[0].time.as_deref(), Some(time));
        }
    }

    #[test]
    fn ok_clock_time() {
        let d = find_deadlines("请于10月8日12:00前报送", written("2021-09-01"));
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].date.map(|x| x.to_string()).as_deref(),
            Some("2021-10-08")
        );
        assert_eq!(d[0].time.as_deref(), Some("12:00"));
        // Hours written with 时 or 点, and minutes with 分.
        for (input, phrase, time) in [
            (
                "各地要在7月27日18时前完成渔船回港避风",
                "7月27日18时前",
                "18:00",
            ),
            ("于7月27日9时30分前报送", "7月27日9时30分前", "09:30"),
            ("请于7月28日9点前到岗", "7月28日9点前", "09:00"),
            ("１０月８日 ９：３０ 前", "１０月８日 ９：３０ 前", "09:30"),
            // A part of the day before the hour; the afternoon counts from noon.
            (
                "请于9月20日下午5点前将材料报送至邮箱",
                "9月20日下午5点前",
                "17:00",
            ),
            ("9月20日下午5点半前报送", "9月20日下午5点半前", "17:30"),
            ("9月20日上午9:30前报送", "9月20日上午9:30前", "09:30"),
            ("9月20日晚上8时前报送", "9月20日晚上8时前", "20:00"),
            ("9月20日下午15:00前报送", "9月20日下午15:00前", "15:00"),
            // A cut-off's time after its date.
            (
                "申报截止时间为2023年9月15日17:30。",
                "截止时间为2023年9月15日17:30",
                "17:30",
            ),
            (
                "截止日期：9月20日 下午5点",
                "截止日期：9月20日 下午5点",
                "17:00",
            ),
        ] {
            let d = find_deadlines(input, written("2023-07-26"));
            assert_eq!(d.len(), 1, "{input}");
            assert_eq!(&input[d[0].span.range()], phrase);
            assert_eq!(d[0].time.as_deref(), Some(time), "{input}");
        }
        // 下班前: by the end of that working day, no time written.
        let input = "请于2025年12月20日下班前报省能源局";
        let d = find_deadlines(input, written("2025-11-18"));
        assert_eq!(d.len(), 1);
        assert_eq!(&input[d[0].span.range()], "2025年12月20日下班前");
        assert_eq!(
            d[0].date.map(|x| x.to_string()).as_deref(),
            Some("2025-12-20")
        );
        assert_eq!(d[0].time, None);
    }

    #[test]
    fn ok_the_end_of_this_month_alone() {
        let a = written("2024-03-05");
        let got: Vec<_> = find_deadlines("请于月底前报送材料，在月末前完成复核。", a)
            .iter()
            .map(|d| (d.kind.as_str(), d.date.map(|x| x.to_string())))
            .collect();
        assert_eq!(
            got,
            [
                ("by", Some("2024-03-31".to_string())),
                ("by", Some("2024-03-31".to_string()))
            ]
        );
        // Within a month is by its end.
        for (input, date) in [
            ("本月内完成自查", "2024-03-31"),
            ("2024年6月内完成招标", "2024-06-30"),
        ] {
            let d = find_deadlines(input, a);
            assert_eq!(d.len(), 1, "{input}");
            assert_eq!(d[0].date.map(|x| x.to_string()).as_deref(), Some(date));
        }
        // Another month's end, or every month's, is none.
        for input in [
            "每月底前报送进度",
            "请于次月底前报送",
            "上月底前已完成",
            "月底完成",
        ] {
            assert!(find_deadlines(input, a).is_empty(), "{input}");
        }
    }

    #[test]
    fn ok_clock_times_of_a_period() {
        // (input, [(phrase, kind, date, time)])
        type Expected = &'static [(
            &'static str,
            &'static str,
            &'static str,
            Option<&'static str>,
        )];
        let cases: [(&str, Expected); 6] = [
            (
                "管制时间：2024年5月1日0时至5月5日24时。",
                &[
                    ("2024年5月1日0时", "from", "2024-05-01", Some("00:00")),
                    ("5月5日24时", "until", "2024-05-05", Some("24:00")),
                ],
            ),
            // A clock time alone at the second end is of the first's day.
            (
                "5月1日8:00至12:00实行临时交通管制",
                &[
                    ("5月1日8:00", "from", "2024-05-01", Some("08:00")),
                    ("12:00", "until", "2024-05-01", Some("12:00")),
                ],
            ),
            (
                "本通告自2024年5月1日零时起施行。",
                &[("自2024年5月1日零时起", "from", "2024-05-01", Some("00:00"))],
            ),
            (
                "报名时间为2024年5月6日（星期一）9:00至5月10日17:30",
                &[
                    (
                        "2024年5月6日（星期一）9:00",
                        "from",
                        "2024-05-06",
                        Some("09:00"),
                    ),
                    ("5月10日17:30", "until", "2024-05-10", Some("17:30")),
                ],
            ),
            // A day alone at the second end is of the first's month, with its time or not.
            (
                "春节期间（2024年5月10日至17日）各单位要安排专人值班",
                &[
                    ("2024年5月10日", "from", "2024-05-10", None),
                    ("17日", "until", "2024-05-17", None),
                ],
            ),
            (
                "5月1日零时至5日24时实行交通管制",
                &[
                    ("5月1日零时", "from", "2024-05-01", Some("00:00")),
                    ("5日24时", "until", "2024-05-05", Some("24:00")),
                ],
            ),
        ];
        for (input, expected) in cases {
            let d = find_deadlines(input, written("2024-04-25"));
            let got: Vec<_> = d
                .iter()
                .map(|d| {
                    (
                        &input[d.span.range()],
                        d.kind.as_str(),
                        d.date.map(|x| x.to_string()),
                        d.time.as_deref(),
                    )
                })
                .collect();
            let expected: Vec<_> = expected
                .iter()
                .map(|&(p, k, date, t)| (p, k, Some(date.to_string()), t))
                .collect();
            assert_eq!(got, expected, "{input}");
        }
        // Every day at the same hours is no period with a date.
        assert!(find_deadlines("每日10时至22时禁止货车通行", written("2024-04-25")).is_empty());
    }

    #[test]
    fn ok_range_and_list() {
        let got = run(
            "2021年5月1日至2022年4月30日实施阶段性下调工伤保险费率50%的政策",
            written("2021-04-16"),
        );
        assert_eq!(got.len(), 2);
        assert_eq!(
            (got[0].0.as_str(), got[0].1, got[0].2.as_deref()),
            ("2021年5月1日", "from", Some("2021-05-01"))
        );
        assert_eq!(
            (got[1].0.as_str(), got[1].1, got[1].2.as_deref()),
            ("2022年4月30日", "until", Some("2022-04-30"))
        );
        let got = run(
            "分别于2023年6月30日、9月30日和2024年3月31日前报送",
            written("2023-01-10"),
        );
        let dates: Vec<_> = got
            .iter()
            .map(|g| g.2.clone().unwrap_or_default())
            .collect();
        assert_eq!(dates, ["2023-06-30", "2023-09-30", "2024-03-31"]);
        assert!(got.iter().all(|g| g.1 == "by"));
        // A weekday in brackets after the first date, a note before it or not, keeps the range.
        let got = run(
            "活动时间为2025年1月28日（农历除夕、周二）至2月4日（周二）",
            written("2024-11-12"),
        );
        let got: Vec<_> = got
            .iter()
            .map(|g| (g.0.as_str(), g.1, g.2.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("2025年1月28日", "from", Some("2025-01-28")),
                ("2月4日", "until", Some("2025-02-04")),
            ]
        );
        // With no year, a range the written date's year places before it is past, not a
        // limit to 2月4日 of that year.
        assert!(
            run(
                "1月28日（农历除夕、周二）至2月4日放假调休",
                written("2024-11-12")
            )
            .is_empty()
        );
        // Dashes of every width part the ends as 至 does.
        for input in [
            "活动时间为2024年7月1日-8月31日",
            "活动时间为2024年7月1日–8月31日",
            "活动时间为2024年7月1日——8月31日",
            "活动时间为2024年7月1日－8月31日",
        ] {
            let got: Vec<_> = run(input, written("2024-05-20"))
                .into_iter()
                .map(|g| (g.1, g.2))
                .collect();
            assert_eq!(
                got,
                [
                    ("from", Some("2024-07-01".to_string())),
                    ("until", Some("2024-08-31".to_string()))
                ],
                "{input}"
            );
        }
        // A note that is no weekday, or too long, ends the phrase at the first date.
        let got = run("6月1日（暂定）至6月5日举办", written("2024-03-01"));
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].1, got[0].2.as_deref()),
            ("until", Some("2024-06-05"))
        );
    }

    #[test]
    fn ok_month_ranges() {
        let a = written("2023-03-01");
        // (input, [(phrase, kind, date)])
        type Expected = &'static [(&'static str, &'static str, &'static str)];
        let table: &[(&str, Expected)] = &[
            (
                "2023年6月至12月，组织开展新能源汽车下乡活动",
                &[
                    ("2023年6月", "from", "2023-06-01"),
                    ("12月", "until", "2023-12-31"),
                ],
            ),
            (
                "3月至6月开展专项整治",
                &[
                    ("3月", "from", "2023-03-01"),
                    ("6月", "until", "2023-06-30"),
                ],
            ),
            (
                "2023年11月至2024年2月底开展冬季行动",
                &[
                    ("2023年11月", "from", "2023-11-01"),
                    ("2024年2月底", "until", "2024-02-29"),
                ],
            ),
            // The second month earlier in the year is in the year after the first's.
            (
                "2023年11月至3月",
                &[
                    ("2023年11月", "from", "2023-11-01"),
                    ("3月", "until", "2024-03-31"),
                ],
            ),
            (
                "6月1日至9月份，实行错峰用电",
                &[
                    ("6月1日", "from", "2023-06-01"),
                    ("9月份", "until", "2023-09-30"),
                ],
            ),
            (
                "2023年4月至6月15日试运行",
                &[
                    ("2023年4月", "from", "2023-04-01"),
                    ("6月15日", "until", "2023-06-15"),
                ],
            ),
            // Parts of months at either end: from the first day of the first (the last of
            // 底), until the last day of the second.
            (
                "2023年8月底至9月中旬开展复查",
                &[
                    ("2023年8月底", "from", "2023-08-31"),
                    ("9月中旬", "until", "2023-09-20"),
                ],
            ),
            (
                "6月上旬至7月底完成验收",
                &[
                    ("6月上旬", "from", "2023-06-01"),
                    ("7月底", "until", "2023-07-31"),
                ],
            ),
            (
                "10月下旬至11月上旬组织考试",
                &[
                    ("10月下旬", "from", "2023-10-21"),
                    ("11月上旬", "until", "2023-11-10"),
                ],
            ),
            (
                "6月初至8月底开展排查",
                &[
                    ("6月初", "from", "2023-06-01"),
                    ("8月底", "until", "2023-08-31"),
                ],
            ),
            (
                "4月中旬—5月份开展培训",
                &[
                    ("4月中旬", "from", "2023-04-11"),
                    ("5月份", "until", "2023-05-31"),
                ],
            ),
            // No second month: the limit of the first.
            ("6月底至少完成80%", &[("6月底", "by", "2023-06-30")]),
        ];
        for (input, want) in table {
            let got: Vec<_> = run(input, a)
                .into_iter()
                .map(|g| (g.0, g.1, g.2.unwrap_or_default()))
                .collect();
            let want: Vec<_> = want
                .iter()
                .map(|&(p, k, d)| (p.to_string(), k, d.to_string()))
                .collect();
            assert_eq!(got, want, "{input}");
        }
        // A range that ended before the document states what happened.
        let late = written("2023-08-10");
        assert!(run("2023年1月至6月，全省地区生产总值增长5%", late).is_empty());
        assert!(run("2023年1月1日至6月30日，全省共办理", late).is_empty());
        // Every year, and around a month alone, no range.
        assert!(run("每年3月至6月开展", a).is_empty());
        // A limit of the sentence that names its year is no part of the recurrence; the
        // next sentence is free of it.
        for input in [
            "每年6月底前报送计划，2024年底前完成全部任务",
            "每年6月底前报送计划。年底前完成全部任务",
        ] {
            let (_, kind, d) = only(input, written("2024-03-01"));
            assert_eq!((kind, d.as_deref()), ("by", Some("2024-12-31")), "{input}");
        }
        assert!(run("2022年6月至今", a).is_empty());
    }

    #[test]
    fn ok_a_year_to_start_from() {
        let a = written("2023-03-01");
        for (input, phrase) in [
            ("2024年起，每年开展一次评估", "2024年起"),
            ("自2024年起实施", "自2024年起"),
            ("从2024年度开始执行", "从2024年度开始"),
            ("各地级以上市人民政府负责，2024年起持续推进", "2024年起"),
        ] {
            let (text, kind, d) = only(input, a);
            assert_eq!(
                (text.as_str(), kind, d.as_deref()),
                (phrase, "from", Some("2024-01-01"))
            );
        }
        // 起 that begins another word states no start.
        for s in ["2023年起草的条例", "2023年起步阶段", "2024年起付线调整"] {
            assert!(run(s, a).is_empty(), "{s}");
        }
        // A past start that names what began then (…起施行的《规定》) is a fact; one to come
        // is a start still.
        for s in [
            "2010年5月1日起施行的《广东省某某管理规定》同时废止",
            "自2020年起实施的补贴政策继续执行",
            "2021年1月1日起的统计口径",
        ] {
            assert!(run(s, a).is_empty(), "{s}");
        }
        let (text, kind, d) = only("自2024年7月1日起施行的新标准", a);
        assert_eq!(
            (text.as_str(), kind, d.as_deref()),
            ("自2024年7月1日起", "from", Some("2024-07-01"))
        );
    }

    #[test]
    fn ok_an_end_with_its_clock_time() {
        let a = written("2024-10-15");
        for (input, phrase, time) in [
            (
                "报名截止至2024年12月31日17:00。",
                "截止至2024年12月31日17:00",
                "17:00",
            ),
            (
                "截至2024年12月31日24时止",
                "截至2024年12月31日24时",
                "24:00",
            ),
            (
                "延长至12月31日 下午5点半",
                "延长至12月31日 下午5点半",
                "17:30",
            ),
        ] {
            let got = find_deadlines(input, a);
            assert_eq!(got.len(), 1, "{input}");
            let d = &got[0];
            assert_eq!(
                (&input[d.span.range()], d.kind, d.time.as_deref()),
                (phrase, DeadlineKind::Until, Some(time)),
                "{input}"
            );
            assert_eq!(d.date.map(|x| x.to_string()).as_deref(), Some("2024-12-31"));
        }
        // A count after the day is no clock time (至2024年12月31日，10家企业…).
        let got = find_deadlines("延长至2024年12月31日，10家企业参加", a);
        assert_eq!(got[0].time, None);
    }

    #[test]
    fn ok_starts_on_the_documents_date_and_terms_of_validity() {
        let a = written("2024-10-15");
        let kinds = |s: &str| -> Vec<(String, &'static str, Option<String>)> {
            run(s, a)
                .into_iter()
                .map(|(t, k, d, _)| (t, k, d))
                .collect()
        };
        let own = |t: &str, k, d: &str| (t.to_string(), k, Some(d.to_string()));
        // A start on the document's own date, with what opens it.
        for (input, phrase) in [
            ("本通知自印发之日起施行。", "自印发之日起"),
            ("本办法自发布之日起实施", "自发布之日起"),
            ("自本通知印发之日起执行", "自本通知印发之日起"),
            ("从下发之日起生效", "从下发之日起"),
            ("即日起停止受理", "即日起"),
            ("自即日起执行", "自即日起"),
            ("各单位即日起停止受理", "即日起"),
            ("本通知印发之日起执行", "本通知印发之日起"),
            ("本决议自通过之日起施行。", "自通过之日起"),
        ] {
            assert_eq!(kinds(input), [own(phrase, "from", "2024-10-15")], "{input}");
        }
        // With a term: the day before the start plus the term.
        assert_eq!(
            kinds("本办法自2024年12月1日起施行，有效期5年。"),
            [
                own("自2024年12月1日起", "from", "2024-12-01"),
                own("有效期5年", "until", "2029-11-30"),
            ]
        );
        assert_eq!(
            kinds("本措施自印发之日起实施，有效期为三年"),
            [
                own("自印发之日起", "from", "2024-10-15"),
                own("有效期为三年", "until", "2027-10-14"),
            ]
        );
        // The start may follow the term; an end the sentence states is the term's.
        assert_eq!(
            kinds("本办法有效期3年，自2025年1月1日起施行。"),
            [
                own("有效期3年", "until", "2027-12-31"),
                own("自2025年1月1日起", "from", "2025-01-01"),
            ]
        );
        assert_eq!(
            kinds("本办法有效期为5年，自2024年1月1日起至2028年12月31日止。"),
            [
                own("自2024年1月1日起", "from", "2024-01-01"),
                own("至2028年12月31日", "until", "2028-12-31"),
            ]
        );
        // A term alone counts from the document; one after another sentence's start too.
        assert_eq!(
            kinds("本规定有效期两年。"),
            [own("有效期两年", "until", "2026-10-14")]
        );
        assert_eq!(
            kinds("自2024年12月1日起施行。有效期6个月。"),
            [
                own("自2024年12月1日起", "from", "2024-12-01"),
                own("有效期6个月", "until", "2025-04-14"),
            ]
        );
        // A start with the end it opens; none when that end has passed.
        assert_eq!(
            kinds("即日起至2024年12月31日开展专项行动"),
            [
                own("即日起", "from", "2024-10-15"),
                own("至2024年12月31日", "until", "2024-12-31"),
            ]
        );
        assert_eq!(
            kinds("即日起至2024年3月31日接受报名"),
            [own("至2024年3月31日", "until", "2024-03-31")]
        );
        // Counts from the document are the grammar's; other events start nothing; a term
        // with no count or no unit is no term.
        assert_eq!(
            kinds("请于本通知印发之日起30日内报送"),
            [own("30日内", "by", "2024-11-14")]
        );
        assert_eq!(
            kinds("在通知印发后3个月内完成"),
            [own("3个月内", "by", "2025-01-15")]
        );
        for s in [
            "项目单位应当在资金下达后30日内完成分解下达",
            "资金下达后3个月内完成支出",
            "项目批复印发之日起6个月内开工",
            "证书有效期为5年",
            "许可证有效期3年，期满需要延续的，应当在有效期届满30日前提出申请",
            "自合同生效之日起施行",
            "自中标结果公布之日起生效",
            "自审核通过之日起生效",
            "自项目通过验收之日起计算",
            "自受理之日起计算",
            "有效期届满前申请延续",
            "有效期内",
            "有效期5天",
        ] {
            assert!(run(s, a).is_empty(), "{s}: {:?}", run(s, a));
        }
        // Nothing anchors a start on the document's date when the document has none.
        let got = find_deadlines("自印发之日起施行，有效期3年", Anchors::default());
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|d| d.date.is_none() && d.unanchored));
    }

    #[test]
    fn ok_half_years_and_limits_stated_as_not_later() {
        let a = written("2023-03-01");
        for (input, phrase, date) in [
            ("2023年下半年启动", "2023年下半年", "2023-12-31"),
            ("力争今年下半年完成", "今年下半年", "2023-12-31"),
            ("下半年完成验收", "下半年", "2023-12-31"),
            ("上半年完成", "上半年", "2023-06-30"),
            (
                "不晚于2023年9月30日报送",
                "不晚于2023年9月30日",
                "2023-09-30",
            ),
            ("请不迟于5月10日反馈", "不迟于5月10日", "2023-05-10"),
            (
                "请各单位最迟于2023年6月30日完成自查",
                "最迟于2023年6月30日",
                "2023-06-30",
            ),
            ("最晚在5月10日完成", "最晚在5月10日", "2023-05-10"),
            ("最迟于5月10日前报送", "最迟于5月10日前", "2023-05-10"),
        ] {
            let (text, kind, d) = only(input, a);
            assert_eq!(
                (text.as_str(), kind, d.as_deref()),
                (phrase, "by", Some(date))
            );
        }
    }

    #[test]
    fn ok_clauses() {
        let s = "深化“证照分离”改革,力争到年底前,全省取消审批事项达100项。完善企业注销退出制度";
        let got = run(s, written("2021-04-16"));
        assert_eq!(got[0].3, "全省取消审批事项达100项");
        let s = "全面推行自主申报;6月底前出台确认制升级版改革措施,并在广东省自贸试验区实施。";
        assert_eq!(
            run(s, written("2021-04-16"))[0].3,
            "6月底前出台确认制升级版改革措施"
        );
        // Markdown's bold marks that close a heading are no part of the clause after it.
        let s = "加强市容环境整治。** 2024年10月底前完成全市主次干道环境整治。";
        assert_eq!(
            run(s, written("2024-03-01"))[0].3,
            "2024年10月底前完成全市主次干道环境整治"
        );
    }

    #[test]
    fn err_not_deadlines() {
        let a = written("2021-04-16");
        for s in [
            "落实《鼓励外商投资产业目录(2020年版)》。",
            "2021年是我们党成立100周年",
            "开展2021年全省营商环境评价工作",
            "按照每年不低于20%的比例对获证企业进行抽查",
            "(十一)深化减证便民。",
            "每年10月底前报送",
            // The recurrence governs the sentence's other months.
            "每年6月底前制定年度改造计划，12月底前完成年度任务",
            "去年底全省已完成",
            "到2027年,基本形成体系",
            "今年我省深化改革",
            "剩余价款在出让合同生效之日起一年内全部缴清",
            // Days counted from an event, or with nothing to count from: rules of procedure.
            "申请人应当自收到决定之日起15日内提出复核",
            "有关单位应当在收到通知后15个工作日内报送整改情况",
            "行政机关应当在20日内作出决定",
            "于6月30日内完成",
            // A month in the first cells of a row, or in a sentence inside a cell.
            "2025年9月\t发布\t通知",
            "1\t2025年9月\t发布",
            "1\t甲\t2025年9月召开会议",
        ] {
            assert_eq!(run(s, a), vec![], "{s}");
        }
    }

    #[test]
    fn ok_counted_from_the_document() {
        // A count of time from the issuing of the document itself runs from its date.
        let a = written("2025-03-01");
        for (s, phrase, date) in [
            (
                "各地要在本通知印发之日起30日内制定实施方案",
                "30日内",
                "2025-03-31",
            ),
            (
                "各区自本通知下发之日起三十日内完成自查",
                "三十日内",
                "2025-03-31",
            ),
            ("自印发之日起7天以内反馈意见", "7天以内", "2025-03-08"),
            ("本通知印发后一个月内报送方案", "一个月内", "2025-04-01"),
            ("自发文之日起30日内完成整改", "30日内", "2025-03-31"),
            ("自通知下達之日起15天內報送", "15天內", "2025-03-16"),
        ] {
            let got = run(s, a);
            assert_eq!(got.len(), 1, "{s}");
            assert_eq!(
                (got[0].0.as_str(), got[0].1, got[0].2.as_deref()),
                (phrase, "by", Some(date)),
                "{s}"
            );
        }
    }

    #[test]
    fn ok_unanchored() {
        let d = find_deadlines("6月底前完成", Anchors::default());
        assert_eq!(d.len(), 1);
        assert!(d[0].unanchored);
        assert_eq!(d[0].date, None);
        let d = find_deadlines(
            "6月底前完成",
            Anchors {
                option: Date::new(2020, 1, 1),
                ..Anchors::default()
            },
        );
        assert_eq!(d[0].anchor, Some(Anchor::Option));
        assert_eq!(d[0].date, Date::new(2020, 6, 30));
    }
}
