//! Where the walk is: the JSON pointer of the current value and its published numbering.

use crate::Numbering;

/// A token of a JSON pointer: a field name (or a relative pointer such as `on_site/start`) or
/// an array index.
pub(crate) trait Token {
    /// Appends `/` and the token to `pointer`.
    fn push_onto(self, pointer: &mut String);
}

impl Token for &str {
    fn push_onto(self, pointer: &mut String) {
        pointer.push('/');
        pointer.push_str(self);
    }
}

impl Token for usize {
    fn push_onto(self, pointer: &mut String) {
        pointer.push('/');
        pointer.push_str(itoa::Buffer::new().format(self));
    }
}

/// The place of the walk: a JSON pointer, pushed on entering a value and truncated on
/// leaving it, and the published numbering as a stack of `(numbering, number)`, written out
/// only when an issue or a reference needs it.
#[derive(Default)]
pub(crate) struct Cursor {
    pointer: String,
    numbering: Vec<(Numbering, u32)>,
}

impl Cursor {
    /// The pointer here.
    pub(crate) fn pointer(&self) -> &str {
        &self.pointer
    }

    /// The numbering path here, as numbers.
    pub(crate) fn numbering(&self) -> &[(Numbering, u32)] {
        &self.numbering
    }

    /// Appends `token` to the pointer; returns the length to truncate back to.
    pub(crate) fn enter(&mut self, token: impl Token) -> usize {
        let len = self.pointer.len();
        token.push_onto(&mut self.pointer);
        len
    }

    /// Truncates the pointer back to `len`.
    pub(crate) fn leave(&mut self, len: usize) {
        self.pointer.truncate(len);
    }

    /// Appends `part` to the numbering path, when there is one; returns the depth to truncate
    /// back to.
    pub(crate) fn enter_numbered(&mut self, part: Option<(Numbering, u32)>) -> usize {
        let len = self.numbering.len();
        self.numbering.extend(part);
        len
    }

    /// Truncates the numbering path back to `len`.
    pub(crate) fn leave_numbered(&mut self, len: usize) {
        self.numbering.truncate(len);
    }

    /// The pointer of `field` (a relative pointer without its leading `/`, or empty) here.
    pub(crate) fn pointer_of(&self, field: &str) -> String {
        let mut pointer = String::with_capacity(self.pointer.len() + field.len() + 1);
        pointer.push_str(&self.pointer);
        if !field.is_empty() {
            pointer.push('/');
            pointer.push_str(field);
        }
        pointer
    }

    /// The numbering path here, written out (`一、1. 三是`).
    pub(crate) fn numbering_text(&self) -> String {
        write_numbering(&self.numbering)
    }
}

/// A numbering path written out (`一、1. 三是`).
pub(crate) fn write_numbering(path: &[(Numbering, u32)]) -> String {
    let mut out = String::new();
    for &(numbering, number) in path {
        if !out.is_empty() && !out.ends_with(['、', '）', ')']) {
            out.push(' ');
        }
        out.push_str(&numbering.render(number));
    }
    out
}
