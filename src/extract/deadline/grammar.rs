//! The deadline grammar written as regular expressions: the reference that the hand-written
//! reader of [`super::phrase`] is held to. Test code only.

use std::sync::LazyLock;

use super::phrase::{DateAt, Phrase, phrases};
use crate::extract::captures::Grammar;
use crate::model::Span;

const YEAR: &str = "(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})";
const MONTH: &str = "1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九]";
const DAY: &str = "3[01]|[12][0-9]|0?[1-9]|３[０１]|[１２][０-９]|０?[１-９]|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]";
/// A weekday in brackets after a note of up to 8 characters, or the note that the day counts.
const WEEKDAY: &str =
    "[（(](?:[^（()）。；;\n\r]{0,8}?(?:星期|周|週)[一二三四五六日天]|含(?:当日|當日)?)[）)]";
/// A clock time: 17:00, 18时30分, 下午5点半, 零时.
const TIME: &str = "(?:上午|中午|下午|晚上|早上|凌晨)?(?:[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|(?:时|時|点|點)(?:[0-9０-９]{1,2}分|半)?)|零(?:时|時|点|點))";
/// Between the two ends of a period.
const SEP: &str = "至|到|——|—|－|-|–|~|～";
const COUNT: &str = "[0-9０-９]{1,2}|[一二两兩三四五六七八九十]{1,3}|半";

