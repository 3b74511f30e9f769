//! Written content: success stories and the pages staff write. Both share one model —
//! texts in several languages with one source language, a review workflow, revisions —
//! and differ only in what they link to and where they appear.
//!
//! Translations record the version of the source text they follow, so that a change to
//! the source marks them out of date instead of silently leaving readers behind.

pub mod moment;
mod placement;

pub use placement::{POSITION_MAX, Placement};
use placement::{optional_placement, position};

use crate::CountryCode;
use crate::code_enum;
use crate::project::{CONTENT_LANGUAGES, list, project_code, sdg_goal, theme_slug};
use crate::validation::{FieldErrors, optional_paragraphs, optional_text, required_paragraphs, required_text};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

pub const TITLE_MAX: usize = 200;
pub const STANDFIRST_MAX: usize = 600;
pub const BODY_MAX: usize = 60_000;
pub const PEOPLE_MAX: usize = 2_000;
pub const SLUG_MAX: usize = 80;
pub const COMMENT_MAX: usize = 2_000;
pub const IMAGE_ALT_MAX: usize = 300;

code_enum! {
    /// What a piece of content is.
    pub enum ContentKind {
        Story = "story",
        Page = "page",
    }
}

impl ContentKind {
    /// The address segment of the kind, public and staff: `/stories/…`, `/pages/…`.
    pub fn section(self) -> &'static str {
        match self {
            Self::Story => "stories",
            Self::Page => "pages",
        }
    }
}

code_enum! {
    /// Where the working copy of a piece of content is in its review. A published
    /// item whose working copy is edited goes back to `draft` while readers keep the
    /// copy that was published.
    pub enum ContentStatus {
        Draft = "draft",
        InReview = "in_review",
        ChangesRequested = "changes_requested",
        Published = "published",
        Archived = "archived",
    }
}

code_enum! {
    /// A step of the review workflow.
    pub enum WorkflowAction {
        Submit = "submit",
        RequestChanges = "request_changes",
        Publish = "publish",
        Archive = "archive",
        Reopen = "reopen",
    }
}

impl ContentStatus {
    /// The status `action` leads to from this one, or `not_allowed_now`.
    pub fn after(self, action: WorkflowAction) -> Result<Self, &'static str> {
        use ContentStatus::*;
        use WorkflowAction::*;
        match (self, action) {
            (Draft | ChangesRequested, Submit) => Ok(InReview),
            (InReview, RequestChanges) => Ok(ChangesRequested),
            (InReview, Publish) => Ok(Published),
            (Draft | ChangesRequested | InReview | Published, Archive) => Ok(Archived),
            (Archived, Reopen) => Ok(Draft),
            _ => Err("not_allowed_now"),
        }
    }

    /// The actions open from this status, in the order a page offers them.
    pub fn actions(self) -> Vec<WorkflowAction> {
        WorkflowAction::ALL.iter().copied().filter(|a| self.after(*a).is_ok()).collect()
    }

    /// Archived content is reopened before it is edited.
    pub fn is_editable(self) -> bool {
        self != Self::Archived
    }

    /// The status after the working copy is saved: a published item gets a new draft;
    /// an item in review stays there (its reviewer sees every revision).
    pub fn after_edit(self) -> Self {
        if self == Self::Published { Self::Draft } else { self }
    }
}

impl WorkflowAction {
    /// Whether only a reviewer may take this step.
    pub fn needs_reviewer(self) -> bool {
        matches!(self, Self::Publish | Self::RequestChanges)
    }
}

/// Reviewers are staff other than the author, or an administrator (who may publish
/// their own writing, for a team of one).
pub fn may_review(actor: Option<i64>, is_administrator: bool, author: Option<i64>) -> bool {
    is_administrator || (actor.is_some() && actor != author)
}

/// A lower-case, hyphenated address part: `training-in-accra`.
pub fn slug(raw: &str) -> Result<String, &'static str> {
    let slug = raw.trim().to_ascii_lowercase();
    if slug.is_empty() {
        return Err("required");
    }
    let valid = slug.len() <= SLUG_MAX
        && slug.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric()));
    if valid { Ok(slug) } else { Err("invalid_slug") }
}

