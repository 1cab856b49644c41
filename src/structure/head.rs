//! The head of a notice: the portal lines above it, its title (joined across lines, its
//! issuers split off), its document number and its addressees.

use super::*;
use crate::segment::{has_char, has_str};

/// A run of lines (or a part of one) read as one title.
pub(super) struct TitleGroup {
    pub(super) lines: Vec<usize>,
    pub(super) joined: String,
    /// (offset in `joined`, span in the source) of each piece.
    pub(super) pieces: Vec<(usize, Span)>,
}

impl TitleGroup {
    pub(super) fn from_spans(src: &str, lines: Vec<usize>, spans: &[Span]) -> TitleGroup {
        let mut joined = String::new();
        let mut pieces = Vec::new();
        for &sp in spans {
            pieces.push((joined.len(), sp));
            joined.push_str(&src[sp.range()]);
        }
        TitleGroup {
            lines,
            joined,
            pieces,
        }
    }

    pub(super) fn new(r: &Reader<'_>, lines: Vec<usize>) -> TitleGroup {
        let spans: Vec<Span> = lines.iter().map(|&i| r.span(i)).collect();
        TitleGroup::from_spans(r.src, lines, &spans)
    }

    /// The title as a value: joined, inserted pinyin removed, and the white space of a title
    /// set out character by character taken out (广 东 省 人 民 政 府 关 于 … 的 通 知).
    pub(super) fn value(&self) -> String {
        let title = without_pinyin(&self.joined);
        match letter_spaced(&title) {
            Some(whole) => whole,
            None => title.into_owned(),
        }
    }

    pub(super) fn span(&self) -> Span {
        let first = self.pieces.first().map_or(Span::default(), |p| p.1);
        let last = self.pieces.last().map_or(first, |p| p.1);
        first.cover(last)
    }

    /// The source span of `joined[a..b]`, cut at the end of the line it starts on.
    pub(super) fn source_span(&self, a: usize, b: usize) -> Option<Span> {
        let (off, sp) = self.pieces.iter().rev().find(|(off, _)| *off <= a)?;
        let start = sp.start + (a - off);
        Some(Span::new(start, (sp.start + (b - off)).min(sp.end)))
    }

    /// Cuts a parenthesised document number off the end of the title and returns it.
    pub(super) fn split_trailing_number(&mut self, src: &str) -> Option<FoundDocNumber> {
        let (off, last) = *self.pieces.last()?;
        let text = &src[last.range()];
        let (open, inner_start, body) = trailing_parenthesis(text)?;
        let keep = text[..open].trim_end_matches(crate::segment::is_pad).len();
        // A number in a series of its own after the name it is numbered under:
        // 广东省人民政府公告（第12号）.
        let f = docnum::doc_number_line(&body[inner_start..]).or_else(|| {
            let name = without_pinyin(self.joined.get(..off + keep)?);
            is_numbered_name(&name)
                .then(|| docnum::order_number_line(&body[inner_start..], &name))
                .flatten()
        })?;
        let f = FoundDocNumber {
            span: f.span.shift(last.start + inner_start),
            ..f
        };
        if keep == 0 {
            return None;
        }
        self.joined.truncate(off + keep);
        if let Some(p) = self.pieces.last_mut() {
            p.1 = Span::new(last.start, last.start + keep);
        }
        Some(f)
    }

    pub(super) fn looks_like_title(&self) -> bool {
        let j = without_pinyin(&self.joined);
        // 广东省人民政府公告（第12号）: a name numbered in a series, its number after it.
        let numbered = || {
            let (open, inner_start, body) = trailing_parenthesis(&j)?;
            docnum::order_number_line(&body[inner_start..], "")?;
            Some(is_numbered_name(body[..open].trim_end()))
        };
        doctype::doc_type(&j).is_some()
            || numbered() == Some(true)
            || has_str(&j, "关于")
            || has_str(&j, "關於")
            || has_str(&j, "關于")
            // A plan or measures standing alone: 广东省…工作方案.
            || (!crate::segment::chars_at_most(&j, 5) && lexicon::title_complete(&j))
    }
}

/// A page's widget with a label and no value in words (字号：, 阅读次数：1234, 视力保护色：):
/// a short label that names no organ, a colon, and nothing after it but digits or Latin
/// letters. Kept aside as furniture when a notice is found after it.
fn is_widget_label(t: &str) -> bool {
    let (t, _) = portal::unbullet(t);
    let Some((label, value)) = t.split_once([':', '：']) else {
        return false;
    };
    let label = label.trim_end();
    let value = value.trim();
    // (An organ's name with a colon is an addressee; a label that says what an organ is to
    // the page, 责任部门, 来源单位, 所属主题, is none.)
    let names_an_attribute = || PAGE_ATTRIBUTES.iter().any(|w| label.starts_with(w));
    !label.is_empty()
        && crate::segment::chars_at_most(label, 8)
        && label.chars().all(crate::extract::docnum::is_han)
        && ((!lexicon::ends_like_organ(label) && !crate::extract::department::is_generic(label))
            || names_an_attribute())
        && (value.is_ascii() || is_field_value(label, value))
}

