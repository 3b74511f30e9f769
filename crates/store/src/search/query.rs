//! Reading the index: the entries a reader's query finds, those whose title holds every
//! word first, then the others; within each, the most recently indexed first (a story
//! is indexed when published, a project when changed). The order is made of the same
//! conditions and ids on both engines — no engine's own relevance score — so both give
//! the same results in the same order.
//!
//! The work per query is bounded whatever the number of matches: entries are read in
//! id order and the reading stops at the page asked for; counts stop at [`COUNT_CAP`]
//! ("more than 1 000"), and pages beyond it are not offered.

use crate::Db;
use crate::db::{Engine, Sql};
use crate::error::Result;
use crate::paging::Paged;
use apdc_search::Query;
use serde::Serialize;

/// Counts stop here; so do the results one can page through.
pub const COUNT_CAP: usize = 1_000;

/// One entry found.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Hit {
    pub kind: String,
    pub record_key: String,
    pub language: String,
    pub title: String,
    /// The text snippets are cut from.
    pub body: String,
}

/// A page of hits (the total at most [`COUNT_CAP`]).
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub hits: Paged<Hit>,
    /// More entries were found than [`COUNT_CAP`].
    pub capped: bool,
}

/// Which entries a part of the search reads.
#[derive(Clone, Copy)]
enum Part {
    /// Every word found anywhere.
    All,
    /// Every word in the title.
    Titles,
    /// Every word found, not all in the title.
    Rest,
}

/// A query for readers of `reader`, of `kind` if given, visible at `at`.
#[derive(Clone, Copy)]
struct Ask<'a> {
    query: &'a Query,
    reader: &'a str,
    kind: Option<&'a str>,
    at: i64,
}

/// The FROM and WHERE of `part` of `ask`, bound in `sql`; with `texts`, the entries'
/// texts are `e`.
fn from_where(sql: &mut Sql, engine: Engine, ask: Ask<'_>, part: Part, texts: bool) -> String {
    let Ask { query, reader, kind, at } = ask;
    let at = sql.param(at);
    match engine {
        Engine::Sqlite => {
            let e = sql.param(fts5_expression(ask, part));
            format!(
                "FROM search_fts f JOIN search_entries e ON e.id = f.rowid \
                 WHERE f.search_fts MATCH {e} AND e.visible_from <= {at}"
            )
        }
        Engine::Postgres => {
            let (all, titles) = (query.tsquery(reader, kind, false), query.tsquery(reader, kind, true));
            let expression = match part {
                Part::All => all,
                Part::Titles => titles,
                Part::Rest => format!("{all} & !{titles}"),
            };
            let e = sql.param(expression);
            // The vectors' table is narrow: the entries' texts are read for the rows
            // kept only.
            let join = if texts { " JOIN search_entries e ON e.id = v.entry_id" } else { "" };
            format!("FROM search_vectors v{join} WHERE v.vector @@ CAST({e} AS tsquery) AND v.visible_from <= {at}")
        }
    }
}

/// The order of a read of a part with `few` matches (fewer than [`COUNT_CAP`]) or many.
fn order_by(engine: Engine, few: bool) -> &'static str {
    match engine {
        // FTS5 reads its matches in rowid order: nothing to sort, and it stops early.
        Engine::Sqlite => "ORDER BY f.rowid DESC",
        // PostgreSQL either walks the primary key backwards testing each row, which
        // stops early when matches are many and dense, or gathers the matches from the
        // GIN index and sorts them, which is cheap when they are few. Its estimates of
        // full-text selectivity are too rough to choose; the count just made does:
        // `id + 0` cannot use the key's order, so few matches are gathered and sorted.
        Engine::Postgres if few => "ORDER BY v.entry_id + 0 DESC",
        Engine::Postgres => "ORDER BY v.entry_id DESC",
    }
}

