//! `apdc backup` and `apdc restore`: what the operator sees of the store's backups.
//!
//! The work and every check are in `apdc_store::backup`; this module only reports.

use anyhow::{Context, Result};
use std::path::Path;

pub async fn backup(database: &str, out: &Path) -> Result<()> {
    let started = std::time::Instant::now();
    let report = apdc_store::backup::backup(database, out)
        .await
        .with_context(|| format!("backing up {}", apdc_store::db::redact_url(database)))?;
    println!(
        "Backup written to {} ({} bytes, schema version {}, {} ms). Restore it with: apdc restore --from {}",
        out.display(),
        report.bytes,
        report.schema_version,
        started.elapsed().as_millis(),
        out.display()
    );
    Ok(())
}

pub async fn restore(database: &str, from: &Path) -> Result<()> {
    let report = apdc_store::backup::restore(database, from)
        .await
        .with_context(|| format!("restoring {} from {}", apdc_store::db::redact_url(database), from.display()))?;
    println!(
        "Restored {} from {} ({} bytes, schema version {}{}).",
        report.database.display(),
        from.display(),
        report.bytes,
        report.schema_version,
        if report.migrated_to == report.schema_version {
            String::new()
        } else {
            format!(", migrated to {}", report.migrated_to)
        }
    );
    if let Some(previous) = report.previous {
        println!("The database it replaced is kept at {}.", previous.display());
    }
    Ok(())
}