/// Words that open a page's label for what an organ or a subject is to it (责任部门：, 来源单位：,
/// 所属主题：), in either script.
const PAGE_ATTRIBUTES: [&str; 18] = [
    "责任", "責任", "来源", "來源", "所属", "所屬", "发布", "發布", "主办", "主辦", "承办", "承辦",
    "公开", "公開", "发文", "發文", "制发", "製發",
];

/// Whether `t` is a page's field whose value is in words ([`is_field_value`]), not a widget's.
fn is_worded_field(t: &str) -> bool {
    let (t, _) = portal::unbullet(t);
    t.split_once([':', '：'])
        .is_some_and(|(_, value)| !value.trim().is_ascii())
}

/// Whether `value` after a label of a few characters reads as a page's field of its own
/// (关键词：营商环境, 文种：通知) rather than words of the document: short, no
/// sentence and no title in it.
fn is_field_value(label: &str, value: &str) -> bool {
    crate::segment::chars_at_most(label, 6)
        && !value.is_empty()
        && crate::segment::chars_at_most(value, 30)
        && !lexicon::is_sentence(value)
        && !has_str(value, "关于")
        && !has_str(value, "關於")
        && doctype::doc_type(value).is_none_or(|_| crate::segment::chars_at_most(value, 2))
}

/// What the head of the document gave.
pub(super) struct Head {
    pub(super) title: Option<TitleGroup>,
    pub(super) doc_number: Option<FoundDocNumber>,
    pub(super) addressee: Option<(usize, usize)>,
    /// A date written in the header itself (决定 and 公告 often carry no signature).
    pub(super) head_date: Option<(date::FoundDate, usize)>,
    /// First line of the body.
    pub(super) body_start: usize,
    /// The line of issuing organs under the title, as a communiqué or a report heads itself
    /// (…统计公报 / 广东省统计局　国家统计局广东调查总队 / 2024年3月1日).
    pub(super) organs_line: Option<usize>,
}

