//! The typed model of a parsed notice: what [`crate::parse`] returns and what the JSON contract
//! (`schema_version` "1") serialises.
//!
//! This module knows nothing of parsing. Every type derives `Serialize` and `Deserialize` so the
//! JSON round-trips, every key is always present (absent values are `null` or `[]`), and every
//! node carries a [`Span`] into the text the parser read.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The version of the JSON contract. It changes only when a key is renamed or removed.
pub const SCHEMA_VERSION: &str = "1";

/// A half-open range of UTF-8 byte offsets into the text the parser read.
///
/// `&text[span.start..span.end]` is the source of the node or value that carries the span.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The span as a range, for slicing: `&text[span.range()]`.
    #[must_use]
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Number of bytes covered.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside `self`.
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span moved right by `by` bytes (for rebasing a span local to a slice).
    #[must_use]
    pub const fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// A calendar date, serialised as ISO `YYYY-MM-DD`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i16,
    month: u8,
    day: u8,
}

impl Date {
    /// A valid Gregorian date, or `None`.
    #[must_use]
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let y = i16::try_from(year).ok()?;
        let m = i8::try_from(month).ok()?;
        let d = i8::try_from(day).ok()?;
        let date = jiff::civil::Date::new(y, m, d).ok()?;
        Some(Date::from_jiff(date))
    }

    /// The year.
    #[must_use]
    pub const fn year(self) -> i32 {
        self.year as i32
    }

    /// The month, 1–12.
    #[must_use]
    pub const fn month(self) -> u32 {
        self.month as u32
    }

    /// The day of the month, 1–31.
    #[must_use]
    pub const fn day(self) -> u32 {
        self.day as u32
    }

    pub(crate) fn from_jiff(d: jiff::civil::Date) -> Date {
        // jiff months and days are always positive.
        Date {
            year: d.year(),
            month: d.month().unsigned_abs(),
            day: d.day().unsigned_abs(),
        }
    }

    pub(crate) fn to_jiff(self) -> jiff::civil::Date {
        jiff::civil::date(self.year, self.month as i8, self.day as i8)
    }

    /// Parses `YYYY-MM-DD`.
    #[must_use]
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y: i32 = s.get(0..4)?.parse().ok()?;
        let m: u32 = s.get(5..7)?.parse().ok()?;
        let d: u32 = s.get(8..10)?.parse().ok()?;
        Date::new(y, m, d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.iso_bytes() {
            Some(iso) => f.write_str(std::str::from_utf8(&iso).map_err(|_| fmt::Error)?),
            None => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

impl Date {
    /// `YYYY-MM-DD` as ten ASCII bytes, for years 0–9999 (the rest are written by `Display`'s
    /// formatting machinery).
    pub(crate) fn iso_bytes(self) -> Option<[u8; 10]> {
        let y = u16::try_from(self.year).ok().filter(|&y| y <= 9999)?;
        let (m, d) = (self.month, self.day);
        Some([
            b'0' + (y / 1000) as u8,
            b'0' + (y / 100 % 10) as u8,
            b'0' + (y / 10 % 10) as u8,
            b'0' + (y % 10) as u8,
            b'-',
            b'0' + m / 10,
            b'0' + m % 10,
            b'-',
            b'0' + d / 10,
            b'0' + d % 10,
        ])
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("expected a YYYY-MM-DD date, found `{s}`"))
        })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "An ISO 8601 calendar date, YYYY-MM-DD."
        })
    }
}

