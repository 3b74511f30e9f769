//! Translations made outside apdc, exchanged as files (XLIFF): what needs translating
//! into a language, and translations coming back, all written in one transaction or
//! none.
//!
//! A translation coming back follows the source version it was made from: if the source
//! changed since the file was written, the translation is saved but stays out of date.

use super::{Content, Follows, get_in, translate_in};
use crate::audit::Actor;
use crate::error::Result;
use crate::{Db, contents};
use apdc_domain::content::ContentText;

/// The most items one exchange file holds.
pub const MAX_ITEMS: usize = 200;

/// The items written in `source_language` whose translation into `language` is missing
/// or out of date, missing first, at most [`MAX_ITEMS`].
pub async fn to_translate(db: &Db, language: &str, source_language: &str) -> Result<Vec<Content>> {
    let queue = contents::translation_queue(db, language).await?;
    let mut tx = db.begin_read().await?;
    let mut items = Vec::new();
    for item in queue.iter().filter(|i| i.source_language == source_language).take(MAX_ITEMS) {
        items.push(get_in(&mut tx, item.id).await?);
    }
    tx.commit().await?;
    Ok(items)
}

/// One translation coming back.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub id: i64,
    pub text: ContentText,
    /// The source version the translator worked from.
    pub source_version: i64,
}

/// Saves every translation, as a revision of its item each, or none of them; returns
/// how many were saved.
pub async fn import(db: &Db, actor: &Actor, incoming: &[Incoming]) -> Result<usize> {
    let mut tx = db.begin().await?;
    for item in incoming {
        translate_in(&mut tx, actor, item.id, &item.text, Follows::Version(item.source_version), "file").await?;
    }
    tx.commit().await?;
    Ok(incoming.len())
}
