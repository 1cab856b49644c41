//! Deadlines (6月底前, 年底前, 年内, 5年内, 从4月起, 延长至2022年4月30日, 上半年, 三季度末,
//! 10月8日12:00前, 2021年5月1日至2022年4月30日, 分别于…、…和…前) resolved to dates.
//!
//! Relative phrases resolve against an anchor: the document's written date, else its publication
//! date, else the reference date of the options; never the machine's clock. A recurrence
//! (每年10月底前), a past fact (去年底) and a bare year are not deadlines.
//!
//! Pure functions over a text slice; spans are local to the slice.

use std::sync::LazyLock;

use super::captures::{Caps, Grammar};

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

const YEAR: &str = "[0-9０-９]{4}";
const MONTH: &str = "1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九]";
const DAY: &str = "3[01]|[12][0-9]|0?[1-9]|３[０１]|[１２][０-９]|０?[１-９]|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]";
const COUNT: &str = "[0-9０-９]{1,2}|[一二两兩三四五六七八九十]{1,3}|半";

/// The alternatives of the deadline grammar, in priority order (leftmost-first).
static ALTERNATIVES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let date = |p: &str| {
        format!(
            r"(?:(?P<{p}y>{YEAR})[\x20]*年[\x20]*)?(?P<{p}m>{MONTH})[\x20]*月[\x20]*(?P<{p}d>{DAY})[\x20]*[日号號]"
        )
    };
    let any_date = format!("(?:(?:{YEAR})年)?(?:{MONTH})月(?:{DAY})[日号號]");
    let (ra, rb, u, c, b) = (date("ra"), date("rb"), date("u"), date("c"), date("b"));
    vec![
        format!(r"(?P<range>{ra}[\x20]*(?:至|到|—|－|~|～)[\x20]*{rb})"),
        format!(r"(?P<list>{any_date}(?:(?:、|和|及|与|,|，){any_date})+[\x20]*(?:之前|以前|前))"),
        format!(
            r"(?P<until>(?:延长|延長|延|截止|截)?至[\x20]*(?:{u}|(?P<uey>{YEAR})[\x20]*年年?(?:底|末)))"
        ),
        format!(r"(?P<cutoff>截止(?:时间|時間|日期)?(?:为|為|是|:|：)[\x20]*{c})"),
        format!(
            r"(?P<from>(?P<fpre>从|從|自)?(?:(?P<fy>{YEAR})[\x20]*年[\x20]*)?(?P<fm>{MONTH})[\x20]*月(?:[\x20]*(?P<fd>{DAY})[\x20]*[日号號])?[\x20]*(?:起|开始|開始))"
        ),
        format!(
            r"(?P<bydate>{b}(?:[\x20]*(?P<bt>[0-9０-９]{{1,2}}[:：][0-9０-９]{{2}}))?[\x20]*(?:之前|以前|前))"
        ),
        format!(
            r"(?P<bymonth>(?:(?P<bmy>{YEAR})[\x20]*年[\x20]*)?(?P<bmm>{MONTH})[\x20]*月(?:底|末|份底)(?:之前|以前|前)?)"
        ),
        format!(
            r"(?P<yearend>(?:(?P<yey>{YEAR})[\x20]*年?|(?P<yerel>今|本|当|當|明|次|去|上|前))?年(?:底|末)(?:之前|以前|前)?)"
        ),
        format!(
            r"(?P<within>(?P<wn>{COUNT})[\x20]*(?:个|個)?(?P<wu>年|月|季度)(?:内|內|以内|以內))"
        ),
        format!(r"(?P<yearin>(?:(?P<yiy>{YEAR})|今|本|当|當)?年(?:内|內))"),
        format!(r"(?P<half>(?:(?P<hy>{YEAR})[\x20]*年|今年|本年)?上半年)"),
        format!(
            r"(?P<quarter>(?:(?P<qy>{YEAR})[\x20]*年)?第?(?P<qn>[一二三四1-4１-４])季度(?:末|底)?)"
        ),
        format!(r"(?P<fromyear>(?:从|從|自)(?P<fyy>{YEAR})[\x20]*年度?[\x20]*(?:起|开始|開始))"),
    ]
});

