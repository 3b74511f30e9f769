//! The translation queue: per language, the stories and pages whose translation is
//! missing or behind its source text.

use super::TranslationState;
use crate::Db;
use crate::db::Sql;
use crate::error::Result;
use apdc_domain::content::ContentKind;
use apdc_domain::project::CONTENT_LANGUAGES;
use serde::Serialize;

/// One item waiting for a translation into the queue's language.
#[derive(Debug, Clone, Serialize)]
pub struct QueueItem {
    pub id: i64,
    pub kind: ContentKind,
    pub slug: String,
    pub source_language: String,
    /// The source title.
    pub title: String,
    pub status: String,
    /// Missing or out of date.
    pub state: TranslationState,
    pub updated_at: i64,
}

#[derive(sqlx::FromRow)]
struct QueueRow {
    id: i64,
    kind: String,
    slug: String,
    source_language: String,
    title: String,
    status: String,
    translated: Option<i64>,
    updated_at: i64,
}

const WAITING: &str = "FROM contents c \
     JOIN content_texts s ON s.content_id = c.id AND s.stage = 'working' AND s.language = c.source_language \
     LEFT JOIN content_texts t ON t.content_id = c.id AND t.stage = 'working' AND t.language = $1 \
     WHERE c.status <> 'archived' AND c.source_language <> $1 \
     AND (t.content_id IS NULL OR t.source_version < s.version)";

/// What waits for a translation into `language`: missing translations first, then
/// those out of date; the most recently changed first within each.
pub async fn translation_queue(db: &Db, language: &str) -> Result<Vec<QueueItem>> {
    let rows: Vec<QueueRow> = db
        .fetch_all(
            Sql::new(format!(
                "SELECT c.id, c.kind, c.slug, c.source_language, s.title, c.status, t.version AS translated, \
                 c.updated_at {WAITING} ORDER BY CASE WHEN t.content_id IS NULL THEN 0 ELSE 1 END, \
                 c.updated_at DESC, c.id DESC"
            ))
            .bind(language),
        )
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(QueueItem {
                id: r.id,
                kind: ContentKind::parse(&r.kind).ok()?,
                slug: r.slug,
                source_language: r.source_language,
                title: r.title,
                status: r.status,
                state: if r.translated.is_some() { TranslationState::OutOfDate } else { TranslationState::Missing },
                updated_at: r.updated_at,
            })
        })
        .collect())
}

/// How many items wait for each content language, in the order of `CONTENT_LANGUAGES`.
pub async fn queue_counts(db: &Db) -> Result<Vec<(&'static str, i64)>> {
    let mut counts = Vec::new();
    for language in CONTENT_LANGUAGES {
        let (n,): (i64,) = db.fetch_one(Sql::new(format!("SELECT COUNT(*) {WAITING}")).bind(language)).await?;
        counts.push((language, n));
    }
    Ok(counts)
}
