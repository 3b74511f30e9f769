//! Indicator values: computing the declared indicators from delivery data, reading every
//! value of a plan at once, and listing the records behind one figure.
//!
//! Computed values are made by [`compute`] and stored, each with its breakdowns, so that
//! a dashboard reads a whole plan in a few queries instead of counting a million
//! participations per figure. Computation runs again whenever delivery data changes (the
//! server watches for writes) and on demand. Reported values are read live from the
//! approved updates, so an approval shows at once.
//!
//! The counting rules, stated once here and in the operations guide:
//! - A participation belongs to the period (year) its activity starts in; activities
//!   without a start date are not counted in any period.
//! - People are counted once per period however many activities they took part in,
//!   erased people included (erasure keeps the fields counted).
//! - A person's member is the member that nominated them for that activity, else the
//!   one that nominated them at all, else the member of their country; their country is
//!   their own, else their member's.
//! - Members reached are those of the people counted, plus the members an activity of a
//!   counted mode was for when it is a completed coaching engagement or advisory mission.
//! - Activities counted are completed ones.

use crate::db::{Arg, Sql, Tx};
use crate::error::Result;
use crate::results::{Framework, Indicator};
use crate::{Db, now};
use apdc_domain::results::{Computation, Counts, Dimension, Figure, IndicatorSource, Measure, Selector};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Where a figure sits: its period and, for a breakdown, the dimension and category.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Cell {
    pub period: i64,
    /// `None` for the total.
    pub dimension: Option<Dimension>,
    pub category: String,
}

impl Cell {
    pub fn total(period: i64) -> Self {
        Self { period, dimension: None, category: String::new() }
    }
}

/// Every figure of one indicator.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Values(pub BTreeMap<Cell, Figure>, pub BTreeMap<(i64, String), Figure>);

impl Values {
    /// The figure of member `alpha2` in `period`.
    pub fn member(&self, period: i64, alpha2: &str) -> Option<Figure> {
        self.1.get(&(period, alpha2.to_owned())).copied()
    }

    /// Each member's figures, by period.
    pub fn by_member(&self) -> &BTreeMap<(i64, String), Figure> {
        &self.1
    }

    pub fn total(&self, period: i64) -> Option<Figure> {
        self.0.get(&Cell::total(period)).copied()
    }

    /// The period totals, in period order.
    pub fn totals(&self) -> Vec<(i64, Figure)> {
        self.0.iter().filter(|(c, _)| c.dimension.is_none()).map(|(c, f)| (c.period, *f)).collect()
    }

    /// The figures of `dimension` in `period`, by category.
    pub fn breakdown(&self, period: i64, dimension: Dimension) -> Vec<(&str, Figure)> {
        self.0
            .iter()
            .filter(|(c, _)| c.period == period && c.dimension == Some(dimension))
            .map(|(c, f)| (c.category.as_str(), *f))
            .collect()
    }

    /// One category's figures across periods.
    pub fn category_series(&self, dimension: Dimension, category: &str) -> Vec<(i64, Figure)> {
        self.0
            .iter()
            .filter(|(c, _)| c.dimension == Some(dimension) && c.category == category)
            .map(|(c, f)| (c.period, *f))
            .collect()
    }
}

/// The SQL expression giving a fact's category in `dimension`, over the columns of the
/// fact queries below (`pe` people, `m` member, `c` country).
fn category_sql(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Sex => "pe.sex",
        Dimension::StakeholderGroup => "COALESCE(pe.stakeholder_group, 'not_recorded')",
        Dimension::Region => "COALESCE(LOWER(c.m49_region), 'not_recorded')",
        Dimension::MemberCategory => "COALESCE(m.category, 'not_recorded')",
        Dimension::IncomeGroup => {
            "CASE c.wb_income_group WHEN 'Low income' THEN 'low' WHEN 'Lower middle income' THEN 'lower_middle' \
             WHEN 'Upper middle income' THEN 'upper_middle' WHEN 'High income' THEN 'high' ELSE 'not_recorded' END"
        }
        Dimension::Ldc => "CASE WHEN c.ldc THEN 'yes' WHEN NOT c.ldc THEN 'no' ELSE 'not_recorded' END",
        Dimension::Developing => {
            "CASE WHEN m.developing THEN 'yes' WHEN NOT m.developing THEN 'no' ELSE 'not_recorded' END"
        }
    }
}

