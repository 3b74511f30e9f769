//! Fast insertion of generated records: demonstration data and load-test volumes.
//!
//! The ordinary store functions validate one record, write it with one statement per
//! row and link, and record an audit entry each; that is right for what people enter,
//! and far too slow for a million generated participations. Here rows are written with
//! multi-row `INSERT … VALUES (…), (…)` statements of a few hundred rows, inside the
//! caller's transaction, and the caller records **one** audit entry for the whole batch
//! ([`record_seed`]) saying what was added: an entry per generated row would bury the
//! trail staff read under noise, and would double the work.
//!
//! Nothing is validated: the caller generates values that are valid by construction
//! (codes from the domain enums, dates in canonical form, ids it has just read).

use crate::audit::{self, Actor, Change};
use crate::db::{Arg, Engine, Sql, Tx};
use crate::error::{Result, StoreError};
use crate::now;
use apdc_domain::activity::{ActivityMode, ActivityStatus, FollowUp, StaffRole};
use apdc_domain::person::{ParticipationStatus, Sex, StakeholderGroup};
use apdc_domain::project::{FinanceKind, OrgRole, OrgType, ProjectStatus, ProjectText, Scope};
use serde::Serialize;

/// Rows per statement: large enough that statement overhead vanishes, small enough that
/// the statement text and its arguments stay modest.
const ROWS_PER_STATEMENT: usize = 500;

/// Arguments per statement at most. SQLite allows 32 766 and PostgreSQL 65 535; wide
/// tables get fewer rows per statement to stay under both.
const MAX_ARGS: usize = 30_000;

/// An organisation the generated projects need; kept as it is when one of the same name
/// exists.
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub name: String,
    pub acronym: Option<String>,
    pub org_type: OrgType,
    pub iati_ref: Option<String>,
    pub country: Option<String>,
    pub website: Option<String>,
}

/// A theme the generated projects need; kept as it is when one with the slug exists.
#[derive(Debug, Clone)]
pub struct NewTheme {
    pub slug: String,
    pub name_en: String,
    pub name_fr: Option<String>,
}

/// A commitment or disbursement of a new project.
#[derive(Debug, Clone)]
pub struct NewFinance {
    pub organisation_id: i64,
    pub kind: FinanceKind,
    pub year: i64,
    pub currency: String,
    pub amount_hundredths: i64,
}

/// The budget of one year of a new project.
#[derive(Debug, Clone)]
pub struct NewBudget {
    pub year: i64,
    pub currency: String,
    pub amount_hundredths: i64,
}

/// A project with everything attached to it.
#[derive(Debug, Clone)]
pub struct NewProject {
    pub code: String,
    pub status: ProjectStatus,
    pub scope: Scope,
    pub planned_start: Option<String>,
    pub planned_end: Option<String>,
    pub actual_start: Option<String>,
    pub actual_end: Option<String>,
    pub public: bool,
    pub texts: Vec<ProjectText>,
    /// Country codes.
    pub countries: Vec<String>,
    pub regions: Vec<String>,
    /// Member ids.
    pub members: Vec<i64>,
    /// Theme ids.
    pub themes: Vec<i64>,
    /// Goal and target; the empty target stands for the goal alone.
    pub sdgs: Vec<(i64, String)>,
    /// Organisation id and role.
    pub partners: Vec<(i64, OrgRole)>,
    pub finances: Vec<NewFinance>,
    pub budgets: Vec<NewBudget>,
}

/// An activity with its countries, members and staff.
#[derive(Debug, Clone)]
pub struct NewActivity {
    pub project_id: i64,
    pub mode: ActivityMode,
    pub title: String,
    pub description: Option<String>,
    pub languages: Vec<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub status: ActivityStatus,
    pub capacity: Option<i64>,
    pub platform: Option<String>,
    pub course_iri: Option<String>,
    pub duration_hours: Option<i64>,
    pub starts_at: Option<String>,
    pub time_zone: Option<String>,
    pub meeting_link: Option<String>,
    pub venue_country: Option<String>,
    pub venue_city: Option<String>,
    pub goals: Option<String>,
    pub requesting_member_id: Option<i64>,
    pub terms_of_reference: Option<String>,
    pub report: Option<String>,
    pub committee: Option<String>,
    pub meeting: Option<String>,
    /// Country codes.
    pub countries: Vec<String>,
    /// Member ids.
    pub members: Vec<i64>,
    /// Person id and role.
    pub staff: Vec<(i64, StaffRole)>,
}

