//! The section tree: markers of every level — 第X部分 › 第X章 › 第X节 › 第X条, and
//! 一、 › （一） › 1. › （1） › 1） › ①, em-dash bullets (——), and the decimal numbering of
//! plans and technical texts (1 › 1.1 › 1.1.1) — in full-width and ASCII forms.
//!
//! The tree is built with a stack of open marker kinds: a marker of a kind already open closes
//! everything below it and becomes a sibling; a new kind nests under the innermost open node. So
//! whatever levels a document uses, in whatever order it nests them, the tree follows the
//! document, and numbering runs on or restarts freely (gaps are warned about).
//! Depth is bounded by the number of marker kinds, never by the input.

use crate::extract::numeral;
use crate::model::Span;
use crate::segment::has_char;
use crate::segment::is_pad;
use crate::structure::lexicon;

/// The kinds of marker, outermost first in the usual nesting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// 第一部分.
    Part,
    /// 第一章.
    Chapter,
    /// 第一节.
    Jie,
    /// 第一条.
    Article,
    /// 一、
    Cn,
    /// （一）
    ParenCn,
    /// 1.
    Arabic,
    /// （1）
    ParenArabic,
    /// 1）, with the closing bracket only.
    HalfParen,
    /// ①
    Circled,
    /// ——
    Bullet,
    /// A row of a flattened table that carries no numeral.
    Row,
    /// 1 of a decimal numbering (1　总则), a heading alone on its line.
    Decimal1,
    /// 1.1 of a decimal numbering.
    Decimal2,
    /// 1.1.1 of a decimal numbering.
    Decimal3,
    /// 1.1.1.1 of a decimal numbering.
    Decimal4,
}

impl Kind {
    const COUNT: usize = 16;

    fn index(self) -> usize {
        self as usize
    }
}

/// A marker at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Its kind.
    pub kind: Kind,
    /// Bytes of the marker itself (as written: `一、`, `(一)`, `1.`, `第一条`).
    pub len: usize,
    /// Bytes of the marker and the padding after it.
    pub skip: usize,
    /// Its value.
    pub number: Option<u32>,
}

impl Marker {
    /// The marker's segment of a section path (一, (一), 1, (1), ①, 第一条), appended to
    /// `out`.
    pub fn push_path_segment(&self, written: &str, out: &mut String) {
        let n = self.number.unwrap_or(0);
        match self.kind {
            Kind::Cn => out.push_str(written.trim_end_matches(['、', '，', ',', '.', '．'])),
            Kind::ParenCn => {
                let inner = written
                    .trim_start_matches(['(', '（'])
                    .trim_end_matches([')', '）', '、']);
                out.push('(');
                // ㈠ is (一) written as one character.
                match inner.chars().next() {
                    Some(c @ '㈠'..='㈩') => {
                        out.push(ENCLOSED_CN[c as usize - '㈠' as usize]);
                    }
                    _ => out.push_str(inner),
                }
                out.push(')');
            }
            Kind::Arabic => crate::extract::numeral::push_decimal(out, n),
            Kind::ParenArabic => {
                out.push('(');
                crate::extract::numeral::push_decimal(out, n);
                out.push(')');
            }
            Kind::HalfParen => {
                crate::extract::numeral::push_decimal(out, n);
                out.push(')');
            }
            Kind::Bullet => {
                out.push('—');
                crate::extract::numeral::push_decimal(out, n);
            }
            Kind::Row => {
                out.push('#');
                crate::extract::numeral::push_decimal(out, n);
            }
            // 1.1 as written, its digits and dots folded to ASCII.
            Kind::Decimal1 | Kind::Decimal2 | Kind::Decimal3 | Kind::Decimal4 => {
                out.extend(written.chars().map(|c| match numeral::digit(c) {
                    Some(d) => char::from(b'0' + d as u8),
                    None => '.',
                }));
            }
            Kind::Circled | Kind::Part | Kind::Chapter | Kind::Jie | Kind::Article => {
                out.push_str(written);
            }
        }
    }
}

fn take_while(s: &str, f: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !f(c))
        .map_or(s.len(), |(i, _)| i)
}

fn cn_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '零'
            | '〇'
            | '两'
    )
}

fn padding_after(s: &str, at: usize) -> usize {
    at + take_while(&s[at..], is_pad)
}

