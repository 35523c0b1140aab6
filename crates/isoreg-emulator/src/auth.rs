//! Credentials of the emulator: the client secret and HS256 JWT access tokens
//! (`{"sub","org_id","iat","exp"}`), signed with a key derived from the seed.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

use super::data::World;
use super::dates::now;
use super::{Credentials, Options};

type HmacSha256 = Hmac<Sha256>;

fn hash(label: &str, seed: u64) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(label.as_bytes());
    h.update(seed.to_le_bytes());
    h.finalize().to_vec()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The HMAC key tokens are signed with.
pub fn signing_key(seed: u64) -> Vec<u8> {
    hash("isoreg-emulator-jwt-key", seed)
}

fn sign(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = match HmacSha256::new_from_slice(key) {
        Ok(m) => m,
        Err(_) => return Vec::new(),
    };
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

/// A signed token for `org_id`, valid for `ttl_days` from now (negative: already expired).
pub fn make_token(key: &[u8], sub: &str, org_id: &str, ttl_days: i64) -> String {
    let iat = now();
    let header = serde_json::json!({"alg": "HS256", "typ": "JWT"});
    let claims = serde_json::json!({
        "sub": sub, "org_id": org_id, "iat": iat, "exp": iat + ttl_days * 86_400,
    });
    let head = URL_SAFE_NO_PAD.encode(header.to_string());
    let body = URL_SAFE_NO_PAD.encode(claims.to_string());
    let signed = format!("{head}.{body}");
    let sig = URL_SAFE_NO_PAD.encode(sign(key, signed.as_bytes()));
    format!("{signed}.{sig}")
}

/// Why a token was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum TokenError {
    Malformed,
    BadSignature,
    Expired,
}

fn decode_json(part: &str) -> Result<serde_json::Value, TokenError> {
    let bytes = URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).map_err(|_| TokenError::Malformed)?;
    serde_json::from_slice(&bytes).map_err(|_| TokenError::Malformed)
}

/// Checks a token and returns its `org_id`.
pub fn verify(key: &[u8], token: &str) -> Result<String, TokenError> {
    let mut parts = token.split('.');
    let (Some(head), Some(body), Some(sig), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err(TokenError::Malformed);
    };
    if decode_json(head)?.get("alg").and_then(|a| a.as_str()) != Some("HS256") {
        return Err(TokenError::Malformed);
    }
    let sig = URL_SAFE_NO_PAD.decode(sig).map_err(|_| TokenError::Malformed)?;
    let mut mac = HmacSha256::new_from_slice(key).map_err(|_| TokenError::Malformed)?;
    mac.update(format!("{head}.{body}").as_bytes());
    mac.verify_slice(&sig).map_err(|_| TokenError::BadSignature)?;
    let claims = decode_json(body)?;
    let exp = claims.get("exp").and_then(|e| e.as_i64()).ok_or(TokenError::Malformed)?;
    if exp <= now() {
        return Err(TokenError::Expired);
    }
    let org = claims.get("org_id").and_then(|o| o.as_str()).ok_or(TokenError::Malformed)?;
    Ok(org.to_string())
}

/// The secret and the two tokens (demo buyer, first supplier) of this dataset.
pub fn credentials(w: &World, opts: &Options, key: &[u8]) -> Credentials {
    let buyer_org = w.orgs[w.demo_buyer as usize].id.as_str().to_string();
    let supplier = &w.suppliers[0];
    let supplier_org = w.orgs[supplier.org as usize].id.as_str().to_string();
    let ttl = opts.token_ttl_days;
    let user = |label: &str| format!("usr_{}", &hex(&hash(label, opts.seed))[..16].to_uppercase());
    Credentials {
        client_secret: format!("emu_sk_{}", hex(&hash("isoreg-emulator-secret", opts.seed)[..16])),
        buyer_token: make_token(key, &user("buyer"), &buyer_org, ttl),
        supplier_token: make_token(key, &user("supplier"), &supplier_org, ttl),
        buyer_org_id: buyer_org,
        supplier_org_id: supplier_org,
        supplier_id: supplier.id.as_str().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_are_checked() {
        let key = signing_key(7);
        let t = make_token(&key, "usr_1", "org_ABC", 1);
        assert_eq!(verify(&key, &t), Ok("org_ABC".to_string()));
        assert_eq!(verify(&signing_key(8), &t), Err(TokenError::BadSignature));
        let expired = make_token(&key, "usr_1", "org_ABC", -1);
        assert_eq!(verify(&key, &expired), Err(TokenError::Expired));
        assert_eq!(verify(&key, "a.b"), Err(TokenError::Malformed));
        assert_eq!(verify(&key, "not a token at all"), Err(TokenError::Malformed));
        let mut tampered = t.clone();
        tampered.push('x');
        assert!(verify(&key, &tampered).is_err());
    }
}
