//! Projects: their texts in several languages, where and for whom they work, who funds
//! and implements them, their money, and the figures of what they delivered.

use crate::audit::{self, Actor, Change};
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::organisations::{Organisation, Theme};
use crate::paging::Paged;
use crate::project_texts::{SOURCE_LANGUAGE, StoredText, stored_texts, text_versions};
use crate::{Db, now};
use apdc_domain::activity::ActivityMode;
use apdc_domain::person::{ParticipationStatus, Sex, StakeholderGroup};
use apdc_domain::project::{
    BudgetInput, FinanceInput, FinanceKind, OrgRole, PartnerInput, ProjectFields, ProjectInput, ProjectStatus,
    ProjectText, Scope,
};
use serde::Serialize;

const PROJECT_COLUMNS: &str = "p.id, p.code, p.status, p.scope, p.planned_start, p.planned_end, p.actual_start, p.actual_end, p.public, \
     p.created_at, p.updated_at";

#[derive(Debug, sqlx::FromRow)]
struct ProjectRow {
    id: i64,
    code: String,
    status: String,
    scope: String,
    planned_start: Option<String>,
    planned_end: Option<String>,
    actual_start: Option<String>,
    actual_end: Option<String>,
    public: bool,
    created_at: i64,
    updated_at: i64,
}

/// A member named by a project or activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct MemberRef {
    pub alpha2: String,
    pub acronym: Option<String>,
}

impl MemberRef {
    pub fn label(&self) -> &str {
        self.acronym.as_deref().unwrap_or(&self.alpha2)
    }
}

/// An organisation in one role for a project.
#[derive(Debug, Clone, Serialize)]
pub struct Partner {
    pub organisation: Organisation,
    pub role: OrgRole,
}

/// A commitment or disbursement.
#[derive(Debug, Clone, Serialize)]
pub struct Finance {
    pub id: i64,
    pub kind: FinanceKind,
    pub organisation_id: i64,
    pub organisation: String,
    pub year: i64,
    pub currency: String,
    pub amount_hundredths: i64,
}

/// The budget of one year.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Budget {
    pub year: i64,
    pub currency: String,
    pub amount_hundredths: i64,
}

/// A project with everything attached to it.
#[derive(Debug, Clone, Serialize)]
pub struct Project {
    pub id: i64,
    pub code: String,
    pub status: ProjectStatus,
    pub scope: Scope,
    pub planned_start: Option<String>,
    pub planned_end: Option<String>,
    pub actual_start: Option<String>,
    pub actual_end: Option<String>,
    pub public: bool,
    pub texts: Vec<ProjectText>,
    /// Where each text stands against the English source: (language, version, the
    /// source version a translation follows).
    pub versions: Vec<(String, i64, Option<i64>)>,
    pub countries: Vec<String>,
    pub regions: Vec<String>,
    pub members: Vec<MemberRef>,
    pub themes: Vec<Theme>,
    /// Goals with the targets chosen under each.
    pub sdgs: Vec<(i64, Vec<String>)>,
    pub partners: Vec<Partner>,
    pub finances: Vec<Finance>,
    pub budgets: Vec<Budget>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Project {
    /// Whether the translation into `language` follows an older English text than the
    /// current one.
    pub fn is_behind(&self, language: &str) -> bool {
        let source = self.versions.iter().find(|(l, _, _)| l == SOURCE_LANGUAGE).map_or(1, |(_, v, _)| *v);
        self.versions
            .iter()
            .find(|(l, _, _)| l == language && l != SOURCE_LANGUAGE)
            .is_some_and(|(_, _, follows)| apdc_domain::content::is_out_of_date(follows.unwrap_or(0), source))
    }

    /// The texts in `language`, else English, else the first language written.
    pub fn text(&self, language: &str) -> Option<&ProjectText> {
        self.texts
            .iter()
            .find(|t| t.language == language)
            .or_else(|| self.texts.iter().find(|t| t.language == "en"))
            .or_else(|| self.texts.first())
    }

    pub fn title(&self, language: &str) -> &str {
        self.text(language).map_or(self.code.as_str(), |t| t.title.as_str())
    }

    /// Organisations in `role`.
    pub fn partners_in(&self, role: OrgRole) -> Vec<&Organisation> {
        self.partners.iter().filter(|p| p.role == role).map(|p| &p.organisation).collect()
    }

    /// The form values of this project, to edit it.
    pub fn fields(&self) -> ProjectFields {
        let mut fields = ProjectFields {
            code: self.code.clone(),
            status: self.status.as_str().to_owned(),
            scope: self.scope.as_str().to_owned(),
            planned_start: self.planned_start.clone().unwrap_or_default(),
            planned_end: self.planned_end.clone().unwrap_or_default(),
            actual_start: self.actual_start.clone().unwrap_or_default(),
            actual_end: self.actual_end.clone().unwrap_or_default(),
            public: if self.public { "true".to_owned() } else { String::new() },
            countries: self.countries.clone(),
            regions: self.regions.clone(),
            members: self.members.iter().map(|m| m.alpha2.clone()).collect(),
            themes: self.themes.iter().map(|t| t.slug.clone()).collect(),
            sdgs: self.sdgs.iter().filter(|(_, t)| t.is_empty()).map(|(g, _)| g.to_string()).collect(),
            sdg_targets: self.sdgs.iter().flat_map(|(_, t)| t.iter().cloned()).collect::<Vec<_>>().join(", "),
            ..ProjectFields::default()
        };
        for text in &self.texts {
            fields.set_texts(text);
        }
        fields
    }

    /// What the audit trail keeps of a project.
    pub fn snapshot(&self) -> serde_json::Value {
        serde_json::json!({
            "code": self.code,
            "status": self.status.as_str(),
            "scope": self.scope.as_str(),
            "planned_start": self.planned_start,
            "planned_end": self.planned_end,
            "actual_start": self.actual_start,
            "actual_end": self.actual_end,
            "public": self.public,
            "titles": self.texts.iter().map(|t| format!("{}: {}", t.language, t.title)).collect::<Vec<_>>(),
            "summaries": self.texts.iter().filter_map(|t| t.summary.as_ref().map(|s| format!("{}: {s}", t.language))).collect::<Vec<_>>(),
            "descriptions_changed_at": self.texts.iter().map(|t| t.description.as_deref().map_or(0, str::len)).sum::<usize>(),
            "countries": self.countries,
            "regions": self.regions,
            "members": self.members.iter().map(|m| m.alpha2.as_str()).collect::<Vec<_>>(),
            "themes": self.themes.iter().map(|t| t.slug.as_str()).collect::<Vec<_>>(),
            "sdgs": self.sdgs.iter().map(|(g, t)| if t.is_empty() { g.to_string() } else { t.join(" ") }).collect::<Vec<_>>(),
        })
    }
}

/// A project in a list.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectSummary {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub summary: Option<String>,
    pub status: ProjectStatus,
    pub scope: Scope,
    pub start: Option<String>,
    pub end: Option<String>,
    pub public: bool,
    pub countries: Vec<String>,
}

