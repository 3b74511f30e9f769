//! A reader's query: bounded, analysed in every language, and written as the same
//! boolean expression for each engine. Every word must be found (in one language's
//! stems); the entry must be shown to the reader's language, and of the kind asked for.

use crate::analysis::{LANGUAGES, fold, stemmer, terms_of, word_spans};
use crate::index::{kind_token, shown_token, title_token, word_token};

/// The longest query read, in characters.
pub const MAX_CHARS: usize = 500;
/// The most words a query is searched by; the rest are ignored.
pub const MAX_WORDS: usize = 10;

/// Why a query cannot be searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryError {
    /// Nothing was typed.
    Empty,
    /// Only punctuation, symbols or one-letter words.
    NoWords,
    /// More than [`MAX_CHARS`] characters.
    TooLong,
}

impl QueryError {
    /// The validation code of the error.
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "search_empty",
            Self::NoWords => "search_no_words",
            Self::TooLong => "search_too_long",
        }
    }
}

/// A query ready to search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// The words as typed, in order, each once (by their folded form).
    pub words: Vec<String>,
    /// Per language of [`LANGUAGES`], for each word, the terms it stands for there (any
    /// of them will do).
    pub stems: Vec<(&'static str, Vec<Vec<String>>)>,
}

impl Query {
    pub fn parse(raw: &str) -> Result<Self, QueryError> {
        if raw.trim().is_empty() {
            return Err(QueryError::Empty);
        }
        if raw.chars().nth(MAX_CHARS).is_some() {
            return Err(QueryError::TooLong);
        }
        let mut words: Vec<String> = Vec::new();
        let mut folded_words: Vec<String> = Vec::new();
        for (_, word) in word_spans(raw) {
            let folded = fold(word);
            if folded.chars().count() >= 2 && !folded_words.contains(&folded) {
                folded_words.push(folded);
                words.push(word.to_owned());
            }
            if words.len() == MAX_WORDS {
                break;
            }
        }
        let stems: Vec<(&'static str, Vec<Vec<String>>)> = LANGUAGES
            .iter()
            .map(|language| {
                let stemmer = stemmer(language);
                let mut stems: Vec<Vec<String>> = Vec::new();
                for terms in words.iter().map(|w| terms_of(&stemmer, w)).filter(|t| !t.is_empty()) {
                    if !stems.contains(&terms) {
                        stems.push(terms);
                    }
                }
                (*language, stems)
            })
            .collect();
        if stems.iter().all(|(_, s)| s.is_empty()) {
            return Err(QueryError::NoWords);
        }
        Ok(Self { words, stems })
    }

    /// For each word, the terms it stands for in `language`.
    pub fn stems_in(&self, language: &str) -> &[Vec<String>] {
        self.stems.iter().find(|(l, _)| *l == language).map_or(&[], |(_, s)| s.as_slice())
    }

    /// The condition as a tree of tokens: every word of one language, for any language;
    /// in titles only when `titles`; for readers of `reader`, of `kind` if given.
    fn tree(&self, reader: &str, kind: Option<&str>, titles: bool) -> Expr {
        let alternatives = self
            .stems
            .iter()
            .filter(|(_, stems)| !stems.is_empty())
            .map(|(language, stems)| {
                Expr::All(
                    stems
                        .iter()
                        .map(|terms| {
                            Expr::Any(
                                terms
                                    .iter()
                                    .map(|s| {
                                        Expr::Token(if titles {
                                            title_token(language, s)
                                        } else {
                                            word_token(language, s)
                                        })
                                    })
                                    .collect(),
                            )
                        })
                        .collect(),
                )
            })
            .collect();
        let mut all = vec![Expr::Token(shown_token(reader))];
        if let Some(kind) = kind {
            all.push(Expr::Token(kind_token(kind)));
        }
        all.push(Expr::Any(alternatives));
        Expr::All(all)
    }

    /// The expression for SQLite's FTS5 `MATCH`.
    pub fn fts5(&self, reader: &str, kind: Option<&str>, titles: bool) -> String {
        self.tree(reader, kind, titles).write(" AND ", " OR ", &|t| format!("\"{t}\""))
    }

    /// The expression for PostgreSQL's `tsquery` input (lexemes quoted, taken as they are).
    pub fn tsquery(&self, reader: &str, kind: Option<&str>, titles: bool) -> String {
        self.tree(reader, kind, titles).write(" & ", " | ", &|t| format!("'{t}'"))
    }
}

/// A boolean expression over tokens.
enum Expr {
    Token(String),
    All(Vec<Expr>),
    Any(Vec<Expr>),
}

impl Expr {
    fn write(&self, and: &str, or: &str, quote: &dyn Fn(&str) -> String) -> String {
        match self {
            // Tokens are letters and digits only (see `index::terms`): quoting is enough.
            Self::Token(t) => quote(t),
            Self::All(items) => {
                format!("({})", items.iter().map(|e| e.write(and, or, quote)).collect::<Vec<_>>().join(and))
            }
            Self::Any(items) => {
                format!("({})", items.iter().map(|e| e.write(and, or, quote)).collect::<Vec<_>>().join(or))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_punctuation_and_endless_queries_are_told_apart() {
        assert_eq!(Query::parse("   "), Err(QueryError::Empty));
        assert_eq!(Query::parse("?!… — « »"), Err(QueryError::NoWords));
        assert_eq!(Query::parse("a"), Err(QueryError::NoWords));
        assert_eq!(Query::parse(&"word ".repeat(2_000)), Err(QueryError::TooLong));
        let q = Query::parse(&"word ".repeat(99)).unwrap();
        assert_eq!(q.words, ["word"], "a word repeated counts once");
        assert_eq!(Query::parse("Norme NORME").unwrap().words, ["Norme"]);
    }

    #[test]
    fn both_engines_get_the_same_condition() {
        let q = Query::parse("Normes solaires").unwrap();
        let fts = q.fts5("fr", Some("story"), false);
        let ts = q.tsquery("fr", Some("story"), false);
        assert!(fts.starts_with("(\"shownfr\" AND \"kindstory\" AND (((\"en"), "{fts}");
        assert!(fts.contains("((\"frnorm\") AND (\"frsolair\"))"), "{fts}");
        assert_eq!(fts.replace('"', "'").replace(" AND ", " & ").replace(" OR ", " | "), ts);
        assert!(q.fts5("en", None, true).contains("\"tennorm"), "{}", q.fts5("en", None, true));
    }

    #[test]
    fn quotes_and_operators_typed_are_only_words() {
        let q = Query::parse("\"x\" OR 'y' AND NOT ) ( * : ^").unwrap();
        let fts = q.fts5("en", None, false);
        assert!(!fts.contains("\"x\"") && !fts.contains("''"), "{fts}");
    }
}
