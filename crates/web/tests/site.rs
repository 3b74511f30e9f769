//! The public site and the API: what an anonymous visitor sees.

mod common;

use axum::http::StatusCode;
use common::TestApp;

#[tokio::test]
async fn root_redirects_by_saved_choice_then_accept_language() {
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    let r = client
        .request(axum::http::Method::GET, "/", &[("accept-language", "de, fr;q=0.8, en;q=0.5")], Default::default())
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/fr/");
    let r = client.request(axum::http::Method::GET, "/", &[("accept-language", "zh")], Default::default()).await;
    assert_eq!(r.location(), "/en/");

    // Choosing a language saves it, and `/` then follows the choice over the header.
    let r = client.get("/language/fr?next=/members%3Fpage%3D2").await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/fr/members?page=2");
    assert!(client.has_cookie("apdc_lang"));
    let r = client.request(axum::http::Method::GET, "/", &[("accept-language", "en")], Default::default()).await;
    assert_eq!(r.location(), "/fr/");

    // Only local paths are followed.
    let r = client.get("/language/en?next=//evil.example/").await;
    assert_eq!(r.location(), "/en/");
    client.get("/language/xx").await.assert_status(StatusCode::NOT_FOUND);
    // One address per page: a region subtag is not a language prefix.
    client.get("/en-US/members").await.assert_status(StatusCode::NOT_FOUND);
    client.get("/EN/members").await.assert_status(StatusCode::NOT_FOUND);
    let r = client.get("/fr").await;
    assert_eq!(r.location(), "/fr/");
}

#[tokio::test]
async fn the_site_reads_in_five_languages_arabic_right_to_left() {
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    for (accept, code) in [("ar-EG, en;q=0.5", "ar"), ("es-419", "es"), ("ru", "ru"), ("pt-BR, es;q=0.7", "es")] {
        let r = client.request(axum::http::Method::GET, "/", &[("accept-language", accept)], Default::default()).await;
        assert_eq!(r.location(), format!("/{code}/"), "{accept}");
    }
    for (code, dir, name, heading, share) in [
        ("en", "ltr", "English", "Action Plan for developing countries", "73%"),
        ("fr", "ltr", "Français", "pour les pays en développement", "73\u{202f}%"),
        ("es", "ltr", "Español", "Plan de Acción para los países en desarrollo", "73\u{a0}%"),
        ("ar", "rtl", "العربية", "خطة العمل للبلدان النامية", "73%"),
        ("ru", "ltr", "Русский", "План действий для развивающихся стран", "73\u{a0}%"),
    ] {
        let page = client.get(&format!("/{code}/")).await;
        page.assert_status(StatusCode::OK);
        let html = page.text();
        assert!(html.contains(&format!("<html lang=\"{code}\" dir=\"{dir}\">")), "{code}: {html}");
        assert!(html.contains(heading), "{code}: {html}");
        assert!(html.contains(&format!("<strong>{share}</strong>")), "{code}: {html}");
        // The switcher offers every other language by its own name.
        assert!(!html.contains(&format!("lang=\"{code}\">{name}</a>")), "{code} does not offer itself");
        for (other, other_name) in
            [("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية"), ("ru", "Русский")]
        {
            if other != code {
                assert!(html.contains(&format!("hreflang=\"{other}\" lang=\"{other}\">{other_name}</a>")), "{code}");
            }
        }
    }
    // Country names come from the reference data in the reader's language.
    let kenya = client.get("/ar/members/KE").await.text();
    assert!(kenya.contains("كينيا"), "{kenya}");
    let kenya = client.get("/ru/members/KE").await.text();
    assert!(kenya.contains("Кения"), "{kenya}");
}

#[tokio::test]
async fn home_shows_key_figures_computed_from_the_registry() {
    let app = TestApp::new().await;
    let members = app.count("SELECT COUNT(*) FROM members").await;
    let developing = app.count("SELECT COUNT(*) FROM members WHERE developing = TRUE").await;
    let africa = app
        .count("SELECT COUNT(*) FROM members m JOIN countries c ON c.alpha2 = m.alpha2 WHERE c.m49_region = 'Africa'")
        .await;
    assert_eq!((members, developing), (165, 121), "reference data as shipped");
    let page = app.anonymous().get("/en/").await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert!(html.contains(&format!("<strong>{members}</strong>")), "{html}");
    assert!(html.contains(&format!("<strong>{developing}</strong>")));
    assert!(html.contains("<strong>73%</strong>"));
    let african_countries = app.count("SELECT COUNT(*) FROM countries WHERE m49_region = 'Africa'").await;
    assert!(
        html.contains(&format!(
            "?region=Africa\">Africa</a></th><td class=\"num\">{african_countries}</td><td class=\"num\">{africa}</td>"
        )),
        "{html}"
    );
    assert!(
        html.contains("No M49 region</th><td class=\"num\">2</td><td class=\"num\">0</td>"),
        "Antarctica and Taiwan"
    );
}

