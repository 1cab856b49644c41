//! The document-number grammar read by hand. A number is an agency (a run of one to sixteen
//! ideographs), optional white space, then one of four forms, tried in order:
//!
//! 1. `〔2021〕55号`: a bracketed year of four or two digits, its closing bracket, a serial of up
//!    to five digits (第 may stand before it), an optional 号 (white space allowed between all
//!    of them);
//! 2. `〔2021 55号`: the closing bracket lost, year and serial apart;
//! 3. `〔202155号`: the closing bracket lost, year and serial fused;
//! 4. `202155号`: no brackets at all, ASCII digits, 号 required.
//!
//! The agency ends where the ideographs end, so a number is looked for where a form can start —
//! at an opening bracket or an ASCII digit — and its agency read backward from there. The same
//! grammar written as a regular expression is kept in the tests (`super::grammar`), and a test
//! holds this reader to it, part by part.

use crate::model::Span;

/// One number: the places of its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Number {
    /// The whole number (trailing white space after the serial included when no 号 follows).
    pub all: Span,
    /// The ideographs before it.
    pub agency: Span,
    /// Which form (1–4).
    pub form: u8,
    /// The year digits.
    pub year: Span,
    /// The serial digits.
    pub serial: Span,
    /// 号 or 號.
    pub hao: Option<Span>,
}

/// Every number in `s`, in order, none overlapping: the leftmost from where the last one ended,
/// as a regular-expression search would find them.
pub(super) fn numbers(s: &str) -> impl Iterator<Item = Number> + '_ {
    let b = s.as_bytes();
    let mut at = 0;
    let mut o = 0;
    std::iter::from_fn(move || {
        while o < b.len() {
            let here = o;
            o += 1;
            // A form starts with an opening bracket or (form 4) an ASCII digit.
            let opens = match b[here] {
                b'[' | b'(' => true,
                b'0'..=b'9' => false,
                0xE3 | 0xEF => {
                    if opening_bracket(b, here).is_none() {
                        continue;
                    }
                    true
                }
                _ => continue,
            };
            let Some(agency) = agency_before(s, at, here) else {
                continue;
            };
            let found = if opens {
                bracketed(b, here)
            } else {
                bare(b, here)
            };
            if let Some((form, year, serial, hao, end)) = found {
                at = end;
                o = end;
                return Some(Number {
                    all: Span::new(agency.start, end),
                    agency,
                    form,
                    year,
                    serial,
                    hao,
                });
            }
        }
        None
    })
}

/// The agency of a number whose form starts at `o`: back over white space to the end of a run of
/// ideographs, whose last sixteen at most (and none before `at`) it is.
fn agency_before(s: &str, at: usize, o: usize) -> Option<Span> {
    let before = &s[at.min(o)..o];
    let mut chars = before.char_indices().rev().peekable();
    while chars.next_if(|&(_, c)| c.is_whitespace()).is_some() {}
    let end = at + chars.peek().map(|&(i, c)| i + c.len_utf8())?;
    let mut start = end;
    for (i, c) in chars.take(16) {
        if !is_agency_char(c) {
            break;
        }
        start = at + i;
    }
    (start < end).then(|| Span::new(start, end))
}

