//! Lines that hold a whole header or a whole document (mirror sites flatten pages onto one line;
//! wiki pages squeeze the header into one line). Such a line is cut back into the lines a reader
//! sees — title, 文号, addressees, paragraphs, attachment list, signature, date, labels — as
//! sub-spans of the same line, so the text is never rewritten and every span stays true.

use crate::extract::numeral::is_digit;
use crate::extract::{date, docnum};
use crate::model::Span;
use crate::segment::{Line, is_pad};
use crate::segment::{has_char, has_str};
use crate::structure::{lexicon, portal};

/// Document types that end a title, after 的 (with the words that often stand between: 的复函,
/// 的实施意见).
const DOC_TYPES: &[&str] = &[
    "通知",
    "通告",
    "公告",
    "意见",
    "意見",
    "决定",
    "決定",
    "批复",
    "批復",
    "函",
    "复函",
    "復函",
    "报告",
    "報告",
    "请示",
    "請示",
    "通报",
    "通報",
    "纪要",
    "紀要",
    "决议",
    "決議",
    "公报",
    "公報",
    "实施意见",
    "實施意見",
    "指导意见",
    "指導意見",
    "若干意见",
    "若干意見",
    "紧急通知",
    "緊急通知",
    "补充通知",
    "補充通知",
];

/// At most `len` bytes of `text` that end at `to`, from a character's start.
fn window_before(text: &str, to: usize, len: usize) -> &str {
    let mut from = to.saturating_sub(len);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..to]
}

/// `ranges` in order, those that overlap merged into one.
fn merged(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (a, b) in ranges {
        match out.last_mut() {
            Some(last) if a < last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// Whether `at` lies strictly inside one of the `ranges` ([`merged`]).
fn strictly_inside(ranges: &[(usize, usize)], at: usize) -> bool {
    let k = ranges.partition_point(|&(a, _)| a < at);
    k > 0 && at < ranges[k - 1].1
}

fn window(text: &str, from: usize, len: usize) -> &str {
    let mut end = (from + len).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[from..end]
}

/// The lines at the start of a text where a flattened head with no number is looked for (a
/// wrapper's lines may stand before it).
const HEAD_LINES: usize = 16;

/// The document number of a flattened header: glued (or spaced) after a title's 的通知, or at
/// the very start of a line that goes on to the addressees; on a `head_line`, the end of a
/// title with no number before its addressees. With it, where the page's fields that stand
/// between the title and the number start, if any.
fn header_number(text: &str, head_line: bool) -> Option<(Span, Option<usize>)> {
    static DE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("的".as_bytes()));
    for i in DE.find_iter(text.as_bytes()) {
        let after = &text[i + "的".len()..];
        // Most 的 end no title: told by the character after them before any type is compared.
        let may_end_a_title = after.chars().next().is_some_and(|c| {
            matches!(
                c,
                '通' | '公'
                    | '意'
                    | '决'
                    | '決'
                    | '批'
                    | '函'
                    | '复'
                    | '復'
                    | '报'
                    | '報'
                    | '请'
                    | '請'
                    | '纪'
                    | '紀'
                    | '实'
                    | '實'
                    | '指'
                    | '若'
                    | '紧'
                    | '緊'
                    | '补'
                    | '補'
            )
        });
        if !may_end_a_title {
            continue;
        }
        let Some(w) = DOC_TYPES.iter().find(|w| after.starts_with(*w)) else {
            continue;
        };
        let mut from = i + "的".len() + w.len();
        // A date in parentheses under the title may stand before the number
        // (…的批复（一九九四年四月十五日）国函〔1994〕38号).
        let padded = text[from..].trim_start_matches(is_pad);
        if let Some(len) = dated_parenthesis_len(padded) {
            from = text.len() - padded.len() + len;
        }
        let slice = window(text, from, 90);
        let pad = slice.len() - slice.trim_start_matches(is_pad).len();
        // The number may stand in parentheses after the title: …的通知（粤府函〔2021〕55号）.
        let open = slice[pad..]
            .chars()
            .next()
            .filter(|c| matches!(c, '（' | '('))
            .map_or(0, char::len_utf8);
        // …with its date beside it: …的意见（某府〔2024〕18号　2024年9月20日）.
        if open > 0
            && let Some(len) = dated_number_len(window(text, from + pad, 150))
            && from + pad + len < text.len()
        {
            return Some((Span::new(from + pad, from + pad + len), None));
        }
        let hit = docnum::find_doc_numbers(slice)
            .into_iter()
            .find(|f| f.span.start == pad + open && !f.damaged && f.span.end < slice.len() + 1);
        if let Some(f) = hit {
            let close = slice[f.span.end..]
                .chars()
                .next()
                .filter(|c| open > 0 && matches!(c, '）' | ')'))
                .map_or(0, char::len_utf8);
            let span = Span::new(f.span.start - open, f.span.end + close);
            if (open == 0 || close > 0) && from + span.end < text.len() {
                return Some((span.shift(from), None));
            }
        }
        // An announcement with a subject numbered in its organ's series:
        // …关于开展…抽检的公告2024年第12号根据….
        if matches!(*w, "公告" | "通告") && has_str(&text[..i], "关于") {
            let rest = &slice[pad..];
            if let Some(hao) = rest.find(['号', '號']) {
                let end = pad + hao + '号'.len_utf8();
                if docnum::order_number_line(&slice[pad..end], "").is_some()
                    && from + end < text.len()
                {
                    return Some((Span::new(from + pad, from + end), None));
                }
            }
        }
        // The page's fields and buttons may stand between the title and its number:
        // …的通知发布时间:2023-08-15　来源:某办公厅【字体:大 中 小】穗府办〔2023〕18号.
        if let Some(found) = number_after_fields(text, from) {
            return Some(found);
        }
    }
    // 广东省人民政府公告（第12号）根据…: a name numbered in a series, and its number.
    if let Some(f) = series_number(text) {
        return Some((f, None));
    }
    // 粤府函〔2022〕67号各地级以上市人民政府…:, or after the masthead, as the version of
    // record prints the head (广东省人民政府办公厅文件粤办发〔2023〕8号<title><addressees>:).
    let head = window(text, 0, 90);
    // (A masthead may have the copy's serial and its urgency before it: 000086特急广东省….)
    let opens = || head.chars().next().is_some_and(docnum::is_han) || has_str(head, "文件");
    // (A number cut off by the window's end is looked for below.)
    let first = || docnum::find_doc_numbers(head).into_iter().next();
    if let Some(mut f) = (head.contains(docnum::is_open_bracket) && opens())
        .then(first)
        .flatten()
    {
        // A masthead glued before the agency is no part of it, nor the last character of
        // one spaced out (广 州 市 人 民 政 府 文 件穗府办〔2024〕6号).
        if let Some(at) = text[f.span.range()].rfind("文件") {
            f.span = Span::new(f.span.start + at + "文件".len(), f.span.end);
        } else if text[f.span.range()].starts_with('件')
            && text[..f.span.start]
                .trim_end_matches(is_pad)
                .ends_with('文')
        {
            f.span = Span::new(f.span.start + '件'.len_utf8(), f.span.end);
        }
        let after = &text[f.span.end..];
        let colon = after
            .char_indices()
            .take(200)
            .any(|(_, c)| c == ':' || c == '：');
        let masthead: String = text[..f.span.start]
            .chars()
            .filter(|&c| !is_pad(c))
            .collect();
        let at_start = f.span.start == 0
            || (masthead.ends_with("文件") && crate::segment::chars_at_most(&masthead, 25));
        // A damaged number (粤经贸工业〔20051006) is the head's only when its title follows.
        let titled = || {
            let after = after.trim_start_matches(is_pad);
            title_end(window(after, 0, 120 * 3)).is_some_and(|end| opens_as_a_title(&after[..end]))
        };
        if at_start && (!f.damaged || titled()) && colon && !after.trim().is_empty() {
            return Some((f.span, None));
        }
    }
    // A number before its title, as Guangzhou's pages print the head after their fields
    // (…• 分享到• -花府办规〔2018〕1号广州市…的通知各镇(街)政府(办事处),区农林局:): the title
    // right after it, then the addressees and their colon.
    // (Such a head has a 号 and, after it, a title's 关于: a cheap test before the search.)
    let near = window(text, 0, 900);
    let numbered_title = || {
        crate::segment::find_str(near, "号")
            .or_else(|| crate::segment::find_str(near, "號"))
            .is_some_and(|h| has_str(&near[h..], "关于") || has_str(&near[h..], "關於"))
    };
    let numbers = if head_line && numbered_title() {
        docnum::find_doc_numbers(near)
    } else {
        Vec::new()
    };
    // (A damaged number, 花府办〔 2015 4号, is one here too: the title and addressees after it
    // tell.)
    for f in numbers.into_iter().take(4) {
        // (Lines joined with spaces leave one after the number.)
        let after = text[f.span.end..].trim_start_matches(is_pad);
        // (A number cited in a sentence stands in brackets or after a word of citing.)
        let cited = text[..f.span.start].chars().next_back().is_some_and(|c| {
            matches!(c, '(' | '（' | '《' | '“' | '"' | '、' | '和' | '及' | '与')
        });
        if cited || !after.chars().next().is_some_and(docnum::is_han) {
            continue;
        }
        let Some(end) = title_end(window(after, 0, 120 * 3)) else {
            continue;
        };
        let title = &after[..end];
        let colon = window(after, end, 200).find([':', '：']);
        if opens_as_a_title(title)
            && !title.contains(['。', ':', '：', '•'])
            && colon.is_some_and(|c| !window(after, end, 200)[..c].contains('。'))
        {
            return Some((f.span, None));
        }
    }
    // No number at all (a report, a partial capture): a title at the very start of the line,
    // then the addressees, the first punctuation but their commas being the colon after them;
    // the number's place is the title's end. Or the title after a page's crumbs, its fields
    // after it.
    // (Every label of crumbs opens with 当 or 您: 当前位置, 您的位置; a trail with no label
    // opens with the home page: 首页 > 通知公告.)
    if head_line
        && text.starts_with(['当', '您', '首', '网', '網'])
        && let Some(end) = title_after_crumbs_and_fields(text)
    {
        return Some((Span::new(end, end), None));
    }
    let head = window(text, 0, 90);
    if !head_line || !text.chars().next().is_some_and(docnum::is_han) {
        return None;
    }
    // A page's 公示 (关于2024年度…名单的公示 根据…, …拟任职人选公示 按照…): its title alone
    // before white space or the words that open its body is enough, with 关于 or without.
    let first = window(text, 0, 61 * 3);
    if has_str(first, "公示")
        && let Some(end) = announcement_title(first)
        && text[..end].ends_with("公示")
    {
        return Some((Span::new(end, end), None));
    }
    // An announcement to the public may be titled without 关于 (…招聘高校应届毕业生公告):
    // the whole title before white space or the words that open its body, then its body,
    // told as below.
    if !(head.contains("关于") || head.contains("關於")) {
        let end = announcement_title(window(text, 0, 61 * 3))?;
        return opens_a_body(&text[end..]).then_some((Span::new(end, end), None));
    }
    // Or a decision's or a regulation's title, then the note of the meeting that adopted it
    // (…的决定（2025年3月28日广东省人民政府第十四届56次常务会议通过）省人民政府决定…): the
    // number's place is the note's end.
    if let Some(end) = title_end(window(text, 0, 120 * 3))
        && opens_as_a_title(&text[..end])
    {
        let after = text[end..].trim_start_matches(is_pad);
        let note_end = text.len() - after.len() + adoption_note_len(after).unwrap_or(0);
        if note_end > text.len() - after.len() && note_end < text.len() {
            return Some((Span::new(note_end, note_end), None));
        }
    }
    // Or a title with no addressees after it, as an announcement to the public has none
    // (…的通告为确保…，现将有关事项通告如下：一、…): the body it opens shows in a set formula
    // (特此通告) or a first item (一、) after a sentence.
    if let Some(end) = title_end(window(text, 0, 120 * 3))
        && opens_as_a_title(&text[..end])
        && !text[..end].contains(['。', '：', ':', '，', ','])
        && opens_a_body(&text[end..])
    {
        return Some((Span::new(end, end), None));
    }
    // (A title may cite a document in 《》 and hold a note in brackets: 关于征求《…（征求意见稿）》
    // 意见的函; the addressees after it may hold brackets too, but no stop before their colon.)
    let (colon, c) = text
        .char_indices()
        .take(120)
        .find(|&(_, c)| matches!(c, '。' | '；' | ';' | '：' | ':'))?;
    if c != ':' && c != '：' || text[colon..].trim().len() <= c.len_utf8() {
        return None;
    }
    let end = title_end(&text[..colon])?;
    let title = &text[..end];
    (opens_as_a_title(title)
        && !title.contains(['，', ','])
        && lexicon::addressee_line(text[end..colon + c.len_utf8()].trim_start_matches(is_pad))
            .is_some())
    .then_some((Span::new(end, end), None))
}

/// The first crumb of a trail with no label: the site's home page.
const HOME_CRUMBS: [&str; 4] = ["首页", "首頁", "网站首页", "網站首頁"];

/// A title with no number after a page's trail of crumbs, with the page's fields between it
/// and its addressees, all parted by white space (当前位置：首页 > 通知公告 关于…的通知
/// 发布时间：2024-01-05 09:30　来源：… 各市场主体： 根据…): where the title ends.
fn title_after_crumbs_and_fields(text: &str) -> Option<usize> {
    let head = window(text, 0, 60 * 3);
    // (The home page, then a separator: 首页 > 通知公告.)
    let home = HOME_CRUMBS.iter().any(|h| {
        head.strip_prefix(h).is_some_and(|rest| {
            rest.trim_start_matches(is_pad)
                .starts_with(portal::CRUMB_SEPARATORS)
        })
    });
    if !home {
        let (label, _) = head.split_once(['：', ':'])?;
        if !portal::is_crumb_label(label) {
            return None;
        }
    }
    // After the last crumb, white space, then the title.
    let last_sep = head.rfind(portal::CRUMB_SEPARATORS)?;
    let rest = text[last_sep..].trim_start_matches(portal::CRUMB_SEPARATORS);
    let rest = rest.trim_start_matches(is_pad);
    let crumb_end = rest.find(is_pad)?;
    let title_at = text.len() - rest[crumb_end..].trim_start_matches(is_pad).len();
    let after_crumb = &text[title_at..];
    let end = title_end(window(after_crumb, 0, 120 * 3))?;
    let title = &after_crumb[..end];
    if !opens_as_a_title(title) || title.contains(['，', ',', '。', '：', ':', '；', ';']) {
        return None;
    }
    // The fields, then the first piece after white space that ends with a colon and reads as
    // addressees; no stop before it.
    let after = after_crumb[end..].trim_start_matches(is_pad);
    if !portal::is_field_line(window(after, 0, 60)) {
        return None;
    }
    let span = window(after, 0, 300 * 3);
    let span = &span[..span.find('。').unwrap_or(span.len())];
    span.match_indices(['：', ':']).find_map(|(c, colon)| {
        let piece_start = span[..c].rfind(is_pad).map_or(0, |p| {
            p + span[p..].chars().next().map_or(0, char::len_utf8)
        });
        let piece = &span[piece_start..c + colon.len()];
        (piece_start > 0 && lexicon::addressee_line(piece).is_some()).then_some(title_at + end)
    })
}

/// A document number after a run of the page's labelled fields and buttons that starts at
/// `from` (发布时间：…　来源：…【字体：大 中 小】穗府办〔2023〕18号), with where the fields
/// start; the fields are no sentence and hold no other number. Where another 的 stands
/// between them and the number (another title, as a page may print it twice), they are no
/// run of their own.
fn number_after_fields(text: &str, type_end: usize) -> Option<(Span, Option<usize>)> {
    let rest = text[type_end..].trim_start_matches(is_pad);
    let from = text.len() - rest.len();
    // (Or the page's bullets: …的通知 • 2024-03-20 • 来源: …办公室 佛府办函〔2024〕15号.)
    if !crate::structure::portal::is_field_line(window(rest, 0, 60)) && !rest.starts_with(BULLETS) {
        return None;
    }
    let slice = window(text, from, 300);
    let f = docnum::find_doc_numbers(slice)
        .into_iter()
        .find(|f| !f.damaged)?;
    let fields = &slice[..f.span.start];
    let sentence = fields.contains(['。', '《', '；', ';']);
    let num = f.span.shift(from);
    let alone = !text[type_end..num.start].contains('的');
    (!sentence && num.end < text.len()).then(|| (num, alone.then_some(from)))
}

/// The length of a date in parentheses that starts `s` (（一九九四年四月十五日）), if one does.
fn dated_parenthesis_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix(['（', '('])?;
    // (A date is short: its close is looked for no further.)
    let close = window(inner, 0, 17 * 3).find(['）', ')'])?;
    let date = &inner[..close];
    (crate::segment::chars_at_most(date, 16) && date::date_line(date, None).is_some()).then(|| {
        s.len() - inner.len() + close + inner[close..].chars().next().map_or(0, char::len_utf8)
    })
}

/// The length of the parenthesis that opens `s` when it holds a number and its date
/// (（某府〔2024〕18号　2024年9月20日）, in either order).
fn dated_number_len(s: &str) -> Option<usize> {
    let (close, c) = s.char_indices().find(|&(_, c)| matches!(c, '）' | ')'))?;
    let len = close + c.len_utf8();
    super::head::number_with_date(&s[..len]).map(|_| len)
}

/// Whether `s` opens with a formula that closes a document (特此通知, 此复) or with the
/// sentence on when the document takes force (本决定自2025年5月1日起施行, 本通知自印发之日起
/// 执行): 本, at most 8 characters, 自, and a word of taking force within 40 more.
fn states_its_force(s: &str) -> bool {
    if lexicon::is_closing_formula(s) {
        return true;
    }
    if !s.starts_with('本') {
        return false;
    }
    let head = window(s, 0, 9 * 3);
    let Some(from) = head.find('自') else {
        return false;
    };
    let rest = window(s, from, 40 * 3);
    // (In the same sentence.)
    let rest = &rest[..rest.find('。').unwrap_or(rest.len())];
    ["施行", "执行", "執行", "实施", "實施", "生效"]
        .iter()
        .any(|w| has_str(rest, w))
}

/// The length of the note in parentheses under a title that records its adoption, at the
/// start of `s`: a date, then who adopted or published it (（2025年3月28日广东省人民政府第十四届
/// 56次常务会议通过）, (2023年11月30日省人民政府令第310号公布)); at most 80 characters.
fn adoption_note_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix(['（', '('])?;
    let close = window(inner, 0, 80 * 3).find(['）', ')'])?;
    let note = &inner[..close];
    let dated = date::find_dates(window(note, 0, 20 * 3), None)
        .first()
        .is_some_and(|d| d.span.start == 0);
    (dated && lexicon::records_adoption(note)).then(|| {
        s.len() - inner.len() + close + inner[close..].chars().next().map_or(0, char::len_utf8)
    })
}

