//! # gongwen
//!
//! Reads Chinese government notices (公文) — first of all the Guangdong provincial notices such
//! as 粤办函〔2021〕55号 — and turns each into a typed, source-anchored [`Notice`]: issuer,
//! document number, dates, addressees, the tree of sections and numbered items, who is
//! responsible for each item (lead / responsible / cooperating), and every deadline resolved to
//! a date. Every node carries a [`Span`] into the text, so `&text[span]` is its source.
//!
//! ```
//! let text = "广东省人民政府办公厅关于做好某项工作的通知\n粤办函〔2021〕55号\n\
//!             各地级以上市人民政府:\n\
//!             一、加强统筹。6月底前出台方案。(省发展改革委牵头,各地级以上市配合)\n\
//!             省政府办公厅\n2021年4月16日\n";
//! let notice = gongwen::parse(text)?;
//! assert_eq!(notice.doc_type.as_deref(), Some("通知"));
//! assert_eq!(notice.doc_number.as_ref().unwrap().serial, Some(55));
//! let item = &notice.body.sections[0];
//! let lead = &item.responsibility.as_ref().unwrap().departments[0];
//! assert_eq!((lead.name.as_str(), lead.role), ("省发展改革委", gongwen::Role::Lead));
//! assert_eq!(item.deadlines[0].date.unwrap().to_string(), "2021-06-30");
//! assert_eq!(&text[item.deadlines[0].span.range()], "6月底前");
//! # Ok::<(), gongwen::ParseError>(())
//! ```
//!
//! ## The pipeline
//!
//! 1. [`decode`] — bytes to text: UTF-8 (with or without BOM), UTF-16 (with or without BOM),
//!    GB18030, Big5; bytes that are no text are an error.
//! 2. [`segment`] — the text as lines, trimmed of indentation without rewriting it.
//! 3. `structure` — the portal page around the notice, the header (title, 文号, addressees),
//!    the body to its signature and date, the enclosed documents, and each one's section tree.
//! 4. [`extract`] — pure field extractors: document numbers, dates, departments, deadlines.
//! 5. [`model`] — the serde types of the JSON contract (`schema_version` "1").
//! 6. `json` — [`Notice::to_json`] writes that JSON directly, the same bytes as `serde_json`
//!    gives from the serde types, several times faster.
//!
//! Fatal problems (no text at all, input over the size limit) are a [`ParseError`]; anything
//! partially understood is a [`Warning`] on the result, never a panic and never a dropped line.

#![deny(missing_docs)]

pub mod decode;
mod error;
pub mod extract;
mod json;
pub mod model;
mod options;
pub mod segment;
mod structure;
pub mod tasks;
#[cfg(test)]
mod testing;

pub use error::{ErrorKind, ParseError};
pub use model::{
    Anchor, Block, Date, Deadline, DeadlineKind, Department, DocNumber, HeaderSpans, Notice,
    Paragraph, Portal, PortalSpans, Responsibility, Role, SCHEMA_VERSION, Section, Span, Warning,
    WarningCode,
};
pub use options::ParseOptions;
pub use tasks::{TaskDeadline, TaskRow};

/// The JSON Schema of the output ([`Notice`]), generated from the Rust types.
///
/// Only with the `schema` feature.
#[cfg(feature = "schema")]
#[must_use]
pub fn json_schema() -> schemars::Schema {
    // Every key is always present in the output (absent values are null or []), so the
    // schema requires every property.
    fn require_all(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                    let keys: Vec<serde_json::Value> = props
                        .keys()
                        .cloned()
                        .map(serde_json::Value::String)
                        .collect();
                    map.insert("required".into(), serde_json::Value::Array(keys));
                }
                map.values_mut().for_each(require_all);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(require_all),
            _ => {}
        }
    }
    let mut value = schemars::schema_for!(Notice).to_value();
    require_all(&mut value);
    schemars::Schema::try_from(value).expect("an object schema stays an object")
}

/// Parses one notice from text, with the default [`ParseOptions`].
///
/// # Errors
/// [`ErrorKind::Empty`] or [`ErrorKind::Blank`] when there is no text,
/// [`ErrorKind::TooLarge`] over the default 64 MiB.
///
/// # Example
/// ```
/// let n = gongwen::parse("粤办函〔2021〕55号\n各地级以上市人民政府:\n请认真贯彻执行。").unwrap();
/// assert_eq!(n.doc_number.unwrap().agency, "粤办函");
/// assert!(gongwen::parse("  \n").is_err());
/// ```
pub fn parse(text: &str) -> Result<Notice, ParseError> {
    ParseOptions::new().parse(text)
}

/// Decodes bytes (UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM, GB18030 or Big5
/// without a marker) and parses one notice. Returns the decoded text with the notice, since
/// spans point into it.
///
/// # Errors
/// As [`parse`], and [`ErrorKind::Binary`] for bytes that are no text: a PDF, a DOCX or DOC
/// file, an image, an archive, or data with control bytes that no text has.
///
/// # Example
/// ```
/// let bytes = "\u{feff}粤办函〔2021〕55号\r\n各地级以上市人民政府:\r\n".as_bytes();
/// let (notice, text) = gongwen::parse_bytes(bytes).unwrap();
/// assert_eq!(notice.source_encoding, "UTF-8");
/// let sp = notice.doc_number.unwrap().span;
/// assert_eq!(&text[sp.range()], "粤办函〔2021〕55号");
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<(Notice, std::borrow::Cow<'_, str>), ParseError> {
    ParseOptions::new().parse_bytes(bytes)
}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
