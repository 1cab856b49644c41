//! Turns the span tree into model sections: each item's heading, its responsibility (a trailing
//! parenthesis, or a labelled line such as `部门分工:`), and its deadlines.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::deadline::{self, Anchors};
use crate::extract::department;
use crate::model::{
    Deadline, DeadlineKind, Department, Paragraph, Responsibility, Role, Section, Span, Warning,
    WarningCode,
};
use crate::segment::has_char;
use crate::structure::tree::{Cells, Kind, Node};
use crate::structure::wrap::Joined;

/// A node's text, responsibility and deadlines.
type OwnFacts = (String, Option<Responsibility>, Vec<Deadline>);

/// The inside of a parenthesis that ends `src[span]` (before a final 。) and names who is
/// responsible: `(省财政厅牵头,省有关部门按职责分工负责)`.
#[must_use]
pub fn trailing_parenthesis(src: &str, span: Span) -> Option<Span> {
    let text = &src[span.range()];
    let t =
        text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '。' | '.' | '；' | ';'));
    let close = t.chars().next_back()?;
    if close != ')' && close != '）' {
        return None;
    }
    let close_at = t.len() - close.len_utf8();
    let mut depth = 0usize;
    for (i, c) in t[..close_at].char_indices().rev() {
        match c {
            ')' | '）' => depth += 1,
            '(' | '（' if depth == 0 => {
                let inner = Span::new(span.start + i + c.len_utf8(), span.start + close_at);
                let s = &src[inner.range()];
                let ok = (department::has_role_verb(s) || department::is_name_list(s))
                    && crate::segment::chars_at_most(s, 300)
                    && !has_char(s, '。');
                return ok.then_some(inner);
            }
            '(' | '（' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The labels of who does an item, in both scripts.
pub const RESPONSIBILITY_LABELS: [&str; 34] = [
    "部门分工",
    "部門分工",
    "责任分工",
    "責任分工",
    "责任单位",
    "責任單位",
    "责任部门",
    "責任部門",
    "负责单位",
    "負責單位",
    "实施单位",
    "實施單位",
    "牵头单位",
    "牽頭單位",
    "牵头部门",
    "牽頭部門",
    "配合单位",
    "配合單位",
    "配合部门",
    "配合部門",
    "协办单位",
    "協辦單位",
    "参与单位",
    "參與單位",
    "主要责任单位",
    "主要責任單位",
    "主责单位",
    "主責單位",
    "主办单位",
    "主辦單位",
    "协同单位",
    "協同單位",
    "协同部门",
    "協同部門",
];

static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^【?(?P<label>{})(?:】|[ \u{{3000}}]*[:：])[ \u{{3000}}]*",
        RESPONSIBILITY_LABELS.join("|")
    ))
    .expect("valid labelled regex")
});

/// A labelled responsibility line (`部门分工:省发展改革委牵头,各地、各部门配合。`, `牵头单位：…`,
/// `配合单位：…`): the span of what follows the label, with the role the label gives (none for
/// 部门分工 and 责任分工, whose verbs tell the roles).
#[must_use]
pub fn labelled_responsibility(src: &str, span: Span) -> Option<(Span, Option<Role>)> {
    let text = &src[span.range()];
    // Every label starts with one of these.
    if !text.starts_with([
        '部', '责', '責', '牵', '牽', '负', '負', '实', '實', '配', '协', '協', '参', '參', '主',
        '【',
    ]) {
        return None;
    }
    let c = LABELLED.captures(text)?;
    let all = c.get(0)?;
    let role = match &c["label"] {
        "部门分工" | "部門分工" | "责任分工" | "責任分工" => None,
        l => Some(department::role_of(l)),
    };
    let inner = Span::new(span.start + all.end(), span.end);
    // More labels after the first (牵头单位：省发展改革委；配合单位：省财政厅): the parse reads
    // each label with the names after it, the first one included.
    if role.is_some() && department::has_role_label(&src[inner.range()]) {
        return Some((span, None));
    }
    // A sentence after the list's full stop is a note on it (…人民政府。以下任务均需各县
    // （市、区）人民政府落实，不再列出。), no name.
    let value = &src[inner.range()];
    let inner = match crate::segment::find_str(value, "。") {
        Some(at) if !value[at + '。'.len_utf8()..].trim().is_empty() => {
            Span::new(inner.start, inner.start + at)
        }
        _ => inner,
    };
    (!inner.is_empty()).then_some((inner, role))
}

/// The words a label of responsibility ends with, before its colon.
const LABEL_ENDS: [&str; 5] = ["单位", "單位", "部门", "部門", "分工"];

/// Labelled responsibilities inside a paragraph, after the sentence they assign
/// (…加快专项债券发行使用。责任单位：市发展和改革局、市财政局，完成时限：2023年9月底前。, or
/// …高效办理。【牵头单位】市政务服务数据管理局【配合单位】市有关单位):
/// each from its label to the end of its sentence, appended to `out` as
/// [`labelled_responsibility`] reads it.
pub fn inline_labels_into(src: &str, span: Span, out: &mut Vec<(Span, Option<Role>)>) {
    let text = &src[span.range()];
    let b = text.as_bytes();
    let mut from = 0;
    // Colons: ASCII `:` and the full-width `：` (EF BC 9A), and the lenticular bracket that
    // closes a label (【牵头单位】, E3 80 91), found by their last byte.
    while let Some(i) = memchr::memchr3(b':', 0x9A, 0x91, &b[from..]) {
        let at_byte = from + i;
        let (colon, next, bracketed) = if b[at_byte] == b':' {
            (at_byte, at_byte + 1, false)
        } else if at_byte >= 2 && b[at_byte - 2..at_byte] == [0xEF, 0xBC] && b[at_byte] == 0x9A {
            (at_byte - 2, at_byte + 1, false)
        } else if at_byte >= 2 && b[at_byte - 2..at_byte] == [0xE3, 0x80] && b[at_byte] == 0x91 {
            (at_byte - 2, at_byte + 1, true)
        } else {
            from = at_byte + 1;
            continue;
        };
        from = next;
        // Every label is four characters of three bytes, the last two one of LABEL_ENDS.
        let before = if bracketed {
            &text[..colon]
        } else {
            text[..colon].trim_end_matches([' ', '\u{3000}'])
        };
        let Some(mut at) = before
            .len()
            .checked_sub(12)
            .filter(|&at| before.is_char_boundary(at))
        else {
            continue;
        };
        if bracketed {
            match text[..at].strip_suffix('【') {
                Some(t) => at = t.len(),
                None => continue,
            }
        }
        let is_label =
            LABEL_ENDS.iter().any(|w| before.ends_with(w)) && LABELLED.is_match(&text[at..]);
        let after_sentence = || {
            text[..at]
                .trim_end_matches([' ', '\u{3000}'])
                .ends_with(['。', '；', ';', '，', ','])
        };
        if !(is_label && after_sentence()) {
            continue;
        }
        let end = crate::segment::find_str(&text[next..], "。").map_or(text.len(), |i| next + i);
        let sentence = Span::new(span.start + at, span.start + end);
        out.extend(labelled_responsibility(src, sentence));
        from = end;
    }
}