/// The breakdown by member (ISO 3166 alpha-2 code) that every computed indicator counting
/// people or members has, for the map and the members' scorecards. It is not one of the
/// chosen [`Dimension`]s: members are too many to show as a chart.
pub const BY_MEMBER: &str = "member";
const MEMBER_COLUMN: &str = "d_member";

/// The column a dimension has in the fact table.
fn column(dimension: Dimension) -> String {
    format!("d_{}", dimension.as_str())
}

/// What one indicator counts: the facts (period, unit, categories) its rule selects in
/// the periods `years`, as a subquery, with its arguments added to `sql`.
fn facts(
    sql: &mut Sql,
    computation: &Computation,
    years: std::ops::RangeInclusive<i64>,
    scope: Option<&[i64]>,
    viewer: EvidenceScope,
) -> String {
    let dims: Vec<Dimension> = Dimension::ALL.iter().copied().filter(|d| d.applies_to(computation.counts)).collect();
    let first = format!("{}-01-01", years.start());
    let after = format!("{}-01-01", years.end() + 1);
    let mut activity_filter = format!(
        "a.start_date IS NOT NULL AND a.start_date >= {} AND a.start_date < {}",
        sql.param(first),
        sql.param(after)
    );
    if !computation.modes.is_empty() {
        let modes = sql.param_list(computation.modes.iter().map(|m| m.as_str()));
        activity_filter.push_str(&format!(" AND a.mode IN {modes}"));
    }
    if let Some(outputs) = scope {
        let list = sql.param_list(outputs.iter().copied());
        activity_filter.push_str(&format!(
            " AND (a.id IN (SELECT activity_id FROM activity_outputs WHERE result_id IN {list}) \
             OR a.project_id IN (SELECT project_id FROM project_outputs WHERE result_id IN {list}))"
        ));
    }
    activity_filter.push_str(&viewer_condition(sql, viewer));
    let period = "CAST(SUBSTR(a.start_date, 1, 4) AS BIGINT)";
    match computation.counts {
        Counts::Activities => format!(
            "SELECT {period} AS period, a.id AS unit, a.id AS activity FROM activities a \
             WHERE a.status = 'completed' AND {activity_filter}"
        ),
        Counts::People => {
            let statuses = sql.param_list(computation.effective_statuses().iter().map(|s| s.as_str()));
            let mut columns: Vec<String> =
                dims.iter().map(|d| format!("{} AS {}", category_sql(*d), column(*d))).collect();
            columns.push(format!("m.alpha2 AS {MEMBER_COLUMN}"));
            format!(
                "SELECT {period} AS period, pe.id AS unit, a.id AS activity, {} FROM participations pa \
                 JOIN activities a ON a.id = pa.activity_id JOIN people pe ON pe.id = pa.person_id \
                 LEFT JOIN members cm ON cm.alpha2 = pe.country \
                 LEFT JOIN members m ON m.id = COALESCE(pa.nominated_by_member_id, pe.nominated_by_member_id, cm.id) \
                 LEFT JOIN countries c ON c.alpha2 = COALESCE(pe.country, m.alpha2) \
                 WHERE pa.status IN {statuses} AND {activity_filter}",
                columns.join(", ")
            )
        }
        Counts::Members => {
            let statuses = sql.param_list(computation.effective_statuses().iter().map(|s| s.as_str()));
            let mut columns: Vec<String> =
                dims.iter().map(|d| format!("{} AS {}", category_sql(*d), column(*d))).collect();
            columns.push(format!("m.alpha2 AS {MEMBER_COLUMN}"));
            format!(
                "SELECT r.period AS period, m.id AS unit, r.activity AS activity, {} FROM ( \
                 SELECT {period} AS period, a.id AS activity, \
                 COALESCE(pa.nominated_by_member_id, pe.nominated_by_member_id, cm.id) AS member_id \
                 FROM participations pa JOIN activities a ON a.id = pa.activity_id JOIN people pe ON pe.id = pa.person_id \
                 LEFT JOIN members cm ON cm.alpha2 = pe.country \
                 WHERE pa.status IN {statuses} AND {activity_filter} \
                 UNION ALL SELECT {period}, a.id, am.member_id FROM activity_members am JOIN activities a ON a.id = am.activity_id \
                 WHERE a.status = 'completed' AND a.mode IN ('coaching', 'mission') AND {activity_filter}) r \
                 JOIN members m ON m.id = r.member_id JOIN countries c ON c.alpha2 = m.alpha2",
                columns.join(", ")
            )
        }
    }
}

