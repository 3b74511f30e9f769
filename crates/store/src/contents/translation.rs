//! Saving a translation: which version of the source it follows, checked like any
//! text, recorded as a revision of its item.

use super::{Content, audit, check_body_images, editable, get_in, record_revision, set_status_after_edit, write_text};
use crate::Db;
use crate::audit::Actor;
use crate::db::Tx;
use crate::error::{Result, StoreError};
use apdc_domain::content::ContentText;

/// Which source version a translation follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Follows {
    /// The current source: the translation is up to date.
    Current,
    /// The version it followed before (the current one for a new translation).
    AsBefore,
    /// The version it was made from (never later than the current one).
    Version(i64),
}

/// Saves a translation. It follows the current source version when `current` is set
/// (or when it is new); otherwise it keeps the version it followed, still out of date.
pub async fn translate(db: &Db, actor: &Actor, id: i64, text: &ContentText, current: bool) -> Result<Content> {
    let mut tx = db.begin().await?;
    let follows = if current { Follows::Current } else { Follows::AsBefore };
    let after = translate_in(&mut tx, actor, id, text, follows, "form").await?;
    tx.commit().await?;
    Ok(after)
}

/// Saves a translation within `tx`; `by` says how it came (a form, a file), for the
/// revision history.
pub(crate) async fn translate_in(
    tx: &mut Tx,
    actor: &Actor,
    id: i64,
    text: &ContentText,
    follows: Follows,
    by: &str,
) -> Result<Content> {
    let before = editable(tx, id).await?;
    if text.language == before.source_language {
        return Err(StoreError::invalid("language", "is_source_language"));
    }
    text.check_image_alt(&before.links).map_err(StoreError::Invalid)?;
    check_body_images(tx, text).await?;
    let source_version = before.source().version;
    let follows = match (follows, before.text(&text.language)) {
        (Follows::Version(version), _) => version.clamp(0, source_version),
        (Follows::AsBefore, Some(existing)) => existing.source_version.unwrap_or(0),
        (Follows::Current | Follows::AsBefore, _) => source_version,
    };
    write_text(tx, id, text, source_version, Some(follows)).await?;
    set_status_after_edit(tx, &before).await?;
    let action = if by == "file" { "translated_file" } else { "translated" };
    record_revision(tx, actor, id, action, Some(text.language.clone())).await?;
    let after = get_in(tx, id).await?;
    audit(tx, actor, "content.translate", Some(&before), &after).await?;
    Ok(after)
}
