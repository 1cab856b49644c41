//! The deadline grammar read by hand: sixteen kinds of phrase, tried in a fixed order at each
//! place a phrase can start, the first that reads wins (the leftmost phrase, and at one place the
//! earliest kind). Each kind is read left to right without backtracking: every part that can
//! take more or fewer characters (a month, a day, a count, runs of spaces) is followed by
//! something it cannot take, so its longest reading is the only one that can lead to a phrase.
//!
//! The same grammar written as regular expressions is kept in the tests
//! (`super::grammar`), and a test holds this reader to it, part by part, on every line of the
//! fixtures and on generated text.

use std::sync::LazyLock;

use crate::model::Span;

/// A date's parts: `[YEAR 年] MONTH 月 DAY 日`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DateAt {
    pub year: Option<Span>,
    pub month: Span,
    pub day: Span,
    /// Just after its 日/号/號.
    pub end: usize,
}

/// Which kind of phrase was read, with the places of its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Phrase {
    /// `2021年5月1日至2022年4月30日`, with a clock time at either end or not
    /// (`5月1日0时至5月5日24时`); `2024年2月10日至17日` (then `second_day` is the second end's
    /// day, of the first's month); with neither, the second end is the first's day
    /// (`5月1日8:00至12:00`).
    Range {
        first: DateAt,
        first_time: Option<Span>,
        second: Option<DateAt>,
        second_day: Option<Span>,
        second_time: Option<Span>,
    },
    /// `2023年6月30日、9月30日和2024年3月31日前`; its dates are read again by [`list_dates`].
    List,
    /// `延长至2022年4月30日`, `至2025年底` (then `year_end` is the year) or `延长至6月底`
    /// (then `month_end` is the month, with its year when written).
    Until {
        date: Option<DateAt>,
        year_end: Option<Span>,
        month_end: Option<(Option<Span>, Span)>,
    },
    /// `截止时间为2021年6月30日`, with a clock time after it (`…日17:30`).
    Cutoff { date: DateAt, time: Option<Span> },
    /// `从2021年5月1日起`, `4月起`, `自2024年5月1日零时起` (then `time` is 零时).
    From {
        pre: Option<Span>,
        year: Option<Span>,
        month: Span,
        day: Option<Span>,
        time: Option<Span>,
    },
    /// `10月8日12:00前`, `8月31日（星期四）前`, `11月30日（含）前`.
    ByDate { date: DateAt, time: Option<Span> },
    /// `6月底前`, `9月中旬前` (then `part` is 中), `本月底前` or `本月内` (then `month` is 本),
    /// `本月25日前` (then `day` is 25), `月底前` (then `month` is empty, before the 月).
    ByMonth {
        year: Option<Span>,
        month: Span,
        part: Option<Span>,
        day: Option<Span>,
    },
    /// `2028年底前`, `明年底`, `年底前`.
    YearEnd {
        year: Option<Span>,
        relative: Option<Span>,
    },
    /// `5年内`, `三个月内`.
    Within { count: Span, unit: Span },
    /// `年内`, `2021年内`.
    YearIn { year: Option<Span> },
    /// `上半年`, `2023年下半年` (then `part` is 下); with `start`, `下半年起`.
    Half {
        year: Option<Span>,
        part: Span,
        start: Option<Span>,
    },
    /// `三季度末`; with `start`, `2024年第三季度起`.
    Quarter {
        year: Option<Span>,
        number: Span,
        start: Option<Span>,
    },
    /// `自2022年起`, `2023年起`.
    FromYear { year: Span },
    /// `2023年6月至12月`, `6月1日至12月`: a range with a month at one end at least.
    MonthRange { first: MonthAt, second: MonthAt },
    /// `2023年6月`, `2023年6月30日`: a month or a day alone, a deadline only after a time
    /// label (完成时间：).
    YearMonth {
        year: Span,
        month: Span,
        day: Option<Span>,
    },
    /// `春节前`, `2024年国庆节前`: before a public holiday.
    Holiday { year: Option<Span>, name: Span },
    /// `2024年7—9月`, `6—8月`: two months (of a year) that share their 月, from the first's
    /// first day until the second's last.
    SharedMonths {
        year: Option<Span>,
        first: Span,
        second: Span,
    },
}

impl Phrase {
    /// Whether the phrase names its year (2024年6月底前, 明年底) or counts from the document
    /// (3个月内), rather than taking the year from its context (6月底前, 年底前).
    pub(super) fn names_its_year(&self) -> bool {
        match *self {
            Phrase::Range { first, .. } => first.year.is_some(),
            Phrase::Until {
                date,
                year_end,
                month_end,
            } => {
                date.is_some_and(|d| d.year.is_some())
                    || year_end.is_some()
                    || month_end.is_some_and(|(y, _)| y.is_some())
            }
            Phrase::Cutoff { date, .. } | Phrase::ByDate { date, .. } => date.year.is_some(),
            Phrase::From { year, .. }
            | Phrase::ByMonth { year, .. }
            | Phrase::YearIn { year }
            | Phrase::Half { year, .. }
            | Phrase::Quarter { year, .. }
            | Phrase::Holiday { year, .. } => year.is_some(),
            Phrase::YearEnd { year, relative } => year.is_some() || relative.is_some(),
            Phrase::MonthRange { first, .. } => first.year.is_some(),
            Phrase::List
            | Phrase::Within { .. }
            | Phrase::FromYear { .. }
            | Phrase::YearMonth { .. }
            | Phrase::SharedMonths { .. } => true,
        }
    }
}

