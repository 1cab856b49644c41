//! Phase 2: the decoded text as lines.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`. Each line's content span is trimmed of indentation
//! and trailing space (ASCII space and tab, U+3000, U+00A0, a BOM, zero-width spaces), so the
//! input is never rewritten and every span stays true. Lines with no content are dropped here;
//! the number of blank lines before each kept line is recorded, since blank lines separate
//! paragraphs and title fragments.

use std::borrow::Cow;

use crate::model::Span;

/// One non-blank line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Zero-based line number in the input.
    pub no: usize,
    /// The content, trimmed of indentation and trailing space.
    pub span: Span,
    /// Byte offset where the line starts (before indentation).
    pub start: usize,
    /// How many blank lines precede this one.
    pub blanks_before: usize,
}

impl Line {
    /// The content of the line.
    #[must_use]
    pub fn text<'t>(&self, src: &'t str) -> &'t str {
        &src[self.span.range()]
    }
}

/// `s` without its line breaks and the padding around each: how the parser joins the lines of
/// a paragraph that a fixed-width layout broke (text taken from a PDF). A value read from such
/// a paragraph (a department's `raw`, a deadline's `text`) is `joined_lines(&text[span])`;
/// text without a line break comes back as it is.
///
/// ```
/// use gongwen::segment::joined_lines;
/// assert_eq!(joined_lines("省发展改\n　　革委"), "省发展改革委");
/// assert_eq!(joined_lines("省财政厅"), "省财政厅");
/// ```
///
/// A page number of the layout between two lines of a paragraph (`— 2 —`, where a page broke
/// it) is no part of the paragraph either.
#[must_use]
pub fn joined_lines(s: &str) -> std::borrow::Cow<'_, str> {
    if !has_char(s, '\n') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        let line = if i == 0 {
            line
        } else {
            line.trim_start_matches(is_pad)
        };
        let line = line.trim_end_matches(is_pad);
        if i == 0 || !is_page_number(line) {
            out.push_str(line);
        }
    }
    out.into()
}

/// Whether a line is a page number of a printed layout: `- 2 -`, `— 12 —`, `第3页`,
/// `第3页/共12页`.
#[must_use]
pub fn is_page_number(line: &str) -> bool {
    static PAGE_NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^(?:[-—–－]\s*[0-9０-９]{1,3}\s*[-—–－]|第\s*[0-9]{1,3}\s*页(?:\s*/?\s*共\s*[0-9]{1,3}\s*页)?)$",
        )
        .expect("valid page number regex")
    });
    line.len() <= 24 && PAGE_NUMBER.is_match(line)
}

/// Whether `c` is indentation or padding, never content.
#[must_use]
pub fn is_pad(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\r'
            | '\u{3000}'
            | '\u{a0}'
            | '\u{feff}'
            | '\u{200b}'
            | '\u{200c}'
            | '\u{200d}'
            | '\u{2060}'
            | '\u{0b}'
            | '\u{0c}'
    )
}

/// Whether `s` may hold pinyin inserted after characters: a `(` followed by a lower-case or
/// accented Latin letter. Tested once on a whole document, it spares [`without_pinyin`] on each
/// of its lines when it has none.
#[must_use]
pub fn may_hold_pinyin(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b'(', b).any(|i| {
        b.get(i + 1)
            .is_some_and(|&n| n.is_ascii_lowercase() || matches!(n, 0xC3..=0xC7))
    })
}

