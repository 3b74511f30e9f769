//! `apdc backup` and `apdc restore` as an operator runs them: a backup taken while
//! writes go on restores a consistent prefix of them; every refusal names its reason and
//! leaves the files as they were.

use apdc_domain::project::{ProjectFields, ProjectInput};
use apdc_store::{Actor, Db, Sql};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Runs `apdc` with `args`: (success, standard output, standard error).
fn apdc(args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_apdc"))
        .args(args)
        .env_remove("APDC_DATABASE_URL")
        .env_remove("APDC_CONFIG")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("apdc runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A folder of its own, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new() -> Self {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        let dir = std::env::temp_dir().join(format!("apdc-backup-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
    fn url(&self, name: &str) -> String {
        format!("sqlite://{}?mode=rwc", self.path(name).display())
    }
    /// The names in the folder, sorted.
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

fn project(code: &str) -> ProjectInput {
    let fields = ProjectFields {
        code: code.to_owned(),
        status: "implementation".into(),
        scope: "global".into(),
        title_en: format!("Project {code}"),
        ..ProjectFields::default()
    };
    ProjectInput::parse(&fields).unwrap()
}

/// The codes of the projects whose code starts with `prefix`, in writing order.
async fn written(db: &Db, prefix: &str) -> Vec<String> {
    let rows: Vec<(String,)> = db
        .fetch_all(Sql::new("SELECT code FROM projects WHERE code LIKE $1 ORDER BY id").bind(format!("{prefix}%")))
        .await
        .unwrap();
    rows.into_iter().map(|(c,)| c).collect()
}

async fn integrity(db: &Db) -> String {
    let (result,): (String,) = db.fetch_one(Sql::new("PRAGMA integrity_check")).await.unwrap();
    result
}

#[test]
fn a_backup_taken_while_writes_go_on_restores_a_consistent_prefix_of_them() {
    let folder = Folder::new();
    let url = folder.url("apdc.db");
    // The demonstration data makes the copy take long enough for many writes to land
    // while it is made.
    let (ok, _, err) = apdc(&["--database", &url, "seed", "--demo"]);
    assert!(ok, "{err}");

    // One writer, one project per transaction (the project, its text and its audit
    // entry), numbered in order, until told to stop.
    let count = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (url, count, stop) = (url.clone(), count.clone(), stop.clone());
        std::thread::spawn(move || {
            runtime().block_on(async {
                let db = Db::connect(&url).await.unwrap();
                let actor = Actor::system("backup test");
                while !stop.load(Ordering::Acquire) {
                    let n = count.load(Ordering::Acquire) + 1;
                    apdc_store::projects::create(&db, &actor, &project(&format!("W-{n:06}"))).await.unwrap();
                    count.store(n, Ordering::Release);
                }
                db.close().await;
            })
        })
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while count.load(Ordering::Acquire) < 20 {
        assert!(Instant::now() < deadline, "the writer is writing");
        std::thread::sleep(Duration::from_millis(10));
    }
    let before = count.load(Ordering::Acquire);
    let backup = folder.path("backup.db");
    let (ok, out, err) = apdc(&["--database", &url, "backup", "--out", backup.to_str().unwrap()]);
    let after = count.load(Ordering::Acquire);
    // Writes go on after the backup too: the copy must not follow them.
    while count.load(Ordering::Acquire) < after + 10 {
        assert!(Instant::now() < deadline, "the writer goes on");
        std::thread::sleep(Duration::from_millis(10));
    }
    stop.store(true, Ordering::Release);
    writer.join().unwrap();
    assert!(ok, "{err}");
    assert!(after > before, "writes went on while the backup ran ({before} before, {after} after)");
    assert!(out.contains("Backup written to") && out.contains("apdc restore --from"), "{out}");
    assert!(folder.names().iter().all(|n| !n.contains("partial")), "no temporary file is left: {:?}", folder.names());

    let restored = Folder::new();
    let restored_url = restored.url("apdc.db");
    let (ok, out, err) = apdc(&["--database", &restored_url, "restore", "--from", backup.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(out.contains("Restored"), "{out}");
    assert!(!out.contains("kept at"), "there was no database to keep: {out}");
    let (ok, out, err) = apdc(&["--database", &restored_url, "migrate"]);
    assert!(ok && out.contains("up to date"), "{out}{err}");

    runtime().block_on(async {
        let db = Db::connect(&restored_url).await.unwrap();
        assert_eq!(integrity(&db).await, "ok");
        let codes = written(&db, "W-").await;
        let k = codes.len();
        assert!(
            (before..=after).contains(&k),
            "the backup holds the writes up to one moment while it ran: {k} (before {before}, after {after})"
        );
        let prefix: Vec<String> = (1..=k).map(|n| format!("W-{n:06}")).collect();
        assert_eq!(codes, prefix, "a prefix of the writes, in order, none missing");
        let (texts,): (i64,) = db
            .fetch_one(Sql::new(
                "SELECT COUNT(*) FROM project_texts t JOIN projects p ON p.id = t.project_id WHERE p.code LIKE 'W-%'",
            ))
            .await
            .unwrap();
        let (audited,): (i64,) = db
            .fetch_one(Sql::new(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'project.create' AND record_key LIKE 'W-%'",
            ))
            .await
            .unwrap();
        assert_eq!((texts, audited), (k as i64, k as i64), "every write whole: its text and its audit entry");
        db.close().await;
    });
}

#[test]
fn backup_refuses_an_existing_file_and_a_missing_database() {
    let folder = Folder::new();
    let url = folder.url("apdc.db");
    assert!(apdc(&["--database", &url, "migrate"]).0);
    let existing = folder.path("existing.db");
    std::fs::write(&existing, "keep me").unwrap();
    let (ok, _, err) = apdc(&["--database", &url, "backup", "--out", existing.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep me", "left as it was");

    let elsewhere = folder.url("nothing/apdc.db");
    let (ok, _, err) = apdc(&["--database", &elsewhere, "backup", "--out", folder.path("b.db").to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("no database at"), "{err}");
    assert!(!folder.path("nothing").exists(), "nothing is created");

    let (ok, _, err) = apdc(&["--database", &url, "backup", "--out", folder.path("no/such/b.db").to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("does not exist"), "{err}");
    let left: Vec<String> = folder.names().into_iter().filter(|n| !n.starts_with("apdc.db")).collect();
    assert_eq!(left, ["existing.db"], "no backup nor temporary file left behind");
}

/// Restores `from` into the database at `url`: (success, output and errors).
fn restore(url: &str, from: &Path) -> (bool, String) {
    let (ok, out, err) = apdc(&["--database", url, "restore", "--from", from.to_str().unwrap()]);
    (ok, format!("{out}{err}"))
}

#[test]
fn restore_refuses_what_is_not_a_compatible_apdc_backup_and_a_database_in_use() {
    let folder = Folder::new();
    let url = folder.url("apdc.db");
    assert!(apdc(&["--database", &url, "seed"]).0);
    let backup = folder.path("backup.db");
    assert!(apdc(&["--database", &url, "backup", "--out", backup.to_str().unwrap()]).0);
    // Written after the backup: a restore removes it, a refused one keeps it.
    let rt = runtime();
    rt.block_on(async {
        let db = Db::connect(&url).await.unwrap();
        apdc_store::projects::create(&db, &Actor::system("test"), &project("AFTER-BACKUP")).await.unwrap();
        db.close().await;
    });
    let still_there = || {
        rt.block_on(async {
            let db = Db::connect(&url).await.unwrap();
            let codes = written(&db, "AFTER-").await;
            db.close().await;
            codes == ["AFTER-BACKUP"]
        })
    };

    let text = folder.path("notes.txt");
    std::fs::write(&text, "not a database at all").unwrap();
    let other = folder.path("other.db");
    rt.block_on(async {
        let db = Db::connect(&format!("sqlite://{}?mode=rwc", other.display())).await.unwrap();
        db.execute(Sql::new("CREATE TABLE notes (body TEXT)")).await.unwrap();
        db.close().await;
    });
    let newer = folder.path("newer.db");
    std::fs::copy(&backup, &newer).unwrap();
    rt.block_on(async {
        let db = Db::connect(&format!("sqlite://{}", newer.display())).await.unwrap();
        db.execute(Sql::new(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
             VALUES (99990101000000, 'from a later version', TRUE, X'00', 0)",
        ))
        .await
        .unwrap();
        db.close().await;
    });
    for (file, reason) in [
        (text.as_path(), "is not an SQLite database"),
        (other.as_path(), "not an apdc database"),
        (newer.as_path(), "newer than this version of apdc knows"),
        (folder.path("missing.db").as_path(), "does not exist"),
        (folder.path("apdc.db").as_path(), "is the database itself"),
    ] {
        let (ok, said) = restore(&url, file);
        assert!(!ok, "{} is refused", file.display());
        assert!(said.contains(reason), "{}: {said}", file.display());
        assert!(still_there(), "the database is untouched after refusing {}", file.display());
    }
    // A database file copied while open (and read): its last commits may be in the WAL
    // beside it.
    let live = folder.path("live.db");
    std::fs::copy(&backup, &live).unwrap();
    let live_db = rt.block_on(Db::connect(&format!("sqlite://{}", live.display()))).unwrap();
    rt.block_on(written(&live_db, "W-"));
    let (ok, said) = restore(&url, &live);
    assert!(!ok && said.contains("has a WAL file beside it"), "{said}");
    rt.block_on(live_db.close());
    assert!(still_there());

    // Open elsewhere, as a running server keeps it (a connection that has read): refused.
    let holder = rt.block_on(Db::connect(&url)).unwrap();
    rt.block_on(written(&holder, "W-"));
    let (ok, said) = restore(&url, &backup);
    assert!(!ok);
    assert!(said.contains("in use"), "{said}");
    rt.block_on(holder.close());
    assert!(still_there());
    assert!(
        folder.names().iter().all(|n| !n.contains("partial") && !n.contains("before-restore")),
        "no file left behind: {:?}",
        folder.names()
    );

    // Closed: restored, and the replaced database kept beside it.
    let (ok, said) = restore(&url, &backup);
    assert!(ok, "{said}");
    assert!(said.contains("kept at"), "{said}");
    assert!(!still_there(), "the database is the backup's");
    let kept: Vec<String> = folder.names().into_iter().filter(|n| n.starts_with("apdc.db.before-restore-")).collect();
    assert_eq!(kept.len(), 1, "{:?}", folder.names());
    rt.block_on(async {
        let db = Db::connect(&format!("sqlite://{}", folder.path(&kept[0]).display())).await.unwrap();
        assert_eq!(written(&db, "AFTER-").await, ["AFTER-BACKUP"], "the replaced database is whole");
        db.close().await;
    });
}

#[test]
fn on_postgresql_backup_and_restore_point_to_pg_dump_and_pg_restore() {
    let Ok(admin_url) = std::env::var("APDC_TEST_POSTGRES_URL") else { return };
    if admin_url.is_empty() {
        return;
    }
    let folder = Folder::new();
    let out = folder.path("apdc.dump");
    let (ok, _, err) = apdc(&["--database", &admin_url, "backup", "--out", out.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("pg_dump -Fc") && err.contains("pg_restore"), "{err}");
    assert!(!out.exists());
    let (ok, _, err) = apdc(&["--database", &admin_url, "restore", "--from", out.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("pg_restore"), "{err}");
}
