//! The results framework as stored: plans, their outcomes and outputs, indicators with
//! targets and the rule of computed ones, and which projects and activities serve which
//! output.
//!
//! A whole plan is read by [`framework`] in a fixed number of queries, whatever its
//! size, because dashboards show all of it at once.

use crate::audit::{self, Actor, Change};
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::{Db, now};
use apdc_domain::activity::ActivityMode;
use apdc_domain::person::ParticipationStatus;
use apdc_domain::project::CONTENT_LANGUAGES;
use apdc_domain::results::{
    Aggregation, Computation, Counts, Dimension, IndicatorInput, IndicatorSource, LocalText, Measure, PlanInput,
    ResultInput, ResultLevel, Selector,
};
use serde::Serialize;
use std::collections::HashMap;

/// The texts of a record in each language it has, English first.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Texts(pub Vec<LocalText>);

impl Texts {
    /// The texts in `language`, or else in English (the caller can tell from
    /// [`LocalText::language`]).
    pub fn get(&self, language: &str) -> Option<&LocalText> {
        self.0.iter().find(|t| t.language == language).or_else(|| self.0.iter().find(|t| t.language == "en"))
    }

    pub fn title(&self, language: &str) -> &str {
        self.get(language).map_or("", |t| t.title.as_str())
    }

    /// The longer text of `language`, falling back to English only when the title did.
    pub fn body(&self, language: &str) -> Option<&str> {
        self.get(language).and_then(|t| t.body.as_deref())
    }

    pub fn note(&self, language: &str) -> Option<&str> {
        self.get(language).and_then(|t| t.note.as_deref())
    }

    /// Whether `language` has its own texts.
    pub fn has(&self, language: &str) -> bool {
        self.0.iter().any(|t| t.language == language)
    }

    /// The language of the texts shown to readers of `language`: theirs, or English
    /// when they have none (or `language` when there is no text at all).
    pub fn language_shown<'a>(&'a self, language: &'a str) -> &'a str {
        self.get(language).map_or(language, |t| t.language.as_str())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    #[serde(skip)]
    pub id: i64,
    pub code: String,
    pub first_year: i64,
    pub last_year: i64,
    pub public: bool,
    /// Demonstration content, not the official framework.
    pub illustrative: bool,
    /// When computed values were last made from delivery data.
    pub computed_at: Option<i64>,
    /// `body` is the objective.
    pub texts: Texts,
}

impl Plan {
    pub fn periods(&self) -> Vec<i64> {
        (self.first_year..=self.last_year).collect()
    }
}

/// An outcome or an output.
#[derive(Debug, Clone, Serialize)]
pub struct PlanResult {
    #[serde(skip)]
    pub id: i64,
    pub level: ResultLevel,
    #[serde(skip)]
    pub parent_id: Option<i64>,
    /// The outcome of an output.
    pub parent: Option<String>,
    pub code: String,
    pub position: i64,
    /// `body` is the description.
    pub texts: Texts,
}

#[derive(Debug, Clone, Serialize)]
pub struct Indicator {
    #[serde(skip)]
    pub id: i64,
    #[serde(skip)]
    pub plan_id: i64,
    #[serde(skip)]
    pub result_id: i64,
    /// The code of the outcome or output it measures.
    pub result: String,
    pub level: ResultLevel,
    pub code: String,
    pub position: i64,
    pub measure: Measure,
    pub aggregation: Aggregation,
    pub source: IndicatorSource,
    pub member_level: bool,
    pub disaggregations: Vec<Dimension>,
    pub baseline_year: Option<i64>,
    /// In hundredths.
    pub baseline: Option<i64>,
    /// Period and target in hundredths, in period order.
    pub targets: Vec<(i64, i64)>,
    /// `body` is the definition, `note` the data source.
    pub texts: Texts,
    pub computation: Option<Computation>,
}

impl Indicator {
    pub fn target(&self, period: i64) -> Option<i64> {
        self.targets.iter().find(|(p, _)| *p == period).map(|(_, t)| *t)
    }
}

/// A plan with everything in it, in display order.
#[derive(Debug, Clone, Serialize)]
pub struct Framework {
    pub plan: Plan,
    pub results: Vec<PlanResult>,
    pub indicators: Vec<Indicator>,
}

impl Framework {
    /// Whether some of the plan's texts (its own, its results' or its indicators') have
    /// none in `language`, so that readers of it are shown English there.
    pub fn untranslated(&self, language: &str) -> bool {
        std::iter::once(&self.plan.texts)
            .chain(self.results.iter().map(|r| &r.texts))
            .chain(self.indicators.iter().map(|i| &i.texts))
            .any(|texts| !texts.0.is_empty() && !texts.has(language))
    }

