//! What the site offers readers, for its sitemap: every public page that has its own
//! address, with the moment it last changed. Drafts, private projects, private plans and
//! content not yet (or no longer) published are left out by the same conditions the
//! pages themselves apply.

use crate::Db;
use crate::db::Sql;
use crate::error::Result;

/// One public page: its path after the language (`/projects/DEMO-0001`) and its last
/// change in Unix seconds, when known.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PublicPath {
    pub path: String,
    pub updated_at: Option<i64>,
}

/// Every public page with an address of its own, in a stable order: projects, members,
/// indicators of public plans, then published stories and pages visible at `at`.
pub async fn public_paths(db: &Db, at: i64) -> Result<Vec<PublicPath>> {
    let mut paths: Vec<PublicPath> = db
        .fetch_all(Sql::new(
            "SELECT '/projects/' || code AS path, updated_at FROM projects WHERE public = TRUE ORDER BY code",
        ))
        .await?;
    paths.extend(
        db.fetch_all::<PublicPath>(Sql::new(
            "SELECT '/members/' || alpha2 AS path, updated_at FROM members ORDER BY alpha2",
        ))
        .await?,
    );
    paths.extend(
        db.fetch_all::<PublicPath>(Sql::new(
            "SELECT '/results/' || i.code AS path, p.updated_at FROM indicators i JOIN plans p ON p.id = i.plan_id \
             WHERE p.public = TRUE ORDER BY i.code",
        ))
        .await?,
    );
    paths.extend(
        db.fetch_all::<PublicPath>(
            Sql::new(format!(
                "SELECT CASE c.kind WHEN 'story' THEN '/stories/' ELSE '/pages/' END || c.slug AS path, \
                 c.live_at AS updated_at FROM contents c WHERE {} \
                 ORDER BY c.kind DESC, c.published_at DESC, c.id",
                crate::contents::visible("$1")
            ))
            .bind(at),
        )
        .await?,
    );
    Ok(paths)
}
