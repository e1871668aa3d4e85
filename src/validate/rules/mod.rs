//! The rules, by family: each file checks one family of the catalog on the values the walk
//! hands it.

pub(crate) mod contact;
pub(crate) mod dates;
pub(crate) mod dispositions;
mod exact;
pub(crate) mod figures;
pub(crate) mod identity;
pub(crate) mod status;
pub(crate) mod text;