/// One end of a [`Phrase::MonthRange`]: `[YEAR 年] MONTH 月 [DAY 日 | PART]`, a part of the
/// month being `份`, `底`, `末`, `初`, `上旬`, `中旬` or `下旬`, and at the second end also
/// `份底` (not `初`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct MonthAt {
    pub year: Option<Span>,
    pub month: Span,
    pub day: Option<Span>,
    /// The part of the month, when one is written instead of a day.
    pub part: Option<Span>,
    /// Past its last part.
    pub end: usize,
}

/// Every phrase has one of these within [`LEAD_IN`] bytes of its start: a character, or for a
/// count of days (30日内) the rare pair that ends it.
const TRIGGERS: [&str; 15] = [
    "月", "年", "季", "至", "日内", "日內", "日以", "天内", "天內", "天以", "节", "節", "旦", "庆",
    "慶",
];

/// No phrase of the grammar has more than this many bytes, spaces aside, before its first
/// trigger character: the longest is a cut-off with a year, `截止时间为２０２１年` (15 bytes
/// of label, 12 of full-width year). Kept well above that.
const LEAD_IN: usize = 64;

/// The first trigger character at or after `from`.
fn next_trigger(s: &str, from: usize) -> Option<usize> {
    // A SIMD search for a few short literals, called without the set-up of a regex search.
    static FIND: LazyLock<Option<aho_corasick::packed::Searcher>> =
        LazyLock::new(|| aho_corasick::packed::Searcher::new(TRIGGERS));
    match &*FIND {
        Some(f) => f
            .find_in(s, aho_corasick::Span::from(from..s.len()))
            .map(|m| m.start()),
        None => s[from..]
            .match_indices(|c| TRIGGERS.iter().any(|t| t.starts_with(c)))
            .find(|&(i, _)| TRIGGERS.iter().any(|t| s[from + i..].starts_with(t)))
            .map(|(i, _)| from + i),
    }
}

/// Every phrase in `s`, in order, none overlapping: the leftmost phrase from where the last one
/// ended, as a scan of every position would find them. Only places at most [`LEAD_IN`] bytes
/// (spaces aside) before a trigger character are tried, and of those only the ones whose
/// character can start a phrase.
pub(super) fn phrases(s: &str) -> impl Iterator<Item = (Span, Phrase)> + '_ {
    let b = s.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let trigger = next_trigger(s, at)?;
            let from = lead_in(b, at, trigger);
            let mut p = from;
            while p <= trigger {
                if let Some((end, phrase)) = read_at(b, p) {
                    at = end;
                    return Some((Span::new(p, end), phrase));
                }
                p += char_len(b, p);
            }
            at = trigger + 3;
        }
    })
}

/// Where the run of characters that can stand before a phrase's first trigger, and that ends at
/// `trigger`, starts: no earlier than `at`, and at most [`LEAD_IN`] bytes (spaces aside) back.
/// A phrase that has `trigger` as its first trigger starts in that run or at `trigger`.
fn lead_in(b: &[u8], at: usize, trigger: usize) -> usize {
    let mut from = trigger;
    let mut taken = 0;
    while from > at && taken < LEAD_IN {
        let c = b[from - 1];
        let width = if c < 0x80 {
            // (A range's dash: 6-8月.)
            if !(c.is_ascii_digit() || matches!(c, b' ' | b':' | b'-' | b'~')) {
                break;
            }
            1
        } else {
            match from.checked_sub(3).and_then(|q| decode3(b, q)) {
                Some(c) if is_lead_in(c) => 3,
                _ => break,
            }
        };
        from -= width;
        if c != b' ' {
            taken += width;
        }
    }
    from
}

/// The character of three bytes at `p`, if one starts there.
fn decode3(b: &[u8], p: usize) -> Option<char> {
    match *b.get(p..p + 3)? {
        [c0 @ 0xE0..=0xEF, c1, c2] => char::from_u32(
            (u32::from(c0 & 0x0F) << 12) | (u32::from(c1 & 0x3F) << 6) | u32::from(c2 & 0x3F),
        ),
        _ => None,
    }
}

/// The characters (of three bytes) that can stand before a phrase's first trigger: digits and
/// numerals, 个, 第, a range's dashes, and the words that open a cut-off (截止为, 截止到, 不晚于, 不超过,
/// 最迟在), an extension, a start, a half year, a relative year or a holiday's name.
fn is_lead_in(c: char) -> bool {
    matches!(
        c,
        '０'
            ..='９'
                | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '〇'
                | '○'
                | '零'
                | '两'
                | '兩'
                | '半'
                | '个'
                | '個'
                | '第'
                // The dashes of a range of months (6—8月).
                | '—'
                | '–'
                | '－'
                | '～'
                | '从'
                | '從'
                | '自'
                | '延'
                | '长'
                | '長'
                | '截'
                | '止'
                | '时'
                | '间'
                | '時'
                | '間'
                | '日'
                | '期'
                | '为'
                | '為'
                | '爲'
                | '是'
                | '到'
                | '：'
                | '今'
                | '本'
                | '当'
                | '當'
                | '明'
                | '次'
                | '去'
                | '上'
                | '下'
                | '前'
                | '不'
                | '最'
                | '在'
                | '晚'
                | '迟'
                | '遲'
                | '超'
                | '过'
                | '過'
                | '于'
                | '於'
                | '元'
                | '春'
                | '国'
                | '國'
                | '劳'
                | '勞'
                | '动'
                | '動'
                | '端'
                | '午'
                | '中'
                | '秋'
    )
}

