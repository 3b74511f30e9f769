//! The integration-test harness: a fresh database per test on the engine under test,
//! the real application router with all its middleware, and clients that keep cookies.
//!
//! The engine is SQLite unless `APDC_TEST_POSTGRES_URL` names a PostgreSQL server (an
//! administrative URL such as `postgres://postgres@127.0.0.1:5432/postgres`): then every
//! test creates its own database there and drops it afterwards. An unreachable server
//! fails the tests; nothing is skipped.

#![allow(dead_code, reason = "each test binary uses a different part of the harness")]

pub mod delivery;
pub mod results;

use apdc_domain::{CountryCode, Email, Role};
use apdc_store::{Actor, Db, reference, users};
use apdc_web::{AppState, WebConfig};
use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use std::sync::{Arc, Mutex};
use tower::ServiceExt;

pub const PASSWORD: &str = "a long test password";

/// Where the test database lives, for cleanup.
enum Location {
    SqliteFile(std::path::PathBuf),
    Postgres { admin_url: String, name: String },
}

pub struct TestApp {
    pub db: Db,
    pub router: Router,
    pub state: AppState,
    location: Location,
}

impl TestApp {
    /// A migrated database with the reference data, and the application on it.
    pub async fn new() -> Self {
        Self::with_public_url("http://127.0.0.1:8080").await
    }

    /// As [`TestApp::new`], for a site published at `public_url`.
    pub async fn with_public_url(public_url: &str) -> Self {
        Self::with_config(WebConfig { public_url: public_url.into(), ..WebConfig::default() }).await
    }

    /// As [`TestApp::new`], with the web application configured as given.
    pub async fn with_config(config: WebConfig) -> Self {
        let (url, location) = match std::env::var("APDC_TEST_POSTGRES_URL") {
            Ok(admin_url) if !admin_url.is_empty() => {
                let name = format!("apdc_test_{}", uuid::Uuid::new_v4().simple());
                let admin = Db::connect(&admin_url).await.expect("APDC_TEST_POSTGRES_URL must be reachable");
                admin.execute(apdc_store::Sql::new(format!("CREATE DATABASE {name}"))).await.expect("create database");
                admin.close().await;
                let url = replace_database(&admin_url, &name);
                (url, Location::Postgres { admin_url, name })
            }
            _ => {
                let path = std::env::temp_dir().join(format!("apdc-test-{}.db", uuid::Uuid::new_v4().simple()));
                (format!("sqlite://{}?mode=rwc", path.display()), Location::SqliteFile(path))
            }
        };
        let db = Db::connect(&url).await.expect("connect to the test database");
        db.migrate().await.expect("migrate");
        reference::seed(&db, &Actor::system("test seed")).await.expect("seed reference data");
        let state = AppState::new(db.clone(), config).await.expect("state");
        Self { router: apdc_web::router(state.clone()), state, db, location }
    }

    pub fn engine(&self) -> &'static str {
        self.db.engine().as_str()
    }

    /// A client without a session.
    pub fn anonymous(&self) -> Client {
        Client {
            router: self.router.clone(),
            cookies: Arc::new(Mutex::new(Vec::new())),
            csrf: String::new(),
            peer: None,
        }
    }

    /// Creates an account with `role` (scoped to `member` for focal points) and signs in.
    pub async fn signed_in(&self, role: Role, member: Option<&str>) -> Client {
        let email = format!("{}-{}@example.org", role.as_str(), uuid::Uuid::new_v4().simple());
        self.create_user(&email, role, member).await;
        let mut client = self.anonymous();
        client.sign_in(&email, PASSWORD).await.assert_status(StatusCode::SEE_OTHER);
        // Signing in replaces the CSRF token; any page shows the new one.
        client.get("/en/").await.assert_status(StatusCode::OK);
        client
    }

    pub async fn create_user(&self, email: &str, role: Role, member: Option<&str>) {
        let hash = apdc_web::auth::password::hash(PASSWORD).unwrap();
        let email = Email::parse(email).unwrap();
        let member = member.map(|m| CountryCode::parse(m).unwrap());
        let new = users::NewUser {
            email: &email,
            display_name: "Test User",
            role,
            member,
            password_hash: &hash,
            is_demo: false,
        };
        users::create(&self.db, &Actor::system("test"), &new).await.expect("create user");
    }

    /// Creates an account with `role` and an API token for it; returns the token.
    pub async fn api_token(&self, role: Role, member: Option<&str>) -> String {
        let email = format!("{}-{}@example.org", role.as_str(), uuid::Uuid::new_v4().simple());
        self.create_user(&email, role, member).await;
        let user = users::find_for_login(&self.db, &Email::parse(&email).unwrap()).await.unwrap().unwrap().0;
        let secret = format!("token-{}", uuid::Uuid::new_v4().simple());
        let digest = apdc_web::auth::token_digest(&secret);
        apdc_store::tokens::create(&self.db, &Actor::system("test"), user.id, "test", &digest).await.unwrap();
        secret
    }

    /// Runs a query returning one integer (counts in assertions).
    pub async fn count(&self, sql: &str) -> i64 {
        let (n,): (i64,) = self.db.fetch_one(apdc_store::Sql::new(sql)).await.expect(sql);
        n
    }
}

