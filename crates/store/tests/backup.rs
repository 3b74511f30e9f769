//! Restoring a backup made by an earlier version: accepted, then migrated; and which
//! migration histories a restore accepts.

use apdc_store::backup::{compatible, restore};
use apdc_store::db::SQLITE_MIGRATIONS;
use apdc_store::{Db, Sql};
use std::path::{Path, PathBuf};

fn folder() -> PathBuf {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let dir = std::env::temp_dir().join(format!("apdc-store-backup-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The history of a database that ran the first `n` migrations of this version.
fn history(n: usize) -> Vec<(i64, bool, Vec<u8>)> {
    SQLITE_MIGRATIONS.iter().take(n).map(|m| (m.version, true, m.checksum.to_vec())).collect()
}

#[test]
fn the_same_or_an_earlier_history_is_accepted_a_later_or_different_one_is_not() {
    let all = SQLITE_MIGRATIONS.iter().count();
    assert!(all >= 2, "the checks below need two migrations");
    let latest = SQLITE_MIGRATIONS.iter().last().unwrap().version;
    assert_eq!(compatible(&history(all), &SQLITE_MIGRATIONS), Ok(latest));
    assert_eq!(compatible(&history(1), &SQLITE_MIGRATIONS), Ok(SQLITE_MIGRATIONS.iter().next().unwrap().version));

    let mut later = history(all);
    later.push((latest + 1, true, vec![0]));
    assert!(compatible(&later, &SQLITE_MIGRATIONS).unwrap_err().contains("newer"));
    let mut altered = history(all);
    altered[0].2 = vec![1, 2, 3];
    assert!(compatible(&altered, &SQLITE_MIGRATIONS).unwrap_err().contains("not apdc's migration"));
    let mut gap = history(all);
    gap.remove(0);
    assert!(compatible(&gap, &SQLITE_MIGRATIONS).is_err(), "a missing migration");
    let mut failed = history(all);
    failed[all - 1].1 = false;
    assert!(compatible(&failed, &SQLITE_MIGRATIONS).unwrap_err().contains("did not complete"));
    assert!(compatible(&[], &SQLITE_MIGRATIONS).unwrap_err().contains("not an apdc database"));
}

#[tokio::test]
async fn a_backup_from_an_earlier_version_is_restored_then_migrated() {
    let dir = folder();
    // An earlier version's database: the same migration files, but the last one missing.
    let earlier = dir.join("migrations");
    std::fs::create_dir_all(&earlier).unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/sqlite");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&source).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.pop();
    for file in &files {
        std::fs::copy(file, earlier.join(file.file_name().unwrap())).unwrap();
    }
    let old_url = format!("sqlite://{}?mode=rwc", dir.join("old.db").display());
    let old = Db::connect(&old_url).await.unwrap();
    let migrator = sqlx::migrate::Migrator::new(earlier.as_path()).await.unwrap();
    migrator.run(old.sqlite_pool().unwrap()).await.unwrap();
    old.close().await;
    let backup = dir.join("old-backup.db");
    let made = apdc_store::backup::backup(&old_url, &backup).await.unwrap();
    let previous = SQLITE_MIGRATIONS.iter().nth(files.len() - 1).unwrap().version;
    assert_eq!(made.schema_version, previous);

    let url = format!("sqlite://{}?mode=rwc", dir.join("new/apdc.db").display());
    let report = restore(&url, &backup).await.unwrap();
    let latest = SQLITE_MIGRATIONS.iter().last().unwrap().version;
    assert_eq!((report.schema_version, report.migrated_to), (previous, latest));
    assert!(report.previous.is_none());
    let db = Db::connect(&url).await.unwrap();
    let (count,): (i64,) = db.fetch_one(Sql::new("SELECT COUNT(*) FROM _sqlx_migrations")).await.unwrap();
    assert_eq!(count as usize, SQLITE_MIGRATIONS.iter().count(), "every migration applied once");
    db.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}
