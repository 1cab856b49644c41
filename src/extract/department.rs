//! Departments and their roles in a responsibility statement
//! (`省政府办公厅牵头,省有关部门及各地级以上市按职责分工负责`).
//!
//! A statement is a sequence of runs, each ended by a role verb; names inside a run are split on
//! `、，,；;`, on 和/及/与/以及 where both sides are whole organ names, and on 等 before a group.
//! The jurisdiction prefix of a name (省, 市, 区, 县, or a place such as 深圳市) distributes to the
//! bare names after it in the same list; a shared place suffix distributes backwards
//! (广州、深圳、珠海市 → 广州市, 深圳市, 珠海市).
//!
//! Pure functions over a text slice; spans are local to the slice.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Role, Span};

/// One department found in a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDepartment {
    /// Normalised name.
    pub name: String,
    /// Local span of the name as written.
    pub span: Span,
    /// Its role.
    pub role: Role,
    /// A group rather than a named organ.
    pub generic: bool,
}

/// Role verbs, longer forms first, with the role each gives.
const VERBS: &[(&str, Role)] = &[
    ("牵头负责", Role::Lead),
    ("牽頭負責", Role::Lead),
    ("牵头", Role::Lead),
    ("牽頭", Role::Lead),
    ("负责", Role::Responsible),
    ("負責", Role::Responsible),
    ("落实", Role::Responsible),
    ("落實", Role::Responsible),
    ("配合", Role::Cooperating),
    ("协助", Role::Cooperating),
    ("協助", Role::Cooperating),
    ("参与", Role::Cooperating),
    ("參與", Role::Cooperating),
];

/// Words that may stand before a verb and belong to it (按职责分工负责).
const VERB_PREFIXES: &[&str] = &[
    "按照职责分工",
    "按职责分工",
    "按職責分工",
    "按职能分工",
    "按职责",
    "按職責",
    "依职责",
    "分别",
    "分別",
    "共同",
];

/// The role verbs of `s`, in order: (start with its prefix, end, role).
fn verbs(s: &str) -> Verbs<'_> {
    Verbs {
        s,
        at: 0,
        last_end: 0,
    }
}

/// Iterator behind [`verbs`]: a byte scan for the first characters of the verbs, so that no
/// character is decoded and nothing is allocated.
struct Verbs<'a> {
    s: &'a str,
    at: usize,
    last_end: usize,
}

impl Iterator for Verbs<'_> {
    type Item = (usize, usize, Role);

    fn next(&mut self) -> Option<Self::Item> {
        let b = self.s.as_bytes();
        while self.at + 3 <= b.len() {
            let i = self.at;
            // Every verb starts with a three-byte character whose first byte is E5..E9.
            if !(0xE5..=0xE9).contains(&b[i]) {
                self.at += 1;
                continue;
            }
            self.at += 3;
            let code = (u32::from(b[i]) & 0x0F) << 12
                | (u32::from(b[i + 1]) & 0x3F) << 6
                | (u32::from(b[i + 2]) & 0x3F);
            if !matches!(
                char::from_u32(code),
                Some('牵' | '牽' | '负' | '負' | '落' | '配' | '协' | '協' | '参' | '參')
            ) {
                continue;
            }
            let rest = &self.s[i..];
            let Some(&(v, role)) = VERBS.iter().find(|(v, _)| rest.starts_with(v)) else {
                continue;
            };
            let before = &self.s[self.last_end..i];
            let start = VERB_PREFIXES
                .iter()
                .find(|p| before.ends_with(*p))
                .map_or(i, |p| i - p.len());
            self.last_end = i + v.len();
            self.at = self.last_end;
            return Some((start, self.last_end, role));
        }
        None
    }
}

static ROLE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        "(?P<label>牵头单位|牽頭單位|牵头部门|牽頭部門|责任单位|責任單位|责任部门|責任部門|负责单位|負責單位|配合单位|配合單位|配合部门|配合部門|协办单位|協辦單位|参与单位|參與單位)[\\s\u{3000}]*[:：]",
    )
    .expect("valid role label regex")
});

