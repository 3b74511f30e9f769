//! The member registry: reading, filtering and changing ISO members and their focal
//! points.

use crate::audit::{self, Actor, Change};
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::paging::Paged;
use crate::{Db, now};
use apdc_domain::member::{FocalPointInput, MemberContactInput, MemberInput};
use apdc_domain::{CountryCode, DevelopingBasis, MemberCategory};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

/// The columns of a member joined with its country, in the order of [`MemberRow`].
const MEMBER_COLUMNS: &str = "m.id, m.alpha2, m.acronym, m.name, m.category, m.developing, m.developing_basis, \
     m.developing_note, m.website, m.email, m.phone, m.address, m.origin, m.source, m.source_url, m.source_note, \
     m.as_of, m.created_at, m.updated_at, c.name_en, c.name_fr, c.name_es, c.name_ar, c.name_ru, c.m49_region, \
     c.m49_subregion, c.m49_intermediate_region, c.ldc, c.lldc, c.sids, c.wb_income_group";

#[derive(Debug, sqlx::FromRow)]
struct MemberRow {
    id: i64,
    alpha2: String,
    acronym: Option<String>,
    name: Option<String>,
    category: String,
    developing: bool,
    developing_basis: String,
    developing_note: Option<String>,
    website: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    address: Option<String>,
    origin: String,
    source: Option<String>,
    source_url: Option<String>,
    source_note: Option<String>,
    as_of: Option<String>,
    created_at: i64,
    updated_at: i64,
    name_en: String,
    name_fr: String,
    name_es: String,
    name_ar: String,
    name_ru: String,
    m49_region: Option<String>,
    m49_subregion: Option<String>,
    m49_intermediate_region: Option<String>,
    ldc: Option<bool>,
    lldc: Option<bool>,
    sids: Option<bool>,
    wb_income_group: Option<String>,
}

/// The names of a country in the languages of the reference data.
#[derive(Debug, Clone, Serialize)]
pub struct CountryNames {
    pub en: String,
    pub fr: String,
    pub es: String,
    pub ar: String,
    pub ru: String,
}

impl CountryNames {
    /// The name in `language`, or the English one for a language the data lacks.
    pub fn get(&self, language: &str) -> &str {
        match language {
            "fr" => &self.fr,
            "es" => &self.es,
            "ar" => &self.ar,
            "ru" => &self.ru,
            _ => &self.en,
        }
    }
}

/// An ISO member with the facts of its country.
#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub id: i64,
    pub alpha2: CountryCode,
    pub acronym: Option<String>,
    pub name: Option<String>,
    pub category: MemberCategory,
    pub developing: bool,
    pub developing_basis: DevelopingBasis,
    pub developing_note: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    /// `reference` while the record is as the reference data gave it, `staff` once a
    /// person has changed it (a re-seed then leaves it alone).
    pub origin: String,
    pub source: Option<String>,
    pub source_url: Option<String>,
    pub source_note: Option<String>,
    pub as_of: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub country_names: CountryNames,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub intermediate_region: Option<String>,
    pub ldc: Option<bool>,
    pub lldc: Option<bool>,
    pub sids: Option<bool>,
    pub income_group: Option<String>,
}

impl TryFrom<MemberRow> for Member {
    type Error = StoreError;
    fn try_from(r: MemberRow) -> Result<Self> {
        let corrupt = |what: &str, value: &str| StoreError::Corrupt(format!("member {}: {what} {value:?}", r.alpha2));
        Ok(Self {
            id: r.id,
            alpha2: CountryCode::parse(&r.alpha2).map_err(|_| corrupt("alpha2", &r.alpha2))?,
            category: MemberCategory::parse(&r.category).map_err(|_| corrupt("category", &r.category))?,
            developing_basis: DevelopingBasis::parse(&r.developing_basis)
                .map_err(|_| corrupt("developing_basis", &r.developing_basis))?,
            acronym: r.acronym,
            name: r.name,
            developing: r.developing,
            developing_note: r.developing_note,
            website: r.website,
            email: r.email,
            phone: r.phone,
            address: r.address,
            origin: r.origin,
            source: r.source,
            source_url: r.source_url,
            source_note: r.source_note,
            as_of: r.as_of,
            created_at: r.created_at,
            updated_at: r.updated_at,
            country_names: CountryNames { en: r.name_en, fr: r.name_fr, es: r.name_es, ar: r.name_ar, ru: r.name_ru },
            region: r.m49_region,
            subregion: r.m49_subregion,
            intermediate_region: r.m49_intermediate_region,
            ldc: r.ldc,
            lldc: r.lldc,
            sids: r.sids,
            income_group: r.wb_income_group,
        })
    }
}

