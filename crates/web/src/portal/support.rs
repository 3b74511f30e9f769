//! What a member received, and its nominations: the focal point's view of projects,
//! activities (missions and coaching included) and its people's participation, and the
//! forms to nominate people to open activities and to withdraw a nomination.
//!
//! Everything here is scoped to the member in the path; the extractor lets in staff and
//! that member's own focal points only.

use crate::auth::{MemberContactEditor, RequestIdText, actor};
use crate::error::{AppError, AppResult, form_errors};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use crate::widgets::page_window;
use apdc_domain::FieldErrors;
use apdc_domain::activity::{ActivityMode, ActivityStatus};
use apdc_domain::person::{ParticipationStatus, PersonFields, PersonInput, Sex, StakeholderGroup};
use apdc_store::Paged;
use apdc_store::activities::{self, Activity, ActivityFilter};
use apdc_store::members::{self as registry, Member};
use apdc_store::participations::{self, Participation, ParticipationFilter};
use apdc_store::projects::{self, ProjectFilter, ProjectSummary};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

const PER_PAGE: usize = 50;

#[derive(Template)]
#[template(path = "portal/support.html")]
struct SupportPage {
    page: Page,
    member: Member,
    projects: Paged<ProjectSummary>,
    activities: Paged<Activity>,
    participations: Paged<Participation>,
}

impl SupportPage {
    fn project_status(&self, p: &ProjectSummary) -> String {
        self.page.t(&p.status.key("project-status"))
    }

    fn mode_label(&self, mode: &ActivityMode) -> String {
        self.page.t(&mode.key("mode"))
    }

    fn activity_status(&self, status: &ActivityStatus) -> String {
        self.page.t(&status.key("activity-status"))
    }

    fn participation_label(&self, status: &ParticipationStatus) -> String {
        self.page.t(&status.key("participation"))
    }

    fn window(&self) -> Vec<usize> {
        page_window(self.participations.page, self.participations.pages()).into_iter().map(|n| n.unwrap_or(0)).collect()
    }

    fn label(&self) -> String {
        self.member.acronym.clone().unwrap_or_else(|| self.member.alpha2.to_string())
    }
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    page: String,
}

/// `/{lang}/members/{alpha2}/support`
pub async fn support(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    page: Page,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let member = registry::get(state.db(), editor.member).await?;
    let code = member.alpha2.to_string();
    let number = crate::error::page_number(&query.page)?;
    let project_filter = ProjectFilter { member: Some(code.clone()), ..Default::default() };
    let projects = projects::list(state.db(), &project_filter, page.lang.code(), 1, 200).await?;
    let activity_filter = ActivityFilter { member: Some(code.clone()), ..Default::default() };
    let activities = activities::list(state.db(), &activity_filter, 1, 200).await?;
    let participation_filter = ParticipationFilter { member: Some(code), ..Default::default() };
    let participations = participations::list(state.db(), &participation_filter, number, PER_PAGE).await?;
    if number > participations.pages() {
        return Err(AppError::NotFound);
    }
    let title = page.lang.t_args(
        "support-title",
        &[("member", crate::i18n::text(member.acronym.clone().unwrap_or_else(|| member.alpha2.to_string())))],
    );
    render(&SupportPage { page: page.titled(title), member, projects, activities, participations })
}

#[derive(Template)]
#[template(path = "portal/nominate.html")]
struct NominatePage {
    page: Page,
    member: Member,
    open: Vec<Activity>,
    fields: NominationFields,
    errors: FieldErrors,
    countries: Vec<(String, String)>,
}

impl NominatePage {
    fn mode_label(&self, mode: &ActivityMode) -> String {
        self.page.t(&mode.key("mode"))
    }

    fn activity_choices(&self) -> Vec<(String, String)> {
        self.open
            .iter()
            .map(|a| (a.id.to_string(), format!("{} — {} ({})", a.title, self.mode_label(&a.mode), a.project_code)))
            .collect()
    }

    fn sexes(&self) -> Vec<(String, String)> {
        Sex::ALL.iter().map(|s| (s.as_str().to_owned(), self.page.t(&s.key("sex")))).collect()
    }

