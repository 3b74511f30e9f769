//! Exports of projects, activities and participations as CSV, XLSX or JSON, with the
//! list filters, for staff (everything) and for a member's focal points (what concerns
//! their member only).

use crate::api::activities::ActivitiesQuery;
use crate::auth::{MemberContactEditor, Staff};
use crate::error::{AppError, AppResult};
use crate::page::{Page, render};
use crate::site::projects::ProjectsQuery;
use crate::state::AppState;
use apdc_domain::money::format_hundredths;
use apdc_domain::person::ParticipationStatus;
use apdc_domain::project::{FinanceKind, OrgRole};
use apdc_store::activities::{self, ActivityFilter};
use apdc_store::participations::{self, ParticipationFilter};
use apdc_store::projects::{self, ProjectFilter};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// The most rows one export holds; beyond it, the export asks for a narrower filter.
pub const MAX_ROWS: usize = 100_000;

#[derive(Template)]
#[template(path = "admin/exports.html")]
struct ExportsPage {
    page: Page,
    base: String,
}

pub async fn index(Staff(_): Staff, page: Page) -> AppResult<Response> {
    let title = page.t("nav-exports");
    let base = page.href("/admin/exports");
    render(&ExportsPage { page: page.titled(title), base })
}

/// The query parameters of every export (each export reads those it knows).
#[derive(Debug, Default, Deserialize)]
pub struct ExportQuery {
    #[serde(flatten)]
    projects: ProjectsQuery,
    #[serde(default)]
    project: String,
    #[serde(default)]
    activity: String,
    #[serde(default)]
    participation_status: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Xlsx,
    Json,
}

/// `projects.csv` → (what, format).
fn parse_file(file: &str) -> AppResult<(&str, Format)> {
    let (what, extension) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    let format = match extension {
        "csv" => Format::Csv,
        "xlsx" => Format::Xlsx,
        "json" => Format::Json,
        _ => return Err(AppError::NotFound),
    };
    match what {
        "projects" | "activities" | "participations" => Ok((what, format)),
        _ => Err(AppError::NotFound),
    }
}