/// The organs that label an item at its start, before a colon and the verb of their role
/// (（一）省交通运输厅：负责统筹协调全省春运工作…, 省公安厅、省交通运输厅：配合做好…): their
/// names with that role, appended to `out`. A label that is no list of organs (主要任务：负责…)
/// names no one.
pub fn organ_label_into(src: &str, span: Span, out: &mut Vec<(Span, Option<Role>)>) {
    const ROLES: [(&str, Role); 10] = [
        ("牵头", Role::Lead),
        ("牽頭", Role::Lead),
        ("负责", Role::Responsible),
        ("負責", Role::Responsible),
        ("配合", Role::Cooperating),
        ("协助", Role::Cooperating),
        ("協助", Role::Cooperating),
        ("参与", Role::Cooperating),
        ("參與", Role::Cooperating),
        ("落实", Role::Responsible),
    ];
    let text = &src[span.range()];
    // (The colon within the first 40 characters: a label is short.)
    let Some((colon, c)) = text
        .char_indices()
        .take(40)
        .find(|&(_, c)| matches!(c, '：' | ':' | '。' | '，'))
        .filter(|&(_, c)| c == '：' || c == ':')
    else {
        return;
    };
    let names = &text[..colon];
    let after = text[colon + c.len_utf8()..].trim_start_matches(crate::segment::is_pad);
    let Some(&(_, role)) = ROLES.iter().find(|(v, _)| after.starts_with(v)) else {
        return;
    };
    if department::is_name_list(names) {
        let lead = names.len() - names.trim_start_matches(crate::segment::is_pad).len();
        let end = names.trim_end_matches(crate::segment::is_pad).len();
        out.push((Span::new(span.start + lead, span.start + end), Some(role)));
    }
}

/// Whether `src` says that the first organ a list of responsible organs names is the lead
/// (列第一位的为牵头单位, 排在首位的是牵头单位, 第一个单位为牵头单位), as other provinces'
/// plans write once for all their lists.
fn says_the_first_leads(src: &str) -> bool {
    // (The word in either script, then the characters before it.)
    static FIND: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::LazyLock::new(|| {
            ["牵头单位", "牽頭單位"].map(|w| memchr::memmem::Finder::new(w.as_bytes()))
        });
    FIND.iter().any(|find| {
        find.find_iter(src.as_bytes()).any(|at| {
            let mut from = at.saturating_sub(12 * 3);
            while !src.is_char_boundary(from) {
                from += 1;
            }
            let said = src[from..at].trim_end_matches(crate::segment::is_pad);
            // (Within the clause before the word.)
            let clause = said
                .rsplit(['。', '；', '，', '（', '('])
                .next()
                .unwrap_or(said);
            clause.ends_with(['为', '為', '是'])
                && ["第一", "首位", "首个", "首個"]
                    .iter()
                    .any(|w| clause.contains(w))
        })
    })
}

/// Whether the clause that `rest` runs on in (to `，；。`) holds a verb of a role. (Read
/// within 80 characters: a list of thousands of names is read in linear time.)
fn verb_in_its_clause(rest: &str) -> bool {
    let mut most = rest.len().min(80 * 3);
    while !rest.is_char_boundary(most) {
        most -= 1;
    }
    let near = &rest[..most];
    let end = near
        .find(['，', ',', '；', ';', '。'])
        .unwrap_or(near.len());
    department::has_role_verb(&near[..end])
}

/// Sentences that say only who does an item, with no parenthesis or label around them
/// (…建设创新平台。由省发展改革委会同省科技厅负责。, …培育龙头企业。省工业和信息化厅牵头，
/// 省商务厅等部门参与。, …。省发展改革委负责，2024年9月底前出台政策。): from a sentence's start
/// through its last clause that closes a run of names with a role verb, or else the clauses
/// that end the sentence when they are such a statement (…的要求，各有关部门负责。), appended
/// to `out`. A paragraph's first sentence is the item's own words unless `first_too` (a
/// paragraph after the first); its clauses after a comma may be such a statement.
/// Returns whether the paragraph has a verb of a role at all.
pub fn statements_into(
    src: &str,
    span: Span,
    first_too: bool,
    out: &mut Vec<(Span, Option<Role>)>,
) -> bool {
    let text = &src[span.range()];
    if !department::has_role_verb(text) {
        return false;
    }
    let mut from = 0;
    loop {
        let rest = &text[from..];
        let stop = rest.find(['。', '；', ';']);
        let sentence = &rest[..stop.unwrap_or(rest.len())];
        if department::has_role_verb(sentence) {
            // (The first sentence is the item's own words: only its clauses after a comma
            // may say who does it, 推进…建设，由省发展改革委负责。)
            let whole = first_too || from > 0;
            statement_into(sentence, span.start + from, whole, out);
        }
        match stop {
            // Each stop is three bytes or one.
            Some(i) => from += i + if rest.as_bytes()[i] < 0x80 { 1 } else { 3 },
            None => break,
        }
    }
    true
}

/// The statement of [`statements_into`] in one `sentence`, which starts at `at` in the source;
/// unless `whole`, only the clauses that end the sentence may be one.
fn statement_into(sentence: &str, at: usize, whole: bool, out: &mut Vec<(Span, Option<Role>)>) {
    let lead = sentence.len() - sentence.trim_start_matches(crate::segment::is_pad).len();
    let commas = || {
        sentence
            .match_indices(['，', ','])
            .map(|(i, c)| (i, i + c.len()))
    };
    let mut said = None;
    let ends = commas().map(|(i, _)| i).chain([sentence.len()]);
    for end in ends.filter(|_| whole) {
        // Past 640 bytes a clause has more than the 160 characters of any statement.
        if end - lead > 4 * 160 {
            break;
        }
        if department::is_bare_statement(&sentence[lead..end]) {
            said = Some(end);
        }
    }
    if let Some(end) = said {
        out.push((Span::new(at + lead, at + end), None));
        return;
    }
    // Else the clauses that end the sentence (…的要求，各有关部门负责。): from the earliest
    // comma after which the rest is such a statement.
    let trailing = commas().map(|(_, after)| after).find(|&from| {
        department::is_bare_statement(&sentence[from..])
            && crate::segment::chars_at_most(&sentence[from..], 160)
    });
    if let Some(from) = trailing {
        let words = &sentence[from..];
        let lead = words.len() - words.trim_start_matches(crate::segment::is_pad).len();
        let end = from + words.trim_end_matches(crate::segment::is_pad).len();
        out.push((Span::new(at + from + lead, at + end), None));
        return;
    }
    // Else clauses between others that open with 由 and say only who does the item
    // (…实施方案，由市住房城乡建设局牵头，某某区政府配合，2024年6月底前完成…): the longest.
    if !crate::segment::has_char(sentence, '由') {
        return;
    }
    for (_, after) in commas() {
        let words = &sentence[after..];
        let from = after + words.len() - words.trim_start_matches(crate::segment::is_pad).len();
        if !sentence[from..].starts_with('由') {
            continue;
        }
        let end = commas()
            .map(|(i, _)| i)
            .filter(|&end| end > from && end - from <= 4 * 160)
            .rfind(|&end| department::is_bare_statement(&sentence[from..end]));
        if let Some(end) = end {
            out.push((Span::new(at + from, at + end), None));
            return;
        }
    }
}

