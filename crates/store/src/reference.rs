//! Reference data shipped with apdc (countries, ISO members, SDGs) and its loading.
//!
//! The files are copies of the project's `data/reference/` folder, compiled into the
//! binary so that `apdc seed` needs nothing beside it. Seeding is repeatable: countries
//! and SDGs are brought up to date, members are added or refreshed **only while no
//! person has changed them** (`origin = 'reference'`); a staff correction survives.

use crate::audit::{self, Actor, Change};
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::{Db, now};
use apdc_domain::country::in_developing_region;
use apdc_domain::{CountryCode, DevelopingBasis, MemberCategory};
use serde::Deserialize;

const COUNTRIES_CSV: &str = include_str!("../../../data/reference/countries.csv");
const MEMBERS_CSV: &str = include_str!("../../../data/reference/iso_members.csv");
const SDGS_CSV: &str = include_str!("../../../data/reference/sdgs.csv");

/// The ISO 3166-1 alpha-2 codes of the reference countries, in the file's order.
pub fn country_codes() -> Vec<&'static str> {
    COUNTRIES_CSV.lines().skip(1).filter_map(|line| line.split(',').next()).filter(|code| code.len() == 2).collect()
}

#[derive(Debug, Deserialize)]
struct CountryRecord {
    alpha2: String,
    alpha3: String,
    numeric: String,
    name_en: String,
    name_fr: String,
    name_es: String,
    name_ar: String,
    name_ru: String,
    m49_region: String,
    m49_subregion: String,
    m49_intermediate_region: String,
    ldc: String,
    lldc: String,
    sids: String,
    wb_income_group: String,
}

#[derive(Debug, Deserialize)]
struct MemberRecord {
    alpha2: String,
    member_acronym: String,
    member_name: String,
    category: String,
    as_of: String,
    source: String,
    note: String,
    source_url: String,
}

#[derive(Debug, Deserialize)]
struct SdgRecord {
    number: i64,
    title_en: String,
    title_fr: String,
    title_es: String,
    color_hex: String,
}

/// What a seeding run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SeedReport {
    pub countries: usize,
    pub sdgs: usize,
    pub members_added: usize,
    pub members_refreshed: usize,
    pub members_kept: usize,
}

fn blank_to_none(value: &str) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

fn flag(value: &str) -> Result<Option<bool>> {
    match value.trim() {
        "" => Ok(None),
        "true" => Ok(Some(true)),
        "false" => Ok(Some(false)),
        other => Err(StoreError::Corrupt(format!("reference data: boolean {other:?}"))),
    }
}

fn records<T: for<'de> Deserialize<'de>>(name: &str, text: &str) -> Result<Vec<T>> {
    csv::Reader::from_reader(text.as_bytes())
        .deserialize()
        .enumerate()
        .map(|(i, r)| r.map_err(|e| StoreError::Corrupt(format!("reference data {name}, record {}: {e}", i + 1))))
        .collect()
}

/// Loads or refreshes all reference data in one transaction.
pub async fn seed(db: &Db, actor: &Actor) -> Result<SeedReport> {
    let countries: Vec<CountryRecord> = records("countries.csv", COUNTRIES_CSV)?;
    let members: Vec<MemberRecord> = records("iso_members.csv", MEMBERS_CSV)?;
    let sdgs: Vec<SdgRecord> = records("sdgs.csv", SDGS_CSV)?;
    let mut report = SeedReport::default();
    let mut tx = db.begin().await?;
    for c in &countries {
        upsert_country(&mut tx, c).await?;
        report.countries += 1;
    }
    for s in &sdgs {
        tx.execute(
            Sql::new(
                "INSERT INTO sdgs (number, title_en, title_fr, title_es, color_hex) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (number) DO UPDATE SET title_en = excluded.title_en, title_fr = excluded.title_fr, \
                 title_es = excluded.title_es, color_hex = excluded.color_hex",
            )
            .bind(s.number)
            .bind(s.title_en.as_str())
            .bind(s.title_fr.as_str())
            .bind(s.title_es.as_str())
            .bind(s.color_hex.as_str()),
        )
        .await?;
        report.sdgs += 1;
    }
    for m in &members {
        let country = countries
            .iter()
            .find(|c| c.alpha2 == m.alpha2)
            .ok_or_else(|| StoreError::Corrupt(format!("reference member {} has no country", m.alpha2)))?;
        match seed_member(&mut tx, actor, m, country).await? {
            MemberSeed::Added => report.members_added += 1,
            MemberSeed::Refreshed => report.members_refreshed += 1,
            MemberSeed::Kept => report.members_kept += 1,
        }
    }
    // Country names may have changed as well as members: index every member again.
    let codes: Vec<&str> = members.iter().map(|m| m.alpha2.as_str()).collect();
    crate::search::sync_members(&mut tx, &codes).await?;
    tx.commit().await?;
    Ok(report)
}

