//! The search index: one entry per text of a public record in one language, written in
//! the same transaction as the record (see [`sync`]), and the query that reads it
//! ([`query`]). What an entry is indexed by is defined once, in `apdc-search`; the two
//! engines differ only in the full-text table that holds the terms (FTS5, or a narrow
//! table of GIN-indexed `tsvector`s made of the terms as they are) and in how a condition
//! is written.

mod query;
mod sync;

pub use query::{COUNT_CAP, Hit, SearchResults, search};
pub use sync::{Document, compact, load, rebuild, rebuild_if_empty};
pub(crate) use sync::{sync_content, sync_members, sync_projects};

/// What a record is, as search knows it.
pub const KINDS: [&str; 4] = ["project", "story", "page", "member"];