#[tokio::test]
async fn directory_filters_sorts_and_paginates() {
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    let html = client.get("/en/members").await.assert_status(StatusCode::OK).text();
    assert!(html.contains("Showing 1–50 of 165 members."), "{html}");
    assert!(html.contains("rel=\"next\""));
    // The first page sorted by country starts with Afghanistan, in English.
    let first_row = html.split("<tbody>").nth(1).unwrap();
    assert!(first_row.trim_start().starts_with("<tr>\n<th scope=\"row\"><a href=\"/en/members/AF\">Afghanistan</a>"));

    let page4 = client.get("/en/members?page=4").await.assert_status(StatusCode::OK).text();
    assert!(page4.contains("Showing 151–165 of 165 members."));
    client.get("/en/members?page=5").await.assert_status(StatusCode::NOT_FOUND);
    client.get("/en/members?page=zero").await.assert_status(StatusCode::BAD_REQUEST);

    let africa = client
        .get("/en/members?region=Africa&category=member_body&status=developing&sort=acronym&order=desc")
        .await
        .assert_status(StatusCode::OK)
        .text();
    let expected = app
        .count(
            "SELECT COUNT(*) FROM members m JOIN countries c ON c.alpha2 = m.alpha2 \
             WHERE c.m49_region = 'Africa' AND m.category = 'member_body' AND m.developing = TRUE",
        )
        .await;
    assert!(africa.contains(&format!("of {expected} members.")) || expected <= 1, "{africa}");
    assert!(africa.contains("aria-sort=\"descending\""));
    assert!(africa.contains("<td>Africa</td>"));
    for other in ["Americas", "Asia", "Europe", "Oceania"] {
        assert!(!africa.contains(&format!("<td>{other}</td>")), "only African members are listed");
    }

    let none = client.get("/en/members?q=zzzz-nothing").await.assert_status(StatusCode::OK).text();
    assert!(none.contains("No member matches these filters. Try removing a filter."));

    let bad = client.get("/en/members?region=Atlantis").await;
    bad.assert_status(StatusCode::BAD_REQUEST);
    assert!(bad.text().contains("<h1>Invalid address</h1>"), "a page in the site's layout");
}

#[tokio::test]
async fn french_pages_are_translated_with_localized_country_names() {
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    let html = client.get("/fr/members?sort=country").await.assert_status(StatusCode::OK).text();
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(html.contains("Membres"), "navigation in French");
    // French names from the M49 reference data, in French alphabetical order, accents ignored.
    assert!(html.contains(">Afrique du Sud</a>"));
    let algeria = html.find(">Algérie</a>").expect("Algérie listed");
    let germany = html.find(">Allemagne</a>").expect("Allemagne listed");
    assert!(algeria < germany, "Algérie sorts before Allemagne");
    assert!(!html.contains("Unknown localization"), "no missing message");
    let profile = client.get("/fr/members/KE").await.assert_status(StatusCode::OK).text();
    assert!(profile.contains("<h1>Kenya — KEBS</h1>"));
    assert!(profile.contains("Pays en développement"), "{profile}");
    assert!(profile.contains("Afrique orientale"), "M49 areas are translated");
    assert!(profile.contains("Revenu intermédiaire (tranche inférieure)"), "income groups are translated");
}

