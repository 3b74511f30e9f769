//! Written content (success stories, staff-written pages): the working copy staff edit,
//! its revisions, the review workflow, and the live copy readers see.
//!
//! Texts and links are stored per *stage*: `working` rows are what staff edit; publishing
//! copies them to `live` rows in one transaction. Readers, the API, feeds and search read
//! only `live` rows of items whose publication moment has come, so a draft, a review or a
//! revision never reaches them, and a scheduled item appears exactly at its moment with
//! no job to run it.

pub mod exchange;
mod public;
mod queue;
mod revisions;
mod translation;
mod workflow;

pub(crate) use public::visible;
pub use public::{
    LinkedProject, PlacedPage, PublicContent, PublicFilter, PublicSummary, next_scheduled, placed_pages, public_get,
    public_list, public_years,
};
pub use queue::{QueueItem, queue_counts, translation_queue};
pub use revisions::{Revision, RevisionSummary, Snapshot, SnapshotText, restore, revision, revisions};
pub(crate) use translation::translate_in;
pub use translation::{Follows, translate};
pub use workflow::{Event, events, step};

use crate::audit::{self, Actor, Change};
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::paging::Paged;
use crate::{Db, now};
use apdc_domain::content::{ContentKind, ContentStatus, ContentText, StoryInput, StoryLinks, is_out_of_date};
use serde::Serialize;

/// One language's texts as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct StoredText {
    pub language: String,
    pub title: String,
    pub standfirst: Option<String>,
    pub body: String,
    pub people: Option<String>,
    pub image_alt: Option<String>,
    /// The source text's version; for a translation, the version it was saved at.
    pub version: i64,
    /// For a translation: the source version it follows.
    pub source_version: Option<i64>,
    pub updated_at: i64,
}

impl StoredText {
    pub fn content_text(&self) -> ContentText {
        ContentText {
            language: self.language.clone(),
            title: self.title.clone(),
            standfirst: self.standfirst.clone(),
            body: self.body.clone(),
            people: self.people.clone(),
            image_alt: self.image_alt.clone(),
        }
    }
}

/// Where a language stands against the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslationState {
    Source,
    Missing,
    Current,
    OutOfDate,
}

impl TranslationState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Source => "source",
            Self::Missing => "missing",
            Self::Current => "current",
            Self::OutOfDate => "out_of_date",
        }
    }
}

/// Where each text of `texts` stands against the source text in `source_language`.
pub fn translation_state(texts: &[StoredText], source_language: &str, language: &str) -> TranslationState {
    let source_version = texts.iter().find(|t| t.language == source_language).map_or(0, |t| t.version);
    match texts.iter().find(|t| t.language == language) {
        _ if language == source_language => TranslationState::Source,
        None => TranslationState::Missing,
        Some(t) if is_out_of_date(t.source_version.unwrap_or(0), source_version) => TranslationState::OutOfDate,
        Some(_) => TranslationState::Current,
    }
}

#[derive(Debug, sqlx::FromRow)]
struct ContentRow {
    id: i64,
    kind: String,
    slug: String,
    source_language: String,
    status: String,
    author_id: Option<i64>,
    author: String,
    created_at: i64,
    updated_at: i64,
    published_at: Option<i64>,
    live_at: Option<i64>,
    live_revision: Option<i64>,
}

const CONTENT_COLUMNS: &str = "id, kind, slug, source_language, status, author_id, author, created_at, updated_at, \
     published_at, live_at, live_revision";

/// A piece of content as staff see it: the working copy and where it stands.
#[derive(Debug, Clone, Serialize)]
pub struct Content {
    pub id: i64,
    pub kind: ContentKind,
    pub slug: String,
    pub source_language: String,
    pub status: ContentStatus,
    pub author_id: Option<i64>,
    pub author: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
    pub live_at: Option<i64>,
    pub live_revision: Option<i64>,
    /// The working texts, source language first.
    pub texts: Vec<StoredText>,
    pub links: StoryLinks,
    /// The number of the latest revision.
    pub latest_revision: i64,
    /// The comment of the latest request for changes, while changes are requested.
    pub requested_changes: Option<String>,
}

