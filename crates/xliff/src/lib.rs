//! XLIFF 2.0 (OASIS, core), the file translators' tools exchange: what needs translating
//! is written as one `<file>` per item and one `<unit>` per text, and a translated file
//! is read back.
//!
//! Reading is bounded: the file's size, the number of units, the length of each text
//! and the depth of elements are limited, a document type declaration is refused (so no
//! entity can expand), and text is gathered as a stream, never as a tree. A problem of
//! the whole file (not XML, not XLIFF 2, too large) refuses it; a problem of one unit
//! (inline markup in the translation that the source does not have) is kept on that
//! unit, so the caller can name every refused unit at once.
//!
//! No web or database dependency, so that it is tested and fuzzed alone.

mod read;
mod write;

pub use read::{Limits, ReadProblem, read};
pub use write::write;

/// The namespace of XLIFF 2 core.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// A whole exchange file: texts in one source language, for one target language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    pub source_language: String,
    pub target_language: String,
    pub files: Vec<File>,
}

/// One item to translate (a story, a page).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct File {
    pub id: String,
    /// Where the item is read (its address), for the translator.
    pub original: Option<String>,
    /// Notes for the translator or the importer: (category, text).
    pub notes: Vec<(String, String)>,
    pub units: Vec<Unit>,
}

/// One text of an item (its title, its body…).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Unit {
    pub id: String,
    pub source: String,
    /// The translation, when there is one (empty targets are none).
    pub target: Option<String>,
    /// What is wrong with this unit as read, if anything.
    pub problem: Option<UnitProblem>,
}

/// Why one unit cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitProblem {
    /// The translation holds inline markup (`<pc>`, `<ph>`…) different from the source's.
    MarkupMismatch,
}

impl File {
    /// The note of `category`, if the file has one.
    pub fn note(&self, category: &str) -> Option<&str> {
        self.notes.iter().find(|(c, _)| c == category).map(|(_, text)| text.as_str())
    }
}
