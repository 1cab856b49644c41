//! Document numbers (发文字号): `<agency>〔<year>〕<serial>号` with every bracket form
//! (〔〕 [] ［］ （） () 【】), spaces inside, 字 in the agency, two-digit years, traditional 號,
//! pinyin inserted after characters (粵衛(wèi)函〔2020〕13號(hào)), and damaged forms (a lost 〕,
//! a lost 号, year and serial fused).
//!
//! Pure functions over a text slice; spans are local to the slice.

use super::numeral;
use crate::model::Span;

/// A document number read from text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDocNumber {
    /// Local span of the whole number, as written.
    pub span: Span,
    /// The agency code (机关代字), noise removed.
    pub agency: String,
    /// The year digits and how many there were (`60` with 2 for 〔60〕).
    pub year: Option<(u32, usize)>,
    /// The serial number.
    pub serial: Option<u32>,
    /// `agency〔year〕serial号`, widths and brackets folded, noise removed.
    pub normalized: String,
    /// The number was damaged and had to be recovered.
    pub damaged: bool,
}

impl FoundDocNumber {
    /// The four-digit year, where it can be told (`hint` completes a two-digit year).
    #[must_use]
    pub fn full_year(&self, hint: Option<i32>) -> Option<i32> {
        let (v, n) = self.year?;
        let v = i32::try_from(v).ok()?;
        match n {
            4 => Some(v),
            2 => hint.filter(|h| h.rem_euclid(100) == v),
            _ => None,
        }
    }
}

/// Title endings that can be glued before an agency in flattened text.
const GLUED_TITLE_ENDS: &[&str] = &[
    "的通知",
    "的通告",
    "的公告",
    "的意见",
    "的意見",
    "的决定",
    "的決定",
    "的批复",
    "的批復",
    "的报告",
    "的報告",
    "的请示",
    "的通报",
    "的通報",
    "的纪要",
    "的决议",
];

mod reader;

#[cfg(test)]
mod grammar;

/// Removes pinyin inserted after characters (`衛(wèi)`), keeping a map from each byte of the
/// cleaned text back to the original.
pub(crate) fn strip_pinyin(s: &str) -> Option<(String, Vec<usize>)> {
    if !crate::segment::may_hold_pinyin(s) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    // Pinyin starts only at an opening parenthesis: the text between two is copied whole.
    let mut i = 0;
    let mut changed = false;
    for p in memchr::memchr_iter(b'(', s.as_bytes()) {
        if p < i {
            continue;
        }
        out.push_str(&s[i..p]);
        map.extend(i..p);
        i = p;
        let prev_han = out.chars().next_back().is_some_and(is_han);
        if let Some(len) = pinyin_after(s, p, prev_han) {
            i = p + len;
            changed = true;
        }
    }
    out.push_str(&s[i..]);
    map.extend(i..=s.len());
    changed.then_some((out, map))
}

/// The length of the pinyin that a mirror site inserted at `s[i..]` (`(wèi)`), after a Han
/// character when `after_han`.
pub(crate) fn pinyin_after(s: &str, i: usize, after_han: bool) -> Option<usize> {
    let inner = s.get(i..)?.strip_prefix('(')?;
    if !after_han {
        return None;
    }
    let inner_len = inner
        .char_indices()
        .find(|&(_, c)| !is_pinyin_char(c))
        .map_or(inner.len(), |(j, _)| j);
    (inner_len > 0 && inner[inner_len..].starts_with(')')).then_some(inner_len + 2)
}

fn is_pinyin_char(c: char) -> bool {
    c.is_ascii_lowercase() || matches!(c, 'à'..='ü' | 'ā'..='ž' | 'ǎ'..='ǜ')
}

/// Whether `c` is a CJK ideograph.
#[must_use]
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

fn fold_into(out: &mut String, s: &str) {
    out.extend(
        s.chars()
            .map(|c| numeral::digit(c).map_or(c, |d| char::from(b'0' + d as u8))),
    );
}

