//! One integration-test binary: a module per layer, the spec corpus, the reference notice's
//! scores, outline snapshots and robustness.

mod date;
mod figure;
mod lexicon;
mod numeral;
mod reference;
mod robustness;
mod snapshots;
mod specs;
mod structure;
mod support;
mod text;