/// The byte length of the character at `p` (1 past the end).
fn char_len(b: &[u8], p: usize) -> usize {
    match b.get(p) {
        Some(&c) if c >= 0xF0 => 4,
        Some(&c) if c >= 0xE0 => 3,
        Some(&c) if c >= 0xC0 => 2,
        _ => 1,
    }
}

/// The phrase that starts at `p`, of the first kind that reads there. Only the kinds that can
/// start with the character at `p` are tried, in the grammar's order; a date read there is read
/// once for the kinds that start with one.
fn read_at(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let first = match b.get(p) {
        Some(c) if c.is_ascii_digit() => '0',
        _ => decode3(b, p)?,
    };
    match first {
        '0'
        | '０'..='９'
        | '一'
        | '二'
        | '三'
        | '四'
        | '五'
        | '六'
        | '七'
        | '八'
        | '九'
        | '十'
        | '〇'
        | '○'
        | '零' => {
            // The kinds that need a year up front are tried where one starts.
            let digit = first == '0'
                || ('０'..='９').contains(&first)
                || (!matches!(first, '十') && year(b, p).is_some());
            let d = date(b, p);
            d.and_then(|d| range(b, d))
                .or_else(|| d.and_then(|_| list(b, p)))
                .or_else(|| from(b, p))
                .or_else(|| d.and_then(|d| by_date(b, d)))
                // (Before a month's limit: 8月底至9月中旬 is a range from the first.)
                .or_else(|| month_range(b, p))
                .or_else(|| by_month(b, p))
                .or_else(|| digit.then(|| year_end(b, p)).flatten())
                .or_else(|| within(b, p))
                .or_else(|| {
                    digit
                        .then(|| year_in(b, p).or_else(|| half(b, p)))
                        .flatten()
                })
                .or_else(|| quarter(b, p))
                .or_else(|| digit.then(|| from_year(b, p)).flatten())
                .or_else(|| digit.then(|| year_month(b, p)).flatten())
                .or_else(|| digit.then(|| holiday(b, p)).flatten())
                .or_else(|| shared_months(b, p))
        }
        '元' | '春' | '国' | '國' | '劳' | '勞' | '端' | '中' => holiday(b, p),
        '两' | '兩' | '半' => within(b, p),
        '延' | '至' => until(b, p),
        '截' => until(b, p).or_else(|| cutoff(b, p)),
        '从' | '從' | '自' => from(b, p).or_else(|| from_year(b, p)),
        '今' | '本' | '当' | '當' => year_end(b, p)
            .or_else(|| year_in(b, p))
            .or_else(|| half(b, p))
            .or_else(|| by_month(b, p)),
        '上' => year_end(b, p).or_else(|| half(b, p)),
        '下' => half(b, p),
        '不' | '最' => cutoff(b, p),
        '明' | '次' | '去' | '前' => year_end(b, p),
        '年' => year_end(b, p).or_else(|| year_in(b, p)),
        '月' => month_end_alone(b, p),
        '第' => quarter(b, p),
        _ => None,
    }
}

// ---- characters and words ----

/// Past `w` when the text at `p` is `w`.
fn eat(b: &[u8], p: usize, w: &str) -> Option<usize> {
    let end = p.checked_add(w.len())?;
    (b.get(p..end)? == w.as_bytes()).then_some(end)
}

/// Past the first of `words` that the text at `p` is.
fn eat_any(b: &[u8], p: usize, words: &[&str]) -> Option<usize> {
    words.iter().find_map(|w| eat(b, p, w))
}

/// Past a run of ASCII spaces (possibly none).
fn spaces(b: &[u8], mut p: usize) -> usize {
    while b.get(p) == Some(&b' ') {
        p += 1;
    }
    p
}

/// An ASCII digit's value and the place after it.
fn ascii_digit(b: &[u8], p: usize) -> Option<(u8, usize)> {
    let c = *b.get(p)?;
    c.is_ascii_digit().then(|| (c - b'0', p + 1))
}

/// A full-width digit's value (０–９) and the place after it.
fn fw_digit(b: &[u8], p: usize) -> Option<(u8, usize)> {
    match b.get(p..p + 3)? {
        &[0xEF, 0xBC, c @ 0x90..=0x99] => Some((c - 0x90, p + 3)),
        _ => None,
    }
}

/// A digit of either width.
fn any_digit(b: &[u8], p: usize) -> Option<(u8, usize)> {
    ascii_digit(b, p).or_else(|| fw_digit(b, p))
}

const ONE_TO_NINE: [&str; 9] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];
const DAY_MARKS: [&str; 3] = ["日", "号", "號"];
const BEFORE: [&str; 3] = ["之前", "以前", "前"];
const STARTING: [&str; 3] = ["起", "开始", "開始"];

// ---- numbers ----

/// Four digits, of either width, or four Chinese digits (二〇二三).
fn year(b: &[u8], p: usize) -> Option<usize> {
    const CHINESE: [&str; 12] = [
        "〇", "○", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九",
    ];
    if let Some((_, q)) = any_digit(b, p) {
        return (1..4).try_fold(q, |q, _| any_digit(b, q).map(|(_, e)| e));
    }
    (0..4).try_fold(p, |q, _| eat_any(b, q, &CHINESE))
}