/// Statements of who does a task written before the task in one clause (市财政局负责统筹安排
/// 专项资金。, 各区人民政府负责本辖区的监管工作，市市场监管局负责指导。): each clause that opens
/// (after a stop or a comma, or 由) with names and their verb, appended to `out`.
fn tasked_into(src: &str, span: Span, out: &mut Vec<(Span, Option<Role>)>) {
    let mut found = Vec::new();
    department::statements_before_tasks_into(&src[span.range()], &mut found);
    for (start, end) in found {
        let text = &src[span.start + start..span.start + end];
        let lead = text.len() - text.trim_start_matches(crate::segment::is_pad).len();
        out.push((Span::new(span.start + start + lead, span.start + end), None));
    }
}

/// The lead sentence: the text before the first 。, or the whole text when it has none.
#[must_use]
pub fn heading(text: &str) -> Option<String> {
    let first = match memchr::memchr(b'\n', text.as_bytes()) {
        Some(i) => text[..i].strip_suffix('\r').unwrap_or(&text[..i]),
        None => text,
    };
    let h = match crate::segment::find_full_stop(first) {
        Some(i) => &first[..i],
        None => first.trim_end_matches(['；', ';', '，', ',', '：', ':']),
    };
    (!h.trim().is_empty()).then(|| h.to_string())
}

/// The inside of an opening parenthesis that the end of the text cuts off, up to the end of its
/// last verb, when `span` is the text's last paragraph and the parenthesis follows a sentence.
fn cut_off_parenthesis(src: &str, span: Span) -> Option<Span> {
    // Only the text's last paragraph: what follows it is white space (a line break and the
    // next line's indentation start every other paragraph's rest: told by bytes first).
    let rest = &src.as_bytes()[span.end..];
    let next = rest.iter().position(|b| !b.is_ascii_whitespace());
    if let Some(i) = next {
        if rest[i].is_ascii()
            || !src[span.end + i..]
                .trim_start_matches(|c: char| c.is_whitespace() || crate::segment::is_pad(c))
                .is_empty()
        {
            return None;
        }
    }
    let text = &src[span.range()];
    let j = text.rfind(['（', '('])?;
    let open_len = text[j..].chars().next().map_or(1, char::len_utf8);
    let inner = &text[j + open_len..];
    if inner.contains([')', '）'])
        || !after_a_sentence(&text[..j])
        || !crate::segment::chars_at_most(inner, 300)
    {
        return None;
    }
    let closed = department::through_last_verb(inner)?;
    if department::is_role_alone(closed) {
        return None;
    }
    let start = span.start + j + open_len;
    Some(Span::new(start, start + closed.len()))
}

/// Every parenthesis that closes a sentence of `src[span]` (after 。 or ；, or at the end) and
/// names who is responsible: the trailing one of the seed, and the sentence-level ones of
/// plans that assign each measure (`…效率。（省自然资源厅牵头）推行…`), and lenticular or
/// tortoise-shell brackets that do the same (looked for only where `others` says the text may
/// close an assignment with them): their insides, appended to `out`.
fn brackets_into(src: &str, span: Span, others: OtherBrackets, out: &mut Vec<Span>) {
    let first = out.len();
    let text = &src[span.range()];
    let b = text.as_bytes();
    // Closing brackets: ASCII `)` and the full-width `）` (EF BC 89), found by their first
    // byte (EF otherwise starts only full-width punctuation, rarer than any other byte of it).
    let closers = memchr::memchr2_iter(b')', 0xEF, b).filter(|&i| bracket_at(b, i) == Some(false));
    let mut last_end = 0;
    for close in closers {
        if close < last_end {
            continue;
        }
        // Back to the matching opening bracket, at most 300 characters.
        let Some((j, open_len)) = matching_open(text, close, 300) else {
            continue;
        };
        let inner = &text[j + open_len..close];
        let after_sentence = after_a_sentence(&text[..j]);
        let close_len = if b[close] == b')' { 1 } else { 3 };
        let after = text[close + close_len..].trim_start_matches(crate::segment::is_pad);
        let at_end = after.trim_start_matches(is_pad_or_stop).is_empty();
        // (Or it closes a sentence that others follow: …2024年6月底前开工（县工信局负责）；
        // ②某某物流园项目….)
        let ends_a_sentence = after.starts_with(['。', '；', ';']);
        // A note may follow the assignment inside the parenthesis (…各地级以上市人民政府落实。
        // 以下均需…不再列出): the assignment is its first sentence.
        let assigned = match crate::segment::find_str(inner, "。") {
            Some(stop) => &inner[..stop],
            None => inner,
        };
        // A list of names with no verb, at the end after a sentence, names those responsible:
        // …完成。（省委组织部、省人力资源社会保障厅）
        let names_alone = || at_end && after_sentence && department::is_name_list(assigned);
        if (after_sentence || at_end || ends_a_sentence)
            && (department::has_role_verb(assigned) && !department::is_role_alone(assigned)
                || names_alone())
        {
            let start = span.start + j + open_len;
            out.push(Span::new(start, start + assigned.len()));
            last_end = close;
        }
    }
    // A capture cut off inside the parenthesis that closes the last sentence (…完成。（省工业和
    // 信息化厅牵头，省科技厅、省财): the runs that its verbs close are read.
    if let Some(cut) = cut_off_parenthesis(src, span) {
        out.push(cut);
    }
    // Some plans put the assignment in lenticular brackets (…调度平台。【省政务服务和数据管理局
    // 牵头，省发展改革委配合】), others in tortoise-shell brackets (…扩容。〔责任单位：市政务服务
    // 数据管理局〕). They do not nest.
    type Find = fn(&[u8]) -> Option<usize>;
    let pairs: [(bool, &str, &str, Find); 2] = [
        (
            others.lenticular,
            "【",
            "】",
            crate::segment::find_lenticular_close,
        ),
        (
            others.tortoise,
            "〔",
            "〕",
            crate::segment::find_tortoise_close,
        ),
    ];
    for (_, open, close, find) in pairs.into_iter().filter(|p| p.0) {
        other_brackets_into(src, span, (open, close), find, out);
    }
    // In the order of the text, with the parentheses.
    out[first..].sort_by_key(|s| s.start);
}

