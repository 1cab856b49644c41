//! Task tables flattened one cell per line (序号 / 重点工作 / 分管领导 / 牵头单位 / 配合单位 / 备注),
//! as captured from portal pages. Cells of a row are separated by one blank line, rows by more;
//! the header names the columns. Each row becomes an item whose responsibility comes from its
//! 牵头 / 责任 / 配合 columns.

use crate::extract::numeral;
use crate::extract::traditional;
use crate::model::Span;
use crate::structure::tree::{Cells, Item, Kind, Marker, marker_at};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Number,
    Task,
    Leader,
    Lead,
    Responsible,
    Cooperating,
    /// 完成时限: a month or a date alone in it is a deadline.
    Time,
    Other,
}

/// Whether a header cell can start with `c`, in either script.
fn may_start_header(c: char) -> bool {
    matches!(
        traditional::simplified(c),
        '序' | '重'
            | '工'
            | '主'
            | '任'
            | '具'
            | '分'
            | '市'
            | '省'
            | '区'
            | '牵'
            | '责'
            | '负'
            | '配'
            | '协'
            | '参'
            | '备'
            | '完'
            | '时'
            | '进'
            | '实'
            | '承'
            | '举'
            | '项'
            | '预'
            | '目'
    )
}

fn header_col(s: &str) -> Option<Option<Col>> {
    // Header cells are short, and start with one of these.
    let first = s.trim_start().chars().next();
    if s.len() > 30 || !first.is_some_and(may_start_header) {
        return None;
    }
    // Written in either script: the names below are simplified.
    let t: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .map(traditional::simplified)
        .collect();
    Some(match t.as_str() {
        "序号" | "序號" => Some(Col::Number),
        "重点工作" | "重點工作" | "工作任务" | "工作任務" | "主要任务" | "重点任务" | "任务"
        | "工作内容" | "具体措施" | "工作措施" | "任务内容" | "具体任务" | "工作事项" => {
            Some(Col::Task)
        }
        "分管领导"
        | "分管領導"
        | "市政府分管领导"
        | "省政府分管领导"
        | "分管市领导"
        | "分管省领导"
        | "责任领导" => Some(Col::Leader),
        "牵头单位" | "牽頭單位" | "牵头部门" | "牽頭部門" => Some(Col::Lead),
        "责任单位" | "責任單位" | "责任部门" | "責任部門" | "主要责任单位" => {
            Some(Col::Responsible)
        }
        "配合单位" | "配合單位" | "协办单位" | "參與單位" | "参与单位" | "配合部门" => {
            Some(Col::Cooperating)
        }
        "完成时限" | "完成時限" | "完成时间" | "时间节点" => Some(Col::Time),
        "备注" | "備註" | "进度安排" => Some(Col::Other),
        // Half of a header cell broken over two lines (市政府 / 分管领导).
        "市政府" | "省政府" | "区政府" | "市领导" => None,
        other => return Some(Some(header_kind(other)?)),
    })
}

/// A header cell by the words it is made of, where it is none of the usual names: 牵头单位（部门）,
/// 主责单位, 协同部门, 任务事项, 时间安排, 完成时间节点.
fn header_kind(t: &str) -> Option<Col> {
    // A note in brackets after the name: 牵头单位（部门）, 责任单位(责任人).
    let t = match t.find(['（', '(']) {
        Some(i) if i > 0 && t.ends_with(['）', ')']) => &t[..i],
        _ => t,
    };
    let unit = ["单位", "部门", "主体", "处室", "科室", "机构"]
        .iter()
        .any(|w| t.ends_with(w));
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    Some(if unit && t.starts_with("牵头") {
        Col::Lead
    } else if unit && has(&["配合", "协办", "协同", "参与"]) {
        Col::Cooperating
    } else if unit && has(&["责任", "负责", "主责", "实施", "承办", "落实"]) {
        Col::Responsible
    } else if has(&["领导"]) {
        Col::Leader
    } else if has(&["时限", "时间", "节点", "期限"]) {
        Col::Time
    } else if has(&["进度", "备注", "成果", "目标"]) {
        Col::Other
    } else if has(&["任务", "措施", "事项", "工作", "内容", "举措", "项目"]) {
        Col::Task
    } else {
        return None;
    })
}

