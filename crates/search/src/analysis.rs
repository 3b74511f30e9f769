//! Words, folded and stemmed.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The languages texts are written in and analysed as.
pub const LANGUAGES: [&str; 5] = ["en", "fr", "es", "ar", "ru"];

/// Longer runs of letters are not words anyone searches for (codes, garbage).
pub const MAX_WORD_CHARS: usize = 40;

/// The Arabic elongation mark, used for typography only.
const TATWEEL: char = '\u{0640}';

fn algorithm(language: &str) -> Algorithm {
    match language {
        "fr" => Algorithm::French,
        "es" => Algorithm::Spanish,
        "ar" => Algorithm::Arabic,
        "ru" => Algorithm::Russian,
        _ => Algorithm::English,
    }
}

/// The stemmer of `language` (English for any other).
pub fn stemmer(language: &str) -> Stemmer {
    Stemmer::create(algorithm(language))
}

/// Whether `c` belongs to a word: letters and digits, and the marks written on them
/// (accents, Arabic vowel signs), which folding removes.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c) || c == TATWEEL
}

/// The words of `text` with their byte offsets, as written, read as they are asked for.
pub fn word_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = text.char_indices();
    std::iter::from_fn(move || {
        let (start, _) = chars.by_ref().find(|(_, c)| is_word_char(*c))?;
        let mut end = text.len();
        for (i, c) in chars.by_ref() {
            if !is_word_char(c) {
                end = i;
                break;
            }
        }
        Some((start, &text[start..end]))
    })
}

/// A word in lower case without accents or marks (`Réglementation` → `reglementation`,
/// `تُصمَّم` → `تصمم`, `ёлка` → `елка`); empty when nothing of it is a letter or digit.
pub fn fold(word: &str) -> String {
    // Most words of most texts are plain ASCII, which has nothing to decompose: the
    // result is the same, without the Unicode tables.
    if word.is_ascii() {
        return word.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect();
    }
    word.nfd()
        .filter(|c| !is_combining_mark(*c) && *c != TATWEEL)
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// A word in lower case, its accents kept (composed), without elongation marks: what
/// the stemmers take.
fn lower(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.nfc().filter(|c| *c != TATWEEL).flat_map(char::to_lowercase).collect()
}

/// The stem of `lower` (a word as [`lower`] gives it), folded; `folded` (the word's
/// [`fold`]) when the stemmer leaves nothing.
fn stemmed(stemmer: &Stemmer, lower: &str, folded: &str) -> String {
    let stem = fold(&stemmer.stem(lower));
    if stem.is_empty() { folded.to_owned() } else { stem }
}

/// The term a word as written stands for in a language: stemmed in lower case with its
/// accents (the stemmers know them: `normalisée` and `normalisation` share a stem), then
/// folded. `None` for a word too short or too long to search by.
pub fn term(stemmer: &Stemmer, word: &str) -> Option<String> {
    let folded = fold(word);
    searchable(&folded).then(|| stemmed(stemmer, &lower(word), &folded))
}

/// Whether a folded word is one to search by: neither too short nor too long.
fn searchable(folded: &str) -> bool {
    (2..=MAX_WORD_CHARS).contains(&folded.chars().count())
}

/// The terms a word stands for: its [`term`], and the term of its folded form when that
/// differs, so that a word typed without its accents finds the word written with them
/// (`certifie` finds `certifiés`). Empty for a word too short or too long.
pub fn terms_of(stemmer: &Stemmer, word: &str) -> Vec<String> {
    let folded = fold(word);
    if !searchable(&folded) {
        return Vec::new();
    }
    let lower = lower(word);
    let first = stemmed(stemmer, &lower, &folded);
    // A word already in lower case without accents is its own folded form: the second
    // term would be the first.
    if lower == folded {
        return vec![first];
    }
    match stemmed(stemmer, &folded, &folded) {
        second if second != first => vec![first, second],
        _ => vec![first],
    }
}

/// The terms of the words of `text` in `language`, in order, repeats kept.
pub fn stems(language: &str, text: &str) -> Vec<String> {
    let stemmer = stemmer(language);
    word_spans(text).flat_map(|(_, word)| terms_of(&stemmer, word)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_marks_are_folded() {
        assert_eq!(fold("Réglementation"), "reglementation");
        assert_eq!(fold("ÉTÉ"), "ete");
        assert_eq!(fold("تُصمَّم"), "تصمم");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("ـــ"), "");
        assert_eq!(fold("ISO-9001:2015"), "iso90012015", "ASCII folded the same way");
    }

    #[test]
    fn terms_are_the_same_whether_the_word_is_folded_or_not() {
        let stemmer = stemmer("fr");
        for word in ["Normes", "normes", "NORMES", "certifiés", "Certifies", "l’ISO"] {
            let terms = terms_of(&stemmer, word);
            assert_eq!(terms.first(), term(&stemmer, word).as_ref(), "{word}");
            assert!(terms.contains(&term(&stemmer, &fold(word)).unwrap()), "{word}: {terms:?}");
        }
    }

    /// Whether the two words have a term in common in `language`.
    fn shares(language: &str, a: &str, b: &str) -> bool {
        let (a, b) = (stems(language, a), stems(language, b));
        a.iter().any(|t| b.contains(t))
    }

    #[test]
    fn inflections_share_their_stem_in_each_language() {
        assert!(shares("fr", "normes", "norme"));
        assert!(shares("fr", "normalisée", "normalisation"));
        assert!(shares("fr", "Réglementations", "réglementation"));
        assert!(shares("fr", "réglementation", "REGLEMENTATION"), "accents folded");
        assert!(stems("fr", "certifiés").contains(&stems("fr", "certifie")[0]), "typed without accents");
        assert!(shares("fr", "formations", "formation"));
        assert!(shares("en", "standards", "standard") && shares("en", "testing", "tested"));
        assert!(shares("es", "normas", "norma"));
        assert!(shares("ru", "стандартов", "стандарты"));
        assert!(shares("ar", "المواصفات", "مواصفة"));
        assert!(shares("ar", "للتدريب", "التدريب"));
    }

    #[test]
    fn words_keep_their_marks_and_split_on_everything_else() {
        let words: Vec<&str> = word_spans("l’organisme — ISO 9001:2015, تُصمَّم!").map(|(_, w)| w).collect();
        assert_eq!(words, ["l", "organisme", "ISO", "9001", "2015", "تُصمَّم"]);
        assert!(stems("en", "a").is_empty(), "one letter is not searched for");
        assert!(stems("en", &"x".repeat(41)).is_empty(), "nor an endless run of letters");
    }
}
