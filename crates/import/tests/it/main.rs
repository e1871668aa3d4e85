//! One integration-test binary: a module per layer, the spec corpus, the reference notice's
//! scores, outline snapshots and robustness.

mod assemble;
mod date;
mod family;
mod figure;
mod lexicon;
mod numeral;
mod reference;
mod robustness;
mod score;
mod snapshots;
mod specs;
mod structure;
mod support;
mod text;
