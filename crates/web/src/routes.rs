//! Every route of the application, with who may use it.
//!
//! The router is built from this table and nothing else, so a route cannot exist without
//! a declared [`Access`]. The handlers enforce access through their extractors; the
//! route-by-role test walks this table with every role and checks that the two agree.

use crate::state::AppState;
use crate::{admin, api, assets, portal, reports, site};
use apdc_domain::content::ContentKind;
use axum::Extension;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post, put};

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in user.
    SignedIn,
    /// Administrators and programme officers.
    Staff,
    /// Staff, and the focal points of the member named in the path.
    MemberContact,
    /// Administrators only (accounts and roles).
    Administrator,
    /// Staff, and donor viewers (who see what their organisation funds).
    DonorOrStaff,
}

/// A route's method, path and access.
#[derive(Debug, Clone)]
pub struct RouteSpec {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
}

/// A route with its handler.
pub struct Route {
    pub spec: RouteSpec,
    pub handler: MethodRouter<AppState>,
}

fn route(method: Method, path: &'static str, access: Access, handler: MethodRouter<AppState>) -> Route {
    Route { spec: RouteSpec { method, path, access }, handler }
}

/// The whole table.
pub fn table() -> Vec<Route> {
    use Access::*;
    let (g, p, u) = (Method::GET, Method::POST, Method::PUT);
    let mut routes = vec![
        // Site.
        route(g.clone(), "/", Public, get(site::root)),
        route(g.clone(), "/language/{code}", Public, get(site::switch_language)),
        route(g.clone(), "/assets/{file}", Public, get(assets::serve)),
        route(g.clone(), "/healthz", Public, get(site::healthz)),
        route(g.clone(), "/robots.txt", Public, get(site::discovery::robots)),
        route(g.clone(), "/media/{file}", Public, get(crate::images::serve)),
        route(g.clone(), "/sitemap.xml", Public, get(site::discovery::sitemap_index)),
        route(g.clone(), "/sitemaps/{file}", Public, get(site::discovery::sitemap_part)),
        route(g.clone(), "/readyz", Public, get(site::readyz)),
        route(g.clone(), "/{lang}", Public, get(site::lang_root)),
        route(g.clone(), "/{lang}/", Public, get(site::home)),
        route(g.clone(), "/{lang}/members", Public, get(site::members::directory)),
        route(g.clone(), "/{lang}/members/{alpha2}", Public, get(site::members::profile)),
        route(g.clone(), "/{lang}/projects", Public, get(site::projects::list)),
        route(g.clone(), "/{lang}/projects/{code}", Public, get(site::projects::show)),
        route(g.clone(), "/{lang}/results", Public, get(site::results::dashboard)),
        route(g.clone(), "/{lang}/results/members/{alpha2}", Public, get(site::results::scorecard)),
        route(g.clone(), "/{lang}/results/{code}", Public, get(site::results::indicator)),
        route(g.clone(), "/{lang}/results/{code}/evidence", Public, get(site::results::evidence)),
        route(g.clone(), "/{lang}/stories", Public, get(site::stories::list)),
        route(g.clone(), "/{lang}/stories/{slug}", Public, get(site::stories::show)),
        route(g.clone(), "/{lang}/stories.atom", Public, get(site::discovery::stories_feed)),
        route(g.clone(), "/{lang}/pages/{slug}", Public, get(site::pages::show)),
        route(g.clone(), "/{lang}/get-involved", Public, get(site::pages::get_involved)),
        route(g.clone(), "/{lang}/search", Public, get(site::search::search)),
        route(g.clone(), "/{lang}/login", Public, get(site::login::form)),
        route(p.clone(), "/{lang}/login", Public, post(site::login::submit)),
        route(p.clone(), "/{lang}/logout", SignedIn, post(site::login::logout)),
        // Member contact details: staff, or the member's own focal point.
        route(g.clone(), "/{lang}/members/{alpha2}/contacts", MemberContact, get(portal::contacts::form)),
        route(p.clone(), "/{lang}/members/{alpha2}/contacts", MemberContact, post(portal::contacts::save)),
        route(
            p.clone(),
            "/{lang}/members/{alpha2}/focal-points",
            MemberContact,
            post(portal::contacts::add_focal_point),
        ),
        route(
            p.clone(),
            "/{lang}/members/{alpha2}/focal-points/{id}/delete",
            MemberContact,
            post(portal::contacts::remove_focal_point),
        ),
        // Member focal points (and staff): what the member received, and its nominations.
        route(g.clone(), "/{lang}/members/{alpha2}/support", MemberContact, get(portal::support::support)),
        route(g.clone(), "/{lang}/members/{alpha2}/nominate", MemberContact, get(portal::support::nominate_form)),
        route(p.clone(), "/{lang}/members/{alpha2}/nominations", MemberContact, post(portal::support::nominate)),
        route(
            p.clone(),
            "/{lang}/members/{alpha2}/nominations/{id}/withdraw",
            MemberContact,
            post(portal::support::withdraw),
        ),
        // Staff: projects, organisations, themes.
        route(g.clone(), "/{lang}/admin/projects", Staff, get(admin::projects::list)),
        route(p.clone(), "/{lang}/admin/projects", Staff, post(admin::projects::create)),
        route(g.clone(), "/{lang}/admin/projects/new", Staff, get(admin::projects::new_form)),
        route(g.clone(), "/{lang}/admin/projects/{code}", Staff, get(admin::projects::manage)),
        route(g.clone(), "/{lang}/admin/projects/{code}/edit", Staff, get(admin::projects::edit_form)),
        route(p.clone(), "/{lang}/admin/projects/{code}/edit", Staff, post(admin::projects::update)),
        route(g.clone(), "/{lang}/admin/projects/{code}/audit", Staff, get(admin::projects::audit)),
        route(p.clone(), "/{lang}/admin/projects/{code}/partners", Staff, post(admin::projects::add_partner)),
        route(p.clone(), "/{lang}/admin/projects/{code}/partners/remove", Staff, post(admin::projects::remove_partner)),
        route(p.clone(), "/{lang}/admin/projects/{code}/finances", Staff, post(admin::projects::add_finance)),
        route(
            p.clone(),
            "/{lang}/admin/projects/{code}/finances/{id}/delete",
            Staff,
            post(admin::projects::remove_finance),
        ),
        route(p.clone(), "/{lang}/admin/projects/{code}/budgets", Staff, post(admin::projects::set_budget)),
        route(
            p.clone(),
            "/{lang}/admin/projects/{code}/budgets/{id}/delete",
            Staff,
            post(admin::projects::remove_budget),
        ),
        route(g.clone(), "/{lang}/admin/organisations", Staff, get(admin::organisations::list)),
        route(p.clone(), "/{lang}/admin/organisations", Staff, post(admin::organisations::create)),
        route(g.clone(), "/{lang}/admin/organisations/new", Staff, get(admin::organisations::new_form)),
        route(g.clone(), "/{lang}/admin/organisations/{id}/edit", Staff, get(admin::organisations::edit_form)),
        route(p.clone(), "/{lang}/admin/organisations/{id}/edit", Staff, post(admin::organisations::update)),
        route(g.clone(), "/{lang}/admin/themes", Staff, get(admin::organisations::themes)),
        route(p.clone(), "/{lang}/admin/themes", Staff, post(admin::organisations::save_theme)),
        // Staff: activities and participation.
        route(g.clone(), "/{lang}/admin/projects/{code}/activities/new", Staff, get(admin::activities::new_form)),
        route(p.clone(), "/{lang}/admin/projects/{code}/activities", Staff, post(admin::activities::create)),
        route(g.clone(), "/{lang}/admin/activities/{id}", Staff, get(admin::activities::manage)),
        route(g.clone(), "/{lang}/admin/activities/{id}/edit", Staff, get(admin::activities::edit_form)),
        route(p.clone(), "/{lang}/admin/activities/{id}/edit", Staff, post(admin::activities::update)),
        route(g.clone(), "/{lang}/admin/activities/{id}/audit", Staff, get(admin::activities::audit)),
        route(p.clone(), "/{lang}/admin/activities/{id}/participants", Staff, post(admin::activities::enrol)),
        route(
            p.clone(),
            "/{lang}/admin/activities/{id}/participations/{participation}",
            Staff,
            post(admin::activities::change_status),
        ),
        route(p.clone(), "/{lang}/admin/activities/{id}/staff", Staff, post(admin::activities::add_staff)),
        route(p.clone(), "/{lang}/admin/activities/{id}/staff/remove", Staff, post(admin::activities::remove_staff)),
        route(p.clone(), "/{lang}/admin/activities/{id}/sessions", Staff, post(admin::activities::add_session)),
        route(
            p.clone(),
            "/{lang}/admin/activities/{id}/recommendations",
            Staff,
            post(admin::activities::add_recommendation),
        ),
        route(
            p.clone(),
            "/{lang}/admin/activities/{id}/recommendations/{recommendation}",
            Staff,
            post(admin::activities::set_follow_up),
        ),
        route(g.clone(), "/{lang}/admin/activities/{id}/import", Staff, get(admin::participant_import::form)),
        route(
            p.clone(),
            "/{lang}/admin/activities/{id}/import",
            Staff,
            // Participant lists may be larger than the default body limit.
            post(admin::participant_import::upload)
                .layer(axum::extract::DefaultBodyLimit::max(crate::uploads::MAX_UPLOAD_BYTES + 64 * 1024)),
        ),
        route(
            g.clone(),
            "/{lang}/admin/activities/{id}/import/{import}",
            Staff,
            get(admin::participant_import::preview),
        ),
        route(
            p.clone(),
            "/{lang}/admin/activities/{id}/import/{import}/mapping",
            Staff,
            post(admin::participant_import::remap),
        ),
        route(
            p.clone(),
            "/{lang}/admin/activities/{id}/import/{import}/apply",
            Staff,
            post(admin::participant_import::apply),
        ),
        // Staff: the image library.
        route(g.clone(), "/{lang}/admin/images", Staff, get(admin::images::list)),
        route(
            p.clone(),
            "/{lang}/admin/images",
            Staff,
            post(admin::images::upload)
                .layer(axum::extract::DefaultBodyLimit::max(crate::images::LIMITS.max_bytes + 64 * 1024)),
        ),
        // Staff: what needs attention, and the translation queue.
        route(g.clone(), "/{lang}/admin", Staff, get(admin::home::home)),
        route(g.clone(), "/{lang}/admin/translations", Staff, get(admin::translations::queue)),
        route(g.clone(), "/{lang}/admin/translations.xlf", Staff, get(admin::translations::export)),
        route(
            p.clone(),
            "/{lang}/admin/translations/import",
            Staff,
            post(admin::translations::import)
                .layer(axum::extract::DefaultBodyLimit::max(admin::translations::LIMITS.max_bytes + 64 * 1024)),
        ),
        // Staff: the results framework.
        route(g.clone(), "/{lang}/admin/results", Staff, get(admin::results::plans)),
        route(p.clone(), "/{lang}/admin/results", Staff, post(admin::results::create_plan)),
        route(g.clone(), "/{lang}/admin/results/new", Staff, get(admin::results::new_plan)),
        route(g.clone(), "/{lang}/admin/results/{code}", Staff, get(admin::results::manage)),
        route(g.clone(), "/{lang}/admin/results/{code}/edit", Staff, get(admin::results::edit_plan)),
        route(p.clone(), "/{lang}/admin/results/{code}/edit", Staff, post(admin::results::update_plan)),
        route(p.clone(), "/{lang}/admin/results/{code}/compute", Staff, post(admin::results::compute)),
        route(p.clone(), "/{lang}/admin/results/{code}/locks", Staff, post(admin::results::locks)),
        route(g.clone(), "/{lang}/admin/results/{code}/import", Staff, get(admin::results_import::form)),
        route(
            p.clone(),
            "/{lang}/admin/results/{code}/import",
            Staff,
            post(admin::results_import::upload)
                .layer(axum::extract::DefaultBodyLimit::max(crate::uploads::MAX_UPLOAD_BYTES + 64 * 1024)),
        ),
        route(g.clone(), "/{lang}/admin/results/{code}/results/new", Staff, get(admin::results::new_result)),
        route(p.clone(), "/{lang}/admin/results/{code}/results", Staff, post(admin::results::create_result)),
        route(g.clone(), "/{lang}/admin/results/{code}/results/{result}/edit", Staff, get(admin::results::edit_result)),
        route(
            p.clone(),
            "/{lang}/admin/results/{code}/results/{result}/edit",
            Staff,
            post(admin::results::update_result),
        ),
        route(p.clone(), "/{lang}/admin/results/{code}/results/{result}/links", Staff, post(admin::results::link)),
        route(g.clone(), "/{lang}/admin/results/{code}/indicators/new", Staff, get(admin::results::new_indicator)),
        route(p.clone(), "/{lang}/admin/results/{code}/indicators", Staff, post(admin::results::create_indicator)),
        route(g.clone(), "/{lang}/admin/indicators/{code}/edit", Staff, get(admin::results::edit_indicator)),
        route(p.clone(), "/{lang}/admin/indicators/{code}/edit", Staff, post(admin::results::update_indicator)),
        // Printable reports: DEVCO's for staff; a donor's for its donor viewers and staff.
        route(g.clone(), "/{lang}/admin/reports/devco", Staff, get(reports::devco)),
        route(g.clone(), "/{lang}/admin/reports/devco.xlsx", Staff, get(reports::devco_xlsx)),
        route(g.clone(), "/{lang}/reports/donor", DonorOrStaff, get(reports::donor)),
        route(g.clone(), "/{lang}/reports/donor.xlsx", DonorOrStaff, get(reports::donor_xlsx)),
        // Reported updates: staff review them; focal points report for their member.
        route(g.clone(), "/{lang}/admin/updates", Staff, get(admin::updates::queue)),
        route(p.clone(), "/{lang}/admin/updates", Staff, post(admin::updates::create)),
        route(g.clone(), "/{lang}/admin/updates/new", Staff, get(admin::updates::new_form)),
        route(p.clone(), "/{lang}/admin/updates/approve", Staff, post(admin::updates::approve_many)),
        route(g.clone(), "/{lang}/admin/updates/{id}", Staff, get(admin::updates::show)),
        route(p.clone(), "/{lang}/admin/updates/{id}/status", Staff, post(admin::updates::decide)),
        route(g.clone(), "/{lang}/members/{alpha2}/reporting", MemberContact, get(portal::reporting::overview)),
        route(p.clone(), "/{lang}/members/{alpha2}/reporting", MemberContact, post(portal::reporting::create)),
        route(g.clone(), "/{lang}/members/{alpha2}/reporting/new", MemberContact, get(portal::reporting::new_form)),
        route(g.clone(), "/{lang}/members/{alpha2}/reporting/{id}", MemberContact, get(portal::reporting::edit_form)),
        route(p.clone(), "/{lang}/members/{alpha2}/reporting/{id}", MemberContact, post(portal::reporting::edit)),
        // Staff: people.
        route(g.clone(), "/{lang}/admin/people", Staff, get(admin::people::list)),
        route(p.clone(), "/{lang}/admin/people", Staff, post(admin::people::create)),
        route(g.clone(), "/{lang}/admin/people/new", Staff, get(admin::people::new_form)),
        route(g.clone(), "/{lang}/admin/people/duplicates", Staff, get(admin::people::duplicates)),
        route(p.clone(), "/{lang}/admin/people/merge", Staff, post(admin::people::merge)),
        route(g.clone(), "/{lang}/admin/people/{id}", Staff, get(admin::people::show)),
        route(g.clone(), "/{lang}/admin/people/{id}/edit", Staff, get(admin::people::edit_form)),
        route(p.clone(), "/{lang}/admin/people/{id}/edit", Staff, post(admin::people::update)),
        route(g.clone(), "/{lang}/admin/people/{id}/export", Staff, get(admin::people::export)),
        route(p.clone(), "/{lang}/admin/people/{id}/erase", Staff, post(admin::people::erase)),
        // Exports: everything for staff, a member's own data for its focal points.
        route(g.clone(), "/{lang}/admin/exports", Staff, get(admin::exports::index)),
        route(g.clone(), "/{lang}/admin/exports/{file}", Staff, get(admin::exports::staff_export)),
        route(g.clone(), "/{lang}/members/{alpha2}/exports/{file}", MemberContact, get(admin::exports::member_export)),
        // Staff: API tokens of one's own account.
        route(g.clone(), "/{lang}/account/tokens", Staff, get(admin::tokens::list)),
        route(p.clone(), "/{lang}/account/tokens", Staff, post(admin::tokens::create)),
        route(p.clone(), "/{lang}/account/tokens/{id}/revoke", Staff, post(admin::tokens::revoke)),
        // Staff: the registry.
        route(g.clone(), "/{lang}/admin/members/new", Staff, get(admin::members::new_form)),
        route(p.clone(), "/{lang}/admin/members", Staff, post(admin::members::create)),
        route(g.clone(), "/{lang}/admin/members/{alpha2}/edit", Staff, get(admin::members::edit_form)),
        route(p.clone(), "/{lang}/admin/members/{alpha2}/edit", Staff, post(admin::members::update)),
        route(g.clone(), "/{lang}/admin/members/{alpha2}/audit", Staff, get(admin::members::audit)),
        route(g.clone(), "/{lang}/admin/members/export", Staff, get(admin::members::export)),
        route(g.clone(), "/{lang}/admin/members/import", Staff, get(admin::import::form)),
        route(p.clone(), "/{lang}/admin/members/import", Staff, post(admin::import::preview)),
        route(p.clone(), "/{lang}/admin/members/import/{id}", Staff, post(admin::import::apply)),
        // Administrators: accounts.
        route(g.clone(), "/{lang}/admin/users", Administrator, get(admin::users::list)),
        route(g.clone(), "/{lang}/admin/users/new", Administrator, get(admin::users::new_form)),
        route(p.clone(), "/{lang}/admin/users", Administrator, post(admin::users::create)),
        route(g.clone(), "/{lang}/admin/users/{id}/edit", Administrator, get(admin::users::edit_form)),
        route(p.clone(), "/{lang}/admin/users/{id}/edit", Administrator, post(admin::users::update)),
        route(p.clone(), "/{lang}/admin/users/{id}/password", Administrator, post(admin::users::reset_password)),
        route(p.clone(), "/{lang}/admin/users/{id}/organisation", Administrator, post(admin::users::set_organisation)),
        // API.
        route(g.clone(), "/api/v1/members", Public, get(api::members::list)),
        route(g.clone(), "/api/v1/members/{alpha2}", Public, get(api::members::show)),
        route(g.clone(), "/api/v1/countries", Public, get(api::reference::countries)),
        route(g.clone(), "/api/v1/sdgs", Public, get(api::reference::sdgs)),
        route(g.clone(), "/api/v1/stories", Public, get(api::stories::list)),
        route(g.clone(), "/api/v1/stories/{slug}", Public, get(api::stories::show)),
        route(g.clone(), "/api/v1/search", Public, get(api::search::search)),
        route(g.clone(), "/api/v1/pages", Public, get(api::pages::list)),
        route(g.clone(), "/api/v1/pages/{slug}", Public, get(api::pages::show)),
        route(g.clone(), "/api/v1/projects", Public, get(api::projects::list)),
        route(p.clone(), "/api/v1/projects", Staff, post(api::projects::create)),
        route(g.clone(), "/api/v1/projects/{code}", Public, get(api::projects::show)),
        route(u.clone(), "/api/v1/projects/{code}", Staff, put(api::projects::update)),
        route(p.clone(), "/api/v1/projects/{code}/activities", Staff, post(api::activities::activity_create)),
        route(g.clone(), "/api/v1/activities", Public, get(api::activities::activities_list)),
        route(g.clone(), "/api/v1/activities/{id}", Public, get(api::activities::activity_show)),
        route(u, "/api/v1/activities/{id}", Staff, put(api::activities::activity_update)),
        route(g.clone(), "/api/v1/plans", Public, get(api::results::plans)),
        route(g.clone(), "/api/v1/plans/{code}", Public, get(api::results::plan)),
        route(g.clone(), "/api/v1/plans/{code}/periods", Public, get(api::results::periods)),
        route(g.clone(), "/api/v1/indicators", Public, get(api::results::indicators)),
        route(g.clone(), "/api/v1/indicators/{code}", Public, get(api::results::indicator)),
        route(g.clone(), "/api/v1/indicators/{code}/values", Public, get(api::results::values)),
        route(g.clone(), "/api/v1/updates", Staff, get(api::updates::updates)),
        route(p.clone(), "/api/v1/updates", Staff, post(api::updates::create_update)),
        route(g.clone(), "/api/v1/updates/{id}", Staff, get(api::updates::update)),
        route(p.clone(), "/api/v1/updates/{id}/status", Staff, post(api::updates::update_status)),
        route(g.clone(), "/api/v1/openapi.json", Public, get(api::openapi::document)),
        route(g.clone(), "/api/docs", Public, get(api::openapi::docs_redirect)),
        route(g.clone(), "/api/docs/", Public, get(api::openapi::docs_file)),
        route(g, "/api/docs/{*file}", Public, get(api::openapi::docs_file)),
    ];
    routes.extend(content_routes(ContentKind::Story));
    routes.extend(content_routes(ContentKind::Page));
    routes
}