pub(super) fn read_head(r: &mut Reader<'_>, tail_start: usize) -> Head {
    let mut i = 0;
    let mut addressee = None;
    let mut addressee_last = 0;
    let mut pending: Option<Field> = None;
    let mut seen_header = false;
    // Lines of a number with its date beside it, read once.
    let mut dated_numbers: Vec<(usize, (FoundDocNumber, date::FoundDate))> = Vec::new();
    // A header is never longer than this many lines.
    let head_limit = tail_start.min(300);
    while i < head_limit {
        let t = r.text(i);
        let sp = r.span(i);
        let clean = without_pinyin(t);
        // A label alone on its line (索引号：) gives its value on the line right under it; a
        // label that fills no field (主题词：), a blank line between, or a line that is no such
        // value (the title under an empty 成文日期：) leaves the line alone. A state of force
        // (有效 under 有效性：) is the page's, never a title.
        // The value may have the next label after it (…/2024-00012\t分类：).
        let (value_line, next) = match pending.and_then(|_| portal::value_then_label(t)) {
            Some((v, f)) => (v, Some(f)),
            None => (t, None),
        };
        let value_under = |f: &Field| {
            (*f != Field::Other || portal::is_state_of_force(value_line))
                && r.lines[i].blanks_before == 0
                && !portal::is_field_line(value_line)
                && portal::fits(*f, value_line)
        };
        if let Some(field) = pending.take().filter(value_under) {
            r.roles[i] = Role::Portal;
            pending = next;
            let (value, off) = portal::unbullet(value_line);
            // The value ends where the page's buttons start (本网【打印】).
            let value = value.find('【').map_or(value, |at| value[..at].trim_end());
            let vsp = Span::new(sp.start + off, sp.start + off + value.len());
            if !r.portal.set(field, value, vsp) {
                r.portal.furniture(sp);
            } else if vsp.end < sp.end {
                r.portal.furniture(Span::new(vsp.end, sp.end));
            }
            i += 1;
            continue;
        }
        if portal::is_index_number(t) {
            let texts: Vec<(&str, Span)> = (i..tail_start.min(i + 8))
                .map(|k| (r.text(k), r.span(k)))
                .collect();
            let took = portal::unlabelled_block(&texts, &mut r.portal);
            for k in i..=i + took {
                r.roles[k] = Role::Portal;
            }
            i += took + 1;
            continue;
        }
        // Who signed a report (签发人：王伟中), on a line of its own: no field holds it.
        if lexicon::is_signer_note(&clean) {
            r.roles[i] = Role::Portal;
            r.portal.furniture(sp);
            i += 1;
            continue;
        }
        if portal::is_crumb_label(t) {
            r.roles[i] = Role::Portal;
            r.portal.furniture(sp);
            i += 1;
            continue;
        }
        if let Some(c) = portal::crumbs(t) {
            r.roles[i] = Role::Portal;
            if r.portal.portal.breadcrumbs.is_empty() {
                r.portal.portal.breadcrumbs = c;
                r.portal.portal.spans.breadcrumbs = Some(sp);
                r.portal.any = true;
            } else {
                r.portal.furniture(sp);
            }
            i += 1;
            continue;
        }
        // Labelled fields; or a page's table copied with tabs between its cells, and a label
        // alone on its line.
        let fields = if portal::is_field_line(t) {
            Some(portal::fields(t))
        } else {
            portal::tab_fields(t)
        };
        if let Some(fields) = fields {
            r.roles[i] = Role::Portal;
            let mut took = false;
            pending = None;
            for (field, (a, b)) in fields {
                let v = &t[a..b];
                if v.is_empty() {
                    pending = Some(field);
                    continue;
                }
                took |= r
                    .portal
                    .set(field, v, Span::new(sp.start + a, sp.start + b));
            }
            if !took {
                r.portal.furniture(sp);
            }
            i += 1;
            continue;
        }
        if lexicon::addressee_line(&clean).is_some() {
            addressee = Some(i);
            break;
        }
        // Right under the document number, organs whose colon the capture lost.
        let under_number = seen_header
            && (0..i)
                .rev()
                .find(|&k| !r.clean(k).is_empty())
                .is_some_and(|k| r.roles[k] == Role::Header);
        if under_number && lexicon::addressees_without_colon(&clean) {
            addressee = Some(i);
            break;
        }
        // 主送 wrapped over two lines: `…人民政府，省政府各部门、` then `各直属机构：`.
        if clean.ends_with(['、', '，', ',']) && i + 1 < head_limit {
            let next = r.clean(i + 1);
            if lexicon::addressee_line(&next).is_some()
                && lexicon::addressee_line(&format!("{clean}{next}")).is_some()
            {
                addressee = Some(i);
                addressee_last = i + 1;
                break;
            }
        }
        // A capture cut off inside the addressees (…各区人民政府，市政府各部门、 and nothing
        // after): the organs written so far are read.
        if clean.ends_with(['、', '，', ','])
            && i + 1 == r.lines.len()
            && (seen_header || (i > 0 && r.roles[i - 1] == Role::TitleCandidate))
        {
            let closed = format!("{}：", clean.trim_end_matches(['、', '，', ',']));
            if lexicon::addressee_line(&closed).is_some() {
                r.warn(
                    WarningCode::Truncated,
                    "expected the addressees to end with a colon; the text stops inside them"
                        .into(),
                    Some(sp),
                );
                addressee = Some(i);
                break;
            }
        }
        let numbered = docnum::doc_number_line(t).is_some() || order_number_after_title(r, i);
        let dated = if numbered { None } else { number_with_date(t) };
        if numbered || dated.is_some() {
            if let Some(d) = dated {
                dated_numbers.push((i, d));
            }
            r.roles[i] = Role::Header;
            seen_header = true;
            i += 1;
            continue;
        }
        let (unbulleted, off) = portal::unbullet(t);
        let after_title = i > 0 && r.roles[i - 1] == Role::TitleCandidate;
        if let Some((d, adoption)) = head_date_line(unbulleted, seen_header || after_title) {
            let dsp = d.span.shift(sp.start + off);
            // The date under the organs that head the text under its title.
            let under_organs = i >= 2
                && r.roles[i - 2] == Role::TitleCandidate
                && after_title
                && lexicon::signature_line(r.text(i - 1)).is_some();
            if (seen_header || adoption || under_organs) && pending.is_none() {
                r.roles[i] = Role::HeadDate;
            } else {
                r.roles[i] = Role::Portal;
                let field = pending.take().unwrap_or(Field::Published);
                if !r.portal.set(field, &r.src[dsp.range()], dsp) {
                    r.portal.furniture(sp);
                }
            }
            i += 1;
            continue;
        }
        if let Some(d) = time_stamp_line(unbulleted) {
            // A page's time stamp with words around it (2024-05-10 18:30 发表于广东): the
            // publication date, never a line of the title.
            r.roles[i] = Role::Portal;
            let dsp = d.span.shift(sp.start + off);
            let field = pending.take().unwrap_or(Field::Published);
            if r.portal.set(field, &r.src[dsp.range()], dsp) {
                // The words around it are the page's too; fields after it fill the portal
                // (2024-05-21 18:30 来源：南方日报).
                for words in [Span::new(sp.start, dsp.start), Span::new(dsp.end, sp.end)] {
                    let w = &r.src[words.range()];
                    let lead = w.len() - w.trim_start().len();
                    let fields = w.trim();
                    let mut took = false;
                    if words.start == dsp.end && portal::is_field_line(fields) {
                        let at = words.start + lead;
                        for (field, (a, b)) in portal::fields(fields) {
                            if a < b {
                                took |=
                                    r.portal
                                        .set(field, &fields[a..b], Span::new(at + a, at + b));
                            }
                        }
                    }
                    if !took && !fields.is_empty() {
                        r.portal.furniture(words);
                    }
                }
            } else {
                r.portal.furniture(sp);
            }
            i += 1;
            continue;
        }
        if portal::is_head_furniture(t) {
            r.furniture(i);
            i += 1;
            continue;
        }
        if t.is_ascii() || is_widget_label(t) {
            r.roles[i] = Role::Tentative;
            i += 1;
            continue;
        }
        if lexicon::is_title_candidate(&clean) {
            r.roles[i] = Role::TitleCandidate;
            i += 1;
            continue;
        }
        // A repost's lead above the notice it quotes whole (日前，省政府办公厅印发通知，…。全文
        // 如下：): the page's words, not the notice's.
        if !seen_header
            && crate::segment::chars_at_most(&clean, 300)
            && lexicon::announces_the_whole(&clean)
        {
            r.furniture(i);
            i += 1;
            continue;
        }
        break;
    }
    let head_end = addressee.unwrap_or(i);

    // Title candidates: consecutive candidate lines form a group, and a group that already
    // reads as a whole title is not continued.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut prev: Option<usize> = None;
    for k in 0..head_end {
        if r.roles[k] != Role::TitleCandidate {
            continue;
        }
        let continues = prev == Some(k.wrapping_sub(1))
            && groups.last().is_some_and(|g| {
                if g.len() >= 6 {
                    return false;
                }
                // (A note on the draft under a whole title is its: …的通知 / （征求意见稿）.)
                if doctype::is_title_note(r.text(k)) {
                    return true;
                }
                // A line that opens with an organ and 关于 starts a title, unless the lines
                // before it are its other issuers (中共广东省委办公厅 / 广东省人民政府办公厅关于…):
                // what a repost puts above it (点击蓝字 关注我们, 近日，…印发《…》) is none of it.
                if opens_with_organ_and_about(r.text(k))
                    && g.iter()
                        .any(|&i| lexicon::signature_line(r.text(i)).is_none())
                {
                    return false;
                }
                let joined: String = g.iter().map(|&i| r.text(i)).collect();
                doctype::doc_type(&without_pinyin(&joined)).is_none()
            });
        match groups.last_mut() {
            Some(g) if continues => g.push(k),
            _ => groups.push(vec![k]),
        }
        prev = Some(k);
    }
    let mut groups: Vec<TitleGroup> = groups.into_iter().map(|g| TitleGroup::new(r, g)).collect();
    let chosen = groups.iter().rposition(TitleGroup::looks_like_title);
    // The organs under the title, on a line of their own, with a date, the addressees or the
    // text under them: the organs that issue it, not the text's first line. (A notice has its
    // number there.)
    let organs_line = chosen
        .and_then(|c| {
            let next = groups.get(c + 1)?;
            let &[k] = next.lines.as_slice() else {
                return None;
            };
            let right_under = groups[c].lines.last().is_some_and(|&l| l + 1 == k);
            (right_under
                && !(0..head_end).any(|j| r.roles[j] == Role::Header)
                && lexicon::signature_line(r.text(k)).is_some())
            .then_some((c + 1, k))
        })
        .map(|(g, k)| {
            groups.remove(g);
            r.roles[k] = Role::Header;
            k
        });
    // Without an addressee, a last group that does not read as a title starts the text.
    let mut body_start = head_end;
    if addressee.is_none() {
        if let Some(last) = groups.last() {
            if chosen != Some(groups.len() - 1) && last.lines.last() == Some(&(head_end - 1)) {
                body_start = last.lines[0];
            }
        }
    }
    let found_notice = addressee.is_some()
        || chosen.is_some()
        || (0..head_end).any(|k| r.roles[k] == Role::Header);
    // (Fields in words under the title, as an announcement lists its project's, are its text.)
    let title_last = chosen.and_then(|c| groups[c].lines.last().copied());
    for k in 0..head_end {
        if r.roles[k] == Role::Tentative {
            let under_title = title_last.is_some_and(|t| k > t) && is_worded_field(r.text(k));
            if found_notice && k < body_start && !under_title {
                r.furniture(k);
            } else {
                r.roles[k] = Role::Unread;
            }
        }
    }
    let mut title = None;
    for (gi, g) in groups.into_iter().enumerate() {
        if g.lines[0] >= body_start {
            for &k in &g.lines {
                r.roles[k] = Role::Unread;
            }
            continue;
        }
        if Some(gi) == chosen {
            for &k in &g.lines {
                r.roles[k] = Role::Header;
            }
            title = Some(g);
            continue;
        }
        let sp = g.span();
        // (A repost's words about the notice, 近日，…印发《关于…的通知》，一起来看, are no
        // title of the page: a title with a comma in it ends as a title.)
        let worded = || {
            let j = &g.joined;
            (has_char(j, '，') || has_char(j, '。')) && doctype::doc_type(j).is_none()
        };
        let taken = g.looks_like_title() && !worded() && r.portal.set(Field::Title, &g.value(), sp);
        for &k in &g.lines {
            if taken {
                r.roles[k] = Role::Portal;
            } else {
                r.furniture(k);
            }
        }
    }

    // The document's own number: the last number line of the head; earlier ones are the page's.
    // A joint notice prints its issuers' numbers on lines one under another: the first of them,
    // the lead issuer's, is the document's; the others, which no field holds, are kept with
    // the page's furniture.
    let limit = body_start.min(head_end);
    let mut nums: Vec<usize> = (0..limit)
        .filter(|&k| {
            r.roles[k] == Role::Header
                && (docnum::doc_number_line(r.text(k)).is_some()
                    || dated_numbers.iter().any(|&(j, _)| j == k))
        })
        .filter(|&k| title.as_ref().is_none_or(|t| !t.lines.contains(&k)))
        .collect();
    let mut lead = nums.len().saturating_sub(1);
    while lead > 0 && nums[lead - 1] + 1 == nums[lead] {
        lead -= 1;
    }
    for &k in nums.get(lead + 1..).unwrap_or_default() {
        r.roles[k] = Role::Portal;
        r.portal.furniture(r.span(k));
    }
    nums.truncate(lead + 1);
    let mut doc_number = None;
    let mut number_line = None;
    for (j, &k) in nums.iter().enumerate() {
        let t = r.text(k);
        let sp = r.span(k);
        let beside_its_date = || {
            let (_, (n, _)) = dated_numbers.iter().find(|&&(j, _)| j == k)?;
            Some(n.clone())
        };
        let Some(f) = docnum::doc_number_line(t).or_else(beside_its_date) else {
            continue;
        };
        let f = FoundDocNumber {
            span: f.span.shift(sp.start),
            ..f
        };
        if j + 1 == nums.len() {
            number_line = Some(k);
            doc_number = Some(f);
        } else {
            r.roles[k] = Role::Portal;
            if !r
                .portal
                .set(Field::DocNumber, &r.src[f.span.range()], f.span)
            {
                r.portal.furniture(sp);
            }
        }
    }
    // An order's number under its name: 广东省人民政府令 / 第298号.
    if doc_number.is_none() {
        if let Some(t) = title.as_ref() {
            let order = series_name(&without_pinyin(&t.joined));
            doc_number = (0..limit)
                .filter(|&k| r.roles[k] == Role::Header && !t.lines.contains(&k))
                .find_map(|k| {
                    let f = docnum::order_number_line(r.text(k), &order)?;
                    Some(FoundDocNumber {
                        span: f.span.shift(r.span(k).start),
                        ..f
                    })
                });
        }
    }
    // A number written in parentheses after the title: …的通知（粤府〔2021〕22号）.
    if let Some(t) = title.as_mut() {
        if let Some(f) = t.split_trailing_number(r.src) {
            if doc_number.is_none() {
                doc_number = Some(f);
            }
        }
    }
    let head_date = (0..limit)
        .find(|&k| r.roles[k] == Role::HeadDate)
        .and_then(|k| {
            let (u, off) = portal::unbullet(r.text(k));
            let (d, _) = head_date_line(u, true)?;
            r.roles[k] = Role::Header;
            Some((
                date::FoundDate {
                    span: d.span.shift(off),
                    ..d
                },
                k,
            ))
        });
    // A decision or a rule published by an order, as the note under its title records
    // (（…常务会议通过　2024年6月20日广东省人民政府令第310号公布）): the order's number is the
    // document's.
    if doc_number.is_none() {
        if let Some((_, k)) = head_date {
            let sp = r.span(k);
            doc_number = order_in_note(r.text(k)).map(|f| FoundDocNumber {
                span: f.span.shift(sp.start),
                ..f
            });
        }
    }
    // The date printed beside the number (（某府办函〔2024〕45号　2024年6月12日）).
    let head_date = head_date.or_else(|| {
        let k = number_line?;
        let (_, (_, d)) = dated_numbers.iter().find(|&&(j, _)| j == k)?;
        Some((*d, k))
    });
    for k in 0..limit {
        if r.roles[k] == Role::HeadDate {
            r.furniture(k);
        }
    }
    let addressee = addressee.map(|a| (a, addressee_last.max(a)));
    if let Some((a, b)) = addressee {
        for k in a..=b {
            r.roles[k] = Role::Header;
        }
    }
    let body_start = addressee.map_or(body_start, |(_, b)| b + 1);
    Head {
        title,
        doc_number,
        addressee,
        head_date,
        body_start,
        organs_line,
    }
}

