//! Values read from the database, kept while the data they come from is unchanged.
//!
//! Signed-in readers get pages rendered for them (the response cache serves anonymous
//! readers only), but most of what those pages show — a plan's framework and figures,
//! the member directory, a project's reach, filter choices — changes only when data
//! does, and reading it again for every request is what made those pages slow (a plan's
//! stored values are thousands of rows). A [`Memo`] keeps such values with the
//! database write counter they were read at:
//!
//! - after any write through this process the value is read again, so staff see their
//!   own changes at once;
//! - a value older than [`MAX_AGE`] is read again too, for writes made through another
//!   instance or the command line; meanwhile the other requests keep the old value, so
//!   that they do not all read the same thing at once;
//! - a value missing or made before a write is read by one request at a time: the
//!   others wait for it instead of running the same query side by side.
//!
//! What is kept is what the database said, never anything that depends on who asks:
//! callers key each value by everything its query depends on (a plan's code, a member,
//! a language, whether only public records count).

use apdc_store::Db;
use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// How long a value may be served without a write through this process.
pub const MAX_AGE: Duration = Duration::from_secs(5);
/// The most values kept; past it, the memo starts afresh.
const CAPACITY: usize = 20_000;

type Key = (&'static str, String);

/// Values of any type, by kind and key.
#[derive(Default)]
pub struct Memo {
    entries: RwLock<HashMap<Key, Entry>>,
    /// One lock per key, held while its value is read.
    reading: std::sync::Mutex<HashMap<Key, Arc<tokio::sync::Mutex<()>>>>,
}

struct Entry {
    /// The database write counter before the value was read.
    version: u64,
    stored: Instant,
    /// Set when one request has gone to read an aged value again.
    refreshing: AtomicBool,
    value: Arc<dyn Any + Send + Sync>,
}

impl Memo {
    /// The value of `kind` for `key`, kept, or read by `load` (and kept) when it is
    /// missing, made before a write, or aged.
    pub async fn get<T, E, F, Fut>(&self, db: &Db, kind: &'static str, key: &str, load: F) -> Result<Arc<T>, E>
    where
        T: Send + Sync + 'static,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let entry_key = (kind, key.to_owned());
        if let Some(value) = self.kept(&entry_key, db.version()) {
            return Ok(value);
        }
        let lock = self.reading.lock().ok().map(|mut locks| {
            if locks.len() >= CAPACITY {
                locks.clear();
            }
            locks.entry(entry_key.clone()).or_default().clone()
        });
        let _reading = match &lock {
            Some(lock) => Some(lock.lock().await),
            None => None,
        };
        // Read by another request while this one waited. An aged value is no answer
        // here: this request is the one that reads it again.
        let version = db.version();
        if let Some(value) = self.fresh(&entry_key, version) {
            return Ok(value);
        }
        match load().await {
            Ok(value) => {
                let value = Arc::new(value);
                self.keep(entry_key, version, value.clone());
                Ok(value)
            }
            Err(error) => {
                // Another request may try again.
                if let Ok(entries) = self.entries.read()
                    && let Some(entry) = entries.get(&entry_key)
                {
                    entry.refreshing.store(false, Ordering::Release);
                }
                Err(error)
            }
        }
    }

    /// Forgets every value (to measure what pages cost when nothing is kept).
    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.write() {
            entries.clear();
        }
    }

    /// The value kept for `key` if it was read at `version` and is not aged.
    fn fresh<T: Send + Sync + 'static>(&self, key: &Key, version: u64) -> Option<Arc<T>> {
        let entries = self.entries.read().ok()?;
        let entry = entries.get(key).filter(|e| e.version == version && e.stored.elapsed() < MAX_AGE)?;
        entry.value.clone().downcast::<T>().ok()
    }

    /// The value kept for `key` if it was read at `version`: fresh, or aged while another
    /// request reads it again. `None` tells the caller to read it, and for an aged value
    /// makes the caller the one that does.
    fn kept<T: Send + Sync + 'static>(&self, key: &Key, version: u64) -> Option<Arc<T>> {
        let entries = self.entries.read().ok()?;
        let entry = entries.get(key).filter(|e| e.version == version)?;
        if entry.stored.elapsed() >= MAX_AGE
            && entry.refreshing.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire).is_ok()
        {
            return None;
        }
        entry.value.clone().downcast::<T>().ok()
    }

    fn keep(&self, key: Key, version: u64, value: Arc<dyn Any + Send + Sync>) {
        let Ok(mut entries) = self.entries.write() else { return };
        if entries.len() >= CAPACITY {
            entries.retain(|_, e| e.version == version && e.stored.elapsed() < MAX_AGE);
            if entries.len() >= CAPACITY {
                entries.clear();
            }
        }
        // A value read before a newer write must not replace one read after it.
        if entries.get(&key).is_some_and(|e| e.version > version) {
            return;
        }
        entries.insert(key, Entry { version, stored: Instant::now(), refreshing: AtomicBool::new(false), value });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    async fn db() -> Db {
        // One database in memory, shared by the pool's connections.
        let name = uuid::Uuid::new_v4().simple();
        let db = Db::connect(&format!("sqlite://file:memo-{name}?mode=memory&cache=shared")).await.unwrap();
        db.execute(apdc_store::Sql::new("CREATE TABLE t (x INTEGER)")).await.unwrap();
        db
    }

    #[tokio::test]
    async fn values_are_read_once_until_a_write() {
        let db = db().await;
        let memo = Memo::default();
        let reads = AtomicUsize::new(0);
        let read = || async {
            reads.fetch_add(1, Ordering::SeqCst);
            Ok::<_, ()>(42)
        };
        for _ in 0..3 {
            assert_eq!(*memo.get(&db, "answer", "k", read).await.unwrap(), 42);
        }
        assert_eq!(reads.load(Ordering::SeqCst), 1);
        // Another key, another kind: read apart.
        memo.get(&db, "answer", "other", read).await.unwrap();
        memo.get(&db, "question", "k", read).await.unwrap();
        assert_eq!(reads.load(Ordering::SeqCst), 3);
        db.execute(apdc_store::Sql::new("DELETE FROM t")).await.unwrap();
        memo.get(&db, "answer", "k", read).await.unwrap();
        assert_eq!(reads.load(Ordering::SeqCst), 3, "a statement that changed nothing changed no data");
        db.execute(apdc_store::Sql::new("INSERT INTO t (x) VALUES (1)")).await.unwrap();
        memo.get(&db, "answer", "k", read).await.unwrap();
        assert_eq!(reads.load(Ordering::SeqCst), 4, "read again after a write");
    }

    #[tokio::test]
    async fn requests_that_miss_together_read_once() {
        let db = db().await;
        let memo = Arc::new(Memo::default());
        let reads = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let (db, memo, reads) = (db.clone(), memo.clone(), reads.clone());
                tokio::spawn(async move {
                    let read = || async {
                        reads.fetch_add(1, Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        Ok::<_, ()>(9)
                    };
                    *memo.get(&db, "slow", "k", read).await.unwrap()
                })
            })
            .collect();
        for task in tasks {
            assert_eq!(task.await.unwrap(), 9);
        }
        assert_eq!(reads.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_failed_read_is_not_kept() {
        let db = db().await;
        let memo = Memo::default();
        assert!(memo.get(&db, "x", "k", || async { Err::<i32, _>("down") }).await.is_err());
        assert_eq!(*memo.get(&db, "x", "k", || async { Ok::<_, ()>(7) }).await.unwrap(), 7);
    }

    #[tokio::test]
    async fn an_aged_value_is_read_again_by_one_request_while_others_keep_it() {
        let db = db().await;
        let memo = Memo::default();
        let age = |memo: &Memo| {
            if let Ok(mut entries) = memo.entries.write() {
                entries.values_mut().for_each(|e| e.stored -= MAX_AGE);
            }
        };
        memo.get(&db, "x", "k", || async { Ok::<_, ()>(1) }).await.unwrap();
        age(&memo);
        // The first request after the value aged reads it again.
        assert_eq!(*memo.get(&db, "x", "k", || async { Ok::<_, ()>(2) }).await.unwrap(), 2);
        assert_eq!(*memo.get(&db, "x", "k", || async { Ok::<_, ()>(3) }).await.unwrap(), 2, "kept again");
        age(&memo);
        // While one request reads an aged value again, the others are served the old one.
        assert_eq!(memo.kept::<i32>(&("x", "k".to_owned()), db.version()), None, "this one reads");
        assert_eq!(
            *memo.get(&db, "x", "k", || async { Ok::<_, ()>(4) }).await.unwrap(),
            2,
            "the others are served at once"
        );
    }
}
