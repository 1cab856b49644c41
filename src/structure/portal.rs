//! The portal page around a captured notice: breadcrumbs, the metadata block (unlabelled in the
//! gd.gov.cn order, labelled with spaced labels, or gz.gov.cn `基本信息` bullets), and furniture
//! (【打印】, 部门解读 … Baidu map). What fills a field goes into [`Portal`]; the rest is kept as
//! furniture spans, so no line of the page is lost.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{date, docnum, traditional};
use crate::model::{Portal, Span};
use crate::segment::{has_char, has_str};

/// The portal fields a label can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// 索引号.
    IndexNumber,
    /// 分类.
    Category,
    /// 发布机构.
    Publisher,
    /// 成文日期.
    WrittenDate,
    /// 标题 / 名称.
    Title,
    /// 文号.
    DocNumber,
    /// 发布日期 / 发布时间 / 时间.
    Published,
    /// 来源.
    Source,
    /// 实施日期.
    Effective,
    /// 失效日期.
    Expiry,
    /// A label that fills no field (统一编号, 主题词, 文件状态, 字体 …).
    Other,
}

const LABELS: &[(&str, Field)] = &[
    ("信息提供日期", Field::Other),
    ("信息索引号", Field::IndexNumber),
    ("信息索引號", Field::IndexNumber),
    ("索取号", Field::IndexNumber),
    ("索取號", Field::IndexNumber),
    ("发文时间", Field::WrittenDate),
    ("發文時間", Field::WrittenDate),
    ("文件编号", Field::DocNumber),
    ("文件編號", Field::DocNumber),
    ("所属机构", Field::Publisher),
    ("所屬機構", Field::Publisher),
    ("公文种类", Field::Other),
    ("公文種類", Field::Other),
    ("文件名称", Field::Title),
    ("文件名稱", Field::Title),
    ("发布时间", Field::Published),
    ("發布時間", Field::Published),
    ("发布日期", Field::Published),
    ("發布日期", Field::Published),
    ("公布日期", Field::Published),
    ("公开日期", Field::Published),
    ("公開日期", Field::Published),
    ("成文日期", Field::WrittenDate),
    ("成文時間", Field::WrittenDate),
    ("成文时间", Field::WrittenDate),
    // Shenzhen's pages: the date the document was issued, as signed.
    ("发文日期", Field::WrittenDate),
    ("發文日期", Field::WrittenDate),
    ("印发日期", Field::WrittenDate),
    ("印發日期", Field::WrittenDate),
    // Older portals: the date the page's record was made, neither written nor published.
    ("生成日期", Field::Other),
    ("实施日期", Field::Effective),
    ("實施日期", Field::Effective),
    ("生效日期", Field::Effective),
    ("施行日期", Field::Effective),
    ("失效日期", Field::Expiry),
    ("废止日期", Field::Expiry),
    ("有效期至", Field::Expiry),
    ("索引号", Field::IndexNumber),
    ("索引號", Field::IndexNumber),
    ("主题分类", Field::Category),
    ("主題分類", Field::Category),
    ("分类", Field::Category),
    ("分類", Field::Category),
    ("发布机构", Field::Publisher),
    ("發布機構", Field::Publisher),
    ("发布机关", Field::Publisher),
    ("發布機關", Field::Publisher),
    ("发文机关", Field::Publisher),
    ("發文機關", Field::Publisher),
    ("发文机构", Field::Publisher),
    ("發文機構", Field::Publisher),
    // Databases of laws and documents: 【发布部门】, 【效力级别】, 【法规类别】.
    ("发布部门", Field::Publisher),
    ("發布部門", Field::Publisher),
    ("颁布日期", Field::Published),
    ("頒布日期", Field::Published),
    ("效力级别", Field::Other),
    ("效力級別", Field::Other),
    // …and 【正文】 alone over the text.
    ("正文", Field::Other),
    ("法规类别", Field::Category),
    ("法規類別", Field::Category),
    // A repost's note of the title it was published under.
    ("原标题", Field::Title),
    ("原標題", Field::Title),
    ("联合发文单位", Field::Other),
    ("聯合發文單位", Field::Other),
    ("发文单位", Field::Publisher),
    ("发布单位", Field::Publisher),
    ("發布單位", Field::Publisher),
    ("制发机关", Field::Publisher),
    ("製發機關", Field::Publisher),
    ("發文單位", Field::Publisher),
    ("发文字号", Field::DocNumber),
    ("發文字號", Field::DocNumber),
    ("文号", Field::DocNumber),
    ("文號", Field::DocNumber),
    ("标题", Field::Title),
    ("標題", Field::Title),
    ("名称", Field::Title),
    ("名稱", Field::Title),
    ("信息来源", Field::Source),
    ("信息來源", Field::Source),
    ("文章来源", Field::Source),
    ("文章來源", Field::Source),
    ("文件来源", Field::Source),
    ("文件來源", Field::Source),
    ("来源", Field::Source),
    ("來源", Field::Source),
    ("时间", Field::Published),
    ("時間", Field::Published),
    ("统一编号", Field::Other),
    ("統一編號", Field::Other),
    ("主题词", Field::Other),
    ("主題詞", Field::Other),
    ("文件状态", Field::Other),
    ("文件狀態", Field::Other),
    ("效力状态", Field::Other),
    ("有效性", Field::Other),
    ("时效性", Field::Other),
    ("時效性", Field::Other),
    ("体裁分类", Field::Other),
    ("體裁分類", Field::Other),
    ("浏览次数", Field::Other),
    ("瀏覽次數", Field::Other),
    ("字体大小", Field::Other),
    ("字體大小", Field::Other),
    ("字体", Field::Other),
    ("字體", Field::Other),
    ("字号", Field::Other),
    ("字號", Field::Other),
    ("公开方式", Field::Other),
    ("公开范围", Field::Other),
    // The labels of mirrors that wrap a notice in English; matched in any case.
    ("Index number", Field::IndexNumber),
    ("Index No.", Field::IndexNumber),
    ("Category", Field::Category),
    ("Issuing authority", Field::Publisher),
    ("Issuing agency", Field::Publisher),
    ("Issuing body", Field::Publisher),
    ("Issued by", Field::Publisher),
    ("Issuer", Field::Publisher),
    ("Publisher", Field::Publisher),
    ("Date of writing", Field::WrittenDate),
    ("Date written", Field::WrittenDate),
    ("Written date", Field::WrittenDate),
    ("Date of issue", Field::Published),
    ("Issue date", Field::Published),
    ("Title", Field::Title),
    ("Document number", Field::DocNumber),
    ("Document No.", Field::DocNumber),
    ("Doc. No.", Field::DocNumber),
    ("Doc No.", Field::DocNumber),
    ("Date of publication", Field::Published),
    ("Publication date", Field::Published),
    ("Release date", Field::Published),
    ("Published", Field::Published),
    ("Effective date", Field::Effective),
    ("Expiry date", Field::Expiry),
    ("Source", Field::Source),
    ("Type", Field::Other),
    ("Content", Field::Other),
    ("Topics", Field::Other),
];

