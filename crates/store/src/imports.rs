//! Importing the member list from a CSV file: a plan first, then all or nothing.
//!
//! [`plan`] reads a file and compares every row with the registry without writing
//! anything. A plan with no rejected row can be saved ([`save`]) and later applied
//! ([`apply`]) in one transaction, each change audited. Columns that a file leaves out
//! keep their current values, so a file of acronyms alone corrects acronyms alone.

use crate::audit::Actor;
use crate::db::Sql;
use crate::error::{Result, StoreError};
use crate::members::{self, Member};
use crate::{Db, now};
use apdc_domain::member::{MemberFields, MemberInput};
use apdc_domain::{CountryCode, FieldError};
use apdc_sheets::{Limits, SheetProblem};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Columns every file must have.
pub const REQUIRED_COLUMNS: [&str; 4] = ["alpha2", "category", "developing", "developing_basis"];
/// Columns a file may have; when absent, the current value is kept.
pub const OPTIONAL_COLUMNS: [&str; 4] = ["acronym", "name", "developing_note", "website"];
/// The largest file accepted, in bytes.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// The most rows accepted in one file.
pub const MAX_ROWS: usize = 5_000;
/// How much of a file is read at most.
const LIMITS: Limits = Limits::rows(MAX_ROWS).with_max_bytes(MAX_BYTES);

/// Why a whole file cannot be read as a member list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    Empty,
    TooLarge,
    NotText,
    NotCsv {
        detail: String,
    },
    MissingColumns {
        columns: Vec<String>,
    },
    UnknownColumns {
        columns: Vec<String>,
    },
    DuplicateColumns {
        columns: Vec<String>,
    },
    TooManyRows,
    NoRows,
    /// A limit of the file reader, or a NUL byte, named by the reader's problem.
    Sheet(SheetProblem),
}

/// A field that a row changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub before: String,
    pub after: String,
}

/// What a row will do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum RowOutcome {
    Add,
    Update { changes: Vec<FieldChange> },
    Unchanged,
    Rejected { errors: Vec<FieldError> },
}

/// One data row of the file.
#[derive(Debug, Clone, Serialize)]
pub struct RowPlan {
    /// The line in the file (the header is line 1).
    pub line: u64,
    pub alpha2: String,
    pub outcome: RowOutcome,
    #[serde(skip)]
    input: Option<MemberInput>,
}

/// The whole file's effect.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportPlan {
    pub rows: Vec<RowPlan>,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub rejected: usize,
    pub blank_rows_skipped: usize,
}

impl ImportPlan {
    /// A plan can be applied when no row is rejected and something would change.
    pub fn acceptable(&self) -> bool {
        self.rejected == 0 && self.added + self.updated > 0
    }

    fn changes(&self) -> Vec<&MemberInput> {
        self.rows
            .iter()
            .filter(|r| matches!(r.outcome, RowOutcome::Add | RowOutcome::Update { .. }))
            .filter_map(|r| r.input.as_ref())
            .collect()
    }
}

/// Reads `bytes` as a member list and compares it with the registry. Writes nothing.
pub async fn plan(db: &Db, bytes: &[u8]) -> Result<std::result::Result<ImportPlan, FileProblem>> {
    let countries: HashSet<String> = crate::reference::countries(db).await?.into_iter().map(|c| c.alpha2).collect();
    let existing: HashMap<String, Member> = members::matching(db, &members::MemberFilter::default())
        .await?
        .into_iter()
        .map(|m| (m.alpha2.to_string(), m))
        .collect();
    Ok(plan_against(bytes, &countries, &existing))
}

/// Plans `bytes` against a registry of the given countries and no members yet: the
/// checks of the file alone, without a database (for fuzzing and tools).
pub fn plan_file(bytes: &[u8], countries: &[&str]) -> std::result::Result<ImportPlan, FileProblem> {
    let countries = countries.iter().map(|c| (*c).to_owned()).collect();
    plan_against(bytes, &countries, &HashMap::new())
}

