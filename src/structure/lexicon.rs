//! Line-level predicates shared by the structure phase: what a title line, an addressee line, a
//! signature line, a label line or a closing paragraph looks like. Each is a pure function of
//! one line's text, so the whole family of notices is handled by one vocabulary.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{date, docnum, doctype};

/// Suffixes of organ names, for signatures and addressees.
const ORGAN_END: &[&str] = &[
    "厅",
    "廳",
    "局",
    "委",
    "办",
    "辦",
    "院",
    "府",
    "署",
    "会",
    "會",
    "行",
    "部",
    "室",
    "处",
    "處",
    "所",
    "站",
    "队",
    "隊",
    "司",
    "中心",
    "单位",
    "單位",
    "部门",
    "部門",
    "机构",
    "機構",
    "机关",
    "機關",
    "公司",
    "集团",
    "集團",
    "市",
    "区",
    "區",
    "县",
    "縣",
    "镇",
    "鎮",
    "街道",
    "组",
    "組",
    "团",
    "團",
    "联",
    "聯",
    "关",
    "關",
    "馆",
    "館",
    "社",
    "校",
    "省",
    "协会",
    "協會",
    "企业",
    "企業",
    "兵团",
    "兵團",
    "指挥部",
    "指揮部",
    "(代章)",
    "（代章）",
    "(印章)",
    "（印章）",
];

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
    "政策",
    "分工",
    "名单",
    "名單",
    "一览表",
    "一覽表",
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
];

/// Whether `s` ends like the name of an organ.
#[must_use]
pub fn ends_like_organ(s: &str) -> bool {
    ORGAN_END.iter().any(|e| s.ends_with(e))
}

/// Whether `s` reads as a sentence rather than a heading or a name.
#[must_use]
pub fn is_sentence(s: &str) -> bool {
    s.contains('。') || s.ends_with(['；', ';', '，', ','])
}

/// A line that may be (part of) a title.
#[must_use]
pub fn is_title_candidate(s: &str) -> bool {
    let n = s.chars().count();
    n <= 100
        && !is_sentence(s)
        && !s.ends_with([':', '：'])
        && !s.contains("|")
        && crate::structure::tree::marker_at(s).is_none()
        && date::date_line(s, None).is_none()
        && docnum::doc_number_line(s).is_none()
        && !is_label_line(s)
}

/// Whether a title assembled so far reads complete.
#[must_use]
pub fn title_complete(s: &str) -> bool {
    let t = s.trim_end_matches(['》', '”', ')', '）', ' ']);
    doctype::doc_type(s).is_some() || GENRE_END.iter().any(|g| t.ends_with(g))
}

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^附[ \u{3000}]*件[ \u{3000}]*(?P<n>[0-9０-９一二三四五六七八九十]{0,3})[ \u{3000}]*(?:[:：][ \u{3000}]*(?P<rest>.*))?$")
        .expect("valid label regex")
});