/// The alternatives of the deadline grammar, in priority order (leftmost-first).
static ALTERNATIVES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let date = |p: &str| {
        format!(
            r"(?:(?P<{p}y>{YEAR})[\x20]*年[\x20]*)?(?P<{p}m>{MONTH})[\x20]*月[\x20]*(?P<{p}d>{DAY})[\x20]*[日号號]"
        )
    };
    let month_at = |p: &str, words: &str| {
        format!(
            r"(?:(?P<{p}y>{YEAR})[\x20]*年[\x20]*)?(?P<{p}m>{MONTH})[\x20]*月(?:[\x20]*(?P<{p}d>{DAY})[\x20]*[日号號]|(?P<{p}p>{words}))?"
        )
    };
    let any_date = format!("(?:(?:{YEAR})年)?(?:{MONTH})月(?:{DAY})[日号號]");
    let (ra, rb, u, c, b) = (date("ra"), date("rb"), date("u"), date("c"), date("b"));
    vec![
        format!(
            r"(?P<range>{ra}(?:[\x20]*{WEEKDAY})?(?:[\x20]*(?P<rat>{TIME}))?[\x20]*(?:{SEP})[\x20]*(?:{rb}(?:[\x20]*(?P<rbt>{TIME}))?|(?P<rbday>{DAY})[\x20]*[日号號](?:[\x20]*(?P<rbdt>{TIME}))?|(?P<rbs>{TIME})))"
        ),
        format!(r"(?P<list>{any_date}(?:(?:、|和|及|与|,|，){any_date})+[\x20]*(?:之前|以前|前))"),
        format!(
            r"(?P<until>(?:延长|延長|延|截止|截)?至[\x20]*(?:{u}|(?P<uey>{YEAR})[\x20]*年年?(?:底|末)|(?:(?P<umy>{YEAR})[\x20]*年[\x20]*)?(?P<umm>{MONTH})[\x20]*月(?:底|末)))"
        ),
        format!(
            r"(?P<cutoff>(?:截止(?:时间|時間|日期)?(?:为|為|爲|是|到|:|：)|不(?:晚|迟|遲)(?:于|於)|最(?:晚|迟|遲)(?:于|於|在)|不超(?:过|過))[\x20]*{c}(?:[\x20]*(?P<ct>{TIME}))?(?:[\x20]*(?:之前|以前|前))?)"
        ),
        format!(
            r"(?P<from>(?P<fpre>从|從|自)?(?:(?P<fy>{YEAR})[\x20]*年[\x20]*)?(?P<fm>{MONTH})[\x20]*月(?:[\x20]*(?P<fd>{DAY})[\x20]*[日号號](?:[\x20]*(?P<ft>{TIME}))?)?[\x20]*(?:起|开始|開始))"
        ),
        format!(
            r"(?P<bydate>{b}(?:[\x20]*{WEEKDAY})?(?:[\x20]*(?P<bt>{TIME}))?[\x20]*(?:下班)?(?:之前|以前|前))"
        ),
        format!(
            r"(?P<mrange>{}[\x20]*(?:{SEP})[\x20]*{})",
            month_at("ma", "份|底|末|初|上旬|中旬|下旬"),
            month_at("mb", "份底|份|底|末|上旬|中旬|下旬")
        ),
        format!(
            r"(?P<bymonth>(?:(?:(?P<bmy>{YEAR})[\x20]*年[\x20]*)?(?P<bmm>{MONTH})[\x20]*月|(?P<bmm2>本|当|當)月)(?:底|末|份底|内|內|(?P<bmx>上中|中下|上|中|下)旬)(?:之前|以前|前)?|(?P<bmm4>本|当|當)月[\x20]*(?P<bmd>{DAY})[\x20]*[日号號][\x20]*(?:之前|以前|前)|(?P<bmm3>)月(?:底|末)(?:之前|以前|前))"
        ),
        format!(
            r"(?P<yearend>(?:(?P<yey>{YEAR})[\x20]*年?|(?P<yerel>今|本|当|當|明|次|去|上|前))?年(?:底|末)(?:之前|以前|前)?)"
        ),
        format!(
            r"(?P<within>(?P<wn>{COUNT})[\x20]*(?:个|個)?(?P<wu>年|月|季度|日|天)(?:内|內|以内|以內))"
        ),
        format!(r"(?P<yearin>(?:(?P<yiy>{YEAR})年?|今|本|当|當)?年度?(?:内|內))"),
        format!(
            r"(?P<half>(?:(?P<hy>{YEAR})[\x20]*年|今年|本年)?(?P<hp>上|下)半年(?P<hs>起|开始|開始)?)"
        ),
        format!(
            r"(?P<quarter>(?:(?P<qy>{YEAR})[\x20]*年)?第?(?P<qn>[一二三四1-4１-４])季度(?:(?P<qs>起|开始|開始)|(?:末|底)?(?:之前|以前|前)?))"
        ),
        format!(r"(?P<fromyear>(?:从|從|自)?(?P<fyy>{YEAR})[\x20]*年度?[\x20]*(?:起|开始|開始))"),
        format!(
            r"(?P<yearmonth>(?P<ymy>{YEAR})[\x20]*年[\x20]*(?P<ymm>{MONTH})[\x20]*月(?:[\x20]*(?P<ymd>{DAY})[\x20]*[日号號])?)"
        ),
        format!(
            r"(?P<holiday>(?:(?P<hdy>{YEAR})[\x20]*年)?(?P<hdn>元旦|春节|春節|国庆节|国庆|國慶節|國慶|劳动节|勞動節|端午节|端午節|中秋节|中秋節)(?:之前|以前|前))"
        ),
        format!(
            r"(?P<shared>(?:(?P<shy>{YEAR})[\x20]*年[\x20]*)?(?P<sha>{MONTH})[\x20]*(?:{SEP})[\x20]*(?P<shb>{MONTH})[\x20]*月(?:份底|份|底|末)?)"
        ),
    ]
});

/// The whole grammar as one search (leftmost-first, earlier alternatives preferred).
static DEADLINE: LazyLock<Grammar> = LazyLock::new(|| Grammar::new_many(&ALTERNATIVES));

/// Each alternative alone, to read the groups of a match found by [`DEADLINE`].
static ALONE: LazyLock<Vec<Grammar>> =
    LazyLock::new(|| ALTERNATIVES.iter().map(|a| Grammar::new(a)).collect());

