//! The public projects list, with its filters, and the public project page.
//!
//! Nothing here shows personal data: activities appear without their participants,
//! experts or private links, and people only as totals.

use crate::error::{AppError, AppResult};
use crate::page::{Page, render};
use crate::state::AppState;
use crate::widgets::page_window;
use apdc_domain::activity::ActivityMode;
use apdc_domain::person::{Sex, StakeholderGroup};
use apdc_domain::project::{OrgRole, ProjectStatus};
use apdc_store::Paged;
use apdc_store::activities::Activity;
use apdc_store::projects::{Project, ProjectFilter, ProjectSummary, Reach};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;

/// Projects per page.
pub const PER_PAGE: usize = 20;

/// The list's query parameters; the API takes the same ones, as declared in `api::projects`.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct ProjectsQuery {
    /// M49 region: Africa, Americas, Asia, Europe or Oceania.
    #[serde(default)]
    pub region: String,
    /// Recipient country, ISO 3166-1 alpha-2.
    #[serde(default)]
    pub country: String,
    /// Beneficiary member, by its country code.
    #[serde(default)]
    pub member: String,
    /// SDG goal number, 1 to 17.
    #[serde(default)]
    pub sdg: String,
    /// Theme slug.
    #[serde(default)]
    pub theme: String,
    /// Has an activity of this mode: elearning, webinar, training, coaching, mission, sponsorship.
    #[serde(default)]
    pub mode: String,
    /// pipeline, implementation, finalisation, closed, cancelled or suspended.
    #[serde(default)]
    pub status: String,
    /// Running during this year.
    #[serde(default)]
    pub year: String,
    /// Text in the code or title.
    #[serde(default)]
    pub q: String,
    /// Page number, from 1.
    #[serde(default)]
    pub page: String,
}

pub(crate) fn bad(field: &'static str) -> AppError {
    AppError::BadRequest { code: "invalid_parameter", field: Some(field) }
}

pub(crate) fn optional<T>(
    raw: &str,
    field: &'static str,
    parse: impl Fn(&str) -> Result<T, &'static str>,
) -> AppResult<Option<T>> {
    if raw.trim().is_empty() { Ok(None) } else { parse(raw).map(Some).map_err(|_| bad(field)) }
}

/// An M49 region name as the filters take it (`Africa`).
pub(crate) fn m49_region(raw: &str) -> Result<String, &'static str> {
    apdc_domain::country::M49_REGIONS
        .iter()
        .find(|known| **known == raw)
        .map(|r| (*r).to_owned())
        .ok_or("invalid_region")
}

/// A country code as the filters take it, in capitals.
pub(crate) fn country(raw: &str) -> Result<String, &'static str> {
    apdc_domain::CountryCode::parse(raw).map(|c| c.to_string())
}

impl ProjectsQuery {
    /// The filter this query asks for (public projects only unless `public_only` is
    /// false) and the page number; an unknown value is an error naming the parameter.
    pub fn parse(&self, public_only: bool) -> AppResult<(ProjectFilter, usize)> {
        let region = optional(&self.region, "region", m49_region)?;
        let country = optional(&self.country, "country", country)?;
        let member = optional(&self.member, "member", self::country)?;
        let sdg = optional(&self.sdg, "sdg", apdc_domain::project::sdg_goal)?;
        let theme = optional(&self.theme, "theme", apdc_domain::project::theme_slug)?;
        let mode = optional(&self.mode, "mode", ActivityMode::parse)?;
        let status = optional(&self.status, "status", ProjectStatus::parse)?;
        let year = optional(&self.year, "year", apdc_domain::dates::year)?;
        let text = Some(self.q.trim().to_owned()).filter(|q| !q.is_empty() && q.chars().count() <= 100);
        let page = crate::error::page_number(&self.page)?;
        let filter = ProjectFilter {
            public_only,
            region,
            country,
            member,
            sdg,
            theme,
            mode,
            status,
            year,
            organisation: None,
            text,
        };
        Ok((filter, page))
    }

