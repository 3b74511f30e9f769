//! What needs staff attention now, for the staff home: counts of the queues that wait
//! for someone (content in review, translations behind or missing, reported updates,
//! nominations, imports not yet applied). Each is one aggregate query.

use crate::Db;
use crate::db::Sql;
use crate::error::Result;
use serde::Serialize;

/// An activity with nominations waiting for a decision.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct NominationsWaiting {
    pub activity_id: i64,
    pub title: String,
    pub count: i64,
}

/// A participant import previewed but not applied.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ImportWaiting {
    pub id: String,
    pub activity_id: i64,
    pub activity: String,
    pub filename: String,
    pub created_at: i64,
}

/// The queues of the staff home.
#[derive(Debug, Clone, Serialize)]
pub struct Attention {
    pub stories_in_review: i64,
    pub pages_in_review: i64,
    /// Translations (of stories, pages and projects) saved against an older version of
    /// their source text.
    pub translations_out_of_date: i64,
    pub updates_submitted: i64,
    /// Every nomination waiting for a decision.
    pub nominations_waiting: i64,
    /// The activities with the most nominations waiting, at most [`LISTED`].
    pub nominations: Vec<NominationsWaiting>,
    /// Every participant import not applied.
    pub imports_waiting: i64,
    /// The latest of them, at most [`LISTED`].
    pub imports: Vec<ImportWaiting>,
}

/// The activities listed at most on the staff home; the rest are counted.
pub const LISTED: i64 = 10;

pub async fn attention(db: &Db) -> Result<Attention> {
    let in_review = |kind: &str| {
        Sql::new("SELECT COUNT(*) FROM contents WHERE kind = $1 AND status = 'in_review'").bind(kind.to_owned())
    };
    let (stories_in_review,): (i64,) = db.fetch_one(in_review("story")).await?;
    let (pages_in_review,): (i64,) = db.fetch_one(in_review("page")).await?;
    let (translations_out_of_date,): (i64,) = db
        .fetch_one(Sql::new(
            "SELECT COUNT(*) FROM content_texts t JOIN contents c ON c.id = t.content_id \
             JOIN content_texts s ON s.content_id = c.id AND s.stage = 'working' AND s.language = c.source_language \
             WHERE t.stage = 'working' AND t.language <> c.source_language AND c.status <> 'archived' \
             AND t.source_version < s.version",
        ))
        .await?;
    // Project translations following an older English text count too.
    let (projects_out_of_date,): (i64,) = db
        .fetch_one(
            Sql::new(
                "SELECT COUNT(*) FROM project_texts t \
                 JOIN project_texts s ON s.project_id = t.project_id AND s.language = $1 \
                 WHERE t.language <> s.language AND COALESCE(t.source_version, 0) < s.version",
            )
            .bind(crate::project_texts::SOURCE_LANGUAGE),
        )
        .await?;
    let translations_out_of_date = translations_out_of_date + projects_out_of_date;
    let (updates_submitted,): (i64,) =
        db.fetch_one(Sql::new("SELECT COUNT(*) FROM indicator_updates WHERE status = 'submitted'")).await?;
    let (nominations_waiting,): (i64,) =
        db.fetch_one(Sql::new("SELECT COUNT(*) FROM participations WHERE status = 'nominated'")).await?;
    let (imports_waiting,): (i64,) =
        db.fetch_one(Sql::new("SELECT COUNT(*) FROM participant_imports WHERE status = 'pending'")).await?;
    let nominations = db
        .fetch_all(
            Sql::new(
                "SELECT a.id AS activity_id, a.title, COUNT(*) AS count FROM participations p \
                 JOIN activities a ON a.id = p.activity_id WHERE p.status = 'nominated' \
                 GROUP BY a.id, a.title ORDER BY COUNT(*) DESC, a.id LIMIT $1",
            )
            .bind(LISTED),
        )
        .await?;
    let imports = db
        .fetch_all(
            Sql::new(
                "SELECT i.id, i.activity_id, a.title AS activity, i.filename, i.created_at FROM participant_imports i \
                 JOIN activities a ON a.id = i.activity_id WHERE i.status = 'pending' \
                 ORDER BY i.created_at DESC LIMIT $1",
            )
            .bind(LISTED),
        )
        .await?;
    Ok(Attention {
        stories_in_review,
        pages_in_review,
        translations_out_of_date,
        updates_submitted,
        nominations_waiting,
        nominations,
        imports_waiting,
        imports,
    })
}
