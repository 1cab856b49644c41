//! The document-number grammar written as a regular expression: the reference that the
//! hand-written reader of [`super::reader`] is held to. Test code only.

use std::sync::LazyLock;

use super::reader::{Number, numbers};
use crate::extract::captures::Grammar;
use crate::model::Span;

/// The grammar as one regular expression.
static DOCNUM: LazyLock<Grammar> = LazyLock::new(|| {
    Grammar::new(
        r"(?x)
        (?P<agency>[\u{3400}-\u{4DBF}\u{4E00}-\u{9FFF}\u{F900}-\u{FAFF}]{1,16}?)
        [\s\u{3000}]*
        (?:
            # bracketed year, closing bracket kept
            [〔\[［（(【﹝〖﹙] [\s\u{3000}]* (?P<y1>[0-9０-９]{4}|[0-9０-９]{2}) [\s\u{3000}]* [〕\]］）)】﹞〗﹚]
              [\s\u{3000}]* (?:第[\s\u{3000}]*)? (?P<s1>[0-9０-９]{1,5}) [\s\u{3000}]* (?P<h1>[号號])?
          |
            # bracketed year, closing bracket lost, year and serial apart
            [〔\[［（(【﹝〖﹙] [\s\u{3000}]* (?P<y2>[0-9０-９]{4}) [\s\u{3000}]+ (?P<s2>[0-9０-９]{1,5}) [\s\u{3000}]* (?P<h2>[号號])?
          |
            # bracketed year, closing bracket lost, year and serial fused
            [〔\[［（(【﹝〖﹙] (?P<y3>(?:19|20|１９|２０)[0-9０-９]{2}) (?P<s3>[0-9０-９]{1,5}) (?P<h3>[号號])?
          |
            # no brackets at all: year and serial fused, 号 required
            (?P<y4>(?:19|20)[0-9]{2}) (?P<s4>[0-9]{1,4}) (?P<h4>[号號])
        )",
    )
});

/// What the regular expression finds in `s`: every match with the places of its parts.
fn by_regex(s: &str) -> Vec<Number> {
    DOCNUM
        .captures_iter(s)
        .map(|c| {
            let sp = |g: crate::extract::captures::Group| Span::new(g.start(), g.end());
            let all = c.get(0).expect("match");
            let form = (1..=4u8)
                .find(|k| c.name(&format!("y{k}")).is_some())
                .expect("one form");
            let part = |p: &str| c.name(&format!("{p}{form}")).map(sp);
            Number {
                all: Span::new(all.start(), all.end()),
                agency: sp(c.name("agency").expect("agency")),
                form,
                year: part("y").expect("year"),
                serial: part("s").expect("serial"),
                hao: part("h"),
            }
        })
        .collect()
}

/// Texts to compare on: every line of the fixtures, and generated text of agencies of every
/// length, every bracket, digits of both widths, white space of several kinds, 号 and 號.
fn texts() -> Vec<String> {
    let mut texts = crate::testing::fixture_texts(false);
    let pieces = [
        "粤",
        "府",
        "函",
        "办",
        "号",
        "號",
        "字",
        "的通知",
        "〔",
        "〕",
        "[",
        "]",
        "［",
        "］",
        "（",
        "）",
        "(",
        ")",
        "【",
        "】",
        "﹝",
        "﹞",
        "〖",
        "〗",
        "﹙",
        "﹚",
        "第",
        "2021",
        "20",
        "19",
        "21",
        "1",
        "0",
        "5",
        "55",
        "２０２１",
        "２０",
        "１９",
        "５",
        "12345",
        "123456",
        " ",
        "\u{3000}",
        "\t",
        "\n",
        "\u{a0}",
        "a",
        "、",
        "。",
        "，",
        "𠀀",
        "\u{3400}",
        "\u{F900}",
    ];
    let mut generator = crate::testing::Gen::new(3);
    for n in 0..60_000 {
        let t = generator.pieces(&pieces, 1 + n % 14);
        texts.push(t);
    }
    // Number-shaped text: an agency, then each part of a form or something in its place.
    let parts: [&[&str]; 8] = [
        &["粤府函", "粤", "", "a"],
        &["", " ", "\u{3000}"],
        &[
            "〔", "(", "（", "【", "[", "", "", "", "x", "﹝", "〖", "﹙",
        ],
        &["", " "],
        &["2021", "21", "１９９８", "20", "202", "20211", "1998"],
        &[
            "〕", ")", "）", "】", "]", " ", "", "  ", "﹞", "〕第", "〕 第 ", "〗", "﹚",
        ],
        &["55", "1", "12345", "123456", "５", "", "第5"],
        &["号", "號", " 号", "", "。"],
    ];
    for _ in 0..40_000 {
        texts.push(generator.shaped(&parts));
    }
    // Agencies of 1 to 20 ideographs before each form.
    for len in 1..=20 {
        let agency = "粤".repeat(len);
        for form in [
            "〔2021〕55号",
            "〔2021 55号",
            "〔202155号",
            "202155号",
            "〔21〕5",
            " 〔 2021 〕 5 ",
            "〔2023〕第5号",
            "﹝2021﹞55号",
        ] {
            texts.push(format!("{agency}{form}"));
            texts.push(format!("a{agency}{form}。{agency}{form}"));
        }
    }
    texts
}

/// The hand-written reader finds what the regular expression finds: the same numbers, of the
/// same forms, with every part in the same place.
#[test]
fn ok_reader_is_the_grammar() {
    let mut forms = [0usize; 4];
    for t in texts() {
        let read: Vec<Number> = numbers(&t).collect();
        assert_eq!(read, by_regex(&t), "{t:?}");
        for n in read {
            forms[usize::from(n.form) - 1] += 1;
        }
    }
    // Every form was read, and often.
    assert!(forms.iter().all(|&n| n > 100), "{forms:?}");
}
