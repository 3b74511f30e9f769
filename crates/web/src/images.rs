//! Library images on pages and off the request path: reading an upload on a blocking
//! thread, a bounded number at a time; serving a variant by its content-hashed name;
//! and showing an image in the widths it has (`srcset`), in a body or at the head of a
//! story or page.

use crate::error::AppResult;
use crate::i18n::{Lang, num, text};
use crate::state::AppState;
use apdc_images::{ImageProblem, Limits, Prepared};
use apdc_markdown::Picture;
use apdc_store::images::VariantRef;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::LazyLock;
use tokio::sync::Semaphore;

/// What an upload may ask of the server.
pub const LIMITS: Limits =
    Limits { max_bytes: 10 * 1024 * 1024, max_pixels: 30_000_000, max_side: 12_000, max_alloc: 128 * 1024 * 1024 };

/// Pictures decoded at the same time, in the whole process: each may hold a decoded
/// photograph of up to [`Limits::max_alloc`] bytes.
const DECODERS: usize = 2;

static DECODING: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(DECODERS));

/// Reads an upload and encodes its widths, off the request path.
pub async fn prepare(bytes: Vec<u8>) -> Result<Prepared, ImageProblem> {
    // Type and size are told at once, before waiting for a decoder.
    apdc_images::inspect(&bytes, &LIMITS)?;
    let _permit = DECODING.acquire().await.map_err(|_| ImageProblem::Unreadable("shutting down".to_owned()))?;
    tokio::task::spawn_blocking(move || apdc_images::prepare(&bytes, &LIMITS))
        .await
        .unwrap_or_else(|_| Err(ImageProblem::Unreadable("the reader failed on this file".to_owned())))
}

/// What is wrong with an upload, for the person who sent it.
pub fn describe(lang: Lang, problem: &ImageProblem) -> String {
    match problem {
        ImageProblem::Empty => lang.t("image-problem-empty"),
        ImageProblem::TooLarge { max_bytes } => {
            lang.t_args("image-problem-too-large", &[("megabytes", num(max_bytes.div_ceil(1024 * 1024)))])
        }
        ImageProblem::NotAnImage => lang.t("image-problem-not-an-image"),
        ImageProblem::TooManyPixels { width, height, max_megapixels } => lang.t_args(
            "image-problem-too-many-pixels",
            &[
                ("width", num(*width as usize)),
                ("height", num(*height as usize)),
                ("megapixels", num(usize::try_from(*max_megapixels).unwrap_or(usize::MAX))),
            ],
        ),
        ImageProblem::TooWide { max_side } => {
            lang.t_args("image-problem-too-wide", &[("pixels", num(*max_side as usize))])
        }
        ImageProblem::Unreadable(detail) => {
            lang.t_args("image-problem-unreadable", &[("detail", text(detail.clone()))])
        }
    }
}

/// `/media/{file}`: a variant, by the hash of its bytes, cached for a year. An image's
/// key (`/media/<key>`, as bodies name it) leads to its widest variant, for the places
/// that show a body without choosing a width (the API's HTML, the Atom feed).
pub async fn serve(State(state): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    if apdc_images::is_key(&file) {
        let variants = apdc_store::images::variants_of(state.db(), std::slice::from_ref(&file)).await?;
        let Some(widest) = preview_of(&variants, &file) else {
            return Ok(StatusCode::NOT_FOUND.into_response());
        };
        // An image's variants never change: the way to the widest is as lasting.
        let mut response = axum::response::Redirect::permanent(&widest).into_response();
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, axum::http::HeaderValue::from_static("public, max-age=31536000, immutable"));
        return Ok(response);
    }
    if !apdc_images::is_variant_file(&file) {
        return Ok(StatusCode::NOT_FOUND.into_response());
    }
    let Some(found) = apdc_store::images::file(state.db(), &file).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let etag = format!("\"{}\"", file.split('.').next().unwrap_or_default());
    Ok((
        [
            (header::CONTENT_TYPE, found.media_type),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable".to_owned()),
            (header::ETAG, etag),
        ],
        found.data,
    )
        .into_response())
}

/// The width an image is shown at by browsers that do not choose from `srcset`.
const FALLBACK_WIDTH: i64 = 720;

