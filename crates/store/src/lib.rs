//! apdc's persistence: one store API over SQLite and PostgreSQL.
//!
//! Queries are written once, in SQL both engines accept (numbered `$n` parameters,
//! `ON CONFLICT … DO UPDATE`, `RETURNING`), and run through [`Db`] or [`Tx`], which
//! dispatch to the engine the database URL names. The few places where the engines
//! truly differ are kept next to the query that needs them, each behind a match on [`Engine`]. Every write that changes a record goes through a
//! [`Tx`] that also records an [`audit`] entry.

pub mod activities;
pub mod attention;
pub mod audit;
pub mod backup;
pub mod bulk;
pub mod contents;
pub mod db;
pub mod discovery;
pub mod error;
pub mod images;
pub mod imports;
pub mod indicator_updates;
pub mod indicator_values;
pub mod leases;
pub mod members;
pub mod organisations;
pub mod paging;
pub mod participant_imports;
pub mod participations;
pub mod people;
pub mod project_texts;
pub mod projects;
pub mod reference;
pub mod report_figures;
pub mod results;
pub mod search;
pub mod sessions;
pub mod tokens;
pub mod users;

pub use audit::Actor;
pub use db::{Db, Engine, Sql, Tx};
pub use error::StoreError;
pub use paging::Paged;

/// Seconds since the Unix epoch, the one representation of instants in the database.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}
