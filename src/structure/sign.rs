//! The end of a document: its signature lines, its date, and release notes under the date.

use super::*;

/// The end of a document: a date line, with the signature lines above it.
pub(super) struct Sign {
    pub(super) sig_start: usize,
    pub(super) date_line: usize,
    pub(super) date: date::FoundDate,
}

impl Sign {
    pub(super) fn date_span(&self, r: &Reader<'_>) -> Span {
        self.date.span.shift(r.span(self.date_line).start)
    }

    /// Whether a capture cut off inside the date (…2024年5月2|0日) left it: the text ends on
    /// a day that lost its mark and that more digits could lengthen. Its day is not known.
    pub(super) fn date_cut_off(&self, r: &Reader<'_>) -> bool {
        self.date.damaged
            && r.span(self.date_line).end == r.src.len()
            && r.text(self.date_line)
                .trim_end()
                .ends_with(['1', '2', '3', '１', '２', '３', '二', '三', '十'])
    }

    pub(super) fn signatory(&self, r: &Reader<'_>) -> Option<String> {
        (self.sig_start < self.date_line).then(|| {
            // Organs of a joint signature are set apart by runs of (full-width) spaces as
            // the layout needed; one space apiece, on a line or between lines.
            let mut out = String::new();
            for k in self.sig_start..self.date_line {
                // A line of seals under the organs (（盖章） （盖章）) marks where they are.
                if is_seal_line(&r.clean(k)) {
                    continue;
                }
                // An organ spaced out character by character is one name (广 东 省 财 政 厅).
                if let Some(name) = lexicon::spaced_out_organ(&r.clean(k)) {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(&name);
                    continue;
                }
                for part in r.clean(k).split(segment::is_pad).filter(|p| !p.is_empty()) {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(part);
                }
            }
            out
        })
    }

    pub(super) fn signatory_span(&self, r: &Reader<'_>) -> Option<Span> {
        (self.sig_start < self.date_line)
            .then(|| r.span(self.sig_start).cover(r.span(self.date_line - 1)))
    }
}

/// The date line `k` consists of; a line with HTML residue (`2021年4月16日9/p>`) is read
/// around it, and its date counts as damaged with the whole line as its span.
pub(super) fn date_of_line(
    r: &Reader<'_>,
    k: usize,
    year_hint: Option<i32>,
) -> Option<date::FoundDate> {
    let t = r.text(k);
    if let Some(d) = date::date_line(t, year_hint) {
        return Some(d);
    }
    if !r.holds_html(k) {
        return None;
    }
    let clean = segment::without_html(t)?;
    // `9/p>` leaves a stray digit after 日.
    let d = date::date_line(&clean, year_hint).or_else(|| {
        let (head, _) = clean.rsplit_once('日')?;
        date::date_line(&format!("{head}日"), year_hint)
    })?;
    Some(date::FoundDate {
        span: Span::new(0, t.len()),
        damaged: true,
        ..d
    })
}

/// The first unread date line in `from..to`, with the signature lines above it.
pub(super) fn find_sign(
    r: &Reader<'_>,
    from: usize,
    to: usize,
    year_hint: Option<i32>,
) -> Option<Sign> {
    for d in from..to {
        if !r.is_unread(d) {
            continue;
        }
        let Some(found) = date_of_line(r, d, year_hint) else {
            continue;
        };
        let mut s = d;
        while s > from && d - s < 6 && r.is_unread(s - 1) && {
            let t = r.clean(s - 1);
            is_signature(&t) || is_seal_line(&t)
        } {
            s -= 1;
        }
        // Seals with no organ above them sign nothing.
        while s < d && is_seal_line(&r.clean(s)) {
            s += 1;
        }
        return Some(Sign {
            sig_start: s,
            date_line: d,
            date: found,
        });
    }
    None
}

/// Whether a line only marks where seals go: （盖章）, （印章） （印章）, （代章）.
pub(super) fn is_seal_line(s: &str) -> bool {
    // Every seal ends in 章; most lines tried are prose, and have none.
    if s.len() > 80 || !segment::has_char(s, '章') {
        return false;
    }
    let mut parts = s
        .split(segment::is_pad)
        .filter(|p| !p.is_empty())
        .peekable();
    parts.peek().is_some()
        && parts.all(|p| {
            let inner = p
                .strip_prefix(['(', '（'])
                .and_then(|p| p.strip_suffix([')', '）']))
                .unwrap_or(p);
            matches!(
                inner,
                "盖章" | "蓋章" | "印章" | "公章" | "签章" | "簽章" | "代章" | "章"
            )
        })
}

/// Whether a line above a date signs the document: organs, or the office and name of the
/// person who signs an order.
fn is_signature(s: &str) -> bool {
    lexicon::signature_line(s).is_some() || lexicon::signer_line(s).is_some()
}

/// Parenthesised release notes right under a signature date: （此件主动公开）, （联系人：…）,
/// and the editor's note of a republished text, （本文有删减）.
/// Marks them and returns their lines.
pub(super) fn release_notes(r: &mut Reader<'_>, from: usize, to: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = from;
    while k < to && r.is_unread(k) {
        if !is_release_note(r.text(k)) {
            break;
        }
        r.roles[k] = Role::Header;
        out.push(k);
        k += 1;
    }
    out
}

/// Whether `t` is a release note: a parenthesis of at most 120 characters that says how the
/// text is released or whom to call (（此件主动公开）, （联系人：…）, （本文有删减）).
pub(super) fn is_release_note(t: &str) -> bool {
    t.starts_with(['(', '（'])
        && t.ends_with([')', '）'])
        && crate::segment::chars_at_most(t, 120)
        && [
            "此件", "联系", "聯繫", "电话", "電話", "公开", "公開", "印发", "发至", "發至", "删减",
            "刪減", "删节", "刪節", "节选", "節選",
        ]
        .iter()
        .any(|w| t.contains(w))
}

/// The length of the release note that opens `s`, glued to what follows as a flattened text
/// has it under its date: （此件主动公开）某某措施….
pub(super) fn release_note_len(s: &str) -> Option<usize> {
    if !s.starts_with(['(', '（']) {
        return None;
    }
    // (Looked for a bounded way: a note is short.)
    let close = s
        .char_indices()
        .take(121)
        .find(|&(_, c)| c == ')' || c == '）')
        .map(|(i, c)| i + c.len_utf8())?;
    is_release_note(&s[..close]).then_some(close)
}

/// The organs of a signature block (one or more lines, organs separated by spaces).
pub(super) fn signature_organs(r: &Reader<'_>, from: usize, to: usize) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for k in from..to {
        let t = r.text(k);
        let sp = r.span(k);
        // (A line of seals names no organ: （代章）.)
        if is_seal_line(t.trim()) {
            continue;
        }
        for (a, b) in lexicon::signature_line(t).unwrap_or_default() {
            let name = lexicon::spaced_out_organ(&t[a..b])
                .unwrap_or_else(|| without_pinyin(&t[a..b]).into_owned());
            out.push((name, Span::new(sp.start + a, sp.start + b)));
        }
    }
    out
}