/// The condition (` AND …`, or nothing) limiting activities `a` to those `viewer` may
/// see, its arguments added to `sql`.
pub(crate) fn viewer_condition(sql: &mut Sql, viewer: EvidenceScope) -> String {
    match viewer {
        EvidenceScope::All => String::new(),
        EvidenceScope::FundedBy(organisation) => format!(
            " AND a.project_id IN (SELECT project_id FROM project_partners WHERE role = 'funding' AND organisation_id = {})",
            sql.param(organisation)
        ),
        EvidenceScope::Public => " AND a.project_id IN (SELECT id FROM projects WHERE public = TRUE)".to_owned(),
    }
}

/// The calendar year today, the last that has begun.
pub(crate) fn current_year() -> i64 {
    i64::from(time::OffsetDateTime::now_utc().year())
}

/// The figure of a year that has begun and counted nothing: zero, or for a share a
/// share of nothing (which has no value).
pub(crate) fn nothing_counted(indicator: &Indicator, computation: &Computation) -> Figure {
    let share = computation.numerator.is_some() && indicator.measure == Measure::Percentage;
    Figure { numerator: 0, denominator: share.then_some(0) }
}

/// `column = $n` for a selector over the fact table.
fn matches(sql: &mut Sql, selector: &Selector) -> String {
    format!("{} = {}", column(selector.dimension), sql.param(selector.category))
}

/// The statement computing every figure of one indicator: the period totals and each
/// breakdown, as rows of (period, dimension, category, numerator, denominator), over
/// the records of `viewer`'s scope.
pub(crate) fn indicator_statement(
    plan: &Framework,
    indicator: &Indicator,
    computation: &Computation,
    viewer: EvidenceScope,
) -> Sql {
    let mut sql = Sql::new("");
    let scope = computation.output_only.then(|| plan.scope_of(indicator));
    let years = plan.plan.first_year..=plan.plan.last_year;
    let facts = facts(&mut sql, computation, years, scope.as_deref(), viewer);
    let filter = match &computation.filter {
        Some(s) => format!("WHERE {}", matches(&mut sql, s)),
        None => String::new(),
    };
    let (numerator, denominator) = match (&computation.numerator, indicator.measure) {
        (Some(s), Measure::Percentage) => {
            let condition = matches(&mut sql, s);
            (format!("COUNT(DISTINCT CASE WHEN {condition} THEN unit END)"), "COUNT(DISTINCT unit)")
        }
        _ => ("COUNT(DISTINCT unit)".to_owned(), "NULL"),
    };
    let mut parts = vec![format!(
        "SELECT period, '' AS dimension, '' AS category, {numerator} AS numerator, {denominator} AS denominator \
         FROM f GROUP BY period"
    )];
    if computation.counts != Counts::Activities {
        parts.push(format!(
            "SELECT period, '{BY_MEMBER}', {MEMBER_COLUMN}, {numerator}, {denominator} FROM f \
             WHERE {MEMBER_COLUMN} IS NOT NULL GROUP BY period, {MEMBER_COLUMN}"
        ));
    }
    for dimension in &indicator.disaggregations {
        let col = column(*dimension);
        parts.push(format!(
            "SELECT period, '{}', {col}, {numerator}, {denominator} FROM f GROUP BY period, {col}",
            dimension.as_str()
        ));
    }
    sql.push(&format!("WITH f AS (SELECT * FROM ({facts}) x {filter}) {}", parts.join(" UNION ALL ")));
    sql
}

/// What [`compute`] did.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Computed {
    pub indicators: usize,
    pub values: usize,
}