/// Whether a marker may start `s`, told by its first characters: a cheap test before
/// [`marker_at`] where most characters start none. Never false where `marker_at` finds a
/// numbered marker (a unit test holds it to that on the fixtures).
#[must_use]
pub fn may_start_marker(s: &str) -> bool {
    let mut cs = s.chars();
    let Some(c) = cs.next() else {
        return false;
    };
    if !may_open(c) {
        return false;
    }
    let digit = |c: char| numeral::digit(c).is_some();
    match c {
        '①'..='⑳' | '㈠'..='㈩' | '⑴'..='⒇' | '⒈'..='⒛' => true,
        '（' | '(' | '第' => cs.next().is_some_and(|c| cn_numeral(c) || digit(c)),
        c if cn_numeral(c) => {
            let rest = s.trim_start_matches(cn_numeral);
            rest.starts_with(['、', '.', '．'])
        }
        c if digit(c) => {
            let rest = s.trim_start_matches(digit);
            rest.starts_with(['.', '．', '、', ',', '，', ')', '）']) || rest.starts_with(is_pad)
        }
        _ => false,
    }
}

/// Whether a marker may open with `c` (the first test of [`may_start_marker`]).
#[inline]
#[must_use]
pub fn may_open(c: char) -> bool {
    matches!(c, '（' | '(' | '第' | '①'..='⑳' | '㈠'..='㈩' | '⑴'..='⒇' | '⒈'..='⒛')
        || numeral::digit(c).is_some()
        || cn_numeral(c)
}

/// The marker at the start of `s`, if any.
#[must_use]
pub fn marker_at(s: &str) -> Option<Marker> {
    let first = s.chars().next()?;
    let mk = |kind, len: usize, number| {
        Some(Marker {
            kind,
            len,
            skip: padding_after(s, len),
            number,
        })
    };
    match first {
        '第' => {
            let rest = &s[first.len_utf8()..];
            let n = take_while(rest, |c| cn_numeral(c) || numeral::digit(c).is_some());
            if n == 0 || n > 18 {
                return None;
            }
            let num = numeral::any(&rest[..n]);
            let after = &rest[n..];
            let (kind, unit) = [
                (Kind::Part, "部分"),
                (Kind::Chapter, "章"),
                (Kind::Jie, "节"),
                (Kind::Jie, "節"),
                (Kind::Article, "条"),
                (Kind::Article, "條"),
            ]
            .into_iter()
            .find(|(_, u)| after.starts_with(u))?;
            mk(kind, first.len_utf8() + n + unit.len(), num)
        }
        '(' | '（' => {
            let rest = &s[first.len_utf8()..];
            let n = take_while(rest, cn_numeral);
            let (kind, n) = if n > 0 {
                (Kind::ParenCn, n)
            } else {
                (
                    Kind::ParenArabic,
                    take_while(rest, |c| numeral::digit(c).is_some()),
                )
            };
            if n == 0 || n > 12 {
                return None;
            }
            let close = rest[n..].chars().next()?;
            if close != ')' && close != '）' {
                return None;
            }
            let num = numeral::any(&rest[..n]);
            let len = first.len_utf8() + n + close.len_utf8();
            // (一)、 is written too: take the stray 、 with the marker.
            let len = if s[len..].starts_with('、') {
                len + '、'.len_utf8()
            } else {
                len
            };
            mk(kind, len, num)
        }
        '①'..='⑳' => mk(
            Kind::Circled,
            first.len_utf8(),
            Some(first as u32 - '①' as u32 + 1),
        ),
        // The enclosed forms that word processors put for (一), (1) and 1.: ㈠, ⑴, ⒈.
        '㈠'..='㈩' | '⑴'..='⒇' | '⒈'..='⒛' => {
            let (kind, base) = match first {
                '㈠'..='㈩' => (Kind::ParenCn, '㈠'),
                '⑴'..='⒇' => (Kind::ParenArabic, '⑴'),
                _ => (Kind::Arabic, '⒈'),
            };
            let len = first.len_utf8();
            let len = if s[len..].starts_with('、') {
                len + '、'.len_utf8()
            } else {
                len
            };
            mk(kind, len, Some(first as u32 - base as u32 + 1))
        }
        '—' => {
            if !s.starts_with("——") {
                return None;
            }
            let len = take_while(s, |c| c == '—');
            if s[len..].trim().is_empty() {
                return None;
            }
            mk(Kind::Bullet, len, None)
        }
        c if cn_numeral(c) => {
            let n = take_while(s, cn_numeral);
            let punct = s[n..].chars().next()?;
            if !matches!(punct, '、' | '.' | '．') || n > 12 {
                return None;
            }
            mk(Kind::Cn, n + punct.len_utf8(), numeral::chinese(&s[..n]))
        }
        c if numeral::digit(c).is_some() => {
            let n = take_while(s, |c| numeral::digit(c).is_some());
            if n > 9 {
                return None;
            }
            if let Some(m) = decimal_marker(s, n) {
                return Some(m);
            }
            let mut it = s[n..].chars();
            let punct = it.next()?;
            let next = it.next();
            let ok = match punct {
                // 1.5亿元 is a number; 1．4月底前完成 is an item about a month.
                '.' | '．' => {
                    next.is_none_or(|c| numeral::digit(c).is_none() && c != '.')
                        || month_or_year_after(&s[n + punct.len_utf8()..])
                }
                '、' => true,
                // 5,恢复… : a comma typed for the dot, only before an ideograph.
                ',' | '，' => next.is_some_and(crate::extract::docnum::is_han),
                ')' | '）' => true,
                _ => false,
            };
            let number = numeral::arabic(&s[..n])?;
            (ok && number > 0 && number < 1000).then_some(())?;
            let kind = if matches!(punct, ')' | '）') {
                Kind::HalfParen
            } else {
                Kind::Arabic
            };
            mk(kind, n + punct.len_utf8(), Some(number))
        }
        _ => None,
    }
}

