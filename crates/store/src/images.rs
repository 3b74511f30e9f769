//! The image library: uploaded pictures and their variants, kept in the database so
//! that every instance on one database serves the same files, and a backup of the
//! database holds them too.
//!
//! Variants are written once, with the image, and never change: each is named by the
//! hash of its bytes, so its address may be cached for a year.

use crate::audit::{self, Actor, Change};
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::paging::Paged;
use crate::{Db, now};
use apdc_images::Prepared;
use serde::Serialize;

/// An image of the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Image {
    pub id: i64,
    pub key: String,
    pub name: String,
    pub media_type: String,
    pub width: i64,
    pub height: i64,
    pub size: i64,
    pub uploader: String,
    pub uploaded_at: i64,
}

const IMAGE_COLUMNS: &str = "id, key, name, media_type, width, height, size, uploader, uploaded_at";

/// One width of an image, as pages name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct VariantRef {
    pub key: String,
    pub width: i64,
    pub height: i64,
    pub file: String,
}

/// A variant's bytes, as served.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct VariantFile {
    pub media_type: String,
    pub data: Vec<u8>,
}

/// Adds a prepared upload to the library, or finds it there when the same file was
/// uploaded before. Returns the image and whether it is new.
pub async fn save(db: &Db, actor: &Actor, name: &str, prepared: &Prepared, size: usize) -> Result<(Image, bool)> {
    let mut tx = db.begin().await?;
    if let Some(image) = by_key_in(&mut tx, &prepared.key).await? {
        return Ok((image, false));
    }
    let at = now();
    let inserted: Result<(i64,)> = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO images (key, name, media_type, width, height, size, uploaded_by, uploader, uploaded_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(prepared.key.as_str())
            .bind(name)
            .bind(prepared.format.media_type())
            .bind(i64::from(prepared.width))
            .bind(i64::from(prepared.height))
            .bind(i64::try_from(size).unwrap_or(i64::MAX))
            .bind(actor.user_id)
            .bind(actor.label.as_str())
            .bind(at),
        )
        .await
        .map_err(|e| e.on_unique("key"));
    let (id,) = match inserted {
        Err(StoreError::Conflict { .. }) => {
            // The same file, uploaded at the same moment by someone else: theirs stands.
            drop(tx);
            let existing = db
                .fetch_optional(
                    Sql::new(format!("SELECT {IMAGE_COLUMNS} FROM images WHERE key = $1")).bind(&prepared.key),
                )
                .await?;
            return Ok((existing.ok_or(StoreError::NotFound)?, false));
        }
        other => other?,
    };
    for variant in &prepared.variants {
        tx.execute(
            Sql::new(
                "INSERT INTO image_variants (image_id, width, height, file, media_type, size, data) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(i64::from(variant.width))
            .bind(i64::from(variant.height))
            .bind(variant.file.as_str())
            .bind(variant.media_type)
            .bind(i64::try_from(variant.bytes.len()).unwrap_or(i64::MAX))
            .bind(variant.bytes.clone()),
        )
        .await?;
    }
    let after = serde_json::json!({
        "name": name,
        "width": prepared.width,
        "height": prepared.height,
        "variants": prepared.variants.iter().map(|v| v.file.as_str()).collect::<Vec<_>>(),
    });
    audit::record(
        &mut tx,
        actor,
        Change {
            action: "image.upload",
            record_type: "image",
            record_key: &prepared.key,
            before: None,
            after: Some(after),
        },
    )
    .await?;
    let image = by_key_in(&mut tx, &prepared.key).await?.ok_or(StoreError::NotFound)?;
    tx.commit().await?;
    Ok((image, true))
}

async fn by_key_in(tx: &mut Tx, key: &str) -> Result<Option<Image>> {
    tx.fetch_optional(Sql::new(format!("SELECT {IMAGE_COLUMNS} FROM images WHERE key = $1")).bind(key)).await
}

/// The library, newest first.
pub async fn list(db: &Db, page: usize, per_page: usize) -> Result<Paged<Image>> {
    let (page, per_page) = (page.max(1), per_page.max(1));
    let (total,): (i64,) = db.fetch_one(Sql::new("SELECT COUNT(*) FROM images")).await?;
    let offset = i64::try_from((page - 1).saturating_mul(per_page)).unwrap_or(i64::MAX);
    let items = db
        .fetch_all(
            Sql::new(format!("SELECT {IMAGE_COLUMNS} FROM images ORDER BY id DESC LIMIT $1 OFFSET $2"))
                .bind(i64::try_from(per_page).unwrap_or(i64::MAX))
                .bind(offset),
        )
        .await?;
    Ok(Paged { items, total: usize::try_from(total).unwrap_or(0), page, per_page })
}

/// The variants of the images with these keys, narrowest first within each image.
pub async fn variants_of(db: &Db, keys: &[String]) -> Result<Vec<VariantRef>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new("");
    let list = sql.param_list(keys.iter().map(String::as_str));
    sql.push(&format!(
        "SELECT i.key, v.width, v.height, v.file FROM image_variants v JOIN images i ON i.id = v.image_id \
         WHERE i.key IN {list} ORDER BY i.key, v.width"
    ));
    db.fetch_all(sql).await
}

/// Which of these keys name images of the library.
pub async fn known_keys(tx: &mut Tx, keys: &[String]) -> Result<Vec<String>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new("");
    let list = sql.param_list(keys.iter().map(String::as_str));
    sql.push(&format!("SELECT key FROM images WHERE key IN {list}"));
    let rows: Vec<(String,)> = tx.fetch_all(sql).await?;
    Ok(rows.into_iter().map(|(key,)| key).collect())
}

/// A variant's bytes, by its file name.
pub async fn file(db: &Db, file: &str) -> Result<Option<VariantFile>> {
    db.fetch_optional(Sql::new("SELECT media_type, data FROM image_variants WHERE file = $1 LIMIT 1").bind(file)).await
}
