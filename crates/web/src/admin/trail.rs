//! Showing audit entries: the table partial `admin/_trail.html` calls these.

use crate::i18n::Lang;
use apdc_store::audit::Entry;

/// When an entry was written, as an RFC 3339 UTC timestamp.
pub fn when(entry: &Entry) -> String {
    time::OffsetDateTime::from_unix_timestamp(entry.at)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default()
}

/// What an entry records, in the reader's language (the action code if untranslated).
pub fn action_label(lang: &Lang, entry: &Entry) -> String {
    let key = format!("audit-action-{}", entry.action.replace(['.', '_'], "-"));
    lang.try_t(&key).unwrap_or_else(|| entry.action.clone())
}
