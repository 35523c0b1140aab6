//! What isoreg knows about the access token without asking the server: when
//! it expires (its JWT `exp` claim), where it came from (flag, environment,
//! profile) and how to replace it there. An expired token is refused before
//! any request is sent ([`expired`]); one that expires soon draws one warning
//! ([`expiry_warning`]). `config set access_token` and `config init` check a new
//! token with [`check_new`].

use crate::config::{Settings, Source};
use crate::error::{Error, Result};
use crate::secret::{self, Secret};
use serde_json::Value;

/// Days under which an expiring token draws a warning.
pub const WARN_DAYS: i64 = 30;

/// The time `ts` (seconds since the epoch) as an RFC 3339 date in UTC.
pub fn date(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| Value::from(ts).to_string())
}

/// Where the access token came from and how to replace it there: an
/// exported variable is not changed by `config set`.
pub fn token_fix(s: &Settings) -> String {
    match s.token_source {
        Source::Env => "The access token comes from the environment variable ISOMETRIC_ACCESS_TOKEN: export a new token there (or unset it to use the profile's).".into(),
        Source::File => format!(
            "The access token comes from profile '{}' in {}: replace it with `isoreg --profile {} config set access_token -`.",
            s.profile,
            s.path.display(),
            s.profile
        ),
        _ => "Set one with `export ISOMETRIC_ACCESS_TOKEN=…` or `isoreg config init`.".into(),
    }
}

/// Where both credentials came from, and the fix for each source (for a 401).
pub fn credentials_fix(s: &Settings) -> String {
    let secret = match s.secret_source {
        Source::Env => "the client secret comes from the environment variable ISOMETRIC_CLIENT_SECRET".to_string(),
        Source::File => format!("the client secret comes from profile '{}' in {}", s.profile, s.path.display()),
        other => format!("the client secret is {}", other.label()),
    };
    format!("{} Also, {secret}.", token_fix(s))
}

/// Where the token in force came from, as a warning says it.
fn from(s: &Settings) -> String {
    match s.token_source {
        Source::Env => "from ISOMETRIC_ACCESS_TOKEN".to_string(),
        _ => format!("of profile '{}'", s.profile),
    }
}

/// The error for a token that has expired (exit 3), naming where it came from
/// and how to replace it there: the server would only answer 401, so no
/// request is sent. `None` when the token is valid, absent or not a JWT.
pub fn expired(s: &Settings) -> Option<Error> {
    let exp = s.access_token.as_ref().and_then(secret::jwt_expiry)?;
    (exp <= chrono::Utc::now().timestamp()).then(|| {
        Error::config(format!(
            "The access token {} expired on {}; nothing was sent. {}",
            from(s),
            date(exp),
            token_fix(s)
        ))
    })
}

/// A one-line warning when the token expires within [`WARN_DAYS`], naming
/// where it came from; `None` when it is fine, expired (see [`expired`]) or unknown.
pub fn expiry_warning(s: &Settings) -> Option<String> {
    let exp = s.access_token.as_ref().and_then(secret::jwt_expiry)?;
    let now = chrono::Utc::now().timestamp();
    let left = (exp - now) / 86_400;
    (exp > now && left < WARN_DAYS).then(|| {
        format!("warning: the access token {} expires in {left} days ({}); renew it soon.", from(s), date(exp))
    })
}

/// Checks a token about to be saved (`config init`, `config set access_token`):
/// it must be a JWT (three base64url parts, a JSON header and payload) that
/// has not expired. The message says what is wrong and never quotes the token.
pub fn check_new(token: &str) -> Result<()> {
    jwt_shape(token)?;
    match secret::jwt_expiry(&Secret::new(token)) {
        Some(exp) if exp <= chrono::Utc::now().timestamp() => {
            Err(Error::config(format!("That access token expired on {}; use a current one.", date(exp))))
        }
        _ => Ok(()),
    }
}

/// Why `token` is not a JWT (three base64url parts, a JSON header and payload),
/// in words that never repeat the token.
fn jwt_shape(token: &str) -> Result<()> {
    use base64::Engine;
    let bad = |why: String| Err(Error::config(format!("That access token is not a JWT: {why}.")));
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return bad(format!(
            "it has {} part(s) separated by dots, a JWT has three (header.payload.signature)",
            parts.len()
        ));
    }
    for (part, name) in parts.iter().zip(["header", "payload", "signature"]) {
        if part.is_empty() {
            return bad(format!("its {name} (part {} of 3) is empty", part_no(name)));
        }
        if let Some(c) = part.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_')) {
            let shown = if c.is_ascii_graphic() || c == ' ' { format!("'{c}'") } else { format!("U+{:04X}", c as u32) };
            return bad(format!(
                "its {name} has the character {shown}, which is not base64url (A-Z, a-z, 0-9, - and _)"
            ));
        }
    }
    for name in ["header", "payload"] {
        let decoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(parts[part_no(name) - 1]);
        let json = decoded.ok().and_then(|b| serde_json::from_slice::<Value>(&b).ok());
        if !json.is_some_and(|v| v.is_object()) {
            return bad(format!("its {name} does not decode to a JSON object"));
        }
    }
    Ok(())
}

fn part_no(name: &str) -> usize {
    match name {
        "header" => 1,
        "payload" => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(exp: i64) -> String {
        use base64::Engine;
        let b = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        format!("{}.{}.c2ln", b(r#"{"alg":"HS256"}"#), b(&format!(r#"{{"exp":{exp}}}"#)))
    }

    #[test]
    fn a_new_token_must_be_a_current_jwt() {
        let now = chrono::Utc::now().timestamp();
        assert!(check_new(&jwt(now + 86_400)).is_ok());
        let e = check_new(&jwt(now - 86_400)).expect_err("expired");
        assert!(e.message.contains("expired on") && e.exit_code() == 3, "{}", e.message);
        let e = check_new("abc").expect_err("not a JWT");
        assert!(e.message.contains("not a JWT") && !e.message.contains("abc"), "{}", e.message);
    }
}