impl Content {
    pub fn source(&self) -> &StoredText {
        self.texts.iter().find(|t| t.language == self.source_language).unwrap_or(&self.texts[0])
    }

    pub fn text(&self, language: &str) -> Option<&StoredText> {
        self.texts.iter().find(|t| t.language == language)
    }

    /// The title in `language`, else in the source language.
    pub fn title(&self, language: &str) -> &str {
        self.text(language).unwrap_or_else(|| self.source()).title.as_str()
    }

    pub fn translation_state(&self, language: &str) -> TranslationState {
        translation_state(&self.texts, &self.source_language, language)
    }

    /// Readers see it now.
    pub fn is_live(&self, at: i64) -> bool {
        self.live_revision.is_some()
            && self.status != ContentStatus::Archived
            && self.published_at.is_some_and(|p| p <= at)
    }

    /// Published with a moment still to come.
    pub fn is_scheduled(&self, at: i64) -> bool {
        self.live_revision.is_some()
            && self.status != ContentStatus::Archived
            && self.published_at.is_some_and(|p| p > at)
    }

    /// The working copy differs from what readers see.
    pub fn has_unpublished_changes(&self) -> bool {
        self.live_revision.is_some_and(|live| live < self.latest_revision)
    }
}

async fn texts_of(tx: &mut Tx, id: i64, stage: &str) -> Result<Vec<StoredText>> {
    tx.fetch_all(
        Sql::new(
            "SELECT language, title, standfirst, body, people, image_alt, version, source_version, updated_at \
             FROM content_texts WHERE content_id = $1 AND stage = $2 ORDER BY language",
        )
        .bind(id)
        .bind(stage),
    )
    .await
}

