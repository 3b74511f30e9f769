//! Pages for members' focal points (and staff acting for a member).

pub mod contacts;
pub mod support;
