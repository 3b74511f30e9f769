//! The terms one entry is indexed by. An entry is one text of a record (a project, a
//! story, a page, a member) in one language; a record readers see in the source
//! language when untranslated has its source entry shown to those readers too.

use crate::analysis::{stemmer, terms_of, word_spans};
use std::collections::BTreeSet;

/// What an entry says, for indexing.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// `project`, `story`, `page` or `member`.
    pub kind: &'a str,
    /// The language the texts are written in.
    pub language: &'a str,
    /// The reader languages that are shown this entry.
    pub shown_to: &'a [&'a str],
    pub title: &'a str,
    /// Every other text: standfirst, body, summary, names.
    pub body: &'a str,
}

/// The token saying which readers see an entry.
pub fn shown_token(reader: &str) -> String {
    format!("shown{reader}")
}

/// The token saying what kind of record an entry belongs to.
pub fn kind_token(kind: &str) -> String {
    format!("kind{kind}")
}

/// A word's token in `language`: the stem after the language code.
pub fn word_token(language: &str, stem: &str) -> String {
    format!("{language}{stem}")
}

/// A title word's token: as [`word_token`], marked `t`, so that titles can rank first.
pub fn title_token(language: &str, stem: &str) -> String {
    format!("t{language}{stem}")
}

/// The entry's tokens, space-separated, each once, in a stable order: what both engines
/// index. Every token is letters and digits only, so both engines read it as one word.
pub fn terms(entry: &Entry<'_>) -> String {
    let stemmer = stemmer(entry.language);
    let mut tokens = BTreeSet::new();
    let add_words = |text: &str, title: bool, tokens: &mut BTreeSet<String>| {
        for (_, word) in word_spans(text) {
            for stem in terms_of(&stemmer, word) {
                if title {
                    tokens.insert(title_token(entry.language, &stem));
                }
                tokens.insert(word_token(entry.language, &stem));
            }
        }
    };
    add_words(entry.title, true, &mut tokens);
    add_words(entry.body, false, &mut tokens);
    tokens.insert(kind_token(entry.kind));
    for reader in entry.shown_to {
        tokens.insert(shown_token(reader));
    }
    tokens.into_iter().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_indexed_by_its_language_s_stems_its_readers_and_its_kind() {
        let entry = Entry {
            kind: "story",
            language: "fr",
            shown_to: &["fr"],
            title: "Les normes",
            body: "Formations à la normalisation.",
        };
        let terms = terms(&entry);
        let tokens: Vec<&str> = terms.split(' ').collect();
        assert!(tokens.contains(&"frnorm") && tokens.contains(&"tfrnorm"), "{terms}");
        assert!(tokens.contains(&"frformat") && !tokens.contains(&"tfrformat"), "{terms}");
        assert!(tokens.contains(&"shownfr") && tokens.contains(&"kindstory"), "{terms}");
        assert!(tokens.iter().all(|t| t.chars().all(char::is_alphanumeric)), "{terms}");
        let mut sorted = tokens.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, tokens, "each token once, in order");
    }
}