/// Reads a task table in the lines of a block, when there is one: returns the items (the
/// paragraphs before the header, the header cells as paragraphs, then one item per row).
/// `lines` are (content span, blank lines before).
#[must_use]
pub fn items(src: &str, lines: &[(Span, usize)]) -> Option<Vec<Item>> {
    pipe_items(src, lines).or_else(|| cell_items(src, lines))
}

/// How the cells of a table's rows are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    /// `|`, `｜` or tabs.
    Bars,
    /// Runs of white space with an ideographic space or two ASCII spaces in them.
    Spaces,
}

/// Cells of a row separated by runs of wide white space (a table copied from a page as text,
/// its cells padded apart), trimmed. Empty cells cannot be told here.
fn spaced_cells(src: &str, line: Span) -> Vec<Span> {
    let text = &src[line.range()];
    let mut cells = Vec::new();
    let mut start = 0;
    let mut run: Option<(usize, bool, usize)> = None; // (start, wide, ASCII spaces)
    for (i, c) in text.char_indices() {
        let pad = c == ' ' || c == '\u{3000}' || c == '\t';
        match (pad, run) {
            (true, None) => run = Some((i, c != ' ', usize::from(c == ' '))),
            (true, Some((a, wide, n))) => {
                let n = n + usize::from(c == ' ');
                run = Some((a, wide || c != ' ' || n >= 2, n));
            }
            (false, Some((a, wide, _))) => {
                if wide {
                    cells.push(Span::new(line.start + start, line.start + a));
                    start = i;
                }
                run = None;
            }
            (false, None) => {}
        }
    }
    let end = run.filter(|r| r.1).map_or(text.len(), |r| r.0);
    cells.push(Span::new(line.start + start, line.start + end));
    cells.retain(|c| !c.is_empty());
    cells
}

/// The first word of a line, up to its first white space: where a header row padded apart
/// begins with a header cell.
fn header_start(text: &str) -> &str {
    let end = text
        .char_indices()
        .take(12)
        .find(|&(_, c)| c == ' ' || c == '\u{3000}' || c == '\t')
        .map_or(text.len().min(36), |(i, _)| i);
    text.get(..end).unwrap_or("")
}

/// The cells of a row, as `sep` separates them.
fn cells_of(src: &str, line: Span, sep: Sep) -> Vec<Span> {
    match sep {
        Sep::Bars => pipe_cells(src, line),
        Sep::Spaces => spaced_cells(src, line),
    }
}

/// Cells of a row separated by `|`, `｜` or tabs (a table copied from a page), trimmed, empty
/// ones kept (their column counts).
fn pipe_cells(src: &str, line: Span) -> Vec<Span> {
    let text = &src[line.range()];
    let mut cells = Vec::new();
    let mut start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '|')))
    {
        if matches!(c, '|' | '｜' | '\t') {
            let sp = crate::segment::trim_span(src, Span::new(line.start + start, line.start + i));
            cells.push(sp);
            start = i + c.len_utf8();
        }
    }
    // A leading or trailing bar leaves an empty cell at the edge.
    if cells.first().is_some_and(|c| c.is_empty()) && text.starts_with(['|', '｜', '\t']) {
        cells.remove(0);
    }
    if cells.last().is_some_and(|c| c.is_empty()) {
        cells.pop();
    }
    cells
}

/// Whether a line holds a cell separator: a tab, `|` or the full-width `｜` (EF BD 9C, which
/// starts as all full-width punctuation does).
fn has_bar(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr3_iter(b'|', b'\t', 0xEF, b)
        .any(|i| b[i] != 0xEF || b.get(i + 1..i + 3) == Some(&[0xBD, 0x9C]))
}

/// Whether a row only rules the header off from the body, as Markdown writes a table
/// (`|---|:---:|`).
fn is_rule(text: &str) -> bool {
    text.contains(['-', '—'])
        && text.chars().all(|c| {
            matches!(
                c,
                '|' | '｜' | '-' | '—' | ':' | '：' | '+' | ' ' | '\t' | '\u{3000}'
            )
        })
}

