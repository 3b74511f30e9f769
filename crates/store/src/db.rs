//! Connections, transactions and engine dispatch.
//!
//! [`Sql`] carries a statement and its arguments; [`Db`] (the pool) and [`Tx`] (one
//! transaction) run it on whichever engine is configured. Result rows are decoded into
//! any type that implements `sqlx::FromRow` for both engines ([`Record`]).

use crate::error::{Result, StoreError};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous};
use sqlx::{FromRow, PgPool, SqlitePool};
use std::str::FromStr;
use std::time::Duration;

/// A row type readable from both engines.
pub trait Record: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}
impl<T> Record for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}

/// The database engine behind a [`Db`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sqlite => "sqlite",
            Self::Postgres => "postgres",
        }
    }
}

/// One bound argument. Nulls carry their type: PostgreSQL needs it to plan the statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Int(Option<i64>),
    Text(Option<String>),
    Bool(Option<bool>),
    Bytes(Option<Vec<u8>>),
}

impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Self::Int(Some(v))
    }
}
impl From<Option<i64>> for Arg {
    fn from(v: Option<i64>) -> Self {
        Self::Int(v)
    }
}
impl From<Vec<u8>> for Arg {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(Some(v))
    }
}
impl From<bool> for Arg {
    fn from(v: bool) -> Self {
        Self::Bool(Some(v))
    }
}
impl From<Option<bool>> for Arg {
    fn from(v: Option<bool>) -> Self {
        Self::Bool(v)
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Self::Text(Some(v.to_owned()))
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Self::Text(Some(v))
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Self::Text(Some(v.clone()))
    }
}
impl From<Option<String>> for Arg {
    fn from(v: Option<String>) -> Self {
        Self::Text(v)
    }
}
impl From<Option<&str>> for Arg {
    fn from(v: Option<&str>) -> Self {
        Self::Text(v.map(str::to_owned))
    }
}

/// A statement with numbered parameters (`$1`, `$2`…) and its arguments.
#[derive(Debug, Clone)]
pub struct Sql {
    text: String,
    args: Vec<Arg>,
    /// PostgreSQL plans the statement for its arguments each time it runs (see
    /// [`Sql::planned_per_run`]).
    planned_per_run: bool,
}

impl Sql {
    pub fn new(text: impl Into<String>) -> Self {
        Self { text: text.into(), args: Vec::new(), planned_per_run: false }
    }

    /// Has PostgreSQL plan this statement for its arguments at every run. A statement
    /// kept prepared is planned once for any arguments after a few runs (a generic
    /// plan), which is right unless the best plan depends on the values: how many rows a
    /// full-text condition matches ranges from none to all, and a plan made for neither
    /// reads the whole table. The statement is then not kept prepared (SQLite plans
    /// such statements well either way and keeps them).
    pub fn planned_per_run(mut self) -> Self {
        self.planned_per_run = true;
        self
    }

    /// Adds the next argument (it becomes `$n` where n is its position).
    pub fn bind(mut self, arg: impl Into<Arg>) -> Self {
        self.args.push(arg.into());
        self
    }

    /// Adds an argument and returns its placeholder, for statements built piece by piece.
    pub fn param(&mut self, arg: impl Into<Arg>) -> String {
        self.args.push(arg.into());
        format!("${}", self.args.len())
    }

