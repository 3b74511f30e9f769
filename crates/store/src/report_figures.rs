//! Figures for the printed reports: the key figures of one year, the computed
//! indicators of a plan recounted over the projects one organisation funds, the
//! approved narratives of a year, and a donor's projects with their funding.
//!
//! Everything counted here follows the counting rules of [`crate::indicator_values`]:
//! people, members and activities are counted by the same statements as the computed
//! indicators, so a report's "people reached" is the figure an indicator counting every
//! person reached would show for that year.

use crate::Db;
use crate::db::{Sql, Tx};
use crate::error::{Result, StoreError};
use crate::indicator_values::{
    BY_MEMBER, Cell, EvidenceScope, Values, current_year, indicator_statement, nothing_counted, viewer_condition,
};
use crate::results::{Framework, Indicator, Plan, Texts};
use apdc_domain::person::ParticipationStatus;
use apdc_domain::project::ProjectStatus;
use apdc_domain::results::{
    Aggregation, Computation, Counts, Dimension, Figure, IndicatorSource, Measure, ResultLevel, Selector,
};
use serde::Serialize;
use std::collections::HashMap;

/// The key figures of one year (the year its activities start in).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct YearFigures {
    /// People who attended or completed an activity, each counted once.
    pub people: i64,
    /// Developing-country members reached, each counted once.
    pub developing_members: i64,
    /// Completed activities.
    pub activities: i64,
    /// Countries of the people reached (their own, else their member's) and of the
    /// members served by completed coaching engagements and advisory missions.
    pub countries: i64,
}

/// A plan of one year only, so that the fact statements read that year alone.
fn one_year(plan: &Plan, year: i64) -> Plan {
    Plan { first_year: year, last_year: year, ..plan.clone() }
}

/// A computed count with no name, for the key figures.
fn key_indicator(computation: Computation) -> Indicator {
    Indicator {
        id: 0,
        plan_id: 0,
        result_id: 0,
        result: String::new(),
        level: ResultLevel::Outcome,
        code: String::new(),
        position: 0,
        measure: Measure::Count,
        aggregation: Aggregation::Sum,
        source: IndicatorSource::Computed,
        member_level: false,
        disaggregations: Vec::new(),
        baseline_year: None,
        baseline: None,
        targets: Vec::new(),
        texts: Texts::default(),
        computation: Some(computation),
    }
}

fn counting(counts: Counts, filter: Option<Selector>) -> Computation {
    Computation { counts, modes: Vec::new(), statuses: Vec::new(), output_only: false, filter, numerator: None }
}

/// A figure's rows: (period, dimension, category, numerator, denominator).
type FigureRow = (i64, String, String, i64, Option<i64>);

/// The total of `year` counted by `computation` over `scope`.
async fn total(
    tx: &mut Tx,
    plan: &Framework,
    computation: Computation,
    scope: EvidenceScope,
    year: i64,
) -> Result<i64> {
    let indicator = key_indicator(computation.clone());
    let rows: Vec<FigureRow> = tx.fetch_all(indicator_statement(plan, &indicator, &computation, scope)).await?;
    Ok(rows.iter().find(|(p, d, _, _, _)| *p == year && d.is_empty()).map_or(0, |r| r.3))
}

/// The activities of `year` within `scope`, as a condition on `a` (activities).
fn activity_filter(sql: &mut Sql, year: i64, scope: EvidenceScope) -> String {
    let mut filter = format!(
        "a.start_date IS NOT NULL AND a.start_date >= {} AND a.start_date < {}",
        sql.param(format!("{year}-01-01")),
        sql.param(format!("{}-01-01", year + 1))
    );
    filter.push_str(&viewer_condition(sql, scope));
    filter
}