/// A table written with `|` or tabs between cells, or with its cells padded apart by wide
/// white space, one row per line.
fn pipe_items(src: &str, lines: &[(Span, usize)]) -> Option<Vec<Item>> {
    let (h, cols, sep) = lines.iter().enumerate().find_map(|(i, &(sp, _))| {
        let text = &src[sp.range()];
        let sep = if has_bar(text) {
            Sep::Bars
        } else if text.len() <= 240
            && text.chars().next().is_some_and(may_start_header)
            && header_col(header_start(text)).is_some()
            && (crate::segment::has_char(text, '\u{3000}') || text.contains("  "))
        {
            Sep::Spaces
        } else {
            return None;
        };
        let cells = cells_of(src, sp, sep);
        // One column per cell, so that a row's cells meet their columns: a header cell the
        // parser has no name for (改革任务, 政策依据) is a column all the same.
        let cols: Vec<Col> = cells
            .iter()
            .map(|c| header_col(&src[c.range()]).flatten().unwrap_or(Col::Other))
            .collect();
        // Padded apart, every cell of the header must be a header cell: prose has spaces too.
        let all_headers =
            sep == Sep::Bars || cells.iter().all(|c| header_col(&src[c.range()]).is_some());
        (cells.len() >= 3
            && all_headers
            && cols
                .iter()
                .any(|c| matches!(c, Col::Lead | Col::Responsible)))
        .then_some((i, cols, sep))
    })?;
    let mut out: Vec<Item> = lines[..h]
        .iter()
        .map(|&(sp, _)| Item::paragraph(src, sp))
        .collect();
    out.push(Item {
        marker: None,
        paras: vec![lines[h].0],
        cells: None,
    });
    let mut k = h + 1;
    while k < lines.len() {
        let sp = lines[k].0;
        k += 1;
        let text = &src[sp.range()];
        let mut cells = cells_of(src, sp, sep);
        // A row whose first cell is empty (under a numeral that spans rows) starts with a tab,
        // which the line's indentation took: its cells start one column on.
        if sep == Sep::Bars
            && cells.len() + 1 == cols.len()
            && src[..sp.start].ends_with('\t')
            && !text.starts_with(['|', '｜'])
        {
            cells.insert(0, Span::new(sp.start, sp.start));
        }
        let row = match sep {
            Sep::Bars => has_bar(text) && !is_rule(text),
            Sep::Spaces => cells.len() >= 2,
        };
        // A cell of several paragraphs broke its row over lines: the lines that make up a
        // row of as many cells as the header's, a cell going on across each break.
        if row && sep == Sep::Bars && cells.len() < cols.len() {
            if let Some((joined, next)) = row_across_lines(src, lines, k, cells.clone(), &cols) {
                cells = joined;
                k = next;
            }
        }
        if !row || cells.is_empty() {
            out.push(Item::paragraph(src, sp));
            continue;
        }
        let kept: Vec<Span> = cells.iter().copied().filter(|c| !c.is_empty()).collect();
        if kept.is_empty() {
            out.push(Item {
                marker: None,
                paras: vec![sp],
                cells: None,
            });
            continue;
        }
        let mut item = row_item(src, &cells, &cols);
        item.paras.retain(|p| !p.is_empty());
        if item.paras.is_empty() {
            item.paras.push(Span::new(sp.end, sp.end));
        }
        out.push(item);
    }
    Some(out)
}

/// At most this many lines after a row's first go on with it, where its cells broke it.
const ROW_LINES: usize = 4;

