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

use std::cell::Cell;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Role, Span};
use crate::segment::{has_char, has_str};

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
    ("负责牵头", Role::Lead),
    ("負責牽頭", Role::Lead),
    ("负总责", Role::Responsible),
    ("負總責", Role::Responsible),
    // 负主体责任: the responsibility of the one who does it (各地级以上市人民政府负主体责任).
    ("负主体责任", Role::Responsible),
    ("負主體責任", Role::Responsible),
    ("负责", Role::Responsible),
    ("負責", Role::Responsible),
    ("落实", Role::Responsible),
    ("落實", Role::Responsible),
    ("组织实施", Role::Responsible),
    ("組織實施", Role::Responsible),
    ("配合", Role::Cooperating),
    ("协助", Role::Cooperating),
    ("協助", Role::Cooperating),
    ("参与", Role::Cooperating),
    ("參與", Role::Cooperating),
    // 主责: the main responsibility (市商务局主责，市公安局参与).
    ("主责", Role::Responsible),
    ("主責", Role::Responsible),
];

/// Words that may stand before a verb and belong to it (按职责分工负责).
const VERB_PREFIXES: &[&str] = &[
    "按照各自职责",
    "按照各自職責",
    "按各自职责",
    "按各自職責",
    "根据各自职责",
    "根據各自職責",
    "根据职责分工",
    "根據職責分工",
    "按照职能分工",
    "按照職能分工",
    "按照职责分工",
    "按照職責分工",
    "按职责分工",
    "按職責分工",
    "按职能分工",
    "按職能分工",
    "按照分工",
    "根据分工",
    "根據分工",
    "按分工",
    "按职责",
    "按職責",
    "依职责",
    "依職責",
    "分别",
    "分別",
    "共同",
    "具体",
    "具體",
    "各自",
    "协同",
    "協同",
    // 抓好落实: seeing it done.
    "抓好",
];

/// The last characters of [`VERB_PREFIXES`].
const PREFIX_ENDS: [char; 10] = ['工', '责', '責', '别', '別', '同', '体', '體', '自', '好'];

/// The role verbs of `s`, in order: (start with its prefix, end, role).
fn verbs(s: &str) -> Verbs<'_> {
    Verbs {
        s,
        at: 0,
        last_end: 0,
    }
}

/// Iterator behind [`verbs`]: a scan for the first characters of the verbs by their marks,
/// allocating nothing.
struct Verbs<'a> {
    s: &'a str,
    at: usize,
    last_end: usize,
}

impl Iterator for Verbs<'_> {
    type Item = (usize, usize, Role);

    fn next(&mut self) -> Option<Self::Item> {
        let b = self.s.as_bytes();
        while self.at < b.len() {
            let i = self.at;
            let (len, mark) = mark_at(b, i);
            self.at += len;
            if mark != Mark::VerbHead {
                continue;
            }
            let Some(found @ (_, end, _)) = verb_at(self.s, self.last_end, i) else {
                continue;
            };
            self.last_end = end;
            self.at = end;
            return Some(found);
        }
        None
    }
}

/// The role verb of `s` that starts at `i`, if one does: (start with the words before it that
/// belong to it, found after `since`; end; role).
fn verb_at(s: &str, since: usize, i: usize) -> Option<(usize, usize, Role)> {
    let rest = &s[i..];
    let &(v, role) = VERBS.iter().find(|(v, _)| rest.starts_with(v))?;
    let before = &s[since..i];
    // (Most verbs have no prefix: the last character before them tells, before the list.)
    let start = before
        .chars()
        .next_back()
        .filter(|c| PREFIX_ENDS.contains(c))
        .and_then(|_| VERB_PREFIXES.iter().find(|p| before.ends_with(*p)))
        .map_or(i, |p| i - p.len());
    Some((start, i + v.len(), role))
}

static ROLE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        "【?(?:(?P<label>牵头单位|牽頭單位|牵头部门|牽頭部門|主要责任单位|主要責任單位|责任单位|責任單位|责任部门|責任部門|负责单位|負責單位|主责单位|主責單位|主办单位|主辦單位|配合单位|配合單位|配合部门|配合部門|协办单位|協辦單位|协同单位|協同單位|协同部门|協同部門|参与单位|參與單位|牵头|牽頭|配合|参与|參與|协助|協助)|(?P<person>(?:分管|牵头|牽頭|责任|責任|联系|聯繫|挂点|掛點)(?:省|市|区|區|县|縣)?(?:领导|領導)|责任人|責任人|联系人|聯繫人|联系电话|聯繫電話))(?:】|[\\s\u{3000}]*[:：])",
    )
    .expect("valid role label regex")
});

/// Whether `s` is only a role, with no name: 牵头, 按职责分工负责. Written in parentheses, such
/// a role belongs to the names before it.
#[must_use]
pub fn is_role_alone(s: &str) -> bool {
    role_annotation(s).is_some()
}

/// What a role written in parentheses after a name applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Annotation {
    /// The name it follows: 省农业农村厅（牵头）.
    OfTheName,
    /// The names since the previous verb, as the verb it is: …省市场监管局（按职责分工负责）.
    OfTheRun,
}

/// The role that a parenthesis after a name gives: （牵头）, (配合), （牵头单位）, and verbs of
/// duties, （按职责分工负责）.
fn role_annotation(inner: &str) -> Option<(Role, Annotation)> {
    const WORDS: [&str; 11] = [
        "牵头", "牽頭", "负责", "負責", "主责", "主責", "配合", "协办", "協辦", "参与", "參與",
    ];
    // The longest is a verb of duties with its words (按照职责分工牵头负责).
    if inner.len() > 40 {
        return None;
    }
    let w = inner.trim();
    let w = w
        .strip_suffix("单位")
        .or_else(|| w.strip_suffix("單位"))
        .unwrap_or(w);
    if WORDS.contains(&w) {
        return Some((role_of(w), Annotation::OfTheName));
    }
    let &(v, role) = VERBS.iter().find(|(v, _)| w.ends_with(v))?;
    let prefix = &w[..w.len() - v.len()];
    VERB_PREFIXES
        .contains(&prefix)
        .then_some((role, Annotation::OfTheRun))
}

/// Whether a parenthesis after a name holds a note on it rather than a part of it: a
/// sentence (it holds a comma or a full stop), or words that begin a note (以下简称…, 下同,
/// 不再列出, 含…). A name's own brackets (各县（市、区）人民政府) hold none.
fn is_note(inner: &str) -> bool {
    const OPENINGS: [&str; 8] = ["以下", "下同", "不再", "含", "包括", "不含", "除", "排名"];
    let w = inner.trim();
    OPENINGS.iter().any(|o| w.starts_with(o)) || w.contains(['，', ',', '；', ';', '。'])
}

/// The role a verb or a label gives (牵头, 配合单位, 主办单位, 责任单位 …).
pub(crate) fn role_of(verb: &str) -> Role {
    // 主办 (who runs it) is the one that 协办 (who helps) assists.
    if verb.contains("牵头")
        || verb.contains("牽頭")
        || verb.contains("主办")
        || verb.contains("主辦")
    {
        Role::Lead
    } else if verb.contains("配合")
        || verb.contains("协同")
        || verb.contains("協同")
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
    has_verb(s) || (may_hold_role_label(s) && ROLE_LABEL.is_match(s))
}

/// Whether `s` is a list of organs' names and nothing else, with no verb of a role:
/// 省委组织部、省委编办，省人力资源社会保障厅. Such a parenthesis at the end of an item names
/// who is responsible for it. A note (以下简称…, 含…), a number, an edition or a label is none.
#[must_use]
pub fn is_name_list(s: &str) -> bool {
    const NOT_NAMES: [&str; 8] = ["简称", "簡稱", "下称", "下稱", "统称", "統稱", "包括", "含"];
    let s = s.trim();
    if s.is_empty() || !crate::segment::chars_at_most(s, 160) {
        return false;
    }
    let names = s.split(['、', '，', ',', '；', ';']).all(|piece| {
        let p = piece.trim_matches(crate::segment::is_pad);
        let p = p.strip_suffix('等').unwrap_or(p);
        let group = p.starts_with('各') && crate::segment::chars_at_most(p, 8);
        !crate::segment::chars_at_most(p, 2)
            && crate::segment::chars_at_most(p, 30)
            && (has_organ_suffix(p) || group)
            && !p.contains([':', '：', '〔', '［', '[', '号', '號'])
            && !p.bytes().any(|b| b.is_ascii_digit())
            && !NOT_NAMES.iter().any(|w| p.contains(w))
    });
    names && !has_verb(s)
}

/// Whether `s` says who does a thing and nothing else: names, each run of them closed by its
/// role verb, with nothing after the last verb (省商务厅负责, 省工业和信息化厅牵头，省商务厅等部门参与,
/// 由省发展改革委会同省科技厅负责). A verb with its object (负责统筹全市工作) is no such statement.
#[must_use]
pub fn is_bare_statement(s: &str) -> bool {
    let s = s.trim_matches(crate::segment::is_pad);
    // A statement ends with its last verb: most clauses fail here, before any scan.
    if !VERBS.iter().any(|(v, _)| s.ends_with(v))
        || !crate::segment::chars_at_most(s, 160)
        || !has_verb(s)
    {
        return false;
    }
    let mut since = 0;
    for (start, end, role) in verbs(s) {
        // A verb right after another is the same run's (负责组织实施, 牵头组织实施).
        if since > 0 && start == since {
            since = end;
            continue;
        }
        let names = s[since..start]
            .trim_matches(|c| crate::segment::is_pad(c) || matches!(c, '，' | ',' | '、'));
        let names = WORDS_BEFORE
            .iter()
            .find_map(|w| names.strip_prefix(w))
            .unwrap_or(names);
        // An exhortation to work together says how organs are to act, not who does the item
        // (各地区、各有关部门要加强协同配合; but 各地要认真组织实施 says who carries it out).
        if role == Role::Cooperating && EXHORTING.iter().any(|w| names.ends_with(w)) {
            return false;
        }
        let each_named = names
            .split("会同")
            .flat_map(|part| part.split("會同"))
            .all(is_name_list);
        if !each_named {
            return false;
        }
        since = end;
    }
    since > 0 && s[since..].trim_matches(crate::segment::is_pad).is_empty()
}

/// Where a statement of who does a thing ends when the thing follows it in the same clause
/// (市财政局负责统筹安排专项资金, 各区人民政府负责本辖区的监管工作, 市委宣传部牵头负责宣传报道):
/// the end of the clause's first run of names and its verb of leading or of being
/// responsible, when those are all that come before it and words of a task, not a person
/// (负责同志, 负责人) or a scope (负责范围), come after it.
#[must_use]
pub fn statement_before_its_task(clause: &str) -> Option<usize> {
    const NOT_TASKS: [&str; 14] = [
        "同志", "人", "的", "范围", "範圍", "区域", "區域", "领域", "領域", "事项", "事項", "任",
        "解释", "解釋",
    ];
    let lead = clause.len() - clause.trim_start_matches(crate::segment::is_pad).len();
    // (The first verb is at most 60 characters in: a run of names is no longer.)
    let (start, end, role) = verbs(clause).next()?;
    if !may_open_a_statement(&clause[start..end], role) || end - lead > 60 * 3 {
        return None;
    }
    // The first name opens with its jurisdiction (a place too), or stands for a group
    // (各镇人民政府, which the bare names after it share): not a sentence's words
    // (本预案由省应急管理厅, 组织各地).
    let names = clause[lead..start]
        .strip_prefix('由')
        .unwrap_or(&clause[lead..start]);
    let first = names.split(['、', '，', ',']).next().unwrap_or(names);
    let named = (jurisdiction(first).is_some() || is_generic(first))
        && !names.contains(['由', '.', '“', '"']);
    if !named {
        return None;
    }
    // The verbs of a run that follow one another (牵头负责) are the run's.
    let end = verb_at(clause, end, end).map_or(end, |(_, e, _)| e);
    let task = &clause[end..];
    let opens_a_task = task
        .chars()
        .next()
        .is_some_and(crate::extract::docnum::is_han)
        && !NOT_TASKS.iter().any(|w| task.starts_with(w));
    (opens_a_task && is_bare_statement(&clause[lead..end])).then_some(end)
}

