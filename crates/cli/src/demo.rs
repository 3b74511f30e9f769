//! Demonstration data: clearly fictional records on top of the real reference data, and
//! a demo administrator whose password is new at every start.

use anyhow::Result;
use apdc_domain::member::FocalPointFields;
use apdc_domain::{CountryCode, Email, FocalPointInput, Role};
use apdc_store::{Actor, Db, members, users};

pub const ADMIN_EMAIL: &str = "admin@demo.apdc.invalid";

/// Fictional focal points (the `.invalid` domain can never receive mail).
const FOCAL_POINTS: &[(&str, &str, &str)] = &[
    ("KE", "Amina Demo (fictional)", "amina.demo@ke.demo.apdc.invalid"),
    ("SN", "Ousmane Exemple (fictif)", "ousmane.exemple@sn.demo.apdc.invalid"),
    ("PE", "Lucía Ejemplo (ficticia)", "lucia.ejemplo@pe.demo.apdc.invalid"),
    ("VN", "Linh Demo (fictional)", "linh.demo@vn.demo.apdc.invalid"),
    ("FJ", "Mere Demo (fictional)", "mere.demo@fj.demo.apdc.invalid"),
];

/// Adds the demonstration records that are not there yet; returns how many were added.
pub async fn seed(db: &Db) -> Result<usize> {
    let actor = Actor::system("apdc demo data");
    let mut added = 0;
    for (alpha2, name, email) in FOCAL_POINTS {
        let code = CountryCode::parse(alpha2).map_err(anyhow::Error::msg)?;
        let member = match members::get(db, code).await {
            Ok(member) => member,
            Err(apdc_store::StoreError::NotFound) => continue,
            Err(other) => return Err(other.into()),
        };
        let existing = members::focal_points(db, member.id).await?;
        if existing.iter().any(|f| f.email == *email) {
            continue;
        }
        let input = FocalPointInput::parse(&FocalPointFields {
            name: (*name).to_owned(),
            position: "Demonstration contact".to_owned(),
            email: (*email).to_owned(),
            phone: String::new(),
        })
        .map_err(|e| anyhow::anyhow!("demo focal point {alpha2}: {e}"))?;
        members::add_focal_point(db, &actor, code, &input, true).await?;
        added += 1;
    }
    Ok(added)
}

/// Creates the demo administrator if needed and gives it a new random password.
pub async fn reset_admin_password(db: &Db) -> Result<String> {
    let password = apdc_web::auth::password::generate(20).map_err(|e| anyhow::anyhow!("generating a password: {e}"))?;
    let hash = apdc_web::auth::password::hash(&password).map_err(|e| anyhow::anyhow!("hashing: {e}"))?;
    let email = Email::parse(ADMIN_EMAIL).map_err(anyhow::Error::msg)?;
    let actor = Actor::system("apdc serve --demo");
    match users::find_for_login(db, &email).await? {
        Some((user, _)) => users::set_password(db, &actor, user.id, &hash).await?,
        None => {
            let new = users::NewUser {
                email: &email,
                display_name: "Demo administrator",
                role: Role::Administrator,
                member: None,
                password_hash: &hash,
                is_demo: true,
            };
            users::create(db, &actor, &new).await?;
        }
    }
    Ok(password)
}