/// The labels a matcher looks for.
#[derive(Clone, Copy, PartialEq)]
enum Labels {
    /// The Chinese labels with their colons.
    Chinese,
    /// The same, or in brackets with no colon ([发文字号] 京政办发〔2024〕7号, 【发布机构】…).
    Bracketed,
    /// The English labels of a mirror's wrapper, with their colons, in any case.
    English,
}

/// Any label of `kind` (the Chinese ones may have their letters spaced out). The three are
/// kept apart so that the Chinese matcher, which every line of a head meets, stays a search
/// for literals; the bracketed forms are looked for only where a bracket is.
fn label_pattern(kind: Labels) -> String {
    let english = kind == Labels::English;
    let alts: Vec<String> = LABELS
        .iter()
        .filter(|(l, _)| l.is_ascii() == english)
        .map(|(l, _)| {
            if english {
                // An English label starts a word, its words parted by spaces.
                let words: Vec<String> = l.split(' ').map(regex::escape).collect();
                return format!(r"(?-u:\b){}", words.join(" +"));
            }
            let chars: Vec<String> = l.chars().map(|c| regex::escape(&c.to_string())).collect();
            format!("(?:{})", chars.join(r"[ \u{3000}]*"))
        })
        .collect();
    let alts = alts.join("|");
    match kind {
        Labels::English => format!(r"(?i)(?:{alts})[ \u{{3000}}]*[:：]"),
        Labels::Chinese => format!(r"(?:{alts})[ \u{{3000}}]*[:：]"),
        Labels::Bracketed => format!(
            r"(?:{alts})[ \u{{3000}}]*[:：]|[\[【][ \u{{3000}}]*(?:{alts})[ \u{{3000}}]*[\]】][ \u{{3000}}]*[:：]?"
        ),
    }
}

static LABEL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&label_pattern(Labels::Chinese)).expect("valid label regex"));

/// [`LABEL_RE`] at the start of the text only, so that a long line is not searched through.
static LABEL_AT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("^(?:{})", label_pattern(Labels::Chinese))).expect("valid label regex")
});

/// The labels with colons or in brackets.
static BRACKETED_LABEL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&label_pattern(Labels::Bracketed)).expect("valid label regex"));

/// [`BRACKETED_LABEL_RE`] at the start of the text only.
static BRACKETED_LABEL_AT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("^(?:{})", label_pattern(Labels::Bracketed))).expect("valid label regex")
});

/// The English labels of a mirror's wrapper.
static ENGLISH_LABEL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&label_pattern(Labels::English)).expect("valid label regex"));

/// Whether `t` holds a bracket that may open a label: `[` or `【`.
fn has_label_bracket(t: &str) -> bool {
    memchr::memchr(b'[', t.as_bytes()).is_some() || has_str(t, "【")
}

/// The labels that may be in `t`: the English ones where it starts with a Latin letter, the
/// bracketed ones too where it holds a bracket.
fn labels_for(t: &str) -> &'static Regex {
    if t.starts_with(|c: char| c.is_ascii_alphabetic()) {
        &ENGLISH_LABEL_RE
    } else if has_label_bracket(t) {
        &BRACKETED_LABEL_RE
    } else {
        &LABEL_RE
    }
}

fn field_of(label: &str) -> Field {
    // Compared with spaces and colons left out, in simplified script and lower case.
    let squeeze = |s: &str| {
        s.chars()
            .filter(|c| {
                !c.is_whitespace()
                    && !matches!(c, '\u{3000}' | ':' | '：' | '[' | ']' | '【' | '】')
            })
            .map(|c| traditional::simplified(c).to_ascii_lowercase())
            .collect::<String>()
    };
    let squeezed = squeeze(label);
    LABELS
        .iter()
        .find(|(l, _)| {
            l.chars()
                .filter(|c| *c != ' ')
                .map(|c| c.to_ascii_lowercase())
                .eq(squeezed.chars())
        })
        .map_or(Field::Other, |&(_, f)| f)
}

/// Strips a leading bullet (`•`, `·`, `-`, `*`) and padding.
pub fn unbullet(s: &str) -> (&str, usize) {
    let t = s.trim_start_matches(['•', '·', '●', '-', '*', '－', ' ', '\u{3000}', '\t']);
    (t, s.len() - t.len())
}

/// Whether the line starts with a portal label (`索 引 号:`, `• 文  号:`, `时间 :`).
#[must_use]
pub fn is_field_line(s: &str) -> bool {
    let (t, _) = unbullet(s);
    // Every label is followed by a colon, or stands in brackets.
    if !(t.contains(':') || has_char(t, '：') || t.starts_with(['[', '【'])) {
        return false;
    }
    if t.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return ENGLISH_LABEL_RE.find(t).is_some_and(|m| m.start() == 0);
    }
    let at_start: &Regex = if t.starts_with(['[', '【']) {
        &BRACKETED_LABEL_AT_START
    } else {
        &LABEL_AT_START
    };
    at_start.is_match(t) || {
        // In traditional script: a label's first characters tell.
        let head = traditional::fold_prefix(t, 24);
        matches!(head, Cow::Owned(_)) && at_start.is_match(&traditional::fold(t))
    }
}

/// The field whose label (with its colon) ends `s`: 发布日期： in …2024-03-20发布日期：.
#[must_use]
pub fn label_ending(s: &str) -> Option<Field> {
    if !s.ends_with([':', '：']) {
        return None;
    }
    // A label is at most a dozen characters, spaces between them included.
    let mut from = s.len().saturating_sub(16 * 3);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    // Labels are matched in simplified script (發佈日期：).
    let folded = traditional::fold(&s[from..]);
    folded.char_indices().find_map(|(k, _)| {
        let tail = &folded[k..];
        LABEL_AT_START
            .find(tail)
            .filter(|m| m.end() == tail.len())
            .map(|m| field_of(m.as_str()))
    })
}