/// The longest month number at `p`: `1[0-2]|0?[1-9]` in one width, `十[一二]?`, or a Chinese
/// digit.
fn month(b: &[u8], p: usize) -> Option<usize> {
    for digit in [ascii_digit, fw_digit] {
        if let Some((d, q)) = digit(b, p) {
            let next = digit(b, q);
            return match (d, next) {
                (1, Some((0..=2, r))) => Some(r),
                (0, Some((1..=9, r))) => Some(r),
                (0, _) => None,
                _ => Some(q),
            };
        }
    }
    if let Some(q) = eat(b, p, "十") {
        return Some(eat_any(b, q, &["一", "二"]).unwrap_or(q));
    }
    eat_any(b, p, &ONE_TO_NINE)
}

/// The longest day number at `p`: `3[01]|[12][0-9]|0?[1-9]` in one width, `[一二三]?十[一-九]?`,
/// `廿[一-九]?`, `卅一?`, or a Chinese digit.
fn day(b: &[u8], p: usize) -> Option<usize> {
    for digit in [ascii_digit, fw_digit] {
        if let Some((d, q)) = digit(b, p) {
            let next = digit(b, q);
            return match (d, next) {
                (3, Some((0..=1, r))) | (1..=2, Some((_, r))) | (0, Some((1..=9, r))) => Some(r),
                (0, _) => None,
                _ => Some(q),
            };
        }
    }
    let tens = eat_any(b, p, &["一十", "二十", "三十", "十", "廿"]);
    if let Some(q) = tens {
        return Some(eat_any(b, q, &ONE_TO_NINE).unwrap_or(q));
    }
    if let Some(q) = eat(b, p, "卅") {
        return Some(eat(b, q, "一").unwrap_or(q));
    }
    eat_any(b, p, &ONE_TO_NINE)
}

/// A count: one or two digits of either width, one to three Chinese numerals, or 半.
fn count(b: &[u8], p: usize) -> Option<usize> {
    const NUMERALS: [&str; 12] = [
        "一", "二", "两", "兩", "三", "四", "五", "六", "七", "八", "九", "十",
    ];
    if let Some((_, q)) = any_digit(b, p) {
        return Some(any_digit(b, q).map_or(q, |(_, r)| r));
    }
    if let Some(mut q) = eat_any(b, p, &NUMERALS) {
        for _ in 0..2 {
            match eat_any(b, q, &NUMERALS) {
                Some(r) => q = r,
                None => break,
            }
        }
        return Some(q);
    }
    eat(b, p, "半")
}

// ---- dates ----

/// `[YEAR [ ]*年[ ]*] MONTH [ ]*月[ ]* DAY [ ]*(日|号|號)`.
fn date(b: &[u8], p: usize) -> Option<DateAt> {
    if let Some(y) = year(b, p)
        && let Some(q) = eat(b, spaces(b, y), "年")
        && let Some(d) = month_day(b, spaces(b, q), true)
    {
        return Some(DateAt {
            year: Some(Span::new(p, y)),
            ..d
        });
    }
    month_day(b, p, true)
}

/// `[YEAR年] MONTH月 DAY(日|号|號)`, no spaces: a date of a list.
fn tight_date(b: &[u8], p: usize) -> Option<DateAt> {
    if let Some(y) = year(b, p)
        && let Some(q) = eat(b, y, "年")
        && let Some(d) = month_day(b, q, false)
    {
        return Some(DateAt {
            year: Some(Span::new(p, y)),
            ..d
        });
    }
    month_day(b, p, false)
}

/// `MONTH 月 DAY 日`, with runs of spaces between the parts when `spaced`.
fn month_day(b: &[u8], p: usize, spaced: bool) -> Option<DateAt> {
    let gap = |q: usize| if spaced { spaces(b, q) } else { q };
    let m = month(b, p)?;
    let q = gap(eat(b, gap(m), "月")?);
    let d = day(b, q)?;
    let end = eat_any(b, gap(d), &DAY_MARKS)?;
    Some(DateAt {
        year: None,
        month: Span::new(p, m),
        day: Span::new(q, d),
        end,
    })
}

/// The dates of a [`Phrase::List`] that starts at `p`, each with where its part of the list
/// starts.
pub(super) fn list_dates(b: &[u8], p: usize) -> Vec<(usize, DateAt)> {
    let mut out = Vec::new();
    let mut at = p;
    while let Some(d) = tight_date(b, at) {
        out.push((at, d));
        match eat_any(b, d.end, &LIST_SEPARATORS) {
            Some(q) => at = q,
            None => break,
        }
    }
    out
}

const LIST_SEPARATORS: [&str; 6] = ["、", "和", "及", "与", ",", "，"];
/// Between the two ends of a period: words, dashes of every width (2024年7月1日-8月31日, 3月1日–3月31日,
/// 7月1日——8月31日) and swung dashes.
const RANGE_SEPARATORS: [&str; 9] = ["至", "到", "——", "—", "－", "-", "–", "~", "～"];

// ---- the kinds, in the order they are tried ----