/// The text without the pinyin that a mirror site inserted after its characters (衛(wèi) →
/// 衛), with a map from each byte of the clean text to the byte of `s` it was copied from (and
/// one more entry, `s.len()`), and the number of insertions; `None` when there is no such
/// pinyin. Pinyin is told by its tone marks: a lower-case word in parentheses with none
/// (人工智能(ai)) is no insertion, unless the text holds marked ones too.
#[must_use]
pub fn mirror_pinyin(s: &str) -> Option<(String, Vec<usize>, usize)> {
    if !may_hold_pinyin(s) {
        return None;
    }
    let b = s.as_bytes();
    // Tone-marked vowels (ā á ǎ à …) are two bytes from C3, C4, C5 or C7, inside `(…)`.
    let marked = memchr::memchr_iter(b'(', b).any(|i| {
        let inner = &b[i + 1..(i + 16).min(b.len())];
        let close = inner.iter().position(|&c| c == b')').unwrap_or(inner.len());
        inner[..close]
            .iter()
            .any(|&c| matches!(c, 0xC3 | 0xC4 | 0xC5 | 0xC7))
            && inner[..close]
                .iter()
                .all(|&c| c.is_ascii_lowercase() || c >= 0x80)
    });
    if !marked {
        return None;
    }
    let (clean, map) = crate::extract::docnum::strip_pinyin(s)?;
    // Each insertion took one `(` with it.
    let count =
        memchr::memchr_iter(b'(', b).count() - memchr::memchr_iter(b'(', clean.as_bytes()).count();
    Some((clean, map, count))
}

/// `s` without the pinyin that mirror sites insert after characters (衛(wèi) → 衛).
#[must_use]
pub fn without_pinyin(s: &str) -> Cow<'_, str> {
    match crate::extract::docnum::strip_pinyin(s) {
        Some((t, _)) => Cow::Owned(t),
        None => Cow::Borrowed(s),
    }
}

/// `s` without HTML left over from a page (`</p>`, `9/p>` → `9`, `&nbsp;`), for reading
/// values; `None` when there is none.
#[must_use]
pub fn without_html(s: &str) -> Option<String> {
    memchr::memchr3(b'<', b'>', b'&', s.as_bytes())?;
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let mut changed = false;
    while let Some(i) = rest.find(['<', '/', '&']) {
        let (before, at) = rest.split_at(i);
        out.push_str(before);
        let tag_end = at.find('>').filter(|&j| {
            j <= 12
                && at[1..j]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == ' ')
        });
        let entity_end = at.find(';').filter(|&j| {
            j <= 8
                && at.starts_with('&')
                && at[1..j]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '#')
        });
        if let Some(j) = tag_end.filter(|_| at.starts_with(['<', '/'])) {
            rest = &at[j + 1..];
            changed = true;
        } else if let Some(j) = entity_end {
            out.push(' ');
            rest = &at[j + 1..];
            changed = true;
        } else {
            let c = at.chars().next().unwrap_or_default();
            out.push(c);
            rest = &at[c.len_utf8()..];
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// Whether `s` looks like text decoded with the wrong encoding.
#[must_use]
pub fn looks_garbled(s: &str) -> bool {
    // UTF-8 read as Latin-1 shows as Ã, Â, â€: lead bytes C2/C3 in the decoded text. Every
    // marker starts with one, so only those places are looked at.
    let b = s.as_bytes();
    let latin = memchr::memchr2_iter(0xC2, 0xC3, b).any(|i| {
        ["Ã", "Â", "â€", "ï¼", "ã€"]
            .iter()
            .any(|m| b[i..].starts_with(m.as_bytes()))
    }) && s
        .chars()
        .filter(|c| ('\u{80}'..='\u{FF}').contains(c))
        .count()
        >= 3;
    // The marks of GBK read as UTF-8 and back, of uninitialised memory, and the replacement
    // character: searched together in one vectorised pass.
    static MARKS: std::sync::LazyLock<regex::bytes::Regex> = std::sync::LazyLock::new(|| {
        regex::bytes::Regex::new("锟斤拷|烫烫烫|屯屯屯|\u{FFFD}").expect("valid marks")
    });
    latin || MARKS.is_match(s.as_bytes())
}

/// The last characters of `words`, sorted, for [`may_end_with`].
#[must_use]
pub fn last_chars<'a>(words: impl IntoIterator<Item = &'a str>) -> Vec<char> {
    let mut last: Vec<char> = words
        .into_iter()
        .filter_map(|w| w.chars().next_back())
        .collect();
    last.sort_unstable();
    last.dedup();
    last
}