/// How each image is shown, by key, from its variants (narrowest first).
pub fn pictures(variants: &[VariantRef]) -> HashMap<String, Picture> {
    let mut by_key: HashMap<&str, Vec<&VariantRef>> = HashMap::new();
    for variant in variants {
        by_key.entry(variant.key.as_str()).or_default().push(variant);
    }
    by_key
        .into_iter()
        .filter_map(|(key, widths)| {
            let widest = widths.iter().max_by_key(|v| v.width)?;
            let fallback =
                widths.iter().filter(|v| v.width <= FALLBACK_WIDTH).max_by_key(|v| v.width).unwrap_or(widest);
            let srcset =
                widths.iter().map(|v| format!("/media/{} {}w", v.file, v.width)).collect::<Vec<_>>().join(", ");
            let picture = Picture {
                src: format!("/media/{}", fallback.file),
                srcset,
                width: u32::try_from(widest.width).unwrap_or(0),
                height: u32::try_from(widest.height).unwrap_or(0),
            };
            Some((key.to_owned(), picture))
        })
        .collect()
}

/// The image of a link preview: the widest variant, absolute.
pub fn preview_of(variants: &[VariantRef], key: &str) -> Option<String> {
    variants.iter().filter(|v| v.key == key).max_by_key(|v| v.width).map(|v| format!("/media/{}", v.file))
}

/// A story's or page's images, looked up in one query: its lead image and those its
/// body shows.
pub struct Shown {
    pub variants: Vec<VariantRef>,
    pub pictures: HashMap<String, Picture>,
}

impl Shown {
    pub async fn load(state: &AppState, lead: Option<&String>, body: &str) -> AppResult<Self> {
        let mut keys: Vec<String> = apdc_markdown::image_sources(body)
            .into_iter()
            .filter_map(|src| src.strip_prefix(apdc_markdown::IMAGE_PREFIX).map(str::to_owned))
            .filter(|key| apdc_images::is_key(key))
            .collect();
        keys.extend(lead.cloned());
        keys.sort();
        keys.dedup();
        let variants = apdc_store::images::variants_of(state.db(), &keys).await?;
        let pictures = pictures(&variants);
        Ok(Self { variants, pictures })
    }

    /// The body as HTML, its images in their widths.
    pub fn body_html(&self, body: &str) -> String {
        apdc_markdown::render_with(body, &|src| {
            src.strip_prefix(apdc_markdown::IMAGE_PREFIX).and_then(|key| self.pictures.get(key)).cloned()
        })
    }

    /// The lead image as HTML, described by `alt`.
    pub fn lead_html(&self, key: Option<&String>, alt: &str) -> Option<String> {
        let picture = self.pictures.get(key?)?;
        Some(apdc_markdown::picture_html(picture, alt, true))
    }
}

/// The lead image of a story or page, ready to show.
pub struct Lead {
    pub html: String,
    /// ` lang dir` when its description is not in the page's language.
    pub attributes: String,
    /// The address of the widest variant, for link previews.
    pub preview: String,
    pub alt: String,
}

/// The description of the lead image of `item` and its language: that of the text
/// shown, or else the source's.
pub fn lead_alt(item: &apdc_store::contents::PublicContent) -> (String, &str) {
    let source = item.texts.iter().find(|t| t.language == item.source_language);
    match (&item.shown.image_alt, source) {
        (Some(alt), _) => (alt.clone(), item.shown.language.as_str()),
        (None, Some(source)) => (source.image_alt.clone().unwrap_or_default(), source.language.as_str()),
        (None, None) => (String::new(), item.shown.language.as_str()),
    }
}

/// The lead image of `item`, described in the language of the text shown, or else in
/// its source language (marked as such).
pub fn lead(page: &crate::page::Page, item: &apdc_store::contents::PublicContent, shown: &Shown) -> Option<Lead> {
    let key = item.links.image.as_ref()?;
    let (alt, language) = lead_alt(item);
    Some(Lead {
        html: shown.lead_html(Some(key), &alt)?,
        attributes: crate::site::stories::foreign_attributes(page, language),
        preview: preview_of(&shown.variants, key)?,
        alt,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variant(key: &str, width: i64, file: &str) -> VariantRef {
        VariantRef { key: key.into(), width, height: width / 2, file: file.into() }
    }

    #[test]
    fn an_image_offers_every_width_and_falls_back_to_a_phone_sized_one() {
        let variants = [
            variant("k", 320, "a.jpg"),
            variant("k", 640, "b.jpg"),
            variant("k", 1024, "c.jpg"),
            variant("j", 200, "d.jpg"),
        ];
        let shown = pictures(&variants);
        let k = &shown["k"];
        assert_eq!(k.src, "/media/b.jpg");
        assert_eq!(k.srcset, "/media/a.jpg 320w, /media/b.jpg 640w, /media/c.jpg 1024w");
        assert_eq!((k.width, k.height), (1024, 512));
        assert_eq!(shown["j"].src, "/media/d.jpg");
        assert_eq!(preview_of(&variants, "k").as_deref(), Some("/media/c.jpg"));
    }
}