/// An attachment label line: `附件`, `附件1`, `附件2：title`. Returns the label and the title
/// text after it (as a byte offset into `s`), if any.
#[must_use]
pub fn label_line(s: &str) -> Option<(String, Option<usize>)> {
    let caps = LABEL.captures(s)?;
    let n = caps.name("n").map_or("", |m| m.as_str());
    let rest = caps.name("rest").filter(|m| !m.as_str().trim().is_empty());
    // `附件：…` with a list after it is an attachment note of the body, not a label.
    if n.is_empty() && rest.is_some() {
        return None;
    }
    let label = format!("附件{}", fold_digits(n));
    Some((label, rest.map(|m| m.start())))
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

/// Splits a list of organs on `、，,；;` outside parentheses, merging pieces that are not whole
/// names with the next (各地级以上市发展改革、工业和信息化、…管理部门 stays one entry).
/// Returns byte ranges into `s`, trimmed.
#[must_use]
pub fn split_organs(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut pending: Option<usize> = None;
    let mut push = |from: usize, to: usize, sep: char, out: &mut Vec<(usize, usize)>| {
        let piece = s[from..to].trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if piece.is_empty() {
            return;
        }
        let lead = s[from..to].len() - s[from..to].trim_start().len();
        let (a, b) = (from + lead, from + lead + piece.len());
        let a = pending.take().unwrap_or(a);
        let short_group =
            crate::extract::department::is_generic(piece) && piece.chars().count() <= 4;
        if sep == '、' && !ends_like_organ(piece) && !short_group {
            pending = Some(a);
            return;
        }
        out.push((a, b));
    };
    for (i, c) in s.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            '、' | '，' | ',' | '；' | ';' if depth <= 0 => {
                push(start, i, c, &mut out);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    push(start, s.len(), ',', &mut out);
    out
}

/// An addressee line (主送机关): organs ending with `：`. Returns the organ ranges.
#[must_use]
pub fn addressee_line(s: &str) -> Option<Vec<(usize, usize)>> {
    let body = s.strip_suffix([':', '：'])?;
    let n = body.chars().count();
    if n == 0 || n > 250 || body.contains('。') || body.contains("如下") || body.contains("以下")
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
    let named = organs.iter().filter(|&&(a, b)| {
        let o = &body[a..b];
        ends_like_organ(o) || crate::extract::department::is_generic(o) || o.contains("政府")
    });
    (named.count() * 2 >= organs.len()).then_some(organs)
}

/// A signature line: one or more organ names separated by white space. Returns their ranges.
#[must_use]
pub fn signature_line(s: &str) -> Option<Vec<(usize, usize)>> {
    if s.chars().count() > 80 || s.contains(['。', '，', ',', '；', ';', ':', '：', '|']) {
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
    (!parts.is_empty()
        && parts
            .iter()
            .all(|&(a, b)| ends_like_organ(&s[a..b]) && b - a >= 6))
    .then_some(parts)
}

static CLOSING_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:各地|各部门|各區|各区|各县|各縣|各镇|各鎮|各单位|各單位|各有关|各有關|各级|各級|各市|本(?:方案|办法|辦法|意见|意見|通知|规定|規定|细则|細則|计划|計劃|措施|决定|決定|实施方案|工作方案|行动方案|安排|条例|條例)|以上|特此|此复|此復|此函|请遵照|請遵照|执行中|執行中|实施过程中|實施過程中)",
    )
    .expect("valid closing regex")
});

/// Whether an unnumbered paragraph after the last item reads as the block's closing.
#[must_use]
pub fn is_closing_cue(s: &str) -> bool {
    CLOSING_CUE.is_match(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_addressees() {
        let s = "各地级以上市人民政府,省政府各部门、各直属机构:";
        let got: Vec<&str> = addressee_line(s)
            .expect("addressees")
            .iter()
            .map(|&(a, b)| &s[a..b])
            .collect();
        assert_eq!(got, ["各地级以上市人民政府", "省政府各部门", "各直属机构"]);
        let s = "各地级以上市发展改革、工业和信息化、生态环境、国有资产管理部门，有关企业：";
        let got: Vec<&str> = addressee_line(s)
            .expect("addressees")
            .iter()
            .map(|&(a, b)| &s[a..b])
            .collect();
        assert_eq!(
            got,
            [
                "各地级以上市发展改革、工业和信息化、生态环境、国有资产管理部门",
                "有关企业"
            ]
        );
        assert!(addressee_line("重点工作安排如下:").is_none());
        assert!(addressee_line("部门分工:").is_none());
        assert!(addressee_line("主 题 词:").is_none());
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
        assert!(signature_line("2021年4月16日").is_none());
        assert!(signature_line("部门解读").is_none());
    }

    #[test]
    fn ok_labels_and_titles() {
        assert_eq!(label_line("附件"), Some(("附件".to_string(), None)));
        assert_eq!(label_line("附件2"), Some(("附件2".to_string(), None)));
        assert_eq!(label_line("附件：重点行业清单"), None);
        assert!(title_complete(
            "2021年广东省推进政府职能转变和“放管服”改革重点工作安排"
        ));
        assert!(!title_complete("2021年广东省推进政府职能转变和"));
        assert!(is_title_candidate("“放管服”改革重点工作安排"));
        assert!(!is_title_candidate(
            "一、深入推进简政放权,进一步增强发展活力"
        ));
    }
}