/// A range that starts with the date `first`, its weekday in brackets after it or not
/// (1月28日（农历除夕、周二）至2月4日), with a clock time at either end or not; the second end
/// may be a day alone, of the first's month (2月10日至17日), or a clock time alone, of the
/// first's day (5月1日8:00至12:00).
fn range(b: &[u8], first: DateAt) -> Option<(usize, Phrase)> {
    let q = spaces(b, first.end);
    let q = weekday(b, q).map_or(q, |e| spaces(b, e));
    let first_time = clock(b, q).map(|e| Span::new(q, e));
    let q = first_time.map_or(q, |t| spaces(b, t.end));
    let q = spaces(b, eat_any(b, q, &RANGE_SEPARATORS)?);
    if let Some(second) = date(b, q) {
        let t = spaces(b, second.end);
        let second_time = clock(b, t).map(|e| Span::new(t, e));
        let end = second_time.map_or(second.end, |t| t.end);
        return Some((
            end,
            Phrase::Range {
                first,
                first_time,
                second: Some(second),
                second_day: None,
                second_time,
            },
        ));
    }
    if let Some(d) = day(b, q)
        && let Some(e) = eat_any(b, spaces(b, d), &DAY_MARKS)
    {
        let t = spaces(b, e);
        let second_time = clock(b, t).map(|c| Span::new(t, c));
        return Some((
            second_time.map_or(e, |t| t.end),
            Phrase::Range {
                first,
                first_time,
                second: None,
                second_day: Some(Span::new(q, d)),
                second_time,
            },
        ));
    }
    let e = clock(b, q)?;
    Some((
        e,
        Phrase::Range {
            first,
            first_time,
            second: None,
            second_day: None,
            second_time: Some(Span::new(q, e)),
        },
    ))
}

fn list(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let mut q = tight_date(b, p)?.end;
    let mut more = 0;
    while let Some(r) = eat_any(b, q, &LIST_SEPARATORS)
        && let Some(d) = tight_date(b, r)
    {
        q = d.end;
        more += 1;
    }
    if more == 0 {
        return None;
    }
    let end = eat_any(b, spaces(b, q), &BEFORE)?;
    Some((end, Phrase::List))
}

fn until(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let q = spaces(
        b,
        eat_any(b, p, &["延长至", "延長至", "延至", "截止至", "截至", "至"])?,
    );
    if let Some(d) = date(b, q) {
        return Some((
            d.end,
            Phrase::Until {
                date: Some(d),
                year_end: None,
                month_end: None,
            },
        ));
    }
    let with_year = year(b, q).and_then(|y| Some((y, eat(b, spaces(b, y), "年")?)));
    if let Some((y, r)) = with_year {
        let end = eat(b, r, "年")
            .and_then(|r2| eat_any(b, r2, &["底", "末"]))
            .or_else(|| eat_any(b, r, &["底", "末"]));
        if let Some(end) = end {
            return Some((
                end,
                Phrase::Until {
                    date: None,
                    year_end: Some(Span::new(q, y)),
                    month_end: None,
                },
            ));
        }
    }
    // The end of a month, with or without its year.
    let (year_span, m_at) = match with_year {
        Some((y, r)) => (Some(Span::new(q, y)), spaces(b, r)),
        None => (None, q),
    };
    let m = month(b, m_at)?;
    let end = eat_any(b, eat(b, spaces(b, m), "月")?, &["底", "末"])?;
    Some((
        end,
        Phrase::Until {
            date: None,
            year_end: None,
            month_end: Some((year_span, Span::new(m_at, m))),
        },
    ))
}

fn cutoff(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let q = match eat(b, p, "截止") {
        Some(q) => {
            let q = eat_any(b, q, &["时间", "時間", "日期"]).unwrap_or(q);
            eat_any(b, q, &["为", "為", "爲", "是", "到", ":", "："])?
        }
        // 最迟于, 最晚在: the latest day.
        None if b[p..].starts_with("最".as_bytes()) => eat_any(
            b,
            eat_any(b, p + "最".len(), &["晚", "迟", "遲"])?,
            &["于", "於", "在"],
        )?,
        // 不晚于, 不迟于, 不超过: a limit stated the other way round.
        None => {
            let q = eat(b, p, "不")?;
            match eat_any(b, q, &["超过", "超過"]) {
                Some(q) => q,
                None => eat_any(b, eat_any(b, q, &["晚", "迟", "遲"])?, &["于", "於"])?,
            }
        }
    };
    let d = date(b, spaces(b, q))?;
    let t = spaces(b, d.end);
    let time = clock(b, t).map(|e| Span::new(t, e));
    let end = time.map_or(d.end, |t| t.end);
    // 最迟于10月15日前: the limit's 前 is part of it.
    let end = eat_any(b, spaces(b, end), &BEFORE).unwrap_or(end);
    Some((end, Phrase::Cutoff { date: d, time }))
}

fn from(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let pre = eat_any(b, p, &["从", "從", "自"]);
    let q = pre.unwrap_or(p);
    let pre = pre.map(|e| Span::new(p, e));
    // With a year, then without.
    let with_year = year(b, q).and_then(|y| {
        let r = eat(b, spaces(b, y), "年")?;
        from_month(b, spaces(b, r), pre, Some(Span::new(q, y)))
    });
    with_year.or_else(|| from_month(b, q, pre, None))
}