    pub fn outcomes(&self) -> impl Iterator<Item = &PlanResult> {
        self.results.iter().filter(|r| r.level == ResultLevel::Outcome)
    }

    pub fn outputs_of(&self, outcome_id: i64) -> impl Iterator<Item = &PlanResult> {
        self.results.iter().filter(move |r| r.parent_id == Some(outcome_id))
    }

    pub fn indicators_of(&self, result_id: i64) -> impl Iterator<Item = &Indicator> {
        self.indicators.iter().filter(move |i| i.result_id == result_id)
    }

    pub fn indicator(&self, code: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.code == code)
    }

    pub fn result(&self, code: &str) -> Option<&PlanResult> {
        self.results.iter().find(|r| r.code == code)
    }

    /// The outputs whose projects and activities an indicator counts when it is
    /// limited to its own part of the plan: its output, or every output of its outcome.
    pub fn scope_of(&self, indicator: &Indicator) -> Vec<i64> {
        match indicator.level {
            ResultLevel::Output => vec![indicator.result_id],
            ResultLevel::Outcome => self.outputs_of(indicator.result_id).map(|o| o.id).collect(),
        }
    }
}

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("results framework: {what} {value:?}"))
}

fn parse_code<T>(parse: fn(&str) -> Result<T, &'static str>, what: &str, raw: &str) -> Result<T> {
    parse(raw).map_err(|_| corrupt(what, raw))
}

/// A comma-separated list of codes as stored.
fn parse_list<T>(parse: fn(&str) -> Result<T, &'static str>, what: &str, raw: &str) -> Result<Vec<T>> {
    raw.split(',').filter(|c| !c.is_empty()).map(|c| parse_code(parse, what, c)).collect()
}

fn join_codes<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    codes.into_iter().collect::<Vec<_>>().join(",")
}

fn selector(dimension: Option<String>, category: Option<String>) -> Result<Option<Selector>> {
    match (dimension, category) {
        (Some(d), Some(c)) => {
            let text = format!("{d}={c}");
            Selector::parse(&text).map_err(|_| corrupt("selector", &text))
        }
        _ => Ok(None),
    }
}

type TextRow = (i64, String, String, Option<String>, Option<String>);

/// Groups text rows by their record, in content-language order.
fn texts_by_record(rows: Vec<TextRow>) -> HashMap<i64, Texts> {
    let mut by_record: HashMap<i64, Texts> = HashMap::new();
    for (id, language, title, body, note) in rows {
        by_record.entry(id).or_default().0.push(LocalText { language, title, body, note });
    }
    for texts in by_record.values_mut() {
        texts.0.sort_by_key(|t| CONTENT_LANGUAGES.iter().position(|l| *l == t.language));
    }
    by_record
}

const PLAN_COLUMNS: &str = "id, code, first_year, last_year, public, illustrative, computed_at";
type PlanRow = (i64, String, i64, i64, bool, bool, Option<i64>);

fn plan_from(row: PlanRow, texts: &mut HashMap<i64, Texts>) -> Plan {
    let (id, code, first_year, last_year, public, illustrative, computed_at) = row;
    Plan {
        id,
        code,
        first_year,
        last_year,
        public,
        illustrative,
        computed_at,
        texts: texts.remove(&id).unwrap_or_default(),
    }
}

/// Every plan (only public ones when `public_only`), the latest first.
pub async fn plans(db: &Db, public_only: bool) -> Result<Vec<Plan>> {
    let filter = if public_only { "WHERE public = TRUE" } else { "" };
    let rows: Vec<PlanRow> = db
        .fetch_all(Sql::new(format!("SELECT {PLAN_COLUMNS} FROM plans {filter} ORDER BY last_year DESC, code")))
        .await?;
    let texts: Vec<TextRow> = db
        .fetch_all(Sql::new(format!(
            "SELECT t.plan_id, t.language, t.title, t.objective, NULL FROM plan_texts t JOIN plans p ON p.id = t.plan_id {filter}"
        )))
        .await?;
    let mut texts = texts_by_record(texts);
    Ok(rows.into_iter().map(|row| plan_from(row, &mut texts)).collect())
}

