//! The members directory and member profiles.

use crate::error::{AppError, AppResult};
use crate::page::{Page, render};
use crate::state::AppState;
use apdc_domain::{CountryCode, MemberCategory};
use apdc_store::Paged;
use apdc_store::members::{self as registry, FocalPoint, Member, MemberFilter, MemberSort};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// Members per page of the directory.
pub const PER_PAGE: usize = 50;

/// The directory's query parameters; the API takes the same ones, as declared in `api::members`.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct DirectoryQuery {
    /// M49 region: Africa, Americas, Asia, Europe or Oceania.
    #[serde(default)]
    pub region: String,
    /// member_body, correspondent or subscriber.
    #[serde(default)]
    pub category: String,
    /// developing or not_developing.
    #[serde(default)]
    pub status: String,
    /// Text to look for in acronym, name or country.
    #[serde(default)]
    pub q: String,
    /// country (default), acronym, category or region.
    #[serde(default)]
    pub sort: String,
    /// asc (default) or desc.
    #[serde(default)]
    pub order: String,
    /// Page number, from 1.
    #[serde(default)]
    pub page: String,
}

/// A directory query checked against what the registry knows.
pub struct Parsed {
    pub filter: MemberFilter,
    pub sort: MemberSort,
    pub descending: bool,
    pub page: usize,
}

impl DirectoryQuery {
    /// Parses every parameter; an unknown value is an error naming the parameter.
    pub fn parse(&self) -> Result<Parsed, AppError> {
        let bad = |field| AppError::BadRequest { code: "invalid_parameter", field: Some(field) };
        let region = match self.region.as_str() {
            "" => None,
            r if apdc_domain::country::M49_REGIONS.contains(&r) => Some(r.to_owned()),
            _ => return Err(bad("region")),
        };
        let category = match self.category.as_str() {
            "" => None,
            c => Some(MemberCategory::parse(c).map_err(|_| bad("category"))?),
        };
        let developing = match self.status.as_str() {
            "" => None,
            "developing" => Some(true),
            "not_developing" => Some(false),
            _ => return Err(bad("status")),
        };
        let sort = match self.sort.as_str() {
            "" => MemberSort::default(),
            s => MemberSort::parse(s).ok_or_else(|| bad("sort"))?,
        };
        let descending = match self.order.as_str() {
            "" | "asc" => false,
            "desc" => true,
            _ => return Err(bad("order")),
        };
        let page = crate::error::page_number(&self.page)?;
        let text = Some(self.q.trim().to_owned()).filter(|q| !q.is_empty() && q.chars().count() <= 100);
        Ok(Parsed { filter: MemberFilter { region, category, developing, text }, sort, descending, page })
    }

    /// The query string for another page or order, keeping the filters.
    pub fn with(&self, page: Option<usize>, sort: Option<(&str, bool)>) -> String {
        let (sort_value, order) = match sort {
            Some((s, desc)) => (s.to_owned(), if desc { "desc".to_owned() } else { String::new() }),
            None => (self.sort.clone(), self.order.clone()),
        };
        let page = page.map(|p| p.to_string()).unwrap_or_default();
        let pairs = [
            ("region", self.region.as_str()),
            ("category", self.category.as_str()),
            ("status", self.status.as_str()),
            ("q", self.q.as_str()),
            ("sort", sort_value.as_str()),
            ("order", order.as_str()),
            ("page", page.as_str()),
        ];
        crate::widgets::query_string(&pairs)
    }
}

#[derive(Template)]
#[template(path = "members.html")]
struct DirectoryPage {
    page: Page,
    query: DirectoryQuery,
    sort: MemberSort,
    descending: bool,
    result: Paged<Member>,
    regions: [&'static str; 5],
    categories: [MemberCategory; 3],
}

impl DirectoryPage {
    fn country(&self, member: &Member) -> String {
        member.country_names.get(self.page.lang.code()).to_owned()
    }

    fn category_label(&self, category: &MemberCategory) -> String {
        self.page.t(&format!("category-{}", category.as_str().replace('_', "-")))
    }

    fn region_label(&self, region: &str) -> String {
        self.page.t(&format!("region-{}", region.to_lowercase()))
    }

    /// The link and `aria-sort` state of a sortable column header.
    fn sort_link(&self, column: &str) -> (String, &'static str) {
        let active = self.sort.as_str() == column;
        let next_desc = active && !self.descending;
        let state = match (active, self.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        };
        (self.query.with(None, Some((column, next_desc))), state)
    }

