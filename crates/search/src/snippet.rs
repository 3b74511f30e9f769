//! The passage of a text around the first word a query found, with the words found
//! marked: what a result shows under its title.

use crate::analysis::{stemmer, terms_of, word_spans};
use crate::query::Query;

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

/// The passage of `text` (written in `language`) around the first word `query` found,
/// cut at word boundaries, with "…" where text is left out.
pub fn snippet(text: &str, language: &str, query: &Query) -> Vec<Segment> {
    let stemmer = stemmer(language);
    let wanted = query.stems_in(language);
    // Texts repeat their words: each is stemmed once.
    let seen = std::cell::RefCell::new(std::collections::HashMap::<String, bool>::new());
    let is_found = |word: &str| -> bool {
        if let Some(found) = seen.borrow().get(word) {
            return *found;
        }
        let found = terms_of(&stemmer, word).iter().any(|t| wanted.iter().any(|w| w.contains(t)));
        seen.borrow_mut().insert(word.to_owned(), found);
        found
    };
    let spans: Vec<(usize, &str)> = word_spans(text).collect();
    // Words are stemmed only up to the first one found, then within the passage shown.
    let first = spans.iter().position(|(_, word)| is_found(word)).unwrap_or(0);
    // Start a few words before the first word found.
    let mut start_word = first;
    while start_word > 0 && text[spans[start_word - 1].0..spans[first].0].chars().count() < LEAD_CHARS {
        start_word -= 1;
    }
    let start = if start_word == 0 { 0 } else { spans[start_word].0 };
    let mut end = text.len();
    for (at, word) in &spans[start_word..] {
        let word_end = at + word.len();
        if text[start..word_end].chars().count() > SNIPPET_CHARS {
            end = *at;
            break;
        }
    }
    let mut segments = Vec::new();
    if start > 0 {
        segments.push(Segment { text: "… ".into(), marked: false });
    }
    let mut at = start;
    for (word_at, word) in &spans[start_word..] {
        if *word_at >= end {
            break;
        }
        if is_found(word) {
            if *word_at > at {
                segments.push(Segment { text: text[at..*word_at].to_owned(), marked: false });
            }
            segments.push(Segment { text: (*word).to_owned(), marked: true });
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
    fn without_a_word_found_the_text_begins() {
        let q = Query::parse("absent").unwrap();
        let s = snippet("Short text.", "en", &q);
        assert_eq!(s, [Segment { text: "Short text.".into(), marked: false }]);
    }
}
