//! Phase 1: bytes to text.
//!
//! UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM or without one, and GB18030 (a
//! superset of GBK and GB2312) without any marker, which is how archives of Chinese portals often arrive; Big5
//! (traditional script, as some mirror sites serve it) where its reading of the bytes is
//! common Chinese text and GB18030's is not. Bytes that
//! are not valid in the detected encoding are replaced by U+FFFD and reported with their position;
//! they never fail the parse. The BOM stays in the decoded text (it is padding for the segmenter),
//! so offsets into UTF-8 input are offsets into the caller's bytes. [`binary_format`] tells
//! bytes that are no text at all (a PDF, a Word file, an image), which `parse_bytes` refuses.

use std::borrow::Cow;

use encoding_rs::{BIG5, Encoding, GB18030, UTF_16BE, UTF_16LE};

/// The result of decoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// The encoding's name: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030` or `Big5`.
    pub encoding: &'static str,
    /// Byte offsets, in the decoded text, of replacement characters put in for bad input.
    pub replaced: Vec<usize>,
}

/// What `bytes` are when they are no text: a file format told by its first bytes, or `binary
/// data` when one byte in a hundred of the first 4,096 (and four at least) is a control
/// character that no text holds (NUL, and the others but tab, line breaks, the vertical tab
/// and form feed that word processors write for breaks, and escape). Text in UTF-16 with a
/// byte-order mark is text.
#[must_use]
pub fn binary_format(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 10] = [
        (b"%PDF-", "PDF"),
        (b"PK\x03\x04", "ZIP (DOCX, XLSX, OFD)"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "OLE (DOC, XLS, WPS)"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"\x89PNG\r\n\x1A\n", "PNG"),
        (b"GIF87a", "GIF"),
        (b"GIF89a", "GIF"),
        (b"Rar!\x1A\x07", "RAR"),
        (b"7z\xBC\xAF\x27\x1C", "7z"),
        (b"\x1F\x8B", "gzip"),
    ];
    if bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
        || utf16_without_bom(bytes).is_some()
    {
        return None;
    }
    if let Some(&(_, name)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(name);
    }
    let head = &bytes[..bytes.len().min(4096)];
    let is_control =
        |b: u8| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | 0x1B)) || b == 0x7F;
    // Eight bytes at a time: most words of a text hold no byte below 0x20 nor 0x7F, and are
    // passed over whole.
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let words = head.chunks_exact(8);
    let tail = words.remainder();
    let mut control = tail.iter().filter(|&&b| is_control(b)).count();
    for word in words {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        let x = u64::from_le_bytes(w);
        let below = x.wrapping_sub(LO * 0x20) & !x;
        let d = x ^ (LO * 0x7F);
        let del = d.wrapping_sub(LO) & !d;
        if (below | del) & HI != 0 {
            control += word.iter().filter(|&&b| is_control(b)).count();
        }
    }
    (control >= 4 && control * 100 >= head.len()).then_some("binary data")
}

/// UTF-16 written without a byte-order mark: the zero bytes of its ASCII characters (line
/// breaks, digits, spaces) fall on one side of its code units, at least one byte in a hundred
/// of the first 8,000 (a few CJK characters, as 一 U+4E00, have one on the other side), and
/// the whole decodes without a fault.
fn utf16_without_bom(bytes: &[u8]) -> Option<(&'static Encoding, &'static str)> {
    let head = &bytes[..bytes.len().min(8000) & !1];
    memchr::memchr(0, head)?;
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let (enc, name, zeros, stray) = if odd > even {
        (UTF_16LE, "UTF-16LE", odd, even)
    } else {
        (UTF_16BE, "UTF-16BE", even, odd)
    };
    let one_sided = zeros >= 4 && zeros * 100 >= head.len() && stray * 4 <= zeros;
    (one_sided && bytes.len() % 2 == 0 && !enc.decode_without_bom_handling(bytes).1)
        .then_some((enc, name))
}

