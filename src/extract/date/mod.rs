//! Calendar dates as notices write them: 2021年4月16日, 2021-04-16, 二〇二一年四月十六日 (with
//! 〇 ○ О O as zero, 廿 卅), full-width digits, and damaged forms (2015414, OO五年…).
//!
//! Pure functions over a text slice; spans are local to the slice.

use super::numeral;
use crate::model::{Date, Span};
use crate::segment::has_char;

/// A date read from text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    /// The date.
    pub date: Date,
    /// Local span of the date phrase.
    pub span: Span,
    /// Whether the phrase was damaged and recovered (lost separators, lost year digits).
    pub damaged: bool,
    /// A clock time written after it (`10:25:55` → `10:25:55`).
    pub time: Option<(u32, u32, u32)>,
}

mod reader;

#[cfg(test)]
mod grammar;

fn year_of(s: &str, hint: Option<i32>) -> Option<(i32, bool)> {
    let (v, n) = numeral::year_digits(s)?;
    let v = i32::try_from(v).ok()?;
    match n {
        4 => Some((v, false)),
        // Two or three digits: the leading digits were dropped (〇七年, OO五年). Take them from
        // the hint (the document number's year) when its last digits agree.
        2 | 3 => {
            let m = if n == 2 { 100 } else { 1000 };
            match hint {
                Some(h) if h.rem_euclid(m) == v => Some((h, true)),
                Some(_) => None,
                None if n == 3 && v < 100 => Some((2000 + v, true)),
                None => None,
            }
        }
        _ => None,
    }
}

fn is_boundary_digit(s: &str, at: usize, before: bool) -> bool {
    if before {
        s[..at]
            .chars()
            .next_back()
            .is_some_and(|c| numeral::digit(c).is_some())
    } else {
        s[at..]
            .chars()
            .next()
            .is_some_and(|c| numeral::digit(c).is_some())
    }
}

/// Every complete date (year, month and day) in `s`, in order.
///
/// `year_hint` completes years that lost their leading digits.
#[must_use]
pub fn find_dates(s: &str, year_hint: Option<i32>) -> Vec<FoundDate> {
    let mut out = Vec::new();
    // YYYY年M月D日 holds 年 and 月; YYYY-MM-DD a digit before a separator.
    let cn = has_char(s, '年') && has_char(s, '月');
    let b = s.as_bytes();
    let digit_before = |i: usize| {
        (i > 0 && b[i - 1].is_ascii_digit())
            || (i >= 3 && b[i - 3] == 0xEF && b[i - 2] == 0xBC && (0x90..=0x99).contains(&b[i - 1]))
    };
    let iso = has_char(s, '－') || memchr::memchr3_iter(b'-', b'/', b'.', b).any(digit_before);
    if !cn && !iso {
        return out;
    }
    let cn_dates = if cn { Some(reader::cn_dates(s)) } else { None };
    for found in cn_dates.into_iter().flatten() {
        let yy = &s[found.year.range()];
        // A year of Arabic digits must not be glued to more digits (12021年).
        if yy.chars().all(|c| numeral::digit(c).is_some())
            && is_boundary_digit(s, found.all.start, true)
        {
            continue;
        }
        let Some((year, damaged)) = year_of(yy, year_hint) else {
            continue;
        };
        let (Some(m), Some(d)) = (
            numeral::any(&s[found.month.range()]),
            numeral::any(&s[found.day.range()]),
        ) else {
            continue;
        };
        if let Some(date) = Date::new(year, m, d) {
            out.push(FoundDate {
                date,
                span: found.all,
                damaged,
                time: None,
            });
        }
    }
    let iso_dates = if iso {
        Some(reader::iso_dates(s))
    } else {
        None
    };
    for found in iso_dates.into_iter().flatten() {
        if is_boundary_digit(s, found.all.start, true) {
            continue;
        }
        let d_end = found.day.end;
        if found.time.is_none() && is_boundary_digit(s, d_end, false) {
            continue;
        }
        let num = |sp: Span| numeral::arabic(&s[sp.range()]);
        let (Some(y), Some(m), Some(d)) = (num(found.year), num(found.month), num(found.day))
        else {
            continue;
        };
        let Some(date) = Date::new(y as i32, m, d) else {
            continue;
        };
        let time = match found.time {
            Some((h, mi, sec)) => match (num(h), num(mi)) {
                (Some(h), Some(mi)) if h < 24 && mi < 60 => {
                    Some((h, mi, sec.and_then(num).unwrap_or(0)))
                }
                _ => None,
            },
            None => None,
        };
        let end = if time.is_some() { found.all.end } else { d_end };
        out.push(FoundDate {
            date,
            span: Span::new(found.all.start, end),
            damaged: false,
            time,
        });
    }
    out.sort_by_key(|d| d.span.start);
    out
}

/// Digits of a date that lost its separators: 2015414 → 2015-04-14, only when exactly one
/// reading is a valid date.
fn fused(s: &str) -> Option<Date> {
    let digits: Vec<u32> = s.chars().map(numeral::digit).collect::<Option<_>>()?;
    if !(6..=8).contains(&digits.len()) {
        return None;
    }
    let year = digits[..4].iter().fold(0, |a, d| a * 10 + d) as i32;
    if !(1900..=2100).contains(&year) {
        return None;
    }
    let rest = &digits[4..];
    let num = |ds: &[u32]| ds.iter().fold(0, |a, d| a * 10 + d);
    let mut readings = Vec::new();
    for split in 1..rest.len() {
        let (m, d) = rest.split_at(split);
        if m.len() > 2 || d.len() > 2 || (m.len() == 2 && m[0] == 0 && rest.len() < 4) {
            continue;
        }
        if let Some(date) = Date::new(year, num(m), num(d)) {
            readings.push(date);
        }
    }
    readings.dedup();
    (readings.len() == 1).then(|| readings[0])
}