/// A table to export.
struct Export {
    name: &'static str,
    header: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

fn too_many() -> AppError {
    AppError::BadRequest { code: "export_too_large", field: None }
}

async fn projects_table(state: &AppState, filter: &ProjectFilter) -> AppResult<Export> {
    let mut rows = Vec::new();
    let mut page = 1;
    loop {
        let batch = projects::list(state.db(), filter, "en", page, 500).await?;
        for summary in &batch.items {
            let p = projects::get(state.db(), &summary.code).await?;
            let names = |role| p.partners_in(role).iter().map(|o| o.name.clone()).collect::<Vec<_>>().join("; ");
            let money = |kind| {
                let mut by_currency: std::collections::BTreeMap<&str, i64> = Default::default();
                for f in p.finances.iter().filter(|f| f.kind == kind) {
                    *by_currency.entry(f.currency.as_str()).or_default() += f.amount_hundredths;
                }
                by_currency.iter().map(|(c, a)| format!("{c} {}", format_hundredths(*a))).collect::<Vec<_>>().join("; ")
            };
            let text =
                |lang: &str| p.texts.iter().find(|t| t.language == lang).map(|t| t.title.clone()).unwrap_or_default();
            rows.push(vec![
                p.code.clone(),
                p.status.as_str().to_owned(),
                p.scope.as_str().to_owned(),
                p.planned_start.clone().unwrap_or_default(),
                p.planned_end.clone().unwrap_or_default(),
                p.actual_start.clone().unwrap_or_default(),
                p.actual_end.clone().unwrap_or_default(),
                p.public.to_string(),
                text("en"),
                text("fr"),
                p.countries.join("; "),
                p.regions.join("; "),
                p.members.iter().map(|m| m.alpha2.clone()).collect::<Vec<_>>().join("; "),
                p.themes.iter().map(|t| t.slug.clone()).collect::<Vec<_>>().join("; "),
                p.sdgs
                    .iter()
                    .map(|(g, t)| if t.is_empty() { g.to_string() } else { t.join(" ") })
                    .collect::<Vec<_>>()
                    .join("; "),
                names(OrgRole::Funding),
                names(OrgRole::Implementing),
                money(FinanceKind::Commitment),
                money(FinanceKind::Disbursement),
            ]);
        }
        if rows.len() > MAX_ROWS {
            return Err(too_many());
        }
        if page >= batch.pages() {
            break;
        }
        page += 1;
    }
    Ok(Export {
        name: "projects",
        header: vec![
            "code",
            "status",
            "scope",
            "planned_start",
            "planned_end",
            "actual_start",
            "actual_end",
            "public",
            "title_en",
            "title_fr",
            "countries",
            "regions",
            "members",
            "themes",
            "sdgs",
            "donors",
            "implementers",
            "commitments",
            "disbursements",
        ],
        rows,
    })
}

async fn activities_table(state: &AppState, filter: &ActivityFilter) -> AppResult<Export> {
    let first = activities::list(state.db(), filter, 1, 1).await?;
    if first.total > MAX_ROWS {
        return Err(too_many());
    }
    let all = activities::list(state.db(), filter, 1, MAX_ROWS).await?;
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let number = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    let rows = all
        .items
        .into_iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                a.project_code.clone(),
                a.mode.as_str().to_owned(),
                a.title.clone(),
                a.status.as_str().to_owned(),
                text(&a.start_date),
                text(&a.end_date),
                text(&a.starts_at),
                text(&a.time_zone),
                number(a.capacity),
                a.languages.join("; "),
                a.countries.join("; "),
                a.members.iter().map(|m| m.alpha2.clone()).collect::<Vec<_>>().join("; "),
                text(&a.venue_country),
                text(&a.venue_city),
                text(&a.platform),
                text(&a.course_iri),
                number(a.duration_hours),
                text(&a.requesting_member),
                text(&a.committee),
                text(&a.meeting),
            ]
        })
        .collect();
    Ok(Export {
        name: "activities",
        header: vec![
            "id",
            "project",
            "mode",
            "title",
            "status",
            "start_date",
            "end_date",
            "starts_at",
            "time_zone",
            "capacity",
            "languages",
            "countries",
            "members",
            "venue_country",
            "venue_city",
            "platform",
            "course_iri",
            "duration_hours",
            "requesting_member",
            "committee",
            "meeting",
        ],
        rows,
    })
}

async fn participations_table(state: &AppState, filter: &ParticipationFilter) -> AppResult<Export> {
    let first = participations::list(state.db(), filter, 1, 1).await?;
    if first.total > MAX_ROWS {
        return Err(too_many());
    }
    let all = participations::list(state.db(), filter, 1, MAX_ROWS).await?;
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let rows = all
        .items
        .into_iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                p.activity_id.to_string(),
                p.activity_title.clone(),
                p.project_code.clone(),
                p.mode.clone(),
                p.person_id.to_string(),
                text(&p.person_name),
                text(&p.person_email),
                p.sex.as_str().to_owned(),
                text(&p.country),
                text(&p.organisation),
                p.stakeholder_group.map(|g| g.as_str().to_owned()).unwrap_or_default(),
                text(&p.nominated_by),
                p.status.as_str().to_owned(),
            ]
        })
        .collect();
    Ok(Export {
        name: "participations",
        header: vec![
            "id",
            "activity_id",
            "activity",
            "project",
            "mode",
            "person_id",
            "name",
            "email",
            "sex",
            "country",
            "organisation",
            "stakeholder_group",
            "nominated_by",
            "status",
        ],
        rows,
    })
}

