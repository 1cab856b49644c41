//! Hard-wrapped paragraphs. Text taken from a PDF, or from a page that was laid out at a fixed
//! width, breaks every paragraph into lines of one width (GB/T 9704 sets 28 characters to a
//! line), mid-sentence and even mid-word:
//!
//! ```text
//! （一）加强储能技术攻关。支持龙头企业联合高校开展核心技
//! 术攻关，力争2023年底前突破一批关键技术。（省科技厅牵头，
//! 省发展改革委、省工业和信息化厅配合）
//! ```
//!
//! [`layout_width`] finds such a layout: the lines of a document that stop mid-sentence mostly
//! share one width. [`continued_lines`] finds the lines that it broke; such a line and the next
//! (or the first after a page number, where a page broke the paragraph) are one paragraph,
//! whose span covers both. [`Joined`] is its text without the line breaks and page numbers,
//! with the way back from an offset in that text to one in the source.

use crate::model::Span;
use crate::segment::Line;

/// A layout width (in columns, two to a full-width character) below which lines are not taken
/// for wrapped ones: 20 full-width characters.
const NARROWEST: usize = 40;

/// How many lines that stop mid-sentence are enough to tell a layout.
const SAMPLE: usize = 48;

/// How far short of the widest a wrapped line may stop: a line that would begin with
/// punctuation is broken a character early, and half-width digits leave gaps.
const SLACK: usize = 4;

/// Columns a line takes as laid out, indentation included: two for each ideograph or
/// full-width form (three bytes), one for each ASCII character. (Other characters are rare in
/// a notice; they count by their bytes, two thirds of a column each.)
fn columns(s: &str) -> usize {
    // Bytes that are not ASCII, eight at a time by their high bits.
    let b = s.as_bytes();
    let mut chunks = b.chunks_exact(8);
    let mut high = 0;
    for c in chunks.by_ref() {
        let word = u64::from_le_bytes(c.try_into().unwrap_or_default());
        high += (word & 0x8080_8080_8080_8080).count_ones() as usize;
    }
    high += chunks.remainder().iter().filter(|&&x| x >= 0x80).count();
    b.len() - high / 3
}

/// Whether a line stops where no sentence or heading ends (it may have been broken): on
/// anything but `。！？；：）”」》` and their ASCII forms, told by the line's last bytes.
pub(crate) fn ends_open(s: &str) -> bool {
    !matches!(
        s.as_bytes(),
        [] | [.., b'!' | b'?' | b';' | b':' | b')']
            | [.., 0xE3, 0x80, 0x82 | 0x8D | 0x8B]
            | [.., 0xEF, 0xBC, 0x81 | 0x9F | 0x9B | 0x9A | 0x89]
            | [.., 0xE2, 0x80, 0x9D]
    )
}

/// The width (in columns) at which a fixed-width layout broke the document's lines, when it
/// was laid out so: most lines of some length that stop mid-sentence are within a few columns
/// of the widest of them, and there are at least three.
#[must_use]
pub fn layout_width(src: &str, lines: &[Line]) -> Option<usize> {
    // The last line ends the document, not a line of the layout.
    let (_, rest) = lines.split_last()?;
    let mut sample = [0usize; SAMPLE];
    let mut n = 0;
    // A layout shows in its first lines; long documents are not read to their end.
    for l in rest
        .iter()
        .filter(|l| l.span.end - l.start >= NARROWEST / 2)
    {
        if ends_open(l.text(src)) {
            let w = columns(&src[l.start..l.span.end]);
            if w >= NARROWEST / 2 {
                sample[n] = w;
                n += 1;
                if n == SAMPLE {
                    break;
                }
            }
        }
    }
    let widths = &sample[..n];
    let widest = widths.iter().copied().max()?;
    let full = widths.iter().filter(|&&w| w + SLACK >= widest).count();
    (widest >= NARROWEST && full >= 3 && full * 2 >= widths.len()).then_some(widest)
}

