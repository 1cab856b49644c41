//! Line-level predicates shared by the structure phase: what a title line, an addressee line, a
//! signature line, a label line or a closing paragraph looks like. Each is a pure function of
//! one line's text, so the whole family of notices is handled by one vocabulary.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{date, docnum, doctype};
use crate::segment::{find_str, has_char, has_str};

/// Words a title of an enclosed document ends with.
const GENRE_END: &[&str] = &[
    "方案",
    "办法",
    "辦法",
    "意见",
    "意見",
    "通知",
    "规定",
    "規定",
    "细则",
    "細則",
    "安排",
    "计划",
    "計劃",
    "规划",
    "規劃",
    "批复",
    "批復",
    "决定",
    "決定",
    "指引",
    "导则",
    "導則",
    "规范",
    "規範",
    "规则",
    "規則",
    "守则",
    "守則",
    "手册",
    "手冊",
    "说明",
    "說明",
    "名录",
    "名錄",
    "目录",
    "目錄",
    "清单",
    "清單",
    "标准",
    "標準",
    "措施",
    "要点",
    "要點",
    "制度",
    "章程",
    "条例",
    "條例",
    "纲要",
    "綱要",
    "报告",
    "報告",
    "公告",
    "通告",
    "决议",
    "決議",
    "纪要",
    "紀要",
    "指南",
    "预案",
    "預案",
    "规程",
    "規程",
    "政策",
    "分工",
    "名单",
    "名單",
    "一览表",
    "一覽表",
    // 任务分工表, 申报表, 汇总表: tables that attachments are.
    "表",
    "台账",
    "臺賬",
    "任务书",
    "任務書",
    "协议",
    "協議",
    "须知",
    "須知",
    "说明",
    "說明",
    "函",
    "规则",
    "規則",
    "守则",
    "準則",
    "准则",
    "机制",
    "機制",
    "任务",
    "任務",
    "行动",
    "行動",
    "流程",
    "须知",
    "須知",
    "目标",
    "目標",
    // Forms sent back or signed: 参会回执, 安全承诺书, 项目申请书.
    "回执",
    "回執",
    "承诺书",
    "承諾書",
    "申请书",
    "申請書",
];

/// Whether `s` ends like the name of an organ.
#[must_use]
pub fn ends_like_organ(s: &str) -> bool {
    crate::extract::department::ends_like_organ(s)
}

/// Whether `s` reads as a sentence rather than a heading or a name.
#[must_use]
pub fn is_sentence(s: &str) -> bool {
    has_char(s, '。') || s.ends_with(['；', ';', '，', ','])
}

/// A line that may be (part of) a title.
#[must_use]
pub fn is_title_candidate(s: &str) -> bool {
    crate::segment::chars_at_most(s, 100)
        && !is_sentence(s)
        && !s.ends_with([':', '：'])
        && memchr::memchr2(b'|', b'\t', s.as_bytes()).is_none()
        && crate::structure::tree::marker_at(s).is_none()
        && date::date_line(s, None).is_none()
        && docnum::doc_number_line(s).is_none()
        && !is_label_line(s)
        && !is_signer_note(s)
        && !is_form_line(s)
}

/// Whether a line is the fields of a form to fill in (申报单位（盖章）：      填报日期：  年  月
/// 日): a label's colon with a gap of blanks after it.
fn is_form_line(s: &str) -> bool {
    let ascii = memchr::memchr(b':', s.as_bytes());
    let Some(at) = ascii.into_iter().chain(find_str(s, "：")).min() else {
        return false;
    };
    let after = &s[at..];
    after.contains("  ") || after.contains('\u{3000}')
}

/// Whether a line names who signed a report (签发人：王伟中), as a head may print it on a line
/// of its own.
#[must_use]
pub fn is_signer_note(s: &str) -> bool {
    signer_named(s).is_some()
}

/// What follows the label of who signed a report (签发人：) that opens `s`: the name, and in
/// flattened text whatever is glued after it.
#[must_use]
pub fn signer_named(s: &str) -> Option<&str> {
    ["签发人", "簽發人"].iter().find_map(|l| after_label(s, l))
}

/// Whether a title assembled so far reads complete.
#[must_use]
pub fn title_complete(s: &str) -> bool {
    let t = s.trim_end_matches(['》', '”', ')', '）', ' ']);
    static LAST: LazyLock<Vec<char>> =
        LazyLock::new(|| crate::segment::last_chars(GENRE_END.iter().copied()));
    doctype::doc_type(s).is_some()
        || crate::segment::may_end_with(&LAST, t) && GENRE_END.iter().any(|g| t.ends_with(g))
        || t.len() < s.len() && doctype::without_title_note(s).is_some_and(title_complete)
}

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^附[ \u{3000}]*(?P<w>件|表)?[ \u{3000}]*(?P<n>[0-9０-９一二三四五六七八九十]{0,3}(?:[-－—–][0-9０-９]{1,2})?)[ \u{3000}]*(?:[:：][ \u{3000}]*(?P<rest>.*)|(?P<glued>[^0-9０-９.．、:：\s].*))?$")
        .expect("valid label regex")
});

/// An attachment label line: `附件`, `附件1`, `附件2：title`, a part of an attachment
/// (`附件2-1`), or a label glued to its title
/// (`附件1广东省…名录`); an attached table's (`附表`, `附表1`) and the older bare `附1`
/// alike. Returns the label and where the title after it starts, if any.
#[must_use]
pub fn label_line(s: &str) -> Option<(String, Option<usize>)> {
    if !s.starts_with('附') {
        return None;
    }
    let caps = LABEL.captures(s)?;
    let n = caps.name("n").map_or("", |m| m.as_str());
    let rest = caps
        .name("rest")
        .or_else(|| caps.name("glued").filter(|_| !n.is_empty()))
        .filter(|m| !m.as_str().trim().is_empty());
    // `附件：…` is the body's attachment note, not a label; so is 附件 followed by prose.
    if n.is_empty() && (rest.is_some() || caps.name("glued").is_some()) {
        return None;
    }
    // (Older notices write 附 alone: 附1, 附2：….)
    let word = caps.name("w").map_or("", |m| m.as_str());
    let label = format!("附{word}{}", fold_digits(n).replace(['－', '—', '–'], "-"));
    Some((label, rest.map(|m| m.start())))
}

/// A label that opens an enclosed document: [`label_line`], or `附件：<title>` when the title
/// is not a numbered list (`附件：1.…` is a note).
#[must_use]
pub fn block_label(s: &str) -> Option<(String, Option<usize>)> {
    if let Some(l) = label_line(s) {
        return Some(l);
    }
    let (word, title) = attachment_label(s)?;
    let numbered = title
        .chars()
        .next()
        .is_some_and(|c| crate::extract::numeral::digit(c).is_some());
    (!title.is_empty() && !numbered).then(|| (word.to_string(), Some(s.len() - title.len())))
}

/// The words that label what a document attaches: 附件, 附表 for an attached table, and 附
/// alone as older notices have it (附：1．报名表).
pub const ATTACHMENT_WORDS: [&str; 3] = ["附件", "附表", "附"];

