//! The reads that public pages share, kept in the [`Memo`](crate::memo::Memo) while the
//! data is unchanged: what costs a page most to read (a plan's stored values, a
//! project's reach, a member's support, the member directory) is read once per change
//! instead of once per signed-in reader.
//!
//! Each read is keyed by everything its query depends on; nothing here depends on who
//! asks, so callers still decide what the reader may see (public plans only, and so on).

use crate::error::AppResult;
use crate::state::AppState;
use apdc_store::activities::{self, Activity};
use apdc_store::indicator_values::{self, Cell, EvidenceActivity, EvidenceScope, EvidenceUnit, Values};
use apdc_store::members::{self as registry, KeyFigures, Member, MemberFilter, MemberSort};
use apdc_store::projects::{self, Facets, MemberSupport, Project, ProjectFilter, ProjectSummary, Reach};
use apdc_store::results::{self, Framework, Indicator, Plan};
use apdc_store::{Paged, StoreError};
use std::collections::HashMap;
use std::sync::Arc;

impl AppState {
    /// The plans, the latest first; only public ones if `public_only`.
    pub async fn plans(&self, public_only: bool) -> AppResult<Arc<Vec<Plan>>> {
        let key = if public_only { "public" } else { "all" };
        Ok(self.memo().get(self.db(), "plans", key, || results::plans(self.db(), public_only)).await?)
    }

    /// Plan `code` with its outcomes, outputs and indicators.
    pub async fn framework(&self, code: &str) -> Result<Arc<Framework>, StoreError> {
        self.memo().get(self.db(), "framework", code, || results::framework(self.db(), code)).await
    }

    /// The stored values of every indicator of `framework`'s plan, by indicator id.
    pub async fn plan_values(&self, framework: &Framework) -> AppResult<Arc<HashMap<i64, Values>>> {
        let key = &framework.plan.code;
        Ok(self
            .memo()
            .get(self.db(), "plan-values", key, || indicator_values::plan_values(self.db(), framework))
            .await?)
    }

    /// The people and members project `project_id` reached.
    pub async fn project_reach(&self, project_id: i64) -> AppResult<Arc<Reach>> {
        let key = project_id.to_string();
        Ok(self.memo().get(self.db(), "project-reach", &key, || projects::reach(self.db(), project_id)).await?)
    }

    /// What member `member_id` received, over public projects.
    pub async fn member_support(&self, member_id: i64) -> AppResult<Arc<MemberSupport>> {
        let key = member_id.to_string();
        Ok(self
            .memo()
            .get(self.db(), "member-support", &key, || projects::member_support(self.db(), member_id))
            .await?)
    }

    /// The first `per_page` public projects naming member `alpha2`, titled in `language`.
    pub async fn member_projects(
        &self,
        alpha2: &str,
        language: &str,
        per_page: usize,
    ) -> AppResult<Arc<Paged<ProjectSummary>>> {
        let key = format!("{alpha2}|{language}|{per_page}");
        let filter = ProjectFilter { public_only: true, member: Some(alpha2.to_owned()), ..Default::default() };
        Ok(self
            .memo()
            .get(self.db(), "member-projects", &key, || projects::list(self.db(), &filter, language, 1, per_page))
            .await?)
    }

    /// The members matching `filter`, in the order asked for.
    pub async fn member_directory(
        &self,
        filter: &MemberFilter,
        sort: MemberSort,
        descending: bool,
        language: &str,
    ) -> AppResult<Arc<Vec<Member>>> {
        let key = format!("{filter:?}|{sort:?}|{descending}|{language}");
        Ok(self
            .memo()
            .get(self.db(), "member-directory", &key, || {
                registry::sorted(self.db(), filter, sort, descending, language)
            })
            .await?)
    }

    /// The public project list's filter choices.
    pub async fn public_facets(&self) -> AppResult<Arc<Facets>> {
        Ok(self.memo().get(self.db(), "public-facets", "", || projects::facets(self.db(), true)).await?)
    }

    /// The public project list's country and member choices, named in `language` and
    /// sorted by those names.
    pub async fn public_facet_choices(&self, language: &str) -> AppResult<Arc<FacetChoices>> {
        let facets = self.public_facets().await?;
        let named = || async {
            let mut countries: Vec<(String, String)> =
                facets.countries.iter().map(|c| (c.clone(), self.country_name(c, language))).collect();
            countries.sort_by_cached_key(|(_, n)| registry::sort_key(n));
            let mut members: Vec<(String, String)> = facets
                .members
                .iter()
                .map(|m| (m.alpha2.clone(), format!("{} — {}", self.country_name(&m.alpha2, language), m.label())))
                .collect();
            members.sort_by_cached_key(|(_, n)| registry::sort_key(n));
            Ok::<_, StoreError>(FacetChoices { facets: facets.clone(), countries, members })
        };
        Ok(self.memo().get(self.db(), "public-facet-choices", language, named).await?)
    }

    /// Page `page` of the projects matching `filter`, titled in `language`.
    pub async fn project_list(
        &self,
        filter: &ProjectFilter,
        language: &str,
        page: usize,
        per_page: usize,
    ) -> AppResult<Arc<Paged<ProjectSummary>>> {
        let key = format!("{filter:?}|{language}|{page}|{per_page}");
        Ok(self
            .memo()
            .get(self.db(), "project-list", &key, || projects::list(self.db(), filter, language, page, per_page))
            .await?)
    }

    /// Project `code` (in capitals) with its activities.
    pub async fn project(&self, code: &str) -> Result<Arc<(Project, Vec<Activity>)>, StoreError> {
        let read = || async {
            let project = projects::get(self.db(), code).await?;
            let activities = activities::of_project(self.db(), project.id).await?;
            Ok((project, activities))
        };
        self.memo().get(self.db(), "project", code, read).await
    }

    /// The activities behind one computed figure that `scope` may see, `limit` from
    /// `offset`, and how many there are.
    pub async fn evidence_activities(
        &self,
        framework: &Framework,
        indicator: &Indicator,
        cell: &Cell,
        scope: EvidenceScope,
        (limit, offset): (i64, i64),
    ) -> AppResult<Arc<(Vec<EvidenceActivity>, i64)>> {
        let key = format!("{}|{cell:?}|{scope:?}|{limit}|{offset}", indicator.code);
        let read =
            || indicator_values::evidence_activities(self.db(), framework, indicator, cell, scope, limit, offset);
        Ok(self.memo().get(self.db(), "evidence-activities", &key, read).await?)
    }

    /// The people, members or activities counted in one computed figure, `limit` from
    /// `offset`, and how many there are (for staff).
    pub async fn evidence_units(
        &self,
        framework: &Framework,
        indicator: &Indicator,
        cell: &Cell,
        (limit, offset): (i64, i64),
    ) -> AppResult<Arc<(Vec<EvidenceUnit>, i64)>> {
        let key = format!("{}|{cell:?}|{limit}|{offset}", indicator.code);
        let read = || indicator_values::evidence_units(self.db(), framework, indicator, cell, limit, offset);
        Ok(self.memo().get(self.db(), "evidence-units", &key, read).await?)
    }

    /// The counts of the home page.
    pub async fn key_figures(&self) -> AppResult<Arc<KeyFigures>> {
        Ok(self.memo().get(self.db(), "key-figures", "", || registry::key_figures(self.db())).await?)
    }
}

/// The project list's filter choices, with countries and members named in one language.
pub struct FacetChoices {
    pub facets: Arc<Facets>,
    pub countries: Vec<(String, String)>,
    pub members: Vec<(String, String)>,
}
