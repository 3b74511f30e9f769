//! Staff pages: correcting and importing the member registry, reading its audit trail;
//! and, for administrators, accounts and roles.

pub mod import;
pub mod members;
pub mod trail;
pub mod users;
