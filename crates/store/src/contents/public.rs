//! What readers see: the live copy of items whose publication moment has come. The
//! moment is compared in the query, so a scheduled item appears exactly then.

use super::{StoredText, TranslationState, links_of, texts_of, translation_state};
use crate::Db;
use crate::db::Sql;
use crate::error::Result;
use crate::paging::Paged;
use apdc_domain::content::{ContentKind, Placement, StoryLinks};
use serde::Serialize;

/// The condition that makes an item of `contents c` visible at the moment bound as `at`.
pub(crate) fn visible(at: &str) -> String {
    format!("c.live_revision IS NOT NULL AND c.status <> 'archived' AND c.published_at <= {at}")
}

/// Filters of the public list; each narrows it.
#[derive(Debug, Clone, Default)]
pub struct PublicFilter {
    /// An M49 region, sub-region or intermediate region of a linked country or member.
    pub region: Option<String>,
    pub member: Option<String>,
    pub country: Option<String>,
    pub project: Option<String>,
    pub sdg: Option<i64>,
    pub theme: Option<String>,
    /// The year of publication (UTC).
    pub year: Option<i64>,
}

/// The texts chosen for a reader: their language if translated, else the source.
#[derive(Debug, Clone, Serialize)]
pub struct Chosen {
    pub text: StoredText,
    /// Where the shown text stands: the source, a current or an out-of-date translation,
    /// or `missing` (the source shown because the reader's language has no translation).
    pub state: TranslationState,
}

fn choose(texts: &[StoredText], source_language: &str, language: &str) -> Option<Chosen> {
    let state = translation_state(texts, source_language, language);
    let shown = match state {
        TranslationState::Missing => texts.iter().find(|t| t.language == source_language),
        _ => texts.iter().find(|t| t.language == language),
    }?;
    Some(Chosen { text: shown.clone(), state })
}

/// A line of the public list.
#[derive(Debug, Clone, Serialize)]
pub struct PublicSummary {
    pub slug: String,
    pub source_language: String,
    pub published_at: i64,
    pub shown: StoredText,
    pub state: TranslationState,
}

#[derive(sqlx::FromRow)]
struct VisibleRow {
    id: i64,
    slug: String,
    source_language: String,
    published_at: i64,
}

fn filter_clause(sql: &mut Sql, kind: ContentKind, filter: &PublicFilter, at: i64) -> String {
    let at = sql.param(at);
    let kind = sql.param(kind.as_str());
    let mut clause = format!("c.kind = {kind} AND {}", visible(&at));
    let link = |sql: &mut Sql, kind: &str, value: &str| {
        let v = sql.param(value);
        format!(
            " AND EXISTS (SELECT 1 FROM content_links l WHERE l.content_id = c.id AND l.stage = 'live' \
             AND l.link_kind = '{kind}' AND l.value = {v})"
        )
    };
    if let Some(member) = &filter.member {
        clause.push_str(&link(sql, "member", member));
    }
    if let Some(country) = &filter.country {
        clause.push_str(&link(sql, "country", country));
    }
    if let Some(project) = &filter.project {
        clause.push_str(&link(sql, "project", project));
    }
    if let Some(sdg) = filter.sdg {
        clause.push_str(&link(sql, "sdg", &sdg.to_string()));
    }
    if let Some(theme) = &filter.theme {
        clause.push_str(&link(sql, "theme", theme));
    }
    if let Some(region) = &filter.region {
        let r = sql.param(region.as_str());
        clause.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM content_links l JOIN countries co ON co.alpha2 = l.value \
             WHERE l.content_id = c.id AND l.stage = 'live' AND l.link_kind IN ('country', 'member') \
             AND (co.m49_region = {r} OR co.m49_subregion = {r} OR co.m49_intermediate_region = {r}))"
        ));
    }
    if let Some(year) = filter.year {
        let (start, end) = year_bounds(year);
        let (s, e) = (sql.param(start), sql.param(end));
        clause.push_str(&format!(" AND c.published_at >= {s} AND c.published_at < {e}"));
    }
    clause
}

/// The first second of `year` and of the next, in UTC.
fn year_bounds(year: i64) -> (i64, i64) {
    let start = |y: i64| {
        i32::try_from(y)
            .ok()
            .and_then(|y| time::Date::from_calendar_date(y, time::Month::January, 1).ok())
            .map_or(if y < 1970 { i64::MIN / 2 } else { i64::MAX / 2 }, |d| d.midnight().assume_utc().unix_timestamp())
    };
    (start(year), start(year.saturating_add(1)))
}