/// The end of a title (…的通知) at the start of `piece` with more text after it: the
/// addressees after a title glued between them and the number.
fn title_end(piece: &str) -> Option<usize> {
    // (Most pieces cite no title: where the first 《 opens is looked for once.)
    let cites_from = crate::segment::find_str(piece, "《");
    piece.match_indices('的').find_map(|(i, _)| {
        let after = &piece[i + "的".len()..];
        // A type inside a cited title (关于转发《…的通知》的通知) ends no title.
        if cites_from.is_some_and(|c| c < i) && inside_title_marks(&piece[..i]) {
            return None;
        }
        // The longest type: 的实施意见 over 的意见.
        let w = DOC_TYPES
            .iter()
            .filter(|w| after.starts_with(*w))
            .max_by_key(|w| w.len())?;
        let end = i + "的".len() + w.len();
        (end + 3 < piece.len()).then_some(end)
    })
}

/// Whether the end of `before` is inside 《》 that it opened and did not close.
fn inside_title_marks(before: &str) -> bool {
    let Some(open) = before.rfind('《') else {
        return false;
    };
    !has_char(&before[open..], '》')
}

/// Where a title glued after the last crumb of the page's trail starts (首页 > 政策文件广州市
/// 人民政府办公厅关于…): at the first place name after the start of `piece` whose text
/// before it is no organ's name.
fn title_after_crumb(piece: &str) -> Option<usize> {
    piece.char_indices().skip(1).map(|(i, _)| i).find(|&i| {
        let rest = &piece[i..];
        (crate::extract::department::PLACES
            .iter()
            .chain(&PROVINCES)
            .any(|p| rest.starts_with(p))
            || [
                "中共",
                "国务院",
                "國務院",
                "中华人民共和国",
                "中華人民共和國",
            ]
            .iter()
            .any(|p| rest.starts_with(p)))
            && !lexicon::ends_like_organ(&piece[..i])
    })
}

/// Where the entries after the first of a list of titles glued one after another start
/// (1.甲工作指引2.乙技术导则 → the offset of 2.): each entry's number is the next, and the
/// text before it ends with a whole title. At most 20 entries, each of at most 120
/// characters.
fn listed_entries(list: &str) -> impl Iterator<Item = usize> + '_ {
    let opens = list
        .strip_prefix(['1', '１'])
        .is_some_and(|r| !r.starts_with(is_digit));
    let mut next = 2u32;
    let mut from = 0;
    std::iter::from_fn(move || {
        if !opens || next > 20 {
            return None;
        }
        let w = window(list, from, 120 * 3);
        // The number in either width, then its stop.
        let at = w
            .char_indices()
            .find(|&(p, _)| {
                let digits = w[p..].trim_start_matches(is_digit);
                let n = &w[p..w.len() - digits.len()];
                !n.is_empty()
                    && crate::extract::numeral::arabic(n) == Some(next)
                    && digits.starts_with(['.', '．', '、'])
                    && !w[..p].ends_with(is_digit)
            })
            .map(|(p, _)| from + p)?;
        // (A file's title may keep its extension: …指引.docx2.….)
        let title = crate::structure::trailers::strip_extension(&list[..at]);
        if !lexicon::title_complete(title) {
            return None;
        }
        next += 1;
        from = at + 1;
        Some(at)
    })
}

/// The printed pages' numbers in a flattened text (`— 1 —`, `- 12 -`: a dash, white space, at
/// most three digits, white space, a dash), as ranges.
fn page_numbers(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    static PAGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"[-—–－][ \u{3000}]+[0-9０-９]{1,3}[ \u{3000}]+[-—–－]")
            .expect("valid page regex")
    });
    PAGE.find_iter(text).map(|m| (m.start(), m.end()))
}

/// The provinces and regions a repost's stamp names where it was posted from (发表于广东).
const PROVINCES: [&str; 34] = [
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "台湾",
    "香港",
    "澳门",
];

/// Where a title glued after what no title's line ends with starts: after a date (…发布时间:-
/// 2019年08月27日广东省人民政府办公厅关于…), after Latin letters or digits (…469
/// characters广东省人民政府关于…, 阅读次数：1234紫金县人民政府关于…), or after a repost's
/// stamp (…18:30 发表于广东江门市人民政府办公室关于…), its issuer before its 关于. `head`
/// ends where the number after the title starts.
fn title_after_furniture(head: &str) -> Option<usize> {
    // A title is short: its 关于 within its last 150 characters, its issuer within 30 before.
    let from = head.len() - window_before(head, head.len(), 150 * 3).len();
    let stretch = &head[from..];
    let dates = date::find_dates(stretch, None);
    stretch
        .match_indices("关于")
        .chain(stretch.match_indices("關於"))
        .find_map(|(g, _)| {
            let lo = g - window_before(stretch, g, 30 * 3).len();
            stretch[lo..g]
                .char_indices()
                .rev()
                .map(|(i, _)| lo + i)
                .filter(|&i| i > 0)
                .find(|&i| {
                    let after_date = dates.iter().any(|d| d.span.end == i);
                    let inside_date = dates.iter().any(|d| d.span.start < i && i < d.span.end);
                    let after_latin = stretch[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_ascii_alphanumeric());
                    // A repost's stamp: …18:30 发表于广东; or its lead, announcing the
                    // notice it quotes whole: …全文如下：, …一起来看↓.
                    let after_stamp = PROVINCES.iter().any(|p| {
                        stretch[..i]
                            .strip_suffix(p)
                            .is_some_and(|b| b.ends_with("发表于"))
                    }) || lexicon::announces_the_whole(&stretch[..i]);
                    // (An organ's name holds no 的: 年全省…工作的通知省政府办公厅 is the end
                    // of another title before this one's issuer.)
                    (after_date || after_latin && !inside_date || after_stamp)
                        && stretch[i..].starts_with(docnum::is_han)
                        && !has_char(&stretch[i..g], '的')
                        && lexicon::signature_line(&stretch[i..g]).is_some_and(|p| p.len() == 1)
                })
        })
        .map(|i| from + i)
}

/// Where the title that ends `head` starts when the same title stands right before it, as a
/// page's field gives it before the document's head does (标题：甲关于乙的通知甲关于乙的通知):
/// the title ends with a type after 的, and so does its copy.
fn repeated_title(head: &str) -> Option<usize> {
    let head = head.trim_end_matches(is_pad);
    // A title and its copy are short: both within the last 300 characters.
    let from = head.len() - window_before(head, head.len(), 300 * 3).len();
    let stretch = &head[from..];
    stretch
        .match_indices('的')
        .filter_map(|(i, _)| {
            let after = &stretch[i + "的".len()..];
            let w = DOC_TYPES.iter().find(|w| after.starts_with(*w))?;
            Some(i + "的".len() + w.len())
        })
        .filter(|&end| end < stretch.len())
        .find(|&end| {
            let title = stretch[end..].trim_start_matches(is_pad);
            let before = stretch[..end].trim_end_matches(is_pad);
            !crate::segment::chars_at_most(title, 5) && before.ends_with(title)
        })
        .map(|end| from + stretch.len() - stretch[end..].trim_start_matches(is_pad).len())
}

/// The number of an order or an announcement glued after its name at the start of a line,
/// with text after it: 广东省人民政府公告（第12号）根据…, 广东省人民政府令第298号….
fn series_number(text: &str) -> Option<Span> {
    let head = window(text, 0, 120);
    // Every such number ends in 号: most lines have none near their start, and are not looked
    // at character by character.
    // (号 is E5 8F B7 and 號 E8 99 9F: found by their last bytes, then checked.)
    let b = head.as_bytes();
    let has_hao = memchr::memchr2_iter(0xB7, 0x9F, b)
        .any(|i| i >= 2 && matches!(b[i - 2..=i], [0xE5, 0x8F, 0xB7] | [0xE8, 0x99, 0x9F]));
    if !has_hao {
        return None;
    }
    let mut prev = ' ';
    for (i, c) in head.char_indices() {
        let ends_a_name = match c {
            '令' => true,
            '告' => matches!(prev, '公' | '通'),
            '要' => matches!(prev, '纪' | '紀'),
            _ => false,
        };
        prev = c;
        let name_end = i + c.len_utf8();
        if !ends_a_name || !crate::structure::head::is_numbered_name(&head[..name_end]) {
            continue;
        }
        // (White space may part the name from its number: …委员会公告 （第38号）.)
        let rest = head[name_end..].trim_start_matches(is_pad);
        let number_at = head.len() - rest.len();
        let Some(hao) = rest.find(['号', '號']) else {
            continue;
        };
        let mut end = hao + '号'.len_utf8();
        if rest.starts_with(['（', '(']) {
            match rest[end..].chars().next() {
                Some(c @ ('）' | ')')) => end += c.len_utf8(),
                _ => continue,
            }
        }
        if docnum::order_number_line(&rest[..end], "").is_some() && number_at + end < text.len() {
            return Some(Span::new(number_at, number_at + end));
        }
    }
    None
}

/// The start of a signature glued before a date (`…名录省人民政府2022年4月29日`).
fn signature_before(text: &str, date_start: usize) -> Option<usize> {
    let before = &text[..date_start];
    if !lexicon::ends_like_organ(before) {
        // An order's signer, the office and the name, right after the sentence before it
        // (…起施行。省长　王伟中2024年10月8日).
        let (i, c) = before
            .char_indices()
            .rev()
            .take(16)
            .find(|&(_, c)| matches!(c, '。' | '；' | ';'))?;
        let signer = before[i + c.len_utf8()..].trim_matches(is_pad);
        return lexicon::signer_line(signer)
            .map(|_| before.trim_end_matches(is_pad).len() - signer.len());
    }
    // Right after the sentence before it, when that is near: …给予支持。广东省人民政府.
    let stop = before
        .char_indices()
        .rev()
        .take(21)
        .find(|&(_, c)| matches!(c, '。' | '；' | ';' | '！' | '？' | '”' | '）' | ')'));
    if let Some((i, c)) = stop {
        let rest = &before[i + c.len_utf8()..];
        let organ = rest.trim_start_matches(is_pad);
        if !organ.is_empty() && lexicon::signature_line(organ).is_some() {
            return Some(before.len() - organ.len());
        }
    }
    // Right after white space that follows no organ (…请假：赵某某　郑州市人民政府办公室; the
    // organs of a joint signature are found below).
    let near = window_before(before, before.len(), 30 * 3);
    if let Some((p, c)) = near.char_indices().rev().find(|&(_, c)| is_pad(c)) {
        let organ = &near[p + c.len_utf8()..];
        let after_organ = lexicon::ends_like_organ(near[..p].trim_end_matches(is_pad));
        if !organ.is_empty() && !after_organ && lexicon::signature_line(organ).is_some() {
            return Some(before.len() - organ.len());
        }
    }
    // Right after a word in Latin letters, as a file's name ends (…指引.docx广东省…组(代章)).
    let near = window_before(before, before.len(), 40 * 3);
    if let Some(p) = near.rfind(|c: char| c.is_ascii_alphabetic()) {
        let organ = &near[p + 1..];
        if organ.starts_with(docnum::is_han) && lexicon::signature_line(organ).is_some() {
            return Some(before.len() - organ.len());
        }
    }
    // The nearest jurisdiction that starts the name, unless one further back has its place
    // before it (…流程深圳|市南山区人民政府办公室: not 区人民政府办公室).
    let mut nearest = None;
    for (i, _) in before.char_indices().rev().skip(2).take(20) {
        let cand = &before[i..];
        // (市场监督管理局 is a market's regulator: its jurisdiction stands before it.)
        if (cand.starts_with(['省', '市', '区', '區', '县', '縣'])
            || cand.starts_with("广东")
            || cand.starts_with("廣東"))
            && !cand.starts_with("市场")
            && !cand.starts_with("市場")
        {
            // The place the jurisdiction belongs to, right before it: 阳江|市人民政府办公室.
            let place = crate::extract::department::PLACES
                .iter()
                .find(|p| before[..i].ends_with(*p));
            if let Some(p) = place {
                return Some(i - p.len());
            }
            nearest = nearest.or(Some(i));
        }
    }
    nearest
}

/// The end of an enclosure's title at the start of `s`, where the first heading of its text is
/// glued after it (某某工作方案一、任务, 某某管理办法第一章　总则): a short title that is whole
/// (it ends with its genre), then a heading's numeral.
/// Also where the text cites the title in book-title marks (现将《某某行动方案》印发给你们),
/// whatever follows it: `cited` are the titles so cited.
fn enclosure_title_at(s: &str, cited: &std::collections::HashSet<&str>) -> Option<usize> {
    // (A title the text cites is whole whatever its last word: …重点民生实事.) The shortest
    // that `s` starts with, looked for once.
    let cited_end = cited
        .iter()
        .filter(|t| s.starts_with(**t))
        .map(|t| t.len())
        .min();
    // A title of 4 to 63 characters, none of them a stop: a stop ends the search, as every
    // longer title would hold it too.
    for (n, (i, c)) in s.char_indices().enumerate().take(64) {
        if n >= 4 {
            let (title, after) = s.split_at(i);
            // (A heading's numeral after it is told first: most places have none.)
            if cited_end == Some(i) || glued_item(after, false) && lexicon::title_complete(title) {
                return Some(i);
            }
        }
        if matches!(c, '。' | '，' | ',' | '：' | ':' | '；' | ';') {
            return None;
        }
    }
    None
}

/// The length of the title that opens `after` and that one of the `notes` of attachments
/// opens with too: the longest whole title (ending with its genre: …名单, …表) of 4 to 60
/// characters that both share.
fn title_a_note_names(notes: &[&str], after: &str) -> Option<usize> {
    notes
        .iter()
        .filter_map(|note| {
            let mut best = None;
            for (n, ((i, a), b)) in after.char_indices().zip(note.chars()).enumerate().take(60) {
                if a != b {
                    break;
                }
                let end = i + a.len_utf8();
                if n >= 3 && lexicon::title_complete(&after[..end]) {
                    best = Some(end);
                }
            }
            best
        })
        .max()
}

/// The titles that `text` cites in book-title marks (《…》), each of at most 60 characters.
fn cited_titles(text: &str) -> std::collections::HashSet<&str> {
    text.match_indices('《')
        .filter_map(|(i, _)| {
            let rest = window(text, i + '《'.len_utf8(), 60 * 3);
            rest.find('》').map(|e| &rest[..e])
        })
        .collect()
}

/// Where the organ that ends `before` starts, when the title names it (a joint notice's title
/// opens with its issuers): the longest such name of two to twenty characters.
fn organ_named_in(title: &str, before: &str) -> Option<usize> {
    // The starts of the last two to twenty characters, nearest the end first.
    let mut starts = [0; 19];
    let mut n = 0;
    for (slot, (i, _)) in starts.iter_mut().zip(before.char_indices().rev().skip(1)) {
        *slot = i;
        n += 1;
    }
    let starts = &starts[..n];
    // A tail the title holds has every shorter tail in the title too: the longest one it holds
    // is found by lengthening the tail until the title lacks it, one search a character.
    let held = starts
        .iter()
        .take_while(|&&i| title.contains(&before[i..]))
        .count();
    starts[..held]
        .iter()
        .rev()
        .copied()
        .find(|&i| lexicon::signature_line(&before[i..]).is_some())
}