/// The attachment word a note or a label opens with (附件：…, 附表：…), and what follows its
/// colon.
#[must_use]
pub fn attachment_label(s: &str) -> Option<(&'static str, &str)> {
    if !s.starts_with('附') {
        return None;
    }
    ATTACHMENT_WORDS
        .iter()
        .find_map(|w| after_label(s, w).map(|rest| (*w, rest)))
}

fn is_label_line(s: &str) -> bool {
    label_line(s).is_some()
}

/// ASCII digits for full-width ones.
#[must_use]
pub fn fold_digits(s: &str) -> String {
    s.chars()
        .map(|c| crate::extract::numeral::digit(c).map_or(c, |d| char::from(b'0' + d as u8)))
        .collect()
}

/// Splits a list of organs on `、，,；;` outside parentheses. A place suffix shared by a
/// 、-run is distributed (韶关、东莞、阳江市人民政府 → 韶关市人民政府, …); otherwise pieces that
/// are not whole names are merged with the next (各地级以上市发展改革、工业和信息化、…管理部门
/// stays one entry). Returns byte ranges into `s`, trimmed, with each entry's value.
#[must_use]
pub fn split_organs(s: &str) -> Vec<(usize, usize, String)> {
    // Pieces with the separator that ends each.
    let mut pieces: Vec<(usize, usize, char)> = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let cut = |from: usize, to: usize, sep: char, pieces: &mut Vec<(usize, usize, char)>| {
        let raw = &s[from..to];
        let lead = raw.len() - raw.trim_start_matches(crate::segment::is_pad).len();
        let piece = raw.trim_matches(crate::segment::is_pad);
        if !piece.is_empty() {
            pieces.push((from + lead, from + lead + piece.len(), sep));
        }
    };
    for (i, c) in s.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            '、' | '，' | ',' | '；' | ';' if depth <= 0 => {
                cut(start, i, c, &mut pieces);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    cut(start, s.len(), ',', &mut pieces);

    let mut out = Vec::new();
    let mut k = 0;
    while k < pieces.len() {
        // A run of pieces joined by 、.
        let mut j = k;
        while j + 1 < pieces.len() && pieces[j].2 == '、' {
            j += 1;
        }
        let run = &pieces[k..=j];
        let cleaned: Vec<String> = run
            .iter()
            .map(|&(a, b, _)| crate::segment::without_pinyin(&s[a..b]).into_owned())
            .collect();
        let texts: Vec<&str> = cleaned.iter().map(String::as_str).collect();
        if let Some(suffix) = crate::extract::department::shared_suffix(&texts) {
            for (n, &(a, b, _)) in run.iter().enumerate() {
                let mut v = texts[n].to_string();
                if n + 1 < run.len() {
                    v.push_str(suffix);
                }
                out.push((a, b, v));
            }
        } else {
            // The jurisdiction that opens the run is that of the bare organs after it, as in a
            // list of departments: 各地级以上市教育局、财政局 (各地级以上市财政局), 市发展改革委、
            // 教育局 (市教育局). A ministry after it is national (广东省人民政府、商务部).
            // (No place starts with 各: 各省辖市人民政府 is no place's organ.)
            let shared = jurisdiction_of_all(texts[0]).or_else(|| {
                crate::extract::department::jurisdiction_of(texts[0]).filter(|_| {
                    !texts[0].starts_with('各') && texts[1..].iter().all(|t| !t.ends_with('部'))
                })
            });
            let mut pending: Option<usize> = None;
            // The kinds of jurisdiction listed before the organ of the run's first entry
            // (各省、自治区、直辖市及新疆生产建设兵团 in …发展改革委、能源局), which the bare
            // organs after it share.
            let mut kinds: Option<String> = None;
            let run_start = out.len();
            for (n, &(a, b, _)) in run.iter().enumerate() {
                // A kind of organ alone (市政府各委、办、局) is one more kind of the entry
                // before it, not an entry of its own.
                if n > 0
                    && pending.is_none()
                    && crate::segment::chars_at_most(texts[n], 1)
                    && let Some(last) = out.last_mut()
                {
                    let from: usize = last.0;
                    *last = (
                        from,
                        b,
                        crate::segment::without_pinyin(&s[from..b]).into_owned(),
                    );
                    continue;
                }
                // The last piece of a run ends the entry, whole name or not; 各地 before kinds
                // that share an organ (各地、州、市人民政府) is the first of them.
                let whole = n + 1 == run.len()
                    || (is_whole_entry(texts[n])
                        && !(texts[n] == "各地" && is_bare_jurisdiction(texts[n + 1]))
                        // 中央 before a level's organs (中央、省属驻佛山各单位) shares them.
                        && texts[n] != "中央")
                    // Kinds before the organs held by a level (各乡镇（街道）、县直各单位) are
                    // every one of those kinds, an entry of their own.
                    || (is_bare_jurisdiction(texts[n])
                        && crate::extract::department::opens_with_a_level_held(texts[n + 1]));
                let a = pending.take().unwrap_or(a);
                if !whole {
                    pending = Some(a);
                    continue;
                }
                let v = crate::segment::without_pinyin(&s[a..b]);
                if out.len() == run_start && a != run[n].0 {
                    kinds = kinds_before_organ(&v).map(str::to_owned);
                }
                let v = match (&kinds, shared) {
                    (Some(j), _) if out.len() > run_start && is_bare_organ(&v) => {
                        format!("{j}{v}")
                    }
                    (_, Some(j)) if n > 0 && is_bare_organ(&v) => format!("{j}{v}"),
                    // 各区委、区政府: 各 is written once for both.
                    (_, Some(j))
                        if n > 0
                            && j.strip_prefix('各').is_some_and(|kind| {
                                crate::extract::department::core_organ_of_each(kind, &v)
                            }) =>
                    {
                        format!("各{v}")
                    }
                    _ => v.into_owned(),
                };
                out.push((a, b, v));
            }
        }
        k = j + 1;
    }
    out
}

/// The kinds of jurisdiction, listed with `、`, before the organ that ends `entry`:
/// 各省、自治区、直辖市及新疆生产建设兵团 in 各省、自治区、直辖市及新疆生产建设兵团发展改革委.
fn kinds_before_organ(entry: &str) -> Option<&str> {
    // Every piece but the last is a kind; the last is kinds, then the organ.
    let (kinds, last) = entry.rsplit_once('、')?;
    if !kinds.split('、').all(is_bare_jurisdiction) {
        return None;
    }
    // The longest kinds before a bare organ (发展改革委, not 改革委).
    let at = last
        .char_indices()
        .skip(1)
        .take(20)
        .filter(|&(i, _)| is_bare_jurisdiction(&last[..i]) && is_bare_organ(&last[i..]))
        .last()?
        .0;
    Some(&entry[..entry.len() - last.len() + at])
}

/// The jurisdiction of every one of its kind that opens an addressee (各地级以上市 in
/// 各地级以上市教育局, 各县（市、区） in 各县（市、区）财政局), when an organ follows it.
pub(crate) fn jurisdiction_of_all(entry: &str) -> Option<&str> {
    const MORE: [&str; 3] = ["州", "盟", "旗"];
    // Every one, or every one concerned: 各, 各有关, 有关.
    fn concerned(s: &str) -> Option<&str> {
        ["有关", "有關"].iter().find_map(|w| s.strip_prefix(w))
    }
    let rest = match entry.strip_prefix('各') {
        Some(r) => concerned(r).unwrap_or(r),
        None => concerned(entry)?,
    };
    // Kinds written together first (各县市区 before 各县).
    let kind = JOINED_KINDS
        .iter()
        .chain(&LOCAL_KINDS)
        .chain(&MORE)
        .find(|k| rest.starts_with(*k))?;
    let kind = &entry[..entry.len() - rest.len() + kind.len()];
    // Other kinds in brackets after it go with it: 各县（市、区）, 各区县（自治县）.
    let mut kind_len = kind.len();
    let rest = &entry[kind_len..];
    if rest.starts_with(['(', '（'])
        && let Some(close) = rest.find([')', '）'])
    {
        let open = if rest.starts_with('(') { 1 } else { 3 };
        if rest[open..close].split('、').all(is_bare_jurisdiction) {
            kind_len += close + if rest[close..].starts_with(')') { 1 } else { 3 };
        }
    }
    let kind = &entry[..kind_len];
    let organ = &entry[kind_len..];
    // (A short note in brackets after the organ is no part of what it is: 发展改革局（委）.)
    let organ = organ
        .strip_suffix([')', '）'])
        .and_then(|o| o.rfind(['(', '（']).map(|at| &o[..at]))
        .filter(|o| crate::segment::chars_at_most(&organ[o.len()..], 6))
        .unwrap_or(organ);
    (ends_like_organ(organ) && !organ.starts_with(['有', '各'])).then_some(kind)
}

/// An organ named without any jurisdiction (财政局, 人力资源社会保障局).
fn is_bare_organ(name: &str) -> bool {
    ends_like_organ(name)
        && !crate::extract::department::is_generic(name)
        && !name.starts_with([
            '各', '省', '市', '区', '區', '县', '縣', '中', '全', '自', '直', '街', '镇', '鎮',
            '乡', '鄉',
        ])
        // A national organ (国家税务总局, 国务院国资委), not 国土资源厅 or 国资委 of a level.
        && !["国家", "國家", "国务院", "國務院"]
            .iter()
            .any(|n| name.starts_with(n))
        && !name.starts_with("人民")
        && !name.starts_with("人行")
        && !names_a_zone(name)
        && !crate::extract::department::PLACES
            .iter()
            .any(|p| name.starts_with(p))
}

/// Whether an organ's name holds the zone or the place it is of (济源示范区管委会,
/// 高新区管委会): a kind of jurisdiction after its first two characters.
pub(crate) fn names_a_zone(name: &str) -> bool {
    name.chars()
        .skip(2)
        .any(|c| matches!(c, '区' | '區' | '县' | '縣' | '州' | '旗'))
}

/// Whether a piece of a 、-run is an addressee of its own rather than the start of one that
/// the next pieces complete.
fn is_whole_entry(piece: &str) -> bool {
    let short_group =
        crate::extract::department::is_generic(piece) && crate::segment::chars_at_most(piece, 4);
    // 财政厅（局）, 教育厅（教委、教育局）: an organ with its other names after it.
    let named = match piece.rfind(['(', '（']) {
        Some(at) if at > 0 && piece.ends_with([')', '）']) => &piece[..at],
        _ => piece,
    };
    // 县直和省、市驻连平有关单位, 市直和中央、省驻惠有关单位: a level of government after a
    // conjunction shares the organ that ends the run, as one alone does.
    // (Every such kind is a few characters long: only the piece's end is looked at.)
    let kind_after_conjunction = || {
        let mut from = piece.len().saturating_sub(18);
        while !piece.is_char_boundary(from) {
            from += 1;
        }
        let tail = &piece[from..];
        tail.rfind(['和', '及', '与']).is_some_and(|at| {
            let kind = &tail[at + '和'.len_utf8()..];
            kind == "中央" || is_bare_jurisdiction(kind)
        })
    };
    (ends_like_organ(named) || short_group)
        && !is_bare_jurisdiction(piece)
        && !kind_after_conjunction()
}

/// Whether `s` names kinds of jurisdiction rather than an organ: 各省, 自治区,
/// 直辖市及计划单列市, 县（市、区）. In 各省、自治区、直辖市人民政府 they share the organ that
/// ends the run and are no addressee on their own.
pub(crate) fn is_bare_jurisdiction(s: &str) -> bool {
    const KINDS: &[&str] = &[
        "省",
        "自治区",
        "自治區",
        "直辖市",
        "直轄市",
        "计划单列市",
        "計劃單列市",
        "地级市",
        "地級市",
        "县级市",
        "縣級市",
        "副省级城市",
        "副省級城市",
        "市辖区",
        "市轄區",
        "新疆生产建设兵团",
        "新疆生產建設兵團",
    ];
    // The longest is 新疆生产建设兵团 with 各 and a parenthesis of two kinds.
    if s.len() > 48 {
        return false;
    }
    let s = s.strip_prefix('各').unwrap_or(s);
    // A parenthesis of kinds: 县（市、区）, 县(区).
    let s = match s.find(['(', '（']) {
        Some(at) if s.ends_with([')', '）']) => &s[..at],
        _ => s,
    };
    // Every kind ends in one of these (a cheap test before the list is compared).
    !s.is_empty()
        && s.ends_with([
            '省', '区', '區', '市', '县', '縣', '镇', '鎮', '道', '团', '團', '州', '盟', '旗',
        ])
        && s.split(['及', '和', '与']).all(|kind| {
            KINDS.contains(&kind)
                || LOCAL_KINDS.contains(&kind)
                || AUTONOMOUS_KINDS.contains(&kind)
                || JOINED_KINDS.contains(&kind)
        })
}

/// The kinds of a city's and lower jurisdictions, a longer form before any that starts it
/// (地级以上市, 乡镇 before 乡). Cities with districts (设区市: Jiangsu, Zhejiang, Fujian) and
/// cities under the province (省辖市: Henan) among them.
const LOCAL_KINDS: [&str; 17] = [
    "地级以上市",
    "地級以上市",
    "设区市",
    "設區市",
    "省辖市",
    "省轄市",
    "市",
    "县",
    "縣",
    "区",
    "區",
    "乡镇",
    "鄉鎮",
    "镇",
    "鎮",
    "街道",
    "乡",
];

/// Kinds of jurisdiction written together, as provinces other than Guangdong write them:
/// 各市州、县市区人民政府 (Hunan), 各区县人民政府 (Chongqing), 各盟市 (Inner Mongolia).
/// Longer forms first.
pub(crate) const JOINED_KINDS: [&str; 15] = [
    "县市区",
    "縣市區",
    "旗县区",
    "旗縣區",
    "地州市",
    "市州",
    "县市",
    "縣市",
    "县区",
    "縣區",
    "区县",
    "區縣",
    "市县",
    "市縣",
    "盟市",
];

/// The kinds of jurisdiction of the autonomous regions and prefectures (自治州, 盟, 旗, …),
/// longer forms first.
pub(crate) const AUTONOMOUS_KINDS: [&str; 6] = ["自治州", "自治县", "自治縣", "州", "盟", "旗"];

/// Whether `s` is a kind of jurisdiction that the kinds after it go on: a bare kind, or 各地 and
/// 地 before other kinds (各地、州、市人民政府 is each prefecture's, autonomous prefecture's and
/// city's government). Alone, 各地 is every locality.
pub(crate) fn is_kind_before_kinds(s: &str) -> bool {
    matches!(s, "各地" | "地") || is_bare_jurisdiction(s)
}

/// An addressee line (主送机关): organs ending with `：`. Returns the organ ranges and values.
#[must_use]
pub fn addressee_line(s: &str) -> Option<Vec<(usize, usize, String)>> {
    // A label before them (主送：各地级以上市人民政府：) is no addressee.
    let at = addressee_label_len(s);
    if at > 0 {
        let mut organs = addressee_line(&s[at..])?;
        for o in &mut organs {
            o.0 += at;
            o.1 += at;
        }
        return Some(organs);
    }
    let body = s.strip_suffix([':', '：'])?;
    if body.is_empty()
        || !crate::segment::chars_at_most(body, 250)
        || has_char(body, '。')
        || has_str(body, "如下")
        || has_str(body, "以下")
        // A form's field for a seal or a signature (学校名称（盖章）：) names no addressee.
        || has_str(body, "盖章")
        || has_str(body, "蓋章")
        || has_str(body, "签字")
        || has_str(body, "簽字")
        || has_str(body, "签章")
        || has_str(body, "簽章")
    {
        return None;
    }
    if crate::structure::portal::is_field_line(s) || label_line(s).is_some() {
        return None;
    }
    if crate::structure::tree::marker_at(s).is_some() {
        return None;
    }
    let organs = split_organs(body);
    if organs.is_empty() {
        return None;
    }
    // (An organ that announces what it decided, 省人民政府决定：, opens a sentence; it is no
    // addressee.)
    let organ = |o: &str| {
        ends_like_organ(o)
            || crate::extract::department::is_generic(o)
            || (has_str(o, "政府") && !ANNOUNCING.iter().any(|w| o.ends_with(w)))
    };
    let named = organs.iter().filter(|(_, _, o)| organ(o)).count();
    // Members addressed by name stand alone on their line, or among organs only.
    let members = organs.iter().filter(|(_, _, o)| is_member(o)).count();
    let all = organs.iter().all(|(_, _, o)| organ(o) || is_member(o));
    (named * 2 >= organs.len() || (members > 0 && all)).then_some(organs)
}

/// Verbs with which an organ announces what follows (省人民政府决定：, 市政府要求：).
const ANNOUNCING: [&str; 12] = [
    "决定", "決定", "通知", "通告", "公告", "规定", "規定", "要求", "指出", "批复", "批復", "同意",
];

/// Whether `s` is an addressee line that lost its colon in the capture (各地级以上市教育局，
/// 各普通高校): organs only, more than one or each of a kind, and no sentence's end.
#[must_use]
pub fn addressees_without_colon(s: &str) -> bool {
    if s.is_empty()
        || s.ends_with([':', '：', '。', '.', '；', ';', '，', ',', '、', '）', ')'])
        || !crate::segment::chars_at_most(s, 250)
    {
        return false;
    }
    let Some(organs) = addressee_line(&format!("{s}：")) else {
        return false;
    };
    organs
        .iter()
        .all(|(_, _, o)| ends_like_organ(o) || crate::extract::department::is_generic(o))
        && (organs.len() >= 2 || organs.iter().all(|(_, _, o)| o.starts_with('各')))
}

/// Whether `short` is `full` with its place name left out, as a title or a signature may
/// name its own organ: 省政府办公厅 for 江苏省人民政府办公厅, 市人民政府 for 惠州市人民政府.
#[must_use]
pub fn abbreviates(short: &str, full: &str) -> bool {
    const LEVELS: [char; 6] = ['省', '市', '区', '區', '县', '縣'];
    if !short.starts_with(LEVELS) || short.len() >= full.len() {
        return false;
    }
    let fold = |s: &str| s.replace("人民政府", "政府");
    let (short, full) = (fold(short), fold(full));
    let Some(place) = full.strip_suffix(short.as_str()) else {
        return false;
    };
    // The place: a few Han characters (江苏 before 省政府办公厅).
    !place.is_empty()
        && crate::segment::chars_at_most(place, 8)
        && place.chars().all(crate::extract::docnum::is_han)
}

/// The length of the label that opens a line of addressees (`主送：`), 0 where there is none.
#[must_use]
pub fn addressee_label_len(s: &str) -> usize {
    after_label(s, "主送").map_or(0, |rest| s.len() - rest.len())
}

/// What follows `label` at the start of `s` when a colon ends the label (`附件：…`, `主送 : …`),
/// padding around the colon skipped.
#[must_use]
pub fn after_label<'s>(s: &'s str, label: &str) -> Option<&'s str> {
    let rest = s
        .strip_prefix(label)?
        .trim_start_matches(crate::segment::is_pad)
        .strip_prefix([':', '：'])?;
    Some(rest.trim_start_matches(crate::segment::is_pad))
}

