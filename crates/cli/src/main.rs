//! The `apdc` command: runs the platform and administers its database.
//!
//! A thin layer: it reads configuration, then calls the library crates.

mod backup;
mod config;
mod corpus;
mod demo;

use anyhow::{Context, Result, bail};
use apdc_store::{Actor, Db, reference, users};
use clap::{Parser, Subcommand};
use std::io::Read;
use std::time::Instant;

/// apdc — plan, deliver, measure and publish an Action Plan for developing countries.
#[derive(Parser)]
#[command(name = "apdc", version, about, long_about = None)]
struct Cli {
    /// Configuration file (TOML). Flags and environment variables override it.
    #[arg(long, global = true, env = "APDC_CONFIG", value_name = "FILE")]
    config: Option<std::path::PathBuf>,

    /// Database URL: sqlite://PATH?mode=rwc (default sqlite://var/apdc.db?mode=rwc) or postgres://USER@HOST/DB.
    #[arg(long, global = true, env = "APDC_DATABASE_URL", value_name = "URL")]
    database: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (applies pending migrations first).
    Serve {
        /// Address to listen on [default: 127.0.0.1:8080].
        #[arg(long, env = "APDC_LISTEN", value_name = "ADDR")]
        listen: Option<String>,
        /// The address users reach the site at; cookies are Secure when it is https://
        /// [default: http://LISTEN].
        #[arg(long, env = "APDC_PUBLIC_URL", value_name = "URL")]
        public_url: Option<String>,
        /// A reverse proxy (address or CIDR range) whose X-Forwarded-For header names the
        /// client, for sign-in throttling by client address; repeat for several.
        #[arg(long = "trusted-proxy", env = "APDC_TRUSTED_PROXIES", value_delimiter = ',', value_name = "ADDR")]
        trusted_proxies: Vec<String>,
        /// Load reference and demonstration data and print how to sign in as a demo
        /// administrator (a new password at every start).
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations.
    Migrate,
    /// Rebuild the search index from the records (it is kept up to date by every
    /// write; this is for a database restored from elsewhere, or after a change to
    /// what is indexed).
    Reindex,
    /// Load or refresh reference data (countries, ISO members, SDGs). Staff corrections
    /// to members are kept.
    Seed {
        /// Also add clearly labelled fictional demonstration records.
        #[arg(long)]
        demo: bool,
        /// With --demo: how many batches of demonstration delivery data to have, each
        /// about 40 projects, 400 activities, 4 000 people and 10 000 participations
        /// (1 to 1000) [default: 1]. Batches already there are kept.
        #[arg(
            long,
            value_name = "N",
            requires = "demo",
            value_parser = clap::value_parser!(u32).range(1..=i64::from(demo::MAX_SCALE))
        )]
        scale: Option<u32>,
    },
    /// Manage user accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Index a generated corpus of fictional documents for the search benchmark (they
    /// have no pages of their own).
    #[command(hide = true)]
    SearchCorpus {
        /// How many documents.
        #[arg(long, default_value_t = 100_000)]
        documents: usize,
    },
    /// Copy the SQLite database to a new file while the server runs: a consistent
    /// snapshot, checked, written under a temporary name and renamed at the end. On
    /// PostgreSQL use pg_dump -Fc instead.
    Backup {
        /// The backup file to write; it must not exist.
        #[arg(long, value_name = "FILE")]
        out: std::path::PathBuf,
    },
    /// Replace the SQLite database with a backup, then apply the migrations it lacks.
    /// Stop the server first. The backup is checked (an apdc database, a schema this
    /// version knows, SQLite's integrity check) before anything is replaced; the replaced
    /// database is kept beside it as DATABASE.before-restore-TIME. On PostgreSQL use
    /// pg_restore instead.
    Restore {
        /// The backup file, as written by apdc backup.
        #[arg(long, value_name = "FILE")]
        from: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account. The password is read from standard input (never from the
    /// command line, where other users could see it).
    Create {
        /// Sign-in email address.
        #[arg(long)]
        email: String,
        /// Name shown in the interface and the audit trail.
        #[arg(long)]
        name: String,
        /// administrator, programme_officer, focal_point, donor_viewer or participant.
        #[arg(long)]
        role: String,
        /// Country code of the member a focal point speaks for (focal points only).
        #[arg(long, value_name = "ALPHA2")]
        member: Option<String>,
    },
    /// Set a new password, read from standard input.
    SetPassword {
        #[arg(long)]
        email: String,
    },
    /// Create an API token for a staff account and print it (it is shown this once;
    /// only its digest is kept). Revoke it on the account's "API tokens" page.
    Token {
        #[arg(long)]
        email: String,
        /// What the token is for, as listed on the account's tokens page.
        #[arg(long)]
        name: String,
    },
}

fn main() -> Result<()> {
    let started = Instant::now();
    let cli = Cli::parse();
    let file = config::FileConfig::load(cli.config.as_deref())?;
    config::init_logging(file.log_format.as_deref());
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(run(cli, file, started))
}

async fn run(cli: Cli, file: config::FileConfig, started: Instant) -> Result<()> {
    let database = config::database_url(cli.database, &file);
    // Each command connects when it needs to: backup and restore open the database file
    // themselves (a restore must find it closed, and neither may create it).
    let connect = || async {
        Db::connect(&database).await.with_context(|| format!("connecting to {}", apdc_store::db::redact_url(&database)))
    };
    match cli.command {
        Command::Migrate => {
            let db = connect().await?;
            prepare(&db).await?;
            println!("Database is up to date ({}).", db.engine().as_str());
            db.close().await;
        }
        Command::Reindex => {
            let db = connect().await?;
            db.migrate().await.context("applying migrations")?;
            let entries = apdc_store::search::rebuild(&db).await.context("rebuilding the search index")?;
            println!("Search index rebuilt: {entries} entries.");
            db.close().await;
        }
        Command::Seed { demo, scale } => {
            let db = connect().await?;
            prepare(&db).await?;
            let report = reference::seed(&db, &Actor::system("apdc seed")).await.context("loading reference data")?;
            println!(
                "Reference data: {} countries, {} SDGs; members: {} added, {} refreshed, {} kept.",
                report.countries, report.sdgs, report.members_added, report.members_refreshed, report.members_kept
            );
            if demo {
                let report = demo::seed(&db, scale.unwrap_or(1)).await?;
                println!("Demonstration data: {report}.");
            }
            db.close().await;
        }
        Command::User(command) => {
            let db = connect().await?;
            user(&db, command).await?;
            db.close().await;
        }
        Command::SearchCorpus { documents } => {
            let db = connect().await?;
            prepare(&db).await?;
            let entries = corpus::generate(&db, documents).await?;
            apdc_store::search::compact(&db).await?;
            println!("Search corpus: {documents} documents, {entries} entries indexed.");
            db.analyze().await?;
            db.close().await;
        }
        Command::Backup { out } => backup::backup(&database, &out).await?,
        Command::Restore { from } => backup::restore(&database, &from).await?,
        Command::Serve { listen, public_url, trusted_proxies, demo } => {
            let listen = config::listen_address(listen, &file);
            let trusted_proxies = config::trusted_proxies(trusted_proxies, &file)?;
            let public_url = public_url.or(file.public_url.clone()).unwrap_or_else(|| format!("http://{listen}"));
            let db = connect().await?;
            prepare(&db).await?;
            let demo_login = if demo {
                reference::seed(&db, &Actor::system("apdc serve --demo")).await.context("loading reference data")?;
                let report = demo::seed(&db, 1).await?;
                if report.added.projects > 0 {
                    println!("Demonstration data: {report}.");
                }
                Some(demo::reset_admin_password(&db).await?)
            } else {
                None
            };
            let state = apdc_web::AppState::new(
                db.clone(),
                apdc_web::WebConfig { public_url: public_url.clone(), demo, trusted_proxies },
            )
            .await
            .context("preparing sessions")?;
            let listener =
                tokio::net::TcpListener::bind(&listen).await.with_context(|| format!("listening on {listen}"))?;
            let address = listener.local_addr()?;
            tracing::info!(%address, engine = db.engine().as_str(), startup_ms = started.elapsed().as_millis() as u64, "apdc is serving");
            println!("apdc is serving {public_url} (listening on {address}, database: {}).", db.engine().as_str());
            if let Some(password) = demo_login {
                println!(
                    "Demo mode: sign in at {public_url}/en/login as {} with password {password}",
                    demo::ADMIN_EMAIL
                );
                println!(
                    "(a new password is generated at every start; the data is reference data plus fictional demo records)"
                );
            }
            apdc_web::serve(listener, state, shutdown_signal()).await.context("serving")?;
            db.close().await;
        }
    }
    Ok(())
}

/// Applies pending migrations; builds the search index of a database made before it
/// existed.
async fn prepare(db: &Db) -> Result<()> {
    db.migrate().await.context("applying migrations")?;
    let entries = apdc_store::search::rebuild_if_empty(db).await.context("building the search index")?;
    if entries > 0 {
        println!("Search index built: {entries} entries.");
    }
    Ok(())
}

async fn user(db: &Db, command: UserCommand) -> Result<()> {
    db.migrate().await.context("applying migrations")?;
    match command {
        UserCommand::Create { email, name, role, member } => {
            let email = apdc_domain::Email::parse(&email).map_err(|code| anyhow::anyhow!("--email: {code}"))?;
            let role = apdc_domain::Role::parse(&role).map_err(|_| {
                anyhow::anyhow!(
                    "--role: use one of administrator, programme_officer, focal_point, donor_viewer, participant"
                )
            })?;
            let member = member
                .map(|m| apdc_domain::CountryCode::parse(&m).map_err(|code| anyhow::anyhow!("--member: {code}")))
                .transpose()?;
            let name = name.trim();
            if name.is_empty() {
                bail!("--name: required");
            }
            let password = read_password()?;
            let hash = apdc_web::auth::password::hash(&password).map_err(|e| anyhow::anyhow!("hashing: {e}"))?;
            let new = users::NewUser {
                email: &email,
                display_name: name,
                role,
                member,
                password_hash: &hash,
                is_demo: false,
            };
            match users::create(db, &Actor::system("apdc user create"), &new).await {
                Ok(user) => println!("Created {} ({}) with id {}.", user.email, user.role.as_str(), user.id),
                Err(apdc_store::StoreError::Conflict { .. }) => bail!("an account with email {email} already exists"),
                Err(apdc_store::StoreError::Invalid(errors)) => bail!("invalid account: {errors}"),
                Err(other) => return Err(other.into()),
            }
        }
        UserCommand::SetPassword { email } => {
            let email = apdc_domain::Email::parse(&email).map_err(|code| anyhow::anyhow!("--email: {code}"))?;
            let Some((user, _)) = users::find_for_login(db, &email).await? else {
                bail!("no account with email {email}");
            };
            let password = read_password()?;
            let hash = apdc_web::auth::password::hash(&password).map_err(|e| anyhow::anyhow!("hashing: {e}"))?;
            users::set_password(db, &Actor::system("apdc user set-password"), user.id, &hash).await?;
            println!("Password changed for {email}.");
        }
        UserCommand::Token { email, name } => {
            let email = apdc_domain::Email::parse(&email).map_err(|code| anyhow::anyhow!("--email: {code}"))?;
            let name = apdc_domain::validation::required_text(&name, 100)
                .map_err(|code| anyhow::anyhow!("--name: {code} (1 to 100 characters)"))?;
            let Some((user, _)) = users::find_for_login(db, &email).await? else {
                bail!("no account with email {email}");
            };
            if !user.active {
                bail!("the account {email} is deactivated");
            }
            if !user.role.is_staff() {
                bail!("{email} is a {} account; API tokens are for staff accounts", user.role.as_str());
            }
            let secret = apdc_web::auth::new_token_secret().map_err(|e| anyhow::anyhow!("token generation: {e}"))?;
            let digest = apdc_web::auth::token_digest(&secret);
            apdc_store::tokens::create(db, &Actor::system("apdc user token"), user.id, &name, &digest).await?;
            println!("{secret}");
        }
    }
    Ok(())
}

/// Reads a password from standard input: the first line, without its line ending.
fn read_password() -> Result<String> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).context("reading the password from standard input")?;
    let password = input.lines().next().unwrap_or("").to_owned();
    apdc_domain::user::check_new_password(&password).map_err(|code| {
        anyhow::anyhow!(
            "password from standard input: {code} (at least {} characters)",
            apdc_domain::user::MIN_PASSWORD_CHARS
        )
    })?;
    Ok(password)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
