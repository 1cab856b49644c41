//! Hostile input: never a panic, never a hang, never a lost line.
//!
//! - invariants as property tests over arbitrary strings and bytes, and over generated
//!   notice-like text (markers, parentheses, dates, 文号 fragments, role words mixed at random);
//! - every non-blank line of the seed and of every corpus notice is accounted for, once;
//! - pathological inputs (an 18 MB line, 200,000 markers, 300,000 nested or unclosed
//!   parentheses, random bytes, a cut character, blank files, English) parse to a result;
//! - the same facts whatever the form of the seed (CRLF, BOM, GB18030, UTF-16, full-width
//!   punctuation, without the portal page);
//! - every crasher the fuzzer found stays fixed (`fixtures/fuzz/`).

use gongwen::{Notice, Section, Span, WarningCode};
use proptest::prelude::*;

const SEED: &str = include_str!("../fixtures/seed/000_fd4865ccc7d4429b.txt");

/// The header value spans that may be absent.
fn header_spans(n: &Notice) -> impl Iterator<Item = Span> + '_ {
    let h = &n.spans;
    [
        h.title,
        h.doc_number,
        h.issuer,
        h.signatory,
        h.written_date,
        h.published_date,
        h.printed,
    ]
    .into_iter()
    .flatten()
}

/// Every span of the notice, with what its source must read (when the model stores it).
fn spans(n: &Notice) -> Vec<(Span, Option<&str>)> {
    let mut out: Vec<(Span, Option<&str>)> = Vec::new();
    let h = &n.spans;
    out.extend(header_spans(n).map(|sp| (sp, None)));
    if let Some(d) = &n.doc_number {
        out.push((d.span, Some(d.raw.as_str())));
    }
    out.extend(h.addressees.iter().chain(&h.cc).map(|&sp| (sp, None)));
    if let Some(p) = &n.portal {
        out.extend(p.furniture.iter().map(|&sp| (sp, None)));
    }
    for b in std::iter::once(&n.body).chain(&n.enclosures) {
        out.push((b.span, None));
        for p in b.preamble.iter().chain(&b.closing) {
            out.push((p.span, Some(p.text.as_str())));
            out.extend(p.deadlines.iter().map(|d| (d.span, Some(d.text.as_str()))));
        }
        for s in b.walk() {
            out.push((s.span, None));
            out.extend(s.deadlines.iter().map(|d| (d.span, Some(d.text.as_str()))));
            if let Some(r) = &s.responsibility {
                out.push((r.span, Some(r.raw.as_str())));
                out.extend(r.departments.iter().map(|d| (d.span, Some(d.raw.as_str()))));
            }
        }
    }
    out
}