#[derive(Debug, sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    code: String,
    title: String,
    summary: Option<String>,
    status: String,
    scope: String,
    start: Option<String>,
    end_date: Option<String>,
    public: bool,
}

/// Which projects to list. Every field narrows the list.
#[derive(Debug, Clone, Default)]
pub struct ProjectFilter {
    /// Only projects shown on the public site.
    pub public_only: bool,
    /// An M49 region (`Africa`): a recipient country in it, or the region named.
    pub region: Option<String>,
    pub country: Option<String>,
    /// A beneficiary member (country code): named by the project or targeted by one of
    /// its activities.
    pub member: Option<String>,
    pub sdg: Option<i64>,
    pub theme: Option<String>,
    /// Has at least one activity of this mode.
    pub mode: Option<ActivityMode>,
    pub status: Option<ProjectStatus>,
    /// Running at some time during this year.
    pub year: Option<i64>,
    /// An organisation in any role (a donor viewer's projects).
    pub organisation: Option<i64>,
    /// Text in the code or a title.
    pub text: Option<String>,
}

impl ProjectFilter {
    /// Appends this filter's conditions on `p` to `sql`.
    fn push_conditions(&self, sql: &mut Sql) {
        if self.public_only {
            sql.push(" AND p.public = TRUE");
        }
        if let Some(region) = &self.region {
            let r = sql.param(region.as_str());
            sql.push(&format!(
                " AND (EXISTS (SELECT 1 FROM project_countries pc JOIN countries c ON c.alpha2 = pc.alpha2 \
                 WHERE pc.project_id = p.id AND c.m49_region = {r}) \
                 OR EXISTS (SELECT 1 FROM project_regions pr WHERE pr.project_id = p.id AND (pr.region = {r} \
                 OR pr.region IN (SELECT c.m49_subregion FROM countries c WHERE c.m49_region = {r}) \
                 OR pr.region IN (SELECT c.m49_intermediate_region FROM countries c WHERE c.m49_region = {r}))))"
            ));
        }
        if let Some(country) = &self.country {
            let c = sql.param(country.as_str());
            sql.push(&format!(
                " AND EXISTS (SELECT 1 FROM project_countries pc WHERE pc.project_id = p.id AND pc.alpha2 = {c})"
            ));
        }
        if let Some(member) = &self.member {
            let m = sql.param(member.as_str());
            sql.push(&format!(
                " AND (EXISTS (SELECT 1 FROM project_members pm JOIN members m ON m.id = pm.member_id \
                 WHERE pm.project_id = p.id AND m.alpha2 = {m}) \
                 OR EXISTS (SELECT 1 FROM activities a JOIN activity_members am ON am.activity_id = a.id \
                 JOIN members m ON m.id = am.member_id WHERE a.project_id = p.id AND m.alpha2 = {m}))"
            ));
        }
        if let Some(goal) = self.sdg {
            let g = sql.param(goal);
            sql.push(&format!(
                " AND EXISTS (SELECT 1 FROM project_sdgs ps WHERE ps.project_id = p.id AND ps.goal = {g})"
            ));
        }
        if let Some(theme) = &self.theme {
            let t = sql.param(theme.as_str());
            sql.push(&format!(
                " AND EXISTS (SELECT 1 FROM project_themes pt JOIN themes t ON t.id = pt.theme_id \
                 WHERE pt.project_id = p.id AND t.slug = {t})"
            ));
        }
        if let Some(mode) = self.mode {
            let m = sql.param(mode.as_str());
            sql.push(&format!(" AND EXISTS (SELECT 1 FROM activities a WHERE a.project_id = p.id AND a.mode = {m})"));
        }
        if let Some(status) = self.status {
            let s = sql.param(status.as_str());
            sql.push(&format!(" AND p.status = {s}"));
        }
        if let Some(year) = self.year {
            let first = sql.param(format!("{year:04}-01-01"));
            let last = sql.param(format!("{year:04}-12-31"));
            sql.push(&format!(
                " AND COALESCE(p.actual_start, p.planned_start) <= {last} \
                 AND COALESCE(p.actual_end, p.planned_end, '9999-12-31') >= {first}"
            ));
        }
        if let Some(organisation) = self.organisation {
            let o = sql.param(organisation);
            sql.push(&format!(
                " AND EXISTS (SELECT 1 FROM project_partners pp WHERE pp.project_id = p.id AND pp.organisation_id = {o})"
            ));
        }
        if let Some(text) = self.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            let pattern = crate::db::contains_pattern(text);
            let t = sql.param(pattern);
            sql.push(&format!(
                " AND (LOWER(p.code) LIKE {t} ESCAPE '\\' OR EXISTS (SELECT 1 FROM project_texts tx \
                 WHERE tx.project_id = p.id AND LOWER(tx.title) LIKE {t} ESCAPE '\\'))"
            ));
        }
    }
}

