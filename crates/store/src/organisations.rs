//! Organisations that fund, implement or are accountable for projects, and the themes
//! staff tag projects with.

use crate::audit::{self, Actor, Change};
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::{Db, now};
use apdc_domain::project::{OrgType, OrganisationInput, ThemeInput};
use serde::Serialize;

const ORGANISATION_COLUMNS: &str = "id, name, acronym, org_type, iati_ref, country, website";

#[derive(Debug, sqlx::FromRow)]
struct OrganisationRow {
    id: i64,
    name: String,
    acronym: Option<String>,
    org_type: String,
    iati_ref: Option<String>,
    country: Option<String>,
    website: Option<String>,
}

/// A donor, partner or implementer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub acronym: Option<String>,
    pub org_type: OrgType,
    /// IATI organisation identifier.
    pub iati_ref: Option<String>,
    pub country: Option<String>,
    pub website: Option<String>,
}

impl TryFrom<OrganisationRow> for Organisation {
    type Error = StoreError;
    fn try_from(r: OrganisationRow) -> Result<Self> {
        Ok(Self {
            org_type: OrgType::parse(&r.org_type)
                .map_err(|_| StoreError::Corrupt(format!("organisation {}: org_type {:?}", r.id, r.org_type)))?,
            id: r.id,
            name: r.name,
            acronym: r.acronym,
            iati_ref: r.iati_ref,
            country: r.country,
            website: r.website,
        })
    }
}

impl Organisation {
    /// The short name when there is one.
    pub fn label(&self) -> &str {
        self.acronym.as_deref().unwrap_or(&self.name)
    }

    fn snapshot(&self) -> serde_json::Value {
        serde_json::json!({
            "name": self.name,
            "acronym": self.acronym,
            "org_type": self.org_type.as_str(),
            "iati_ref": self.iati_ref,
            "country": self.country,
            "website": self.website,
        })
    }
}

/// Every organisation, by name.
pub async fn list(db: &Db) -> Result<Vec<Organisation>> {
    let rows: Vec<OrganisationRow> =
        db.fetch_all(Sql::new(format!("SELECT {ORGANISATION_COLUMNS} FROM organisations ORDER BY name"))).await?;
    rows.into_iter().map(Organisation::try_from).collect()
}

pub async fn get(db: &Db, id: i64) -> Result<Organisation> {
    let row: OrganisationRow = db
        .fetch_one(Sql::new(format!("SELECT {ORGANISATION_COLUMNS} FROM organisations WHERE id = $1")).bind(id))
        .await?;
    row.try_into()
}

async fn get_in(tx: &mut Tx, id: i64) -> Result<Organisation> {
    let row: OrganisationRow = tx
        .fetch_one(Sql::new(format!("SELECT {ORGANISATION_COLUMNS} FROM organisations WHERE id = $1")).bind(id))
        .await?;
    row.try_into()
}

async fn check_country(tx: &mut Tx, input: &OrganisationInput) -> Result<()> {
    if let Some(country) = input.country {
        let found: Option<(String,)> = tx
            .fetch_optional(Sql::new("SELECT alpha2 FROM countries WHERE alpha2 = $1").bind(country.as_str()))
            .await?;
        if found.is_none() {
            return Err(StoreError::invalid("country", "unknown_country"));
        }
    }
    Ok(())
}

pub async fn create(db: &Db, actor: &Actor, input: &OrganisationInput) -> Result<Organisation> {
    let mut tx = db.begin().await?;
    let organisation = create_in(&mut tx, actor, input).await?;
    tx.commit().await?;
    Ok(organisation)
}