/// A number and a date on one line, in parentheses or not, in either order, parted by white
/// space, a comma or nothing: （某府办函〔2024〕45号　2024年6月12日）, 2024年6月12日　某府办函
/// 〔2024〕45号, 某府办函〔2024〕45号，2024年6月12日印发. Spans are local to `s`.
pub(super) fn number_with_date(s: &str) -> Option<(FoundDocNumber, date::FoundDate)> {
    let t = s.trim_matches(crate::segment::is_pad);
    if !crate::segment::chars_at_most(t, 60)
        || !has_char(t, '年')
        || !(has_char(t, '号') || has_char(t, '號'))
    {
        return None;
    }
    let inner = t
        .strip_prefix(['（', '('])
        .and_then(|x| x.strip_suffix(['）', ')']))
        .unwrap_or(t);
    let off = inner.as_ptr() as usize - s.as_ptr() as usize;
    let found = docnum::find_doc_numbers(inner);
    let [n] = found.as_slice() else {
        return None;
    };
    if n.damaged {
        return None;
    }
    let parting = |c: char| crate::segment::is_pad(c) || matches!(c, '，' | ',' | '；' | ';');
    let (before, after) = (&inner[..n.span.start], &inner[n.span.end..]);
    let part = if before.trim_matches(parting).is_empty() {
        after
    } else if after.trim_matches(parting).is_empty() {
        before
    } else {
        return None;
    };
    let part = part.trim_matches(parting);
    let part = ["印发", "印發", "发布", "發布", "签发", "簽發"]
        .iter()
        .find_map(|w| part.strip_suffix(w))
        .unwrap_or(part);
    let d = date::date_line(part, None).filter(|d| !d.damaged)?;
    let n = FoundDocNumber {
        span: n.span.shift(off),
        ..n.clone()
    };
    let d = date::FoundDate {
        span: d.span.shift(part.as_ptr() as usize - s.as_ptr() as usize),
        ..d
    };
    Some((n, d))
}