/// The staff addresses of one kind of written content, in the order of
/// [`content_routes`]: the list, a new item, one item, its form, a translation, a
/// workflow step, a revision and its restoring.
fn content_paths(kind: ContentKind) -> [&'static str; 7] {
    match kind {
        ContentKind::Story => [
            "/{lang}/admin/stories",
            "/{lang}/admin/stories/new",
            "/{lang}/admin/stories/{id}",
            "/{lang}/admin/stories/{id}/edit",
            "/{lang}/admin/stories/{id}/translations/{language}",
            "/{lang}/admin/stories/{id}/workflow",
            "/{lang}/admin/stories/{id}/revisions/{number}",
        ],
        ContentKind::Page => [
            "/{lang}/admin/pages",
            "/{lang}/admin/pages/new",
            "/{lang}/admin/pages/{id}",
            "/{lang}/admin/pages/{id}/edit",
            "/{lang}/admin/pages/{id}/translations/{language}",
            "/{lang}/admin/pages/{id}/workflow",
            "/{lang}/admin/pages/{id}/revisions/{number}",
        ],
    }
}

/// Staff writing, translating, reviewing and restoring stories or pages: the same
/// handlers, told their kind by an extension.
fn content_routes(kind: ContentKind) -> Vec<Route> {
    use Access::Staff;
    use admin::{content, content_review};
    let [list, new, one, edit, translation, workflow, revision] = content_paths(kind);
    let restore: &'static str = match kind {
        ContentKind::Story => "/{lang}/admin/stories/{id}/revisions/{number}/restore",
        ContentKind::Page => "/{lang}/admin/pages/{id}/revisions/{number}/restore",
    };
    let (g, p) = (Method::GET, Method::POST);
    let with_kind = |handler: MethodRouter<AppState>| handler.layer(Extension(kind));
    vec![
        route(g.clone(), list, Staff, with_kind(get(content::list))),
        route(p.clone(), list, Staff, with_kind(post(content::create))),
        route(g.clone(), new, Staff, with_kind(get(content::new_form))),
        route(g.clone(), one, Staff, with_kind(get(content_review::manage))),
        route(g.clone(), edit, Staff, with_kind(get(content::edit_form))),
        route(p.clone(), edit, Staff, with_kind(post(content::update))),
        route(g.clone(), translation, Staff, with_kind(get(content::translation_form))),
        route(p.clone(), translation, Staff, with_kind(post(content::save_translation))),
        route(p.clone(), workflow, Staff, with_kind(post(content_review::workflow))),
        route(g, revision, Staff, with_kind(get(content_review::revision))),
        route(p, restore, Staff, with_kind(post(content_review::restore))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_is_declared_once() {
        let specs: Vec<_> = table().into_iter().map(|r| (r.spec.method, r.spec.path)).collect();
        let mut unique = specs.clone();
        unique.sort_by_key(|(m, p)| (m.to_string(), *p));
        unique.dedup();
        assert_eq!(unique.len(), specs.len(), "a method and path appear twice");
    }

    #[test]
    fn only_safe_methods_are_public_except_signing_in() {
        for route in table() {
            if route.spec.access == Access::Public && route.spec.method != Method::GET {
                assert_eq!(route.spec.path, "/{lang}/login", "public write route {}", route.spec.path);
            }
        }
    }
}