/// Published items of `kind` visible at `at`, newest first, each in `language` where
/// translated.
pub async fn public_list(
    db: &Db,
    kind: ContentKind,
    filter: &PublicFilter,
    language: &str,
    at: i64,
    page: usize,
    per_page: usize,
) -> Result<Paged<PublicSummary>> {
    let mut count = Sql::new("SELECT COUNT(*) FROM contents c WHERE ");
    let clause = filter_clause(&mut count, kind, filter, at);
    count.push(&clause);
    let (total,): (i64,) = db.fetch_one(count).await?;
    let mut sql = Sql::new("SELECT c.id, c.slug, c.source_language, c.published_at FROM contents c WHERE ");
    let clause = filter_clause(&mut sql, kind, filter, at);
    let limit = sql.param(i64::try_from(per_page).unwrap_or(20));
    let offset = sql.param(i64::try_from(page.saturating_sub(1).saturating_mul(per_page)).unwrap_or(i64::MAX));
    sql.push(&format!("{clause} ORDER BY c.published_at DESC, c.id DESC LIMIT {limit} OFFSET {offset}"));
    let rows: Vec<VisibleRow> = db.fetch_all(sql).await?;
    let mut texts: Vec<(i64, StoredText)> = Vec::new();
    if !rows.is_empty() {
        let mut sql = Sql::new(
            "SELECT content_id, language, title, standfirst, body, people, image_alt, version, source_version, updated_at \
             FROM content_texts WHERE stage = 'live' AND content_id IN ",
        );
        let ids = sql.param_list(rows.iter().map(|r| r.id));
        sql.push(&ids);
        let found: Vec<TextRow> = db.fetch_all(sql).await?;
        texts = found.into_iter().map(TextRow::split).collect();
    }
    let items = rows
        .into_iter()
        .filter_map(|row| {
            let own: Vec<StoredText> = texts.iter().filter(|(id, _)| *id == row.id).map(|(_, t)| t.clone()).collect();
            let chosen = choose(&own, &row.source_language, language)?;
            Some(PublicSummary {
                slug: row.slug,
                source_language: row.source_language,
                published_at: row.published_at,
                shown: chosen.text,
                state: chosen.state,
            })
        })
        .collect();
    Ok(Paged { items, total: usize::try_from(total).unwrap_or(0), page, per_page })
}

#[derive(sqlx::FromRow)]
struct TextRow {
    content_id: i64,
    language: String,
    title: String,
    standfirst: Option<String>,
    body: String,
    people: Option<String>,
    image_alt: Option<String>,
    version: i64,
    source_version: Option<i64>,
    updated_at: i64,
}

impl TextRow {
    fn split(self) -> (i64, StoredText) {
        (
            self.content_id,
            StoredText {
                language: self.language,
                title: self.title,
                standfirst: self.standfirst,
                body: self.body,
                people: self.people,
                image_alt: self.image_alt,
                version: self.version,
                source_version: self.source_version,
                updated_at: self.updated_at,
            },
        )
    }
}

/// A project a story links to, if the project is public.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct LinkedProject {
    pub code: String,
    pub language: String,
    pub title: String,
}

/// One published item as readers see it.
#[derive(Debug, Clone, Serialize)]
pub struct PublicContent {
    pub slug: String,
    pub source_language: String,
    pub published_at: i64,
    /// When the live copy was last replaced.
    pub live_at: i64,
    pub shown: StoredText,
    pub state: TranslationState,
    /// Every live text (for the languages it can be read in).
    pub texts: Vec<StoredText>,
    pub links: StoryLinks,
    /// Titles of the public projects linked, in every language they have.
    pub projects: Vec<LinkedProject>,
}

/// The published item of `kind` with `slug`, if readers may see it at `at`.
pub async fn public_get(
    db: &Db,
    kind: ContentKind,
    slug: &str,
    language: &str,
    at: i64,
) -> Result<Option<PublicContent>> {
    let mut tx = db.begin_read().await?;
    let mut sql = Sql::new("SELECT c.id, c.source_language, c.published_at, c.live_at FROM contents c WHERE ");
    let (k, s, a) = (sql.param(kind.as_str()), sql.param(slug), sql.param(at));
    sql.push(&format!("c.kind = {k} AND c.slug = {s} AND {}", visible(&a)));
    let row: Option<(i64, String, i64, Option<i64>)> = tx.fetch_optional(sql).await?;
    let Some((id, source_language, published_at, live_at)) = row else {
        tx.commit().await?;
        return Ok(None);
    };
    let texts = texts_of(&mut tx, id, "live").await?;
    let links = links_of(&mut tx, id, "live").await?;
    let mut projects = Vec::new();
    if !links.projects.is_empty() {
        let mut sql = Sql::new(
            "SELECT p.code, t.language, t.title FROM projects p JOIN project_texts t ON t.project_id = p.id \
             WHERE p.public = TRUE AND p.code IN ",
        );
        let list = sql.param_list(links.projects.iter().map(String::as_str));
        sql.push(&list);
        sql.push(" ORDER BY p.code, t.language");
        projects = tx.fetch_all(sql).await?;
    }
    tx.commit().await?;
    let Some(chosen) = choose(&texts, &source_language, language) else {
        return Ok(None);
    };
    Ok(Some(PublicContent {
        slug: slug.to_owned(),
        source_language,
        published_at,
        live_at: live_at.unwrap_or(published_at),
        shown: chosen.text,
        state: chosen.state,
        texts,
        links,
        projects,
    }))
}