fn respond(export: Export, format: Format) -> AppResult<Response> {
    let failed = |e: String| AppError::Internal(format!("export {}: {e}", export.name));
    let date = time::OffsetDateTime::now_utc().date();
    let (content_type, extension, body) = match format {
        Format::Csv => ("text/csv; charset=utf-8", "csv", sheets_csv(&export).map_err(failed)?),
        Format::Xlsx => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
            apdc_sheets::write_xlsx(export.name, &export.header, &export.rows).map_err(failed)?,
        ),
        Format::Json => {
            let objects: Vec<serde_json::Map<String, serde_json::Value>> = export
                .rows
                .iter()
                .map(|row| {
                    export
                        .header
                        .iter()
                        .zip(row)
                        .map(|(k, v)| ((*k).to_owned(), serde_json::Value::String(v.clone())))
                        .collect()
                })
                .collect();
            ("application/json", "json", serde_json::to_vec(&objects).map_err(|e| failed(e.to_string()))?)
        }
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"apdc-{}-{date}.{extension}\"", export.name)),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}

fn sheets_csv(export: &Export) -> Result<Vec<u8>, String> {
    apdc_sheets::write_csv(&export.header, &export.rows)
}

/// Builds the export `file` with the filters of `query`, limited to `member` if given.
async fn build(state: &AppState, file: &str, query: &ExportQuery, member: Option<String>) -> AppResult<Response> {
    let (what, format) = parse_file(file)?;
    let export = match what {
        "projects" => {
            let (mut filter, _) = query.projects.parse(false)?;
            if member.is_some() {
                filter.member = member;
            }
            projects_table(state, &filter).await?
        }
        "activities" => {
            let activity_query = ActivitiesQuery {
                project: query.project.clone(),
                mode: query.projects.mode.clone(),
                status: String::new(),
                member: query.projects.member.clone(),
                country: query.projects.country.clone(),
                year: query.projects.year.clone(),
                page: String::new(),
            };
            let (mut filter, _) = activity_query.parse(state, false).await?;
            if member.is_some() {
                filter.member = member;
            }
            activities_table(state, &filter).await?
        }
        _ => {
            let bad = |field| AppError::BadRequest { code: "invalid_parameter", field: Some(field) };
            let project_id = match query.project.trim() {
                "" => None,
                code => {
                    Some(projects::get(state.db(), &code.to_ascii_uppercase()).await.map_err(|_| bad("project"))?.id)
                }
            };
            let activity_id = match query.activity.trim() {
                "" => None,
                id => Some(id.parse::<i64>().map_err(|_| bad("activity"))?),
            };
            let status = match query.participation_status.trim() {
                "" => None,
                s => Some(ParticipationStatus::parse(s).map_err(|_| bad("participation_status"))?),
            };
            let member =
                member.or_else(|| Some(query.projects.member.trim().to_ascii_uppercase()).filter(|m| !m.is_empty()));
            let filter = ParticipationFilter { activity_id, project_id, person_id: None, member, status };
            participations_table(state, &filter).await?
        }
    };
    respond(export, format)
}

#[derive(Deserialize)]
pub struct FilePath {
    #[serde(rename = "lang")]
    _lang: String,
    file: String,
}

/// `/{lang}/admin/exports/{file}`: everything, for staff.
pub async fn staff_export(
    State(state): State<AppState>,
    Staff(_): Staff,
    Path(path): Path<FilePath>,
    Query(query): Query<ExportQuery>,
) -> AppResult<Response> {
    build(&state, &path.file, &query, None).await
}

#[derive(Deserialize)]
pub struct MemberFilePath {
    #[serde(rename = "lang")]
    _lang: String,
    #[serde(rename = "alpha2")]
    _alpha2: String,
    file: String,
}

/// `/{lang}/members/{alpha2}/exports/{file}`: what concerns one member, for its focal
/// points and staff.
pub async fn member_export(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    Path(path): Path<MemberFilePath>,
    Query(query): Query<ExportQuery>,
) -> AppResult<Response> {
    build(&state, &path.file, &query, Some(editor.member.to_string())).await
}
