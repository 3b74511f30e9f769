//! A story's or page's review: where it stands, its translations, the workflow steps open to the
//! reader (submit, request changes, publish now or at a moment, archive, reopen), its
//! revisions compared word by word, and restoring an earlier one.

use crate::admin::content::{content_errors, content_of};
use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult};
use crate::form::CsrfForm;
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use crate::widgets::escape;
use apdc_domain::FieldErrors;
use apdc_domain::Role;
use apdc_domain::content::{
    ContentKind, ContentStatus, WorkflowAction, WorkflowFields, WorkflowInput, may_review, moment,
};
use apdc_domain::project::CONTENT_LANGUAGES;
use apdc_store::contents::{self, Content, Event, Revision, RevisionSummary, Snapshot, TranslationState};
use askama::Template;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "admin/content.html")]
struct ManagePage {
    page: Page,
    story: Content,
    revisions: Vec<RevisionSummary>,
    events: Vec<Event>,
    preview: String,
    fields: WorkflowFields,
    errors: FieldErrors,
    time_zones: Vec<(String, String)>,
    now: i64,
}

impl ManagePage {
    fn status_label(&self, status: &str) -> String {
        self.page.t(&format!("content-status-{}", status.replace('_', "-")))
    }

    fn action_label(&self, action: &WorkflowAction) -> String {
        self.page.t(&action.key("content-action"))
    }

    fn event_label(&self, action: &str) -> String {
        self.page.t(&format!("content-action-{}", action.replace('_', "-")))
    }

    fn revision_label(&self, revision: &RevisionSummary) -> String {
        let detail = revision.detail.clone().unwrap_or_default();
        match (revision.action.as_str(), detail.as_str()) {
            ("edited", "minor") => self.page.t("revision-edited-minor"),
            ("edited" | "created", _) => self.page.t(&format!("revision-{}", revision.action)),
            (action @ ("translated" | "translated_file"), language) => self.page.lang.t_args(
                &format!("revision-{}", action.replace('_', "-")),
                &[("detail", crate::i18n::text(self.page.t(&format!("content-language-{language}"))))],
            ),
            (action, _) => {
                self.page.lang.t_args(&format!("revision-{action}"), &[("detail", crate::i18n::text(detail.clone()))])
            }
        }
    }

    /// The steps this reader may take now.
    fn actions(&self) -> Vec<WorkflowAction> {
        let user = self.page.user.as_ref();
        let reviewer =
            may_review(user.map(|u| u.id), user.is_some_and(|u| u.role == Role::Administrator), self.story.author_id);
        self.story.status.actions().into_iter().filter(|a| reviewer || !a.needs_reviewer()).collect()
    }

    fn waits_for_another_reviewer(&self) -> bool {
        self.story.status == ContentStatus::InReview && !self.actions().contains(&WorkflowAction::Publish)
    }

    fn can_schedule(&self) -> bool {
        !self.story.published_at.is_some_and(|p| p <= self.now && self.story.live_revision.is_some())
    }

    fn is_live(&self) -> bool {
        self.story.is_live(self.now)
    }

    fn is_scheduled(&self) -> bool {
        self.story.is_scheduled(self.now)
    }

    /// Every content language but the source, with where it stands.
    fn translations(&self) -> Vec<(String, String, TranslationState)> {
        CONTENT_LANGUAGES
            .iter()
            .filter(|l| **l != self.story.source_language)
            .map(|l| ((*l).to_owned(), self.page.t(&format!("content-language-{l}")), self.story.translation_state(l)))
            .collect()
    }

    fn state_label(&self, state: &TranslationState) -> String {
        self.page.t(&format!("translation-state-{}", state.as_str().replace('_', "-")))
    }

    fn source_name(&self) -> String {
        self.page.t(&format!("content-language-{}", self.story.source_language))
    }

    fn source_direction(&self) -> &'static str {
        apdc_domain::language::Direction::of(&self.story.source_language).as_attr()
    }

    fn is_live_revision(&self, number: impl std::borrow::Borrow<i64>) -> bool {
        self.story.live_revision == Some(*number.borrow())
    }

    fn public_href(&self) -> String {
        format!("/{}/{}/{}", self.story.source_language, self.story.kind.section(), self.story.slug)
    }
}