#[tokio::test]
async fn member_profile_states_status_with_its_basis() {
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    let html = client.get("/en/members/KE").await.assert_status(StatusCode::OK).text();
    assert!(html.contains("<h1>Kenya — KEBS</h1>"));
    assert!(html.contains("Kenya Bureau of Standards"));
    assert!(html.contains("UN M49 regions convention"));
    assert!(html.contains("Eastern Africa"));
    assert!(!html.contains("Edit member"), "no staff controls for visitors");
    // Lower-case codes redirect to the one canonical address.
    let r = client.get("/en/members/ke").await;
    r.assert_status(StatusCode::PERMANENT_REDIRECT);
    assert_eq!(r.location(), "/en/members/KE");
    // A country without a member, and a code that is no country.
    client.get("/en/members/AQ").await.assert_status(StatusCode::NOT_FOUND);
    let missing = client.get("/fr/members/ZZZ").await;
    missing.assert_status(StatusCode::NOT_FOUND);
    assert!(missing.text().contains("Page introuvable"), "404 page in the reader's language");
}

#[tokio::test]
async fn api_serves_members_countries_and_sdgs_as_json() {
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    let list = client.get("/api/v1/members?region=Oceania&sort=acronym&per_page=2").await;
    list.assert_status(StatusCode::OK);
    let json = list.json();
    assert_eq!(json["total"], 4);
    assert_eq!(json["pages"], 2);
    assert_eq!(json["items"].as_array().unwrap().len(), 2);
    assert_eq!(json["items"][0]["region"], "Oceania");

    let kenya = client.get("/api/v1/members/KE").await.assert_status(StatusCode::OK).json();
    assert_eq!(kenya["acronym"], "KEBS");
    assert_eq!(kenya["category"], "member_body");
    assert_eq!(kenya["developing"], true);
    assert_eq!(kenya["developing_basis"], "un_m49_regions");
    assert_eq!(kenya["country_names"]["fr"], "Kenya");
    assert_eq!(kenya["intermediate_region"], "Eastern Africa");

    let missing = client.get("/api/v1/members/AQ").await;
    missing.assert_status(StatusCode::NOT_FOUND);
    assert_eq!(missing.json()["error"]["code"], "not_found");
    assert!(missing.json()["error"]["request_id"].as_str().unwrap().len() > 8);

    let bad = client.get("/api/v1/members?per_page=1000").await;
    bad.assert_status(StatusCode::BAD_REQUEST);
    assert_eq!(bad.json()["error"]["code"], "invalid_parameter");
    assert_eq!(bad.json()["error"]["field"], "per_page");

    let countries = client.get("/api/v1/countries").await.assert_status(StatusCode::OK).json();
    assert_eq!(countries.as_array().unwrap().len(), 249);
    let sdgs = client.get("/api/v1/sdgs").await.assert_status(StatusCode::OK).json();
    assert_eq!(sdgs.as_array().unwrap().len(), 17);
    assert_eq!(sdgs[0]["color"], "#E5243B");

    let unknown = client.get("/api/v1/nothing-here").await;
    unknown.assert_status(StatusCode::NOT_FOUND);
    assert_eq!(unknown.json()["error"]["code"], "not_found");
}

#[tokio::test]
async fn openapi_document_and_offline_docs_are_served() {
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    let doc = client.get("/api/v1/openapi.json").await.assert_status(StatusCode::OK).json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/api/v1/members", "/api/v1/members/{alpha2}", "/api/v1/countries", "/api/v1/sdgs"] {
        assert!(doc["paths"].get(path).is_some(), "{path} documented");
    }
    let params = doc["paths"]["/api/v1/members"]["get"]["parameters"].as_array().unwrap();
    let names: Vec<_> = params.iter().map(|p| p["name"].as_str().unwrap()).collect();
    for name in ["region", "category", "status", "sort", "page", "per_page"] {
        assert!(names.contains(&name), "{name} documented");
    }
    let r = client.get("/api/docs").await;
    assert_eq!(r.location(), "/api/docs/");
    let index = client.get("/api/docs/").await.assert_status(StatusCode::OK).text();
    assert!(index.contains("swagger"), "bundled viewer");
    assert!(!index.contains("https://"), "no third-party request");
    let init = client.get("/api/docs/swagger-initializer.js").await.assert_status(StatusCode::OK).text();
    assert!(init.contains("/api/v1/openapi.json"));
}

#[tokio::test]
async fn health_and_readiness() {
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    assert_eq!(client.get("/healthz").await.assert_status(StatusCode::OK).json()["status"], "ok");
    let ready = client.get("/readyz").await.assert_status(StatusCode::OK).json();
    assert_eq!(ready["database"], app.engine());
    app.db.close().await;
    let down = client.get("/readyz").await;
    down.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(down.json()["status"], "unavailable");
}

