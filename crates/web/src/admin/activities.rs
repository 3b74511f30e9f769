//! Staff management of activities: the form for every mode, and the activity's page
//! with its participants and their status, the people delivering it, coaching sessions
//! and mission recommendations.

use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult, form_errors};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use crate::widgets::page_window;
use apdc_domain::FieldErrors;
use apdc_domain::activity::{
    ActivityFields, ActivityInput, ActivityMode, ActivityStatus, FollowUp, RecommendationFields, RecommendationInput,
    SessionFields, SessionInput, StaffRole,
};
use apdc_domain::person::{ParticipationStatus, PersonFields, PersonInput, Sex, StakeholderGroup};
use apdc_store::Paged;
use apdc_store::activities::{self, Activity, CoachingSession, Recommendation, StaffMember};
use apdc_store::participations::{self, Participation, ParticipationFilter};
use apdc_store::projects::{self, Project};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Participants per page of an activity.
const PER_PAGE: usize = 100;

/// Languages offered for activities: the site's content languages and a few more the
/// programme works in.
const ACTIVITY_LANGUAGES: [&str; 8] = ["en", "fr", "es", "ar", "ru", "pt", "zh", "sw"];

struct Choices {
    modes: Vec<(String, String)>,
    statuses: Vec<(String, String)>,
    languages: Vec<(String, String)>,
    countries: Vec<(String, String)>,
    members: Vec<(String, String)>,
}

pub(crate) async fn member_choices(state: &AppState, page: &Page) -> AppResult<Vec<(String, String)>> {
    let lang = page.lang.code();
    let members = apdc_store::members::matching(state.db(), &Default::default()).await?;
    let mut choices: Vec<(String, String)> = members
        .into_iter()
        .map(|m| {
            let name = m.country_names.get(lang).to_owned();
            (m.alpha2.to_string(), m.acronym.map_or(name.clone(), |a| format!("{name} — {a}")))
        })
        .collect();
    choices.sort_by_cached_key(|(_, l)| apdc_store::members::sort_key(l));
    Ok(choices)
}

async fn choices(state: &AppState, page: &Page) -> AppResult<Choices> {
    Ok(Choices {
        modes: ActivityMode::ALL.iter().map(|m| (m.as_str().to_owned(), page.t(&m.key("mode")))).collect(),
        statuses: ActivityStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), page.t(&s.key("activity-status"))))
            .collect(),
        languages: ACTIVITY_LANGUAGES
            .iter()
            .map(|l| ((*l).to_owned(), page.t(&format!("content-language-{l}"))))
            .collect(),
        countries: state.countries_by_name(page.lang.code()),
        members: member_choices(state, page).await?,
    })
}

#[derive(Template)]
#[template(path = "admin/activity_form.html")]
struct FormPage {
    page: Page,
    project: Project,
    existing: Option<i64>,
    fields: ActivityFields,
    errors: FieldErrors,
    choices: Choices,
}

impl FormPage {
    fn action(&self) -> String {
        match self.existing {
            Some(id) => self.page.href(&format!("/admin/activities/{id}/edit")),
            None => self.page.href(&format!("/admin/projects/{}/activities", self.project.code)),
        }
    }

    fn cancel(&self) -> String {
        match self.existing {
            Some(id) => self.page.href(&format!("/admin/activities/{id}")),
            None => self.page.href(&format!("/admin/projects/{}", self.project.code)),
        }
    }

    /// Whether the fieldset of `mode` starts open: the chosen mode's.
    fn mode_open(&self, mode: &str) -> bool {
        self.fields.mode == mode
    }
}

async fn form_page(
    state: &AppState,
    page: Page,
    project: Project,
    existing: Option<i64>,
    fields: ActivityFields,
    errors: FieldErrors,
) -> AppResult<FormPage> {
    let title = if existing.is_some() { page.t("activity-edit-title") } else { page.t("activity-new-title") };
    let choices = choices(state, &page).await?;
    Ok(FormPage { page: page.titled(title), project, existing, fields, errors, choices })
}

