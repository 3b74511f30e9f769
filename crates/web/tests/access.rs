//! Every route, every role: each gets exactly the access the route table declares, and
//! every state-changing route refuses a request without the session's CSRF token.
//!
//! The router is built from `routes::table()` alone, so a new route is covered here as
//! soon as it exists; its access is whatever the table declares, and this test checks
//! that the handler's extractors enforce exactly that.

mod common;

use apdc_domain::Role;
use apdc_web::routes::{Access, table};
use axum::body::Body;
use axum::http::{Method, StatusCode};
use common::{Client, Reply, TestApp};

/// The member in paths; the scoped focal point below speaks for it.
const MEMBER: &str = "KE";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Who {
    Anonymous,
    Signed(Role, Option<&'static str>),
}

fn expected(access: Access, who: Who) -> bool {
    match (access, who) {
        (Access::Public, _) => true,
        (_, Who::Anonymous) => false,
        (Access::SignedIn, Who::Signed(..)) => true,
        (Access::Staff, Who::Signed(role, _)) => role.is_staff(),
        (Access::MemberContact, Who::Signed(role, member)) => role.is_staff() || member == Some(MEMBER),
        (Access::Administrator, Who::Signed(role, _)) => role == Role::Administrator,
        (Access::DonorOrStaff, Who::Signed(role, _)) => role.is_staff() || role == Role::DonorViewer,
    }
}

fn concrete(path: &str) -> String {
    path.replace("{lang}", "en")
        .replace("{alpha2}", MEMBER)
        .replace("{id}", "999999")
        .replace("{participation}", "999999")
        .replace("{number}", "1")
        .replace("{language}", "fr")
        .replace("{slug}", "no-such-story")
        .replace("{recommendation}", "999999")
        .replace("{import}", "no-such-import")
        .replace("{code}", "fr")
        .replace("{result}", "no-such-result")
        .replace("{file}", apdc_web::assets::STYLESHEET_NAME.as_str())
        .replace("{*file}", "swagger-initializer.js")
}

/// Routes that take a file upload (multipart) rather than a urlencoded form.
const UPLOADS: [&str; 5] = [
    "/en/admin/members/import",
    "/en/admin/activities/999999/import",
    "/en/admin/results/fr/import",
    "/en/admin/images",
    "/en/admin/translations/import",
];

/// A redirect to the sign-in page (with the page to come back to, for a GET).
fn sends_to_login(reply: &Reply) -> bool {
    let location = reply.location();
    location == "/en/login" || location.starts_with("/en/login?next=")
}

/// Whether the application let the request through to the handler's own logic.
fn allowed(reply: &Reply) -> bool {
    let to_login = reply.status == StatusCode::SEE_OTHER && sends_to_login(reply);
    !(reply.status == StatusCode::UNAUTHORIZED || reply.status == StatusCode::FORBIDDEN || to_login)
}

async fn call(client: &mut Client, method: &Method, path: &str, with_token: bool) -> Reply {
    if *method == Method::GET {
        client.get(path).await
    } else if path.starts_with("/api/") && with_token {
        // The API takes JSON, which a cross-site form cannot send: that, not a CSRF
        // token, is what protects its writes made with a session.
        client.request(method.clone(), path, &[("content-type", "application/json")], Body::from("{}")).await
    } else if with_token && UPLOADS.contains(&path) {
        client.post_file(path, "empty.csv", b"").await
    } else if with_token {
        client.post_form(path, &[]).await
    } else {
        client
            .request(method.clone(), path, &[("content-type", "application/x-www-form-urlencoded")], Body::from("x=1"))
            .await
    }
}

#[tokio::test]
async fn every_route_gives_each_role_exactly_its_access() {
    let app = TestApp::new().await;
    let people = [
        Who::Anonymous,
        Who::Signed(Role::Administrator, None),
        Who::Signed(Role::ProgrammeOfficer, None),
        Who::Signed(Role::FocalPoint, Some(MEMBER)),
        Who::Signed(Role::FocalPoint, Some("SN")),
        Who::Signed(Role::DonorViewer, None),
        Who::Signed(Role::Participant, None),
    ];
    let mut failures = Vec::new();
    let mut checked = 0;
    for who in people {
        let client = match who {
            Who::Anonymous => {
                // A visitor has seen the sign-in form (and so holds a token) before posting it.
                let mut visitor = app.anonymous();
                visitor.get("/en/login").await.assert_status(StatusCode::OK);
                visitor
            }
            Who::Signed(role, member) => app.signed_in(role, member).await,
        };
        for route in table() {
            // A fresh copy per route: signing out must not end the next route's session.
            let mut client = client.clone();
            let path = concrete(route.spec.path);
            if route.spec.path == "/{lang}/logout" && who != Who::Anonymous {
                // Sign out last, in a session of its own.
                let mut own = match who {
                    Who::Signed(role, member) => app.signed_in(role, member).await,
                    Who::Anonymous => unreachable!(),
                };
                let reply = call(&mut own, &route.spec.method, &path, true).await;
                if !allowed(&reply) {
                    failures.push(format!("{who:?} {} {path}: {}", route.spec.method, reply.status));
                }
                checked += 1;
                continue;
            }
            let reply = call(&mut client, &route.spec.method, &path, true).await;
            checked += 1;
            if reply.status.is_server_error() {
                failures.push(format!("{who:?} {} {path}: server error {}", route.spec.method, reply.status));
            }
            let want = expected(route.spec.access, who);
            if allowed(&reply) != want {
                failures.push(format!(
                    "{who:?} {} {path}: expected {}, got {} {}",
                    route.spec.method,
                    if want { "access" } else { "refusal" },
                    reply.status,
                    reply.location()
                ));
            }
            // Refusals say why the right way: sign in (pages), 401 (API) or 403.
            if !want {
                let right = match who {
                    Who::Anonymous if path.starts_with("/api/") => reply.status == StatusCode::UNAUTHORIZED,
                    Who::Anonymous => sends_to_login(&reply),
                    Who::Signed(..) => reply.status == StatusCode::FORBIDDEN,
                };
                if !right {
                    failures.push(format!("{who:?} {} {path}: refused with {}", route.spec.method, reply.status));
                }
            }
        }
    }
    assert!(checked >= 7 * 30, "only {checked} checks");
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

#[tokio::test]
async fn every_state_changing_route_requires_the_csrf_token() {
    let app = TestApp::new().await;
    let admin = app.signed_in(Role::Administrator, None).await;
    let mut writes = 0;
    for route in table().into_iter().filter(|r| r.spec.method != Method::GET) {
        let path = concrete(route.spec.path);
        let mut client = admin.clone();
        let reply = call(&mut client, &route.spec.method, &path, false).await;
        // A form post to the JSON API is refused for its media type before anything else.
        let refused = if path.starts_with("/api/") {
            reply.status == StatusCode::BAD_REQUEST && reply.text().contains("unsupported_media_type")
        } else {
            reply.status == StatusCode::FORBIDDEN
        };
        assert!(refused, "{} {path} without a token: {} {}", route.spec.method, reply.status, reply.text());
        writes += 1;
    }
    assert!(writes >= 9, "{writes} write routes");
}

#[tokio::test]
async fn nobody_unauthenticated_can_write() {
    let app = TestApp::new().await;
    let before = app.count("SELECT COUNT(*) FROM audit_log").await;
    let mut anonymous = app.anonymous();
    anonymous.get("/en/login").await;
    for route in table().into_iter().filter(|r| r.spec.method != Method::GET && r.spec.access != Access::Public) {
        let path = concrete(route.spec.path);
        let reply = if path.starts_with("/api/") {
            call(&mut anonymous, &route.spec.method, &path, true).await
        } else {
            anonymous.post_form(&path, &[("acronym", "X"), ("website", "https://x.org")]).await
        };
        assert!(!allowed(&reply), "{} {path} accepted an anonymous write", route.spec.method);
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await, before);
}