/// A session of a coaching engagement.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub activity_id: i64,
    pub held_on: String,
    pub notes: Option<String>,
}

/// A recommendation of an advisory mission.
#[derive(Debug, Clone)]
pub struct NewRecommendation {
    pub activity_id: i64,
    pub text: String,
    pub follow_up: FollowUp,
}

/// A person.
#[derive(Debug, Clone)]
pub struct NewPerson {
    pub name: String,
    pub email: String,
    pub sex: Sex,
    pub country: Option<String>,
    pub organisation: Option<String>,
    pub stakeholder_group: Option<StakeholderGroup>,
    pub nominated_by_member_id: Option<i64>,
}

/// A participation, in the status it has reached.
#[derive(Debug, Clone)]
pub struct NewParticipation {
    pub activity_id: i64,
    pub person_id: i64,
    pub status: ParticipationStatus,
    pub nominated_by_member_id: Option<i64>,
    /// When it reached that status (Unix seconds); also the time of its one history step.
    pub status_changed_at: i64,
}

/// What one seeding batch added, for its audit entry and the operator's summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Added {
    pub organisations: usize,
    pub themes: usize,
    pub projects: usize,
    pub activities: usize,
    pub coaching_sessions: usize,
    pub recommendations: usize,
    pub people: usize,
    pub participations: usize,
}

impl std::ops::AddAssign for Added {
    fn add_assign(&mut self, other: Self) {
        self.organisations += other.organisations;
        self.themes += other.themes;
        self.projects += other.projects;
        self.activities += other.activities;
        self.coaching_sessions += other.coaching_sessions;
        self.recommendations += other.recommendations;
        self.people += other.people;
        self.participations += other.participations;
    }
}

/// A statement built piece by piece with the placeholder style that is fast on its
/// engine.
///
/// SQLite looks each numbered parameter (`$7`, `?7`) up by a linear search of those seen
/// before, once while parsing and again when sqlx binds it: with thousands of parameters
/// per statement that is quadratic, and it took three quarters of the time of a demo
/// seed. Anonymous `?` placeholders, bound in the order they appear, cost nothing to look
/// up. PostgreSQL only knows `$n`, and numbers cost it nothing.
struct Statement {
    engine: Engine,
    text: String,
    args: Vec<Arg>,
}

impl Statement {
    fn new(engine: Engine, text: &str) -> Self {
        Self { engine, text: text.to_owned(), args: Vec::new() }
    }

    fn push(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// Appends the placeholder of `arg` to the text.
    fn arg(&mut self, arg: impl Into<Arg>) {
        self.args.push(arg.into());
        match self.engine {
            Engine::Sqlite => self.text.push('?'),
            Engine::Postgres => {
                self.text.push('$');
                self.text.push_str(&self.args.len().to_string());
            }
        }
    }

    /// `(a, b, c)`.
    fn tuple(&mut self, args: impl IntoIterator<Item = Arg>) {
        self.push("(");
        for (i, arg) in args.into_iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.arg(arg);
        }
        self.push(")");
    }

    fn finish(self) -> Sql {
        self.args.into_iter().fold(Sql::new(self.text), Sql::bind)
    }
}

/// `INSERT INTO {table} ({columns}) VALUES` followed by `rows` and `tail`.
fn values_statement(engine: Engine, table: &str, columns: &str, rows: Vec<Vec<Arg>>, tail: &str) -> Sql {
    let mut statement = Statement::new(engine, &format!("INSERT INTO {table} ({columns}) VALUES "));
    for (i, row) in rows.into_iter().enumerate() {
        if i > 0 {
            statement.push(", ");
        }
        statement.tuple(row);
    }
    statement.push(tail);
    statement.finish()
}

/// How many rows of `width` arguments go in one statement.
fn rows_per_statement(width: usize) -> usize {
    ROWS_PER_STATEMENT.min(MAX_ARGS / width.max(1)).max(1)
}

/// The rows, in statement-sized groups.
fn chunks(rows: Vec<Vec<Arg>>) -> impl Iterator<Item = Vec<Vec<Arg>>> {
    let size = rows_per_statement(rows.first().map_or(1, Vec::len));
    let mut rows = rows.into_iter().peekable();
    std::iter::from_fn(move || {
        rows.peek()?;
        Some(rows.by_ref().take(size).collect())
    })
}

/// Inserts `rows` into `table`, as few statements as the engine allows; returns how
/// many were written.
pub(crate) async fn insert_rows(tx: &mut Tx, table: &str, columns: &str, rows: Vec<Vec<Arg>>) -> Result<u64> {
    insert(tx, table, columns, rows).await
}

