//! The image library for staff: upload a picture once, then use it as the lead image of
//! a story or page (by its key) or place it in a body (`![description](/media/<key>)`).
//!
//! An upload is sniffed, checked against the size limits and re-encoded off the request
//! path (`crate::images`); a refused file gets a 422 page naming what is wrong, and
//! nothing is stored.

use crate::auth::{RequestIdText, Staff, actor};
use crate::error::{AppError, AppResult, page_number};
use crate::page::{Page, render, render_status};
use crate::state::AppState;
use crate::uploads::UploadForm;
use crate::widgets::Pager;
use apdc_store::Paged;
use apdc_store::images::{self, Image, VariantRef};
use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::Session;

/// Images per page of the library.
const PER_PAGE: usize = 24;

#[derive(Debug, Default, Deserialize)]
pub struct LibraryQuery {
    #[serde(default)]
    page: String,
    /// The key of the image just uploaded, and whether it was new.
    #[serde(default)]
    uploaded: String,
    #[serde(default)]
    known: String,
}

#[derive(Template)]
#[template(path = "admin/images.html")]
struct LibraryPage {
    page: Page,
    result: Paged<Image>,
    thumbnails: Vec<VariantRef>,
    /// What the last upload did, or why it was refused.
    notice: Option<String>,
    problem: Option<String>,
}

impl LibraryPage {
    fn thumbnail(&self, key: &str) -> Option<&VariantRef> {
        self.thumbnails.iter().find(|v| v.key == key)
    }

    fn markdown(&self, key: &str) -> String {
        format!("![{}](/media/{key})", self.page.t("images-describe"))
    }

    fn size(&self, image: &Image) -> String {
        let kilobytes = usize::try_from(image.size.max(0)).unwrap_or(0).div_ceil(1024);
        self.page.lang.t_args(
            "images-dimensions",
            &[
                ("width", crate::i18n::num(usize::try_from(image.width).unwrap_or(0))),
                ("height", crate::i18n::num(usize::try_from(image.height).unwrap_or(0))),
                ("kilobytes", crate::i18n::num(kilobytes)),
            ],
        )
    }

    fn pager(&self) -> String {
        let base = self.page.href("/admin/images");
        Pager::new(&self.page, self.result.page, self.result.pages()).html(|n| format!("{base}?page={n}"))
    }
}

async fn library(state: &AppState, page: Page, number: usize) -> AppResult<LibraryPage> {
    let result = images::list(state.db(), number, PER_PAGE).await?;
    let keys: Vec<String> = result.items.iter().map(|i| i.key.clone()).collect();
    // The narrowest width of each, as its thumbnail.
    let mut thumbnails = images::variants_of(state.db(), &keys).await?;
    thumbnails.dedup_by(|later, first| later.key == first.key);
    let title = page.t("images-title");
    Ok(LibraryPage { page: page.titled(title), result, thumbnails, notice: None, problem: None })
}

/// `/{lang}/admin/images`
pub async fn list(
    State(state): State<AppState>,
    Staff(_): Staff,
    page: Page,
    Query(query): Query<LibraryQuery>,
) -> AppResult<Response> {
    let number = page_number(&query.page)?;
    let mut view = library(&state, page, number).await?;
    if number > view.result.pages() {
        return Err(AppError::NotFound);
    }
    if apdc_images::is_key(&query.uploaded) {
        let key = if query.known == "true" { "images-already-there" } else { "images-uploaded" };
        view.notice = Some(view.page.t(key));
    }
    render(&view)
}

/// Receives one picture: checked, re-encoded and stored, or refused with the reason.
pub async fn upload(
    State(state): State<AppState>,
    Staff(user): Staff,
    RequestIdText(request_id): RequestIdText,
    session: Session,
    page: Page,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let (name, bytes) = UploadForm::read(&session, multipart).await?.file.unwrap_or_default();
    let size = bytes.len();
    match crate::images::prepare(bytes).await {
        Ok(prepared) => {
            let (image, new) = images::save(state.db(), &actor(&user, request_id), &name, &prepared, size).await?;
            let known = if new { "" } else { "&known=true" };
            Ok(Redirect::to(&page.href(&format!("/admin/images?uploaded={}{known}", image.key))).into_response())
        }
        Err(problem) => {
            let mut view = library(&state, page, 1).await?;
            view.problem = Some(crate::images::describe(view.page.lang, &problem));
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
    }
}
