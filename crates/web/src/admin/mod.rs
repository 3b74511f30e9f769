//! Staff pages: correcting and importing the member registry, reading its audit trail.

pub mod import;
pub mod members;
