//! The review workflow: submit, request changes (with a comment), publish (by a reviewer,
//! now or at a moment to come), archive, reopen. Every step is an event.

use super::{Content, audit, get_in};
use crate::audit::Actor;
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::{Db, now};
use apdc_domain::content::{WorkflowAction, WorkflowInput, may_review};
use serde::Serialize;

/// One workflow step as recorded.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Event {
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub from_status: String,
    pub to_status: String,
    pub comment: Option<String>,
    pub revision: Option<i64>,
}

/// Every step of an item, newest first.
pub async fn events(db: &Db, id: i64) -> Result<Vec<Event>> {
    db.fetch_all(
        Sql::new(
            "SELECT at, actor, action, from_status, to_status, comment, revision FROM content_events \
             WHERE content_id = $1 ORDER BY at DESC, id DESC",
        )
        .bind(id),
    )
    .await
}

/// Copies the working texts and links to the live stage.
async fn copy_to_live(tx: &mut Tx, id: i64) -> Result<()> {
    for table in ["content_texts", "content_links"] {
        tx.execute(Sql::new(format!("DELETE FROM {table} WHERE content_id = $1 AND stage = 'live'")).bind(id)).await?;
    }
    tx.execute(
        Sql::new(
            "INSERT INTO content_texts (content_id, stage, language, title, standfirst, body, people, image_alt, \
             version, source_version, updated_at) SELECT content_id, 'live', language, title, standfirst, body, people, \
             image_alt, version, source_version, updated_at FROM content_texts WHERE content_id = $1 AND stage = 'working'",
        )
        .bind(id),
    )
    .await?;
    tx.execute(
        Sql::new(
            "INSERT INTO content_links (content_id, stage, link_kind, value) SELECT content_id, 'live', link_kind, \
             value FROM content_links WHERE content_id = $1 AND stage = 'working'",
        )
        .bind(id),
    )
    .await?;
    Ok(())
}

/// Takes one workflow step. `is_administrator` is the actor's role, for the reviewer
/// rule: only staff other than the author, or an administrator, publish or ask for
/// changes.
pub async fn step(db: &Db, actor: &Actor, is_administrator: bool, id: i64, input: &WorkflowInput) -> Result<Content> {
    let mut tx = db.begin().await?;
    let before = get_in(&mut tx, id).await?;
    let to = before.status.after(input.action).map_err(|code| StoreError::invalid("action", code))?;
    if input.action.needs_reviewer() && !may_review(actor.user_id, is_administrator, before.author_id) {
        return Err(StoreError::invalid("action", "reviewer_required"));
    }
    let at = now();
    if input.action == WorkflowAction::Publish {
        let appeared = before.published_at.is_some_and(|p| p <= at) && before.live_revision.is_some();
        let published_at = match (appeared, input.publish_at) {
            (true, Some(_)) => return Err(StoreError::invalid("publish_at", "already_published")),
            (true, None) => before.published_at,
            (false, moment) => Some(moment.unwrap_or(at)),
        };
        // The live copy dates from its publication, or from now when it replaces one
        // readers have already seen.
        let live_at = if appeared { at } else { published_at.unwrap_or(at) };
        copy_to_live(&mut tx, id).await?;
        tx.execute(
            Sql::new("UPDATE contents SET published_at = $1, live_at = $2, live_revision = $3 WHERE id = $4")
                .bind(published_at)
                .bind(live_at)
                .bind(before.latest_revision)
                .bind(id),
        )
        .await?;
    }
    tx.execute(
        Sql::new("UPDATE contents SET status = $1, updated_at = $2 WHERE id = $3").bind(to.as_str()).bind(at).bind(id),
    )
    .await?;
    tx.execute(
        Sql::new(
            "INSERT INTO content_events (content_id, at, actor_id, actor, action, from_status, to_status, comment, revision) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(id)
        .bind(at)
        .bind(actor.user_id)
        .bind(actor.label.as_str())
        .bind(input.action.as_str())
        .bind(before.status.as_str())
        .bind(to.as_str())
        .bind(input.comment.clone())
        .bind(before.latest_revision),
    )
    .await?;
    let after = get_in(&mut tx, id).await?;
    let action = match input.action {
        WorkflowAction::Submit => "content.submit",
        WorkflowAction::RequestChanges => "content.request_changes",
        WorkflowAction::Publish => "content.publish",
        WorkflowAction::Archive => "content.archive",
        WorkflowAction::Reopen => "content.reopen",
    };
    audit(&mut tx, actor, action, Some(&before), &after).await?;
    // What readers see may have changed: published, archived, reopened.
    crate::search::sync_content(&mut tx, id).await?;
    tx.commit().await?;
    Ok(after)
}