/// The years from the first publication of a visible item of `kind` to the latest, newest
/// first: two aggregates, whatever the number of items.
pub async fn public_years(db: &Db, kind: ContentKind, at: i64) -> Result<Vec<i64>> {
    let mut sql = Sql::new("SELECT MIN(c.published_at), MAX(c.published_at) FROM contents c WHERE ");
    let (k, a) = (sql.param(kind.as_str()), sql.param(at));
    sql.push(&format!("c.kind = {k} AND {}", visible(&a)));
    let (first, last): (Option<i64>, Option<i64>) = db.fetch_one(sql).await?;
    let year =
        |s: Option<i64>| s.and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok()).map(|d| i64::from(d.year()));
    Ok(match (year(first), year(last)) {
        (Some(first), Some(last)) => (first..=last).rev().collect(),
        _ => Vec::new(),
    })
}

/// A page placed in the site's navigation, in the reader's language where translated.
#[derive(Debug, Clone, Serialize)]
pub struct PlacedPage {
    pub placement: Placement,
    pub position: i64,
    pub slug: String,
    pub shown: StoredText,
    pub state: TranslationState,
}

/// Every page readers see at `at` that is placed in the navigation, by placement and
/// position (then title): two queries, whatever the number of pages.
pub async fn placed_pages(db: &Db, language: &str, at: i64) -> Result<Vec<PlacedPage>> {
    let mut sql = Sql::new(
        "SELECT c.id, c.slug, c.source_language, pl.value, COALESCE(po.value, '1') FROM contents c \
         JOIN content_links pl ON pl.content_id = c.id AND pl.stage = 'live' AND pl.link_kind = 'placement' \
         LEFT JOIN content_links po ON po.content_id = c.id AND po.stage = 'live' AND po.link_kind = 'position' \
         WHERE c.kind = 'page' AND ",
    );
    let a = sql.param(at);
    sql.push(&visible(&a));
    let rows: Vec<(i64, String, String, String, String)> = db.fetch_all(sql).await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new(
        "SELECT content_id, language, title, standfirst, body, people, image_alt, version, source_version, updated_at \
         FROM content_texts WHERE stage = 'live' AND content_id IN ",
    );
    let ids = sql.param_list(rows.iter().map(|r| r.0));
    sql.push(&ids);
    let found: Vec<TextRow> = db.fetch_all(sql).await?;
    let texts: Vec<(i64, StoredText)> = found.into_iter().map(TextRow::split).collect();
    let mut pages: Vec<PlacedPage> = rows
        .into_iter()
        .filter_map(|(id, slug, source_language, placement, position)| {
            let own: Vec<StoredText> = texts.iter().filter(|(i, _)| *i == id).map(|(_, t)| t.clone()).collect();
            let chosen = choose(&own, &source_language, language)?;
            Some(PlacedPage {
                placement: Placement::parse(&placement).ok()?,
                position: position.parse().unwrap_or(1),
                slug,
                shown: chosen.text,
                state: chosen.state,
            })
        })
        .collect();
    pages.sort_by(|a, b| (a.placement, a.position, &a.shown.title).cmp(&(b.placement, b.position, &b.shown.title)));
    Ok(pages)
}

/// The moment the next scheduled item appears after `at`, if any.
pub async fn next_scheduled(db: &Db, at: i64) -> Result<Option<i64>> {
    let (next,): (Option<i64>,) = db
        .fetch_one(
            Sql::new(
                "SELECT MIN(published_at) FROM contents WHERE live_revision IS NOT NULL AND status <> 'archived' \
                 AND published_at > $1",
            )
            .bind(at),
        )
        .await?;
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::year_bounds;

    #[test]
    fn a_year_runs_from_its_first_second_to_the_next_years() {
        assert_eq!(year_bounds(2026), (1_767_225_600, 1_798_761_600));
    }
}
