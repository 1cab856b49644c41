//! The date grammars read by hand: `YYYY年M月D日` in any digits (二〇二一年四月十六日, with 〇 ○ О O o
//! 零 as zero, 廿 卅) and `YYYY-MM-DD` (or `/`, `.`, `－`) with an optional clock time.
//!
//! A Chinese date is looked for at each 年 and an ISO date at each separator, and each is read
//! backward for its year and forward for the rest; every part that can take more or fewer
//! characters is followed by something it cannot take, so its longest reading is the only one
//! that can lead to a date. The same grammars written as regular expressions are kept in the
//! tests (`super::grammar`), and a test holds this reader to them, part by part.

use crate::extract::numeral::is_digit;
use crate::model::Span;

/// A `YYYY年M月D日` date: the places of its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CnDate {
    pub all: Span,
    pub year: Span,
    pub month: Span,
    pub day: Span,
}

/// A `YYYY-MM-DD` date: the places of its parts, and of its clock time's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct IsoDate {
    pub all: Span,
    pub year: Span,
    pub month: Span,
    pub day: Span,
    /// Hours, minutes and (optionally) seconds.
    pub time: Option<(Span, Span, Option<Span>)>,
}

/// The white space allowed between the parts of a Chinese date.
fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}')
}

/// The characters of a year written in Chinese numerals (zero as 〇, ○, ◯, Cyrillic О, O, o,
/// their full-width forms Ｏ ｏ, or 零).
fn is_cn_year_char(c: char) -> bool {
    matches!(
        c,
        '〇' | '○'
            | '◯'
            | 'О'
            | 'O'
            | 'o'
            | 'Ｏ'
            | 'ｏ'
            | '零'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
    )
}

const ONE_TO_NINE: [char; 9] = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// A cursor over `s` from a character boundary.
fn char_at(s: &str, p: usize) -> Option<char> {
    s.get(p..)?.chars().next()
}

/// Past the character at `p` when `ok` accepts it.
fn take(s: &str, p: usize, ok: impl Fn(char) -> bool) -> Option<usize> {
    char_at(s, p).filter(|&c| ok(c)).map(|c| p + c.len_utf8())
}

/// Past a run (possibly empty) of characters `ok` accepts.
fn skip(s: &str, mut p: usize, ok: impl Fn(char) -> bool) -> usize {
    while let Some(q) = take(s, p, &ok) {
        p = q;
    }
    p
}

/// Past one or two digits of either width.
fn one_or_two_digits(s: &str, p: usize) -> Option<usize> {
    let q = take(s, p, is_digit)?;
    Some(take(s, q, is_digit).unwrap_or(q))
}

/// The longest month at `p`: one or two digits, 十[一二]?, or a Chinese digit.
fn month(s: &str, p: usize) -> Option<usize> {
    if let Some(q) = one_or_two_digits(s, p) {
        return Some(q);
    }
    if let Some(q) = take(s, p, |c| c == '十') {
        return Some(take(s, q, |c| matches!(c, '一' | '二')).unwrap_or(q));
    }
    take(s, p, |c| ONE_TO_NINE.contains(&c))
}

/// The longest day at `p`: one or two digits, [一二三]?十[一-九]?, 廿[一-九]?, 卅一?, or a
/// Chinese digit.
fn day(s: &str, p: usize) -> Option<usize> {
    if let Some(q) = one_or_two_digits(s, p) {
        return Some(q);
    }
    let nine = |c: char| ONE_TO_NINE.contains(&c);
    let tens = take(s, p, |c| matches!(c, '一' | '二' | '三'))
        .and_then(|q| take(s, q, |c| c == '十'))
        .or_else(|| take(s, p, |c| matches!(c, '十' | '廿')));
    if let Some(q) = tens {
        return Some(take(s, q, nine).unwrap_or(q));
    }
    if let Some(q) = take(s, p, |c| c == '卅') {
        return Some(take(s, q, |c| c == '一').unwrap_or(q));
    }
    take(s, p, nine)
}

/// Every `YYYY年M月D日` date in `s`, in order, none overlapping.
pub(super) fn cn_dates(s: &str) -> impl Iterator<Item = CnDate> + '_ {
    static NIAN: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("年".as_bytes()));
    let mut at = 0;
    let mut years = NIAN.find_iter(s.as_bytes());
    std::iter::from_fn(move || {
        for t in years.by_ref() {
            if t < at {
                continue;
            }
            let Some(year) = year_before(s, at, t) else {
                continue;
            };
            if let Some((month, day, end)) = month_day_after(s, t + "年".len()) {
                at = end;
                return Some(CnDate {
                    all: Span::new(year.start, end),
                    year,
                    month,
                    day,
                });
            }
        }
        None
    })
}