/// Whether the line that `s` opens is an entry of a table of contents, its leader dots before
/// its page (1.1　编制目的……………1, 2.3 预警发布 ······ 5): looked at for 80 characters.
fn is_contents_entry(s: &str) -> bool {
    let mut prev = ' ';
    for c in s.chars().take(80) {
        if c == '\n' || c == '\r' {
            break;
        }
        if c == '…' || (matches!(c, '·' | '.' | '．') && c == prev) {
            return true;
        }
        prev = c;
    }
    false
}

/// Words of measure that follow a decimal number (1.5亿元, 2.5小时, 1.2号线).
const MEASURES: [char; 62] = [
    '亿', '万', '千', '百', '十', '元', '角', '分', '倍', '米', '公', '平', '立', '吨', '个', '人',
    '户', '家', '项', '小', '天', '年', '月', '日', '时', '秒', '度', '克', '斤', '亩', '台', '辆',
    '次', '部', '所', '条', '座', '套', '间', '张', '份', '本', '件', '名', '位', '只', '头', '种',
    '批', '类', '成', '折', '级', '升', '瓦', '兆', '岁', '里', '号', '期', '版', '代',
];

/// A marker of a decimal numbering at the start of `s`, whose first `n` bytes are digits: 1.1,
/// 2.3.1 (up to four numbers of one or two digits) before an ideograph, after white space or
/// not (2.1　组织灭火行动, 2.1组织灭火行动; not 1.5亿元, whose number is no marker); or a
/// number alone before white space and a short heading that ends its line, with no white
/// space or stop in it (1　总则; not a cell of a row, 1　广州市　100).
fn decimal_marker(s: &str, n: usize) -> Option<Marker> {
    let small = |d: &str| (1..=2).contains(&d.chars().count());
    if !small(&s[..n]) {
        return None;
    }
    let mut len = n;
    let mut parts = 1;
    while let Some(dot) = s[len..].chars().next().filter(|&c| c == '.' || c == '．') {
        let after = len + dot.len_utf8();
        let d = take_while(&s[after..], |c| numeral::digit(c).is_some());
        if d == 0 || !small(&s[after..after + d]) || parts == 4 {
            return None;
        }
        len = after + d;
        parts += 1;
    }
    let skip = padding_after(s, len);
    let next = s[skip..].chars().next()?;
    // (Glued to its text, 2.1推进光伏发电建设, but not to a word of measure, 1.5亿元, 3.2万人;
    // set off, before any heading, 3.2　分级响应, but not before a unit, 1.5 亿元, 5 月20日.)
    let unit = if skip == len {
        parts == 1 || MEASURES.contains(&next)
    } else {
        matches!(
            next,
            '亿' | '万' | '千' | '百' | '元' | '倍' | '米' | '吨' | '亩' | '克'
        ) || parts == 1 && matches!(next, '年' | '月' | '日' | '号' | '时' | '分' | '秒')
    };
    if !crate::extract::docnum::is_han(next) || unit || is_contents_entry(&s[skip..]) {
        return None;
    }
    if numeral::arabic(&s[..n]) == Some(0) {
        return None;
    }
    if parts == 1 {
        // (Looked at a bounded way: the line must end within 20 characters.)
        let whole = s[skip..]
            .chars()
            .take(21)
            .take_while(|&c| c != '\n' && c != '\r')
            .enumerate()
            .all(|(i, c)| i < 20 && !is_pad(c) && !matches!(c, '。' | '，' | '；' | '：'));
        if !whole {
            return None;
        }
    }
    let last = s[..len]
        .rfind(['.', '．'])
        .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    let number = numeral::arabic(&s[last..len]).filter(|&v| v > 0)?;
    let kind = match parts {
        1 => Kind::Decimal1,
        2 => Kind::Decimal2,
        3 => Kind::Decimal3,
        _ => Kind::Decimal4,
    };
    Some(Marker {
        kind,
        len,
        skip,
        number: Some(number),
    })
}

