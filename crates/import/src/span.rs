//! Byte spans into the original input, and how a value was grounded in it.

use std::ops::Range;

/// A half-open byte range `start..end` into a text.
///
/// Spans produced by the layers that take a [`Normalized`](crate::text::Normalized) text are
/// offsets into the **original** input, always on character boundaries, so that a partner
/// system can highlight them in the published text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`; an inverted pair becomes the empty span at `start`.
    pub const fn new(start: usize, end: usize) -> Self {
        if end < start {
            Self { start, end: start }
        } else {
            Self { start, end }
        }
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The span as a range, for slicing.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The text under the span, or `None` when it is out of bounds or off a character boundary.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether `other` lies inside this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}

/// How a value is grounded in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Read as written: the digits or numerals under the span state the value.
    Read,
    /// Derived from words: `末位` → rank 1, `今年` → 2025, `整改期间` → a period, a year
    /// inherited from an earlier mention. The span points at the words.
    Derived,
}

impl Status {
    /// The snake_case code (`read`, `derived`).
    pub const fn code(self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::Derived => "derived",
        }
    }
}