impl Member {
    /// The fields people edit, as recorded in the audit trail.
    pub fn snapshot(&self) -> serde_json::Value {
        serde_json::json!({
            "acronym": self.acronym,
            "name": self.name,
            "category": self.category.as_str(),
            "developing": self.developing,
            "developing_basis": self.developing_basis.as_str(),
            "developing_note": self.developing_note,
            "website": self.website,
            "email": self.email,
            "phone": self.phone,
            "address": self.address,
        })
    }

    /// The M49 grouping to show for "where": the intermediate region when there is one
    /// ("Eastern Africa"), the sub-region otherwise.
    pub fn area(&self) -> Option<&str> {
        self.intermediate_region.as_deref().or(self.subregion.as_deref())
    }
}

/// Which members to list.
#[derive(Debug, Clone, Default)]
pub struct MemberFilter {
    pub region: Option<String>,
    pub category: Option<MemberCategory>,
    pub developing: Option<bool>,
    /// Matches acronym, name or any country name, ignoring case.
    pub text: Option<String>,
}

/// How to order a member list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MemberSort {
    #[default]
    Country,
    Acronym,
    Category,
    Region,
}

impl MemberSort {
    pub const ALL: [Self; 4] = [Self::Country, Self::Acronym, Self::Category, Self::Region];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Country => "country",
            Self::Acronym => "acronym",
            Self::Category => "category",
            Self::Region => "region",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }
}

/// Folds a name for sorting: accents removed, lower case, so that "Émirats" sorts with
/// the E's in every language.
pub fn sort_key(text: &str) -> String {
    text.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect::<String>().to_lowercase()
}

/// Members matching `filter`, ordered by `sort` in `language`, one page of them.
///
/// The registry holds at most one member per country (fewer than 250 rows), so the
/// database filters and this function orders and pages in memory: that is what lets the
/// order follow the reader's language, accents included, on both engines alike.
pub async fn list(
    db: &Db,
    filter: &MemberFilter,
    sort: MemberSort,
    descending: bool,
    language: &str,
    page: usize,
    per_page: usize,
) -> Result<Paged<Member>> {
    let members = sorted(db, filter, sort, descending, language).await?;
    Ok(Paged::of(&members, page, per_page.clamp(1, 500)))
}

/// Every member matching `filter`, in the order asked for (by country name in
/// `language` within the sort key).
pub async fn sorted(
    db: &Db,
    filter: &MemberFilter,
    sort: MemberSort,
    descending: bool,
    language: &str,
) -> Result<Vec<Member>> {
    let mut members = matching(db, filter).await?;
    let key = |m: &Member| -> (String, String) {
        let country = sort_key(m.country_names.get(language));
        let primary = match sort {
            MemberSort::Country => String::new(),
            MemberSort::Acronym => sort_key(m.acronym.as_deref().unwrap_or("\u{10FFFF}")),
            MemberSort::Category => {
                MemberCategory::ALL.iter().position(|c| *c == m.category).unwrap_or_default().to_string()
            }
            MemberSort::Region => sort_key(m.region.as_deref().unwrap_or("\u{10FFFF}")),
        };
        (primary, country)
    };
    members.sort_by_cached_key(key);
    if descending {
        members.reverse();
    }
    Ok(members)
}

/// Every member matching `filter`, in no particular order.
pub async fn matching(db: &Db, filter: &MemberFilter) -> Result<Vec<Member>> {
    let mut sql =
        Sql::new(format!("SELECT {MEMBER_COLUMNS} FROM members m JOIN countries c ON c.alpha2 = m.alpha2 WHERE 1 = 1"));
    if let Some(region) = &filter.region {
        let p = sql.param(region.as_str());
        sql.push(&format!(" AND c.m49_region = {p}"));
    }
    if let Some(category) = filter.category {
        let p = sql.param(category.as_str());
        sql.push(&format!(" AND m.category = {p}"));
    }
    if let Some(developing) = filter.developing {
        let p = sql.param(developing);
        sql.push(&format!(" AND m.developing = {p}"));
    }
    if let Some(text) = filter.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let pattern = crate::db::contains_pattern(text);
        let p = sql.param(pattern);
        sql.push(&format!(
            " AND (LOWER(COALESCE(m.acronym, '')) LIKE {p} ESCAPE '\\' OR LOWER(COALESCE(m.name, '')) LIKE {p} ESCAPE '\\' \
             OR LOWER(c.name_en) LIKE {p} ESCAPE '\\' OR LOWER(c.name_fr) LIKE {p} ESCAPE '\\' OR LOWER(m.alpha2) LIKE {p} ESCAPE '\\')"
        ));
    }
    let rows: Vec<MemberRow> = db.fetch_all(sql).await?;
    rows.into_iter().map(Member::try_from).collect()
}

