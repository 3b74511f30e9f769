//! Pages for members' focal points (and staff acting for a member).

pub mod contacts;
pub mod reporting;
pub mod support;