/// The numerals that ㈠–㈩ enclose.
const ENCLOSED_CN: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/// Whether `s` starts with a month (4月, １２月) or a year (2023年): digits that cannot be the
/// decimals of a number before them.
fn month_or_year_after(s: &str) -> bool {
    let n = take_while(s, |c| numeral::digit(c).is_some());
    let digits = s[..n].chars().count();
    match s[n..].chars().next() {
        Some('月') => numeral::arabic(&s[..n]).is_some_and(|m| (1..=12).contains(&m)),
        Some('年') => digits == 4,
        _ => false,
    }
}

/// A node while the tree is built: spans only, no text yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The marker.
    pub marker: Marker,
    /// The span of the marker as written.
    pub marker_span: Span,
    /// The node's own paragraphs; the first is the rest of the marker line (maybe empty).
    pub own: Vec<Span>,
    /// Nested nodes.
    pub children: Vec<Node>,
    /// Ordinal among bullet siblings (bullets carry no number of their own).
    pub ordinal: u32,
    /// For a row of a flattened task table: the cells that name who is responsible.
    pub cells: Option<Cells>,
}

/// The responsibility cells of a task-table row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cells {
    /// 牵头单位.
    pub lead: Option<Span>,
    /// 责任单位.
    pub responsible: Option<Span>,
    /// 配合单位.
    pub cooperating: Option<Span>,
    /// 完成时限.
    pub time: Option<Span>,
}

/// One paragraph, or one table row, with its marker decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The marker and its span, when the item opens a node.
    pub marker: Option<(Marker, Span)>,
    /// Its paragraphs: for a marked item the first is the rest of the marker line.
    pub paras: Vec<Span>,
    /// Responsibility cells of a table row.
    pub cells: Option<Cells>,
}

impl Item {
    /// A paragraph, its marker read from its start.
    #[must_use]
    pub fn paragraph(src: &str, p: Span) -> Item {
        match marker_at(&src[p.range()]) {
            Some(m) => {
                let marker_span = Span::new(p.start, p.start + m.len);
                let rest = Span::new(p.start + m.skip.min(p.len()), p.end);
                Item {
                    marker: Some((m, marker_span)),
                    paras: vec![rest],
                    cells: None,
                }
            }
            None => Item {
                marker: None,
                paras: vec![p],
                cells: None,
            },
        }
    }
}

impl Node {
    /// The span of the node with its children.
    #[must_use]
    pub fn span(&self) -> Span {
        let mut end = self.marker_span.end;
        if let Some(last) = self.own.last() {
            end = end.max(last.end);
        }
        if let Some(c) = self.children.last() {
            end = end.max(c.span().end);
        }
        Span::new(self.marker_span.start, end)
    }
}

/// The content of a block: paragraphs before the first marker, the tree, paragraphs after it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Content {
    /// Unnumbered paragraphs before the first marker.
    pub preamble: Vec<Span>,
    /// The tree.
    pub roots: Vec<Node>,
    /// Unnumbered paragraphs after the last item that do not belong to it.
    pub closing: Vec<Span>,
    /// Numbering gaps: (span of the marker, expected, found).
    pub gaps: Vec<(Span, u32, u32)>,
}

struct Flat {
    marker: Marker,
    marker_span: Span,
    own: Vec<Span>,
    children: Vec<usize>,
    ordinal: u32,
    cells: Option<Cells>,
}

/// Builds the tree over the paragraphs of one block.
#[must_use]
#[cfg(test)]
pub fn build(src: &str, paras: &[Span]) -> Content {
    build_items(src, paras.iter().map(|&p| Item::paragraph(src, p)))
}