/// The invariants every parse must keep.
fn check(text: &str, n: &Notice) {
    let pinyin = n
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::PinyinRemoved);
    // Text read back from mojibake: the values are the repaired text, the spans the damaged.
    let repaired = n
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::MojibakeRepaired);
    // A page's markup taken out: the values are the text without it.
    let unmarked = n
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::HtmlRemoved);
    // Invisible format characters taken out: the values are the text without them.
    let visible = n
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::InvisibleRemoved);
    for (sp, raw) in spans(n) {
        assert!(
            sp.start <= sp.end && sp.end <= text.len(),
            "span {sp:?} out of bounds ({})",
            text.len()
        );
        assert!(
            text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end),
            "span {sp:?} splits a character"
        );
        if let Some(raw) = raw.filter(|_| !repaired) {
            // (A value that keeps its line breaks, such as a table row's cells, is the source.)
            let source = &text[sp.range()];
            let shown = visible
                .then(|| gongwen::decode::strip_invisible(source))
                .flatten();
            let source = shown.as_ref().map_or(source, |u| u.text.as_str());
            let stripped = unmarked
                .then(|| gongwen::decode::strip_markup(source))
                .flatten();
            let source = stripped.as_ref().map_or(source, |u| u.text.as_str());
            let source = if raw.contains('\n') {
                source.into()
            } else {
                gongwen::segment::joined_lines(source)
            };
            // Pinyin that a mirror site inserted is left out of the texts (a document
            // number's raw keeps it).
            // (So are invisible characters; a document number's raw keeps them too.)
            let raw_shown = visible
                .then(|| gongwen::decode::strip_invisible(raw))
                .flatten();
            let raw = raw_shown.as_ref().map_or(raw, |u| u.text.as_str());
            let (source, raw) = if pinyin {
                (
                    gongwen::segment::without_pinyin(&source).into_owned(),
                    gongwen::segment::without_pinyin(raw).into_owned(),
                )
            } else {
                (source.into_owned(), raw.to_string())
            };
            assert_eq!(
                source, raw,
                "text[span] is the stored source, less the breaks of a wrapped layout, \
                 inserted pinyin and markup"
            );
        }
    }
    for b in std::iter::once(&n.body).chain(&n.enclosures) {
        let mut stack: Vec<&Section> = b.sections.iter().collect();
        while let Some(s) = stack.pop() {
            for c in &s.children {
                assert!(
                    s.span.contains(c.span),
                    "child {:?} inside parent {:?}",
                    c.span,
                    s.span
                );
                stack.push(c);
            }
            if let Some(h) = &s.heading {
                assert!(
                    s.text.starts_with(h.as_str()),
                    "heading is a prefix of text"
                );
            }
            // A department is one name: it never runs over a line break.
            for d in s.responsibility.iter().flat_map(|r| &r.departments) {
                assert!(!d.raw.contains('\n'), "a name over two lines: {:?}", d.raw);
            }
        }
    }
    if let Some(p) = &n.portal {
        let mut f = p.furniture.clone();
        f.sort();
        assert!(
            f.windows(2).all(|w| w[0] != w[1]),
            "a furniture span listed twice: {f:?}"
        );
    }
    let json = serde_json::to_string(n).expect("serialises");
    let back: Notice = serde_json::from_str(&json).expect("parses back");
    assert_eq!(&back, n, "the JSON round-trips");
    assert_eq!(
        n.to_json(),
        json,
        "the library's JSON writer gives serde_json's bytes"
    );
}

/// Every non-blank line is inside a header value's span, a block, or the portal; and no
/// paragraph (or section) lands in two places.
fn accounted(text: &str, n: &Notice) {
    let mut owners: Vec<Span> = Vec::new();
    let h = &n.spans;
    owners.extend(header_spans(n));
    owners.extend(h.addressees.iter().chain(&h.cc));
    if let Some(p) = &n.portal {
        owners.extend(p.furniture.iter());
        let s = &p.spans;
        owners.extend(
            [
                s.breadcrumbs,
                s.index_number,
                s.category,
                s.publisher,
                s.written_date,
                s.title,
                s.doc_number,
                s.published_date,
                s.published_at,
                s.source,
                s.effective_date,
                s.expiry_date,
            ]
            .into_iter()
            .flatten(),
        );
    }
    owners.extend(
        std::iter::once(&n.body)
            .chain(&n.enclosures)
            .map(|b| b.span),
    );
    let unmarked = n
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::HtmlRemoved);
    for line in gongwen::segment::lines(text) {
        let sp = line.span;
        // A line of nothing but markup (<p></p>) holds no text.
        if unmarked
            && gongwen::decode::strip_markup(&text[sp.range()])
                .is_some_and(|u| u.text.trim().is_empty())
        {
            continue;
        }
        assert!(
            owners.iter().any(|o| o.start < sp.end && sp.start < o.end),
            "line {} is accounted for nowhere: `{}`",
            line.no + 1,
            &text[sp.range()]
        );
    }
    // Paragraphs and top-level sections of all blocks never overlap one another.
    let mut pieces: Vec<Span> = Vec::new();
    for b in std::iter::once(&n.body).chain(&n.enclosures) {
        pieces.extend(b.preamble.iter().chain(&b.closing).map(|p| p.span));
        pieces.extend(b.sections.iter().map(|s| s.span));
    }
    pieces.sort();
    for w in pieces.windows(2) {
        assert!(w[0].end <= w[1].start, "{:?} and {:?} overlap", w[0], w[1]);
    }
}

fn parse_ok(text: &str) -> Option<Notice> {
    match gongwen::parse(text) {
        Ok(n) => {
            check(text, &n);
            Some(n)
        }
        Err(e) => {
            assert!(
                text.trim_matches(|c: char| c.is_whitespace() || gongwen::segment::is_pad(c))
                    .is_empty()
                    || text.is_empty(),
                "{e}"
            );
            None
        }
    }
}

