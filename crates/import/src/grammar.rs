//! Grammar tables: data files under `grammar/`, parsed once.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};

/// The data rows of a TSV table: no comments (`#`), no blank lines, cells split on tabs.
pub(crate) fn rows(source: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    source
        .lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').map(str::trim).collect())
}

/// Literals of a table with a leftmost-longest automaton; pattern `i` is row `i`.
pub(crate) struct Lexicon<T> {
    automaton: Option<AhoCorasick>,
    /// The rows, in pattern order.
    pub(crate) entries: Vec<(&'static str, T)>,
}

impl<T> Lexicon<T> {
    /// Builds the automaton over the first cell of each row, parsing the rest with `parse`
    /// (rows it rejects are left out).
    pub(crate) fn new(source: &'static str, parse: impl Fn(&[&'static str]) -> Option<T>) -> Self {
        let entries: Vec<(&'static str, T)> = rows(source)
            .filter_map(|cells| {
                let surface = *cells.first()?;
                let rest = cells.get(1..).unwrap_or(&[]);
                Some((surface, parse(rest)?))
            })
            .collect();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(entries.iter().map(|(surface, _)| *surface))
            .ok();
        Self { automaton, entries }
    }

    /// Every leftmost-longest, non-overlapping match: `(start, end, entry)`.
    pub(crate) fn find_all<'a>(
        &'a self,
        haystack: &'a str,
    ) -> impl Iterator<Item = (usize, usize, &'a (&'static str, T))> + 'a {
        self.automaton
            .iter()
            .flat_map(move |ac| ac.find_iter(Input::new(haystack).anchored(Anchored::No)))
            .filter_map(move |m| {
                Some((
                    m.start(),
                    m.end(),
                    self.entries.get(m.pattern().as_usize())?,
                ))
            })
    }

    /// The longest entry that starts exactly at `at`.
    pub(crate) fn at(&self, haystack: &str, at: usize) -> Option<(usize, &(&'static str, T))> {
        let ac = self.automaton.as_ref()?;
        if at > haystack.len() || !haystack.is_char_boundary(at) {
            return None;
        }
        let input = Input::new(haystack).range(at..).anchored(Anchored::Yes);
        let m = ac.find(input)?;
        Some((m.end(), self.entries.get(m.pattern().as_usize())?))
    }

    /// Whether the automaton was built (the table is well formed).
    pub(crate) fn is_ready(&self) -> bool {
        self.automaton.is_some()
    }
}

/// At most `max` bytes of `text` after `at` (on a character boundary), for bounded look-ahead.
pub(crate) fn ahead(text: &str, at: usize, max: usize) -> &str {
    let mut end = at.saturating_add(max).min(text.len());
    while end > at && !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(at..end).unwrap_or("")
}

/// Where the clause that ends at `at` starts: right after the last of `stops` in the at most
/// `max` bytes before `at`, else where those bytes start.
pub(crate) fn clause_before(text: &str, at: usize, max: usize, stops: &[char]) -> usize {
    let (from, head) = behind(text, at, max);
    head.char_indices()
        .rev()
        .find(|(_, c)| stops.contains(c))
        .map_or(from, |(k, c)| from + k + c.len_utf8())
}

/// At most `max` bytes of `text` before `at` (on a character boundary), and where they start.
pub(crate) fn behind(text: &str, at: usize, max: usize) -> (usize, &str) {
    let at = at.min(text.len());
    let mut start = at.saturating_sub(max);
    while start < at && !text.is_char_boundary(start) {
        start += 1;
    }
    (start, text.get(start..at).unwrap_or(""))
}