/// The statements of who does a task written before it in one clause of `text` (see
/// [`statement_before_its_task`]), as (start, end) in `text`, appended to `out`. Only the
/// clauses with a verb of a role are read, each from its first verb back to its start: a
/// long text with few such verbs is not read clause by clause.
pub fn statements_before_tasks_into(text: &str, out: &mut Vec<(usize, usize)>) {
    const STOPS: [char; 5] = ['。', '；', ';', '，', ','];
    let mut read = usize::MAX;
    for i in verb_starts(text) {
        // A verb that cannot open such a statement is passed by (配合, 落实, 负责， with no
        // task after it): if it opens its clause, the clause has none.
        let rest = &text[i..];
        let Some(&(v, role)) = VERBS.iter().find(|(v, _)| rest.starts_with(v)) else {
            continue;
        };
        if !may_open_a_statement(v, role)
            || !rest[v.len()..]
                .chars()
                .next()
                .is_some_and(crate::extract::docnum::is_han)
        {
            continue;
        }
        // The clause's start: after the last stop within the 60 characters of names before
        // the verb, or the text's own start; a verb further in is no such statement's.
        let mut lo = i.saturating_sub(60 * 3);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let start = match text[lo..i].rfind(STOPS) {
            Some(p) => lo + p + text[lo + p..].chars().next().map_or(1, char::len_utf8),
            None if lo == 0 => 0,
            None => continue,
        };
        // (Only a clause's first verb opens its statement.)
        if start == read {
            continue;
        }
        read = start;
        // (What follows the verb is read only as far as a second verb and a task's first
        // words: the clause is not measured to its end.)
        let mut end = (i + 48).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if let Some(e) = statement_before_its_task(&text[start..end]) {
            out.push((start, start + e));
        }
    }
}

/// Whether the verb `v` of `role` may open a statement before its task: a lead's or a
/// responsible organ's, not one that is a task's own word (落实, 组织实施).
fn may_open_a_statement(v: &str, role: Role) -> bool {
    matches!(role, Role::Lead | Role::Responsible)
        && !matches!(v, "落实" | "落實" | "组织实施" | "組織實施")
}

/// Where the words of [`VERBS`] start in `s`, in order: a SIMD search for them (their first
/// characters tell them apart), without reading `s` character by character.
fn verb_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    let find = verb_searcher();
    let simd = find.map(|f| f.find_iter(s).map(|m| m.start()));
    let plain = find.is_none().then(|| verbs(s).map(|(start, _, _)| start));
    simd.into_iter()
        .flatten()
        .chain(plain.into_iter().flatten())
}

/// The part of a statement cut off by the end of a text (省工业和信息化厅牵头，省科技厅、省财)
/// that its verbs close (省工业和信息化厅牵头): the names after the last verb may be cut, and
/// their role is not known. None when no verb closes any.
#[must_use]
pub fn through_last_verb(s: &str) -> Option<&str> {
    verbs(s).last().map(|(_, end, _)| &s[..end])
}

/// Whether `s` holds a label of a role (牵头单位：, 配合部门:), which the parse reads with the
/// names after it.
#[must_use]
pub fn has_role_label(s: &str) -> bool {
    may_hold_role_label(s) && ROLE_LABEL.is_match(s)
}

/// Whether any of [`VERBS`] occurs in `s`, as [`verbs`] would find it: a SIMD search for the
/// words themselves (their first characters tell them apart), without reading `s` character by
/// character.
pub(crate) fn has_verb(s: &str) -> bool {
    match verb_searcher() {
        Some(f) => f.find(s).is_some(),
        None => verbs(s).next().is_some(),
    }
}

/// The SIMD search for the words of [`VERBS`], built once; none where the machine has no
/// such search.
fn verb_searcher() -> Option<&'static aho_corasick::packed::Searcher> {
    static FIND: LazyLock<Option<aho_corasick::packed::Searcher>> =
        LazyLock::new(|| aho_corasick::packed::Searcher::new(VERBS.iter().map(|(v, _)| v)));
    FIND.as_ref()
}