#[test]
fn seed_lines_all_accounted_for() {
    let n = gongwen::parse(SEED).unwrap();
    check(SEED, &n);
    accounted(SEED, &n);
}

#[test]
fn every_fixture_and_corpus_line_accounted_for() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![
        root.join("fixtures/seed"),
        root.join("fixtures/shapes"),
        root.join("fixtures/traditional"),
    ];
    for d in ["corpus", "corpus-full"] {
        let p = root.join("../shared").join(d);
        if p.is_dir() {
            dirs.push(p);
        } else {
            eprintln!(
                "!!!!!!!!!! {} is ABSENT: its notices are not checked here !!!!!!!!!!",
                p.display()
            );
        }
    }
    let mut checked = 0;
    for d in dirs {
        for e in std::fs::read_dir(&d).unwrap().filter_map(Result::ok) {
            let p = e.path();
            if p.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let bytes = std::fs::read(&p).unwrap();
            let (n, text) = gongwen::parse_bytes(&bytes).unwrap();
            check(&text, &n);
            accounted(&text, &n);
            checked += 1;
        }
    }
    assert!(checked >= 5);
}

#[test]
fn fuzz_crashers_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fuzz");
    for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let bytes = std::fs::read(e.path()).unwrap();
        if let Ok((n, text)) = gongwen::parse_bytes(&bytes) {
            check(&text, &n);
            accounted(&text, &n);
        }
    }
}

/// Pieces notices are made of, to build text that exercises every rule.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("一、".to_string()),
        Just("（一）".to_string()),
        Just("(十二)".to_string()),
        Just("1.".to_string()),
        Just("（1）".to_string()),
        Just("①".to_string()),
        Just("第三条 ".to_string()),
        Just("第一章 ".to_string()),
        Just("——".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("（".to_string()),
        Just("）".to_string()),
        Just("〔".to_string()),
        Just("〕".to_string()),
        Just("粤办函〔2021〕55号".to_string()),
        Just("粤府〔 2015 4号".to_string()),
        Just("2021年4月16日".to_string()),
        Just("二〇二一年四月十六日".to_string()),
        Just("2015414".to_string()),
        Just("6月底前".to_string()),
        Just("年底前".to_string()),
        Just("5年内".to_string()),
        Just("从4月起".to_string()),
        Just("延长至2022年4月30日".to_string()),
        Just("2021年5月1日至2022年4月30日".to_string()),
        Just("省财政厅牵头".to_string()),
        Just("、".to_string()),
        Just("，".to_string()),
        Just(",".to_string()),
        Just("。".to_string()),
        Just("：".to_string()),
        Just("和".to_string()),
        Just("等省有关部门".to_string()),
        Just("按职责分工负责".to_string()),
        Just("配合".to_string()),
        Just("各地级以上市人民政府:".to_string()),
        Just("省政府办公厅".to_string()),
        Just("关于印发某方案的通知".to_string()),
        Just("附件：1.".to_string()),
        Just("附件1".to_string()),
        Just("抄送：".to_string()),
        Just("牵头单位：".to_string()),
        Just("索 引 号:".to_string()),
        Just("首页 > 文件库".to_string()),
        Just("(wèi)".to_string()),
        Just("9/p>".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n\n".to_string()),
        Just("\u{3000}".to_string()),
        Just(" ".to_string()),
        Just("\u{feff}".to_string()),
        "[\\u{4e00}-\\u{4e2f}]{1,6}",
        "[0-9]{1,5}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_string(text in "\\PC{0,400}") {
        parse_ok(&text);
    }

    #[test]
    fn any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        if let Ok((n, text)) = gongwen::parse_bytes(&bytes) {
            check(&text, &n);
        }
    }

    #[test]
    fn notice_like_text(parts in proptest::collection::vec(piece(), 0..120)) {
        let text: String = parts.concat();
        if let Some(n) = parse_ok(&text) {
            accounted(&text, &n);
        }
    }
}