/// Computes every computed indicator of plan `plan_code` again and replaces its stored
/// values in one transaction, so readers see either the old figures or the new ones.
pub async fn compute(db: &Db, plan_code: &str) -> Result<Computed> {
    let plan = crate::results::framework(db, plan_code).await?;
    let mut rows: Vec<Vec<Arg>> = Vec::new();
    let mut done = Computed::default();
    let this_year = current_year();
    // Read in one snapshot so that every figure describes the same moment.
    let mut read = db.begin_read().await?;
    for indicator in &plan.indicators {
        let Some(computation) = &indicator.computation else { continue };
        let mut figures: Vec<(i64, String, String, i64, Option<i64>)> =
            read.fetch_all(indicator_statement(&plan, indicator, computation, EvidenceScope::All)).await?;
        // A year that has begun and counted nothing has a figure: zero (a share of
        // nothing stays without value). Years to come have none.
        let none = nothing_counted(indicator, computation);
        for period in plan.plan.first_year..=plan.plan.last_year.min(this_year) {
            if !figures.iter().any(|(p, d, _, _, _)| *p == period && d.is_empty()) {
                figures.push((period, String::new(), String::new(), none.numerator, none.denominator));
            }
        }
        for (period, dimension, category, numerator, denominator) in figures {
            rows.push(vec![
                indicator.id.into(),
                period.into(),
                dimension.into(),
                category.into(),
                numerator.into(),
                denominator.into(),
            ]);
        }
        done.indicators += 1;
    }
    read.commit().await?;
    done.values = rows.len();
    let mut tx = db.begin().await?;
    tx.execute(
        Sql::new(
            "DELETE FROM indicator_values WHERE indicator_id IN \
             (SELECT id FROM indicators WHERE plan_id = $1 AND source = 'computed')",
        )
        .bind(plan.plan.id),
    )
    .await?;
    crate::bulk::insert_rows(
        &mut tx,
        "indicator_values",
        "indicator_id, period, dimension, category, numerator, denominator",
        rows,
    )
    .await?;
    tx.execute(Sql::new("UPDATE plans SET computed_at = $2 WHERE id = $1").bind(plan.plan.id).bind(now())).await?;
    tx.commit().await?;
    Ok(done)
}

/// Computes every plan; returns how many plans and indicators were computed (each plan
/// is one write).
pub async fn compute_all(db: &Db) -> Result<(usize, usize)> {
    let (mut plans, mut indicators) = (0, 0);
    for plan in crate::results::plans(db, false).await? {
        indicators += compute(db, &plan.code).await?.indicators;
        plans += 1;
    }
    Ok((plans, indicators))
}

fn cell(period: i64, dimension: &str, category: String) -> Result<Cell> {
    let dimension = if dimension.is_empty() {
        None
    } else {
        Some(
            Dimension::parse(dimension)
                .map_err(|_| crate::StoreError::Corrupt(format!("value dimension {dimension:?}")))?,
        )
    };
    Ok(Cell { period, dimension, category })
}

/// The current approved updates of a plan: for each indicator, period and member, the
/// latest approved one.
const CURRENT_APPROVED: &str = "SELECT u.id, u.indicator_id, u.period, m.alpha2, u.numerator, u.denominator, u.yes \
     FROM indicator_updates u JOIN indicators i ON i.id = u.indicator_id LEFT JOIN members m ON m.id = u.member_id WHERE i.plan_id = $1 AND u.status = 'approved' \
     AND u.id = (SELECT MAX(l.id) FROM indicator_updates l WHERE l.indicator_id = u.indicator_id \
     AND l.period = u.period AND COALESCE(l.member_id, 0) = COALESCE(u.member_id, 0) AND l.status = 'approved')";

/// An approved update: id, indicator, period, member, numerator, denominator, yes.
type ApprovedRow = (i64, i64, i64, Option<String>, Option<i64>, Option<i64>, Option<bool>);

/// Adds `figure` into `cell` of `values`.
fn add(values: &mut Values, cell: Cell, numerator: i64, denominator: Option<i64>) {
    let entry = values.0.entry(cell).or_insert(Figure { numerator: 0, denominator: denominator.map(|_| 0) });
    entry.numerator += numerator;
    entry.denominator = match (entry.denominator, denominator) {
        (Some(a), Some(b)) => Some(a + b),
        (a, None) => a,
        (None, b) => b,
    };
}