/// One member by country code.
pub async fn get(db: &Db, alpha2: CountryCode) -> Result<Member> {
    let row: MemberRow = db
        .fetch_one(
            Sql::new(format!(
                "SELECT {MEMBER_COLUMNS} FROM members m JOIN countries c ON c.alpha2 = m.alpha2 WHERE m.alpha2 = $1"
            ))
            .bind(alpha2.as_str()),
        )
        .await?;
    row.try_into()
}

async fn get_in(tx: &mut Tx, alpha2: CountryCode) -> Result<Option<Member>> {
    let row: Option<MemberRow> = tx
        .fetch_optional(
            Sql::new(format!(
                "SELECT {MEMBER_COLUMNS} FROM members m JOIN countries c ON c.alpha2 = m.alpha2 WHERE m.alpha2 = $1"
            ))
            .bind(alpha2.as_str()),
        )
        .await?;
    row.map(Member::try_from).transpose()
}

/// Adds a member that staff describe. The country must exist and have no member yet.
pub async fn create(db: &Db, actor: &Actor, input: &MemberInput) -> Result<Member> {
    let mut tx = db.begin().await?;
    let member = create_in(&mut tx, actor, input).await?;
    tx.commit().await?;
    Ok(member)
}

pub(crate) async fn create_in(tx: &mut Tx, actor: &Actor, input: &MemberInput) -> Result<Member> {
    ensure_country(tx, input.alpha2).await?;
    let at = now();
    tx.execute(
        Sql::new(
            "INSERT INTO members (alpha2, acronym, name, category, developing, developing_basis, developing_note, \
             website, origin, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'staff', $9, $9)",
        )
        .bind(input.alpha2.as_str())
        .bind(input.acronym.clone())
        .bind(input.name.clone())
        .bind(input.category.as_str())
        .bind(input.developing)
        .bind(input.developing_basis.as_str())
        .bind(input.developing_note.clone())
        .bind(input.website.clone())
        .bind(at),
    )
    .await
    .map_err(|e| e.on_unique("alpha2"))?;
    crate::search::sync_members(tx, &[input.alpha2.as_str()]).await?;
    let member = get_in(tx, input.alpha2).await?.ok_or(StoreError::NotFound)?;
    let change = Change {
        action: "member.create",
        record_type: "member",
        record_key: input.alpha2.as_str(),
        before: None,
        after: Some(member.snapshot()),
    };
    audit::record(tx, actor, change).await?;
    Ok(member)
}

/// Replaces what staff maintain of a member. Returns the member as stored afterwards.
pub async fn update(db: &Db, actor: &Actor, input: &MemberInput) -> Result<Member> {
    let mut tx = db.begin().await?;
    let member = update_in(&mut tx, actor, input).await?;
    tx.commit().await?;
    Ok(member)
}

pub(crate) async fn update_in(tx: &mut Tx, actor: &Actor, input: &MemberInput) -> Result<Member> {
    let before = get_in(tx, input.alpha2).await?.ok_or(StoreError::NotFound)?;
    tx.execute(
        Sql::new(
            "UPDATE members SET acronym = $2, name = $3, category = $4, developing = $5, developing_basis = $6, \
             developing_note = $7, website = $8, origin = 'staff', updated_at = $9 WHERE alpha2 = $1",
        )
        .bind(input.alpha2.as_str())
        .bind(input.acronym.clone())
        .bind(input.name.clone())
        .bind(input.category.as_str())
        .bind(input.developing)
        .bind(input.developing_basis.as_str())
        .bind(input.developing_note.clone())
        .bind(input.website.clone())
        .bind(now()),
    )
    .await?;
    crate::search::sync_members(tx, &[input.alpha2.as_str()]).await?;
    let after = get_in(tx, input.alpha2).await?.ok_or(StoreError::NotFound)?;
    record_update(tx, actor, "member.update", &before, &after).await?;
    Ok(after)
}

