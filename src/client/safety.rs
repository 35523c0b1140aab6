//! Where credentials may go: the base URL check (https, or http to loopback
//! only) and the redirect policy (same origin only, so `x-client-secret` and
//! the bearer token never reach another host).

use crate::error::{Error, Result};
use reqwest::Url;
use reqwest::redirect::Policy;

/// Validates the base URL and returns it without a trailing slash.
pub fn check_base_url(raw: &str) -> Result<String> {
    let url = Url::parse(raw).map_err(|e| {
        Error::config(format!(
            "The base URL '{}' is not a valid URL ({e}); use e.g. https://api.sandbox.isometric.com/registry/v0.",
            crate::sanitize::printable(raw)
        ))
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::config("The base URL must not carry a user name or password."));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::config("The base URL must not have a query or fragment."));
    }
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(Error::config(format!(
                "Refusing to send credentials over plain http:// to {}; use https:// (plain http is allowed only to loopback addresses).",
                url.host_str().unwrap_or("?")
            )));
        }
        s => return Err(Error::config(format!("The base URL's scheme '{s}' is not supported; use https://."))),
    }
    Ok(raw.trim_end_matches('/').to_string())
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Follows redirects only within the same origin (scheme, host and port), at
/// most five times; anything else is returned to the caller unfollowed.
pub fn same_origin_redirects() -> Policy {
    Policy::custom(|attempt| {
        let first = attempt.previous().first().map(|u| u.origin());
        if attempt.previous().len() > 5 || first.as_ref() != Some(&attempt.url().origin()) {
            attempt.stop()
        } else {
            attempt.follow()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_and_loopback_http_only() {
        assert!(check_base_url("https://api.isometric.com/registry/v0/").is_ok());
        assert!(check_base_url("http://127.0.0.1:7878/registry/v0").is_ok());
        assert!(check_base_url("http://localhost:1/registry/v0").is_ok());
        assert!(check_base_url("http://[::1]:1/x").is_ok());
        for bad in ["http://example.com/x", "http://10.0.0.1/x", "ftp://x/y", "not a url", "https://u:p@h/x"] {
            assert_eq!(check_base_url(bad).unwrap_err().exit_code(), 3, "{bad}");
        }
    }
}