/// The plan `code` with all its results and indicators, in seven queries.
pub async fn framework(db: &Db, code: &str) -> Result<Framework> {
    let mut tx = db.begin_read().await?;
    let framework = framework_in(&mut tx, code).await?;
    tx.commit().await?;
    Ok(framework)
}

pub(crate) async fn framework_in(tx: &mut Tx, code: &str) -> Result<Framework> {
    let row: PlanRow = tx
        .fetch_optional(Sql::new(format!("SELECT {PLAN_COLUMNS} FROM plans WHERE code = $1")).bind(code))
        .await?
        .ok_or(StoreError::NotFound)?;
    let plan_id = row.0;
    let plan_texts: Vec<TextRow> = tx
        .fetch_all(
            Sql::new("SELECT plan_id, language, title, objective, NULL FROM plan_texts WHERE plan_id = $1")
                .bind(plan_id),
        )
        .await?;
    let plan = plan_from(row, &mut texts_by_record(plan_texts));
    let result_rows: Vec<(i64, String, Option<i64>, String, i64)> = tx
        .fetch_all(
            Sql::new("SELECT id, level, parent_id, code, position FROM plan_results WHERE plan_id = $1 ORDER BY position, code")
                .bind(plan_id),
        )
        .await?;
    let result_texts: Vec<TextRow> = tx
        .fetch_all(
            Sql::new(
                "SELECT t.result_id, t.language, t.title, t.description, NULL FROM plan_result_texts t \
                 JOIN plan_results r ON r.id = t.result_id WHERE r.plan_id = $1",
            )
            .bind(plan_id),
        )
        .await?;
    let mut result_texts = texts_by_record(result_texts);
    let codes: HashMap<i64, String> = result_rows.iter().map(|(id, _, _, code, _)| (*id, code.clone())).collect();
    let mut results = Vec::with_capacity(result_rows.len());
    for (id, level, parent_id, code, position) in result_rows {
        results.push(PlanResult {
            id,
            level: parse_code(ResultLevel::parse, "level", &level)?,
            parent_id,
            parent: parent_id.and_then(|p| codes.get(&p).cloned()),
            code,
            position,
            texts: result_texts.remove(&id).unwrap_or_default(),
        });
    }
    // Outputs follow their outcome, so a plan reads top to bottom.
    let outcome_order: HashMap<i64, usize> =
        results.iter().filter(|r| r.level == ResultLevel::Outcome).enumerate().map(|(i, r)| (r.id, i)).collect();
    results.sort_by_key(|r| (outcome_order.get(&r.parent_id.unwrap_or(r.id)).copied(), r.parent_id.is_some()));
    let indicators = indicators_of_plan(tx, plan_id, &results).await?;
    Ok(Framework { plan, results, indicators })
}

#[derive(sqlx::FromRow)]
struct IndicatorRecord {
    id: i64,
    result_id: i64,
    code: String,
    position: i64,
    measure: String,
    aggregation: String,
    source: String,
    member_level: bool,
    disaggregations: String,
    baseline_year: Option<i64>,
    baseline_hundredths: Option<i64>,
    counts: Option<String>,
    modes: String,
    statuses: String,
    output_only: bool,
    filter_dimension: Option<String>,
    filter_category: Option<String>,
    numerator_dimension: Option<String>,
    numerator_category: Option<String>,
}

