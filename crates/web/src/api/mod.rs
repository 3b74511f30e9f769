//! The JSON API under `/api/v1`, described by an OpenAPI document.
//!
//! Read-only and public in this version. Errors are JSON bodies with a machine-readable
//! `code` and the offending `field` (rendered by the error middleware).

pub mod members;
pub mod openapi;
pub mod reference;