/// One parsed notice: the root of the JSON contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Notice {
    /// Version of the JSON contract, [`SCHEMA_VERSION`].
    pub schema_version: String,
    /// Version of the crate that produced this value.
    pub parser_version: String,
    /// Encoding the input was decoded from: `UTF-8`, `GB18030`, `Big5`, `UTF-16LE`, `UTF-16BE`.
    pub source_encoding: String,
    /// The title (标题), joined across line breaks.
    pub title: Option<String>,
    /// The document type (文种) in simplified form, from the end of the title.
    pub doc_type: Option<String>,
    /// The document's own number (发文字号); never a number cited in the text.
    pub doc_number: Option<DocNumber>,
    /// Full name of the (first) issuing organ.
    pub issuer: Option<String>,
    /// All issuing organs, in order, the first being [`issuer`](Self::issuer): one for most
    /// notices, each organ of a joint notice, none when the issuer is unknown.
    pub issuers: Vec<String>,
    /// The signature (发文机关署名) as written, the organs of a joint signature set apart
    /// by one space however the layout spaced them (`财政部 教育部`); an order (令) is
    /// signed by an office and a name (`省长 王伟中`).
    pub signatory: Option<String>,
    /// The addressees (主送机关), one organ or group per entry.
    pub addressees: Vec<String>,
    /// The written date (成文日期).
    pub written_date: Option<Date>,
    /// The publication date (发布日期) given by the portal.
    pub published_date: Option<Date>,
    /// Copies to (抄送, and 抄报 to the organs above, in order).
    pub cc: Vec<String>,
    /// The printing office (印发机关).
    pub printed_by: Option<String>,
    /// The printing date (印发日期).
    pub printed_date: Option<Date>,
    /// Where each header value was read.
    pub spans: HeaderSpans,
    /// The portal metadata block, when present.
    pub portal: Option<Portal>,
    /// The notice's own text.
    pub body: Block,
    /// Enclosed, forwarded or attached documents, in order.
    pub enclosures: Vec<Block>,
    /// What was seen but could not be understood.
    pub warnings: Vec<Warning>,
}

/// Spans of the notice's header values.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct HeaderSpans {
    /// The title, from its first line to its last.
    pub title: Option<Span>,
    /// The document number as written.
    pub doc_number: Option<Span>,
    /// Where the issuer was read (title, portal or signature).
    pub issuer: Option<Span>,
    /// The signature line(s).
    pub signatory: Option<Span>,
    /// The written date.
    pub written_date: Option<Span>,
    /// The publication date.
    pub published_date: Option<Span>,
    /// One span per addressee.
    pub addressees: Vec<Span>,
    /// One span per cc entry.
    pub cc: Vec<Span>,
    /// The printing line (印发机关和印发日期).
    pub printed: Option<Span>,
}

/// A document number (发文字号), e.g. 粤办函〔2021〕55号.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct DocNumber {
    /// Exactly the source text, `text[span]`.
    pub raw: String,
    /// Brackets and widths folded, noise removed: `粤办函〔2021〕55号`. An order's number
    /// (`第298号` under 广东省人民政府令) is given as orders are cited:
    /// `广东省人民政府令第298号`.
    pub normalized: String,
    /// The agency code (机关代字), e.g. 粤办函; for an order, its name (广东省人民政府令).
    pub agency: String,
    /// The year, four digits where it can be told.
    pub year: Option<i32>,
    /// The serial number.
    pub serial: Option<u32>,
    /// Where it was read.
    pub span: Span,
}

/// The portal metadata around a captured page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Portal {
    /// Breadcrumb trail, e.g. 首页 › 政务公开 › 文件库.
    pub breadcrumbs: Vec<String>,
    /// 索引号.
    pub index_number: Option<String>,
    /// 分类 / 主题分类.
    pub category: Option<String>,
    /// 发布机构 / 发布机关.
    pub publisher: Option<String>,
    /// 成文日期 as `YYYY-MM-DD`.
    pub written_date: Option<String>,
    /// 标题 / 名称.
    pub title: Option<String>,
    /// 文号 as written by the portal.
    pub doc_number: Option<String>,
    /// 发布日期 as `YYYY-MM-DD`.
    pub published_date: Option<String>,
    /// Publication time with China's offset, `2021-05-14T10:25:55+08:00`.
    pub published_at: Option<String>,
    /// 来源.
    pub source: Option<String>,
    /// 实施日期 as `YYYY-MM-DD`.
    pub effective_date: Option<String>,
    /// 失效日期 as `YYYY-MM-DD`.
    pub expiry_date: Option<String>,
    /// Where each field above was read.
    pub spans: PortalSpans,
    /// Page text that is not the document and fills no field.
    pub furniture: Vec<Span>,
}

