//! Options for a parse, with `const fn` by-value setters.

use crate::model::Date;

/// How to parse. The default suits archives: no reference date, a 64 MiB size limit, warnings
/// kept on the result.
///
/// ```
/// use gongwen::{Date, ParseOptions};
///
/// let opts = ParseOptions::new()
///     .reference_date(Date::new(2021, 4, 16))
///     .max_input_size(1 << 20);
/// let notice = opts.parse("各地级以上市人民政府:\n请于6月底前报送。").unwrap();
/// assert_eq!(notice.body.preamble[0].deadlines[0].date, Date::new(2021, 6, 30));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    pub(crate) reference_date: Option<Date>,
    pub(crate) max_input_size: usize,
    pub(crate) strict: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        Self::new()
    }
}

impl ParseOptions {
    /// The default options.
    #[must_use]
    pub const fn new() -> Self {
        ParseOptions {
            reference_date: None,
            max_input_size: 64 << 20,
            strict: false,
        }
    }

    /// A date to resolve relative deadlines against where the document gives neither a written
    /// nor a publication date (`anchor: "option"`). It never overrides the document's dates.
    #[must_use]
    pub const fn reference_date(mut self, date: Option<Date>) -> Self {
        self.reference_date = date;
        self
    }

    /// The largest input accepted, in bytes; larger input is an
    /// [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge) error. Default 64 MiB.
    #[must_use]
    pub const fn max_input_size(mut self, bytes: usize) -> Self {
        self.max_input_size = bytes;
        self
    }

    /// Turns the first warning into an [`ErrorKind::Strict`](crate::ErrorKind::Strict) error.
    #[must_use]
    pub const fn strict(mut self, yes: bool) -> Self {
        self.strict = yes;
        self
    }

    /// The configured reference date.
    #[must_use]
    pub const fn get_reference_date(&self) -> Option<Date> {
        self.reference_date
    }

    /// The configured size limit in bytes.
    #[must_use]
    pub const fn get_max_input_size(&self) -> usize {
        self.max_input_size
    }

    /// Parses a notice from text.
    ///
    /// # Errors
    /// [`ErrorKind::Empty`](crate::ErrorKind::Empty) or [`ErrorKind::Blank`](crate::ErrorKind::Blank)
    /// when there is no text, [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge) over the size
    /// limit, [`ErrorKind::Strict`](crate::ErrorKind::Strict) on the first warning in strict mode.
    pub fn parse(&self, text: &str) -> Result<crate::Notice, crate::ParseError> {
        crate::structure::parse_text(text, "UTF-8", &[], self)
    }

    /// Decodes and parses a notice from bytes; see [`crate::parse_bytes`].
    ///
    /// # Errors
    /// As [`ParseOptions::parse`], and [`ErrorKind::Binary`](crate::ErrorKind::Binary) for
    /// bytes that are no text (a PDF, a Word file, an image, data with control bytes).
    pub fn parse_bytes<'a>(
        &self,
        bytes: &'a [u8],
    ) -> Result<(crate::Notice, std::borrow::Cow<'a, str>), crate::ParseError> {
        if bytes.len() > self.max_input_size {
            let kind = crate::ErrorKind::TooLarge {
                size: bytes.len(),
                limit: self.max_input_size,
            };
            return Err(crate::ParseError {
                kind,
                span: crate::Span::new(0, 0),
                line: 1,
                column: 1,
            });
        }
        if let Some(format) = crate::decode::binary_format(bytes) {
            return Err(crate::ParseError {
                kind: crate::ErrorKind::Binary { format },
                span: crate::Span::new(0, 0),
                line: 1,
                column: 1,
            });
        }
        let decoded = crate::decode::decode(bytes);
        let notice =
            crate::structure::parse_text(&decoded.text, decoded.encoding, &decoded.replaced, self)?;
        Ok((notice, decoded.text))
    }
}