/// A slug made from a title, its accents removed; empty when the title has no Latin
/// letters or digits (an Arabic or Russian title), in which case the author writes one.
pub fn slug_from_title(title: &str) -> String {
    let mut slug = String::new();
    for c in title.nfd().filter(|c| c.is_ascii() || c.is_alphanumeric()) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if c.is_ascii() && !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= SLUG_MAX {
            break;
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// One of the five content languages.
pub fn content_language(raw: &str) -> Result<String, &'static str> {
    let code = raw.trim().to_ascii_lowercase();
    if code.is_empty() {
        Err("required")
    } else if CONTENT_LANGUAGES.contains(&code.as_str()) {
        Ok(code)
    } else {
        Err("invalid_language")
    }
}

/// The texts of one language as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TextFields {
    pub title: String,
    pub standfirst: String,
    pub body: String,
    /// The people quoted, one per line ("Name, role").
    pub people: String,
    /// What the lead image shows, in this text's language.
    pub image_alt: String,
    /// For a translation: `true` when it follows the current source text.
    pub current: String,
}

/// The texts of one language, valid.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ContentText {
    pub language: String,
    pub title: String,
    pub standfirst: Option<String>,
    /// CommonMark, checked by [`apdc_markdown::check`].
    pub body: String,
    pub people: Option<String>,
    /// What the lead image shows, for readers who cannot see it.
    #[serde(default)]
    pub image_alt: Option<String>,
}

impl ContentText {
    pub fn parse(language: &str, raw: &TextFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = errors.check("title", required_text(&raw.title, TITLE_MAX));
        let standfirst = errors.check("standfirst", optional_paragraphs(&raw.standfirst, STANDFIRST_MAX));
        let body = errors.check(
            "body",
            required_paragraphs(&raw.body, BODY_MAX).and_then(|body| checked_body(&body).map(|()| body)),
        );
        let people = errors.check("people", optional_paragraphs(&raw.people, PEOPLE_MAX));
        let image_alt = errors.check("image_alt", optional_text(&raw.image_alt, IMAGE_ALT_MAX));
        match (title, standfirst, body, people, image_alt) {
            (Some(title), Some(standfirst), Some(body), Some(people), Some(image_alt)) if errors.is_empty() => {
                Ok(Self { language: language.to_owned(), title, standfirst, body, people, image_alt })
            }
            _ => Err(errors),
        }
    }

    /// Refuses a text without a description of the lead image `links` name: every
    /// language describes it in its own words.
    pub fn check_image_alt(&self, links: &StoryLinks) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        if links.image.is_some() && self.image_alt.is_none() {
            errors.push("image_alt", "lead_image_alt_required");
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// The keys of the library images the body shows.
    pub fn body_images(&self) -> Vec<String> {
        apdc_markdown::image_sources(&self.body)
            .into_iter()
            .filter_map(|src| src.strip_prefix(apdc_markdown::IMAGE_PREFIX).map(str::to_owned))
            .collect()
    }

    /// The people quoted, one per line.
    pub fn people_lines(&self) -> Vec<&str> {
        self.people.as_deref().unwrap_or("").lines().map(str::trim).filter(|l| !l.is_empty()).collect()
    }
}

/// Whether a body may be saved: what [`apdc_markdown::check`] accepts, with images that
/// name an image of the library by its key (`/media/<key>`).
fn checked_body(body: &str) -> Result<(), &'static str> {
    apdc_markdown::check(body)?;
    let all_keys = apdc_markdown::image_sources(body)
        .iter()
        .all(|src| src.strip_prefix(apdc_markdown::IMAGE_PREFIX).is_some_and(apdc_images::is_key));
    if all_keys { Ok(()) } else { Err("image_not_uploaded") }
}

/// The key of a library image as typed: the key itself or its address (`/media/<key>`).
pub fn image_key(raw: &str) -> Result<Option<String>, &'static str> {
    let raw = raw.trim();
    let key = raw.strip_prefix(apdc_markdown::IMAGE_PREFIX).unwrap_or(raw).to_ascii_lowercase();
    if key.is_empty() {
        Ok(None)
    } else if apdc_images::is_key(&key) {
        Ok(Some(key))
    } else {
        Err("image_key_invalid")
    }
}