/// Whether `s` may end with one of the words whose [`last_chars`] are `last`: whether its own
/// last character is one of them. Most strings asked whether they end with a genre or a type
/// end with none, and this answers them without comparing each word.
#[must_use]
pub fn may_end_with(last: &[char], s: &str) -> bool {
    s.chars()
        .next_back()
        .is_some_and(|c| last.binary_search(&c).is_ok())
}

/// Whether `s` contains `c`: a vectorised search for the last byte of its encoding (a
/// continuation byte, rarer than a lead byte in Chinese text), each hit checked. `str::contains`
/// with a character of several bytes sets up a substring searcher, which on a short text costs
/// more than the search.
#[must_use]
pub fn has_char(s: &str, c: char) -> bool {
    let mut buf = [0; 4];
    has_bytes(s.as_bytes(), c.encode_utf8(&mut buf).as_bytes())
}

/// Whether `s` contains `needle`, searched as [`has_char`] searches: no searcher to set up,
/// for the short texts of lines and names.
#[must_use]
pub fn has_str(s: &str, needle: &str) -> bool {
    has_bytes(s.as_bytes(), needle.as_bytes())
}

/// Where `needle` first occurs in `s`, searched as [`has_str`] searches.
#[must_use]
pub fn find_str(s: &str, needle: &str) -> Option<usize> {
    find_bytes(s.as_bytes(), needle.as_bytes())
}

fn has_bytes(b: &[u8], needle: &[u8]) -> bool {
    find_bytes(b, needle).is_some()
}

fn find_bytes(b: &[u8], needle: &[u8]) -> Option<usize> {
    // The last byte of the first character: where a match must have it.
    let first_len = match needle.first() {
        None => return Some(0),
        Some(&x) if x < 0x80 => 1,
        Some(&x) if x < 0xE0 => 2,
        Some(&x) if x < 0xF0 => 3,
        Some(_) => 4,
    }
    .min(needle.len());
    let key = needle[first_len - 1];
    memchr::memchr_iter(key, b)
        .find(|&i| i + 1 >= first_len && b[i + 1 - first_len..].starts_with(needle))
        .map(|i| i + 1 - first_len)
}

/// The first 。 of `s`, found by a vectorised search for its three bytes together (each of
/// them alone is common in Chinese text).
#[must_use]
pub fn find_full_stop(s: &str) -> Option<usize> {
    static FULL_STOP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("。".as_bytes()));
    FULL_STOP.find(s.as_bytes())
}

/// The first closing lenticular bracket 】 of `b`, found by a vectorised search for its three
/// bytes together (its last byte alone ends many characters).
#[must_use]
pub fn find_lenticular_close(b: &[u8]) -> Option<usize> {
    static CLOSER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("】".as_bytes()));
    CLOSER.find(b)
}

/// The first closing tortoise-shell bracket 〕 of `b`, found as [`find_lenticular_close`]
/// finds 】.
#[must_use]
pub fn find_tortoise_close(b: &[u8]) -> Option<usize> {
    static CLOSER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("〕".as_bytes()));
    CLOSER.find(b)
}

/// Whether `s` has at most `n` characters, without counting them when its length decides
/// (a character is one to four bytes).
#[must_use]
pub fn chars_at_most(s: &str, n: usize) -> bool {
    s.len() <= n || (s.len() <= 4 * n && s.chars().count() <= n)
}

/// Trims padding from both ends of `s[span]`.
#[must_use]
pub fn trim_span(src: &str, span: Span) -> Span {
    let s = &src[span.range()];
    // Most lines start and end with content: no padding byte (ASCII space or tab, or the
    // lead byte of U+00A0, U+3000, U+200B…, U+FEFF) at either end.
    let pad_byte = |b: u8| matches!(b, b' ' | b'\t' | 0x0B | 0x0C | 0xC2 | 0xE2 | 0xE3 | 0xEF);
    let first = s.as_bytes().first().copied();
    let last_char_start = s.char_indices().next_back().map(|(i, _)| i);
    let ends_clean = last_char_start.is_some_and(|i| !pad_byte(s.as_bytes()[i]));
    if first.is_some_and(|b| !pad_byte(b)) && ends_clean {
        return span;
    }
    let trimmed_start = s.trim_start_matches(is_pad);
    let start = span.start + (s.len() - trimmed_start.len());
    let end = start + trimmed_start.trim_end_matches(is_pad).len();
    Span::new(start, end)
}