    /// The query string for another page, keeping the filters.
    pub fn with_page(&self, page: impl std::borrow::Borrow<usize>) -> String {
        let page = *page.borrow();
        let page = if page > 1 { page.to_string() } else { String::new() };
        let pairs = [
            ("region", self.region.as_str()),
            ("country", self.country.as_str()),
            ("member", self.member.as_str()),
            ("sdg", self.sdg.as_str()),
            ("theme", self.theme.as_str()),
            ("mode", self.mode.as_str()),
            ("status", self.status.as_str()),
            ("year", self.year.as_str()),
            ("q", self.q.as_str()),
            ("page", page.as_str()),
        ];
        crate::widgets::query_string(&pairs)
    }

    pub fn is_filtered(&self) -> bool {
        !self.with_page(1).is_empty()
    }
}

#[derive(Template)]
#[template(path = "projects.html")]
struct ListPage {
    page: Page,
    query: ProjectsQuery,
    result: std::sync::Arc<Paged<ProjectSummary>>,
    /// The filter choices, named in the page's language.
    choices: std::sync::Arc<crate::reads::FacetChoices>,
}

impl ListPage {
    fn status_label(&self, status: &ProjectStatus) -> String {
        self.page.t(&status.key("project-status"))
    }

    fn mode_label(&self, mode: &ActivityMode) -> String {
        self.page.t(&mode.key("mode"))
    }

    fn region_label(&self, region: &str) -> String {
        self.page.t(&format!("region-{}", region.to_lowercase()))
    }