fn role_of(verb: &str) -> Role {
    if verb.contains("牵头") || verb.contains("牽頭") {
        Role::Lead
    } else if verb.contains("配合")
        || verb.contains("协办")
        || verb.contains("協辦")
        || verb.contains("协助")
        || verb.contains("協助")
        || verb.contains("参与")
        || verb.contains("參與")
    {
        Role::Cooperating
    } else {
        Role::Responsible
    }
}

/// Whether `s` contains a role verb at all (a cheap test before a full parse).
#[must_use]
pub fn has_role_verb(s: &str) -> bool {
    verbs(s).next().is_some() || (may_hold_role_label(s) && ROLE_LABEL.is_match(s))
}

/// Every role label (牵头单位：, 配合部门：) holds 单位/單位/部门/部門 and a colon.
fn may_hold_role_label(s: &str) -> bool {
    (s.contains('：') || s.contains(':'))
        && ["单位", "單位", "部门", "部門"]
            .iter()
            .any(|w| s.contains(w))
}

/// Suffixes that end the name of an organ or a group of organs (also used for signatures and
/// addressees).
pub(crate) const ORGAN_SUFFIXES: &[&str] = &[
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
    "团",
    "團",
    "联",
    "聯",
    "海关",
    "海關",
    "组",
    "組",
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
    "各地",
    "(代章)",
    "（代章）",
    "(印章)",
    "（印章）",
];

