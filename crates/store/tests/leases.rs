//! Job leases on the engine under test (SQLite, or PostgreSQL when
//! `APDC_TEST_POSTGRES_URL` names a server, in a database of its own dropped afterwards).

use apdc_store::leases::{Lease, current, release, try_acquire};
use apdc_store::{Db, Sql};

/// A migrated database of its own, and how to remove it.
struct TestDb {
    db: Db,
    drop_with: Option<(String, String)>,
    file: Option<std::path::PathBuf>,
}

impl TestDb {
    async fn new() -> Self {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        let name = format!("apdc_leases_{}_{nanos}", std::process::id());
        let (url, drop_with, file) = match std::env::var("APDC_TEST_POSTGRES_URL") {
            Ok(admin_url) if !admin_url.is_empty() => {
                let admin = Db::connect(&admin_url).await.expect("APDC_TEST_POSTGRES_URL must be reachable");
                admin.execute(Sql::new(format!("CREATE DATABASE {name}"))).await.unwrap();
                admin.close().await;
                let (base, query) = admin_url.split_once('?').unwrap_or((admin_url.as_str(), ""));
                let cut = base.rfind('/').filter(|i| *i > "postgres://".len()).unwrap_or(base.len());
                let query = if query.is_empty() { String::new() } else { format!("?{query}") };
                (format!("{}/{name}{query}", &base[..cut]), Some((admin_url.clone(), name)), None)
            }
            _ => {
                let file = std::env::temp_dir().join(format!("{name}.db"));
                (format!("sqlite://{}?mode=rwc", file.display()), None, Some(file))
            }
        };
        let db = Db::connect(&url).await.unwrap();
        db.migrate().await.unwrap();
        Self { db, drop_with, file }
    }

    async fn remove(self) {
        self.db.close().await;
        if let Some((admin_url, name)) = self.drop_with {
            let admin = Db::connect(&admin_url).await.unwrap();
            admin.execute(Sql::new(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))).await.unwrap();
            admin.close().await;
        }
        if let Some(file) = self.file {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
            }
        }
    }
}

#[tokio::test]
async fn a_lease_has_one_holder_until_released_or_expired() {
    let test = TestDb::new().await;
    let db = &test.db;
    assert!(try_acquire(db, "job", "a", 60).await.unwrap(), "free: a takes it");
    assert!(!try_acquire(db, "job", "b", 60).await.unwrap(), "b is refused while a's lease runs");
    assert!(try_acquire(db, "other job", "b", 60).await.unwrap(), "another job's lease is another lease");
    let before = current(db, "job").await.unwrap().unwrap();
    assert!(try_acquire(db, "job", "a", 120).await.unwrap(), "a renews its own lease");
    let renewed = current(db, "job").await.unwrap().unwrap();
    assert_eq!(renewed.holder, "a");
    assert!(renewed.expires_at > before.expires_at, "renewing extends it");

    assert!(!release(db, "job", "b").await.unwrap(), "only the holder releases");
    assert!(!try_acquire(db, "job", "b", 60).await.unwrap());
    assert!(release(db, "job", "a").await.unwrap());
    assert_eq!(current(db, "job").await.unwrap(), None);
    assert!(try_acquire(db, "job", "b", 60).await.unwrap(), "released: b takes it");

    // b stops without releasing (killed): its lease runs out, then a may take it.
    assert!(!try_acquire(db, "job", "a", 60).await.unwrap());
    db.fetch_optional::<(String,)>(
        Sql::new("UPDATE job_leases SET expires_at = $1 WHERE name = 'job' RETURNING holder")
            .bind(apdc_store::now() - 1),
    )
    .await
    .unwrap();
    assert!(try_acquire(db, "job", "a", 60).await.unwrap(), "expired: a takes it");
    let taken = current(db, "job").await.unwrap().unwrap();
    assert_eq!(taken.holder, "a");
    assert!(taken.expires_at >= apdc_store::now() + 59);
    test.remove().await;
}

#[tokio::test]
async fn of_many_asking_at_once_exactly_one_gets_the_lease() {
    let test = TestDb::new().await;
    for round in 0..5 {
        let name = format!("job {round}");
        let asks = (0..8).map(|i| {
            let (db, name) = (test.db.clone(), name.clone());
            tokio::spawn(async move { try_acquire(&db, &name, &format!("holder {i}"), 60).await.unwrap() })
        });
        let mut granted = 0;
        for ask in asks.collect::<Vec<_>>() {
            granted += usize::from(ask.await.unwrap());
        }
        assert_eq!(granted, 1, "round {round}");
        let Lease { holder, .. } = current(&test.db, &name).await.unwrap().unwrap();
        assert!(holder.starts_with("holder "));
    }
    test.remove().await;
}