/// Decodes `bytes`, detecting the encoding.
#[must_use]
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match utf8(rest) {
            // Keep the BOM in the text so that spans are offsets into the caller's bytes.
            Ok(_) => Decoded {
                text: Cow::Borrowed(utf8(bytes).unwrap_or_default()),
                encoding: "UTF-8",
                replaced: Vec::new(),
            },
            Err(_) => lossy_utf8(bytes),
        };
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return with(UTF_16LE, &bytes[2..], "UTF-16LE");
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return with(UTF_16BE, &bytes[2..], "UTF-16BE");
    }
    if let Some((enc, name)) = utf16_without_bom(bytes) {
        return with(enc, bytes, name);
    }
    match utf8(bytes) {
        Ok(s) => Decoded {
            text: Cow::Borrowed(s),
            encoding: "UTF-8",
            replaced: Vec::new(),
        },
        Err(e) => {
            // Input cut inside a multi-byte character at the very end is still UTF-8.
            if e.error_len().is_none() && e.valid_up_to() + 4 > bytes.len() {
                return lossy_utf8(bytes);
            }
            let (gb, gb_bad) = GB18030.decode_without_bom_handling(bytes);
            let utf8_bad = String::from_utf8_lossy(bytes).matches('\u{FFFD}').count();
            if gb_bad && utf8_bad <= gb.matches('\u{FFFD}').count() {
                return lossy_utf8(bytes);
            }
            // Big5 bytes read as GB18030 are rare characters; read as Big5, common ones.
            let (big5, _) = BIG5.decode_without_bom_handling(bytes);
            let (text, encoding) = if commonness(&big5) > commonness(&gb) {
                (big5, "Big5")
            } else {
                (gb, "GB18030")
            };
            let replaced = replacements(&text);
            Decoded {
                text: Cow::Owned(text.into_owned()),
                encoding,
                replaced,
            }
        }
    }
}

/// UTF-8 validation: a SIMD pass (Chinese text is all multi-byte characters, where the
/// standard library's check is slowest), and the standard check for the error's details.
fn utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(_) => std::str::from_utf8(bytes),
    }
}

fn lossy_utf8(bytes: &[u8]) -> Decoded<'_> {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let replaced = replacements(&text);
    Decoded {
        text: Cow::Owned(text),
        encoding: "UTF-8",
        replaced,
    }
}

fn with(enc: &'static Encoding, bytes: &[u8], name: &'static str) -> Decoded<'static> {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    let text = text.into_owned();
    let replaced = replacements(&text);
    Decoded {
        text: Cow::Owned(text),
        encoding: name,
        replaced,
    }
}

/// The most frequent characters of Chinese text, in both scripts, sorted.
const COMMON: &str = "一七万三上下不与专且世业东两严並个中为主么义之九也习书了争事二于五些交产京亲人什今从他代以们件价任众会传但位低住体何作你使來例便保信個們候值做備傳價儿元先光克兒党入內全兩八公六共关其具养内再写军农决况准几出分切划列则別利别到制則前劃力办加务动劳動務勞包化北区區十千半华单南即却卻厂历压原去县参參又及反发取受变口只叫可史号各合同名后向听员周命和品响員商問單器嚴四回因团国图圆國圓圖團土在地场型基報場增壓声处备复外多大天太头她好如始委子存学學它安完定实家容實寫对导将將專對導小少就局层展属層屬山工己已市布带帶常干平年并幹幾广应府度廠廣建开式引张張強强当形影往很律後得從心必志快思性总情想意感應成我或战戰所手才打技把报拉持指按据採接提據支收改放政效教数整數文斗料断新斷方於族无日时明易是時更書最會月有期本术机权条来東极构林果查标样根格條業極構標樣機權次正此步歷段每比毛民气氣水求江決沒没油治況法活派流济海消深清温準溫满滿濟火点热無然照熱爭爲片物特状狀率王现現理生產用由电界當發白百的目直相省看真眼着知石研确確示社离种科积称程種稱積究空立第等算管節米类精系約紅級素細組結給統經維線縣總織红约级线组细织经结给统维置美羣群義習老者而联聯聲聽育能自至與般色节花華萬處號衆行術表被装裏裝西要覆見規親觀见观规角解計記設許話該認說調論證識議變计认议记许论设证识话该说调象資質质资走起越路身車軍較轉车转较辦農边达过运近还这进连适选這通速造連進運過道達適選還邊那部都采里重量金長长門開間關门问间队阶际院除隊階際难集離難電需青非面革音響須領頭題類须领题風风飛飞養馬驗马验體高鬥麼點黨龍龙";