fn plan_against(
    bytes: &[u8],
    countries: &HashSet<String>,
    existing: &HashMap<String, Member>,
) -> std::result::Result<ImportPlan, FileProblem> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FileProblem::Empty);
    }
    let table = apdc_sheets::read_csv(bytes, &LIMITS).map_err(|problem| match problem {
        SheetProblem::Empty | SheetProblem::NoHeader => FileProblem::Empty,
        SheetProblem::TooLarge { .. } => FileProblem::TooLarge,
        SheetProblem::NotASpreadsheet => FileProblem::NotText,
        SheetProblem::TooManyRows { .. } => FileProblem::TooManyRows,
        SheetProblem::Unreadable(detail) => FileProblem::NotCsv { detail },
        other => FileProblem::Sheet(other),
    })?;
    let headers: Vec<String> = table.header.iter().map(|h| h.to_lowercase()).collect();
    check_headers(&headers)?;
    let column = |name: &str| headers.iter().position(|h| h == name);

    let mut plan = ImportPlan { blank_rows_skipped: table.blank_rows, ..ImportPlan::default() };
    let mut seen = HashSet::new();
    for (line, record) in &table.rows {
        let line = *line as u64;
        if record.len() > headers.len() {
            plan.rows.push(rejected(line, String::new(), vec![FieldError::new("row", "wrong_number_of_cells")]));
            continue;
        }
        // A row may stop early: the cells it leaves out are empty.
        let cell = |name: &str| column(name).map(|i| record.get(i).cloned().unwrap_or_default());
        let alpha2 = cell("alpha2").unwrap_or_default().to_uppercase();
        let current = existing.get(&alpha2);
        // An absent optional column keeps the current value.
        let keep = |name: &str, current_value: Option<&Option<String>>| {
            cell(name).unwrap_or_else(|| current_value.and_then(|v| v.clone()).unwrap_or_default())
        };
        let fields = MemberFields {
            alpha2: alpha2.clone(),
            acronym: keep("acronym", current.map(|m| &m.acronym)),
            name: keep("name", current.map(|m| &m.name)),
            category: cell("category").unwrap_or_default(),
            developing: cell("developing").unwrap_or_default(),
            developing_basis: cell("developing_basis").unwrap_or_default(),
            developing_note: keep("developing_note", current.map(|m| &m.developing_note)),
            website: keep("website", current.map(|m| &m.website)),
        };
        let input = match MemberInput::parse(&fields) {
            Ok(input) => input,
            Err(errors) => {
                plan.rows.push(rejected(line, alpha2, errors.0));
                continue;
            }
        };
        if !countries.contains(input.alpha2.as_str()) {
            plan.rows.push(rejected(line, alpha2, vec![FieldError::new("alpha2", "unknown_country")]));
            continue;
        }
        if !seen.insert(input.alpha2) {
            plan.rows.push(rejected(line, alpha2, vec![FieldError::new("alpha2", "duplicate_in_file")]));
            continue;
        }
        let outcome = match current {
            None => RowOutcome::Add,
            Some(member) => {
                let changes = diff(member, &input);
                if changes.is_empty() { RowOutcome::Unchanged } else { RowOutcome::Update { changes } }
            }
        };
        plan.rows.push(RowPlan { line, alpha2, outcome, input: Some(input) });
    }
    for row in &plan.rows {
        match row.outcome {
            RowOutcome::Add => plan.added += 1,
            RowOutcome::Update { .. } => plan.updated += 1,
            RowOutcome::Unchanged => plan.unchanged += 1,
            RowOutcome::Rejected { .. } => plan.rejected += 1,
        }
    }
    if plan.rows.is_empty() {
        return Err(FileProblem::NoRows);
    }
    Ok(plan)
}

fn rejected(line: u64, alpha2: String, errors: Vec<FieldError>) -> RowPlan {
    RowPlan { line, alpha2, outcome: RowOutcome::Rejected { errors }, input: None }
}

