//! Importing participant lists (XLSX or CSV) into an activity: upload, column mapping,
//! a preview naming every problem by line, then everything or nothing.

use crate::auth::{RequestIdText, Staff, actor, csrf};
use crate::error::{AppError, AppResult};
use crate::form::CsrfForm;
use crate::i18n::Lang;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use crate::uploads;
use apdc_domain::person::{ParticipationStatus, PersonFields, PersonInput, StakeholderGroup};
use apdc_domain::{CountryCode, FieldError};
use apdc_sheets::{Limits, Table};
use apdc_store::activities::{self, Activity};
use apdc_store::members::sort_key;
use apdc_store::participant_imports::{self, Applied, ImportRow, RowEffect};
use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use tower_sessions::Session;

/// The most rows one file may have.
pub const MAX_ROWS: usize = 20_000;
/// What a participant list may hold: short cells, a few dozen columns.
const LIMITS: Limits = Limits { max_cell_chars: 1_000, max_text_bytes: 8 * 1024 * 1024, ..Limits::rows(MAX_ROWS) };
/// Rows shown in the preview's sample.
const SAMPLE: usize = 20;
/// Rejected rows listed in full.
const LISTED_PROBLEMS: usize = 200;

/// The fields a column can fill, with the header words that map to each by default.
const TARGETS: [(&str, &[&str]); 10] = [
    (
        "name",
        &["name", "full name", "participant", "participant name", "nom", "nom complet", "nombre", "nombre completo"],
    ),
    ("first_name", &["first name", "given name", "firstname", "prenom", "nombres"]),
    ("last_name", &["last name", "surname", "family name", "lastname", "nom de famille", "apellido", "apellidos"]),
    (
        "email",
        &[
            "email",
            "e-mail",
            "email address",
            "e-mail address",
            "mail",
            "courriel",
            "adresse email",
            "correo",
            "correo electronico",
        ],
    ),
    ("sex", &["sex", "gender", "sexe", "genre", "sexo", "genero"]),
    ("country", &["country", "country code", "pays", "pais"]),
    (
        "organisation",
        &[
            "organisation",
            "organization",
            "institution",
            "company",
            "employer",
            "organisme",
            "entreprise",
            "organizacion",
            "empresa",
        ],
    ),
    (
        "stakeholder_group",
        &[
            "stakeholder group",
            "stakeholder",
            "group",
            "sector",
            "category",
            "groupe",
            "secteur",
            "grupo",
            "sector de actividad",
        ],
    ),
    ("nominated_by", &["nominated by", "nominating member", "member", "nsb", "membre", "miembro"]),
    ("status", &["status", "statut", "estado"]),
];

/// What is kept between upload and confirmation.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pending {
    table: Table,
    /// Target field → column index.
    mapping: BTreeMap<String, usize>,
    default_status: String,
    default_member: String,
}