/// A value with the next field's label after it, parted by white space, as a page's table
/// copied a cell to a line gives (`11441900007330010N/2024-00012\t分类：`): the value and the
/// label's field.
#[must_use]
pub fn value_then_label(s: &str) -> Option<(&str, Field)> {
    // The label is the last run after white space, the whole of it; its characters are never
    // spaced out here.
    let at = s.rfind(|c: char| c.is_whitespace())?;
    let (value, label) = (s[..at].trim_end(), s[at..].trim_start());
    let field = label_ending(label)?;
    (!value.is_empty() && LABEL_AT_START.is_match(&traditional::fold(label)))
        .then_some((value, field))
}

/// Where each label of `s` stands (索引号：, 发布日期：, 来源：…), colon included, and whether a
/// layout spaced its characters out (索 引 号:, 主 题 词：).
#[must_use]
pub fn labels_in(s: &str) -> Vec<(usize, usize, bool)> {
    let bracketed = has_label_bracket(s);
    if !(s.contains(':') || has_char(s, '：') || bracketed) {
        return Vec::new();
    }
    let folded = traditional::fold(s);
    let labels: &Regex = if bracketed {
        &BRACKETED_LABEL_RE
    } else {
        &LABEL_RE
    };
    labels
        .find_iter(&folded)
        .map(|m| {
            let spaced = m.as_str().contains([' ', '\u{3000}']);
            (m.start(), m.end(), spaced)
        })
        .collect()
}

/// The labelled fields of a line, with the byte range of each value (possibly empty).
#[must_use]
pub fn fields(s: &str) -> Vec<(Field, (usize, usize))> {
    let (t, off) = unbullet(s);
    // Labels are matched in simplified script (a line may hold labels of both, 來源 and
    // 發佈時間); the folded line has the original's offsets.
    let folded = traditional::fold(t);
    let found: Vec<_> = labels_for(t).find_iter(&folded).collect();
    if found.first().is_none_or(|m| m.start() != 0) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, m) in found.iter().enumerate() {
        let end = found.get(k + 1).map_or(t.len(), |n| n.start());
        // A value ends where the page's buttons start (来源：本网 【字体：大 中 小】).
        let v = &t[m.end()..end];
        let v = v.find('【').map_or(v, |at| &v[..at]);
        // Fields on one line may be parted by bars (索引号：… | 主题分类：…), the next one's
        // label not always ours (发布时间：2024-06-14 | 责任编辑：张三).
        let pad = |c: char| c.is_whitespace() || c == '|' || c == '｜';
        let lead = v.len() - v.trim_start_matches(pad).len();
        let v = &v[..lead + v[lead..].find(['|', '｜']).unwrap_or(v.len() - lead)];
        // …or by white space only, the next label not ours (来源：南方网　作者：张三).
        let v = &v[..lead + label_after_space(&v[lead..]).unwrap_or(v.len() - lead)];
        let val = v.trim_matches(pad);
        let a = off + m.end() + lead;
        out.push((field_of(m.as_str()), (a, a + val.len())));
    }
    out
}

/// Where white space before another field's label starts in the value `v` (南方网　作者：张三:
/// after 南方网): a label of one to six ideographs and its colon after the white space.
fn label_after_space(v: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = v[from..].find(|c: char| c.is_whitespace() || c == '\u{3000}') {
        let at = from + i;
        let rest = v[at..].trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        let han = rest
            .char_indices()
            .take_while(|&(_, c)| crate::extract::docnum::is_han(c))
            .take(7)
            .count();
        let label_end = rest.char_indices().nth(han).map_or(rest.len(), |(j, _)| j);
        if (1..=6).contains(&han) && rest[label_end..].starts_with(['：', ':']) {
            return Some(at);
        }
        from = v.len() - rest.len();
        if from <= at {
            break;
        }
    }
    None
}

/// The Chinese labels by their first character, for a binary search.
static BY_FIRST: LazyLock<Vec<(char, &'static str, Field)>> = LazyLock::new(|| {
    let mut v: Vec<(char, &'static str, Field)> = LABELS
        .iter()
        .filter(|(l, _)| !l.is_ascii())
        .filter_map(|&(l, f)| l.chars().next().map(|c| (c, l, f)))
        .collect();
    v.sort_by_key(|&(c, _, _)| c);
    v
});

/// The Chinese labels that open with `c`.
fn labels_opening_with(c: char) -> &'static [(char, &'static str, Field)] {
    let v = &*BY_FIRST;
    let from = v.partition_point(|&(f, _, _)| f < c);
    let to = from + v[from..].partition_point(|&(f, _, _)| f == c);
    &v[from..to]
}

/// Whether `c` is the first character of a Chinese label (both scripts are among them): most
/// characters are told by the low bits of their code, with no search.
fn opens_a_label(c: char) -> bool {
    static LOW_BITS: LazyLock<[u64; 4]> = LazyLock::new(|| {
        let mut bits = [0u64; 4];
        for &(c, _, _) in BY_FIRST.iter() {
            let low = c as usize & 255;
            bits[low / 64] |= 1 << (low % 64);
        }
        bits
    });
    let low = c as usize & 255;
    LOW_BITS[low / 64] & (1 << (low % 64)) != 0 && !labels_opening_with(c).is_empty()
}

/// The field of a cell that holds a Chinese label and nothing else, without its colon (索引号,
/// 发 布 日 期, 發文機關).
fn label_cell(cell: &str) -> Option<Field> {
    let squeezed = || {
        cell.chars()
            .filter(|c| !c.is_whitespace())
            .map(traditional::simplified)
    };
    // (Most cells are told by their first character.)
    let first = squeezed().next()?;
    if !crate::segment::chars_at_most(cell, 16) {
        return None;
    }
    labels_opening_with(first)
        .iter()
        .find(|(_, l, _)| l.chars().eq(squeezed()))
        .map(|&(_, _, f)| f)
}

