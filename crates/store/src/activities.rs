//! Activities of every mode, the people who deliver them, coaching sessions and mission
//! recommendations.

use crate::audit::{self, Actor, Change};
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::paging::Paged;
use crate::projects::MemberRef;
use crate::{Db, now};
use apdc_domain::activity::{
    ActivityFields, ActivityInput, ActivityMode, ActivityStatus, FollowUp, RecommendationInput, SessionInput, StaffRole,
};
use serde::Serialize;

const ACTIVITY_COLUMNS: &str = "a.id, a.project_id, p.code AS project_code, p.public AS project_public, a.mode, a.title, \
     a.description, a.languages, a.start_date, a.end_date, a.status, a.capacity, a.platform, a.course_iri, \
     a.duration_hours, a.starts_at, a.time_zone, a.meeting_link, a.venue_country, a.venue_city, a.goals, \
     rm.alpha2 AS requesting_member, a.terms_of_reference, a.report, a.committee, a.meeting, a.created_at, a.updated_at";

const ACTIVITY_FROM: &str =
    "FROM activities a JOIN projects p ON p.id = a.project_id LEFT JOIN members rm ON rm.id = a.requesting_member_id";

#[derive(Debug, sqlx::FromRow)]
struct ActivityRow {
    id: i64,
    project_id: i64,
    project_code: String,
    project_public: bool,
    mode: String,
    title: String,
    description: Option<String>,
    languages: String,
    start_date: Option<String>,
    end_date: Option<String>,
    status: String,
    capacity: Option<i64>,
    platform: Option<String>,
    course_iri: Option<String>,
    duration_hours: Option<i64>,
    starts_at: Option<String>,
    time_zone: Option<String>,
    meeting_link: Option<String>,
    venue_country: Option<String>,
    venue_city: Option<String>,
    goals: Option<String>,
    requesting_member: Option<String>,
    terms_of_reference: Option<String>,
    report: Option<String>,
    committee: Option<String>,
    meeting: Option<String>,
    created_at: i64,
    updated_at: i64,
}

