//! A response cache for anonymous readers of public pages and the public API.
//!
//! Most traffic is anonymous and reads pages that change only when staff change data,
//! so finished responses (already compressed, with their headers) are kept in memory
//! and served again without touching the database. Only GET requests without a session
//! cookie are served from or stored in the cache, and only `200 OK` responses that set
//! no cookie are stored, so nothing personal can be cached. Any successful write
//! through this server empties the cache at once; entries also expire after
//! [`TTL`], which bounds how stale a page can be after a change made by another process
//! (the command line, another server on the same database).

use crate::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};

/// How long an entry may be served.
pub const TTL: Duration = Duration::from_secs(30);
/// The most bytes kept; past it the cache starts afresh.
const MAX_BYTES: usize = 32 * 1024 * 1024;
/// The largest response kept.
const MAX_ENTRY_BYTES: usize = 1024 * 1024;
/// A response header by which a handler says when its page stops being true even if no
/// data changes (a scheduled story appears): Unix seconds. The cache keeps the page no
/// longer, and the header is never sent to the reader.
pub const FRESH_UNTIL: &str = "x-apdc-fresh-until";
/// The session cookie's name: a request carrying it may see personal pages.
const SESSION_COOKIE: &str = "apdc_session=";

#[derive(Default)]
pub struct PageCache {
    inner: RwLock<Inner>,
}

#[derive(Default)]
struct Inner {
    entries: HashMap<(String, String), Entry>,
    bytes: usize,
}

struct Entry {
    /// The database write counter before the response was made.
    version: u64,
    /// Set when one request has gone to make this (expired) entry again: the others keep
    /// receiving it meanwhile, instead of all rendering the same page at once.
    refreshing: std::sync::atomic::AtomicBool,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    stored: Instant,
    /// Unix seconds from which the entry is never served (see [`FRESH_UNTIL`]).
    until: Option<i64>,
}

impl PageCache {
    /// Empties the cache (data changed).
    pub fn clear(&self) {
        if let Ok(mut inner) = self.inner.write() {
            inner.entries.clear();
            inner.bytes = 0;
        }
    }

    /// The cached response, if it may be served. An entry made before a write is never
    /// served. An entry only older than [`TTL`] is served to everyone but the one request
    /// that refreshes it.
    fn get(&self, key: &(String, String), version: u64) -> Option<Response> {
        use std::sync::atomic::Ordering;
        let inner = self.inner.read().ok()?;
        let entry = inner.entries.get(key).filter(|e| e.version == version)?;
        if entry.until.is_some_and(|until| apdc_store::now() >= until) {
            return None;
        }
        if entry.stored.elapsed() >= TTL
            && entry.refreshing.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire).is_ok()
        {
            return None;
        }
        let mut response = Response::new(Body::from(entry.body.clone()));
        *response.status_mut() = entry.status;
        *response.headers_mut() = entry.headers.clone();
        Some(response)
    }

    /// Drops one entry (it can no longer be made: the page now answers otherwise).
    fn remove(&self, key: &(String, String)) {
        if let Ok(mut inner) = self.inner.write()
            && let Some(old) = inner.entries.remove(key)
        {
            inner.bytes -= old.body.len();
        }
    }

    fn put(&self, key: (String, String), version: u64, response: (StatusCode, HeaderMap, Bytes), until: Option<i64>) {
        let (status, headers, body) = response;
        let Ok(mut inner) = self.inner.write() else { return };
        if inner.bytes + body.len() > MAX_BYTES {
            inner.entries.clear();
            inner.bytes = 0;
        }
        inner.bytes += body.len();
        if let Some(old) = inner.entries.insert(
            key,
            Entry { version, refreshing: Default::default(), status, headers, body, stored: Instant::now(), until },
        ) {
            inner.bytes -= old.body.len();
        }
    }
}

/// Whether a request may be answered from the cache, and under which key.
fn cache_key(request: &Request) -> Option<(String, String)> {
    if request.method() != Method::GET {
        return None;
    }
    let signed_in = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .any(|v| v.to_str().map_or(true, |c| c.contains(SESSION_COOKIE)));
    // A request with credentials of its own (an API token) may see private records.
    if signed_in || request.headers().contains_key(header::AUTHORIZATION) {
        return None;
    }
    let path = request.uri().path();
    let live = path == "/healthz" || path == "/readyz";
    if live || path.starts_with("/api/docs") || path == "/" || path.starts_with("/language/") {
        return None;
    }
    let encoding = request.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("");
    if encoding.len() > 200 {
        return None;
    }
    let target = request.uri().path_and_query().map_or(path, |p| p.as_str());
    Some((target.to_owned(), encoding.to_owned()))
}