/// The fields of a page's table copied with its cells parted by tabs or wide white space, a
/// label in every other cell and no colon (索引号\t11440300…/2024-00123\t分类\t综合政务,
/// 发布日期　　2024-04-10), or of a label alone on its line with its value on the next (索引号 /
/// 11440300…): each label's field with the byte range of its value (empty for a label alone).
/// None unless every other cell is a label.
#[must_use]
pub fn tab_fields(s: &str) -> Option<Vec<(Field, (usize, usize))>> {
    let (t, off) = unbullet(s);
    let t = t.trim_end();
    // (A line that opens with no label's character is no such line; nor is a long one with
    // no tab or wide white space to part its cells.)
    let parted = || {
        memchr::memchr(b'\t', t.as_bytes()).is_some()
            || has_char(t, '\u{3000}')
            || memchr::memmem::find(t.as_bytes(), b"  ").is_some()
    };
    if !t.chars().next().is_some_and(opens_a_label)
        || !(crate::segment::chars_at_most(t, 16) || parted())
    {
        return None;
    }
    // Cells: parted by a tab, or by two characters of white space or more (a label's
    // characters may be spaced out by one).
    let mut cells: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    let mut pads = 0;
    for (i, c) in t.char_indices() {
        if c == '\t' || c.is_whitespace() {
            pads += if c == '\t' { 2 } else { 1 };
            continue;
        }
        if pads >= 2
            && let Some(a) = start.take()
        {
            cells.push((a, t[..i].trim_end().len()));
        }
        start.get_or_insert(i);
        pads = 0;
    }
    cells.extend(start.map(|a| (a, t.len())));
    let mut out = Vec::new();
    let mut k = 0;
    while k < cells.len() {
        let (a, b) = cells[k];
        let field = label_cell(&t[a..b])?;
        // The value, unless the next cell is a label too (an empty value).
        let value = cells
            .get(k + 1)
            .copied()
            .filter(|&(c, d)| label_cell(&t[c..d]).is_none());
        match value {
            Some((c, d)) => {
                out.push((field, (off + c, off + d)));
                k += 2;
            }
            None => {
                out.push((field, (off + b, off + b)));
                k += 1;
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

const HEAD_FURNITURE: &[&str] = &[
    "打印",
    "字体",
    "字體",
    "听全文",
    "聽全文",
    "基本信息",
    "分享",
    "简体版",
    "繁體版",
    "无障碍",
    "無障礙",
    "政府信息公开",
    "政府信息公開",
    "政策解读",
    "政策解讀",
    "长者专区",
    "長者專區",
    "浏览次数",
    "瀏覽次數",
    "扫一扫",
    "掃一掃",
    "关闭",
    "關閉",
    "收藏",
    "返回",
    // A repost's stamp: 发表于广东.
    "发表于",
    "發表於",
];

/// A matcher for any word of a list: one pass over the text however long the list.
fn vocabulary(words: &[&str]) -> Regex {
    let alts: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    Regex::new(&alts.join("|")).expect("valid vocabulary")
}

/// Whether `s` has a word of `vocabulary`, in either script.
fn in_vocabulary(vocabulary: &Regex, s: &str) -> bool {
    vocabulary.is_match(s)
        || matches!(traditional::fold(s), Cow::Owned(f) if vocabulary.is_match(&f))
}

static HEAD_VOCABULARY: LazyLock<Regex> = LazyLock::new(|| vocabulary(HEAD_FURNITURE));
static TAIL_VOCABULARY: LazyLock<Regex> = LazyLock::new(|| vocabulary(TAIL_FURNITURE));

/// Page chrome found above the document.
#[must_use]
pub fn is_head_furniture(s: &str) -> bool {
    let (t, _) = unbullet(s);
    t.is_empty()
        || t.chars().all(|c| !c.is_alphanumeric())
        || (crate::segment::chars_at_most(t, 30) && in_vocabulary(&HEAD_VOCABULARY, t))
        || is_gazette_issue(t)
        || is_navigation_bar(t)
}

/// A site's menu: three short words or more parted by bars, and nothing else (网站首页 | 新闻中心 |
/// 政策法规 | 办事服务).
#[must_use]
pub fn is_navigation_bar(t: &str) -> bool {
    if !(t.contains('|') || has_char(t, '｜')) {
        return false;
    }
    let mut n = 0;
    for item in t.split(['|', '｜']) {
        let item = item.trim_matches(crate::segment::is_pad);
        if item.is_empty() {
            continue;
        }
        if !crate::segment::chars_at_most(item, 8)
            || item.contains(['。', '，', ',', '：', ':', '；', ';'])
            || item.chars().any(|c| c.is_ascii_digit())
        {
            return false;
        }
        n += 1;
    }
    n >= 3
}

/// The issue of a gazette that printed the notice, with or without the gazette's name:
/// `2013年第38期(总第854期)`, `深圳市人民政府公报　2023年第12期（总第1265期）`.
fn is_gazette_issue(t: &str) -> bool {
    if !crate::segment::chars_at_most(t, 40) || !has_char(t, '期') {
        return false;
    }
    // The gazette's name, then the issue.
    let issue = ["公报", "政报", "公報", "政報"]
        .iter()
        .find_map(|w| t.find(w).map(|i| &t[i + w.len()..]))
        .unwrap_or(t)
        .trim_start_matches(crate::segment::is_pad);
    fn digits(s: &str) -> Option<&str> {
        let rest = s.trim_start_matches(|c: char| {
            c.is_ascii_digit() || crate::extract::numeral::digit(c).is_some()
        });
        (rest.len() < s.len()).then_some(rest)
    }
    let Some(rest) = digits(issue)
        .and_then(|r| r.strip_prefix("年第"))
        .and_then(digits)
        .and_then(|r| r.strip_prefix('期'))
    else {
        return false;
    };
    let rest = rest.trim();
    rest.is_empty()
        || rest
            .strip_prefix(['(', '（'])
            .and_then(|r| r.strip_prefix(['总', '總']))
            .and_then(|r| r.strip_prefix('第'))
            .and_then(digits)
            .and_then(|r| r.strip_prefix('期'))
            .is_some_and(|r| matches!(r, ")" | "）"))
}

const TAIL_FURNITURE: &[&str] = &[
    "解读",
    "解讀",
    "新闻发布会",
    "新聞發布會",
    "政策咨询",
    "政策諮詢",
    "相关文件",
    "相關文件",
    "相关附件",
    "相關附件",
    "扫一扫",
    "掃一掃",
    "扫码",
    "掃碼",
    "公众号",
    "公眾號",
    "移动门户",
    "移動門戶",
    "原文链接",
    "原文鏈接",
    "打印",
    "关闭",
    "關閉",
    "分享",
    "收藏",
    "返回顶部",
    "网站地图",
    "網站地圖",
    "联系我们",
    "聯繫我們",
    "版权所有",
    "版權所有",
    "主办单位",
    "ICP",
    "Baidu",
    "本作品",
    "公有领域",
    "公有領域",
    "维基",
    "維基",
    "Public domain",
    "下载",
    "下載",
    "Topics",
    "责任编辑",
    "責任編輯",
    // A database's credit under the text (本篇法规由…整理).
    "本篇法规",
    "本篇法規",
    "责编",
    "纠错",
    "糾錯",
    "网站标识码",
    "网站标识",
    "上一篇",
    "下一篇",
    "上一条",
    "下一条",
    "上一條",
    "下一條",
    "相关链接",
    "相關鏈接",
    "相关新闻",
    "相關新聞",
    "相关稿件",
    "相關稿件",
    "浏览次数",
    "瀏覽次數",
    "公网安备",
    "公網安備",
    "主办：",
    "主辦：",
    "主办:",
    "主辦:",
    "技术支持",
    "技術支持",
    "往期推荐",
    "往期推薦",
    "推荐阅读",
    "推薦閱讀",
    "阅读原文",
    "閱讀原文",
    "长按识别",
    "長按識別",
    "点赞",
    "點讚",
    "在看",
    // A repost's notes on where it was taken from (声明：本文转载自…).
    "转载",
    "轉載",
    "声明：",
    "聲明：",
    "声明:",
    "聲明:",
];

/// A label over the page's links to related pages (相关稿件：, 相关链接：), whose titles under
/// it are page chrome whatever they say.
#[must_use]
pub fn is_related_links_label(s: &str) -> bool {
    const LABELS: [&str; 14] = [
        "相关稿件",
        "相關稿件",
        "相关链接",
        "相關鏈接",
        "相关新闻",
        "相關新聞",
        "相关阅读",
        "相關閱讀",
        "相关解读",
        "相關解讀",
        "相关报道",
        "相關報道",
        "相关文件",
        "相關文件",
    ];
    // A reposted article's own labels (▼往期推荐▼, 推荐阅读), with or without marks around.
    const REPOST_LABELS: [&str; 12] = [
        "往期推荐",
        "往期推薦",
        "推荐阅读",
        "推薦閱讀",
        "往期回顾",
        "往期回顧",
        "延伸阅读",
        "延伸閱讀",
        "精彩推荐",
        "精彩推薦",
        "往期精彩",
        "相关推荐",
    ];
    let t = s.trim_end_matches([':', '：']);
    let bare = s.trim_matches(|c: char| !c.is_alphanumeric());
    // (相关文件 alone may head a document's own list; the others alone are a page's.)
    (t.len() < s.len() && LABELS.contains(&t))
        || (LABELS.contains(&bare) && !matches!(bare, "相关文件" | "相關文件"))
        || REPOST_LABELS.contains(&bare)
}

/// A footer line: (matches the footer vocabulary, is a short chrome-like line).
#[must_use]
pub fn tail_furniture(s: &str) -> (bool, bool) {
    use crate::segment::chars_at_most;
    // Chrome is short; a paragraph that mentions 政策解读 is text. Licence footers and links
    // may be long.
    // A site's own footer (主办单位：…　网站标识码：…　粤ICP备…) says so in words no notice uses.
    let long_ok = || {
        s.contains("http")
            || has_str(s, "本作品")
            || has_str(s, "维基")
            || has_str(s, "維基")
            || s.is_ascii()
            || s.contains("ICP备")
            || s.contains("ICP備")
            || has_str(s, "网站标识码")
            || has_str(s, "網站標識碼")
            || has_str(s, "版权所有")
            || has_str(s, "版權所有")
            || has_str(s, "公网安备")
            || has_str(s, "公網安備")
    };
    let vocab = is_navigation_bar(s)
        || ((chars_at_most(s, 40) || long_ok())
            && (in_vocabulary(&TAIL_VOCABULARY, s)
                || s.contains("http")
                || is_download_link(s)
                || is_credit_line(s)
                || is_read_count(s)
                || is_character_count(s)));
    let short = (chars_at_most(s, 8)
        && !s
            .chars()
            .any(|c| c.is_ascii_digit() || crate::extract::numeral::digit(c).is_some())
        && !s.contains(['。', '，', ',', '：', ':', ';', '；', '|'])
        && !crate::structure::lexicon::ends_like_organ(s)
        && crate::structure::tree::marker_at(s).is_none())
        || (s.is_ascii() && !s.contains('|'));
    (vocab, short)
}

/// A mirror's count of the text's characters (1,024 characters), as its wrapper prints it
/// under the text.
fn is_character_count(s: &str) -> bool {
    s.strip_suffix(" characters")
        .or_else(|| s.strip_suffix(" chars"))
        .is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_digit())
                && n.chars().all(|c| c.is_ascii_digit() || c == ',')
        })
}

/// How many read a repost (阅读 1.2万, 阅读量：3562, 閱讀 10萬+).
fn is_read_count(s: &str) -> bool {
    let Some(rest) = ["阅读量", "閱讀量", "阅读", "閱讀"]
        .iter()
        .find_map(|w| s.strip_prefix(w))
    else {
        return false;
    };
    let rest = rest.trim_start_matches([':', '：', ' ', '\u{3000}']);
    !rest.is_empty()
        && rest.chars().next().is_some_and(|c| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '万' | '萬' | '+' | ' '))
}