/// The parenthesis that ends `s`: where it opens, where its inside starts, and `s` without its
/// closing bracket.
fn trailing_parenthesis(s: &str) -> Option<(usize, usize, &str)> {
    let body = s.strip_suffix([')', '）'])?;
    let open = body.rfind(['(', '（'])?;
    let inner_start = open + body[open..].chars().next()?.len_utf8();
    Some((open, inner_start, body))
}

/// A date line of the head; after the title, also a note of adoption that opens with the
/// date (（2025年3月28日广东省人民政府第十四届56次常务会议通过）), as decisions and rules carry:
/// the date, and whether it is such a note.
fn head_date_line(s: &str, after_title: bool) -> Option<(date::FoundDate, bool)> {
    if let Some(d) = date::date_line(s, None) {
        return Some((d, false));
    }
    if !after_title {
        return None;
    }
    let open = s.strip_prefix(['（', '('])?;
    let inner = open.strip_suffix(['）', ')'])?;
    let at = s.len() - open.len();
    // A date alone in parentheses under the title, as national documents are dated
    // (（一九九四年四月十五日）): no page prints its own date so.
    if let Some(d) = date::date_line(inner, None) {
        let d = date::FoundDate {
            span: d.span.shift(at),
            ..d
        };
        return Some((d, true));
    }
    if !lexicon::records_adoption(inner) || has_char(inner, '。') {
        return None;
    }
    let d = date::find_dates(inner, None).into_iter().next()?;
    let d = date::FoundDate {
        span: d.span.shift(at),
        ..d
    };
    (d.span.start == at).then_some((d, true))
}