/// A deputy or a member addressed by name, as replies to proposals and suggestions are
/// (李明委员, 王芳等5位代表): a short run of Han characters and digits ending with the title.
fn is_member(o: &str) -> bool {
    const TITLES: [&str; 4] = ["委员", "委員", "代表", "同志"];
    crate::segment::chars_at_most(o, 16)
        && TITLES
            .iter()
            .any(|t| o.len() > t.len() + 3 && o.ends_with(t))
        && o.chars()
            .all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c) || c.is_ascii_digit())
}

/// A signature line: one or more organ names separated by white space. Returns their ranges.
#[must_use]
pub fn signature_line(s: &str) -> Option<Vec<(usize, usize)>> {
    if !crate::segment::chars_at_most(s, 80)
        || s.contains(['。', '，', ',', '；', ';', ':', '：', '|'])
    {
        return None;
    }
    if crate::structure::tree::marker_at(s).is_some() || date::date_line(s, None).is_some() {
        return None;
    }
    let mut parts = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        let space = c.is_whitespace() || c == '\u{3000}';
        match (space, start) {
            (false, None) => start = Some(i),
            (true, Some(a)) => {
                parts.push((a, i));
                start = None;
            }
            _ => {}
        }
    }
    // One organ spaced out character by character, as a signature may be set.
    if parts.len() >= 3 && spaced_out_organ(s).is_some() {
        return Some(vec![(parts[0].0, parts[parts.len() - 1].1)]);
    }
    (!parts.is_empty()
        && parts
            .iter()
            .all(|&(a, b)| ends_like_organ(organ_before_note(&s[a..b])) && b - a >= 6))
    .then_some(parts)
}