/// `MONTH [ ]*月 [[ ]*DAY[ ]*(日|号|號) [[ ]*TIME]] [ ]*(起|开始|開始)`.
fn from_month(
    b: &[u8],
    p: usize,
    pre: Option<Span>,
    year: Option<Span>,
) -> Option<(usize, Phrase)> {
    let m = month(b, p)?;
    let q = eat(b, spaces(b, m), "月")?;
    let t = spaces(b, q);
    let (day_span, q) =
        match day(b, t).and_then(|d| Some((d, eat_any(b, spaces(b, d), &DAY_MARKS)?))) {
            Some((d, r)) => (Some(Span::new(t, d)), r),
            None => (None, q),
        };
    // A clock time after the day (自2024年5月1日零时起).
    let c = spaces(b, q);
    let time = day_span.and_then(|_| clock(b, c)).map(|e| Span::new(c, e));
    let q = time.map_or(q, |t| t.end);
    let end = eat_any(b, spaces(b, q), &STARTING)?;
    Some((
        end,
        Phrase::From {
            pre,
            year,
            month: Span::new(p, m),
            day: day_span,
            time,
        },
    ))
}

/// A date with an optional day of the week and an optional time (or 下班), then 前.
fn by_date(b: &[u8], date: DateAt) -> Option<(usize, Phrase)> {
    let t = spaces(b, date.end);
    let t = weekday(b, t).map_or(t, |e| spaces(b, e));
    let time = clock(b, t).map(|e| Span::new(t, e));
    let t = spaces(b, time.map_or(t, |t| t.end));
    // 下班前: by the end of that working day, no clock time written.
    let t = eat_any(b, t, &["下班"]).unwrap_or(t);
    let end = eat_any(b, t, &BEFORE)?;
    Some((end, Phrase::ByDate { date, time }))
}

/// A day of the week in parentheses, `（星期四）`, `(周四)`, after a short note or not
/// (`（农历除夕、周二）`), or the note that the day itself counts, `（含）`, `（含当日）`.
fn weekday(b: &[u8], p: usize) -> Option<usize> {
    let open = eat_any(b, p, &["（", "("])?;
    if let Some(q) = eat(b, open, "含") {
        return eat_any(
            b,
            eat_any(b, q, &["当日", "當日"]).unwrap_or(q),
            &["）", ")"],
        );
    }
    // The weekday ends the brackets; what comes before it is a note of a few characters.
    let mut q = open;
    for _ in 0..=WEEKDAY_NOTE_CHARS {
        if let Some(r) = eat_any(b, q, &["星期", "周", "週"])
            && let Some(r) = eat_any(b, r, &["一", "二", "三", "四", "五", "六", "日", "天"])
            && let Some(r) = eat_any(b, r, &["）", ")"])
        {
            return Some(r);
        }
        if q >= b.len() || eat_any(b, q, &NOT_IN_A_NOTE).is_some() {
            return None;
        }
        q += char_len(b, q);
    }
    None
}

/// How many characters of a note may come before a weekday in its brackets (农历正月初七、).
const WEEKDAY_NOTE_CHARS: usize = 8;
/// What a note before a weekday never holds: another bracket, the end of a sentence, a line break.
const NOT_IN_A_NOTE: [&str; 9] = ["（", "(", "）", ")", "。", "；", ";", "\n", "\r"];

/// The parts of a day written before a clock time (下午5点).
pub(crate) const DAY_PARTS: [&str; 6] = ["上午", "中午", "下午", "晚上", "早上", "凌晨"];

/// `(DAY_PART)?([0-9]{1,2}([:：][0-9]{2} | (时|時|点|點)([0-9]{1,2}分|半)?) | 零(时|時|点|點))`,
/// digits of either width: 17:00, 18时, 18时30分, 9点, 下午5点, 下午5点半, 零时.
fn clock(b: &[u8], p: usize) -> Option<usize> {
    let two = |q: usize| {
        let (_, q) = any_digit(b, q)?;
        Some(any_digit(b, q).map_or(q, |(_, r)| r))
    };
    let p = eat_any(b, p, &DAY_PARTS).unwrap_or(p);
    if let Some(q) = eat(b, p, "零") {
        return eat_any(b, q, &["时", "時", "点", "點"]);
    }
    let q = two(p)?;
    if let Some(q) = eat_any(b, q, &[":", "："]) {
        let (_, q) = any_digit(b, q)?;
        return any_digit(b, q).map(|(_, r)| r);
    }
    let q = eat_any(b, q, &["时", "時", "点", "點"])?;
    Some(
        two(q)
            .and_then(|m| eat(b, m, "分"))
            .or_else(|| eat(b, q, "半"))
            .unwrap_or(q),
    )
}

/// Where a clock time at `at` in `s` starts, after spaces (2024年5月27日 9时30分), and
/// ends, if one is there.
pub(super) fn clock_after(s: &str, at: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let start = spaces(b, at);
    clock(b, start).map(|end| (start, end))
}