async fn project_of(state: &AppState, code: &str) -> AppResult<Project> {
    match projects::get(state.db(), &code.to_ascii_uppercase()).await {
        Ok(project) => Ok(project),
        Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

async fn activity_of(state: &AppState, id: &str) -> AppResult<Activity> {
    match activities::get(state.db(), crate::api::path_id(id)?).await {
        Ok(activity) => Ok(activity),
        Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    mode: String,
}

pub async fn new_form(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    Query(query): Query<NewQuery>,
) -> AppResult<Response> {
    let project = project_of(&state, &code).await?;
    let mode = ActivityMode::parse(&query.mode).unwrap_or(ActivityMode::Elearning);
    let fields = ActivityFields {
        mode: mode.as_str().to_owned(),
        status: ActivityStatus::Planned.as_str().to_owned(),
        languages: vec!["en".to_owned()],
        members: project.members.iter().map(|m| m.alpha2.clone()).collect(),
        countries: project.countries.clone(),
        ..ActivityFields::default()
    };
    render(&form_page(&state, page, project, None, fields, FieldErrors::default()).await?)
}

pub async fn create(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, code)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<ActivityFields>,
) -> AppResult<Response> {
    let project = project_of(&state, &code).await?;
    let input = match ActivityInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            let form = form_page(&state, page, project, None, fields, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form);
        }
    };
    match activities::create(state.db(), &actor(&user, request_id), &project.code, &input).await {
        Ok(activity) => Ok(Redirect::to(&page.href(&format!("/admin/activities/{}", activity.id))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "exists")?;
            render_status(status, &form_page(&state, page, project, None, fields, errors).await?)
        }
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let project = project_of(&state, &activity.project_code).await?;
    let fields = activity.fields();
    render(&form_page(&state, page, project, Some(activity.id), fields, FieldErrors::default()).await?)
}

pub async fn update(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<ActivityFields>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let project = project_of(&state, &activity.project_code).await?;
    let input = match ActivityInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            let form = form_page(&state, page, project, Some(activity.id), fields, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form);
        }
    };
    match activities::update(state.db(), &actor(&user, request_id), activity.id, &input).await {
        Ok(updated) => Ok(Redirect::to(&page.href(&format!("/admin/activities/{}", updated.id))).into_response()),
        Err(error) => {
            let (status, errors) = form_errors(error, "exists")?;
            render_status(status, &form_page(&state, page, project, Some(activity.id), fields, errors).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "admin/activity.html")]
struct ManagePage {
    page: Page,
    activity: Activity,
    participants: Paged<Participation>,
    counts: Vec<(ParticipationStatus, i64)>,
    staff: Vec<StaffMember>,
    sessions: Vec<CoachingSession>,
    recommendations: Vec<Recommendation>,
    members: Vec<(String, String)>,
    countries: Vec<(String, String)>,
    person: PersonFields,
    errors: FieldErrors,
    failed_form: &'static str,
}

impl ManagePage {
    fn mode_label(&self) -> String {
        self.page.t(&self.activity.mode.key("mode"))
    }

    fn status_label(&self) -> String {
        self.page.t(&self.activity.status.key("activity-status"))
    }

    fn participation_label(&self, status: &ParticipationStatus) -> String {
        self.page.t(&status.key("participation"))
    }

    fn next_choices(&self, status: &ParticipationStatus) -> Vec<(String, String)> {
        status.next().iter().map(|s| (s.as_str().to_owned(), self.participation_label(s))).collect()
    }

    fn all_statuses(&self) -> Vec<(String, String)> {
        ParticipationStatus::ALL.iter().map(|s| (s.as_str().to_owned(), self.participation_label(s))).collect()
    }

    fn sexes(&self) -> Vec<(String, String)> {
        Sex::ALL.iter().map(|s| (s.as_str().to_owned(), self.page.t(&s.key("sex")))).collect()
    }

    fn groups(&self) -> Vec<(String, String)> {
        StakeholderGroup::ALL.iter().map(|g| (g.as_str().to_owned(), self.page.t(&g.key("group")))).collect()
    }

    fn roles(&self) -> Vec<(String, String)> {
        StaffRole::ALL.iter().map(|r| (r.as_str().to_owned(), self.page.t(&r.key("role")))).collect()
    }

    fn role_label(&self, role: &StaffRole) -> String {
        self.page.t(&role.key("role"))
    }

    fn follow_ups(&self) -> Vec<(String, String)> {
        FollowUp::ALL.iter().map(|f| (f.as_str().to_owned(), self.page.t(&f.key("follow-up")))).collect()
    }

    fn follow_up_label(&self, follow_up: &FollowUp) -> String {
        self.page.t(&follow_up.key("follow-up"))
    }

    fn errors_of(&self, form: &str) -> FieldErrors {
        if self.failed_form == form { self.errors.clone() } else { FieldErrors::default() }
    }

    fn is_coaching(&self) -> bool {
        self.activity.mode == ActivityMode::Coaching
    }

    fn is_mission(&self) -> bool {
        self.activity.mode == ActivityMode::Mission
    }

    fn window(&self) -> Vec<usize> {
        page_window(self.participants.page, self.participants.pages()).into_iter().map(|n| n.unwrap_or(0)).collect()
    }
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    page: String,
}

#[allow(clippy::too_many_arguments, reason = "one page gathers every part of an activity")]
async fn manage_page(
    state: &AppState,
    page: Page,
    activity: Activity,
    number: usize,
    person: PersonFields,
    errors: FieldErrors,
    failed_form: &'static str,
) -> AppResult<ManagePage> {
    let filter = ParticipationFilter { activity_id: Some(activity.id), ..Default::default() };
    let participants = participations::list(state.db(), &filter, number, PER_PAGE).await?;
    if number > participants.pages() {
        return Err(AppError::NotFound);
    }
    let counts = participations::status_counts(state.db(), activity.id).await?;
    let staff = activities::staff(state.db(), activity.id).await?;
    let sessions = activities::sessions(state.db(), activity.id).await?;
    let recommendations = activities::recommendations(state.db(), activity.id).await?;
    let members = member_choices(state, &page).await?;
    let countries = state.countries_by_name(page.lang.code());
    let title = activity.title.clone();
    Ok(ManagePage {
        page: page.titled(title),
        activity,
        participants,
        counts,
        staff,
        sessions,
        recommendations,
        members,
        countries,
        person,
        errors,
        failed_form,
    })
}

/// `/{lang}/admin/activities/{id}`
pub async fn manage(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let number = crate::error::page_number(&query.page)?;
    render(&manage_page(&state, page, activity, number, PersonFields::default(), FieldErrors::default(), "").await?)
}

fn back_to(page: &Page, activity: i64, anchor: &str) -> Response {
    Redirect::to(&page.href(&format!("/admin/activities/{activity}#{anchor}"))).into_response()
}

/// The form adding a participant: who, and in which status.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EnrolFields {
    #[serde(flatten)]
    person: PersonFields,
    status: String,
}

