//! The map from byte ranges of a normalized text back to its original.

use std::ops::Range;

use crate::span::Span;

/// Maps byte ranges of a normalized text back to byte ranges of its original.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// Byte offset in the normalized text where each output character starts.
    norm: Vec<usize>,
    /// Original byte range each output character comes from.
    orig: Vec<(usize, usize)>,
    /// Length of the original, in bytes.
    orig_len: usize,
    /// Length of the normalized text, in bytes.
    norm_len: usize,
}

impl OffsetMap {
    /// An empty map of an original of `orig_len` bytes.
    pub(super) fn new(orig_len: usize) -> Self {
        Self {
            orig_len,
            ..Self::default()
        }
    }

    /// Records that the output character `c` at normalized byte `norm_at` comes from the
    /// original bytes `orig`.
    pub(super) fn push(&mut self, norm_at: usize, c: char, orig: (usize, usize)) {
        self.norm.push(norm_at);
        self.orig.push(orig);
        self.norm_len = norm_at + c.len_utf8();
    }

    /// The original byte range of the normalized byte range `range`.
    ///
    /// Never panics: out-of-bounds or inverted ranges are clamped. The result lies on
    /// character boundaries of the original and is monotone in `range`. An empty range maps to
    /// an empty range at the original position of the next character.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        let end_at = range.end.max(range.start);
        let first = self.norm.partition_point(|&n| n < range.start);
        let past = self.norm.partition_point(|&n| n < end_at);
        if past <= first {
            let at = self.orig.get(first).map_or(self.orig_len, |o| o.0);
            return at..at;
        }
        let start = self.orig.get(first).map_or(self.orig_len, |o| o.0);
        let end = self.orig.get(past - 1).map_or(self.orig_len, |o| o.1);
        start..end.max(start)
    }

    /// [`original`](Self::original) as a [`Span`].
    pub fn span(&self, range: Span) -> Span {
        Span::from(self.original(range.range()))
    }

    /// The normalized byte offset of the first output character at or after original byte
    /// `at` (for mapping original positions forward).
    pub fn normalized_at(&self, at: usize) -> usize {
        let index = self.orig.partition_point(|o| o.0 < at);
        self.norm
            .get(index)
            .copied()
            .unwrap_or_else(|| self.norm_len())
    }

    /// Length of the normalized text, in bytes.
    fn norm_len(&self) -> usize {
        self.norm_len
    }

    /// Length of the original input, in bytes.
    pub fn original_len(&self) -> usize {
        self.orig_len
    }
}
