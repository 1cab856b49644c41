//! The JSON of the model written directly, without serde: the same bytes as `serde_json`'s
//! compact output of the derived `Serialize` implementations (a test holds the two together on
//! every fixture and on generated notices), at a fraction of the cost.
//!
//! Keys come out in the order the model declares its fields, as serde's derive writes them.
//! Each object is written by [`object!`], which destructures its struct completely, so a field
//! added to the model without being added here does not compile.

use crate::model::{
    Anchor, Block, Date, Deadline, DeadlineKind, Department, DocNumber, HeaderSpans, Notice,
    Paragraph, Portal, PortalSpans, Responsibility, Role, Section, Span, Warning, WarningCode,
};

/// A buffer that JSON is appended to: bytes for a converter's records, or the `String` of
/// [`Notice::to_json`], which so needs no second pass to check that its bytes are UTF-8.
trait Sink {
    /// Appends text.
    fn put(&mut self, s: &str);
    /// Appends ASCII bytes (digits, a date).
    fn put_ascii(&mut self, b: &[u8]);
    /// Makes room for `n` more bytes.
    fn room(&mut self, n: usize);
}

impl Sink for Vec<u8> {
    fn put(&mut self, s: &str) {
        self.extend_from_slice(s.as_bytes());
    }
    fn put_ascii(&mut self, b: &[u8]) {
        self.extend_from_slice(b);
    }
    fn room(&mut self, n: usize) {
        self.reserve(n);
    }
}

impl Sink for String {
    fn put(&mut self, s: &str) {
        self.push_str(s);
    }
    fn put_ascii(&mut self, b: &[u8]) {
        self.extend(b.iter().map(|&c| char::from(c)));
    }
    fn room(&mut self, n: usize) {
        self.reserve(n);
    }
}

/// A value of the model that can append its JSON to a buffer.
trait Json {
    fn json<W: Sink>(&self, w: &mut W);
}

/// Writes `$value` (a struct) as a JSON object with the listed fields, in that order.
macro_rules! object {
    ($w:ident, $value:expr, $ty:ident { $first:ident $(, $field:ident)* $(,)? }) => {{
        let $ty { $first, $($field),* } = $value;
        $w.put(concat!("{\"", stringify!($first), "\":"));
        $first.json($w);
        $(
            $w.put(concat!(",\"", stringify!($field), "\":"));
            $field.json($w);
        )*
        $w.put("}");
    }};
}

impl Notice {
    /// The notice as compact JSON: the same text as `serde_json::to_string(&notice)`, written
    /// without serde and several times faster.
    ///
    /// ```
    /// let notice = gongwen::parse("关于做好某项工作的通知\n一、加强统筹。\n")?;
    /// let json = notice.to_json();
    /// assert!(json.starts_with(r#"{"schema_version":"1","#));
    /// # Ok::<(), gongwen::ParseError>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        // The JSON of a notice runs to about three times the text its spans cover.
        let covered = self
            .enclosures
            .iter()
            .map(|b| b.span.end)
            .fold(self.body.span.end, usize::max);
        let mut out = String::with_capacity(3 * covered + 1024);
        self.json(&mut out);
        out
    }

    /// Appends the compact JSON of the notice ([`Notice::to_json`]) to `out`: a converter can
    /// reuse one buffer for a whole archive.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        self.json(out);
    }
}

impl Json for Notice {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            Notice {
                schema_version,
                parser_version,
                source_encoding,
                title,
                doc_type,
                doc_number,
                issuer,
                issuers,
                signatory,
                addressees,
                written_date,
                published_date,
                cc,
                printed_by,
                printed_date,
                spans,
                portal,
                body,
                enclosures,
                warnings,
            }
        );
    }
}

impl Json for HeaderSpans {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            HeaderSpans {
                title,
                doc_number,
                issuer,
                signatory,
                written_date,
                published_date,
                addressees,
                cc,
                printed,
            }
        );
    }
}

impl Json for DocNumber {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            DocNumber {
                raw,
                normalized,
                agency,
                year,
                serial,
                span,
            }
        );
    }
}

impl Json for Portal {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            Portal {
                breadcrumbs,
                index_number,
                category,
                publisher,
                written_date,
                title,
                doc_number,
                published_date,
                published_at,
                source,
                effective_date,
                expiry_date,
                spans,
                furniture,
            }
        );
    }
}

impl Json for PortalSpans {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            PortalSpans {
                breadcrumbs,
                index_number,
                category,
                publisher,
                written_date,
                title,
                doc_number,
                published_date,
                published_at,
                source,
                effective_date,
                expiry_date,
            }
        );
    }
}

impl Json for Block {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            Block {
                label,
                title,
                doc_number,
                addressees,
                signatory,
                written_date,
                preamble,
                sections,
                closing,
                span,
            }
        );
    }
}

impl Json for Paragraph {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            Paragraph {
                text,
                deadlines,
                span
            }
        );
    }
}

impl Json for Section {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            Section {
                path,
                level,
                marker,
                number,
                heading,
                text,
                responsibility,
                deadlines,
                children,
                span,
            }
        );
    }
}