/// An organ's name spaced out character by character, as a signature may be set (广 东 省 财
/// 政 厅): the name without its spaces.
#[must_use]
pub fn spaced_out_organ(s: &str) -> Option<String> {
    let (name, count) = set_out_one_by_one(s)?;
    (count >= 3 && is_spaced_organ_name(&name)).then_some(name)
}

/// The characters of `s` put together, and how many there are, when white space parts every
/// one of them from the next (广 东 省, 关　于); `None` when a piece holds more than one.
#[must_use]
pub fn set_out_one_by_one(s: &str) -> Option<(String, usize)> {
    let mut whole = String::with_capacity(s.len());
    let mut count = 0;
    for part in s.split(crate::segment::is_pad).filter(|p| !p.is_empty()) {
        let mut chars = part.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            return None;
        };
        whole.push(c);
        count += 1;
    }
    Some((whole, count))
}

/// Whether the characters of a name spaced out one by one, put together, are an organ's: at
/// least four of them, not a place alone (李 静 省… is a person and the next line's
/// jurisdiction), ending as an organ's name does.
#[must_use]
pub fn is_spaced_organ_name(name: &str) -> bool {
    !crate::segment::chars_at_most(name, 3)
        && !name.ends_with(['省', '市', '区', '县', '镇', '區', '縣', '鎮'])
        && ends_like_organ(name)
}