fn check_headers(headers: &[String]) -> std::result::Result<(), FileProblem> {
    let missing: Vec<String> =
        REQUIRED_COLUMNS.iter().filter(|c| !headers.iter().any(|h| h == *c)).map(|c| (*c).to_owned()).collect();
    if !missing.is_empty() {
        return Err(FileProblem::MissingColumns { columns: missing });
    }
    let unknown: Vec<String> = headers
        .iter()
        .filter(|h| !REQUIRED_COLUMNS.contains(&h.as_str()) && !OPTIONAL_COLUMNS.contains(&h.as_str()))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Err(FileProblem::UnknownColumns { columns: unknown });
    }
    let mut seen = HashSet::new();
    let duplicates: Vec<String> = headers.iter().filter(|h| !seen.insert(*h)).cloned().collect();
    if !duplicates.is_empty() {
        return Err(FileProblem::DuplicateColumns { columns: duplicates });
    }
    Ok(())
}

/// The fields of `input` that differ from `member`.
pub fn diff(member: &Member, input: &MemberInput) -> Vec<FieldChange> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let pairs = [
        ("acronym", text(&member.acronym), text(&input.acronym)),
        ("name", text(&member.name), text(&input.name)),
        ("category", member.category.as_str().to_owned(), input.category.as_str().to_owned()),
        ("developing", member.developing.to_string(), input.developing.to_string()),
        ("developing_basis", member.developing_basis.as_str().to_owned(), input.developing_basis.as_str().to_owned()),
        ("developing_note", text(&member.developing_note), text(&input.developing_note)),
        ("website", text(&member.website), text(&input.website)),
    ];
    pairs
        .into_iter()
        .filter(|(_, before, after)| before != after)
        .map(|(field, before, after)| FieldChange { field, before, after })
        .collect()
}

/// Keeps an acceptable plan under `id` until someone applies it.
pub async fn save(db: &Db, id: &str, created_by: i64, filename: &str, plan: &ImportPlan) -> Result<()> {
    if !plan.acceptable() {
        return Err(StoreError::invalid("file", "import_not_acceptable"));
    }
    let rows = serde_json::to_string(&plan.changes()).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    db.execute(
        Sql::new(
            "INSERT INTO member_imports (id, created_by, created_at, filename, rows_json, status) \
             VALUES ($1, $2, $3, $4, $5, 'pending')",
        )
        .bind(id)
        .bind(created_by)
        .bind(now())
        .bind(filename)
        .bind(rows),
    )
    .await?;
    Ok(())
}

/// Forgets previews that were never applied and are older than `before` (Unix seconds).
pub async fn forget_pending_before(db: &Db, before: i64) -> Result<u64> {
    db.execute(Sql::new("DELETE FROM member_imports WHERE status = 'pending' AND created_at < $1").bind(before)).await
}

/// What applying an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Applied {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// Applies a saved import: every row or none. A row whose member changed since the
/// preview is applied as the file says (the file is what staff confirmed); a row that
/// now matches the registry is left alone.
pub async fn apply(db: &Db, actor: &Actor, id: &str) -> Result<Applied> {
    let mut tx = db.begin().await?;
    let found: Option<(String, String)> =
        tx.fetch_optional(Sql::new("SELECT rows_json, status FROM member_imports WHERE id = $1").bind(id)).await?;
    let (rows_json, status) = found.ok_or(StoreError::NotFound)?;
    if status != "pending" {
        return Err(StoreError::Conflict { field: "import" });
    }
    let inputs: Vec<MemberInput> =
        serde_json::from_str(&rows_json).map_err(|e| StoreError::Corrupt(format!("import {id}: {e}")))?;
    let mut applied = Applied::default();
    for input in &inputs {
        let current: Option<(i64,)> =
            tx.fetch_optional(Sql::new("SELECT id FROM members WHERE alpha2 = $1").bind(input.alpha2.as_str())).await?;
        if current.is_none() {
            members::create_in(&mut tx, actor, input).await?;
            applied.added += 1;
        } else if member_differs(&mut tx, input.alpha2, input).await? {
            members::update_in(&mut tx, actor, input).await?;
            applied.updated += 1;
        } else {
            applied.unchanged += 1;
        }
    }
    let marked = tx
        .execute(Sql::new("UPDATE member_imports SET status = 'applied' WHERE id = $1 AND status = 'pending'").bind(id))
        .await?;
    if marked != 1 {
        return Err(StoreError::Conflict { field: "import" });
    }
    tx.commit().await?;
    Ok(applied)
}

