//! Search queries, as readers type them: any text is either refused with a reason or
//! turned into engine conditions made only of quoted letter-and-digit tokens (nothing a
//! reader types becomes an operator), within the bounds on words; the snippet of any
//! text for it joins back into that text's passage.
#![no_main]

use apdc_search::query::{MAX_CHARS, MAX_WORDS};
use apdc_search::{Query, snippet};
use libfuzzer_sys::fuzz_target;

/// The tokens of an engine condition: what is between its quotes.
fn quoted(expression: &str, quote: char) -> Vec<&str> {
    expression.split(quote).skip(1).step_by(2).collect()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(query) = Query::parse(text) else {
        return;
    };
    assert!(text.chars().count() <= MAX_CHARS);
    assert!(query.words.len() <= MAX_WORDS);
    for (expression, quote) in [(query.fts5("fr", Some("story"), false), '"'), (query.tsquery("ar", None, true), '\'')] {
        for token in quoted(&expression, quote) {
            assert!(!token.is_empty() && token.chars().all(char::is_alphanumeric), "token {token:?} in {expression}");
        }
        let outside: String = expression.split(quote).step_by(2).collect();
        assert!(
            outside.chars().all(|c| "()&| ANDOR".contains(c)),
            "only operators outside quotes: {expression}"
        );
    }
    for language in apdc_search::LANGUAGES {
        let parts = snippet(text, language, &query);
        let joined: String = parts.iter().map(|p| p.text.as_str()).collect();
        let core = joined.trim_start_matches("… ").trim_end_matches(" …");
        assert!(text.contains(core.trim_end()), "the snippet comes from the text");
    }
});
