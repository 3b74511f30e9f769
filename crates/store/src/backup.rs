//! Backing up and restoring a SQLite database; PostgreSQL has its own tools for both.
//!
//! A backup is taken while the server runs, with `VACUUM INTO`: SQLite writes the
//! snapshot of one read transaction to a new file, and writers go on meanwhile (WAL).
//! A restore replaces the database with a checked copy. Both write under a temporary
//! name next to their destination and rename it at the end, after the file reached the
//! disk, so that a failure at any point leaves no half-written file where a whole one
//! is expected, and never damages the database being backed up or replaced.
//!
//! This module must not touch a PostgreSQL database: there, `pg_dump -Fc` and
//! `pg_restore` are the tools, and the operator's.

use crate::db::{Db, Engine, engine_of, sqlite_options};
use crate::error::{Result, StoreError};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{ConnectOptions, Connection};
use std::path::{Path, PathBuf};

/// What `apdc backup` refuses on PostgreSQL, with what to do instead.
pub const POSTGRES_BACKUP: &str = "apdc backup works on SQLite databases only; back up PostgreSQL with \
     pg_dump -Fc (for example: pg_dump -Fc -f apdc.dump DATABASE) and restore it with pg_restore";
/// What `apdc restore` refuses on PostgreSQL.
pub const POSTGRES_RESTORE: &str = "apdc restore works on SQLite databases only; restore PostgreSQL from a \
     pg_dump -Fc archive with pg_restore (for example: pg_restore -d DATABASE apdc.dump)";

/// Tables every apdc database has had since its first migration.
const APDC_TABLES: [&str; 4] = ["countries", "members", "users", "audit_log"];

/// A finished backup.
#[derive(Debug)]
pub struct BackupReport {
    pub bytes: u64,
    /// The latest migration applied in the copied database.
    pub schema_version: i64,
}

/// Writes a consistent copy of the SQLite database at `url` to `out`, which must not
/// exist, while other connections go on writing. The copy is checked as a restore would
/// check it before it takes its name.
pub async fn backup(url: &str, out: &Path) -> Result<BackupReport> {
    if engine_of(url)? == Engine::Postgres {
        return Err(StoreError::Refused(POSTGRES_BACKUP.to_owned()));
    }
    let database = sqlite_options(url)?.get_filename().to_path_buf();
    if !database.is_file() {
        return Err(refused(format!("there is no database at {}: nothing to back up", database.display())));
    }
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty() && !d.is_dir()) {
        return Err(refused(format!("the folder {} does not exist: create it first", dir.display())));
    }
    if exists(out)? {
        return Err(refused(format!("{} already exists: choose a new file name for the backup", out.display())));
    }
    let partial = Partial::beside(out, "backup")?;
    let target = partial.path.to_str().ok_or_else(|| {
        refused(format!("{}: the backup's path must be valid UTF-8 for SQLite", partial.path.display()))
    })?;
    let db = Db::connect(url).await?;
    // One read transaction: the copy is the database as of one commit, whatever is
    // written while it is made.
    let copied = db.execute(crate::Sql::new("VACUUM INTO $1").bind(target)).await;
    db.close().await;
    copied?;
    // SQLite does not flush the file VACUUM INTO wrote.
    sync_file(&partial.path)?;
    let schema_version = inspect(&partial.path, out).await?;
    let bytes = file_len(&partial.path)?;
    partial.finish_new(out)?;
    Ok(BackupReport { bytes, schema_version })
}

/// A finished restore.
#[derive(Debug)]
pub struct RestoreReport {
    /// The database file that was replaced or created.
    pub database: PathBuf,
    pub bytes: u64,
    /// The latest migration applied in the backup, and after migrating it.
    pub schema_version: i64,
    pub migrated_to: i64,
    /// Where the database that was replaced is kept, if there was one.
    pub previous: Option<PathBuf>,
}