/// [`ORGAN_SUFFIXES`] indexed by their last character, for a test in a few comparisons.
struct SuffixIndex {
    /// Suffixes of one character, sorted.
    single: Vec<char>,
    /// Longer suffixes with their last character.
    longer: Vec<(char, &'static str)>,
}

static SUFFIX_INDEX: LazyLock<SuffixIndex> = LazyLock::new(|| {
    let mut single = Vec::new();
    let mut longer = Vec::new();
    for &e in ORGAN_SUFFIXES {
        let mut chars = e.chars();
        let last = chars.next_back().expect("non-empty suffix");
        if chars.next().is_none() {
            single.push(last);
        } else {
            longer.push((last, e));
        }
    }
    single.sort_unstable();
    SuffixIndex { single, longer }
});

/// Whether `s` ends with one of [`ORGAN_SUFFIXES`].
fn has_organ_suffix(s: &str) -> bool {
    let Some(last) = s.chars().next_back() else {
        return false;
    };
    let index = &*SUFFIX_INDEX;
    index.single.binary_search(&last).is_ok()
        || index
            .longer
            .iter()
            .any(|&(c, e)| c == last && s.ends_with(e))
}

/// Whether `s` ends like the name of an organ.
#[must_use]
pub fn ends_like_organ(s: &str) -> bool {
    has_organ_suffix(s)
}

/// Places whose names carry their own jurisdiction without a 省/市 suffix.
const PLACES: &[&str] = &[
    "广东", "廣東", "广州", "廣州", "深圳", "珠海", "汕头", "汕頭", "佛山", "韶关", "韶關", "河源",
    "梅州", "惠州", "汕尾", "东莞", "東莞", "中山", "江门", "江門", "阳江", "陽江", "湛江", "茂名",
    "肇庆", "肇慶", "清远", "清遠", "潮州", "揭阳", "揭陽", "云浮", "雲浮", "香港", "澳门", "澳門",
    "横琴", "橫琴", "前海", "南沙", "北京", "上海", "天津", "重庆", "重慶",
];

/// Organs of national systems that carry their own jurisdiction.
const SELF_JURISDICTION: &[&str] = &[
    "人民银行",
    "人民銀行",
    "海关",
    "海關",
    "总署",
    "總署",
    "银保监",
    "銀保監",
    "证监",
    "證監",
    "金融监管总局",
    "国家",
    "國家",
    "中国",
    "中國",
    "中共",
    "中央",
    "国务院",
    "國務院",
    "全国",
    "全國",
    "驻",
    "駐",
    "军区",
    "軍區",
    "武警",
    "税务总局",
    "民航",
    "铁路",
    "电网",
    "電網",
    "鐵路",
];

fn is_whole_organ(name: &str) -> bool {
    let n = name.trim();
    // No organ's name is this long; a longer run is prose (and checking it would cost).
    if n.len() > 120 {
        return false;
    }
    has_organ_suffix(n) || is_generic(n)
}

/// Whether a name stands for a group rather than one organ.
#[must_use]
pub fn is_generic(name: &str) -> bool {
    let mut prev = '\0';
    let group_word = name.chars().any(|c| {
        let hit = matches!(
            (prev, c),
            ('有', '关' | '關') | ('相', '关' | '關') | ('其', '他' | '它') | ('所', '属' | '屬')
        );
        prev = c;
        hit
    });
    name.starts_with('各')
        || name.starts_with('全')
        || group_word
        || matches!(
            name,
            "部门" | "部門" | "单位" | "單位" | "各地" | "各级" | "各級"
        )
}

/// The jurisdiction a name starts with: 省, 市, 区, 县, or a place such as 深圳市.
fn jurisdiction(name: &str) -> Option<&str> {
    let mut chars = name.char_indices();
    let (_, first) = chars.next()?;
    let second = chars.next().map(|(_, c)| c);
    match first {
        '省' => return Some(&name[..first.len_utf8()]),
        // 市场监管局 is a bare name, not 市 + 场监管局.
        '市' if second != Some('场') && second != Some('場') => {
            return Some(&name[..first.len_utf8()]);
        }
        '区' | '區' | '县' | '縣' => return Some(&name[..first.len_utf8()]),
        _ => {}
    }
    // A place: two to four ideographs ending in 省/市/区/县 (深圳市税务局 → 深圳市).
    // (Place names have two characters at least: 团省委 is not 团省 + 委.)
    for (i, c) in name.char_indices().skip(2).take(3) {
        if matches!(c, '省' | '市' | '区' | '區' | '县' | '縣') && i + c.len_utf8() < name.len()
        {
            let next = name[i + c.len_utf8()..].chars().next();
            if c == '市' && matches!(next, Some('场' | '場')) {
                continue;
            }
            return Some(&name[..i + c.len_utf8()]);
        }
    }
    None
}

/// Whether a name that is not generic and starts with no 省/市/区/县 names its own
/// jurisdiction (a place, or an organ of a national system).
fn carries_jurisdiction(name: &str) -> bool {
    // Every place starts with a three-byte ideograph: compare those bytes before the rest.
    let n = name.as_bytes();
    let starts_with_place = n.len() >= 3
        && PLACES.iter().any(|p| {
            let p = p.as_bytes();
            p[0] == n[0] && p[1] == n[1] && p[2] == n[2] && n.starts_with(p)
        });
    starts_with_place
        || name.char_indices().any(|(i, c)| {
            // Only where a word of the list could start.
            matches!(
                c,
                '人' | '海'
                    | '民'
                    | '铁'
                    | '鐵'
                    | '电'
                    | '電'
                    | '总'
                    | '總'
                    | '银'
                    | '銀'
                    | '证'
                    | '證'
                    | '金'
                    | '国'
                    | '國'
                    | '中'
                    | '全'
                    | '驻'
                    | '駐'
                    | '军'
                    | '軍'
                    | '武'
                    | '税'
            ) && SELF_JURISDICTION.iter().any(|p| name[i..].starts_with(p))
        })
}

/// Splits `raw` into departments with roles.
#[must_use]
pub fn parse_departments(raw: &str) -> Vec<FoundDepartment> {
    let mut r = Statement {
        raw,
        out: Vec::with_capacity(8),
        names: Vec::with_capacity(8),
    };
    // Labelled columns written inline: 牵头单位：省发展改革委；配合单位：省财政厅.
    let labels: Vec<_> = if may_hold_role_label(raw) {
        ROLE_LABEL.captures_iter(raw).collect()
    } else {
        Vec::new()
    };
    if !labels.is_empty() {
        for (k, c) in labels.iter().enumerate() {
            let all = c.get(0).expect("match");
            let end = labels
                .get(k + 1)
                .map_or(raw.len(), |n| n.get(0).expect("match").start());
            r.run(all.end(), end, role_of(&c["label"]));
        }
        return r.out;
    }
    let mut run_start = 0;
    for (start, end, role) in verbs(raw) {
        r.run(run_start, start, role);
        run_start = end;
    }
    // Names after the last verb have no verb of their own: they share the responsibility.
    r.run(run_start, raw.len(), Role::Responsible);
    r.out
}

fn is_list_sep(c: char) -> bool {
    matches!(c, '，' | ',' | '；' | ';' | '。' | ':' | '：')
}

/// A statement being read: its text, the departments found so far, and the spans of the
/// names of one list at a time (a buffer reused from list to list).
struct Statement<'a> {
    raw: &'a str,
    out: Vec<FoundDepartment>,
    names: Vec<(usize, usize)>,
}

