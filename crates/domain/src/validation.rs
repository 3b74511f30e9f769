//! Field-level validation errors shared by every input type.
//!
//! An error names the field and a stable message code; the web layer turns the code into
//! a sentence in the reader's language, the API returns both as JSON.

use serde::Serialize;

/// One problem with one field of an input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field's name as it appears in forms, CSV headers and JSON bodies.
    pub field: &'static str,
    /// A stable, machine-readable code (also the key of the translated message).
    pub code: &'static str,
}

impl FieldError {
    pub fn new(field: &'static str, code: &'static str) -> Self {
        Self { field, code }
    }
}

/// All the problems found in one input; empty means valid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn push(&mut self, field: &'static str, code: &'static str) {
        self.0.push(FieldError::new(field, code));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first error recorded for `field`, if any.
    pub fn for_field(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == field)
    }

    /// Keeps the value when no error was recorded, so callers can collect every problem
    /// of an input before giving up.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, &'static str>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(code) => {
                self.push(field, code);
                None
            }
        }
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|e| format!("{}: {}", e.field, e.code)).collect();
        f.write_str(&parts.join(", "))
    }
}

impl std::error::Error for FieldErrors {}

/// Trims a free-text value and enforces a length limit (in characters).
/// Returns `Ok(None)` for an empty value.
pub fn optional_text(raw: &str, max_chars: usize) -> Result<Option<String>, &'static str> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        Ok(None)
    } else if trimmed.chars().count() > max_chars {
        Err("too_long")
    } else if trimmed.chars().any(|c| c.is_control()) {
        Err("control_characters")
    } else {
        Ok(Some(trimmed.to_owned()))
    }
}

/// Like [`optional_text`], but the value must be present.
pub fn required_text(raw: &str, max_chars: usize) -> Result<String, &'static str> {
    optional_text(raw, max_chars)?.ok_or("required")
}

/// Text of several lines (a description, a report, an address): as [`optional_text`],
/// but line breaks and tabs are kept, with Windows and old Mac line endings made `\n`.
pub fn optional_paragraphs(raw: &str, max_chars: usize) -> Result<Option<String>, &'static str> {
    let lines = raw.replace("\r\n", "\n").replace('\r', "\n");
    let trimmed = lines.trim();
    if trimmed.is_empty() {
        Ok(None)
    } else if trimmed.chars().count() > max_chars {
        Err("too_long")
    } else if trimmed.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        Err("control_characters")
    } else {
        Ok(Some(trimmed.to_owned()))
    }
}

/// As [`optional_paragraphs`], for text that must be given.
pub fn required_paragraphs(raw: &str, max_chars: usize) -> Result<String, &'static str> {
    optional_paragraphs(raw, max_chars)?.ok_or("required")
}

/// A web address: `http://` or `https://`, a host, no spaces.
pub fn optional_url(raw: &str) -> Result<Option<String>, &'static str> {
    let Some(url) = optional_text(raw, 300)? else {
        return Ok(None);
    };
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).ok_or("invalid_url")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || !host.contains('.') || url.chars().any(char::is_whitespace) {
        return Err("invalid_url");
    }
    Ok(Some(url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_limited() {
        assert_eq!(optional_text("  a  ", 5), Ok(Some("a".into())));
        assert_eq!(optional_text("   ", 5), Ok(None));
        assert_eq!(optional_text("abcdef", 5), Err("too_long"));
        assert_eq!(optional_text("a\u{0}b", 5), Err("control_characters"));
        assert_eq!(optional_text("a\nb", 5), Err("control_characters"), "one line");
        assert_eq!(
            optional_paragraphs(" First.\r\n\r\nSecond,\tthird.\rFourth. ", 40),
            Ok(Some("First.\n\nSecond,\tthird.\nFourth.".to_owned()))
        );
        assert_eq!(optional_paragraphs("a\u{0}b", 5), Err("control_characters"));
        assert_eq!(optional_paragraphs("a\r\nb", 3), Ok(Some("a\nb".to_owned())), "a line break is one character");
        assert_eq!(optional_paragraphs("abcd", 3), Err("too_long"));
        assert_eq!(required_paragraphs(" \r\n ", 3), Err("required"));
        assert_eq!(required_text(" ", 5), Err("required"));
    }

    #[test]
    fn urls_need_a_scheme_and_a_host() {
        assert_eq!(optional_url("https://www.kebs.org"), Ok(Some("https://www.kebs.org".into())));
        assert_eq!(optional_url(""), Ok(None));
        assert_eq!(optional_url("www.kebs.org"), Err("invalid_url"));
        assert_eq!(optional_url("https://"), Err("invalid_url"));
        assert_eq!(optional_url("https://kebs org"), Err("invalid_url"));
        assert_eq!(optional_url("javascript:alert(1)"), Err("invalid_url"));
    }

    #[test]
    fn errors_collect_per_field() {
        let mut errors = FieldErrors::default();
        assert_eq!(errors.check("a", Ok::<_, &str>(1)), Some(1));
        assert_eq!(errors.check::<i32>("b", Err("required")), None);
        assert_eq!(errors.for_field("b").map(|e| e.code), Some("required"));
        assert!(errors.for_field("a").is_none());
    }
}
