//! The ids of a report: which occur more than once (R201), and which a reference names (R202,
//! R203).

use std::hash::BuildHasher;

use foldhash::HashSet;
use foldhash::fast::RandomState;

/// What an id names, as far as references care: a reference to a document must name a
/// document, a reference to a finding a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// Anything else with an id (a section, a measure, a metric …).
    Other,
    /// A document.
    Document,
    /// A finding.
    Finding,
}

/// One occurrence of an id.
struct Seen<'a> {
    hash: u64,
    id: &'a str,
    target: Target,
}

/// Every id of a report, in one list sorted by hash once the walk is done.
///
/// A hash table would cost a cache miss or two per id once a large report outgrows the cache;
/// appending to a list and sorting it once costs a sequential write per id and one sort, and
/// the same sorted list answers every reference in one merge.
pub(crate) struct IdIndex<'a> {
    hasher: RandomState,
    seen: Vec<Seen<'a>>,
    sorted: bool,
}

impl<'a> IdIndex<'a> {
    pub(crate) fn new() -> Self {
        Self {
            hasher: RandomState::default(),
            seen: Vec::new(),
            sorted: true,
        }
    }

    /// Records an occurrence of `id`, given to `target`.
    pub(crate) fn insert(&mut self, id: &'a str, target: Target) {
        let hash = self.hasher.hash_one(id);
        self.seen.push(Seen { hash, id, target });
        self.sorted = false;
    }

    /// Sorts the occurrences by hash, then by id, so that the occurrences of one id are
    /// neighbours.
    fn sort(&mut self) {
        if !self.sorted {
            self.seen
                .sort_unstable_by(|a, b| a.hash.cmp(&b.hash).then_with(|| a.id.cmp(b.id)));
            self.sorted = true;
        }
    }

    /// The number of occurrences from `start` on of the id there.
    fn run_len(&self, start: usize) -> usize {
        let rest = self.seen.get(start..).unwrap_or_default();
        rest.first().map_or(0, |first| {
            rest.iter()
                .take_while(|seen| seen.hash == first.hash && seen.id == first.id)
                .count()
        })
    }

    /// The ids recorded more than once.
    pub(crate) fn duplicated(&mut self) -> HashSet<&'a str> {
        self.sort();
        let mut duplicated = HashSet::default();
        let mut start = 0;
        while let Some(first) = self.seen.get(start) {
            let len = self.run_len(start);
            if len > 1 {
                duplicated.insert(first.id);
            }
            start += len.max(1);
        }
        duplicated
    }

    /// The indices, in order, of the `references` that name no id given to `target`.
    ///
    /// The references are sorted like the ids, and one merge of the two lists answers them
    /// all: each run of occurrences of one id is read once, however many references name it
    /// and however often the id recurs.
    pub(crate) fn missing(&mut self, references: &[&str], target: Target) -> Vec<usize> {
        self.sort();
        let mut wanted: Vec<(u64, &str, usize)> = references
            .iter()
            .enumerate()
            .map(|(index, id)| (self.hasher.hash_one(id), *id, index))
            .collect();
        wanted.sort_unstable();
        let mut missing = Vec::new();
        let mut start = 0;
        // The run at `start`, once read: its length and whether `target` is among it.
        let mut run: Option<(usize, bool)> = None;
        for (hash, id, index) in wanted {
            while let Some(seen) = self.seen.get(start)
                && (seen.hash, seen.id) < (hash, id)
            {
                start += run.take().map_or(1, |(len, _)| len.max(1));
            }
            let named = match self.seen.get(start) {
                Some(seen) if seen.hash == hash && seen.id == id => {
                    let (_, has_target) = *run.get_or_insert_with(|| {
                        let len = self.run_len(start);
                        let occurrences = self.seen.get(start..start + len).unwrap_or_default();
                        (len, occurrences.iter().any(|seen| seen.target == target))
                    });
                    has_target
                }
                _ => false,
            };
            if !named {
                missing.push(index);
            }
        }
        missing.sort_unstable();
        missing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_duplicated_id_once() {
        let mut ids = IdIndex::new();
        for id in ["a", "b", "a", "c", "a", "b"] {
            ids.insert(id, Target::Other);
        }
        let mut duplicated: Vec<_> = ids.duplicated().into_iter().collect();
        duplicated.sort_unstable();
        assert_eq!(duplicated, ["a", "b"]);
    }

    #[test]
    fn a_reference_must_name_an_id_of_its_target() {
        let mut ids = IdIndex::new();
        ids.insert("d-1", Target::Document);
        ids.insert("f-1", Target::Finding);
        ids.insert("x", Target::Other);
        ids.insert("x", Target::Document);
        let references = ["f-1", "d-1", "nowhere", "x", "d-1"];
        assert_eq!(ids.missing(&references, Target::Document), [0, 2]);
        assert_eq!(ids.missing(&references, Target::Finding), [1, 2, 3, 4]);
    }

    #[test]
    fn many_references_to_one_recurring_id_resolve() {
        // The shape that once compared every reference with every occurrence.
        let mut ids = IdIndex::new();
        for _ in 0..20_000 {
            ids.insert("d-1", Target::Other);
        }
        ids.insert("d-1", Target::Document);
        let references = vec!["d-1"; 20_000];
        assert!(ids.missing(&references, Target::Document).is_empty());
        assert_eq!(ids.missing(&references, Target::Finding).len(), 20_000);
        assert_eq!(ids.duplicated().len(), 1);
    }
}