/// A credit under a reposted article: 来源：…, 编辑：…, 审核：…, 记者：….
fn is_credit_line(s: &str) -> bool {
    const LABELS: [&str; 17] = [
        "来源", "來源", "编辑", "編輯", "审核", "審核", "審覈", "校对", "校對", "作者", "记者",
        "記者", "供稿", "摄影", "攝影", "终审", "終審",
    ];
    LABELS
        .iter()
        .any(|l| crate::structure::lexicon::after_label(s, l).is_some())
        // The same in the labels of an English wrapper (Source: …).
        || (s.starts_with(|c: char| c.is_ascii_alphabetic())
            && matches!(fields(s).first(), Some((Field::Source, _))))
}

/// A file offered for download under the page (`粤办函〔2023〕150号.pdf`): a short line that
/// ends with a file's extension and is no item of an attachment list (`1.某某表.docx`,
/// `附件：…` belong to the document).
fn is_download_link(s: &str) -> bool {
    const EXTENSIONS: [&str; 12] = [
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".ofd", ".zip", ".rar", ".txt", ".jpg",
        ".png",
    ];
    // A file's size after it (…清单.docx（28KB）) is the page's note: no document gives one, so
    // a numbered line with it is a link too.
    let (s, sized) = match file_size_note(s) {
        Some(len) => (s[..s.len() - len].trim_end(), true),
        None => (s, false),
    };
    let Some(dot) = s.rfind('.') else {
        return false;
    };
    let ext = &s[dot..];
    ext.len() <= 5
        && EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e))
        && crate::segment::chars_at_most(s, 80)
        && !s.starts_with("附件")
        && (sized || crate::structure::tree::marker_at(s).is_none())
}

/// The length of a file's size in brackets at the end of `s` (（356KB）, (1.2 MB), [28K]).
fn file_size_note(s: &str) -> Option<usize> {
    let inner = s.strip_suffix(['）', ')', ']'])?;
    let open = inner.rfind(['（', '(', '['])?;
    let size = inner[open..].trim_start_matches(['（', '(', '[']).trim();
    let unit = size.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let digits = size.len() - unit.len();
    let unit = unit.trim_start().to_ascii_uppercase();
    (digits > 0 && matches!(unit.as_str(), "B" | "K" | "KB" | "M" | "MB" | "G" | "GB"))
        .then(|| s.len() - open)
}

