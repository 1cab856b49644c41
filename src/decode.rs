//! Phase 1: bytes to text.
//!
//! UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM, and GB18030 (a superset of GBK and
//! GB2312) without any marker, which is how archives of Chinese portals often arrive. Bytes that
//! are not valid in the detected encoding are replaced by U+FFFD and reported with their position;
//! they never fail the parse. The BOM stays in the decoded text (it is padding for the segmenter),
//! so offsets into UTF-8 input are offsets into the caller's bytes.

use std::borrow::Cow;

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};

/// The result of decoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// The encoding's name: `UTF-8`, `UTF-16LE`, `UTF-16BE` or `GB18030`.
    pub encoding: &'static str,
    /// Byte offsets, in the decoded text, of replacement characters put in for bad input.
    pub replaced: Vec<usize>,
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
            let replaced = replacements(&gb);
            Decoded {
                text: Cow::Owned(gb.into_owned()),
                encoding: "GB18030",
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

fn replacements(s: &str) -> Vec<usize> {
    s.match_indices('\u{FFFD}').map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let (gb, _, _) = GB18030.encode("广东省人民政府办公厅关于印发的通知");
        let d = decode(&gb);
        assert_eq!(
            (d.text.as_ref(), d.encoding),
            ("广东省人民政府办公厅关于印发的通知", "GB18030")
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