/// Items glued to a word before them with no stop between (…完成时限：2024年12月底前2.深化…,
/// …持续推进三、保障措施…, …下列制度：１．财务公开制度), added to the sorted `cuts`: a marker
/// after an ideograph or a colon starts an
/// item only when its number is the next of its kind after one already cut, or the first
/// under a heading of a higher kind cut before it; and only before an ideograph that is no
/// numeral (统筹三、四季度 is no item). A heading in Chinese numerals that opens with a
/// standard heading ([`STANDARD_HEADINGS`]) ends with it.
fn next_in_sequence(text: &str, cuts: &mut Vec<usize>) {
    use crate::structure::tree::Kind;
    const LEVELS: [Kind; 10] = [
        Kind::Part,
        Kind::Chapter,
        Kind::Jie,
        Kind::Article,
        Kind::Cn,
        Kind::ParenCn,
        Kind::Arabic,
        Kind::ParenArabic,
        Kind::HalfParen,
        Kind::Circled,
    ];
    // The last number of each level, and whether a heading above it came after that number.
    let mut last = [0u32; LEVELS.len()];
    // (第一部分 and 第一章 glued to the text before them open the parts and the chapters: no
    // other heading is so plain.)
    let mut fresh = [false; LEVELS.len()];
    fresh[0] = true;
    fresh[1] = true;
    let mut next_cut = 0;
    let mut added = Vec::new();
    // Whether the character before may have an item glued after it: an ideograph, the end
    // of a sentence or of a bracket (…人民政府】二、提升服务效能, …省自然资源厅）3.实施…), or the
    // colon that announces a list (…下列制度：１．财务公开制度；２．…), but not the colon of
    // the enclosures' label, whose list is no item (附件:1.甲名录).
    let mut prev_glues = false;
    for (i, c) in text.char_indices() {
        while next_cut < cuts.len() && cuts[next_cut] < i {
            next_cut += 1;
        }
        let at_cut = cuts.get(next_cut) == Some(&i);
        let glued = !at_cut
            && prev_glues
            && crate::structure::tree::may_open(c)
            && crate::structure::tree::may_start_marker(&text[i..]);
        prev_glues = crate::extract::docnum::is_han(c)
            || matches!(c, '。' | '；' | ';' | '】' | '）' | ')' | '”')
            || matches!(c, '：' | ':') && !text[..i].ends_with("附件");
        if !(at_cut || glued) {
            continue;
        }
        let Some(m) = crate::structure::tree::marker_at(&text[i..]) else {
            continue;
        };
        let Some(level) = LEVELS.iter().position(|&k| k == m.kind) else {
            continue;
        };
        let Some(n) = m.number else {
            continue;
        };
        if !at_cut {
            let next = text[i + m.skip..].chars().next();
            let before_words = next.is_some_and(|c| {
                crate::extract::docnum::is_han(c)
                    && !crate::extract::numeral::is_chinese_numeral_char(c)
            }) || opens_with_a_date(&text[i + m.skip..]);
            // (After a colon, a first item whose second follows a sentence later opens the
            // list the colon announces.)
            let in_order = (last[level] > 0 && n == last[level] + 1)
                || (fresh[level] && n == 1)
                || (n == 1
                    && text[..i].ends_with(['：', ':'])
                    && second_item_follows(&text[i..], m.len));
            let cited = cites(&text[i + m.skip..]);
            // (A closing bracket refers only to a numeral in brackets after it: 本方案（七）
            // （八）条; …负责）三、 is the next item.)
            let bracketed = matches!(m.kind, Kind::ParenCn | Kind::ParenArabic);
            let referred =
                text[..i].chars().next_back().is_some_and(|c| {
                    refers_to_an_item(c) && (bracketed || !matches!(c, '）' | ')'))
                }) || text[i + m.len..].starts_with(['号', '號'])
                    || cited;
            if !(before_words && in_order) || referred {
                continue;
            }
            added.push(i);
        }
        if matches!(m.kind, Kind::Cn | Kind::ParenCn) {
            added.extend(standard_heading_end(&text[i + m.skip..]).map(|e| i + m.skip + e));
        }
        last[level] = n;
        fresh[level] = false;
        for f in &mut fresh[level + 1..] {
            *f = true;
        }
    }
    cuts.extend(added);
}

/// Headings of a decimal numbering after white space or a stop (…技术导则 1 总则 1.1 为规范…。
/// 1.2 本导则…), added to `cuts`: markers of two or more numbers, each the next of the one
/// before (1.1 › 1.2 › 2.1, 1.1 › 1.1.1 › 1.2), from a first 1.1 on and at least two of them
/// (增长 3.5 左右 breaks no sequence); and before each first of its chapter (N.1), the bare N
/// and the short heading between (1 总则).
fn decimal_headings(text: &str, cuts: &mut Vec<usize>) -> bool {
    use crate::structure::tree::Kind;
    // Whether `b` comes right after `a`: one level down (1.1 › 1.1.1), the next at the same
    // or a higher level (1.1.2 › 1.2), or the next chapter's first (1.3 › 2.1).
    fn follows(a: &[u32], b: &[u32]) -> bool {
        let k = b.len();
        (k == a.len() + 1 && b[..a.len()] == *a && b[k - 1] == 1)
            || ((2..=a.len()).contains(&k) && b[..k - 1] == a[..k - 1] && b[k - 1] == a[k - 1] + 1)
            || (k == 2 && b[1] == 1 && b[0] == a[0] + 1)
    }
    // What a heading may follow: white space, a stop, a closing bracket.
    let breaks = |c: char| is_pad(c) || matches!(c, '。' | '；' | ';' | '）' | ')');
    let mut accepted: Vec<(usize, usize, Vec<u32>)> = Vec::new();
    let mut after_break = true;
    for (i, c) in text.char_indices() {
        let may = after_break && is_digit(c);
        after_break = breaks(c);
        if !may {
            continue;
        }
        let Some(m) = crate::structure::tree::marker_at(&text[i..]) else {
            continue;
        };
        if !matches!(m.kind, Kind::Decimal2 | Kind::Decimal3 | Kind::Decimal4) {
            continue;
        }
        let nums: Vec<u32> = text[i..i + m.len]
            .split(['.', '．'])
            .filter_map(crate::extract::numeral::arabic)
            .collect();
        let next = match accepted.last() {
            None => nums.len() == 2 && nums[1] == 1,
            Some((_, _, prev)) => follows(prev, &nums),
        };
        if next {
            accepted.push((i, m.skip, nums));
        }
    }
    // (Two or more, and not only firsts: 增长 3.1 左右，明年 4.1 以上 is no numbering.)
    if accepted.len() < 2 || accepted.iter().all(|(_, _, n)| n.len() == 2 && n[1] == 1) {
        return false;
    }
    // (A marker and its words are one line: the white space between cuts nothing.)
    let mut joined: Vec<(usize, usize)> = Vec::new();
    for (i, skip, nums) in &accepted {
        cuts.push(*i);
        joined.push((*i, i + skip));
        if nums.len() != 2 || nums[1] != 1 {
            continue;
        }
        // The chapter's bare number and its heading of one to twenty ideographs before it.
        let before = text[..*i].trim_end_matches(is_pad);
        let heading = before
            .char_indices()
            .rev()
            .take(21)
            .take_while(|&(_, c)| docnum::is_han(c))
            .last()
            .map_or(before.len(), |(h, _)| h);
        let words = &before[heading..];
        let number = before[..heading].trim_end_matches(is_pad);
        let digits = number.trim_end_matches(is_digit);
        let bare = &number[digits.len()..];
        let opens = digits.is_empty() || digits.ends_with(breaks);
        if !words.is_empty()
            && crate::segment::chars_at_most(words, 20)
            && number.len() < before[..heading].len()
            && crate::extract::numeral::arabic(bare) == Some(nums[0])
            && opens
        {
            cuts.push(digits.len());
            joined.push((digits.len(), heading));
        }
    }
    // (One sweep over both sorted: the ranges do not overlap.)
    joined.sort_unstable();
    cuts.sort_unstable();
    let mut k = 0;
    cuts.retain(|&c| {
        while k < joined.len() && joined[k].1 < c {
            k += 1;
        }
        !joined.get(k).is_some_and(|&(a, b)| c > a && c <= b)
    });
    true
}

/// Whether the item numbered 1 whose marker is the first `len` bytes of `s` has its second
/// glued after a sentence further on (１．甲；２．乙, （一）甲。（二）乙), within 3,000 bytes.
fn second_item_follows(s: &str, len: usize) -> bool {
    let second: String = s[..len]
        .chars()
        .map(|c| match c {
            '1' => '2',
            '１' => '２',
            '一' => '二',
            '①' => '②',
            c => c,
        })
        .collect();
    let rest = window(s, len, 3000);
    rest.match_indices(second.as_str())
        .any(|(at, _)| rest[..at].ends_with(['。', '；', ';']))
}

/// The headings that notices and plans give their parts, as the family of such texts writes
/// them.
const STANDARD_HEADINGS: [&str; 40] = [
    "总体要求",
    "指导思想",
    "基本原则",
    "工作目标",
    "主要目标",
    "发展目标",
    "总体目标",
    "目标任务",
    "主要任务",
    "重点任务",
    "工作任务",
    "重点工作",
    "工作措施",
    "主要措施",
    "政策措施",
    "保障措施",
    "组织保障",
    "工作要求",
    "组织实施",
    "实施步骤",
    "工作步骤",
    "职责分工",
    "适用范围",
    "工作安排",
    "活动主题",
    "活动时间",
    "活动内容",
    "活动安排",
    "工作内容",
    "主要内容",
    "进度安排",
    "时间安排",
    "申报条件",
    "支持对象",
    "资金安排",
    "有关要求",
    "其他事项",
    "工作机制",
    "总则",
    "附则",
];

/// Where a standard heading that opens `s` ends, when text glued after it follows
/// (一、总体要求坚持以人民为中心…, 三、保障措施各责任单位要…), not a word that goes on the
/// heading's sentence (主要任务是…, 工作目标和…).
fn standard_heading_end(s: &str) -> Option<usize> {
    let word = STANDARD_HEADINGS.iter().find(|w| s.starts_with(*w))?;
    let next = s[word.len()..].chars().next()?;
    let glued = crate::extract::docnum::is_han(next)
        && !matches!(
            next,
            '是' | '為' | '为' | '和' | '及' | '与' | '與' | '的' | '如' | '包'
        );
    glued.then_some(word.len())
}

/// Whether the words after a numeral make it a citation of an item, not an item
/// (本办法第三条规定的, 第五条所称, 本方案（十）条所列).
fn cites(after: &str) -> bool {
    const WORDS: [&str; 16] = [
        "条",
        "條",
        "款",
        "项",
        "項",
        "规定",
        "規定",
        "所列",
        "所称",
        "所稱",
        "所述",
        "的规定",
        "的規定",
        "之规定",
        "中的",
        "至第",
    ];
    WORDS.iter().any(|w| after.starts_with(w))
}

/// Whether `c` before a numeral makes it a reference to an item, not an item (第三条（一）项,
/// 见（二）, 按（1）号文件, 和（三）, 本方案（七）（八）条).
fn refers_to_an_item(c: char) -> bool {
    matches!(
        c,
        '）' | ')'
            | '条'
            | '條'
            | '款'
            | '项'
            | '項'
            | '第'
            | '见'
            | '見'
            | '照'
            | '按'
            | '和'
            | '及'
            | '、'
            | '与'
            | '與'
            | '或'
            | '至'
            | '（'
            | '('
    )
}

/// Whether an item in Arabic numerals (1. 2、) starts `s`, its text an ideograph after it.
fn arabic_item_at(s: &str) -> bool {
    use crate::structure::tree::Kind;
    crate::structure::tree::marker_at(s).is_some_and(|m| {
        m.kind == Kind::Arabic
            && s[m.len..]
                .chars()
                .next()
                .is_some_and(crate::extract::docnum::is_han)
    })
}

/// Whether `before` ends with a heading of two to twenty characters and no punctuation after
/// its marker in Chinese numerals (一、强化技术创新, （一）优化市场环境).
fn short_heading_before(before: &str) -> bool {
    use crate::structure::tree::Kind;
    let tail = window_before(before, before.len(), 24 * 3);
    let Some((at, c)) = tail
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '、' | '）' | ')'))
    else {
        return false;
    };
    let words = &tail[at + c.len_utf8()..];
    let plain = words
        .chars()
        .all(|c| crate::extract::docnum::is_han(c) || matches!(c, '“' | '”' | '"'));
    if !plain
        || crate::segment::chars_at_most(words, 1)
        || !crate::segment::chars_at_most(words, 20)
    {
        return false;
    }
    let numerals = tail[..at]
        .chars()
        .rev()
        .take_while(|&c| crate::extract::numeral::is_chinese_numeral_char(c))
        .map(char::len_utf8)
        .sum::<usize>();
    let (start, kind) = if c == '、' {
        (at - numerals, Kind::Cn)
    } else {
        let open = tail[..at - numerals].chars().next_back();
        match open {
            Some(o @ ('（' | '(')) => (at - numerals - o.len_utf8(), Kind::ParenCn),
            _ => return false,
        }
    };
    numerals > 0
        && crate::structure::tree::marker_at(&tail[start..]).is_some_and(|m| m.kind == kind)
}

/// The length of a time of day (` 10:25:55`, `10:25`) that starts `s`, white space before it
/// included; 0 when none does.
fn clock_len(s: &str) -> usize {
    let t = s.trim_start_matches([' ', '\u{3000}']);
    let b = t.as_bytes();
    let mut i = 0;
    let mut groups = 0;
    loop {
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&digits) {
            break;
        }
        i += digits;
        groups += 1;
        if groups < 3 && b.get(i) == Some(&b':') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
        } else {
            break;
        }
    }
    if groups >= 2 {
        s.len() - t.len() + i
    } else {
        0
    }
}

/// The cut after addressees glued after a number that ends at `from` (…〔2024〕8号各地级以上市
/// 人民政府，省政府各部门：当前…): at the first colon, when no sentence, white space or page
/// field comes before it; and the end of a title between the number and the addressees.
fn addressees_after(text: &str, from: usize, cuts: &mut Vec<usize>) {
    // (White space may part them from the number: 粤府函〔2023〕215号　广东省…的批复某市…：.)
    let skip_pad = |at: usize| text.len() - text[at..].trim_start_matches(is_pad).len();
    let mut from = skip_pad(from);
    // Who signed a report (签发人：王伟中) stands between the number and the title: a line of
    // its own, ended by white space or where the title after the name opens. (Once: the
    // addressees are looked for after it, not another signer.)
    if let Some(name) = lexicon::signer_named(&text[from..]) {
        let name_end = match name.find(is_pad) {
            Some(p) if crate::segment::chars_at_most(&name[..p], 4) => Some(p),
            _ => [3, 2, 4].into_iter().find_map(|n| {
                let (end, _) = name.char_indices().nth(n)?;
                let rest = &name[end..];
                let titled = title_end(window(rest, 0, 120 * 3))
                    .is_some_and(|t| opens_as_a_title(&rest[..t]));
                // (Or the addressees, where the title stood before the number.)
                let addressed = || {
                    let head = window(rest, 0, 60 * 3);
                    head.find(['：', ':']).is_some_and(|c| {
                        let colon = head[c..].chars().next().map_or(0, char::len_utf8);
                        lexicon::addressee_line(&head[..c + colon]).is_some()
                    })
                };
                (titled || addressed()).then_some(end)
            }),
        };
        let Some(end) = name_end else {
            return;
        };
        let at = text.len() - name.len() + end;
        cuts.push(at);
        from = skip_pad(at);
    }
    let after = &text[from..];
    // A label before the addressees (主送：各地级以上市教育局…：) is theirs: their colon is
    // the one after it.
    let labelled = ["主送：", "主送:", "主送机关：", "主送机关:"]
        .iter()
        .find(|l| after.starts_with(**l))
        .map_or(0, |l| l.len());
    let Some((i, c)) = after[labelled..]
        .char_indices()
        .take(200)
        .find(|&(_, c)| c == ':' || c == '：')
        .map(|(i, c)| (labelled + i, c))
    else {
        return;
    };
    let piece = &after[..i + c.len_utf8()];
    if !has_char(piece, '。') && !piece.contains(is_pad) && !portal::is_field_line(piece) {
        cuts.push(from + i + c.len_utf8());
        // A title between the number and the addressees ends with its type.
        if let Some(end) = title_end(piece) {
            cuts.push(from + end);
        }
    }
}

/// The first colon within `chars` characters from `from`: where it stands and where it ends.
fn colon_within(text: &str, from: usize, chars: usize) -> Option<(usize, usize)> {
    let c = from + window(text, from, chars * 3).find([':', '：'])?;
    Some((c, c + text[c..].chars().next().map_or(0, char::len_utf8)))
}

/// Where addressees glued after the value of a page's field (the value starting at
/// `value_at`) start and end: …分类：工业、交通各区人民政府，市政府直属各单位：现将…. They open
/// with 各 or a place's name, and end with a colon that is no label's (`next_label`, where the
/// next label starts).
fn addressees_in_value(
    text: &str,
    value_at: usize,
    next_label: Option<usize>,
) -> Option<(usize, usize)> {
    let (colon, end) = colon_within(text, value_at, 120)?;
    let value = &text[value_at..colon];
    if next_label.is_some_and(|n| n < end) || has_char(value, '。') {
        return None;
    }
    value
        .char_indices()
        .skip(1)
        .filter(|&(p, c)| {
            c == '各'
                || crate::extract::department::PLACES
                    .iter()
                    .any(|place| value[p..].starts_with(place))
        })
        .map(|(p, _)| value_at + p)
        .find(|&p| lexicon::addressee_line(&text[p..end]).is_some())
        .map(|p| (p, end))
}