/// A line that is only the label of the breadcrumbs (`当前位置：`), the crumbs on the next
/// line as a page's text may give them.
#[must_use]
pub fn is_crumb_label(s: &str) -> bool {
    let s = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    // (Seven characters at most, the colon with them.)
    if s.len() > 7 * 3 || !s.contains(['置', ':', '：']) {
        return false;
    }
    let t = traditional::fold(s);
    let t = t.trim_end_matches([':', '：', ' ', '\u{3000}']);
    CRUMB_LABELS.contains(&t)
}

/// The labels a trail of breadcrumbs may open with (当前位置：首页 > …).
const CRUMB_LABELS: [&str; 5] = [
    "当前位置",
    "您现在的位置",
    "您的位置",
    "您当前的位置",
    "当前的位置",
];

/// The separators of a trail of breadcrumbs.
pub const CRUMB_SEPARATORS: [char; 4] = ['>', '＞', '›', '»'];

/// Breadcrumbs (`首页 > 政务公开 > 文件库`), split.
#[must_use]
pub fn crumbs(s: &str) -> Option<Vec<String>> {
    // (Prefixes stripped one by one: a text pattern in `trim_start_matches` sets up a searcher.)
    let seps = CRUMB_SEPARATORS;
    // One fast search per separator rather than a character-by-character scan for all four.
    if !seps.iter().any(|&c| has_char(s, c)) {
        return None;
    }
    // The labels are matched in simplified script, at the original's offsets.
    let folded = traditional::fold_prefix(s, 64);
    let mut t = &*folded;
    for label in CRUMB_LABELS {
        while let Some(rest) = t.strip_prefix(label) {
            t = rest;
        }
    }
    let t = &s[folded.len() - t.len()..];
    let t = t.trim_start_matches([':', '：', ' ', '\u{3000}']);
    let parts: Vec<String> = t
        .split(seps)
        .map(|p| {
            p.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}')
                .to_string()
        })
        .filter(|p| !p.is_empty())
        .collect();
    (!parts.is_empty() && parts.iter().all(|p| crate::segment::chars_at_most(p, 30)))
        .then_some(parts)
}

static INDEX_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[0-9A-Za-z]{6,}[/／][0-9]{4}-[0-9]{3,}$").expect("valid index regex")
});

/// An index number (索引号) standing alone, as in the unlabelled gd.gov.cn block.
#[must_use]
pub fn is_index_number(s: &str) -> bool {
    INDEX_NO.is_match(s)
}

/// Collects the portal as the structure phase reads it.
#[derive(Debug, Default)]
pub struct PortalBuilder {
    /// The portal so far.
    pub portal: Portal,
    /// Whether anything was found.
    pub any: bool,
}

impl PortalBuilder {
    /// Records a page line that fills no field.
    pub fn furniture(&mut self, span: Span) {
        self.portal.furniture.push(span);
        self.any = true;
    }

    /// Fills `field` with `value` read at `span`, unless it is already filled. Returns whether
    /// the value was taken.
    pub fn set(&mut self, field: Field, value: &str, span: Span) -> bool {
        self.any = true;
        let p = &mut self.portal;
        let s = &mut p.spans;
        let iso = || {
            date::find_dates(value, None)
                .first()
                .map(|d| d.date)
                .or_else(|| compact_date(value))
                .map(|d| d.to_string())
        };
        let (slot, slot_span, v) = match field {
            Field::IndexNumber => (
                &mut p.index_number,
                &mut s.index_number,
                Some(value.to_string()),
            ),
            Field::Category => (&mut p.category, &mut s.category, Some(value.to_string())),
            Field::Publisher => (&mut p.publisher, &mut s.publisher, Some(value.to_string())),
            Field::WrittenDate => (&mut p.written_date, &mut s.written_date, iso()),
            Field::Title => (&mut p.title, &mut s.title, Some(value.to_string())),
            Field::DocNumber => (
                &mut p.doc_number,
                &mut s.doc_number,
                Some(value.to_string()),
            ),
            Field::Source => (&mut p.source, &mut s.source, Some(value.to_string())),
            Field::Effective => (&mut p.effective_date, &mut s.effective_date, iso()),
            Field::Expiry => (&mut p.expiry_date, &mut s.expiry_date, iso()),
            Field::Published => {
                let found = date::find_dates(value, None);
                let Some(d) = found.first() else {
                    let Some(d) = compact_date(value).filter(|_| p.published_date.is_none()) else {
                        return false;
                    };
                    p.published_date = Some(d.to_string());
                    s.published_date = Some(span);
                    return true;
                };
                let mut took = false;
                if p.published_date.is_none() {
                    p.published_date = Some(d.date.to_string());
                    s.published_date = Some(span);
                    took = true;
                }
                if let (Some((h, m, sec)), None) = (d.time, &p.published_at) {
                    p.published_at = Some(format!("{}T{h:02}:{m:02}:{sec:02}+08:00", d.date));
                    s.published_at = Some(span);
                    took = true;
                }
                return took;
            }
            Field::Other => return false,
        };
        if slot.is_some() || v.as_deref().is_none_or(str::is_empty) {
            return false;
        }
        *slot = v;
        *slot_span = Some(span);
        true
    }
}

/// A date a field gives in eight figures (20240228), as some exports of a page's fields do.
fn compact_date(value: &str) -> Option<crate::model::Date> {
    let v = value.trim();
    if v.len() != 8 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, m, d) = (
        v[..4].parse().ok()?,
        v[4..6].parse().ok()?,
        v[6..].parse().ok()?,
    );
    crate::model::Date::new(y, m, d).filter(|_| (1949..=2100).contains(&y))
}

/// A document's states of force as a page's 有效性 or 文件状态 gives them.
const STATES_OF_FORCE: [&str; 13] = [
    "有效",
    "现行有效",
    "現行有效",
    "失效",
    "已失效",
    "部分失效",
    "废止",
    "廢止",
    "已废止",
    "已廢止",
    "已修改",
    "已修订",
    "已修訂",
];

/// Whether `value` is a document's state of force (有效, 已废止, 现行有效).
#[must_use]
pub fn is_state_of_force(value: &str) -> bool {
    STATES_OF_FORCE.contains(&value.trim())
}

