//! Configuration: flags override environment variables, which override the optional
//! TOML file, which overrides the defaults.

use anyhow::{Context, Result};
use serde::Deserialize;
use std::path::Path;

/// The default database: a SQLite file under `./var/`, created on first use.
pub const DEFAULT_DATABASE: &str = "sqlite://var/apdc.db?mode=rwc";
/// The default listen address: this machine only.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

/// The keys of the TOML file (all optional).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub database: Option<String>,
    pub listen: Option<String>,
    pub public_url: Option<String>,
    /// `text` (default) or `json`.
    pub log_format: Option<String>,
    /// Reverse proxies (addresses or CIDR ranges) whose `X-Forwarded-For` is trusted.
    pub trusted_proxies: Option<Vec<String>>,
}

impl FileConfig {
    pub fn load(path: Option<&Path>) -> Result<Self> {
        let Some(path) = path else {
            return Ok(Self::default());
        };
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        toml::from_str(&text).with_context(|| format!("in {}", path.display()))
    }
}

pub fn database_url(flag_or_env: Option<String>, file: &FileConfig) -> String {
    flag_or_env.or_else(|| file.database.clone()).unwrap_or_else(|| DEFAULT_DATABASE.to_owned())
}

pub fn listen_address(flag_or_env: Option<String>, file: &FileConfig) -> String {
    flag_or_env.or_else(|| file.listen.clone()).unwrap_or_else(|| DEFAULT_LISTEN.to_owned())
}

/// The trusted proxies from the flag or environment, else the file: each an address
/// (`10.0.0.5`) or a range (`10.0.0.0/8`).
pub fn trusted_proxies(flag_or_env: Vec<String>, file: &FileConfig) -> Result<Vec<ipnet::IpNet>> {
    let entries = if flag_or_env.is_empty() { file.trusted_proxies.clone().unwrap_or_default() } else { flag_or_env };
    entries
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|entry| {
            entry
                .parse::<ipnet::IpNet>()
                .or_else(|_| entry.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    anyhow::anyhow!("trusted proxy {entry:?}: use an address (10.0.0.5) or a range (10.0.0.0/8)")
                })
        })
        .collect()
}

/// Logs to standard error; `RUST_LOG` sets the level (default `info`).
pub fn init_logging(format: Option<&str>) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if format == Some("json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_win_over_the_file_which_wins_over_defaults() {
        let file: FileConfig = toml::from_str("database = \"postgres://db/apdc\"\nlisten = \"0.0.0.0:80\"").unwrap();
        assert_eq!(database_url(None, &file), "postgres://db/apdc");
        assert_eq!(database_url(Some("sqlite://x.db".into()), &file), "sqlite://x.db");
        assert_eq!(listen_address(None, &FileConfig::default()), DEFAULT_LISTEN);
        assert_eq!(database_url(None, &FileConfig::default()), DEFAULT_DATABASE);
        assert!(toml::from_str::<FileConfig>("databse = \"x\"").is_err(), "typos are reported");
        let file: FileConfig = toml::from_str("trusted_proxies = [\"10.0.0.0/8\", \"127.0.0.1\"]").unwrap();
        let proxies = trusted_proxies(Vec::new(), &file).unwrap();
        assert_eq!(proxies.len(), 2);
        assert!(proxies[1].contains(&"127.0.0.1".parse::<std::net::IpAddr>().unwrap()));
        assert_eq!(trusted_proxies(vec!["192.0.2.1".into()], &file).unwrap().len(), 1, "the flag wins");
        assert!(trusted_proxies(vec!["proxy.local".into()], &file).is_err());
    }
}