/// Inserts `rows` into `table`; returns how many were written.
async fn insert(tx: &mut Tx, table: &str, columns: &str, rows: Vec<Vec<Arg>>) -> Result<u64> {
    let mut written = 0;
    for chunk in chunks(rows) {
        written += tx.execute(values_statement(tx.engine(), table, columns, chunk, "")).await?;
    }
    Ok(written)
}

/// Inserts `rows` into `table` and returns their new ids in the order of `rows`.
///
/// The ids come back through `RETURNING id`, whose row order neither engine promises;
/// they are sorted instead. Both engines assign ids in the order the rows of the
/// `VALUES` list are inserted (SQLite takes the largest rowid plus one, row after row,
/// under its write lock; PostgreSQL draws from the identity sequence as each row is
/// produced), so ascending ids are row order, whatever order `RETURNING` reports them in.
async fn insert_returning_ids(tx: &mut Tx, table: &str, columns: &str, rows: Vec<Vec<Arg>>) -> Result<Vec<i64>> {
    let mut ids = Vec::with_capacity(rows.len());
    for chunk in chunks(rows) {
        let expected = chunk.len();
        let statement = values_statement(tx.engine(), table, columns, chunk, " RETURNING id");
        let returned: Vec<(i64,)> = tx.fetch_all(statement).await?;
        if returned.len() != expected {
            return Err(StoreError::Corrupt(format!(
                "bulk insert into {table}: {expected} rows written, {} ids returned",
                returned.len()
            )));
        }
        let mut chunk_ids: Vec<i64> = returned.into_iter().map(|(id,)| id).collect();
        chunk_ids.sort_unstable();
        ids.extend(chunk_ids);
    }
    Ok(ids)
}

/// Whether a project with `code` exists: how a seeder tells that its batch is already in.
pub async fn project_code_exists(tx: &mut Tx, code: &str) -> Result<bool> {
    let found: Option<(i64,)> =
        tx.fetch_optional(Sql::new("SELECT id FROM projects WHERE code = $1").bind(code)).await?;
    Ok(found.is_some())
}

/// Adds the organisations whose name is not taken; returns the id of each, in order, and
/// how many were added.
pub async fn ensure_organisations(tx: &mut Tx, organisations: &[NewOrganisation]) -> Result<(Vec<i64>, usize)> {
    if organisations.is_empty() {
        return Ok((Vec::new(), 0));
    }
    let at = now();
    let rows = organisations
        .iter()
        .map(|o| {
            vec![
                Arg::from(o.name.as_str()),
                Arg::from(o.acronym.clone()),
                Arg::from(o.org_type.as_str()),
                Arg::from(o.iati_ref.clone()),
                Arg::from(o.country.clone()),
                Arg::from(o.website.clone()),
                Arg::from(at),
                Arg::from(at),
            ]
        })
        .collect();
    let mut added = 0;
    for chunk in chunks(rows) {
        let sql = values_statement(
            tx.engine(),
            "organisations",
            "name, acronym, org_type, iati_ref, country, website, created_at, updated_at",
            chunk,
            " ON CONFLICT (name) DO NOTHING",
        );
        added += tx.execute(sql).await?;
    }
    let mut sql = Sql::new("SELECT id, name FROM organisations WHERE name IN ");
    let list = sql.param_list(organisations.iter().map(|o| o.name.as_str()));
    sql.push(&list);
    let found: Vec<(i64, String)> = tx.fetch_all(sql).await?;
    let ids = organisations
        .iter()
        .map(|o| found.iter().find(|(_, name)| *name == o.name).map(|(id, _)| *id).ok_or(StoreError::NotFound))
        .collect::<Result<Vec<_>>>()?;
    Ok((ids, usize::try_from(added).unwrap_or(0)))
}

