//! Revisions: every save of the working copy is kept as a snapshot, so staff can see who
//! changed what and bring an earlier text back.

use super::{Content, audit, editable, get_in, record_revision, set_status_after_edit, write_links, write_text};
use crate::audit::Actor;
use crate::db::Sql;
use crate::error::{Result, StoreError};
use crate::{Db, now};
use apdc_domain::content::{ContentText, StoryLinks};
use serde::{Deserialize, Serialize};

/// One language's texts in a snapshot, with the versions they had.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotText {
    #[serde(flatten)]
    pub text: ContentText,
    pub version: i64,
    pub source_version: Option<i64>,
}

/// The working copy at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub slug: String,
    pub source_language: String,
    pub texts: Vec<SnapshotText>,
    pub links: StoryLinks,
}

impl Snapshot {
    pub fn of(content: &Content) -> Self {
        Self {
            slug: content.slug.clone(),
            source_language: content.source_language.clone(),
            texts: content
                .texts
                .iter()
                .map(|t| SnapshotText { text: t.content_text(), version: t.version, source_version: t.source_version })
                .collect(),
            links: content.links.clone(),
        }
    }

    pub fn text(&self, language: &str) -> Option<&ContentText> {
        self.texts.iter().find(|t| t.text.language == language).map(|t| &t.text)
    }
}

/// A line of the revision list.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct RevisionSummary {
    pub number: i64,
    pub created_at: i64,
    pub author: String,
    pub action: String,
    pub detail: Option<String>,
}

/// One revision with its snapshot.
#[derive(Debug, Clone, Serialize)]
pub struct Revision {
    pub summary: RevisionSummary,
    pub snapshot: Snapshot,
}

/// Every revision of an item, newest first.
pub async fn revisions(db: &Db, id: i64) -> Result<Vec<RevisionSummary>> {
    db.fetch_all(
        Sql::new(
            "SELECT number, created_at, author, action, detail FROM content_revisions WHERE content_id = $1 \
             ORDER BY number DESC",
        )
        .bind(id),
    )
    .await
}

/// Revision `number` of item `id`.
pub async fn revision(db: &Db, id: i64, number: i64) -> Result<Revision> {
    let row: Option<(i64, i64, String, String, Option<String>, String)> = db
        .fetch_optional(
            Sql::new(
                "SELECT number, created_at, author, action, detail, snapshot FROM content_revisions \
                 WHERE content_id = $1 AND number = $2",
            )
            .bind(id)
            .bind(number),
        )
        .await?;
    let (number, created_at, author, action, detail, json) = row.ok_or(StoreError::NotFound)?;
    let snapshot = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(format!("revision snapshot: {e}")))?;
    Ok(Revision { summary: RevisionSummary { number, created_at, author, action, detail }, snapshot })
}

/// Makes the working copy what it was at revision `number`, as a new revision. The
/// source text's version rises if the restored source differs from the current one, so
/// translations made since are marked out of date; each translation keeps the source
/// version it followed then. A published item gets a new draft, as with any edit.
pub async fn restore(db: &Db, actor: &Actor, id: i64, number: i64) -> Result<Content> {
    let old = revision(db, id, number).await?;
    let mut tx = db.begin().await?;
    let before = editable(&mut tx, id).await?;
    if old.snapshot.source_language != before.source_language {
        return Err(StoreError::invalid("revision", "source_language_fixed"));
    }
    if old.snapshot.slug != before.slug && before.live_revision.is_some() {
        return Err(StoreError::invalid("revision", "slug_fixed_once_published"));
    }
    let current_source = before.source();
    let mut version = current_source.version;
    tx.execute(Sql::new("DELETE FROM content_texts WHERE content_id = $1 AND stage = 'working'").bind(id)).await?;
    for text in &old.snapshot.texts {
        if text.text.language == before.source_language {
            if text.text != current_source.content_text() {
                version += 1;
            }
            write_text(&mut tx, id, &text.text, version, None).await?;
        }
    }
    for text in old.snapshot.texts.iter().filter(|t| t.text.language != before.source_language) {
        write_text(&mut tx, id, &text.text, version, text.source_version).await?;
    }
    write_links(&mut tx, id, "working", &old.snapshot.links).await?;
    if old.snapshot.slug != before.slug {
        tx.execute(Sql::new("UPDATE contents SET slug = $1 WHERE id = $2").bind(old.snapshot.slug.as_str()).bind(id))
            .await
            .map_err(|e| e.on_unique("slug"))?;
    }
    set_status_after_edit(&mut tx, &before).await?;
    tx.execute(Sql::new("UPDATE contents SET updated_at = $1 WHERE id = $2").bind(now()).bind(id)).await?;
    record_revision(&mut tx, actor, id, "restored", Some(number.to_string())).await?;
    let after = get_in(&mut tx, id).await?;
    audit(&mut tx, actor, "content.restore", Some(&before), &after).await?;
    tx.commit().await?;
    Ok(after)
}