    /// Appends text to the statement.
    pub fn push(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// Adds each item as an argument and returns the parenthesised list of their
    /// placeholders for `IN`; an empty list gives `(NULL)`, which matches nothing.
    pub fn param_list<A: Into<Arg>>(&mut self, items: impl IntoIterator<Item = A>) -> String {
        let placeholders: Vec<String> = items.into_iter().map(|item| self.param(item)).collect();
        if placeholders.is_empty() { "(NULL)".to_owned() } else { format!("({})", placeholders.join(", ")) }
    }
}

/// Binds every argument of an [`Sql`] to a sqlx query of either engine; written as a
/// macro because the two engines' query types share no trait that covers binding.
macro_rules! bind_all {
    ($query:expr, $args:expr) => {{
        let mut query = $query;
        for arg in $args {
            query = match arg {
                Arg::Int(v) => query.bind(v),
                Arg::Text(v) => query.bind(v),
                Arg::Bool(v) => query.bind(v),
                Arg::Bytes(v) => query.bind(v),
            };
        }
        query
    }};
}

/// Runs one statement on a pool or connection of either engine.
macro_rules! dispatch {
    ($target:expr, $sql:expr, |$exec:ident| $kind:ident) => {
        match $target {
            Target::Sqlite($exec) => dispatch!(@run $exec, $sql, $kind, true),
            Target::Postgres($exec) => {
                let persistent = !$sql.planned_per_run;
                dispatch!(@run $exec, $sql, $kind, persistent)
            }
        }
    };
    (@run $exec:ident, $sql:expr, execute, $persistent:expr) => {
        bind_all!(sqlx::query(&$sql.text).persistent($persistent), $sql.args)
            .execute($exec)
            .await
            .map(|r| r.rows_affected())
    };
    (@run $exec:ident, $sql:expr, fetch_all, $persistent:expr) => {
        bind_all!(sqlx::query_as(&$sql.text).persistent($persistent), $sql.args).fetch_all($exec).await
    };
    (@run $exec:ident, $sql:expr, fetch_optional, $persistent:expr) => {
        bind_all!(sqlx::query_as(&$sql.text).persistent($persistent), $sql.args).fetch_optional($exec).await
    };
}

enum Target<S, P> {
    Sqlite(S),
    Postgres(P),
}

/// The connection pool of the configured engine. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    pool: Pool,
    /// Counts the writes made through this pool (committed transactions and single
    /// statements), so that caches of derived pages can tell when data changed.
    version: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// Counts the statements run through this pool, in or out of transactions: what a
    /// page costs in round trips is measured with it.
    statements: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

#[derive(Clone, Debug)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl Db {
    /// Connects to `url` (`sqlite://…` or `postgres://…`). A SQLite file is created only
    /// when the URL asks for it (`?mode=rwc`), and its folder along with it.
    pub async fn connect(url: &str) -> Result<Self> {
        if engine_of(url)? == Engine::Sqlite {
            let options = sqlite_options(url)?;
            let folder = options.get_filename().parent().filter(|d| !d.as_os_str().is_empty());
            if let Some(dir) = folder.filter(|_| url.contains("mode=rwc")) {
                std::fs::create_dir_all(dir)
                    .map_err(|e| StoreError::Config(format!("cannot create {}: {e}", dir.display())))?;
            }
            let pool = SqlitePoolOptions::new().max_connections(8).min_connections(1).connect_with(options).await?;
            Ok(Self { pool: Pool::Sqlite(pool), version: Default::default(), statements: Default::default() })
        } else {
            let options = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(5))
                .connect_with(options)
                .await?;
            Ok(Self { pool: Pool::Postgres(pool), version: Default::default(), statements: Default::default() })
        }
    }

    /// How many times data changed through this pool so far: committed transactions and
    /// statements that changed rows (bookkeeping apart). Caches compare it to tell when
    /// what they keep is out of date.
    pub fn version(&self) -> u64 {
        self.version.load(std::sync::atomic::Ordering::Acquire)
    }

    /// The number of statements run through this pool so far.
    pub fn statements(&self) -> u64 {
        self.statements.load(std::sync::atomic::Ordering::Acquire)
    }

    fn bump(&self) {
        self.version.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }

    pub fn engine(&self) -> Engine {
        match self.pool {
            Pool::Sqlite(_) => Engine::Sqlite,
            Pool::Postgres(_) => Engine::Postgres,
        }
    }

    /// Applies the embedded migrations of this engine that have not run yet.
    pub async fn migrate(&self) -> Result<()> {
        match &self.pool {
            Pool::Sqlite(p) => SQLITE_MIGRATIONS.run(p).await?,
            Pool::Postgres(p) => POSTGRES_MIGRATIONS.run(p).await?,
        }
        Ok(())
    }

    /// Refreshes the query planner's statistics (after loading much data at once).
    pub async fn analyze(&self) -> Result<()> {
        self.execute(Sql::new("ANALYZE")).await?;
        Ok(())
    }

    /// Whether the database answers a trivial query.
    pub async fn ping(&self) -> Result<()> {
        let _: Option<(i64,)> = self.fetch_optional(Sql::new("SELECT CAST(1 AS BIGINT)")).await?;
        Ok(())
    }

    pub async fn begin(&self) -> Result<Tx> {
        let inner = match &self.pool {
            // Every transaction here writes: taking SQLite's write lock at the start lets
            // a busy writer wait (busy_timeout) instead of failing on a lock upgrade.
            Pool::Sqlite(p) => TxInner::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
            Pool::Postgres(p) => TxInner::Postgres(p.begin().await?),
        };
        Ok(Tx { inner, version: Some(self.version.clone()), statements: self.statements.clone() })
    }

    /// A transaction that only reads: one consistent view across several queries,
    /// without taking SQLite's write lock.
    pub async fn begin_read(&self) -> Result<Tx> {
        let inner = match &self.pool {
            Pool::Sqlite(p) => TxInner::Sqlite(p.begin().await?),
            Pool::Postgres(p) => TxInner::Postgres(p.begin().await?),
        };
        Ok(Tx { inner, version: None, statements: self.statements.clone() })
    }

    /// Runs one statement; if it changed rows, the data counts as changed (see
    /// [`Db::version`]).
    pub async fn execute(&self, sql: Sql) -> Result<u64> {
        let affected = dispatch!(self.target(), sql, |e| execute)?;
        if affected > 0 {
            self.bump();
        }
        Ok(affected)
    }

    /// Runs one statement on bookkeeping that no page, export or figure shows (sign-in
    /// failures, leases): the data does not count as changed, so a stream of failed
    /// sign-ins neither empties caches nor sets indicators to be counted again.
    pub async fn execute_bookkeeping(&self, sql: Sql) -> Result<u64> {
        Ok(dispatch!(self.target(), sql, |e| execute)?)
    }

    pub async fn fetch_all<T: Record>(&self, sql: Sql) -> Result<Vec<T>> {
        Ok(dispatch!(self.target(), sql, |e| fetch_all)?)
    }

    pub async fn fetch_optional<T: Record>(&self, sql: Sql) -> Result<Option<T>> {
        Ok(dispatch!(self.target(), sql, |e| fetch_optional)?)
    }

    pub async fn fetch_one<T: Record>(&self, sql: Sql) -> Result<T> {
        self.fetch_optional(sql).await?.ok_or(StoreError::NotFound)
    }

    fn target(&self) -> Target<&SqlitePool, &PgPool> {
        self.statements.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        match &self.pool {
            Pool::Sqlite(p) => Target::Sqlite(p),
            Pool::Postgres(p) => Target::Postgres(p),
        }
    }

    /// The SQLite pool, for components that need the concrete type (sessions).
    pub fn sqlite_pool(&self) -> Option<&SqlitePool> {
        match &self.pool {
            Pool::Sqlite(p) => Some(p),
            Pool::Postgres(_) => None,
        }
    }

    /// The PostgreSQL pool, for components that need the concrete type (sessions).
    pub fn postgres_pool(&self) -> Option<&PgPool> {
        match &self.pool {
            Pool::Sqlite(_) => None,
            Pool::Postgres(p) => Some(p),
        }
    }

    pub async fn close(&self) {
        match &self.pool {
            Pool::Sqlite(p) => p.close().await,
            Pool::Postgres(p) => p.close().await,
        }
    }
}

