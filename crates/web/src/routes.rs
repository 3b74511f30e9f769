//! Every route of the application, with who may use it.
//!
//! The router is built from this table and nothing else, so a route cannot exist without
//! a declared [`Access`]. The handlers enforce access through their extractors; the
//! route-by-role test walks this table with every role and checks that the two agree.

use crate::state::AppState;
use crate::{admin, api, assets, portal, site};
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
    vec![
        // Site.
        route(g.clone(), "/", Public, get(site::root)),
        route(g.clone(), "/language/{code}", Public, get(site::switch_language)),
        route(g.clone(), "/assets/{file}", Public, get(assets::serve)),
        route(g.clone(), "/healthz", Public, get(site::healthz)),
        route(g.clone(), "/readyz", Public, get(site::readyz)),
        route(g.clone(), "/{lang}", Public, get(site::lang_root)),
        route(g.clone(), "/{lang}/", Public, get(site::home)),
        route(g.clone(), "/{lang}/members", Public, get(site::members::directory)),
        route(g.clone(), "/{lang}/members/{alpha2}", Public, get(site::members::profile)),
        route(g.clone(), "/{lang}/projects", Public, get(site::projects::list)),
        route(g.clone(), "/{lang}/projects/{code}", Public, get(site::projects::show)),
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
        // API.
        route(g.clone(), "/api/v1/members", Public, get(api::members::list)),
        route(g.clone(), "/api/v1/members/{alpha2}", Public, get(api::members::show)),
        route(g.clone(), "/api/v1/countries", Public, get(api::reference::countries)),
        route(g.clone(), "/api/v1/sdgs", Public, get(api::reference::sdgs)),
        route(g.clone(), "/api/v1/projects", Public, get(api::projects::list)),
        route(p.clone(), "/api/v1/projects", Staff, post(api::projects::create)),
        route(g.clone(), "/api/v1/projects/{code}", Public, get(api::projects::show)),
        route(u.clone(), "/api/v1/projects/{code}", Staff, put(api::projects::update)),
        route(p.clone(), "/api/v1/projects/{code}/activities", Staff, post(api::projects::activity_create)),
        route(g.clone(), "/api/v1/activities", Public, get(api::projects::activities_list)),
        route(g.clone(), "/api/v1/activities/{id}", Public, get(api::projects::activity_show)),
        route(u, "/api/v1/activities/{id}", Staff, put(api::projects::activity_update)),
        route(g.clone(), "/api/v1/openapi.json", Public, get(api::openapi::document)),
        route(g.clone(), "/api/docs", Public, get(api::openapi::docs_redirect)),
        route(g.clone(), "/api/docs/", Public, get(api::openapi::docs_file)),
        route(g, "/api/docs/{*file}", Public, get(api::openapi::docs_file)),
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