/// The length of the state of force that opens `s` after the label of a page's field of
/// force (有效性：有效东莞市…关于…的通知), if `label` is one.
#[must_use]
pub fn state_of_force_after(label: &str, s: &str) -> Option<usize> {
    let of_force = ["有效性", "效力", "状态", "狀態", "时效", "時效"]
        .iter()
        .any(|w| has_str(label, w));
    if !of_force {
        return None;
    }
    STATES_OF_FORCE
        .iter()
        .filter(|w| s.starts_with(*w))
        .map(|w| w.len())
        .max()
}

/// Whether `value` can be what `field` holds: a date for the dates, a 文号 for the number, a
/// short line that names no subject (no 关于) for the others but the title.
#[must_use]
pub fn fits(field: Field, value: &str) -> bool {
    let short = |n: usize| crate::segment::chars_at_most(value, n) && !has_str(value, "关于");
    match field {
        Field::WrittenDate | Field::Effective | Field::Expiry | Field::Published => {
            short(40) && !date::find_dates(value, None).is_empty()
        }
        Field::DocNumber => short(40) && !docnum::find_doc_numbers(value).is_empty(),
        Field::Title => true,
        Field::Publisher => short(60) && crate::structure::lexicon::ends_like_organ(value),
        Field::IndexNumber | Field::Category | Field::Source | Field::Other => short(60),
    }
}

