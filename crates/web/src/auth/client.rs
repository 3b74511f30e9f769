//! The client's address, as far as it can be trusted.
//!
//! The connection's peer is the client, unless the peer is one of the configured trusted
//! proxies: then `X-Forwarded-For` is read from its right end (the entry the nearest
//! proxy added) leftwards, past every trusted proxy, and the first address that is not
//! one is the client. A header from anyone else is ignored, since any client can send
//! one; without trusted proxies, everyone behind a proxy shares the proxy's address.

use crate::state::AppState;
use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};

/// The client address of a request (`unknown` when the connection has none, as in
/// tests that call the router directly).
pub struct ClientAddress(pub String);

impl axum::extract::FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect::<Vec<_>>();
        let client = peer.map(|peer| client_of(peer, &forwarded, &state.config().trusted_proxies));
        Ok(Self(client.map_or_else(|| "unknown".to_owned(), |ip| ip.to_string())))
    }
}

/// The client behind `peer`, given the `X-Forwarded-For` entries in order.
fn client_of(peer: IpAddr, forwarded: &[&str], trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let mut client = peer;
    for entry in forwarded.iter().rev() {
        // An entry that is no address ends the chain: what lies left of it is unknowable.
        let Ok(ip) = entry.parse::<IpAddr>() else { break };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_header_counts_only_from_a_trusted_proxy() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap(), "127.0.0.1/32".parse().unwrap()];
        assert_eq!(client_of(ip("203.0.113.9"), &["198.51.100.1"], &trusted), ip("203.0.113.9"));
        assert_eq!(client_of(ip("127.0.0.1"), &["198.51.100.1"], &trusted), ip("198.51.100.1"));
        // A client's own forged entry sits left of what the proxies added.
        assert_eq!(client_of(ip("10.0.0.2"), &["6.6.6.6", "198.51.100.1", "10.0.0.7"], &trusted), ip("198.51.100.1"));
        assert_eq!(client_of(ip("127.0.0.1"), &[], &trusted), ip("127.0.0.1"));
        assert_eq!(client_of(ip("127.0.0.1"), &["garbage"], &trusted), ip("127.0.0.1"));
        assert_eq!(client_of(ip("127.0.0.1"), &["198.51.100.1"], &[]), ip("127.0.0.1"), "no proxy trusted");
    }
}