/// The key figures of `year` over the activities of `scope`, read in one snapshot.
pub async fn year_figures(db: &Db, year: i64, scope: EvidenceScope) -> Result<YearFigures> {
    let plan = Framework {
        plan: Plan {
            id: 0,
            code: String::new(),
            first_year: year,
            last_year: year,
            public: false,
            illustrative: false,
            computed_at: None,
            texts: Texts::default(),
        },
        results: Vec::new(),
        indicators: Vec::new(),
    };
    let developing = Selector { dimension: Dimension::Developing, category: "yes" };
    let mut tx = db.begin_read().await?;
    let people = total(&mut tx, &plan, counting(Counts::People, None), scope, year).await?;
    let developing_members = total(&mut tx, &plan, counting(Counts::Members, Some(developing)), scope, year).await?;
    let activities = total(&mut tx, &plan, counting(Counts::Activities, None), scope, year).await?;
    let mut sql = Sql::new("");
    let filter = activity_filter(&mut sql, year, scope);
    let statuses = sql.param_list(ParticipationStatus::ALL.iter().filter(|s| s.reached()).map(|s| s.as_str()));
    sql.push(&format!(
        "SELECT COUNT(DISTINCT r.country) FROM ( \
         SELECT COALESCE(pe.country, m.alpha2) AS country FROM participations pa \
         JOIN activities a ON a.id = pa.activity_id JOIN people pe ON pe.id = pa.person_id \
         LEFT JOIN members cm ON cm.alpha2 = pe.country \
         LEFT JOIN members m ON m.id = COALESCE(pa.nominated_by_member_id, pe.nominated_by_member_id, cm.id) \
         WHERE pa.status IN {statuses} AND {filter} \
         UNION ALL SELECT m.alpha2 FROM activity_members am JOIN activities a ON a.id = am.activity_id \
         JOIN members m ON m.id = am.member_id \
         WHERE a.status = 'completed' AND a.mode IN ('coaching', 'mission') AND {filter}) r \
         WHERE r.country IS NOT NULL"
    ));
    let (countries,): (i64,) = tx.fetch_one(sql).await?;
    tx.commit().await?;
    Ok(YearFigures { people, developing_members, activities, countries })
}

/// The computed indicators of `plan` counted again for `year` over the activities of
/// `scope` only (for a donor: the projects their organisation funds), by indicator id.
/// Reported indicators are left out: what a member reports cannot be divided among
/// the projects that served it.
pub async fn computed_values(
    db: &Db,
    plan: &Framework,
    year: i64,
    scope: EvidenceScope,
) -> Result<HashMap<i64, Values>> {
    let framework = Framework { plan: one_year(&plan.plan, year), ..plan.clone() };
    let mut by_indicator: HashMap<i64, Values> = HashMap::new();
    let mut tx = db.begin_read().await?;
    for indicator in &framework.indicators {
        let Some(computation) = &indicator.computation else { continue };
        let rows: Vec<FigureRow> = tx.fetch_all(indicator_statement(&framework, indicator, computation, scope)).await?;
        let values = by_indicator.entry(indicator.id).or_default();
        for (period, dimension, category, numerator, denominator) in rows {
            let figure = Figure { numerator, denominator };
            if dimension == BY_MEMBER {
                values.1.insert((period, category), figure);
            } else if dimension.is_empty() {
                values.0.insert(Cell::total(period), figure);
            } else {
                let dimension = Dimension::parse(&dimension)
                    .map_err(|_| StoreError::Corrupt(format!("value dimension {dimension:?}")))?;
                values.0.insert(Cell { period, dimension: Some(dimension), category }, figure);
            }
        }
        // As in the stored values: a year that has begun and counted nothing is zero.
        if year <= current_year() && values.total(year).is_none() {
            values.0.insert(Cell::total(year), nothing_counted(indicator, computation));
        }
    }
    tx.commit().await?;
    Ok(by_indicator)
}

/// The narrative of an approved update.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Narrative {
    /// The indicator's code.
    pub indicator: String,
    /// The member reported for (alpha-2); `None` for the plan's own updates.
    pub member: Option<String>,
    pub text: String,
}

/// The narratives of the current approved updates of `plan` for `year`: for each
/// indicator and member, the latest approved update's, in the plan's order with the
/// plan's own update before the members'.
pub async fn narratives(db: &Db, plan: &Framework, year: i64) -> Result<Vec<Narrative>> {
    let rows: Vec<(i64, Option<String>, String)> = db
        .fetch_all(
            Sql::new(
                "SELECT u.indicator_id, m.alpha2, u.narrative FROM indicator_updates u \
                 JOIN indicators i ON i.id = u.indicator_id LEFT JOIN members m ON m.id = u.member_id \
                 WHERE i.plan_id = $1 AND u.period = $2 AND u.status = 'approved' AND u.narrative IS NOT NULL \
                 AND u.id = (SELECT MAX(l.id) FROM indicator_updates l WHERE l.indicator_id = u.indicator_id \
                 AND l.period = u.period AND COALESCE(l.member_id, 0) = COALESCE(u.member_id, 0) \
                 AND l.status = 'approved')",
            )
            .bind(plan.plan.id)
            .bind(year),
        )
        .await?;
    let order: HashMap<i64, (usize, &str)> =
        plan.indicators.iter().enumerate().map(|(n, i)| (i.id, (n, i.code.as_str()))).collect();
    let mut narratives: Vec<(usize, Narrative)> = rows
        .into_iter()
        .filter(|(_, _, text)| !text.trim().is_empty())
        .filter_map(|(indicator, member, text)| {
            let (position, code) = order.get(&indicator)?;
            Some((*position, Narrative { indicator: (*code).to_owned(), member, text: text.trim().to_owned() }))
        })
        .collect();
    narratives.sort_by(|(a, x), (b, y)| (a, &x.member).cmp(&(b, &y.member)));
    Ok(narratives.into_iter().map(|(_, n)| n).collect())
}