/// The cells of a row that starts with `cells` and goes on over `lines[from..]`, and the line
/// after it: where at most [`ROW_LINES`] more lines, each going on with the row's last cell,
/// give exactly a cell for each of `cols`. Only a cell of text (a task, its measures, a note)
/// goes on across a break: the paragraphs of a page's cell. A line break inside a cell of
/// departments or of a time limit would be one inside a name or a date.
fn row_across_lines(
    src: &str,
    lines: &[(Span, usize)],
    from: usize,
    mut cells: Vec<Span>,
    cols: &[Col],
) -> Option<(Vec<Span>, usize)> {
    let width = cols.len();
    for (k, &(sp, blanks)) in lines.iter().enumerate().skip(from).take(ROW_LINES) {
        let text = &src[sp.range()];
        let going_on = cols.get(cells.len().checked_sub(1)?)?;
        if blanks > 0 || is_rule(text) || !matches!(going_on, Col::Task | Col::Other) {
            return None;
        }
        let more = pipe_cells(src, sp);
        let (first, rest) = more.split_first()?;
        let last = cells.last_mut()?;
        *last = if last.is_empty() {
            *first
        } else {
            last.cover(*first)
        };
        cells.extend_from_slice(rest);
        match cells.len() {
            n if n == width => return Some((cells, k + 1)),
            n if n > width => return None,
            _ => {}
        }
    }
    None
}

/// A table flattened one cell per line.
fn cell_items(src: &str, lines: &[(Span, usize)]) -> Option<Vec<Item>> {
    // The header: three or more header cells in a row, one naming who leads or is responsible.
    let mut header = None;
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        let mut cols = Vec::new();
        while j < lines.len() {
            match header_col(&src[lines[j].0.range()]) {
                Some(c) => cols.extend(c),
                None => break,
            }
            j += 1;
        }
        if j - i >= 3
            && cols
                .iter()
                .any(|c| matches!(c, Col::Lead | Col::Responsible))
        {
            header = Some((i, j, cols));
            break;
        }
        i = j.max(i + 1);
    }
    let (h_start, h_end, cols) = header?;

    let mut out: Vec<Item> = lines[..h_end]
        .iter()
        .map(|&(sp, _)| Item::paragraph(src, sp))
        .collect();
    // Header cells are text, never markers.
    for item in &mut out[h_start..] {
        if let Some((_, m)) = item.marker.take() {
            let p = item.paras.pop().unwrap_or(m);
            item.paras = vec![m.cover(p)];
        }
    }

    // Rows: a new row after two or more blank lines, or at a number or marker cell.
    let mut rows: Vec<Vec<Span>> = Vec::new();
    for &(sp, blanks) in &lines[h_end..] {
        let text = &src[sp.range()];
        let starts_row = rows.is_empty()
            || blanks >= 2
            || is_number_cell(text)
            || marker_at(text).is_some_and(|m| m.len == text.len())
            || rows.last().is_some_and(|r| r.len() >= cols.len());
        if starts_row {
            rows.push(vec![sp]);
        } else if let Some(r) = rows.last_mut() {
            r.push(sp);
        }
    }
    for row in rows {
        out.push(row_item(src, &row, &cols));
    }
    Some(out)
}

fn is_number_cell(s: &str) -> bool {
    !s.is_empty()
        && crate::segment::chars_at_most(s, 3)
        && s.chars().all(|c| numeral::digit(c).is_some())
}

fn row_item(src: &str, row: &[Span], cols: &[Col]) -> Item {
    let first = row[0];
    let text = &src[first.range()];
    if is_number_cell(text) {
        let marker = Marker {
            kind: Kind::Arabic,
            len: first.len(),
            skip: first.len(),
            number: numeral::arabic(text),
        };
        let cells = row_cells(row, cols);
        let paras = if row.len() > 1 {
            row[1..].to_vec()
        } else {
            vec![Span::new(first.end, first.end)]
        };
        return Item {
            marker: Some((marker, first)),
            paras,
            cells: Some(cells),
        };
    }
    if let Some(m) = marker_at(text) {
        let mut item = Item::paragraph(src, first);
        if m.len == text.len() {
            item.paras = row[1..].to_vec();
            if item.paras.is_empty() {
                item.paras.push(Span::new(first.end, first.end));
            }
        } else {
            item.paras.extend_from_slice(&row[1..]);
        }
        return item;
    }
    // A row with no numeral: a heading row of the table (its numeral lost on capture), or a
    // row under a numeral that spans several rows (its cell empty here), whose departments and
    // time limit are its own.
    let marker = Marker {
        kind: Kind::Row,
        len: 0,
        skip: 0,
        number: None,
    };
    let cells = row_cells(row, cols);
    let own = cells.lead.is_some() || cells.responsible.is_some() || cells.cooperating.is_some();
    Item {
        marker: Some((marker, Span::new(first.start, first.start))),
        paras: row.to_vec(),
        cells: (first.is_empty() && own).then_some(cells),
    }
}