/// How many entries `part` finds, up to [`COUNT_CAP`] + 1.
async fn count(db: &Db, ask: Ask<'_>, part: Part) -> Result<usize> {
    let cap = i64::try_from(COUNT_CAP + 1).unwrap_or(i64::MAX);
    let n = match db.engine() {
        // The full-text index alone counts in a fraction of a millisecond; reading each
        // entry for its moment would cost a row each. So the entries not visible yet (a
        // few scheduled stories, found by their own index) are counted apart and taken
        // away.
        Engine::Sqlite => {
            let expression = fts5_expression(ask, part);
            let mut sql = Sql::new("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ");
            let e = sql.param(expression.clone());
            let c = sql.param(cap);
            let e2 = sql.param(expression);
            let at = sql.param(ask.at);
            // Each entry not visible yet is looked up in the full-text index by its id.
            sql.push(&format!(
                "{e} LIMIT {c}) AS found), (SELECT COUNT(*) FROM search_entries later \
                 WHERE later.visible_from > {at} AND EXISTS (SELECT 1 FROM search_fts \
                 WHERE search_fts MATCH {e2} AND search_fts.rowid = later.id))"
            ));
            let (found, later): (i64, i64) = db.fetch_one(sql.planned_per_run()).await?;
            if found > cap - 1 { found } else { found - later }
        }
        Engine::Postgres => {
            let mut sql = Sql::new("SELECT COUNT(*) FROM (SELECT 1 ");
            let from = from_where(&mut sql, Engine::Postgres, ask, part, false);
            let c = sql.param(cap);
            sql.push(&format!("{from} LIMIT {c}) AS found"));
            let (n,): (i64,) = db.fetch_one(sql.planned_per_run()).await?;
            n
        }
    };
    Ok(usize::try_from(n).unwrap_or(0))
}

fn fts5_expression(ask: Ask<'_>, part: Part) -> String {
    let (all, titles) = (ask.query.fts5(ask.reader, ask.kind, false), ask.query.fts5(ask.reader, ask.kind, true));
    match part {
        Part::All => all,
        Part::Titles => titles,
        Part::Rest => format!("{all} NOT {titles}"),
    }
}

/// `limit` entries of `part` from `offset`, in order.
async fn read(db: &Db, ask: Ask<'_>, part: Part, few: bool, offset: usize, limit: usize) -> Result<Vec<Hit>> {
    let mut sql = Sql::new("SELECT e.kind, e.record_key, e.language, e.title, e.body ");
    let from = from_where(&mut sql, db.engine(), ask, part, true);
    let l = sql.param(i64::try_from(limit).unwrap_or(i64::MAX));
    let o = sql.param(i64::try_from(offset).unwrap_or(i64::MAX));
    sql.push(&format!("{from} {} LIMIT {l} OFFSET {o}", order_by(db.engine(), few)));
    db.fetch_all(sql.planned_per_run()).await
}

/// What `query` finds for a reader of `reader`, of `kind` if given, visible at `at`:
/// page `page` of `per_page` results, titles first.
pub async fn search(
    db: &Db,
    query: &Query,
    reader: &str,
    kind: Option<&str>,
    at: i64,
    page: usize,
    per_page: usize,
) -> Result<SearchResults> {
    let ask = Ask { query, reader, kind, at };
    let found = count(db, ask, Part::All).await?;
    let total = found.min(COUNT_CAP);
    let offset = page.saturating_sub(1).saturating_mul(per_page);
    let mut items = Vec::new();
    if offset < total {
        let limit = per_page.min(total - offset);
        if found <= COUNT_CAP {
            // Titles are then few too: their page is read at once, and their number is
            // needed only when it runs short, to know where the rest begins — and is
            // known then, unless the page is past the last title.
            items = read(db, ask, Part::Titles, true, offset, limit).await?;
            if items.len() < limit {
                let titles = if items.is_empty() && offset > 0 {
                    count(db, ask, Part::Titles).await?
                } else {
                    offset + items.len()
                };
                let from = offset.saturating_sub(titles);
                items.extend(read(db, ask, Part::Rest, true, from, limit - items.len()).await?);
            }
        } else {
            let titles = count(db, ask, Part::Titles).await?;
            if offset < titles {
                items = read(db, ask, Part::Titles, titles <= COUNT_CAP, offset, limit).await?;
            }
            if items.len() < limit {
                let from = offset.saturating_sub(titles);
                items.extend(read(db, ask, Part::Rest, false, from, limit - items.len()).await?);
            }
        }
    }
    Ok(SearchResults { hits: Paged { items, total, page, per_page }, capped: found > COUNT_CAP })
}