async fn manage_page(
    state: &AppState,
    page: Page,
    story: Content,
    fields: WorkflowFields,
    errors: FieldErrors,
) -> AppResult<ManagePage> {
    let revisions = contents::revisions(state.db(), story.id).await?;
    let events = contents::events(state.db(), story.id).await?;
    let body = &story.source().body;
    let preview = crate::images::Shown::load(state, story.links.image.as_ref(), body).await?.body_html(body);
    let title = story.source().title.clone();
    let time_zones = moment::time_zones().into_iter().map(|z| (z.clone(), z.replace('_', " "))).collect();
    Ok(ManagePage {
        page: page.titled(title),
        story,
        revisions,
        events,
        preview,
        fields,
        errors,
        time_zones,
        now: apdc_store::now(),
    })
}

/// `/{lang}/admin/stories/{id}`, `/{lang}/admin/pages/{id}`
pub async fn manage(
    State(state): State<AppState>,
    Extension(kind): Extension<ContentKind>,
    Staff(_): Staff,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let story = content_of(&state, kind, &id).await?;
    let fields = WorkflowFields { time_zone: "UTC".into(), ..WorkflowFields::default() };
    render(&manage_page(&state, page, story, fields, FieldErrors::default()).await?)
}

/// `POST /{lang}/admin/stories/{id}/workflow`: one step.
pub async fn workflow(
    State(state): State<AppState>,
    Extension(kind): Extension<ContentKind>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<WorkflowFields>,
) -> AppResult<Response> {
    let story = content_of(&state, kind, &id).await?;
    let input = match WorkflowInput::parse(&fields) {
        Ok(input) => input,
        Err(errors) => {
            let form = manage_page(&state, page, story, fields, errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &form);
        }
    };
    let is_admin = user.role == Role::Administrator;
    match contents::step(state.db(), &actor(&user, request_id), is_admin, story.id, &input).await {
        Ok(updated) => Ok(Redirect::to(&format!("{}/{}", page.content_admin(kind), updated.id)).into_response()),
        Err(error) => {
            let (status, errors) = content_errors(kind, error)?;
            render_status(status, &manage_page(&state, page, story, fields, errors).await?)
        }
    }
}

/// One field's change between two revisions, as HTML with `<del>` and `<ins>`.
pub struct FieldChange {
    pub language: String,
    pub field: &'static str,
    pub html: String,
}

/// The words of `old` and `new`, removed ones in `<del>`, added ones in `<ins>`.
pub fn word_diff(old: &str, new: &str) -> String {
    let diff = similar::TextDiff::from_words(old, new);
    let mut html = String::new();
    for change in diff.iter_all_changes() {
        let text = escape(change.value());
        match change.tag() {
            similar::ChangeTag::Equal => html.push_str(&text),
            similar::ChangeTag::Delete => html.push_str(&format!("<del>{text}</del>")),
            similar::ChangeTag::Insert => html.push_str(&format!("<ins>{text}</ins>")),
        }
    }
    html
}

/// What changed from `before` (none for the first revision) to `after`, field by field.
pub fn changes(before: Option<&Snapshot>, after: &Snapshot) -> Vec<FieldChange> {
    let mut out = Vec::new();
    for language in CONTENT_LANGUAGES {
        let old = before.and_then(|b| b.text(language));
        let new = after.text(language);
        if old.is_none() && new.is_none() {
            continue;
        }
        let field = |t: Option<&apdc_domain::content::ContentText>, f: &str| -> String {
            t.map(|t| match f {
                "title" => t.title.clone(),
                "standfirst" => t.standfirst.clone().unwrap_or_default(),
                "body" => t.body.clone(),
                _ => t.people.clone().unwrap_or_default(),
            })
            .unwrap_or_default()
        };
        for name in ["title", "standfirst", "body", "people"] {
            let (a, b) = (field(old, name), field(new, name));
            if a != b {
                out.push(FieldChange { language: language.to_owned(), field: name, html: word_diff(&a, &b) });
            }
        }
    }
    let old_links = before.map(|b| b.links.pairs()).unwrap_or_default();
    let new_links = after.links.pairs();
    let removed: Vec<String> =
        old_links.iter().filter(|l| !new_links.contains(l)).map(|(k, v)| format!("{k}: {v}")).collect();
    let added: Vec<String> =
        new_links.iter().filter(|l| !old_links.contains(l)).map(|(k, v)| format!("{k}: {v}")).collect();
    if !removed.is_empty() || !added.is_empty() {
        let mut html = String::new();
        for r in removed {
            html.push_str(&format!("<del>{}</del> ", escape(&r)));
        }
        for a in added {
            html.push_str(&format!("<ins>{}</ins> ", escape(&a)));
        }
        out.push(FieldChange { language: String::new(), field: "links", html });
    }
    out
}