/// Every role label (牵头单位：, 配合部门：, 【牵头单位】) holds 单位/單位/部门/部門, or is a role's
/// verb alone (牵头：, 参与：), and a colon or a closing lenticular bracket.
fn may_hold_role_label(s: &str) -> bool {
    const BARE: [&str; 7] = ["牵头", "牽頭", "配合", "参与", "參與", "协助", "協助"];
    (has_char(s, '：')
        || s.contains(':')
        || crate::segment::find_lenticular_close(s.as_bytes()).is_some())
        && ["单位", "單位", "部门", "部門"]
            .iter()
            .chain(&BARE)
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
    "科协",
    "科協",
    "中央",
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
    "(盖章)",
    "（盖章）",
    "(蓋章)",
    "（蓋章）",
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
pub(crate) const PLACES: &[&str] = &[
    "广东", "廣東", "广州", "廣州", "深圳", "珠海", "汕头", "汕頭", "佛山", "韶关", "韶關", "河源",
    "梅州", "惠州", "汕尾", "东莞", "東莞", "中山", "江门", "江門", "阳江", "陽江", "湛江", "茂名",
    "肇庆", "肇慶", "清远", "清遠", "潮州", "揭阳", "揭陽", "云浮", "雲浮", "香港", "澳门", "澳門",
    "横琴", "橫琴", "前海", "南沙", "北京", "上海", "天津", "重庆", "重慶",
];

/// Organs of national systems that carry their own jurisdiction.
const SELF_JURISDICTION: &[&str] = &[
    // The Youth League's committee of a province, a city or a district: 团省委, 团市委.
    "团省委",
    "團省委",
    "团市委",
    "團市委",
    "团区委",
    "團區委",
    "人民银行",
    "人民銀行",
    "人行",
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

/// Whether a name stands for a group rather than one organ. 全 opens a whole jurisdiction
/// (全省, 全市各级各部门), but a national body's name is one organ (全国总工会, 全国社保基金会).
#[must_use]
pub fn is_generic(name: &str) -> bool {
    name.starts_with('各')
        || (name.starts_with('全')
            && (!(name.starts_with("全国") || name.starts_with("全國"))
                || name.chars().count() == 2))
        || matches!(name, "部门" | "部門" | "单位" | "單位")
        || has_group_word(name)
        || each_of_a_region(name)
        || held_by_a_level(name)
}

/// Whether `name` is the class of what a level holds or has directly under it (省属企业,
/// 市直单位, 县直机关, 市属国有企业): every such body, not one organ. 省直机关工委 is one.
fn held_by_a_level(name: &str) -> bool {
    const CLASSES: [&str; 14] = [
        "企业", "企業", "单位", "單位", "部门", "部門", "机关", "機關", "高校", "学校", "學校",
        "医院", "醫院", "院校",
    ];
    opens_with_a_level_held(name) && CLASSES.iter().any(|c| name.ends_with(c))
}

/// Whether `s` opens with a level and 直 or 属, as the organs held by it or directly under it
/// do (县直各单位, 市属国有企业, 省直有关部门).
pub(crate) fn opens_with_a_level_held(s: &str) -> bool {
    // Compared as bytes, the second character first: each name of a list is asked, and
    // most have no 直 or 属 there.
    let b = s.as_bytes();
    b.len() >= 6
        // 直, 属, 屬
        && matches!(
            b[3..6],
            [0xE7, 0x9B, 0xB4] | [0xE5, 0xB1, 0x9E] | [0xE5, 0xB1, 0xAC]
        )
        // 省, 市, 区, 區, 县, 縣
        && matches!(
            b[..3],
            [0xE7, 0x9C, 0x81]
                | [0xE5, 0xB8, 0x82]
                | [0xE5, 0x8C, 0xBA]
                | [0xE5, 0x8D, 0x80]
                | [0xE5, 0x8E, 0xBF]
                | [0xE7, 0xB8, 0xA3]
        )
}

/// Whether `name` is the core organ of a jurisdiction `kind` (区 in 各区委) that a list
/// opened with 各 goes on to name: 区政府 after 各区委 is each district's government
/// (各区委、区政府), as 各 is written once for both; so is the government of another kind of
/// the same level (市人民政府 after 各盟行政公署).
pub(crate) fn core_organ_of_each(kind: &str, name: &str) -> bool {
    const CORE: [&str; 13] = [
        "政府",
        "人民政府",
        "党委",
        "黨委",
        "委",
        "人大",
        "人大常委会",
        "人大常委會",
        "政协",
        "政協",
        "纪委",
        "紀委",
        "行政公署",
    ];
    const GOVERNMENTS: [&str; 3] = ["政府", "人民政府", "行政公署"];
    // Towns and sub-districts are of one level: 各镇人民政府、街道办事处.
    const TOWN_KINDS: [&str; 7] = ["镇", "鎮", "乡", "鄉", "乡镇", "鄉鎮", "街道"];
    const TOWN_ORGANS: [&str; 11] = [
        "街道办事处",
        "街道辦事處",
        "镇人民政府",
        "鎮人民政府",
        "镇政府",
        "鎮政府",
        "乡人民政府",
        "鄉人民政府",
        "乡政府",
        "鄉政府",
        "乡镇人民政府",
    ];
    if kind.is_empty() {
        return false;
    }
    if TOWN_KINDS.contains(&kind) && TOWN_ORGANS.contains(&name) && !name.starts_with(kind) {
        return true;
    }
    if let Some(organ) = name.strip_prefix(kind) {
        return CORE.contains(&organ);
    }
    // Another kind of one character: 盟 and 市, 州 and 县.
    let mut chars = name.chars();
    chars.next().is_some_and(|c| {
        matches!(c, '市' | '县' | '縣' | '区' | '區' | '州' | '盟' | '旗')
            && matches!(kind, "市" | "县" | "縣" | "区" | "區" | "州" | "盟" | "旗")
    }) && GOVERNMENTS.contains(&chars.as_str())
}

/// 珠三角各市人民政府, 省直各单位, 粤东西北各地级市: 各 after a short prefix (a region, or the
/// organ whose parts these are), before the kind of the organs it stands for.
fn each_of_a_region(name: &str) -> bool {
    let Some(at) = name.find('各') else {
        return false;
    };
    name[..at].chars().count() <= 6
        && name[at + '各'.len_utf8()..].starts_with([
            '市', '地', '区', '區', '县', '縣', '镇', '鎮', '部', '单', '單', '级', '級', '直',
        ])
}

/// The words of a group (有关, 相关, 其他, 所属 and their traditional forms), each two
/// characters of three bytes.
const GROUP_WORDS: [(char, [char; 2]); 4] = [
    ('有', ['关', '關']),
    ('相', ['关', '關']),
    ('其', ['他', '它']),
    ('所', ['属', '屬']),
];

/// Whether `name` holds one of [`GROUP_WORDS`]: its characters compared as bytes, stepping
/// from character to character without decoding them.
fn has_group_word(name: &str) -> bool {
    let utf8 = |c: char| {
        let mut buf = [0u8; 4];
        c.encode_utf8(&mut buf);
        [buf[0], buf[1], buf[2]]
    };
    let b = name.as_bytes();
    let mut i = 0;
    while i + 6 <= b.len() {
        let x = b[i];
        let len = match x {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if len == 3 {
            let (first, second) = (&b[i..i + 3], &b[i + 3..i + 6]);
            for (f, seconds) in GROUP_WORDS {
                if first == utf8(f) && seconds.iter().any(|&c| second == utf8(c)) {
                    return true;
                }
            }
        }
        i += len;
    }
    false
}

/// The jurisdiction that opens `name` (省, 市, 区, 县, or a place: 深圳市), when an organ
/// follows it.
pub(crate) fn jurisdiction_of(name: &str) -> Option<&str> {
    jurisdiction(name).filter(|j| j.len() < name.len() && has_organ_suffix(name))
}

/// The jurisdiction a name starts with: 省, 市, 区, 县, or a place such as 深圳市. (Inlined:
/// each name of a list is read for it.)
#[inline(always)]
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
                    | '团'
                    | '團'
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
    let mut out = Vec::new();
    parse_departments_into(raw, &mut out);
    out
}

/// [`parse_departments`], appended to `out` (a buffer the caller reuses).
pub fn parse_departments_into(raw: &str, out: &mut Vec<FoundDepartment>) {
    // The reader's buffers, kept per thread from statement to statement.
    thread_local! {
        static BUFFERS: Cell<Buffers> = const { Cell::new((Vec::new(), Vec::new())) };
    }
    let (mut names, mut conjunctions) = BUFFERS.take();
    names.clear();
    conjunctions.clear();
    let mut r = Statement {
        raw,
        may_hold_you: memchr::memchr(0xB1, raw.as_bytes()).is_some(),
        out,
        names,
        conjunctions,
    };
    read_statement(&mut r);
    // A pathological statement leaves no large buffer behind on the thread.
    let keep = |v: Vec<(usize, usize)>| if v.capacity() > 1024 { Vec::new() } else { v };
    BUFFERS.set((keep(r.names), keep(r.conjunctions)));
}

/// Spans of names, and of conjunctions.
type Buffers = (Vec<(usize, usize)>, Vec<(usize, usize)>);

fn read_statement(r: &mut Statement<'_>) {
    let raw = r.raw;
    // Labelled columns written inline: 牵头单位：省发展改革委；配合单位：省财政厅.
    if may_hold_role_label(raw) {
        let mut labels = ROLE_LABEL.captures_iter(raw).peekable();
        if let Some(first) = labels.peek() {
            // Names before the first label have the roles of their verbs (市商务委牵头；责任
            // 单位：各区政府).
            let before = first.get(0).expect("match").start();
            if !raw[..before].trim().is_empty() {
                r.read(0, before, None);
            }
            while let Some(c) = labels.next() {
                let all = c.get(0).expect("match");
                let end = labels
                    .peek()
                    .map_or(raw.len(), |n| n.get(0).expect("match").start());
                // A leader or a contact (责任领导：李华) is a person, not an organ.
                if let Some(label) = c.name("label") {
                    r.read(all.end(), end, Some(role_of(label.as_str())));
                }
            }
            return;
        }
    }
    // Every role verb closes the run of names before it; names after the last verb have no
    // verb of their own: they share the responsibility.
    r.read(0, raw.len(), None);
}

/// The length of the words glued to a role verb that say what it is about (负责汇总,
/// 配合做好, 牵头组织实施): up to the next separator, when they hold no name, no group and no
/// other verb. Names glued to a verb (牵头省财政厅配合) are not its object.
fn verb_object_len(rest: &str) -> usize {
    let len = rest
        .find([
            '，', ',', '；', ';', '。', '：', ':', '、', '/', '）', ')', '（', '(', '\n', '\r',
        ])
        .unwrap_or(rest.len());
    let words = &rest[..len];
    let object = !words.trim().is_empty()
        && !has_organ_suffix(words)
        && !is_generic(words)
        && !has_verb(words)
        && !has_group_word(words);
    if object { len } else { 0 }
}

/// What a character means to a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// Nothing to the reader: part of a name.
    Text,
    /// `，,；;。:：` and line breaks close a list.
    ListSep,
    /// `、/` close a name inside a list.
    NameSep,
    /// 等, which may close a list or stand before a group.
    Deng,
    /// 和/及/与/與/并/並, which may join two names.
    Conjunction,
    /// The first character of a role verb (牵, 负, 落, 组, 配, 协, 参, 主 and their traditional
    /// forms).
    VerbHead,
    /// `(（`: what a parenthesis holds is part of a name (各县（市、区）政府).
    Open,
    /// `)）`.
    Close,
}

/// The characters a statement reader looks at, with their marks.
const MARKED: [(char, Mark); 34] = [
    ('，', Mark::ListSep),
    ('；', Mark::ListSep),
    ('。', Mark::ListSep),
    ('：', Mark::ListSep),
    ('、', Mark::NameSep),
    ('等', Mark::Deng),
    ('和', Mark::Conjunction),
    ('及', Mark::Conjunction),
    ('与', Mark::Conjunction),
    ('與', Mark::Conjunction),
    ('并', Mark::Conjunction),
    ('並', Mark::Conjunction),
    // 会同 (省交通运输厅会同省发展改革委): a conjunction only after 会.
    ('同', Mark::Conjunction),
    ('牵', Mark::VerbHead),
    ('牽', Mark::VerbHead),
    ('负', Mark::VerbHead),
    ('負', Mark::VerbHead),
    ('落', Mark::VerbHead),
    ('组', Mark::VerbHead),
    ('組', Mark::VerbHead),
    ('配', Mark::VerbHead),
    ('协', Mark::VerbHead),
    ('協', Mark::VerbHead),
    ('参', Mark::VerbHead),
    ('參', Mark::VerbHead),
    ('主', Mark::VerbHead),
    ('（', Mark::Open),
    ('）', Mark::Close),
    // Brackets inside brackets: （责任单位：各市、县〔市、区〕政府）.
    ('〔', Mark::Open),
    ('〕', Mark::Close),
    // 责任单位：省农业农村厅〈牵头〉、省水利厅: angle brackets as parentheses in parentheses.
    ('〈', Mark::Open),
    ('〉', Mark::Close),
    // 【牵头单位】…【配合单位】…: the brackets of labels part what they hold.
    ('【', Mark::ListSep),
    ('】', Mark::ListSep),
];

/// The slot of a code point in [`MARK_TABLE`]: the marked characters fall in distinct slots
/// (checked when the table is built, at compile time).
const fn mark_slot(code: u32) -> usize {
    (((code >> 5) ^ code) & 127) as usize
}

/// [`MARKED`] as an open table: one load and one comparison tell a character's mark.
static MARK_TABLE: [(u32, Mark); 128] = {
    let mut table = [(0, Mark::Text); 128];
    let mut k = 0;
    while k < MARKED.len() {
        let (c, m) = MARKED[k];
        let slot = mark_slot(c as u32);
        assert!(table[slot].0 == 0, "two marked characters share a slot");
        table[slot] = (c as u32, m);
        k += 1;
    }
    table
};

/// The last bytes of the marked characters, as bits of their low six: a character whose last
/// byte is not among them carries no mark, and is not decoded.
const MARKED_LAST_BYTES: u64 = {
    let mut bits = 0u64;
    let mut k = 0;
    while k < MARKED.len() {
        let mut buf = [0u8; 4];
        let e = MARKED[k].0.encode_utf8(&mut buf);
        assert!(e.len() == 3, "marked characters are three bytes long");
        bits |= 1 << (buf[2] & 0x3F);
        k += 1;
    }
    bits
};

/// The next character of `b` at `i` (a character boundary): its length and its mark. Only
/// three-byte characters and ASCII can carry a mark, so nothing else is decoded.
#[inline(always)]
fn mark_at(b: &[u8], i: usize) -> (usize, Mark) {
    let x = b[i];
    if x < 0x80 {
        let m = match x {
            // A line break ends a name too: no name runs over two lines of the text as
            // given (a wrapped layout's lines are joined before they are read).
            b',' | b';' | b':' | b'\n' | b'\r' => Mark::ListSep,
            b'/' => Mark::NameSep,
            b'(' => Mark::Open,
            b')' => Mark::Close,
            _ => Mark::Text,
        };
        return (1, m);
    }
    if x < 0xE0 {
        return (2, Mark::Text);
    }
    if x >= 0xF0 {
        return (4, Mark::Text);
    }
    let last = b[i + 2];
    if MARKED_LAST_BYTES >> (last & 0x3F) & 1 == 0 {
        return (3, Mark::Text);
    }
    let code =
        (u32::from(x) & 0x0F) << 12 | (u32::from(b[i + 1]) & 0x3F) << 6 | (u32::from(last) & 0x3F);
    let (c, m) = MARK_TABLE[mark_slot(code)];
    (3, if c == code { m } else { Mark::Text })
}

/// Just after the bracket that closes the parenthesis opened just before `from`, when it
/// closes before `end` within the few characters a parenthesis inside a name takes (so that
/// thousands of unclosed ones stay linear).
fn closing_after(b: &[u8], from: usize, end: usize) -> Option<usize> {
    let end = end.min(from + 120);
    let mut depth = 1usize;
    let mut i = from;
    while i < end {
        let (len, mark) = mark_at(b, i);
        i += len;
        match mark {
            Mark::Open => depth += 1,
            Mark::Close => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// A statement being read: its text, the departments found so far, the spans of the names of
/// the list being read, and the conjunctions of the name being read (buffers reused from list
/// to list).
struct Statement<'a> {
    raw: &'a str,
    /// `raw` may hold 由 (it holds its last byte): only then are names looked into for it.
    may_hold_you: bool,
    out: &'a mut Vec<FoundDepartment>,
    names: Vec<(usize, usize)>,
    conjunctions: Vec<(usize, usize)>,
}

impl Statement<'_> {
    /// Reads `raw[start..end]` in one pass. With `role`, the whole range is one run of names
    /// with that role; without, each role verb gives its role to the names since the previous
    /// verb, and the names after the last verb are responsible.
    fn read(&mut self, start: usize, end: usize, role: Option<Role>) {
        let raw = self.raw;
        let b = raw.as_bytes();
        let first = self.out.len();
        let mut run_first = first;
        // The first name of the clause being read (a clause ends at `，；`).
        let mut clause_first = first;
        // Roles written in parentheses after names: where each parenthesis opens.
        let mut annotated: Vec<(usize, Role)> = Vec::new();
        let mut verb_end = start;
        let mut name_start = start;
        let mut deng: Option<usize> = None;
        self.names.clear();
        self.conjunctions.clear();
        let mut i = start;
        while i < end {
            let (len, mark) = mark_at(b, i);
            match mark {
                Mark::Text | Mark::Close => {}
                Mark::Open => {
                    // Inside a parenthesis that closes within the range, nothing separates
                    // names: read on after it. A role in it (省农业农村厅（牵头）) is the role
                    // of the name it follows, and no part of that name.
                    // One with a verb of duties (省市场监管局（按职责分工负责）) is the verb of
                    // the run before it.
                    if let Some(after) = closing_after(b, i + len, end) {
                        let close_len = if b[after - 1] == b')' { 1 } else { 3 };
                        match role_annotation(&raw[i + len..after - close_len]) {
                            Some((r, Annotation::OfTheName)) => {
                                self.name(name_start, i, deng.take());
                                annotated.push((i, r));
                                name_start = after;
                            }
                            Some((r, Annotation::OfTheRun)) => {
                                self.name(name_start, i, deng.take());
                                if role.is_none() {
                                    self.list();
                                    for d in &mut self.out[run_first..] {
                                        d.role = r;
                                    }
                                    run_first = self.out.len();
                                    verb_end = after;
                                }
                                name_start = after;
                            }
                            // A note after a name (…管委会（以下均需…落实，不再列出）) is no
                            // part of it: the name ends at its bracket.
                            None if is_note(&raw[i + len..after - close_len])
                                && raw[after..end]
                                    .trim_start()
                                    .chars()
                                    .next()
                                    .is_none_or(|c| "、，,；;。".contains(c)) =>
                            {
                                self.name(name_start, i, deng.take());
                                name_start = after;
                            }
                            None => {}
                        }
                        i = after;
                        continue;
                    }
                }
                Mark::ListSep => {
                    self.name(name_start, i, deng.take());
                    self.list();
                    clause_first = self.out.len();
                    name_start = i + len;
                }
                Mark::NameSep => {
                    self.name(name_start, i, deng.take());
                    name_start = i + len;
                }
                Mark::Deng => {
                    deng.get_or_insert(i);
                }
                Mark::Conjunction => {
                    let lone_tong =
                        b[i..].starts_with("同".as_bytes()) && !raw[..i].ends_with(['会', '會']);
                    if !lone_tong {
                        self.conjunctions.push((i, len));
                    }
                }
                Mark::VerbHead => {
                    // The run ends before the words that belong to the verb (按职责分工负责).
                    if let Some((run_end, after_verb, verb_role)) =
                        verb_at(&raw[..end], verb_end, i)
                    {
                        self.name(name_start, run_end, deng.take());
                        self.list();
                        match role {
                            None => {
                                for d in &mut self.out[run_first..] {
                                    d.role = verb_role;
                                }
                                run_first = self.out.len();
                            }
                            // Under a label, a verb after a later clause of the list is the
                            // role of that clause's names (责任单位：市发展改革委，广州供电局
                            // 配合); one that closes the first clause repeats the label's.
                            Some(label) if clause_first > first => {
                                for d in &mut self.out[run_first..clause_first] {
                                    d.role = label;
                                }
                                for d in &mut self.out[clause_first..] {
                                    d.role = verb_role;
                                }
                                run_first = self.out.len();
                            }
                            // Under the label of all who are responsible (责任单位：), a verb
                            // that closes the first clause says whose role it is (责任单位：
                            // 市商务委牵头，市公安局配合: 市商务委 leads).
                            Some(Role::Responsible) => {
                                for d in &mut self.out[run_first..] {
                                    d.role = verb_role;
                                }
                                run_first = self.out.len();
                            }
                            Some(_) => {}
                        }
                        clause_first = self.out.len();
                        // Words glued to the verb are what it is about, not a name
                        // (市市场监管局负责汇总, 省财政厅配合做好).
                        verb_end = after_verb + verb_object_len(&raw[after_verb..end]);
                        name_start = verb_end;
                        i = verb_end;
                        continue;
                    }
                }
            }
            i += len;
        }
        self.name(name_start, end, deng.take());
        self.list();
        let role = role.unwrap_or(Role::Responsible);
        for d in &mut self.out[run_first..] {
            d.role = role;
        }
        // Each role goes to the last name that ends before its parenthesis: names and
        // parentheses are both in the order of the text, so one walk over both.
        let named = &mut self.out[first..];
        let mut k = 0;
        for (at, r) in annotated {
            while k < named.len() && named[k].span.end <= at {
                k += 1;
            }
            if let Some(d) = k.checked_sub(1).map(|j| &mut named[j]) {
                if raw[d.span.end..at].trim().is_empty() {
                    d.role = r;
                }
            }
        }
    }

    /// One name between separators, `raw[s..e]`, split on 等 (before a group, or closing the
    /// list) and on conjunctions; the pieces are appended to `names`, trimmed.
    fn name(&mut self, s: usize, e: usize, deng: Option<usize>) {
        let raw = self.raw;
        let mut conjunctions = std::mem::take(&mut self.conjunctions);
        // Conjunctions inside the words of a verb found later are not this name's.
        conjunctions.retain(|&(at, _)| at < e);
        if let Some(d) = deng {
            let right = (d + '等'.len_utf8()).min(e);
            let (left_text, right_text) = (raw[s..d].trim(), raw[right..e].trim());
            // 省发展改革委等部门: a word for the kind of the names before it, no name.
            let right_text = match right_text {
                "部门" | "部門" | "单位" | "單位" | "机构" | "機構" | "部委" | "地区" | "地區" => {
                    ""
                }
                t => t,
            };
            if !left_text.is_empty() && (right_text.is_empty() || is_generic(right_text)) {
                let split = conjunctions.partition_point(|&(at, _)| at < d);
                self.split_on_conjunctions(s, d, &conjunctions[..split]);
                if !right_text.is_empty() {
                    self.split_on_conjunctions(right, e, &conjunctions[split..]);
                }
                conjunctions.clear();
                self.conjunctions = conjunctions;
                return;
            }
        }
        self.split_on_conjunctions(s, e, &conjunctions);
        conjunctions.clear();
        self.conjunctions = conjunctions;
    }

    /// Splits `raw[s..e]` at the `conjunctions` (和/及/与/以及/并) where both sides are whole
    /// organ names, in one pass (no recursion, whatever the input).
    fn split_on_conjunctions(&mut self, s: usize, e: usize, conjunctions: &[(usize, usize)]) {
        let raw = self.raw;
        let piece = &raw[s..e];
        let mut start = s;
        if !conjunctions.is_empty() {
            // Every right-hand side ends where the piece ends.
            let end_ok = has_organ_suffix(piece);
            for &(j, len) in conjunctions {
                if j <= start {
                    continue;
                }
                // 以及 and 会同 are one conjunction each.
                let two_char = (raw[j..].starts_with('及') && raw[start..j].ends_with('以'))
                    || (raw[j..].starts_with('同') && raw[start..j].ends_with(['会', '會']));
                let at = if two_char { j - '以'.len_utf8() } else { j };
                let right = &raw[j + len..e];
                // A bare kind of organ (党委和政府) is no name of its own: it is the second
                // organ of the jurisdiction before it.
                // Nor is a bare word of a group (有关部门和单位): it is the left's group.
                let right_ok = (end_ok && !is_bare_kind(right.trim()))
                    || (right.len() <= 120
                        && is_generic(right.trim())
                        && !matches!(
                            right.trim(),
                            "单位" | "單位" | "部门" | "部門" | "机构" | "機構"
                        ));
                if right_ok && at > start && is_whole_organ(&raw[start..at]) {
                    self.push_name(start, at);
                    start = j + len;
                }
            }
        }
        self.push_name(start, e);
    }

    /// Appends `raw[s..e]`, trimmed, to `names` unless nothing is left, or what is left is
    /// a time limit or a note on progress rather than a name. A word around an organ's name
    /// that is no part of it (由省科技厅, 省住房城乡建设厅指导) is left out of it.
    fn push_name(&mut self, s: usize, e: usize) {
        let (mut s, e) = trim_span(self.raw, s, e);
        if s >= e {
            return;
        }
        if self.may_hold_you {
            s = after_you(self.raw, s, e);
        }
        // Most names neither start nor end with a character that the words around a name or
        // a time limit start or end with: told by one bit for the last two bytes of each.
        let b = &self.raw.as_bytes()[s..e];
        let may = |table: &[u64; 64], two: Option<&[u8]>| {
            two.is_some_and(|t| table[usize::from(t[0] & 0x3F)] >> (t[1] & 0x3F) & 1 == 1)
        };
        // A piece that starts with a date or a year's end (2023年6月底前出台, 年底前印发)
        // is a time limit, whatever verb follows it.
        let dated = b.first().is_some_and(u8::is_ascii_digit)
            || matches!(b, [0xEF, 0xBC, 0x90..=0x99, ..])
            || b.starts_with("年底".as_bytes())
            || b.starts_with("年内".as_bytes());
        if dated && !has_organ_suffix(&self.raw[s..e]) {
            return;
        }
        let tail = b.len().checked_sub(2).map(|i| &b[i..]);
        if !may(&NAME_TAIL_BITS, tail) && !may(&NAME_HEAD_BITS, b.get(1..3)) {
            self.names.push((s, e));
            return;
        }
        // A time limit glued after the last name with white space between (市税务局　完成时限：
        // 2024年6月): the name ends at the white space. (Such a piece ends as a time word.)
        let piece = &self.raw[s..e];
        if let Some(i) = piece.find(crate::segment::is_pad) {
            let rest = piece[i..].trim_start_matches(crate::segment::is_pad);
            if is_time_or_progress(rest) {
                self.push_name(s, s + i);
                return;
            }
        }
        let (s, e) = without_words_around(self.raw, s, e);
        if s < e && !is_time_or_progress(&self.raw[s..e]) {
            self.names.push((s, e));
        }
    }

    /// The names of one list, with the jurisdiction and place suffix shared among them. Their
    /// role is set when the run that holds them ends.
    fn list(&mut self) {
        let raw = self.raw;
        // 各县、区人民政府: kinds of jurisdiction that share the organ after them are one name.
        let mut k = self.names.len();
        while k >= 2 {
            k -= 1;
            let (s, e) = self.names[k - 1];
            let (_, next_end) = self.names[k];
            // (Kinds end in one of these; most names end otherwise: 厅, 委, 府.)
            if e - s <= 48
                && KIND_LAST_BYTES[usize::from(raw.as_bytes()[e - 1])]
                && raw[s..e].ends_with(KIND_ENDS)
                && crate::structure::lexicon::is_kind_before_kinds(&raw[s..e])
                && is_kind_with_organ(&raw[self.names[k].0..next_end])
            {
                self.names[k - 1] = (s, next_end);
                self.names.remove(k);
            }
        }
        let names = &self.names;
        let shared_suffix = match names.len() {
            0 => return,
            1 => None,
            n if n <= 8 => {
                let mut texts = [""; 8];
                for (t, &(s, e)) in texts.iter_mut().zip(names) {
                    *t = &raw[s..e];
                }
                shared_suffix(&texts[..n])
            }
            _ => {
                let texts: Vec<&str> = names.iter().map(|&(s, e)| &raw[s..e]).collect();
                shared_suffix(&texts)
            }
        };
        let mut prefix: Option<&str> = None;
        // Whether that jurisdiction is each of a kind (各地级以上市 in 各地级以上市教育局、
        // 财政局): the bare names after it are groups too.
        let mut each_prefix = false;
        // The kind of jurisdiction of a first name opened with 各 (区 in 各区委).
        // (Told by the two characters after 各, without reading the name for a place.)
        let each = names.first().and_then(|&(s, e)| {
            let first = raw[s..e].strip_prefix('各')?;
            let kind = first.chars().next()?;
            let kind = match &first[..kind.len_utf8()] {
                "街" if first.starts_with("街道") => "街道",
                kind => kind,
            };
            matches!(
                kind,
                "省" | "市"
                    | "区"
                    | "區"
                    | "县"
                    | "縣"
                    | "州"
                    | "盟"
                    | "旗"
                    | "镇"
                    | "鎮"
                    | "乡"
                    | "鄉"
                    | "街道"
            )
            .then_some(kind)
            .filter(|_| !first[kind.len()..].starts_with(['场', '場']))
        });
        for (k, &(s, e)) in names.iter().enumerate() {
            let name = &raw[s..e];
            let mut generic = is_generic(name);
            let mut full = String::with_capacity(name.len() + 12);
            if k > 0 && each.is_some_and(|j| core_organ_of_each(j, name)) {
                full.push('各');
                full.push_str(name);
                generic = true;
            } else if let Some(suffix) = shared_suffix.filter(|_| k + 1 < names.len()) {
                full.push_str(name);
                full.push_str(suffix);
            } else if generic {
                if k + 1 < names.len()
                    && let Some(j) = crate::structure::lexicon::jurisdiction_of_all(name)
                {
                    prefix = Some(j);
                    each_prefix = true;
                }
                full.push_str(name);
            } else if let Some(p) = jurisdiction(name) {
                prefix = Some(p);
                each_prefix = false;
                full.push_str(name);
            } else {
                // (A zone's organ names its own place: 平潭综合实验区管委会 after
                // 各设区市人民政府.)
                let own_place = || {
                    carries_jurisdiction(name)
                        || (each_prefix && crate::structure::lexicon::names_a_zone(name))
                };
                if let Some(p) = prefix.filter(|_| !own_place()) {
                    full.push_str(p);
                    generic = each_prefix;
                }
                full.push_str(name);
            }
            self.out.push(FoundDepartment {
                name: full,
                span: Span::new(s, e),
                role: Role::Responsible,
                generic,
            });
        }
        self.names.clear();
    }
}

/// Where the name `raw[s..e]` starts once the words before a 由 in it are left out:
/// 本项工作由省财政厅, 具体由各地 (but 自由 is a word of names: 广东自由贸易试验区). Apart from
/// the reader's loop, which few statements need it in.
#[inline(never)]
fn after_you(raw: &str, s: usize, e: usize) -> usize {
    match find_you(&raw.as_bytes()[s..e]) {
        Some(p) if p > 0 && !raw[..s + p].ends_with('自') => {
            let at = s + p + '由'.len_utf8();
            let rest = &raw[at..e];
            if has_organ_suffix(rest) || is_generic(rest) {
                at
            } else {
                s
            }
        }
        _ => s,
    }
}

/// Where 由 (E7 94 B1) is in a name, by a plain scan of its last byte: names are short, too
/// short for a vectorised search to pay for its start.
fn find_you(b: &[u8]) -> Option<usize> {
    (2..b.len())
        .find(|&i| b[i] == 0xB1 && b[i - 2] == 0xE7 && b[i - 1] == 0x94)
        .map(|i| i - 2)
}

/// The characters a kind of jurisdiction ends with (a parenthesis of kinds: 县（市、区）).
const KIND_ENDS: [char; 19] = [
    '省', '市', '县', '縣', '区', '區', '镇', '鎮', '乡', '鄉', '道', '团', '團', '州', '盟', '旗',
    '地', ')', '）',
];

/// The last bytes of [`KIND_ENDS`], as a table.
static KIND_LAST_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < KIND_ENDS.len() {
        let mut buf = [0u8; 4];
        let s = KIND_ENDS[k].encode_utf8(&mut buf);
        t[s.as_bytes()[s.len() - 1] as usize] = true;
        k += 1;
    }
    t
};

/// Whether `name` is a kind of jurisdiction with its government or a group of its organs
/// (区人民政府, 县（区）政府, 市有关部门): the organ that bare kinds before it share.
fn is_kind_with_organ(name: &str) -> bool {
    const KINDS: [&str; 17] = [
        "自治区",
        "自治區",
        "县级市",
        "縣級市",
        "地级以上市",
        "地級以上市",
        "直辖市",
        "直轄市",
        "省",
        "市",
        "县",
        "縣",
        "区",
        "區",
        "镇",
        "鎮",
        "乡",
    ];
    // Kinds written together first (县市区 before 县).
    let kinds = || {
        crate::structure::lexicon::JOINED_KINDS
            .iter()
            .chain(&KINDS)
            .chain(&crate::structure::lexicon::AUTONOMOUS_KINDS)
    };
    let Some(mut rest) = kinds().find_map(|k| name.strip_prefix(k)) else {
        return false;
    };
    // Kinds already joined (县、区人民政府).
    while let Some(next) = rest.strip_prefix('、') {
        let Some(r) = kinds().find_map(|k| next.strip_prefix(k)) else {
            return false;
        };
        rest = r;
    }
    // A parenthesis of kinds after the first (县（市、区）政府, 县〔市、区〕政府 inside
    // brackets), or of other names after the organ (人民政府（管委会）).
    let skip_group = |t: &str| -> usize {
        if t.starts_with(['(', '（', '〈', '〔']) {
            t.find([')', '）', '〉', '〕']).map_or(0, |at| {
                at + t[at..].chars().next().map_or(0, char::len_utf8)
            })
        } else {
            0
        }
    };
    let rest = &rest[skip_group(rest)..];
    let organ = match rest.find(['(', '（', '〈', '〔']) {
        Some(at) if skip_group(&rest[at..]) == rest.len() - at => &rest[..at],
        _ => rest,
    };
    matches!(
        organ,
        "人民政府"
            | "政府"
            | "党委"
            | "黨委"
            | "党委和政府"
            | "党委政府"
            | "管委会"
            | "管委會"
            | "行政公署"
    ) || has_group_word(organ)
}

/// Whether `name` is a kind of organ with no jurisdiction or name before it: 政府, 人民政府.
fn is_bare_kind(name: &str) -> bool {
    matches!(
        name,
        "政府"
            | "人民政府"
            | "党委"
            | "黨委"
            | "党组"
            | "黨組"
            | "管委会"
            | "管委會"
            | "部门"
            | "部門"
            | "单位"
            | "單位"
            | "机关"
            | "機關"
            | "机构"
            | "機構"
    )
}

/// Labels of a time limit or a note, which are no names.
const TIME_LABELS: &[&str] = &[
    "时限", "時限", "时间", "時間", "期限", "节点", "節點", "备注", "備註", "注", "註",
];

/// Words on progress that end a piece which is no name (持续推进, 年底前完成).
const PROGRESS: &[&str] = &[
    "完成", "推进", "推進", "坚持", "堅持", "持续", "持續", "长期", "長期", "实施", "實施", "开展",
    "開展",
];

/// Words between organs and a verb of cooperation that make a sentence an exhortation (各部门
/// 要加强协同配合, 各地应积极参与): a modal verb, or an adverb of zeal.
const EXHORTING: [&str; 16] = [
    "要", "应", "應", "须", "須", "加强", "加強", "切实", "切實", "认真", "認真", "积极", "積極",
    "主动", "主動", "密切",
];

/// Words before an organ's name that are no part of it (由省科技厅).
const WORDS_BEFORE: [&str; 5] = ["由", "请", "請", "会同", "會同"];

/// Words after an organ's name that are no part of it (省住房城乡建设厅指导).
const WORDS_AFTER: [&str; 27] = [
    "指导",
    "指導",
    // 各部门要加强协同配合: what they are to do more of.
    "加强",
    "加強",
    "督导",
    "督導",
    "督促",
    "统筹",
    "統籌",
    "具体实施",
    "具體實施",
    // 省直有关部门指导支持: what they are to give.
    "支持",
    // A modal verb and an adverb before the verb: 各地要认真组织实施, 各区应当切实负责.
    "要",
    "应",
    "應",
    "应当",
    "應當",
    "须",
    "須",
    "必须",
    "必須",
    "认真",
    "認真",
    "切实",
    "切實",
    // 各部门要结合实际抓好落实: how they are to do it.
    "结合实际",
    "結合實際",
];

/// The characters that start a word before a name ([`WORDS_BEFORE`]).
const NAME_HEADS: [char; 5] = ['由', '请', '請', '会', '會'];

/// The characters that end a word after a name ([`WORDS_AFTER`]).
const NAME_TAILS: [char; 21] = [
    '导', '導', '促', '筹', '籌', '要', '应', '應', '当', '當', '须', '須', '真', '实', '實', '施',
    '强', '強', '持', '际', '際',
];

/// The characters that end a time limit or a note on progress ([`ends_a_time_word`]).
const TIME_WORD_ENDS: [char; 23] = [
    '限', '间', '間', '点', '點', '注', '註', '成', '进', '進', '持', '续', '續', '期', '施', '展',
    '前', '月', '日', '号', '號', '底', '年',
];

/// The last two bytes of each character (all of three bytes), their low six bits each, as
/// bits of a table: `table[second] >> third & 1`.
const fn two_byte_bits(chars: &[&[char]]) -> [u64; 64] {
    let mut table = [0u64; 64];
    let mut g = 0;
    while g < chars.len() {
        let mut k = 0;
        while k < chars[g].len() {
            let mut buf = [0u8; 4];
            let e = chars[g][k].encode_utf8(&mut buf);
            assert!(e.len() == 3, "three bytes long");
            table[(buf[1] & 0x3F) as usize] |= 1 << (buf[2] & 0x3F);
            k += 1;
        }
        g += 1;
    }
    table
}

/// A name whose last character has no bit here ends in none of [`NAME_TAILS`] or
/// [`TIME_WORD_ENDS`].
static NAME_TAIL_BITS: [u64; 64] = two_byte_bits(&[&NAME_TAILS, &TIME_WORD_ENDS]);

/// A name whose first character has no bit here starts with none of [`NAME_HEADS`].
static NAME_HEAD_BITS: [u64; 64] = two_byte_bits(&[&NAME_HEADS]);

/// Whether `c` is the last character of one of [`TIME_LABELS`] or [`PROGRESS`], or of a time
/// (2023年12月底前, 2023年6月, 6月30日, 2023年底).
fn ends_a_time_word(c: char) -> bool {
    TIME_WORD_ENDS.contains(&c)
}

/// Whether a piece of a responsibility is a time limit or a note on progress, not an organ:
/// 完成时限 and its value (2023年12月底前, 2023年6月), 持续推进, 长期坚持, 年底前完成.
pub(crate) fn is_time_or_progress(piece: &str) -> bool {
    // Most pieces are names, which end in none of these characters.
    if !piece.chars().next_back().is_some_and(ends_a_time_word) {
        return false;
    }
    if TIME_LABELS.iter().any(|w| piece.ends_with(w)) {
        return true;
    }
    if has_organ_suffix(piece) || is_generic(piece) {
        return false;
    }
    let dated = piece.chars().any(|c| super::numeral::digit(c).is_some())
        && (has_char(piece, '年') || has_char(piece, '月'));
    dated || PROGRESS.iter().any(|w| piece.ends_with(w))
}

/// `raw[s..e]` without a word before (由, 请, 会同) or after (指导, 督导, 督促, 统筹) an organ's name.
/// (Its caller looks at a name only when its first or last character may start or end one of
/// these words: [`NAME_HEADS`], [`NAME_TAILS`].)
fn without_words_around(raw: &str, s: usize, e: usize) -> (usize, usize) {
    let name = &raw[s..e];
    let mut s = s;
    let mut e = e;
    // One word or two (省住房城乡建设厅督促指导).
    let mut cut = name.len();
    for _ in 0..2 {
        let Some(w) = WORDS_AFTER.iter().find(|w| name[..cut].ends_with(*w)) else {
            break;
        };
        cut -= w.len();
        if has_organ_suffix(&name[..cut]) {
            e = s + cut;
            break;
        }
    }
    let name = &raw[s..e];
    if let Some(w) = WORDS_BEFORE.iter().find(|w| name.starts_with(*w))
        && (has_organ_suffix(&name[w.len()..]) || is_generic(&name[w.len()..]))
    {
        s += w.len();
    }
    (s, e)
}

/// `raw[s..e]` without the whitespace at either end.
fn trim_span(raw: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &raw[s..e];
    // Whitespace and padding start with one of these bytes (ASCII, U+0085/U+00A0, U+1680,
    // U+2000…, U+3000, U+FEFF); most names neither start nor end with any of them.
    let pad = |b: u8| matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF);
    let bytes = t.as_bytes();
    let last_lead = t.char_indices().next_back().map(|(i, _)| bytes[i]);
    if bytes.first().is_some_and(|&b| !pad(b)) && last_lead.is_some_and(|b| !pad(b)) {
        return (s, e);
    }
    // (As the lines are trimmed: a zero-width space or a byte-order mark is padding too.)
    let padding = |c: char| c.is_whitespace() || crate::segment::is_pad(c);
    let lead = t.len() - t.trim_start_matches(padding).len();
    let t2 = t.trim_end_matches(padding);
    (s + lead, s + t2.len())
}