/// Whether the inside of a note under a title records the document's adoption or publication:
/// it ends with the verb (…常务会议通过, …令第310号公布), or with the day it takes force after
/// one (…公布　自公布之日起施行). A note of that day alone (2024年1月1日起施行) records none.
#[must_use]
pub fn records_adoption(note: &str) -> bool {
    const ADOPTED: [&str; 10] = [
        "通过", "通過", "批准", "公布", "公佈", "发布", "發布", "修正", "修订", "修訂",
    ];
    const IN_FORCE: [&str; 3] = ["施行", "实施", "實施"];
    ADOPTED.iter().any(|w| note.ends_with(w))
        || IN_FORCE.iter().any(|w| note.ends_with(w)) && ADOPTED.iter().any(|w| has_str(note, w))
}

/// An organ's name without the note of one character in brackets after it that names its
/// other kind, as an office that is also a division signs (学生工作部（处）, 发展改革局(委));
/// the name itself where there is no such note.
fn organ_before_note(s: &str) -> &str {
    let Some(inner) = s.strip_suffix(['）', ')']) else {
        return s;
    };
    let Some(open) = inner.rfind(['（', '(']) else {
        return s;
    };
    let note = inner[open..].trim_start_matches(['（', '(']);
    let mut chars = note.chars();
    let one = chars.next().is_some_and(|c| c > '\u{2E80}') && chars.next().is_none();
    if one && ends_like_organ(note) {
        &inner[..open]
    } else {
        s
    }
}

/// A line signed by a person, as orders (令) are: the office, then the name (省长　王伟中,
/// 市长 温国辉). Returns the ranges of the two.
#[must_use]
pub fn signer_line(s: &str) -> Option<[(usize, usize); 2]> {
    const OFFICES: &[&str] = &["长", "長", "主任", "主席", "总理", "總理", "书记", "書記"];
    // An office of at most 8 characters, a name of at most 4, spaces between.
    if s.len() > 60 {
        return None;
    }
    let (office, rest) = s.split_once(crate::segment::is_pad)?;
    let name = rest.trim_start_matches(crate::segment::is_pad);
    let hans = |t: &str, most: usize| {
        crate::segment::chars_at_most(t, most)
            && t.chars().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
    };
    let office_ok = hans(office, 8)
        && !crate::segment::chars_at_most(office, 1)
        && OFFICES.iter().any(|o| office.ends_with(o));
    let name_ok = hans(name, 4) && !crate::segment::chars_at_most(name, 1);
    (office_ok && name_ok).then(|| {
        let at = s.len() - name.len();
        [(0, office.len()), (at, s.len())]
    })
}

/// Words that open a block's closing paragraph (各地要…, 特此通知, 本方案自…): checked by
/// its first character, then word by word.
const CLOSING_WORDS: &[&str] = &[
    "各地",
    "各部门",
    "各區",
    "各区",
    "各县",
    "各縣",
    "各镇",
    "各鎮",
    "各单位",
    "各單位",
    "各有关",
    "各有關",
    "各级",
    "各級",
    "各市",
    "以上",
    "请遵照",
    "請遵照",
    // A request to the addressees (请各地…, 请贵单位…, 望各单位…).
    "请各",
    "請各",
    "请贵",
    "請貴",
    "请你",
    "請你",
    "望各",
    "希望各",
    "执行中",
    "執行中",
    "实施过程中",
    "實施過程中",
    "出席",
    "列席",
    "请假",
    "請假",
];

/// Whether a paragraph lists who attended a meeting (出席：…, 列席：…, 请假：…), as minutes
/// end: a line of the block's closing wherever it stands after the last item.
#[must_use]
pub fn is_attendance_line(s: &str) -> bool {
    ["出席", "列席", "请假", "請假"]
        .iter()
        .any(|label| after_label(s, label).is_some())
}

/// Whether a paragraph gives whom to contact (联系人：…, 联系电话：…), a line of the block's
/// closing wherever it stands after the last item.
#[must_use]
pub fn is_contact_line(s: &str) -> bool {
    starts_with_contact(s.trim_start_matches(['(', '（']))
}

/// The words that open a contact line.
fn starts_with_contact(s: &str) -> bool {
    const CONTACT: [&str; 6] = [
        "联系人",
        "联系电话",
        "联系方式",
        "聯繫人",
        "聯繫電話",
        "聯繫方式",
    ];
    CONTACT.iter().any(|w| s.starts_with(w))
}

/// Whether a paragraph opens the body's note of its attachments (附件：1.… 2.…), which no item
/// owns.
#[must_use]
pub fn is_attachment_note(s: &str) -> bool {
    attachment_label(s).is_some()
}

/// Whether `c` may open a paragraph that [`is_closing_cue`] accepts: a cheap test before it.
#[must_use]
pub fn may_open_closing(c: char) -> bool {
    matches!(
        c,
        '本' | '（'
            | '('
            | '各'
            | '以'
            | '特'
            | '此'
            | '专'
            | '專'
            | '妥'
            | '当'
            | '當'
            | '请'
            | '請'
            | '执'
            | '執'
            | '实'
            | '實'
            | '出'
            | '列'
            | '望'
            | '希'
            | '联'
            | '聯'
            | '附'
    )
}

/// Whether an unnumbered paragraph after the last item reads as the block's closing.
#[must_use]
pub fn is_closing_cue(s: &str) -> bool {
    let cue = match s.chars().next() {
        Some('本') => names_its_document(s),
        Some('（' | '(') => is_no_text_note(s),
        Some(
            '各' | '以' | '特' | '此' | '专' | '專' | '请' | '請' | '执' | '執' | '实' | '實'
            | '出' | '列' | '望' | '希' | '妥' | '当' | '當',
        ) => CLOSING_WORDS
            .iter()
            .chain(&CLOSING_FORMULAS)
            .any(|w| s.starts_with(w)),
        _ => false,
    };
    cue || starts_with_contact(s) || is_attachment_note(s)
}