/// A whole date that lost its last 日 (`2019年8月28`, `二〇一九年八月二十八`): the date it
/// reads as with the mark put back.
fn without_day_mark(t: &str, year_hint: Option<i32>) -> Option<Date> {
    let last = t.chars().next_back()?;
    if !(numeral::digit(last).is_some() || numeral::chinese_digit(last).is_some() || last == '十')
        || !crate::segment::has_char(t, '月')
        || !crate::segment::chars_at_most(t, 16)
    {
        return None;
    }
    let mended = format!("{t}日");
    let f = find_dates(&mended, year_hint).into_iter().next()?;
    (f.span.start == 0 && f.span.end == mended.len()).then_some(f.date)
}

/// The date when `s` (trimmed) is nothing but a date, possibly followed by a time.
///
/// Recovers a date that lost its separators (2015414) when only one reading is valid, and
/// marks it `damaged`.
#[must_use]
pub fn date_line(s: &str, year_hint: Option<i32>) -> Option<FoundDate> {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if t.is_empty() || t.len() > 60 {
        return None;
    }
    let off = t.as_ptr() as usize - s.as_ptr() as usize;
    if let Some(f) = find_dates(t, year_hint).into_iter().next() {
        if f.span.start == 0 && t[f.span.end..].trim().is_empty() {
            return Some(FoundDate {
                span: f.span.shift(off),
                ..f
            });
        }
        return None;
    }
    fused(t)
        .or_else(|| without_day_mark(t, year_hint))
        .map(|date| FoundDate {
            date,
            span: Span::new(off, off + t.len()),
            damaged: true,
            time: None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_in_any_digits_pass_the_prefilter() {
        for s in [
            "２０２１-０５-１４",
            "２０２１－０５－１４",
            "2021.5.14",
            "发布：2021/05/14",
        ] {
            let d = find_dates(s, None);
            assert_eq!(
                d.first().map(|f| f.date.to_string()).as_deref(),
                Some("2021-05-14"),
                "{s}"
            );
        }
        assert!(find_dates("1. 总体要求", None).is_empty());
    }

    fn d(s: &str) -> Option<String> {
        date_line(s, None).map(|f| f.date.to_string())
    }

    #[test]
    fn ok_date_lines() {
        let cases = [
            ("2021年4月16日", "2021-04-16"),
            ("  2021年4月16日  ", "2021-04-16"),
            ("2021-04-16", "2021-04-16"),
            ("2021/4/16", "2021-04-16"),
            ("２０２１年４月１６日", "2021-04-16"),
            ("二〇二一年四月十六日", "2021-04-16"),
            ("二○○七年六月十八日", "2007-06-18"),
            ("二〇一二年十一月十六日", "2012-11-16"),
            ("一九六○年九月卅日", "1960-09-30"),
            ("二ОО八年一月二十日", "2008-01-20"),
            ("2021 年 4 月 16 日", "2021-04-16"),
            ("2015414", "2015-04-14"),
            ("2021-05-14 10:25:55", "2021-05-14"),
            ("二ＯＯ八年三月五日", "2008-03-05"),
            // A date that lost its last 日.
            ("2019年8月28", "2019-08-28"),
            ("二〇一九年八月二十八", "2019-08-28"),
        ];
        for (s, want) in cases {
            assert_eq!(d(s).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn ok_a_date_that_lost_its_day_mark_is_damaged() {
        let f = date_line("2019年12月3", None).expect("date");
        assert_eq!(
            (f.date.to_string().as_str(), f.damaged),
            ("2019-12-03", true)
        );
        assert!(!date_line("2019年12月3日", None).expect("date").damaged);
        // No day that exists, or more than a day after the month: no date.
        assert!(date_line("2019年2月30", None).is_none());
        assert!(date_line("2019年8月28项", None).is_none());
    }

    #[test]
    fn ok_damaged_years_use_the_hint() {
        let f = date_line("OO五年十二月十三日", Some(2005)).expect("date");
        assert_eq!(f.date.to_string(), "2005-12-13");
        assert!(f.damaged);
        let f = date_line("〇七年六月十八日", Some(2007)).expect("date");
        assert_eq!(f.date.to_string(), "2007-06-18");
    }

    #[test]
    fn err_not_date_lines() {
        for s in [
            "2021年是我们党成立100周年",
            "2021年4月",
            "省政府办公厅",
            "2021年2月30日",
            "20211",
            "2021111",
            "12021年4月16日",
            "",
        ] {
            assert_eq!(d(s), None, "{s}");
        }
    }

    #[test]
    fn ok_find_in_text() {
        let s = "延长至2022年4月30日。时间 : 2021-05-14 10:25:55 来源";
        let found = find_dates(s, None);
        assert_eq!(found.len(), 2);
        assert_eq!(&s[found[0].span.range()], "2022年4月30日");
        assert_eq!(&s[found[1].span.range()], "2021-05-14 10:25:55");
        assert_eq!(found[1].time, Some((10, 25, 55)));
    }
}
