//! Reported updates, for staff: the review queue with bulk approval, one update with
//! its history and the approve / return decision, and the form with which staff report
//! a value themselves. The same form serves member focal points (see
//! `portal::reporting`), scoped there to their own member.

use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult, page_number};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::site::results::Labels;
use crate::state::AppState;
use crate::widgets::page_window;
use apdc_domain::FieldErrors;
use apdc_domain::results::{Measure, Selector, UpdateFields, UpdateInput, UpdateStatus};
use apdc_store::indicator_updates::{self, Reporter, Update, UpdateFilter, UpdateSummary};
use apdc_store::results::{self, Framework, Indicator};
use apdc_store::{Paged, StoreError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

const PER_PAGE: usize = 50;

/// The plan and indicator an update form is for.
pub(crate) async fn indicator_of(state: &AppState, code: &str) -> AppResult<(Framework, Indicator)> {
    let plan = match results::plan_of_indicator(state.db(), code).await {
        Ok(p) => p,
        Err(StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let framework = results::framework(state.db(), &plan).await?;
    let indicator = framework.indicator(code).cloned().ok_or(AppError::NotFound)?;
    Ok((framework, indicator))
}

/// The form to report a value for one indicator.
#[derive(Template)]
#[template(path = "admin/update_form.html")]
pub(crate) struct UpdateFormPage {
    pub page: Page,
    pub action: String,
    pub back: String,
    pub indicator: Indicator,
    pub periods: Vec<(String, String)>,
    /// Members to choose from (staff, member-level indicator); `None` when fixed.
    pub members: Option<Vec<(String, String)>>,
    pub fields: UpdateFields,
    pub errors: FieldErrors,
    /// The update being changed, if any.
    pub existing: Option<UpdateSummary>,
}

impl UpdateFormPage {
    fn title(&self) -> &str {
        self.indicator.texts.title(self.page.lang.code())
    }

    fn is_count(&self) -> bool {
        self.indicator.measure == Measure::Count
    }

    fn is_share(&self) -> bool {
        self.indicator.measure == Measure::Percentage
    }

    fn is_yes_no(&self) -> bool {
        self.indicator.measure == Measure::YesNo
    }

    fn yes_no(&self) -> Vec<(String, String)> {
        vec![("yes".to_owned(), self.page.t("yes")), ("no".to_owned(), self.page.t("no"))]
    }

    /// Each category of each breakdown: selector, label, value entered.
    fn parts(&self) -> Vec<(String, String, String)> {
        if matches!(self.indicator.measure, Measure::YesNo | Measure::Narrative) {
            return Vec::new();
        }
        let labels = Labels { page: &self.page };
        self.indicator
            .disaggregations
            .iter()
            .flat_map(|d| d.categories().into_iter().map(move |c| Selector { dimension: *d, category: c }))
            .map(|s| {
                let text = s.as_text();
                let value = self
                    .fields
                    .part
                    .iter()
                    .position(|p| *p == text)
                    .and_then(|i| self.fields.part_value.get(i).cloned())
                    .unwrap_or_default();
                (text, labels.selector(&s), value)
            })
            .collect()
    }

    fn part_id(&self, selector: &str) -> String {
        format!("part-{}", selector.replace(['=', '_'], "-"))
    }

    fn status_label(&self, update: &UpdateSummary) -> String {
        self.page.t(&update.status().key("update-status"))
    }
}

/// An update's value as reported: a count, `numerator/denominator`, or yes or no; a
/// dash for a narrative only.
pub(crate) fn update_value(page: &Page, u: &UpdateSummary) -> String {
    match (u.numerator, u.denominator, u.yes) {
        (Some(n), Some(d), _) => format!("{n}/{d}"),
        (Some(n), None, _) => n.to_string(),
        (_, _, Some(true)) => page.t("yes"),
        (_, _, Some(false)) => page.t("no"),
        _ => "—".to_owned(),
    }
}

/// The form's values from a stored update.
pub(crate) fn fields_of(update: &Update) -> UpdateFields {
    let s = &update.summary;
    UpdateFields {
        indicator: s.indicator.clone(),
        period: s.period.to_string(),
        member: s.member.clone().unwrap_or_default(),
        value: s.numerator.map(|n| n.to_string()).unwrap_or_default(),
        numerator: s.numerator.map(|n| n.to_string()).unwrap_or_default(),
        denominator: s.denominator.map(|n| n.to_string()).unwrap_or_default(),
        yes: match s.yes {
            Some(true) => "yes".into(),
            Some(false) => "no".into(),
            None => String::new(),
        },
        narrative: s.narrative.clone().unwrap_or_default(),
        evidence_url: s.evidence_url.clone().unwrap_or_default(),
        part: update.parts.iter().map(|(s, _, _)| s.clone()).collect(),
        intent: String::new(),
        part_value: update
            .parts
            .iter()
            .map(|(_, n, d)| match d {
                Some(d) => format!("{n}/{d}"),
                None => n.to_string(),
            })
            .collect(),
    }
}

/// The members staff may report for.
pub(crate) async fn member_choices(state: &AppState, page: &Page) -> AppResult<Vec<(String, String)>> {
    let lang = page.lang.code();
    let members = apdc_store::members::matching(state.db(), &Default::default()).await?;
    let mut choices: Vec<(String, String)> = members
        .into_iter()
        .map(|m| {
            let name = m.country_names.get(lang).to_owned();
            (m.alpha2.to_string(), name)
        })
        .collect();
    choices.sort_by_cached_key(|(_, l)| apdc_store::members::sort_key(l));
    Ok(choices)
}

/// Parses a submitted update for `indicator`; `submit` says which button was used.
pub(crate) fn parse(indicator: &Indicator, fields: &UpdateFields) -> Result<UpdateInput, FieldErrors> {
    UpdateInput::parse(fields, indicator.measure, indicator.member_level, &indicator.disaggregations)
}

#[derive(Template)]
#[template(path = "admin/updates.html")]
struct QueuePage {
    page: Page,
    plans: Vec<(String, String)>,
    query: QueueQuery,
    result: Paged<UpdateSummary>,
    notice: Option<String>,
}

impl QueuePage {
    fn statuses(&self) -> Vec<(String, String)> {
        UpdateStatus::ALL.iter().map(|s| (s.as_str().to_owned(), self.page.t(&s.key("update-status")))).collect()
    }

    fn status_label(&self, update: &UpdateSummary) -> String {
        self.page.t(&update.status().key("update-status"))
    }

    fn value(&self, u: &UpdateSummary) -> String {
        update_value(&self.page, u)
    }

    fn reviewable(&self, u: &UpdateSummary) -> bool {
        u.status() == UpdateStatus::Submitted
    }

    fn window(&self) -> Vec<usize> {
        page_window(self.result.page, self.result.pages()).into_iter().map(|n| n.unwrap_or(0)).collect()
    }

    fn page_link(&self, n: &usize) -> String {
        let q = &self.query;
        format!(
            "?plan={}&status={}&indicator={}&member={}&period={}&page={n}",
            crate::middleware::urlencode(&q.plan),
            q.status.as_deref().unwrap_or(""),
            crate::middleware::urlencode(&q.indicator),
            crate::middleware::urlencode(&q.member),
            crate::middleware::urlencode(&q.period)
        )
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct QueueQuery {
    #[serde(default)]
    plan: String,
    /// Empty on a first visit: the queue then shows what awaits review.
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    indicator: String,
    #[serde(default)]
    member: String,
    #[serde(default)]
    period: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    approved: Option<usize>,
    #[serde(default)]
    imported: Option<usize>,
}

/// `/{lang}/admin/updates`: reported updates, those awaiting review first.
pub async fn queue(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Query(mut query): Query<QueueQuery>,
) -> AppResult<Response> {
    let number = page_number(&query.page)?;
    let status = match query.status.as_deref() {
        None => Some(UpdateStatus::Submitted),
        Some("") => None,
        Some(s) => Some(UpdateStatus::parse(s).map_err(|code| AppError::BadRequest { code, field: Some("status") })?),
    };
    query.status = Some(status.map(|s| s.as_str().to_owned()).unwrap_or_default());
    let plans = results::plans(state.db(), false).await?;
    let plan_id = match query.plan.as_str() {
        "" => None,
        code => Some(plans.iter().find(|p| p.code == code).ok_or(AppError::NotFound)?.id),
    };
    let period = match query.period.trim() {
        "" => None,
        p => Some(p.parse::<i64>().map_err(|_| AppError::BadRequest { code: "invalid_year", field: Some("period") })?),
    };
    let filter = UpdateFilter {
        plan_id,
        indicator: Some(query.indicator.trim().to_owned()).filter(|s| !s.is_empty()),
        period,
        status,
        member: Some(query.member.trim().to_ascii_uppercase()).filter(|s| !s.is_empty()),
    };
    let result = indicator_updates::list(state.db(), &filter, number, PER_PAGE).await?;
    let lang = page.lang.code().to_owned();
    let notice = match (query.approved, query.imported) {
        (Some(n), _) => Some(page.lang.t_args("updates-approved-notice", &[("count", (n as i64).into())])),
        (_, Some(n)) => Some(page.lang.t_args("updates-imported-notice", &[("count", (n as i64).into())])),
        _ => None,
    };
    let plans = plans.iter().map(|p| (p.code.clone(), p.texts.title(&lang).to_owned())).collect();
    let title = page.t("nav-updates");
    render(&QueuePage { page: page.titled(title), plans, query, result, notice })
}

#[derive(Deserialize, Default)]
pub struct BulkFields {
    #[serde(default)]
    ids: Vec<String>,
}

/// Approves the chosen submitted updates together.
pub async fn approve_many(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<BulkFields>,
) -> AppResult<Response> {
    let mut ids = Vec::new();
    for id in &fields.ids {
        ids.push(id.parse::<i64>().map_err(|_| AppError::BadRequest { code: "invalid_number", field: Some("ids") })?);
    }
    let approved = indicator_updates::approve_many(state.db(), &actor(&user, request_id), &ids).await?;
    Ok(Redirect::to(&page.href(&format!("/admin/updates?approved={approved}"))).into_response())
}

#[derive(Template)]
#[template(path = "admin/update.html")]
struct ReviewPage {
    page: Page,
    update: Update,
    indicator: Indicator,
    errors: FieldErrors,
}

impl ReviewPage {
    fn title(&self) -> &str {
        self.indicator.texts.title(self.page.lang.code())
    }

    fn status_label(&self, code: &str) -> String {
        UpdateStatus::parse(code).map(|s| self.page.t(&s.key("update-status"))).unwrap_or_else(|_| code.to_owned())
    }

    fn reviewable(&self) -> bool {
        self.update.summary.status() == UpdateStatus::Submitted
    }

    fn part_label(&self, selector: &str) -> String {
        let labels = Labels { page: &self.page };
        Selector::parse(selector).ok().flatten().map(|s| labels.selector(&s)).unwrap_or_else(|| selector.to_owned())
    }

    fn value(&self) -> String {
        update_value(&self.page, &self.update.summary)
    }

    fn part_value(&self, n: &i64, d: &Option<i64>) -> String {
        match d {
            Some(d) => format!("{n}/{d}"),
            None => n.to_string(),
        }
    }
}

async fn update_of(state: &AppState, id: i64) -> AppResult<Update> {
    match indicator_updates::get(state.db(), id).await {
        Ok(u) => Ok(u),
        Err(StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

async fn review_page(state: &AppState, page: Page, id: i64, errors: FieldErrors) -> AppResult<ReviewPage> {
    let update = update_of(state, id).await?;
    let (_, indicator) = indicator_of(state, &update.summary.indicator).await?;
    let title = format!("{} {} — {}", page.t("update-title"), update.summary.id, indicator.code);
    Ok(ReviewPage { page: page.titled(title), update, indicator, errors })
}

/// `/{lang}/admin/updates/{id}`
pub async fn show(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    render(&review_page(&state, page, id, FieldErrors::default()).await?)
}

#[derive(Deserialize, Default)]
pub struct DecisionFields {
    #[serde(default)]
    status: String,
    #[serde(default)]
    reason: String,
}

/// Approves or returns update `id`.
pub async fn decide(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(fields): CsrfForm<DecisionFields>,
) -> AppResult<Response> {
    let to =
        UpdateStatus::parse(&fields.status).map_err(|code| AppError::BadRequest { code, field: Some("status") })?;
    match indicator_updates::transition(
        state.db(),
        &actor(&user, request_id),
        id,
        to,
        Some(&fields.reason),
        Reporter::Staff,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&page.href(&format!("/admin/updates/{id}"))).into_response()),
        Err(StoreError::NotFound) => Err(AppError::NotFound),
        Err(StoreError::Invalid(errors)) => {
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &review_page(&state, page, id, errors).await?)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct NewUpdateQuery {
    #[serde(default)]
    indicator: String,
    #[serde(default)]
    period: String,
    #[serde(default)]
    member: String,
}

/// The periods of a plan as form choices.
pub(crate) fn period_choices(framework: &Framework) -> Vec<(String, String)> {
    framework.plan.periods().iter().map(|p| (p.to_string(), p.to_string())).collect()
}

async fn staff_form(
    state: &AppState,
    page: Page,
    framework: &Framework,
    indicator: Indicator,
    fields: UpdateFields,
    errors: FieldErrors,
) -> AppResult<UpdateFormPage> {
    let members = if indicator.member_level { Some(member_choices(state, &page).await?) } else { None };
    let title = page.t("update-new-title");
    Ok(UpdateFormPage {
        action: page.href("/admin/updates"),
        back: page.href(&format!("/admin/results/{}", framework.plan.code)),
        page: page.titled(title),
        periods: period_choices(framework),
        indicator,
        members,
        fields,
        errors,
        existing: None,
    })
}

/// `/{lang}/admin/updates/new?indicator=`: staff report a value.
pub async fn new_form(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Query(query): Query<NewUpdateQuery>,
) -> AppResult<Response> {
    let (framework, indicator) = indicator_of(&state, &query.indicator).await?;
    let fields = UpdateFields {
        indicator: indicator.code.clone(),
        period: if query.period.is_empty() {
            (crate::results_view::today().year() - 1).to_string()
        } else {
            query.period
        },
        member: query.member,
        ..UpdateFields::default()
    };
    render(&staff_form(&state, page, &framework, indicator, fields, FieldErrors::default()).await?)
}

pub async fn create(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(fields): CsrfForm<UpdateFields>,
) -> AppResult<Response> {
    let (framework, indicator) = indicator_of(&state, &fields.indicator).await?;
    let input = match parse(&indicator, &fields) {
        Ok(input) => input,
        Err(errors) => {
            let form_page = staff_form(&state, page, &framework, indicator, fields, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page);
        }
    };
    let submit = fields.intent == "submit";
    match indicator_updates::create(state.db(), &actor(&user, request_id), &framework, &input, Reporter::Staff, submit)
        .await
    {
        Ok(id) => Ok(Redirect::to(&page.href(&format!("/admin/updates/{id}"))).into_response()),
        Err(StoreError::Invalid(errors)) => {
            let form_page = staff_form(&state, page, &framework, indicator, fields, errors).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page)
        }
        Err(e) => Err(e.into()),
    }
}
