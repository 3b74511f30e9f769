//! Measures what the results dashboard costs on an existing database: how long computing
//! every plan's indicators takes, how many SQL statements one rendering runs, and how
//! long renderings take, in process, with nothing kept: each request has its own query
//! string, so the response cache never answers, and the memo of shared reads is emptied
//! before each, so every rendering reads all it shows.
//!
//! Usage: cargo run --release -p apdc-web --example dashboard_cost -- DATABASE_URL [RENDERINGS] [PATH]
//! (PATH defaults to `/en/results`).

use apdc_web::config::WebConfig;
use apdc_web::state::AppState;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use std::time::Instant;
use tower::ServiceExt;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let Some(url) = args.next() else {
        eprintln!("usage: dashboard_cost DATABASE_URL [RENDERINGS] [PATH]");
        std::process::exit(2);
    };
    let renderings: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(200);
    let path = args.next().unwrap_or_else(|| "/en/results".to_owned());
    let db = match apdc_store::Db::connect(&url).await {
        Ok(db) => db,
        Err(error) => {
            eprintln!("cannot open the database: {error}");
            std::process::exit(1);
        }
    };
    let started = Instant::now();
    match apdc_store::indicator_values::compute_all(&db).await {
        Ok((plans, indicators)) => {
            println!("computed {indicators} indicators of {plans} plans in {:.2} s", started.elapsed().as_secs_f64())
        }
        Err(error) => {
            eprintln!("computing failed: {error}");
            std::process::exit(1);
        }
    }
    let config = WebConfig::default();
    let state = match AppState::new(db.clone(), config).await {
        Ok(state) => state,
        Err(error) => {
            eprintln!("cannot start the application: {error}");
            std::process::exit(1);
        }
    };
    let router = apdc_web::router(state.clone());
    let separator = if path.contains('?') { '&' } else { '?' };
    let mut timings = Vec::with_capacity(renderings);
    let mut statements = Vec::with_capacity(renderings);
    let mut bytes = 0;
    for n in 0..renderings {
        let request = Request::get(format!("{path}{separator}bench={n}")).body(Body::empty()).expect("request");
        state.memo().clear();
        let before = db.statements();
        let started = Instant::now();
        let response = router.clone().oneshot(request).await.expect("response");
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("body");
        timings.push(started.elapsed().as_secs_f64() * 1000.0);
        statements.push(db.statements() - before);
        bytes = body.len();
        if status != StatusCode::OK {
            eprintln!("{path} answered {status}");
            std::process::exit(1);
        }
    }
    timings.sort_by(f64::total_cmp);
    statements.sort_unstable();
    let at = |q: f64| timings[((timings.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "{path}: {renderings} renderings, {bytes} bytes (uncompressed); statements per rendering: min {} max {}; \
         time p50 {:.1} ms, p90 {:.1} ms, max {:.1} ms",
        statements[0],
        statements[statements.len() - 1],
        at(0.5),
        at(0.9),
        at(1.0)
    );
}