fn by_month(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let rest = |q: usize, year: Option<Span>| {
        let (m, r, this_month) = match eat_any(b, q, &["本", "当", "當"]) {
            Some(m) if year.is_none() => (m, eat(b, m, "月")?, true),
            Some(_) => return None,
            None => {
                let m = month(b, q)?;
                (m, eat(b, spaces(b, m), "月")?, false)
            }
        };
        // 本月25日前: a day of this month, its 前 written.
        if this_month
            && let Some(d) = day(b, spaces(b, r))
            && let Some(e) = eat_any(b, spaces(b, d), &DAY_MARKS)
            && let Some(end) = eat_any(b, spaces(b, e), &BEFORE)
        {
            let at = spaces(b, r);
            return Some((
                end,
                Phrase::ByMonth {
                    year,
                    month: Span::new(q, m),
                    part: None,
                    day: Some(Span::new(at, d)),
                },
            ));
        }
        // 6月内, 本月内: within the month, by its end.
        let (r, part) = match eat_any(b, r, &["底", "末", "份底", "内", "內"]) {
            Some(r) => (r, None),
            None => {
                // Two parts together (中下旬) end with the later.
                let x = eat_any(b, r, &["上中", "中下", "上", "中", "下"])?;
                (eat(b, x, "旬")?, Some(Span::new(r, x)))
            }
        };
        let end = eat_any(b, r, &BEFORE).unwrap_or(r);
        Some((
            end,
            Phrase::ByMonth {
                year,
                month: Span::new(q, m),
                part,
                day: None,
            },
        ))
    };
    let with_year = year(b, p).and_then(|y| {
        let r = eat(b, spaces(b, y), "年")?;
        rest(spaces(b, r), Some(Span::new(p, y)))
    });
    with_year.or_else(|| rest(p, None))
}

/// `月(底|末)(之前|以前|前)`: the end of the month the document is in, its 前 written.
fn month_end_alone(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let r = eat_any(b, eat(b, p, "月")?, &["底", "末"])?;
    let end = eat_any(b, r, &BEFORE)?;
    Some((
        end,
        Phrase::ByMonth {
            year: None,
            month: Span::new(p, p),
            part: None,
            day: None,
        },
    ))
}

fn year_end(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    // 年(底|末)[之前|以前|前]
    let rest = |q: usize| {
        let r = eat_any(b, eat(b, q, "年")?, &["底", "末"])?;
        Some(eat_any(b, r, &BEFORE).unwrap_or(r))
    };
    let phrase = |year, relative| Phrase::YearEnd { year, relative };
    if let Some(y) = year(b, p) {
        let q = spaces(b, y);
        let end = eat(b, q, "年").and_then(rest).or_else(|| rest(q));
        if let Some(end) = end {
            return Some((end, phrase(Some(Span::new(p, y)), None)));
        }
    }
    const RELATIVE: [&str; 9] = ["今", "本", "当", "當", "明", "次", "去", "上", "前"];
    if let Some(q) = eat_any(b, p, &RELATIVE)
        && let Some(end) = rest(q)
    {
        return Some((end, phrase(None, Some(Span::new(p, q)))));
    }
    rest(p).map(|end| (end, phrase(None, None)))
}

fn within(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let n = count(b, p)?;
    let q = spaces(b, n);
    let q = eat_any(b, q, &["个", "個"]).unwrap_or(q);
    let u = eat_any(b, q, &["年", "月", "季度", "日", "天"])?;
    let end = eat_any(b, u, &["内", "內", "以内", "以內"])?;
    Some((
        end,
        Phrase::Within {
            count: Span::new(p, n),
            unit: Span::new(q, u),
        },
    ))
}

fn year_in(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let rest = |q: usize| {
        let r = eat(b, q, "年")?;
        eat_any(b, eat(b, r, "度").unwrap_or(r), &["内", "內"])
    };
    // 2024年内, 2024年年内, 本年度内.
    if let Some(y) = year(b, p)
        && let Some(end) = rest(y).or_else(|| rest(eat(b, y, "年")?))
    {
        return Some((
            end,
            Phrase::YearIn {
                year: Some(Span::new(p, y)),
            },
        ));
    }
    let q = eat_any(b, p, &["今", "本", "当", "當"]).unwrap_or(p);
    rest(q)
        .or_else(|| (q != p).then(|| rest(p)).flatten())
        .map(|end| (end, Phrase::YearIn { year: None }))
}

fn half(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let rest = |q: usize| {
        let x = eat_any(b, q, &["上", "下"])?;
        let h = eat(b, x, "半年")?;
        let start = eat_any(b, h, &STARTING).map(|e| Span::new(h, e));
        Some((start.map_or(h, |s| s.end), Span::new(q, x), start))
    };
    if let Some(y) = year(b, p)
        && let Some(q) = eat(b, spaces(b, y), "年")
        && let Some((end, part, start)) = rest(q)
    {
        let year = Some(Span::new(p, y));
        return Some((end, Phrase::Half { year, part, start }));
    }
    let q = eat_any(b, p, &["今年", "本年"]).unwrap_or(p);
    rest(q).map(|(end, part, start)| {
        (
            end,
            Phrase::Half {
                year: None,
                part,
                start,
            },
        )
    })
}

fn quarter(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let rest = |q: usize, year: Option<Span>| {
        let q = eat(b, q, "第").unwrap_or(q);
        let n = eat_any(b, q, &["一", "二", "三", "四"]).or_else(|| {
            let (d, r) = any_digit(b, q)?;
            (1..=4).contains(&d).then_some(r)
        })?;
        let r = eat(b, n, "季度")?;
        // 第三季度起; 三季度末, 三季度末前, 第三季度前.
        let start = eat_any(b, r, &STARTING).map(|e| Span::new(r, e));
        let end = match start {
            Some(s) => s.end,
            None => {
                let e = eat_any(b, r, &["末", "底"]).unwrap_or(r);
                eat_any(b, e, &BEFORE).unwrap_or(e)
            }
        };
        Some((
            end,
            Phrase::Quarter {
                year,
                number: Span::new(q, n),
                start,
            },
        ))
    };
    let with_year = year(b, p).and_then(|y| {
        let r = eat(b, spaces(b, y), "年")?;
        rest(r, Some(Span::new(p, y)))
    });
    with_year.or_else(|| rest(p, None))
}