/// The alternative a phrase is, and every named group of it with its place, as the regex
/// grammar names them.
fn groups(whole: Span, p: &Phrase) -> (usize, Vec<(String, Span)>) {
    fn date(out: &mut Vec<(String, Span)>, prefix: &str, d: &DateAt) {
        if let Some(y) = d.year {
            out.push((format!("{prefix}y"), y));
        }
        out.push((format!("{prefix}m"), d.month));
        out.push((format!("{prefix}d"), d.day));
    }
    let mut out = Vec::new();
    let mut put = |name: &str, sp: Option<Span>| {
        if let Some(sp) = sp {
            out.push((name.to_string(), sp));
        }
    };
    let index = match p {
        Phrase::Range {
            first,
            first_time,
            second,
            second_day,
            second_time,
        } => {
            put("range", Some(whole));
            put("rat", *first_time);
            put("rbday", *second_day);
            let second_name = match (second, second_day) {
                (Some(_), _) => "rbt",
                (None, Some(_)) => "rbdt",
                (None, None) => "rbs",
            };
            put(second_name, *second_time);
            date(&mut out, "ra", first);
            if let Some(second) = second {
                date(&mut out, "rb", second);
            }
            0
        }
        Phrase::List => {
            put("list", Some(whole));
            1
        }
        Phrase::Until {
            date: d,
            year_end,
            month_end,
        } => {
            put("until", Some(whole));
            put("uey", *year_end);
            put("umy", month_end.and_then(|(y, _)| y));
            put("umm", month_end.map(|(_, m)| m));
            if let Some(d) = d {
                date(&mut out, "u", d);
            }
            2
        }
        Phrase::Cutoff { date: d, time } => {
            put("cutoff", Some(whole));
            put("ct", *time);
            date(&mut out, "c", d);
            3
        }
        Phrase::From {
            pre,
            year,
            month,
            day,
            time,
        } => {
            put("from", Some(whole));
            put("fpre", *pre);
            put("fy", *year);
            put("fm", Some(*month));
            put("fd", *day);
            put("ft", *time);
            4
        }
        Phrase::ByDate { date: d, time } => {
            put("bydate", Some(whole));
            put("bt", *time);
            date(&mut out, "b", d);
            5
        }
        Phrase::ByMonth {
            year,
            month,
            part,
            day,
        } => {
            put("bymonth", Some(whole));
            put("bmy", *year);
            put("bmm", Some(*month));
            put("bmx", *part);
            put("bmd", *day);
            7
        }
        Phrase::YearEnd { year, relative } => {
            put("yearend", Some(whole));
            put("yey", *year);
            put("yerel", *relative);
            8
        }
        Phrase::Within { count, unit } => {
            put("within", Some(whole));
            put("wn", Some(*count));
            put("wu", Some(*unit));
            9
        }
        Phrase::YearIn { year } => {
            put("yearin", Some(whole));
            put("yiy", *year);
            10
        }
        Phrase::Half { year, part, start } => {
            put("half", Some(whole));
            put("hy", *year);
            put("hp", Some(*part));
            put("hs", *start);
            11
        }
        Phrase::Quarter {
            year,
            number,
            start,
        } => {
            put("quarter", Some(whole));
            put("qy", *year);
            put("qn", Some(*number));
            put("qs", *start);
            12
        }
        Phrase::FromYear { year } => {
            put("fromyear", Some(whole));
            put("fyy", Some(*year));
            13
        }
        Phrase::MonthRange { first, second } => {
            put("mrange", Some(whole));
            for (prefix, end) in [("ma", first), ("mb", second)] {
                put(&format!("{prefix}y"), end.year);
                put(&format!("{prefix}m"), Some(end.month));
                put(&format!("{prefix}d"), end.day);
                put(&format!("{prefix}p"), end.part);
            }
            6
        }
        Phrase::YearMonth { year, month, day } => {
            put("yearmonth", Some(whole));
            put("ymy", Some(*year));
            put("ymm", Some(*month));
            put("ymd", *day);
            14
        }
        Phrase::Holiday { year, name } => {
            put("holiday", Some(whole));
            put("hdy", *year);
            put("hdn", Some(*name));
            15
        }
        Phrase::SharedMonths {
            year,
            first,
            second,
        } => {
            put("shared", Some(whole));
            put("shy", *year);
            put("sha", Some(*first));
            put("shb", Some(*second));
            16
        }
    };
    out.sort();
    (index, out)
}