/// The length of what follows a label of the font size on a page (`：大 中 小】`, `:`): its
/// colon, the buttons when they are there, and a closing bracket; and whether the buttons
/// were there. None without a colon.
fn font_buttons_len(s: &str) -> Option<(usize, bool)> {
    let rest = s.trim_start_matches([' ', '\u{3000}']);
    let rest = rest.strip_prefix([':', '：'])?;
    let mut t = rest.trim_start_matches([' ', '\u{3000}']);
    let mut buttons = 0;
    for button in ['大', '中', '小'] {
        match t.strip_prefix(button) {
            Some(u) => {
                t = u.trim_start_matches([' ', '\u{3000}']);
                buttons += 1;
            }
            None => break,
        }
    }
    let t = t.strip_prefix('】').unwrap_or(t);
    Some((s.len() - t.len(), buttons == 3))
}

/// How the footers of pages and mirrors open (a licence, an editor's credit, links).
const FOOTER_OPENINGS: [&str; 22] = [
    "部门解读",
    "部門解讀",
    "政策解读",
    "政策解讀",
    "相关解读",
    "相關解讀",
    "本作品",
    "本頁面",
    "本页面",
    "原文链接",
    "原文鏈接",
    "责任编辑",
    "責任編輯",
    "版权所有",
    "版權所有",
    "网站标识码",
    "扫一扫",
    "掃一掃",
    "上一篇",
    "下一篇",
    "相关链接",
    "相關鏈接",
];

/// The bullets a page lists its fields with.
const BULLETS: [char; 2] = ['•', '●'];

/// Words after a date that make it a limit, not the date of a signature.
const LIMIT_WORDS: [&str; 9] = ["前", "以前", "之前", "起", "止", "后", "後", "内", "內"];

/// Labels of an item's task other than those of who does it
/// ([`crate::structure::items::RESPONSIBILITY_LABELS`]):
/// by when, and the leader in charge (分管省领导：林克庆部门分工：…).
const TASK_LABELS: [&str; 10] = [
    "完成时限",
    "完成時限",
    "完成时间",
    "完成時間",
    "分管省领导",
    "分管省領導",
    "分管市领导",
    "分管市領導",
    "分管领导",
    "分管領導",
];

/// Characters before 附件 that make it a reference, not a label: 详见附件1, 按附件2, （附件3）,
/// and a page's 相关附件 (its files to download).
const REFERS: [char; 14] = [
    '见', '見', '按', '照', '据', '據', '如', '（', '(', '和', '及', '、', '关', '關',
];

/// Whether an item starts `s`, glued to the sentence before it: a numeral of a heading or,
/// when `arabic`, of a list (一、 （一） 第三条 1. （1）), with text after it.
fn glued_item(s: &str, arabic: bool) -> bool {
    use crate::structure::tree::Kind;
    let circled = s.starts_with(|c: char| ('\u{2460}'..='\u{2473}').contains(&c));
    if !circled && !crate::structure::tree::may_start_marker(s) {
        return false;
    }
    crate::structure::tree::marker_at(s).is_some_and(|m| match m.kind {
        Kind::Cn | Kind::ParenCn | Kind::Article | Kind::Chapter | Kind::Part | Kind::Jie => true,
        // 1. only before an ideograph or a date: 1.5亿元 is no item, 3．6月份前完成 is one.
        Kind::Arabic => {
            let after = &s[m.len..];
            arabic
                && (after
                    .chars()
                    .next()
                    .is_some_and(crate::extract::docnum::is_han)
                    || opens_with_a_date(after))
        }
        // （1） and ① before an ideograph or a date (…改造。（1）2024年6月底前完成…), not
        // before a word such as 号.
        Kind::ParenArabic | Kind::Circled => {
            arabic
                && s[m.len..]
                    .chars()
                    .next()
                    .is_some_and(|c| crate::extract::docnum::is_han(c) || c.is_ascii_digit())
                && !s[m.len..].starts_with(['号', '號'])
        }
        _ => false,
    })
}

/// Whether `s` opens with a year or a month (2024年, 6月, ２０２４年): digits, then 年 or 月.
fn opens_with_a_date(s: &str) -> bool {
    let digits = s.trim_start_matches(is_digit);
    digits.len() < s.len() && digits.starts_with(['年', '月'])
}

/// Whether the parenthesis that ends `before` (its closing bracket cut off) stands after the
/// end of a sentence: …完成。（省财政厅负责.
fn closes_a_sentence(before: &str) -> bool {
    // Within 80 characters back, so that a line of closing brackets stays linear.
    let mut lo = before.len().saturating_sub(80 * 4);
    while !before.is_char_boundary(lo) {
        lo += 1;
    }
    let Some(open) = unclosed_bracket(&before[lo..]).map(|o| lo + o) else {
        return false;
    };
    before[open..].chars().count() <= 80 && before[..open].ends_with(['。', '；', ';'])
}

/// Where the last bracket of `s` that no bracket after it closes opens: brackets closed inside
/// it are passed over (（牵头单位：…，各县（市、区）人民政府 → the first （).
fn unclosed_bracket(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    s.char_indices().rev().find_map(|(o, c)| match c {
        '）' | ')' => {
            depth += 1;
            None
        }
        '（' | '(' if depth == 0 => Some(o),
        '（' | '(' => {
            depth -= 1;
            None
        }
        _ => None,
    })
}

/// Where the date starts in a line that is a signature and a date with space between.
fn signature_then_date(text: &str) -> Option<usize> {
    if text.len() > 200 || !text.ends_with(['日', '号']) {
        return None;
    }
    let d = date::find_dates(text, None).pop()?;
    if d.span.end != text.len() || d.span.start == 0 {
        return None;
    }
    let before = &text[..d.span.start];
    if !before.ends_with(is_pad) {
        return None;
    }
    // Organs (广东省人民政府), the office and name that sign an order (省长　王伟中), or the
    // seals under a joint signature (（盖章）　（盖章）).
    let signer = before.trim_end_matches(is_pad);
    (lexicon::signature_line(signer).is_some()
        || lexicon::signer_line(signer).is_some()
        || crate::structure::sign::is_seal_line(signer))
    .then_some(d.span.start)
}

/// Where the date in parentheses that ends a title starts (某某市人民政府关于…的意见（2024年1月5日）),
/// or the note of the title's adoption (…的决定（2024年6月12日…常务会议通过）), if `text` is such a
/// title and its date.
fn title_then_date(text: &str) -> Option<usize> {
    if text.len() > 400 || !text.ends_with(['）', ')']) {
        return None;
    }
    let open = text.rfind(['（', '('])?;
    // (Or the note of its adoption: …的决定（2024年6月12日…通过　2024年6月20日…公布）.)
    let len = dated_parenthesis_len(&text[open..]).or_else(|| adoption_note_len(&text[open..]))?;
    let title = text[..open].trim_end_matches(is_pad);
    (open + len == text.len()
        && crate::extract::doctype::doc_type(title).is_some()
        && lexicon::title_complete(title))
    .then_some(open)
}

/// Whether `after` a title is the body of a notice to the public: a first item (一、) after a
/// sentence, or a set formula (特此通告).
fn opens_a_body(after: &str) -> bool {
    let first_item = crate::segment::find_str(window(after, 0, 1500), "一、").is_some_and(|at| {
        after[..at]
            .trim_end_matches(is_pad)
            .ends_with(['。', '：', ':', '；', ';'])
    });
    first_item || has_str(after, "特此")
}

/// The end of an announcement's title that opens `head`, with no punctuation in it, and ends
/// with its type (公告, 通告, or a page's 公示) before white space or before the words that
/// open its body (广东省事业单位2024年集中公开招聘高校应届毕业生公告 根据…, …毕业生公告根据《…,
/// 关于2024年度…名单的公示 根据…).
fn announcement_title(head: &str) -> Option<usize> {
    // What a body opens with.
    const OPENERS: [&str; 12] = [
        "根据",
        "根據",
        "按照",
        "依据",
        "依據",
        "为进一步",
        "為進一步",
        "为了",
        "為了",
        "现将",
        "現將",
        "经研究",
    ];
    let words = head
        .find(|c: char| !(docnum::is_han(c) || c.is_ascii_digit()))
        .unwrap_or(head.len());
    // (公告 and 通告 end with 告, and a page's 公示 with 示: found by them.)
    head[..words]
        .match_indices(['告', '示'])
        .find_map(|(at, w)| {
            let end = at + w.len();
            let typed = ["公", "通"].iter().any(|c| head[..at].ends_with(c))
                && (w == "告" || head[..at].ends_with('公'));
            let after = &head[end..];
            let parted = after.starts_with(is_pad) || OPENERS.iter().any(|o| after.starts_with(o));
            (typed && parted && crate::segment::chars_at_most(&head[..end], 60)).then_some(end)
        })
}

/// Whether `title` opens as a title does: with 关于, or with its issuer's name before it.
fn opens_as_a_title(title: &str) -> bool {
    title.starts_with("关于")
        || title.starts_with("關於")
        || title
            .find("关于")
            .or_else(|| title.find("關於"))
            .is_some_and(|i| i > 0 && lexicon::ends_like_organ(&title[..i]))
}

/// A line that is a document number, white space, then a whole title that opens with 关于 or
/// its issuer (粤府函〔2023〕215号　广东省人民政府关于…的批复), or the note of who signed it
/// (清府〔2024〕21号　　签发人：王某某, as a request's head prints them on one line): where the
/// number ends, where the title or the note starts, and whether it is the note.
fn number_then_title(text: &str) -> Option<(usize, usize, bool)> {
    // The agency's code is short: its bracket within the first ten characters.
    // White space between: a space, a tab, an ideographic or a no-break space.
    let spaced = || {
        memchr::memchr2(b' ', b'\t', text.as_bytes()).is_some()
            || has_str(text, "\u{3000}")
            || has_str(text, "\u{a0}")
    };
    if !text.chars().next().is_some_and(docnum::is_han)
        || !window(text, 0, 30).contains(docnum::is_open_bracket)
        || !crate::segment::chars_at_most(text, 160)
        || !spaced()
    {
        return None;
    }
    let f = docnum::find_doc_numbers(window(text, 0, 60))
        .into_iter()
        .next()?;
    let after = &text[f.span.end..];
    let title = after.trim_start_matches(is_pad);
    if f.span.start != 0 || f.damaged || title.len() == after.len() {
        return None;
    }
    let signer = lexicon::signer_named(title)
        .is_some_and(|name| crate::segment::chars_at_most(name, 12) && !name.contains([':', '：']));
    (signer || opens_as_a_title(title) && !has_char(title, '。') && lexicon::title_complete(title))
        .then_some((f.span.end, text.len() - title.len(), signer))
}

