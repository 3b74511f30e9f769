//! Reporting by member focal points: the member's yearly data for the plan's member-level
//! indicators (committee participation, adoptions, a national strategy…), each value
//! saved as a draft, submitted for review, and corrected when staff return it.
//!
//! Scoped to the member in the path: staff and that member's own focal points only.

use crate::admin::updates::{UpdateFormPage, fields_of, indicator_of, parse, period_choices, update_value};
use crate::auth::{MemberContactEditor, RequestIdText, actor};
use crate::error::{AppError, AppResult};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use apdc_domain::FieldErrors;
use apdc_domain::results::UpdateFields;
use apdc_store::StoreError;
use apdc_store::indicator_updates::{self, Reporter, UpdateFilter, UpdateSummary};
use apdc_store::results::{Framework, Indicator};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// A period and the member's latest update in it, if any.
type PeriodUpdate = (i64, Option<UpdateSummary>);

#[derive(Template)]
#[template(path = "portal/reporting.html")]
struct ReportingPage {
    page: Page,
    alpha2: String,
    framework: Option<std::sync::Arc<Framework>>,
    /// Member-level indicators, and for each period the member's latest update.
    rows: Vec<(Indicator, Vec<PeriodUpdate>)>,
    locked: Vec<i64>,
}

impl ReportingPage {
    fn title_of(&self, indicator: &Indicator) -> String {
        indicator.texts.title(self.page.lang.code()).to_owned()
    }

    fn periods(&self) -> Vec<i64> {
        self.framework.as_ref().map(|f| f.plan.periods()).unwrap_or_default()
    }

    fn status_label(&self, update: &UpdateSummary) -> String {
        self.page.t(&update.status().key("update-status"))
    }

    fn value(&self, u: &UpdateSummary) -> String {
        update_value(&self.page, u)
    }

    fn editable(&self, update: &UpdateSummary) -> bool {
        update.status().editable()
    }

    fn is_locked(&self, period: &i64) -> bool {
        self.locked.contains(period)
    }

    fn base(&self) -> String {
        self.page.href(&format!("/members/{}/reporting", self.alpha2))
    }
}

#[derive(Deserialize, Default)]
pub struct PlanQuery {
    #[serde(default)]
    plan: Option<String>,
}

/// `/{lang}/members/{alpha2}/reporting`
pub async fn overview(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    page: Page,
    Query(query): Query<PlanQuery>,
) -> AppResult<Response> {
    let alpha2 = editor.member.to_string();
    // Focal points report for public plans; staff may for any.
    let framework = crate::site::results::chosen_plan(&state, &page, query.plan.as_deref()).await?;
    let mut rows = Vec::new();
    let mut locked = Vec::new();
    if let Some(framework) = &framework {
        locked = indicator_updates::locked_periods(state.db(), framework.plan.id).await?;
        let filter =
            UpdateFilter { plan_id: Some(framework.plan.id), member: Some(alpha2.clone()), ..Default::default() };
        // Newest first: the first seen per indicator and period is the latest.
        let updates = indicator_updates::list(state.db(), &filter, 1, 10_000).await?.items;
        for indicator in framework.indicators.iter().filter(|i| i.member_level) {
            let cells = framework
                .plan
                .periods()
                .into_iter()
                .map(|p| (p, updates.iter().find(|u| u.indicator == indicator.code && u.period == p).cloned()))
                .collect();
            rows.push((indicator.clone(), cells));
        }
    }
    let name = state.country_name(&alpha2, page.lang.code());
    let title = page.lang.t_args("reporting-title", &[("member", name.into())]);
    render(&ReportingPage { page: page.titled(title), alpha2, framework, rows, locked })
}

fn member_form(
    page: Page,
    alpha2: &str,
    framework: &Framework,
    indicator: Indicator,
    fields: UpdateFields,
    errors: FieldErrors,
    existing: Option<UpdateSummary>,
) -> UpdateFormPage {
    let base = page.href(&format!("/members/{alpha2}/reporting"));
    let action = match &existing {
        Some(u) => format!("{base}/{}", u.id),
        None => base.clone(),
    };
    let title = page.t("update-new-title");
    UpdateFormPage {
        page: page.titled(title),
        action,
        back: base,
        periods: period_choices(framework),
        indicator,
        members: None,
        fields,
        errors,
        existing,
    }
}