async fn indicators_of_plan(tx: &mut Tx, plan_id: i64, results: &[PlanResult]) -> Result<Vec<Indicator>> {
    let records: Vec<IndicatorRecord> = tx
        .fetch_all(
            Sql::new(
                "SELECT id, result_id, code, position, measure, aggregation, source, member_level, disaggregations, \
                 baseline_year, baseline_hundredths, counts, modes, statuses, output_only, filter_dimension, \
                 filter_category, numerator_dimension, numerator_category FROM indicators WHERE plan_id = $1",
            )
            .bind(plan_id),
        )
        .await?;
    let texts: Vec<TextRow> = tx
        .fetch_all(
            Sql::new(
                "SELECT t.indicator_id, t.language, t.title, t.definition, t.data_source FROM indicator_texts t \
                 JOIN indicators i ON i.id = t.indicator_id WHERE i.plan_id = $1",
            )
            .bind(plan_id),
        )
        .await?;
    let mut texts = texts_by_record(texts);
    let targets: Vec<(i64, i64, i64)> = tx
        .fetch_all(
            Sql::new(
                "SELECT t.indicator_id, t.period, t.target_hundredths FROM indicator_targets t \
                 JOIN indicators i ON i.id = t.indicator_id WHERE i.plan_id = $1 ORDER BY t.period",
            )
            .bind(plan_id),
        )
        .await?;
    let mut targets_of: HashMap<i64, Vec<(i64, i64)>> = HashMap::new();
    for (id, period, target) in targets {
        targets_of.entry(id).or_default().push((period, target));
    }
    let result_order: HashMap<i64, (usize, &PlanResult)> =
        results.iter().enumerate().map(|(i, r)| (r.id, (i, r))).collect();
    let mut indicators = Vec::with_capacity(records.len());
    for r in records {
        let (_, result) = result_order.get(&r.result_id).ok_or_else(|| corrupt("result of indicator", &r.code))?;
        let source = parse_code(IndicatorSource::parse, "source", &r.source)?;
        let computation = match (source, r.counts) {
            (IndicatorSource::Computed, Some(counts)) => Some(Computation {
                counts: parse_code(Counts::parse, "counts", &counts)?,
                modes: parse_list(ActivityMode::parse, "mode", &r.modes)?,
                statuses: parse_list(ParticipationStatus::parse, "status", &r.statuses)?,
                output_only: r.output_only,
                filter: selector(r.filter_dimension, r.filter_category)?,
                numerator: selector(r.numerator_dimension, r.numerator_category)?,
            }),
            _ => None,
        };
        indicators.push(Indicator {
            id: r.id,
            plan_id,
            result_id: r.result_id,
            result: result.code.clone(),
            level: result.level,
            code: r.code,
            position: r.position,
            measure: parse_code(Measure::parse, "measure", &r.measure)?,
            aggregation: parse_code(Aggregation::parse, "aggregation", &r.aggregation)?,
            source,
            member_level: r.member_level,
            disaggregations: parse_list(Dimension::parse, "dimension", &r.disaggregations)?,
            baseline_year: r.baseline_year,
            baseline: r.baseline_hundredths,
            targets: targets_of.remove(&r.id).unwrap_or_default(),
            texts: texts.remove(&r.id).unwrap_or_default(),
            computation,
        });
    }
    indicators.sort_by(|a, b| {
        let order = |i: &Indicator| result_order.get(&i.result_id).map(|(n, _)| *n);
        (order(a), a.position, &a.code).cmp(&(order(b), b.position, &b.code))
    });
    Ok(indicators)
}

/// The plan holding indicator `code`.
pub async fn plan_of_indicator(db: &Db, code: &str) -> Result<String> {
    let row: Option<(String,)> = db
        .fetch_optional(
            Sql::new("SELECT p.code FROM indicators i JOIN plans p ON p.id = i.plan_id WHERE i.code = $1").bind(code),
        )
        .await?;
    row.map(|(code,)| code).ok_or(StoreError::NotFound)
}

/// Replaces the texts of record `id` in `table`.
async fn write_texts(tx: &mut Tx, table: &str, columns: [&str; 4], id: i64, texts: &[LocalText]) -> Result<()> {
    let [key, body, note, _] = columns;
    tx.execute(Sql::new(format!("DELETE FROM {table} WHERE {key} = $1")).bind(id)).await?;
    for text in texts {
        let (note_column, note_value) =
            if note.is_empty() { (String::new(), String::new()) } else { (format!(", {note}"), ", $5".to_owned()) };
        let mut sql = Sql::new(format!(
            "INSERT INTO {table} ({key}, language, title, {body}{note_column}) VALUES ($1, $2, $3, $4{note_value})"
        ))
        .bind(id)
        .bind(text.language.as_str())
        .bind(text.title.as_str())
        .bind(text.body.clone());
        if !note.is_empty() {
            sql = sql.bind(text.note.clone());
        }
        tx.execute(sql).await?;
    }
    Ok(())
}