/// How many of the first 4,000 characters of `s` are among the [`COMMON`] ones, less the
/// replacement characters (bad input).
fn commonness(s: &str) -> i64 {
    static SET: std::sync::LazyLock<Vec<char>> =
        std::sync::LazyLock::new(|| COMMON.chars().collect());
    s.chars()
        .take(4_000)
        .map(|c| match c {
            '\u{FFFD}' => -1,
            c if SET.binary_search(&c).is_ok() => 1,
            _ => 0,
        })
        .sum()
}

/// Text whose bytes were once read as Windows-1252 (or Latin-1) and written out again as UTF-8,
/// so that each byte became a character of its own: UTF-8 Chinese shows as `å¹¿ä¸œçœ`, GB18030
/// Chinese as `¹ã¶«Ê¡`. The bytes are taken back and read as UTF-8, else as GB18030, when that
/// gives common Chinese text. Returns the repaired text, a map from each of its bytes to the
/// byte of `s` where the character it was read from starts (and one more entry, `s.len()`),
/// and the name of the encoding the bytes were read in; `None` when the text is not such.
#[must_use]
pub fn repair_mojibake(s: &str) -> Option<(String, Vec<usize>, &'static str)> {
    // The characters of U+0080..=U+00FF are two bytes led by C2 or C3; a text of Chinese has
    // few of them, one damaged so has them for nearly every byte of its Chinese.
    let b = s.as_bytes();
    memchr::memchr2_iter(0xC2, 0xC3, b).nth(15)?;
    let mut bytes = Vec::with_capacity(s.len());
    let mut starts = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        let byte = match u32::from(c) {
            v @ 0..=0xFF => v as u8,
            _ => windows_1252_byte(c)?,
        };
        bytes.push(byte);
        starts.push(i);
    }
    starts.push(s.len());
    let (text, name) = match std::str::from_utf8(&bytes) {
        Ok(t) => (t.to_string(), "UTF-8"),
        Err(_) => {
            let (t, bad) = GB18030.decode_without_bom_handling(&bytes);
            // Only a reading that writes back to the same bytes maps each character to its
            // own (GB18030 reads the byte 80 as €, and writes € as A2 E3).
            if bad || GB18030.encode(&t).0.as_ref() != bytes.as_slice() {
                return None;
            }
            (t.into_owned(), "GB18030")
        }
    };
    if commonness(&text) < 8 {
        return None;
    }
    // Each byte of the repaired text maps to where its character's first byte came from.
    let mut map = Vec::with_capacity(text.len() + 1);
    let mut at = 0;
    for c in text.chars() {
        let taken = if name == "UTF-8" {
            c.len_utf8()
        } else {
            let mut buf = [0u8; 4];
            GB18030.encode(c.encode_utf8(&mut buf)).0.len()
        };
        map.extend(std::iter::repeat_n(*starts.get(at)?, c.len_utf8()));
        at += taken;
    }
    if at != bytes.len() {
        return None;
    }
    map.push(s.len());
    Some((text, map, name))
}

/// The byte that Windows-1252 shows as `c`, for its characters outside Latin-1.
fn windows_1252_byte(c: char) -> Option<u8> {
    const HIGH: [(char, u8); 27] = [
        ('€', 0x80),
        ('‚', 0x82),
        ('ƒ', 0x83),
        ('„', 0x84),
        ('…', 0x85),
        ('†', 0x86),
        ('‡', 0x87),
        ('ˆ', 0x88),
        ('‰', 0x89),
        ('Š', 0x8A),
        ('‹', 0x8B),
        ('Œ', 0x8C),
        ('Ž', 0x8E),
        ('\u{2018}', 0x91),
        ('\u{2019}', 0x92),
        ('\u{201C}', 0x93),
        ('\u{201D}', 0x94),
        ('•', 0x95),
        ('–', 0x96),
        ('—', 0x97),
        ('˜', 0x98),
        ('™', 0x99),
        ('š', 0x9A),
        ('›', 0x9B),
        ('œ', 0x9C),
        ('ž', 0x9E),
        ('Ÿ', 0x9F),
    ];
    HIGH.iter().find(|&&(h, _)| h == c).map(|&(_, b)| b)
}