/// What the regex grammar finds in `s`, scanning every position: each match's alternative and
/// named groups.
fn by_regex(s: &str) -> Vec<(usize, Vec<(String, Span)>)> {
    const NAMES: [&str; 82] = [
        "range",
        "ray",
        "ram",
        "rad",
        "rat",
        "rby",
        "rbm",
        "rbd",
        "rbt",
        "rbs",
        "rbday",
        "rbdt",
        "list",
        "until",
        "uy",
        "um",
        "ud",
        "umy",
        "umm",
        "uey",
        "cutoff",
        "cy",
        "cm",
        "cd",
        "ct",
        "from",
        "fpre",
        "fy",
        "fm",
        "fd",
        "ft",
        "bydate",
        "by",
        "bm",
        "bd",
        "bt",
        "bymonth",
        "bmy",
        "bmm",
        "bmm2",
        "bmm3",
        "bmm4",
        "bmx",
        "bmd",
        "yearend",
        "yey",
        "yerel",
        "within",
        "wn",
        "wu",
        "yearin",
        "yiy",
        "half",
        "hy",
        "hp",
        "hs",
        "quarter",
        "qy",
        "qn",
        "qs",
        "fromyear",
        "fyy",
        "mrange",
        "may",
        "mam",
        "mad",
        "map",
        "mby",
        "mbm",
        "mbd",
        "mbp",
        "yearmonth",
        "ymy",
        "ymm",
        "ymd",
        "holiday",
        "hdy",
        "hdn",
        "shared",
        "shy",
        "sha",
        "shb",
    ];
    DEADLINE
        .find_iter(s)
        .map(|(alternative, range)| {
            let caps = ALONE[alternative]
                .captures_at(s, range)
                .expect("the alternative matches its own match");
            let mut named: Vec<_> = NAMES
                .iter()
                .filter(|n| !n.is_empty())
                .filter_map(|n| {
                    // 本月 stands where a month's number would: one group for both.
                    // (月底前 alone: an empty month before its 月.)
                    let name = if matches!(*n, "bmm2" | "bmm3" | "bmm4") {
                        "bmm"
                    } else {
                        n
                    };
                    caps.name(n)
                        .map(|g| (name.to_string(), Span::new(g.start(), g.end())))
                })
                .collect();
            named.sort();
            (alternative, named)
        })
        .collect()
}

