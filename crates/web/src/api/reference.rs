//! `/api/v1/countries` and `/api/v1/sdgs`: reference data.

use crate::error::AppResult;
use crate::state::AppState;
use apdc_store::reference;
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

/// A country with its UN M49 groupings.
#[derive(Serialize, ToSchema)]
pub struct ApiCountry {
    #[schema(example = "KE")]
    pub alpha2: String,
    pub alpha3: String,
    /// M49 numeric code, three digits.
    pub numeric: String,
    pub name_en: String,
    pub name_fr: String,
    pub name_es: String,
    pub name_ar: String,
    pub name_ru: String,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub intermediate_region: Option<String>,
    pub ldc: Option<bool>,
    pub lldc: Option<bool>,
    pub sids: Option<bool>,
    pub income_group: Option<String>,
}

/// A Sustainable Development Goal.
#[derive(Serialize, ToSchema)]
pub struct ApiSdg {
    pub number: i64,
    pub title_en: String,
    pub title_fr: String,
    pub title_es: String,
    /// The goal's official colour.
    #[schema(example = "#E5243B")]
    pub color: String,
}

/// All ISO 3166-1 countries.
#[utoipa::path(get, path = "/api/v1/countries", responses((status = 200, body = Vec<ApiCountry>)), tag = "reference")]
pub async fn countries(State(state): State<AppState>) -> AppResult<Json<Vec<ApiCountry>>> {
    let all = reference::countries(state.db()).await?;
    Ok(Json(
        all.into_iter()
            .map(|c| ApiCountry {
                alpha2: c.alpha2,
                alpha3: c.alpha3,
                numeric: c.numeric_code,
                name_en: c.name_en,
                name_fr: c.name_fr,
                name_es: c.name_es,
                name_ar: c.name_ar,
                name_ru: c.name_ru,
                region: c.m49_region,
                subregion: c.m49_subregion,
                intermediate_region: c.m49_intermediate_region,
                ldc: c.ldc,
                lldc: c.lldc,
                sids: c.sids,
                income_group: c.wb_income_group,
            })
            .collect(),
    ))
}

/// The 17 Sustainable Development Goals.
#[utoipa::path(get, path = "/api/v1/sdgs", responses((status = 200, body = Vec<ApiSdg>)), tag = "reference")]
pub async fn sdgs(State(state): State<AppState>) -> AppResult<Json<Vec<ApiSdg>>> {
    let all = reference::sdgs(state.db()).await?;
    Ok(Json(
        all.into_iter()
            .map(|s| ApiSdg {
                number: s.number,
                title_en: s.title_en,
                title_fr: s.title_fr,
                title_es: s.title_es,
                color: s.color_hex,
            })
            .collect(),
    ))
}