pub(crate) async fn create_in(tx: &mut Tx, actor: &Actor, input: &OrganisationInput) -> Result<Organisation> {
    check_country(tx, input).await?;
    let at = now();
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO organisations (name, acronym, org_type, iati_ref, country, website, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
            )
            .bind(input.name.as_str())
            .bind(input.acronym.clone())
            .bind(input.org_type.as_str())
            .bind(input.iati_ref.clone())
            .bind(input.country.map(|c| c.to_string()))
            .bind(input.website.clone())
            .bind(at),
        )
        .await
        .map_err(|e| e.on_unique("name"))?;
    let organisation = get_in(tx, id).await?;
    let key = id.to_string();
    let change = Change {
        action: "organisation.create",
        record_type: "organisation",
        record_key: &key,
        before: None,
        after: Some(organisation.snapshot()),
    };
    audit::record(tx, actor, change).await?;
    Ok(organisation)
}

pub async fn update(db: &Db, actor: &Actor, id: i64, input: &OrganisationInput) -> Result<Organisation> {
    let mut tx = db.begin().await?;
    let before = get_in(&mut tx, id).await?;
    check_country(&mut tx, input).await?;
    tx.execute(
        Sql::new(
            "UPDATE organisations SET name = $2, acronym = $3, org_type = $4, iati_ref = $5, country = $6, \
             website = $7, updated_at = $8 WHERE id = $1",
        )
        .bind(id)
        .bind(input.name.as_str())
        .bind(input.acronym.clone())
        .bind(input.org_type.as_str())
        .bind(input.iati_ref.clone())
        .bind(input.country.map(|c| c.to_string()))
        .bind(input.website.clone())
        .bind(now()),
    )
    .await
    .map_err(|e| e.on_unique("name"))?;
    let after = get_in(&mut tx, id).await?;
    let key = id.to_string();
    let change = Change {
        action: "organisation.update",
        record_type: "organisation",
        record_key: &key,
        before: Some(before.snapshot()),
        after: Some(after.snapshot()),
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await?;
    Ok(after)
}

/// A label for projects ("circular economy", "SMEs").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Theme {
    pub id: i64,
    pub slug: String,
    pub name_en: String,
    pub name_fr: Option<String>,
}

impl Theme {
    /// The name in `language`, English when there is none.
    pub fn name(&self, language: &str) -> &str {
        match language {
            "fr" => self.name_fr.as_deref().unwrap_or(&self.name_en),
            _ => &self.name_en,
        }
    }
}

pub async fn themes(db: &Db) -> Result<Vec<Theme>> {
    db.fetch_all(Sql::new("SELECT id, slug, name_en, name_fr FROM themes ORDER BY name_en")).await
}

/// Adds a theme, or renames the theme that has the same slug.
pub async fn save_theme(db: &Db, actor: &Actor, input: &ThemeInput) -> Result<Theme> {
    let mut tx = db.begin().await?;
    let before: Option<Theme> = tx
        .fetch_optional(
            Sql::new("SELECT id, slug, name_en, name_fr FROM themes WHERE slug = $1").bind(input.slug.as_str()),
        )
        .await?;
    let at = now();
    tx.execute(
        Sql::new(
            "INSERT INTO themes (slug, name_en, name_fr, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) \
             ON CONFLICT (slug) DO UPDATE SET name_en = excluded.name_en, name_fr = excluded.name_fr, \
             updated_at = excluded.updated_at",
        )
        .bind(input.slug.as_str())
        .bind(input.name_en.as_str())
        .bind(input.name_fr.clone())
        .bind(at),
    )
    .await?;
    let theme: Theme = tx
        .fetch_one(Sql::new("SELECT id, slug, name_en, name_fr FROM themes WHERE slug = $1").bind(input.slug.as_str()))
        .await?;
    let snapshot = |t: &Theme| serde_json::json!({"slug": t.slug, "name_en": t.name_en, "name_fr": t.name_fr});
    let change = Change {
        action: if before.is_some() { "theme.update" } else { "theme.create" },
        record_type: "theme",
        record_key: &input.slug,
        before: before.as_ref().map(snapshot),
        after: Some(snapshot(&theme)),
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await?;
    Ok(theme)
}