/// The public holidays a limit is set before, as written.
pub(super) const HOLIDAYS: [&str; 13] = [
    "元旦",
    "春节",
    "春節",
    "国庆节",
    "国庆",
    "國慶節",
    "國慶",
    "劳动节",
    "勞動節",
    "端午节",
    "端午節",
    "中秋节",
    "中秋節",
];

/// `[YEAR 年] HOLIDAY (之前|以前|前)`.
fn holiday(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let (year, q) = match year(b, p) {
        Some(y) => (Some(Span::new(p, y)), eat(b, spaces(b, y), "年")?),
        None => (None, p),
    };
    let n = eat_any(b, q, &HOLIDAYS)?;
    let end = eat_any(b, n, &BEFORE)?;
    Some((
        end,
        Phrase::Holiday {
            year,
            name: Span::new(q, n),
        },
    ))
}

fn from_year(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let q = eat_any(b, p, &["从", "從", "自"]).unwrap_or(p);
    let y = year(b, q)?;
    let r = eat(b, spaces(b, y), "年")?;
    let r = eat(b, r, "度").unwrap_or(r);
    let end = eat_any(b, spaces(b, r), &STARTING)?;
    Some((
        end,
        Phrase::FromYear {
            year: Span::new(q, y),
        },
    ))
}

/// `FIRST [ ]*(至|到|—|－|~|～)[ ]* SECOND`, each end a [`MonthAt`].
fn month_range(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let first = month_at(b, p, false)?;
    let q = eat_any(b, spaces(b, first.end), &RANGE_SEPARATORS)?;
    let second = month_at(b, spaces(b, q), true)?;
    Some((second.end, Phrase::MonthRange { first, second }))
}

/// `[YEAR [ ]*年[ ]*] MONTH [ ]*(至|到|—|－|~|～)[ ]* MONTH [ ]*月 [份底|份|底|末]`: two
/// months (of a year) that share their 月 (2024年7—9月, 6—8月).
fn shared_months(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let with_year = year(b, p).and_then(|y| {
        let q = spaces(b, eat(b, spaces(b, y), "年")?);
        Some((Some(Span::new(p, y)), q))
    });
    let (year, q) = with_year.unwrap_or((None, p));
    let m1 = month(b, q)?;
    let r = spaces(b, eat_any(b, spaces(b, m1), &RANGE_SEPARATORS)?);
    let m2 = month(b, r)?;
    let after = eat(b, spaces(b, m2), "月")?;
    let end = eat_any(b, after, &["份底", "份", "底", "末"]).unwrap_or(after);
    Some((
        end,
        Phrase::SharedMonths {
            year,
            first: Span::new(q, m1),
            second: Span::new(r, m2),
        },
    ))
}

/// `[YEAR [ ]*年[ ]*] MONTH [ ]*月 [[ ]*DAY[ ]*(日|号|號) | 份]`; at the `second` end of a range
/// `份底`, `底` and `末` may stand for the day too.
fn month_at(b: &[u8], p: usize, second: bool) -> Option<MonthAt> {
    let with_year = year(b, p).and_then(|y| {
        let q = spaces(b, eat(b, spaces(b, y), "年")?);
        Some((Some(Span::new(p, y)), q, month(b, q)?))
    });
    let (year, q, m) = match with_year {
        Some(found) => found,
        None => (None, p, month(b, p)?),
    };
    let after = eat(b, spaces(b, m), "月")?;
    let t = spaces(b, after);
    let with_day =
        day(b, t).and_then(|d| Some((Span::new(t, d), eat_any(b, spaces(b, d), &DAY_MARKS)?)));
    let (day, part, end) = match with_day {
        Some((d, end)) => (Some(d), None, end),
        None => {
            let words: &[&str] = if second {
                &["份底", "份", "底", "末", "上旬", "中旬", "下旬"]
            } else {
                &["份", "底", "末", "初", "上旬", "中旬", "下旬"]
            };
            match eat_any(b, after, words) {
                Some(end) => (None, Some(Span::new(after, end)), end),
                None => (None, None, after),
            }
        }
    };
    Some(MonthAt {
        year,
        month: Span::new(q, m),
        day,
        part,
        end,
    })
}

fn year_month(b: &[u8], p: usize) -> Option<(usize, Phrase)> {
    let y = year(b, p)?;
    let q = spaces(b, eat(b, spaces(b, y), "年")?);
    let m = month(b, q)?;
    let end = eat(b, spaces(b, m), "月")?;
    let t = spaces(b, end);
    let (day_span, end) =
        match day(b, t).and_then(|d| Some((d, eat_any(b, spaces(b, d), &DAY_MARKS)?))) {
            Some((d, r)) => (Some(Span::new(t, d)), r),
            None => (None, end),
        };
    Some((
        end,
        Phrase::YearMonth {
            year: Span::new(p, y),
            month: Span::new(q, m),
            day: day_span,
        },
    ))
}