impl Statement<'_> {
    /// The names of `raw[start..end]`, a run ended by a verb giving them `role`.
    fn run(&mut self, start: usize, end: usize, role: Role) {
        let run = &self.raw[start..end];
        // Lists are separated by commas and semicolons; inside a list names by 、.
        let mut list_start = 0;
        for (i, c) in run.char_indices().chain(std::iter::once((run.len(), ','))) {
            if is_list_sep(c) {
                self.list(start + list_start, start + i, role);
                list_start = i + c.len_utf8();
            }
        }
    }

    /// The names of one list, with the jurisdiction and place suffix shared among them.
    fn list(&mut self, start: usize, end: usize, role: Role) {
        let raw = self.raw;
        let names = &mut self.names;
        names.clear();
        split_list(raw, start, end, names);
        names.retain_mut(|(s, e)| {
            (*s, *e) = trim_span(raw, *s, *e);
            s < e
        });
        let shared_suffix = if names.len() > 1 {
            let texts: Vec<&str> = names.iter().map(|&(s, e)| &raw[s..e]).collect();
            shared_suffix(&texts)
        } else {
            None
        };
        let mut prefix: Option<&str> = None;
        for (k, &(s, e)) in names.iter().enumerate() {
            let name = &raw[s..e];
            let generic = is_generic(name);
            let mut full = String::with_capacity(name.len() + 12);
            if let Some(suffix) = shared_suffix.filter(|_| k + 1 < names.len()) {
                full.push_str(name);
                full.push_str(suffix);
            } else if generic {
                full.push_str(name);
            } else if let Some(p) = jurisdiction(name) {
                prefix = Some(p);
                full.push_str(name);
            } else {
                if let Some(p) = prefix.filter(|_| !carries_jurisdiction(name)) {
                    full.push_str(p);
                }
                full.push_str(name);
            }
            self.out.push(FoundDepartment {
                name: full,
                span: Span::new(s, e),
                role,
                generic,
            });
        }
    }
}

/// Names of one 、-list, with 和/及/与/以及/等 splits, as spans into `raw`.
fn split_list(raw: &str, start: usize, end: usize, names: &mut Vec<(usize, usize)>) {
    let mut piece_start = start;
    for (i, c) in raw[start..end].char_indices() {
        if c == '、' || c == '/' {
            split_conjunctions(raw, piece_start, start + i, names);
            piece_start = start + i + c.len_utf8();
        }
    }
    split_conjunctions(raw, piece_start, end, names);
}