/// Builds the tree over items whose markers are already decided.
pub fn build_items(src: &str, items: impl IntoIterator<Item = Item>) -> Content {
    let mut nodes: Vec<Flat> = Vec::new();
    let mut roots: Vec<usize> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut content = Content::default();
    let mut last_of_kind = [0u32; Kind::COUNT];
    // Unmarked paragraphs since the last marker line: candidates for the closing.
    let mut trailing: Vec<Span> = Vec::new();

    for item in items {
        let Some((m, marker_span)) = item.marker else {
            for p in item.paras {
                match stack.last() {
                    Some(&top) => {
                        nodes[top].own.push(p);
                        trailing.push(p);
                    }
                    None => content.preamble.push(p),
                }
            }
            continue;
        };
        // A list that restarts at 1 under a line of its own that names its group (二等奖（2项）
        // / 1．… after 3．…) has no gap.
        let regrouped = m.number == Some(1)
            && trailing
                .last()
                .is_some_and(|sp| names_a_group(&src[sp.range()]));
        trailing.clear();
        if let Some(pos) = stack.iter().position(|&n| nodes[n].marker.kind == m.kind) {
            stack.truncate(pos);
        }
        let siblings = match stack.last() {
            Some(&parent) => &nodes[parent].children,
            None => &roots,
        };
        let prev = siblings
            .iter()
            .rev()
            .find(|&&s| nodes[s].marker.kind == m.kind)
            .copied();
        let ordinal = prev.map_or(1, |s| nodes[s].ordinal + 1);
        if let Some(n) = m.number {
            let last = last_of_kind[m.kind.index()];
            let expected = match prev.and_then(|s| nodes[s].marker.number) {
                Some(pn) => Some(pn + 1),
                // A first child restarts at 1 or runs on from the previous list of its kind.
                None => (n != 1 && n != last + 1).then_some(if last == 0 { 1 } else { last + 1 }),
            };
            if let Some(e) = expected.filter(|&e| e != n && !regrouped) {
                content.gaps.push((marker_span, e, n));
            }
            last_of_kind[m.kind.index()] = n;
        }
        let id = nodes.len();
        nodes.push(Flat {
            marker: m,
            marker_span,
            own: item.paras,
            children: Vec::new(),
            ordinal,
            cells: item.cells,
        });
        match stack.last() {
            Some(&parent) => nodes[parent].children.push(id),
            None => roots.push(id),
        }
        stack.push(id);
    }

    // The closing: trailing unmarked paragraphs that do not continue the last item.
    if let (Some(&last), false) = (stack.last(), trailing.is_empty()) {
        let own = &nodes[last].own;
        let before = own.len() - trailing.len();
        let item_done = own[..before]
            .last()
            .is_some_and(|sp| crate::structure::items::trailing_parenthesis(src, *sp).is_some());
        // A heading that stands alone (三、保障措施) owns the paragraphs after it.
        let heading_only = before == 1 && !has_char(&src[own[0].range()], '。');
        let cut = if heading_only {
            // …but not the contact lines that end the block (三、抓好组织实施 / 各单位要… /
            // 联系人：王明，电话：…), nor the note of the attachments (附件：1.… 2.…), nor the
            // attendance of minutes (出席：…), nor a set formula (特此通知。, 妥否，请批示。),
            // which are never a heading's own.
            // Nor the sentence on the document itself (本决定自公布之日起施行), unless the
            // heading is of the provisions it belongs to (七、附则, 五、实施时间) or the node
            // an article, whose text it is.
            let of_provisions = nodes[last].marker.kind == Kind::Article
                || lexicon::heads_final_provisions(&src[own[0].range()]);
            let note = trailing
                .iter()
                .position(|sp| {
                    let t = &src[sp.range()];
                    lexicon::is_attachment_note(t)
                        || lexicon::is_attendance_line(t)
                        || lexicon::is_closing_formula(t)
                        || (!of_provisions && lexicon::names_its_document(t))
                })
                .unwrap_or(trailing.len());
            // …nor, after the last paragraph that its assignment closes, one that opens as a
            // closing does (三、强化监督考核 / 每年…报送。（省甲厅负责） / 本通知自印发之日起施行).
            let end = trailing[..note]
                .iter()
                .rposition(|sp| crate::structure::items::trailing_parenthesis(src, *sp).is_some())
                .map(|j| j + 1)
                .filter(|&k| {
                    trailing[..note]
                        .get(k)
                        .is_some_and(|sp| lexicon::is_closing_cue(&src[sp.range()]))
                })
                .unwrap_or(note);
            let contacts = trailing[..end]
                .iter()
                .rev()
                .take_while(|sp| lexicon::is_contact_line(&src[sp.range()]))
                .count();
            if contacts > 0 && contacts < end {
                Some(end - contacts)
            } else {
                (end < trailing.len()).then_some(end)
            }
        } else if item_done
            || list_announced(src, &nodes, &roots, &content.preamble, (last, before))
        {
            Some(0)
        } else {
            trailing
                .iter()
                .position(|sp| lexicon::is_closing_cue(&src[sp.range()]))
        };
        if let Some(k) = cut {
            let moved = trailing.len() - k;
            let own = &mut nodes[last].own;
            content.closing = own.split_off(own.len() - moved);
        }
    }

    // A block without items closes with its set formulas, its note of attachments and its
    // contact lines all the same; its first paragraph is always its text.
    if roots.is_empty() {
        if let Some(k) = content
            .preamble
            .iter()
            .skip(1)
            .position(|sp| lexicon::opens_closing_without_items(&src[sp.range()]))
        {
            content.closing = content.preamble.split_off(k + 1);
        }
    }

    content.roots = roots.iter().map(|&r| freeze(&mut nodes, r)).collect();
    content
}