/// One activity. `meeting_link` is private: never shown on public pages or in the
/// public API.
#[derive(Debug, Clone, Serialize)]
pub struct Activity {
    pub id: i64,
    pub project_id: i64,
    pub project_code: String,
    pub project_public: bool,
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
    pub requesting_member: Option<String>,
    pub terms_of_reference: Option<String>,
    pub report: Option<String>,
    pub committee: Option<String>,
    pub meeting: Option<String>,
    pub countries: Vec<String>,
    pub members: Vec<MemberRef>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl TryFrom<ActivityRow> for Activity {
    type Error = StoreError;
    fn try_from(r: ActivityRow) -> Result<Self> {
        let corrupt = |what: &str, v: &str| StoreError::Corrupt(format!("activity {}: {what} {v:?}", r.id));
        Ok(Self {
            mode: ActivityMode::parse(&r.mode).map_err(|_| corrupt("mode", &r.mode))?,
            status: ActivityStatus::parse(&r.status).map_err(|_| corrupt("status", &r.status))?,
            languages: r.languages.split_whitespace().map(str::to_owned).collect(),
            id: r.id,
            project_id: r.project_id,
            project_code: r.project_code,
            project_public: r.project_public,
            title: r.title,
            description: r.description,
            start_date: r.start_date,
            end_date: r.end_date,
            capacity: r.capacity,
            platform: r.platform,
            course_iri: r.course_iri,
            duration_hours: r.duration_hours,
            starts_at: r.starts_at,
            time_zone: r.time_zone,
            meeting_link: r.meeting_link,
            venue_country: r.venue_country,
            venue_city: r.venue_city,
            goals: r.goals,
            requesting_member: r.requesting_member,
            terms_of_reference: r.terms_of_reference,
            report: r.report,
            committee: r.committee,
            meeting: r.meeting,
            countries: Vec::new(),
            members: Vec::new(),
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

impl Activity {
    /// The form values of this activity, to edit it.
    pub fn fields(&self) -> ActivityFields {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let number = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
        ActivityFields {
            mode: self.mode.as_str().to_owned(),
            title: self.title.clone(),
            description: text(&self.description),
            languages: self.languages.clone(),
            start_date: text(&self.start_date),
            end_date: text(&self.end_date),
            status: self.status.as_str().to_owned(),
            capacity: number(self.capacity),
            countries: self.countries.clone(),
            members: self.members.iter().map(|m| m.alpha2.clone()).collect(),
            platform: text(&self.platform),
            course_iri: text(&self.course_iri),
            duration_hours: number(self.duration_hours),
            starts_at: text(&self.starts_at),
            time_zone: text(&self.time_zone),
            meeting_link: text(&self.meeting_link),
            venue_country: text(&self.venue_country),
            venue_city: text(&self.venue_city),
            goals: text(&self.goals),
            requesting_member: text(&self.requesting_member),
            terms_of_reference: text(&self.terms_of_reference),
            report: text(&self.report),
            committee: text(&self.committee),
            meeting: text(&self.meeting),
        }
    }

    fn snapshot(&self) -> serde_json::Value {
        serde_json::json!({
            "project": self.project_code,
            "mode": self.mode.as_str(),
            "title": self.title,
            "status": self.status.as_str(),
            "languages": self.languages.join(" "),
            "start_date": self.start_date,
            "end_date": self.end_date,
            "capacity": self.capacity,
            "countries": self.countries,
            "members": self.members.iter().map(|m| m.alpha2.as_str()).collect::<Vec<_>>(),
            "platform": self.platform,
            "course_iri": self.course_iri,
            "duration_hours": self.duration_hours,
            "starts_at": self.starts_at,
            "time_zone": self.time_zone,
            "venue_country": self.venue_country,
            "venue_city": self.venue_city,
            "requesting_member": self.requesting_member,
            "committee": self.committee,
            "meeting": self.meeting,
        })
    }
}

/// Which activities to list.
#[derive(Debug, Clone, Default)]
pub struct ActivityFilter {
    /// Only activities of public projects.
    pub public_only: bool,
    pub project_id: Option<i64>,
    pub mode: Option<ActivityMode>,
    pub status: Option<ActivityStatus>,
    /// Targeted at this member (country code), or requested by it.
    pub member: Option<String>,
    /// Taking place (at least partly) in this year.
    pub year: Option<i64>,
    pub country: Option<String>,
}

impl ActivityFilter {
    fn push_conditions(&self, sql: &mut Sql) {
        if self.public_only {
            sql.push(" AND p.public = TRUE");
        }
        if let Some(project) = self.project_id {
            let p = sql.param(project);
            sql.push(&format!(" AND a.project_id = {p}"));
        }
        if let Some(mode) = self.mode {
            let m = sql.param(mode.as_str());
            sql.push(&format!(" AND a.mode = {m}"));
        }
        if let Some(status) = self.status {
            let s = sql.param(status.as_str());
            sql.push(&format!(" AND a.status = {s}"));
        }
        if let Some(member) = &self.member {
            let m = sql.param(member.as_str());
            sql.push(&format!(
                " AND (rm.alpha2 = {m} OR EXISTS (SELECT 1 FROM activity_members am JOIN members m ON m.id = am.member_id \
                 WHERE am.activity_id = a.id AND m.alpha2 = {m}))"
            ));
        }
        if let Some(country) = &self.country {
            let c = sql.param(country.as_str());
            sql.push(&format!(
                " AND (a.venue_country = {c} OR EXISTS (SELECT 1 FROM activity_countries ac \
                 WHERE ac.activity_id = a.id AND ac.alpha2 = {c}))"
            ));
        }
        if let Some(year) = self.year {
            let first = sql.param(format!("{year:04}-01-01"));
            let last = sql.param(format!("{year:04}-12-31"));
            sql.push(&format!(
                " AND COALESCE(a.start_date, SUBSTR(a.starts_at, 1, 10)) <= {last} \
                 AND COALESCE(a.end_date, a.start_date, SUBSTR(a.starts_at, 1, 10)) >= {first}"
            ));
        }
    }
}

/// Loads the countries and target members of `activities`.
async fn attach_links(db: &Db, activities: &mut [Activity]) -> Result<()> {
    if activities.is_empty() {
        return Ok(());
    }
    let mut sql = Sql::new("SELECT activity_id, alpha2 FROM activity_countries WHERE activity_id IN ");
    let ids = sql.param_list(activities.iter().map(|a| a.id));
    sql.push(&format!("{ids} ORDER BY alpha2"));
    let countries: Vec<(i64, String)> = db.fetch_all(sql).await?;
    let mut sql = Sql::new(
        "SELECT am.activity_id, m.alpha2, m.acronym FROM activity_members am JOIN members m ON m.id = am.member_id \
         WHERE am.activity_id IN ",
    );
    let ids = sql.param_list(activities.iter().map(|a| a.id));
    sql.push(&format!("{ids} ORDER BY m.alpha2"));
    let members: Vec<(i64, String, Option<String>)> = db.fetch_all(sql).await?;
    for activity in activities {
        activity.countries = countries.iter().filter(|(id, _)| *id == activity.id).map(|(_, c)| c.clone()).collect();
        activity.members = members
            .iter()
            .filter(|(id, _, _)| *id == activity.id)
            .map(|(_, alpha2, acronym)| MemberRef { alpha2: alpha2.clone(), acronym: acronym.clone() })
            .collect();
    }
    Ok(())
}

/// One page of activities matching `filter`, by start date.
pub async fn list(db: &Db, filter: &ActivityFilter, page: usize, per_page: usize) -> Result<Paged<Activity>> {
    let per_page = per_page.clamp(1, 1000);
    let page = page.max(1);
    let mut count = Sql::new(format!("SELECT COUNT(*) {ACTIVITY_FROM} WHERE 1 = 1"));
    filter.push_conditions(&mut count);
    let (total,): (i64,) = db.fetch_one(count).await?;
    let mut sql = Sql::new(format!("SELECT {ACTIVITY_COLUMNS} {ACTIVITY_FROM} WHERE 1 = 1"));
    filter.push_conditions(&mut sql);
    let limit = sql.param(i64::try_from(per_page).unwrap_or(50));
    let offset = sql.param(i64::try_from((page - 1) * per_page).unwrap_or(0));
    // Undated activities last on both engines (they order NULLs differently).
    sql.push(&format!(
        " ORDER BY COALESCE(a.start_date, a.starts_at) IS NULL, COALESCE(a.start_date, a.starts_at) DESC, a.id DESC \
         LIMIT {limit} OFFSET {offset}"
    ));
    let rows: Vec<ActivityRow> = db.fetch_all(sql).await?;
    let mut items = rows.into_iter().map(Activity::try_from).collect::<Result<Vec<_>>>()?;
    attach_links(db, &mut items).await?;
    Ok(Paged { items, total: usize::try_from(total).unwrap_or(0), page, per_page })
}

/// Every activity of a project, by start date (a project has tens, not thousands).
pub async fn of_project(db: &Db, project_id: i64) -> Result<Vec<Activity>> {
    let mut sql = Sql::new(format!("SELECT {ACTIVITY_COLUMNS} {ACTIVITY_FROM} WHERE a.project_id = $1"));
    sql = sql.bind(project_id);
    sql.push(" ORDER BY COALESCE(a.start_date, a.starts_at) IS NULL, COALESCE(a.start_date, a.starts_at), a.id");
    let rows: Vec<ActivityRow> = db.fetch_all(sql).await?;
    let mut items = rows.into_iter().map(Activity::try_from).collect::<Result<Vec<_>>>()?;
    attach_links(db, &mut items).await?;
    Ok(items)
}

pub async fn get(db: &Db, id: i64) -> Result<Activity> {
    let row: ActivityRow =
        db.fetch_one(Sql::new(format!("SELECT {ACTIVITY_COLUMNS} {ACTIVITY_FROM} WHERE a.id = $1")).bind(id)).await?;
    let mut activity = [Activity::try_from(row)?];
    attach_links(db, &mut activity).await?;
    let [activity] = activity;
    Ok(activity)
}

async fn get_in(tx: &mut Tx, id: i64) -> Result<Activity> {
    let row: ActivityRow =
        tx.fetch_one(Sql::new(format!("SELECT {ACTIVITY_COLUMNS} {ACTIVITY_FROM} WHERE a.id = $1")).bind(id)).await?;
    let mut activity = Activity::try_from(row)?;
    let countries: Vec<(String,)> = tx
        .fetch_all(Sql::new("SELECT alpha2 FROM activity_countries WHERE activity_id = $1 ORDER BY alpha2").bind(id))
        .await?;
    activity.countries = countries.into_iter().map(|(c,)| c).collect();
    activity.members = tx
        .fetch_all(
            Sql::new(
                "SELECT m.alpha2, m.acronym FROM activity_members am JOIN members m ON m.id = am.member_id \
                 WHERE am.activity_id = $1 ORDER BY m.alpha2",
            )
            .bind(id),
        )
        .await?;
    Ok(activity)
}

/// Member ids of `codes`, or an invalid-input error on `field`.
async fn member_ids(tx: &mut Tx, codes: &[apdc_domain::CountryCode], field: &'static str) -> Result<Vec<i64>> {
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new("SELECT id FROM members WHERE alpha2 IN ");
    let list = sql.param_list(codes.iter().map(|c| c.to_string()));
    sql.push(&list);
    let rows: Vec<(i64,)> = tx.fetch_all(sql).await?;
    if rows.len() == codes.len() {
        Ok(rows.into_iter().map(|(id,)| id).collect())
    } else {
        Err(StoreError::invalid(field, "unknown_member"))
    }
}

async fn check_countries(tx: &mut Tx, input: &ActivityInput) -> Result<()> {
    let mut codes: Vec<String> = input.countries.iter().map(|c| c.to_string()).collect();
    codes.extend(input.details.venue_country.map(|c| c.to_string()));
    codes.sort();
    codes.dedup();
    if codes.is_empty() {
        return Ok(());
    }
    let mut sql = Sql::new("SELECT COUNT(*) FROM countries WHERE alpha2 IN ");
    let n = codes.len();
    let list = sql.param_list(codes);
    sql.push(&list);
    let (found,): (i64,) = tx.fetch_one(sql).await?;
    if usize::try_from(found).unwrap_or(0) == n {
        Ok(())
    } else {
        Err(StoreError::invalid("countries", "unknown_country"))
    }
}

/// Writes the row and links of an activity (inserting when `id` is `None`); returns its id.
async fn write(tx: &mut Tx, id: Option<i64>, project_id: i64, input: &ActivityInput) -> Result<i64> {
    check_countries(tx, input).await?;
    let members = member_ids(tx, &input.members, "members").await?;
    let requesting = match input.details.requesting_member {
        Some(code) => member_ids(tx, &[code], "requesting_member").await?.first().copied(),
        None => None,
    };
    let d = &input.details;
    let columns = "project_id, mode, title, description, languages, start_date, end_date, status, capacity, platform, \
                   course_iri, duration_hours, starts_at, time_zone, meeting_link, venue_country, venue_city, goals, \
                   requesting_member_id, terms_of_reference, report, committee, meeting";
    let mut sql = match id {
        None => Sql::new(format!(
            "INSERT INTO activities ({columns}, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, \
             $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $24) RETURNING id"
        )),
        Some(_) => Sql::new(
            "UPDATE activities SET project_id = $1, mode = $2, title = $3, description = $4, languages = $5, \
             start_date = $6, end_date = $7, status = $8, capacity = $9, platform = $10, course_iri = $11, \
             duration_hours = $12, starts_at = $13, time_zone = $14, meeting_link = $15, venue_country = $16, \
             venue_city = $17, goals = $18, requesting_member_id = $19, terms_of_reference = $20, report = $21, \
             committee = $22, meeting = $23, updated_at = $24 WHERE id = $25 RETURNING id",
        ),
    };
    sql = sql
        .bind(project_id)
        .bind(input.mode.as_str())
        .bind(input.title.as_str())
        .bind(input.description.clone())
        .bind(input.languages.join(" "))
        .bind(input.start_date.clone())
        .bind(input.end_date.clone())
        .bind(input.status.as_str())
        .bind(input.capacity)
        .bind(d.platform.clone())
        .bind(d.course_iri.clone())
        .bind(d.duration_hours)
        .bind(d.starts_at.clone())
        .bind(d.time_zone.clone())
        .bind(d.meeting_link.clone())
        .bind(d.venue_country.map(|c| c.to_string()))
        .bind(d.venue_city.clone())
        .bind(d.goals.clone())
        .bind(requesting)
        .bind(d.terms_of_reference.clone())
        .bind(d.report.clone())
        .bind(d.committee.clone())
        .bind(d.meeting.clone())
        .bind(now());
    if let Some(id) = id {
        sql = sql.bind(id);
    }
    let (id,): (i64,) = tx.fetch_one(sql).await?;
    tx.execute(Sql::new("DELETE FROM activity_countries WHERE activity_id = $1").bind(id)).await?;
    tx.execute(Sql::new("DELETE FROM activity_members WHERE activity_id = $1").bind(id)).await?;
    for country in &input.countries {
        tx.execute(
            Sql::new("INSERT INTO activity_countries (activity_id, alpha2) VALUES ($1, $2)")
                .bind(id)
                .bind(country.to_string()),
        )
        .await?;
    }
    for member in members {
        tx.execute(
            Sql::new("INSERT INTO activity_members (activity_id, member_id) VALUES ($1, $2)").bind(id).bind(member),
        )
        .await?;
    }
    Ok(id)
}

async fn project_id(tx: &mut Tx, code: &str) -> Result<i64> {
    let found: Option<(i64,)> =
        tx.fetch_optional(Sql::new("SELECT id FROM projects WHERE code = $1").bind(code)).await?;
    found.map(|(id,)| id).ok_or(StoreError::NotFound)
}

/// Adds an activity to the project `project_code`.
pub async fn create(db: &Db, actor: &Actor, project_code: &str, input: &ActivityInput) -> Result<Activity> {
    let mut tx = db.begin().await?;
    let project = project_id(&mut tx, project_code).await?;
    let id = write(&mut tx, None, project, input).await?;
    let activity = get_in(&mut tx, id).await?;
    let key = id.to_string();
    let change = Change {
        action: "activity.create",
        record_type: "activity",
        record_key: &key,
        before: None,
        after: Some(activity.snapshot()),
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await?;
    Ok(activity)
}

/// Replaces activity `id` (which stays in its project).
pub async fn update(db: &Db, actor: &Actor, id: i64, input: &ActivityInput) -> Result<Activity> {
    let mut tx = db.begin().await?;
    let before = get_in(&mut tx, id).await?;
    write(&mut tx, Some(id), before.project_id, input).await?;
    let after = get_in(&mut tx, id).await?;
    let key = id.to_string();
    let change = Change {
        action: "activity.update",
        record_type: "activity",
        record_key: &key,
        before: Some(before.snapshot()),
        after: Some(after.snapshot()),
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await?;
    Ok(after)
}

/// A person delivering an activity.
#[derive(Debug, Clone, Serialize)]
pub struct StaffMember {
    pub person_id: i64,
    pub name: Option<String>,
    pub role: StaffRole,
}

pub async fn staff(db: &Db, activity_id: i64) -> Result<Vec<StaffMember>> {
    let rows: Vec<(i64, Option<String>, String)> = db
        .fetch_all(
            Sql::new(
                "SELECT s.person_id, pe.name, s.role FROM activity_staff s JOIN people pe ON pe.id = s.person_id \
                 WHERE s.activity_id = $1 ORDER BY s.role, pe.name",
            )
            .bind(activity_id),
        )
        .await?;
    rows.into_iter()
        .map(|(person_id, name, role)| {
            let role = StaffRole::parse(&role)
                .map_err(|_| StoreError::Corrupt(format!("activity {activity_id}: staff role {role:?}")))?;
            Ok(StaffMember { person_id, name, role })
        })
        .collect()
}

async fn record_activity_change(
    tx: &mut Tx,
    actor: &Actor,
    id: i64,
    action: &str,
    detail: serde_json::Value,
) -> Result<()> {
    tx.execute(Sql::new("UPDATE activities SET updated_at = $2 WHERE id = $1").bind(id).bind(now())).await?;
    let key = id.to_string();
    audit::record(
        tx,
        actor,
        Change { action, record_type: "activity", record_key: &key, before: None, after: Some(detail) },
    )
    .await
}

pub async fn add_staff(db: &Db, actor: &Actor, activity_id: i64, person_id: i64, role: StaffRole) -> Result<()> {
    let mut tx = db.begin().await?;
    get_in(&mut tx, activity_id).await?;
    let person: Option<(i64,)> = tx
        .fetch_optional(Sql::new("SELECT id FROM people WHERE id = $1 AND erased_at IS NULL").bind(person_id))
        .await?;
    if person.is_none() {
        return Err(StoreError::invalid("person", "unknown_person"));
    }
    tx.execute(
        Sql::new(
            "INSERT INTO activity_staff (activity_id, person_id, role) VALUES ($1, $2, $3) \
             ON CONFLICT (activity_id, person_id, role) DO NOTHING",
        )
        .bind(activity_id)
        .bind(person_id)
        .bind(role.as_str()),
    )
    .await?;
    let detail = serde_json::json!({"staff_added": person_id, "role": role.as_str()});
    record_activity_change(&mut tx, actor, activity_id, "activity.staff.add", detail).await?;
    tx.commit().await
}

pub async fn remove_staff(db: &Db, actor: &Actor, activity_id: i64, person_id: i64, role: StaffRole) -> Result<()> {
    let mut tx = db.begin().await?;
    let removed = tx
        .execute(
            Sql::new("DELETE FROM activity_staff WHERE activity_id = $1 AND person_id = $2 AND role = $3")
                .bind(activity_id)
                .bind(person_id)
                .bind(role.as_str()),
        )
        .await?;
    if removed == 0 {
        return Err(StoreError::NotFound);
    }
    let detail = serde_json::json!({"staff_removed": person_id, "role": role.as_str()});
    record_activity_change(&mut tx, actor, activity_id, "activity.staff.remove", detail).await?;
    tx.commit().await
}

/// One session of a coaching engagement.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct CoachingSession {
    pub id: i64,
    pub held_on: String,
    pub notes: Option<String>,
}

pub async fn sessions(db: &Db, activity_id: i64) -> Result<Vec<CoachingSession>> {
    db.fetch_all(
        Sql::new("SELECT id, held_on, notes FROM coaching_sessions WHERE activity_id = $1 ORDER BY held_on, id")
            .bind(activity_id),
    )
    .await
}

/// Records a session held; only coaching engagements have sessions.
pub async fn add_session(db: &Db, actor: &Actor, activity_id: i64, input: &SessionInput) -> Result<()> {
    let mut tx = db.begin().await?;
    let activity = get_in(&mut tx, activity_id).await?;
    if activity.mode != ActivityMode::Coaching {
        return Err(StoreError::invalid("mode", "not_coaching"));
    }
    tx.execute(
        Sql::new("INSERT INTO coaching_sessions (activity_id, held_on, notes, created_at) VALUES ($1, $2, $3, $4)")
            .bind(activity_id)
            .bind(input.held_on.as_str())
            .bind(input.notes.clone())
            .bind(now()),
    )
    .await?;
    let detail = serde_json::json!({"session_held_on": input.held_on, "notes": input.notes});
    record_activity_change(&mut tx, actor, activity_id, "activity.session.add", detail).await?;
    tx.commit().await
}

/// A recommendation of an advisory mission and its follow-up.
#[derive(Debug, Clone, Serialize)]
pub struct Recommendation {
    pub id: i64,
    pub text: String,
    pub follow_up: FollowUp,
    pub updated_at: i64,
}

pub async fn recommendations(db: &Db, activity_id: i64) -> Result<Vec<Recommendation>> {
    let rows: Vec<(i64, String, String, i64)> = db
        .fetch_all(
            Sql::new(
                "SELECT id, text, follow_up, updated_at FROM mission_recommendations WHERE activity_id = $1 ORDER BY id",
            )
            .bind(activity_id),
        )
        .await?;
    rows.into_iter()
        .map(|(id, text, follow_up, updated_at)| {
            let follow_up = FollowUp::parse(&follow_up)
                .map_err(|_| StoreError::Corrupt(format!("recommendation {id}: follow_up {follow_up:?}")))?;
            Ok(Recommendation { id, text, follow_up, updated_at })
        })
        .collect()
}

/// Adds a recommendation to a mission.
pub async fn add_recommendation(db: &Db, actor: &Actor, activity_id: i64, input: &RecommendationInput) -> Result<()> {
    let mut tx = db.begin().await?;
    let activity = get_in(&mut tx, activity_id).await?;
    if activity.mode != ActivityMode::Mission {
        return Err(StoreError::invalid("mode", "not_mission"));
    }
    let at = now();
    tx.execute(
        Sql::new(
            "INSERT INTO mission_recommendations (activity_id, text, follow_up, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(activity_id)
        .bind(input.text.as_str())
        .bind(input.follow_up.as_str())
        .bind(at),
    )
    .await?;
    let detail = serde_json::json!({"recommendation": input.text, "follow_up": input.follow_up.as_str()});
    record_activity_change(&mut tx, actor, activity_id, "activity.recommendation.add", detail).await?;
    tx.commit().await
}

/// Changes the follow-up status of one recommendation of activity `activity_id`.
pub async fn set_follow_up(db: &Db, actor: &Actor, activity_id: i64, id: i64, follow_up: FollowUp) -> Result<()> {
    let mut tx = db.begin().await?;
    let before: Option<(String,)> = tx
        .fetch_optional(
            Sql::new("SELECT follow_up FROM mission_recommendations WHERE id = $1 AND activity_id = $2")
                .bind(id)
                .bind(activity_id),
        )
        .await?;
    let Some((before,)) = before else { return Err(StoreError::NotFound) };
    tx.execute(
        Sql::new("UPDATE mission_recommendations SET follow_up = $2, updated_at = $3 WHERE id = $1")
            .bind(id)
            .bind(follow_up.as_str())
            .bind(now()),
    )
    .await?;
    let detail = serde_json::json!({"recommendation": id, "follow_up": format!("{before} → {}", follow_up.as_str())});
    record_activity_change(&mut tx, actor, activity_id, "activity.recommendation.follow_up", detail).await?;
    tx.commit().await
}
