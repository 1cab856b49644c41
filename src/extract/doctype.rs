//! The document type (文种) at the end of a title, in simplified or traditional script.

/// The 15 types of GB/T 9704 / 党政机关公文处理工作条例, with their traditional spellings; longer
/// forms first so that 命令 wins over 令.
const TYPES: &[(&str, &str)] = &[
    ("决议", "决议"),
    ("決議", "决议"),
    ("决定", "决定"),
    ("決定", "决定"),
    ("命令", "命令"),
    ("公报", "公报"),
    ("公報", "公报"),
    ("公告", "公告"),
    ("通告", "通告"),
    ("意见", "意见"),
    ("意見", "意见"),
    ("通知", "通知"),
    ("通报", "通报"),
    ("通報", "通报"),
    ("报告", "报告"),
    ("報告", "报告"),
    ("请示", "请示"),
    ("請示", "请示"),
    ("批复", "批复"),
    ("批復", "批复"),
    ("批覆", "批复"),
    ("议案", "议案"),
    ("議案", "议案"),
    ("纪要", "纪要"),
    ("紀要", "纪要"),
    ("函", "函"),
    ("令", "令"),
];

/// The last characters of the types, to answer most titles without comparing each type.
static LAST: std::sync::LazyLock<Vec<char>> =
    std::sync::LazyLock::new(|| crate::segment::last_chars(TYPES.iter().map(|t| t.0)));

/// The simplified 文种 a title ends with, if any; a note on the draft after it
/// (…的通知（征求意见稿）) is no part of the title's end.
#[must_use]
pub fn doc_type(title: &str) -> Option<&'static str> {
    let ends = |t: &str| {
        let t = t.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '。' | '.' | '”' | '"' | '》' | ')' | '）')
        });
        if !crate::segment::may_end_with(&LAST, t) {
            return None;
        }
        TYPES.iter().find(|(w, _)| t.ends_with(w)).map(|&(_, s)| s)
    };
    ends(title)
        .or_else(|| without_draft_note(title).and_then(ends))
        .or_else(|| spaced_out(title).and_then(|t| ends(&t)))
}

/// A title whose last words are spaced out as a heading is set (通　　知, 会 议 通 知), without
/// the spaces.
fn spaced_out(title: &str) -> Option<String> {
    let t = title.trim_end();
    // (It ends as a type does, and has a space among its last characters.)
    if !crate::segment::may_end_with(&LAST, t)
        || !t
            .chars()
            .rev()
            .take(12)
            .any(|c| matches!(c, ' ' | '\u{3000}' | '\u{a0}'))
    {
        return None;
    }
    Some(t.chars().filter(|&c| !crate::segment::is_pad(c)).collect())
}

/// Whether `s` is nothing but a note on a title's draft or revision (（征求意见稿）, （试行）,
/// （2024年修订）), as a title may have on a line of its own under it.
#[must_use]
pub fn is_title_note(s: &str) -> bool {
    without_draft_note(s.trim()).is_some_and(str::is_empty)
}

/// `title` without the note on its draft or revision that closes it, if it has one
/// (某某管理办法（2024年修订） → 某某管理办法).
#[must_use]
pub fn without_title_note(title: &str) -> Option<&str> {
    without_draft_note(title).filter(|t| !t.is_empty())
}

/// A title without the note that closes it: on its draft (（征求意见稿）, (送审稿), （试行）), on
/// its revision (（2024年修订）, （2019年修正）), or a portal's on its force (【已废止】, [已失效]).
fn without_draft_note(title: &str) -> Option<&str> {
    const NOTES: [&str; 8] = [
        "试行", "試行", "暂行", "暫行", "草案", "全文", "摘要", "节选",
    ];
    const ENDS: [&str; 10] = [
        "稿",
        "修订",
        "修訂",
        "修正",
        "修改",
        "修订版",
        "修訂版",
        "废止",
        "廢止",
        "失效",
    ];
    let t = title.trim_end();
    let inner_end = t.strip_suffix([')', '）', '】', ']'])?;
    let open = inner_end.rfind(['(', '（', '【', '['])?;
    let note = &inner_end[open..];
    let note = note.strip_prefix(['(', '（', '【', '[']).unwrap_or(note);
    // Every note ends with one of these (most brackets after a line, a responsibility's, with
    // none).
    let last = note.chars().next_back()?;
    if !matches!(
        last,
        '稿' | '行' | '案' | '文' | '要' | '选' | '订' | '訂' | '正' | '改' | '版' | '止' | '效'
    ) {
        return None;
    }
    (ENDS.iter().any(|e| note.ends_with(e)) || NOTES.contains(&note)).then(|| &t[..open])
}

#[cfg(test)]
mod tests {
    use super::doc_type;

    #[test]
    fn ok_notes_after_the_type() {
        assert_eq!(
            doc_type("某某市人民政府关于某事的决定（2024年修订）"),
            Some("决定")
        );
        assert_eq!(
            doc_type("某某市人民政府办公室关于转发某某的通知【已废止】"),
            Some("通知")
        );
        assert_eq!(doc_type("关于某事的意见[已失效]"), Some("意见"));
        assert_eq!(doc_type("关于某事的通知（征求意见稿）"), Some("通知"));
    }

    #[test]
    fn ok_types() {
        assert_eq!(
            doc_type("广东省人民政府办公厅关于印发《…》的通知"),
            Some("通知")
        );
        assert_eq!(
            doc_type("国务院关于中新广州知识城总体发展规划(2020—2035年)的批复"),
            Some("批复")
        );
        assert_eq!(doc_type("…的實施意見"), Some("意见"));
        assert_eq!(
            doc_type("国务院关于恢复广东省南澳、澄海等九个县建制的决定"),
            Some("决定")
        );
        assert_eq!(doc_type("关于商请支持的函"), Some("函"));
        assert_eq!(doc_type("…批復"), Some("批复"));
        // A note on the draft after the type.
        assert_eq!(
            doc_type("关于印发《广州市促进人工智能产业发展若干措施》的通知（征求意见稿）"),
            Some("通知")
        );
        assert_eq!(doc_type("关于加强管理的意见(送审稿)"), Some("意见"));
        assert_eq!(doc_type("关于加强管理的决定（试行）"), Some("决定"));
    }

    #[test]
    fn ok_a_type_spaced_out() {
        // As a heading sets a short title: 通　　知, 会 议 通 知.
        for t in [
            "通　　知",
            "通  知",
            "会 议 通 知",
            "关于召开某某会议的通　知",
        ] {
            assert_eq!(doc_type(t), Some("通知"), "{t}");
        }
        // Spaces before the words of the title are no spacing of its type.
        assert_eq!(doc_type("某某市 某某工作安排"), None);
    }

    #[test]
    fn ok_a_note_alone() {
        for t in ["（征求意见稿）", "(试行)", "（2024年修订）"] {
            assert!(super::is_title_note(t), "{t}");
        }
        for t in ["（联系人：张三）", "某某办法（试行）", "（一）"] {
            assert!(!super::is_title_note(t), "{t}");
        }
        assert_eq!(
            super::without_title_note("某某管理办法（2024年修订）"),
            Some("某某管理办法")
        );
    }

    #[test]
    fn err_no_type() {
        assert_eq!(
            doc_type("2021年广东省推进政府职能转变和“放管服”改革重点工作安排"),
            None
        );
        assert_eq!(doc_type(""), None);
        // A note alone has no type before it.
        assert_eq!(doc_type("（征求意见稿）"), None);
    }
}