/// Spans of the portal fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct PortalSpans {
    /// The breadcrumb line.
    pub breadcrumbs: Option<Span>,
    /// 索引号.
    pub index_number: Option<Span>,
    /// 分类.
    pub category: Option<Span>,
    /// 发布机构.
    pub publisher: Option<Span>,
    /// 成文日期.
    pub written_date: Option<Span>,
    /// 标题.
    pub title: Option<Span>,
    /// 文号.
    pub doc_number: Option<Span>,
    /// 发布日期.
    pub published_date: Option<Span>,
    /// Publication time.
    pub published_at: Option<Span>,
    /// 来源.
    pub source: Option<Span>,
    /// 实施日期.
    pub effective_date: Option<Span>,
    /// 失效日期.
    pub expiry_date: Option<Span>,
}

/// A document: the notice's own body, or an enclosed / forwarded / attached one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Block {
    /// Label such as 附件1.
    pub label: Option<String>,
    /// Title, joined across line breaks; `null` for the body.
    pub title: Option<String>,
    /// The block's own document number.
    pub doc_number: Option<DocNumber>,
    /// The block's addressees.
    pub addressees: Vec<String>,
    /// The block's signature as written.
    pub signatory: Option<String>,
    /// The block's written date.
    pub written_date: Option<Date>,
    /// Paragraphs before the first numbered section.
    pub preamble: Vec<Paragraph>,
    /// The tree of numbered sections.
    pub sections: Vec<Section>,
    /// Paragraphs after the last numbered section that do not belong to it.
    pub closing: Vec<Paragraph>,
    /// The whole block.
    pub span: Span,
}

/// An unnumbered paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Paragraph {
    /// The text, trimmed of indentation; the lines of a paragraph that a fixed-width layout
    /// broke are joined (see [`crate::segment::joined_lines`]).
    pub text: String,
    /// Deadlines found in it.
    pub deadlines: Vec<Deadline>,
    /// Where it was read.
    pub span: Span,
}

/// A numbered section or item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Section {
    /// Markers from the block's root, e.g. `一/(八)`.
    pub path: String,
    /// Depth, 1 = top.
    pub level: u32,
    /// The marker as written (`一、`, `(一)`, `1.`, `第一条`); `null` for a bullet.
    pub marker: Option<String>,
    /// The marker's value: (四十) → 40.
    pub number: Option<u32>,
    /// The lead sentence, or the whole line when the heading stands alone.
    pub heading: Option<String>,
    /// All of the node's own text after the marker; children excluded. Paragraphs are joined
    /// with `\n`; the lines of a paragraph that a fixed-width layout broke, without a break.
    pub text: String,
    /// Who leads, is responsible, cooperates.
    pub responsibility: Option<Responsibility>,
    /// Deadlines in the node's own text.
    pub deadlines: Vec<Deadline>,
    /// Nested sections.
    pub children: Vec<Section>,
    /// The node with its children.
    pub span: Span,
}

/// The responsibility statement of an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Responsibility {
    /// The text inside the parenthesis or after the label (`joined_lines(&text[span])`).
    pub raw: String,
    /// Each department, in order.
    pub departments: Vec<Department>,
    /// Where `raw` was read.
    pub span: Span,
}

/// The role a department plays for an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// 牵头.
    Lead,
    /// 负责 / 落实.
    Responsible,
    /// 配合 / 协助 / 参与.
    Cooperating,
}

impl Role {
    /// The snake_case name used in JSON.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Responsible => "responsible",
            Role::Cooperating => "cooperating",
        }
    }
}

/// One department of a responsibility.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Department {
    /// Normalised name, jurisdiction distributed: 省住房城乡建设厅.
    pub name: String,
    /// As written: 住房城乡建设厅 (`joined_lines(&text[span])`, which is `&text[span]` but
    /// in a paragraph that a fixed-width layout broke into lines).
    pub raw: String,
    /// Its role.
    pub role: Role,
    /// A group rather than a named organ (省有关部门, 各地级以上市).
    pub generic: bool,
    /// Where `raw` was read.
    pub span: Span,
}

/// What a deadline means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DeadlineKind {
    /// Done by the date (…前, 年内).
    By,
    /// Starts on the date (从…起).
    From,
    /// Lasts until the date (至…).
    Until,
}

impl DeadlineKind {
    /// The snake_case name used in JSON.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            DeadlineKind::By => "by",
            DeadlineKind::From => "from",
            DeadlineKind::Until => "until",
        }
    }
}

/// Which date resolved a relative deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Anchor {
    /// The written date (成文日期).
    Written,
    /// The publication date (发布日期).
    Published,
    /// The reference date of [`crate::ParseOptions`].
    Option,
}