    fn groups(&self) -> Vec<(String, String)> {
        StakeholderGroup::ALL.iter().map(|g| (g.as_str().to_owned(), self.page.t(&g.key("group")))).collect()
    }
}

/// A nomination as submitted: the activity and the person.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct NominationFields {
    activity: String,
    #[serde(flatten)]
    person: PersonFields,
}

/// Open activities this member may nominate to: open ones aimed at it or at no member
/// in particular.
async fn open_for(state: &AppState, member: &Member) -> AppResult<Vec<Activity>> {
    let filter = ActivityFilter { status: Some(ActivityStatus::Open), ..Default::default() };
    let open = activities::list(state.db(), &filter, 1, 500).await?.items;
    let code = member.alpha2.to_string();
    Ok(open.into_iter().filter(|a| a.members.is_empty() || a.members.iter().any(|m| m.alpha2 == code)).collect())
}

async fn nominate_page(
    state: &AppState,
    page: Page,
    member: Member,
    fields: NominationFields,
    errors: FieldErrors,
) -> AppResult<NominatePage> {
    let open = open_for(state, &member).await?;
    let title = page.t("nominate-title");
    let countries = state.countries_by_name(page.lang.code());
    Ok(NominatePage { page: page.titled(title), member, open, fields, errors, countries })
}

pub async fn nominate_form(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    page: Page,
) -> AppResult<Response> {
    let member = registry::get(state.db(), editor.member).await?;
    let fields = NominationFields {
        activity: String::new(),
        person: PersonFields {
            country: member.alpha2.to_string(),
            sex: Sex::NotStated.as_str().to_owned(),
            ..PersonFields::default()
        },
    };
    render(&nominate_page(&state, page, member, fields, FieldErrors::default()).await?)
}

pub async fn nominate(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    CsrfForm(mut fields): CsrfForm<NominationFields>,
) -> AppResult<Response> {
    let member = registry::get(state.db(), editor.member).await?;
    // The member nominating is the one in the path, whatever the form says.
    fields.person.nominated_by = member.alpha2.to_string();
    let mut errors = FieldErrors::default();
    let activity_id = errors.check("activity", apdc_domain::project::record_id(&fields.activity));
    let open = open_for(&state, &member).await?;
    if let Some(id) = activity_id
        && !open.iter().any(|a| a.id == id)
    {
        errors.push("activity", "activity_not_open");
    }
    let person = match PersonInput::parse(&fields.person) {
        Ok(person) => Some(person),
        Err(e) => {
            errors.0.extend(e.0);
            None
        }
    };
    if let (Some(activity_id), Some(person), true) = (activity_id, person, errors.is_empty()) {
        let result = participations::enrol(
            state.db(),
            &actor(&editor.user, request_id),
            activity_id,
            &person,
            ParticipationStatus::Nominated,
            Some(member.alpha2),
        )
        .await;
        match result {
            Ok(_) => {
                return Ok(Redirect::to(&page.href(&format!("/members/{}/support#nominations", member.alpha2)))
                    .into_response());
            }
            Err(error) => errors = form_errors(error, "exists")?.1,
        }
    }
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &nominate_page(&state, page, member, fields, errors).await?)
}

#[derive(Deserialize)]
pub struct WithdrawPath {
    #[serde(rename = "lang")]
    _lang: String,
    #[serde(rename = "alpha2")]
    _alpha2: String,
    id: String,
}

/// Withdraws one of this member's nominations.
pub async fn withdraw(
    State(state): State<AppState>,
    editor: MemberContactEditor,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path(path): Path<WithdrawPath>,
    CsrfForm(_): CsrfForm<std::collections::HashMap<String, String>>,
) -> AppResult<Response> {
    let id = crate::api::path_id(&path.id)?;
    let member = editor.member.to_string();
    let result = participations::transition(
        state.db(),
        &actor(&editor.user, request_id),
        id,
        ParticipationStatus::Withdrawn,
        None,
        Some(&member),
    )
    .await;
    match result {
        Ok(_) => Ok(Redirect::to(&page.href(&format!("/members/{member}/support#nominations"))).into_response()),
        Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(apdc_store::StoreError::Invalid(errors)) => Err(AppError::Invalid(errors)),
        Err(e) => Err(e.into()),
    }
}
