//! The `apdc` command as an operator uses it: help, seeding, accounts, demo start-up.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn apdc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_apdc"))
}

/// A throwaway SQLite database URL (removed when the guard drops).
struct TempDb(std::path::PathBuf);

impl TempDb {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("apdc-cli-{}-{}", std::process::id(), unique()));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
    fn url(&self) -> String {
        format!("sqlite://{}/apdc.db?mode=rwc", self.0.display())
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn unique() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
}

fn run(args: &[&str], stdin: Option<&str>) -> (bool, String, String) {
    let mut child = apdc()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("APDC_DATABASE_URL")
        .env_remove("APDC_CONFIG")
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    drop(child.stdin.take());
    let output = child.wait_with_output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn help_describes_every_command_and_setting() {
    let (ok, out, _) = run(&["--help"], None);
    assert!(ok);
    for word in ["serve", "migrate", "seed", "user", "backup", "restore", "--database", "--config", "APDC_DATABASE_URL"]
    {
        assert!(out.contains(word), "--help mentions {word}:\n{out}");
    }
    let (ok, out, _) = run(&["serve", "--help"], None);
    assert!(ok);
    for word in ["--listen", "APDC_LISTEN", "127.0.0.1:8080", "--demo", "--public-url"] {
        assert!(out.contains(word), "serve --help mentions {word}:\n{out}");
    }
    let (_, out, _) = run(&["user", "create", "--help"], None);
    assert!(out.contains("standard input"), "{out}");
}

#[test]
fn seed_then_create_users_with_passwords_from_stdin() {
    let db = TempDb::new();
    let (ok, out, err) = run(&["--database", &db.url(), "seed"], None);
    assert!(ok, "{err}");
    assert!(out.contains("249 countries, 17 SDGs; members: 165 added"), "{out}");
    let (ok, out, _) = run(&["--database", &db.url(), "seed"], None);
    assert!(ok);
    assert!(out.contains("members: 0 added, 0 refreshed, 165 kept"), "seeding twice changes nothing: {out}");

    let url = db.url();
    let create = |args: &[&str], password: &str| {
        let mut all = vec!["--database", url.as_str(), "user", "create"];
        all.extend_from_slice(args);
        run(&all, Some(password))
    };
    let (ok, out, err) = create(
        &["--email", "Officer@Example.org", "--name", "Ana Officer", "--role", "programme_officer"],
        "a sufficiently long password\n",
    );
    assert!(ok, "{err}");
    assert!(out.contains("Created officer@example.org (programme_officer)"), "{out}");

    let (ok, _, err) = create(
        &["--email", "officer@example.org", "--name", "Again", "--role", "participant"],
        "another long password\n",
    );
    assert!(!ok);
    assert!(err.contains("already exists"), "{err}");
    let (ok, _, err) = create(&["--email", "short@example.org", "--name", "S", "--role", "participant"], "short\n");
    assert!(!ok);
    assert!(err.contains("password_too_short"), "{err}");
    let (ok, _, err) = create(
        &["--email", "fp@example.org", "--name", "F", "--role", "focal_point"],
        "a sufficiently long password\n",
    );
    assert!(!ok, "a focal point needs a member");
    assert!(err.contains("member"), "{err}");
    let (ok, _, _) = create(
        &["--email", "fp@example.org", "--name", "F", "--role", "focal_point", "--member", "ke"],
        "a sufficiently long password\n",
    );
    assert!(ok);
    let (ok, _, err) =
        create(&["--email", "x@example.org", "--name", "X", "--role", "king"], "a sufficiently long password\n");
    assert!(!ok);
    assert!(err.contains("--role"), "{err}");
}

#[test]
fn staff_accounts_get_api_tokens_from_the_command_line() {
    let db = TempDb::new();
    let url = db.url();
    assert!(run(&["--database", &url, "seed"], None).0);
    let password = "a sufficiently long password\n";
    for (email, role, member) in
        [("officer@example.org", "programme_officer", None), ("fp@example.org", "focal_point", Some("KE"))]
    {
        let mut args =
            vec!["--database", url.as_str(), "user", "create", "--email", email, "--name", "N", "--role", role];
        args.extend(member.map(|m| ["--member", m]).into_iter().flatten());
        assert!(run(&args, Some(password)).0);
    }
    let token =
        |email: &str, name: &str| run(&["--database", &url, "user", "token", "--email", email, "--name", name], None);

    let (ok, out, err) = token("officer@example.org", "Reporting script");
    assert!(ok, "{err}");
    let secret = out.trim();
    assert!(secret.starts_with("apdc_") && secret.len() == 45, "one line, the secret: {out}");
    let (ok, again, _) = token("officer@example.org", "Reporting script");
    assert!(ok);
    assert_ne!(again.trim(), secret, "every token is new");

    let (ok, _, err) = token("fp@example.org", "Mine");
    assert!(!ok, "focal points have no API tokens");
    assert!(err.contains("staff"), "{err}");
    let (ok, _, err) = token("nobody@example.org", "X");
    assert!(!ok);
    assert!(err.contains("no account"), "{err}");
    let (ok, _, err) = token("officer@example.org", "  ");
    assert!(!ok);
    assert!(err.contains("--name"), "{err}");
}

#[test]
fn configuration_file_is_read_and_typos_are_reported() {
    let db = TempDb::new();
    let config = db.0.join("apdc.toml");
    std::fs::write(&config, format!("database = \"{}\"\n", db.url())).unwrap();
    let (ok, out, err) = run(&["--config", config.to_str().unwrap(), "migrate"], None);
    assert!(ok, "{err}");
    assert!(out.contains("Database is up to date (sqlite)."));
    std::fs::write(&config, "databse = \"sqlite://x.db\"\n").unwrap();
    let (ok, _, err) = run(&["--config", config.to_str().unwrap(), "migrate"], None);
    assert!(!ok);
    assert!(err.contains("databse"), "{err}");
    // The environment overrides the file.
    std::fs::write(&config, format!("database = \"{}\"\n", db.url())).unwrap();
    let other = TempDb::new();
    let from_env = apdc()
        .args(["--config", config.to_str().unwrap(), "seed"])
        .env("APDC_DATABASE_URL", other.url())
        .env_remove("APDC_CONFIG")
        .output()
        .unwrap();
    assert!(from_env.status.success(), "{}", String::from_utf8_lossy(&from_env.stderr));
    assert!(other.0.join("apdc.db").exists(), "APDC_DATABASE_URL was used");
    assert!(String::from_utf8_lossy(&from_env.stdout).contains("165 added"), "into the new database");
    let (ok, _, err) = run(&["--database", "mysql://localhost/apdc", "migrate"], None);
    assert!(!ok);
    assert!(err.contains("unsupported database URL"), "{err}");
}

/// Starts `serve --demo`, returns the printed password and the address, then stops it.
fn demo_start(db: &TempDb) -> (String, String) {
    let mut child = apdc()
        .args(["--database", &db.url(), "serve", "--demo", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut address = String::new();
    let mut password = String::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while password.is_empty() && Instant::now() < deadline {
        let Some(Ok(line)) = lines.next() else { break };
        if let Some(rest) = line.split("listening on ").nth(1) {
            address = rest.split(',').next().unwrap().to_owned();
        }
        if let Some(rest) = line.split("with password ").nth(1) {
            password = rest.trim().to_owned();
        }
    }
    let mut stream = TcpStream::connect(&address).expect("server listening");
    stream.write_all(b"GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    (password, address)
}

#[test]
fn demo_mode_prints_a_new_generated_password_at_every_start() {
    let db = TempDb::new();
    let (first, _) = demo_start(&db);
    let (second, _) = demo_start(&db);
    assert_eq!(first.len(), 20, "{first}");
    assert_ne!(first, second, "never a fixed password");
}

/// A throwaway database for the demonstration-data tests, on the engine under test:
/// SQLite, or, when `APDC_TEST_POSTGRES_URL` names a PostgreSQL server, a database of
/// its own there, dropped afterwards.
struct EngineDb {
    url: String,
    runtime: tokio::runtime::Runtime,
    cleanup: Cleanup,
}

enum Cleanup {
    /// Removed when dropped.
    Sqlite {
        _file: TempDb,
    },
    Postgres {
        admin_url: String,
        name: String,
    },
}

impl EngineDb {
    fn new() -> Self {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        match std::env::var("APDC_TEST_POSTGRES_URL") {
            Ok(admin_url) if !admin_url.is_empty() => {
                let name = format!("apdc_cli_{}_{}", std::process::id(), unique());
                runtime.block_on(async {
                    let admin = apdc_store::Db::connect(&admin_url).await.expect("APDC_TEST_POSTGRES_URL reachable");
                    admin.execute(apdc_store::Sql::new(format!("CREATE DATABASE {name}"))).await.unwrap();
                    admin.close().await;
                });
                let (base, query) = admin_url
                    .split_once('?')
                    .map_or((admin_url.as_str(), String::new()), |(b, q)| (b, format!("?{q}")));
                let cut = base.rfind('/').filter(|i| *i > "postgres://".len()).unwrap_or(base.len());
                let url = format!("{}/{name}{query}", &base[..cut]);
                Self { url, runtime, cleanup: Cleanup::Postgres { admin_url, name } }
            }
            _ => {
                let db = TempDb::new();
                Self { url: db.url(), runtime, cleanup: Cleanup::Sqlite { _file: db } }
            }
        }
    }

    /// The rows `sql` returns.
    fn rows<T: apdc_store::db::Record>(&self, sql: &str) -> Vec<T> {
        self.runtime.block_on(async {
            let db = apdc_store::Db::connect(&self.url).await.unwrap();
            let rows = db.fetch_all(apdc_store::Sql::new(sql)).await.unwrap();
            db.close().await;
            rows
        })
    }

    /// Runs a statement that returns nothing.
    fn execute(&self, sql: &str) {
        self.runtime.block_on(async {
            let db = apdc_store::Db::connect(&self.url).await.unwrap();
            db.execute(apdc_store::Sql::new(sql)).await.unwrap();
            db.close().await;
        })
    }

    /// The single number `sql` returns.
    fn count(&self, sql: &str) -> i64 {
        let rows: Vec<(i64,)> = self.rows(sql);
        rows[0].0
    }

    fn seed(&self, extra: &[&str]) -> String {
        let mut args = vec!["--database", self.url.as_str(), "seed", "--demo"];
        args.extend_from_slice(extra);
        let (ok, out, err) = run(&args, None);
        assert!(ok, "seed --demo {extra:?} failed: {err}");
        out
    }
}

impl Drop for EngineDb {
    fn drop(&mut self) {
        if let Cleanup::Postgres { admin_url, name } = &self.cleanup {
            self.runtime.block_on(async {
                if let Ok(admin) = apdc_store::Db::connect(admin_url).await {
                    let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    if admin.execute(apdc_store::Sql::new(drop)).await.is_err() {
                        eprintln!("could not drop test database {name}");
                    }
                    admin.close().await;
                }
            });
        }
    }
}

#[test]
fn demo_data_is_believable_and_seeding_twice_adds_nothing() {
    let db = EngineDb::new();
    let out = db.seed(&[]);
    assert!(out.contains("0 of 1 batches were already there"), "{out}");

    let projects = db.count("SELECT COUNT(*) FROM projects");
    let activities = db.count("SELECT COUNT(*) FROM activities");
    let people = db.count("SELECT COUNT(*) FROM people");
    let participations = db.count("SELECT COUNT(*) FROM participations");
    assert!((30..=60).contains(&projects), "dozens of projects: {projects}");
    assert!((300..=600).contains(&activities), "hundreds of activities: {activities}");
    assert!((3_000..=6_000).contains(&people), "thousands of people: {people}");
    assert!((7_000..=14_000).contains(&participations), "thousands of participations: {participations}");
    assert_eq!(db.count("SELECT COUNT(DISTINCT mode) FROM activities"), 6, "every mode");
    assert_eq!(db.count("SELECT COUNT(*) FROM participation_changes"), participations, "one history step each");
    for (what, sql) in [
        ("elearning without course", "SELECT COUNT(*) FROM activities WHERE mode = 'elearning' AND course_iri IS NULL"),
        ("webinar without time zone", "SELECT COUNT(*) FROM activities WHERE mode = 'webinar' AND time_zone IS NULL"),
        ("training without venue", "SELECT COUNT(*) FROM activities WHERE mode = 'training' AND venue_city IS NULL"),
        (
            "coaching without coach",
            "SELECT COUNT(*) FROM activities a WHERE mode = 'coaching' AND NOT EXISTS \
             (SELECT 1 FROM activity_staff s WHERE s.activity_id = a.id AND s.role = 'coach')",
        ),
        (
            "mission without requester",
            "SELECT COUNT(*) FROM activities WHERE mode = 'mission' AND requesting_member_id IS NULL",
        ),
        (
            "sponsorship without committee",
            "SELECT COUNT(*) FROM activities WHERE mode = 'sponsorship' AND committee IS NULL",
        ),
        ("closed project without end", "SELECT COUNT(*) FROM projects WHERE status = 'closed' AND actual_end IS NULL"),
        ("address that could receive mail", "SELECT COUNT(*) FROM people WHERE email NOT LIKE '%@demo.apdc.invalid'"),
        ("organisation not marked fictional", "SELECT COUNT(*) FROM organisations WHERE name NOT LIKE '%(fictional)'"),
        (
            "person nominated by a developed member",
            "SELECT COUNT(*) FROM people p JOIN members m \
             ON m.id = p.nominated_by_member_id WHERE NOT m.developing",
        ),
    ] {
        assert_eq!(db.count(sql), 0, "{what}");
    }
    assert!(db.count("SELECT COUNT(*) FROM coaching_sessions") > 0);
    assert!(db.count("SELECT COUNT(DISTINCT follow_up) FROM mission_recommendations") >= 3, "varied follow-up");
    let duplicated = db.count("SELECT COUNT(*) FROM (SELECT email FROM people GROUP BY email HAVING COUNT(*) > 1) d");
    assert!((1..=30).contains(&duplicated), "a few people entered twice: {duplicated}");

    let by_sex: Vec<(String, i64)> = db.rows("SELECT sex, COUNT(*) FROM people GROUP BY sex");
    let share = |sex: &str| {
        let n = by_sex.iter().find(|(s, _)| s == sex).map_or(0, |(_, n)| *n);
        n as f64 * 100.0 / people as f64
    };
    assert!((39.0..=49.0).contains(&share("female")), "{by_sex:?}");
    assert!((47.0..=57.0).contains(&share("male")), "{by_sex:?}");
    assert!((0.2..=2.5).contains(&share("other")), "{by_sex:?}");
    assert!((1.5..=5.0).contains(&share("not_stated")), "{by_sex:?}");
    let reached = db.count("SELECT COUNT(*) FROM participations WHERE status IN ('attended', 'completed')");
    assert!(reached * 10 > participations * 6, "most participations are in the past and reached");

    let out = db.seed(&[]);
    assert!(out.contains("added 0 projects, 0 activities, 0 people, 0 participations"), "{out}");
    assert!(out.contains("1 of 1 batches were already there"), "{out}");
    assert_eq!(db.count("SELECT COUNT(*) FROM participations"), participations);
    assert_eq!(db.count("SELECT COUNT(*) FROM people"), people);
    assert_eq!(db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'demo.seed'"), 1, "one entry per batch");
}

#[test]
fn demo_scale_two_gives_about_twice_the_data() {
    let db = EngineDb::new();
    let out = db.seed(&["--scale", "2"]);
    assert!(out.contains("0 of 2 batches were already there"), "{out}");
    let total = db.count("SELECT COUNT(*) FROM participations");
    let first_batch = db.count(
        "SELECT COUNT(*) FROM participations pa JOIN activities a ON a.id = pa.activity_id \
         JOIN projects p ON p.id = a.project_id WHERE p.code NOT LIKE 'DEMO-2-%'",
    );
    let ratio = total as f64 / first_batch as f64;
    assert!((1.7..=2.3).contains(&ratio), "{total} participations against {first_batch} at scale 1");
    assert_eq!(db.count("SELECT COUNT(DISTINCT code) FROM projects"), db.count("SELECT COUNT(*) FROM projects"));
    assert_eq!(db.count("SELECT COUNT(*) FROM projects WHERE code LIKE 'DEMO-2-%'"), 40);
    assert_eq!(
        db.count(
            "SELECT COUNT(*) FROM (SELECT email FROM people WHERE email IS NOT NULL GROUP BY email \
         HAVING COUNT(DISTINCT nominated_by_member_id) > 1) d"
        ),
        0,
        "addresses are unique across batches"
    );

    let out = db.seed(&["--scale", "2"]);
    assert!(out.contains("2 of 2 batches were already there"), "{out}");
    assert_eq!(db.count("SELECT COUNT(*) FROM participations"), total);
}

#[test]
fn demo_scale_is_checked_before_anything_is_written() {
    let db = TempDb::new();
    let url = db.url();
    let (ok, _, err) = run(&["--database", &url, "seed", "--scale", "2"], None);
    assert!(!ok, "--scale needs --demo");
    assert!(err.contains("--demo"), "{err}");
    for bad in ["0", "1001", "many"] {
        let (ok, _, err) = run(&["--database", &url, "seed", "--demo", "--scale", bad], None);
        assert!(!ok, "--scale {bad} is refused");
        assert!(err.contains("--scale"), "{bad}: {err}");
    }
    let (_, _, err) = run(&["--database", &url, "seed", "--demo", "--scale", "0"], None);
    assert!(err.contains("1..=1000"), "the range is named: {err}");
    assert!(!db.0.join("apdc.db").exists(), "nothing was written");
    let (ok, out, _) = run(&["seed", "--help"], None);
    assert!(ok && out.contains("--scale"), "{out}");
}

/// The illustrative results plan: written once with everything a results page shows (texts,
/// computed values, reports in every review status, locked years), then only kept up to date.
#[test]
fn demo_results_plan_is_illustrative_complete_and_added_once() {
    use apdc_domain::results::{Track, track};
    let db = EngineDb::new();
    let out = db.seed(&[]);
    assert!(out.contains("illustrative results plan DEMO-AP-2022-2026 with 14 indicators"), "{out}");

    let plan: Vec<(bool, bool, i64, i64, Option<i64>)> = db.rows(
        "SELECT illustrative, public, first_year, last_year, computed_at FROM plans WHERE code = 'DEMO-AP-2022-2026'",
    );
    let (illustrative, public, first_year, last_year, computed_at) = plan[0];
    assert!(illustrative && public, "an illustrative public plan");
    assert_eq!((first_year, last_year), (2022, 2026));
    assert!(computed_at.is_some(), "values were computed");
    let id = "(SELECT id FROM plans WHERE code = 'DEMO-AP-2022-2026')";
    let texts: Vec<(String, Option<String>)> =
        db.rows(&format!("SELECT language, objective FROM plan_texts WHERE plan_id = {id} ORDER BY language"));
    assert_eq!(texts.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>(), ["en", "fr"]);
    assert!(texts[0].1.as_deref().is_some_and(|o| o.contains("demonstration") && o.contains("entered by staff")));
    for (what, sql) in [
        (
            "result without English and French",
            format!(
                "SELECT COUNT(*) FROM plan_results r WHERE r.plan_id = {id} \
                 AND (SELECT COUNT(*) FROM plan_result_texts t \
                 WHERE t.result_id = r.id AND t.description IS NOT NULL) <> 2"
            ),
        ),
        (
            "indicator without English and French",
            format!(
                "SELECT COUNT(*) FROM indicators i WHERE i.plan_id = {id} AND (SELECT COUNT(*) FROM indicator_texts t \
                 WHERE t.indicator_id = i.id AND t.definition IS NOT NULL AND t.data_source IS NOT NULL) <> 2"
            ),
        ),
        (
            "computed indicator without values",
            format!(
                "SELECT COUNT(*) FROM indicators i WHERE i.plan_id = {id} AND i.source = 'computed' AND NOT EXISTS \
                 (SELECT 1 FROM indicator_values v \
                 WHERE v.indicator_id = i.id AND v.dimension = '' AND v.numerator > 0)"
            ),
        ),
        (
            "output without projects",
            format!(
                "SELECT COUNT(*) FROM plan_results r WHERE r.plan_id = {id} AND r.level = 'output' \
                 AND NOT EXISTS (SELECT 1 FROM project_outputs o WHERE o.result_id = r.id)"
            ),
        ),
        (
            "demo project serving no output",
            "SELECT COUNT(*) FROM projects p \
             WHERE NOT EXISTS (SELECT 1 FROM project_outputs o WHERE o.project_id = p.id)"
                .to_owned(),
        ),
        (
            "update in a locked year not approved",
            "SELECT COUNT(*) FROM indicator_updates WHERE period <= 2024 AND status <> 'approved'".to_owned(),
        ),
        (
            "returned update without its reason",
            "SELECT COUNT(*) FROM indicator_updates WHERE status = 'returned' AND return_reason IS NULL".to_owned(),
        ),
    ] {
        assert_eq!(db.count(&sql), 0, "{what}");
    }
    assert!(db.count(&format!("SELECT COUNT(*) FROM indicators WHERE plan_id = {id} AND source = 'computed'")) >= 7);
    assert!(db.count(&format!("SELECT COUNT(*) FROM indicators WHERE plan_id = {id} AND output_only")) >= 1);
    let statuses: Vec<(String, i64)> =
        db.rows("SELECT status, COUNT(*) FROM indicator_updates GROUP BY status ORDER BY status");
    assert_eq!(
        statuses.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(),
        ["approved", "draft", "returned", "submitted"],
        "updates in every status: {statuses:?}"
    );
    assert!(db.count("SELECT COUNT(DISTINCT member_id) FROM indicator_updates") >= 20, "many members report");
    assert!(
        db.count("SELECT COUNT(*) FROM indicator_update_changes") > db.count("SELECT COUNT(*) FROM indicator_updates"),
        "reviews leave their history"
    );
    let locked: Vec<(i64,)> = db.rows(&format!("SELECT period FROM period_locks WHERE plan_id = {id} ORDER BY period"));
    assert_eq!(locked, [(2022,), (2023,), (2024,)]);

    // The targets are set so that 2025, a whole year past, shows every kind of standing.
    let tracks = db.runtime.block_on(async {
        let store = apdc_store::Db::connect(&db.url).await.unwrap();
        let plan = apdc_store::results::framework(&store, "DEMO-AP-2022-2026").await.unwrap();
        let values = apdc_store::indicator_values::plan_values(&store, &plan).await.unwrap();
        store.close().await;
        plan.indicators
            .iter()
            .map(|i| {
                let actual = values.get(&i.id).and_then(|v| v.total(2025)).and_then(|f| f.hundredths());
                (i.code.clone(), track(actual, i.target(2025), 1.0))
            })
            .collect::<Vec<_>>()
    });
    for standing in [Track::OnTrack, Track::AtRisk, Track::OffTrack] {
        assert!(tracks.iter().any(|(_, t)| *t == standing), "{standing:?} in 2025: {tracks:?}");
    }
    assert!(!tracks.iter().any(|(_, t)| *t == Track::NoData), "every indicator has a 2025 figure: {tracks:?}");

    let counts = |db: &EngineDb| {
        [
            "plans",
            "plan_results",
            "indicators",
            "indicator_targets",
            "indicator_updates",
            "indicator_update_changes",
            "project_outputs",
            "period_locks",
        ]
        .map(|table| db.count(&format!("SELECT COUNT(*) FROM {table}")))
    };
    let before = counts(&db);
    let out = db.seed(&[]);
    assert!(out.contains("results plan DEMO-AP-2022-2026 already there, 0 project links added"), "{out}");
    assert_eq!(counts(&db), before, "seeding again adds nothing to the plan");

    // A larger scale adds projects, which are linked to outputs and counted; the plan
    // and its reports stay as they were.
    let reached = "SELECT CAST(SUM(v.numerator) AS BIGINT) FROM indicator_values v \
                   JOIN indicators i ON i.id = v.indicator_id WHERE i.code = 'DEMO-OC2.1' AND v.dimension = ''";
    let reached_before = db.count(reached);
    db.seed(&["--scale", "2"]);
    assert_eq!(
        db.count(
            "SELECT COUNT(*) FROM projects p WHERE p.code LIKE 'DEMO-2-%' \
             AND NOT EXISTS (SELECT 1 FROM project_outputs o WHERE o.project_id = p.id)"
        ),
        0,
        "the new batch's projects serve outputs"
    );
    assert!(db.count("SELECT COUNT(*) FROM project_outputs") > before[6]);
    assert!(db.count(reached) > reached_before, "the new batch is counted");
    let after = counts(&db);
    assert_eq!((after[0], after[2], after[4]), (before[0], before[2], before[4]), "no new plan or update");

    // A seed interrupted while writing the plan (here: its last updates, its locks and
    // its completion record missing) is noticed; the plan is written again in full.
    db.execute("DELETE FROM indicator_updates WHERE id > (SELECT MAX(id) - 100 FROM indicator_updates)");
    db.execute("DELETE FROM period_locks");
    db.execute("DELETE FROM audit_log WHERE record_type = 'demo' AND record_key = 'DEMO-AP-2022-2026/complete'");
    let out = db.seed(&[]);
    assert!(out.contains("illustrative results plan DEMO-AP-2022-2026 with 14 indicators"), "{out}");
    let again = counts(&db);
    assert_eq!((again[0], again[2], again[4]), (before[0], before[2], before[4]), "the same plan, in full");
    assert_eq!(db.count("SELECT COUNT(*) FROM period_locks"), 3);
}