/// A text with the HTML markup a page left in it taken out: `text`, and for each of its bytes
/// where in the text as given it came from (`starts`) and where what it came from ends
/// (`ends`); `count` tags and entities were read, the first at `first`.
#[derive(Debug)]
pub struct Unmarked {
    /// The text without markup.
    pub text: String,
    /// For each byte of `text`, the byte of the source it was read from.
    pub starts: Vec<usize>,
    /// For each byte of `text`, the end of the source it was read from (past an entity).
    pub ends: Vec<usize>,
    /// How many tags and entities were read.
    pub count: usize,
    /// The source range of the first.
    pub first: (usize, usize),
}

/// Block elements: each ends a line (`</p><p>` inside a line parts two paragraphs).
const BLOCK_TAGS: [&str; 22] = [
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tbody",
    "thead",
    "ul",
    "ol",
    "section",
    "article",
    "blockquote",
    "dl",
    "dd",
    "center",
];

/// Elements of running text (and the empty paragraphs of a word processor, `<o:p>`), which
/// leave nothing; a cell (`td`, `th`) leaves a tab.
const INLINE_TAGS: [&str; 24] = [
    "span", "a", "b", "i", "u", "s", "em", "strong", "font", "sup", "sub", "small", "big", "img",
    "hr", "td", "th", "tfoot", "pre", "code", "label", "o:p", "dt", "nobr",
];

/// The length of a tag at the start of `s` (`<p>`, `</p>`, `<br/>`, `<p style="…">`,
/// `<!-- … -->`) and its name, lower-cased.
fn tag_at(s: &str) -> Option<(usize, String)> {
    let b = s.as_bytes();
    // (Each search looks only a short way ahead, so that many unclosed brackets stay cheap.)
    if s.starts_with("<!--") {
        let window = &b[..b.len().min(2000)];
        return memchr::memmem::find(window, b"-->").map(|e| (e + 3, String::new()));
    }
    let mut i = 1;
    if b.get(i) == Some(&b'/') {
        i += 1;
    }
    let name_start = i;
    while i - name_start < 12
        && b.get(i)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b':')
    {
        i += 1;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    if !BLOCK_TAGS.contains(&name.as_str()) && !INLINE_TAGS.contains(&name.as_str()) {
        return None;
    }
    // Attributes: anything but another tag's brackets, within one short stretch.
    let close = memchr::memchr(b'>', &b[i..b.len().min(i + 400)]).map(|e| i + e)?;
    let attrs = &s[i..close];
    let ok = attrs.is_empty()
        || attrs == "/"
        || (attrs.starts_with([' ', '\t', '\n', '/'])
            && attrs.len() <= 400
            && !attrs.contains('<'));
    ok.then_some((close + 1, name))
}

/// The character of an entity at the start of `s` (`&nbsp;`, `&#12288;`, `&#x3000;`) and
/// its length.
fn entity_at(s: &str) -> Option<(char, usize)> {
    let end = s.as_bytes().iter().take(10).position(|&c| c == b';')?;
    let name = &s[1..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let v = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(v).filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))?
    } else {
        match name {
            "nbsp" | "ensp" | "thinsp" => ' ',
            "emsp" => '\u{3000}',
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            "ldquo" => '“',
            "rdquo" => '”',
            "lsquo" => '‘',
            "rsquo" => '’',
            "mdash" => '—',
            "hellip" => '…',
            "middot" => '·',
            "times" => '×',
            _ => return None,
        }
    };
    Some((c, end + 1))
}

/// Whether the character at `b[i..]`, whose first byte is 0xE2, is one of the format
/// characters that show nothing and that pages and editors leave inside words: zero-width
/// spaces and joiners and direction marks (U+200B–U+200F), and the word joiner (U+2060).
/// (Not the soft hyphen: U+00AD is also how Windows-1252 shows the byte 0xAD of a text's
/// mojibake, which [`repair_mojibake`] reads back.)
fn invisible_at(b: &[u8], i: usize) -> bool {
    matches!(
        b.get(i + 1..i + 3),
        Some([0x80, 0x8B..=0x8F] | [0x81, 0xA0])
    )
}