/// A cheap test before the reader: some run of digits has an opening bracket before it or a
/// closing bracket or 号 after it (spaces allowed between).
fn may_hold_number(s: &str) -> bool {
    let b = s.as_bytes();
    let is_digit_at = |i: usize| -> usize {
        match b.get(i) {
            Some(b'0'..=b'9') => 1,
            // Full-width digits: EF BC 90..99.
            Some(0xEF)
                if b.get(i + 1) == Some(&0xBC) && matches!(b.get(i + 2), Some(0x90..=0x99)) =>
            {
                3
            }
            _ => 0,
        }
    };
    let mut i = 0;
    while i < b.len() {
        let w = is_digit_at(i);
        if w == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while is_digit_at(i) > 0 {
            i += is_digit_at(i);
        }
        let before = s[..start].trim_end_matches([' ', '\u{3000}']);
        let after = s[i..].trim_start_matches([' ', '\u{3000}']);
        if before.ends_with(is_open_bracket)
            || after.starts_with(['号', '號'])
            || after.starts_with(is_close_bracket)
        {
            return true;
        }
    }
    false
}

/// Every document number in `s`, in order. Agencies are cut to at most 16 characters of the
/// ideograph run before the bracket.
#[must_use]
pub fn find_doc_numbers(s: &str) -> Vec<FoundDocNumber> {
    if !may_hold_number(s) {
        return Vec::new();
    }
    let cleaned = strip_pinyin(s);
    let (text, map) = match &cleaned {
        Some((t, m)) => (t.as_str(), Some(m)),
        None => (s, None),
    };
    let orig = |i: usize| map.map_or(i, |m| m[i]);
    let mut out = Vec::new();
    for n in reader::numbers(text) {
        let agency_text = &text[n.agency.range()];
        // A title glued before the number (…名录的通知粤府函〔2022〕67号) is not the agency.
        // (Every such ending starts with 的.)
        let cut = agency_text
            .find('的')
            .is_some()
            .then(|| {
                GLUED_TITLE_ENDS
                    .iter()
                    .filter_map(|w| agency_text.rfind(w).map(|i| i + w.len()))
                    .max()
            })
            .flatten()
            .filter(|&i| i < agency_text.len());
        let agency = &agency_text[cut.unwrap_or(0)..];
        let all_start = n.all.start + cut.unwrap_or(0);
        let y = &text[n.year.range()];
        let serial = numeral::arabic(&text[n.serial.range()]);
        let hao = n.hao.map(|h| &text[h.range()]);
        let branch = n.form;
        let year = numeral::year_digits(y);
        let damaged = branch != 1 || hao.is_none();
        // A well-formed number without 号 is only taken when nothing but a line end follows.
        if branch == 1 && hao.is_none() {
            let after = &text[n.all.end..];
            if after.chars().next().is_some_and(|c| {
                !c.is_whitespace() && !matches!(c, '，' | ',' | '。' | ';' | '；' | ')' | '）')
            }) {
                continue;
            }
        }
        let hao_char = hao.unwrap_or("号");
        // agency〔year〕serial号, the year's digits folded to ASCII.
        let mut normalized = String::with_capacity(agency.len() + y.len() + hao_char.len() + 16);
        normalized.push_str(agency);
        normalized.push('〔');
        fold_into(&mut normalized, y);
        normalized.push('〕');
        if let Some(n) = serial {
            numeral::push_decimal(&mut normalized, n);
            normalized.push_str(hao_char);
        }
        out.push(FoundDocNumber {
            span: Span::new(orig(all_start), orig(n.all.end - 1) + 1),
            agency: agency.to_string(),
            year,
            serial,
            normalized,
            damaged,
        });
    }
    out
}