/// Pathological inputs: each parses to a result (in linear time — the bench `scaling/*`
/// shows it; here the result is asserted).
#[test]
fn one_line_of_18_mb() {
    let text = "广东省人民政府关于印发的通知。".repeat(18 * 1024 * 1024 / 45);
    assert!(text.len() > 17_000_000);
    let n = gongwen::parse(&text).unwrap();
    assert_eq!(n.body.preamble.len(), 1);
}

#[test]
fn two_hundred_thousand_markers() {
    let text = "(一)\n".repeat(200_000);
    let n = gongwen::parse(&text).unwrap();
    // Each (一) restarts nothing: they are siblings, numbering warned — 50 listed, the rest
    // counted.
    assert_eq!(n.body.sections.len(), 200_000);
    let gaps: Vec<_> = n
        .warnings
        .iter()
        .filter(|w| w.code == gongwen::WarningCode::NumberingGap)
        .collect();
    assert_eq!(gaps.len(), 51);
    assert_eq!(
        gaps[50].message,
        "199949 more `numbering_gap` warnings not listed"
    );
}

#[test]
fn all_levels_interleaved_fifty_thousand_times() {
    let text = "第一章 a\n第一节 b\n第一条 c\n一、d\n(一)e\n1.f\n(1)g\n①h\n——i\n".repeat(50_000);
    let n = gongwen::parse(&text).unwrap();
    assert_eq!(n.body.sections.len(), 50_000);
    let depth = n.body.walk().map(|s| s.level).max().unwrap();
    assert_eq!(depth, 9, "depth is bounded by the kinds of marker");
}

#[test]
fn parentheses_nested_and_unclosed() {
    let nested = format!("{}{}", "(".repeat(300_000), ")".repeat(300_000));
    let n = gongwen::parse(&nested).unwrap();
    check(&nested, &n);
    let open = "(省财政厅牵头".repeat(300_000);
    let n = gongwen::parse(&open).unwrap();
    check(&open, &n);
    let items = format!("一、任务\n(一)做事。{}\n", "(".repeat(300_000));
    let n = gongwen::parse(&items).unwrap();
    assert!(n.body.sections[0].children[0].responsibility.is_none());
}

