//! Fatal errors and their messages, pinned: what was expected, what was found, where.

use gongwen::{ErrorKind, ParseOptions, Span, WarningCode};

#[test]
fn err_empty() {
    let e = gongwen::parse("").unwrap_err();
    assert_eq!(e.kind, ErrorKind::Empty);
    insta::assert_snapshot!(e.to_string(), @"line 1, column 1: expected the text of a notice, found an empty input");
}

#[test]
fn err_blank() {
    let e = gongwen::parse(" \r\n\u{3000}\n\t").unwrap_err();
    assert_eq!(e.kind, ErrorKind::Blank);
    assert_eq!(e.span, Span::new(0, " \r\n\u{3000}\n\t".len()));
    insta::assert_snapshot!(e.to_string(), @"line 1, column 1: expected the text of a notice, found only white space");
}

#[test]
fn err_too_large() {
    let e = ParseOptions::new()
        .max_input_size(10)
        .parse("各地级以上市人民政府:")
        .unwrap_err();
    assert!(matches!(
        e.kind,
        ErrorKind::TooLarge {
            size: 31,
            limit: 10
        }
    ));
    insta::assert_snapshot!(e.to_string(), @"line 1, column 1: expected at most 10 bytes of input, found 31 bytes (raise ParseOptions::max_input_size)");
}

#[test]
fn err_strict_turns_the_first_warning_into_an_error() {
    let text = "各地级以上市人民政府:\n请于6月底前报送。";
    let e = ParseOptions::new().strict(true).parse(text).unwrap_err();
    assert!(matches!(
        e.kind,
        ErrorKind::Strict {
            code: WarningCode::MissingTitle,
            ..
        }
    ));
    insta::assert_snapshot!(e.to_string(), @"line 1, column 1: strict mode: expected no warning, found `missing_title`: expected a title (…关于…的通知), found none");
}

#[test]
fn ok_warning_positions_count_characters() {
    let text = "关于做好工作的通知\n各地级以上市人民政府:\n请于6月底前报送。";
    let n = gongwen::parse(text).unwrap();
    let w = n
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::UnanchoredDeadline)
        .expect("warned");
    insta::assert_snapshot!(w.message, @"expected a written or publication date to resolve `6月底前`, found none");
    assert_eq!(&text[w.span.unwrap().range()], "6月底前");
    // A reference date resolves it, marked as such.
    let n = ParseOptions::new()
        .reference_date(gongwen::Date::new(2021, 1, 1))
        .parse(text)
        .unwrap();
    let d = &n.body.preamble[0].deadlines[0];
    assert_eq!(
        (d.date, d.anchor),
        (
            gongwen::Date::new(2021, 6, 30),
            Some(gongwen::Anchor::Option)
        )
    );
}

#[test]
fn ok_an_ambiguous_fused_date_is_warned_not_guessed() {
    let text = "关于某事的通知\n粤府〔2015〕1号\n各区:\n请执行。\n某区人民政府\n2015111\n";
    let n = gongwen::parse(text).unwrap();
    assert_eq!(n.written_date, None);
    let w = n
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::DamagedDate)
        .expect("warned");
    insta::assert_snapshot!(w.message, @"expected a date like 2021年4月16日, found `2015111`, which reads more than one way; not guessed");
    // One reading only: recovered, and still said.
    let n = gongwen::parse(&text.replace("2015111", "2015414")).unwrap();
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2015-04-14")
    );
    assert!(
        n.warnings
            .iter()
            .any(|w| w.code == WarningCode::DamagedDate)
    );
}