impl Json for Responsibility {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            Responsibility {
                raw,
                departments,
                span,
            }
        );
    }
}

impl Json for Department {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            Department {
                name,
                raw,
                role,
                generic,
                span,
            }
        );
    }
}

impl Json for Deadline {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            Deadline {
                text,
                kind,
                date,
                time,
                anchor,
                clause,
                span,
            }
        );
    }
}

impl Json for Warning {
    fn json<W: Sink>(&self, w: &mut W) {
        object!(
            w,
            self,
            Warning {
                code,
                message,
                span
            }
        );
    }
}

impl Json for Span {
    fn json<W: Sink>(&self, w: &mut W) {
        w.put("{\"start\":");
        write_u64(w, self.start as u64);
        w.put(",\"end\":");
        write_u64(w, self.end as u64);
        w.put("}");
    }
}

impl Json for Date {
    fn json<W: Sink>(&self, w: &mut W) {
        match self.iso_bytes() {
            Some(iso) => {
                w.put("\"");
                w.put_ascii(&iso);
                w.put("\"");
            }
            // Years before 0 or after 9999: as Display writes them.
            None => write_str(w, &self.to_string()),
        }
    }
}

/// Enums whose JSON is their snake_case name.
macro_rules! named {
    ($($ty:ty),*) => {$(
        impl Json for $ty {
            fn json<W: Sink>(&self, w: &mut W) {
                w.put("\"");
                w.put(self.as_str());
                w.put("\"");
            }
        }
    )*};
}

named!(Role, DeadlineKind, WarningCode);

impl Json for Anchor {
    fn json<W: Sink>(&self, w: &mut W) {
        w.put(match self {
            Anchor::Written => "\"written\"",
            Anchor::Published => "\"published\"",
            Anchor::Option => "\"option\"",
        });
    }
}

impl Json for String {
    fn json<W: Sink>(&self, w: &mut W) {
        write_str(w, self);
    }
}

impl Json for bool {
    fn json<W: Sink>(&self, w: &mut W) {
        w.put(if *self { "true" } else { "false" });
    }
}

impl Json for u32 {
    fn json<W: Sink>(&self, w: &mut W) {
        write_u64(w, u64::from(*self));
    }
}

impl Json for i32 {
    fn json<W: Sink>(&self, w: &mut W) {
        if *self < 0 {
            w.put("-");
        }
        write_u64(w, u64::from(self.unsigned_abs()));
    }
}

impl<T: Json> Json for Option<T> {
    fn json<W: Sink>(&self, w: &mut W) {
        match self {
            Some(v) => v.json(w),
            None => w.put("null"),
        }
    }
}

impl<T: Json> Json for Vec<T> {
    fn json<W: Sink>(&self, w: &mut W) {
        w.put("[");
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                w.put(",");
            }
            v.json(w);
        }
        w.put("]");
    }
}

