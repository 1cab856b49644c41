//! The date grammars written as regular expressions: the reference that the hand-written
//! reader of [`super::reader`] is held to. Test code only.

use std::sync::LazyLock;

use super::reader::{CnDate, IsoDate, cn_dates, iso_dates};
use crate::extract::captures::{Grammar, Group};
use crate::model::Span;

const Y: &str = r"[0-9０-９]{4}|[〇○◯ОOoＯｏ零一二三四五六七八九]{2,4}";
const M: &str = r"[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九]";
const D: &str = r"[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]";

/// `YYYY年M月D日` in any digit form.
static CN_DATE: LazyLock<Grammar> = LazyLock::new(|| {
    Grammar::new(&format!(
        r"(?P<y>{Y})[ \t\u{{3000}}]*年[ \t\u{{3000}}]*(?P<m>{M})[ \t\u{{3000}}]*月[ \t\u{{3000}}]*(?P<d>{D})[ \t\u{{3000}}]*[日号號]"
    ))
});

/// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`, optionally followed by a time.
static ISO_DATE: LazyLock<Grammar> = LazyLock::new(|| {
    Grammar::new(
        r"(?P<y>[0-9０-９]{4})[-/.－](?P<m>[0-9０-９]{1,2})[-/.－](?P<d>[0-9０-９]{1,2})(?:[ T\u{3000}]+(?P<H>[0-9]{1,2})[:：](?P<Mi>[0-9]{2})(?:[:：](?P<S>[0-9]{2}))?)?",
    )
});

fn sp(g: Group) -> Span {
    Span::new(g.start(), g.end())
}

fn cn_by_regex(s: &str) -> Vec<CnDate> {
    CN_DATE
        .captures_iter(s)
        .map(|c| CnDate {
            all: sp(c.get(0).expect("match")),
            year: sp(c.name("y").expect("y")),
            month: sp(c.name("m").expect("m")),
            day: sp(c.name("d").expect("d")),
        })
        .collect()
}

fn iso_by_regex(s: &str) -> Vec<IsoDate> {
    ISO_DATE
        .captures_iter(s)
        .map(|c| IsoDate {
            all: sp(c.get(0).expect("match")),
            year: sp(c.name("y").expect("y")),
            month: sp(c.name("m").expect("m")),
            day: sp(c.name("d").expect("d")),
            time: c
                .name("H")
                .map(|h| (sp(h), sp(c.name("Mi").expect("Mi")), c.name("S").map(sp))),
        })
        .collect()
}

/// Texts to compare on: every line of the fixtures, and generated text of dates' parts in both
/// writings, digits of both widths, runs of digits and numerals longer than a part takes,
/// white space, separators and clock times.
fn texts() -> Vec<String> {
    let mut texts = crate::testing::fixture_texts(false);
    let pieces = [
        "2021",
        "２０２１",
        "12021",
        "202",
        "二〇二一",
        "二ＯＯ八",
        "二ｏ一九",
        "二◯二三",
        "一二〇二一",
        "〇七",
        "OO五",
        "o",
        "О",
        "零",
        "年",
        "月",
        "日",
        "号",
        "號",
        "4",
        "04",
        "12",
        "123",
        "１６",
        "十",
        "十二",
        "十三",
        "二十",
        "二十五",
        "廿",
        "廿五",
        "卅",
        "卅一",
        "三",
        " ",
        "\t",
        "\u{3000}",
        "-",
        "/",
        ".",
        "－",
        "T",
        ":",
        "：",
        "10",
        "25",
        "55",
        "5",
        "a",
        "，",
        "\n",
    ];
    let mut generator = crate::testing::Gen::new(9);
    for n in 0..80_000 {
        let t = generator.pieces(&pieces, 1 + n % 12);
        texts.push(t);
    }
    // Date-shaped text: each part or something in its place.
    let parts: [&[&str]; 7] = [
        &[
            "2021",
            "二〇二一",
            "〇七",
            "12021",
            "21",
            "一二〇二一",
            "２０２１",
        ],
        &["年", "-", "/", " 年", "\t年", "－", "."],
        &["4", "04", "十二", "十", "123", "１", ""],
        &["月", "-", " 月", "\u{3000}月", "\t月", ".", "日"],
        &["16", "十六", "廿五", "卅一", "3", "", "三十"],
        &["日", "号", " 日", "", "a"],
        &[
            " 10:25:55",
            "T9:05",
            "\u{3000}10：25",
            " 1:2",
            " 123:45",
            "",
            "",
        ],
    ];
    for _ in 0..40_000 {
        texts.push(generator.shaped(&parts));
    }
    // ISO-shaped text.
    let parts: [&[&str]; 6] = [
        &["2021", "２０２１", "12021", "202", "a2021"],
        &["-", "/", ".", "－", "年"],
        &["5", "05", "１２", "123", ""],
        &["-", "/", ".", "－", "月"],
        &["14", "3", "１４", "145", ""],
        &[
            " 10:25:55",
            "T9:05",
            "\u{3000}10：25",
            " 1:2",
            " 123:45",
            "  08:00:1",
            "",
            "5",
            "10:25",
        ],
    ];
    for _ in 0..40_000 {
        texts.push(generator.shaped(&parts));
    }
    texts
}

/// The hand-written reader finds what the regular expressions find: the same dates, with every
/// part in the same place.
#[test]
fn ok_reader_is_the_grammar() {
    let (mut cn, mut iso, mut timed) = (0, 0, 0);
    for t in texts() {
        let read: Vec<CnDate> = cn_dates(&t).collect();
        assert_eq!(read, cn_by_regex(&t), "{t:?}");
        cn += read.len();
        let read: Vec<IsoDate> = iso_dates(&t).collect();
        assert_eq!(read, iso_by_regex(&t), "{t:?}");
        iso += read.len();
        timed += read.iter().filter(|d| d.time.is_some()).count();
    }
    assert!(
        cn > 1_000 && iso > 5_000 && timed > 1_000,
        "{cn} {iso} {timed}"
    );
}
