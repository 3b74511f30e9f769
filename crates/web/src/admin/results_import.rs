//! Importing reported values from a spreadsheet: the member-level yearly data the plan's
//! objective rests on (committee memberships, secretariats, adoptions, national
//! strategies…), collected by staff from ISO's records or from members, one row per
//! indicator, member and year.
//!
//! Every row is checked before anything is written; one bad row names its line and the
//! file is refused whole, so a corrected file can simply be uploaded again.

use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult};
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use crate::uploads;
use apdc_domain::results::{Measure, UpdateFields, UpdateInput};
use apdc_sheets::{Limits, Table};
use apdc_store::StoreError;
use apdc_store::indicator_updates;
use apdc_store::results::{self, Framework};
use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashSet;
use tower_sessions::Session;

/// The most rows one file may hold.
pub const MAX_ROWS: usize = 20_000;
/// What a member-data file may hold: narratives up to their own limit, few columns.
const LIMITS: Limits = Limits { max_columns: 20, ..Limits::rows(MAX_ROWS) };

/// The columns of the file, by their header (case and spaces ignored).
const COLUMNS: [&str; 6] = ["indicator", "member", "year", "value", "narrative", "evidence_url"];

#[derive(Template)]
#[template(path = "admin/results_import.html")]
struct ImportPage {
    page: Page,
    plan: Framework,
    problem: Option<String>,
    /// Line, and what is wrong on it.
    rejected: Vec<(usize, String)>,
}

impl ImportPage {
    fn reported(&self) -> Vec<(String, String, String)> {
        let lang = self.page.lang.code();
        self.plan
            .indicators
            .iter()
            .filter(|i| i.source == apdc_domain::results::IndicatorSource::Reported)
            .map(|i| (i.code.clone(), i.texts.title(lang).to_owned(), self.page.t(&i.measure.key("import-value"))))
            .collect()
    }
}