fn split_conjunctions(raw: &str, s: usize, e: usize, names: &mut Vec<(usize, usize)>) {
    let piece = &raw[s..e];
    // 等 before a group (X等省有关部门), or closing the list (X等).
    if let Some(i) = piece.find('等') {
        let (left, right) = (&piece[..i], &piece[i + '等'.len_utf8()..]);
        if !left.trim().is_empty() && (right.trim().is_empty() || is_generic(right.trim())) {
            split_on_conjunctions(raw, s, s + i, names);
            if !right.trim().is_empty() {
                split_on_conjunctions(raw, s + i + '等'.len_utf8(), e, names);
            }
            return;
        }
    }
    split_on_conjunctions(raw, s, e, names);
}

/// Splits on 和/及/与/以及/并 where both sides are whole organ names, in one pass (no
/// recursion, whatever the input).
fn split_on_conjunctions(raw: &str, s: usize, e: usize, names: &mut Vec<(usize, usize)>) {
    let piece = &raw[s..e];
    // Every right-hand side ends where the piece ends.
    let end_ok = has_organ_suffix(piece);
    let mut start = 0;
    for (j, c) in piece.char_indices() {
        if !matches!(c, '和' | '及' | '与' | '與' | '并' | '並') || j <= start {
            continue;
        }
        // 以及 is one conjunction.
        let at = if c == '及' && piece[start..j].ends_with('以') {
            j - '以'.len_utf8()
        } else {
            j
        };
        let right = &piece[j + c.len_utf8()..];
        let right_ok = end_ok || (right.len() <= 120 && is_generic(right.trim()));
        if right_ok && at > start && is_whole_organ(&piece[start..at]) {
            names.push((s + start, s + at));
            start = j + c.len_utf8();
        }
    }
    names.push((s + start, e));
}

fn trim_span(raw: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &raw[s..e];
    let lead = t.len()
        - t.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
            .len();
    let t2 = t.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    (s + lead, s + t2.len())
}