/// The year of a date whose 年 is at `t`: four digits, or two to four Chinese numerals (the
/// last four of a longer run), before white space, none before `at`.
fn year_before(s: &str, at: usize, t: usize) -> Option<Span> {
    let before = &s[at..t];
    let mut chars = before.char_indices().rev().peekable();
    while chars.next_if(|&(_, c)| is_gap(c)).is_some() {}
    let &(last, c) = chars.peek()?;
    let end = at + last + c.len_utf8();
    if is_digit(c) {
        return fourth_digit_back(chars).map(|i| Span::new(at + i, end));
    }
    // Two to four Chinese numerals: as many as there are, up to four.
    let mut start = None;
    for (k, (i, c)) in chars.take(4).enumerate() {
        if !is_cn_year_char(c) {
            break;
        }
        if k >= 1 {
            start = Some(at + i);
        }
    }
    start.map(|st| Span::new(st, end))
}

/// `[gap] M [gap] 月 [gap] D [gap] (日|号|號)` from `p`: month, day, end.
fn month_day_after(s: &str, p: usize) -> Option<(Span, Span, usize)> {
    let m0 = skip(s, p, is_gap);
    let m1 = month(s, m0)?;
    let q = take(s, skip(s, m1, is_gap), |c| c == '月')?;
    let d0 = skip(s, q, is_gap);
    let d1 = day(s, d0)?;
    let end = take(s, skip(s, d1, is_gap), |c| matches!(c, '日' | '号' | '號'))?;
    Some((Span::new(m0, m1), Span::new(d0, d1), end))
}

/// Every `YYYY-MM-DD` date in `s`, in order, none overlapping.
pub(super) fn iso_dates(s: &str) -> impl Iterator<Item = IsoDate> + '_ {
    let b = s.as_bytes();
    let mut at = 0;
    let mut t = 0;
    std::iter::from_fn(move || {
        while t < b.len() {
            let here = t;
            t += 1;
            let sep_end = match b[here] {
                b'-' | b'/' | b'.' => here + 1,
                0xEF if b.get(here + 1..here + 3) == Some(&[0xBC, 0x8D]) => here + 3,
                _ => continue,
            };
            let Some(year) = four_digits_before(s, at, here) else {
                continue;
            };
            if let Some(d) = iso_rest(s, year, sep_end) {
                at = d.all.end;
                t = at;
                return Some(d);
            }
        }
        None
    })
}

/// Four digits of either width just before `t`, none before `at`.
fn four_digits_before(s: &str, at: usize, t: usize) -> Option<Span> {
    fourth_digit_back(s[at..t].char_indices().rev()).map(|i| Span::new(at + i, t))
}

/// Where the fourth of the characters `back` yields (walking backward) starts, when all four
/// are digits.
fn fourth_digit_back(back: impl Iterator<Item = (usize, char)>) -> Option<usize> {
    let mut fourth = None;
    for (k, (i, c)) in back.take(4).enumerate() {
        if !is_digit(c) {
            return None;
        }
        if k == 3 {
            fourth = Some(i);
        }
    }
    fourth
}

/// The rest of an ISO date after its year and first separator.
fn iso_rest(s: &str, year: Span, p: usize) -> Option<IsoDate> {
    let is_sep = |c: char| matches!(c, '-' | '/' | '.' | '－');
    let m1 = one_or_two_digits(s, p)?;
    let d0 = take(s, m1, is_sep)?;
    let d1 = one_or_two_digits(s, d0)?;
    let time = clock(s, d1);
    let end = time.map_or(d1, |(_, mi, sec)| sec.unwrap_or(mi).end);
    Some(IsoDate {
        all: Span::new(year.start, end),
        year,
        month: Span::new(p, m1),
        day: Span::new(d0, d1),
        time,
    })
}

/// `[ T\u{3000}]+ H{1,2} [:：] MM ([:：] SS)?` after a date, ASCII digits.
fn clock(s: &str, p: usize) -> Option<(Span, Span, Option<Span>)> {
    let ascii = |q: usize| take(s, q, |c| c.is_ascii_digit());
    let colon = |q: usize| take(s, q, |c| matches!(c, ':' | '：'));
    let h0 = take(s, p, |c| matches!(c, ' ' | 'T' | '\u{3000}'))?;
    let h0 = skip(s, h0, |c| matches!(c, ' ' | 'T' | '\u{3000}'));
    let h1 = ascii(h0)?;
    let h1 = ascii(h1).unwrap_or(h1);
    let mi0 = colon(h1)?;
    let mi1 = ascii(ascii(mi0)?)?;
    let sec = colon(mi1).and_then(|s0| Some(Span::new(s0, ascii(ascii(s0)?)?)));
    Some((Span::new(h0, h1), Span::new(mi0, mi1), sec))
}