async fn audit_change(
    tx: &mut Tx,
    actor: &Actor,
    action: &str,
    record_type: &str,
    key: &str,
    after: serde_json::Value,
) -> Result<()> {
    audit::record(tx, actor, Change { action, record_type, record_key: key, before: None, after: Some(after) }).await
}

fn snapshot<T: Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}

async fn plan_id_in(tx: &mut Tx, code: &str) -> Result<i64> {
    let row: Option<(i64,)> = tx.fetch_optional(Sql::new("SELECT id FROM plans WHERE code = $1").bind(code)).await?;
    row.map(|(id,)| id).ok_or(StoreError::NotFound)
}

/// Checks that the years of a plan still hold its targets.
async fn check_plan_years(tx: &mut Tx, plan_id: i64, input: &PlanInput) -> Result<()> {
    let (outside,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "SELECT COUNT(*) FROM indicator_targets t JOIN indicators i ON i.id = t.indicator_id \
                 WHERE i.plan_id = $1 AND (t.period < $2 OR t.period > $3)",
            )
            .bind(plan_id)
            .bind(input.first_year)
            .bind(input.last_year),
        )
        .await?;
    if outside > 0 { Err(StoreError::invalid("last_year", "targets_outside_years")) } else { Ok(()) }
}

pub async fn create_plan(db: &Db, actor: &Actor, input: &PlanInput) -> Result<Plan> {
    let mut tx = db.begin().await?;
    let at = now();
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO plans (code, first_year, last_year, public, illustrative, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            )
            .bind(input.code.as_str())
            .bind(input.first_year)
            .bind(input.last_year)
            .bind(input.public)
            .bind(input.illustrative)
            .bind(at),
        )
        .await
        .map_err(|e| e.on_unique("code"))?;
    write_texts(&mut tx, "plan_texts", ["plan_id", "objective", "", ""], id, &input.texts).await?;
    let plan = framework_in(&mut tx, &input.code).await?.plan;
    audit_change(&mut tx, actor, "plan.create", "plan", &plan.code, snapshot(&plan)).await?;
    tx.commit().await?;
    Ok(plan)
}

pub async fn update_plan(db: &Db, actor: &Actor, code: &str, input: &PlanInput) -> Result<Plan> {
    let mut tx = db.begin().await?;
    let id = plan_id_in(&mut tx, code).await?;
    check_plan_years(&mut tx, id, input).await?;
    tx.execute(
        Sql::new(
            "UPDATE plans SET code = $2, first_year = $3, last_year = $4, public = $5, illustrative = $6, \
             updated_at = $7 WHERE id = $1",
        )
        .bind(id)
        .bind(input.code.as_str())
        .bind(input.first_year)
        .bind(input.last_year)
        .bind(input.public)
        .bind(input.illustrative)
        .bind(now()),
    )
    .await
    .map_err(|e| e.on_unique("code"))?;
    write_texts(&mut tx, "plan_texts", ["plan_id", "objective", "", ""], id, &input.texts).await?;
    let plan = framework_in(&mut tx, &input.code).await?.plan;
    audit_change(&mut tx, actor, "plan.update", "plan", &plan.code, snapshot(&plan)).await?;
    tx.commit().await?;
    Ok(plan)
}

/// The id of the outcome an output names as its parent.
async fn parent_id(tx: &mut Tx, plan_id: i64, input: &ResultInput) -> Result<Option<i64>> {
    let Some(parent) = &input.parent else { return Ok(None) };
    let row: Option<(i64,)> = tx
        .fetch_optional(
            Sql::new("SELECT id FROM plan_results WHERE plan_id = $1 AND code = $2 AND level = 'outcome'")
                .bind(plan_id)
                .bind(parent.as_str()),
        )
        .await?;
    row.map(|(id,)| Some(id)).ok_or_else(|| StoreError::invalid("parent", "unknown_outcome"))
}