/// Splits `src` into its non-blank lines.
#[must_use]
pub fn lines(src: &str) -> Vec<Line> {
    let bytes = src.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 40 + 1);
    let mut start = 0;
    let mut no = 0;
    let mut blanks = 0;
    let mut push = |start: usize, end: usize, no: usize, out: &mut Vec<Line>| {
        let mut span = trim_span(src, Span::new(start, end));
        if matches!(bytes.get(span.start), Some(b'#' | b'>' | b'*')) && !span.is_empty() {
            span = without_markdown_marks(src, span);
        }
        if span.is_empty() {
            blanks += 1;
        } else {
            out.push(Line {
                no,
                span,
                start,
                blanks_before: blanks,
            });
            blanks = 0;
        }
    };
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        // \r\n is one break: its \n was counted with the \r.
        if bytes[i] == b'\n' && i > 0 && bytes[i - 1] == b'\r' && i == start {
            start = i + 1;
            continue;
        }
        push(start, i, no, &mut out);
        no += 1;
        start = i + 1;
    }
    push(start, bytes.len(), no, &mut out);
    out
}

/// `span` without the marks of Markdown that a converter may leave around a line's content,
/// as layout like indentation: a heading's `#` to `######` before a space (`## 一、总体要求`),
/// a quote's `> `, and the `**` of a line in bold (`**一、总体要求**`, `**（一）加强整治。**
/// …`, whose second `**` inside the line stays). Anything else is left as it is.
#[cold]
fn without_markdown_marks(src: &str, span: Span) -> Span {
    let t = &src[span.range()];
    if !t.starts_with(['#', '>', '*']) {
        return span;
    }
    let mut rest = t;
    let hashes = rest.len() - rest.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) && rest[hashes..].starts_with([' ', '\u{3000}']) {
        rest = &rest[hashes..];
    } else if let Some(r) = rest.strip_prefix("> ") {
        rest = r;
    }
    rest = rest.trim_start_matches(is_pad);
    if let Some(r) = rest.strip_prefix("**")
        && find_str(r, "**").is_some()
    {
        rest = r;
        if let Some(r) = rest.strip_suffix("**")
            && find_str(r, "**").is_none()
        {
            rest = r;
        }
    }
    if rest.len() == t.len() {
        return span;
    }
    let start = span.start + (rest.as_ptr() as usize - t.as_ptr() as usize);
    trim_span(src, Span::new(start, start + rest.len()))
}

