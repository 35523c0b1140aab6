//! The one way isoreg sends a write: `POST` exactly once, never retried.
//!
//! Unlike GET (see `get_raw`'s retry loop), a POST that was sent may have been recorded
//! even when no answer arrives. So: a connection that could not be opened is a network
//! error (nothing was sent, exit 5); a 4xx is the registry's refusal (nothing was done); a
//! 429 was not processed; but a timeout or a broken connection after sending, any 5xx, or a
//! 2xx whose body cannot be read is an unknown outcome ([`Kind::Unknown`], exit 7), and the
//! caller must look the transaction up before sending again.

use super::{Client, errors};
use crate::error::{Error, Kind, Result};
use serde_json::Value;
use std::time::Instant;

impl Client {
    /// POSTs `body` as JSON to `path` once and returns the parsed answer.
    pub async fn post(&self, path: &str, body: &Value) -> Result<Value> {
        let secret = self.credentials_for("/organisation")?.clone();
        let url = format!("{}{}", self.inner.base, path);
        let mut req =
            self.inner.http.post(&url).json(body).timeout(self.inner.timeout).header("x-client-secret", secret);
        if let Some(t) = &self.inner.token {
            req = req.header(reqwest::header::AUTHORIZATION, t.clone());
        }
        self.log(format_args!("> POST {url} (sent once, never retried)"));
        let t0 = Instant::now();
        let resp = match req.send().await {
            Ok(r) => r,
            Err(e) => return Err(transport(&e, &url)),
        };
        let status = resp.status();
        self.log(format_args!("< {status} ({} ms)", t0.elapsed().as_millis()));
        let bytes = match errors::read_body(resp, &url).await {
            Ok(b) => b,
            Err(_) if status.is_success() => return Err(unreadable(&url, status.as_u16())),
            Err(e) => return Err(e),
        };
        if status.is_success() {
            return serde_json::from_slice(&bytes).map_err(|_| unreadable(&url, status.as_u16()));
        }
        Err(refused(status.as_u16(), &bytes, &url))
    }
}

fn transport(e: &reqwest::Error, url: &str) -> Error {
    let what = errors::describe_transport(e);
    if e.is_connect() {
        return Error::network(format!("POST {url} failed: {what}; nothing was sent."));
    }
    Error::unknown(format!(
        "POST {url} was sent but {what} before the answer arrived, so isoreg cannot tell whether it was recorded"
    ))
}

fn unreadable(url: &str, status: u16) -> Error {
    Error::unknown(format!(
        "POST {url} answered {status} but its body could not be read, so isoreg cannot show what was recorded"
    ))
}

fn refused(code: u16, body: &[u8], url: &str) -> Error {
    let said = errors::detail_of(body).map(|d| format!(": {d}")).unwrap_or_default();
    let (kind, msg) = match code {
        401 => (Kind::Auth, format!("The server refused the credentials ({code}{said}); nothing was done.")),
        403 => (Kind::Auth, format!("Not allowed ({code}{said}): POST {url}; nothing was done.")),
        404 => (Kind::NotFound, format!("Not found ({code}{said}): POST {url}; nothing was done.")),
        429 => (Kind::Network, format!("Rate limited ({code}{said}): POST {url} was not processed; try again later.")),
        500..=599 => {
            return Error::http(
                Kind::Unknown,
                code,
                format!("POST {url} answered {code}{said}, so isoreg cannot tell whether it was recorded"),
            );
        }
        _ => (Kind::Rejected, format!("The registry refused the request ({code}{said}); nothing was done.")),
    };
    Error::http(kind, code, msg)
}
