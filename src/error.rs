//! Errors: only for input from which no notice can be built at all. Everything else is a
//! [`crate::Warning`] on the result.

use std::fmt;

use crate::model::Span;

/// A fatal parse error, with its position.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {kind}")]
#[non_exhaustive]
pub struct ParseError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Where, in the (decoded) text.
    pub span: Span,
    /// One-based line of `span.start`.
    pub line: usize,
    /// One-based column of `span.start`, counted in characters.
    pub column: usize,
}

/// The kinds of fatal error.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input has no bytes at all.
    Empty,
    /// The input has only white space.
    Blank,
    /// The input is larger than [`crate::ParseOptions::max_input_size`].
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The bytes are no text: a file of another format (a PDF, a Word or OFD file, an image, an
    /// archive), or data with the control bytes no text has. Crawled archives hold the
    /// attachments of their pages beside the pages.
    Binary {
        /// What the bytes are: `PDF`, `ZIP (DOCX, XLSX, OFD)`, `OLE (DOC, XLS, WPS)`, `JPEG`,
        /// `PNG`, `GIF`, `RAR`, `7z`, `gzip`, or `binary data`.
        format: &'static str,
    },
    /// [`crate::ParseOptions::strict`] is on and the parse produced a warning.
    Strict {
        /// The warning's code.
        code: crate::WarningCode,
        /// The warning's message.
        message: String,
    },
}

impl ErrorKind {
    /// A stable snake_case name for the kind, for records and logs.
    #[must_use]
    pub const fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty",
            ErrorKind::Blank => "blank",
            ErrorKind::TooLarge { .. } => "too_large",
            ErrorKind::Binary { .. } => "binary",
            ErrorKind::Strict { .. } => "strict",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Empty => f.write_str("expected the text of a notice, found an empty input"),
            ErrorKind::Blank => {
                f.write_str("expected the text of a notice, found only white space")
            }
            ErrorKind::TooLarge { size, limit } => write!(
                f,
                "expected at most {limit} bytes of input, found {size} bytes (raise ParseOptions::max_input_size)"
            ),
            ErrorKind::Binary {
                format: "binary data",
            } => f.write_str(
                "expected the text of a notice, found binary data (control bytes that no text has)",
            ),
            ErrorKind::Binary { format } => {
                let article = if format.starts_with('O') { "an" } else { "a" };
                write!(
                    f,
                    "expected the text of a notice, found {article} {format} file"
                )
            }
            ErrorKind::Strict { code, message } => {
                write!(
                    f,
                    "strict mode: expected no warning, found `{code}`: {message}"
                )
            }
        }
    }
}

impl ParseError {
    pub(crate) fn new(kind: ErrorKind, src: &str, span: Span) -> ParseError {
        let (line, column) = crate::segment::line_col(src, span.start);
        ParseError {
            kind,
            span,
            line,
            column,
        }
    }
}