/// Every value of every indicator of `plan`, in three queries: the stored computed
/// values, the current approved updates, and their breakdowns.
pub async fn plan_values(db: &Db, plan: &Framework) -> Result<HashMap<i64, Values>> {
    let mut tx = db.begin_read().await?;
    let values = plan_values_in(&mut tx, plan).await?;
    tx.commit().await?;
    Ok(values)
}

async fn plan_values_in(tx: &mut Tx, plan: &Framework) -> Result<HashMap<i64, Values>> {
    let mut by_indicator: HashMap<i64, Values> = HashMap::new();
    let stored: Vec<(i64, i64, String, String, i64, Option<i64>)> = tx
        .fetch_all(
            Sql::new(
                "SELECT v.indicator_id, v.period, v.dimension, v.category, v.numerator, v.denominator \
                 FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id \
                 WHERE i.plan_id = $1 AND i.source = 'computed'",
            )
            .bind(plan.plan.id),
        )
        .await?;
    for (indicator, period, dimension, category, numerator, denominator) in stored {
        let values = by_indicator.entry(indicator).or_default();
        let figure = Figure { numerator, denominator };
        if dimension == BY_MEMBER {
            values.1.insert((period, category), figure);
        } else {
            values.0.insert(cell(period, &dimension, category)?, figure);
        }
    }
    let measures: HashMap<i64, Measure> =
        plan.indicators.iter().filter(|i| i.source == IndicatorSource::Reported).map(|i| (i.id, i.measure)).collect();
    let approved: Vec<ApprovedRow> = tx.fetch_all(Sql::new(CURRENT_APPROVED).bind(plan.plan.id)).await?;
    let mut period_of_update: HashMap<i64, (i64, i64)> = HashMap::new();
    for (id, indicator, period, member, numerator, denominator, yes) in approved {
        let Some(measure) = measures.get(&indicator) else { continue };
        period_of_update.insert(id, (indicator, period));
        let figure = match measure {
            Measure::Count => Figure::count(numerator.unwrap_or(0)),
            Measure::Percentage => {
                Figure { numerator: numerator.unwrap_or(0), denominator: Some(denominator.unwrap_or(0)) }
            }
            Measure::YesNo => Figure::count(i64::from(yes == Some(true))),
            Measure::Narrative => continue,
        };
        let values = by_indicator.entry(indicator).or_default();
        add(values, Cell::total(period), figure.numerator, figure.denominator);
        if let Some(member) = member {
            values.1.insert((period, member), figure);
        }
    }
    let breakdowns: Vec<(i64, String, String, i64, Option<i64>)> = tx
        .fetch_all(
            Sql::new(format!(
                "SELECT v.update_id, v.dimension, v.category, v.numerator, v.denominator FROM indicator_update_values v \
                 WHERE v.update_id IN (SELECT id FROM ({CURRENT_APPROVED}) a)"
            ))
            .bind(plan.plan.id),
        )
        .await?;
    for (update, dimension, category, numerator, denominator) in breakdowns {
        let Some((indicator, period)) = period_of_update.get(&update) else { continue };
        let values = by_indicator.entry(*indicator).or_default();
        add(values, cell(*period, &dimension, category)?, numerator, denominator);
    }
    Ok(by_indicator)
}

/// Whose records a viewer may see behind a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceScope {
    /// Staff: every record.
    All,
    /// A donor viewer: records from the projects their organisation funds.
    FundedBy(i64),
    /// Anyone else: records of public projects only.
    Public,
}

/// One activity behind a computed figure and what it contributed (people, members or
/// itself, counted once within the activity; the figure counts each once overall).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct EvidenceActivity {
    pub activity: i64,
    pub title: String,
    pub mode: String,
    pub project: String,
    pub start_date: Option<String>,
    pub units: i64,
    /// For percentages, how many of them are in the numerator.
    pub in_numerator: i64,
}

/// One person, member or activity counted in a figure (for staff).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct EvidenceUnit {
    pub unit: i64,
    /// A person's name (none once erased), a member's acronym or an activity's title.
    pub label: Option<String>,
    pub in_numerator: bool,
}

