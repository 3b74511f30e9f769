//! Who is asking: sessions, the signed-in user, and the extractors that declare in a
//! handler's signature who may call it.

pub mod client;
pub mod csrf;
pub mod password;
pub mod throttle;

use crate::error::AppError;
use crate::state::AppState;
use apdc_domain::CountryCode;
use apdc_store::users::{self, User};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use tower_sessions::Session;

/// Session key of the signed-in user's id.
pub const USER_KEY: &str = "user_id";
/// Session key of the instant (Unix milliseconds) the session was signed in.
pub const SIGNED_IN_AT_KEY: &str = "signed_in_at";

/// The user a request acts for, if any (loaded once per request): the account of the
/// API token it presents (`Authorization: Bearer`, under `/api/` only), else the account
/// signed in to its session. A token acts with its owner's access, on reads as on writes.
#[derive(Clone)]
pub struct CurrentUser(pub Option<User>);

#[derive(Clone)]
struct Cached(Option<User>);

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(Cached(user)) = parts.extensions.get::<Cached>() {
            return Ok(Self(user.clone()));
        }
        if let Some(token) = bearer_token(parts) {
            // A token presented and not valid is refused, never read as anonymous.
            let user = apdc_store::tokens::authenticate(state.db(), &token_digest(token))
                .await?
                .ok_or(AppError::Unauthenticated)?;
            parts.extensions.insert(Cached(Some(user.clone())));
            return Ok(Self(Some(user)));
        }
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|(_, msg)| AppError::Internal(format!("session layer missing: {msg}")))?;
        let user = match session.get::<i64>(USER_KEY).await? {
            Some(id) => match users::get(state.db(), id).await? {
                Some(user)
                    if user.active
                        && session.get::<i64>(SIGNED_IN_AT_KEY).await?.unwrap_or(0) >= user.sessions_valid_after =>
                {
                    Some(user)
                }
                // A removed or deactivated account, or one whose password changed since
                // this session signed in, ends the session.
                _ => {
                    session.flush().await?;
                    None
                }
            },
            None => None,
        };
        parts.extensions.insert(Cached(user.clone()));
        Ok(Self(user))
    }
}

/// Any signed-in user.
pub struct SignedIn(pub User);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match CurrentUser::from_request_parts(parts, state).await?.0 {
            Some(user) => Ok(Self(user)),
            None => Err(AppError::Unauthenticated),
        }
    }
}

/// Capacity Building staff: an administrator or a programme officer.
pub struct Staff(pub User);

impl FromRequestParts<AppState> for Staff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let SignedIn(user) = SignedIn::from_request_parts(parts, state).await?;
        if user.role.is_staff() { Ok(Self(user)) } else { Err(AppError::Forbidden) }
    }
}

/// An administrator: manages accounts and roles.
pub struct Administrator(pub User);

impl FromRequestParts<AppState> for Administrator {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let SignedIn(user) = SignedIn::from_request_parts(parts, state).await?;
        if user.role == apdc_domain::Role::Administrator { Ok(Self(user)) } else { Err(AppError::Forbidden) }
    }
}

/// Someone who may edit the contact details of the member named in the path: staff, or
/// that member's own focal point.
pub struct MemberContactEditor {
    pub user: User,
    pub member: CountryCode,
}

impl FromRequestParts<AppState> for MemberContactEditor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let SignedIn(user) = SignedIn::from_request_parts(parts, state).await?;
        let member = member_in_path(parts)?;
        let allowed = user.role.is_staff() || (user.role.needs_member() && user.member == Some(member));
        if allowed { Ok(Self { user, member }) } else { Err(AppError::Forbidden) }
    }
}

/// Staff writing through the API: with `Authorization: Bearer <token>` (a token the
/// account created), or with a signed-in session. The API's JSON bodies cannot be sent
/// by a cross-site form, so the session needs no CSRF token here.
pub struct ApiStaff(pub User);

impl FromRequestParts<AppState> for ApiStaff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let SignedIn(user) = SignedIn::from_request_parts(parts, state).await?;
        if user.role.is_staff() { Ok(Self(user)) } else { Err(AppError::Forbidden) }
    }
}

/// The API token of a request to the API, from `Authorization: Bearer <token>`.
fn bearer_token(parts: &Parts) -> Option<&str> {
    if !parts.uri.path().starts_with("/api/") {
        return None;
    }
    parts
        .headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
}

/// A new API token's secret: a recognisable prefix and 40 random characters.
pub fn new_token_secret() -> Result<String, getrandom::Error> {
    Ok(format!("apdc_{}", password::generate(40)?))
}

/// The stored form of an API token.
pub fn token_digest(token: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The member code that follows `/members/` in the request path.
fn member_in_path(parts: &Parts) -> Result<CountryCode, AppError> {
    let mut segments = parts.uri.path().split('/');
    segments
        .find(|s| *s == "members")
        .and_then(|_| segments.next())
        .and_then(|code| CountryCode::parse(code).ok())
        .ok_or(AppError::NotFound)
}

/// The audit actor for a user and request.
pub fn actor(user: &User, parts_request_id: Option<String>) -> apdc_store::Actor {
    apdc_store::Actor {
        user_id: Some(user.id),
        label: format!("{} <{}>", user.display_name, user.email),
        request_id: parts_request_id,
    }
}

/// The id of the current request, for the audit trail.
pub struct RequestIdText(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for RequestIdText {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .extensions
                .get::<tower_http::request_id::RequestId>()
                .and_then(|id| id.header_value().to_str().ok())
                .map(str::to_owned),
        ))
    }
}