#[test]
fn runs_of_this_sessions_forms() {
    // 300,000 closing lenticular brackets, none opened, after a sentence.
    let text = format!("一、任务\n(一)做事。{}\n", "】".repeat(300_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    assert!(n.body.sections[0].children[0].responsibility.is_none());
    // 20,000 months in the cells of one tab row (each a deadline with its clause).
    let text = format!("1\t甲\t{}\n", "2025年9月\t".repeat(20_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // A flattened announcement of 20,000 glued items.
    let text = format!(
        "广东省人民政府公告（第1号）现公告如下：{}广东省人民政府2025年6月3日",
        "一、甲。".repeat(20_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // 100,000 roles in parentheses after names, in a parenthesis and after a label.
    let text = format!("一、任务。（{}）", "省甲局（牵头）、".repeat(100_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    let names: String = (0..20_000)
        .map(|k| format!("省甲{k}局（牵头）、"))
        .collect();
    let text = format!("一、任务\n责任单位：{names}\n");
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    let r = n.body.sections[0]
        .responsibility
        .as_ref()
        .expect("labelled");
    assert_eq!(r.departments.len(), 20_000);
    assert!(r.departments.iter().all(|d| d.role == gongwen::Role::Lead));
}

#[test]
fn runs_of_the_sixteenth_sessions_forms() {
    let head = "广东省人民政府关于公布名录的通知粤府函〔2022〕67号各地级以上市人民政府:";
    // 100,000 parentheses closed, none opened, each followed by a closing cue: each looks
    // back a bounded way for its opening.
    let text = format!("{head}{}", "甲。)各地".repeat(100_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // 50,000 orders' signers with their dates glued after sentences; 50,000 labels spaced
    // out after the number; 50,000 signers' labels after it.
    let text = format!("{head}{}", "甲。省长　王伟中2024年10月8日".repeat(50_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    let text = format!(
        "粤府函〔2022〕67号 {}各地级以上市人民政府:甲。",
        "索 引 号:1 ".repeat(50_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    let text = format!("粤府函〔2022〕67号{}", "签发人：王伟 ".repeat(50_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // 50,000 page fields glued before the number, each label after the value before it.
    let text = format!(
        "广东省人民政府关于某事的通知发布日期：2024-05-22{}粤府函〔2022〕67号各地级以上市人民政府:甲。",
        "分类：综合".repeat(50_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
}

#[test]
fn runs_of_the_twenty_seventh_sessions_forms() {
    let head = "广东省人民政府关于公布名录的通知粤府函〔2022〕67号各地级以上市人民政府:";
    // 50,000 decimal headings in sequence after white space, flattened, each chapter's first
    // after its bare number and heading; and 50,000 decimal headings a line each.
    let chapters: String = (1..=50_000)
        .map(|k| {
            format!(
                " {} 章 {}.1 甲 {}.2 乙。",
                k % 99 + 1,
                k % 99 + 1,
                k % 99 + 1
            )
        })
        .collect();
    let text = format!("{head}{chapters}");
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    let text = format!("{head}\n{}", "1 总则\n1.1 甲\n1.2 乙。\n".repeat(50_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // 50,000 release notes glued under a date, and as many bare labels after notes.
    let text = format!(
        "{head}甲。某某局2024年1月2日{}",
        "（此件主动公开）".repeat(50_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    let text = format!(
        "{head}{}某某局2024年1月2日{}",
        "附件：甲名单".repeat(50_000),
        "附件甲名单乙".repeat(50_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
}

#[test]
fn runs_of_the_twenty_eighth_sessions_forms() {
    let head = "广东省人民政府关于公布名录的通知粤府函〔2022〕67号各地级以上市人民政府:";
    // One item of 50,000 clauses that each open with an organ and its verb before a task,
    // and one of 50,000 such clauses then a statement of who cooperates.
    let text = format!(
        "{head}\n一、统筹。{}",
        "省财政局负责统筹安排资金，".repeat(50_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    let r = n.body.sections[0].responsibility.as_ref().expect("read");
    // (One organ named 50,000 times is listed once.)
    assert_eq!(r.departments.len(), 1);
    let text = format!(
        "{head}\n一、统筹。{}省发展改革委配合。",
        "省商务厅牵头做好工作，".repeat(50_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // 50,000 zero-width spaces inside the number and the title, and 100,000 word joiners
    // alone on their lines.
    let text = format!(
        "粤府函{}〔2022〕67号\n{}",
        "\u{200b}".repeat(50_000),
        "\u{2060}\n".repeat(100_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    accounted(&text, &n);
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("粤府函〔2022〕67号")
    );
    // A title set out character by character, 50,000 characters long.
    let text = format!("{}的通知\n粤府函〔2022〕67号\n", "某 ".repeat(50_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
}

#[test]
fn runs_of_the_tenth_sessions_forms() {
    let head = "广东省人民政府关于公布名录的通知粤府函〔2022〕67号各地级以上市人民政府:";
    // A flattened line of 100,000 closing brackets after sentences, none opened.
    let text = format!("{head}{}", "甲。)".repeat(100_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // 100,000 closing lenticular brackets before a flattened title, and as many buttons.
    let text = format!("{}{head}甲。", "】".repeat(100_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    let text = format!("{}{head}甲。", "【打印】".repeat(50_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // 50,000 glued items closed by parentheses, flattened.
    let text = format!("{head}{}", "一、做事。(省甲局负责)".repeat(50_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // 20,000 lines of seals over a date; a parenthesis cut off after 100,000 verbs.
    let text = format!(
        "一、任务。\n{}广东省人民政府\n2025年6月3日\n",
        "（盖章）\n".repeat(20_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    let text = format!("一、任务。（{}省甲", "省甲局牵头，".repeat(100_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // A Markdown table of 20,000 rule rows; 20,000 attachment notes after a section.
    let text = format!(
        "| 序号 | 改革任务 | 责任单位 |\n{}| 1 | 甲 | 市甲局 |\n",
        "|---|---|---|\n".repeat(20_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    let text = format!("一、其他\n{}", "附件：1.甲表\n".repeat(20_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
}

#[test]
fn long_runs_that_could_go_quadratic() {
    // A labelled responsibility of 100,000 names joined by 和.
    let text = format!("一、任务\n部门分工:{}牵头。", "省甲局和".repeat(100_000));
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // 50,000 deadlines and no punctuation between them.
    let text = "6月底前年底前5年内".repeat(50_000);
    let n = gongwen::parse(&text).unwrap();
    assert_eq!(n.body.preamble[0].deadlines.len(), 150_000);
    // A flattened line with thousands of dates and signatures glued together.
    let text = format!(
        "某市人民政府关于某事的通知某府〔2022〕8号各区:{}",
        "省人民政府2022年4月29日附件1名录".repeat(20_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // A flattened line of thousands of cited titles, padded joint signatures and dates, a long
    // title before the number, and sentences with no white space after them.
    let text = format!(
        "{}关于某事的通知某府〔2022〕8号各区:{}{}",
        "某".repeat(20_000),
        "现将《某某工作方案》印发。财政部　教育部　2022年4月29日某某工作方案一、任务（一）甲"
            .repeat(5_000),
        "请执行。".repeat(50_000)
    );
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    // 100,000 short lines that could each be part of a title.
    let text = "某某某某\n".repeat(100_000);
    let n = gongwen::parse(&text).unwrap();
    accounted(&text, &n);
}

#[test]
fn random_megabyte_and_cut_characters() {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..1 << 20)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    if let Ok((n, text)) = gongwen::parse_bytes(&bytes) {
        check(&text, &n);
    }
    let mut cut = SEED.as_bytes().to_vec();
    cut.extend_from_slice(&"通".as_bytes()[..2]);
    let (n, text) = gongwen::parse_bytes(&cut).unwrap();
    assert_eq!(n.source_encoding, "UTF-8");
    assert!(
        n.warnings
            .iter()
            .any(|w| w.code == gongwen::WarningCode::InvalidEncoding)
    );
    check(&text, &n);
}

#[test]
fn empty_blank_and_english() {
    assert!(matches!(
        gongwen::parse("").unwrap_err().kind,
        gongwen::ErrorKind::Empty
    ));
    assert!(matches!(
        gongwen::parse(" \t\r\n\u{3000}\n").unwrap_err().kind,
        gongwen::ErrorKind::Blank
    ));
    assert!(matches!(
        gongwen::parse_bytes(b"").unwrap_err().kind,
        gongwen::ErrorKind::Empty
    ));
    let english =
        "The quick brown fox.\nIt jumps over the lazy dog (twice).\n1. First\n2. Second\n";
    let n = gongwen::parse(english).unwrap();
    assert!(
        n.warnings
            .iter()
            .any(|w| w.code == gongwen::WarningCode::NotANotice)
    );
    accounted(english, &n);
}

#[test]
fn a_size_limit_is_a_typed_error() {
    let e = gongwen::ParseOptions::new()
        .max_input_size(1000)
        .parse_bytes(SEED.as_bytes())
        .unwrap_err();
    assert!(matches!(
        e.kind,
        gongwen::ErrorKind::TooLarge { limit: 1000, .. }
    ));
    assert_eq!(gongwen::ParseOptions::new().get_max_input_size(), 64 << 20);
}

/// The document facts that must not depend on the form of the text.
fn facts(n: &Notice) -> String {
    let items: Vec<String> = n
        .sections()
        .map(|(b, s)| {
            let deps: Vec<String> = s
                .responsibility
                .iter()
                .flat_map(|r| &r.departments)
                .map(|d| format!("{}:{}:{}", d.role.as_str(), d.name, d.generic))
                .collect();
            let dls: Vec<String> = s
                .deadlines
                .iter()
                .map(|d| format!("{}:{:?}", d.kind.as_str(), d.date))
                .collect();
            format!(
                "{b:?} {} {:?} {} {}",
                s.path,
                s.heading,
                deps.join(","),
                dls.join(",")
            )
        })
        .collect();
    format!(
        "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{}|{}\n{}",
        n.title,
        n.doc_type,
        n.doc_number.as_ref().map(|d| &d.normalized),
        n.issuer,
        n.signatory,
        n.addressees,
        n.written_date,
        n.enclosures.len(),
        n.enclosures
            .iter()
            .map(|e| e.title.clone().unwrap_or_default())
            .collect::<Vec<_>>()
            .join(";"),
        items.join("\n")
    )
}

fn seed_facts() -> String {
    facts(&gongwen::parse(SEED).unwrap())
}

#[test]
fn same_facts_with_crlf() {
    let text = SEED.replace('\n', "\r\n");
    assert_eq!(facts(&gongwen::parse(&text).unwrap()), seed_facts());
}

#[test]
fn same_facts_with_html_markup() {
    // Each line a paragraph element, its indent as entities; and the whole text on one line
    // with line break elements, as pages that were saved without their markup removed.
    let paragraphs: String = SEED
        .lines()
        .map(|l| {
            let l = l.replace('\u{3000}', "&emsp;");
            format!("<p style=\"text-indent:2em\"><span>{l}</span></p>\n")
        })
        .collect();
    let breaks = SEED.lines().collect::<Vec<_>>().join("<br/>");
    for text in [paragraphs, breaks] {
        let n = gongwen::parse(&text).unwrap();
        check(&text, &n);
        accounted(&text, &n);
        assert_eq!(n.warnings[0].code, WarningCode::HtmlRemoved);
        assert_eq!(facts(&n), seed_facts());
        let num = n.doc_number.as_ref().unwrap();
        assert_eq!(&text[num.span.range()], "粤办函〔2021〕55号");
    }
}

#[test]
fn same_facts_with_invisible_characters_inside_words() {
    // Zero-width spaces, joiners, direction marks and word joiners inside words, as copies
    // from pages have them; alone, and in a page's markup.
    const INVISIBLE: [char; 5] = ['\u{200b}', '\u{200c}', '\u{200e}', '\u{200d}', '\u{2060}'];
    let sprinkled: String = SEED
        .chars()
        .enumerate()
        .flat_map(|(i, c)| {
            let extra = (i % 7 == 3 && c != '\n').then_some(INVISIBLE[i % INVISIBLE.len()]);
            std::iter::once(c).chain(extra)
        })
        .collect();
    let marked: String = sprinkled.lines().map(|l| format!("<p>{l}</p>\n")).collect();
    for text in [sprinkled, marked] {
        let n = gongwen::parse(&text).unwrap();
        check(&text, &n);
        accounted(&text, &n);
        assert_eq!(n.warnings[0].code, WarningCode::InvisibleRemoved);
        assert_eq!(facts(&n), seed_facts());
        // The number's span covers it as given, invisible characters and all.
        let num = n.doc_number.as_ref().unwrap();
        assert_eq!(num.normalized, "粤办函〔2021〕55号");
        let given = &text[num.span.range()];
        assert_eq!(given, num.raw);
        assert!(given.chars().any(|c| INVISIBLE.contains(&c)), "{given}");
    }
    // A byte-order mark that opens the text is no character within it.
    let n = gongwen::parse(&format!("\u{feff}{SEED}")).unwrap();
    assert!(
        n.warnings
            .iter()
            .all(|w| w.code != WarningCode::InvisibleRemoved)
    );
}

#[test]
fn same_facts_with_a_bom() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(SEED.as_bytes());
    let (n, text) = gongwen::parse_bytes(&bytes).unwrap();
    check(&text, &n);
    assert_eq!(facts(&n), seed_facts());
}

#[test]
fn same_facts_in_gb18030() {
    let (bytes, _, bad) = encoding_rs::GB18030.encode(SEED);
    assert!(!bad);
    let (n, text) = gongwen::parse_bytes(&bytes).unwrap();
    assert_eq!(n.source_encoding, "GB18030");
    check(&text, &n);
    assert_eq!(facts(&n), seed_facts());
}

#[test]
fn same_facts_in_utf16() {
    for (bom, le) in [
        (&[0xFF, 0xFE][..], true),
        (&[0xFE, 0xFF][..], false),
        // Written without a byte-order mark.
        (&[][..], true),
        (&[][..], false),
    ] {
        let mut bytes = bom.to_vec();
        for u in SEED.encode_utf16() {
            bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        let (n, text) = gongwen::parse_bytes(&bytes).unwrap();
        assert_eq!(n.source_encoding, if le { "UTF-16LE" } else { "UTF-16BE" });
        check(&text, &n);
        assert_eq!(facts(&n), seed_facts());
    }
}

#[test]
fn files_that_are_no_text_are_errors() {
    let kind = |bytes: &[u8]| match gongwen::parse_bytes(bytes) {
        Err(e) => match e.kind {
            gongwen::ErrorKind::Binary { format } => format,
            other => panic!("expected a binary error, found {other:?}"),
        },
        Ok(_) => panic!("expected a binary error, found a notice"),
    };
    // Attachments a crawl saves beside the pages.
    assert_eq!(kind(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"), "PDF");
    assert_eq!(
        kind(b"PK\x03\x04\x14\x00\x06\x00word/document.xml"),
        "ZIP (DOCX, XLSX, OFD)"
    );
    assert_eq!(
        kind(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"),
        "OLE (DOC, XLS, WPS)"
    );
    assert_eq!(kind(b"\xFF\xD8\xFF\xE0\x00\x10JFIF"), "JPEG");
    let e = gongwen::parse_bytes(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").unwrap_err();
    assert_eq!(
        e.kind.to_string(),
        "expected the text of a notice, found an OLE (DOC, XLS, WPS) file"
    );
    // Data with the control bytes no text has.
    let data: Vec<u8> = (0..3000u32).map(|i| (i * 7919 % 251) as u8).collect();
    assert_eq!(kind(&data), "binary data");
    let e = gongwen::parse_bytes(&data).unwrap_err();
    assert_eq!(e.kind.as_str(), "binary");
    assert!(e.to_string().contains("found binary data"), "{e}");
    // A notice with a stray control byte or two is still text.
    let mut stray = SEED.as_bytes().to_vec();
    for (k, control) in [(3, 0u8), (40, 0x01)] {
        let at = SEED.match_indices('\n').nth(k).expect("lines").0;
        stray.insert(at, control);
    }
    let (n, _) = gongwen::parse_bytes(&stray).unwrap();
    assert_eq!(n.doc_number.unwrap().normalized, "粤办函〔2021〕55号");
    // A text from a word processor, its manual line breaks written as vertical tabs, is text.
    let breaks = SEED
        .replace("。", "。\u{b}")
        .replace("，", "，\u{b}")
        .replace("、", "、\u{b}");
    let (n, _) = gongwen::parse_bytes(breaks.as_bytes()).unwrap();
    assert_eq!(n.doc_number.unwrap().normalized, "粤办函〔2021〕55号");
}

#[test]
fn same_facts_with_full_width_punctuation() {
    let text: String = SEED
        .chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            ',' => '，',
            ':' => '：',
            ';' => '；',
            c => c,
        })
        .collect();
    let n = gongwen::parse(&text).unwrap();
    check(&text, &n);
    let want = seed_facts()
        .replace(',', "，")
        .replace('(', "（")
        .replace(')', "）");
    // Headings and paths keep the document's characters; compare them in full width too.
    let got = facts(&n)
        .replace(',', "，")
        .replace('(', "（")
        .replace(')', "）");
    assert_eq!(got, want);
}

#[test]
fn same_facts_without_the_portal_page() {
    let lines: Vec<&str> = SEED.lines().collect();
    let start = lines
        .iter()
        .position(|l| *l == "广东省人民政府办公厅关于印发《2021年")
        .unwrap();
    let end = lines.iter().position(|l| *l == "部门解读").unwrap();
    let text = lines[start..end].join("\n");
    let n = gongwen::parse(&text).unwrap();
    assert!(n.portal.is_none());
    assert_eq!(n.published_date, None);
    check(&text, &n);
    assert_eq!(facts(&n), seed_facts());
}

/// A notice in traditional script served as Big5 reads as the same text in UTF-8 does.
#[test]
fn same_notice_in_big5() {
    let text = std::fs::read_to_string("fixtures/traditional/seed_000.txt").expect("fixture");
    // Forms Big5 has in place of the ones the converted fixture uses.
    let text: String = text
        .chars()
        .map(|c| match c {
            '啓' => '啟',
            '爲' => '為',
            '羣' => '群',
            '衆' => '眾',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect();
    let (bytes, _, bad) = encoding_rs::BIG5.encode(&text);
    assert!(!bad);
    let (n, decoded) = gongwen::parse_bytes(&bytes).unwrap();
    assert_eq!(n.source_encoding, "Big5");
    assert_eq!(decoded, text);
    let mut want = gongwen::parse(&text).unwrap();
    want.source_encoding = "Big5".to_string();
    assert_eq!(n, want);
}