/// The set formulas that end a document: 特此通知, 此复, 此函, 专此函达, and a request's
/// question 妥否，请批示.
const CLOSING_FORMULAS: [&str; 9] = [
    "特此", "此复", "此復", "此函", "专此", "專此", "妥否", "当否", "當否",
];

/// Whether a paragraph is a set formula that ends a document (特此通知。, 妥否，请批示。).
#[must_use]
pub fn is_closing_formula(s: &str) -> bool {
    CLOSING_FORMULAS.iter().any(|w| s.starts_with(w))
}

/// Whether a paragraph of a block without items opens its closing: a set formula that ends a
/// document (特此通知, 此复, 此函), the note of its attachments, a contact line, (此页无正文),
/// or a sentence on the document itself (本通知自印发之日起施行). The other cues of
/// [`is_closing_cue`] (各地要…, 以上…) are body text where no item stands before them.
#[must_use]
pub fn opens_closing_without_items(s: &str) -> bool {
    let formula = match s.chars().next() {
        Some('本') => names_its_document(s),
        Some('（' | '(') => is_no_text_note(s),
        Some('特' | '此' | '专' | '專' | '妥' | '当' | '當') => is_closing_formula(s),
        _ => false,
    };
    formula || starts_with_contact(s) || is_attachment_note(s)
}

/// 本方案, 本行动计划, 本实施意见: a sentence on the document it closes, told by the words that
/// end titles.
#[must_use]
pub fn names_its_document(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('本') else {
        return false;
    };
    let rest = [
        "行动", "行動", "工作", "实施", "實施", "若干", "任务", "任務",
    ]
    .iter()
    .find_map(|q| rest.strip_prefix(q))
    .unwrap_or(rest);
    GENRE_END.iter().any(|w| rest.starts_with(w))
}

/// Whether a heading that stands alone heads the provisions on the document itself, whose
/// sentences on its force and its interpretation are its own: 七、附则, 六、其他事项,
/// 五、实施时间, 第五章　附　则.
#[must_use]
pub fn heads_final_provisions(heading: &str) -> bool {
    const ENDS: [&str; 16] = [
        "附则", "附則", "其他", "其它", "事项", "事項", "施行", "实施", "實施", "生效", "日期",
        "时间", "時間", "解释", "解釋", "说明",
    ];
    let h = heading.trim_end_matches(|c: char| {
        crate::segment::is_pad(c) || matches!(c, '：' | ':' | '。' | '.')
    });
    let h = h.split_whitespace().collect::<String>();
    ENDS.iter().any(|w| h.ends_with(w)) || h.ends_with("有效期")
}

/// Whether `s` ends with a repost's words that announce the notice it quotes whole (…全文如下：,
/// …原文如下:, 以下为全文：, …一起来看↓↓↓).
#[must_use]
pub fn announces_the_whole(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| {
        crate::segment::is_pad(c) || matches!(c, '：' | ':' | '↓' | '⬇' | '！' | '!')
    });
    t.len() < s.trim_end_matches(crate::segment::is_pad).len()
        && [
            "全文如下",
            "原文如下",
            "以下为全文",
            "以下是全文",
            "一起来看",
            "速看",
            "请看",
        ]
        .iter()
        .any(|w| t.ends_with(w))
}

