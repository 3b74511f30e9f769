//! Text analysis for apdc's search, the one definition of what is indexed and how a
//! query matches, shared by both database engines:
//!
//! - [`analysis`]: words are found, case and accents folded, and stemmed per language
//!   (Snowball stemmers), so that a French story is found by another inflection of its
//!   words;
//! - [`index`]: the terms an entry (one text of a project, story, page or member, in one
//!   language) is indexed by, including which readers see it and what kind it is;
//! - [`query`]: a reader's query, bounded, turned into the same boolean expression for
//!   SQLite's FTS5 and PostgreSQL's `tsquery`;
//! - [`snippet`]: the passage of a text around the words found, with those words marked.
//!
//! Terms carry their language (`frnorm`, `enstandard`), so one index holds every
//! language without one language's stems matching another's words.

pub mod analysis;
pub mod index;
pub mod query;
pub mod snippet;

pub use analysis::LANGUAGES;
pub use index::{Entry, terms};
pub use query::{Query, QueryError};
pub use snippet::{Segment, Snippets, snippet};