async fn links_of(tx: &mut Tx, id: i64, stage: &str) -> Result<StoryLinks> {
    let rows: Vec<(String, String)> = tx
        .fetch_all(
            Sql::new("SELECT link_kind, value FROM content_links WHERE content_id = $1 AND stage = $2")
                .bind(id)
                .bind(stage),
        )
        .await?;
    Ok(StoryLinks::from_pairs(rows.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
}

fn parse_row(row: ContentRow) -> Result<(ContentRow, ContentKind, ContentStatus)> {
    let kind = ContentKind::parse(&row.kind).map_err(|_| StoreError::Corrupt(format!("content kind {}", row.kind)))?;
    let status =
        ContentStatus::parse(&row.status).map_err(|_| StoreError::Corrupt(format!("content status {}", row.status)))?;
    Ok((row, kind, status))
}

pub(crate) async fn get_in(tx: &mut Tx, id: i64) -> Result<Content> {
    let row: ContentRow = tx
        .fetch_optional(Sql::new(format!("SELECT {CONTENT_COLUMNS} FROM contents WHERE id = $1")).bind(id))
        .await?
        .ok_or(StoreError::NotFound)?;
    let (row, kind, status) = parse_row(row)?;
    let mut texts = texts_of(tx, id, "working").await?;
    texts.sort_by_key(|t| t.language != row.source_language);
    let links = links_of(tx, id, "working").await?;
    let (latest_revision,): (i64,) = tx
        .fetch_one(Sql::new("SELECT COALESCE(MAX(number), 0) FROM content_revisions WHERE content_id = $1").bind(id))
        .await?;
    let requested_changes = if status == ContentStatus::ChangesRequested {
        let comment: Option<(Option<String>,)> = tx
            .fetch_optional(
                Sql::new(
                    "SELECT comment FROM content_events WHERE content_id = $1 AND action = 'request_changes' \
                     ORDER BY at DESC, id DESC LIMIT 1",
                )
                .bind(id),
            )
            .await?;
        comment.and_then(|(c,)| c)
    } else {
        None
    };
    Ok(Content {
        id: row.id,
        kind,
        slug: row.slug,
        source_language: row.source_language,
        status,
        author_id: row.author_id,
        author: row.author,
        created_at: row.created_at,
        updated_at: row.updated_at,
        published_at: row.published_at,
        live_at: row.live_at,
        live_revision: row.live_revision,
        texts,
        links,
        latest_revision,
        requested_changes,
    })
}

/// One piece of content by id, as staff see it.
pub async fn get(db: &Db, id: i64) -> Result<Content> {
    let mut tx = db.begin_read().await?;
    let content = get_in(&mut tx, id).await?;
    tx.commit().await?;
    Ok(content)
}

/// Checks that what `links` names exists: projects, members, countries and themes.
async fn check_links(tx: &mut Tx, links: &StoryLinks) -> Result<()> {
    let mut errors = apdc_domain::FieldErrors::default();
    let checks: [(&'static str, &'static str, &str, &[String]); 4] = [
        ("projects", "unknown_project", "SELECT COUNT(*) FROM projects WHERE code IN ", &links.projects),
        ("members", "unknown_member", "SELECT COUNT(*) FROM members WHERE alpha2 IN ", &links.members),
        ("countries", "unknown_country", "SELECT COUNT(*) FROM countries WHERE alpha2 IN ", &links.countries),
        ("themes", "unknown_theme", "SELECT COUNT(*) FROM themes WHERE slug IN ", &links.themes),
    ];
    for (field, code, query, values) in checks {
        if values.is_empty() {
            continue;
        }
        let mut sql = Sql::new(query);
        let list = sql.param_list(values.iter().map(String::as_str));
        sql.push(&list);
        let (found,): (i64,) = tx.fetch_one(sql).await?;
        if usize::try_from(found).unwrap_or(0) != values.len() {
            errors.push(field, code);
        }
    }
    if let Some(image) = &links.image
        && crate::images::known_keys(tx, std::slice::from_ref(image)).await?.is_empty()
    {
        errors.push("image", "unknown_image");
    }
    if errors.is_empty() { Ok(()) } else { Err(StoreError::Invalid(errors)) }
}

/// Checks that the images a body shows are in the library.
async fn check_body_images(tx: &mut Tx, text: &ContentText) -> Result<()> {
    let mut keys = text.body_images();
    keys.sort();
    keys.dedup();
    if crate::images::known_keys(tx, &keys).await?.len() != keys.len() {
        return Err(StoreError::invalid("body", "image_not_uploaded"));
    }
    Ok(())
}

async fn write_links(tx: &mut Tx, id: i64, stage: &str, links: &StoryLinks) -> Result<()> {
    tx.execute(Sql::new("DELETE FROM content_links WHERE content_id = $1 AND stage = $2").bind(id).bind(stage)).await?;
    for (kind, value) in links.pairs() {
        tx.execute(
            Sql::new("INSERT INTO content_links (content_id, stage, link_kind, value) VALUES ($1, $2, $3, $4)")
                .bind(id)
                .bind(stage)
                .bind(kind)
                .bind(value),
        )
        .await?;
    }
    Ok(())
}

/// Writes (inserts or replaces) one working text.
async fn write_text(tx: &mut Tx, id: i64, text: &ContentText, version: i64, source_version: Option<i64>) -> Result<()> {
    tx.execute(
        Sql::new(
            "INSERT INTO content_texts (content_id, stage, language, title, standfirst, body, people, image_alt, \
             version, source_version, updated_at) VALUES ($1, 'working', $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             ON CONFLICT (content_id, stage, language) DO UPDATE SET title = excluded.title, \
             standfirst = excluded.standfirst, body = excluded.body, people = excluded.people, \
             image_alt = excluded.image_alt, \
             version = excluded.version, source_version = excluded.source_version, updated_at = excluded.updated_at",
        )
        .bind(id)
        .bind(text.language.as_str())
        .bind(text.title.as_str())
        .bind(text.standfirst.clone())
        .bind(text.body.as_str())
        .bind(text.people.clone())
        .bind(text.image_alt.clone())
        .bind(version)
        .bind(source_version)
        .bind(now()),
    )
    .await?;
    Ok(())
}

/// Records a revision of the working copy as it now is, and returns its number.
async fn record_revision(tx: &mut Tx, actor: &Actor, id: i64, action: &str, detail: Option<String>) -> Result<i64> {
    let content = get_in(tx, id).await?;
    let snapshot = Snapshot::of(&content);
    let json = serde_json::to_string(&snapshot).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let number = content.latest_revision + 1;
    tx.execute(
        Sql::new(
            "INSERT INTO content_revisions (content_id, number, created_at, created_by, author, action, detail, snapshot) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(number)
        .bind(now())
        .bind(actor.user_id)
        .bind(actor.label.as_str())
        .bind(action)
        .bind(detail)
        .bind(json),
    )
    .await?;
    Ok(number)
}

fn audit_value(content: &Content) -> serde_json::Value {
    serde_json::json!({
        "slug": content.slug,
        "status": content.status.as_str(),
        "source_language": content.source_language,
        "languages": content.texts.iter().map(|t| t.language.as_str()).collect::<Vec<_>>(),
        "revision": content.latest_revision,
    })
}

async fn audit(
    tx: &mut Tx,
    actor: &Actor,
    action: &'static str,
    before: Option<&Content>,
    after: &Content,
) -> Result<()> {
    let key = after.id.to_string();
    audit::record(
        tx,
        actor,
        Change {
            action,
            record_type: after.kind.as_str(),
            record_key: &key,
            before: before.map(audit_value),
            after: Some(audit_value(after)),
        },
    )
    .await
}

/// Creates a draft from its source texts and links (revision 1).
pub async fn create(db: &Db, actor: &Actor, kind: ContentKind, input: &StoryInput) -> Result<Content> {
    let mut tx = db.begin().await?;
    check_links(&mut tx, &input.links).await?;
    check_body_images(&mut tx, &input.text).await?;
    let at = now();
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO contents (kind, slug, source_language, status, author_id, author, created_at, updated_at) \
                 VALUES ($1, $2, $3, 'draft', $4, $5, $6, $6) RETURNING id",
            )
            .bind(kind.as_str())
            .bind(input.slug.as_str())
            .bind(input.source_language.as_str())
            .bind(actor.user_id)
            .bind(actor.label.as_str())
            .bind(at),
        )
        .await
        .map_err(|e| e.on_unique("slug"))?;
    write_text(&mut tx, id, &input.text, 1, None).await?;
    write_links(&mut tx, id, "working", &input.links).await?;
    record_revision(&mut tx, actor, id, "created", None).await?;
    let content = get_in(&mut tx, id).await?;
    audit(&mut tx, actor, "content.create", None, &content).await?;
    tx.commit().await?;
    Ok(content)
}

async fn editable(tx: &mut Tx, id: i64) -> Result<Content> {
    let content = get_in(tx, id).await?;
    if !content.status.is_editable() {
        return Err(StoreError::invalid("status", "archived_not_editable"));
    }
    Ok(content)
}

async fn set_status_after_edit(tx: &mut Tx, content: &Content) -> Result<()> {
    tx.execute(
        Sql::new("UPDATE contents SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(content.status.after_edit().as_str())
            .bind(now())
            .bind(content.id),
    )
    .await?;
    Ok(())
}

/// Saves the source texts and links. A change to the source texts raises its version
/// (so translations become out of date) unless the input marks it minor.
pub async fn update(db: &Db, actor: &Actor, id: i64, input: &StoryInput) -> Result<Content> {
    let mut tx = db.begin().await?;
    let before = editable(&mut tx, id).await?;
    if input.slug != before.slug && before.live_revision.is_some() {
        return Err(StoreError::invalid("slug", "slug_fixed_once_published"));
    }
    if input.source_language != before.source_language {
        return Err(StoreError::invalid("source_language", "source_language_fixed"));
    }
    check_links(&mut tx, &input.links).await?;
    check_body_images(&mut tx, &input.text).await?;
    let source = before.source();
    let changed = source.content_text() != input.text;
    let version = if changed && !input.minor { source.version + 1 } else { source.version };
    if input.slug != before.slug {
        tx.execute(Sql::new("UPDATE contents SET slug = $1 WHERE id = $2").bind(input.slug.as_str()).bind(id))
            .await
            .map_err(|e| e.on_unique("slug"))?;
    }
    write_text(&mut tx, id, &input.text, version, None).await?;
    write_links(&mut tx, id, "working", &input.links).await?;
    set_status_after_edit(&mut tx, &before).await?;
    record_revision(&mut tx, actor, id, "edited", input.minor.then(|| "minor".to_owned())).await?;
    let after = get_in(&mut tx, id).await?;
    audit(&mut tx, actor, "content.update", Some(&before), &after).await?;
    tx.commit().await?;
    Ok(after)
}

/// A line of the staff list.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ContentSummary {
    pub id: i64,
    pub slug: String,
    pub status: String,
    pub source_language: String,
    pub author: String,
    pub updated_at: i64,
    pub published_at: Option<i64>,
    pub live_revision: Option<i64>,
    pub title: String,
    /// Translations behind their source.
    pub out_of_date: i64,
}

impl ContentSummary {
    pub fn status(&self) -> ContentStatus {
        ContentStatus::parse(&self.status).unwrap_or(ContentStatus::Draft)
    }
}

/// Staff list of one kind, newest change first, optionally of one status.
pub async fn list(
    db: &Db,
    kind: ContentKind,
    status: Option<ContentStatus>,
    language: &str,
    page: usize,
    per_page: usize,
) -> Result<Paged<ContentSummary>> {
    let clause = |sql: &mut Sql| {
        let kind_param = sql.param(kind.as_str());
        let mut clause = format!("c.kind = {kind_param}");
        if let Some(status) = status {
            let p = sql.param(status.as_str());
            clause.push_str(&format!(" AND c.status = {p}"));
        }
        clause
    };
    let mut count = Sql::new("SELECT COUNT(*) FROM contents c WHERE ");
    let where_clause = clause(&mut count);
    count.push(&where_clause);
    let (total,): (i64,) = db.fetch_one(count).await?;
    let mut sql = Sql::new("");
    let where_clause = clause(&mut sql);
    let lang = sql.param(language);
    let limit = sql.param(i64::try_from(per_page).unwrap_or(50));
    let offset = sql.param(i64::try_from(page.saturating_sub(1).saturating_mul(per_page)).unwrap_or(i64::MAX));
    sql.push(&format!(
        "SELECT c.id, c.slug, c.status, c.source_language, c.author, c.updated_at, c.published_at, c.live_revision, \
         COALESCE(t.title, s.title) AS title, \
         (SELECT COUNT(*) FROM content_texts tr WHERE tr.content_id = c.id AND tr.stage = 'working' \
            AND tr.language <> c.source_language AND tr.source_version < s.version) AS out_of_date \
         FROM contents c \
         JOIN content_texts s ON s.content_id = c.id AND s.stage = 'working' AND s.language = c.source_language \
         LEFT JOIN content_texts t ON t.content_id = c.id AND t.stage = 'working' AND t.language = {lang} \
         WHERE {where_clause} ORDER BY c.updated_at DESC, c.id DESC LIMIT {limit} OFFSET {offset}"
    ));
    let items = db.fetch_all(sql).await?;
    Ok(Paged { items, total: usize::try_from(total).unwrap_or(0), page, per_page })
}

/// How many items of `kind` are in each status.
pub async fn status_counts(db: &Db, kind: ContentKind) -> Result<Vec<(String, i64)>> {
    db.fetch_all(
        Sql::new("SELECT status, COUNT(*) FROM contents WHERE kind = $1 GROUP BY status ORDER BY status")
            .bind(kind.as_str()),
    )
    .await
}

/// The id of the item of `kind` with `slug`, for staff links by slug.
pub async fn id_of(db: &Db, kind: ContentKind, slug: &str) -> Result<Option<i64>> {
    let row: Option<(i64,)> = db
        .fetch_optional(
            Sql::new("SELECT id FROM contents WHERE kind = $1 AND slug = $2").bind(kind.as_str()).bind(slug),
        )
        .await?;
    Ok(row.map(|(id,)| id))
}
