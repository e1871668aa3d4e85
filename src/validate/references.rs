//! References to resolve once the whole report has been seen (R202, R203).

use std::ops::Range;

use super::Rule;
use super::cursor::{Cursor, Token, write_numbering};
use super::ids::{IdIndex, Target};
use super::sink::Sink;

/// A reference waiting for the end of the walk.
struct Pending<'a> {
    id: &'a str,
    /// The array of references it is in, in `places`.
    place: usize,
    /// Its index in that array.
    index: usize,
}

/// An array of references: its pointer and numbering, kept once for all its references and
/// written out only if one of them is reported.
struct Place {
    /// The array's pointer, in `arena`.
    pointer: Range<usize>,
    /// The array's numbering, in `numberings`.
    numbering: Range<usize>,
}

/// The references of one kind (to documents, or to findings) met by the walk: each keeps its
/// id and index, and the pointer and numbering of its array are kept once per array, so that
/// millions of references cost a few words each.
#[derive(Default)]
pub(crate) struct References<'a> {
    pending: Vec<Pending<'a>>,
    places: Vec<Place>,
    /// Pointers of the arrays, back to back.
    arena: String,
    /// Numbering paths of the arrays, back to back.
    numberings: Vec<(crate::Numbering, u32)>,
}

impl<'a> References<'a> {
    /// Records a reference to `id` at index `index` of the array at the cursor.
    pub(crate) fn push(&mut self, cursor: &Cursor, id: &'a str, index: usize) {
        let place = self.place(cursor);
        self.pending.push(Pending { id, place, index });
    }

    /// The place of the array at the cursor, kept on its first reference.
    fn place(&mut self, cursor: &Cursor) -> usize {
        if let Some(last) = self.places.last()
            && self.arena.get(last.pointer.clone()) == Some(cursor.pointer())
        {
            return self.places.len() - 1;
        }
        let start = self.arena.len();
        self.arena.push_str(cursor.pointer());
        let numbering_start = self.numberings.len();
        self.numberings.extend_from_slice(cursor.numbering());
        self.places.push(Place {
            pointer: start..self.arena.len(),
            numbering: numbering_start..self.numberings.len(),
        });
        self.places.len() - 1
    }

    /// Reports, to `sink` as issues of `rule`, every reference whose id was not given to
    /// `target`, in the order they were met.
    pub(crate) fn resolve(
        &self,
        ids: &mut IdIndex<'a>,
        target: Target,
        sink: &mut Sink,
        rule: &Rule,
    ) {
        let wanted: Vec<&str> = self.pending.iter().map(|reference| reference.id).collect();
        for index in ids.missing(&wanted, target) {
            if !sink.admit(rule) {
                continue;
            }
            if let Some(reference) = self.pending.get(index)
                && let Some(place) = self.places.get(reference.place)
            {
                let mut pointer = self
                    .arena
                    .get(place.pointer.clone())
                    .unwrap_or_default()
                    .to_owned();
                reference.index.push_onto(&mut pointer);
                let path = self
                    .numberings
                    .get(place.numbering.clone())
                    .unwrap_or_default();
                let params = [("id", reference.id.to_owned())];
                sink.push(rule, pointer, write_numbering(path), &params);
            }
        }
    }
}