    fn page_link(&self, number: impl std::borrow::Borrow<usize>) -> String {
        self.query.with(Some(*number.borrow()), None)
    }

    fn first_shown(&self) -> usize {
        if self.result.total == 0 { 0 } else { (self.result.page - 1) * self.result.per_page + 1 }
    }

    fn last_shown(&self) -> usize {
        (self.first_shown() + self.result.items.len()).saturating_sub(1)
    }
}

pub async fn directory(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<DirectoryQuery>,
) -> AppResult<Response> {
    let parsed = query.parse()?;
    let all = state.member_directory(&parsed.filter, parsed.sort, parsed.descending, page.lang.code()).await?;
    let result = apdc_store::Paged::of(&all, parsed.page, PER_PAGE);
    if parsed.page > result.pages() {
        return Err(AppError::NotFound);
    }
    let title = page.t("members-title");
    render(&DirectoryPage {
        page: page.titled(title),
        query,
        sort: parsed.sort,
        descending: parsed.descending,
        result,
        regions: apdc_domain::country::M49_REGIONS,
        categories: MemberCategory::ALL,
    })
}

#[derive(Template)]
#[template(path = "member.html")]
struct ProfilePage {
    page: Page,
    member: Member,
    focal_points: Vec<FocalPoint>,
    can_edit_contacts: bool,
    /// Public projects naming this member (first page) and what it received.
    projects: std::sync::Arc<apdc_store::Paged<apdc_store::projects::ProjectSummary>>,
    support: apdc_store::projects::MemberSupport,
    stories: Vec<crate::site::stories::StoryCard>,
}

impl ProfilePage {
    fn country(&self) -> String {
        self.member.country_names.get(self.page.lang.code()).to_owned()
    }

    fn basis_label(&self) -> String {
        self.page.t(&format!("basis-{}", self.member.developing_basis.as_str().replace('_', "-")))
    }

    fn category_label(&self) -> String {
        self.page.t(&format!("category-{}", self.member.category.as_str().replace('_', "-")))
    }

    fn region_label(&self) -> String {
        self.member.region.as_deref().map(|r| self.page.t(&format!("region-{}", r.to_lowercase()))).unwrap_or_default()
    }

    /// A reference-data label (M49 area, income group) in the reader's language.
    fn reference_label(&self, prefix: &str, value: &str) -> String {
        let slug: String =
            value.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
        self.page.lang.try_t(&format!("{prefix}-{}", slug.trim_matches('-'))).unwrap_or_else(|| value.to_owned())
    }

    fn area_label(&self) -> Option<String> {
        self.member.area().map(|a| self.reference_label("area", a))
    }

    fn income_label(&self) -> Option<String> {
        self.member.income_group.as_deref().map(|i| self.reference_label("income", i))
    }

    fn flag(&self, value: &Option<bool>) -> String {
        match value {
            Some(true) => self.page.t("yes"),
            Some(false) => self.page.t("no"),
            None => self.page.t("not-known"),
        }
    }
}

#[derive(Deserialize)]
pub struct MemberPath {
    alpha2: String,
}

pub async fn profile(State(state): State<AppState>, page: Page, Path(path): Path<MemberPath>) -> AppResult<Response> {
    let code = CountryCode::parse(&path.alpha2).map_err(|_| AppError::NotFound)?;
    if code.as_str() != path.alpha2 {
        // One address per member: /en/members/KE, not /en/members/ke.
        return Ok(axum::response::Redirect::permanent(&page.href(&format!("/members/{code}"))).into_response());
    }
    let member = registry::get(state.db(), code).await?;
    let focal_points = registry::focal_points(state.db(), member.id).await?;
    let can_edit_contacts = page.user.as_ref().is_some_and(|u| u.role.is_staff() || u.member == Some(code));
    let projects = state.member_projects(code.as_str(), page.lang.code(), 10).await?;
    let support = *state.member_support(member.id).await?;
    let filter = apdc_store::contents::PublicFilter { member: Some(code.to_string()), ..Default::default() };
    let stories = crate::site::stories::latest(&state, &page, &filter, 3).await?;
    let until = crate::site::stories::next_appearance(&state).await?;
    let title = member.acronym.clone().unwrap_or_else(|| member.country_names.get(page.lang.code()).to_owned());
    let response = render(&ProfilePage {
        page: page.titled(title),
        member,
        focal_points,
        can_edit_contacts,
        projects,
        support,
        stories,
    })?;
    Ok(crate::site::stories::fresh_until(response, until))
}