/// Adds an outcome or output to plan `plan_code`.
pub async fn create_result(db: &Db, actor: &Actor, plan_code: &str, input: &ResultInput) -> Result<()> {
    let mut tx = db.begin().await?;
    let plan_id = plan_id_in(&mut tx, plan_code).await?;
    let parent = parent_id(&mut tx, plan_id, input).await?;
    let at = now();
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO plan_results (plan_id, level, parent_id, code, position, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            )
            .bind(plan_id)
            .bind(input.level.as_str())
            .bind(parent)
            .bind(input.code.as_str())
            .bind(input.position)
            .bind(at),
        )
        .await
        .map_err(|e| e.on_unique("code"))?;
    write_texts(&mut tx, "plan_result_texts", ["result_id", "description", "", ""], id, &input.texts).await?;
    let key = format!("{plan_code}/{}", input.code);
    let after = serde_json::json!({"level": input.level, "parent": input.parent, "texts": input.texts});
    audit_change(&mut tx, actor, "plan.result.create", "plan_result", &key, after).await?;
    tx.commit().await?;
    Ok(())
}

/// Replaces outcome or output `code` of plan `plan_code`. Its level cannot change once
/// indicators or links depend on it.
pub async fn update_result(db: &Db, actor: &Actor, plan_code: &str, code: &str, input: &ResultInput) -> Result<()> {
    let mut tx = db.begin().await?;
    let plan_id = plan_id_in(&mut tx, plan_code).await?;
    let (id, level): (i64, String) = tx
        .fetch_optional(
            Sql::new("SELECT id, level FROM plan_results WHERE plan_id = $1 AND code = $2").bind(plan_id).bind(code),
        )
        .await?
        .ok_or(StoreError::NotFound)?;
    if level != input.level.as_str() {
        return Err(StoreError::invalid("level", "level_cannot_change"));
    }
    let parent = parent_id(&mut tx, plan_id, input).await?;
    tx.execute(
        Sql::new("UPDATE plan_results SET parent_id = $2, code = $3, position = $4, updated_at = $5 WHERE id = $1")
            .bind(id)
            .bind(parent)
            .bind(input.code.as_str())
            .bind(input.position)
            .bind(now()),
    )
    .await
    .map_err(|e| e.on_unique("code"))?;
    write_texts(&mut tx, "plan_result_texts", ["result_id", "description", "", ""], id, &input.texts).await?;
    let key = format!("{plan_code}/{}", input.code);
    let after = serde_json::json!({"level": input.level, "parent": input.parent, "texts": input.texts});
    audit_change(&mut tx, actor, "plan.result.update", "plan_result", &key, after).await?;
    tx.commit().await?;
    Ok(())
}

/// Checks what the indicator's input names against the plan.
fn resolve_indicator(plan: &Framework, input: &IndicatorInput) -> Result<i64> {
    let result = plan.result(&input.result).ok_or_else(|| StoreError::invalid("result", "unknown_result"))?;
    let mut errors = apdc_domain::FieldErrors::default();
    if input.targets.iter().any(|(p, _)| *p < plan.plan.first_year || *p > plan.plan.last_year) {
        errors.push("target", "period_outside_plan");
    }
    if let Some(computation) = &input.computation
        && computation.output_only
        && result.level == ResultLevel::Outcome
        && plan.outputs_of(result.id).next().is_none()
    {
        errors.push("output_only", "outcome_has_no_outputs");
    }
    if errors.is_empty() { Ok(result.id) } else { Err(StoreError::Invalid(errors)) }
}