/// Replaces the SQLite database at `url` with the backup `from`, after checking that it
/// is a whole apdc database of a schema this version knows, then applies the migrations
/// it lacks. The server must be stopped: a database still open elsewhere is refused
/// when that shows (its WAL file stays after this process closes it). The replaced
/// database is kept beside the new one under a dated name.
pub async fn restore(url: &str, from: &Path) -> Result<RestoreReport> {
    if engine_of(url)? == Engine::Postgres {
        return Err(StoreError::Refused(POSTGRES_RESTORE.to_owned()));
    }
    let database = sqlite_options(url)?.get_filename().to_path_buf();
    check_backup_file(from)?;
    if database.is_file() && same_file(from, &database)? {
        return Err(refused(format!("{} is the database itself: restore from a backup", from.display())));
    }
    if let Some(dir) = database.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| io(format!("creating {}", dir.display()), e))?;
    }
    let partial = Partial::beside(&database, "restore")?;
    std::fs::copy(from, &partial.path)
        .map_err(|e| io(format!("copying {} to {}", from.display(), partial.path.display()), e))?;
    sync_file(&partial.path)?;
    let schema_version = inspect(&partial.path, from).await?;
    let bytes = file_len(&partial.path)?;
    let previous = if database.is_file() { Some(set_aside(&database).await?) } else { None };
    partial.finish_replacing(&database)?;
    // Empty once `set_aside` folded them into the old file; a new WAL must not meet them.
    for stale in [wal(&database, "-wal"), wal(&database, "-shm")] {
        match std::fs::remove_file(&stale) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(io(format!("removing the old {}", stale.display()), e));
            }
            _ => {}
        }
    }
    let db = Db::connect(url).await?;
    let migrated = db.migrate().await;
    let migrated_to = match migrated {
        Ok(()) => latest_migration(&db).await,
        Err(e) => Err(e),
    };
    db.close().await;
    Ok(RestoreReport { database, bytes, schema_version, migrated_to: migrated_to?, previous })
}

/// Refuses what cannot be a backup: a missing file, a file that is not SQLite, or a
/// database file whose WAL is beside it (a live database or one not closed, copied
/// without the commits its WAL holds).
fn check_backup_file(from: &Path) -> Result<()> {
    let mut header = [0_u8; 16];
    let read = std::fs::File::open(from).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header));
    match read {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(refused(format!("{} does not exist", from.display())));
        }
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {}
        Err(e) => return Err(io(format!("reading {}", from.display()), e)),
        Ok(()) => {}
    }
    if &header != b"SQLite format 3\0" {
        return Err(refused(format!("{} is not an SQLite database (it does not start as one)", from.display())));
    }
    if wal(from, "-wal").exists() {
        return Err(refused(format!(
            "{} has a WAL file beside it ({}): it is a database in use or not closed cleanly, not a backup; \
             make one with apdc backup",
            from.display(),
            wal(from, "-wal").display()
        )));
    }
    Ok(())
}

/// Checks that the SQLite file at `path` (a copy of `named`, the name to show) is a
/// whole apdc database whose migrations this version knows, and returns its latest one.
async fn inspect(path: &Path, named: &Path) -> Result<i64> {
    let options = SqliteConnectOptions::new().filename(path).create_if_missing(false);
    let mut conn = options
        .connect()
        .await
        .map_err(|e| refused(format!("{} cannot be opened as an SQLite database: {e}", named.display())))?;
    let found = inspect_open(&mut conn, named).await;
    conn.close().await?;
    for leftover in [wal(path, "-wal"), wal(path, "-shm")] {
        let _ = std::fs::remove_file(leftover);
    }
    found
}