/// For each of `candidates` (indices into `lines`, in order): whether the layout of `width`
/// broke it, so that the next candidate continues its paragraph. `next_ok(k, next)` says
/// whether line `next` may continue the paragraph of line `k` at all (the next line, or the
/// first after a page break; no marker, no deeper indentation).
#[must_use]
pub fn continued_lines(
    src: &str,
    lines: &[Line],
    candidates: &[usize],
    width: usize,
    next_ok: impl Fn(usize, usize) -> bool,
) -> Vec<bool> {
    let mut out = vec![false; candidates.len()];
    for (i, pair) in candidates.windows(2).enumerate() {
        let (k, next) = (pair[0], pair[1]);
        let l = &lines[k];
        out[i] = ends_open(l.text(src))
            && columns(&src[l.start..l.span.end]) + SLACK >= width
            && next_ok(k, next);
    }
    out
}

/// The text of paragraphs whose spans may cover line breaks of a wrapped layout: each
/// paragraph's lines joined without the breaks (and the indentation and trailing space around
/// them, and page numbers between), paragraphs joined with `\n`; as
/// [`crate::segment::joined_lines`] gives it.
#[derive(Debug, Default)]
pub struct Joined {
    /// The joined text.
    pub text: String,
    /// Pieces copied from the source: (offset in `text`, offset in the source, length).
    pieces: Vec<(usize, usize, usize)>,
    /// Each paragraph's span in `text`.
    pub paragraphs: Vec<Span>,
}

impl Joined {
    /// Joins the paragraphs `paras` of `src`.
    #[must_use]
    pub fn of(src: &str, paras: &[Span]) -> Joined {
        let mut j = Joined::default();
        for (n, &p) in paras.iter().enumerate() {
            if n > 0 {
                j.text.push('\n');
            }
            let start = j.text.len();
            let mut at = p.start;
            for (i, piece) in src[p.range()].split('\n').enumerate() {
                let lead = if i == 0 {
                    0
                } else {
                    piece.len() - piece.trim_start_matches(crate::segment::is_pad).len()
                };
                let kept = piece[lead..]
                    .trim_end_matches(|c| c == '\r' || crate::segment::is_pad(c))
                    .len();
                // A page number where a page broke the paragraph is no part of it.
                let page_number =
                    i > 0 && crate::segment::is_page_number(&piece[lead..lead + kept]);
                if kept > 0 && !page_number {
                    j.pieces.push((j.text.len(), at + lead, kept));
                    j.text.push_str(&piece[lead..lead + kept]);
                }
                at += piece.len() + 1;
            }
            j.paragraphs.push(Span::new(start, j.text.len()));
        }
        j
    }