/// The whole grammar: the alternatives searched as one (leftmost-first, earlier alternatives
/// preferred) by a DFA that reports which one matched.
static DEADLINE: LazyLock<Grammar> = LazyLock::new(|| Grammar::new_many(&ALTERNATIVES));

/// Each alternative alone, to read the groups of a match found by [`DEADLINE`]: a small regex
/// over the matched span instead of the whole grammar.
static ALONE: LazyLock<Vec<Grammar>> =
    LazyLock::new(|| ALTERNATIVES.iter().map(|a| Grammar::new(a)).collect());

/// One date inside a `list` match.
static LIST_DATE: LazyLock<Grammar> = LazyLock::new(|| {
    Grammar::new(&format!(
        "(?:(?P<y>{YEAR})年)?(?P<m>{MONTH})月(?P<d>{DAY})[日号號]"
    ))
});

fn num(caps: &Caps<'_, '_>, name: &str) -> Option<u32> {
    caps.name(name).and_then(|m| numeral::any(m.as_str()))
}

fn year(caps: &Caps<'_, '_>, name: &str) -> Option<i32> {
    caps.name(name)
        .and_then(|m| numeral::arabic(m.as_str()))
        .and_then(|y| i32::try_from(y).ok())
}

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
        _ => jiff::Span::new().months(n),
    };
    anchor.to_jiff().checked_add(span).ok().map(Date::from_jiff)
}