async fn inspect_open(conn: &mut SqliteConnection, named: &Path) -> Result<i64> {
    let not_readable = |e: sqlx::Error| refused(format!("{} is not a readable SQLite database: {e}", named.display()));
    let problems: Vec<(String,)> =
        sqlx::query_as("PRAGMA integrity_check").fetch_all(&mut *conn).await.map_err(not_readable)?;
    if problems.len() != 1 || problems[0].0 != "ok" {
        let first: Vec<&str> = problems.iter().take(3).map(|p| p.0.as_str()).collect();
        return Err(refused(format!("{} fails SQLite's integrity check: {}", named.display(), first.join("; "))));
    }
    let tables: Vec<(String,)> = sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'table'")
        .fetch_all(&mut *conn)
        .await
        .map_err(not_readable)?;
    let has = |name: &str| tables.iter().any(|(t,)| t == name);
    if !has("_sqlx_migrations") || !APDC_TABLES.iter().all(|t| has(t)) {
        return Err(refused(format!(
            "{} is an SQLite database but not an apdc database (it lacks the migrations table or apdc's tables)",
            named.display()
        )));
    }
    let applied: Vec<(i64, bool, Vec<u8>)> =
        sqlx::query_as("SELECT version, success, checksum FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&mut *conn)
            .await
            .map_err(not_readable)?;
    compatible(&applied, &crate::db::SQLITE_MIGRATIONS).map_err(|why| refused(format!("{}: {why}", named.display())))
}

/// Whether migrations `applied` (version, success, checksum, in order) are those this
/// version knows, from the first on: all of them (same schema) or the first few (an
/// older one, which migrating brings up to date). Returns the latest applied.
pub fn compatible(applied: &[(i64, bool, Vec<u8>)], known: &sqlx::migrate::Migrator) -> Result<i64, String> {
    let known: Vec<_> = known.iter().collect();
    let Some(last) = applied.last() else {
        return Err("no migration was ever applied to it: it is not an apdc database".to_owned());
    };
    for (i, (version, success, checksum)) in applied.iter().enumerate() {
        let Some(expected) = known.get(i) else {
            return Err(format!(
                "its schema is newer than this version of apdc knows (migration {version}; this version stops at \
                 {}): restore it with the version of apdc that made it, or a later one",
                known.last().map_or(0, |m| m.version)
            ));
        };
        if *version != expected.version || checksum.as_slice() != &*expected.checksum {
            let newer = known.iter().all(|m| m.version < *version);
            return Err(if newer {
                format!(
                    "its schema is newer than this version of apdc knows (migration {version}): restore it with the \
                     version of apdc that made it, or a later one"
                )
            } else {
                format!(
                    "its migration {version} is not apdc's migration {}: it is not a compatible apdc database",
                    expected.version
                )
            });
        }
        if !success {
            return Err(format!("its migration {version} did not complete: the database was left half-migrated"));
        }
    }
    Ok(last.0)
}

/// Keeps the database about to be replaced under a dated name beside it, after folding
/// its WAL into it, and refuses when it is still open elsewhere.
async fn set_aside(database: &Path) -> Result<PathBuf> {
    let options = SqliteConnectOptions::new().filename(database).create_if_missing(false);
    let folded = async {
        let mut conn = options.connect().await?;
        let done: sqlx::Result<(i64, i64, i64)> =
            sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(&mut conn).await;
        conn.close().await?;
        done
    };
    let (busy, _, _) = folded.await.map_err(|e| {
        refused(format!(
            "cannot fold the WAL of the current database {} into it before replacing it ({e}); if it is damaged, \
             move it and its -wal and -shm files aside, then restore again",
            database.display()
        ))
    })?;
    // SQLite removes the WAL when the last connection closes: one still there is another
    // process's (or a checkpoint another one held off).
    if busy != 0 || wal(database, "-wal").exists() {
        return Err(refused(format!(
            "the database {} is in use by another process: stop apdc serve (and any other apdc command) first",
            database.display()
        )));
    }
    let stamp = time::OffsetDateTime::now_utc()
        .format(time::macros::format_description!("[year][month][day]T[hour][minute][second]Z"))
        .map_err(|e| refused(format!("formatting the time for the kept database's name: {e}")))?;
    let kept = with_suffix(database, &format!(".before-restore-{stamp}"));
    // A second name for the same file: the old database stays whole under it whatever
    // happens to the restore; copied where the file system has no hard links.
    if let Err(e) = std::fs::hard_link(database, &kept) {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            return Err(refused(format!("{} already exists: try again in a second", kept.display())));
        }
        std::fs::copy(database, &kept).map_err(|e| io(format!("keeping a copy at {}", kept.display()), e))?;
        sync_file(&kept)?;
    }
    Ok(kept)
}