/// Replaces a member's public contact details.
pub async fn update_contacts(
    db: &Db,
    actor: &Actor,
    alpha2: CountryCode,
    input: &MemberContactInput,
) -> Result<Member> {
    let mut tx = db.begin().await?;
    let before = get_in(&mut tx, alpha2).await?.ok_or(StoreError::NotFound)?;
    tx.execute(
        Sql::new(
            "UPDATE members SET website = $2, email = $3, phone = $4, address = $5, origin = 'staff', updated_at = $6 \
             WHERE alpha2 = $1",
        )
        .bind(alpha2.as_str())
        .bind(input.website.clone())
        .bind(input.email.as_ref().map(|e| e.as_str().to_owned()))
        .bind(input.phone.clone())
        .bind(input.address.clone())
        .bind(now()),
    )
    .await?;
    let after = get_in(&mut tx, alpha2).await?.ok_or(StoreError::NotFound)?;
    record_update(&mut tx, actor, "member.update_contacts", &before, &after).await?;
    tx.commit().await?;
    Ok(after)
}

async fn record_update(tx: &mut Tx, actor: &Actor, action: &str, before: &Member, after: &Member) -> Result<()> {
    let change = Change {
        action,
        record_type: "member",
        record_key: after.alpha2.as_str(),
        before: Some(before.snapshot()),
        after: Some(after.snapshot()),
    };
    audit::record(tx, actor, change).await
}

/// The row id of the member of `alpha2`, or an invalid-input error on `field`.
pub(crate) async fn member_id(tx: &mut Tx, alpha2: CountryCode, field: &'static str) -> Result<i64> {
    let found: Option<(i64,)> =
        tx.fetch_optional(Sql::new("SELECT id FROM members WHERE alpha2 = $1").bind(alpha2.as_str())).await?;
    found.map(|(id,)| id).ok_or_else(|| StoreError::invalid(field, "unknown_member"))
}

async fn ensure_country(tx: &mut Tx, alpha2: CountryCode) -> Result<()> {
    let found: Option<(String,)> =
        tx.fetch_optional(Sql::new("SELECT alpha2 FROM countries WHERE alpha2 = $1").bind(alpha2.as_str())).await?;
    match found {
        Some(_) => Ok(()),
        None => Err(StoreError::invalid("alpha2", "unknown_country")),
    }
}

/// A named contact person at a member.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct FocalPoint {
    pub id: i64,
    pub member_id: i64,
    pub name: String,
    pub position: Option<String>,
    pub email: String,
    pub phone: Option<String>,
    pub is_demo: bool,
}

impl FocalPoint {
    fn snapshot(&self) -> serde_json::Value {
        serde_json::json!({
            "focal_point": self.name,
            "position": self.position,
            "email": self.email,
            "phone": self.phone,
        })
    }
}

pub async fn focal_points(db: &Db, member_id: i64) -> Result<Vec<FocalPoint>> {
    db.fetch_all(
        Sql::new(
            "SELECT id, member_id, name, position, email, phone, is_demo FROM focal_points WHERE member_id = $1 \
             ORDER BY name, id",
        )
        .bind(member_id),
    )
    .await
}

/// Adds a focal point to a member; `is_demo` marks fictional demonstration records.
pub async fn add_focal_point(
    db: &Db,
    actor: &Actor,
    alpha2: CountryCode,
    input: &FocalPointInput,
    is_demo: bool,
) -> Result<FocalPoint> {
    let mut tx = db.begin().await?;
    let member = get_in(&mut tx, alpha2).await?.ok_or(StoreError::NotFound)?;
    let at = now();
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO focal_points (member_id, name, position, email, phone, is_demo, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
            )
            .bind(member.id)
            .bind(input.name.as_str())
            .bind(input.position.clone())
            .bind(input.email.as_str())
            .bind(input.phone.clone())
            .bind(is_demo)
            .bind(at),
        )
        .await?;
    let point = FocalPoint {
        id,
        member_id: member.id,
        name: input.name.clone(),
        position: input.position.clone(),
        email: input.email.as_str().to_owned(),
        phone: input.phone.clone(),
        is_demo,
    };
    let change = Change {
        action: "member.focal_point.add",
        record_type: "member",
        record_key: alpha2.as_str(),
        before: None,
        after: Some(point.snapshot()),
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await?;
    Ok(point)
}

