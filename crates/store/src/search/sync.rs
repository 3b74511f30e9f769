//! Keeping the index in step with the records: after any write to a project, a member or
//! a piece of content, its entries are rewritten from what readers may see of it, in the
//! writer's transaction — so the index is never behind a committed record.

use crate::Db;
use crate::bulk::insert_rows;
use crate::db::{Arg, Engine, Sql, Tx};
use crate::error::Result;
use apdc_search::{Entry, LANGUAGES, terms};

/// The longest text kept per entry for snippets; the whole text is indexed.
const SNIPPET_SOURCE_CHARS: usize = 2_000;
/// Records read at once when many are indexed together.
const CHUNK: usize = 500;

/// A project's text: project id, language, title, summary, description.
type ProjectTextRow = (i64, String, String, Option<String>, Option<String>);
/// A content text: language, title, standfirst, body, people quoted.
type ContentTextRow = (String, String, Option<String>, String, Option<String>);

/// One text of a record.
struct Text {
    language: String,
    title: String,
    body: String,
}

/// A record to index: its texts and the language readers without a translation see.
struct Record {
    kind: &'static str,
    id: i64,
    key: String,
    source_language: String,
    visible_from: i64,
    texts: Vec<Text>,
}

fn rows(record: &Record) -> Vec<Vec<Arg>> {
    record
        .texts
        .iter()
        .map(|text| {
            // Readers in a language without a text of its own are shown the source.
            let shown_to: Vec<&str> = LANGUAGES
                .iter()
                .copied()
                .filter(|reader| {
                    *reader == text.language
                        || (text.language == record.source_language
                            && !record.texts.iter().any(|t| t.language == *reader))
                })
                .collect();
            let entry = Entry {
                kind: record.kind,
                language: &text.language,
                shown_to: &shown_to,
                title: &text.title,
                body: &text.body,
            };
            let snippet_source: String = text.body.chars().take(SNIPPET_SOURCE_CHARS).collect();
            vec![
                Arg::from(record.kind),
                Arg::from(record.id),
                Arg::from(record.key.as_str()),
                Arg::from(text.language.as_str()),
                Arg::from(record.visible_from),
                Arg::from(text.title.as_str()),
                Arg::from(snippet_source),
                Arg::from(terms(&entry)),
            ]
        })
        .collect()
}

async fn remove(tx: &mut Tx, kind: &str, ids: &[i64]) -> Result<()> {
    for chunk in ids.chunks(CHUNK) {
        let mut sql = Sql::new("DELETE FROM search_entries WHERE kind = ");
        let k = sql.param(kind);
        sql.push(&format!("{k} AND record_id IN "));
        let list = sql.param_list(chunk.iter().copied());
        sql.push(&list);
        tx.execute(sql).await?;
    }
    Ok(())
}

async fn write(tx: &mut Tx, records: &[Record]) -> Result<()> {
    let rows: Vec<Vec<Arg>> = records.iter().flat_map(rows).collect();
    if !rows.is_empty() {
        insert_rows(
            tx,
            "search_entries",
            "kind, record_id, record_key, language, visible_from, title, body, terms",
            rows,
        )
        .await?;
    }
    Ok(())
}

