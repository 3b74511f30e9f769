//! The texts of projects and their versions: the English text is the source, and its
//! version rises when it changes; a translation records the source version it follows,
//! so that staff see it out of date, and readers are told it may be behind, once the
//! English text has moved on.

use crate::Db;
use crate::db::{Sql, Tx};
use crate::error::Result;
use crate::paging::Paged;
use apdc_domain::project::ProjectText;

/// The projects whose translation into `language` follows an older English text than
/// the current one: (code, English title), by code, at most 500.
pub async fn translations_behind(db: &Db, language: &str) -> Result<Vec<(String, String)>> {
    db.fetch_all(
        Sql::new(
            "SELECT p.code, s.title FROM projects p \
             JOIN project_texts s ON s.project_id = p.id AND s.language = $1 \
             JOIN project_texts t ON t.project_id = p.id AND t.language = $2 \
             WHERE t.language <> s.language AND COALESCE(t.source_version, 0) < s.version ORDER BY p.code LIMIT 500",
        )
        .bind(SOURCE_LANGUAGE)
        .bind(language),
    )
    .await
}

/// The public projects without a text in `language`, whose readers are shown the
/// English one: page `page` of `per_page`, as (code, English title), by code.
pub async fn translations_missing(
    db: &Db,
    language: &str,
    page: usize,
    per_page: usize,
) -> Result<Paged<(String, String)>> {
    const MISSING: &str = "FROM projects p JOIN project_texts s ON s.project_id = p.id AND s.language = $1 \
         WHERE p.public = TRUE AND NOT EXISTS \
         (SELECT 1 FROM project_texts t WHERE t.project_id = p.id AND t.language = $2)";
    let (page, per_page) = (page.max(1), per_page.max(1));
    let (total,): (i64,) =
        db.fetch_one(Sql::new(format!("SELECT COUNT(*) {MISSING}")).bind(SOURCE_LANGUAGE).bind(language)).await?;
    let offset = (page - 1).saturating_mul(per_page);
    let items = db
        .fetch_all(
            Sql::new(format!("SELECT p.code, s.title {MISSING} ORDER BY p.code LIMIT $3 OFFSET $4"))
                .bind(SOURCE_LANGUAGE)
                .bind(language)
                .bind(i64::try_from(per_page).unwrap_or(i64::MAX))
                .bind(i64::try_from(offset).unwrap_or(i64::MAX)),
        )
        .await?;
    Ok(Paged { items, total: usize::try_from(total).unwrap_or(0), page, per_page })
}

/// The language project texts are written in first, which the others translate.
pub const SOURCE_LANGUAGE: &str = "en";

/// One language's texts as stored, with their versions.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct StoredText {
    pub(crate) language: String,
    pub(crate) title: String,
    pub(crate) summary: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) version: i64,
    pub(crate) source_version: Option<i64>,
}

impl StoredText {
    pub(crate) fn into_text(self) -> ProjectText {
        ProjectText { language: self.language, title: self.title, summary: self.summary, description: self.description }
    }
}

pub(crate) async fn stored_texts(tx: &mut Tx, id: i64) -> Result<Vec<StoredText>> {
    tx.fetch_all(
        Sql::new(
            "SELECT language, title, summary, description, version, source_version FROM project_texts \
             WHERE project_id = $1",
        )
        .bind(id),
    )
    .await
}

/// The versions of `texts`, given those stored before: the English text's
/// version rises when it changes; a translation saved changed (or new) follows the
/// current English text — whoever edits it has that text beside it — and one left as
/// it was keeps the version it followed, so it falls behind a changed source.
pub(crate) fn text_versions(before: &[StoredText], texts: &[ProjectText]) -> Vec<(i64, Option<i64>)> {
    let old = |language: &str| before.iter().find(|t| t.language == language);
    let unchanged = |text: &ProjectText| {
        old(&text.language)
            .is_some_and(|o| o.title == text.title && o.summary == text.summary && o.description == text.description)
    };
    let source = texts.iter().find(|t| t.language == SOURCE_LANGUAGE);
    let source_version = match (source, old(SOURCE_LANGUAGE)) {
        (Some(text), Some(o)) if unchanged(text) => o.version,
        (_, Some(o)) => o.version + 1,
        _ => 1,
    };
    texts
        .iter()
        .map(|text| match old(&text.language) {
            _ if text.language == SOURCE_LANGUAGE => (source_version, None),
            Some(o) if unchanged(text) => (source_version, o.source_version),
            _ => (source_version, Some(source_version)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(language: &str, title: &str, version: i64, source_version: Option<i64>) -> StoredText {
        StoredText {
            language: language.into(),
            title: title.into(),
            summary: None,
            description: None,
            version,
            source_version,
        }
    }

    fn input(texts: &[(&str, &str)]) -> Vec<ProjectText> {
        texts
            .iter()
            .map(|(l, t)| ProjectText { language: (*l).into(), title: (*t).into(), summary: None, description: None })
            .collect()
    }

    #[test]
    fn a_new_project_starts_at_the_first_version() {
        assert_eq!(text_versions(&[], &input(&[("en", "Water"), ("fr", "Eau")])), vec![(1, None), (1, Some(1))]);
    }

    #[test]
    fn a_changed_source_leaves_an_unchanged_translation_behind() {
        let before = [stored("en", "Water", 2, None), stored("fr", "Eau", 2, Some(2))];
        assert_eq!(
            text_versions(&before, &input(&[("en", "Clean water"), ("fr", "Eau")])),
            vec![(3, None), (3, Some(2))]
        );
        // Saved changed with the new source, the translation follows it.
        assert_eq!(
            text_versions(&before, &input(&[("en", "Clean water"), ("fr", "Eau propre")])),
            vec![(3, None), (3, Some(3))]
        );
        // Nothing changed: nothing moves.
        assert_eq!(text_versions(&before, &input(&[("en", "Water"), ("fr", "Eau")])), vec![(2, None), (2, Some(2))]);
    }
}