/// Which brackets other than parentheses a text may close an assignment with: lenticular ones
/// where it has a closing 】, tortoise-shell ones where it has a 〕 that closes no document
/// number's year (〔2024〕12号: a digit follows it).
#[derive(Debug, Clone, Copy)]
struct OtherBrackets {
    lenticular: bool,
    tortoise: bool,
}

impl OtherBrackets {
    #[cfg(test)]
    const ALL: OtherBrackets = OtherBrackets {
        lenticular: true,
        tortoise: true,
    };

    fn of(src: &str) -> Self {
        let b = src.as_bytes();
        let mut from = 0;
        let mut tortoise = false;
        while let Some(i) = crate::segment::find_tortoise_close(&b[from..]) {
            let after = from + i + "〕".len();
            let next = src[after..].chars().next();
            if !next.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
                tortoise = true;
                break;
            }
            from = after;
        }
        OtherBrackets {
            lenticular: crate::segment::find_lenticular_close(b).is_some(),
            tortoise,
        }
    }
}

/// The assignments in `open`…`close` brackets other than parentheses in `src[span]` (see
/// [`brackets_into`]), appended to `out`; `find_close` finds the next closing one.
fn other_brackets_into(
    src: &str,
    span: Span,
    (open, close): (&str, &str),
    find_close: fn(&[u8]) -> Option<usize>,
    out: &mut Vec<Span>,
) {
    let text = &src[span.range()];
    let find = |from: usize| find_close(&text.as_bytes()[from..]);
    let mut from = 0;
    let mut next = find(0);
    while let Some(c) = next {
        let at = from + c;
        from = at + close.len();
        next = find(from);
        // Within the last 300 characters, as for parentheses (so that a run of closing
        // brackets stays linear).
        let mut lo = at.saturating_sub(300 * 4);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let Some(j) = text[lo..at].rfind(open).map(|j| lo + j) else {
            continue;
        };
        let inner = &text[j + open.len()..at];
        let after_sentence = after_a_sentence(&text[..j]);
        let at_end = text[from..].trim_start_matches(is_pad_or_stop).is_empty();
        // 【牵头单位】 labels the names after it.
        let label_alone = crate::segment::chars_at_most(inner, 6)
            && !inner.contains(['：', ':'])
            && LABEL_ENDS.iter().any(|w| inner.ends_with(w));
        if (after_sentence || at_end)
            && !has_char(inner, '。')
            && crate::segment::chars_at_most(inner, 300)
            && department::has_role_verb(inner)
            && !label_alone
        {
            let start = span.start + j + open.len();
            out.push(Span::new(start, start + inner.len()));
        }
    }
}

/// Whether `before` ends a sentence (or is empty), so that a bracket after it closes one.
fn after_a_sentence(before: &str) -> bool {
    before
        .trim_end_matches(char::is_whitespace)
        .chars()
        .next_back()
        .is_none_or(|p| matches!(p, '。' | '；' | ';' | '！' | '？'))
}

/// Whether the byte at `i` starts an opening (`true`) or a closing (`false`) round bracket:
/// `(` and `)`, or the full-width forms EF BC 88 and EF BC 89. `None` for any other byte.
fn bracket_at(b: &[u8], i: usize) -> Option<bool> {
    match (b[i], b.get(i + 1..i + 3)) {
        (b'(', _) | (0xEF, Some([0xBC, 0x88])) => Some(true),
        (b')', _) | (0xEF, Some([0xBC, 0x89])) => Some(false),
        _ => None,
    }
}

/// The opening bracket, `(` or `（`, that matches a closing one at `end`, among the last
/// `limit` characters of `text[..end]`: where it starts and its length. Brackets are found by a
/// vectorised search for `(`, `)` and the first byte of `（`/`）` (EF, which otherwise starts
/// only other full-width punctuation), not by decoding every character.
fn matching_open(text: &str, end: usize, limit: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    // `limit` characters take at most four bytes each.
    let mut from = end.saturating_sub(limit.saturating_mul(4));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut depth = 0usize;
    let mut hi = end;
    while let Some(i) = memchr::memrchr3(b'(', b')', 0xEF, &b[from..hi]) {
        let at = from + i;
        hi = at;
        let Some(open) = bracket_at(b, at) else {
            continue;
        };
        match (open, depth) {
            (false, _) => depth += 1,
            (true, 0) => {
                let within = limit == usize::MAX || text[at..end].chars().count() <= limit;
                return within.then_some((at, if b[at] == b'(' { 1 } else { 3 }));
            }
            (true, _) => depth -= 1,
        }
    }
    None
}