/// Writes the columns, texts and targets of indicator `id`.
async fn write_indicator(tx: &mut Tx, id: i64, result_id: i64, input: &IndicatorInput) -> Result<()> {
    let c = input.computation.as_ref();
    let selector_parts = |s: Option<Selector>| (s.map(|s| s.dimension.as_str()), s.map(|s| s.category));
    let (filter_dimension, filter_category) = selector_parts(c.and_then(|c| c.filter));
    let (numerator_dimension, numerator_category) = selector_parts(c.and_then(|c| c.numerator));
    tx.execute(
        Sql::new(
            "UPDATE indicators SET result_id = $2, code = $3, position = $4, measure = $5, aggregation = $6, \
             source = $7, member_level = $8, disaggregations = $9, baseline_year = $10, baseline_hundredths = $11, \
             counts = $12, modes = $13, statuses = $14, output_only = $15, filter_dimension = $16, \
             filter_category = $17, numerator_dimension = $18, numerator_category = $19, updated_at = $20 \
             WHERE id = $1",
        )
        .bind(id)
        .bind(result_id)
        .bind(input.code.as_str())
        .bind(input.position)
        .bind(input.measure.as_str())
        .bind(input.aggregation.as_str())
        .bind(input.source.as_str())
        .bind(input.member_level)
        .bind(join_codes(input.disaggregations.iter().map(|d| d.as_str())))
        .bind(input.baseline_year)
        .bind(input.baseline)
        .bind(c.map(|c| c.counts.as_str()))
        .bind(join_codes(c.map(|c| c.modes.iter().map(|m| m.as_str()).collect::<Vec<_>>()).unwrap_or_default()))
        .bind(join_codes(c.map(|c| c.statuses.iter().map(|s| s.as_str()).collect::<Vec<_>>()).unwrap_or_default()))
        .bind(c.is_some_and(|c| c.output_only))
        .bind(filter_dimension)
        .bind(filter_category)
        .bind(numerator_dimension)
        .bind(numerator_category)
        .bind(now()),
    )
    .await
    .map_err(|e| e.on_unique("code"))?;
    write_texts(tx, "indicator_texts", ["indicator_id", "definition", "data_source", ""], id, &input.texts).await?;
    tx.execute(Sql::new("DELETE FROM indicator_targets WHERE indicator_id = $1").bind(id)).await?;
    for (period, target) in &input.targets {
        tx.execute(
            Sql::new("INSERT INTO indicator_targets (indicator_id, period, target_hundredths) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(*period)
                .bind(*target),
        )
        .await?;
    }
    // A changed rule makes the stored values of the old one wrong: they go until the
    // next computation.
    tx.execute(Sql::new("DELETE FROM indicator_values WHERE indicator_id = $1").bind(id)).await?;
    Ok(())
}

async fn indicator_snapshot(tx: &mut Tx, plan_code: &str, code: &str) -> Result<serde_json::Value> {
    let plan = framework_in(tx, plan_code).await?;
    Ok(plan.indicator(code).map(snapshot).unwrap_or(serde_json::Value::Null))
}

pub async fn create_indicator(db: &Db, actor: &Actor, plan_code: &str, input: &IndicatorInput) -> Result<()> {
    let mut tx = db.begin().await?;
    let plan = framework_in(&mut tx, plan_code).await?;
    let result_id = resolve_indicator(&plan, input)?;
    let at = now();
    // Inserted with placeholder values, then written by the same code as an update.
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO indicators (plan_id, result_id, code, position, measure, aggregation, source, member_level, \
                 disaggregations, modes, statuses, output_only, created_at, updated_at) \
                 VALUES ($1, $2, $3, 0, 'count', 'sum', 'reported', FALSE, '', '', '', FALSE, $4, $4) RETURNING id",
            )
            .bind(plan.plan.id)
            .bind(result_id)
            .bind(input.code.as_str())
            .bind(at),
        )
        .await
        .map_err(|e| e.on_unique("code"))?;
    write_indicator(&mut tx, id, result_id, input).await?;
    let after = indicator_snapshot(&mut tx, plan_code, &input.code).await?;
    audit_change(&mut tx, actor, "indicator.create", "indicator", &input.code, after).await?;
    tx.commit().await?;
    Ok(())
}