async fn latest_migration(db: &Db) -> Result<i64> {
    let (version,): (i64,) =
        db.fetch_one(crate::Sql::new("SELECT CAST(MAX(version) AS BIGINT) FROM _sqlx_migrations")).await?;
    Ok(version)
}

/// A file being written under a temporary name beside its destination, removed unless
/// it is given its final name.
struct Partial {
    path: PathBuf,
    done: bool,
}

impl Partial {
    fn beside(destination: &Path, what: &str) -> Result<Self> {
        let name =
            destination.file_name().ok_or_else(|| refused(format!("{} is not a file name", destination.display())))?;
        let mut partial = std::ffi::OsString::from(".");
        partial.push(name);
        partial.push(format!(".{what}-{}.partial", std::process::id()));
        let path = destination.with_file_name(partial);
        // Left over from an earlier run with the same process id, killed mid-way.
        let _ = std::fs::remove_file(&path);
        Ok(Self { path, done: false })
    }

    /// Gives the file the name `destination`, which must still not exist.
    fn finish_new(mut self, destination: &Path) -> Result<()> {
        // A hard link never replaces an existing file, unlike a rename.
        match std::fs::hard_link(&self.path, destination) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(refused(format!(
                    "{} appeared while the backup was made: not replaced",
                    destination.display()
                )));
            }
            Err(_) if !exists(destination)? => std::fs::rename(&self.path, destination)
                .map_err(|e| io(format!("naming the backup {}", destination.display()), e))?,
            Err(e) => return Err(io(format!("naming the backup {}", destination.display()), e)),
        }
        self.done = true;
        let _ = std::fs::remove_file(&self.path);
        sync_dir(destination)
    }

    /// Gives the file the name `destination`, replacing what is there in one step.
    fn finish_replacing(mut self, destination: &Path) -> Result<()> {
        std::fs::rename(&self.path, destination)
            .map_err(|e| io(format!("putting the restored database at {}", destination.display()), e))?;
        self.done = true;
        sync_dir(destination)
    }
}

impl Drop for Partial {
    fn drop(&mut self) {
        if !self.done {
            for path in [self.path.clone(), wal(&self.path, "-wal"), wal(&self.path, "-shm")] {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

/// `path` with `-wal` or `-shm` (or any suffix) appended to its name.
fn wal(path: &Path, suffix: &str) -> PathBuf {
    with_suffix(path, suffix)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn exists(path: &Path) -> Result<bool> {
    path.try_exists().map_err(|e| io(format!("checking {}", path.display()), e))
}

fn same_file(a: &Path, b: &Path) -> Result<bool> {
    let canonical = |p: &Path| p.canonicalize().map_err(|e| io(format!("resolving {}", p.display()), e));
    Ok(canonical(a)? == canonical(b)?)
}

fn file_len(path: &Path) -> Result<u64> {
    Ok(std::fs::metadata(path).map_err(|e| io(format!("reading {}", path.display()), e))?.len())
}

fn sync_file(path: &Path) -> Result<()> {
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| io(format!("flushing {} to disk", path.display()), e))
}

/// Makes a rename in `path`'s folder durable (a folder is opened like a file on Unix).
fn sync_dir(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| io(format!("flushing the folder {} to disk", dir.display()), e))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

fn refused(message: String) -> StoreError {
    StoreError::Refused(message)
}

fn io(what: String, source: std::io::Error) -> StoreError {
    StoreError::Io { what, source }
}