thread_local! {
    /// The last answers of [`doc_number_line`] on this thread, for the document being read.
    static RECENT: std::cell::RefCell<Vec<(Box<str>, Option<FoundDocNumber>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Forgets the answers kept by [`doc_number_line`]: called as each document starts, so that
/// no document is read with another's answers at hand.
pub(crate) fn forget_lines() {
    RECENT.with_borrow_mut(Vec::clear);
}

/// The document number when `s` (trimmed) is nothing but one, or one with its signer after
/// it, as requests and reports (请示, 报告) print them: `粤府报〔2023〕5号　　签发人：王伟中`.
#[must_use]
pub fn doc_number_line(s: &str) -> Option<FoundDocNumber> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    // (The signer may stand far to the right, a long run of spaces before it.)
    let signed = || {
        crate::segment::chars_at_most(t, 120)
            && (crate::segment::find_str(t, "签发人").is_some()
                || crate::segment::find_str(t, "簽發人").is_some())
    };
    // (Two or three issuers' numbers on one line are longer.)
    let joint = || {
        crate::segment::chars_at_most(t, 100)
            && crate::segment::has_char(t, '〔')
            && t.matches('〔').count() >= 2
    };
    if t.is_empty() || !(crate::segment::chars_at_most(t, 40) || signed() || joint()) {
        return None;
    }
    // The readers of a document's head ask about the same few lines; the last answers are
    // kept, keyed by the line's text, until the next document (see `forget_lines`).
    if let Some(hit) =
        RECENT.with_borrow(|r| r.iter().find(|(k, _)| **k == *s).map(|(_, v)| v.clone()))
    {
        return hit;
    }
    let found = read_doc_number_line(s, t);
    RECENT.with_borrow_mut(|r| {
        if r.len() == 16 {
            r.remove(0);
        }
        r.push((s.into(), found.clone()));
    });
    found
}

/// The number of an order (令) or an announcement (公告, 通告) when `s` (trimmed) is nothing
/// but one: `第298号`, `第２９８號`, `第二百九十八号`, and with the year of a series that starts
/// again each year, `2023年第12号` or `〔2023〕第12号`, and as minutes (纪要) are numbered,
/// `〔2023〕12号`. Such a number has no agency code of its
/// own; `name` is the document's name (the title, 广东省人民政府令), which stands for the agency
/// and begins the normalised number, as these are cited: 广东省人民政府令第298号,
/// 广东省市场监督管理局公告2023年第12号.
#[must_use]
pub fn order_number_line(s: &str, name: &str) -> Option<FoundDocNumber> {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    // In parentheses, as announcements often have it: （第12号）, (2023年第5号).
    let t = t
        .strip_prefix(['（', '('])
        .and_then(|u| u.strip_suffix(['）', ')']))
        .filter(|u| u.contains('第'))
        .unwrap_or(t);
    let (year, bracketed, rest) = match t.split_once('第') {
        Some(("", rest)) => (None, false, rest),
        // 〔2023〕12号: a bracketed year and the serial, as minutes (纪要) are numbered.
        None => {
            let (year, rest) = bracketed_year(t)?;
            // A serial of digits only (the 第 forms are below).
            let serial = rest.strip_suffix(['号', '號'])?;
            (!serial.is_empty() && serial.bytes().all(|c| c.is_ascii_digit())).then_some(())?;
            (Some(year), true, rest)
        }
        Some((y, rest)) => match y
            .trim_end_matches(crate::segment::is_pad)
            .strip_suffix('年')
        {
            Some(digits) => (Some(four_digit_year(digits)?), false, rest),
            None => match bracketed_year(y)? {
                (year, "") => (Some(year), true, rest),
                _ => return None,
            },
        },
    };
    // Spaced out as a typeset order's number line often is: 第 312 号.
    let inner = rest
        .strip_suffix(['号', '號'])?
        .trim_matches(crate::segment::is_pad);
    let serial = numeral::any(inner).filter(|&n| n > 0)?;
    let start = t.as_ptr() as usize - s.as_ptr() as usize;
    let mut normalized = String::with_capacity(name.len() + 24);
    normalized.push_str(name);
    match (year, bracketed) {
        (Some((y, _)), false) => normalized.push_str(&format!("{y}年")),
        (Some((y, _)), true) => normalized.push_str(&format!("〔{y}〕")),
        (None, _) => {}
    }
    // 第 as written: 〔2023〕12号 has none.
    if t.contains('第') {
        normalized.push('第');
    }
    numeral::push_decimal(&mut normalized, serial);
    normalized.push('号');
    Some(FoundDocNumber {
        span: Span::new(start, start + t.len()),
        agency: name.to_string(),
        year,
        serial: Some(serial),
        normalized,
        damaged: false,
    })
}

/// A year of four digits (2023, ２０２３, 二〇二三): its value and digit count.
fn four_digit_year(digits: &str) -> Option<(u32, usize)> {
    let (value, len) = numeral::year_digits(digits)?;
    (len == 4 && digits.chars().count() == 4).then_some((value, len))
}

/// A year of four digits in brackets at the start of `s` (〔2023〕), and what follows it.
fn bracketed_year(s: &str) -> Option<((u32, usize), &str)> {
    let inner = s.strip_prefix(['〔', '[', '［', '（', '('])?;
    let close = inner.find(['〕', ']', '］', '）', ')'])?;
    let year = four_digit_year(&inner[..close])?;
    let after = &inner[close..];
    Some((year, &after[after.chars().next()?.len_utf8()..]))
}

fn read_doc_number_line(s: &str, t: &str) -> Option<FoundDocNumber> {
    let signer = crate::segment::find_str(t, "签发人")
        .or_else(|| crate::segment::find_str(t, "簽發人"))
        .filter(|&at| at > 0);
    if let Some(at) = signer {
        // The number's spans are local to `s`, which the part before the signer starts.
        let before = &t[..at];
        let off = before.as_ptr() as usize - s.as_ptr() as usize;
        return doc_number_line(&s[..off + before.len()]);
    }
    // A number on its own line in parentheses, as gazettes print it: （粤府〔2021〕22号）.
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(inner) = t.strip_prefix(open).and_then(|x| x.strip_suffix(close)) {
            let off = inner.as_ptr() as usize - s.as_ptr() as usize;
            return doc_number_line(inner).map(|f| FoundDocNumber {
                span: f.span.shift(off),
                ..f
            });
        }
    }
    let off = t.as_ptr() as usize - s.as_ptr() as usize;
    // An order's number with its agency: 粤府令第300号, 国务院令 第752号.
    if let Some(at) = crate::segment::find_str(t, "令") {
        let agency = &t[..at + '令'.len_utf8()];
        let rest = &t[agency.len()..];
        let han = agency.chars().all(is_han) && crate::segment::chars_at_most(agency, 16);
        if han && let Some(f) = order_number_line(rest, agency) {
            let shift = off + agency.len();
            return Some(FoundDocNumber {
                span: Span::new(off, shift + f.span.end),
                ..f
            });
        }
    }
    let mut found = find_doc_numbers(t);
    // The numbers of a joint notice's issuers on one line (粤财科教〔2024〕45号　粤教财〔2024〕
    // 12号), parted by white space or a stop: the first, the lead issuer's, is the document's.
    if found.len() > 1 {
        let parted = found.windows(2).all(|w| {
            w[0].span.end <= w[1].span.start
                && t[w[0].span.end..w[1].span.start]
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '、' | '，' | ',' | '；' | ';'))
        });
        if !parted
            || found.iter().any(|f| f.damaged)
            || !t[found[found.len() - 1].span.end..].trim().is_empty()
        {
            return None;
        }
        found.truncate(1);
        let f = found.pop()?;
        return (f.span.start == 0).then(|| FoundDocNumber {
            span: f.span.shift(off),
            ..f
        });
    }
    if found.len() != 1 {
        return None;
    }
    let mut f = found.pop()?;
    // An agency spaced out character by character, as a layout may print the head
    // (粤 府 函〔2024〕12号): the characters before the first one found belong to it.
    if f.span.start > 0
        && let Some(spaced) = spaced_chars(&t[..f.span.start])
    {
        f.normalized = format!("{spaced}{}", f.normalized);
        f.agency = format!("{spaced}{}", f.agency);
        f.span.start = 0;
    }
    let rest = t[f.span.end..].trim();
    let pinyin_tail = rest
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|p| !p.is_empty() && p.chars().all(is_pinyin_char));
    if f.span.start != 0 || !(rest.is_empty() || pinyin_tail) {
        return None;
    }
    Some(FoundDocNumber {
        span: f.span.shift(off),
        ..f
    })
}