    fn modes(&self) -> &'static [ActivityMode] {
        ActivityMode::ALL
    }

    fn statuses(&self) -> &'static [ProjectStatus] {
        ProjectStatus::ALL
    }

    fn regions(&self) -> [&'static str; 5] {
        apdc_domain::country::M49_REGIONS
    }

    fn years(&self) -> Vec<i64> {
        match (self.choices.facets.first_year, self.choices.facets.last_year) {
            (Some(first), Some(last)) if first <= last => (first..=last).rev().collect(),
            _ => Vec::new(),
        }
    }

    fn country_names(&self, codes: &[String]) -> String {
        codes
            .iter()
            .map(|c| self.choices.countries.iter().find(|(code, _)| code == c).map_or(c.as_str(), |(_, n)| n.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Page numbers to link, 0 marking a gap.
    fn window(&self) -> Vec<usize> {
        page_window(self.result.page, self.result.pages()).into_iter().map(|n| n.unwrap_or(0)).collect()
    }

    fn page_link(&self, number: impl std::borrow::Borrow<usize>) -> String {
        self.query.with_page(*number.borrow())
    }

    fn first_shown(&self) -> usize {
        if self.result.total == 0 { 0 } else { (self.result.page - 1) * self.result.per_page + 1 }
    }

    fn last_shown(&self) -> usize {
        (self.first_shown() + self.result.items.len()).saturating_sub(1)
    }

    fn sdgs(&self) -> std::ops::RangeInclusive<i64> {
        1..=17
    }
}

/// `/{lang}/projects`
pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<ProjectsQuery>,
) -> AppResult<Response> {
    let (filter, number) = query.parse(true)?;
    let lang = page.lang.code();
    let result = state.project_list(&filter, lang, number, PER_PAGE).await?;
    if number > result.pages() {
        return Err(AppError::NotFound);
    }
    let choices = state.public_facet_choices(lang).await?;
    let title = page.t("projects-title");
    render(&ListPage { page: page.titled(title), query, result, choices })
}

#[derive(Template)]
#[template(path = "project.html")]
struct DetailPage {
    page: Page,
    project: Project,
    activities: Vec<Activity>,
    reach: std::sync::Arc<Reach>,
    countries: Vec<String>,
    stories: Vec<crate::site::stories::StoryCard>,
}

impl DetailPage {
    fn title(&self) -> &str {
        self.project.title(self.page.lang.code())
    }

    fn summary(&self) -> Option<&str> {
        self.project.text(self.page.lang.code()).and_then(|t| t.summary.as_deref())
    }

    /// The description's paragraphs (blank-line separated).
    fn paragraphs(&self) -> Vec<&str> {
        self.project
            .text(self.page.lang.code())
            .and_then(|t| t.description.as_deref())
            .map(|d| d.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect())
            .unwrap_or_default()
    }

    /// ` lang=".." dir=".."` for the project's texts when they are shown in another
    /// language than the page's, so that they are read and laid out in their own.
    fn text_attributes(&self) -> String {
        self.text_language().map_or_else(String::new, |l| crate::site::stories::foreign_attributes(&self.page, l))
    }

    /// Whether the texts shown translate an older English text than the current one.
    fn is_behind(&self) -> bool {
        self.text_language().is_none() && self.project.is_behind(self.page.lang.code())
    }

    /// The language of the texts shown, when it is not the page's.
    fn text_language(&self) -> Option<&str> {
        self.project.text(self.page.lang.code()).map(|t| t.language.as_str()).filter(|l| *l != self.page.lang.code())
    }

    fn status_label(&self) -> String {
        self.page.t(&self.project.status.key("project-status"))
    }

    fn scope_label(&self) -> String {
        self.page.t(&self.project.scope.key("scope"))
    }

    fn mode_label(&self, mode: &ActivityMode) -> String {
        self.page.t(&mode.key("mode"))
    }

    fn activity_status(&self, activity: &Activity) -> String {
        self.page.t(&activity.status.key("activity-status"))
    }

    fn sex_label(&self, sex: &Sex) -> String {
        self.page.t(&sex.key("sex"))
    }

    fn group_label(&self, group: &Option<StakeholderGroup>) -> String {
        match group {
            Some(g) => self.page.t(&g.key("group")),
            None => self.page.t("not-known"),
        }
    }

    fn partners(&self, role: &str) -> Vec<String> {
        let role = OrgRole::parse(role).unwrap_or(OrgRole::Implementing);
        self.project.partners_in(role).iter().map(|o| o.name.clone()).collect()
    }

    fn theme_names(&self) -> String {
        self.project.themes.iter().map(|t| t.name(self.page.lang.code()).to_owned()).collect::<Vec<_>>().join(", ")
    }

    fn members(&self) -> Vec<(String, String)> {
        self.reach.members.iter().map(|m| (m.alpha2.clone(), m.label().to_owned())).collect()
    }

    fn beneficiaries(&self) -> Vec<(String, String)> {
        self.project.members.iter().map(|m| (m.alpha2.clone(), m.label().to_owned())).collect()
    }

    fn when(&self, activity: &Activity) -> String {
        let start = activity.start_date.clone().or_else(|| activity.starts_at.as_ref().map(|s| s.replace('T', " ")));
        match (start, &activity.end_date) {
            (Some(s), Some(e)) if Some(e) != activity.start_date.as_ref() => format!("{s} – {e}"),
            (Some(s), _) => s,
            (None, _) => String::new(),
        }
    }

    fn sdg_text(&self, goal: &i64, targets: &[String]) -> String {
        if targets.is_empty() { goal.to_string() } else { format!("{goal} ({})", targets.join(", ")) }
    }
}

/// `/{lang}/projects/{code}`: a public project, or any project for staff.
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path((_, code)): Path<(String, String)>,
) -> AppResult<Response> {
    let detail = match state.project(&code.to_ascii_uppercase()).await {
        Ok(detail) => detail,
        Err(apdc_store::StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let (project, activities) = (detail.0.clone(), detail.1.clone());
    if !project.public && !page.is_staff() {
        return Err(AppError::NotFound);
    }
    let reach = state.project_reach(project.id).await?;
    let lang = page.lang.code();
    let countries = project.countries.iter().map(|c| state.country_name(c, lang)).collect();
    let filter = apdc_store::contents::PublicFilter { project: Some(project.code.clone()), ..Default::default() };
    let stories = crate::site::stories::latest(&state, &page, &filter, 3).await?;
    let until = crate::site::stories::next_appearance(&state).await?;
    let title = project.title(lang).to_owned();
    let description = project.text(lang).and_then(|t| t.summary.clone());
    let page = page.titled(title).described(description);
    let response = render(&DetailPage { page, project, activities, reach, countries, stories })?;
    Ok(crate::site::stories::fresh_until(response, until))
}