/// The middleware: serve from the cache, or run the request and keep what may be kept.
pub async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(key) = cache_key(&request) else {
        let mut response = next.run(request).await;
        response.headers_mut().remove(FRESH_UNTIL);
        return response;
    };
    let version = state.db().version();
    if let Some(hit) = state.cache().get(&key, version) {
        return hit;
    }
    let mut response = next.run(request).await;
    let until =
        response.headers_mut().remove(FRESH_UNTIL).and_then(|v| v.to_str().ok().and_then(|v| v.parse::<i64>().ok()));
    if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) {
        state.cache().remove(&key);
        return response;
    }
    let (parts, body) = response.into_parts();
    // Handlers build their bodies in memory, so reading one whole costs little; only
    // bodies small enough are kept.
    match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => {
            if bytes.len() <= MAX_ENTRY_BYTES {
                state.cache().put(key, version, (parts.status, parts.headers.clone(), bytes.clone()), until);
            } else {
                state.cache().remove(&key);
            }
            Response::from_parts(parts, Body::from(bytes))
        }
        Err(error) => {
            tracing::error!(%error, "reading a response body failed");
            let mut failed = Response::new(Body::empty());
            *failed.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            failed
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: Method, uri: &str, cookie: Option<&str>) -> Request {
        let mut builder = Request::builder().method(method).uri(uri).header(header::ACCEPT_ENCODING, "br");
        if let Some(cookie) = cookie {
            builder = builder.header(header::COOKIE, cookie);
        }
        builder.body(Body::empty()).unwrap()
    }

    #[test]
    fn only_anonymous_reads_of_pages_are_cached() {
        assert_eq!(
            cache_key(&request(Method::GET, "/en/projects?sdg=9", None)),
            Some(("/en/projects?sdg=9".to_owned(), "br".to_owned()))
        );
        assert!(cache_key(&request(Method::GET, "/en/projects", Some("apdc_lang=fr"))).is_some());
        assert!(cache_key(&request(Method::GET, "/en/projects", Some("apdc_lang=fr; apdc_session=abc"))).is_none());
        assert!(cache_key(&request(Method::POST, "/en/projects", None)).is_none());
        assert!(cache_key(&request(Method::GET, "/api/docs/", None)).is_none());
        assert!(cache_key(&request(Method::GET, "/", None)).is_none());
        assert!(cache_key(&request(Method::GET, "/readyz", None)).is_none(), "health is always checked live");
    }

    #[test]
    fn entries_are_bounded_and_cleared() {
        let cache = PageCache::default();
        let key = ("/en/".to_owned(), String::new());
        cache.put(key.clone(), 7, (StatusCode::OK, HeaderMap::new(), Bytes::from_static(b"hello")), None);
        assert!(cache.get(&key, 7).is_some());
        assert!(cache.get(&key, 8).is_none(), "a write since makes the entry stale");
        cache.clear();
        assert!(cache.get(&key, 7).is_none());
        // An expired entry: the first reader refreshes it, the others still receive it.
        cache.put(key.clone(), 7, (StatusCode::OK, HeaderMap::new(), Bytes::from_static(b"hello")), None);
        if let Ok(mut inner) = cache.inner.write()
            && let Some(entry) = inner.entries.get_mut(&key)
        {
            entry.stored = Instant::now() - TTL;
        }
        assert!(cache.get(&key, 7).is_none(), "the first reader of an expired entry makes it again");
        assert!(cache.get(&key, 7).is_some(), "the others are served meanwhile");
        assert!(cache.get(&key, 8).is_none(), "never after a write");
        let big = Bytes::from(vec![0u8; MAX_BYTES / 2 + 1]);
        cache.put(("a".into(), String::new()), 1, (StatusCode::OK, HeaderMap::new(), big.clone()), None);
        cache.put(("b".into(), String::new()), 1, (StatusCode::OK, HeaderMap::new(), big), None);
        assert!(cache.get(&("a".into(), String::new()), 1).is_none(), "the cache started afresh");
        assert!(cache.get(&("b".into(), String::new()), 1).is_some());
    }

    #[test]
    fn an_entry_is_never_served_past_its_moment() {
        let cache = PageCache::default();
        let (past, future) = (("/en/stories".to_owned(), String::new()), ("/fr/stories".to_owned(), String::new()));
        let now = apdc_store::now();
        cache.put(past.clone(), 1, (StatusCode::OK, HeaderMap::new(), Bytes::from_static(b"old")), Some(now));
        cache.put(future.clone(), 1, (StatusCode::OK, HeaderMap::new(), Bytes::from_static(b"ok")), Some(now + 60));
        assert!(cache.get(&past, 1).is_none(), "a scheduled story appeared");
        assert!(cache.get(&future, 1).is_some());
    }
}