fn replace_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let cut = base.rfind('/').filter(|i| *i > "postgres://".len()).unwrap_or(base.len());
    format!("{}/{name}{query}", &base[..cut])
}

impl Drop for TestApp {
    fn drop(&mut self) {
        match &self.location {
            Location::SqliteFile(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Location::Postgres { admin_url, name } => {
                let (admin_url, name, shown) = (admin_url.clone(), name.clone(), name.clone());
                // Drop runs outside async context: a short-lived runtime on its own thread.
                let dropped = std::thread::spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                    runtime.block_on(async {
                        let admin = Db::connect(&admin_url).await?;
                        admin
                            .execute(apdc_store::Sql::new(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                            .await?;
                        admin.close().await;
                        Ok::<(), apdc_store::StoreError>(())
                    })
                })
                .join();
                if !matches!(dropped, Ok(Ok(()))) {
                    eprintln!("could not drop test database {shown}");
                }
            }
        }
    }
}

/// A browser-like client: keeps cookies, remembers the last CSRF token seen.
#[derive(Clone)]
pub struct Client {
    router: Router,
    cookies: Arc<Mutex<Vec<(String, String)>>>,
    pub csrf: String,
    /// The address the connection comes from, as a server listening on TCP sees it.
    pub peer: Option<std::net::SocketAddr>,
}

/// A response with its body read.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    pub fn header(&self, name: &str) -> String {
        self.headers.get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
    }

    pub fn location(&self) -> String {
        self.header("location")
    }

    #[track_caller]
    pub fn assert_status(&self, status: StatusCode) -> &Self {
        assert_eq!(self.status, status, "body: {}", &self.text().chars().take(2000).collect::<String>());
        self
    }
}

impl Client {
    pub async fn request(&mut self, method: Method, uri: &str, headers: &[(&str, &str)], body: Body) -> Reply {
        let mut builder = Request::builder().method(method).uri(uri);
        let cookie = self.cookie_header();
        if !cookie.is_empty() {
            builder = builder.header(header::COOKIE, cookie);
        }
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let mut request = builder.body(body).unwrap();
        if let Some(peer) = self.peer {
            request.extensions_mut().insert(axum::extract::ConnectInfo(peer));
        }
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        for value in headers.get_all(header::SET_COOKIE) {
            self.store_cookie(value.to_str().unwrap());
        }
        let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
        let reply = Reply { status, headers, body };
        if let Some(token) = find_csrf(&reply.text()) {
            self.csrf = token;
        }
        reply
    }

    pub async fn get(&mut self, uri: &str) -> Reply {
        self.request(Method::GET, uri, &[], Body::empty()).await
    }

    /// Posts a urlencoded form; the client's CSRF token is added unless `fields` has one.
    pub async fn post_form(&mut self, uri: &str, fields: &[(&str, &str)]) -> Reply {
        let mut pairs: Vec<(&str, &str)> = fields.to_vec();
        let token = self.csrf.clone();
        if !pairs.iter().any(|(k, _)| *k == "csrf") {
            pairs.push(("csrf", &token));
        }
        let body = serde_urlencoded::to_string(&pairs).unwrap();
        self.request(Method::POST, uri, &[("content-type", "application/x-www-form-urlencoded")], Body::from(body))
            .await
    }

    /// Posts a multipart form with one file field named `file`.
    pub async fn post_file(&mut self, uri: &str, filename: &str, bytes: &[u8]) -> Reply {
        self.post_file_with(uri, &[], filename, bytes).await
    }

    /// Posts a multipart form with text `fields` and one file field named `file`.
    pub async fn post_file_with(&mut self, uri: &str, fields: &[(&str, &str)], filename: &str, bytes: &[u8]) -> Reply {
        let boundary = "apdc-test-boundary-7d1f";
        let mut body = Vec::new();
        let csrf = self.csrf.clone();
        for (name, value) in [("csrf", csrf.as_str())].iter().chain(fields) {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n\
                 Content-Type: text/csv\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={boundary}");
        self.request(Method::POST, uri, &[("content-type", &content_type)], Body::from(body)).await
    }

    pub async fn sign_in(&mut self, email: &str, password: &str) -> Reply {
        self.get("/en/login").await.assert_status(StatusCode::OK);
        self.post_form("/en/login", &[("email", email), ("password", password)]).await
    }

    fn cookie_header(&self) -> String {
        let jar = self.cookies.lock().unwrap();
        jar.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn store_cookie(&self, set_cookie: &str) {
        let pair = set_cookie.split(';').next().unwrap_or("");
        let Some((name, value)) = pair.split_once('=') else { return };
        let expired = set_cookie.to_ascii_lowercase().contains("max-age=0");
        let mut jar = self.cookies.lock().unwrap();
        jar.retain(|(k, _)| k != name);
        if !expired && !value.is_empty() {
            jar.push((name.to_owned(), value.to_owned()));
        }
    }

    pub fn has_cookie(&self, name: &str) -> bool {
        self.cookies.lock().unwrap().iter().any(|(k, _)| k == name)
    }
}

/// The value of the first `name="csrf"` hidden field in a page.
fn find_csrf(html: &str) -> Option<String> {
    let start = html.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_owned()).filter(|t| !t.is_empty())
}