/// A deadline resolved to a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Deadline {
    /// The minimal phrase as written: 年底前 (`joined_lines(&text[span])`).
    pub text: String,
    /// by, from or until.
    pub kind: DeadlineKind,
    /// The resolved date; `null` when nothing anchors it.
    pub date: Option<Date>,
    /// A clock time `HH:MM`, when written.
    pub time: Option<String>,
    /// Which date resolved it; `null` when the phrase carries its own year or nothing anchors it.
    pub anchor: Option<Anchor>,
    /// The clause the deadline governs.
    pub clause: String,
    /// Where `text` was read.
    pub span: Span,
}

/// Something seen but not understood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Warning {
    /// A stable snake_case code; see [`WarningCode`].
    pub code: WarningCode,
    /// A human-readable explanation.
    pub message: String,
    /// Where, when it can be told.
    pub span: Option<Span>,
}

/// The documented, stable list of warning codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WarningCode {
    /// No title was found.
    MissingTitle,
    /// No document number was found.
    MissingDocNumber,
    /// No issuer could be told from the title, the portal or the signature.
    MissingIssuer,
    /// No written date was found.
    MissingWrittenDate,
    /// No addressee line was found.
    MissingAddressees,
    /// The title does not end with one of the 15 document types.
    UnknownDocType,
    /// A document number was damaged and recovered, or could not be read whole.
    DamagedDocNumber,
    /// A date was damaged and recovered, or could not be read.
    DamagedDate,
    /// A portal value contradicts the document; the document's value is kept.
    PortalMismatch,
    /// Section numbering skips or goes back.
    NumberingGap,
    /// A deadline phrase was found but no date anchors it.
    UnanchoredDeadline,
    /// A responsibility parenthesis names no department.
    EmptyResponsibility,
    /// Bytes that are not valid in the detected encoding were replaced.
    InvalidEncoding,
    /// The text looks flattened (a whole document on very few lines).
    FlattenedText,
    /// The text does not look like a notice.
    NotANotice,
    /// The document seems to stop mid-sentence.
    Truncated,
    /// HTML left in the text (`</p>`, `9/p>`, `&nbsp;`); read around it.
    HtmlResidue,
    /// Text garbled by a wrong decoding (mojibake such as 锟斤拷 or Ã©).
    GarbledText,
    /// Pinyin that a mirror site inserted after characters (`衛(wèi)`) was left out of the
    /// values and texts; spans point at the text as given, and a document number's `raw` keeps
    /// it.
    PinyinRemoved,
    /// The text's bytes had been shown one by one as Windows-1252 characters (`å¹¿ä¸œ` for
    /// 广东) and were read back; values and texts are the repaired text, spans point at the
    /// text as given, and a document number's `raw` is as given.
    MojibakeRepaired,
    /// The text held a page's HTML markup (`<p>…</p>`, `<br>`, `&nbsp;`), which was left out:
    /// a block element ends a line, a table cell is set off by a tab, an entity is read as its
    /// character. Values and texts are the text without it, spans point at the text as given.
    HtmlRemoved,
    /// The text held invisible format characters inside it (zero-width spaces and joiners,
    /// direction marks, the word joiner), which were left out:
    /// values and texts are the text without them, spans point at the text as given.
    InvisibleRemoved,
}

impl WarningCode {
    /// The snake_case code used in JSON.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            WarningCode::MissingTitle => "missing_title",
            WarningCode::MissingDocNumber => "missing_doc_number",
            WarningCode::MissingIssuer => "missing_issuer",
            WarningCode::MissingWrittenDate => "missing_written_date",
            WarningCode::MissingAddressees => "missing_addressees",
            WarningCode::UnknownDocType => "unknown_doc_type",
            WarningCode::DamagedDocNumber => "damaged_doc_number",
            WarningCode::DamagedDate => "damaged_date",
            WarningCode::PortalMismatch => "portal_mismatch",
            WarningCode::NumberingGap => "numbering_gap",
            WarningCode::UnanchoredDeadline => "unanchored_deadline",
            WarningCode::EmptyResponsibility => "empty_responsibility",
            WarningCode::InvalidEncoding => "invalid_encoding",
            WarningCode::FlattenedText => "flattened_text",
            WarningCode::NotANotice => "not_a_notice",
            WarningCode::Truncated => "truncated",
            WarningCode::HtmlResidue => "html_residue",
            WarningCode::GarbledText => "garbled_text",
            WarningCode::PinyinRemoved => "pinyin_removed",
            WarningCode::HtmlRemoved => "html_removed",
            WarningCode::InvisibleRemoved => "invisible_removed",
            WarningCode::MojibakeRepaired => "mojibake_repaired",
        }
    }
}