pub async fn enrol(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<EnrolFields>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let mut errors = FieldErrors::default();
    let status = errors.check("status", ParticipationStatus::parse(&fields.status));
    let person = match PersonInput::parse(&fields.person) {
        Ok(person) => Some(person),
        Err(e) => {
            errors.0.extend(e.0);
            None
        }
    };
    if let (Some(person), Some(status)) = (person, status) {
        let nominated_by = person.nominated_by;
        match participations::enrol(state.db(), &actor(&user, request_id), activity.id, &person, status, nominated_by)
            .await
        {
            Ok(_) => return Ok(back_to(&page, activity.id, "participants")),
            Err(error) => errors = form_errors(error, "exists")?.1,
        }
    }
    let form = manage_page(&state, page, activity, 1, fields.person, errors, "enrol").await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &form)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StatusFields {
    status: String,
    note: String,
}

/// Moves one participation of the activity to another status.
pub async fn change_status(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id, participation)): Path<(String, String, String)>,
    CsrfForm(fields): CsrfForm<StatusFields>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let participation = participations::get(state.db(), crate::api::path_id(&participation)?).await?;
    if participation.activity_id != activity.id {
        return Err(AppError::NotFound);
    }
    let mut errors = FieldErrors::default();
    let status = errors.check("status", ParticipationStatus::parse(&fields.status));
    let note = errors.check("note", apdc_domain::validation::optional_text(&fields.note, 500));
    if let (Some(status), Some(note)) = (status, note) {
        let result = participations::transition(
            state.db(),
            &actor(&user, request_id),
            participation.id,
            status,
            note.as_deref(),
            None,
        )
        .await;
        match result {
            Ok(_) => return Ok(back_to(&page, activity.id, "participants")),
            Err(error) => errors = form_errors(error, "exists")?.1,
        }
    }
    let form = manage_page(&state, page, activity, 1, PersonFields::default(), errors, "status").await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &form)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StaffFields {
    email: String,
    role: String,
}