/// The number of the order that published a document, in the note of its adoption
/// (（2024年6月12日…通过　2024年6月20日广东省人民政府令第310号公布）): the order's name (the
/// organ and 令, after the date) stands for the agency. Spans are local to `s`.
fn order_in_note(s: &str) -> Option<FoundDocNumber> {
    let (_, inner_start, body) = trailing_parenthesis(s.trim_end())?;
    let inner = &body[inner_start..];
    let at = inner.find("令第")?;
    let serial_end = at + inner[at..].find(['号', '號'])? + '号'.len_utf8();
    // The name runs back to the date, white space or the bracket before it.
    let name_start = inner[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| !crate::extract::docnum::is_han(c) || c == '日')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let name = &inner[name_start..at + '令'.len_utf8()];
    if !lexicon::ends_like_organ(name.trim_end_matches('令')) {
        return None;
    }
    let number = &inner[at + '令'.len_utf8()..serial_end];
    let f = docnum::order_number_line(number, name)?;
    Some(FoundDocNumber {
        span: Span::new(inner_start + name_start, inner_start + serial_end),
        ..f
    })
}

/// Whether `s` opens with an organ's name and 关于 (广东省人民政府办公厅关于…), as a title with
/// its issuer does.
fn opens_with_organ_and_about(s: &str) -> bool {
    let s = s.trim_start_matches(crate::segment::is_pad);
    let at = crate::segment::find_str(s, "关于").or_else(|| crate::segment::find_str(s, "關於"));
    at.is_some_and(|i| i > 0 && lexicon::ends_like_organ(&s[..i]))
}

/// A short line with a date and its time of day, and a few words around them (2024-05-10
/// 18:30 发表于广东, 原创 某某发布 2024-05-10 18:30): a page's stamp, which no title holds.
fn time_stamp_line(s: &str) -> Option<date::FoundDate> {
    let t = s.trim_start_matches(crate::segment::is_pad);
    // (A time of day has its colon: most lines have none, and are not read for dates.)
    if !(t.contains(':') || has_char(t, '：')) || !crate::segment::chars_at_most(t, 40) {
        return None;
    }
    // (A title may name a time: 关于2024年5月10日18:00起实施交通管制的通告.)
    if has_str(t, "关于") || has_str(t, "關於") || lexicon::title_complete(t) {
        return None;
    }
    let d = date::find_dates(t, None).into_iter().next()?;
    let at = s.len() - t.len();
    (d.time.is_some()).then(|| date::FoundDate {
        span: d.span.shift(at),
        ..d
    })
}

/// Whether line `i` is the number of an order or an announcement (第298号, 2023年第12号)
/// right under a title line that names one (…令, …公告).
fn order_number_after_title(r: &Reader<'_>, i: usize) -> bool {
    i > 0
        && r.roles[i - 1] == Role::TitleCandidate
        && (is_numbered_name(&r.clean(i - 1)) || announced_kind(&r.clean(i - 1)).is_some())
        && docnum::order_number_line(r.text(i), "").is_some()
}

/// The kind of an announcement with a subject (…关于…的公告, …的通告), which is numbered in
/// the series of its organ's announcements as one without a subject is.
pub(crate) fn announced_kind(title: &str) -> Option<&'static str> {
    [("的公告", "公告"), ("的通告", "通告")]
        .into_iter()
        .find_map(|(ending, kind)| title.ends_with(ending).then_some(kind))
}