impl fmt::Display for WarningCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Notice {
    /// Every section of every block, depth first, with the index of its block
    /// (`None` for the body, `Some(i)` for `enclosures[i]`).
    pub fn sections(&self) -> impl Iterator<Item = (Option<usize>, &Section)> {
        std::iter::once((None, &self.body))
            .chain(
                self.enclosures
                    .iter()
                    .enumerate()
                    .map(|(i, b)| (Some(i), b)),
            )
            .flat_map(|(i, b)| b.walk().map(move |s| (i, s)))
    }
}

impl Notice {
    /// Applies `f` to every span of the notice: header values, portal, blocks, paragraphs,
    /// sections, responsibilities, departments, deadlines and warnings.
    pub(crate) fn map_spans(&mut self, f: &impl Fn(Span) -> Span) {
        let opt = |s: &mut Option<Span>| *s = s.map(f);
        let h = &mut self.spans;
        for s in [
            &mut h.title,
            &mut h.doc_number,
            &mut h.issuer,
            &mut h.signatory,
            &mut h.written_date,
            &mut h.published_date,
            &mut h.printed,
        ] {
            opt(s);
        }
        for s in h.addressees.iter_mut().chain(&mut h.cc) {
            *s = f(*s);
        }
        if let Some(d) = &mut self.doc_number {
            d.span = f(d.span);
        }
        if let Some(p) = &mut self.portal {
            let ps = &mut p.spans;
            for s in [
                &mut ps.breadcrumbs,
                &mut ps.index_number,
                &mut ps.category,
                &mut ps.publisher,
                &mut ps.written_date,
                &mut ps.title,
                &mut ps.doc_number,
                &mut ps.published_date,
                &mut ps.published_at,
                &mut ps.source,
                &mut ps.effective_date,
                &mut ps.expiry_date,
            ] {
                opt(s);
            }
            for s in &mut p.furniture {
                *s = f(*s);
            }
        }
        for w in &mut self.warnings {
            opt(&mut w.span);
        }
        let deadlines = |ds: &mut Vec<Deadline>| {
            for d in ds {
                d.span = f(d.span);
            }
        };
        for b in std::iter::once(&mut self.body).chain(&mut self.enclosures) {
            b.span = f(b.span);
            if let Some(d) = &mut b.doc_number {
                d.span = f(d.span);
            }
            for p in b.preamble.iter_mut().chain(&mut b.closing) {
                p.span = f(p.span);
                deadlines(&mut p.deadlines);
            }
            let mut stack: Vec<&mut Section> = b.sections.iter_mut().collect();
            while let Some(s) = stack.pop() {
                s.span = f(s.span);
                deadlines(&mut s.deadlines);
                if let Some(r) = &mut s.responsibility {
                    r.span = f(r.span);
                    for d in &mut r.departments {
                        d.span = f(d.span);
                    }
                }
                stack.extend(s.children.iter_mut());
            }
        }
    }
}

impl Block {
    /// Every section of this block, depth first.
    pub fn walk(&self) -> impl Iterator<Item = &Section> {
        let mut stack: Vec<&Section> = self.sections.iter().rev().collect();
        std::iter::from_fn(move || {
            let s = stack.pop()?;
            stack.extend(s.children.iter().rev());
            Some(s)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_date_display_is_zero_padded_iso() {
        for (y, m, d) in [
            (2021, 4, 16),
            (2021, 12, 31),
            (1, 1, 1),
            (0, 2, 29),
            (999, 10, 9),
            (9999, 12, 31),
            (-5, 3, 4),
            (-9999, 1, 1),
        ] {
            let date = Date::new(y, m, d).unwrap();
            assert_eq!(date.to_string(), format!("{y:04}-{m:02}-{d:02}"));
            assert_eq!(
                Date::parse_iso(&date.to_string()).filter(|_| y >= 0),
                (y >= 0).then_some(date)
            );
        }
    }
}