/// One-based line and character column of byte offset `at`, for messages.
#[must_use]
pub fn line_col(src: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    let before = &src[..at];
    let mut line = 1;
    let mut line_start = 0;
    let bytes = before.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn ok_markdown_marks_are_layout() {
        let content = |s: &str| {
            let l = super::lines(s);
            l.first()
                .map(|l| &s[l.span.range()])
                .unwrap_or("")
                .to_string()
        };
        assert_eq!(content("## 一、总体要求"), "一、总体要求");
        assert_eq!(
            content("# 广州市人民政府办公厅关于某事的通知"),
            "广州市人民政府办公厅关于某事的通知"
        );
        assert_eq!(content("> 引文"), "引文");
        assert_eq!(content("**一、总体要求**"), "一、总体要求");
        assert_eq!(
            content("**（一）加强整治。** 2024年完成。"),
            "（一）加强整治。** 2024年完成。"
        );
        // Not Markdown's marks: a word after #, seven #, a lone *, a bold word with no end.
        for s in ["#标签", "####### 七", "*注：某某", "**注意"] {
            assert_eq!(content(s), s);
        }
    }

    use super::*;

    #[test]
    fn last_characters_filter_the_words_a_string_may_end_with() {
        let last = last_chars(["方案", "通知", "函", "规定"]);
        assert_eq!(last, vec!['函', '定', '案', '知']);
        assert!(may_end_with(&last, "关于某某的通知"));
        assert!(may_end_with(&last, "某某函"));
        // Same last character, another word: the filter lets it through to the comparison.
        assert!(may_end_with(&last, "决定"));
        assert!(!may_end_with(&last, "某某工作方"));
        assert!(!may_end_with(&last, "notice"));
        assert!(!may_end_with(&last, ""));
    }

    #[test]
    fn ok_searches_agree_with_std() {
        let texts = [
            "",
            "月",
            "2021年6月底前",
            "省政府办公厅牵头。各地级以上市按职责分工负责",
            "a:b：c",
            "本月月底",
            "鈥〇関係", // shares continuation bytes with the needles
            "关于印发《方案》的通知",
        ];
        let needles = [
            "月",
            "年",
            "。",
            "：",
            ":",
            "关于",
            "月底",
            "的通知",
            "",
            "x",
        ];
        for t in texts {
            for n in needles {
                assert_eq!(has_str(t, n), t.contains(n), "{t:?} {n:?}");
                assert_eq!(find_str(t, n), t.find(n), "{t:?} {n:?}");
                if let Some(c) = n.chars().next().filter(|_| n.chars().count() == 1) {
                    assert_eq!(has_char(t, c), t.contains(c), "{t:?} {c:?}");
                }
            }
            assert_eq!(find_full_stop(t), t.find('。'), "{t:?}");
        }
    }

    #[test]
    fn chars_at_most_counts_characters_not_bytes() {
        assert!(chars_at_most("", 0));
        assert!(chars_at_most("通知", 2));
        assert!(!chars_at_most("通知", 1));
        assert!(chars_at_most("ab", 2));
        assert!(!chars_at_most("abc", 2));
        assert!(!chars_at_most(&"通".repeat(50), 49));
        assert!(chars_at_most(&"通".repeat(50), 50));
    }

    #[test]
    fn ok_line_endings_and_padding() {
        let src = "\u{feff}标题\r\n\r\n\u{3000}\u{3000}正文。\r尾\n  \n末";
        let ls = lines(src);
        let texts: Vec<&str> = ls.iter().map(|l| l.text(src)).collect();
        assert_eq!(texts, ["标题", "正文。", "尾", "末"]);
        assert_eq!(ls.iter().map(|l| l.no).collect::<Vec<_>>(), [0, 2, 3, 5]);
        assert_eq!(ls[1].blanks_before, 1);
        assert_eq!(ls[3].blanks_before, 1);
    }

    #[test]
    fn ok_line_col_counts_characters() {
        let src = "一二\r\n三四五";
        let at = src.find('五').expect("char");
        assert_eq!(line_col(src, at), (2, 3));
        assert_eq!(line_col(src, 0), (1, 1));
    }

    #[test]
    fn ok_html_residue_and_garbling() {
        assert_eq!(
            without_html("2021年4月16日9/p>").as_deref(),
            Some("2021年4月16日9")
        );
        assert_eq!(
            without_html("省政府办公厅</p>").as_deref(),
            Some("省政府办公厅")
        );
        assert_eq!(without_html("a&nbsp;b").as_deref(), Some("a b"));
        assert_eq!(without_html("5>3"), None);
        assert!(looks_garbled("锟斤拷锟斤拷"));
        assert!(looks_garbled("å¹¿ä¸œçœ\u{81}äººæ°‘æ”¿åºœ Ã©"));
        assert!(!looks_garbled("广东省人民政府"));
    }

    #[test]
    fn ok_empty() {
        assert!(lines("").is_empty());
        assert!(lines(" \n\u{3000}\r\n").is_empty());
    }
}
