//! Settings of the web application that come from the operator.

/// How the web application is exposed.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address users reach the site at, e.g. `https://apdc.example.org`. Cookies are
    /// marked `Secure` when it is HTTPS.
    pub public_url: String,
    /// Whether the site runs with demonstration data (shown in a banner on every page).
    pub demo: bool,
    /// Reverse proxies whose `X-Forwarded-For` names the client (see
    /// [`crate::auth::client`]).
    pub trusted_proxies: Vec<ipnet::IpNet>,
}

impl WebConfig {
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

impl Default for WebConfig {
    fn default() -> Self {
        Self { public_url: "http://127.0.0.1:8080".to_owned(), demo: false, trusted_proxies: Vec::new() }
    }
}
