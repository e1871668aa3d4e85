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

    fn sort(&mut self) {
        if !self.sorted {
            self.seen.sort_unstable_by_key(|seen| seen.hash);
            self.sorted = true;
        }
    }

    /// The occurrences from `start` on whose hash is `hash`.
    fn run(&self, start: usize, hash: u64) -> &[Seen<'a>] {
        let rest = self.seen.get(start..).unwrap_or_default();
        let len = rest.iter().take_while(|seen| seen.hash == hash).count();
        rest.get(..len).unwrap_or_default()
    }

    /// The ids recorded more than once.
    pub(crate) fn duplicated(&mut self) -> HashSet<&'a str> {
        self.sort();
        let mut duplicated = HashSet::default();
        let mut start = 0;
        while let Some(first) = self.seen.get(start) {
            let run = self.run(start, first.hash);
            // Ids of one hash are almost always one id; compare every pair to be sure.
            for (i, seen) in run.iter().enumerate() {
                if run.iter().skip(i + 1).any(|other| other.id == seen.id) {
                    duplicated.insert(seen.id);
                }
            }
            start += run.len().max(1);
        }
        duplicated
    }

    /// The indices, in order, of the `references` that name no id given to `target`.
    pub(crate) fn missing(&mut self, references: &[&str], target: Target) -> Vec<usize> {
        self.sort();
        let mut wanted: Vec<(u64, usize)> = references
            .iter()
            .enumerate()
            .map(|(index, id)| (self.hasher.hash_one(id), index))
            .collect();
        wanted.sort_unstable();
        let mut missing = Vec::new();
        let mut start = 0;
        for (hash, index) in wanted {
            // Both lists are sorted by hash: one pass over the ids answers every reference.
            while self.seen.get(start).is_some_and(|seen| seen.hash < hash) {
                start += 1;
            }
            let id = references.get(index).copied().unwrap_or_default();
            let named = self
                .run(start, hash)
                .iter()
                .any(|seen| seen.target == target && seen.id == id);
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
}