/// Folds text for matching headers and values: accents removed, lower case, spaces
/// collapsed, punctuation other than `@ . -` dropped.
fn fold(text: &str) -> String {
    let folded = sort_key(text);
    let kept: String = folded.chars().map(|c| if c.is_alphanumeric() || "@.-".contains(c) { c } else { ' ' }).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn guess_mapping(header: &[String]) -> BTreeMap<String, usize> {
    let mut mapping = BTreeMap::new();
    for (index, title) in header.iter().enumerate() {
        let title = fold(title).replace(['_', '-'], " ");
        for (target, words) in TARGETS {
            if !mapping.contains_key(target) && (title == target.replace('_', " ") || words.contains(&title.as_str())) {
                mapping.insert(target.to_owned(), index);
                break;
            }
        }
    }
    mapping
}

/// Lookups that turn spreadsheet wording into codes.
struct Vocabulary {
    countries: HashMap<String, CountryCode>,
    members: HashMap<String, CountryCode>,
    groups: HashMap<String, StakeholderGroup>,
    statuses: HashMap<String, ParticipationStatus>,
}

async fn vocabulary(state: &AppState) -> AppResult<Vocabulary> {
    let mut countries = HashMap::new();
    for lang in Lang::all() {
        for (code, name) in state.countries_by_name(lang.code()) {
            if let Ok(code) = CountryCode::parse(&code) {
                countries.insert(fold(&name), code);
                countries.insert(fold(code.as_str()), code);
            }
        }
    }
    let mut members = HashMap::new();
    for member in apdc_store::members::matching(state.db(), &Default::default()).await? {
        members.insert(fold(member.alpha2.as_str()), member.alpha2);
        if let Some(acronym) = &member.acronym {
            members.insert(fold(acronym), member.alpha2);
        }
    }
    let mut groups = HashMap::new();
    let mut statuses = HashMap::new();
    for lang in Lang::all() {
        for group in StakeholderGroup::ALL {
            groups.insert(fold(&lang.t(&group.key("group"))), *group);
        }
        for status in ParticipationStatus::ALL {
            statuses.insert(fold(&lang.t(&status.key("participation"))), *status);
        }
    }
    for group in StakeholderGroup::ALL {
        groups.insert(fold(group.as_str()), *group);
    }
    for status in ParticipationStatus::ALL {
        statuses.insert(fold(status.as_str()), *status);
    }
    Ok(Vocabulary { countries, members, groups, statuses })
}

/// A row's outcome in the preview.
#[derive(Debug, Clone)]
enum Outcome {
    Valid(ImportRow),
    Rejected { line: usize, errors: Vec<FieldError> },
}

/// Checks every row against the mapping; duplicates of an email within the file are
/// rejected, since one person cannot be enrolled twice.
fn check_rows(pending: &Pending, vocabulary: &Vocabulary) -> Vec<Outcome> {
    let cell = |cells: &[String], target: &str| -> String {
        pending.mapping.get(target).and_then(|i| cells.get(*i)).cloned().unwrap_or_default()
    };
    let mut seen = HashSet::new();
    pending
        .table
        .rows
        .iter()
        .map(|(line, cells)| {
            let mut errors = Vec::new();
            let mut name = cell(cells, "name");
            if name.is_empty() {
                name = format!("{} {}", cell(cells, "first_name"), cell(cells, "last_name")).trim().to_owned();
            }
            let country_raw = cell(cells, "country");
            let country = if country_raw.is_empty() {
                String::new()
            } else if let Some(code) = vocabulary.countries.get(&fold(&country_raw)) {
                code.to_string()
            } else {
                errors.push(FieldError::new("country", "unknown_country"));
                String::new()
            };
            let group_raw = cell(cells, "stakeholder_group");
            let group = if group_raw.is_empty() {
                String::new()
            } else if let Some(group) = vocabulary.groups.get(&fold(&group_raw)) {
                group.as_str().to_owned()
            } else {
                errors.push(FieldError::new("stakeholder_group", "invalid_stakeholder_group"));
                String::new()
            };
            let member_raw =
                Some(cell(cells, "nominated_by")).filter(|m| !m.is_empty()).unwrap_or(pending.default_member.clone());
            let nominated_by = if member_raw.is_empty() {
                String::new()
            } else if let Some(code) = vocabulary.members.get(&fold(&member_raw)) {
                code.to_string()
            } else {
                errors.push(FieldError::new("nominated_by", "unknown_member"));
                String::new()
            };
            let status_raw =
                Some(cell(cells, "status")).filter(|s| !s.is_empty()).unwrap_or(pending.default_status.clone());
            let status = vocabulary.statuses.get(&fold(&status_raw)).copied();
            if status.is_none() {
                errors.push(FieldError::new("status", "invalid_code"));
            }
            let fields = PersonFields {
                name,
                email: cell(cells, "email"),
                sex: cell(cells, "sex"),
                country,
                organisation: cell(cells, "organisation"),
                stakeholder_group: group,
                nominated_by,
            };
            let person = match PersonInput::parse(&fields) {
                Ok(person) => Some(person),
                Err(e) => {
                    errors.extend(e.0);
                    None
                }
            };
            if let Some(person) = &person
                && !seen.insert(person.email.as_str().to_owned())
            {
                errors.push(FieldError::new("email", "duplicate_email_in_file"));
            }
            match (person, status) {
                (Some(person), Some(status)) if errors.is_empty() => {
                    Outcome::Valid(ImportRow { line: *line, person, status })
                }
                _ => Outcome::Rejected { line: *line, errors },
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "admin/participant_import.html")]
struct ImportPage {
    page: Page,
    activity: Activity,
    problem: Option<String>,
    members: Vec<(String, String)>,
    /// Set on the preview of a pending import.
    preview: Option<Preview>,
    applied: Option<Applied>,
}

/// The preview of a pending import.
struct Preview {
    id: String,
    filename: String,
    header: Vec<String>,
    mapping: BTreeMap<String, usize>,
    rows: usize,
    blank_rows: usize,
    rejected: Vec<(usize, Vec<FieldError>)>,
    new_people: usize,
    known_people: usize,
    already: usize,
    sample: Vec<(usize, String, String, RowEffect)>,
    missing_required: Vec<&'static str>,
}

impl ImportPage {
    fn targets(&self) -> Vec<(&'static str, String)> {
        TARGETS.iter().map(|(t, _)| (*t, self.page.t(&format!("import-target-{}", t.replace('_', "-"))))).collect()
    }

    fn column_choices(&self, preview: &Preview) -> Vec<(String, String)> {
        preview
            .header
            .iter()
            .enumerate()
            .map(|(i, h)| (i.to_string(), if h.is_empty() { format!("#{}", i + 1) } else { h.clone() }))
            .collect()
    }

    fn chosen(&self, preview: &Preview, target: &str) -> Vec<String> {
        preview.mapping.get(target).map(|i| vec![i.to_string()]).unwrap_or_default()
    }

    fn statuses(&self) -> Vec<(String, String)> {
        ParticipationStatus::ALL.iter().map(|s| (s.as_str().to_owned(), self.page.t(&s.key("participation")))).collect()
    }

    fn problems(&self, errors: &[FieldError]) -> String {
        errors
            .iter()
            .map(|e| {
                format!(
                    "{}: {}",
                    self.page.t(&format!("import-target-{}", e.field.replace('_', "-"))),
                    self.page.error_message(e.code)
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    }

    fn effect_label(&self, effect: &RowEffect) -> String {
        self.page.t(match effect {
            RowEffect::NewPerson => "import-effect-new",
            RowEffect::KnownPerson(_) => "import-effect-known",
            RowEffect::AlreadyParticipating(_) => "import-effect-already",
        })
    }

    fn listed(&self, preview: &Preview) -> usize {
        preview.rejected.len().min(LISTED_PROBLEMS)
    }

    fn can_apply(&self, preview: &Preview) -> bool {
        preview.rejected.is_empty()
            && preview.missing_required.is_empty()
            && preview.new_people + preview.known_people > 0
    }

    fn missing(&self, preview: &Preview) -> String {
        preview
            .missing_required
            .iter()
            .map(|t| self.page.t(&format!("import-target-{}", t.replace('_', "-"))))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

async fn activity_of(state: &AppState, id: &str) -> AppResult<Activity> {
    match activities::get(state.db(), crate::api::path_id(id)?).await {
        Ok(activity) => Ok(activity),
        Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

async fn blank_page(state: &AppState, page: Page, activity: Activity) -> AppResult<ImportPage> {
    let members = crate::admin::activities::member_choices(state, &page).await?;
    let title = page.t("import-participants-title");
    Ok(ImportPage { page: page.titled(title), activity, problem: None, members, preview: None, applied: None })
}

pub async fn form(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    render(&blank_page(&state, page, activity).await?)
}

/// Receives the file, reads it, guesses the mapping, keeps it pending and shows the preview.
pub async fn upload(
    State(state): State<AppState>,
    Staff(user): Staff,
    session: Session,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let form = uploads::UploadForm::read(&session, multipart).await?;
    let (default_status, default_member) =
        (form.field("default_status").to_owned(), form.field("default_member").to_owned());
    let file = form.file;
    let activity = activity_of(&state, &id).await?;
    let mut view = blank_page(&state, page, activity).await?;
    let Some((filename, bytes)) = file.filter(|(name, bytes)| !name.is_empty() || !bytes.is_empty()) else {
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
    let default_status =
        ParticipationStatus::parse(&default_status).unwrap_or(ParticipationStatus::Nominated).as_str().to_owned();
    let default_member = CountryCode::parse(&default_member).map(|c| c.to_string()).unwrap_or_default();
    let pending = Pending { mapping: guess_mapping(&table.header), table, default_status, default_member };
    let import = csrf::random_token().map_err(|e| AppError::Internal(format!("random: {e}")))?;
    let payload = serde_json::to_string(&pending).map_err(|e| AppError::Internal(format!("import payload: {e}")))?;
    participant_imports::save(state.db(), &import, view.activity.id, user.id, &filename, &payload).await?;
    Ok(Redirect::to(&view.page.href(&format!("/admin/activities/{}/import/{import}", view.activity.id)))
        .into_response())
}

async fn load(state: &AppState, activity: &Activity, import: &str) -> AppResult<(String, Pending)> {
    let (filename, payload) = match participant_imports::load(state.db(), import, activity.id).await {
        Ok(found) => found,
        Err(apdc_store::StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let pending: Pending =
        serde_json::from_str(&payload).map_err(|e| AppError::Internal(format!("stored import {import}: {e}")))?;
    Ok((filename, pending))
}

async fn preview_of(
    state: &AppState,
    activity: &Activity,
    import: &str,
    filename: String,
    pending: &Pending,
) -> AppResult<(Preview, Vec<ImportRow>)> {
    let vocabulary = vocabulary(state).await?;
    let outcomes = check_rows(pending, &vocabulary);
    let mut valid = Vec::new();
    let mut rejected = Vec::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Valid(row) => valid.push(row),
            Outcome::Rejected { line, errors } => rejected.push((line, errors)),
        }
    }
    let effects = participant_imports::effects(state.db(), activity.id, &valid).await?;
    let count = |f: fn(&RowEffect) -> bool| effects.iter().filter(|e| f(e)).count();
    let missing_required = ["email"]
        .into_iter()
        .filter(|t| !pending.mapping.contains_key(*t))
        .chain(
            (!["name", "first_name", "last_name"].iter().any(|t| pending.mapping.contains_key(*t))).then_some("name"),
        )
        .collect();
    let preview = Preview {
        id: import.to_owned(),
        filename,
        header: pending.table.header.clone(),
        mapping: pending.mapping.clone(),
        rows: pending.table.rows.len(),
        blank_rows: pending.table.blank_rows,
        new_people: count(|e| *e == RowEffect::NewPerson),
        known_people: count(|e| matches!(e, RowEffect::KnownPerson(_))),
        already: count(|e| matches!(e, RowEffect::AlreadyParticipating(_))),
        sample: valid
            .iter()
            .zip(&effects)
            .take(SAMPLE)
            .map(|(row, effect)| (row.line, row.person.name.clone(), row.person.email.as_str().to_owned(), *effect))
            .collect(),
        rejected,
        missing_required,
    };
    Ok((preview, valid))
}

/// `/{lang}/admin/activities/{id}/import/{import}`: the preview.
pub async fn preview(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, id, import)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let (filename, pending) = load(&state, &activity, &import).await?;
    let (preview, _) = preview_of(&state, &activity, &import, filename, &pending).await?;
    let status = if preview.rejected.is_empty() && preview.missing_required.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut view = blank_page(&state, page, activity).await?;
    view.preview = Some(preview);
    render_status(status, &view)
}

/// Saves a new column mapping, then shows the preview again.
pub async fn remap(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Path((_, id, import)): Path<(String, String, String)>,
    CsrfForm(fields): CsrfForm<HashMap<String, String>>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let (_, mut pending) = load(&state, &activity, &import).await?;
    let mut mapping = BTreeMap::new();
    for (target, _) in TARGETS {
        if let Some(index) = fields.get(&format!("map_{target}")).and_then(|v| v.parse::<usize>().ok())
            && index < pending.table.header.len()
        {
            mapping.insert(target.to_owned(), index);
        }
    }
    pending.mapping = mapping;
    let payload = serde_json::to_string(&pending).map_err(|e| AppError::Internal(format!("import payload: {e}")))?;
    participant_imports::update_payload(state.db(), &import, activity.id, &payload).await?;
    Ok(Redirect::to(&page.href(&format!("/admin/activities/{}/import/{import}", activity.id))).into_response())
}

/// Writes every row, or nothing if any row is rejected now.
pub async fn apply(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id, import)): Path<(String, String, String)>,
    CsrfForm(_): CsrfForm<HashMap<String, String>>,
) -> AppResult<Response> {
    let activity = activity_of(&state, &id).await?;
    let (filename, pending) = load(&state, &activity, &import).await?;
    let (preview, rows) = preview_of(&state, &activity, &import, filename, &pending).await?;
    let mut view = blank_page(&state, page, activity).await?;
    if !view.can_apply(&preview) {
        view.preview = Some(preview);
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let applied =
        participant_imports::apply(state.db(), &actor(&user, request_id), &import, view.activity.id, &rows).await?;
    view.applied = Some(applied);
    render(&view)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_several_languages_map_to_fields() {
        let header: Vec<String> = ["Prénom", "Nom de famille", "Courriel", "Sexe", "Pays", "Organisme", "Secteur"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let mapping = guess_mapping(&header);
        assert_eq!(mapping.get("first_name"), Some(&0));
        assert_eq!(mapping.get("last_name"), Some(&1));
        assert_eq!(mapping.get("email"), Some(&2));
        assert_eq!(mapping.get("sex"), Some(&3));
        assert_eq!(mapping.get("country"), Some(&4));
        assert_eq!(mapping.get("organisation"), Some(&5));
        assert_eq!(mapping.get("stakeholder_group"), Some(&6));
        assert_eq!(guess_mapping(&["E-mail".to_owned(), "Full name".to_owned()]).get("name"), Some(&1));
    }
}