async fn plan_of(state: &AppState, code: &str) -> AppResult<Framework> {
    match results::framework(state.db(), code).await {
        Ok(f) => Ok(f),
        Err(StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// `/{lang}/admin/results/{code}/import`
pub async fn form(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code)): Path<(String, String)>,
) -> AppResult<Response> {
    let plan = plan_of(&state, &code).await?;
    let title = page.t("import-member-data");
    render(&ImportPage { page: page.titled(title), plan, problem: None, rejected: Vec::new() })
}

/// The position of each expected column in the header.
fn column_positions(header: &[String]) -> Result<[Option<usize>; 6], Vec<String>> {
    let normalised: Vec<String> =
        header.iter().map(|h| h.trim().to_ascii_lowercase().replace([' ', '-'], "_")).collect();
    let positions = COLUMNS.map(|c| normalised.iter().position(|h| h == c || (c == "year" && h == "period")));
    let missing: Vec<String> = COLUMNS
        .iter()
        .zip(positions)
        .filter(|(c, p)| p.is_none() && matches!(**c, "indicator" | "year" | "value"))
        .map(|(c, _)| (*c).to_owned())
        .collect();
    if missing.is_empty() { Ok(positions) } else { Err(missing) }
}

/// Turns each row into an update, or says what is wrong with it.
fn rows_to_updates(page: &Page, plan: &Framework, table: &Table) -> Result<Vec<UpdateInput>, Vec<(usize, String)>> {
    let positions = match column_positions(&table.header) {
        Ok(p) => p,
        Err(missing) => {
            return Err(vec![(
                1,
                page.lang.t_args("import-missing-columns", &[("columns", missing.join(", ").into())]),
            )]);
        }
    };
    let cell = |row: &[String], column: usize| {
        positions[column].and_then(|p| row.get(p)).map(|v| v.trim().to_owned()).unwrap_or_default()
    };
    let (mut inputs, mut rejected, mut seen) = (Vec::new(), Vec::new(), HashSet::new());
    for (line, row) in &table.rows {
        let code = cell(row, 0);
        let Some(indicator) = plan.indicator(&code) else {
            rejected.push((*line, format!("indicator: {}", page.error_message("unknown_indicator"))));
            continue;
        };
        if indicator.source != apdc_domain::results::IndicatorSource::Reported {
            rejected.push((*line, format!("indicator: {}", page.error_message("indicator_not_reported"))));
            continue;
        }
        let value = cell(row, 3);
        let mut fields = UpdateFields {
            indicator: code.clone(),
            member: cell(row, 1).to_ascii_uppercase(),
            period: cell(row, 2),
            narrative: cell(row, 4),
            evidence_url: cell(row, 5),
            ..UpdateFields::default()
        };
        match indicator.measure {
            Measure::Count => fields.value = value,
            Measure::Percentage => {
                let (n, d) = value.split_once('/').unwrap_or((value.as_str(), ""));
                fields.numerator = n.trim().to_owned();
                fields.denominator = d.trim().to_owned();
            }
            Measure::YesNo => {
                fields.yes = match value.to_lowercase().as_str() {
                    "yes" | "oui" | "sí" | "si" | "true" | "1" => "yes".to_owned(),
                    "no" | "non" | "false" | "0" => "no".to_owned(),
                    other => other.to_owned(),
                }
            }
            Measure::Narrative => {}
        }
        match UpdateInput::parse(&fields, indicator.measure, indicator.member_level, &indicator.disaggregations) {
            Ok(input) if input.period < plan.plan.first_year || input.period > plan.plan.last_year => {
                rejected.push((*line, format!("year: {}", page.error_message("period_outside_plan"))));
            }
            Ok(input) => {
                let key = (input.indicator.clone(), input.member.map(|m| m.to_string()), input.period);
                if seen.insert(key) {
                    inputs.push(input);
                } else {
                    rejected.push((*line, page.error_message("duplicate_in_file")));
                }
            }
            Err(errors) => {
                let text = errors
                    .0
                    .iter()
                    .map(|e| format!("{}: {}", e.field, page.error_message(e.code)))
                    .collect::<Vec<_>>()
                    .join("; ");
                rejected.push((*line, text));
            }
        }
    }
    if rejected.is_empty() { Ok(inputs) } else { Err(rejected) }
}

/// Receives the file, checks every row, and records them all or none.
pub async fn upload(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    session: Session,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let form = uploads::UploadForm::read(&session, multipart).await?;
    let approve = form.field("approve") == "true";
    let file = form.file.map(|(_, bytes)| bytes);
    let plan = plan_of(&state, &code).await?;
    let title = page.t("import-member-data");
    let mut view = ImportPage { page: page.titled(title), plan, problem: None, rejected: Vec::new() };
    let Some(bytes) = file.filter(|b| !b.is_empty()) else {
        view.problem = Some(view.page.t("import-problem-no-file"));
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    };
    let table = match uploads::read_table(bytes, LIMITS).await {
        Ok(table) if table.rows.is_empty() => {
            view.problem = Some(view.page.t("import-sheet-no-rows"));
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
        Ok(table) => table,
        Err(problem) => {
            view.problem = Some(uploads::describe(view.page.lang, &problem));
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let inputs = match rows_to_updates(&view.page, &view.plan, &table) {
        Ok(inputs) => inputs,
        Err(rejected) => {
            view.rejected = rejected;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    match indicator_updates::import(state.db(), &actor(&user, request_id), &view.plan, &inputs, approve).await {
        Ok(count) => {
            let status = if approve { "approved" } else { "submitted" };
            let plan = &view.plan.plan.code;
            let target = view.page.href(&format!("/admin/updates?plan={plan}&status={status}&imported={count}"));
            Ok(Redirect::to(&target).into_response())
        }
        Err((index, StoreError::Invalid(errors))) => {
            let line = table.rows.get(index).map_or(0, |(line, _)| *line);
            let text = errors
                .0
                .iter()
                .map(|e| format!("{}: {}", e.field, view.page.error_message(e.code)))
                .collect::<Vec<_>>()
                .join("; ");
            view.rejected = vec![(line, text)];
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err((index, StoreError::NotFound)) => {
            let line = table.rows.get(index).map_or(0, |(line, _)| *line);
            view.rejected = vec![(line, view.page.error_message("unknown_member"))];
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err((_, e)) => Err(e.into()),
    }
}