/// `s` without the invisible format characters inside it (see [`invisible_at`]), when it
/// holds any (粤办\u{200b}函 is 粤办函 to every reader). `None` for a text with none. (A
/// byte-order mark is read as white space, as at a line's ends it is; inside a word, where
/// only files joined end to end put one, it is not looked for.)
#[must_use]
pub fn strip_invisible(s: &str) -> Option<Unmarked> {
    let b = s.as_bytes();
    // (One quick search: 0xE2 leads only punctuation in a Chinese text.)
    let found: Vec<(usize, usize)> = memchr::memchr_iter(0xE2, b)
        .filter(|&i| invisible_at(b, i))
        .map(|i| (i, i + 3))
        .collect();
    let &first = found.first()?;
    let mut out = Unmarked {
        text: String::with_capacity(s.len()),
        starts: Vec::with_capacity(s.len() + 1),
        ends: Vec::with_capacity(s.len() + 1),
        count: found.len(),
        first,
    };
    let mut copied = 0;
    for (start, end) in found.into_iter().chain([(s.len(), s.len())]) {
        out.text.push_str(&s[copied..start]);
        out.starts.extend(copied..start);
        out.ends.extend(copied + 1..start + 1);
        copied = end;
    }
    out.starts.push(s.len());
    out.ends.push(s.len());
    Some(out)
}

/// `s` without the HTML markup a page left in it (tags, comments, entities), when it holds
/// any: a block element ends a line, a table cell is set off by a tab, an entity is its
/// character. `None` for a text with none.
#[must_use]
pub fn strip_markup(s: &str) -> Option<Unmarked> {
    let b = s.as_bytes();
    // (Most texts hold no `<` and no `&`.)
    let mut at = memchr::memchr2_iter(b'<', b'&', b).peekable();
    at.peek()?;
    let mut out = Unmarked {
        text: String::with_capacity(s.len()),
        starts: Vec::with_capacity(s.len() + 1),
        ends: Vec::with_capacity(s.len() + 1),
        count: 0,
        first: (0, 0),
    };
    // A line break or a tab owed by a tag, written before the next character unless a line
    // break comes first; where it was owed from.
    let mut owed: Option<(char, usize)> = None;
    let mut copied = 0;
    fn push(out: &mut Unmarked, c: char, from: usize, to: usize) {
        for _ in 0..c.len_utf8() {
            out.starts.push(from);
            out.ends.push(to);
        }
        out.text.push(c);
    }
    fn copy(out: &mut Unmarked, owed: &mut Option<(char, usize)>, s: &str, from: usize, to: usize) {
        if from >= to {
            return;
        }
        if let Some((c, at)) = *owed {
            // Padding before the next character leaves the debt for it.
            let next = s[from..to].trim_start_matches([' ', '\t']);
            if !next.is_empty() {
                *owed = None;
                if !next.starts_with(['\n', '\r']) {
                    push(out, c, at, at);
                }
            }
        }
        out.text.push_str(&s[from..to]);
        for i in from..to {
            out.starts.push(i);
            out.ends.push(i + 1);
        }
    }
    for i in at {
        if i < copied {
            continue;
        }
        let rest = &s[i..];
        let read = if b[i] == b'<' {
            tag_at(rest).map(|(len, name)| {
                let owe = if BLOCK_TAGS.contains(&name.as_str()) {
                    Some('\n')
                } else if matches!(name.as_str(), "td" | "th") && !rest.starts_with("</") {
                    Some('\t')
                } else {
                    None
                };
                (len, None, owe)
            })
        } else {
            entity_at(rest).map(|(c, len)| (len, Some(c), None))
        };
        let Some((len, c, owe)) = read else {
            continue;
        };
        copy(&mut out, &mut owed, s, copied, i);
        if out.count == 0 {
            out.first = (i, i + len);
        }
        out.count += 1;
        if let Some(c) = c {
            if let Some((o, oat)) = owed.take() {
                push(&mut out, o, oat, oat);
            }
            push(&mut out, c, i, i + len);
        }
        if let Some(o) = owe {
            // Nothing is owed at the start of a line; a line break wins over a tab.
            let at_line_start = out.text.is_empty() || out.text.ends_with('\n');
            if !at_line_start && owed.is_none_or(|(c, _)| c == '\t') {
                owed = Some((o, i));
            }
        }
        copied = i + len;
    }
    if out.count == 0 {
        return None;
    }
    copy(&mut out, &mut owed, s, copied, s.len());
    out.starts.push(s.len());
    out.ends.push(s.len());
    Some(out)
}

