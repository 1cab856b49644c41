//! Fuzz `parse_bytes`: never a panic, every span in bounds and on character boundaries, each
//! value's span its source (less the line breaks of a wrapped layout, and the pinyin a mirror
//! inserted, a page's markup or invisible characters, where the notice says it left that out,
//! or a text read back
//! from mojibake), and
//! the JSON round-trips (and the
//! library's own writer gives serde_json's bytes).
#![no_main]

use gongwen::segment::{joined_lines, without_pinyin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok((notice, text)) = gongwen::parse_bytes(data) else { return };
    let check = |sp: gongwen::Span| {
        assert!(sp.start <= sp.end && sp.end <= text.len(), "span {sp:?} out of bounds");
        assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
    };
    let pinyin = notice
        .warnings
        .iter()
        .any(|w| w.code == gongwen::WarningCode::PinyinRemoved);
    let repaired = notice
        .warnings
        .iter()
        .any(|w| w.code == gongwen::WarningCode::MojibakeRepaired);
    let unmarked = notice
        .warnings
        .iter()
        .any(|w| w.code == gongwen::WarningCode::HtmlRemoved);
    let visible = notice
        .warnings
        .iter()
        .any(|w| w.code == gongwen::WarningCode::InvisibleRemoved);
    let source = |sp: gongwen::Span, value: &str| {
        let raw = &text[sp.range()];
        // Invisible format characters left out: the value is the text without them.
        let shown = visible
            .then(|| gongwen::decode::strip_invisible(raw))
            .flatten();
        let raw = shown.as_ref().map_or(raw, |u| u.text.as_str());
        let stripped = unmarked
            .then(|| gongwen::decode::strip_markup(raw))
            .flatten();
        let s = joined_lines(stripped.as_ref().map_or(raw, |u| u.text.as_str())).into_owned();
        // Text read back from mojibake: the value is the repaired text.
        if repaired {
            value.to_string()
        } else if pinyin {
            without_pinyin(&s).into_owned()
        } else {
            s
        }
    };
    for (_, s) in notice.sections() {
        check(s.span);
        for d in &s.deadlines {
            check(d.span);
            assert_eq!(source(d.span, &d.text), d.text);
        }
        if let Some(r) = &s.responsibility {
            check(r.span);
            for d in &r.departments {
                check(d.span);
                assert_eq!(source(d.span, &d.raw), d.raw);
            }
        }
    }
    if let Some(d) = &notice.doc_number {
        check(d.span);
        assert_eq!(&text[d.span.range()], d.raw);
    }
    let json = serde_json::to_string(&notice).expect("serialises");
    let back: gongwen::Notice = serde_json::from_str(&json).expect("round-trips");
    assert_eq!(back, notice);
    assert_eq!(notice.to_json(), json, "the library's JSON writer gives serde_json's bytes");
});