/// The place suffix the last name of a list shares with the bare places before it:
/// 广州、深圳、珠海市 → 市; 韶关、东莞、阳江市人民政府 → 市人民政府; 黄埔区、南沙区政府 → 政府.
#[must_use]
pub fn shared_suffix<'a>(names: &[&'a str]) -> Option<&'a str> {
    let (last, before) = names.split_last()?;
    if before.is_empty() {
        return None;
    }
    let admin_place = |n: &str| {
        n.chars().count() <= 6
            && n.ends_with(['市', '区', '區', '县', '縣'])
            && !n.contains("政府")
            && !n.starts_with('各')
    };
    for gov in ["人民政府", "政府"] {
        if let Some(place) = last.strip_suffix(gov) {
            if admin_place(place) && before.iter().all(|n| admin_place(n)) {
                return Some(&last[last.len() - gov.len()..]);
            }
        }
    }
    let bare = |s: &&str| {
        let c = s.chars().count();
        (2..=3).contains(&c) && !is_whole_organ(s) && !is_generic(s)
    };
    if !before.iter().all(bare) {
        return None;
    }
    for plen in [2, 3] {
        let Some((at, _)) = last.char_indices().nth(plen) else {
            continue;
        };
        let rest = &last[at..];
        if rest.starts_with(['市', '区', '區', '县', '縣']) {
            return Some(rest);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(raw: &str) -> Vec<(String, &'static str, bool)> {
        parse_departments(raw)
            .into_iter()
            .map(|d| (d.name, d.role.as_str(), d.generic))
            .collect()
    }

    fn own(v: &[(&str, &'static str, bool)]) -> Vec<(String, &'static str, bool)> {
        v.iter().map(|&(n, r, g)| (n.to_string(), r, g)).collect()
    }

    #[test]
    fn ok_seed_forms() {
        assert_eq!(
            names(
                "省政府办公厅和省市场监管局、司法厅、政务服务数据管理局牵头,省有关部门及各地级以上市按职责分工负责"
            ),
            own(&[
                ("省政府办公厅", "lead", false),
                ("省市场监管局", "lead", false),
                ("省司法厅", "lead", false),
                ("省政务服务数据管理局", "lead", false),
                ("省有关部门", "responsible", true),
                ("各地级以上市", "responsible", true),
            ])
        );
        assert_eq!(
            names("省市场监管局牵头,广州、深圳、珠海市配合"),
            own(&[
                ("省市场监管局", "lead", false),
                ("广州市", "cooperating", false),
                ("深圳市", "cooperating", false),
                ("珠海市", "cooperating", false),
            ])
        );
        assert_eq!(
            names(
                "省财政厅牵头,省地方金融监管局,人民银行广州分行、广东银保监局及各地级以上市按职责分工负责"
            ),
            own(&[
                ("省财政厅", "lead", false),
                ("省地方金融监管局", "responsible", false),
                ("人民银行广州分行", "responsible", false),
                ("广东银保监局", "responsible", false),
                ("各地级以上市", "responsible", true),
            ])
        );
        assert_eq!(
            names("省税务局、深圳市税务局负责"),
            own(&[
                ("省税务局", "responsible", false),
                ("深圳市税务局", "responsible", false)
            ])
        );
        assert_eq!(
            names("省商务厅牵头,海关总署广东分署和省有关部门及各地级以上市按职责分工负责"),
            own(&[
                ("省商务厅", "lead", false),
                ("海关总署广东分署", "responsible", false),
                ("省有关部门", "responsible", true),
                ("各地级以上市", "responsible", true),
            ])
        );
    }

    #[test]
    fn ok_names_with_conjunctions_stay_whole() {
        let got =
            names("省工业和信息化厅、文化和旅游厅、发展和改革委员会等省有关部门按职责分工负责");
        let n: Vec<&str> = got.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(
            n,
            [
                "省工业和信息化厅",
                "省文化和旅游厅",
                "省发展和改革委员会",
                "省有关部门"
            ]
        );
    }

    #[test]
    fn ok_city_and_other_forms() {
        let got = names("市人力資源社會保障局、市醫保局、市財政局、市稅務局負責");
        assert_eq!(got.len(), 4);
        assert!(got.iter().all(|d| d.1 == "responsible" && !d.2));
        assert_eq!(got[1].0, "市醫保局");
        assert_eq!(
            names("省发展改革委牵头,各地、各部门配合。"),
            own(&[
                ("省发展改革委", "lead", false),
                ("各地", "cooperating", true),
                ("各部门", "cooperating", true),
            ])
        );
        let got = names("市政府办公厅、市发展改革委、市财政局,荔湾区、黄埔区政府");
        let n: Vec<&str> = got.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(
            n,
            [
                "市政府办公厅",
                "市发展改革委",
                "市财政局",
                "荔湾区政府",
                "黄埔区政府"
            ]
        );
        let got = names("省自然资源厅、市场监管局牵头");
        assert_eq!(got[1].0, "省市场监管局");
    }

    #[test]
    fn ok_labelled_roles_inside() {
        assert_eq!(
            names("牵头单位：省发展改革委；配合单位：省财政厅、省商务厅"),
            own(&[
                ("省发展改革委", "lead", false),
                ("省财政厅", "cooperating", false),
                ("省商务厅", "cooperating", false),
            ])
        );
        assert_eq!(names("责任单位:团省委、省妇联")[0].0, "团省委");
        assert_eq!(names("责任单位:团省委、省妇联")[1].0, "省妇联");
    }

    #[test]
    fn ok_spans_point_at_raw() {
        let raw = "省自然资源厅、住房城乡建设厅牵头";
        let got = parse_departments(raw);
        assert_eq!(&raw[got[1].span.range()], "住房城乡建设厅");
        assert_eq!(got[1].name, "省住房城乡建设厅");
    }
}