/// Whether the items are one list that the preamble announces with its colon (…可通过以下
/// 方式提出意见： / （一）… / （二）…), each a paragraph with no children, so that the paragraphs
/// after the last one go back to the text around the list (意见反馈截止时间为…。).
fn list_announced(
    src: &str,
    nodes: &[Flat],
    roots: &[usize],
    preamble: &[Span],
    (last, own_before): (usize, usize),
) -> bool {
    let announces = |sp: &Span| src[sp.range()].trim_end().ends_with(['：', ':']);
    preamble.last().is_some_and(announces)
        && roots.len() > 1
        && roots.iter().all(|&r| {
            nodes[r].children.is_empty()
                && (nodes[r].own.len() == 1 || r == last && own_before == 1)
        })
        && roots.last() == Some(&last)
        // (A last item that announces what follows keeps it: （三）报名方式： / 登录…)
        && !nodes[last].own.first().is_some_and(announces)
}

/// Whether a paragraph is a short line that names a group of list entries (一等奖（3项）,
/// 二、省直单位): no sentence in it.
fn names_a_group(s: &str) -> bool {
    crate::segment::chars_at_most(s, 20)
        && !s.contains(['。', '，', '；', '：', ',', ';', ':', '\n'])
}

/// Moves a flat node (and, iteratively, its subtree) into a [`Node`].
fn freeze(nodes: &mut [Flat], root: usize) -> Node {
    // Post-order without recursion on input-controlled depth: depth is bounded by Kind::COUNT
    // anyway, since a kind appears at most once on the stack.
    let children: Vec<usize> = std::mem::take(&mut nodes[root].children);
    let frozen: Vec<Node> = children.into_iter().map(|c| freeze(nodes, c)).collect();
    let n = &mut nodes[root];
    Node {
        marker: n.marker.clone(),
        marker_span: n.marker_span,
        own: std::mem::take(&mut n.own),
        children: frozen,
        ordinal: n.ordinal,
        cells: n.cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Option<(Kind, Option<u32>, &str)> {
        marker_at(s).map(|mk| (mk.kind, mk.number, &s[..mk.len]))
    }

    #[test]
    fn decimal_numbering_of_plans() {
        assert_eq!(m("1　总则"), Some((Kind::Decimal1, Some(1), "1")));
        assert_eq!(m("12 附则\n12.1 …"), Some((Kind::Decimal1, Some(12), "12")));
        assert_eq!(m("1.1　编制目的"), Some((Kind::Decimal2, Some(1), "1.1")));
        assert_eq!(m("2.3推进光伏"), Some((Kind::Decimal2, Some(3), "2.3")));
        assert_eq!(
            m("２．１．４ 预警发布"),
            Some((Kind::Decimal3, Some(4), "２．１．４"))
        );
        assert_eq!(
            m("4.2.1.3 响应"),
            Some((Kind::Decimal4, Some(3), "4.2.1.3"))
        );
        let mut path = String::new();
        let mk = marker_at("２．１．４ 预警发布").unwrap();
        mk.push_path_segment("２．１．４", &mut path);
        assert_eq!(path, "2.1.4");
        // Numbers, not markers.
        assert_eq!(m("1.5亿元用于补助"), None);
        assert_eq!(m("3.2万人次参加"), None);
        assert_eq!(m("1.2号线"), None);
        assert_eq!(m("0.5 公里"), None);
        assert_eq!(m("2024.5.20 会议"), None);
        assert_eq!(m("1.2.3.4.5 过深"), None);
        // A number alone before white space is a heading only when its line is one.
        assert_eq!(m("1　广州市　100"), None);
        assert_eq!(m("1 为规范老旧小区改造，制定本导则。"), None);
        assert_eq!(m("1 联系人：张三"), None);
        assert_eq!(m("1 2024年"), None);
        assert_eq!(m("1总则"), None);
        assert_eq!(m("5 月20日"), None);
        assert_eq!(m("3.2　分级响应"), Some((Kind::Decimal2, Some(2), "3.2")));
        assert_eq!(m("3.2分级响应"), None);
        assert_eq!(m("1.5 亿元"), None);
        // Entries of a table of contents are no headings.
        assert_eq!(m("1　总则……………………1"), None);
        assert_eq!(m("2.3 预警发布 ······ 5"), None);
        assert_eq!(m("2.3 预警发布..........5"), None);
        // 1．4月底前完成 is still an item about a month.
        assert_eq!(m("1．4月底前完成"), Some((Kind::Arabic, Some(1), "1．")));
    }

    #[test]
    fn ok_markers_all_levels_both_widths() {
        assert_eq!(m("一、总体要求"), Some((Kind::Cn, Some(1), "一、")));
        assert_eq!(m("十二、其他"), Some((Kind::Cn, Some(12), "十二、")));
        assert_eq!(m("(四十)推动"), Some((Kind::ParenCn, Some(40), "(四十)")));
        assert_eq!(
            m("（二十七）加强"),
            Some((Kind::ParenCn, Some(27), "（二十七）"))
        );
        assert_eq!(m("1.组织章程;"), Some((Kind::Arabic, Some(1), "1.")));
        assert_eq!(m("１．组织章程"), Some((Kind::Arabic, Some(1), "１．")));
        assert_eq!(m("12、工作"), Some((Kind::Arabic, Some(12), "12、")));
        assert_eq!(m("5,恢复番禺"), Some((Kind::Arabic, Some(5), "5,")));
        assert_eq!(m("(1)要求"), Some((Kind::ParenArabic, Some(1), "(1)")));
        assert_eq!(
            m("（３）要求"),
            Some((Kind::ParenArabic, Some(3), "（３）"))
        );
        assert_eq!(m("③要求"), Some((Kind::Circled, Some(3), "③")));
        assert_eq!(
            m("1）扩大普惠贷款"),
            Some((Kind::HalfParen, Some(1), "1）"))
        );
        assert_eq!(m("12)降低成本"), Some((Kind::HalfParen, Some(12), "12)")));
        assert_eq!(m("第一章 总则"), Some((Kind::Chapter, Some(1), "第一章")));
        assert_eq!(m("第二节 要求"), Some((Kind::Jie, Some(2), "第二节")));
        assert_eq!(
            m("第十三条 本办法"),
            Some((Kind::Article, Some(13), "第十三条"))
        );
        assert_eq!(m("第三部分 保障"), Some((Kind::Part, Some(3), "第三部分")));
        assert_eq!(m("——坚持问题导向。"), Some((Kind::Bullet, None, "——")));
        // The enclosed forms of word processors.
        assert_eq!(m("㈡规范招生行为。"), Some((Kind::ParenCn, Some(2), "㈡")));
        assert_eq!(m("⑵严禁跨区域"), Some((Kind::ParenArabic, Some(2), "⑵")));
        assert_eq!(m("⒊工作安排"), Some((Kind::Arabic, Some(3), "⒊")));
        // A dot before a month or a year is the marker's, not a decimal point.
        assert_eq!(m("1．4月底前完成"), Some((Kind::Arabic, Some(1), "1．")));
        assert_eq!(m("2.2024年起实施"), Some((Kind::Arabic, Some(2), "2.")));
    }

    #[test]
    fn ok_enclosed_markers_in_paths() {
        let mut path = String::new();
        let mk = marker_at("㈢加强").expect("marker");
        mk.push_path_segment("㈢", &mut path);
        assert_eq!(path, "(三)");
    }

    #[test]
    fn err_not_markers() {
        for s in [
            "1.2亿元",
            "1.25月均增长",
            "2021年是",
            "共(4)项",
            "(2013—2015年)",
            "(以下简称规划)",
            "一是加强",
            "1",
            "第一时间",
            "〔下称村(社)〕",
            "5,000元",
            "——",
        ] {
            assert_eq!(m(s), None, "{s}");
        }
    }

    fn tree(src: &str) -> (Content, Vec<Span>) {
        let paras: Vec<Span> = crate::segment::lines(src).iter().map(|l| l.span).collect();
        (build(src, &paras), paras)
    }

    fn shape(src: &str, nodes: &[Node], depth: usize, out: &mut Vec<String>) {
        for n in nodes {
            out.push(format!(
                "{}{}",
                " ".repeat(depth),
                &src[n.marker_span.range()]
            ));
            shape(src, &n.children, depth + 1, out);
        }
    }

    #[test]
    fn ok_four_levels() {
        let src =
            "前言。\n一、甲\n（一）乙\n1.丙\n（1）丁\n（2）戊\n2.己\n（二）庚\n二、辛\n结尾段落。";
        let (c, _) = tree(src);
        let mut out = Vec::new();
        shape(src, &c.roots, 0, &mut out);
        assert_eq!(
            out,
            [
                "一、",
                " （一）",
                "  1.",
                "   （1）",
                "   （2）",
                "  2.",
                " （二）",
                "二、"
            ]
        );
        assert_eq!(c.preamble.len(), 1);
        assert!(c.gaps.is_empty());
    }

    #[test]
    fn ok_articles_and_continuation() {
        let src = "第一章 总则\n第一条 目的。\n第二条 范围。\n村民委员会改制后适用本办法。\n第二章 管理\n第三条 制度:\n1.章程;\n2.决策;";
        let (c, _) = tree(src);
        let mut out = Vec::new();
        shape(src, &c.roots, 0, &mut out);
        assert_eq!(
            out,
            [
                "第一章",
                " 第一条",
                " 第二条",
                "第二章",
                " 第三条",
                "  1.",
                "  2."
            ]
        );
        assert_eq!(
            c.roots[0].children[1].own.len(),
            2,
            "continuation paragraph stays with 第二条"
        );
    }

    #[test]
    fn ok_numbering_runs_on_and_gaps_warned() {
        let src = "一、甲\n(一)a\n(二)b\n二、乙\n(三)c\n(五)d";
        let (c, _) = tree(src);
        assert_eq!(c.gaps.len(), 1);
        assert_eq!((c.gaps[0].1, c.gaps[0].2), (4, 5));
    }

    #[test]
    fn ok_closing_after_a_list_its_colon_announces() {
        fn closing(src: &str) -> Vec<&str> {
            let (c, _) = tree(src);
            c.closing.iter().map(|sp| &src[sp.range()]).collect()
        }
        assert_eq!(
            closing("现就有关事项通知如下：\n（一）报名。\n（二）评审。\n评审结果在网站公布。"),
            ["评审结果在网站公布。"]
        );
        // Not when the last item announces what follows, nor when the text announces no list,
        // nor after a list of one item.
        for src in [
            "现就有关事项通知如下：\n（一）报名。\n（二）报名方式：\n登录网站报名。",
            "现就有关事项通知。\n（一）报名。\n（二）评审。\n评审结果在网站公布。",
            "现就有关事项通知如下：\n（一）报名。\n评审结果在网站公布。",
        ] {
            assert!(closing(src).is_empty(), "{src}");
        }
        // Nor when an item has paragraphs of its own.
        assert!(
            closing("通知如下：\n（一）报名。\n报名表见附件。\n（二）评审。\n评审结果在网站公布。")
                .is_empty()
        );
    }

    #[test]
    fn ok_closing_after_responsibility() {
        let src = "一、甲\n(一)做事。(省财政厅牵头)\n各地、各部门要加强领导。";
        let (c, _) = tree(src);
        assert_eq!(c.closing.len(), 1);
        assert_eq!(c.roots[0].children[0].own.len(), 1);
    }

    #[test]
    fn ok_bullets() {
        let src = "一、原则\n——坚持问题导向。\n——坚持目标导向。\n二、任务";
        let (c, _) = tree(src);
        assert_eq!(c.roots[0].children.len(), 2);
        assert_eq!(c.roots[0].children[1].ordinal, 2);
        assert_eq!(c.roots.len(), 2);
    }
}