/// Adds the themes whose slug is not taken; returns the id of each, in order, and how
/// many were added.
pub async fn ensure_themes(tx: &mut Tx, themes: &[NewTheme]) -> Result<(Vec<i64>, usize)> {
    if themes.is_empty() {
        return Ok((Vec::new(), 0));
    }
    let at = now();
    let rows = themes
        .iter()
        .map(|t| {
            vec![
                Arg::from(t.slug.as_str()),
                Arg::from(t.name_en.as_str()),
                Arg::from(t.name_fr.clone()),
                Arg::from(at),
                Arg::from(at),
            ]
        })
        .collect();
    let mut added = 0;
    for chunk in chunks(rows) {
        let sql = values_statement(
            tx.engine(),
            "themes",
            "slug, name_en, name_fr, created_at, updated_at",
            chunk,
            " ON CONFLICT (slug) DO NOTHING",
        );
        added += tx.execute(sql).await?;
    }
    let mut sql = Sql::new("SELECT id, slug FROM themes WHERE slug IN ");
    let list = sql.param_list(themes.iter().map(|t| t.slug.as_str()));
    sql.push(&list);
    let found: Vec<(i64, String)> = tx.fetch_all(sql).await?;
    let ids = themes
        .iter()
        .map(|t| found.iter().find(|(_, slug)| *slug == t.slug).map(|(id, _)| *id).ok_or(StoreError::NotFound))
        .collect::<Result<Vec<_>>>()?;
    Ok((ids, usize::try_from(added).unwrap_or(0)))
}

/// Inserts projects with their texts, places, members, themes, SDGs, partners, funding
/// and budgets; returns their ids in order.
pub async fn insert_projects(tx: &mut Tx, projects: &[NewProject]) -> Result<Vec<i64>> {
    let at = now();
    let rows = projects
        .iter()
        .map(|p| {
            vec![
                Arg::from(p.code.as_str()),
                Arg::from(p.status.as_str()),
                Arg::from(p.scope.as_str()),
                Arg::from(p.planned_start.clone()),
                Arg::from(p.planned_end.clone()),
                Arg::from(p.actual_start.clone()),
                Arg::from(p.actual_end.clone()),
                Arg::from(p.public),
                Arg::from(at),
                Arg::from(at),
            ]
        })
        .collect();
    let ids = insert_returning_ids(
        tx,
        "projects",
        "code, status, scope, planned_start, planned_end, actual_start, actual_end, public, created_at, updated_at",
        rows,
    )
    .await?;
    let with_ids = || ids.iter().copied().zip(projects);

    let texts = with_ids()
        .flat_map(|(id, p)| {
            p.texts.iter().map(move |t| {
                vec![
                    Arg::from(id),
                    Arg::from(t.language.as_str()),
                    Arg::from(t.title.as_str()),
                    Arg::from(t.summary.clone()),
                    Arg::from(t.description.clone()),
                    Arg::from(1),
                    // A translation loaded with its source follows it.
                    Arg::from((t.language != crate::project_texts::SOURCE_LANGUAGE).then_some(1)),
                ]
            })
        })
        .collect();
    insert(tx, "project_texts", "project_id, language, title, summary, description, version, source_version", texts)
        .await?;
    let countries =
        with_ids().flat_map(|(id, p)| p.countries.iter().map(move |c| vec![Arg::from(id), Arg::from(c)])).collect();
    insert(tx, "project_countries", "project_id, alpha2", countries).await?;
    let regions =
        with_ids().flat_map(|(id, p)| p.regions.iter().map(move |r| vec![Arg::from(id), Arg::from(r)])).collect();
    insert(tx, "project_regions", "project_id, region", regions).await?;
    let members =
        with_ids().flat_map(|(id, p)| p.members.iter().map(move |m| vec![Arg::from(id), Arg::from(*m)])).collect();
    insert(tx, "project_members", "project_id, member_id", members).await?;
    let themes =
        with_ids().flat_map(|(id, p)| p.themes.iter().map(move |t| vec![Arg::from(id), Arg::from(*t)])).collect();
    insert(tx, "project_themes", "project_id, theme_id", themes).await?;
    let sdgs = with_ids()
        .flat_map(|(id, p)| p.sdgs.iter().map(move |(g, t)| vec![Arg::from(id), Arg::from(*g), Arg::from(t)]))
        .collect();
    insert(tx, "project_sdgs", "project_id, goal, target", sdgs).await?;
    let partners = with_ids()
        .flat_map(|(id, p)| {
            p.partners.iter().map(move |(o, role)| vec![Arg::from(id), Arg::from(*o), Arg::from(role.as_str())])
        })
        .collect();
    insert(tx, "project_partners", "project_id, organisation_id, role", partners).await?;
    let finances = with_ids()
        .flat_map(|(id, p)| {
            p.finances.iter().map(move |f| {
                vec![
                    Arg::from(id),
                    Arg::from(f.organisation_id),
                    Arg::from(f.kind.as_str()),
                    Arg::from(f.year),
                    Arg::from(f.currency.as_str()),
                    Arg::from(f.amount_hundredths),
                    Arg::from(at),
                ]
            })
        })
        .collect();
    insert(
        tx,
        "project_finances",
        "project_id, organisation_id, kind, year, currency, amount_hundredths, created_at",
        finances,
    )
    .await?;
    let budgets = with_ids()
        .flat_map(|(id, p)| {
            p.budgets.iter().map(move |b| {
                vec![Arg::from(id), Arg::from(b.year), Arg::from(b.currency.as_str()), Arg::from(b.amount_hundredths)]
            })
        })
        .collect();
    insert(tx, "project_budgets", "project_id, year, currency, amount_hundredths", budgets).await?;
    crate::search::sync_projects(tx, &ids).await?;
    Ok(ids)
}