/// The paragraphs `own` with each one that stops inside a bracket joined to the next one,
/// which closes it (…补贴政策。（市商务局牵头，市财政局、市公安局 / 交警支队配合）), or inside a
/// date that the next one goes on with (…2024年12月31 / 日前减半征收…): a line broken where no
/// paragraph ends, in a text that is not hard-wrapped throughout. `None` when no paragraph
/// stops so.
fn joined_where_broken(src: &str, own: &[Span]) -> Option<Vec<Span>> {
    // Whether the last bracket of `t` opens (and what follows it is short enough to be a
    // parenthesis), and whether its first bracket closes.
    let opens_unclosed = |t: &str| {
        // (A paragraph that ends a sentence or a bracket is none: most are told so at once.)
        if !crate::structure::wrap::ends_open(t) {
            return false;
        }
        let b = t.as_bytes();
        let mut hi = b.len();
        while let Some(i) = memchr::memrchr3(b'(', b')', 0xEF, &b[..hi]) {
            hi = i;
            if let Some(open) = bracket_at(b, i) {
                return open && crate::segment::chars_at_most(&t[i..], 300);
            }
        }
        false
    };
    let closes_first = |t: &str| {
        let b = t.as_bytes();
        memchr::memchr3_iter(b'(', b')', 0xEF, b)
            .find_map(|i| bracket_at(b, i))
            .is_some_and(|open| !open)
    };
    // A date broken after a digit, 年 or 月, and what goes on with it: a digit, or the word
    // after the number (年, 月, 日, 号, 底, 前, 上旬…).
    let inside_a_date = |t: &str, next: &str| {
        // (Told first by the last byte: an ASCII digit, or the last byte of a full-width
        // digit (90–99), of 年 (B4) or of 月 (88). Most paragraphs end with 。, which is none.)
        if !t
            .as_bytes()
            .last()
            .is_some_and(|&b| b.is_ascii_digit() || matches!(b, 0x90..=0x99 | 0xB4 | 0x88))
        {
            return false;
        }
        let digit = crate::extract::numeral::is_digit;
        match (t.chars().next_back(), next.chars().next()) {
            (Some(a), Some(b)) if digit(a) => digit(b) || matches!(b, '年' | '月' | '日' | '号'),
            (Some('年' | '月'), Some(b)) => {
                digit(b) || matches!(b, '日' | '号' | '底' | '末' | '前' | '上' | '中' | '下')
            }
            _ => false,
        }
    };
    let mut out: Option<Vec<Span>> = None;
    for (k, &p) in own.iter().enumerate() {
        let continues = k > 0 && {
            let (prev, t) = (&src[own[k - 1].range()], &src[p.range()]);
            opens_unclosed(prev) && closes_first(t) || inside_a_date(prev, t)
        };
        match (continues, &mut out) {
            (true, Some(o)) => {
                if let Some(last) = o.last_mut() {
                    *last = last.cover(p);
                }
            }
            (true, None) => {
                let mut o = own[..k - 1].to_vec();
                o.push(own[k - 1].cover(p));
                out = Some(o);
            }
            (false, Some(o)) => o.push(p),
            (false, None) => {}
        }
    }
    out
}

fn is_pad_or_stop(c: char) -> bool {
    c.is_whitespace() || matches!(c, '。' | '.' | '；' | ';' | '\u{3000}')
}

/// Builds model values from spans, collecting warnings.
pub struct Finisher<'a> {
    /// The text.
    pub src: &'a str,
    /// Dates to resolve relative deadlines.
    pub anchors: Anchors,
    /// Warnings collected.
    pub warnings: &'a mut Vec<Warning>,
    /// The text may hold inserted pinyin (see [`crate::segment::may_hold_pinyin`]).
    pinyin: bool,
    /// Which brackets other than parentheses the text may close an assignment with.
    others: OtherBrackets,
    /// The text may state when it takes effect or for how long (自印发之日起, 有效期).
    effect: bool,
    /// A fixed-width layout broke the text's paragraphs into lines ([`crate::structure::wrap`]):
    /// a paragraph's span may cover line breaks.
    pub wrapped_layout: bool,
    /// The document reports what was (a 公报): a period it names without a word of a limit
    /// (年末全省常住人口…, 上半年新增就业…) is the one it reports on, not a limit to meet.
    pub reports: bool,
    /// Whether the document says that the first organ of a list leads (列第一位的为牵头单位),
    /// once a list without verbs has asked.
    first_leads: Option<bool>,
    /// Buffers reused from item to item, so that reading an item allocates only what the
    /// model keeps.
    scratch: Scratch,
}

#[derive(Default)]
struct Scratch {
    sources: Vec<(Span, Option<Role>)>,
    parens: Vec<Span>,
    departments: Vec<department::FoundDepartment>,
    deadlines: Vec<deadline::FoundDeadline>,
}

impl<'a> Finisher<'a> {
    /// A finisher over `src`; `pinyin` says whether the text may hold inserted pinyin (the
    /// reader has looked once, see [`crate::segment::may_hold_pinyin`]).
    pub fn new(
        src: &'a str,
        anchors: Anchors,
        warnings: &'a mut Vec<Warning>,
        pinyin: bool,
    ) -> Self {
        Finisher {
            src,
            anchors,
            warnings,
            pinyin,
            others: OtherBrackets::of(src),
            effect: deadline::may_state_effect(src),
            wrapped_layout: false,
            reports: false,
            first_leads: None,
            scratch: Scratch::default(),
        }
    }
}

