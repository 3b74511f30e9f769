//! apdc's domain: the types and rules of the Action Plan, free of I/O.
//!
//! Everything here is plain data and pure functions. Values that reach this crate from
//! the outside world (forms, CSV rows, API bodies) are parsed once into types that cannot
//! hold an invalid value; the storage and web layers never re-validate them.

pub mod activity;
pub mod codelists;
pub mod codes;
pub mod content;
pub mod country;
pub mod dates;
pub mod language;
pub mod member;
pub mod money;
pub mod person;
pub mod project;
pub mod results;
pub mod user;
pub mod validation;

pub use country::CountryCode;
pub use member::{DevelopingBasis, FocalPointInput, MemberCategory, MemberContactInput, MemberInput};
pub use user::{Email, Role, UserFields, UserInput};
pub use validation::{FieldError, FieldErrors};