/// Inserts activities with their countries, members and staff; returns their ids in order.
pub async fn insert_activities(tx: &mut Tx, activities: &[NewActivity]) -> Result<Vec<i64>> {
    let at = now();
    let rows = activities
        .iter()
        .map(|a| {
            vec![
                Arg::from(a.project_id),
                Arg::from(a.mode.as_str()),
                Arg::from(a.title.as_str()),
                Arg::from(a.description.clone()),
                Arg::from(a.languages.join(" ")),
                Arg::from(a.start_date.clone()),
                Arg::from(a.end_date.clone()),
                Arg::from(a.status.as_str()),
                Arg::from(a.capacity),
                Arg::from(a.platform.clone()),
                Arg::from(a.course_iri.clone()),
                Arg::from(a.duration_hours),
                Arg::from(a.starts_at.clone()),
                Arg::from(a.time_zone.clone()),
                Arg::from(a.meeting_link.clone()),
                Arg::from(a.venue_country.clone()),
                Arg::from(a.venue_city.clone()),
                Arg::from(a.goals.clone()),
                Arg::from(a.requesting_member_id),
                Arg::from(a.terms_of_reference.clone()),
                Arg::from(a.report.clone()),
                Arg::from(a.committee.clone()),
                Arg::from(a.meeting.clone()),
                Arg::from(at),
                Arg::from(at),
            ]
        })
        .collect();
    let ids = insert_returning_ids(
        tx,
        "activities",
        "project_id, mode, title, description, languages, start_date, end_date, status, capacity, platform, \
         course_iri, duration_hours, starts_at, time_zone, meeting_link, venue_country, venue_city, goals, \
         requesting_member_id, terms_of_reference, report, committee, meeting, created_at, updated_at",
        rows,
    )
    .await?;
    let with_ids = || ids.iter().copied().zip(activities);
    let countries =
        with_ids().flat_map(|(id, a)| a.countries.iter().map(move |c| vec![Arg::from(id), Arg::from(c)])).collect();
    insert(tx, "activity_countries", "activity_id, alpha2", countries).await?;
    let members =
        with_ids().flat_map(|(id, a)| a.members.iter().map(move |m| vec![Arg::from(id), Arg::from(*m)])).collect();
    insert(tx, "activity_members", "activity_id, member_id", members).await?;
    let staff = with_ids()
        .flat_map(|(id, a)| {
            a.staff.iter().map(move |(person, role)| vec![Arg::from(id), Arg::from(*person), Arg::from(role.as_str())])
        })
        .collect();
    insert(tx, "activity_staff", "activity_id, person_id, role", staff).await?;
    Ok(ids)
}

/// Inserts coaching sessions; returns how many.
pub async fn insert_sessions(tx: &mut Tx, sessions: &[NewSession]) -> Result<usize> {
    let at = now();
    let rows = sessions
        .iter()
        .map(|s| {
            vec![Arg::from(s.activity_id), Arg::from(s.held_on.as_str()), Arg::from(s.notes.clone()), Arg::from(at)]
        })
        .collect();
    let written = insert(tx, "coaching_sessions", "activity_id, held_on, notes, created_at", rows).await?;
    Ok(usize::try_from(written).unwrap_or(0))
}

/// Inserts mission recommendations; returns how many.
pub async fn insert_recommendations(tx: &mut Tx, recommendations: &[NewRecommendation]) -> Result<usize> {
    let at = now();
    let rows = recommendations
        .iter()
        .map(|r| {
            vec![
                Arg::from(r.activity_id),
                Arg::from(r.text.as_str()),
                Arg::from(r.follow_up.as_str()),
                Arg::from(at),
                Arg::from(at),
            ]
        })
        .collect();
    let written =
        insert(tx, "mission_recommendations", "activity_id, text, follow_up, created_at, updated_at", rows).await?;
    Ok(usize::try_from(written).unwrap_or(0))
}