/// The ideographs of `s` when it is nothing but ideographs each followed by white space
/// (`粤 府 `), at most eight of them.
fn spaced_chars(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !is_han(c) || out.len() >= 8 * 3 {
            return None;
        }
        out.push(c);
        let mut spaced = false;
        while chars.next_if(|&c| c == ' ' || c == '\u{3000}').is_some() {
            spaced = true;
        }
        if !spaced {
            return None;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Whether `c` opens a document-number bracket.
#[must_use]
pub fn is_open_bracket(c: char) -> bool {
    matches!(
        c,
        '〔' | '[' | '［' | '（' | '(' | '【' | '﹝' | '〖' | '﹙'
    )
}

/// Whether `c` closes a document-number bracket.
#[must_use]
pub fn is_close_bracket(c: char) -> bool {
    matches!(
        c,
        '〕' | ']' | '］' | '）' | ')' | '】' | '﹞' | '〗' | '﹚'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_an_agency_spaced_out_on_its_line() {
        for line in [
            "粤 府 函〔2024〕12号",
            "粤　府　函〔2024〕12号",
            "　粤 府函〔2024〕12号",
        ] {
            let f = doc_number_line(line).expect(line);
            assert_eq!(f.normalized, "粤府函〔2024〕12号", "{line}");
            assert_eq!(f.agency, "粤府函");
            assert_eq!(&line[f.span.range()], line.trim_start_matches('　'));
        }
        // Words before a number are no spaced agency; nor are pairs of characters.
        for line in ["依据 粤府函〔2024〕12号", "广东 省府函〔2024〕12号"] {
            assert!(doc_number_line(line).is_none(), "{line}");
        }
    }

    #[test]
    fn glued_title_ends_start_with_de() {
        // find_doc_numbers only looks for them where a 的 is.
        assert!(GLUED_TITLE_ENDS.iter().all(|w| w.starts_with('的')));
    }

    type Parts = (String, String, Option<(u32, usize)>, Option<u32>, bool);

    fn line(s: &str) -> Option<Parts> {
        doc_number_line(s).map(|f| (f.normalized, f.agency, f.year, f.serial, f.damaged))
    }

    #[test]
    fn ok_well_formed() {
        let cases = [
            (
                "粤办函〔2021〕55号",
                "粤办函〔2021〕55号",
                "粤办函",
                2021,
                55,
            ),
            (
                " 花府办规〔2018〕1号",
                "花府办规〔2018〕1号",
                "花府办规",
                2018,
                1,
            ),
            ("粤府[2021]22号", "粤府〔2021〕22号", "粤府", 2021, 22),
            ("粤府［2021］22号", "粤府〔2021〕22号", "粤府", 2021, 22),
            ("粤府(2021)22号", "粤府〔2021〕22号", "粤府", 2021, 22),
            ("粤府（2021）22号", "粤府〔2021〕22号", "粤府", 2021, 22),
            ("粤府【2021】22号", "粤府〔2021〕22号", "粤府", 2021, 22),
            ("粤府﹝2021﹞22号", "粤府〔2021〕22号", "粤府", 2021, 22),
            ("粤府〖2021〗22号", "粤府〔2021〕22号", "粤府", 2021, 22),
            ("粤府﹙2021﹚22号", "粤府〔2021〕22号", "粤府", 2021, 22),
            (
                "粤府函〔2023〕第5号",
                "粤府函〔2023〕5号",
                "粤府函",
                2023,
                5,
            ),
            (
                "遂府函〔2019〕55 号",
                "遂府函〔2019〕55号",
                "遂府函",
                2019,
                55,
            ),
            ("粤府〔 2012〕 17号", "粤府〔2012〕17号", "粤府", 2012, 17),
            ("東府〔2021〕54號", "東府〔2021〕54號", "東府", 2021, 54),
            (
                "粵衛(wèi)函〔2020〕13號(hào)",
                "粵衛函〔2020〕13號",
                "粵衛函",
                2020,
                13,
            ),
            (
                "粤府〔２０２１〕２２号",
                "粤府〔2021〕22号",
                "粤府",
                2021,
                22,
            ),
        ];
        for (s, norm, agency, year, serial) in cases {
            let got = line(s).unwrap_or_else(|| panic!("no number in {s}"));
            assert_eq!(got.0, norm, "{s}");
            assert_eq!(got.1, agency, "{s}");
            assert_eq!(got.2, Some((year, 4)), "{s}");
            assert_eq!(got.3, Some(serial), "{s}");
            assert!(!got.4, "{s} is not damaged");
        }
        // An order's number with its agency.
        for (s, norm, agency, serial) in [
            ("粤府令第300号", "粤府令第300号", "粤府令", 300),
            ("国务院令　第752号", "国务院令第752号", "国务院令", 752),
        ] {
            let got = doc_number_line(s).expect(s);
            assert_eq!(
                (got.normalized.as_str(), got.agency.as_str()),
                (norm, agency)
            );
            assert_eq!((got.year, got.serial), (None, Some(serial)));
            assert_eq!(&s[got.span.range()], s);
        }
        assert!(doc_number_line("命令第一条").is_none());
        let two = line("议字〔60〕78号").expect("two-digit year");
        assert_eq!(two.2, Some((60, 2)));
        assert_eq!(two.0, "议字〔60〕78号");
    }

    #[test]
    fn ok_damaged_recovered() {
        let got = line("花府办〔 2015 4号").expect("lost close bracket");
        assert_eq!(
            (got.0.as_str(), got.3, got.4),
            ("花府办〔2015〕4号", Some(4), true)
        );
        let got = line("粤经贸工业〔20051006").expect("fused");
        assert_eq!(
            (got.0.as_str(), got.2, got.3, got.4),
            (
                "粤经贸工业〔2005〕1006号",
                Some((2005, 4)),
                Some(1006),
                true
            )
        );
        let got = line("粤府200522号").expect("no brackets");
        assert_eq!((got.0.as_str(), got.3), ("粤府〔2005〕22号", Some(22)));
    }

    #[test]
    fn ok_numbers_in_a_series_of_their_own() {
        // (line, normalised, year, serial)
        for (s, normalized, year, serial) in [
            ("第298号", "某令第298号", None, 298),
            ("　第二百九十八號 ", "某令第298号", None, 298),
            ("2023年第12号", "某令2023年第12号", Some(2023), 12),
            ("〔２０２３〕第５号", "某令〔2023〕第5号", Some(2023), 5),
            ("〔2023〕12号", "某令〔2023〕12号", Some(2023), 12),
            ("第 312 号", "某令第312号", None, 312),
            ("2023年　第 5 号", "某令2023年第5号", Some(2023), 5),
        ] {
            let f = order_number_line(s, "某令").expect(s);
            assert_eq!(f.normalized, normalized);
            assert_eq!(f.year.map(|(y, _)| y), year);
            assert_eq!(f.serial, Some(serial));
            assert_eq!(&s[f.span.range()], s.trim_matches(['　', ' ']));
        }
        // In parentheses: the number is what they hold.
        for (s, inner, normalized) in [
            ("（第12号）", "第12号", "某令第12号"),
            ("(2023年第5号)", "2023年第5号", "某令2023年第5号"),
        ] {
            let f = order_number_line(s, "某令").expect(s);
            assert_eq!(f.normalized, normalized);
            assert_eq!(&s[f.span.range()], inner);
        }
        for s in [
            "第号",
            "23年第1号",
            "2023年12号",
            "2023年第12号文",
            "关于2023年第12号",
            "〔2023〕1",
            "〔2023〕",
            "〔2023〕号",
            "〔2023〕十二号",
            "(2023)",
            "（12号）",
            "(第12号",
        ] {
            assert!(order_number_line(s, "某令").is_none(), "{s}");
        }
    }

    #[test]
    fn ok_number_in_parentheses_on_its_own_line() {
        let s = "（粤府〔2021〕22号）";
        let f = doc_number_line(s).expect("number");
        assert_eq!(&s[f.span.range()], "粤府〔2021〕22号");
        assert!(doc_number_line("(2013—2015年)").is_none());
    }

    #[test]
    fn ok_the_numbers_of_joint_issuers_on_one_line() {
        for s in [
            "粤财科教〔2024〕45号  粤教财〔2024〕12号",
            "粤财科教〔2024〕45号、粤教财〔2024〕12号",
            "粤财科教〔2024〕45号　粤教财〔2024〕12号　粤卫财〔2024〕3号",
        ] {
            let f = doc_number_line(s).expect(s);
            assert_eq!(&s[f.span.range()], "粤财科教〔2024〕45号", "{s}");
        }
        // Numbers inside a sentence are no line of numbers.
        assert!(doc_number_line("粤财科教〔2024〕45号要求，粤教财〔2024〕12号").is_none());
        assert!(doc_number_line("粤财科教〔2024〕45号文和粤教财〔2024〕12号文").is_none());
    }

    #[test]
    fn ok_number_with_its_signer_far_to_the_right() {
        let s = format!("清府〔2024〕21号{}签发人：王某某", " ".repeat(30));
        let f = doc_number_line(&s).expect("number");
        assert_eq!(f.normalized, "清府〔2024〕21号");
        let long = format!("清府〔2024〕21号{}某某某", " ".repeat(30));
        assert!(doc_number_line(&long).is_none());
    }

    #[test]
    fn ok_span_is_raw() {
        let s = "粵衛(wèi)函〔2020〕13號(hào)";
        let f = doc_number_line(s).expect("number");
        assert_eq!(&s[f.span.range()], "粵衛(wèi)函〔2020〕13號");
    }

    #[test]
    fn err_not_numbers() {
        for s in [
            "〔下称村(社)〕",
            "共(4)项",
            "2021年4月16日",
            "(2013—2015年)",
            "省政府办公厅",
            "第(一)条",
        ] {
            assert_eq!(line(s), None, "{s}");
        }
    }

    #[test]
    fn ok_cited_in_text() {
        let s = "根据《国务院关于扶持小型微型企业健康发展的意见》(国发〔 2014〕 52号)、(国办发〔2014〕39号)";
        let found = find_doc_numbers(s);
        let n: Vec<_> = found.iter().map(|f| f.normalized.as_str()).collect();
        assert_eq!(n, ["国发〔2014〕52号", "国办发〔2014〕39号"]);
    }
}
