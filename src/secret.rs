//! Credentials: one type that never prints and is wiped from memory on drop.
//!
//! [`Secret`] wraps `secrecy::SecretString`: `Debug` and `Display` show `***`,
//! so a stray `{:?}` (of a profile, the settings, an error) cannot leak a
//! credential, and the memory is zeroed when the last copy is dropped. The
//! only way to the text is [`Secret::expose`], used where the header is sent
//! and where the config file is written.

use secrecy::{ExposeSecret, SecretString};
use std::fmt;

/// A credential (client secret or access token).
#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    /// Wraps a credential; surrounding whitespace is trimmed.
    pub fn new(s: impl AsRef<str>) -> Self {
        Secret(SecretString::from(s.as_ref().trim()))
    }
    /// The credential itself, for the places that send or store it.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
    /// A masked form for `config show`: never the whole secret.
    pub fn masked(&self) -> String {
        let n = self.expose().chars().count();
        if n < 12 {
            return format!("*** ({n} characters)");
        }
        let tail: String = self.expose().chars().skip(n - 4).collect();
        format!("***{tail} ({n} characters)")
    }
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl Eq for Secret {}

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

impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.expose())
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = zeroize::Zeroizing::new(<String as serde::Deserialize>::deserialize(d)?);
        Ok(Secret::new(text.as_str()))
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
    fn a_profile_debug_print_hides_its_secrets() {
        let p: crate::config::Profile =
            toml::from_str("client_secret = 'sk_live_abcdef123456'\naccess_token = 'eyJ.tok.sig'").unwrap();
        let shown = format!("{p:?}");
        assert!(!shown.contains("sk_live") && !shown.contains("eyJ"), "{shown}");
        assert_eq!(p.client_secret.map(|s| s.expose().to_string()).as_deref(), Some("sk_live_abcdef123456"));
    }

    #[test]
    fn reads_jwt_exp() {
        // header {"alg":"none"} . payload {"exp":1700000000}
        let t = Secret::new("eyJhbGciOiJub25lIn0.eyJleHAiOjE3MDAwMDAwMDB9.sig");
        assert_eq!(jwt_expiry(&t), Some(1_700_000_000));
        assert_eq!(jwt_expiry(&Secret::new("not-a-jwt")), None);
    }
}