/// Texts to compare on: every line and every file of the fixtures, and generated text built
/// of phrase parts, digits, numerals, separators, spaces and prose.
fn texts() -> Vec<String> {
    let mut texts = crate::testing::fixture_texts(true);
    let pieces = [
        "截止时间为   ２０２１   年  ６  月  ３０  日",
        "截止日期：2021年6月30日前",
        "截止是",
        "截止時間爲2021年6月30日",
        "截止时间为2024年4月15日17:30",
        "截止日期：4月15日 下午5点半",
        "从   2022   年度起",
        "2021年3月1日至2022年12月31日",
        "1月1日、2月1日、3月1日前",
        "今年年底前",
        "自二〇二四年一月一日起",
        "二〇二三年底前",
        "〇",
        "○",
        "9月中旬前",
        "6月中下旬",
        "5月上中旬前",
        "截止到2023年底",
        "截止到2024年5月31日",
        "本月底前",
        "本月25日前",
        "当月 5 号之前",
        "本月三十日",
        "当月",
        "旬",
        "上",
        "中",
        "下",
        "（星期四）",
        "(周五)",
        "（含）",
        "(含当日)",
        "含",
        "春节前",
        "2024年春节之前",
        "国庆节",
        "國慶以前",
        "元旦",
        "勞動節前",
        "明年春节前",
        "2025年年内",
        "星期",
        "三个月内",
        "印发之日起30日内",
        "7天以内",
        "第一季度末",
        "延长至2025年底",
        "延長至",
        "截至",
        "上半年",
        "2023年下半年",
        "不晚于2023年9月30日",
        "不迟于",
        "最迟不超过10月15日",
        "最迟于2024年6月30日",
        "最晚在5月10日 17:00",
        "最遲於",
        "最迟",
        "不超過",
        "不超过3个月",
        "2024年第三季度前",
        "三季度底以前",
        "本年度内",
        "2024年度内",
        "年度內",
        "2023年6月至12月",
        "6月份至9月份底",
        "6月1日至12月",
        "于",
        "各地各部门要认真贯彻落实，切实加强组织领导，",
        "      ",
        " ",
        "年",
        "月",
        "日",
        "号",
        "季度",
        "底",
        "末",
        "份",
        "前",
        "之前",
        "以内",
        "内",
        "起",
        "开始",
        "个",
        "至",
        "到",
        "～",
        "、",
        "和",
        "，",
        ":",
        "：",
        "2021",
        "２０２２",
        "0",
        "1",
        "2",
        "3",
        "9",
        "10",
        "12",
        "31",
        "１",
        "０",
        "３",
        "一",
        "二",
        "三",
        "十",
        "廿",
        "卅",
        "两",
        "半",
        "第",
        "今",
        "明",
        "去",
        "本",
        "从",
        "自",
        "每",
        "。",
        "；",
        "2021年。6月30日前",
        "2021年\n6月底前",
        "\n",
        "10月8日12:00前",
        "１０月８日 ９：３０ 前",
        "7月27日18时前",
        "7月27日18时30分前",
        "9月20日下午5点前",
        "9月20日下午5点半前",
        "9月20日上午9:30前",
        "下午",
        "半",
        "时",
        "点",
        "分",
        "2021年年底",
        "2021 年 底前",
        "十二月底",
        "二十五日",
        "4月份底前",
        "自2021年5月1日起",
        "5月 20 日 开始",
        "今年内",
        "2021年內",
        "从2023年起",
        "2023年起",
        "２０２３年度开始",
        "自２０２４ 年度 开始",
    ];
    let mut generator = crate::testing::Gen::new(7);
    for n in 0..20_000 {
        let t = generator.pieces(&pieces, 2 + n % 10);
        texts.push(t);
    }
    // Near-phrases: numbers of random digits and numerals between the grammar's words, so that
    // every part of every kind is tried with what it may and may not take.
    const PREFIXES: [&str; 18] = [
        "",
        "",
        "从",
        "自",
        "至",
        "延长至",
        "截止",
        "截止时间为",
        "截止：",
        "今",
        "明",
        "第",
        "每",
        "上",
        "本",
        "去",
        "不晚于",
        "下",
    ];
    const DIGITS: [&str; 17] = [
        "0", "1", "2", "3", "4", "9", "０", "１", "２", "３", "一", "二", "三", "十", "廿", "卅",
        "零",
    ];
    const GAPS: [&str; 4] = ["", "", " ", "  "];
    const UNITS: [&str; 13] = [
        "年", "月", "日", "号", "季度", "个月", "年度", "份", ":", "：", "年年", "时", "",
    ];
    const TAILS: [&str; 22] = [
        "",
        "",
        "底",
        "末",
        "前",
        "之前",
        "以前",
        "起",
        "开始",
        "内",
        "以内",
        "上半年",
        "下半年",
        "份底",
        "份至",
        "至",
        "到",
        "～",
        "、",
        "和",
        "，",
        "底前",
    ];
    for _ in 0..60_000 {
        let mut t = String::from(PREFIXES[generator.below(PREFIXES.len())]);
        for _ in 0..1 + generator.below(4) {
            let digits = 1 + generator.below(4);
            t.push_str(&generator.pieces(&DIGITS, digits));
            t.push_str(&generator.shaped(&[&GAPS, &UNITS, &GAPS, &TAILS]));
        }
        texts.push(t);
    }
    // Every number of one to three digits and numerals in each place a number can stand.
    const TEMPLATES: [&str; 48] = [
        "{}月30日前",
        "5月{}日（含）前",
        "{}年春节前",
        "5月{}日（星期四）前",
        "{}月中旬前",
        "完成时间：2023年{}月",
        "{}年 6月",
        "5月{}日前",
        "{}月底前",
        "{}个月内",
        "第{}季度",
        "2024年第{}季度起",
        "从{}年下半年开始",
        "{}年内",
        "{}年底",
        "至{}年底",
        "10月8日{}:00前",
        "10月8日12:{}前",
        "10月8日{}时前",
        "10月8日9时{}分前",
        "从{}年起",
        "{}年起持续推进",
        "{}年上半年",
        "{}月起",
        "5月{}号起",
        "1月1日、{}月2日前",
        "{}日至6月1日",
        "{}月至12月",
        "2024年{}—9月",
        "2024年7至{}月份",
        "6月至{}月底",
        "不晚于5月{}日",
        "5月{}日下班前",
        "印发之日起{}日内",
        "完成时间：2025年5月{}日",
        "5月1日{}时至5月5日24时",
        "5月1日8:00至{}:00",
        "自2024年5月1日{}时起",
        "5月1日零时至{}日零时",
        "第{}项于月底前、每月末前",
        "{}月内、本月内",
        "2024年2月10日至{}日",
        "5月1日至{}日18时",
        "2月10日（星期六）至{}号",
        "7月1日-{}月31日",
        "2024年3月1日–3月{}日",
        "7月1日——8月{}日",
        "2024年7-{}月",
    ];
    // One and two of every digit and numeral; three of a few.
    const NUMERALS: [&str; 23] = [
        "0", "1", "2", "3", "4", "5", "9", "０", "１", "３", "４", "５", "一", "二", "三", "四",
        "五", "十", "廿", "卅", "两", "兩", "半",
    ];
    const FEW: [&str; 8] = ["1", "2", "3", "０", "１", "一", "二", "十"];
    let mut numbers: Vec<String> = NUMERALS.iter().map(|d| d.to_string()).collect();
    for a in NUMERALS {
        numbers.extend(NUMERALS.iter().map(|b| format!("{a}{b}")));
    }
    for a in FEW {
        for b in FEW {
            numbers.extend(FEW.iter().map(|c| format!("{a}{b}{c}")));
        }
    }
    for template in TEMPLATES {
        for n in &numbers {
            texts.push(template.replace("{}", n));
        }
    }
    texts
}