async fn upsert_country(tx: &mut Tx, c: &CountryRecord) -> Result<()> {
    tx.execute(
        Sql::new(
            "INSERT INTO countries (alpha2, alpha3, numeric_code, name_en, name_fr, name_es, name_ar, name_ru, \
             m49_region, m49_subregion, m49_intermediate_region, ldc, lldc, sids, wb_income_group) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) \
             ON CONFLICT (alpha2) DO UPDATE SET alpha3 = excluded.alpha3, numeric_code = excluded.numeric_code, \
             name_en = excluded.name_en, name_fr = excluded.name_fr, name_es = excluded.name_es, \
             name_ar = excluded.name_ar, name_ru = excluded.name_ru, m49_region = excluded.m49_region, \
             m49_subregion = excluded.m49_subregion, m49_intermediate_region = excluded.m49_intermediate_region, \
             ldc = excluded.ldc, lldc = excluded.lldc, sids = excluded.sids, wb_income_group = excluded.wb_income_group",
        )
        .bind(c.alpha2.as_str())
        .bind(c.alpha3.as_str())
        .bind(c.numeric.as_str())
        .bind(c.name_en.as_str())
        .bind(c.name_fr.as_str())
        .bind(c.name_es.as_str())
        .bind(c.name_ar.as_str())
        .bind(c.name_ru.as_str())
        .bind(blank_to_none(&c.m49_region))
        .bind(blank_to_none(&c.m49_subregion))
        .bind(blank_to_none(&c.m49_intermediate_region))
        .bind(crate::db::Arg::Bool(flag(&c.ldc)?))
        .bind(crate::db::Arg::Bool(flag(&c.lldc)?))
        .bind(crate::db::Arg::Bool(flag(&c.sids)?))
        .bind(blank_to_none(&c.wb_income_group)),
    )
    .await?;
    Ok(())
}

enum MemberSeed {
    Added,
    Refreshed,
    Kept,
}