/// One transaction. Dropped without [`Tx::commit`], it rolls back.
pub struct Tx {
    inner: TxInner,
    /// The pool's write counter, bumped on commit (none for read-only transactions).
    version: Option<std::sync::Arc<std::sync::atomic::AtomicU64>>,
    /// The pool's statement counter.
    statements: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

enum TxInner {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

impl Tx {
    /// The engine this transaction runs on, for statements written differently on each.
    pub fn engine(&self) -> Engine {
        match self.inner {
            TxInner::Sqlite(_) => Engine::Sqlite,
            TxInner::Postgres(_) => Engine::Postgres,
        }
    }

    pub async fn commit(self) -> Result<()> {
        match self.inner {
            TxInner::Sqlite(tx) => tx.commit().await?,
            TxInner::Postgres(tx) => tx.commit().await?,
        }
        if let Some(version) = self.version {
            version.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        }
        Ok(())
    }

    pub async fn execute(&mut self, sql: Sql) -> Result<u64> {
        Ok(dispatch!(self.target(), sql, |e| execute)?)
    }

    pub async fn fetch_all<T: Record>(&mut self, sql: Sql) -> Result<Vec<T>> {
        Ok(dispatch!(self.target(), sql, |e| fetch_all)?)
    }

    pub async fn fetch_optional<T: Record>(&mut self, sql: Sql) -> Result<Option<T>> {
        Ok(dispatch!(self.target(), sql, |e| fetch_optional)?)
    }

    pub async fn fetch_one<T: Record>(&mut self, sql: Sql) -> Result<T> {
        self.fetch_optional(sql).await?.ok_or(StoreError::NotFound)
    }

