//! A string that must never be shown: credentials print as `***` in both
//! `Debug` and `Display`, so a stray `{:?}` or error message cannot leak them.

use std::fmt;

/// A credential (client secret or access token).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a credential; surrounding whitespace is trimmed.
    pub fn new(s: impl AsRef<str>) -> Self {
        Secret(s.as_ref().trim().to_string())
    }
    /// The credential itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
    /// A masked form for `config show`: never the whole secret.
    pub fn masked(&self) -> String {
        let n = self.0.chars().count();
        if n < 12 {
            return format!("*** ({n} characters)");
        }
        let tail: String = self.0.chars().skip(n - 4).collect();
        format!("***{tail} ({n} characters)")
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// The `exp` claim (seconds since the epoch) of a JWT, read without verifying it.
pub fn jwt_expiry(token: &Secret) -> Option<i64> {
    use base64::Engine;
    let payload = token.expose().split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    claims.get("exp")?.as_i64()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_printed() {
        let s = Secret::new("super-secret-value-1234");
        assert_eq!(format!("{s} {s:?}"), "*** ***");
        assert!(!s.masked().contains("super"));
        assert_eq!(Secret::new("short").masked(), "*** (5 characters)");
    }

    #[test]
    fn reads_jwt_exp() {
        // header {"alg":"none"} . payload {"exp":1700000000}
        let t = Secret::new("eyJhbGciOiJub25lIn0.eyJleHAiOjE3MDAwMDAwMDB9.sig");
        assert_eq!(jwt_expiry(&t), Some(1_700_000_000));
        assert_eq!(jwt_expiry(&Secret::new("not-a-jwt")), None);
    }
}