/// Reads the unlabelled gd.gov.cn block that starts at an index-number line: 索引号, 分类,
/// 发布机构, 成文日期, 标题, 文号, 发布日期, one value per line. Returns how many lines after
/// `texts[0]` it took.
pub fn unlabelled_block(texts: &[(&str, Span)], b: &mut PortalBuilder) -> usize {
    let Some(&(first, first_span)) = texts.first() else {
        return 0;
    };
    b.set(Field::IndexNumber, first, first_span);
    let mut k = 1;
    let is_date = |s: &str| date::date_line(s, None).is_some();
    let is_num = |s: &str| docnum::doc_number_line(s).is_some();
    let plain = |s: &str| !is_date(s) && !is_num(s) && crate::segment::chars_at_most(s, 60);
    let mut take = |field: Field, ok: &dyn Fn(&str) -> bool, k: &mut usize| {
        if let Some(&(t, sp)) = texts.get(*k) {
            if ok(t) {
                b.set(field, t, sp);
                *k += 1;
            }
        }
    };
    take(Field::Category, &plain, &mut k);
    take(Field::Publisher, &plain, &mut k);
    take(Field::WrittenDate, &is_date, &mut k);
    let title_ok =
        |s: &str| plain(s) || (!is_date(s) && !is_num(s) && crate::segment::chars_at_most(s, 120));
    take(Field::Title, &title_ok, &mut k);
    take(Field::DocNumber, &is_num, &mut k);
    take(Field::Published, &is_date, &mut k);
    k - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_tab_fields() {
        let read = |s: &'static str| {
            tab_fields(s).map(|f| {
                f.into_iter()
                    .map(|(field, (a, b))| (field, &s[a..b]))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            read("索引号\t11440300007542653X/2024-00123\t分类\t综合政务"),
            Some(vec![
                (Field::IndexNumber, "11440300007542653X/2024-00123"),
                (Field::Category, "综合政务"),
            ])
        );
        // An empty cell, a spaced label, a label in traditional script.
        assert_eq!(
            read("文 号\t\t發布日期\t2024-04-10"),
            Some(vec![
                (Field::DocNumber, ""),
                (Field::Published, "2024-04-10")
            ])
        );
        // Cells parted by wide white space.
        assert_eq!(
            read("发布日期　　2024-04-10  文 号  深府办函〔2024〕21号"),
            Some(vec![
                (Field::Published, "2024-04-10"),
                (Field::DocNumber, "深府办函〔2024〕21号"),
            ])
        );
        // A label alone, its value under it.
        assert_eq!(read("成文日期"), Some(vec![(Field::WrittenDate, "")]));
        assert_eq!(read("• 名 称"), Some(vec![(Field::Title, "")]));
        // A table's row whose cells are no labels; a line of text; a label with words after it.
        assert_eq!(read("序号\t名称\t责任单位"), None);
        assert_eq!(read("各区人民政府"), None);
        assert_eq!(read("名称变更"), None);
        assert_eq!(read(""), None);
    }

    #[test]
    fn ok_fields() {
        // A bar ends a value, whatever label follows it.
        let s = "来源：广东省人民政府网站 | 发布时间：2024-06-14 | 责任编辑：张三 | 阅读：1234";
        let f: Vec<_> = fields(s)
            .into_iter()
            .map(|(field, (a, b))| (field, &s[a..b]))
            .collect();
        assert_eq!(
            f,
            [
                (Field::Source, "广东省人民政府网站"),
                (Field::Published, "2024-06-14")
            ]
        );
        let s = "时间 : 2021-05-14 10:25:55 来源 : 本网";
        let f = fields(s);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].0, Field::Published);
        assert_eq!(&s[f[0].1.0..f[0].1.1], "2021-05-14 10:25:55");
        assert_eq!(&s[f[1].1.0..f[1].1.1], "本网");
        let s = "  • 文  号: 花府办规〔2018〕1号";
        let f = fields(s);
        assert_eq!(
            (f[0].0, &s[f[0].1.0..f[0].1.1]),
            (Field::DocNumber, "花府办规〔2018〕1号")
        );
        let s = "来源:本网时间:2020-09-30 12:46";
        let f = fields(s);
        assert_eq!(f.len(), 2);
        assert_eq!(&s[f[1].1.0..f[1].1.1], "2020-09-30 12:46");
        // The page's buttons after a value are no part of it.
        let s =
            "发布时间：2024-04-12 09:30:21 来源：江门市人民政府办公室 【字体：大 中 小】 【打印】";
        let f = fields(s);
        assert_eq!(f[1].0, Field::Source);
        assert_eq!(&s[f[1].1.0..f[1].1.1], "江门市人民政府办公室");
        assert!(is_field_line("索 引 号:043000-10-2013-006225"));
        assert!(is_state_of_force("有效"));
        assert!(is_state_of_force(" 已废止 "));
        assert!(!is_state_of_force("有效期五年"));
        for issue in [
            "2013年第38期(总第854期)",
            "深圳市人民政府公报　2023年第12期（总第1265期）",
            "广东省人民政府公报 2021年第9期",
        ] {
            assert!(is_head_furniture(issue), "{issue}");
        }
        for text in [
            "2023年第12期培训班",
            "第12期",
            "关于印发2023年第1期工作简报的通知",
        ] {
            assert!(!is_head_furniture(text), "{text}");
        }
        assert!(!is_field_line("各地级以上市人民政府:"));
        // Shenzhen's pages label the written date 发文日期.
        for s in ["发文日期：2024-04-08", "成文时间：2024-04-08"] {
            let f = fields(s);
            assert_eq!(
                (f[0].0, &s[f[0].1.0..f[0].1.1]),
                (Field::WrittenDate, "2024-04-08"),
                "{s}"
            );
        }
        // Older portals set two fields to a line; 生成日期 ends the publisher's value.
        let s = "发布机构:肇庆市人民政府办公室          生成日期:2016-08-15";
        let f = fields(s);
        assert_eq!(f.len(), 2);
        assert_eq!(
            (f[0].0, &s[f[0].1.0..f[0].1.1]),
            (Field::Publisher, "肇庆市人民政府办公室")
        );
        assert_eq!(f[1].0, Field::Other);
        for (s, field) in [
            ("公开日期：2024-04-08", Field::Published),
            ("印发日期：2024-04-08", Field::WrittenDate),
            ("发布单位：深圳市人民政府", Field::Publisher),
        ] {
            assert_eq!(fields(s)[0].0, field, "{s}");
        }
    }

    #[test]
    fn ok_a_date_in_eight_figures() {
        let mut b = PortalBuilder::default();
        let sp = Span::new(0, 8);
        assert!(b.set(Field::Published, "20240228", sp));
        assert!(b.set(Field::WrittenDate, " 20240226", sp));
        assert_eq!(b.portal.published_date.as_deref(), Some("2024-02-28"));
        assert_eq!(b.portal.written_date.as_deref(), Some("2024-02-26"));
        // No month 13, no figures of another length.
        assert!(!b.set(Field::Effective, "20241328", sp));
        assert!(!b.set(Field::Expiry, "2024022", sp));
    }

    #[test]
    fn ok_a_count_of_readers() {
        for s in ["阅读 1.2万", "阅读量：3562", "閱讀 10萬+", "阅读 100000+"] {
            assert!(is_read_count(s), "{s}");
            assert!(tail_furniture(s).0, "{s}");
        }
        for s in ["阅读", "阅读原文件后报送", "阅读量大"] {
            assert!(!is_read_count(s), "{s}");
        }
    }

    #[test]
    fn ok_files_offered_for_download() {
        for s in [
            "粤办函〔2023〕150号.pdf",
            "2.绩效评价材料清单.docx（28KB）",
            "1.指标体系.pdf (1.2 MB)",
            "清单.xlsx[356K]",
            "1,024 characters",
        ] {
            assert!(tail_furniture(s).0, "{s}");
        }
        // A numbered file with no size may be an entry of the document's note of attachments;
        // a size alone is none.
        for s in [
            "1.某某表.docx",
            "附件：清单.pdf",
            "2.材料清单（28页）",
            "（28KB）",
        ] {
            assert!(!is_download_link(s), "{s}");
        }
        assert_eq!(file_size_note("清单.docx（28KB）"), Some("（28KB）".len()));
        assert_eq!(file_size_note("清单（第2批）"), None);
    }

    #[test]
    fn ok_crumbs_and_chrome() {
        assert_eq!(
            crumbs("首页\u{a0}>\u{a0}政务公开\u{a0}>\u{a0}文件库").expect("crumbs"),
            ["首页", "政务公开", "文件库"]
        );
        assert!(crumbs("当前位置:首页 > 长者专区 > 最新政策").is_some());
        // Fields parted by bars.
        let line = "索引号：014000319/2024-00088 | 主题分类：综合政务/通知 ｜ 发文机关：某某厅";
        let got: Vec<_> = fields(line)
            .into_iter()
            .map(|(_, (a, b))| &line[a..b])
            .collect();
        assert_eq!(got, ["014000319/2024-00088", "综合政务/通知", "某某厅"]);
        assert!(crumbs("各地级以上市人民政府:").is_none());
        assert!(is_crumb_label("当前位置:"));
        assert!(is_crumb_label("　您现在的位置：　"));
        assert!(!is_crumb_label("各地级以上市人民政府:"));
        assert!(is_head_furniture("【打印】 【字体:"));
        assert!(is_head_furniture("━━━━━━━━━━"));
        assert!(is_index_number("006939748/2021-00329"));
        assert_eq!(tail_furniture("部门解读"), (true, true));
        assert_eq!(tail_furniture("map"), (false, true));
        assert!(tail_furniture("责任编辑：张三").0);
        assert!(tail_furniture("审核：王某").0);
        assert!(tail_furniture("審覈：王某").0);
        assert!(tail_furniture("来源：广东省人民政府门户网站").0);
        assert!(!tail_furniture("资金来源：省级财政").0);
        assert!(tail_furniture("相关附件：").0);
        // A site's footer, long as it may be, in words no notice uses.
        assert!(
            tail_furniture(
                "主办单位：广州市人民政府办公厅　网站标识码：4401000001　粤ICP备12345678号"
            )
            .0
        );
        assert!(
            tail_furniture(
                "版权所有：某某市人民政府办公室　地址：某某市某某路1号某某大楼　邮编：510000"
            )
            .0
        );
        assert!(tail_furniture("粤办函〔2023〕150号.pdf").0);
        assert!(tail_furniture("某某申报表.DOCX").0);
        // An attachment list belongs to the document.
        assert!(!tail_furniture("2.某某申报表.docx").0);
        assert!(!tail_furniture("附件：某某申报表.docx").0);
        assert!(!tail_furniture("省政府办公厅").1);
        // The labels over related pages: a portal's with its colon, a repost's with marks.
        assert!(is_related_links_label("相关稿件："));
        assert!(is_navigation_bar(
            "网站首页 | 新闻中心 | 政策法规 | 办事服务 | 互动交流"
        ));
        assert!(is_navigation_bar("首页｜政务公开｜政务服务"));
        assert!(!is_navigation_bar("首页 | 政务公开"));
        assert!(!is_navigation_bar(
            "来源：本网 | 发布时间：2024-06-14 | 阅读：12"
        ));
        assert!(!is_navigation_bar(
            "甲方案 | 乙方案 | 各地要于2024年底前完成改造"
        ));
        assert!(is_related_links_label("相关稿件"));
        assert!(is_related_links_label("相关新闻"));
        assert!(!is_related_links_label("相关文件"));
        assert!(is_related_links_label("相关文件："));
        assert!(is_related_links_label("▼往期推荐▼"));
        assert!(is_related_links_label("推荐阅读"));
        assert!(is_related_links_label("【相关阅读】"));
        assert!(!is_related_links_label("推荐阅读书目的通知"));
    }
}