/// What a story links to, each a set; for a page, where it is placed. Both are rows of
/// the same stage, so a change waits for review like the texts do.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StoryLinks {
    pub projects: Vec<String>,
    pub members: Vec<String>,
    pub countries: Vec<String>,
    pub sdgs: Vec<i64>,
    pub themes: Vec<String>,
    /// A page's place in the navigation; none for stories.
    #[serde(default)]
    pub placement: Option<Placement>,
    /// Its order among the pages of the same placement (1 first).
    #[serde(default)]
    pub position: Option<i64>,
    /// The key of the lead image in the library.
    #[serde(default)]
    pub image: Option<String>,
}

impl StoryLinks {
    /// The links as (kind, value) pairs, the form they are stored in.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        pairs.extend(self.projects.iter().map(|v| ("project", v.clone())));
        pairs.extend(self.members.iter().map(|v| ("member", v.clone())));
        pairs.extend(self.countries.iter().map(|v| ("country", v.clone())));
        pairs.extend(self.sdgs.iter().map(|v| ("sdg", v.to_string())));
        pairs.extend(self.themes.iter().map(|v| ("theme", v.clone())));
        pairs.extend(self.placement.map(|v| ("placement", v.as_str().to_owned())));
        pairs.extend(self.position.map(|v| ("position", v.to_string())));
        pairs.extend(self.image.clone().map(|v| ("image", v)));
        pairs
    }

    /// Rebuilds the links from stored pairs (unknown kinds are ignored).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut links = Self::default();
        for (kind, value) in pairs {
            match kind {
                "project" => links.projects.push(value.to_owned()),
                "member" => links.members.push(value.to_owned()),
                "country" => links.countries.push(value.to_owned()),
                "sdg" => links.sdgs.extend(value.parse::<i64>().ok()),
                "theme" => links.themes.push(value.to_owned()),
                "placement" => links.placement = Placement::parse(value).ok(),
                "position" => links.position = value.parse::<i64>().ok(),
                "image" => links.image = Some(value.to_owned()),
                _ => {}
            }
        }
        links.normalise();
        links
    }

    fn normalise(&mut self) {
        for list in [&mut self.projects, &mut self.members, &mut self.countries, &mut self.themes] {
            list.sort();
            list.dedup();
        }
        self.sdgs.sort_unstable();
        self.sdgs.dedup();
    }

    pub fn is_empty(&self) -> bool {
        self.pairs().is_empty()
    }
}

/// The story form as submitted: the source-language texts and the story's links.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct StoryFields {
    pub slug: String,
    pub source_language: String,
    pub title: String,
    pub standfirst: String,
    pub body: String,
    pub people: String,
    pub projects: Vec<String>,
    pub members: Vec<String>,
    pub countries: Vec<String>,
    pub sdgs: Vec<String>,
    pub themes: Vec<String>,
    /// A page's placement code, empty for none.
    pub placement: String,
    /// A page's position among its neighbours.
    pub position: String,
    /// The lead image's key (or address) in the library, empty for none.
    pub image: String,
    /// What the lead image shows, in the source language.
    pub image_alt: String,
    /// `true` for a correction that leaves translations up to date.
    pub minor: String,
}

impl StoryFields {
    pub fn text_fields(&self) -> TextFields {
        TextFields {
            title: self.title.clone(),
            standfirst: self.standfirst.clone(),
            body: self.body.clone(),
            people: self.people.clone(),
            image_alt: self.image_alt.clone(),
            current: String::new(),
        }
    }

    pub fn set_text(&mut self, text: &ContentText) {
        self.title = text.title.clone();
        self.standfirst = text.standfirst.clone().unwrap_or_default();
        self.body = text.body.clone();
        self.people = text.people.clone().unwrap_or_default();
        self.image_alt = text.image_alt.clone().unwrap_or_default();
    }

    pub fn set_links(&mut self, links: &StoryLinks) {
        self.projects = links.projects.clone();
        self.members = links.members.clone();
        self.countries = links.countries.clone();
        self.sdgs = links.sdgs.iter().map(i64::to_string).collect();
        self.themes = links.themes.clone();
        self.placement = links.placement.map(|p| p.as_str().to_owned()).unwrap_or_default();
        self.position = links.position.map(|p| p.to_string()).unwrap_or_default();
        self.image = links.image.clone().unwrap_or_default();
    }
}

/// A valid story: its source texts and links. Projects, members and themes are checked
/// against the database by the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryInput {
    /// Made from the title when the author left it empty.
    pub slug: String,
    pub source_language: String,
    pub text: ContentText,
    pub links: StoryLinks,
    pub minor: bool,
}