fn replacements(s: &str) -> Vec<usize> {
    s.match_indices('\u{FFFD}').map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_invisible_characters_are_taken_out_and_mapped_back() {
        let s = "\u{feff}粤办\u{200b}函〔2021〕\u{2060}55号\u{200d}";
        let v = strip_invisible(s).expect("some");
        assert_eq!(v.text, "\u{feff}粤办函〔2021〕55号");
        // Punctuation led by the same byte stays: “”—….
        assert!(strip_invisible("“通知”——…").is_none());
        assert_eq!(v.count, 3);
        assert_eq!(&s[v.first.0..v.first.1], "\u{200b}");
        // Each byte comes from its own byte; the last ends the source.
        let at = v.text.find('函').unwrap();
        assert_eq!(&s[v.starts[at]..v.ends[at + 2]], "函");
        assert_eq!(v.starts.len(), v.text.len() + 1);
        assert_eq!(v.starts[v.text.len()], s.len());
        // A text with none, or only its own byte-order mark, is left alone.
        assert!(strip_invisible("粤办函〔2021〕55号").is_none());
        assert!(strip_invisible("\u{feff}粤办函").is_none());
    }

    #[test]
    fn ok_markup_is_taken_out_with_a_map_back() {
        let src =
            "<p>粤府办〔2022〕13号</p>\n<p>&nbsp;&nbsp;一、做好甲事。</p><p>二、做好乙事。</p>";
        let u = strip_markup(src).expect("markup");
        assert_eq!(
            u.text,
            "粤府办〔2022〕13号\n  一、做好甲事。\n二、做好乙事。"
        );
        assert_eq!(u.count, 8);
        assert_eq!(&src[u.first.0..u.first.1], "<p>");
        // Each byte maps back to where it was read; a span ends with its last character.
        let at = u.text.find("二、").unwrap();
        assert_eq!(
            &src[u.starts[at]..u.ends[at + "二、做好乙事。".len() - 1]],
            "二、做好乙事。"
        );
        let number = &u.text[..u.text.find('\n').unwrap()];
        assert_eq!(
            &src[u.starts[0]..u.ends[number.len() - 1]],
            "粤府办〔2022〕13号"
        );
        let nbsp = u.text.find(' ').unwrap();
        assert_eq!(&src[u.starts[nbsp]..u.ends[nbsp]], "&nbsp;");
        assert_eq!(u.starts.len(), u.text.len() + 1);
    }

    #[test]
    fn ok_table_cells_are_parted_by_tabs() {
        let src = "<table><tr><td>1</td><td>推进某事</td><td>省甲厅</td></tr><tr><td>2</td><td>乙</td></tr></table>";
        let u = strip_markup(src).expect("markup");
        assert_eq!(u.text, "1\t推进某事\t省甲厅\n2\t乙");
    }

    #[test]
    fn ok_text_that_only_looks_like_markup_is_left() {
        for s in [
            "PM2.5<35微克/立方米",
            "<关于某事的通知>已经印发",
            "A&B公司",
            "5>3 & 2<4",
            "&unknown;",
            "<QGW>与<ABC>",
        ] {
            assert!(strip_markup(s).is_none(), "{s}");
        }
    }

    #[test]
    fn ok_mojibake_is_read_back() {
        let original =
            "广东省人民政府办公厅关于印发某方案的通知\n粤办函〔2023〕1号\n各地级以上市人民政府：";
        // UTF-8 bytes shown as Windows-1252.
        let utf8: String = original
            .bytes()
            .map(|b| match b {
                0x80..=0x9F => {
                    let one = [b];
                    let (t, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&one);
                    t.chars().next().unwrap_or('?')
                }
                _ => char::from(b),
            })
            .collect();
        let (text, map, name) = repair_mojibake(&utf8).expect("repaired");
        assert_eq!((text.as_str(), name), (original, "UTF-8"));
        assert_eq!(map.len(), text.len() + 1);
        // Spans of the repair are taken back onto whole characters of the damaged text.
        let title_end = original.find('\n').unwrap_or(0);
        assert!(utf8.is_char_boundary(map[title_end]));
        assert_eq!(&utf8[map[title_end]..map[title_end + 1]], "\n");
        // GB18030 bytes shown as Latin-1.
        let (gb, _, _) = GB18030.encode(original);
        let latin: String = gb.iter().map(|&b| char::from(b)).collect();
        let (text, _, name) = repair_mojibake(&latin).expect("repaired");
        assert_eq!((text.as_str(), name), (original, "GB18030"));
        // A byte that GB18030 reads as a character it writes otherwise (80 is €, written
        // A2 E3) leaves no map: no repair, and no panic.
        let mut odd = gb.to_vec();
        odd.insert(0, 0x80);
        let latin: String = odd.iter().map(|&b| char::from(b)).collect();
        assert!(repair_mojibake(&latin).is_none());
        // Text with a few accented letters is no mojibake.
        assert!(repair_mojibake("Café résumé naïve façade — 广东省人民政府").is_none());
        assert!(repair_mojibake(original).is_none());
    }

    #[test]
    fn ok_utf8_and_bom() {
        let d = decode("粤办函".as_bytes());
        assert_eq!((d.text.as_ref(), d.encoding), ("粤办函", "UTF-8"));
        let d = decode("\u{feff}粤办函".as_bytes());
        assert_eq!(d.text.as_ref(), "\u{feff}粤办函");
        assert!(d.replaced.is_empty());
    }

    #[test]
    fn ok_utf16_and_gb18030() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("通知".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).text.as_ref(), "通知");
        assert_eq!(decode(&le).encoding, "UTF-16LE");
        let mut be = vec![0xFE, 0xFF];
        be.extend("通知".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).encoding, "UTF-16BE");
        // Without a byte-order mark: told by the zero bytes of its ASCII characters.
        let text = "关于印发的通知\n一、2021年6月底前完成。\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(
            (decode(&le).text.as_ref(), decode(&le).encoding),
            (text, "UTF-16LE")
        );
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(
            (decode(&be).text.as_ref(), decode(&be).encoding),
            (text, "UTF-16BE")
        );
        assert_eq!(binary_format(&le), None);
        // Zero bytes on both sides are no UTF-16.
        assert_eq!(
            binary_format(b"a\x00\x00b\x00\x00c\x00\x00d\x00\x00"),
            Some("binary data")
        );
        let (gb, _, _) = GB18030.encode("广东省人民政府办公厅关于印发的通知");
        let d = decode(&gb);
        assert_eq!(
            (d.text.as_ref(), d.encoding),
            ("广东省人民政府办公厅关于印发的通知", "GB18030")
        );
    }

    #[test]
    fn ok_big5_told_from_gb18030() {
        let text = "廣東省人民政府辦公廳關於印發實施方案的通知\n各地級以上市人民政府：";
        let (b5, _, bad) = BIG5.encode(text);
        assert!(!bad);
        let d = decode(&b5);
        assert_eq!((d.text.as_ref(), d.encoding), (text, "Big5"));
        // Simplified text in GB18030 stays GB18030, traditional too.
        for text in [
            "广东省人民政府办公厅关于印发的通知",
            "廣東省人民政府辦公廳關於印發的通知",
        ] {
            let (gb, _, _) = GB18030.encode(text);
            let d = decode(&gb);
            assert_eq!((d.text.as_ref(), d.encoding), (text, "GB18030"));
        }
        assert!(
            COMMON
                .chars()
                .collect::<Vec<_>>()
                .windows(2)
                .all(|w| w[0] < w[1])
        );
    }

    #[test]
    fn ok_bad_bytes_are_reported() {
        let mut b = "通知".as_bytes().to_vec();
        b.push(0xE5); // a character cut at the end
        let d = decode(&b);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.replaced, vec!["通知".len()]);
    }
}
