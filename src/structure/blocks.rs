//! Blocks: the enclosed documents after the body, and the section tree of each block's text.

use super::*;

/// An enclosed document's lines, as read.
pub(super) struct EnclosureLines {
    pub(super) label: Option<String>,
    pub(super) title: Option<TitleGroup>,
    pub(super) doc_number: Option<FoundDocNumber>,
    pub(super) addressee: Option<usize>,
    pub(super) content: (usize, usize),
    pub(super) sign: Option<Sign>,
    /// Release notes under its date (（此件公开发布）), which close it.
    pub(super) notes: Vec<usize>,
    pub(super) span: Span,
}

pub(super) fn read_enclosures(
    r: &mut Reader<'_>,
    from: usize,
    to: usize,
    year_hint: Option<i32>,
) -> Vec<EnclosureLines> {
    let mut out = Vec::new();
    let mut k = from;
    while k < to {
        while k < to && !r.is_unread(k) {
            k += 1;
        }
        if k >= to {
            break;
        }
        let start = k;
        let mut label = None;
        let mut title = None;
        let clean = r.clean(k);
        if let Some((l, rest)) = lexicon::block_label(&clean) {
            // Offsets into text whose pinyin was removed do not hold for the source.
            let rest = rest.filter(|_| clean.len() == r.text(k).len());
            label = Some(l);
            r.roles[k] = Role::Header;
            if let Some(off) = rest {
                let sp = r.span(k);
                let t = Span::new(sp.start + off, sp.end);
                title = Some(TitleGroup::from_spans(r.src, vec![k], &[t]));
            }
            k += 1;
        }
        if title.is_none() {
            let mut title_lines = Vec::new();
            while k < to
                && title_lines.len() < 5
                && r.is_unread(k)
                && lexicon::is_title_candidate(&r.clean(k))
                && !is_omission(r.text(k))
            {
                title_lines.push(k);
                k += 1;
                let joined: String = title_lines.iter().map(|&i| r.text(i)).collect();
                let next_paren =
                    k < to && r.text(k).starts_with(['(', '（']) && !is_omission(r.text(k));
                if lexicon::title_complete(&joined) && !next_paren {
                    break;
                }
            }
            for &i in &title_lines {
                r.roles[i] = Role::Header;
            }
            title = (!title_lines.is_empty()).then(|| TitleGroup::new(r, title_lines));
        }
        let mut doc_number = None;
        if k < to && r.is_unread(k) {
            if let Some(f) = docnum::doc_number_line(r.text(k)) {
                doc_number = Some(FoundDocNumber {
                    span: f.span.shift(r.span(k).start),
                    ..f
                });
                r.roles[k] = Role::Header;
                k += 1;
            }
        }
        let mut addressee = None;
        if k < to && r.is_unread(k) && lexicon::addressee_line(&r.clean(k)).is_some() {
            addressee = Some(k);
            r.roles[k] = Role::Header;
            k += 1;
        }
        // Content runs to the next label line or to a date line that ends the document.
        let content_start = k;
        let mut end = to;
        let mut sign = None;
        let mut j = k;
        while j < to {
            if r.is_unread(j) && lexicon::label_line(&r.clean(j)).is_some() {
                end = j;
                break;
            }
            if r.is_unread(j) && date_of_line(r, j, year_hint).is_some() {
                sign = find_sign(r, content_start, j + 1, year_hint);
                end = sign.as_ref().map_or(j, |s| s.sig_start);
                break;
            }
            j += 1;
        }
        if let Some(s) = &sign {
            for i in s.sig_start..=s.date_line {
                r.roles[i] = Role::Header;
            }
        }
        let notes = match &sign {
            Some(s) => release_notes(r, s.date_line + 1, to),
            None => Vec::new(),
        };
        let next = sign.as_ref().map_or(end, |s| s.date_line + 1) + notes.len();
        let last = next.max(start + 1).min(to) - 1;
        let span = r.span(start).cover(r.span(last));
        out.push(EnclosureLines {
            label,
            title,
            doc_number,
            addressee,
            content: (content_start, end),
            sign,
            notes,
            span,
        });
        k = next.max(start + 1);
    }
    out
}

/// The unread lines of `from..to` as a section tree (or a task table).
pub(super) fn content_of(r: &Reader<'_>, from: usize, to: usize) -> tree::Content {
    let lines: Vec<(Span, usize)> = (from..to)
        .filter(|&k| r.is_unread(k))
        .map(|k| (r.span(k), r.lines[k].blanks_before))
        .collect();
    if let Some(items) = table::items(r.src, &lines) {
        return tree::build_items(r.src, items);
    }
    let item = |k: usize| {
        if r.roles[k] == Role::Plain {
            tree::Item {
                marker: None,
                paras: vec![r.span(k)],
                cells: None,
            }
        } else {
            tree::Item::paragraph(r.src, r.span(k))
        }
    };
    let Some(width) = r.layout_width else {
        return tree::build_items(r.src, (from..to).filter(|&k| r.is_text(k)).map(item));
    };
    // Lines of a hard-wrapped layout: the next line continues the paragraph.
    let text: Vec<usize> = (from..to).filter(|&k| r.is_text(k)).collect();
    let continued = wrap::continued_lines(r.src, &r.lines, &text, width, |k, next| {
        let indent = |i: usize| r.lines[i].span.start - r.lines[i].start;
        // The next line, or the first after a page break: only a page number (— 2 —) and
        // blank lines between.
        let adjacent = next == k + 1 && r.lines[next].blanks_before == 0;
        let over_page_break = next > k + 1
            && (k + 1..next)
                .all(|i| r.roles[i] == Role::Portal && segment::is_page_number(r.text(i)));
        r.is_unread(next)
            && (adjacent || over_page_break)
            && indent(next) <= indent(k)
            && tree::marker_at(r.text(next)).is_none()
    });
    let mut items: Vec<tree::Item> = Vec::with_capacity(text.len());
    for (i, &k) in text.iter().enumerate() {
        if i > 0
            && continued[i - 1]
            && let Some(p) = items.last_mut().and_then(|item| item.paras.last_mut())
        {
            *p = p.cover(r.span(k));
            continue;
        }
        items.push(item(k));
    }
    tree::build_items(r.src, items)
}

pub(super) fn fill_block(fin: &mut Finisher<'_>, block: &mut Block, content: &tree::Content) {
    for &p in &content.preamble {
        let para = fin.paragraph(p);
        block.preamble.push(para);
    }
    for node in &content.roots {
        let s = fin.section(node, "", 1);
        block.sections.push(s);
    }
    for &p in &content.closing {
        let para = fin.paragraph(p);
        block.closing.push(para);
    }
    for &(sp, expected, found) in &content.gaps {
        let message = format!(
            "expected item {expected} at `{}`, found {found}",
            &fin.src[sp.range()]
        );
        fin.warn(WarningCode::NumberingGap, message, sp);
    }
}

pub(super) fn squeeze_title(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '《' | '》' | '“' | '”'))
        .collect()
}

/// Whether a line only says that what it stands for is left out: （略）, (表略), （此处略）.
fn is_omission(t: &str) -> bool {
    let t = t.trim_matches(crate::segment::is_pad);
    t.strip_prefix(['(', '（'])
        .and_then(|x| x.strip_suffix([')', '）']))
        .is_some_and(|inner| inner.ends_with('略') && crate::segment::chars_at_most(inner, 6))
}
