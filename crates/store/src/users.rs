//! Accounts: who can sign in, with which role, scoped to which member; and the record
//! of failed sign-ins that throttling reads.

use crate::audit::{self, Actor, Change};
use crate::db::Sql;
use crate::error::{Result, StoreError};
use crate::{Db, now};
use apdc_domain::{CountryCode, Email, Role};

/// An account as the application sees it (never with its password hash).
#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// The member a focal point speaks for.
    pub member: Option<CountryCode>,
    pub active: bool,
    pub is_demo: bool,
    /// Sessions started before this instant (Unix milliseconds) are no longer accepted:
    /// changing a password signs the account out everywhere.
    pub sessions_valid_after: i64,
    /// The organisation a donor viewer speaks for: they see the projects it funds.
    pub organisation_id: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    member_alpha2: Option<String>,
    active: bool,
    is_demo: bool,
    sessions_valid_after: i64,
    password_hash: String,
    organisation_id: Option<i64>,
}

const USER_COLUMNS: &str = "u.id, u.email, u.display_name, u.role, m.alpha2 AS member_alpha2, u.active, u.is_demo, \
     u.sessions_valid_after, u.password_hash, u.organisation_id FROM users u LEFT JOIN members m ON m.id = u.member_id";

impl UserRow {
    fn into_user(self) -> Result<(User, String)> {
        let role = Role::parse(&self.role).map_err(|_| StoreError::Corrupt(format!("user role {:?}", self.role)))?;
        let member = self
            .member_alpha2
            .map(|a| CountryCode::parse(&a).map_err(|_| StoreError::Corrupt(format!("user member {a:?}"))))
            .transpose()?;
        let user = User {
            id: self.id,
            email: self.email,
            display_name: self.display_name,
            role,
            member,
            active: self.active,
            is_demo: self.is_demo,
            sessions_valid_after: self.sessions_valid_after,
            organisation_id: self.organisation_id,
        };
        Ok((user, self.password_hash))
    }
}

/// What is needed to create an account; the password arrives already hashed.
pub struct NewUser<'a> {
    pub email: &'a Email,
    pub display_name: &'a str,
    pub role: Role,
    pub member: Option<CountryCode>,
    pub password_hash: &'a str,
    pub is_demo: bool,
}