/// An organisation a report can be made for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Funder {
    pub id: i64,
    pub name: String,
    pub acronym: Option<String>,
}

impl Funder {
    /// The name, with the short name when there is one.
    pub fn label(&self) -> String {
        match &self.acronym {
            Some(acronym) if *acronym != self.name => format!("{} ({acronym})", self.name),
            _ => self.name.clone(),
        }
    }
}

/// The organisations funding at least one project, by name.
pub async fn funders(db: &Db) -> Result<Vec<Funder>> {
    db.fetch_all(Sql::new(
        "SELECT o.id, o.name, o.acronym FROM organisations o WHERE o.id IN \
         (SELECT organisation_id FROM project_partners WHERE role = 'funding') ORDER BY o.name, o.id",
    ))
    .await
}

/// Organisation `id`, if it exists.
pub async fn organisation(db: &Db, id: i64) -> Result<Option<Funder>> {
    db.fetch_optional(Sql::new("SELECT id, name, acronym FROM organisations WHERE id = $1").bind(id)).await
}

/// What an organisation put into one project in one year, in one currency (hundredths).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Funding {
    pub currency: String,
    pub committed: i64,
    pub disbursed: i64,
}

/// A project an organisation funds.
#[derive(Debug, Clone, Serialize)]
pub struct FundedProject {
    pub code: String,
    /// In the language asked for, else English, else the code.
    pub title: String,
    pub status: ProjectStatus,
    pub public: bool,
    /// The organisation's commitments and disbursements of the year, by currency.
    pub funding: Vec<Funding>,
}

/// The projects `organisation` funds, by code, with what it committed and disbursed to
/// each in `year`.
pub async fn funded_projects(db: &Db, organisation: i64, year: i64, language: &str) -> Result<Vec<FundedProject>> {
    let mut tx = db.begin_read().await?;
    let rows: Vec<(i64, String, String, bool, String)> = tx
        .fetch_all(
            Sql::new(
                "SELECT p.id, p.code, p.status, p.public, COALESCE(tl.title, te.title, p.code) FROM projects p \
                 LEFT JOIN project_texts tl ON tl.project_id = p.id AND tl.language = $2 \
                 LEFT JOIN project_texts te ON te.project_id = p.id AND te.language = 'en' \
                 WHERE p.id IN (SELECT project_id FROM project_partners WHERE role = 'funding' AND organisation_id = $1) \
                 ORDER BY p.code",
            )
            .bind(organisation)
            .bind(language),
        )
        .await?;
    let money: Vec<(i64, String, String, i64)> = tx
        .fetch_all(
            Sql::new(
                "SELECT project_id, kind, currency, CAST(SUM(amount_hundredths) AS BIGINT) FROM project_finances \
                 WHERE organisation_id = $1 AND year = $2 GROUP BY project_id, kind, currency ORDER BY currency",
            )
            .bind(organisation)
            .bind(year),
        )
        .await?;
    tx.commit().await?;
    let mut projects = Vec::with_capacity(rows.len());
    for (id, code, status, public, title) in rows {
        let status = ProjectStatus::parse(&status)
            .map_err(|_| StoreError::Corrupt(format!("project {code}: status {status:?}")))?;
        let mut funding: Vec<Funding> = Vec::new();
        for (_, kind, currency, amount) in money.iter().filter(|(p, ..)| *p == id) {
            let index = match funding.iter().position(|f| f.currency == *currency) {
                Some(index) => index,
                None => {
                    funding.push(Funding { currency: currency.clone(), committed: 0, disbursed: 0 });
                    funding.len() - 1
                }
            };
            match kind.as_str() {
                "commitment" => funding[index].committed += amount,
                _ => funding[index].disbursed += amount,
            }
        }
        projects.push(FundedProject { code, title, status, public, funding });
    }
    Ok(projects)
}