/// Inserts people; returns their ids in order.
pub async fn insert_people(tx: &mut Tx, people: &[NewPerson]) -> Result<Vec<i64>> {
    let at = now();
    let rows = people
        .iter()
        .map(|p| {
            vec![
                Arg::from(p.name.as_str()),
                Arg::from(p.email.as_str()),
                Arg::from(p.sex.as_str()),
                Arg::from(p.country.clone()),
                Arg::from(p.organisation.clone()),
                Arg::from(p.stakeholder_group.map(|g| g.as_str())),
                Arg::from(p.nominated_by_member_id),
                Arg::from(at),
                Arg::from(at),
            ]
        })
        .collect();
    insert_returning_ids(
        tx,
        "people",
        "name, email, sex, country, organisation, stakeholder_group, nominated_by_member_id, created_at, updated_at",
        rows,
    )
    .await
}

/// Inserts participations, each with the one step of history that brought it to its
/// status (by `actor`, with `note`); returns their ids in order.
pub async fn insert_participations(
    tx: &mut Tx,
    actor: &Actor,
    note: Option<&str>,
    participations: &[NewParticipation],
) -> Result<Vec<i64>> {
    let at = now();
    let mut ids = Vec::with_capacity(participations.len());
    let width = 7;
    for group in participations.chunks(rows_per_statement(width)) {
        let rows = group
            .iter()
            .map(|p| {
                vec![
                    Arg::from(p.activity_id),
                    Arg::from(p.person_id),
                    Arg::from(p.status.as_str()),
                    Arg::from(p.nominated_by_member_id),
                    Arg::from(p.status_changed_at),
                    Arg::from(at),
                    Arg::from(at),
                ]
            })
            .collect();
        let group_ids = insert_returning_ids(
            tx,
            "participations",
            "activity_id, person_id, status, nominated_by_member_id, status_changed_at, created_at, updated_at",
            rows,
        )
        .await?;
        // The history step is read from the rows just written, so it cannot disagree
        // with them whatever order their ids came back in.
        let mut history = Statement::new(
            tx.engine(),
            "INSERT INTO participation_changes (participation_id, at, from_status, to_status, actor_id, actor, note) \
             SELECT id, status_changed_at, NULL, status, ",
        );
        history.arg(actor.user_id);
        history.push(", ");
        history.arg(actor.label.as_str());
        history.push(", ");
        history.arg(note);
        history.push(" FROM participations WHERE id IN ");
        history.tuple(group_ids.iter().map(|id| Arg::from(*id)));
        history.push(" ORDER BY id");
        let history = history.finish();
        tx.execute(history).await?;
        ids.extend(group_ids);
    }
    Ok(ids)
}

/// Records one audit entry for a seeding batch: `key` names the batch (its first project
/// code), `added` says what it added.
pub async fn record_seed(tx: &mut Tx, actor: &Actor, key: &str, added: &Added) -> Result<()> {
    let after = serde_json::to_value(added).map_err(|e| StoreError::Corrupt(format!("seed summary: {e}")))?;
    let change = Change { action: "demo.seed", record_type: "demo", record_key: key, before: None, after: Some(after) };
    audit::record(tx, actor, change).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_rows_get_fewer_rows_per_statement() {
        assert_eq!(rows_per_statement(7), ROWS_PER_STATEMENT);
        assert_eq!(rows_per_statement(100), 300);
        assert!(rows_per_statement(25) * 25 <= MAX_ARGS);
    }

    #[test]
    fn rows_are_grouped_and_numbered_across_the_statement() {
        let rows: Vec<Vec<Arg>> = (0..1_201_i64).map(|i| vec![Arg::from(i), Arg::from("x")]).collect();
        let groups: Vec<usize> = chunks(rows).map(|c| c.len()).collect();
        assert_eq!(groups, vec![500, 500, 201]);
        let row = vec![Arg::from(1_i64), Arg::from("x")];
        let postgres = values_statement(Engine::Postgres, "t", "a, b", vec![row.clone(); 2], " RETURNING id");
        assert!(format!("{postgres:?}").contains("VALUES ($1, $2), ($3, $4) RETURNING id"), "{postgres:?}");
        let sqlite = values_statement(Engine::Sqlite, "t", "a, b", vec![row; 2], "");
        assert!(format!("{sqlite:?}").contains("VALUES (?, ?), (?, ?)"), "{sqlite:?}");
    }
}