/// (此页无正文): the page before the signature holds no more text.
fn is_no_text_note(s: &str) -> bool {
    let inner = s.trim_start_matches(['（', '(']);
    inner.starts_with("此页无正文") || inner.starts_with("此頁無正文")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn organs(s: &str) -> Vec<String> {
        addressee_line(s)
            .expect("addressees")
            .into_iter()
            .map(|o| o.2)
            .collect()
    }

    #[test]
    fn ok_closing_cues() {
        for s in [
            "本行动计划自印发之日起施行，有效期至2026年12月31日。",
            "本实施意见自2024年1月1日起施行。",
            "本方案由市发展改革局负责解释。",
            "各地、各部门要加强组织领导。",
            "附件：1.申报表",
            "联系人：王某，电话：020-12345678。",
            "特此通知。",
            "专此函达。",
            "妥否，请批示。",
            "（此页无正文）",
            "请贵单位高度重视，按时报送有关资料。",
            "请各地结合实际认真贯彻落实。",
            "望各单位认真组织实施。",
        ] {
            assert!(is_closing_cue(s), "{s}");
            // The cheap test before it passes every cue.
            assert!(s.chars().next().is_some_and(may_open_closing), "{s}");
        }
        for s in [
            "本地区要加强监管。",
            "本级财政予以支持。",
            "加强组织领导。",
            "请于2024年6月30日前报送。",
            "希望工程项目要加快推进。",
        ] {
            assert!(!is_closing_cue(s), "{s}");
        }
    }

    #[test]
    fn ok_short_names_of_organs() {
        assert!(abbreviates("省政府办公厅", "江苏省人民政府办公厅"));
        assert!(abbreviates("省人民政府", "广东省人民政府"));
        assert!(abbreviates("市人民政府", "惠州市人民政府"));
        assert!(abbreviates("区政府", "广州市越秀区人民政府"));
        // Another organ, or a name with no level of jurisdiction first.
        assert!(!abbreviates("省政府", "广东省人民政府办公厅"));
        assert!(!abbreviates("市政府办公室", "广州市人民政府"));
        assert!(!abbreviates("国务院办公厅", "中华人民共和国国务院办公厅"));
        assert!(!abbreviates("省政府办公厅", "省政府办公厅"));
    }

    #[test]
    fn reposts_announcing_the_notice() {
        for s in [
            "日前，省政府办公厅印发通知。全文如下：",
            "以下为全文：",
            "一起来看↓↓↓",
        ] {
            assert!(announces_the_whole(s), "{s}");
        }
        // The words alone, with nothing after them, announce nothing: 全文如下 is the end of a
        // sentence only with its colon or arrow.
        for s in ["全文如下", "现将有关事项通知如下：", "请看"] {
            assert!(!announces_the_whole(s), "{s}");
        }
    }

    #[test]
    fn final_provisions_headings() {
        for h in [
            "七、附则",
            "第五章　附　则",
            "六、其他事项",
            "五、实施时间",
            "（四）有效期",
        ] {
            assert!(heads_final_provisions(h), "{h}");
        }
        for h in [
            "三、保障措施",
            "（二）《广东省某某实施办法》（2005年7月1日公布）",
        ] {
            assert!(!heads_final_provisions(h), "{h}");
        }
    }

    #[test]
    fn ok_addressees() {
        let s = "各地级以上市人民政府,省政府各部门、各直属机构:";
        let got = organs(s);
        assert_eq!(got, ["各地级以上市人民政府", "省政府各部门", "各直属机构"]);
        // A form's field for a seal is no addressee.
        // Nor is the sentence that opens a decision with its organ's decision.
        for s in [
            "学校名称(盖章):",
            "申报单位（盖章）：",
            "负责人（签字）：",
            "为维护国家法制统一，省人民政府决定：",
            "经研究，市政府同意：",
        ] {
            assert!(addressee_line(s).is_none(), "{s}");
        }
        // The jurisdiction of the run's first organ is that of the bare organs after it.
        // Kinds of organ listed after 各 are one entry.
        assert_eq!(
            organs("各区人民政府，市政府各委、办、局，各市属机构："),
            ["各区人民政府", "市政府各委、办、局", "各市属机构"]
        );
        assert_eq!(
            organs("各地级以上市发展改革局（委）、能源主管部门："),
            ["各地级以上市发展改革局（委）", "各地级以上市能源主管部门"]
        );
        assert_eq!(
            organs("各地级以上市教育局、财政局，省属有关高校："),
            ["各地级以上市教育局", "各地级以上市财政局", "省属有关高校"]
        );
        // So does every one concerned of a kind.
        assert_eq!(
            organs("有关地级以上市财政局、教育局："),
            ["有关地级以上市财政局", "有关地级以上市教育局"]
        );
        assert_eq!(
            organs("各有关县（市、区）财政局、农业农村局："),
            ["各有关县（市、区）财政局", "各有关县（市、区）农业农村局"]
        );
        // Kinds before a level's own organs are an entry of their own; 中央 before them is
        // one more level of those organs.
        assert_eq!(
            organs("各乡镇（街道）、县直各单位："),
            ["各乡镇（街道）", "县直各单位"]
        );
        assert_eq!(
            organs("市政府各部门，中央、省属驻佛山各单位："),
            ["市政府各部门", "中央、省属驻佛山各单位"]
        );
        // Kinds in brackets after a kind share the bare organs after them as well.
        assert_eq!(
            organs("各县（市、区）教育局、财政局、人力资源社会保障局："),
            [
                "各县（市、区）教育局",
                "各县（市、区）财政局",
                "各县（市、区）人力资源社会保障局"
            ]
        );
        // Kinds written together, and kinds in brackets after a kind, as other provinces
        // write them.
        assert_eq!(
            organs("各县市区教育局、财政局，各市州、县市区人民政府："),
            ["各县市区教育局", "各县市区财政局", "各市州、县市区人民政府"]
        );
        assert_eq!(
            organs("各区县（自治县）教委、财政局："),
            ["各区县（自治县）教委", "各区县（自治县）财政局"]
        );
        assert_eq!(
            organs("各设区市、县（市、区）人民政府，省政府各部门："),
            ["各设区市、县（市、区）人民政府", "省政府各部门"]
        );
        // A zone's organ names its own place: no city's.
        assert_eq!(
            organs("各省辖市人民政府、济源示范区管委会、各省直管县（市）人民政府："),
            [
                "各省辖市人民政府",
                "济源示范区管委会",
                "各省直管县（市）人民政府"
            ]
        );
        assert_eq!(
            organs("市发展改革委、教育局、工业和信息化局，各区人民政府："),
            [
                "市发展改革委",
                "市教育局",
                "市工业和信息化局",
                "各区人民政府"
            ]
        );
        assert_eq!(
            organs("广东省人民政府、商务部："),
            ["广东省人民政府", "商务部"]
        );
        assert_eq!(
            organs("某某市人民政府、财政局："),
            ["某某市人民政府", "某某市财政局"]
        );
        assert_eq!(
            organs("各区委、区政府，各街道党工委、办事处："),
            ["各区委", "各区政府", "各街道党工委", "各街道办事处"]
        );
        // Towns and sub-districts are of one level: 各 is written once for both.
        assert_eq!(
            organs("各镇人民政府、街道办事处，区直各部门："),
            ["各镇人民政府", "各街道办事处", "区直各部门"]
        );
        assert_eq!(
            organs("各街道办事处、镇政府，区各有关单位："),
            ["各街道办事处", "各镇政府", "区各有关单位"]
        );
        assert_eq!(
            organs("各区委、区政府，市委各部委办局："),
            ["各区委", "各区政府", "市委各部委办局"]
        );
        // A kind after a conjunction shares the organ after it, as a kind alone does.
        assert_eq!(
            organs("各镇人民政府，县直和省、市驻连平有关单位："),
            ["各镇人民政府", "县直和省、市驻连平有关单位"]
        );
        assert_eq!(
            organs("各县、区人民政府（管委会），市直和中央、省驻惠有关单位："),
            ["各县、区人民政府（管委会）", "市直和中央、省驻惠有关单位"]
        );
        assert_eq!(
            organs("各县人民政府，县直和市直有关单位："),
            ["各县人民政府", "县直和市直有关单位"]
        );
        assert_eq!(
            organs("各市人民政府、财政局，人民银行广州分行："),
            ["各市人民政府", "各市财政局", "人民银行广州分行"]
        );
        assert_eq!(
            organs("各地级以上市人民政府，省政府各部门、各直属机构："),
            ["各地级以上市人民政府", "省政府各部门", "各直属机构"]
        );
        let s = "各地级以上市发展改革、工业和信息化、生态环境、国有资产管理部门，有关企业：";
        let got = organs(s);
        assert_eq!(
            got,
            [
                "各地级以上市发展改革、工业和信息化、生态环境、国有资产管理部门",
                "有关企业"
            ]
        );
        let s = "主送：各地级以上市人民政府：";
        let got = addressee_line(s).expect("addressees");
        assert_eq!(&s[got[0].0..got[0].1], "各地级以上市人民政府");
        assert!(addressee_line("主送：").is_none());
        assert!(addressee_line("重点工作安排如下:").is_none());
        assert!(addressee_line("部门分工:").is_none());
        assert!(addressee_line("主 题 词:").is_none());
    }

    #[test]
    fn ok_members_addressed_by_name() {
        assert_eq!(organs("李明委员："), ["李明委员"]);
        assert_eq!(organs("王芳等5位代表："), ["王芳等5位代表"]);
        assert_eq!(organs("陳明委員:"), ["陳明委員"]);
        // A title alone, or in a sentence, is no addressee.
        assert!(addressee_line("委员：").is_none());
        assert!(addressee_line("各位委员，现将有关情况报告如下：").is_none());
        assert!(addressee_line("经研究，现答复代表：").is_none());
    }

    #[test]
    fn ok_shared_place_suffix_in_addressees() {
        // Places written whole, the organ of each after the last.
        assert_eq!(
            organs("各地级以上市发展改革局（委），深圳市、汕头市、东莞市能源主管部门："),
            [
                "各地级以上市发展改革局（委）",
                "深圳市能源主管部门",
                "汕头市能源主管部门",
                "东莞市能源主管部门"
            ]
        );
        assert_eq!(
            organs("广州市、深圳市发展改革委，省能源局："),
            ["广州市发展改革委", "深圳市发展改革委", "省能源局"]
        );
        // Places of other kinds, or a last entry with no organ, share nothing.
        assert_eq!(organs("天河区、广州市教育局："), ["天河区", "广州市教育局"]);
        assert_eq!(organs("广州市、深圳市："), ["广州市", "深圳市"]);
        let s = "韶关、东莞、中山、阳江市人民政府:";
        let got = organs(s);
        assert_eq!(
            got,
            [
                "韶关市人民政府",
                "东莞市人民政府",
                "中山市人民政府",
                "阳江市人民政府"
            ]
        );
    }

    #[test]
    fn ok_kinds_of_the_autonomous_regions() {
        // 地 and 州 before 市 share its government; 各地 alone is every locality.
        assert_eq!(
            organs(
                "伊犁哈萨克自治州，各地、州、市人民政府（行政公署），自治区人民政府各组成部门、各直属机构："
            ),
            [
                "伊犁哈萨克自治州",
                "各地、州、市人民政府（行政公署）",
                "自治区人民政府各组成部门",
                "各直属机构"
            ]
        );
        assert_eq!(organs("各地、各部门："), ["各地", "各部门"]);
        assert_eq!(organs("各地区、各部门："), ["各地区", "各部门"]);
        // 各 written once before a league's office and a city's government stands for both.
        assert_eq!(
            organs("各盟行政公署、市人民政府，自治区各委、办、厅、局："),
            ["各盟行政公署", "各市人民政府", "自治区各委、办、厅、局"]
        );
        assert_eq!(
            organs("各州、市人民政府，省直各部门："),
            ["各州、市人民政府", "省直各部门"]
        );
        // Zones before a committee share it.
        assert_eq!(
            organs("两江新区、万盛经开区管委会："),
            ["两江新区管委会", "万盛经开区管委会"]
        );
    }

    #[test]
    fn ok_kinds_of_jurisdiction_share_the_organ_after_them() {
        // …and the bare organs after their first organ.
        assert_eq!(
            organs(
                "各省、自治区、直辖市及新疆生产建设兵团发展改革委、能源局，国家能源局各派出机构："
            ),
            [
                "各省、自治区、直辖市及新疆生产建设兵团发展改革委",
                "各省、自治区、直辖市及新疆生产建设兵团能源局",
                "国家能源局各派出机构"
            ]
        );
        assert_eq!(
            organs("各省、自治区、直辖市人民政府、国务院各部委："),
            ["各省、自治区、直辖市人民政府", "国务院各部委"]
        );
        assert_eq!(
            organs("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："),
            ["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"]
        );
        assert_eq!(
            organs("各市、县（市、区）人民政府，省直各单位："),
            ["各市、县（市、区）人民政府", "省直各单位"]
        );
        assert_eq!(
            organs("各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委、能源局："),
            [
                "各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委",
                "各省、自治区、直辖市及计划单列市、新疆生产建设兵团能源局"
            ]
        );
        // An organ or a group of organs is an addressee of its own.
        assert_eq!(
            organs("各地级以上市人民政府，省政府各部门、各直属机构："),
            ["各地级以上市人民政府", "省政府各部门", "各直属机构"]
        );
        assert!(is_bare_jurisdiction("各省"));
        assert!(is_bare_jurisdiction("县(区)"));
        assert!(!is_bare_jurisdiction("各直属机构"));
        assert!(!is_bare_jurisdiction("省政府"));
        assert!(!is_bare_jurisdiction("各"));
    }

    #[test]
    fn ok_an_office_and_a_name_sign_an_order() {
        assert_eq!(signer_line("省长　王伟中"), Some([(0, 6), (9, 18)]));
        assert!(signer_line("市长 温国辉").is_some());
        assert!(signer_line("国务院总理　李强").is_some());
        assert!(signer_line("省长").is_none());
        assert!(signer_line("广东省人民政府 广东省财政厅").is_none());
        assert!(signer_line("组长 王伟中同志负责全面工作").is_none());
    }

    #[test]
    fn ok_signatures() {
        assert_eq!(signature_line("省政府办公厅").map(|v| v.len()), Some(1));
        assert_eq!(
            signature_line("中共深圳市委      深圳市人民政府").map(|v| v.len()),
            Some(2)
        );
        assert!(
            signature_line("廣東省新型冠狀病毒感染的肺炎疫情防控指揮部辦公室疫情防控組(代章)")
                .is_some()
        );
        // National organs whose names end in 科协 or 中央.
        assert_eq!(
            signature_line("教育部　　科技部　　财政部　　中国科协　　共青团中央").map(|v| v.len()),
            Some(5)
        );
        assert_eq!(
            signature_line("中共中央　　国务院").map(|v| v.len()),
            Some(2)
        );
        // An organ spaced out character by character is one organ.
        assert_eq!(
            signature_line("广 东 省 财 政 厅"),
            Some(vec![(0, "广 东 省 财 政 厅".len())])
        );
        assert_eq!(
            spaced_out_organ("广　东　省　财　政　厅").as_deref(),
            Some("广东省财政厅")
        );
        assert!(spaced_out_organ("总 则").is_none());
        // A person's name and the jurisdiction after it are none.
        assert!(spaced_out_organ("李 静 省").is_none());
        assert!(!is_spaced_organ_name("张三市"));
        // A note of where the seal goes after the name: （盖章）, as （代章）.
        for line in ["某某市人民政府（盖章）", "某某市教育局(印章)"] {
            assert_eq!(signature_line(line).map(|v| v.len()), Some(1), "{line}");
        }
        // A short note of the organ's other name after it: 学生工作部（处）.
        for line in ["学生工作部（处）", "某某县发展改革局(委)"] {
            assert_eq!(signature_line(line).map(|v| v.len()), Some(1), "{line}");
        }
        // A longer note, or one that names no organ, is no signature.
        assert!(signature_line("学生工作部（试行）").is_none());
        assert!(signature_line("工作方案（2024年）").is_none());
        assert!(signature_line("2021年4月16日").is_none());
        assert!(signature_line("部门解读").is_none());
    }

    #[test]
    fn ok_labels_and_titles() {
        assert_eq!(label_line("附件"), Some(("附件".to_string(), None)));
        assert_eq!(label_line("附件2"), Some(("附件2".to_string(), None)));
        assert_eq!(label_line("附件2-1"), Some(("附件2-1".to_string(), None)));
        assert_eq!(label_line("附件：重点行业清单"), None);
        // 附 alone, as older notices label their attachments; not 附则, 附录, 附近.
        assert_eq!(label_line("附1"), Some(("附1".to_string(), None)));
        assert_eq!(
            label_line("附２：报名表"),
            Some(("附2".to_string(), Some(9)))
        );
        for s in ["附则", "附录1", "附近居民", "附：1．报名表"] {
            assert_eq!(label_line(s), None, "{s}");
        }
        assert_eq!(attachment_label("附：1．报名表"), Some(("附", "1．报名表")));
        // An attached table's label alike.
        assert_eq!(label_line("附表"), Some(("附表".to_string(), None)));
        assert_eq!(label_line("附表2"), Some(("附表2".to_string(), None)));
        assert!(is_attachment_note("附表：2024年重点民生实事任务分解表"));
        assert!(!is_attachment_note("附表格式见后"));
        assert!(title_complete(
            "2021年广东省推进政府职能转变和“放管服”改革重点工作安排"
        ));
        assert!(!title_complete("2021年广东省推进政府职能转变和"));
        assert!(is_title_candidate("“放管服”改革重点工作安排"));
        // The fields of a form under its title are no part of it.
        assert!(!is_title_candidate(
            "申报单位(盖章):              填报日期:    年  月  日"
        ));
        assert!(is_title_candidate("专栏1：广东省重点产业集群"));
        assert!(!is_title_candidate(
            "一、深入推进简政放权,进一步增强发展活力"
        ));
    }
}