/// Rewrites the entries of projects `ids`: public projects are indexed by their texts
/// (title; summary and description), private ones are removed.
pub(crate) async fn sync_projects(tx: &mut Tx, ids: &[i64]) -> Result<()> {
    remove(tx, "project", ids).await?;
    for chunk in ids.chunks(CHUNK) {
        let mut sql = Sql::new("SELECT id, code FROM projects WHERE public = TRUE AND id IN ");
        let list = sql.param_list(chunk.iter().copied());
        sql.push(&list);
        let projects: Vec<(i64, String)> = tx.fetch_all(sql).await?;
        if projects.is_empty() {
            continue;
        }
        let mut sql = Sql::new(
            "SELECT project_id, language, title, summary, description FROM project_texts WHERE project_id IN ",
        );
        let list = sql.param_list(projects.iter().map(|p| p.0));
        sql.push(&list);
        let texts: Vec<ProjectTextRow> = tx.fetch_all(sql).await?;
        let records: Vec<Record> = projects
            .into_iter()
            .map(|(id, code)| {
                let own: Vec<Text> = texts
                    .iter()
                    .filter(|t| t.0 == id)
                    .map(|(_, language, title, summary, description)| Text {
                        language: language.clone(),
                        title: title.clone(),
                        body: [Some(code.as_str()), summary.as_deref(), description.as_deref()]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join("\n"),
                    })
                    .collect();
                // Projects are written in English first; readers of a language without a
                // text see the English one.
                let source = if own.iter().any(|t| t.language == "en") { "en" } else { "" };
                let source_language = if source.is_empty() {
                    own.first().map(|t| t.language.clone()).unwrap_or_default()
                } else {
                    source.to_owned()
                };
                Record { kind: "project", id, key: code, source_language, visible_from: 0, texts: own }
            })
            .collect();
        write(tx, &records).await?;
    }
    Ok(())
}

/// Rewrites the entries of the members whose country codes are `codes`: each member in
/// every language, by its country's name there, its acronym and its name.
pub(crate) async fn sync_members(tx: &mut Tx, codes: &[&str]) -> Result<()> {
    for chunk in codes.chunks(CHUNK) {
        let mut sql = Sql::new(
            "SELECT m.id, m.alpha2, m.acronym, m.name, c.name_en, c.name_fr, c.name_es, c.name_ar, c.name_ru \
             FROM members m JOIN countries c ON c.alpha2 = m.alpha2 WHERE m.alpha2 IN ",
        );
        let list = sql.param_list(chunk.iter().copied());
        sql.push(&list);
        type Row = (i64, String, Option<String>, Option<String>, String, String, String, String, String);
        let members: Vec<Row> = tx.fetch_all(sql).await?;
        let ids: Vec<i64> = members.iter().map(|m| m.0).collect();
        remove(tx, "member", &ids).await?;
        let records: Vec<Record> = members
            .into_iter()
            .map(|(id, alpha2, acronym, name, en, fr, es, ar, ru)| {
                let body = [acronym.as_deref(), name.as_deref()].into_iter().flatten().collect::<Vec<_>>().join("\n");
                let texts = [("en", en), ("fr", fr), ("es", es), ("ar", ar), ("ru", ru)]
                    .into_iter()
                    .map(|(language, country)| Text {
                        language: language.to_owned(),
                        title: match &acronym {
                            Some(acronym) => format!("{country} ({acronym})"),
                            None => country,
                        },
                        body: body.clone(),
                    })
                    .collect();
                Record { kind: "member", id, key: alpha2, source_language: "en".into(), visible_from: 0, texts }
            })
            .collect();
        write(tx, &records).await?;
    }
    Ok(())
}