/// One page of the projects matching `filter`, newest first, titled in `language`.
pub async fn list(
    db: &Db,
    filter: &ProjectFilter,
    language: &str,
    page: usize,
    per_page: usize,
) -> Result<Paged<ProjectSummary>> {
    let per_page = per_page.clamp(1, 500);
    let page = page.max(1);
    let mut count = Sql::new("SELECT COUNT(*) FROM projects p WHERE 1 = 1");
    filter.push_conditions(&mut count);
    let (total,): (i64,) = db.fetch_one(count).await?;

    let mut sql = Sql::new("");
    let lang = sql.param(language);
    sql.push(&format!(
        "SELECT p.id, p.code, COALESCE(tl.title, te.title, p.code) AS title, COALESCE(tl.summary, te.summary) AS summary, \
         p.status, p.scope, COALESCE(p.actual_start, p.planned_start) AS start, \
         COALESCE(p.actual_end, p.planned_end) AS end_date, p.public \
         FROM projects p \
         LEFT JOIN project_texts tl ON tl.project_id = p.id AND tl.language = {lang} \
         LEFT JOIN project_texts te ON te.project_id = p.id AND te.language = 'en' WHERE 1 = 1"
    ));
    filter.push_conditions(&mut sql);
    let limit = sql.param(i64::try_from(per_page).unwrap_or(50));
    let offset = sql.param(i64::try_from((page - 1) * per_page).unwrap_or(0));
    sql.push(&format!(
        // Undated projects last on both engines (they order NULLs differently).
        " ORDER BY COALESCE(p.actual_start, p.planned_start) IS NULL, COALESCE(p.actual_start, p.planned_start) DESC, \
         p.code LIMIT {limit} OFFSET {offset}"
    ));
    let rows: Vec<SummaryRow> = db.fetch_all(sql).await?;

    let mut countries_sql = Sql::new("SELECT project_id, alpha2 FROM project_countries WHERE project_id IN ");
    let ids = countries_sql.param_list(rows.iter().map(|r| r.id));
    countries_sql.push(&format!("{ids} ORDER BY alpha2"));
    let country_rows: Vec<(i64, String)> =
        if rows.is_empty() { Vec::new() } else { db.fetch_all(countries_sql).await? };

    let items = rows
        .into_iter()
        .map(|r| {
            let corrupt = |what: &str, v: &str| StoreError::Corrupt(format!("project {}: {what} {v:?}", r.code));
            Ok(ProjectSummary {
                status: ProjectStatus::parse(&r.status).map_err(|_| corrupt("status", &r.status))?,
                scope: Scope::parse(&r.scope).map_err(|_| corrupt("scope", &r.scope))?,
                countries: country_rows.iter().filter(|(id, _)| *id == r.id).map(|(_, c)| c.clone()).collect(),
                id: r.id,
                code: r.code,
                title: r.title,
                summary: r.summary,
                start: r.start,
                end: r.end_date,
                public: r.public,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Paged { items, total: usize::try_from(total).unwrap_or(0), page, per_page })
}

/// The project with `code`, with everything attached.
pub async fn get(db: &Db, code: &str) -> Result<Project> {
    let mut tx = db.begin_read().await?;
    let project = get_in(&mut tx, code).await?.ok_or(StoreError::NotFound)?;
    tx.commit().await?;
    Ok(project)
}

pub(crate) async fn get_in(tx: &mut Tx, code: &str) -> Result<Option<Project>> {
    let row: Option<ProjectRow> = tx
        .fetch_optional(Sql::new(format!("SELECT {PROJECT_COLUMNS} FROM projects p WHERE p.code = $1")).bind(code))
        .await?;
    let Some(r) = row else { return Ok(None) };
    let id = r.id;
    let corrupt = |what: &str, v: &str| StoreError::Corrupt(format!("project {}: {what} {v:?}", r.code));
    let status = ProjectStatus::parse(&r.status).map_err(|_| corrupt("status", &r.status))?;
    let scope = Scope::parse(&r.scope).map_err(|_| corrupt("scope", &r.scope))?;

    let rows = stored_texts(tx, id).await?;
    let versions = rows.iter().map(|r| (r.language.clone(), r.version, r.source_version)).collect();
    let mut texts: Vec<ProjectText> = rows.into_iter().map(StoredText::into_text).collect();
    let order = |l: &str| apdc_domain::project::CONTENT_LANGUAGES.iter().position(|c| *c == l).unwrap_or(99);
    texts.sort_by_key(|t| order(&t.language));

    let countries: Vec<(String,)> = tx
        .fetch_all(Sql::new("SELECT alpha2 FROM project_countries WHERE project_id = $1 ORDER BY alpha2").bind(id))
        .await?;
    let regions: Vec<(String,)> = tx
        .fetch_all(Sql::new("SELECT region FROM project_regions WHERE project_id = $1 ORDER BY region").bind(id))
        .await?;
    let members: Vec<MemberRef> = tx
        .fetch_all(
            Sql::new(
                "SELECT m.alpha2, m.acronym FROM project_members pm JOIN members m ON m.id = pm.member_id \
                 WHERE pm.project_id = $1 ORDER BY m.alpha2",
            )
            .bind(id),
        )
        .await?;
    let themes: Vec<Theme> = tx
        .fetch_all(
            Sql::new(
                "SELECT t.id, t.slug, t.name_en, t.name_fr FROM project_themes pt JOIN themes t ON t.id = pt.theme_id \
                 WHERE pt.project_id = $1 ORDER BY t.name_en",
            )
            .bind(id),
        )
        .await?;
    let sdg_rows: Vec<(i64, String)> = tx
        .fetch_all(
            Sql::new("SELECT goal, target FROM project_sdgs WHERE project_id = $1 ORDER BY goal, target").bind(id),
        )
        .await?;
    let mut sdgs: Vec<(i64, Vec<String>)> = Vec::new();
    for (goal, target) in sdg_rows {
        if sdgs.last().is_none_or(|(g, _)| *g != goal) {
            sdgs.push((goal, Vec::new()));
        }
        if !target.is_empty()
            && let Some((_, targets)) = sdgs.last_mut()
        {
            targets.push(target);
        }
    }
    let partner_rows: Vec<PartnerRow> = tx
        .fetch_all(
            Sql::new(
                "SELECT o.id, o.name, o.acronym, o.org_type, o.iati_ref, o.country, o.website, pp.role \
                 FROM project_partners pp JOIN organisations o ON o.id = pp.organisation_id \
                 WHERE pp.project_id = $1 ORDER BY pp.role, o.name",
            )
            .bind(id),
        )
        .await?;
    let partners = partner_rows.into_iter().map(Partner::try_from).collect::<Result<Vec<_>>>()?;
    let finance_rows: Vec<FinanceRow> = tx
        .fetch_all(
            Sql::new(
                "SELECT f.id, f.kind, f.organisation_id, COALESCE(o.acronym, o.name) AS organisation, f.year, \
                 f.currency, f.amount_hundredths FROM project_finances f JOIN organisations o ON o.id = f.organisation_id \
                 WHERE f.project_id = $1 ORDER BY f.year, f.kind, f.id",
            )
            .bind(id),
        )
        .await?;
    let finances = finance_rows.into_iter().map(Finance::try_from).collect::<Result<Vec<_>>>()?;
    let budgets: Vec<Budget> = tx
        .fetch_all(
            Sql::new(
                "SELECT year, currency, amount_hundredths FROM project_budgets WHERE project_id = $1 ORDER BY year",
            )
            .bind(id),
        )
        .await?;
    Ok(Some(Project {
        id,
        code: r.code,
        status,
        scope,
        planned_start: r.planned_start,
        planned_end: r.planned_end,
        actual_start: r.actual_start,
        actual_end: r.actual_end,
        public: r.public,
        texts,
        versions,
        countries: countries.into_iter().map(|(c,)| c).collect(),
        regions: regions.into_iter().map(|(r,)| r).collect(),
        members,
        themes,
        sdgs,
        partners,
        finances,
        budgets,
        created_at: r.created_at,
        updated_at: r.updated_at,
    }))
}

#[derive(Debug, sqlx::FromRow)]
struct PartnerRow {
    id: i64,
    name: String,
    acronym: Option<String>,
    org_type: String,
    iati_ref: Option<String>,
    country: Option<String>,
    website: Option<String>,
    role: String,
}

impl TryFrom<PartnerRow> for Partner {
    type Error = StoreError;
    fn try_from(r: PartnerRow) -> Result<Self> {
        let corrupt = |what: &str, v: &str| StoreError::Corrupt(format!("organisation {}: {what} {v:?}", r.id));
        Ok(Self {
            role: OrgRole::parse(&r.role).map_err(|_| corrupt("role", &r.role))?,
            organisation: Organisation {
                org_type: apdc_domain::project::OrgType::parse(&r.org_type)
                    .map_err(|_| corrupt("org_type", &r.org_type))?,
                id: r.id,
                name: r.name,
                acronym: r.acronym,
                iati_ref: r.iati_ref,
                country: r.country,
                website: r.website,
            },
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
struct FinanceRow {
    id: i64,
    kind: String,
    organisation_id: i64,
    organisation: String,
    year: i64,
    currency: String,
    amount_hundredths: i64,
}

impl TryFrom<FinanceRow> for Finance {
    type Error = StoreError;
    fn try_from(r: FinanceRow) -> Result<Self> {
        Ok(Self {
            kind: FinanceKind::parse(&r.kind)
                .map_err(|_| StoreError::Corrupt(format!("finance {}: kind {:?}", r.id, r.kind)))?,
            id: r.id,
            organisation_id: r.organisation_id,
            organisation: r.organisation,
            year: r.year,
            currency: r.currency,
            amount_hundredths: r.amount_hundredths,
        })
    }
}

/// The M49 region, sub-region and intermediate-region names, the only region names a
/// project may list.
pub async fn region_names(db: &Db) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all(Sql::new(
            "SELECT m49_region FROM countries WHERE m49_region IS NOT NULL \
             UNION SELECT m49_subregion FROM countries WHERE m49_subregion IS NOT NULL \
             UNION SELECT m49_intermediate_region FROM countries WHERE m49_intermediate_region IS NOT NULL",
        ))
        .await?;
    let mut names: Vec<String> = rows.into_iter().map(|(r,)| r).collect();
    names.sort();
    Ok(names)
}

/// Checks the references of `input` against the database and returns the member and
/// theme row ids.
async fn resolve(tx: &mut Tx, input: &ProjectInput) -> Result<(Vec<i64>, Vec<i64>)> {
    let mut errors = apdc_domain::FieldErrors::default();
    if !input.countries.is_empty() {
        let mut sql = Sql::new("SELECT COUNT(*) FROM countries WHERE alpha2 IN ");
        let list = sql.param_list(input.countries.iter().map(|c| c.to_string()));
        sql.push(&list);
        let (found,): (i64,) = tx.fetch_one(sql).await?;
        if usize::try_from(found).unwrap_or(0) != input.countries.len() {
            errors.push("countries", "unknown_country");
        }
    }
    if !input.regions.is_empty() {
        let mut sql = Sql::new("SELECT COUNT(*) FROM (SELECT DISTINCT name FROM (");
        let a = sql.param_list(input.regions.iter().map(String::as_str));
        sql.push(&format!(
            "SELECT m49_region AS name FROM countries WHERE m49_region IN {a} \
             UNION SELECT m49_subregion FROM countries WHERE m49_subregion IN {a} \
             UNION SELECT m49_intermediate_region FROM countries WHERE m49_intermediate_region IN {a}) n) d"
        ));
        let (found,): (i64,) = tx.fetch_one(sql).await?;
        if usize::try_from(found).unwrap_or(0) != input.regions.len() {
            errors.push("regions", "unknown_region");
        }
    }
    let mut member_ids = Vec::new();
    if !input.members.is_empty() {
        let mut sql = Sql::new("SELECT id FROM members WHERE alpha2 IN ");
        let list = sql.param_list(input.members.iter().map(|c| c.to_string()));
        sql.push(&list);
        let rows: Vec<(i64,)> = tx.fetch_all(sql).await?;
        if rows.len() != input.members.len() {
            errors.push("members", "unknown_member");
        }
        member_ids = rows.into_iter().map(|(id,)| id).collect();
    }
    let mut theme_ids = Vec::new();
    if !input.themes.is_empty() {
        let mut sql = Sql::new("SELECT id FROM themes WHERE slug IN ");
        let list = sql.param_list(input.themes.iter().map(String::as_str));
        sql.push(&list);
        let rows: Vec<(i64,)> = tx.fetch_all(sql).await?;
        if rows.len() != input.themes.len() {
            errors.push("themes", "unknown_theme");
        }
        theme_ids = rows.into_iter().map(|(id,)| id).collect();
    }
    if errors.is_empty() { Ok((member_ids, theme_ids)) } else { Err(StoreError::Invalid(errors)) }
}

/// Replaces the texts and link sets of project `id` with those of `input`.
async fn write_links(tx: &mut Tx, id: i64, input: &ProjectInput, members: &[i64], themes: &[i64]) -> Result<()> {
    let before = stored_texts(tx, id).await?;
    let versions = text_versions(&before, &input.texts);
    for table in
        ["project_texts", "project_countries", "project_regions", "project_members", "project_themes", "project_sdgs"]
    {
        tx.execute(Sql::new(format!("DELETE FROM {table} WHERE project_id = $1")).bind(id)).await?;
    }
    for (text, (version, source_version)) in input.texts.iter().zip(versions) {
        tx.execute(
            Sql::new(
                "INSERT INTO project_texts (project_id, language, title, summary, description, version, source_version) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(text.language.as_str())
            .bind(text.title.as_str())
            .bind(text.summary.clone())
            .bind(text.description.clone())
            .bind(version)
            .bind(source_version),
        )
        .await?;
    }
    for country in &input.countries {
        tx.execute(
            Sql::new("INSERT INTO project_countries (project_id, alpha2) VALUES ($1, $2)")
                .bind(id)
                .bind(country.to_string()),
        )
        .await?;
    }
    for region in &input.regions {
        tx.execute(
            Sql::new("INSERT INTO project_regions (project_id, region) VALUES ($1, $2)").bind(id).bind(region.as_str()),
        )
        .await?;
    }
    for member in members {
        tx.execute(
            Sql::new("INSERT INTO project_members (project_id, member_id) VALUES ($1, $2)").bind(id).bind(*member),
        )
        .await?;
    }
    for theme in themes {
        tx.execute(Sql::new("INSERT INTO project_themes (project_id, theme_id) VALUES ($1, $2)").bind(id).bind(*theme))
            .await?;
    }
    for (goal, targets) in &input.sdgs {
        let targets: Vec<&str> =
            if targets.is_empty() { vec![""] } else { targets.iter().map(String::as_str).collect() };
        for target in targets {
            tx.execute(
                Sql::new("INSERT INTO project_sdgs (project_id, goal, target) VALUES ($1, $2, $3)")
                    .bind(id)
                    .bind(*goal)
                    .bind(target),
            )
            .await?;
        }
    }
    Ok(())
}

pub async fn create(db: &Db, actor: &Actor, input: &ProjectInput) -> Result<Project> {
    let mut tx = db.begin().await?;
    let project = create_in(&mut tx, actor, input).await?;
    tx.commit().await?;
    Ok(project)
}

pub(crate) async fn create_in(tx: &mut Tx, actor: &Actor, input: &ProjectInput) -> Result<Project> {
    let (members, themes) = resolve(tx, input).await?;
    let at = now();
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO projects (code, status, scope, planned_start, planned_end, actual_start, actual_end, \
                 public, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
            )
            .bind(input.code.as_str())
            .bind(input.status.as_str())
            .bind(input.scope.as_str())
            .bind(input.planned_start.clone())
            .bind(input.planned_end.clone())
            .bind(input.actual_start.clone())
            .bind(input.actual_end.clone())
            .bind(input.public)
            .bind(at),
        )
        .await
        .map_err(|e| e.on_unique("code"))?;
    write_links(tx, id, input, &members, &themes).await?;
    crate::search::sync_projects(tx, &[id]).await?;
    let project = get_in(tx, &input.code).await?.ok_or(StoreError::NotFound)?;
    let change = Change {
        action: "project.create",
        record_type: "project",
        record_key: &project.code,
        before: None,
        after: Some(project.snapshot()),
    };
    audit::record(tx, actor, change).await?;
    Ok(project)
}

/// Replaces the project `code` with `input`; the code itself may change.
pub async fn update(db: &Db, actor: &Actor, code: &str, input: &ProjectInput) -> Result<Project> {
    let mut tx = db.begin().await?;
    let before = get_in(&mut tx, code).await?.ok_or(StoreError::NotFound)?;
    let (members, themes) = resolve(&mut tx, input).await?;
    tx.execute(
        Sql::new(
            "UPDATE projects SET code = $2, status = $3, scope = $4, planned_start = $5, planned_end = $6, \
             actual_start = $7, actual_end = $8, public = $9, updated_at = $10 WHERE id = $1",
        )
        .bind(before.id)
        .bind(input.code.as_str())
        .bind(input.status.as_str())
        .bind(input.scope.as_str())
        .bind(input.planned_start.clone())
        .bind(input.planned_end.clone())
        .bind(input.actual_start.clone())
        .bind(input.actual_end.clone())
        .bind(input.public)
        .bind(now()),
    )
    .await
    .map_err(|e| e.on_unique("code"))?;
    write_links(&mut tx, before.id, input, &members, &themes).await?;
    crate::search::sync_projects(&mut tx, &[before.id]).await?;
    let after = get_in(&mut tx, &input.code).await?.ok_or(StoreError::NotFound)?;
    let change = Change {
        action: "project.update",
        record_type: "project",
        record_key: &after.code,
        before: Some(before.snapshot()),
        after: Some(after.snapshot()),
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await?;
    Ok(after)
}

/// Runs `change` on project `code` inside one transaction and records it, with the
/// project's id, as `action` with `detail` as the after-value.
async fn change_project<F>(db: &Db, actor: &Actor, code: &str, action: &str, change: F) -> Result<Project>
where
    F: for<'t> AsyncFnOnce(&'t mut Tx, i64) -> Result<serde_json::Value>,
{
    let mut tx = db.begin().await?;
    let project = get_in(&mut tx, code).await?.ok_or(StoreError::NotFound)?;
    let detail = change(&mut tx, project.id).await?;
    tx.execute(Sql::new("UPDATE projects SET updated_at = $2 WHERE id = $1").bind(project.id).bind(now())).await?;
    let entry = Change { action, record_type: "project", record_key: code, before: None, after: Some(detail) };
    audit::record(&mut tx, actor, entry).await?;
    let after = get_in(&mut tx, code).await?.ok_or(StoreError::NotFound)?;
    tx.commit().await?;
    Ok(after)
}

async fn organisation_exists(tx: &mut Tx, id: i64) -> Result<()> {
    let found: Option<(i64,)> =
        tx.fetch_optional(Sql::new("SELECT id FROM organisations WHERE id = $1").bind(id)).await?;
    found.map(|_| ()).ok_or_else(|| StoreError::invalid("organisation", "unknown_organisation"))
}

pub async fn add_partner(db: &Db, actor: &Actor, code: &str, input: PartnerInput) -> Result<Project> {
    change_project(db, actor, code, "project.partner.add", async move |tx, id| {
        organisation_exists(tx, input.organisation).await?;
        tx.execute(
            Sql::new(
                "INSERT INTO project_partners (project_id, organisation_id, role) VALUES ($1, $2, $3) \
                 ON CONFLICT (project_id, organisation_id, role) DO NOTHING",
            )
            .bind(id)
            .bind(input.organisation)
            .bind(input.role.as_str()),
        )
        .await?;
        Ok(serde_json::json!({"organisation": input.organisation, "role": input.role.as_str()}))
    })
    .await
}

pub async fn remove_partner(db: &Db, actor: &Actor, code: &str, input: PartnerInput) -> Result<Project> {
    change_project(db, actor, code, "project.partner.remove", async move |tx, id| {
        let removed = tx
            .execute(
                Sql::new("DELETE FROM project_partners WHERE project_id = $1 AND organisation_id = $2 AND role = $3")
                    .bind(id)
                    .bind(input.organisation)
                    .bind(input.role.as_str()),
            )
            .await?;
        if removed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(serde_json::json!({"organisation": input.organisation, "role": input.role.as_str()}))
    })
    .await
}

pub async fn add_finance(db: &Db, actor: &Actor, code: &str, input: &FinanceInput) -> Result<Project> {
    let input = input.clone();
    change_project(db, actor, code, "project.finance.add", async move |tx, id| {
        organisation_exists(tx, input.organisation).await?;
        tx.execute(
            Sql::new(
                "INSERT INTO project_finances (project_id, organisation_id, kind, year, currency, amount_hundredths, \
                 created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(input.organisation)
            .bind(input.kind.as_str())
            .bind(input.year)
            .bind(input.currency.as_str())
            .bind(input.amount_hundredths)
            .bind(now()),
        )
        .await?;
        Ok(serde_json::json!({
            "kind": input.kind.as_str(), "organisation": input.organisation, "year": input.year,
            "currency": input.currency, "amount": apdc_domain::money::format_hundredths(input.amount_hundredths),
        }))
    })
    .await
}

pub async fn remove_finance(db: &Db, actor: &Actor, code: &str, finance_id: i64) -> Result<Project> {
    change_project(db, actor, code, "project.finance.remove", async move |tx, id| {
        let removed = tx
            .execute(
                Sql::new("DELETE FROM project_finances WHERE id = $1 AND project_id = $2").bind(finance_id).bind(id),
            )
            .await?;
        if removed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(serde_json::json!({"finance": finance_id}))
    })
    .await
}

/// Sets the budget of one year (replacing any budget of that year).
pub async fn set_budget(db: &Db, actor: &Actor, code: &str, input: &BudgetInput) -> Result<Project> {
    let input = input.clone();
    change_project(db, actor, code, "project.budget.set", async move |tx, id| {
        tx.execute(
            Sql::new(
                "INSERT INTO project_budgets (project_id, year, currency, amount_hundredths) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (project_id, year) DO UPDATE SET currency = excluded.currency, \
                 amount_hundredths = excluded.amount_hundredths",
            )
            .bind(id)
            .bind(input.year)
            .bind(input.currency.as_str())
            .bind(input.amount_hundredths),
        )
        .await?;
        Ok(serde_json::json!({
            "year": input.year, "currency": input.currency,
            "amount": apdc_domain::money::format_hundredths(input.amount_hundredths),
        }))
    })
    .await
}

pub async fn remove_budget(db: &Db, actor: &Actor, code: &str, year: i64) -> Result<Project> {
    change_project(db, actor, code, "project.budget.remove", async move |tx, id| {
        let removed = tx
            .execute(Sql::new("DELETE FROM project_budgets WHERE project_id = $1 AND year = $2").bind(id).bind(year))
            .await?;
        if removed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(serde_json::json!({"budget_year_removed": year}))
    })
    .await
}

/// What a project (or any set of activities) reached: people counted once however many
/// activities they attended, and members.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Reach {
    /// Distinct people with at least one participation attended or completed.
    pub people: i64,
    pub by_sex: Vec<(Sex, i64)>,
    /// `None` counts people whose group is not recorded.
    pub by_group: Vec<(Option<StakeholderGroup>, i64)>,
    /// Members reached: the member that nominated a person reached (or, failing that,
    /// the member of the person's country), and the members targeted by completed
    /// coaching engagements and advisory missions.
    pub members: Vec<MemberRef>,
    pub activities_by_mode: Vec<(ActivityMode, i64)>,
}

/// The statuses that count as reached, for SQL.
fn reached_statuses() -> String {
    let codes: Vec<String> =
        ParticipationStatus::ALL.iter().filter(|s| s.reached()).map(|s| format!("'{}'", s.as_str())).collect();
    format!("({})", codes.join(", "))
}

/// The reach of project `project_id`.
pub async fn reach(db: &Db, project_id: i64) -> Result<Reach> {
    let reached = reached_statuses();
    let people_of_project = format!(
        "SELECT DISTINCT pe.id, pe.sex, pe.stakeholder_group FROM participations pa \
         JOIN activities a ON a.id = pa.activity_id JOIN people pe ON pe.id = pa.person_id \
         WHERE a.project_id = $1 AND pa.status IN {reached}"
    );
    let by_sex: Vec<(String, i64)> = db
        .fetch_all(Sql::new(format!("SELECT sex, COUNT(*) FROM ({people_of_project}) r GROUP BY sex")).bind(project_id))
        .await?;
    let by_group: Vec<(Option<String>, i64)> = db
        .fetch_all(
            Sql::new(format!(
                "SELECT stakeholder_group, COUNT(*) FROM ({people_of_project}) r GROUP BY stakeholder_group"
            ))
            .bind(project_id),
        )
        .await?;
    let members: Vec<MemberRef> = db
        .fetch_all(
            Sql::new(format!(
                "SELECT m.alpha2, m.acronym FROM members m WHERE m.id IN ( \
                 SELECT COALESCE(pa.nominated_by_member_id, pe.nominated_by_member_id, cm.id) FROM participations pa \
                 JOIN activities a ON a.id = pa.activity_id JOIN people pe ON pe.id = pa.person_id \
                 LEFT JOIN members cm ON cm.alpha2 = pe.country \
                 WHERE a.project_id = $1 AND pa.status IN {reached} \
                 UNION SELECT am.member_id FROM activity_members am JOIN activities a ON a.id = am.activity_id \
                 WHERE a.project_id = $1 AND a.status = 'completed' AND a.mode IN ('coaching', 'mission')) \
                 ORDER BY m.alpha2"
            ))
            .bind(project_id),
        )
        .await?;
    let modes: Vec<(String, i64)> = db
        .fetch_all(
            Sql::new(
                "SELECT mode, COUNT(*) FROM activities WHERE project_id = $1 AND status <> 'cancelled' GROUP BY mode",
            )
            .bind(project_id),
        )
        .await?;
    let corrupt = |what: &str, v: &str| StoreError::Corrupt(format!("reach of project {project_id}: {what} {v:?}"));
    let mut by_sex = by_sex
        .into_iter()
        .map(|(s, n)| Ok((Sex::parse(&s).map_err(|_| corrupt("sex", &s))?, n)))
        .collect::<Result<Vec<_>>>()?;
    by_sex.sort();
    let mut by_group = by_group
        .into_iter()
        .map(|(g, n)| {
            let group = g
                .as_deref()
                .map(StakeholderGroup::parse)
                .transpose()
                .map_err(|_| corrupt("group", &g.clone().unwrap_or_default()))?;
            Ok((group, n))
        })
        .collect::<Result<Vec<_>>>()?;
    by_group.sort_by_key(|(g, _)| (g.is_none(), *g));
    let mut activities_by_mode = modes
        .into_iter()
        .map(|(m, n)| Ok((ActivityMode::parse(&m).map_err(|_| corrupt("mode", &m))?, n)))
        .collect::<Result<Vec<_>>>()?;
    activities_by_mode.sort();
    Ok(Reach { people: by_sex.iter().map(|(_, n)| n).sum(), by_sex, by_group, members, activities_by_mode })
}

/// The values a project list can be filtered by, drawn from the projects themselves so
/// that no choice leads to an empty list.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    pub countries: Vec<String>,
    pub members: Vec<MemberRef>,
    pub themes: Vec<Theme>,
    pub first_year: Option<i64>,
    pub last_year: Option<i64>,
}

pub async fn facets(db: &Db, public_only: bool) -> Result<Facets> {
    let public = if public_only { " AND p.public = TRUE" } else { "" };
    let countries: Vec<(String,)> = db
        .fetch_all(Sql::new(format!(
            "SELECT DISTINCT pc.alpha2 FROM project_countries pc JOIN projects p ON p.id = pc.project_id WHERE 1 = 1{public} \
             ORDER BY pc.alpha2"
        )))
        .await?;
    let members: Vec<MemberRef> = db
        .fetch_all(Sql::new(format!(
            "SELECT m.alpha2, m.acronym FROM members m WHERE m.id IN (SELECT pm.member_id FROM project_members pm \
             JOIN projects p ON p.id = pm.project_id WHERE 1 = 1{public}) ORDER BY m.alpha2"
        )))
        .await?;
    let themes: Vec<Theme> = db
        .fetch_all(Sql::new(format!(
            "SELECT t.id, t.slug, t.name_en, t.name_fr FROM themes t WHERE t.id IN (SELECT pt.theme_id FROM project_themes pt \
             JOIN projects p ON p.id = pt.project_id WHERE 1 = 1{public}) ORDER BY t.name_en"
        )))
        .await?;
    let (first, last): (Option<String>, Option<String>) = db
        .fetch_one(Sql::new(format!(
            "SELECT MIN(COALESCE(p.actual_start, p.planned_start)), MAX(COALESCE(p.actual_end, p.planned_end)) \
             FROM projects p WHERE 1 = 1{public}"
        )))
        .await?;
    let year = |d: Option<String>| d.and_then(|d| d.get(..4).and_then(|y| y.parse().ok()));
    Ok(Facets {
        countries: countries.into_iter().map(|(c,)| c).collect(),
        members,
        themes,
        first_year: year(first),
        last_year: year(last),
    })
}

/// What a member received through public projects: people it nominated who were
/// reached, and the activities aimed at it or requested by it.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct MemberSupport {
    pub people_reached: i64,
    pub activities: i64,
}

pub async fn member_support(db: &Db, member_id: i64) -> Result<MemberSupport> {
    let reached = reached_statuses();
    let (people_reached,): (i64,) = db
        .fetch_one(
            Sql::new(format!(
                "SELECT COUNT(DISTINCT pa.person_id) FROM participations pa JOIN activities a ON a.id = pa.activity_id \
                 JOIN projects p ON p.id = a.project_id JOIN people pe ON pe.id = pa.person_id \
                 WHERE p.public = TRUE AND pa.status IN {reached} \
                 AND COALESCE(pa.nominated_by_member_id, pe.nominated_by_member_id) = $1"
            ))
            .bind(member_id),
        )
        .await?;
    let (activities,): (i64,) = db
        .fetch_one(
            Sql::new(
                "SELECT COUNT(*) FROM activities a JOIN projects p ON p.id = a.project_id WHERE p.public = TRUE \
                 AND a.status <> 'cancelled' AND (a.requesting_member_id = $1 OR EXISTS (SELECT 1 FROM activity_members am \
                 WHERE am.activity_id = a.id AND am.member_id = $1))",
            )
            .bind(member_id),
        )
        .await?;
    Ok(MemberSupport { people_reached, activities })
}