async fn seed_member(tx: &mut Tx, actor: &Actor, m: &MemberRecord, country: &CountryRecord) -> Result<MemberSeed> {
    let code = CountryCode::parse(&m.alpha2).map_err(|e| StoreError::Corrupt(format!("{}: {e}", m.alpha2)))?;
    let category = MemberCategory::parse(&m.category).map_err(|e| StoreError::Corrupt(format!("{}: {e}", m.alpha2)))?;
    // The reference list has no developing-country status; the initial one follows the UN
    // M49 regions convention and says so, until staff record ISO's own decision.
    let developing = in_developing_region(
        code,
        blank_to_none(&country.m49_region).as_deref(),
        blank_to_none(&country.m49_subregion).as_deref(),
    );
    #[derive(sqlx::FromRow)]
    struct Stored {
        origin: String,
        acronym: Option<String>,
        name: Option<String>,
        category: String,
        source: Option<String>,
    }
    let existing: Option<Stored> = tx
        .fetch_optional(
            Sql::new("SELECT origin, acronym, name, category, source FROM members WHERE alpha2 = $1")
                .bind(code.as_str()),
        )
        .await?;
    let snapshot = serde_json::json!({
        "acronym": blank_to_none(&m.member_acronym),
        "name": blank_to_none(&m.member_name),
        "category": category.as_str(),
        "developing": developing,
        "developing_basis": DevelopingBasis::UnM49Regions.as_str(),
    });
    let outcome = match &existing {
        // A person changed this member: the reference data no longer speaks for it.
        Some(stored) if stored.origin != "reference" => return Ok(MemberSeed::Kept),
        Some(stored)
            if stored.acronym == blank_to_none(&m.member_acronym)
                && stored.name == blank_to_none(&m.member_name)
                && stored.category == category.as_str()
                && stored.source == blank_to_none(&m.source) =>
        {
            return Ok(MemberSeed::Kept);
        }
        Some(_) => MemberSeed::Refreshed,
        None => MemberSeed::Added,
    };
    let at = now();
    tx.execute(
        Sql::new(
            "INSERT INTO members (alpha2, acronym, name, category, developing, developing_basis, origin, source, \
             source_url, source_note, as_of, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'reference', $7, $8, $9, $10, $11, $11) \
             ON CONFLICT (alpha2) DO UPDATE SET acronym = excluded.acronym, name = excluded.name, \
             category = excluded.category, developing = excluded.developing, \
             developing_basis = excluded.developing_basis, source = excluded.source, \
             source_url = excluded.source_url, source_note = excluded.source_note, as_of = excluded.as_of, \
             updated_at = excluded.updated_at WHERE members.origin = 'reference'",
        )
        .bind(code.as_str())
        .bind(blank_to_none(&m.member_acronym))
        .bind(blank_to_none(&m.member_name))
        .bind(category.as_str())
        .bind(developing)
        .bind(DevelopingBasis::UnM49Regions.as_str())
        .bind(blank_to_none(&m.source))
        .bind(blank_to_none(&m.source_url))
        .bind(blank_to_none(&m.note))
        .bind(blank_to_none(&m.as_of))
        .bind(at),
    )
    .await?;
    let action = match outcome {
        MemberSeed::Added => "member.create",
        _ => "member.refresh",
    };
    let change =
        Change { action, record_type: "member", record_key: code.as_str(), before: None, after: Some(snapshot) };
    audit::record(tx, actor, change).await?;
    Ok(outcome)
}

/// A country as the reference data describes it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub numeric_code: String,
    pub name_en: String,
    pub name_fr: String,
    pub name_es: String,
    pub name_ar: String,
    pub name_ru: String,
    pub m49_region: Option<String>,
    pub m49_subregion: Option<String>,
    pub m49_intermediate_region: Option<String>,
    pub ldc: Option<bool>,
    pub lldc: Option<bool>,
    pub sids: Option<bool>,
    pub wb_income_group: Option<String>,
}

pub async fn countries(db: &Db) -> Result<Vec<Country>> {
    db.fetch_all(Sql::new(
        "SELECT alpha2, alpha3, numeric_code, name_en, name_fr, name_es, name_ar, name_ru, m49_region, \
         m49_subregion, m49_intermediate_region, ldc, lldc, sids, wb_income_group FROM countries ORDER BY alpha2",
    ))
    .await
}

/// A Sustainable Development Goal.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Sdg {
    pub number: i64,
    pub title_en: String,
    pub title_fr: String,
    pub title_es: String,
    pub color_hex: String,
}

impl Sdg {
    /// The goal's short title in `language` (English for a language the data lacks).
    pub fn title(&self, language: &str) -> &str {
        match language {
            "fr" => &self.title_fr,
            "es" => &self.title_es,
            _ => &self.title_en,
        }
    }
}

pub async fn sdgs(db: &Db) -> Result<Vec<Sdg>> {
    db.fetch_all(Sql::new("SELECT number, title_en, title_fr, title_es, color_hex FROM sdgs ORDER BY number")).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_reference_files_parse() {
        let countries: Vec<CountryRecord> = records("countries.csv", COUNTRIES_CSV).unwrap();
        let members: Vec<MemberRecord> = records("iso_members.csv", MEMBERS_CSV).unwrap();
        let sdgs: Vec<SdgRecord> = records("sdgs.csv", SDGS_CSV).unwrap();
        assert_eq!(countries.len(), 249);
        assert_eq!(members.len(), 165);
        assert_eq!(sdgs.len(), 17);
        for m in &members {
            assert!(countries.iter().any(|c| c.alpha2 == m.alpha2), "member {} has a country", m.alpha2);
            MemberCategory::parse(&m.category).unwrap();
        }
        for c in &countries {
            flag(&c.ldc).unwrap();
            flag(&c.lldc).unwrap();
            flag(&c.sids).unwrap();
        }
    }
}