/// Rewrites the entries of content `id` from its live copy: a published story or page is
/// indexed from its publication moment (a scheduled one is found only from then); a
/// draft never published, or an archived item, has no entries.
pub(crate) async fn sync_content(tx: &mut Tx, id: i64) -> Result<()> {
    remove(tx, "story", &[id]).await?;
    remove(tx, "page", &[id]).await?;
    let row: Option<(String, String, String, i64)> = tx
        .fetch_optional(
            Sql::new(
                "SELECT kind, slug, source_language, published_at FROM contents WHERE id = $1 \
                 AND live_revision IS NOT NULL AND status <> 'archived' AND published_at IS NOT NULL",
            )
            .bind(id),
        )
        .await?;
    let Some((kind, slug, source_language, published_at)) = row else { return Ok(()) };
    let texts: Vec<ContentTextRow> = tx
        .fetch_all(
            Sql::new(
                "SELECT language, title, standfirst, body, people FROM content_texts \
                 WHERE content_id = $1 AND stage = 'live'",
            )
            .bind(id),
        )
        .await?;
    let texts = texts
        .into_iter()
        .map(|(language, title, standfirst, body, people)| Text {
            language,
            title,
            body: [standfirst, Some(apdc_markdown::plain_text(&body, usize::MAX)), people]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect();
    let kind = if kind == "page" { "page" } else { "story" };
    write(tx, &[Record { kind, id, key: slug, source_language, visible_from: published_at, texts }]).await
}

/// Rewrites the whole index from the records, in one transaction; returns the number of
/// entries written.
pub async fn rebuild(db: &Db) -> Result<i64> {
    let mut tx = db.begin().await?;
    tx.execute(Sql::new("DELETE FROM search_entries")).await?;
    let projects: Vec<(i64,)> = tx.fetch_all(Sql::new("SELECT id FROM projects ORDER BY id")).await?;
    sync_projects(&mut tx, &projects.into_iter().map(|(id,)| id).collect::<Vec<_>>()).await?;
    let members: Vec<(String,)> = tx.fetch_all(Sql::new("SELECT alpha2 FROM members ORDER BY alpha2")).await?;
    sync_members(&mut tx, &members.iter().map(|(c,)| c.as_str()).collect::<Vec<_>>()).await?;
    let contents: Vec<(i64,)> = tx.fetch_all(Sql::new("SELECT id FROM contents ORDER BY id")).await?;
    for (id,) in contents {
        sync_content(&mut tx, id).await?;
    }
    let (count,): (i64,) = tx.fetch_one(Sql::new("SELECT COUNT(*) FROM search_entries")).await?;
    tx.commit().await?;
    compact(db).await?;
    Ok(count)
}

/// Merges the full-text index after many entries were written at once (a rebuild, a
/// bulk load). SQLite's FTS5 keeps what each transaction wrote as a segment of its own,
/// which every query reads one after the other until they are merged (queries took
/// 1.75 times as long over a corpus loaded in batches, see `bench/RESULTS.md`);
/// PostgreSQL's GIN index keeps recent entries in a pending list that every query reads
/// in full until they are moved into the index. Small writes need none of this: FTS5
/// merges its segments as they accumulate, and PostgreSQL's autovacuum empties the list.
pub async fn compact(db: &Db) -> Result<()> {
    let statement = match db.engine() {
        Engine::Sqlite => "INSERT INTO search_fts (search_fts) VALUES ('optimize')",
        Engine::Postgres => "SELECT gin_clean_pending_list('search_vectors_vector')",
    };
    db.execute(Sql::new(statement)).await?;
    Ok(())
}

/// Builds the index when it is empty but records exist (a database made before search
/// existed); returns the entries written, 0 when nothing was to do.
pub async fn rebuild_if_empty(db: &Db) -> Result<i64> {
    let (entries,): (i64,) = db.fetch_one(Sql::new("SELECT COUNT(*) FROM search_entries")).await?;
    let (members,): (i64,) = db.fetch_one(Sql::new("SELECT COUNT(*) FROM members")).await?;
    if entries > 0 || members == 0 {
        return Ok(0);
    }
    rebuild(db).await
}

/// A record indexed from outside the store's writers (generated corpora for
/// benchmarks): its texts as (language, title, body).
#[derive(Debug, Clone)]
pub struct Document {
    pub kind: &'static str,
    pub id: i64,
    pub key: String,
    pub source_language: String,
    pub visible_from: i64,
    pub texts: Vec<(String, String, String)>,
}

/// Writes the entries of `documents` as the writers would, in one transaction, after
/// removing any entries of the same records.
pub async fn load(db: &Db, documents: &[Document]) -> Result<()> {
    let mut tx = db.begin().await?;
    for kind in super::KINDS {
        let ids: Vec<i64> = documents.iter().filter(|d| d.kind == kind).map(|d| d.id).collect();
        remove(&mut tx, kind, &ids).await?;
    }
    let records: Vec<Record> = documents
        .iter()
        .map(|d| Record {
            kind: d.kind,
            id: d.id,
            key: d.key.clone(),
            source_language: d.source_language.clone(),
            visible_from: d.visible_from,
            texts: d
                .texts
                .iter()
                .map(|(language, title, body)| Text {
                    language: language.clone(),
                    title: title.clone(),
                    body: body.clone(),
                })
                .collect(),
        })
        .collect();
    write(&mut tx, &records).await?;
    tx.commit().await
}