#[derive(Template)]
#[template(path = "admin/content_revision.html")]
struct RevisionPage {
    page: Page,
    story: Content,
    revision: Revision,
    changes: Vec<FieldChange>,
}

impl RevisionPage {
    fn field_label(&self, change: &FieldChange) -> String {
        let field = self.page.t(&format!("story-field-{}", change.field));
        if change.language.is_empty() {
            field
        } else {
            format!("{field} — {}", self.page.t(&format!("content-language-{}", change.language)))
        }
    }

    fn direction(&self, language: &str) -> &'static str {
        apdc_domain::language::Direction::of(if language.is_empty() { self.page.lang.code() } else { language })
            .as_attr()
    }

    fn is_latest(&self) -> bool {
        self.revision.summary.number == self.story.latest_revision
    }
}

fn revision_number(raw: &str) -> AppResult<i64> {
    raw.parse::<i64>().ok().filter(|n| *n >= 1).ok_or(AppError::NotFound)
}

/// `/{lang}/admin/stories/{id}/revisions/{number}`: what that save changed.
pub async fn revision(
    State(state): State<AppState>,
    Extension(kind): Extension<ContentKind>,
    Staff(_): Staff,
    page: Page,
    Path((_, id, number)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let story = content_of(&state, kind, &id).await?;
    let number = revision_number(&number)?;
    let revision = match contents::revision(state.db(), story.id, number).await {
        Ok(r) => r,
        Err(apdc_store::StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let previous = if number > 1 { Some(contents::revision(state.db(), story.id, number - 1).await?) } else { None };
    let changes = changes(previous.as_ref().map(|p| &p.snapshot), &revision.snapshot);
    let title =
        page.lang.t_args("revision-title", &[("number", crate::i18n::num(usize::try_from(number).unwrap_or(0)))]);
    render(&RevisionPage { page: page.titled(title), story, revision, changes })
}

/// `POST /{lang}/admin/stories/{id}/revisions/{number}/restore`
pub async fn restore(
    State(state): State<AppState>,
    Extension(kind): Extension<ContentKind>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    page: Page,
    Path((_, id, number)): Path<(String, String, String)>,
    CsrfForm(_): CsrfForm<std::collections::HashMap<String, String>>,
) -> AppResult<Response> {
    let story = content_of(&state, kind, &id).await?;
    let number = revision_number(&number)?;
    match contents::restore(state.db(), &actor(&user, request_id), story.id, number).await {
        Ok(updated) => Ok(Redirect::to(&format!("{}/{}", page.content_admin(kind), updated.id)).into_response()),
        Err(apdc_store::StoreError::NotFound) => Err(AppError::NotFound),
        Err(error) => {
            let (status, errors) = content_errors(kind, error)?;
            let fields = WorkflowFields { time_zone: "UTC".into(), ..WorkflowFields::default() };
            render_status(status, &manage_page(&state, page, story, fields, errors).await?)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_diff_marks_what_went_and_came() {
        assert_eq!(word_diff("the old text", "the new text"), "the <del>old</del><ins>new</ins> text");
        assert_eq!(word_diff("a <b>", "a <b>"), "a &lt;b&gt;");
    }
}