fn is_delim(c: char) -> bool {
    matches!(c, '，' | ',' | '；' | ';' | '。' | '！' | '!' | '？' | '?')
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
    let start = s[lo..phrase.start].rfind(is_delim).map_or(lo, |i| {
        lo + i + s[lo + i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = s[phrase.end..hi]
        .find(is_delim)
        .map_or(hi, |i| phrase.end + i);
    let own = trim(s, Span::new(start, end));
    let tail = s[phrase.end..end].trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let comma_after = s[end..].starts_with(['，', ',']);
    if tail.is_empty() && comma_after {
        let next_start = end + s[end..].chars().next().map_or(1, char::len_utf8);
        let mut far = (next_start + REACH).min(s.len());
        while !s.is_char_boundary(far) {
            far -= 1;
        }
        let next_end = s[next_start..far]
            .find(is_delim)
            .map_or(far, |i| next_start + i);
        let next = trim(s, Span::new(next_start, next_end));
        if !next.is_empty() {
            return next;
        }
    }
    own
}

fn trim(s: &str, sp: Span) -> Span {
    let t = &s[sp.range()];
    let lead = t.len()
        - t.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
            .len();
    let kept = t
        .trim_end_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .len();
    Span::new(sp.start + lead.min(kept), sp.start + kept)
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

fn digit_before(s: &str, at: usize) -> bool {
    s[..at]
        .chars()
        .next_back()
        .is_some_and(|c| numeral::digit(c).is_some())
}

/// Every deadline phrase holds one of these characters.
const TRIGGERS: [char; 4] = ['月', '年', '季', '至'];

/// No phrase of the grammar has more than this many bytes, spaces aside, before its first
/// [`TRIGGERS`] character: the longest is a cut-off with a year, `截止时间为２０２１年` (15 bytes
/// of label, 12 of full-width year). Kept well above that.
const LEAD_IN: usize = 64;

/// The first trigger character at or after `from`.
fn next_trigger(s: &str, from: usize) -> Option<usize> {
    static FIND: LazyLock<Grammar> =
        LazyLock::new(|| Grammar::new(&TRIGGERS.map(String::from).join("|")));
    FIND.find_at(s, from).map(|(_, r)| r.start)
}

/// Every match of [`DEADLINE`] in `s`, as a scan of the whole text finds them; but the scan
/// starts shortly before the next trigger character (at most [`LEAD_IN`] bytes before it,
/// spaces aside) and stops when no trigger is left, so that prose without deadlines is
/// skipped by a fast literal search instead of walked by the grammar's automaton.
fn matches(s: &str) -> impl Iterator<Item = (usize, std::ops::Range<usize>)> + '_ {
    let b = s.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        if at > s.len() {
            return None;
        }
        let trigger = next_trigger(s, at)?;
        // Back from the trigger over LEAD_IN bytes that are not spaces, to a character
        // boundary, never before `at`.
        let mut from = trigger;
        let mut taken = 0;
        while from > at && taken < LEAD_IN {
            from -= 1;
            if b[from] != b' ' {
                taken += 1;
            }
        }
        while !s.is_char_boundary(from) {
            from -= 1;
        }
        let from = from.max(at);
        let (alternative, range) = DEADLINE.find_at(s, from)?;
        // The grammar matches no empty text; were it to, step past it.
        at = if range.is_empty() {
            range.end + s[range.end..].chars().next().map_or(1, char::len_utf8)
        } else {
            range.end
        };
        Some((alternative, range))
    })
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
    let anchor = anchors.pick();
    for (alternative, range) in matches(s) {
        let Some(caps) = ALONE[alternative].captures_at(s, range) else {
            continue;
        };
        let all = caps.get(0).expect("match");
        let (base, found_end) = (all.start(), all.end());
        let whole = Span::new(base, found_end);
        if digit_before(s, base) || is_recurring(s, base) {
            continue;
        }
        let before = &s[..base];
        // …之日起一年内, 收到后3个月内: counted from an event, not from the document.
        let event_relative =
            before.ends_with('起') || before.ends_with('后') || before.ends_with('後');
        if caps.is("within") && event_relative {
            continue;
        }
        // 下一年度1月1日起, 明年6月底前: the year after the anchor's.
        let next_year_words = ["下一年度", "下一年", "下年度", "明年", "次年", "翌年"];
        let shift = i64::from(next_year_words.iter().any(|w| before.ends_with(w)));
        let mut push =
            |span: Span, kind: DeadlineKind, resolved: Resolved, time: Option<String>| {
                let (date, anchor_used, unanchored) = match resolved {
                    Resolved::Absolute(d) => (d, None, false),
                    Resolved::Relative(f) => match anchor {
                        Some((a, which)) => {
                            let a = add(a, shift, "年").unwrap_or(a);
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
        if caps.is("range") {
            let a = caps.name("ram").expect("ram");
            let start = caps.name("ray").unwrap_or(a).start();
            let rad_end = caps.name("rad").expect("rad").end();
            let first_end = s[rad_end..found_end]
                .char_indices()
                .find(|&(_, c)| matches!(c, '日' | '号' | '號'))
                .map_or(rad_end, |(i, c)| rad_end + i + c.len_utf8());
            let fy = year(&caps, "ray");
            let (fm, fd) = (num(&caps, "ram"), num(&caps, "rad"));
            let from = day_phrase(fy, fm, fd, None);
            push(Span::new(start, first_end), DeadlineKind::From, from, None);
            let sy = year(&caps, "rby").or(fy);
            let until = day_phrase(sy, num(&caps, "rbm"), num(&caps, "rbd"), None);
            let b = caps.name("rbm").expect("rbm");
            let until_start = caps.name("rby").unwrap_or(b).start();
            push(
                Span::new(until_start, found_end),
                DeadlineKind::Until,
                until,
                None,
            );
        } else if caps.is("list") {
            let mut last_year = None;
            let dates: Vec<_> = LIST_DATE.captures_iter(all.as_str()).collect();
            for (k, dc) in dates.iter().enumerate() {
                let m = dc.get(0).expect("date");
                let y = year(dc, "y").or(last_year);
                last_year = y;
                let end = if k + 1 == dates.len() {
                    found_end
                } else {
                    base + m.end()
                };
                let resolved = day_phrase(y, num(dc, "m"), num(dc, "d"), Some(true));
                push(
                    Span::new(base + m.start(), end),
                    DeadlineKind::By,
                    resolved,
                    None,
                );
            }
        } else if caps.is("until") {
            let resolved = if let Some(y) = year(&caps, "uey") {
                Resolved::Absolute(Date::new(y, 12, 31))
            } else {
                day_phrase(year(&caps, "uy"), num(&caps, "um"), num(&caps, "ud"), None)
            };
            push(whole, DeadlineKind::Until, resolved, None);
        } else if caps.is("cutoff") {
            let resolved = day_phrase(
                year(&caps, "cy"),
                num(&caps, "cm"),
                num(&caps, "cd"),
                Some(true),
            );
            push(whole, DeadlineKind::By, resolved, None);
        } else if caps.is("fromyear") {
            let resolved = Resolved::Absolute(year(&caps, "fyy").and_then(|y| Date::new(y, 1, 1)));
            push(whole, DeadlineKind::From, resolved, None);
        } else if caps.is("from") {
            let (y, m) = (year(&caps, "fy"), num(&caps, "fm"));
            let d = num(&caps, "fd").or(Some(1));
            push(
                whole,
                DeadlineKind::From,
                day_phrase(y, m, d, Some(false)),
                None,
            );
        } else if caps.is("bydate") {
            let b = caps.name("bm").expect("bm");
            let start = caps.name("by").unwrap_or(b).start();
            let time = caps.name("bt").map(|t| fold_time(t.as_str()));
            let resolved = day_phrase(
                year(&caps, "by"),
                num(&caps, "bm"),
                num(&caps, "bd"),
                Some(true),
            );
            push(
                Span::new(start, found_end),
                DeadlineKind::By,
                resolved,
                time,
            );
        } else if caps.is("bymonth") {
            let (y, m) = (year(&caps, "bmy"), num(&caps, "bmm"));
            let resolved = match (y, m) {
                (Some(y), Some(m)) => Resolved::Absolute(last_of_month(y, m)),
                (None, Some(m)) => Resolved::Relative(Rule::MonthEnd(m)),
                _ => continue,
            };
            push(whole, DeadlineKind::By, resolved, None);
        } else if caps.is("yearend") {
            let resolved = match (year(&caps, "yey"), caps.name("yerel").map(|m| m.as_str())) {
                (Some(y), _) => Resolved::Absolute(Date::new(y, 12, 31)),
                (None, Some("去" | "上" | "前")) => continue,
                (None, Some("明" | "次")) => Resolved::Relative(Rule::YearEnd(1)),
                (None, _) => Resolved::Relative(Rule::YearEnd(0)),
            };
            push(whole, DeadlineKind::By, resolved, None);
        } else if caps.is("within") {
            let n = match caps.name("wn").map(|m| m.as_str()) {
                Some("半") => None,
                Some(t) => numeral::any(t),
                None => None,
            };
            let unit = match caps.name("wu").map(|m| m.as_str()) {
                Some("月") => "月",
                Some("季度") => "季度",
                _ => "年",
            };
            let resolved = match n {
                Some(n) => Resolved::Relative(Rule::After(i64::from(n), unit)),
                None if unit == "年" => Resolved::Relative(Rule::After(6, "月")),
                None => continue,
            };
            push(whole, DeadlineKind::By, resolved, None);
        } else if caps.is("yearin") {
            let resolved = match year(&caps, "yiy") {
                Some(y) => Resolved::Absolute(Date::new(y, 12, 31)),
                None => Resolved::Relative(Rule::YearEnd(0)),
            };
            push(whole, DeadlineKind::By, resolved, None);
        } else if caps.is("half") {
            let resolved = match year(&caps, "hy") {
                Some(y) => Resolved::Absolute(Date::new(y, 6, 30)),
                None => Resolved::Relative(Rule::HalfYear),
            };
            push(whole, DeadlineKind::By, resolved, None);
        } else if caps.is("quarter") {
            let Some(q) = caps.name("qn").and_then(|m| numeral::any(m.as_str())) else {
                continue;
            };
            let resolved = match year(&caps, "qy") {
                Some(y) => Resolved::Absolute(last_of_month(y, q * 3)),
                None => Resolved::Relative(Rule::QuarterEnd(q)),
            };
            push(whole, DeadlineKind::By, resolved, None);
        }
    }
}

fn fold_time(t: &str) -> String {
    let folded: String = t
        .chars()
        .map(|c| match c {
            '：' => ':',
            c => numeral::digit(c).map_or(c, |d| char::from(b'0' + d as u8)),
        })
        .collect();
    match folded.split_once(':') {
        Some((h, m)) if h.len() == 1 => format!("0{h}:{m}"),
        _ => folded,
    }
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
    /// The end of a month, by the next-year rule.
    MonthEnd(u32),
    /// 31 December of the anchor's year plus this many years.
    YearEnd(i32),
    /// 30 June of the anchor's year.
    HalfYear,
    /// The end of a quarter of the anchor's year.
    QuarterEnd(u32),
    /// The anchor plus a number of 年, 季度 or 月.
    After(i64, &'static str),
}

impl Rule {
    fn apply(self, a: Date) -> Option<Date> {
        match self {
            Rule::Day { m, d, next_year } => place_in_year(a, |y| Date::new(y, m, d), next_year),
            Rule::MonthEnd(m) => place_in_year(a, |y| last_of_month(y, m), true),
            Rule::YearEnd(k) => Date::new(a.year() + k, 12, 31),
            Rule::HalfYear => Date::new(a.year(), 6, 30),
            Rule::QuarterEnd(q) => last_of_month(a.year(), q * 3),
            Rule::After(n, unit) => add(a, n, unit),
        }
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

    /// The windowed search finds what a scan of the whole text finds: on every line of the
    /// fixtures and on generated text of deadline phrases, long prose, spaces and triggers.
    #[test]
    fn ok_windowed_search_is_the_full_scan() {
        let mut texts: Vec<String> = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut stack = vec![root];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).expect("fixtures").flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if let Ok(t) = std::fs::read_to_string(&p) {
                    texts.extend(t.lines().map(String::from));
                    texts.push(t);
                }
            }
        }
        let pieces = [
            "截止时间为   ２０２１   年  ６  月  ３０  日",
            "截止日期：2021年6月30日前",
            "从   2022   年度起",
            "2021年3月1日至2022年12月31日",
            "1月1日、2月1日、3月1日前",
            "今年年底前",
            "三个月内",
            "第一季度末",
            "延长至2025年底",
            "上半年",
            "各地各部门要认真贯彻落实，切实加强组织领导，",
            "                                                                      ",
            "年",
            "月",
            "2021",
            "。",
            "；",
            "2021年。6月30日前",
            "2021年\n6月底前",
            "\n",
        ];
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..8 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            texts.push(t);
        }
        for t in &texts {
            let windowed: Vec<_> = matches(t).collect();
            let full: Vec<_> = DEADLINE.find_iter(t).collect();
            assert_eq!(windowed, full, "{t}");
        }
    }

    fn written(s: &str) -> Anchors {
        Anchors {
            written: Date::parse_iso(s),
            ..Anchors::default()
        }
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
            ("到2019年6月底,基本实现", "2019年6月底", "by", "2019-06-30"),
            (
                "实施期限至2021年12月31日。",
                "至2021年12月31日",
                "until",
                "2021-12-31",
            ),
            ("上半年完成", "上半年", "by", "2021-06-30"),
            ("三季度末前完成", "三季度末", "by", "2021-09-30"),
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
            ("下一年度1月1日起实行", "1月1日起", "from", "2022-01-01"),
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
            let got = run(input, a);
            assert_eq!(got.len(), 1, "{input}: {got:?}");
            assert_eq!(got[0].0, phrase, "{input}");
            assert_eq!(got[0].1, kind, "{input}");
            assert_eq!(got[0].2.as_deref(), Some(date), "{input}");
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
            "去年底全省已完成",
            "到2027年,基本形成体系",
            "今年我省深化改革",
            "剩余价款在出让合同生效之日起一年内全部缴清",
        ] {
            assert_eq!(run(s, a), vec![], "{s}");
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
