//! The `apdc` command as an operator uses it: help, seeding, accounts, demo start-up.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn apdc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_apdc"))
}

/// A throwaway SQLite database URL (removed when the guard drops).
struct TempDb(std::path::PathBuf);

impl TempDb {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("apdc-cli-{}-{}", std::process::id(), unique()));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
    fn url(&self) -> String {
        format!("sqlite://{}/apdc.db?mode=rwc", self.0.display())
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn unique() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
}

fn run(args: &[&str], stdin: Option<&str>) -> (bool, String, String) {
    let mut child = apdc()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("APDC_DATABASE_URL")
        .env_remove("APDC_CONFIG")
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    drop(child.stdin.take());
    let output = child.wait_with_output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn help_describes_every_command_and_setting() {
    let (ok, out, _) = run(&["--help"], None);
    assert!(ok);
    for word in ["serve", "migrate", "seed", "user", "--database", "--config", "APDC_DATABASE_URL"] {
        assert!(out.contains(word), "--help mentions {word}:\n{out}");
    }
    let (ok, out, _) = run(&["serve", "--help"], None);
    assert!(ok);
    for word in ["--listen", "APDC_LISTEN", "127.0.0.1:8080", "--demo", "--public-url"] {
        assert!(out.contains(word), "serve --help mentions {word}:\n{out}");
    }
    let (_, out, _) = run(&["user", "create", "--help"], None);
    assert!(out.contains("standard input"), "{out}");
}

#[test]
fn seed_then_create_users_with_passwords_from_stdin() {
    let db = TempDb::new();
    let (ok, out, err) = run(&["--database", &db.url(), "seed"], None);
    assert!(ok, "{err}");
    assert!(out.contains("249 countries, 17 SDGs; members: 165 added"), "{out}");
    let (ok, out, _) = run(&["--database", &db.url(), "seed"], None);
    assert!(ok);
    assert!(out.contains("members: 0 added, 0 refreshed, 165 kept"), "seeding twice changes nothing: {out}");

    let url = db.url();
    let create = |args: &[&str], password: &str| {
        let mut all = vec!["--database", url.as_str(), "user", "create"];
        all.extend_from_slice(args);
        run(&all, Some(password))
    };
    let (ok, out, err) = create(
        &["--email", "Officer@Example.org", "--name", "Ana Officer", "--role", "programme_officer"],
        "a sufficiently long password\n",
    );
    assert!(ok, "{err}");
    assert!(out.contains("Created officer@example.org (programme_officer)"), "{out}");

    let (ok, _, err) = create(
        &["--email", "officer@example.org", "--name", "Again", "--role", "participant"],
        "another long password\n",
    );
    assert!(!ok);
    assert!(err.contains("already exists"), "{err}");
    let (ok, _, err) = create(&["--email", "short@example.org", "--name", "S", "--role", "participant"], "short\n");
    assert!(!ok);
    assert!(err.contains("password_too_short"), "{err}");
    let (ok, _, err) = create(
        &["--email", "fp@example.org", "--name", "F", "--role", "focal_point"],
        "a sufficiently long password\n",
    );
    assert!(!ok, "a focal point needs a member");
    assert!(err.contains("member"), "{err}");
    let (ok, _, _) = create(
        &["--email", "fp@example.org", "--name", "F", "--role", "focal_point", "--member", "ke"],
        "a sufficiently long password\n",
    );
    assert!(ok);
    let (ok, _, err) =
        create(&["--email", "x@example.org", "--name", "X", "--role", "king"], "a sufficiently long password\n");
    assert!(!ok);
    assert!(err.contains("--role"), "{err}");
}

#[test]
fn configuration_file_is_read_and_typos_are_reported() {
    let db = TempDb::new();
    let config = db.0.join("apdc.toml");
    std::fs::write(&config, format!("database = \"{}\"\n", db.url())).unwrap();
    let (ok, out, err) = run(&["--config", config.to_str().unwrap(), "migrate"], None);
    assert!(ok, "{err}");
    assert!(out.contains("Database is up to date (sqlite)."));
    std::fs::write(&config, "databse = \"sqlite://x.db\"\n").unwrap();
    let (ok, _, err) = run(&["--config", config.to_str().unwrap(), "migrate"], None);
    assert!(!ok);
    assert!(err.contains("databse"), "{err}");
    // The environment overrides the file.
    std::fs::write(&config, format!("database = \"{}\"\n", db.url())).unwrap();
    let other = TempDb::new();
    let from_env = apdc()
        .args(["--config", config.to_str().unwrap(), "seed"])
        .env("APDC_DATABASE_URL", other.url())
        .env_remove("APDC_CONFIG")
        .output()
        .unwrap();
    assert!(from_env.status.success(), "{}", String::from_utf8_lossy(&from_env.stderr));
    assert!(other.0.join("apdc.db").exists(), "APDC_DATABASE_URL was used");
    assert!(String::from_utf8_lossy(&from_env.stdout).contains("165 added"), "into the new database");
    let (ok, _, err) = run(&["--database", "mysql://localhost/apdc", "migrate"], None);
    assert!(!ok);
    assert!(err.contains("unsupported database URL"), "{err}");
}

/// Starts `serve --demo`, returns the printed password and the address, then stops it.
fn demo_start(db: &TempDb) -> (String, String) {
    let mut child = apdc()
        .args(["--database", &db.url(), "serve", "--demo", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut address = String::new();
    let mut password = String::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while password.is_empty() && Instant::now() < deadline {
        let Some(Ok(line)) = lines.next() else { break };
        if let Some(rest) = line.split("listening on ").nth(1) {
            address = rest.split(',').next().unwrap().to_owned();
        }
        if let Some(rest) = line.split("with password ").nth(1) {
            password = rest.trim().to_owned();
        }
    }
    let mut stream = TcpStream::connect(&address).expect("server listening");
    stream.write_all(b"GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    (password, address)
}

#[test]
fn demo_mode_prints_a_new_generated_password_at_every_start() {
    let db = TempDb::new();
    let (first, _) = demo_start(&db);
    let (second, _) = demo_start(&db);
    assert_eq!(first.len(), 20, "{first}");
    assert_ne!(first, second, "never a fixed password");
}
