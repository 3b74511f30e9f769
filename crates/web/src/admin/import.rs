//! Importing the member list from CSV: upload, a row-by-row preview, then all or nothing.

use crate::auth::{RequestIdText, Staff, actor, csrf};
use crate::error::{AppError, AppResult};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use apdc_store::imports::{self, Applied, FileProblem, ImportPlan, RowOutcome};
use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Template)]
#[template(path = "admin/import.html")]
struct ImportPage {
    page: Page,
    required: [&'static str; 4],
    optional: [&'static str; 4],
    problem: Option<String>,
    /// The preview of an uploaded file.
    plan: Option<ImportPlan>,
    filename: String,
    /// Set when the plan was saved and can be applied.
    import_id: Option<String>,
    applied: Option<Applied>,
}

impl ImportPage {
    fn new(page: Page) -> Self {
        Self {
            page,
            required: imports::REQUIRED_COLUMNS,
            optional: imports::OPTIONAL_COLUMNS,
            problem: None,
            plan: None,
            filename: String::new(),
            import_id: None,
            applied: None,
        }
    }

    fn outcome_label(&self, outcome: &RowOutcome) -> String {
        let key = match outcome {
            RowOutcome::Add => "import-outcome-add",
            RowOutcome::Update { .. } => "import-outcome-update",
            RowOutcome::Unchanged => "import-outcome-unchanged",
            RowOutcome::Rejected { .. } => "import-outcome-rejected",
        };
        self.page.t(key)
    }

    /// Why a row is rejected, or what it changes, in the reader's language.
    fn details(&self, outcome: &RowOutcome) -> Vec<String> {
        match outcome {
            RowOutcome::Rejected { errors } => {
                errors.iter().map(|e| format!("{}: {}", e.field, self.page.error_message(e.code))).collect()
            }
            RowOutcome::Update { changes } => changes
                .iter()
                .map(|c| {
                    let empty = self.page.t("import-empty-value");
                    let show = |v: &str| if v.is_empty() { empty.clone() } else { v.to_owned() };
                    format!("{}: {} → {}", c.field, show(&c.before), show(&c.after))
                })
                .collect(),
            RowOutcome::Add | RowOutcome::Unchanged => Vec::new(),
        }
    }
}

fn describe(lang: crate::i18n::Lang, problem: &FileProblem) -> String {
    use crate::i18n::text;
    match problem {
        FileProblem::Empty => lang.t("import-problem-empty"),
        FileProblem::TooLarge => lang.t("import-problem-too-large"),
        FileProblem::NotText => lang.t("import-problem-not-text"),
        FileProblem::NotCsv { detail } => lang.t_args("import-problem-not-csv", &[("detail", text(detail.clone()))]),
        FileProblem::MissingColumns { columns } => {
            lang.t_args("import-problem-missing-columns", &[("columns", text(columns.join(", ")))])
        }
        FileProblem::UnknownColumns { columns } => {
            lang.t_args("import-problem-unknown-columns", &[("columns", text(columns.join(", ")))])
        }
        FileProblem::DuplicateColumns { columns } => {
            lang.t_args("import-problem-duplicate-columns", &[("columns", text(columns.join(", ")))])
        }
        FileProblem::TooManyRows => lang.t("import-problem-too-many-rows"),
        FileProblem::NoRows => lang.t("import-problem-no-rows"),
        FileProblem::Sheet(problem) => crate::uploads::describe(lang, problem),
    }
}

pub async fn form(Staff(_): Staff, page: Page) -> AppResult<Response> {
    let title = page.t("import-title");
    render(&ImportPage::new(page.titled(title)))
}

pub async fn preview(
    State(state): State<AppState>,
    Staff(user): Staff,
    session: Session,
    page: Page,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let file = crate::uploads::UploadForm::read(&session, multipart).await?.file;
    let title = page.t("import-title");
    let mut view = ImportPage::new(page.titled(title));
    let Some((filename, bytes)) = file.filter(|(name, bytes)| !name.is_empty() || !bytes.is_empty()) else {
        view.problem = Some(view.page.t("import-problem-no-file"));
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    };
    view.filename = filename.clone();
    match imports::plan(state.db(), &bytes).await? {
        Err(problem) => {
            view.problem = Some(describe(view.page.lang, &problem));
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Ok(plan) => {
            let status = if plan.rejected > 0 { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
            if plan.acceptable() {
                let id = csrf::random_token().map_err(|e| AppError::Internal(format!("random: {e}")))?;
                imports::save(state.db(), &id, user.id, &filename, &plan).await?;
                view.import_id = Some(id);
            }
            view.plan = Some(plan);
            render_status(status, &view)
        }
    }
}

#[derive(Deserialize)]
pub struct ImportPath {
    id: String,
}

#[derive(Deserialize)]
pub struct ApplyForm {}

pub async fn apply(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path(path): Path<ImportPath>,
    CsrfForm(_): CsrfForm<ApplyForm>,
) -> AppResult<Response> {
    let applied = imports::apply(state.db(), &actor(&user, request_id), &path.id).await?;
    let title = page.t("import-title");
    let mut view = ImportPage::new(page.titled(title));
    view.applied = Some(applied);
    render(&view)
}