    /// The source span of a span of the joined text.
    #[must_use]
    pub fn source(&self, s: Span) -> Span {
        // The piece a start falls in (or the next one); the piece an end falls in (or the one
        // before).
        let i = self
            .pieces
            .partition_point(|&(at, _, len)| at + len <= s.start);
        let start = match self.pieces.get(i) {
            Some(&(at, from, _)) => from + s.start.saturating_sub(at),
            None => self.pieces.last().map_or(0, |&(_, from, len)| from + len),
        };
        let k = self.pieces.partition_point(|&(at, _, _)| at < s.end);
        let end = match k.checked_sub(1).and_then(|k| self.pieces.get(k)) {
            Some(&(at, from, len)) => from + (s.end - at).min(len),
            None => start,
        };
        Span::new(start, end.max(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped(src: &str) -> Vec<bool> {
        let lines = crate::segment::lines(src);
        let all: Vec<usize> = (0..lines.len()).collect();
        match layout_width(src, &lines) {
            Some(w) => continued_lines(src, &lines, &all, w, |k, next| {
                next == k + 1 && lines[next].blanks_before == 0
            }),
            None => vec![false; lines.len()],
        }
    }

    #[test]
    fn ok_ends_open_is_the_char_test() {
        let closed = "。！？!?；;：:）)”」》";
        for c in closed.chars() {
            assert!(!ends_open(&format!("发展{c}")), "{c}");
        }
        for t in ["", "发展", "高质", "2023", "（", "“", "，", "、", "a", "《"] {
            assert_eq!(ends_open(t), !t.is_empty(), "{t}");
        }
    }

    #[test]
    fn ok_columns() {
        assert_eq!(columns("ab"), 2);
        assert_eq!(columns("技术2023"), 8);
        assert_eq!(columns("　（一）"), 8);
        assert_eq!(columns("　（一）第1条"), 13);
        // Past eight bytes, and every length up to forty.
        let line = "技术2023年，ab（省科技厅牵头）";
        for end in (0..=line.len()).filter(|&e| line.is_char_boundary(e)) {
            let t = &line[..end];
            let by_chars: usize = t.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
            assert_eq!(columns(t), by_chars, "{t}");
        }
    }

    #[test]
    fn ok_fixed_width_layout() {
        let src = "经省人民政府同意，现将《广东省推动新型储能产业高质量发\n展指导意见》印发给你们，请认真贯彻执行。实施过程中遇到\n的问题，请径向省发展改革委反映。\n一、总体要求\n（一）加强储能技术攻关。支持龙头企业联合高校开展核心技\n术攻关，力争2023年底前突破一批关键技术。（省科技厅牵头，\n省发展改革委、省工业和信息化厅配合）";
        assert_eq!(wrapped(src), [true, true, false, false, true, true, false]);
    }

    #[test]
    fn err_one_paragraph_a_line() {
        // Paragraphs of different lengths, some without a final stop: no layout.
        let src = "一、深入推进简政放权,进一步增强发展活力\n(一)持续推动“放权强市”“放权强区”。按照依法下放、宜放则放原则\n(二)深化投资审批制度改革,推进工程建设项目审批制度改革全流程\n各地、各部门要进一步提高认识,加强组织领导,确保各项改革任务落地见效\n广东省人民政府办公厅";
        assert_eq!(wrapped(src), [false; 5]);
    }

    /// Of the fixtures and the corpus (where it is checked out beside the crate), only the
    /// fixture made for it has a wrapped layout: one paragraph to a line is never taken for one.
    #[test]
    fn ok_only_the_wrapped_fixture_has_a_layout() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![root.join("fixtures")];
        dirs.extend(["corpus", "corpus-full"].map(|d| root.join("../shared").join(d)));
        let mut with_layout = Vec::new();
        let mut read = 0;
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if let Ok(src) = std::fs::read_to_string(&p) {
                    read += 1;
                    let lines = crate::segment::lines(&src);
                    if layout_width(&src, &lines).is_some() {
                        with_layout.extend(p.file_name().map(|f| f.to_string_lossy().into_owned()));
                    }
                }
            }
        }
        assert!(read > 10, "{read} files read");
        assert_eq!(with_layout, ["hard_wrapped_lines.txt"]);
    }

    /// The joined text of a span that holds a break is what [`crate::segment::joined_lines`]
    /// (the public account of it) gives, on generated lines of text, padding and breaks.
    #[test]
    fn ok_joined_is_joined_lines() {
        let pieces = [
            "省", "发展", "\n", "\r\n", "　", " ", "\t", "a", "（", "2023年", "\u{a0}",
        ];
        let mut generator = crate::testing::Gen::new(7);
        for n in 0..3_000 {
            let src = generator.pieces(&pieces, n % 24);
            // Paragraphs are joined only where they hold a break.
            if !src.contains('\n') {
                continue;
            }
            let whole = Span::new(0, src.len());
            let j = Joined::of(&src, &[whole]);
            assert_eq!(j.text, crate::segment::joined_lines(&src), "{src:?}");
        }
    }

    #[test]
    fn ok_joined_maps_back() {
        let src = "甲乙丙\n  丁戊。\n己";
        let paras = [Span::new(0, 21), Span::new(22, 25)];
        assert_eq!(&src[paras[0].range()], "甲乙丙\n  丁戊。");
        let j = Joined::of(src, &paras);
        assert_eq!(j.text, "甲乙丙丁戊。\n己");
        assert_eq!(j.paragraphs, [Span::new(0, 18), Span::new(19, 22)]);
        // Within a piece, across the break, and in the second paragraph.
        assert_eq!(j.source(Span::new(3, 6)), Span::new(3, 6));
        assert_eq!(&src[j.source(Span::new(6, 12)).range()], "丙\n  丁");
        assert_eq!(&src[j.source(Span::new(9, 15)).range()], "丁戊");
        assert_eq!(&src[j.source(Span::new(19, 22)).range()], "己");
        assert_eq!(j.source(Span::new(18, 18)), Span::new(22, 22));
    }
}
