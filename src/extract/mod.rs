//! Phase 4: field extractors — small pure functions over a text slice that know nothing of the
//! document tree. Each returns spans local to the slice it was given.

#[cfg(test)]
mod captures;
pub mod date;
pub mod deadline;
pub mod department;
pub mod docnum;
pub mod doctype;
pub mod numeral;
pub mod traditional;