#[tokio::test]
async fn every_page_carries_security_headers_and_no_inline_script() {
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    for path in ["/en/", "/en/members", "/en/members/KE", "/en/login", "/en/nope"] {
        let r = client.get(path).await;
        let csp = r.header("content-security-policy");
        assert!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(r.header("x-content-type-options"), "nosniff");
        assert_eq!(r.header("x-frame-options"), "DENY");
        assert!(!r.header("referrer-policy").is_empty());
        assert!(!r.header("x-request-id").is_empty());
        let html = r.text();
        assert!(!html.contains("<script"), "{path} has no script");
        assert!(!html.contains("style=\""), "{path} has no inline style");
        // Links may name other sites (a member's website, the page's own canonical
        // address); nothing the page loads comes from elsewhere.
        let loads_elsewhere = ["src=\"http", "rel=\"stylesheet\" href=\"http", "rel=\"icon\" href=\"http"]
            .iter()
            .any(|load| html.contains(load));
        assert!(!loads_elsewhere, "{path} requests nothing elsewhere");
    }
}

/// Each public page, HTML and stylesheet together, compressed as a browser receives them,
/// stays within 30 KB.
#[tokio::test]
async fn public_pages_fit_the_weight_budget() {
    const BUDGET: usize = 30 * 1024;
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    let css = client
        .request(
            axum::http::Method::GET,
            &apdc_web::assets::stylesheet_url(),
            &[("accept-encoding", "br, gzip")],
            Default::default(),
        )
        .await;
    css.assert_status(StatusCode::OK);
    assert_eq!(css.header("content-encoding"), "br");
    assert!(css.header("cache-control").contains("immutable"));
    let mut report = Vec::new();
    for path in [
        "/en/",
        "/fr/",
        "/en/members",
        "/fr/members",
        "/en/members?status=developing&sort=region",
        "/en/members/KE",
        "/fr/members/KE",
        "/en/login",
        "/en/not-a-page",
    ] {
        let r =
            client.request(axum::http::Method::GET, path, &[("accept-encoding", "br, gzip")], Default::default()).await;
        assert_eq!(r.header("content-encoding"), "br", "{path} is compressed");
        let total = r.body.len() + css.body.len();
        report.push(format!("{path}: {} + {} = {total} bytes", r.body.len(), css.body.len()));
        assert!(total <= BUDGET, "{path} weighs {total} bytes");
    }
    println!("{}", report.join("\n"));
}

/// Collects what the application logs during one test (its thread only).
#[derive(Clone, Default)]
struct LogBuffer(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn a_database_outage_is_a_server_error_with_a_reference_not_a_missing_page() {
    let logs = LogBuffer::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt().with_ansi(false).with_writer(move || writer.clone()).finish();
    // The test runtime runs the application on this thread, so a thread-local subscriber sees it.
    let _guard = tracing::subscriber::set_default(subscriber);
    let app = TestApp::new().await;
    let mut client = app.anonymous();
    app.db.close().await;
    let page = client.get("/fr/members/KE").await;
    page.assert_status(StatusCode::INTERNAL_SERVER_ERROR);
    let html = page.text();
    assert!(html.contains("<h1>Erreur du serveur</h1>"), "{html}");
    let id = page.header("x-request-id");
    assert!(html.contains(&format!("<code>{id}</code>")), "the page gives the request id for support");
    assert!(!html.contains("pool") && !html.contains("sqlx"), "internal details stay in the log");
    let api = client.get("/api/v1/members/KE").await;
    api.assert_status(StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(api.json()["error"]["code"], "internal");

    // Each failure is logged once, with its request id and the detail users do not see.
    let text = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    let errors = text.lines().filter(|l| l.contains("ERROR")).count();
    assert_eq!(errors, 2, "one error line for each of the two failed requests:\n{text}");
    let lines: Vec<&str> = text.lines().filter(|l| l.contains(&id)).collect();
    assert_eq!(lines.len(), 1, "one log line for request {id}:\n{text}");
    assert!(lines[0].contains("ERROR") && lines[0].contains("request failed"));
    assert!(lines[0].contains("database"), "the cause is in the log: {}", lines[0]);
    let api_id = api.header("x-request-id");
    assert_eq!(text.lines().filter(|l| l.contains(&api_id)).count(), 1);
    client.get("/healthz").await.assert_status(StatusCode::OK);
}