/// The facts behind one figure, grouped by `group` (`activity` or `unit`), as the text of
/// a query whose arguments are in the returned [`Sql`].
fn evidence_query(
    plan: &Framework,
    indicator: &Indicator,
    computation: &Computation,
    cell: &Cell,
    viewer: EvidenceScope,
    group: &str,
) -> (Sql, String) {
    let mut sql = Sql::new("");
    let outputs = computation.output_only.then(|| plan.scope_of(indicator));
    // Only the figure's period is read, and once: as a subquery that the planner may
    // merge, its categories (expressions) were misjudged and the facts read once per
    // member.
    let facts = facts(&mut sql, computation, cell.period..=cell.period, outputs.as_deref(), viewer);
    let mut conditions = vec![format!("period = {}", sql.param(cell.period))];
    if let Some(s) = &computation.filter {
        conditions.push(matches(&mut sql, s));
    }
    if let Some(dimension) = cell.dimension {
        conditions.push(format!("{} = {}", column(dimension), sql.param(cell.category.as_str())));
    }
    let numerator = match (&computation.numerator, indicator.measure) {
        (Some(s), Measure::Percentage) => format!("COUNT(DISTINCT CASE WHEN {} THEN unit END)", matches(&mut sql, s)),
        _ => "COUNT(DISTINCT unit)".to_owned(),
    };
    let base = format!(
        "WITH f AS MATERIALIZED ({facts}) SELECT {group} AS key, COUNT(DISTINCT unit) AS units, \
         {numerator} AS in_numerator FROM f WHERE {} GROUP BY {group}",
        conditions.join(" AND ")
    );
    (sql, base)
}

/// The activities behind one computed figure (a period total or one category) that
/// the viewer may see, a page at a time, with how many there are and how many people,
/// members or activities they account for in all (each counted once).
pub async fn evidence_activities(
    db: &Db,
    plan: &Framework,
    indicator: &Indicator,
    cell: &Cell,
    viewer: EvidenceScope,
    limit: i64,
    offset: i64,
) -> Result<(Vec<EvidenceActivity>, i64)> {
    let Some(computation) = &indicator.computation else { return Ok((Vec::new(), 0)) };
    let (mut count, base) = evidence_query(plan, indicator, computation, cell, viewer, "activity");
    count.push(&format!("SELECT COUNT(*) FROM ({base}) e"));
    let (total,): (i64,) = db.fetch_one(count).await?;
    let (mut page, base) = evidence_query(plan, indicator, computation, cell, viewer, "activity");
    let limit = page.param(limit);
    let offset = page.param(offset);
    page.push(&format!(
        "SELECT e.key AS activity, a.title, a.mode, p.code AS project, a.start_date, e.units, e.in_numerator \
         FROM ({base}) e JOIN activities a ON a.id = e.key JOIN projects p ON p.id = a.project_id \
         ORDER BY a.start_date DESC, a.id LIMIT {limit} OFFSET {offset}"
    ));
    Ok((db.fetch_all(page).await?, total))
}

/// The people, members or activities counted in one computed figure (staff only), a
/// page at a time, with their total.
pub async fn evidence_units(
    db: &Db,
    plan: &Framework,
    indicator: &Indicator,
    cell: &Cell,
    limit: i64,
    offset: i64,
) -> Result<(Vec<EvidenceUnit>, i64)> {
    let Some(computation) = &indicator.computation else { return Ok((Vec::new(), 0)) };
    let (mut count, base) = evidence_query(plan, indicator, computation, cell, EvidenceScope::All, "unit");
    count.push(&format!("SELECT COUNT(*) FROM ({base}) e"));
    let (total,): (i64,) = db.fetch_one(count).await?;
    let label = match computation.counts {
        Counts::People => "(SELECT name FROM people WHERE id = e.key)",
        Counts::Members => "(SELECT COALESCE(acronym, alpha2) FROM members WHERE id = e.key)",
        Counts::Activities => "(SELECT title FROM activities WHERE id = e.key)",
    };
    let (mut page, base) = evidence_query(plan, indicator, computation, cell, EvidenceScope::All, "unit");
    let limit = page.param(limit);
    let offset = page.param(offset);
    page.push(&format!(
        "SELECT e.key AS unit, {label} AS label, e.in_numerator > 0 AS in_numerator FROM ({base}) e \
         ORDER BY e.key LIMIT {limit} OFFSET {offset}"
    ));
    Ok((db.fetch_all(page).await?, total))
}