/// Appends `n` in decimal.
fn write_u64<W: Sink>(w: &mut W, n: u64) {
    let mut buf = [0u8; 20];
    w.put_ascii(crate::extract::numeral::decimal_digits(n, &mut buf));
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes of `x` is a control character, `"` or `\`.
const fn needs_escape(x: u64) -> bool {
    // A byte below 0x20; a byte equal to 0x22; a byte equal to 0x5C (exact tests, no false
    // positive over the whole word).
    let control = x.wrapping_sub(LO * 0x20) & !x;
    let q = x ^ (LO * b'"' as u64);
    let quote = q.wrapping_sub(LO) & !q;
    let b = x ^ (LO * b'\\' as u64);
    let backslash = b.wrapping_sub(LO) & !b;
    (control | quote | backslash) & HI != 0
}

/// The escape of one byte, as serde_json writes it: `None` when the byte stands for itself.
fn escape(c: u8) -> Option<&'static str> {
    const CONTROL: [&str; 32] = [
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
        "\\b", "\\t", "\\n", "\\u000b", "\\f", "\\r", "\\u000e", "\\u000f", "\\u0010", "\\u0011",
        "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017", "\\u0018", "\\u0019",
        "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
    ];
    match c {
        0..=0x1F => Some(CONTROL[c as usize]),
        b'"' => Some("\\\""),
        b'\\' => Some("\\\\"),
        _ => None,
    }
}

/// Appends `s` as a JSON string.
fn write_str<W: Sink>(w: &mut W, s: &str) {
    let b = s.as_bytes();
    w.room(b.len() + 2);
    w.put("\"");
    // Most strings of a notice hold nothing to escape: a branch-free pass over the words tells,
    // and the string is copied whole.
    let words = b.chunks_exact(8);
    let tail = words.remainder();
    let dirty = words.fold(false, |dirty, word| {
        let mut x = [0u8; 8];
        x.copy_from_slice(word);
        dirty | needs_escape(u64::from_le_bytes(x))
    });
    if !dirty && tail.iter().all(|&c| escape(c).is_none()) {
        w.put(s);
    } else {
        // A section's text holds line breaks: words with nothing to escape are stepped over
        // whole, and only the words that hold something are read byte by byte.
        let mut done = 0;
        let mut i = 0;
        while i < b.len() {
            while let Some(word) = b.get(i..i + 8) {
                let mut x = [0u8; 8];
                x.copy_from_slice(word);
                if needs_escape(u64::from_le_bytes(x)) {
                    break;
                }
                i += 8;
            }
            let end = (i + 8).min(b.len());
            while i < end {
                if let Some(e) = escape(b[i]) {
                    w.put(&s[done..i]);
                    w.put(e);
                    done = i + 1;
                }
                i += 1;
            }
        }
        w.put(&s[done..]);
    }
    w.put("\"");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `s` as a JSON string, written into bytes and into a `String`, which must agree.
    fn string(s: &str) -> String {
        let mut w = Vec::new();
        write_str(&mut w, s);
        let mut t = String::new();
        write_str(&mut t, s);
        assert_eq!(w, t.as_bytes());
        t
    }

    #[test]
    fn ok_strings_escape_as_serde_json_does() {
        // Every ASCII byte at every position of a word, between CJK text.
        for c in 0u8..0x80 {
            for pad in 0..10 {
                let s = format!("{}{}通知", "x".repeat(pad), c as char);
                assert_eq!(
                    string(&s),
                    serde_json::to_string(&s).unwrap(),
                    "{c:#x} at {pad}"
                );
            }
        }
        for s in [
            "",
            "\"",
            "\\\\",
            "a\u{7f}b",
            "\u{2028}",
            "全角“引号”\n\t",
            "(牵头)\r\n",
        ] {
            assert_eq!(string(s), serde_json::to_string(s).unwrap());
        }
    }

    #[test]
    fn ok_numbers_and_dates_as_serde_json() {
        for n in [0u64, 7, 10, 99, 100, 12345, u64::from(u32::MAX), u64::MAX] {
            let mut w = Vec::new();
            write_u64(&mut w, n);
            assert_eq!(w, n.to_string().into_bytes());
            let mut t = String::new();
            write_u64(&mut t, n);
            assert_eq!(t, n.to_string());
        }
        for n in [i32::MIN, -1, 0, 2021, i32::MAX] {
            let mut w = Vec::new();
            n.json(&mut w);
            assert_eq!(w, n.to_string().into_bytes());
        }
        for (y, m, d) in [
            (2021, 4, 16),
            (1, 1, 1),
            (0, 12, 31),
            (9999, 9, 9),
            (-5, 3, 4),
        ] {
            let date = Date::new(y, m, d).unwrap();
            let mut w = Vec::new();
            date.json(&mut w);
            assert_eq!(w, serde_json::to_vec(&date).unwrap(), "{date}");
            let mut t = String::new();
            date.json(&mut t);
            assert_eq!(t.as_bytes(), w, "{date}");
        }
    }

    #[test]
    fn ok_every_fixture_as_serde_json() {
        for text in crate::testing::fixture_texts(true) {
            if let Ok(notice) = crate::parse(&text) {
                let json = notice.to_json();
                assert_eq!(json, serde_json::to_string(&notice).unwrap());
                // A converter's buffer gets the same bytes after what it already holds.
                let prefix = b"{\"notice\":";
                let mut record = prefix.to_vec();
                notice.write_json(&mut record);
                assert_eq!(&record[prefix.len()..], json.as_bytes());
            }
        }
    }

    #[test]
    fn ok_generated_notices_as_serde_json() {
        // Lines of notices of every part of the model, with characters that must be escaped.
        const LINES: [&str; 24] = [
            "首页 > 政务公开 > 文件库\n",
            "索引号:006939748/2021-00329\n分类:综合政务\n发布机构:广东省人民政府办公厅\n",
            "成文日期:2021-04-16\n发布日期:2021-05-14 10:25:55\n",
            "广东省人民政府办公厅关于做好\"某项\"工作的通知\n",
            "粤办函〔2021〕55号\n",
            "各地级以上市人民政府,省政府各部门:\n",
            "现将有关事项通知如下:\n",
            "一、加强统筹\n",
            "(一)6月底前出台方案。(省发展改革委牵头,各地级以上市配合)\n",
            "(二)2021年12月31日前完成\\整改。(省财政厅、省人力资源社会保障厅负责)\n",
            "1.从2022年1月1日起施行\t至2025年底。\n",
            "二、\u{1}控制字符\u{1f}与\u{7f}\n",
            "附件:1.重点任务分工表\n",
            "附件1\n",
            "省政府办公厅\n2021年4月16日\n",
            "(此件主动公开)\n",
            "抄送:省委办公厅。\n",
            "广东省人民政府办公厅秘书处 2021年4月19日印发\n",
            "</p>&nbsp;锟斤拷\n",
            "\r\n",
            "   \n",
            "年底前",
            "\u{2028}\u{feff}",
            "第三季度",
        ];
        let mut g = crate::testing::Gen::new(0x6a73_6f6e);
        for n in 0..3000 {
            let text = g.pieces(&LINES, 1 + n % 23);
            if let Ok(notice) = crate::parse(&text) {
                assert_eq!(notice.to_json(), serde_json::to_string(&notice).unwrap());
            }
        }
    }
}