    fn target(&mut self) -> Target<&mut sqlx::SqliteConnection, &mut sqlx::PgConnection> {
        self.statements.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        match &mut self.inner {
            TxInner::Sqlite(tx) => Target::Sqlite(&mut **tx),
            TxInner::Postgres(tx) => Target::Postgres(&mut **tx),
        }
    }
}

/// The migrations compiled into this version, per engine.
pub static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
pub static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// The engine a database URL names.
pub fn engine_of(url: &str) -> Result<Engine> {
    if url.starts_with("sqlite:") {
        Ok(Engine::Sqlite)
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        Ok(Engine::Postgres)
    } else {
        Err(StoreError::Config(format!(
            "unsupported database URL scheme in {:?}: use sqlite://… or postgres://…",
            redact_url(url)
        )))
    }
}

/// The SQLite connection settings for `url`: WAL, foreign keys, a 5 s busy timeout, and
/// `synchronous=FULL` unless the URL says `synchronous=normal`.
///
/// FULL is the default because an acknowledged write must survive a power loss: in WAL
/// mode it makes every commit wait for the WAL to reach the disk. NORMAL waits only at
/// checkpoints, so a commit survives the process being killed but the last ones may be
/// lost if the machine stops; an operator can choose that for data that can be made
/// again (a demonstration, a benchmark), never by default. sqlx refuses URL parameters it
/// does not know, so this one is taken out before the rest is handed to it.
pub fn sqlite_options(url: &str) -> Result<SqliteConnectOptions> {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut synchronous = SqliteSynchronous::Full;
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("synchronous", value)) => {
                synchronous = match value.to_ascii_lowercase().as_str() {
                    "full" => SqliteSynchronous::Full,
                    "normal" => SqliteSynchronous::Normal,
                    _ => {
                        return Err(StoreError::Config(format!(
                            "synchronous={value} in the database URL: use synchronous=full (the default: a \
                             commit survives a power loss) or synchronous=normal (a commit survives the process \
                             stopping, not the machine)"
                        )));
                    }
                }
            }
            _ => kept.push(pair),
        }
    }
    let url = if kept.is_empty() { base.to_owned() } else { format!("{base}?{}", kept.join("&")) };
    Ok(SqliteConnectOptions::from_str(&url)?
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(synchronous)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5)))
}

/// A `LIKE` pattern matching text that contains `text` (lower-cased), with `%`, `_` and
/// the escape character itself taken literally. Use it as `LIKE $n ESCAPE '\'`: both
/// engines read `'\'` as one backslash.
pub fn contains_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// A database URL with its password replaced, for messages and logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_redacted_from_urls() {
        assert_eq!(redact_url("postgres://apdc:s3cret@db:5432/apdc"), "postgres://apdc:***@db:5432/apdc");
        assert_eq!(redact_url("postgres://apdc@db/apdc"), "postgres://apdc@db/apdc");
        assert_eq!(redact_url("sqlite://var/apdc.db?mode=rwc"), "sqlite://var/apdc.db?mode=rwc");
    }

    #[tokio::test]
    async fn sqlite_commits_wait_for_the_disk_unless_the_url_says_otherwise() {
        let dir = std::env::temp_dir().join(format!("apdc-sync-{}", std::process::id()));
        let setting = |url: String| async move {
            let db = Db::connect(&url).await.unwrap();
            let (level,): (i64,) = db.fetch_one(Sql::new("PRAGMA synchronous")).await.unwrap();
            db.close().await;
            level
        };
        let file = dir.join("a.db");
        assert_eq!(setting(format!("sqlite://{}?mode=rwc", file.display())).await, 2, "FULL by default");
        let chosen = format!("sqlite://{}?synchronous=normal&mode=rwc", dir.join("b.db").display());
        assert_eq!(setting(chosen).await, 1, "NORMAL when asked, the other parameters kept");
        let err = Db::connect(&format!("sqlite://{}?synchronous=off", file.display())).await.unwrap_err().to_string();
        assert!(err.contains("synchronous=off") && err.contains("synchronous=normal"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn placeholders_are_numbered_in_order() {
        let mut sql = Sql::new("SELECT 1 WHERE a = ");
        let first = sql.param(1_i64);
        sql.push(&first);
        let second = sql.param("x");
        assert_eq!((first.as_str(), second.as_str()), ("$1", "$2"));
        assert_eq!(sql.args, vec![Arg::Int(Some(1)), Arg::Text(Some("x".into()))]);
    }
}