/// Cuts the flattened lines of `lines` into the lines a reader sees. Returns whether any line
/// was cut.
pub fn resegment(src: &str, lines: &mut Vec<Line>) -> bool {
    let mut changed = false;
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for (k, line) in lines.drain(..).enumerate() {
        let text = line.text(src);
        // Two lines from one: the first up to `first_end`, the second from `second_start`
        // (offsets into the line's text).
        let mut in_two = |first_end: usize, second_start: usize| {
            let first = crate::segment::trim_span(
                src,
                Span::new(line.span.start, line.span.start + first_end),
            );
            out.push(Line {
                span: first,
                ..line
            });
            let second = Span::new(line.span.start + second_start, line.span.end);
            out.push(Line {
                no: line.no,
                span: second,
                start: second.start,
                blanks_before: 0,
            });
        };
        if let Some(at) = signature_then_date(text) {
            // 广东省人民政府　　2021年4月16日: the signature and the date, as two lines.
            in_two(at, at);
            continue;
        }
        if let Some(at) = (k < HEAD_LINES).then(|| title_then_date(text)).flatten() {
            // 某某市人民政府关于…的意见（2024年1月5日）: the title and its date, as two lines
            // (as a gazette prints the date under the title).
            in_two(at, at);
            continue;
        }
        if let Some((num_end, title_at, signer)) =
            (k < HEAD_LINES).then(|| number_then_title(text)).flatten()
        {
            // 粤府函〔2023〕215号　广东省人民政府关于…的批复: the number and the title, as two
            // lines (as a portal's list prints them; no sign of a flattened text). The number
            // and who signed stay one line, as the head reads them.
            if signer {
                out.push(line);
            } else {
                in_two(num_end, title_at);
            }
            continue;
        }
        if crate::segment::chars_at_most(text, 39) {
            out.push(line);
            continue;
        }
        let Some((num, fields_from)) = header_number(text, k < HEAD_LINES) else {
            out.push(line);
            continue;
        };
        changed = true;
        let mut cuts: Vec<usize> = vec![num.start, num.end];
        // A date in parentheses between the title and the number is a line of its own.
        let before_num = window_before(text, num.start, 84 * 3);
        if let Some(open) = before_num.rfind(['（', '('])
            && dated_parenthesis_len(&before_num[open..])
                .or_else(|| adoption_note_len(&before_num[open..]))
                .is_some_and(|len| before_num[open + len..].trim_matches(is_pad).is_empty())
        {
            cuts.push(num.start - before_num.len() + open);
        }
        // A joint notice's other numbers glued after the lead issuer's (粤发改能源〔2024〕100号
        // 粤能新能〔2024〕20号各地级以上市…：) are a line of their own.
        let mut numbers_end = num.end;
        for _ in 0..3 {
            let at = text.len() - text[numbers_end..].trim_start_matches(is_pad).len();
            let next = docnum::find_doc_numbers(window(text, at, 60))
                .into_iter()
                .next()
                .filter(|f| f.span.start == 0 && !f.damaged);
            let Some(f) = next else {
                break;
            };
            numbers_end = at + f.span.end;
        }
        if numbers_end > num.end {
            cuts.push(numbers_end);
        }
        // Addressees glued after the number end at the first colon.
        addressees_after(text, numbers_end, &mut cuts);
        // A page's fields may give the number first (文号：粤办明电〔2024〕8号　　发布日期：…),
        // the document's head the same number again after its title: that is cut out too, and
        // the addressees after it.
        // (Only fields and the title stand between the two: no sentence.)
        let number = &text[num.range()];
        // (Where the head repeats it, the title is before the repeat.)
        let mut title_before = num.start;
        if let Some(again) = crate::segment::find_str(window(text, num.end, 600), number) {
            let start = num.end + again;
            if !has_char(&text[num.end..start], '。') {
                cuts.push(start);
                cuts.push(start + number.len());
                addressees_after(text, start + number.len(), &mut cuts);
                title_before = start;
            }
        }
        // Pieces kept whole whatever white space they hold.
        let mut whole = Vec::new();
        // The buttons of a page's font size glued before what follows them (字号：大 中 小穗埔府办
        // 规〔2024〕1号, 【字体:广东省…, the capture having lost the buttons and the bracket).
        for label in ["字号", "字体", "字號", "字體"] {
            for (at, _) in text.match_indices(label) {
                // (发文字号：… is the field of the number, not the buttons.)
                let bracketed = text[..at].ends_with('【');
                let found = font_buttons_len(&text[at + label.len()..])
                    .filter(|&(_, buttons)| buttons || bracketed);
                if let Some((len, _)) = found {
                    let start = at - if bracketed { '【'.len_utf8() } else { 0 };
                    let end = at + label.len() + len;
                    cuts.push(start);
                    cuts.push(end);
                    whole.push((start, end));
                    // The addressees glued after the buttons end at their colon (…【字体:大
                    // 中 小】各县（市、区）人民政府，市政府各部门：《某方案》业经…).
                    if let Some((_, past)) = colon_within(text, end, 200)
                        && lexicon::addressee_line(&text[end..past]).is_some()
                    {
                        cuts.push(past);
                    }
                }
            }
        }
        // Page furniture glued before the title: 【打印】, 【关闭】.
        for (i, _) in text[..title_before].match_indices('】') {
            // A button's name is short: its 【 is within a few characters.
            let mut lo = i.saturating_sub(9 * 3);
            while !text.is_char_boundary(lo) {
                lo += 1;
            }
            let open = text[lo..i].rfind('【').map(|o| lo + o);
            if open.is_some_and(|o| text[o..i].chars().count() <= 8) {
                cuts.extend(open);
                cuts.push(i + '】'.len_utf8());
            }
        }
        // A title glued after the last crumb of the page's trail (首页 > 政策文件广州市…):
        // the trail is one line, cut off the title.
        let mut trail = None;
        let last_sep = text[..num.start].rfind(['>', '›', '»']);
        if let Some(gt) = last_sep {
            let start = gt + text[gt..].chars().next().map_or(1, char::len_utf8);
            let piece = &text[start..num.start];
            let lead = piece.len() - piece.trim_start_matches(is_pad).len();
            let piece = &piece[lead..];
            let end = piece.find(is_pad).unwrap_or(piece.len());
            if let Some(at) = title_after_crumb(&piece[..end]) {
                let title_at = start + lead + at;
                let first_sep = text[..gt].find(['>', '›', '»']).unwrap_or(gt);
                let before = text[..first_sep].trim_end_matches(is_pad);
                let trail_start = before
                    .char_indices()
                    .rfind(|&(_, c)| is_pad(c))
                    .map_or(0, |(p, c)| p + c.len_utf8());
                cuts.push(trail_start);
                cuts.push(title_at);
                trail = Some((trail_start, title_at));
            }
        }
        // A printed page's number glued between the text of two pages (…负责）— 1 —三、保障
        // 措施…) is a line of its own, which the parse reads as a page number.
        for (start, end) in page_numbers(text) {
            cuts.push(start);
            cuts.push(end);
            whole.push((start, end));
        }
        // A title glued after a date or a word in Latin letters starts a line at its issuer;
        // so does a title glued after the same title in the page's fields (标题：某某关于…的
        // 通知某某关于…的通知).
        cuts.extend(title_after_furniture(&text[..title_before]));
        cuts.extend(repeated_title(&text[..title_before]));
        // The page's fields between the title and its number are one line, as a portal
        // prints them; fields after bullets are a line each (below).
        let fields = fields_from
            .map(|start| (start, num.start))
            .filter(|&(start, end)| !text[start..end].trim_start().starts_with(BULLETS));
        if let Some((start, _)) = fields {
            cuts.push(start);
        }
        // A label spaced out (…(总第854期)索 引 号:043000…) starts a line, and the white space
        // inside it parts nothing.
        // (After a bullet the line starts at the bullet: • 文  号:.)
        let labels = portal::labels_in(text);
        // A state of force glued before the title after it (有效性：有效东莞市…关于…的通知):
        // the title starts a line, and the addressees after it another. The addressees glued
        // after the value of a page's field (主题分类：工业、交通各区人民政府，市政府直属各单位：)
        // are a line of their own.
        // (A page has a few fields: only the first labels are looked after.)
        for (k, &(start, end, _)) in labels.iter().enumerate().take(40) {
            if let Some(at) = addressees_in_value(text, end, labels.get(k + 1).map(|l| l.0)) {
                cuts.push(at.0);
                cuts.push(at.1);
            }
            let value_at = text.len() - text[end..].trim_start_matches(is_pad).len();
            if let Some(len) = portal::state_of_force_after(&text[start..end], &text[value_at..]) {
                let title_at = value_at + len;
                let after = window(text, title_at, 200 * 3);
                if title_end(after).is_some_and(|t| opens_as_a_title(&after[..t])) {
                    cuts.push(title_at);
                    addressees_after(text, title_at, &mut cuts);
                }
            }
        }
        let spaced_labels: Vec<(usize, usize)> = labels
            .iter()
            .filter(|l| l.2)
            .map(|&(a, b, _)| (a, b))
            .collect();
        cuts.extend(
            spaced_labels
                .iter()
                .map(|&(start, _)| start)
                .filter(|&start| !text[..start].trim_end_matches(is_pad).ends_with(BULLETS)),
        );
        // A bullet starts a line: the page's fields listed with bullets (…基本信息• 统一编号:
        // HD0120180001• 文  号: …).
        cuts.extend(text.match_indices(BULLETS).map(|(i, _)| i));
        // White space separates paragraphs and header pieces, but not the characters of a
        // word spaced out one by one (第一章　总　则, 张　虎).
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut in_pad = false;
        for (i, c) in text.char_indices() {
            let pad = is_pad(c);
            if pad && !in_pad {
                runs.push((i, text.len()));
            } else if !pad && in_pad {
                if let Some(run) = runs.last_mut() {
                    run.1 = i;
                }
            }
            in_pad = pad;
        }
        // (The last character of such a word may have the next item or a label's colon glued
        // to it: 总　则第一条, 文  号:.)
        let one_char = |piece: &str, item_after: bool| {
            let mut cs = piece.chars();
            cs.next().is_some_and(crate::extract::docnum::is_han)
                && (cs.as_str().is_empty()
                    || item_after
                        && (crate::structure::tree::marker_at(cs.as_str()).is_some()
                            || cs.as_str().starts_with([':', '：'])))
        };
        // An organ's name spaced out character by character (…特此函告。广 东 省 财 政 厅二〇二四年
        // …), its first and last characters glued to what is around it: runs between single
        // characters whose name, with the characters on either side, ends as an organ's.
        let mut in_organ = vec![false; runs.len()];
        let mut k = 0;
        while k < runs.len() {
            // The longest chain of runs from k with one character between each two.
            let mut last = k;
            while last + 1 < runs.len() && one_char(&text[runs[last].1..runs[last + 1].0], false) {
                last += 1;
            }
            let first_char = text[..runs[k].0].chars().next_back();
            let last_char = text[runs[last].1..].chars().next();
            if let (Some(a), Some(z)) = (first_char, last_char)
                && last > k
                && crate::extract::docnum::is_han(a)
                && crate::extract::docnum::is_han(z)
            {
                let mut name = String::new();
                name.push(a);
                for j in k..last {
                    name.push_str(&text[runs[j].1..runs[j + 1].0]);
                }
                name.push(z);
                if lexicon::is_spaced_organ_name(&name) {
                    in_organ[k..=last].fill(true);
                }
            }
            k = last + 1;
        }
        for (k, &(start, end)) in runs.iter().enumerate() {
            let before_from = if k == 0 { 0 } else { runs[k - 1].1 };
            let after_to = runs.get(k + 1).map_or(text.len(), |r| r.0);
            let spaced_word = in_organ[k]
                || one_char(&text[before_from..start], false)
                    && one_char(&text[end..after_to], true);
            // A bullet keeps the white space after it (• 统一编号: starts a line), and a trail
            // the white space around its separators (首页 > 政务公开 > 政策文件).
            let crumbs = portal::CRUMB_SEPARATORS;
            let in_trail =
                text[..start].ends_with(crumbs) || text[end..after_to].starts_with(crumbs);
            // (Labels do not overlap: only the last one that starts before the run may hold
            // it.)
            let in_label = spaced_labels
                .partition_point(|&(a, _)| a < start)
                .checked_sub(1)
                .is_some_and(|k| end < spaced_labels[k].1);
            // An order's number spaced out on its line (第 312 号) stays whole.
            // So does the head's number, whatever white space damaged it (花府办〔 2015 4号).
            let in_number = (text[..start].ends_with('第') && text[end..].starts_with(is_digit))
                || (text[..start].ends_with(is_digit) && text[end..].starts_with(['号', '號']))
                || (num.start < start && end < num.end);
            if spaced_word || in_trail || in_label || in_number || text[..start].ends_with(BULLETS)
            {
                continue;
            }
            cuts.push(start);
            cuts.push(end);
        }
        // After a sentence: a page's footer glued to it (…由湛江市代管。本作品在全世界都属于
        // 公有领域…, …。责任编辑：…), a line of its own, which the tail reads as furniture; the
        // closing formula or the sentence on the text's force (…。特此通知。, …删去第十条。本决定
        // 自2025年5月1日起施行。), which the tail reads as the closing; or
        // the first organ of a joint signature glued to it, white space after the organ:
        // …贯彻执行。广东省发展和改革委员会　　广东省财政厅　　2022年5月6日.
        // (Each look goes a short way: a line of many sentences and no white space stays
        // cheap.)
        for (i, _) in text.match_indices('。') {
            let next = &text[i + '。'.len_utf8()..];
            if FOOTER_OPENINGS.iter().any(|w| next.starts_with(w)) || states_its_force(next) {
                cuts.push(i + '。'.len_utf8());
                continue;
            }
            let after = window(text, i + '。'.len_utf8(), 120);
            let Some(pad) = after.find(is_pad) else {
                continue;
            };
            let organ = &after[..pad];
            let next = window(text, i + '。'.len_utf8() + pad, 180).trim_start_matches(is_pad);
            let next = &next[..next.find(is_pad).unwrap_or(next.len())];
            if !organ.is_empty()
                && lexicon::signature_line(organ).is_some()
                && (lexicon::signature_line(next).is_some()
                    || date::date_line(next, None).is_some())
            {
                cuts.push(i + '。'.len_utf8());
            }
        }
        // After the parenthesis that closes an item's sentences (…负责）各地、各部门要…): a
        // closing paragraph of the block glued to it (its cue: 各地, 特此通知, 本方案…).
        // (Found by their last bytes: `)`, and 0x89 of `）`.)
        let tb = text.as_bytes();
        for p in memchr::memchr2_iter(b')', 0x89, tb) {
            let closes = tb[p] == b')' || (p >= 2 && tb[p - 2..p] == [0xEF, 0xBC]);
            let after = p + 1;
            if !closes
                || !text[after..]
                    .chars()
                    .next()
                    .is_some_and(lexicon::may_open_closing)
            {
                continue;
            }
            // (The parenthesis holds at most 300 characters: no longer look back.)
            let from = after - window_before(text, after, 300 * 4 + 8).len();
            if lexicon::is_closing_cue(window(text, after, 120))
                && crate::structure::items::trailing_parenthesis(text, Span::new(from, after))
                    .is_some()
            {
                cuts.push(after);
            }
        }
        // A numeral in parentheses glued after a heading of a few words (一、任务（一）开展…):
        // the next item, unless the text before it refers to one (第三条（一）项, 见（二）);
        // a heading may end with such a word (三、处理意见（一）…, 五、其他事项（一）…).
        for (i, c) in text.char_indices() {
            if !matches!(c, '（' | '(') || i == 0 {
                continue;
            }
            let prev = text[..i].chars().next_back().unwrap_or(' ');
            if is_pad(prev) || (refers_to_an_item(prev) && !short_heading_before(&text[..i])) {
                continue;
            }
            let rest = &text[i..];
            let is_item = crate::structure::tree::marker_at(rest).is_some_and(|m| {
                m.kind == crate::structure::tree::Kind::ParenCn
                    && rest[m.len..]
                        .chars()
                        .next()
                        .is_some_and(|c| crate::extract::docnum::is_han(c) || c.is_ascii_digit())
                    && !cites(&rest[m.len..])
            });
            if is_item {
                cuts.push(i);
            }
        }
        // An item in Arabic numerals glued after a heading of a few words (一、强化技术创新1.建设
        // 创新平台。…, （一）提升政务服务效能1.推进…): the heading ends where the item starts.
        for (i, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
            let after_han = text[..i]
                .chars()
                .next_back()
                .is_some_and(crate::extract::docnum::is_han);
            if after_han
                && crate::structure::tree::may_start_marker(&text[i..])
                && arabic_item_at(&text[i..])
                && short_heading_before(&text[..i])
            {
                cuts.push(i);
            }
        }
        // Items glued to the sentence before them (…公告如下：一、…。二、…), or to the
        // parenthesis that closes it (…完成。（省财政厅负责）二、…).
        // After a colon, a list in Arabic numerals is the list of what the colon announces
        // (附件:1.甲名录 2.乙名录): it is cut where white space is.
        for (i, c) in text.char_indices() {
            let (after_sentence, arabic) = match c {
                '。' | '；' | ';' => (true, true),
                // (…通知如下：1、压实责任: the colon of a text's announcement opens its items.)
                '：' | ':' => (true, text[..i].ends_with("如下")),
                '）' | ')' => (closes_a_sentence(&text[..i]), true),
                _ => (false, false),
            };
            if after_sentence && glued_item(&text[i + c.len_utf8()..], arabic) {
                cuts.push(i + c.len_utf8());
            }
        }
        // Labels of who does an item and by when, glued to the sentence or the value before
        // them (…改革。牵头单位：市住房城乡建设局配合单位：市自然资源局完成时限：2025年6月底前).
        for (i, _) in text.match_indices([':', '：']) {
            let before = window_before(text, i, 5 * 3);
            let Some(label) = crate::structure::items::RESPONSIBILITY_LABELS
                .iter()
                .chain(&TASK_LABELS)
                .find(|l| before.ends_with(*l))
            else {
                continue;
            };
            let at = i - label.len();
            let glued = text[..at].chars().next_back().is_some_and(|c| {
                crate::extract::docnum::is_han(c) || matches!(c, '。' | '；' | ';' | '）' | ')')
            });
            // Labels inside a parenthesis ((牵头单位：…；配合单位：…)) are read there.
            let inside = unclosed_bracket(window_before(text, at, 200 * 3)).is_some();
            if glued && !inside {
                cuts.push(at);
            }
        }
        let cited = cited_titles(text);
        // Labels glued to the text before them (…(共计43项)附件2…), but not a reference to
        // one (详见附件1).
        // What the notes of attachments list after their colon (附件：某某名单…), the first
        // few: a bare label later may be glued to the title one of them names.
        let notes: Vec<&str> = text
            .match_indices("附件")
            .filter_map(|(i, w)| lexicon::after_label(&text[i..], w))
            .take(8)
            .collect();
        for (i, _) in text.match_indices("附件") {
            let prev = text[..i].chars().next_back();
            let next = text[i + "附件".len()..].chars().next();
            // (Also the label alone after an organ, as a page's source field and the
            // enclosure's heading glue: 文章来源:广州市海珠区人民政府附件海珠区….)
            let after_organ = || {
                crate::extract::department::ends_like_organ(window_before(text, i, 30 * 3))
                    && next.is_some_and(docnum::is_han)
            };
            if prev.is_some_and(|c| !is_pad(c) && !REFERS.contains(&c))
                && (next.is_some_and(|c| c.is_ascii_digit() || c == ':' || c == '：')
                    || after_organ())
            {
                cuts.push(i);
            }
            // After a numbered label, the enclosure's title and its first heading glued after
            // it (附件1:某某工作指引一、总体要求…); after the bare label, the enclosures a note
            // lists, glued one after another (附件:1.甲工作指引2.乙技术导则): each starts a line,
            // as on the note's own lines, and so does what follows the last file's extension
            // (…指引.docx广东省…).
            let after = &text[i + "附件".len()..];
            // A bare label glued to the title that a note names and to the text after it
            // (…2024年2月28日附件2023年度某某单位名单天河区…, …2025年2月27日附件参会回执单位
            // （盖章）：…): the title is a line; so is the label after a date.
            let cut = cuts.last() == Some(&i);
            if (cut || prev == Some('日'))
                && let Some(len) = title_a_note_names(&notes, after)
            {
                let at = i + "附件".len();
                if !cut {
                    cuts.push(i);
                }
                cuts.push(at);
                cuts.push(at + len);
                continue;
            }
            let numbered = after.trim_start_matches(is_digit);
            let Some(rest) = numbered.strip_prefix([':', '：']) else {
                continue;
            };
            let at = text.len() - rest.len();
            if numbered.len() < after.len() {
                cuts.extend(enclosure_title_at(rest, &cited).map(|end| at + end));
                continue;
            }
            let mut last = 0;
            for e in listed_entries(rest) {
                cuts.push(at + e);
                last = e;
            }
            let entry = window(rest, last, 120 * 3);
            if let Some(ext) = crate::structure::trailers::FILE_EXTENSIONS
                .iter()
                .filter_map(|x| entry.find(x).map(|p| p + x.len()))
                .filter(|&e| entry[e..].starts_with(docnum::is_han))
                .min()
            {
                cuts.push(at + last + ext);
            }
        }
        // The note of a decision's adoption after its title (…的决定 （2024年6月12日…通过
        // 2024年6月20日…令第310号公布　自公布之日起施行）) is a line, whole whatever white
        // space and dates it holds.
        if let Some(end) = title_end(window(text, 0, 120 * 3))
            && opens_as_a_title(&text[..end])
        {
            let open = text.len() - text[end..].trim_start_matches(is_pad).len();
            if let Some(len) = adoption_note_len(&text[open..]) {
                cuts.push(open);
                cuts.push(open + len);
                whole.push((open, open + len));
            }
        }
        // A date glued between a signature and what follows, or standing alone between
        // white space; a date inside a sentence (于2022年12月31日前完成) stays in it.
        // Printing lines (…秘书处2024年12月23日印发) stay whole, as the trailer reads them.
        for d in date::find_dates(text, None) {
            // White space inside a date (2023年 10 月 20 日) parts nothing.
            if text[d.span.range()].contains(is_pad) {
                whole.push((d.span.start, d.span.end));
            }
            let rest = &text[d.span.end..];
            // The value of a page's field of date, with its time of day, ends there
            // (发布日期：2024-03-22广东省人民政府办公厅关于…); after the title a bare 时间：
            // is a meeting's (时间：2024年1月18日上午9:30), not the page's.
            let label = window_before(text, d.span.start, 7 * 3).trim_end_matches([':', '：', ' ']);
            let bare_time = ["时间", "時間"].iter().any(|l| label.ends_with(l))
                && !["发布", "發布", "成文", "印发", "印發"]
                    .iter()
                    .any(|w| label[..label.len() - "时间".len()].ends_with(w));
            if !(bare_time && d.span.start > title_before)
                && portal::label_ending(&text[..d.span.start]).is_some_and(|f| {
                    matches!(
                        f,
                        portal::Field::Published
                            | portal::Field::WrittenDate
                            | portal::Field::Effective
                            | portal::Field::Expiry
                    )
                })
            {
                let end = d.span.end + clock_len(rest);
                cuts.push(end);
                whole.push((d.span.start, end));
                // The document's title glued after the page's fields, and its addressees
                // after it (…发布日期：2024-05-22某某关于…的通知各县（市、区）人民政府：).
                let after = window(text, end, 200 * 3);
                if title_end(after).is_some_and(|t| opens_as_a_title(&after[..t])) {
                    addressees_after(text, end, &mut cuts);
                }
                continue;
            }
            if d.span.start <= num.end {
                continue;
            }
            // A limit (…教育局2024年4月30日前…, …2024年5月1日起施行) is no signature's date.
            if LIMIT_WORDS.iter().any(|w| rest.starts_with(w)) {
                continue;
            }
            // (White space may part the signature from its date: 广东省财政厅　　2022年5月6日.)
            let organ_end = text[..d.span.start].trim_end_matches(is_pad).len();
            // The title is right before the number: its last stretch is enough to look in.
            let title = window_before(text, num.start, 100 * 3);
            let sig = signature_before(text, organ_end)
                .or_else(|| organ_named_in(title, &text[..organ_end]));
            // An order's signer keeps the white space between the office and the name.
            if let Some(s) = sig.filter(|&s| lexicon::signer_line(&text[s..organ_end]).is_some()) {
                whole.push((s, organ_end));
            }
            // The other organs of a joint signature, each parted from the next by white
            // space, the first glued to the text before it: …目标表财政部　　教育部2023年5月20日.
            let mut joint = Vec::new();
            let mut end = sig.unwrap_or(organ_end);
            while sig.is_some() && joint.len() < 8 && text[..end].ends_with(is_pad) {
                let before = text[..end].trim_end_matches(is_pad);
                // (An organ is short: the white space before it is near.)
                let start = before
                    .char_indices()
                    .rev()
                    .take(30)
                    .find(|&(_, c)| is_pad(c))
                    .map_or(0, |(p, c)| p + c.len_utf8());
                let piece = &before[start..];
                let whole = crate::segment::chars_at_most(piece, 25)
                    && lexicon::signature_line(piece).is_some()
                    && start > 0;
                let at = if whole {
                    Some(start)
                } else {
                    organ_named_in(title, before)
                };
                let Some(at) = at else {
                    break;
                };
                joint.push(at);
                if !whole {
                    break;
                }
                end = at;
            }
            let printed = rest.trim_start_matches(is_pad);
            if let (Some(w), Some(start)) = (
                ["印发", "印發"].iter().find(|w| printed.starts_with(*w)),
                sig,
            ) {
                let end = text.len() - printed.len() + w.len();
                cuts.push(start);
                cuts.push(end);
                whole.push((start, end));
                continue;
            }
            // The release notes glued under the date (…2024年7月10日（联系人：…）（此件主动公开）
            // 某某措施一、…) are lines of their own, and what follows them is looked at as
            // what follows the date.
            let mut notes = 0;
            let mut note_ends = Vec::new();
            while let Some(len) = super::sign::release_note_len(&rest[notes..]) {
                // (Kept whole: 联系人：电力处 李华 is one note.)
                whole.push((d.span.end + notes, d.span.end + notes + len));
                notes += len;
                note_ends.push(d.span.end + notes);
            }
            let rest = &rest[notes..];
            // A date followed by the enclosures' label or by the page's fields closes the
            // head even glued to the text before it (…名录二〇一九年九月二十日发布日期:…).
            let closes = rest.starts_with("附件") || portal::is_field_line(window(rest, 0, 60));
            let padded = text[..d.span.start].ends_with(is_pad) || closes;
            let enclosure_end = if padded || sig.is_some() {
                enclosure_title_at(rest, &cited)
            } else {
                None
            };
            let alone = padded
                && (rest.is_empty()
                    || rest.starts_with(is_pad)
                    || closes
                    || enclosure_end.is_some());
            if sig.is_none() && !alone {
                continue;
            }
            cuts.push(d.span.start);
            cuts.push(d.span.end);
            cuts.extend(sig);
            cuts.extend(joint);
            // The title of the enclosure glued after the date, and its first item after it:
            // …2022年5月6日某某工作方案一、任务.
            if let Some(end) = enclosure_end {
                cuts.push(d.span.end + notes + end);
            }
            cuts.extend(note_ends);
        }
        cuts.push(0);
        cuts.push(text.len());
        // (A trail holds no label: one after its crumbs ends it, below.)
        let kept = merged(fields.into_iter().chain(whole).collect());
        let kept_or_trail = merged(kept.iter().copied().chain(trail).collect());
        cuts.retain(|&c| !strictly_inside(&kept_or_trail, c));
        cuts.sort_unstable();
        cuts.dedup();
        let before = cuts.len();
        next_in_sequence(text, &mut cuts);
        // (Decimal headings may take cuts away as well as add them.)
        let unsorted = decimal_headings(text, &mut cuts);
        // Before the number, a label glued after the value of the field before it (分类：综合
        // 政务发布机构：, 索引号：1144…/2023-00188分类：) starts a line of its own; not right
        // after a bullet or a bracket (• 文  号:, 【字体:), nor inside what is kept whole.
        let mut piece = 0;
        for at in labels.iter().map(|l| l.0).filter(|&at| at < num.start) {
            while piece + 1 < cuts.len() && cuts[piece + 1] <= at {
                piece += 1;
            }
            let before = text[cuts[piece].min(at)..at].trim_end_matches(is_pad);
            let after_value = !before.is_empty()
                && !before.ends_with(BULLETS)
                && !before.ends_with(['【', '[', '［', '-', '·']);
            if after_value && !strictly_inside(&kept, at) {
                cuts.push(at);
            }
        }
        if unsorted || cuts.len() > before {
            cuts.sort_unstable();
        }
        let mut first = true;
        for w in cuts.windows(2) {
            let sp = crate::segment::trim_span(
                src,
                Span::new(line.span.start + w[0], line.span.start + w[1]),
            );
            if sp.is_empty() {
                continue;
            }
            out.push(Line {
                no: line.no,
                span: sp,
                start: if first { line.start } else { sp.start },
                blanks_before: if first { line.blanks_before } else { 0 },
            });
            first = false;
        }
    }
    *lines = out;
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(src: &str) -> Vec<&str> {
        let mut lines = crate::segment::lines(src);
        resegment(src, &mut lines);
        lines.iter().map(|l| l.text(src)).collect()
    }

    /// Asserts that `src` is cut into the lines of `run`, one after another.
    fn assert_run(src: &str, run: &[&str]) {
        let got = pieces(src);
        assert!(got.windows(run.len()).any(|w| w == run), "{got:?}");
    }

    #[test]
    fn ok_decimal_headings_in_sequence_after_white_space() {
        let src = "某某市人民政府办公室关于印发某某预案的通知某府办〔2024〕4号各区人民政府：现将《某某预案》印发给你们。某某市人民政府办公室2024年2月1日某某预案 1 总则 1.1 编制目的 为规范工作，制定本预案。 1.2 适用范围 本预案适用于全市。 2 组织体系 2.1 指挥部 负责指挥。";
        assert_run(
            src,
            &[
                "1 总则",
                "1.1 编制目的",
                "为规范工作，制定本预案。",
                "1.2 适用范围",
            ],
        );
        assert_run(src, &["2 组织体系", "2.1 指挥部"]);
        // Decimals in the text are no headings: one alone, or only firsts.
        for text in [
            "今年增长 3.1 左右，请做好工作。",
            "今年增长 3.1 左右，明年 4.1 以上。",
        ] {
            let mut cuts = Vec::new();
            assert!(!decimal_headings(text, &mut cuts));
            assert!(cuts.is_empty(), "{text}: {cuts:?}");
        }
        let mut cuts = Vec::new();
        assert!(decimal_headings("甲。 1.1 乙 丙。 1.2 丁", &mut cuts));
        assert_eq!(cuts, ["甲。 ".len(), "甲。 1.1 乙 丙。 ".len()]);
    }

    #[test]
    fn ok_a_bare_label_glued_to_the_title_its_note_names() {
        let src = "某某市人民政府办公室关于通报表扬先进单位的通报某府办函〔2024〕20号各区人民政府：决定对10个单位予以通报表扬。附件：2023年度先进单位名单某某市人民政府办公室2024年2月28日附件2023年度先进单位名单天河区政务服务数据管理局、市公安局、市税务局";
        assert_run(
            src,
            &[
                "附件",
                "2023年度先进单位名单",
                "天河区政务服务数据管理局、市公安局、市税务局",
            ],
        );
    }

    #[test]
    fn ok_release_notes_glued_under_the_date_are_lines_of_their_own() {
        let src = "某某市人民政府办公室关于印发某某措施的通知某府办〔2024〕4号各县（市、区）人民政府：现将《某某措施》印发给你们。某某市人民政府办公室2024年2月1日（联系人：电力处 李华，电话：020-83133111）（此件主动公开）某某措施一、开展活动。（市商务局负责）二、加强宣传。";
        assert_run(
            src,
            &[
                "2024年2月1日",
                "（联系人：电力处 李华，电话：020-83133111）",
                "（此件主动公开）",
                "某某措施",
                "一、开展活动。（市商务局负责）",
            ],
        );
    }

    #[test]
    fn ok_a_cited_title_ends_where_it_ends_whatever_its_last_word() {
        let src = "某某市人民政府办公室关于印发某某市2024年重点民生实事的通知某府办〔2024〕4号各县（市、区）人民政府：现将《某某市2024年重点民生实事》印发给你们，请认真组织实施。某某市人民政府办公室2024年2月1日某某市2024年重点民生实事1.新建改建农村公路300公里。（市交通运输局牵头）2.改造城镇老旧小区40个。";
        assert_run(
            src,
            &[
                "某某市2024年重点民生实事",
                "1.新建改建农村公路300公里。（市交通运输局牵头）",
            ],
        );
    }

    #[test]
    fn ok_a_state_of_force_and_font_buttons_glued_before_the_head() {
        // The state of force glued to the title after it.
        let src = "索引号:11441900007330039B/2023-00156名称:东莞市人民政府办公室关于印发某措施的通知文号:东府办〔2023〕58号发布日期:2023-11-08有效性:有效东莞市人民政府办公室关于印发某措施的通知各镇人民政府(街道办事处),市府直属各单位:《某措施》已经市人民政府同意,现印发给你们。";
        assert_run(
            src,
            &[
                "东莞市人民政府办公室关于印发某措施的通知",
                "各镇人民政府(街道办事处),市府直属各单位:",
            ],
        );
        // The addressees glued after the value of the page's last field.
        let src = "深圳市人民政府关于印发某实施方案的通知发文机关：深圳市人民政府发文字号：深府〔2024〕12号发文日期：2024-04-18主题分类：工业、交通各区人民政府，市政府直属各单位：现将《某实施方案》印发给你们，请认真组织实施。";
        assert_run(
            src,
            &[
                "主题分类：工业、交通",
                "各区人民政府，市政府直属各单位：",
                "现将《某实施方案》印发给你们，请认真组织实施。",
            ],
        );
        // The addressees glued after the buttons of the font size.
        let src = "名称:肇庆市人民政府办公室关于印发某方案的通知文号:肇府办函〔2016〕302号发布日期:2016-08-17来源:市政府办公室【字体:大 中 小】各县(市、区)人民政府,市政府各部门:《某方案》业经市人民政府同意,现印发给你们。";
        let got = pieces(src);
        assert!(
            got.contains(&"各县(市、区)人民政府,市政府各部门:"),
            "{got:?}"
        );
    }

    #[test]
    fn ok_brackets_inside_a_responsibility_and_items_announced_by_a_colon() {
        // A bracket inside the responsibility ((市、区)) neither ends it nor lets its labels
        // be cut; the item after it starts a line.
        let src = "某某市人民政府办公室关于印发某方案的通知某府办〔2024〕9号各县(市、区)人民政府:现印发给你们。某某市人民政府办公室2024年3月18日某方案一、重点任务(一)培育产业。2024年6月底前制定方案。(牵头单位:市工业和信息化局;配合单位:各县(市、区)人民政府;完成时限:2024年6月)(二)推动技改。(责任单位:市工业和信息化局)";
        let got = pieces(src);
        assert!(
            got.contains(&"(一)培育产业。2024年6月底前制定方案。(牵头单位:市工业和信息化局;配合单位:各县(市、区)人民政府;完成时限:2024年6月)"),
            "{got:?}"
        );
        assert!(
            got.contains(&"(二)推动技改。(责任单位:市工业和信息化局)"),
            "{got:?}"
        );
        // Items in Arabic numerals after the colon that announces them.
        let src = "某某县人民政府办公室关于做好森林防火工作的通知某府办函〔2024〕15号各镇人民政府:为做好森林防火工作,现将有关事项通知如下:1、压实防火责任。各镇要于2月20日前报送。2、加强巡山护林。";
        assert_run(
            src,
            &[
                "为做好森林防火工作,现将有关事项通知如下:",
                "1、压实防火责任。各镇要于2月20日前报送。",
            ],
        );
    }

    #[test]
    fn ok_a_joint_notices_numbers_glued_one_after_another() {
        let src = "广东省财政厅 广东省教育厅关于下达某资金的通知粤财科教〔2024〕45号粤教财〔2024〕12号各地级以上市财政局、教育局:现将资金下达给你们。";
        assert_run(
            src,
            &[
                "粤财科教〔2024〕45号",
                "粤教财〔2024〕12号",
                "各地级以上市财政局、教育局:",
            ],
        );
    }

    #[test]
    fn ok_white_space_inside_a_date_parts_nothing() {
        let src = "某某厅关于开展检查的函某建函〔2023〕456号各地级以上市住房城乡建设主管部门：请于2024年 6 月 30 日前报送。广东省住房和城乡建设厅2023年 10 月 20 日";
        let got = pieces(src);
        assert!(got.contains(&"请于2024年 6 月 30 日前报送。"), "{got:?}");
        assert_eq!(
            got[got.len() - 2..],
            ["广东省住房和城乡建设厅", "2023年 10 月 20 日"],
            "{got:?}"
        );
    }

    #[test]
    fn ok_a_title_and_its_addressees_glued_after_the_fields_of_a_page() {
        let src = "分类：通知发布机构：湛江市人民政府办公室名称：湛江市人民政府办公室关于做好防汛工作的通知文号：湛府办函〔2024〕41号发布日期：2024-05-22湛江市人民政府办公室关于做好防汛工作的通知各县（市、区）人民政府，市政府各部门：为切实做好防汛工作，现通知如下。";
        assert_run(
            src,
            &[
                "湛江市人民政府办公室关于做好防汛工作的通知",
                "各县（市、区）人民政府，市政府各部门：",
            ],
        );
    }

    #[test]
    fn ok_a_title_glued_after_a_date_or_latin_letters_starts_at_its_issuer() {
        for (head, title) in [
            (
                "某通知- 来源:- 发布时间:- 2019年08月27日广东省人民政府办公厅关于成立某小组的通知",
                "广东省人民政府办公厅关于成立某小组的通知",
            ),
            (
                "Document Text469 characters广东省人民政府关于公布某名录的通知",
                "广东省人民政府关于公布某名录的通知",
            ),
            (
                "字号：视力保护色：阅读次数：1234紫金县人民政府关于做好春耕生产工作的通知",
                "紫金县人民政府关于做好春耕生产工作的通知",
            ),
        ] {
            let at = title_after_furniture(head);
            assert_eq!(at.map(|i| &head[i..]), Some(title), "{head}");
        }
        // Glued to words, or after a field's number and white space: nothing to cut.
        for head in [
            "广东省关于成立某小组的通知",
            "文号: 粤办明电〔2024〕8号 发布日期: 2024-03-22 广东省人民政府办公厅关于某事的通知",
            "首页政策文件广东省人民政府关于某事的通知",
        ] {
            assert_eq!(title_after_furniture(head), None, "{head}");
        }
    }

    #[test]
    fn ok_a_list_announced_by_a_colon_and_items_opening_with_a_date() {
        assert!(second_item_follows("1．甲；2．乙", "1．".len()));
        assert!(second_item_follows("（一）甲。（二）乙", "（一）".len()));
        assert!(second_item_follows("①甲；②乙", "①".len()));
        // The second must follow a sentence: 1.甲2.乙 glued to words is no proof.
        assert!(!second_item_follows("1．甲2．乙", "1．".len()));
        assert!(!second_item_follows("1．甲，其中2．5万元", "1．".len()));
        assert!(opens_with_a_date("2024年底前"));
        assert!(opens_with_a_date("６月份前"));
        assert!(!opens_with_a_date("5亿元"));
        assert!(!opens_with_a_date("年底"));
        // 1.5亿元 after a sentence is no item; 3．6月份前 is one.
        assert!(!glued_item("1.5亿元用于", true));
        assert!(glued_item("3．6月份前完成部署", true));
    }

    #[test]
    fn ok_task_labels_glued_after_a_sentence_or_a_value() {
        let src = "广东省人民政府关于印发某方案的通知粤府〔2021〕22号各地级以上市人民政府:现印发给你们。广东省人民政府2021年3月21日某方案一、主要预期目标1.地区生产总值增长6%以上。分管省领导:林克庆部门分工:省发展改革委牵头,各地、各部门配合。2.进出口实现正增长。";
        let got = pieces(src);
        for want in [
            "分管省领导:林克庆",
            "部门分工:省发展改革委牵头,各地、各部门配合。",
        ] {
            assert!(got.contains(&want), "{got:?}");
        }
        // After a value that ends in a bracket.
        let src = "某市人民政府办公室关于印发某清单的通知某府办〔2024〕3号各镇人民政府：现印发给你们。某市人民政府办公室2024年3月1日某清单一、任务1.推行拿地即开工。牵头单位：市住房城乡建设局配合单位：市自然资源局，各镇人民政府（街道办事处）完成时限：持续推进2.推行告知承诺制。";
        let got = pieces(src);
        assert!(got.contains(&"完成时限：持续推进"), "{got:?}");
    }

    #[test]
    fn ok_a_printed_pages_number_glued_between_two_pages() {
        let src = "广东省人民政府关于某事的通知粤府〔2024〕9号各地级以上市人民政府：一、总体要求。做好某事。（省工业和信息化厅负责）— 1 —二、保障措施。各地要于每年12月底前报送。广东省人民政府2024年3月20日— 2 —";
        let got = pieces(src);
        for want in ["— 1 —", "二、保障措施。各地要于每年12月底前报送。", "— 2 —"]
        {
            assert!(got.contains(&want), "{got:?}");
        }
        // A range of years or a dash in words is no page's number.
        assert_eq!(page_numbers("2023—2025年 — 某某 —").count(), 0);
        assert_eq!(page_numbers("推进 - 12 - 完成").count(), 1);
    }

    #[test]
    fn ok_enclosures_listed_one_after_another_and_a_title_after_its_label() {
        let list = "1.甲工作指引2.乙技术导则3．丙清单";
        let got: Vec<&str> = listed_entries(list).map(|e| &list[e..]).collect();
        assert_eq!(got, ["2.乙技术导则3．丙清单", "3．丙清单"]);
        // Not a list of titles: what precedes the next number is no whole title.
        assert_eq!(listed_entries("1.申报材料2.5万元").count(), 0);
        assert_eq!(listed_entries("12.甲方案13.乙方案").count(), 0);
        // Files' names keep their extensions; the signature glued after the last is cut off.
        let list = "1.甲防控指引.docx2.乙使用指引.docx";
        let got: Vec<&str> = listed_entries(list).map(|e| &list[e..]).collect();
        assert_eq!(got, ["2.乙使用指引.docx"]);
        let src = "粤卫函〔2020〕13号各地级以上市疫情防控指挥部办公室:现印发给你们。附件:1.甲防控指引.docx2.乙使用指引.docx广东省疫情防控指挥部办公室疫情防控组(代章)2020年2月5日";
        let got = pieces(src);
        for want in [
            "2.乙使用指引.docx",
            "广东省疫情防控指挥部办公室疫情防控组(代章)",
            "2020年2月5日",
        ] {
            assert!(got.contains(&want), "{got:?}");
        }
        let src = "广州市人民政府关于某事的通知穗府〔2022〕8号各区人民政府:现印发给你们。附件:1.某某工作指引2.某某技术导则广州市人民政府2022年5月20日附件1:某某工作指引一、总体要求各地要于2022年6月底前完成申报。";
        let got = pieces(src);
        for want in [
            "附件:1.某某工作指引",
            "2.某某技术导则",
            "附件1:某某工作指引",
            "一、总体要求",
        ] {
            assert!(got.contains(&want), "{got:?}");
        }
    }

    #[test]
    fn ok_a_decisions_note_of_adoption_and_the_sentence_on_its_force() {
        let note = "（2025年3月28日广东省人民政府第十四届56次常务会议通过）省人民政府决定…";
        assert_eq!(
            adoption_note_len(note).map(|n| &note[n..]),
            Some("省人民政府决定…")
        );
        assert_eq!(adoption_note_len("（2025年3月28日）"), None);
        assert_eq!(
            adoption_note_len("（省发展改革委负责，2025年底前通过）"),
            None
        );
        assert!(states_its_force("本决定自2025年5月1日起施行。"));
        assert!(states_its_force("本通知自印发之日起执行，有效期5年。"));
        assert!(states_its_force("特此通知。"));
        assert!(!states_its_force("本办法所称农村集体资产，是指…"));
        assert!(!states_its_force(
            "本次抽查自5月起。共抽取50批次，实施检验。"
        ));
    }

    #[test]
    fn ok_a_meetings_time_after_the_title_is_no_pages_field() {
        let src = "广东省人民政府办公厅关于召开某会议的通知粤办函〔2024〕3号各地级以上市人民政府：一、会议时间和地点时间：2024年1月18日上午9:30，会期半天。地点：省政府5号楼。";
        let got = pieces(src);
        assert!(
            got.iter().any(|p| p.contains("2024年1月18日上午9:30")),
            "{got:?}"
        );
        // Before the title, the page's field of time ends with its value.
        let src = "来源:本网时间:2020-09-30 12:46广东省人民政府关于某事的通知粤府函〔2020〕242号广州市人民政府：请认真贯彻执行。";
        let got = pieces(src);
        assert!(got.contains(&"广东省人民政府关于某事的通知"), "{got:?}");
    }

    #[test]
    fn ok_buttons_glued_before_a_title_after_the_fields_number() {
        // The fields give the number first; the buttons stand between them and the title,
        // which the head's repeat of the number follows.
        let src = "发布机构: 佛山市人民政府办公室名称: 佛山市人民政府办公室关于印发某方案的通知文号: 佛府办函〔2024〕21号 发布日期: 2024-03-20【字体:大 中 小】 【打印】 【关闭】佛山市人民政府办公室关于印发某方案的通知佛府办函〔2024〕21号各区人民政府,市有关单位:《某方案》已经市人民政府同意,现印发给你们。";
        let got = pieces(src);
        assert!(got.contains(&"【关闭】"), "{got:?}");
        assert!(
            got.contains(&"佛山市人民政府办公室关于印发某方案的通知"),
            "{got:?}"
        );
    }

    #[test]
    fn ok_a_number_before_its_title_with_the_page_lines_joined_by_spaces() {
        // The first number (in the fields) runs past the head's first 90 bytes: the number
        // before the title is still found.
        let src = "听全文 基本信息 • 统一编号: HD0120180001 • 文  号: 花府办规〔2018〕1号 • 发布机关: 广州市花都区人民政府办公室 • 分享到 • - 花府办规〔2018〕1号 广州市花都区人民政府办公室关于印发某办法的通知 各镇(街)政府(办事处),区农林局: 《某办法》业经区政府同意,现印发给你们。";
        let got = pieces(src);
        for want in [
            "广州市花都区人民政府办公室关于印发某办法的通知",
            "各镇(街)政府(办事处),区农林局:",
        ] {
            assert!(got.contains(&want), "{got:?}");
        }
    }

    #[test]
    fn ok_a_damaged_number_whose_title_follows_heads_a_flattened_text() {
        // Its 〕 and 号 lost, after a masthead; lines joined with spaces, one inside the title.
        let src = "广 会  文  件 粤经贸工业〔20051006 关于认定某某等三个 省产业转移工业园的通知 韶关、东莞市人民政府: 根据有关规定,经省人民政府同意,认定如下。";
        let got = pieces(src);
        assert!(got.contains(&"粤经贸工业〔20051006"), "{got:?}");
        assert!(got.contains(&"韶关、东莞市人民政府:"), "{got:?}");
        // White space inside the number (花府办〔 2015 4号) parts nothing.
        let src = "• 文  号: 花府办〔2015〕4号• 分享到• -花府办〔 2015 4号广州市花都区人民政府办公室关于印发某方案的通知各街道办事处,镇政府:现将某方案印发给你们。";
        let got = pieces(src);
        assert!(got.contains(&"花府办〔 2015 4号"), "{got:?}");
        assert!(
            got.contains(&"广州市花都区人民政府办公室关于印发某方案的通知"),
            "{got:?}"
        );
    }

    #[test]
    fn ok_addressees_after_their_label_glued_after_the_number() {
        let src = "广东省教育厅关于做好教师培训工作的通知粤教师函〔2024〕12号主送：各地级以上市教育局、财政局，省属有关高校：为进一步提升教师素质，现通知如下。";
        let got = pieces(src);
        assert!(
            got.contains(&"主送：各地级以上市教育局、财政局，省属有关高校："),
            "{got:?}"
        );
    }

    #[test]
    fn organ_named_in_finds_the_longest_organ_the_title_names() {
        // The longest tail of two to twenty characters that the title holds and that is an
        // organ, as a search of every tail would find it.
        let naive = |title: &str, before: &str| {
            let from = before
                .char_indices()
                .rev()
                .take(20)
                .last()
                .map_or(before.len(), |(i, _)| i);
            before[from..]
                .char_indices()
                .map(|(i, _)| from + i)
                .find(|&i| {
                    let name = &before[i..];
                    name.chars().count() > 1
                        && title.contains(name)
                        && lexicon::signature_line(name).is_some()
                })
        };
        let title = "广东省财政厅 广东省教育厅关于印发某办法的通知";
        for before in [
            "……请认真贯彻执行。广东省财政厅",
            "……请认真贯彻执行。广东省教育厅",
            "执行。教育厅",
            "执行。省财政厅",
            "执行。市财政局",
            "厅",
            "",
            "一二三四五六七八九十一二三四五六七八九十广东省财政厅",
        ] {
            assert_eq!(
                organ_named_in(title, before),
                naive(title, before),
                "{before}"
            );
        }
        let before = "……请认真贯彻执行。广东省财政厅";
        assert_eq!(
            organ_named_in(title, before).map(|i| &before[i..]),
            Some("广东省财政厅")
        );
        assert_eq!(organ_named_in(title, "执行。市财政局"), None);
    }

    #[test]
    fn ok_flattened_items_after_parentheses_and_a_reply() {
        // Page furniture before the title; a reply (的复函); items glued after the parenthesis
        // that closes a sentence, and after a sentence in Arabic numerals; a reference to an
        // attachment stays in its sentence; the place before a signature stays with it.
        let src = "【打印】东莞市自然资源局关于某事的复函东自然资函〔2024〕88号某某公司:你公司的请示收悉。现函复如下:一、同意。(市规划科负责)二、请抓紧办理(详见附件1)。1.做好甲;2.做好乙。附件:规划图广东省自然资源厅2024年6月18日";
        assert_eq!(
            pieces(src),
            [
                "【打印】",
                "东莞市自然资源局关于某事的复函",
                "东自然资函〔2024〕88号",
                "某某公司:",
                "你公司的请示收悉。现函复如下:",
                "一、同意。(市规划科负责)",
                "二、请抓紧办理(详见附件1)。",
                "1.做好甲;",
                "2.做好乙。",
                "附件:规划图",
                "广东省自然资源厅",
                "2024年6月18日",
            ]
        );
    }

    #[test]
    fn ok_flattened_items_glued_to_words_labels_and_dates() {
        // An item after its heading's few words; the next item of a list, and the next
        // heading, glued to a label's value; labels glued to a sentence and to a name; an
        // item in parentheses before a date, and a circled one, after a sentence.
        let src = "惠州市人民政府关于印发某方案的通知惠府〔2024〕8号各县、区人民政府:现印发给你们。一、主要任务（一）提升政务服务效能1.推进一网通办。责任单位：市政务服务数据管理局，各县区人民政府完成时限：2024年12月底前2.深化审批改革。牵头单位：市住房城乡建设局配合单位：市自然资源局完成时限：持续推进二、保障措施1.完成改造。（1）2024年6月底前完成甲；（2）2024年12月底前完成乙；①加快淘汰；②2024年10月底前完成。";
        assert_eq!(
            pieces(src),
            [
                "惠州市人民政府关于印发某方案的通知",
                "惠府〔2024〕8号",
                "各县、区人民政府:",
                "现印发给你们。",
                "一、主要任务",
                "（一）提升政务服务效能",
                "1.推进一网通办。",
                "责任单位：市政务服务数据管理局，各县区人民政府",
                "完成时限：2024年12月底前",
                "2.深化审批改革。",
                "牵头单位：市住房城乡建设局",
                "配合单位：市自然资源局",
                "完成时限：持续推进",
                "二、保障措施",
                "1.完成改造。",
                "（1）2024年6月底前完成甲；",
                "（2）2024年12月底前完成乙；",
                "①加快淘汰；",
                "②2024年10月底前完成。",
            ]
        );
    }

    #[test]
    fn ok_flattened_regulation_with_spaced_headings_and_articles_glued() {
        // A chapter's heading spaced out character by character stays one line; an article
        // glued to the heading before it is cut when it is the next (or the first under its
        // chapter); a cited article (本办法第三条规定的) is not.
        let src = "深圳市人民政府办公厅关于印发某办法的通知深府办规〔2023〕5号各区人民政府：现予印发。深圳市某办法第一章　总　则第一条　为了规范，制定本办法。第二条　本办法适用于本市。第二章　开放管理第三条　市政务服务数据管理局负责本办法第三条规定的工作。";
        assert_eq!(
            pieces(src),
            [
                "深圳市人民政府办公厅关于印发某办法的通知",
                "深府办规〔2023〕5号",
                "各区人民政府：",
                "现予印发。深圳市某办法",
                "第一章",
                "总　则",
                "第一条",
                "为了规范，制定本办法。",
                "第二条",
                "本办法适用于本市。",
                "第二章",
                "开放管理",
                "第三条",
                "市政务服务数据管理局负责本办法第三条规定的工作。",
            ]
        );
    }

    #[test]
    fn ok_flattened_limits_printing_line_and_parenthesised_items_before_dates() {
        // A date with 前 after it is a limit, not a signature's date; the printing line
        // after 抄送 stays whole; （一） before a date is an item after a heading.
        let src = "广东省教育厅关于做好安全工作的通知粤教安函〔2024〕9号各地级以上市教育局：一、活动安排（一）6月1日至6月30日开展活动。（二）请各地级以上市教育局2024年4月30日前报送。广东省教育厅2024年2月20日抄送：省委办公厅。广东省人民政府办公厅秘书处　　2024年2月21日印发";
        assert_eq!(
            pieces(src),
            [
                "广东省教育厅关于做好安全工作的通知",
                "粤教安函〔2024〕9号",
                "各地级以上市教育局：",
                "一、活动安排",
                "（一）6月1日至6月30日开展活动。",
                "（二）请各地级以上市教育局2024年4月30日前报送。",
                "广东省教育厅",
                "2024年2月20日",
                "抄送：省委办公厅。",
                "广东省人民政府办公厅秘书处　　2024年2月21日印发",
            ]
        );
    }

    #[test]
    fn ok_flattened_page_fields_before_the_head_that_repeats_them() {
        // A field's date ends its value (with its time of day); the number that the head
        // gives again after the fields and the title is cut out with the addressees after
        // it; the buttons of the font size are cut off what follows them.
        let src = "文号：粤办明电〔2024〕8号　　发布日期：2024-03-22 10:25:55字号：大 中 小广东省人民政府办公厅关于做好森林防火工作的通知粤办明电〔2024〕8号各地级以上市人民政府：当前正值防火关键期。";
        assert_eq!(
            pieces(src),
            [
                "文号：粤办明电〔2024〕8号",
                "发布日期：2024-03-22 10:25:55",
                "字号：大 中 小",
                "广东省人民政府办公厅关于做好森林防火工作的通知",
                "粤办明电〔2024〕8号",
                "各地级以上市人民政府：",
                "当前正值防火关键期。",
            ]
        );
    }

    #[test]
    fn ok_flattened_font_buttons_cut_but_not_the_field_of_the_number() {
        // 【字体: whose buttons the capture lost, glued to the title; 发文字号： is a field.
        let src = "【打印】 【字体:广东省人民政府办公厅关于印发某方案的通知粤办函〔2021〕55号各地级以上市人民政府:现印发给你们。";
        assert_eq!(
            pieces(src),
            [
                "【打印】",
                "【字体:",
                "广东省人民政府办公厅关于印发某方案的通知",
                "粤办函〔2021〕55号",
                "各地级以上市人民政府:",
                "现印发给你们。",
            ]
        );
        let src = "深圳市人民政府关于印发某方案的通知发文字号：深府〔2024〕12号各区人民政府：现印发给你们。";
        assert_eq!(
            pieces(src),
            [
                "深圳市人民政府关于印发某方案的通知",
                "发文字号：",
                "深府〔2024〕12号",
                "各区人民政府：",
                "现印发给你们。",
            ]
        );
    }

    #[test]
    fn ok_flattened_citations_and_labels_in_parentheses_stay_in_their_text() {
        // A run of cited items (本方案（七）（八）条所列) is no item; labels inside the
        // parenthesis that assigns an item stay in it.
        let src = "广东省人民政府办公厅关于印发某方案的通知粤办函〔2024〕30号各地级以上市人民政府：现印发给你们。一、任务（一）落实本方案（七）（八）条所列政策。（二）推进通办。（牵头单位：省政务服务和数据管理局；配合单位：省公安厅；完成时限：持续推进）";
        assert_eq!(
            pieces(src),
            [
                "广东省人民政府办公厅关于印发某方案的通知",
                "粤办函〔2024〕30号",
                "各地级以上市人民政府：",
                "现印发给你们。",
                "一、任务",
                "（一）落实本方案（七）（八）条所列政策。",
                "（二）推进通办。（牵头单位：省政务服务和数据管理局；配合单位：省公安厅；完成时限：持续推进）",
            ]
        );
    }

    #[test]
    fn ok_flattened_first_item_after_a_heading_ending_with_a_word_of_reference() {
        // 意见 and 事项 end headings here; 见（二） and 第三条（一）项 still refer to items.
        let src = "某某厅关于检查情况的通报某建函〔2025〕4号各市住房城乡建设局：现通报如下：一、处理意见（一）对某公司予以通报批评。（二）督促整改。二、其他事项（一）请按时报送。（二）详见（二）所列。";
        assert_run(src, &["一、处理意见", "（一）对某公司予以通报批评。"]);
        assert_run(
            src,
            &[
                "二、其他事项",
                "（一）请按时报送。",
                "（二）详见（二）所列。",
            ],
        );
        // The form that a note names, glued to its bare label: cut at both of its ends.
        assert_run(
            "广东省人民政府办公厅关于召开某会议的通知粤办明电〔2025〕2号各地级以上市人民政府：请参会。附件：参会人员名单回执广东省人民政府办公厅2025年2月27日附件参会人员名单回执单位（盖章）：联系人：",
            &["附件", "参会人员名单回执", "单位（盖章）：联系人："],
        );
    }

    #[test]
    fn ok_flattened_heads_of_more_shapes() {
        // An urgent notice; a masthead after the copy's serial and its urgency.
        assert_eq!(
            pieces(
                "广东省人民政府办公厅关于做好防汛工作的紧急通知粤办明电〔2024〕5号各地级以上市人民政府：现紧急通知如下。"
            )[..3],
            [
                "广东省人民政府办公厅关于做好防汛工作的紧急通知",
                "粤办明电〔2024〕5号",
                "各地级以上市人民政府：",
            ]
        );
        assert_eq!(
            pieces(
                "000086特急广东省人民政府办公厅文件粤办发〔2024〕6号广东省人民政府办公厅关于印发某措施的通知各地级以上市人民政府：现印发给你们。"
            )[..4],
            [
                "000086特急广东省人民政府办公厅文件",
                "粤办发〔2024〕6号",
                "广东省人民政府办公厅关于印发某措施的通知",
                "各地级以上市人民政府：",
            ]
        );
        // A date in parentheses between the title and the number; a licence glued after
        // the last sentence.
        assert_eq!(
            pieces(
                "国务院关于同意设立某市的批复（一九九四年四月十五日）国函〔1994〕38号广东省人民政府：同意设立某市。本作品在全世界都属于公有领域。"
            ),
            [
                "国务院关于同意设立某市的批复",
                "（一九九四年四月十五日）",
                "国函〔1994〕38号",
                "广东省人民政府：",
                "同意设立某市。",
                "本作品在全世界都属于公有领域。",
            ]
        );
        // A date with no signature glued between the attachment note and the page's fields;
        // the enclosures' label glued after the organ that a field names.
        assert_eq!(
            pieces(
                "关于公布某名录的通知海府〔2019〕21号各街道办事处:现予公布。附件:某名录二〇一九年九月二十日发布日期:2019-10-08 10:21:33文章来源:广州市海珠区人民政府附件某名录"
            ),
            [
                "关于公布某名录的通知",
                "海府〔2019〕21号",
                "各街道办事处:",
                "现予公布。",
                "附件:某名录",
                "二〇一九年九月二十日",
                "发布日期:2019-10-08 10:21:33",
                "文章来源:广州市海珠区人民政府",
                "附件某名录",
            ]
        );
    }

    #[test]
    fn ok_flattened_fields_listed_with_bullets_and_a_number_before_its_title() {
        // Guangzhou's page: fields after bullets, the number before the title it repeats;
        // a label spaced out (文  号) stays whole.
        let src = "基本信息• 文  号: 花府办规〔2018〕1号• 发布机关: 广州市花都区人民政府办公室• 分享到• -花府办规〔2018〕1号广州市花都区人民政府办公室关于印发某办法的通知各镇(街)政府(办事处),区农林局:《某办法》业经区政府同意,现印发给你们。";
        assert_eq!(
            pieces(src),
            [
                "基本信息",
                "• 文  号:",
                "花府办规〔2018〕1号",
                "• 发布机关:",
                "广州市花都区人民政府办公室",
                "• 分享到",
                "• -",
                "花府办规〔2018〕1号",
                "广州市花都区人民政府办公室关于印发某办法的通知",
                "各镇(街)政府(办事处),区农林局:",
                "《某办法》业经区政府同意,现印发给你们。",
            ]
        );
        // A number cited in a sentence is no head.
        let src = "各地级以上市人民政府:根据《国务院办公厅转发某意见的通知》(国办发(2019)2号)和《广东省人民政府关于加强某工作的意见》精神,现通知如下:";
        assert_eq!(pieces(src), [src]);
    }

    #[test]
    fn ok_the_cheap_test_for_a_marker_passes_every_marker() {
        // Wherever marker_at finds a marker of a numbered kind, the cheap test before it
        // does not turn it away: on every character of the fixtures and on written forms.
        use crate::structure::tree::Kind;
        let mut texts: Vec<String> = crate::testing::fixture_texts(false);
        texts.push(
            "１．甲　（１）乙　十二、丙　（十一）丁　第十二条　第三章　第一部分　第二节　1、戊　3）己　㈠庚　⑴辛　⒈壬　①癸　5,子　二．丑"
                .into(),
        );
        let mut seen = 0;
        for text in &texts {
            for (i, _) in text.char_indices() {
                let Some(m) = crate::structure::tree::marker_at(&text[i..]) else {
                    continue;
                };
                if matches!(m.kind, Kind::Bullet | Kind::Row) {
                    continue;
                }
                seen += 1;
                let s = &text[i..];
                assert!(crate::structure::tree::may_start_marker(s), "{s:?}");
            }
        }
        assert!(seen > 500, "{seen}");
    }

    #[test]
    fn ok_lines_joined_with_spaces_keep_their_trail_whole() {
        // A capture that joined its lines with spaces: the trail stays one line, and
        // 相关附件 is no enclosures' label.
        let src = "首页 > 政务公开 > 政策文件 广东省人民政府办公厅关于做好某项工作的通知 粤办函〔2023〕150号 各地级以上市人民政府： 现通知如下。 （此件公开发布）相关附件：粤办函〔2023〕150号.pdf";
        assert_eq!(
            pieces(src),
            [
                "首页 > 政务公开 > 政策文件",
                "广东省人民政府办公厅关于做好某项工作的通知",
                "粤办函〔2023〕150号",
                "各地级以上市人民政府：",
                "现通知如下。",
                "（此件公开发布）相关附件：粤办函〔2023〕150号.pdf",
            ]
        );
    }

    #[test]
    fn ok_glued_numerals_out_of_sequence_stay_in_their_text() {
        // 统筹三、四季度 (a numeral before a numeral), 第2.3条 (a decimal), a number that is not
        // the next of its list (一、…3.…) and (1)号 are no items.
        let src = "广州市人民政府关于某事的通知穗府〔2024〕3号各区人民政府:现通知如下。一、统筹三、四季度工作，落实第2.3条规定，完成任务3.做好工作。二、按（1）号文件执行。";
        assert_eq!(
            pieces(src),
            [
                "广州市人民政府关于某事的通知",
                "穗府〔2024〕3号",
                "各区人民政府:",
                "现通知如下。",
                "一、统筹三、四季度工作，落实第2.3条规定，完成任务3.做好工作。",
                "二、按（1）号文件执行。",
            ]
        );
    }

    #[test]
    fn ok_flattened_page_with_its_trail_fields_and_masthead() {
        // The page's trail glued before the title, its fields and buttons between the title
        // and the number: the trail is one line, the fields and buttons another (a field's
        // value ends where the buttons start).
        let src = "首页 > 政务公开 > 政策文件广州市人民政府办公厅关于印发某方案的通知发布时间:2023-08-15 10:30:22　来源:广州市人民政府办公厅【字体:大 中 小】穗府办〔2023〕18号各区人民政府,市政府各部门: 现将《某方案》印发给你们。 广州市人民政府办公厅 2023年8月10日";
        assert_eq!(
            pieces(src),
            [
                "首页 > 政务公开 > 政策文件",
                "广州市人民政府办公厅关于印发某方案的通知",
                "发布时间:2023-08-15 10:30:22　来源:广州市人民政府办公厅【字体:大 中 小】",
                "穗府办〔2023〕18号",
                "各区人民政府,市政府各部门:",
                "现将《某方案》印发给你们。",
                "广州市人民政府办公厅",
                "2023年8月10日",
            ]
        );
        // A page that prints its title twice, its fields between: the fields are no run of
        // their own, and the second title stays whole before its number.
        let src = "广东省关于成立某领导小组的通知- 来源: - 发布时间: - 2019年08月27日 广东省人民政府办公厅关于成立某领导小组的通知 粤办函〔2019〕271号 各地级以上市人民政府: 为加强统筹协调,省政府决定成立领导小组。";
        let got = pieces(src);
        assert!(
            got.contains(&"广东省人民政府办公厅关于成立某领导小组的通知"),
            "{got:?}"
        );
        assert!(got.contains(&"粤办函〔2019〕271号"), "{got:?}");
        // A trail after ideographic spaces: cuts fall on characters' boundaries.
        let src = "当前位置：　　首页 > 法规公文 > 市政府文件广州市人民政府办公厅关于印发某方案的通知穗府办〔2023〕18号各区人民政府: 现将《某方案》印发给你们,请认真贯彻执行。";
        assert_eq!(pieces(src)[1], "首页 > 法规公文 > 市政府文件");
        // The title of another province's organ glued after the last crumb.
        let src = "首页 > 政务公开 > 省政府办公厅文件河南省人民政府办公厅关于印发某方案的通知发布时间：2024-04-12 10:30【字体：大 中 小】豫政办〔2024〕21号各省辖市人民政府：现将《某方案》印发给你们。";
        assert_eq!(
            pieces(src)[..2],
            [
                "首页 > 政务公开 > 省政府办公厅文件",
                "河南省人民政府办公厅关于印发某方案的通知"
            ]
        );
        // The version of record: the masthead, the number, the title, the addressees.
        let src = "广东省人民政府办公厅文件粤办发〔2023〕8号广东省人民政府办公厅印发关于某措施的通知各地级以上市人民政府,省政府各部门: 《关于某措施》已经省人民政府同意,现印发给你们。";
        assert_eq!(
            pieces(src),
            [
                "广东省人民政府办公厅文件",
                "粤办发〔2023〕8号",
                "广东省人民政府办公厅印发关于某措施的通知",
                "各地级以上市人民政府,省政府各部门:",
                "《关于某措施》已经省人民政府同意,现印发给你们。",
            ]
        );
    }

    #[test]
    fn ok_a_number_and_its_title_on_one_line() {
        let src = "粤府函〔2023〕215号　广东省人民政府关于同意调整广州市部分行政区划的批复\n广州市人民政府：\n";
        assert_eq!(
            pieces(src),
            [
                "粤府函〔2023〕215号",
                "广东省人民政府关于同意调整广州市部分行政区划的批复",
                "广州市人民政府："
            ]
        );
        let src = "粤府函〔2023〕5号 关于同意设立某区的批复\n某市人民政府：\n";
        assert_eq!(
            pieces(src)[..2],
            ["粤府函〔2023〕5号", "关于同意设立某区的批复"]
        );
        // A number cited before a sentence, or before no title, stays on its line.
        for src in [
            "粤府函〔2023〕5号　关于同意设立某区的批复已收悉。\n",
            "粤府函〔2023〕5号　各地级以上市人民政府\n",
        ] {
            assert_eq!(pieces(src).len(), 1, "{src}");
        }
    }

    #[test]
    fn ok_flattened_report_with_no_number() {
        let src = "关于2023年上半年全省安全生产工作情况的报告省人民政府: 现将2023年上半年全省安全生产工作情况报告如下: 一、主要工作情况 上半年,全省共发生生产安全事故412起。";
        assert_eq!(
            pieces(src),
            [
                "关于2023年上半年全省安全生产工作情况的报告",
                "省人民政府:",
                "现将2023年上半年全省安全生产工作情况报告如下:",
                "一、主要工作情况",
                "上半年,全省共发生生产安全事故412起。",
            ]
        );
        // Addressees with commas.
        let src = "关于某项工作情况的报告省人民政府,省政府办公厅: 现将今年以来全省某项工作的有关情况报告如下。";
        assert_eq!(
            pieces(src),
            [
                "关于某项工作情况的报告",
                "省人民政府,省政府办公厅:",
                "现将今年以来全省某项工作的有关情况报告如下。"
            ]
        );
        // A title that cites a document in 《》 with a note in brackets, and addressees with
        // brackets.
        let src = "某市发展和改革局关于征求《某市储能实施方案（征求意见稿）》意见的函 各县（市、区）发展改革局，市直有关单位： 请于2024年3月15日前反馈意见。";
        assert_eq!(
            pieces(src),
            [
                "某市发展和改革局关于征求《某市储能实施方案（征求意见稿）》意见的函",
                "各县（市、区）发展改革局，市直有关单位：",
                "请于2024年3月15日前反馈意见。"
            ]
        );
        // A sentence that cites a title is no head.
        let src =
            "按照关于做好某工作的通知要求,各单位:请于6月底前报送情况,并抓紧落实各项工作任务。";
        assert_eq!(pieces(src), [src]);
    }

    #[test]
    fn ok_flattened_document() {
        let src = "广东省人民政府关于公布名录的通知粤府函〔2022〕67号各地级以上市人民政府,省政府各部门: 省人民政府批准名录,现予以公布。 附件:1.甲名录 2.乙名录省人民政府2022年4月29日附件1甲名录(共计43项)附件2乙名录";
        assert_eq!(
            pieces(src),
            [
                "广东省人民政府关于公布名录的通知",
                "粤府函〔2022〕67号",
                "各地级以上市人民政府,省政府各部门:",
                "省人民政府批准名录,现予以公布。",
                "附件:1.甲名录",
                "2.乙名录",
                "省人民政府",
                "2022年4月29日",
                "附件1甲名录(共计43项)",
                "附件2乙名录",
            ]
        );
    }

    #[test]
    fn ok_flattened_announcement_and_glued_items() {
        let src = "广东省人民政府公告（第12号）根据有关规定，现将有关事项公告如下：一、征收土地位置：番禺区石楼镇。二、征收土地面积：12.5公顷。广东省人民政府2025年6月3日";
        assert_eq!(
            pieces(src),
            [
                "广东省人民政府公告",
                "（第12号）",
                "根据有关规定，现将有关事项公告如下：",
                "一、征收土地位置：番禺区石楼镇。",
                "二、征收土地面积：12.5公顷。",
                "广东省人民政府",
                "2025年6月3日",
            ]
        );
        // An order's number glued after its name, with no parentheses.
        let src = "广东省人民政府令第298号《广东省某某规定》已经省人民政府常务会议通过，现予公布，自2025年1月1日起施行。省长 王某某2024年12月1日";
        assert_eq!(pieces(src)[..2], ["广东省人民政府令", "第298号"]);
        // White space between the name and its number.
        let src = "广东省人民代表大会常务委员会公告 (第38号) 《广东省某某条例》已修订通过，现予公布。 广东省人民代表大会常务委员会 2024年9月25日";
        assert_eq!(
            pieces(src)[..3],
            [
                "广东省人民代表大会常务委员会公告",
                "(第38号)",
                "《广东省某某条例》已修订通过，现予公布。"
            ]
        );
        // A name that is not numbered in a series has no number to cut.
        let src = "广东省人民政府关于某事的公告第三批名单如下：一、甲。二、乙。三、丙。四、丁。";
        assert_eq!(pieces(src), [src]);
    }

    #[test]
    fn ok_signature_and_date_on_one_line() {
        assert_eq!(
            pieces("广东省人民政府　　　　2021年4月16日"),
            ["广东省人民政府", "2021年4月16日"]
        );
        assert_eq!(
            pieces("省长　王伟中　　2022年12月19日"),
            ["省长　王伟中", "2022年12月19日"]
        );
        assert_eq!(
            pieces("（盖章）　　（盖章）　　2024年5月20日"),
            ["（盖章）　　（盖章）", "2024年5月20日"]
        );
        assert_eq!(pieces("请于2021年4月16日"), ["请于2021年4月16日"]);
        // In a flattened text, an organ of a city not listed among the places signs after
        // the white space before it.
        let src = "郑州市人民政府常务会议纪要 〔2024〕5号 会议纪要如下： 一、研究部署安全生产工作 会议要求，各区要于3月31日前完成隐患排查。 请假：赵某 郑州市人民政府办公室 2024年3月14日";
        let got = pieces(src);
        assert_eq!(
            got[got.len() - 3..],
            ["请假：赵某", "郑州市人民政府办公室", "2024年3月14日"],
            "{got:?}"
        );
        // Glued after the last entry of an attachment note, a district's office keeps its
        // city: the jurisdiction with a place before it, not the nearest one.
        let src = "南山区人民政府办公室关于做好2024年夏季防暑降温工作的通知深南府办函〔2024〕40号各街道办事处，区政府直属各单位：为做好今年夏季防暑降温工作，现将有关事项通知如下：一、加强组织领导。二、做好应急处置。附件：1、成员名单2、高温天气应急处置流程深圳市南山区人民政府办公室2024年5月30日";
        let got = pieces(src);
        assert!(
            got.windows(2)
                .any(|w| w == ["深圳市南山区人民政府办公室", "2024年5月30日"]),
            "{got:?}"
        );
    }

    #[test]
    fn ok_dates_inside_sentences_stay_in_them() {
        let src = "广东省人民政府关于同意设立某区的批复粤府函〔2022〕100号广州市人民政府：　　一、同意设立某区。　　二、你市要于2022年12月31日前完成组建工作。　　三、省有关部门要给予支持。广东省人民政府2022年6月10日";
        assert_eq!(
            pieces(src),
            [
                "广东省人民政府关于同意设立某区的批复",
                "粤府函〔2022〕100号",
                "广州市人民政府：",
                "一、同意设立某区。",
                "二、你市要于2022年12月31日前完成组建工作。",
                "三、省有关部门要给予支持。",
                "广东省人民政府",
                "2022年6月10日",
            ]
        );
    }

    #[test]
    fn ok_squeezed_header() {
        let src = "国务院关于恢复九个县建制的决定 议字〔60〕78号 1960年9月30日 发布机关:中华人民共和国国务院 |";
        assert_eq!(
            pieces(src),
            [
                "国务院关于恢复九个县建制的决定",
                "议字〔60〕78号",
                "1960年9月30日",
                "发布机关:中华人民共和国国务院",
                "|"
            ]
        );
    }

    #[test]
    fn ok_paragraph_citing_a_number_is_left_alone() {
        let src = "为贯彻落实《广东省人民政府关于印发若干政策措施的通知》(粤府〔2021〕13号),强化就业优先政策,提出如下意见:";
        assert_eq!(pieces(src), [src]);
    }
}