/// The place suffix the last name of a list shares with the bare places before it:
/// 广州、深圳、珠海市 → 市; 韶关、东莞、阳江市人民政府 → 市人民政府; 黄埔区、南沙区政府 → 政府;
/// 两江新区、万盛经开区管委会 → 管委会.
#[must_use]
pub fn shared_suffix<'a>(names: &[&'a str]) -> Option<&'a str> {
    let (last, before) = names.split_last()?;
    if before.is_empty() {
        return None;
    }
    let admin_place = |n: &str| {
        n.chars().count() <= 6
            && n.ends_with(['市', '区', '區', '县', '縣'])
            && !has_str(n, "政府")
            && !n.starts_with('各')
    };
    for gov in ["人民政府", "政府"] {
        if let Some(place) = last.strip_suffix(gov) {
            if admin_place(place) && before.iter().all(|n| admin_place(n)) {
                return Some(&last[last.len() - gov.len()..]);
            }
        }
    }
    // 深圳市、汕头市、东莞市能源主管部门: places of one kind written whole, and the organ of
    // each after the last.
    let kind = before[0].chars().next_back();
    if matches!(kind, Some('市' | '区' | '區' | '县' | '縣'))
        && before
            .iter()
            .all(|n| admin_place(n) && n.chars().next_back() == kind)
        && let Some((at, c)) = last.char_indices().take(6).find(|&(_, c)| Some(c) == kind)
    {
        let organ = &last[at + c.len_utf8()..];
        if admin_place(&last[..at + c.len_utf8()])
            && !organ.is_empty()
            && has_organ_suffix(organ)
            && !has_char(organ, '、')
        {
            return Some(organ);
        }
    }
    // 两江新区、万盛经开区管委会: the committee that runs a zone, shared by the zones before it.
    const ZONES: [&str; 18] = [
        "新区",
        "新區",
        "开发区",
        "開發區",
        "高新区",
        "高新區",
        "经开区",
        "經開區",
        "园区",
        "園區",
        "试验区",
        "試驗區",
        "合作区",
        "合作區",
        "示范区",
        "示範區",
        "片区",
        "片區",
    ];
    let zone = |n: &str| {
        ZONES.iter().any(|z| n.ends_with(z))
            && crate::segment::chars_at_most(n, 14)
            && !n.starts_with('各')
            && !has_str(n, "政府")
            && !is_generic(n)
    };
    for committee in ["管委会", "管委會", "管理委员会", "管理委員會"] {
        if let Some(place) = last.strip_suffix(committee)
            && zone(place)
            && before.iter().all(|n| zone(n))
        {
            return Some(&last[last.len() - committee.len()..]);
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

    #[test]
    fn ok_bare_statements() {
        for s in [
            "省商务厅负责",
            "省工业和信息化厅牵头，省商务厅等部门参与",
            "由省发展改革委会同省科技厅负责",
            "广东电网公司、南方电网储能公司按职责分工负责",
            "各地级以上市人民政府负责",
            "省科技厅牵头负责　",
            "由市卫生健康委负责组织实施",
            "市卫生健康委牵头组织实施，市妇联协助",
        ] {
            assert!(is_bare_statement(s), "{s}");
        }
        for s in [
            "市政务服务数据管理局负责统筹全市公共数据开放工作",
            "各地要切实加强领导并负责",
            "各地区、各有关部门要加强协同配合",
            "各有关单位要积极配合",
            "各部门应当密切配合",
            "省能源局指导",
            "省发展改革委负责，2024年9月底前出台政策",
            "加强统筹协调，形成工作合力，共同负责",
            "",
            "负责",
            "负责组织实施",
        ] {
            assert!(!is_bare_statement(s), "{s}");
        }
    }

    #[test]
    fn ok_statements_before_their_task() {
        for (s, said) in [
            ("市财政局负责统筹安排专项资金", "市财政局负责"),
            ("各区人民政府负责本辖区的监管工作", "各区人民政府负责"),
            ("市委宣传部牵头负责宣传报道工作", "市委宣传部牵头负责"),
            (
                "由市发展改革局、市财政局负责组织申报",
                "由市发展改革局、市财政局负责",
            ),
            ("　深圳市税务局负责办理退税", "深圳市税务局负责"),
            (
                "各镇人民政府、街道办事处负责本辖区的改造工作",
                "各镇人民政府、街道办事处负责",
            ),
        ] {
            let end = statement_before_its_task(s);
            assert_eq!(end.map(|e| s[..e].trim_start()), Some(said), "{s}");
        }
        for s in [
            // No task after the verb, or a person, a scope or the right to interpret.
            "市财政局负责",
            "各地主要负责同志要亲自部署",
            "各地负责人要亲自抓",
            "在各自负责范围内",
            "本预案由省应急管理厅负责解释",
            "本办法由省教育厅负责解释",
            // Not names before the verb, or verbs that are a task's own words.
            "组织各地落实好相关政策",
            "各地要负责组织实施",
            "市公安局配合做好交通保障",
            "市财政局落实资金",
            "加强统筹协调.省能源局负责统筹全省工作",
        ] {
            assert_eq!(statement_before_its_task(s), None, "{s}");
        }
    }

    fn names(raw: &str) -> Vec<(String, &'static str, bool)> {
        parse_departments(raw)
            .into_iter()
            .map(|d| (d.name, d.role.as_str(), d.generic))
            .collect()
    }

    fn own(v: &[(&str, &'static str, bool)]) -> Vec<(String, &'static str, bool)> {
        v.iter().map(|&(n, r, g)| (n.to_string(), r, g)).collect()
    }

    /// The SIMD search for verbs answers as the verb iterator does: on every line of the
    /// fixtures and on generated text of verbs, their halves and other characters.
    #[test]
    fn ok_has_verb_is_the_verb_iterator() {
        let mut texts = crate::testing::fixture_texts(false);
        let pieces = [
            "牵",
            "头",
            "负",
            "责",
            "負",
            "責",
            "落",
            "实",
            "配",
            "合",
            "协",
            "助",
            "参",
            "与",
            "省",
            "、",
            "等",
            "按职责分工",
            "a",
            "😀",
        ];
        let mut generator = crate::testing::Gen::new(5);
        for n in 0..20_000 {
            let t = generator.pieces(&pieces, n % 12);
            texts.push(t);
        }
        let mut with = 0;
        for t in &texts {
            let expected = verbs(t).next().is_some();
            with += usize::from(expected);
            assert_eq!(has_verb(t), expected, "{t:?}");
        }
        assert!(with > 1_000, "{with}");
    }

    #[test]
    fn ok_marks_are_exactly_the_marked_characters() {
        // Every character of three bytes, and all of ASCII, against the list.
        for c in ('\u{800}'..='\u{FFFF}').chain('\0'..='\u{7F}') {
            let mut buf = [0; 4];
            let s = c.encode_utf8(&mut buf);
            let expected = match c {
                ',' | ';' | ':' | '\n' | '\r' => Mark::ListSep,
                '/' => Mark::NameSep,
                '(' => Mark::Open,
                ')' => Mark::Close,
                _ => MARKED
                    .iter()
                    .find(|(m, _)| *m == c)
                    .map_or(Mark::Text, |&(_, m)| m),
            };
            assert_eq!(mark_at(s.as_bytes(), 0), (s.len(), expected), "{c:?}");
        }
        // Every verb starts with a character marked as a verb head.
        for (v, _) in VERBS {
            assert_eq!(mark_at(v.as_bytes(), 0).1, Mark::VerbHead, "{v}");
        }
    }

    #[test]
    fn ok_generic_names() {
        for g in [
            "省有关部门",
            "各地级以上市",
            "全省",
            "全国",
            "全国各地",
            "全国有关部门",
            "全市各级各部门",
            "部门",
            "單位",
            "市相關單位",
            "其他成员单位",
            "省直所屬单位",
            "x有关",
            "省属企业",
            "市属国有企业",
            "市直单位",
            "縣直機關",
        ] {
            assert!(is_generic(g), "{g}");
        }
        for n in [
            "省发展改革委",
            "有",
            "关",
            "所",
            "省有 关部门",
            "有相关",
            "有限公司",
            "全国社保基金会",
            "全国总工会",
            "全國婦聯",
            "省直机关工委",
            "市属",
        ] {
            assert_eq!(is_generic(n), n.contains("相关"), "{n}");
        }
    }

    #[test]
    fn ok_each_is_written_once_for_the_organs_of_a_jurisdiction() {
        assert_eq!(
            names("市司法局牵头，各区委、区政府落实"),
            own(&[
                ("市司法局", "lead", false),
                ("各区委", "responsible", true),
                ("各区政府", "responsible", true),
            ])
        );
        // Another organ of the kind keeps its name as written.
        assert_eq!(
            names("各区政府、区财政局负责"),
            own(&[
                ("各区政府", "responsible", true),
                ("区财政局", "responsible", false),
            ])
        );
        assert!(core_organ_of_each("县", "县人民政府"));
        assert!(!core_organ_of_each("县", "县直各单位"));
        // Another kind's government: 各盟行政公署、市人民政府.
        assert_eq!(
            names("各盟行政公署、市人民政府配合"),
            own(&[
                ("各盟行政公署", "cooperating", true),
                ("各市人民政府", "cooperating", true),
            ])
        );
        // Towns and sub-districts are of one level: each of them, not a town's sub-district.
        assert_eq!(
            names("区住房城乡建设局，各镇人民政府、街道办事处"),
            own(&[
                ("区住房城乡建设局", "responsible", false),
                ("各镇人民政府", "responsible", true),
                ("各街道办事处", "responsible", true),
            ])
        );
        assert_eq!(
            names("各街道办事处、镇人民政府配合"),
            own(&[
                ("各街道办事处", "cooperating", true),
                ("各镇人民政府", "cooperating", true),
            ])
        );
        // The jurisdiction of each of a kind goes to the bare organs after it, which are
        // groups too (each city's finance bureau).
        assert_eq!(
            names("省教育厅牵头，各地级以上市教育局、财政局配合"),
            own(&[
                ("省教育厅", "lead", false),
                ("各地级以上市教育局", "cooperating", true),
                ("各地级以上市财政局", "cooperating", true),
            ])
        );
        assert_eq!(
            names("各县市区教育局、财政局，市人力资源社会保障局、财政局负责"),
            own(&[
                ("各县市区教育局", "responsible", true),
                ("各县市区财政局", "responsible", true),
                ("市人力资源社会保障局", "responsible", false),
                ("市财政局", "responsible", false),
            ])
        );
        assert_eq!(
            names("各设区市人民政府、平潭综合实验区管委会负责"),
            own(&[
                ("各设区市人民政府", "responsible", true),
                ("平潭综合实验区管委会", "responsible", false),
            ])
        );
        assert!(core_organ_of_each("盟", "市人民政府"));
        assert!(core_organ_of_each("镇", "街道办事处"));
        assert!(core_organ_of_each("街道", "镇人民政府"));
        assert!(core_organ_of_each("乡镇", "街道办事处"));
        assert!(!core_organ_of_each("镇", "镇财政所"));
        assert!(!core_organ_of_each("区", "街道办事处"));
        assert!(!core_organ_of_each("盟", "市财政局"));
        assert!(!core_organ_of_each("省", "市人民政府"));
    }

    #[test]
    fn ok_organising_the_work_is_a_responsibility() {
        assert_eq!(
            names("省住房城乡建设厅指导，各地级以上市人民政府组织实施"),
            own(&[
                ("省住房城乡建设厅", "responsible", false),
                ("各地级以上市人民政府", "responsible", true),
            ])
        );
        assert_eq!(
            names("市教育局牵头，各区政府組織實施"),
            own(&[
                ("市教育局", "lead", false),
                ("各区政府", "responsible", true)
            ])
        );
        assert!(has_role_verb("各县区组织实施"));
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
        // 人行 is 人民银行, written short.
        assert_eq!(
            names("市金融局、人行清远分行负责"),
            own(&[
                ("市金融局", "responsible", false),
                ("人行清远分行", "responsible", false),
            ])
        );
        // 等部门 closes the list; 等省有关部门 adds a group.
        assert_eq!(
            names("省发展改革委等部门按职责分工负责"),
            own(&[("省发展改革委", "responsible", false)])
        );
        assert_eq!(
            names("省教育厅会同省人力资源社会保障厅等单位负责"),
            own(&[
                ("省教育厅", "responsible", false),
                ("省人力资源社会保障厅", "responsible", false),
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
        // A bare word of a group after 和 is the same group's.
        assert_eq!(
            names("省发展改革委牵头，省各有关部门和单位按职责分工负责"),
            own(&[
                ("省发展改革委", "lead", false),
                ("省各有关部门和单位", "responsible", true),
            ])
        );
        // What an organ is to give after its name is no part of it.
        assert_eq!(
            names("各市州人民政府负责，省直有关部门指导支持"),
            own(&[
                ("各市州人民政府", "responsible", true),
                ("省直有关部门", "responsible", true),
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
    fn ok_overall_responsibility_is_a_responsibility() {
        for s in [
            "各地级以上市人民政府负总责，省直有关部门指导",
            "各地级以上市人民政府负主体责任，省直有关部门加强指导",
        ] {
            assert_eq!(
                own(&[
                    ("各地级以上市人民政府", "responsible", true),
                    ("省直有关部门", "responsible", true),
                ]),
                names(s),
                "{s}"
            );
        }
    }

    #[test]
    fn ok_each_organ_of_a_region_is_generic() {
        for name in [
            "珠三角各市人民政府",
            "省直各单位",
            "粤东西北各地级市",
            "市政府各部门",
        ] {
            assert!(is_generic(name), "{name}");
        }
        for name in [
            "省发展改革委",
            "广州市人民政府",
            "广东省城乡规划设计研究院各市分院",
        ] {
            assert!(!is_generic(name), "{name}");
        }
    }

    #[test]
    fn ok_an_adverb_before_a_verb_is_no_part_of_a_name() {
        for (raw, role) in [
            ("各地级以上市人民政府具体负责", "responsible"),
            ("各地级以上市人民政府各自负责", "responsible"),
            ("各地级以上市人民政府协同配合", "cooperating"),
        ] {
            assert_eq!(
                names(&format!("省住房城乡建设厅牵头，{raw}")),
                own(&[
                    ("省住房城乡建设厅", "lead", false),
                    ("各地级以上市人民政府", role, true),
                ]),
                "{raw}"
            );
        }
    }

    #[test]
    fn ok_two_words_after_a_name_are_no_part_of_it() {
        let got = names("各地级以上市人民政府负责，省住房城乡建设厅督促指导");
        let n: Vec<&str> = got.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(n, ["各地级以上市人民政府", "省住房城乡建设厅"]);
        // A modal verb and how they are to do it (要结合实际).
        assert_eq!(
            names("各地区、各部门要结合实际抓好落实"),
            own(&[
                ("各地区", "responsible", true),
                ("各部门", "responsible", true)
            ])
        );
    }

    #[test]
    fn ok_a_list_of_names_with_no_verb_is_responsible() {
        for s in [
            "省委组织部、省委编办，省人力资源社会保障厅，省财政厅",
            "省政府办公厅",
            "中国人民银行广州分行、广东银保监局等",
            "各地级以上市",
        ] {
            assert!(is_name_list(s), "{s}");
        }
        for s in [
            "以下简称省数据局",
            "试行",
            "2020年版",
            "国办发〔2021〕10号",
            "含深圳市",
            "省发展改革委牵头",
            "全面推进",
            "见附件",
            "广州、深圳",
        ] {
            assert!(!is_name_list(s), "{s}");
        }
        let got = names("省委组织部、省委编办，省人力资源社会保障厅，省财政厅");
        assert_eq!(
            own(&[
                ("省委组织部", "responsible", false),
                ("省委编办", "responsible", false),
                ("省人力资源社会保障厅", "responsible", false),
                ("省财政厅", "responsible", false),
            ]),
            got
        );
    }

    #[test]
    fn ok_a_bare_kind_after_a_conjunction_is_the_second_organ_of_one_name() {
        let got = names("省农业农村厅牵头，各地级以上市党委和政府负责");
        assert_eq!(
            own(&[
                ("省农业农村厅", "lead", false),
                ("各地级以上市党委和政府", "responsible", true),
            ]),
            got
        );
        // Two organs with their own jurisdictions are still two.
        let got = names("市委和市政府负责");
        let n: Vec<&str> = got.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(n, ["市委", "市政府"]);
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
        // Places written whole, the organ of each after the last.
        let got = names("广州市、深圳市、珠海市住房城乡建设局负责");
        let n: Vec<&str> = got.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(
            n,
            [
                "广州市住房城乡建设局",
                "深圳市住房城乡建设局",
                "珠海市住房城乡建设局"
            ]
        );
    }

    #[test]
    fn ok_words_of_a_duty_around_a_verb() {
        for (raw, want) in [
            (
                "省公安厅、省交通运输厅按照各自职责负责",
                &[
                    ("省公安厅", "responsible", false),
                    ("省交通运输厅", "responsible", false),
                ][..],
            ),
            (
                "省委编办、省人力资源社会保障厅按分工负责",
                &[
                    ("省委编办", "responsible", false),
                    ("省人力资源社会保障厅", "responsible", false),
                ],
            ),
            (
                "市财政局根据分工落实",
                &[("市财政局", "responsible", false)],
            ),
            (
                "省住房城乡建设厅负总责，各地级以上市人民政府抓好落实",
                &[
                    ("省住房城乡建设厅", "responsible", false),
                    ("各地级以上市人民政府", "responsible", true),
                ],
            ),
            (
                "省委編辦、省司法廳按職能分工負責",
                &[
                    ("省委編辦", "responsible", false),
                    ("省司法廳", "responsible", false),
                ],
            ),
            (
                "各地区、各部门要加强协同配合",
                &[
                    ("各地区", "cooperating", true),
                    ("各部门", "cooperating", true),
                ],
            ),
            (
                "省科技厅牵头，各高校具体实施",
                &[("省科技厅", "lead", false), ("各高校", "responsible", true)],
            ),
        ] {
            assert_eq!(names(raw), own(want), "{raw}");
        }
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
        // Labels parted by white space only, a time limit last: the last name is whole.
        for sep in ["　", " ", "\t"] {
            let raw = format!(
                "牵头单位：市市场监管局{sep}配合单位：市公安局、市税务局{sep}完成时限：2024年6月"
            );
            assert_eq!(
                names(&raw),
                own(&[
                    ("市市场监管局", "lead", false),
                    ("市公安局", "cooperating", false),
                    ("市税务局", "cooperating", false),
                ]),
                "{raw:?}"
            );
        }
        // A leader or a contact under a label of their own is no organ.
        for raw in [
            "责任领导：李华；责任单位：各区人民政府",
            "分管市领导:王东;责任单位:各区人民政府",
            "责任单位：各区人民政府；联系人：张三，电话：12345678",
        ] {
            assert_eq!(
                names(raw),
                own(&[("各区人民政府", "responsible", true)]),
                "{raw}"
            );
        }
        assert_eq!(names("责任单位:团省委、省妇联")[0].0, "团省委");
        assert_eq!(names("责任单位:团省委、省妇联")[1].0, "省妇联");
        // A verb after a later clause under a label is that clause's role, and no part of a
        // name.
        assert_eq!(
            names("责任单位：市发展改革委、市工业和信息化局，广州供电局配合"),
            own(&[
                ("市发展改革委", "responsible", false),
                ("市工业和信息化局", "responsible", false),
                ("广州供电局", "cooperating", false),
            ])
        );
        // Under 责任单位, whose label names everyone with a duty, the first clause's verb
        // gives its role; under a label of one role, the label's role stands.
        assert_eq!(
            names("责任单位：市商务委牵头，市公安局、市财政局配合"),
            own(&[
                ("市商务委", "lead", false),
                ("市公安局", "cooperating", false),
                ("市财政局", "cooperating", false),
            ])
        );
        assert_eq!(
            names("责任单位：市商务委负责，市公安局配合"),
            own(&[
                ("市商务委", "responsible", false),
                ("市公安局", "cooperating", false),
            ])
        );
        assert_eq!(
            names("牵头单位：市商务委负责"),
            own(&[("市商务委", "lead", false)])
        );
        // 主责 is a verb of the main responsibility.
        assert_eq!(
            names("市商务委主责，市公安局参与"),
            own(&[
                ("市商务委", "responsible", false),
                ("市公安局", "cooperating", false),
            ])
        );
        // Names before the first label keep the roles of their verbs.
        assert_eq!(
            names("市商务委牵头；责任单位：各区政府"),
            own(&[
                ("市商务委", "lead", false),
                ("各区政府", "responsible", true),
            ])
        );
        // A role's verb alone is a label, and so are other names of the columns.
        assert_eq!(
            names("牵头：市商务委；参与：市公安局"),
            own(&[
                ("市商务委", "lead", false),
                ("市公安局", "cooperating", false),
            ])
        );
        assert_eq!(
            names("主要责任单位：市商务委；协同单位：市公安局"),
            own(&[
                ("市商务委", "responsible", false),
                ("市公安局", "cooperating", false),
            ])
        );
        assert_eq!(
            names("主办单位：市商务委；协办单位：市公安局"),
            own(&[
                ("市商务委", "lead", false),
                ("市公安局", "cooperating", false),
            ])
        );
        assert_eq!(
            names("市公安局负责牵头，市交通运输局配合"),
            own(&[
                ("市公安局", "lead", false),
                ("市交通运输局", "cooperating", false),
            ])
        );
        // 团省委 is the province's Youth League: no prefix goes before it.
        assert_eq!(
            names("省委宣传部、团省委、省妇联负责"),
            own(&[
                ("省委宣传部", "responsible", false),
                ("团省委", "responsible", false),
                ("省妇联", "responsible", false),
            ])
        );
        // A verb ends with the range of its label (负责 before 牵头单位：, not 负责牵头).
        assert_eq!(
            names("责任单位：省财政厅负责牵头单位：省发展改革委"),
            own(&[
                ("省财政厅", "responsible", false),
                ("省发展改革委", "lead", false),
            ])
        );
        // Words glued to a verb say what it does, and are no name.
        assert_eq!(
            names("市市场监管局负责汇总"),
            own(&[("市市场监管局", "responsible", false)])
        );
        assert_eq!(
            names("省发展改革委牵头组织实施，省财政厅配合做好资金保障"),
            own(&[
                ("省发展改革委", "lead", false),
                ("省财政厅", "cooperating", false),
            ])
        );
        assert_eq!(
            names("省发展改革委牵头省财政厅配合"),
            own(&[
                ("省发展改革委", "lead", false),
                ("省财政厅", "cooperating", false),
            ])
        );
        assert_eq!(
            names("牵头单位：省发展改革委、省财政厅按职责分工负责"),
            own(&[("省发展改革委", "lead", false), ("省财政厅", "lead", false),])
        );
        assert_eq!(
            names("责任单位：各地级以上市人民政府，省有关部门按职责分工负责；配合单位：省财政厅"),
            own(&[
                ("各地级以上市人民政府", "responsible", true),
                ("省有关部门", "responsible", true),
                ("省财政厅", "cooperating", false),
            ])
        );
    }

    #[test]
    fn ok_roles_in_parentheses_after_names() {
        // A role word in parentheses is the role of the name before it, and no part of it;
        // in angle brackets too, as parentheses inside parentheses are written.
        for s in [
            "责任单位：省农业农村厅（牵头）、财政厅、省自然资源厅",
            "责任单位：省农业农村厅〈牵头〉、财政厅、省自然资源厅",
        ] {
            assert_eq!(
                names(s),
                own(&[
                    ("省农业农村厅", "lead", false),
                    ("省财政厅", "responsible", false),
                    ("省自然资源厅", "responsible", false),
                ]),
                "{s}"
            );
        }
        assert_eq!(
            names("省教育厅、省科技厅(配合)、省财政厅（牵头单位）"),
            own(&[
                ("省教育厅", "responsible", false),
                ("省科技厅", "cooperating", false),
                ("省财政厅", "lead", false),
            ])
        );
        // A verb of duties in parentheses is the verb of the names before it.
        assert_eq!(
            names("省商务厅牵头，省农业农村厅、省市场监管局（按职责分工负责），各地级以上市配合"),
            own(&[
                ("省商务厅", "lead", false),
                ("省农业农村厅", "responsible", false),
                ("省市场监管局", "responsible", false),
                ("各地级以上市", "cooperating", true),
            ])
        );
        assert_eq!(
            names("责任单位：省农业农村厅、省市场监管局（按职责分工负责）"),
            own(&[
                ("省农业农村厅", "responsible", false),
                ("省市场监管局", "responsible", false),
            ])
        );
        // Any other parenthesis stays in the name.
        assert_eq!(names("各县（市、区）政府负责")[0].0, "各县（市、区）政府");
        assert!(is_role_alone("按职责分工负责") && is_role_alone("牵头"));
        assert!(is_role_alone("按職責分工負責") && is_role_alone("參與"));
        assert!(!is_role_alone("省财政厅牵头"));
    }

    #[test]
    fn ok_separators_inside_a_parenthesis_stay_in_the_name() {
        assert_eq!(
            names("各县（市、区）政府、市财政局配合"),
            own(&[
                ("各县（市、区）政府", "cooperating", true),
                ("市财政局", "cooperating", false),
            ])
        );
        assert_eq!(
            names("市委宣传部（市新闻出版局、市版权局）牵头"),
            own(&[("市委宣传部（市新闻出版局、市版权局）", "lead", false)])
        );
        // A note after a name is no part of it; one inside a name stays.
        assert_eq!(
            names("省工信厅，平潭综合实验区管委会（以下均需各设区市人民政府落实，不再列出）"),
            own(&[
                ("省工信厅", "responsible", false),
                ("平潭综合实验区管委会", "responsible", false),
            ])
        );
        assert_eq!(
            names("省发展和改革委员会（以下简称省发展改革委）、省财政厅配合"),
            own(&[
                ("省发展和改革委员会", "cooperating", false),
                ("省财政厅", "cooperating", false),
            ])
        );
        assert_eq!(
            names("各县（含县级市）人民政府负责"),
            own(&[("各县（含县级市）人民政府", "responsible", true)])
        );
        // An unclosed parenthesis does not swallow the names after it.
        let got = names("市发展改革委（牵头、市财政局配合");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1], ("市财政局".to_string(), "cooperating", false));
    }

    #[test]
    fn ok_find_you_is_the_search() {
        for t in [
            "由",
            "具体由各地",
            "广东自由贸易试验区",
            "省财政厅",
            "",
            "由由",
            "a由",
            "甶由",
        ] {
            assert_eq!(
                find_you(t.as_bytes()),
                crate::segment::find_str(t, "由"),
                "{t}"
            );
        }
    }

    #[test]
    fn ok_prose_before_a_name_is_no_part_of_it() {
        assert_eq!(
            names("注：本项工作由省财政厅负责"),
            own(&[("省财政厅", "responsible", false)])
        );
        assert_eq!(
            names("具体由各地负责组织实施"),
            own(&[("各地", "responsible", true)])
        );
        assert_eq!(
            names("广东自由贸易试验区工作办公室负责"),
            own(&[("广东自由贸易试验区工作办公室", "responsible", false)])
        );
    }

    #[test]
    fn ok_kinds_of_jurisdiction_share_the_organ_after_them() {
        assert_eq!(
            names("市教育局，各县、区人民政府负责"),
            own(&[
                ("市教育局", "responsible", false),
                ("各县、区人民政府", "responsible", true),
            ])
        );
        assert_eq!(
            names("各市、县、区人民政府（管委会）落实"),
            own(&[("各市、县、区人民政府（管委会）", "responsible", true)])
        );
        assert_eq!(
            names("省、市有关部门按职责分工负责"),
            own(&[("省、市有关部门", "responsible", true)])
        );
        // Kinds written together (Hunan's 市州, 县市区).
        assert_eq!(
            names("各市州、县市区人民政府负责"),
            own(&[("各市州、县市区人民政府", "responsible", true)])
        );
        assert_eq!(
            names("各市、县（区）政府配合"),
            own(&[("各市、县（区）政府", "cooperating", true)])
        );
        // Inside a parenthesis, the brackets of the kinds are 〔〕.
        assert_eq!(
            names("责任单位：省建设厅，各市、县〔市、区〕政府"),
            own(&[
                ("省建设厅", "responsible", false),
                ("各市、县〔市、区〕政府", "responsible", true),
            ])
        );
        assert_eq!(
            names("市应急管理局牵头，各区、县级市人民政府负责"),
            own(&[
                ("市应急管理局", "lead", false),
                ("各区、县级市人民政府", "responsible", true),
            ])
        );
        // A kind before an organ that is no government of its kind stays apart.
        assert_eq!(
            names("各县、省财政厅负责"),
            own(&[
                ("各县", "responsible", true),
                ("省财政厅", "responsible", false),
            ])
        );
        assert_eq!(
            names("各地、州、市人民政府（行政公署）落实"),
            own(&[("各地、州、市人民政府（行政公署）", "responsible", true)])
        );
        // Zones share the committee that ends their list.
        assert_eq!(
            names("责任单位：市经济信息委，两江新区、西部科学城重庆高新区、万盛经开区管委会"),
            own(&[
                ("市经济信息委", "responsible", false),
                ("两江新区管委会", "responsible", false),
                ("西部科学城重庆高新区管委会", "responsible", false),
                ("万盛经开区管委会", "responsible", false),
            ])
        );
        // Places are no kinds: the shared suffix still distributes.
        assert_eq!(
            names("广州、深圳、珠海市配合"),
            own(&[
                ("广州市", "cooperating", false),
                ("深圳市", "cooperating", false),
                ("珠海市", "cooperating", false),
            ])
        );
    }

    #[test]
    fn ok_words_around_names_are_no_part_of_them() {
        // A modal verb and an adverb before the verb are no part of the name.
        for (s, name) in [
            ("各地要认真组织实施", "各地"),
            ("各区要切实落实", "各区"),
            ("市财政局应当负责", "市财政局"),
        ] {
            let got = names(s);
            assert_eq!(got.len(), 1, "{s}: {got:?}");
            assert_eq!(got[0].0, name, "{s}");
        }
        assert_eq!(
            names("各地级以上市人民政府负责，省住房城乡建设厅指导"),
            own(&[
                ("各地级以上市人民政府", "responsible", true),
                ("省住房城乡建设厅", "responsible", false),
            ])
        );
        assert_eq!(
            names("由省科技厅负责"),
            own(&[("省科技厅", "responsible", false)])
        );
        assert_eq!(
            names("省交通运输厅会同省发展改革委负责"),
            own(&[
                ("省交通运输厅", "responsible", false),
                ("省发展改革委", "responsible", false),
            ])
        );
        assert_eq!(
            names("会同有关部门负责"),
            own(&[("有关部门", "responsible", true)])
        );
        // 同 alone, and 会 inside a name, join nothing.
        assert_eq!(
            names("省人力资源社会保障厅、省财政厅负责"),
            own(&[
                ("省人力资源社会保障厅", "responsible", false),
                ("省财政厅", "responsible", false),
            ])
        );
        // Every prefix of a verb ends with one of the characters looked for first.
        for p in VERB_PREFIXES {
            assert!(
                p.chars()
                    .next_back()
                    .is_some_and(|c| PREFIX_ENDS.contains(&c)),
                "{p}"
            );
        }
        // The characters the caller's table looks for are those the words start and end with.
        for w in WORDS_BEFORE {
            assert!(
                w.chars().next().is_some_and(|c| NAME_HEADS.contains(&c)),
                "{w}"
            );
        }
        for w in WORDS_AFTER {
            assert!(
                w.chars()
                    .next_back()
                    .is_some_and(|c| NAME_TAILS.contains(&c)),
                "{w}"
            );
        }
        // A name that is only the word stays as written.
        assert_eq!(names("指导")[0].0, "指导");
    }

    #[test]
    fn ok_time_limits_and_progress_are_no_names() {
        assert_eq!(
            names("牵头单位：市政务服务数据管理局；责任单位：各区政府；完成时限：2023年12月底前"),
            own(&[
                ("市政务服务数据管理局", "lead", false),
                ("各区政府", "responsible", true),
            ])
        );
        assert_eq!(
            names("责任单位：市发展改革委、市住房城乡建设局，完成时间：2023年6月"),
            own(&[
                ("市发展改革委", "responsible", false),
                ("市住房城乡建设局", "responsible", false),
            ])
        );
        assert_eq!(
            names("市司法局牵头，市有关部门按职责分工负责，2023年9月底前完成"),
            own(&[
                ("市司法局", "lead", false),
                ("市有关部门", "responsible", true),
            ])
        );
        assert_eq!(
            names("市规划和自然资源局负责，持续推进"),
            own(&[("市规划和自然资源局", "responsible", false)])
        );
        // A time limit with its verb after the names: whatever the verb, no name.
        for s in [
            "省卫生健康委、省医保局按职责分工负责，2023年6月底前出台",
            "省卫生健康委、省医保局按职责分工负责，２０２３年６月底前出台",
            "省卫生健康委、省医保局按职责分工负责，年底前印发",
        ] {
            assert_eq!(
                names(s),
                own(&[
                    ("省卫生健康委", "responsible", false),
                    ("省医保局", "responsible", false),
                ]),
                "{s}"
            );
        }
        for w in TIME_LABELS.iter().chain(PROGRESS) {
            assert!(w.chars().next_back().is_some_and(ends_a_time_word), "{w}");
        }
        // Organs that hold a digit or end like a verb's object stay names.
        assert!(!is_time_or_progress("省第一人民医院"));
        assert!(!is_time_or_progress("市推进办"));
    }

    #[test]
    fn ok_spans_point_at_raw() {
        let raw = "省自然资源厅、住房城乡建设厅牵头";
        let got = parse_departments(raw);
        assert_eq!(&raw[got[1].span.range()], "住房城乡建设厅");
        assert_eq!(got[1].name, "省住房城乡建设厅");
        // A byte-order mark or a zero-width space around a name is padding, as in a line.
        let raw = "\u{feff}省财政厅\u{200b}、省教育厅\u{feff}负责";
        let got = parse_departments(raw);
        let spans: Vec<&str> = got.iter().map(|d| &raw[d.span.range()]).collect();
        assert_eq!(spans, ["省财政厅", "省教育厅"]);
    }
}