/// Adds a person (found by email) as expert, coach or trainer.
pub async fn add_staff(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<StaffFields>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let mut errors = FieldErrors::default();
    let email = errors.check("email", apdc_domain::Email::parse(&fields.email));
    let role = errors.check("role", StaffRole::parse(&fields.role));
    if let (Some(email), Some(role)) = (email, role) {
        match apdc_store::people::find_by_email(state.db(), email.as_str()).await? {
            Some(person) => {
                activities::add_staff(state.db(), &actor(&user, request_id), activity.id, person, role).await?;
                return Ok(back_to(&page, activity.id, "staff"));
            }
            None => errors.push("email", "unknown_person"),
        }
    }
    let form = manage_page(&state, page, activity, 1, PersonFields::default(), errors, "staff").await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &form)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveStaffFields {
    person: String,
    role: String,
}

pub async fn remove_staff(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<RemoveStaffFields>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let person = crate::api::path_id(&fields.person)?;
    let role = StaffRole::parse(&fields.role).map_err(|_| AppError::NotFound)?;
    match activities::remove_staff(state.db(), &actor(&user, request_id), activity.id, person, role).await {
        Ok(()) => Ok(back_to(&page, activity.id, "staff")),
        Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

pub async fn add_session(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<SessionFields>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let errors = match SessionInput::parse(&fields) {
        Ok(input) => match activities::add_session(state.db(), &actor(&user, request_id), activity.id, &input).await {
            Ok(()) => return Ok(back_to(&page, activity.id, "sessions")),
            Err(error) => form_errors(error, "exists")?.1,
        },
        Err(errors) => errors,
    };
    let form = manage_page(&state, page, activity, 1, PersonFields::default(), errors, "sessions").await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &form)
}

pub async fn add_recommendation(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<RecommendationFields>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let errors = match RecommendationInput::parse(&fields) {
        Ok(input) => {
            match activities::add_recommendation(state.db(), &actor(&user, request_id), activity.id, &input).await {
                Ok(()) => return Ok(back_to(&page, activity.id, "recommendations")),
                Err(error) => form_errors(error, "exists")?.1,
            }
        }
        Err(errors) => errors,
    };
    let form = manage_page(&state, page, activity, 1, PersonFields::default(), errors, "recommendations").await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &form)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FollowUpFields {
    follow_up: String,
}

pub async fn set_follow_up(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id, recommendation)): Path<(String, String, String)>,
    CsrfForm(fields): CsrfForm<FollowUpFields>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let recommendation = crate::api::path_id(&recommendation)?;
    let follow_up = FollowUp::parse(&fields.follow_up)
        .map_err(|_| AppError::BadRequest { code: "invalid_parameter", field: Some("follow_up") })?;
    match activities::set_follow_up(state.db(), &actor(&user, request_id), activity.id, recommendation, follow_up).await
    {
        Ok(()) => Ok(back_to(&page, activity.id, "recommendations")),
        Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

pub async fn audit(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let back = page.href(&format!("/admin/activities/{}", activity.id));
    let key = activity.id.to_string();
    crate::admin::projects::audit_page(&state, page, ("activity", &key), back, activity.title.clone(), &query.page)
        .await
}