impl Finisher<'_> {
    /// Records a warning about `span`.
    pub fn warn(&mut self, code: WarningCode, message: String, span: Span) {
        self.warnings.push(Warning {
            code,
            message,
            span: Some(span),
        });
    }

    /// Deadlines in `span`, responsibility parentheses included: a time limit written in one
    /// (完成时限：2023年12月底前) is the item's deadline.
    pub fn deadlines(&mut self, span: Span) -> Vec<Deadline> {
        let mut out = Vec::new();
        self.deadlines_in_part(span, &mut out);
        out
    }

    fn deadlines_in_part(&mut self, part: Span, out: &mut Vec<Deadline>) {
        self.deadlines_read(part, false, out);
    }

    /// Deadlines in `part`; in the cell of a time column when `time_cell`.
    fn deadlines_read(&mut self, part: Span, time_cell: bool, out: &mut Vec<Deadline>) {
        let text = &self.src[part.range()];
        let mut found = std::mem::take(&mut self.scratch.deadlines);
        found.clear();
        if time_cell {
            deadline::find_time_limits_into(text, self.anchors, &mut found);
        } else {
            deadline::find_deadlines_of_document_into(text, self.anchors, self.effect, &mut found);
        }
        for d in found.drain(..) {
            let sp = d.span.shift(part.start);
            // (A relative period is one an anchor resolves, or would.)
            if self.reports
                && d.kind == DeadlineKind::By
                && (d.anchor.is_some() || d.unanchored)
                && !deadline::has_limit_word(self.src, sp)
            {
                continue;
            }
            if d.unanchored {
                let message = format!(
                    "expected a written or publication date to resolve `{}`, found none",
                    &self.src[sp.range()]
                );
                self.warn(WarningCode::UnanchoredDeadline, message, sp);
            }
            out.push(Deadline {
                text: self.src[sp.range()].to_string(),
                kind: d.kind,
                date: d.date,
                time: d.time,
                anchor: d.anchor,
                clause: text[d.clause.range()].to_string(),
                span: sp,
            });
        }
        self.scratch.deadlines = found;
    }

    /// An unnumbered paragraph.
    pub fn paragraph(&mut self, span: Span) -> Paragraph {
        if self.wrapped_layout && has_char(&self.src[span.range()], '\n') {
            let (text, _, deadlines) = self.wrapped(&[span], |fin, own| {
                (fin.src.to_string(), None, fin.deadlines(own[0]))
            });
            return Paragraph {
                text,
                deadlines,
                span,
            };
        }
        Paragraph {
            text: self.src[span.range()].to_string(),
            deadlines: self.deadlines(span),
            span,
        }
    }

    /// Facts of paragraphs that a wrapped layout broke over lines ([`wrap`]): `read` reads
    /// them from their joined text, and the spans it gives (and those of its warnings) are
    /// taken back to the source.
    ///
    /// [`wrap`]: crate::structure::wrap
    fn wrapped(
        &mut self,
        paras: &[Span],
        read: impl FnOnce(&mut Finisher<'_>, &[Span]) -> OwnFacts,
    ) -> OwnFacts {
        let joined = Joined::of(self.src, paras);
        let first_warning = self.warnings.len();
        let (text, mut responsibility, mut deadlines) = {
            let mut fin = Finisher::new(&joined.text, self.anchors, self.warnings, self.pinyin);
            read(&mut fin, &joined.paragraphs)
        };
        // Pinyin that a line break parted from its character (動(\ndòng)) is whole once the
        // lines are joined, and left out of the text as the rest of it was.
        let text = self.without_pinyin(text);
        for w in &mut self.warnings[first_warning..] {
            w.span = w.span.map(|s| joined.source(s));
        }
        // A value that runs from one paragraph into the next (the joined text parts them by a
        // bare line break) reads as the text as given has it, breaks and indentation and all.
        let src = self.src;
        let back = |value: &mut String, span: &mut Span| {
            *span = joined.source(*span);
            if value.contains('\n') {
                *value = src[span.range()].to_string();
            }
        };
        for d in &mut deadlines {
            back(&mut d.text, &mut d.span);
        }
        if let Some(r) = &mut responsibility {
            back(&mut r.raw, &mut r.span);
            for d in &mut r.departments {
                back(&mut d.raw, &mut d.span);
            }
        }
        (text, responsibility, deadlines)
    }

    /// `s` without inserted pinyin, when the text may hold some.
    fn without_pinyin(&self, s: String) -> String {
        match self.pinyin.then(|| crate::segment::without_pinyin(&s)) {
            Some(std::borrow::Cow::Owned(clean)) => clean,
            _ => s,
        }
    }

    fn departments(&mut self, inner: Span, role: Option<Role>, out: &mut Vec<Department>) {
        let raw = &self.src[inner.range()];
        let mut found = std::mem::take(&mut self.scratch.departments);
        found.clear();
        department::parse_departments_into(raw, &mut found);
        out.reserve(found.len());
        for d in found.drain(..) {
            let name = self.without_pinyin(d.name);
            // A column or label of responsibility is the default; verbs in it say more
            // (责任单位：省司法厅牵头，省有关单位配合), for the names of their own clause
            // (责任单位：各街道办事处，区住建局配合: the offices are responsible).
            let role = match role {
                Some(r @ (Role::Lead | Role::Cooperating)) => r,
                Some(Role::Responsible)
                    if d.role != Role::Responsible && !verb_in_its_clause(&raw[d.span.end..]) =>
                {
                    Role::Responsible
                }
                _ => d.role,
            };
            // The same organ named again for another sentence of the item is listed once.
            if out.iter().any(|o| o.name == name && o.role == role) {
                continue;
            }
            // (Pinyin that a line break parted from its character is joined to it only
            // when the paragraph's lines are: it is taken out of the name as written too.)
            // (Pinyin that a line break parted is taken out of the name as written too.)
            out.push(Department {
                raw: self.without_pinyin(raw[d.span.range()].to_string()),
                name,
                role,
                generic: d.generic,
                span: d.span.shift(inner.start),
            });
        }
        self.scratch.departments = found;
    }

    /// A responsibility read from one or more places (parentheses, a labelled line, table
    /// cells). `raw` and `span` are the last parenthesis, or the run of a row's cells.
    fn responsibility(&mut self, sources: &[(Span, Option<Role>)]) -> Option<Responsibility> {
        let &(last, _) = sources.last()?;
        let mut departments = Vec::new();
        for &(sp, role) in sources {
            self.departments(sp, role, &mut departments);
        }
        let inner = if sources.iter().all(|s| s.1.is_some()) {
            sources[0].0.cover(last)
        } else {
            last
        };
        // Padding inside the brackets (（省财政厅牵头　）) is no part of what they say.
        // (Most such texts neither start nor end with a byte that a pad can: told first.)
        let inner = match self.src[inner.range()].as_bytes() {
            [first, .., last]
                if !matches!(
                    first,
                    b' ' | b'\t' | b'\r' | 0x0B | 0x0C | 0xC2 | 0xE2 | 0xE3 | 0xEF
                ) && !matches!(
                    last,
                    b' ' | b'\t' | b'\r' | 0x0B | 0x0C | 0x80 | 0x8B..=0x8D | 0xA0 | 0xBF
                ) =>
            {
                inner
            }
            _ => {
                let t = &self.src[inner.range()];
                let lead = t.len() - t.trim_start_matches(crate::segment::is_pad).len();
                let kept = t.trim_end_matches(crate::segment::is_pad).len().max(lead);
                Span::new(inner.start + lead, inner.start + kept)
            }
        };
        let raw = &self.src[inner.range()];
        // A list of responsible organs with no verb, where the document says that the first
        // of a list leads (责任单位：省通信管理局、省经信厅。列第一位的为牵头单位，下同).
        // (Lists under a label or in a column of responsible organs only, as such plans
        // write them: the text is searched for the note once, when one has no verb.)
        let labelled = sources.iter().all(|s| s.1 == Some(Role::Responsible))
            || ["责任单位", "責任單位", "责任部门", "責任部門"]
                .iter()
                .any(|l| raw.starts_with(l));
        if labelled
            && departments.len() > 1
            && self.first_leads != Some(false)
            && departments.iter().all(|d| d.role == Role::Responsible)
            && !department::has_verb(raw)
            && self.first_listed_leads()
        {
            departments[0].role = Role::Lead;
        }
        if departments.is_empty() {
            let message = format!("expected department names in `{raw}`, found none");
            self.warn(WarningCode::EmptyResponsibility, message, inner);
        }
        Some(Responsibility {
            raw: raw.to_string(),
            departments,
            span: inner,
        })
    }

    /// Whether the document says that the first organ of a list leads, read once.
    fn first_listed_leads(&mut self) -> bool {
        let src = self.src;
        *self
            .first_leads
            .get_or_insert_with(|| says_the_first_leads(src))
    }

    /// The text of a node's own paragraphs, its responsibility and its deadlines.
    fn own_facts(&mut self, own: &[Span], cells: Option<Cells>) -> OwnFacts {
        let own = || own.iter().copied().filter(|s| !s.is_empty());
        let mut text = String::with_capacity(own().map(|s| s.len() + 1).sum());
        for (k, s) in own().enumerate() {
            if k > 0 {
                text.push('\n');
            }
            text.push_str(&self.src[s.range()]);
        }

        // Responsibility: the cells of a table row; else labelled lines among the node's
        // paragraphs; else the parentheses that close its sentences.
        let mut sources = std::mem::take(&mut self.scratch.sources);
        sources.clear();
        if let Some(c) = cells {
            sources.extend(c.lead.map(|s| (s, Some(Role::Lead))));
            sources.extend(c.responsible.map(|s| (s, Some(Role::Responsible))));
            sources.extend(c.cooperating.map(|s| (s, Some(Role::Cooperating))));
        }
        if sources.is_empty() {
            sources.extend(own().filter_map(|p| labelled_responsibility(self.src, p)));
        }
        let mut parens = std::mem::take(&mut self.scratch.parens);
        parens.clear();
        if sources.is_empty() {
            for p in own() {
                brackets_into(self.src, p, self.others, &mut parens);
            }
            sources.extend(parens.iter().map(|&s| (s, None)));
        }
        if sources.is_empty() {
            for p in own() {
                inline_labels_into(self.src, p, &mut sources);
            }
        }
        // The paragraphs with a verb of a role (of the first 64; the rest are read as if),
        // told by the search for statements: only they may hold a clause with its task.
        let mut with_verbs = 0u64;
        let with_verb = |k: usize, mask: u64| k >= 64 || mask & (1 << k) != 0;
        if sources.is_empty() {
            for (k, p) in own().enumerate() {
                if statements_into(self.src, p, k > 0, &mut sources) && k < 64 {
                    with_verbs |= 1 << k;
                }
            }
            // A clause with its task may stand beside such a statement (省商务厅牵头做好…工作，
            // 省发展改革委、省市场监管局配合。): both say who does the item, in the text's order.
            if !sources.is_empty() {
                let said = sources.len();
                for (k, p) in own().enumerate() {
                    if with_verb(k, with_verbs) {
                        tasked_into(self.src, p, &mut sources);
                    }
                }
                if sources.len() > said {
                    sources.sort_by_key(|s| s.0.start);
                    sources.dedup_by(|b, a| a.0.end > b.0.start);
                }
            }
        }
        if sources.is_empty() {
            if let Some(p) = own().next() {
                organ_label_into(self.src, p, &mut sources);
            }
        }
        if sources.is_empty() && (with_verbs != 0 || own().nth(64).is_some()) {
            for (k, p) in own().enumerate() {
                if !with_verb(k, with_verbs) {
                    continue;
                }
                tasked_into(self.src, p, &mut sources);
            }
        }
        let responsibility = self.responsibility(&sources);
        let mut deadlines = Vec::new();
        let time_cell = cells.and_then(|c| c.time);
        for p in own() {
            self.deadlines_read(p, Some(p) == time_cell, &mut deadlines);
        }
        self.scratch.sources = sources;
        self.scratch.parens = parens;
        (text, responsibility, deadlines)
    }

    /// A section and, through the bounded tree, its children.
    pub fn section(&mut self, node: &Node, parent_path: &str, level: u32) -> Section {
        let written = &self.src[node.marker_span.range()];
        let unmarked = matches!(node.marker.kind, Kind::Bullet | Kind::Row);
        let mut path = String::with_capacity(parent_path.len() + 12);
        if !parent_path.is_empty() {
            path.push_str(parent_path);
            path.push('/');
        }
        match node.marker.kind {
            Kind::Bullet => {
                path.push('—');
                crate::extract::numeral::push_decimal(&mut path, node.ordinal);
            }
            Kind::Row => {
                path.push('#');
                crate::extract::numeral::push_decimal(&mut path, node.ordinal);
            }
            _ => node.marker.push_path_segment(written, &mut path),
        }
        let wrapped = self.wrapped_layout
            && node
                .own
                .iter()
                .any(|p| has_char(&self.src[p.range()], '\n'));
        let broken = match node.cells {
            None if !wrapped => joined_where_broken(self.src, &node.own),
            _ => None,
        };
        let (text, responsibility, deadlines) = if wrapped {
            self.wrapped(&node.own, |fin, own| fin.own_facts(own, None))
        } else if let Some(paras) = broken {
            self.wrapped(&paras, |fin, own| fin.own_facts(own, None))
        } else {
            self.own_facts(&node.own, node.cells)
        };
        let children = node
            .children
            .iter()
            .map(|c| self.section(c, &path, level + 1))
            .collect();
        Section {
            path,
            level,
            marker: (!unmarked).then(|| written.to_string()),
            number: node.marker.number.or(unmarked.then_some(node.ordinal)),
            heading: heading(&text),
            text,
            responsibility,
            deadlines,
            children,
            span: node.span(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_a_parenthesis_cut_off_by_the_end_of_the_text() {
        fn read(s: &str, para: &str) -> Option<String> {
            let at = s.find(para).expect("paragraph");
            cut_off_parenthesis(s, Span::new(at, at + para.len())).map(|sp| s[sp.range()].into())
        }
        let s = "二、做好乙事。（省工业和信息化厅牵头，省科技厅配合，省财";
        assert_eq!(
            read(s, s).as_deref(),
            Some("省工业和信息化厅牵头，省科技厅配合")
        );
        // No verb closes a run: nothing is known of the roles.
        assert_eq!(
            read(
                "做好乙事。(省工业和信息化厅、省科技厅",
                "做好乙事。(省工业和信息化厅、省科技厅"
            ),
            None
        );
        // Not the text's last paragraph; not after a sentence; a closed parenthesis.
        let s = "做好乙事。（省财政厅负责\n三、丙";
        assert_eq!(read(s, "做好乙事。（省财政厅负责"), None);
        assert_eq!(
            read("做好乙事（省财政厅负责", "做好乙事（省财政厅负责"),
            None
        );
        assert_eq!(
            read("做好乙事。（省财政厅负责）", "做好乙事。（省财政厅负责）"),
            None
        );
    }

    /// Labels after an item's sentences, and colons that end no label: after a character of
    /// three bytes, an ASCII one or nothing, close to the start, and in a label's place without
    /// a sentence before it.
    #[test]
    fn ok_inline_labels() {
        fn read(s: &str) -> Vec<(&str, Option<Role>)> {
            let mut out = Vec::new();
            inline_labels_into(s, Span::new(0, s.len()), &mut out);
            out.into_iter()
                .map(|(sp, role)| (&s[sp.range()], role))
                .collect()
        }
        assert_eq!(
            read("加快建设。责任单位：市财政局，完成时限：2023年9月底前。其后"),
            [("市财政局，完成时限：2023年9月底前", Some(Role::Responsible))]
        );
        assert_eq!(
            read("推进改革；牵头单位：省发展改革委；配合单位：省财政厅"),
            [("牵头单位：省发展改革委；配合单位：省财政厅", None)]
        );
        for s in [
            "村(社)必须按照民主管理的要求,建立健全各项管理制度,主要有以下16项:",
            "：",
            ":",
            "a:b：c",
            "责任单位：市财政局",
            "其中责任单位：市财政局",
            "单位：",
            "。。单位：",
        ] {
            assert!(read(s).is_empty(), "{s}");
        }
    }

    /// The search for the matching bracket finds what a walk back over characters finds, with
    /// and without a limit, on generated text of both kinds of bracket, full-width punctuation
    /// (which starts with EF like （ and ）), CJK, ASCII and four-byte characters.
    #[test]
    fn ok_matching_open_is_the_char_walk() {
        fn by_chars(t: &str, end: usize, limit: usize) -> Option<(usize, usize)> {
            let mut depth = 0usize;
            for (j, c) in t[..end].char_indices().rev().take(limit) {
                match c {
                    ')' | '）' => depth += 1,
                    '(' | '（' if depth == 0 => return Some((j, c.len_utf8())),
                    '(' | '（' => depth -= 1,
                    _ => {}
                }
            }
            None
        }
        let pieces = [
            "(", ")", "（", "）", "，", "：", "ｈ", "戈", "省", "a", "😀", " ",
        ];
        let mut generator = crate::testing::Gen::new(11);
        for n in 0..4_000 {
            let t = generator.pieces(&pieces, n % 40);
            for end in (0..=t.len()).filter(|&e| t.is_char_boundary(e)) {
                for limit in [0, 1, 3, 7, 300, usize::MAX] {
                    assert_eq!(
                        matching_open(&t, end, limit),
                        by_chars(&t, end, limit),
                        "{t:?} {end} {limit}"
                    );
                }
            }
        }
    }

    #[test]
    fn ok_heading() {
        assert_eq!(
            heading("持续推动“放权强市”“放权强区”。支持深圳").as_deref(),
            Some("持续推动“放权强市”“放权强区”")
        );
        assert_eq!(
            heading("深入推进简政放权,进一步增强发展活力").as_deref(),
            Some("深入推进简政放权,进一步增强发展活力")
        );
        assert_eq!(heading("组织章程;").as_deref(), Some("组织章程"));
        assert_eq!(heading(""), None);
    }

    #[test]
    fn ok_trailing_parenthesis() {
        let s = "实施。(省政府办公厅牵头,省有关部门及各地级以上市按职责分工负责)";
        let sp = trailing_parenthesis(s, Span::new(0, s.len())).expect("paren");
        assert_eq!(
            &s[sp.range()],
            "省政府办公厅牵头,省有关部门及各地级以上市按职责分工负责"
        );
        let s = "养老保险(含职业年金)转移。(省人力资源社会保障厅等省有关部门按职责分工负责)";
        assert!(trailing_parenthesis(s, Span::new(0, s.len())).is_some());
        let s = "在职职工总数30人(含)以下";
        assert!(trailing_parenthesis(s, Span::new(0, s.len())).is_none());
        let s = "总体发展规划(2020—2035年)";
        assert!(trailing_parenthesis(s, Span::new(0, s.len())).is_none());
    }

    #[test]
    fn ok_sentence_level_parentheses() {
        let s = "支持分期支付。（省自然资源厅牵头）推行“标准地”出让。（省自然资源厅、住房城乡建设厅牵头）在职职工30人(含)以下。";
        let mut found = Vec::new();
        brackets_into(s, Span::new(0, s.len()), OtherBrackets::ALL, &mut found);
        let got: Vec<&str> = found.iter().map(|sp| &s[sp.range()]).collect();
        assert_eq!(
            got,
            ["省自然资源厅牵头", "省自然资源厅、住房城乡建设厅牵头"]
        );
        // Lenticular brackets, in the order of the text with the parentheses; not a bracket
        // of page furniture, nor one inside a sentence.
        let s = "建成平台。【省政务服务和数据管理局牵头，省发展改革委配合】推行改革。（省财政厅负责）完善制度。【责任单位：省司法厅】【打印】按【省发展改革委负责】的要求推进";
        let mut found = Vec::new();
        brackets_into(s, Span::new(0, s.len()), OtherBrackets::ALL, &mut found);
        let got: Vec<&str> = found.iter().map(|sp| &s[sp.range()]).collect();
        assert_eq!(
            got,
            [
                "省政务服务和数据管理局牵头，省发展改革委配合",
                "省财政厅负责",
                "责任单位：省司法厅"
            ]
        );
        // Tortoise-shell brackets, as some cities' plans write them; a label of names ending
        // in 单位 is read, a number's year is not.
        let s = "完成扩容。〔责任单位：市政务服务数据管理局，市有关单位〕按粤府〔2024〕12号执行。【配合单位】";
        let mut found = Vec::new();
        brackets_into(s, Span::new(0, s.len()), OtherBrackets::ALL, &mut found);
        let got: Vec<&str> = found.iter().map(|sp| &s[sp.range()]).collect();
        assert_eq!(got, ["责任单位：市政务服务数据管理局，市有关单位"]);
    }

    #[test]
    fn ok_labelled() {
        let s = "部门分工:省发展改革委牵头,各地、各部门配合。";
        let (sp, role) = labelled_responsibility(s, Span::new(0, s.len())).expect("label");
        assert_eq!(&s[sp.range()], "省发展改革委牵头,各地、各部门配合。");
        assert_eq!(role, None);
        for (line, want) in [
            ("牵头单位：市工业和信息化局", Role::Lead),
            ("配合单位: 市发展改革局、市科技局", Role::Cooperating),
            ("责任单位　：各市（区）人民政府", Role::Responsible),
            ("主责单位：市商务局", Role::Responsible),
            ("主要责任单位：市商务局", Role::Responsible),
            ("主办单位：市商务局", Role::Lead),
            ("协同单位：市公安局、市财政局", Role::Cooperating),
        ] {
            let (sp, role) = labelled_responsibility(line, Span::new(0, line.len())).expect(line);
            assert_eq!(role, Some(want), "{line}");
            assert!(line[sp.range()].starts_with('市') || line[sp.range()].starts_with('各'));
        }
        assert!(labelled_responsibility("完成时限：2023年12月", Span::new(0, 24)).is_none());
        // A note after the list's full stop is no part of it.
        let s = "责任单位：市住房城乡建设局，各县（市、区）人民政府。以下任务均需各县（市、区）人民政府落实，不再列出。";
        let (sp, _) = labelled_responsibility(s, Span::new(0, s.len())).expect("label");
        assert_eq!(&s[sp.range()], "市住房城乡建设局，各县（市、区）人民政府");
    }
}
