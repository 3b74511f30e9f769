//! The passage of a text around the first word a query found, with the words found
//! marked: what a result shows under its title.

use crate::analysis::{stemmer, terms_of, word_spans};
use crate::query::Query;
use rust_stemmers::Stemmer;
use std::collections::HashMap;

/// How much text a snippet shows, in characters.
pub const SNIPPET_CHARS: usize = 240;
/// How much text comes before the first word found.
const LEAD_CHARS: usize = 60;

/// A piece of a snippet: found words are `marked`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub marked: bool,
}

/// Snippets of the hits of one query: which words of each language the query finds is
/// remembered from one hit to the next, since texts of one language share most of
/// their words and stemming is the costly part.
pub struct Snippets<'q> {
    query: &'q Query,
    languages: Vec<Language>,
}

/// A language's stemmer and what is known of its words.
struct Language {
    code: String,
    stemmer: Stemmer,
    /// For each word as written, whether the query finds it.
    found: HashMap<String, bool>,
}

impl<'q> Snippets<'q> {
    pub fn new(query: &'q Query) -> Self {
        Self { query, languages: Vec::new() }
    }

    /// The passage of `text` (written in `language`) around the first word the query
    /// found, cut at word boundaries, with "…" where text is left out.
    pub fn cut(&mut self, text: &str, language: &str) -> Vec<Segment> {
        let index = match self.languages.iter().position(|l| l.code == language) {
            Some(index) => index,
            None => {
                let code = language.to_owned();
                self.languages.push(Language { code, stemmer: stemmer(language), found: HashMap::new() });
                self.languages.len() - 1
            }
        };
        let wanted = self.query.stems_in(language);
        let Language { stemmer, found, .. } = &mut self.languages[index];
        cut(text, |word| {
            if let Some(found) = found.get(word) {
                return *found;
            }
            let is_found = terms_of(stemmer, word).iter().any(|t| wanted.iter().any(|w| w.contains(t)));
            found.insert(word.to_owned(), is_found);
            is_found
        })
    }
}

/// The passage of `text` (written in `language`) around the first word `query` found,
/// cut at word boundaries, with "…" where text is left out.
pub fn snippet(text: &str, language: &str, query: &Query) -> Vec<Segment> {
    Snippets::new(query).cut(text, language)
}

/// The passage of `text` around the first word for which `is_found` holds.
fn cut(text: &str, mut is_found: impl FnMut(&str) -> bool) -> Vec<Segment> {
    let mut words = word_spans(text);
    // Words are read and stemmed only up to the first one found, then within the
    // passage shown: the rest of a long text is never looked at.
    let mut spans: Vec<(usize, &str)> = Vec::new();
    let mut first = None;
    for span in words.by_ref() {
        spans.push(span);
        if is_found(span.1) {
            first = Some(spans.len() - 1);
            break;
        }
    }
    let first = first.unwrap_or(0);
    // Start a few words before the first word found.
    let mut start_word = first;
    while start_word > 0 && text[spans[start_word - 1].0..spans[first].0].chars().count() < LEAD_CHARS {
        start_word -= 1;
    }
    let start = if start_word == 0 { 0 } else { spans[start_word].0 };
    let mut end = text.len();
    let mut passage = Vec::new();
    for (at, word) in spans[start_word..].iter().copied().chain(words) {
        if text[start..at + word.len()].chars().count() > SNIPPET_CHARS {
            end = at;
            break;
        }
        passage.push((at, word));
    }
    let mut segments = Vec::new();
    if start > 0 {
        segments.push(Segment { text: "… ".into(), marked: false });
    }
    let mut at = start;
    for (word_at, word) in passage {
        if is_found(word) {
            if word_at > at {
                segments.push(Segment { text: text[at..word_at].to_owned(), marked: false });
            }
            segments.push(Segment { text: word.to_owned(), marked: true });
            at = word_at + word.len();
        }
    }
    let tail = text[at..end].trim_end();
    if !tail.is_empty() {
        segments.push(Segment { text: tail.to_owned(), marked: false });
    }
    if end < text.len() {
        segments.push(Segment { text: " …".into(), marked: false });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(segments: &[Segment]) -> Vec<&str> {
        segments.iter().filter(|s| s.marked).map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn the_words_found_are_marked_in_another_inflection() {
        let q = Query::parse("norme").unwrap();
        let s = snippet("Les Normes nationales et la norme régionale.", "fr", &q);
        assert_eq!(marked(&s), ["Normes", "norme"]);
        let joined: String = s.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, "Les Normes nationales et la norme régionale.");
    }

    #[test]
    fn a_long_text_is_cut_around_the_first_word_found() {
        let text = format!("{} solar heaters {}", "intro ".repeat(100), "tail ".repeat(100));
        let q = Query::parse("heater").unwrap();
        let s = snippet(&text, "en", &q);
        let joined: String = s.iter().map(|s| s.text.as_str()).collect();
        assert!(joined.starts_with("… intro") && joined.ends_with(" …"), "{joined}");
        assert!(joined.chars().count() <= SNIPPET_CHARS + 4, "{}", joined.chars().count());
        assert_eq!(marked(&s), ["heaters"]);
    }

    #[test]
    fn snippets_of_several_hits_are_those_of_each_alone() {
        let q = Query::parse("normes formation").unwrap();
        let texts = [
            ("fr", "La formation aux normes nationales."),
            ("en", "Training on standards and normes."),
            ("fr", "Les Normes, encore des normes, et une formation."),
        ];
        let mut snippets = Snippets::new(&q);
        for (language, text) in texts {
            assert_eq!(snippets.cut(text, language), snippet(text, language, &q), "{text}");
        }
    }

    #[test]
    fn without_a_word_found_the_text_begins() {
        let q = Query::parse("absent").unwrap();
        let s = snippet("Short text.", "en", &q);
        assert_eq!(s, [Segment { text: "Short text.".into(), marked: false }]);
    }
}