/// The name an order's or an announcement's number is cited under: the title of one that
/// has no subject (广东省人民政府令), and the organ and the kind of one that has
/// (广州市市场监督管理局关于…的公告: 广州市市场监督管理局公告).
fn series_name(title: &str) -> String {
    if let Some(kind) = announced_kind(title) {
        if let Some(at) = title.find("关于").or_else(|| title.find("關於")) {
            let organ = title[..at].trim_end();
            if lexicon::ends_like_organ(organ) {
                return format!("{organ}{kind}");
            }
        }
    }
    title.to_string()
}

/// Whether a title names an order (命令): 广东省人民政府令, 中华人民共和国国务院令.
fn is_order_name(title: &str) -> bool {
    title
        .strip_suffix('令')
        .is_some_and(|organ| lexicon::ends_like_organ(organ.trim_end()))
}

/// Whether a title is an organ's name and a type numbered in a series of its own, with no
/// subject: an order (广东省人民政府令), an announcement (广东省市场监督管理局公告,
/// 广州市人民政府通告), or minutes (广东省人民政府常务会议纪要).
pub(crate) fn is_numbered_name(title: &str) -> bool {
    is_order_name(title)
        || title.ends_with("纪要")
        || title.ends_with("紀要")
        || ["公告", "通告"].iter().any(|kind| {
            title
                .strip_suffix(kind)
                .is_some_and(|organ| lexicon::ends_like_organ(organ.trim_end()))
        })
}

/// The organ whose meeting minutes are named after (中山市人民政府常务会议纪要,
/// 第15次常务会议纪要, 专题会议纪要). Minutes are issued by an office of that organ, which
/// signs them; the organ is the issuer only where no signature or portal names one.
pub(super) fn minutes_organ(title: &str) -> Option<&str> {
    let organ = organ_of_numbered_name(title, true)?;
    Some(&title[..organ])
}

/// Where the organ ends in a title that is an organ's name and a type numbered in a series
/// of its own ([`is_numbered_name`]): before 令, 公告, 通告, or, for `minutes`, before the kind
/// of meeting (常务会议纪要, 第15次常务会议纪要, 专题会议纪要).
fn organ_of_numbered_name(title: &str, minutes: bool) -> Option<usize> {
    let organ = if minutes {
        None
    } else {
        ["令", "公告", "通告"]
            .iter()
            .find_map(|kind| title.strip_suffix(kind))
    }
    .or_else(|| {
        if !minutes {
            return None;
        }
        let meeting = ["会议纪要", "會議紀要"]
            .iter()
            .find_map(|kind| title.strip_suffix(kind))?;
        let meeting = [
            "常务", "常務", "专题", "專題", "全体", "全體", "办公", "辦公", "联席", "聯席", "工作",
        ]
        .iter()
        .find_map(|kind| meeting.strip_suffix(kind))?;
        // 第15次 / 第十五次 before the kind.
        Some(
            match meeting.strip_suffix('次').and_then(|m| m.rfind('第')) {
                Some(at) => &meeting[..at],
                None => meeting,
            },
        )
    })?
    .trim_end();
    (lexicon::ends_like_organ(organ) && !crate::segment::chars_at_most(organ, 3))
        .then_some(organ.len())
}

/// The organ before 关于 / 印发 / 转发 in a title, split into the joint issuers.
/// The words a title's issuers stand before.
const CUT_WORDS: [&str; 10] = [
    "关于", "關於", "關于", "印发", "印發", "转发", "轉發", "批转", "批轉", "公布",
];

/// Where the first of [`CUT_WORDS`] starts in `title`: one walk over its characters, the
/// words compared only at their first characters.
fn first_cut(title: &str) -> Option<usize> {
    title
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '关' | '關' | '印' | '转' | '轉' | '批' | '公')
                && CUT_WORDS.iter().any(|w| title[i..].starts_with(w))
        })
        .map(|(i, _)| i)
}

/// The title of a joint notice with its issuers set apart by one space, as portals print it,
/// whether the document parts them by a line break, by spaces or by U+3000; `None` when the
/// title does not start with `organs` in order (then it is kept as read).
pub(super) fn joint_title(title: &str, organs: &[(String, Option<Span>)]) -> Option<String> {
    if organs.len() < 2 {
        return None;
    }
    let mut out = String::with_capacity(title.len());
    let mut rest = title;
    for (k, (name, _)) in organs.iter().enumerate() {
        let trimmed = rest.trim_start_matches(crate::segment::is_pad);
        if k > 0 {
            if let Some(after) = trimmed.strip_prefix('、') {
                out.push('、');
                rest = after.trim_start_matches(crate::segment::is_pad);
            } else {
                out.push(' ');
                rest = trimmed;
            }
        }
        rest = rest.strip_prefix(name.as_str())?;
        out.push_str(name);
    }
    out.push_str(rest.trim_start_matches(crate::segment::is_pad));
    Some(out)
}