/// A checkbox's submitted value.
pub fn ticked(raw: &str) -> bool {
    matches!(raw.trim(), "true" | "on" | "1" | "yes")
}

impl StoryInput {
    pub fn parse(raw: &StoryFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let source_language = errors.check("source_language", content_language(&raw.source_language));
        let text = match ContentText::parse(source_language.as_deref().unwrap_or("en"), &raw.text_fields()) {
            Ok(text) => Some(text),
            Err(text_errors) => {
                errors.0.extend(text_errors.0);
                None
            }
        };
        let slug_raw = if raw.slug.trim().is_empty() { slug_from_title(&raw.title) } else { raw.slug.clone() };
        let slug = if raw.slug.trim().is_empty() && slug_raw.is_empty() && !raw.title.trim().is_empty() {
            errors.push("slug", "slug_needs_latin");
            None
        } else if raw.slug.trim().is_empty() && raw.title.trim().is_empty() {
            None
        } else {
            errors.check("slug", slug(&slug_raw))
        };
        // Project codes come typed in one field ("DEMO-0001, DEMO-0002") or repeated.
        let codes: Vec<String> =
            raw.projects.iter().flat_map(|p| p.split([',', ';', ' ', '\n'])).map(str::to_owned).collect();
        let projects = errors.check("projects", list(&codes, project_code));
        let members = errors.check("members", list(&raw.members, |m| CountryCode::parse(m).map(|c| c.to_string())));
        let countries =
            errors.check("countries", list(&raw.countries, |c| CountryCode::parse(c).map(|c| c.to_string())));
        let sdgs = errors.check("sdgs", list(&raw.sdgs, sdg_goal));
        let themes = errors.check("themes", list(&raw.themes, theme_slug));
        let placement = errors.check("placement", optional_placement(&raw.placement));
        let position = errors.check("position", position(&raw.position, placement.flatten().is_some()));
        let image = errors.check("image", image_key(&raw.image));
        if let (Some(text), Some(Some(_))) = (&text, &image)
            && text.image_alt.is_none()
        {
            errors.push("image_alt", "lead_image_alt_required");
        }
        match (slug, source_language, text, projects, members, countries, sdgs, themes, placement, position, image) {
            (
                Some(slug),
                Some(source_language),
                Some(text),
                Some(projects),
                Some(members),
                Some(countries),
                Some(sdgs),
                Some(themes),
                Some(placement),
                Some(position),
                Some(image),
            ) if errors.is_empty() => Ok(Self {
                slug,
                source_language,
                text,
                links: StoryLinks { projects, members, countries, sdgs, themes, placement, position, image },
                minor: ticked(&raw.minor),
            }),
            _ => Err(errors),
        }
    }
}

/// A workflow step as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct WorkflowFields {
    pub action: String,
    pub comment: String,
    /// For a first publication: the local date and time it appears (`2026-12-24T09:00`),
    /// empty for now.
    pub publish_at: String,
    /// The IANA time zone of `publish_at`.
    pub time_zone: String,
}

/// A valid workflow step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkflowInput {
    pub action: WorkflowAction,
    pub comment: Option<String>,
    /// Unix seconds; `None` for now.
    pub publish_at: Option<i64>,
}

impl WorkflowInput {
    pub fn parse(raw: &WorkflowFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let action = errors.check("action", WorkflowAction::parse(&raw.action));
        let comment = errors.check("comment", optional_paragraphs(&raw.comment, COMMENT_MAX));
        if action == Some(WorkflowAction::RequestChanges) && matches!(comment, Some(None)) {
            errors.push("comment", "comment_required");
        }
        let publish_at = if action == Some(WorkflowAction::Publish) {
            errors.check("publish_at", moment::local_moment(&raw.publish_at, &raw.time_zone))
        } else {
            Some(None)
        };
        match (action, comment, publish_at) {
            (Some(action), Some(comment), Some(publish_at)) if errors.is_empty() => {
                Ok(Self { action, comment, publish_at })
            }
            _ => Err(errors),
        }
    }
}

/// Whether a translation made from source version `follows` is behind a source now at
/// version `source`.
pub fn is_out_of_date(follows: i64, source: i64) -> bool {
    follows < source
}

#[cfg(test)]
mod tests;