/// Replaces indicator `code`. Its measure cannot change once updates were reported in
/// the old one.
pub async fn update_indicator(db: &Db, actor: &Actor, code: &str, input: &IndicatorInput) -> Result<()> {
    let mut tx = db.begin().await?;
    let (id, plan_code, measure): (i64, String, String) = tx
        .fetch_optional(
            Sql::new(
                "SELECT i.id, p.code, i.measure FROM indicators i JOIN plans p ON p.id = i.plan_id WHERE i.code = $1",
            )
            .bind(code),
        )
        .await?
        .ok_or(StoreError::NotFound)?;
    let (updates,): (i64,) =
        tx.fetch_one(Sql::new("SELECT COUNT(*) FROM indicator_updates WHERE indicator_id = $1").bind(id)).await?;
    if updates > 0 && measure != input.measure.as_str() {
        return Err(StoreError::invalid("measure", "measure_has_updates"));
    }
    let plan = framework_in(&mut tx, &plan_code).await?;
    let before = plan.indicator(code).map(snapshot);
    let result_id = resolve_indicator(&plan, input)?;
    write_indicator(&mut tx, id, result_id, input).await?;
    let after = indicator_snapshot(&mut tx, &plan_code, &input.code).await?;
    let change = Change {
        action: "indicator.update",
        record_type: "indicator",
        record_key: &input.code,
        before,
        after: Some(after),
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await?;
    Ok(())
}

/// A project or activity serving an output.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct OutputLink {
    /// The project code, or the activity number.
    pub key: String,
    pub title: String,
}

/// The projects and the activities linked to output `result_id`.
pub async fn output_links(db: &Db, result_id: i64) -> Result<(Vec<OutputLink>, Vec<OutputLink>)> {
    let projects = db
        .fetch_all(
            Sql::new(
                "SELECT p.code AS key, COALESCE(t.title, p.code) AS title FROM project_outputs o \
                 JOIN projects p ON p.id = o.project_id \
                 LEFT JOIN project_texts t ON t.project_id = p.id AND t.language = 'en' \
                 WHERE o.result_id = $1 ORDER BY p.code",
            )
            .bind(result_id),
        )
        .await?;
    let activities = db
        .fetch_all(
            Sql::new(
                "SELECT CAST(a.id AS TEXT) AS key, a.title FROM activity_outputs o JOIN activities a ON a.id = o.activity_id \
                 WHERE o.result_id = $1 ORDER BY a.id",
            )
            .bind(result_id),
        )
        .await?;
    Ok((projects, activities))
}

/// Which kind of record is linked to an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Linked {
    /// By project code.
    Project,
    /// By activity number.
    Activity,
}

/// Links (or, with `linked` false, unlinks) a project or activity and output `output`
/// of plan `plan_code`.
pub async fn set_output_link(
    db: &Db,
    actor: &Actor,
    plan_code: &str,
    output: &str,
    kind: Linked,
    key: &str,
    linked: bool,
) -> Result<()> {
    let mut tx = db.begin().await?;
    let plan_id = plan_id_in(&mut tx, plan_code).await?;
    let (result_id,): (i64,) = tx
        .fetch_optional(
            Sql::new("SELECT id FROM plan_results WHERE plan_id = $1 AND code = $2 AND level = 'output'")
                .bind(plan_id)
                .bind(output),
        )
        .await?
        .ok_or(StoreError::NotFound)?;
    let (table, column, field, lookup) = match kind {
        Linked::Project => (
            "project_outputs",
            "project_id",
            "project",
            Sql::new("SELECT id FROM projects WHERE code = $1").bind(key.trim()),
        ),
        Linked::Activity => {
            let id: i64 = key.trim().parse().map_err(|_| StoreError::invalid("activity", "unknown_activity"))?;
            (
                "activity_outputs",
                "activity_id",
                "activity",
                Sql::new("SELECT id FROM activities WHERE id = $1").bind(id),
            )
        }
    };
    let unknown = match kind {
        Linked::Project => "unknown_project",
        Linked::Activity => "unknown_activity",
    };
    let (record_id,): (i64,) = tx.fetch_optional(lookup).await?.ok_or_else(|| StoreError::invalid(field, unknown))?;
    tx.execute(
        Sql::new(format!("DELETE FROM {table} WHERE {column} = $1 AND result_id = $2")).bind(record_id).bind(result_id),
    )
    .await?;
    if linked {
        tx.execute(
            Sql::new(format!("INSERT INTO {table} ({column}, result_id) VALUES ($1, $2)"))
                .bind(record_id)
                .bind(result_id),
        )
        .await?;
    }
    let action = if linked { "plan.output.link" } else { "plan.output.unlink" };
    let after = serde_json::json!({ field: key.trim() });
    audit_change(&mut tx, actor, action, "plan_result", &format!("{plan_code}/{output}"), after).await?;
    tx.commit().await?;
    Ok(())
}