/// A member-level indicator of a plan the reader may report for.
async fn reportable(state: &AppState, page: &Page, code: &str) -> AppResult<(Framework, Indicator)> {
    let (framework, indicator) = indicator_of(state, code).await?;
    if !indicator.member_level || (!framework.plan.public && !page.is_staff()) {
        return Err(AppError::NotFound);
    }
    Ok((framework, indicator))
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    indicator: String,
    #[serde(default)]
    period: String,
}

pub async fn new_form(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    page: Page,
    Query(query): Query<NewQuery>,
) -> AppResult<Response> {
    let (framework, indicator) = reportable(&state, &page, &query.indicator).await?;
    let alpha2 = editor.member.to_string();
    let fields = UpdateFields {
        indicator: indicator.code.clone(),
        period: query.period,
        member: alpha2.clone(),
        ..UpdateFields::default()
    };
    render(&member_form(page, &alpha2, &framework, indicator, fields, FieldErrors::default(), None))
}

pub async fn create(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(mut fields): CsrfForm<UpdateFields>,
) -> AppResult<Response> {
    let alpha2 = editor.member.to_string();
    // The member is the one in the path, whatever the form says.
    fields.member = alpha2.clone();
    let (framework, indicator) = reportable(&state, &page, &fields.indicator).await?;
    let reporter = if editor.user.role.is_staff() { Reporter::Staff } else { Reporter::Member(&alpha2) };
    let input = match parse(&indicator, &fields) {
        Ok(input) => input,
        Err(errors) => {
            let form = member_form(page, &alpha2, &framework, indicator, fields, errors, None);
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form);
        }
    };
    let submit = fields.intent == "submit";
    match indicator_updates::create(state.db(), &actor(&editor.user, request_id), &framework, &input, reporter, submit)
        .await
    {
        Ok(_) => Ok(Redirect::to(&page.href(&format!("/members/{alpha2}/reporting"))).into_response()),
        Err(StoreError::Invalid(errors)) => {
            let form = member_form(page, &alpha2, &framework, indicator, fields, errors, None);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &form)
        }
        Err(StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// The update `id` if it is this member's.
async fn own_update(state: &AppState, alpha2: &str, id: i64) -> AppResult<apdc_store::indicator_updates::Update> {
    let update = match indicator_updates::get(state.db(), id).await {
        Ok(u) => u,
        Err(StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    if update.summary.member.as_deref() != Some(alpha2) {
        return Err(AppError::NotFound);
    }
    Ok(update)
}

pub async fn edit_form(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    page: Page,
    Path((_, _, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let alpha2 = editor.member.to_string();
    let update = own_update(&state, &alpha2, id).await?;
    let (framework, indicator) = reportable(&state, &page, &update.summary.indicator).await?;
    let fields = fields_of(&update);
    render(&member_form(page, &alpha2, &framework, indicator, fields, FieldErrors::default(), Some(update.summary)))
}

pub async fn edit(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, _, id)): Path<(String, String, i64)>,
    CsrfForm(mut fields): CsrfForm<UpdateFields>,
) -> AppResult<Response> {
    let alpha2 = editor.member.to_string();
    let update = own_update(&state, &alpha2, id).await?;
    let (framework, indicator) = reportable(&state, &page, &update.summary.indicator).await?;
    fields.member = alpha2.clone();
    fields.indicator = update.summary.indicator.clone();
    let reporter = if editor.user.role.is_staff() { Reporter::Staff } else { Reporter::Member(&alpha2) };
    let existing = Some(update.summary.clone());
    let input = match parse(&indicator, &fields) {
        Ok(input) => input,
        Err(errors) => {
            let form = member_form(page, &alpha2, &framework, indicator, fields, errors, existing);
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form);
        }
    };
    let submit = fields.intent == "submit";
    match indicator_updates::edit(
        state.db(),
        &actor(&editor.user, request_id),
        &framework,
        id,
        &input,
        reporter,
        submit,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&page.href(&format!("/members/{alpha2}/reporting"))).into_response()),
        Err(StoreError::Invalid(errors)) => {
            let form = member_form(page, &alpha2, &framework, indicator, fields, errors, existing);
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &form)
        }
        Err(StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}