/// Removes a focal point of the member `alpha2`; a focal point of another member is
/// reported as not found.
pub async fn remove_focal_point(db: &Db, actor: &Actor, alpha2: CountryCode, focal_point_id: i64) -> Result<()> {
    let mut tx = db.begin().await?;
    let member = get_in(&mut tx, alpha2).await?.ok_or(StoreError::NotFound)?;
    let point: FocalPoint = tx
        .fetch_optional(
            Sql::new(
                "SELECT id, member_id, name, position, email, phone, is_demo FROM focal_points \
                 WHERE id = $1 AND member_id = $2",
            )
            .bind(focal_point_id)
            .bind(member.id),
        )
        .await?
        .ok_or(StoreError::NotFound)?;
    tx.execute(Sql::new("DELETE FROM focal_points WHERE id = $1").bind(point.id)).await?;
    let change = Change {
        action: "member.focal_point.remove",
        record_type: "member",
        record_key: alpha2.as_str(),
        before: Some(point.snapshot()),
        after: None,
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await?;
    Ok(())
}

/// Members and developing-country members in some group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub members: usize,
    pub developing: usize,
}

impl Tally {
    fn add(&mut self, developing: bool) {
        self.members += 1;
        self.developing += usize::from(developing);
    }
}

/// One M49 region: its ISO 3166 countries and territories, and the members among them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RegionFigures {
    /// `None` for the few entries M49 places in no region (Antarctica, Taiwan).
    pub region: Option<String>,
    pub countries: usize,
    pub tally: Tally,
}

/// Counts behind the key figures of the public site.
#[derive(Debug, Clone, Default, Serialize)]
pub struct KeyFigures {
    pub members: usize,
    pub developing: usize,
    pub by_category: Vec<(MemberCategory, Tally)>,
    /// Regions in M49 order, then the countries without a region.
    pub by_region: Vec<RegionFigures>,
}

impl KeyFigures {
    /// The position of `region` in `by_region`, adding it if it is not there yet.
    fn region_index(&mut self, region: Option<String>) -> usize {
        match self.by_region.iter().position(|r| r.region == region) {
            Some(index) => index,
            None => {
                self.by_region.push(RegionFigures { region, ..RegionFigures::default() });
                self.by_region.len() - 1
            }
        }
    }

    /// The share of developing-country members, in whole percent (rounded half up).
    pub fn developing_percent(&self) -> usize {
        if self.members == 0 { 0 } else { (self.developing * 200 + self.members) / (self.members * 2) }
    }
}

pub async fn key_figures(db: &Db) -> Result<KeyFigures> {
    let members: Vec<(Option<String>, String, bool)> = db
        .fetch_all(Sql::new(
            "SELECT c.m49_region, m.category, m.developing FROM members m JOIN countries c ON c.alpha2 = m.alpha2",
        ))
        .await?;
    let countries: Vec<(Option<String>, i64)> =
        db.fetch_all(Sql::new("SELECT m49_region, COUNT(*) FROM countries GROUP BY m49_region")).await?;
    let mut figures = KeyFigures {
        by_category: MemberCategory::ALL.iter().map(|c| (*c, Tally::default())).collect(),
        by_region: apdc_domain::country::M49_REGIONS
            .iter()
            .map(|r| RegionFigures { region: Some((*r).to_owned()), ..RegionFigures::default() })
            .collect(),
        ..KeyFigures::default()
    };
    for (region, count) in countries {
        let index = figures.region_index(region);
        figures.by_region[index].countries = usize::try_from(count).unwrap_or(0);
    }
    for (region, category, developing) in members {
        let category = MemberCategory::parse(&category)
            .map_err(|_| StoreError::Corrupt(format!("member category {category:?}")))?;
        figures.members += 1;
        figures.developing += usize::from(developing);
        if let Some((_, tally)) = figures.by_category.iter_mut().find(|(c, _)| *c == category) {
            tally.add(developing);
        }
        let index = figures.region_index(region);
        figures.by_region[index].tally.add(developing);
    }
    Ok(figures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_keys_ignore_accents_and_case() {
        assert_eq!(sort_key("Émirats arabes unis"), "emirats arabes unis");
        let mut names = vec!["Zambie", "Émirats arabes unis", "Egypte", "Afghanistan"];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(names, vec!["Afghanistan", "Egypte", "Émirats arabes unis", "Zambie"]);
    }

    #[test]
    fn percentages_round_half_up() {
        let figures = |members, developing| KeyFigures { members, developing, ..KeyFigures::default() };
        assert_eq!(figures(165, 121).developing_percent(), 73);
        assert_eq!(figures(8, 1).developing_percent(), 13);
        assert_eq!(figures(0, 0).developing_percent(), 0);
        assert_eq!(figures(4, 3).developing_percent(), 75);
    }
}