async fn member_differs(tx: &mut crate::Tx, alpha2: CountryCode, input: &MemberInput) -> Result<bool> {
    #[derive(sqlx::FromRow)]
    struct Current {
        acronym: Option<String>,
        name: Option<String>,
        category: String,
        developing: bool,
        developing_basis: String,
        developing_note: Option<String>,
        website: Option<String>,
    }
    let c: Current = tx
        .fetch_one(
            Sql::new(
                "SELECT acronym, name, category, developing, developing_basis, developing_note, website \
                 FROM members WHERE alpha2 = $1",
            )
            .bind(alpha2.as_str()),
        )
        .await?;
    Ok(c.acronym != input.acronym
        || c.name != input.name
        || c.category != input.category.as_str()
        || c.developing != input.developing
        || c.developing_basis != input.developing_basis.as_str()
        || c.developing_note != input.developing_note
        || c.website != input.website)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn countries() -> HashSet<String> {
        ["KE", "FR", "SN"].into_iter().map(String::from).collect()
    }

    #[test]
    fn file_level_problems_are_named() {
        let none = HashMap::new();
        assert_eq!(plan_against(b"", &countries(), &none).unwrap_err(), FileProblem::Empty);
        assert_eq!(plan_against(b"PK\x03\x04\x00\x00", &countries(), &none).unwrap_err(), FileProblem::NotText);
        assert_eq!(plan_against(&[0xff, 0xfe, 0x41], &countries(), &none).unwrap_err(), FileProblem::NotText);
        assert_eq!(
            plan_against(b"alpha2,category\nKE,member body\n", &countries(), &none).unwrap_err(),
            FileProblem::MissingColumns { columns: vec!["developing".into(), "developing_basis".into()] }
        );
        assert_eq!(
            plan_against(b"alpha2,category,developing,developing_basis,colour\n", &countries(), &none).unwrap_err(),
            FileProblem::UnknownColumns { columns: vec!["colour".into()] }
        );
        assert_eq!(
            plan_against(b"alpha2,category,developing,developing_basis\n", &countries(), &none).unwrap_err(),
            FileProblem::NoRows
        );
    }

    #[test]
    fn rows_are_planned_one_by_one() {
        let file = "\u{feff}Alpha2,category,developing,developing_basis,acronym\n\
                    KE,member body,yes,iso_list,KEBS\n\
                    ,,,,\n\
                    XX,member body,yes,iso_list,XYZ\n\
                    SN,observer,maybe,iso_list,ASN\n\
                    KE,member body,yes,iso_list,KEBS\n\
                    FR,member body,no\n\
                    SN,member body,yes,iso_list,ASN,extra\n";
        let plan = plan_against(file.as_bytes(), &countries(), &HashMap::new()).unwrap();
        let outcomes: Vec<_> = plan
            .rows
            .iter()
            .map(|r| {
                let codes = match &r.outcome {
                    RowOutcome::Rejected { errors } => errors.iter().map(|e| e.code).collect::<Vec<_>>(),
                    _ => vec![],
                };
                (r.line, r.alpha2.as_str(), codes)
            })
            .collect();
        assert_eq!(
            outcomes,
            vec![
                (2, "KE", vec![]),
                (4, "XX", vec!["unknown_country"]),
                (5, "SN", vec!["invalid_category", "invalid_flag"]),
                (6, "KE", vec!["duplicate_in_file"]),
                // A row that stops early leaves its last cells empty.
                (7, "FR", vec!["required"]),
                (8, "", vec!["wrong_number_of_cells"]),
            ]
        );
        assert_eq!((plan.added, plan.rejected, plan.blank_rows_skipped), (1, 5, 1));
        assert!(!plan.acceptable());
    }
}