/// The ideographs an agency is written in.
fn is_agency_char(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Past an opening bracket at `p`: 〔 [ ［ （ ( 【 ﹝ 〖 ﹙.
fn opening_bracket(b: &[u8], p: usize) -> Option<usize> {
    match b.get(p..)? {
        [b'[' | b'(', ..] => Some(p + 1),
        [0xE3, 0x80, 0x94 | 0x90 | 0x96, ..]
        | [0xEF, 0xBC, 0xBB | 0x88, ..]
        | [0xEF, 0xB9, 0x9D | 0x99, ..] => Some(p + 3),
        _ => None,
    }
}

/// Past a closing bracket at `p`: 〕 ] ］ ） ) 】 ﹞ 〗 ﹚.
fn closing_bracket(b: &[u8], p: usize) -> Option<usize> {
    match b.get(p..)? {
        [b']' | b')', ..] => Some(p + 1),
        [0xE3, 0x80, 0x95 | 0x91 | 0x97, ..]
        | [0xEF, 0xBC, 0xBD | 0x89, ..]
        | [0xEF, 0xB9, 0x9E | 0x9A, ..] => Some(p + 3),
        _ => None,
    }
}

/// Past a digit of either width at `p`.
fn digit(b: &[u8], p: usize) -> Option<usize> {
    match b.get(p..)? {
        [b'0'..=b'9', ..] => Some(p + 1),
        [0xEF, 0xBC, 0x90..=0x99, ..] => Some(p + 3),
        _ => None,
    }
}

/// Past exactly `n` digits of either width.
fn digits_exactly(b: &[u8], p: usize, n: usize) -> Option<usize> {
    (0..n).try_fold(p, |q, _| digit(b, q))
}

/// Past one to `max` digits of either width, as many as there are.
fn digits_up_to(b: &[u8], p: usize, max: usize) -> Option<usize> {
    let mut q = digit(b, p)?;
    for _ in 1..max {
        match digit(b, q) {
            Some(r) => q = r,
            None => break,
        }
    }
    Some(q)
}

/// Past white space (possibly none).
fn space(b: &[u8], p: usize) -> usize {
    let mut q = p;
    while let Some(c) = char_at(b, q).filter(|c| c.is_whitespace()) {
        q += c.len_utf8();
    }
    q
}

/// The character at `p`, a character boundary.
fn char_at(b: &[u8], p: usize) -> Option<char> {
    let rest = b.get(p..)?;
    let len = match *rest.first()? {
        c if c < 0x80 => return Some(char::from(c)),
        c if c >= 0xF0 => 4,
        c if c >= 0xE0 => 3,
        _ => 2,
    };
    std::str::from_utf8(rest.get(..len)?).ok()?.chars().next()
}

/// Past 号 or 號 at `p`.
fn hao(b: &[u8], p: usize) -> Option<usize> {
    match b.get(p..)? {
        [0xE5, 0x8F, 0xB7, ..] | [0xE8, 0x99, 0x9F, ..] => Some(p + 3),
        _ => None,
    }
}

type Form = (u8, Span, Span, Option<Span>, usize);

/// Forms 1–3, which start with the opening bracket at `o`.
fn bracketed(b: &[u8], o: usize) -> Option<Form> {
    let open = opening_bracket(b, o)?;
    // The serial and an optional 号 after it, white space allowed before each (forms 1, 2).
    let serial_then_hao = |p: usize| {
        let q = space(b, p);
        let s_end = digits_up_to(b, q, 5)?;
        let h_at = space(b, s_end);
        let h = hao(b, h_at).map(|e| Span::new(h_at, e));
        Some((Span::new(q, s_end), h, h.map_or(h_at, |h| h.end)))
    };
    // 1. 〔2021〕55号 or 〔21〕55号, and 〔2023〕第5号.
    let y = space(b, open);
    for n in [4, 2] {
        if let Some(y_end) = digits_exactly(b, y, n)
            && let Some(c) = closing_bracket(b, space(b, y_end))
            && let Some((serial, h, end)) = serial_then_hao(c).or_else(|| {
                let di = space(b, c);
                let after_di = b.get(di..di + 3).filter(|w| *w == "第".as_bytes())?;
                serial_then_hao(di + after_di.len())
            })
        {
            return Some((1, Span::new(y, y_end), serial, h, end));
        }
    }
    // 2. 〔2021 55号: white space where the closing bracket was.
    if let Some(y_end) = digits_exactly(b, y, 4) {
        let gap = space(b, y_end);
        if gap > y_end
            && let Some((serial, h, end)) = serial_then_hao(gap)
        {
            return Some((2, Span::new(y, y_end), serial, h, end));
        }
    }
    // 3. 〔202155号: year and serial fused, nothing between.
    let century = match b.get(open..)? {
        [b'1', b'9', ..] | [b'2', b'0', ..] => Some(open + 2),
        [0xEF, 0xBC, 0x91, 0xEF, 0xBC, 0x99, ..] | [0xEF, 0xBC, 0x92, 0xEF, 0xBC, 0x90, ..] => {
            Some(open + 6)
        }
        _ => None,
    };
    let y_end = digits_exactly(b, century?, 2)?;
    let s_end = digits_up_to(b, y_end, 5)?;
    let h = hao(b, s_end).map(|e| Span::new(s_end, e));
    Some((
        3,
        Span::new(open, y_end),
        Span::new(y_end, s_end),
        h,
        h.map_or(s_end, |h| h.end),
    ))
}

/// Form 4, which starts with the ASCII digits at `o`: `(19|20)[0-9]{2}[0-9]{1,4}(号|號)`.
fn bare(b: &[u8], o: usize) -> Option<Form> {
    if !matches!(b.get(o..o + 2)?, [b'1', b'9'] | [b'2', b'0']) {
        return None;
    }
    let ascii = |p: usize| b.get(p).is_some_and(u8::is_ascii_digit).then_some(p + 1);
    let y_end = ascii(ascii(o + 2)?)?;
    let mut s_end = ascii(y_end)?;
    for _ in 1..4 {
        match ascii(s_end) {
            Some(q) => s_end = q,
            None => break,
        }
    }
    let h_end = hao(b, s_end)?;
    Some((
        4,
        Span::new(o, y_end),
        Span::new(y_end, s_end),
        Some(Span::new(s_end, h_end)),
        h_end,
    ))
}