/// Creates an account. A focal point must name an existing member; other roles must not.
pub async fn create(db: &Db, actor: &Actor, new: &NewUser<'_>) -> Result<User> {
    if new.role.needs_member() != new.member.is_some() {
        return Err(StoreError::invalid(
            "member",
            if new.member.is_some() { "member_not_allowed" } else { "required" },
        ));
    }
    let mut tx = db.begin().await?;
    let member_id = match new.member {
        Some(code) => Some(crate::members::member_id(&mut tx, code, "member").await?),
        None => None,
    };
    let at = now();
    let (id,): (i64,) = tx
        .fetch_one(
            Sql::new(
                "INSERT INTO users (email, display_name, role, member_id, password_hash, active, is_demo, created_at, \
                 updated_at) VALUES ($1, $2, $3, $4, $5, TRUE, $6, $7, $7) RETURNING id",
            )
            .bind(new.email.as_str())
            .bind(new.display_name)
            .bind(new.role.as_str())
            .bind(member_id)
            .bind(new.password_hash)
            .bind(new.is_demo)
            .bind(at),
        )
        .await
        .map_err(|e| e.on_unique("email"))?;
    let change = Change {
        action: "user.create",
        record_type: "user",
        record_key: &id.to_string(),
        before: None,
        after: Some(serde_json::json!({
            "email": new.email.as_str(),
            "display_name": new.display_name,
            "role": new.role.as_str(),
            "member": new.member.map(|m| m.to_string()),
        })),
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await?;
    Ok(User {
        id,
        email: new.email.as_str().to_owned(),
        display_name: new.display_name.to_owned(),
        role: new.role,
        member: new.member,
        active: true,
        is_demo: new.is_demo,
        sessions_valid_after: 0,
        organisation_id: None,
    })
}

/// Milliseconds since the Unix epoch, for session validity.
pub fn now_millis() -> i64 {
    i64::try_from(time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

/// Replaces an account's password hash and ends the account's existing sessions.
pub async fn set_password(db: &Db, actor: &Actor, user_id: i64, password_hash: &str) -> Result<()> {
    let mut tx = db.begin().await?;
    let _: (i64,) = tx.fetch_one(Sql::new("SELECT id FROM users WHERE id = $1").bind(user_id)).await?;
    tx.execute(
        Sql::new("UPDATE users SET password_hash = $2, updated_at = $3, sessions_valid_after = $4 WHERE id = $1")
            .bind(user_id)
            .bind(password_hash)
            .bind(now())
            .bind(now_millis()),
    )
    .await?;
    // The hash itself is never written to the trail.
    let change = Change {
        action: "user.set_password",
        record_type: "user",
        record_key: &user_id.to_string(),
        before: None,
        after: None,
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await
}

/// An account and its password hash, for signing in.
pub async fn find_for_login(db: &Db, email: &Email) -> Result<Option<(User, String)>> {
    let row: Option<UserRow> =
        db.fetch_optional(Sql::new(format!("SELECT {USER_COLUMNS} WHERE u.email = $1")).bind(email.as_str())).await?;
    row.map(UserRow::into_user).transpose()
}

pub async fn get(db: &Db, id: i64) -> Result<Option<User>> {
    let row: Option<UserRow> =
        db.fetch_optional(Sql::new(format!("SELECT {USER_COLUMNS} WHERE u.id = $1")).bind(id)).await?;
    Ok(row.map(UserRow::into_user).transpose()?.map(|(user, _)| user))
}

/// Records one failed sign-in.
pub async fn record_login_failure(db: &Db, email: &str, ip: &str) -> Result<()> {
    db.execute_bookkeeping(
        Sql::new("INSERT INTO login_failures (email, ip, at) VALUES ($1, $2, $3)").bind(email).bind(ip).bind(now()),
    )
    .await?;
    Ok(())
}

/// Failed sign-ins since a moment, with the last one's time, for the three keys the
/// sign-in throttle weighs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FailureCounts {
    /// For this account from this client address.
    pub pair: i64,
    pub pair_last: Option<i64>,
    /// For this account from any address.
    pub account: i64,
    pub account_last: Option<i64>,
    /// From this address for any account.
    pub address: i64,
    pub address_last: Option<i64>,
}

/// Counts the failed sign-ins since `since` (Unix seconds) for `email`, `ip` and both.
pub async fn login_failure_counts(db: &Db, email: &str, ip: &str, since: i64) -> Result<FailureCounts> {
    type Row = (i64, Option<i64>, i64, Option<i64>, i64, Option<i64>);
    let (pair, pair_last, account, account_last, address, address_last): Row = db
        .fetch_one(
            Sql::new(
                "SELECT COUNT(CASE WHEN email = $1 AND ip = $2 THEN 1 END), \
                        MAX(CASE WHEN email = $1 AND ip = $2 THEN at END), \
                        COUNT(CASE WHEN email = $1 THEN 1 END), MAX(CASE WHEN email = $1 THEN at END), \
                        COUNT(CASE WHEN ip = $2 THEN 1 END), MAX(CASE WHEN ip = $2 THEN at END) \
                 FROM login_failures WHERE at >= $3 AND (email = $1 OR ip = $2)",
            )
            .bind(email)
            .bind(ip)
            .bind(since),
        )
        .await?;
    Ok(FailureCounts { pair, pair_last, account, account_last, address, address_last })
}

/// Forgets the failures of an address after a successful sign-in.
pub async fn clear_login_failures(db: &Db, email: &str) -> Result<()> {
    db.execute_bookkeeping(Sql::new("DELETE FROM login_failures WHERE email = $1").bind(email)).await?;
    Ok(())
}

/// Forgets failures older than the throttling window.
pub async fn forget_login_failures_before(db: &Db, before: i64) -> Result<u64> {
    db.execute_bookkeeping(Sql::new("DELETE FROM login_failures WHERE at < $1").bind(before)).await
}

impl User {
    /// The fields administrators edit, as recorded in the audit trail.
    pub fn snapshot(&self) -> serde_json::Value {
        serde_json::json!({
            "email": self.email,
            "display_name": self.display_name,
            "role": self.role.as_str(),
            "member": self.member.map(|m| m.to_string()),
            "active": self.active,
        })
    }
}

/// One page of accounts, optionally of one role, ordered by email.
pub async fn list(db: &Db, role: Option<Role>, page: usize, per_page: usize) -> Result<crate::Paged<User>> {
    let per_page = per_page.clamp(1, 500);
    let page = page.max(1);
    let mut count = Sql::new("SELECT COUNT(*) FROM users u WHERE 1 = 1");
    let mut select = Sql::new(format!("SELECT {USER_COLUMNS} WHERE 1 = 1"));
    if let Some(role) = role {
        let p = count.param(role.as_str());
        count.push(&format!(" AND u.role = {p}"));
        let p = select.param(role.as_str());
        select.push(&format!(" AND u.role = {p}"));
    }
    let limit = select.param(i64::try_from(per_page).unwrap_or(50));
    let offset = select.param(i64::try_from((page - 1) * per_page).unwrap_or(0));
    select.push(&format!(" ORDER BY u.email LIMIT {limit} OFFSET {offset}"));
    let (total,): (i64,) = db.fetch_one(count).await?;
    let rows: Vec<UserRow> = db.fetch_all(select).await?;
    let items = rows.into_iter().map(|r| r.into_user().map(|(user, _)| user)).collect::<Result<Vec<_>>>()?;
    Ok(crate::Paged { items, total: usize::try_from(total).unwrap_or(0), page, per_page })
}

/// Replaces what administrators maintain of an account.
pub async fn update(db: &Db, actor: &Actor, id: i64, input: &apdc_domain::UserInput) -> Result<User> {
    let mut tx = db.begin().await?;
    // Read inside the transaction, so the audit's "before" is what this change replaced.
    let row: Option<UserRow> =
        tx.fetch_optional(Sql::new(format!("SELECT {USER_COLUMNS} WHERE u.id = $1")).bind(id)).await?;
    let (before, _) = row.ok_or(StoreError::NotFound)?.into_user()?;
    let member_id = match input.member {
        Some(code) => Some(crate::members::member_id(&mut tx, code, "member").await?),
        None => None,
    };
    // Only a donor viewer speaks for an organisation; another role drops the link.
    let kept_organisation = before.organisation_id.filter(|_| input.role == Role::DonorViewer);
    tx.execute(
        Sql::new(
            "UPDATE users SET email = $2, display_name = $3, role = $4, member_id = $5, active = $6, updated_at = $7, \
             organisation_id = $8 WHERE id = $1",
        )
        .bind(id)
        .bind(input.email.as_str())
        .bind(input.display_name.as_str())
        .bind(input.role.as_str())
        .bind(member_id)
        .bind(input.active)
        .bind(now())
        .bind(kept_organisation),
    )
    .await
    .map_err(|e| e.on_unique("email"))?;
    let after = User {
        id,
        email: input.email.as_str().to_owned(),
        display_name: input.display_name.clone(),
        role: input.role,
        member: input.member,
        active: input.active,
        is_demo: before.is_demo,
        sessions_valid_after: before.sessions_valid_after,
        organisation_id: kept_organisation,
    };
    let change = Change {
        action: "user.update",
        record_type: "user",
        record_key: &id.to_string(),
        before: Some(before.snapshot()),
        after: Some(after.snapshot()),
    };
    audit::record(&mut tx, actor, change).await?;
    tx.commit().await?;
    Ok(after)
}

/// Links a donor viewer's account to the organisation whose funded projects they see
/// (or unlinks it with `None`).
pub async fn set_organisation(db: &Db, actor: &Actor, id: i64, organisation: Option<i64>) -> Result<()> {
    let mut tx = db.begin().await?;
    let role: Option<(String,)> = tx.fetch_optional(Sql::new("SELECT role FROM users WHERE id = $1").bind(id)).await?;
    let (role,) = role.ok_or(StoreError::NotFound)?;
    if organisation.is_some() && role != Role::DonorViewer.as_str() {
        return Err(StoreError::invalid("organisation", "organisation_only_for_donors"));
    }
    if let Some(org) = organisation {
        let found: Option<(i64,)> =
            tx.fetch_optional(Sql::new("SELECT id FROM organisations WHERE id = $1").bind(org)).await?;
        found.ok_or_else(|| StoreError::invalid("organisation", "unknown_organisation"))?;
    }
    tx.execute(
        Sql::new("UPDATE users SET organisation_id = $2, updated_at = $3 WHERE id = $1")
            .bind(id)
            .bind(organisation)
            .bind(crate::now()),
    )
    .await?;
    let after = serde_json::json!({ "organisation_id": organisation });
    crate::audit::record(
        &mut tx,
        actor,
        crate::audit::Change {
            action: "user.organisation",
            record_type: "user",
            record_key: &id.to_string(),
            before: None,
            after: Some(after),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