pub(super) fn title_issuers(t: &TitleGroup) -> Vec<(String, Option<Span>)> {
    let j = &t.joined;
    // An order or an announcement is named after its issuer: 广东省人民政府令,
    // 广东省市场监督管理局公告.
    let named_cut = || {
        if without_pinyin(j).len() == j.len() {
            organ_of_numbered_name(j, false)
        } else {
            None
        }
    };
    let Some(cut) = first_cut(j).or_else(named_cut) else {
        return Vec::new();
    };
    let prefix = &j[..cut];
    let clean = without_pinyin(prefix.trim_end());
    if clean.trim().is_empty() || !lexicon::ends_like_organ(&clean) {
        return Vec::new();
    }
    // Organs are separated by spaces or 、, or each stands on its own line (a line break
    // inside a name, 广东省 / 生态环境厅, does not separate).
    let line_starts: Vec<usize> = t
        .pieces
        .iter()
        .map(|p| p.0)
        .filter(|&o| o > 0 && o < cut)
        .collect();
    let whole = |s: &str| {
        !crate::segment::chars_at_most(s, 3)
            && lexicon::ends_like_organ(s)
            && !s.ends_with(['省', '市', '区', '县'])
    };
    let mut out = Vec::new();
    let push = |a: usize, b: usize, out: &mut Vec<(String, Option<Span>)>| {
        let mut from = a;
        for &l in line_starts.iter().filter(|&&l| a < l && l < b) {
            if whole(&without_pinyin(&prefix[from..l])) {
                out.push((
                    without_pinyin(&prefix[from..l]).into_owned(),
                    t.source_span(from, l),
                ));
                from = l;
            }
        }
        out.push((
            without_pinyin(&prefix[from..b]).into_owned(),
            t.source_span(from, b),
        ));
    };
    let mut start = None;
    for (i, c) in prefix
        .char_indices()
        .chain(std::iter::once((prefix.len(), ' ')))
    {
        let sep = c.is_whitespace() || c == '\u{3000}' || c == '、';
        match (sep, start) {
            (false, None) => start = Some(i),
            (true, Some(a)) => {
                push(a, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// `s` without its white space when it is set out character by character, each of at least
/// six pieces a single character (关 于 印 发 … 的 通 知); `None` otherwise.
fn letter_spaced(s: &str) -> Option<String> {
    // (Most titles fail at their second character.)
    if !s.chars().nth(1).is_some_and(crate::segment::is_pad) {
        return None;
    }
    let (whole, count) = crate::structure::lexicon::set_out_one_by_one(s)?;
    (count >= 6).then_some(whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_titles_set_out_character_by_character() {
        assert_eq!(
            letter_spaced("广 东 省 人 民 政 府 关 于 做 好 某 项 工 作 的 通 知").as_deref(),
            Some("广东省人民政府关于做好某项工作的通知")
        );
        assert_eq!(
            letter_spaced("关　于　印　发　某　方　案　的　通　知").as_deref(),
            Some("关于印发某方案的通知")
        );
        // White space between words, or a few characters, is the title's own.
        assert_eq!(letter_spaced("广东省人民政府 关于做好某项工作的通知"), None);
        assert_eq!(letter_spaced("关于 2025 年工作的通知"), None);
        assert_eq!(letter_spaced("通 知"), None);
    }

    #[test]
    fn ok_notes_of_adoption_under_a_title() {
        let day = |s: &str| head_date_line(s, true).map(|(d, note)| (d.date.to_string(), note));
        assert_eq!(
            day("（2025年3月28日广东省人民政府第十四届56次常务会议通过）"),
            Some(("2025-03-28".to_string(), true))
        );
        // With the order that published it and the day it takes force.
        let note = "（2024年6月12日广东省人民政府第十四届43次常务会议通过　2024年6月20日广东省人民政府令第310号公布　自公布之日起施行）";
        assert_eq!(day(note), Some(("2024-06-12".to_string(), true)));
        let number = order_in_note(note).expect("number");
        assert_eq!(number.normalized, "广东省人民政府令第310号");
        assert_eq!(&note[number.span.range()], "广东省人民政府令第310号");
        // The day it takes force alone dates no adoption.
        assert_eq!(day("（2024年1月1日起施行）"), None);
        assert!(order_in_note("（2024年1月1日起施行）").is_none());
    }

    #[test]
    fn ok_minutes_are_named_after_the_organ_that_met() {
        for (title, organ) in [
            ("中山市人民政府常务会议纪要", Some("中山市人民政府")),
            ("广东省人民政府第15次常务会议纪要", Some("广东省人民政府")),
            ("广州市人民政府专题会议纪要", Some("广州市人民政府")),
            ("省长办公会议纪要", None),
            ("广东省人民政府令", None),
        ] {
            assert_eq!(minutes_organ(title), organ, "{title}");
        }
    }

    #[test]
    fn ok_first_cut_is_the_earliest_of_the_words() {
        // The first characters in the walk are those of the words.
        for w in CUT_WORDS {
            let c = w.chars().next().unwrap();
            assert!(
                matches!(c, '关' | '關' | '印' | '转' | '轉' | '批' | '公'),
                "{w}"
            );
        }
        let mut texts = crate::testing::fixture_texts(false);
        texts.extend(["关于印发", "公布关于", "关关于", "批批转", "", "印"].map(String::from));
        for t in &texts {
            let expected = CUT_WORDS.iter().filter_map(|w| t.find(w)).min();
            assert_eq!(first_cut(t), expected, "{t}");
        }
    }
}