/// The cells of a row that hold departments or a time limit, by their columns (the first,
/// the numeral's, holds neither).
fn row_cells(row: &[Span], cols: &[Col]) -> Cells {
    let mut cells = Cells::default();
    for (k, &sp) in row
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, sp)| !sp.is_empty())
    {
        match cols.get(k) {
            Some(Col::Lead) => cells.lead = Some(sp),
            Some(Col::Responsible) => cells.responsible = Some(sp),
            Some(Col::Cooperating) => cells.cooperating = Some(sp),
            Some(Col::Time) => cells.time = Some(sp),
            _ => {}
        }
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(src: &str) -> Vec<(Span, usize)> {
        crate::segment::lines(src)
            .iter()
            .map(|l| (l.span, l.blanks_before))
            .collect()
    }

    #[test]
    fn ok_header_cells_by_their_words() {
        for (cell, col) in [
            ("牵头单位（部门）", Col::Lead),
            ("牽頭單位(部門)", Col::Lead),
            ("主责单位", Col::Responsible),
            ("责任单位(责任人)", Col::Responsible),
            ("实施单位", Col::Responsible),
            ("协同部门", Col::Cooperating),
            ("责任主体", Col::Responsible),
            ("牵头处室", Col::Lead),
            ("配合处室", Col::Cooperating),
            ("参与部门", Col::Cooperating),
            ("任务事项", Col::Task),
            ("工作举措", Col::Task),
            ("时间安排", Col::Time),
            ("完成时间节点", Col::Time),
            ("预期成果", Col::Other),
        ] {
            assert_eq!(header_col(cell), Some(Some(col)), "{cell}");
        }
        // Headings and sentences are no header cells.
        for s in [
            "牵头单位：市商务局",
            "加强组织领导。",
            "主要目标",
            "市商务局",
        ] {
            assert!(
                !matches!(header_col(s), Some(Some(Col::Lead | Col::Responsible))),
                "{s}"
            );
        }
    }

    #[test]
    fn ok_markdown_table() {
        // A header cell without a name of its own (改革任务) still counts as a column, and the
        // rule under the header is no row.
        let src = "| 序号 | 改革任务 | 具体措施 | 责任单位 | 完成时限 |\n|---|:---|---|---|---|\n| 1 | 优化企业开办 | 推行一网通办 | 市市场监管局 | 2024年9月 |";
        let lines = lines_of(src);
        let items = items(src, &lines).expect("a table");
        let content = crate::structure::tree::build_items(src, items);
        assert_eq!(content.preamble.len(), 2, "the header and its rule");
        assert_eq!(content.roots.len(), 1);
        let cells = content.roots[0].cells.expect("cells");
        assert_eq!(
            &src[cells.responsible.expect("responsible").range()],
            "市市场监管局"
        );
        assert_eq!(&src[cells.time.expect("time").range()], "2024年9月");
        assert!(is_rule("|---|:---:|"));
        assert!(!is_rule("| 1 | - |"));
    }

    #[test]
    fn ok_a_cell_of_several_paragraphs_over_lines() {
        // Copied from a page, a cell of two paragraphs breaks its row over two lines (with
        // tabs) or three (with bars, the middle line a paragraph alone).
        for src in [
            "序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n1\t优化审批\t1.推行承诺制。\n2.压减时限。\t省政务和数据局\t省有关单位\t2024年6月底前\n2\t保障用地\t保障用地需求。\t省自然资源厅\t省发展改革委\t2024年12月底前",
            "| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限 |\n| 1 | 优化审批 | 1.推行承诺制。\n2.压减时限。\n3.推行容缺受理。 | 省政务和数据局 | 省有关单位 | 2024年6月底前 |\n| 2 | 保障用地 | 保障用地需求。 | 省自然资源厅 | 省发展改革委 | 2024年12月底前 |",
        ] {
            let lines = lines_of(src);
            let items = items(src, &lines).expect("a table");
            let content = crate::structure::tree::build_items(src, items);
            assert_eq!(content.roots.len(), 2, "{src}");
            let cells = content.roots[0].cells.expect("cells");
            assert_eq!(&src[cells.lead.expect("lead").range()], "省政务和数据局");
            assert_eq!(&src[cells.time.expect("time").range()], "2024年6月底前");
            let own: Vec<&str> = content.roots[0]
                .own
                .iter()
                .map(|p| &src[p.range()])
                .collect();
            assert!(
                own[1].starts_with("1.推行承诺制。\n2.压减时限。"),
                "{own:?}"
            );
        }
        // A break inside a cell of departments is none a page's cell has: the row is left
        // as it is.
        let src =
            "序号\t重点任务\t牵头单位\t完成时限\n1\t优化审批\t省政务和\n数据局\t2024年6月底前";
        let lines = lines_of(src);
        let content =
            crate::structure::tree::build_items(src, items(src, &lines).expect("a table"));
        let cells = content.roots[0].cells.expect("cells");
        assert_eq!(&src[cells.lead.expect("lead").range()], "省政务和");
        // A short row followed by a note is left as it is: no lines make up the header's
        // cells.
        let src = "序号\t重点任务\t牵头单位\t完成时限\n1\t优化审批\t省政务和数据局\n注：完成时限以实际为准。";
        let lines = lines_of(src);
        let content =
            crate::structure::tree::build_items(src, items(src, &lines).expect("a table"));
        assert_eq!(content.roots.len(), 1);
        let cells = content.roots[0].cells.expect("cells");
        assert_eq!(&src[cells.lead.expect("lead").range()], "省政务和数据局");
        assert!(cells.time.is_none());
    }

    #[test]
    fn ok_flattened_task_table() {
        let src = "序号\n\n重点工作\n\n市政府\n\n分管领导\n\n牵头单位\n\n配合单位\n\n备注\n\n强化科技创新。\n\n\n\n\n\n(一)\n\n加强战略科技力量。\n\n\n\n1\n\n加快建设科技创新轴。\n\n王 东\n\n市科技局\n\n黄埔区、南沙区政府\n\n\n2\n\n全力做好保障服务工作。\n\n王 东\n\n市科技局\n\n市财政局";
        let lines = lines_of(src);
        let items = items(src, &lines).expect("a table");
        let content = crate::structure::tree::build_items(src, items);
        assert_eq!(content.preamble.len(), 7, "the header cells");
        assert_eq!(content.roots.len(), 1);
        let row = &content.roots[0];
        assert_eq!(row.marker.kind, Kind::Row);
        let sub = &row.children[0];
        assert_eq!(&src[sub.marker_span.range()], "(一)");
        assert_eq!(sub.children.len(), 2);
        let item = &sub.children[0];
        assert_eq!(item.marker.number, Some(1));
        let cells = item.cells.expect("cells");
        assert_eq!(&src[cells.lead.expect("lead").range()], "市科技局");
        assert_eq!(
            &src[cells.cooperating.expect("co").range()],
            "黄埔区、南沙区政府"
        );
    }

    #[test]
    fn ok_has_bar_is_the_char_test() {
        let pieces = [
            "|",
            "｜",
            "\t",
            "，",
            "（",
            "序号",
            "牵头单位",
            "a",
            "\u{9c}",
            "ｼ",
            "ｽ",
        ];
        let mut generator = crate::testing::Gen::new(5);
        for n in 0..3_000 {
            let t = generator.pieces(&pieces, n % 16);
            let by_chars = t.chars().any(|c| matches!(c, '|' | '｜' | '\t'));
            assert_eq!(has_bar(&t), by_chars, "{t:?}");
        }
    }

    #[test]
    fn err_no_header_no_table() {
        let src = "一、总体要求\n(一)指导思想。";
        let lines = lines_of(src);
        assert!(items(src, &lines).is_none());
    }
}