/// The hand-written reader finds what the regex grammar finds: the same phrases, of the same
/// kinds, with every part in the same place.
#[test]
fn ok_reader_is_the_grammar() {
    let mut kinds = [0usize; 17];
    for t in texts() {
        let read: Vec<_> = phrases(&t).map(|(sp, p)| groups(sp, &p)).collect();
        assert_eq!(read, by_regex(&t), "{t:?}");
        for (k, _) in read {
            kinds[k] += 1;
        }
    }
    // Every kind was read, and often.
    assert!(kinds.iter().all(|&n| n > 50), "{kinds:?}");
}

/// The dates of a list, read again by the reader, are those the grammar's date finds in the
/// list's text.
#[test]
fn ok_list_dates_are_the_grammar() {
    static LIST_DATE: LazyLock<Grammar> = LazyLock::new(|| {
        Grammar::new(&format!(
            "(?:(?P<y>{YEAR})年)?(?P<m>{MONTH})月(?P<d>{DAY})[日号號]"
        ))
    });
    let mut lists = 0;
    for t in texts() {
        for (sp, p) in phrases(&t) {
            if p != Phrase::List {
                continue;
            }
            lists += 1;
            let read: Vec<_> = super::phrase::list_dates(t.as_bytes(), sp.start)
                .into_iter()
                .map(|(start, d)| (start, d.year, d.month, d.day, d.end))
                .collect();
            let base = sp.start;
            let shift =
                |g: crate::extract::captures::Group| Span::new(base + g.start(), base + g.end());
            let by_regex: Vec<_> = LIST_DATE
                .captures_iter(&t[sp.range()])
                .map(|c| {
                    let all = c.get(0).expect("match");
                    (
                        base + all.start(),
                        c.name("y").map(shift),
                        shift(c.name("m").expect("m")),
                        shift(c.name("d").expect("d")),
                        base + all.end(),
                    )
                })
                .collect();
            assert_eq!(read, by_regex, "{t:?}");
        }
    }
    assert!(lists > 100, "{lists} lists");
}
