//! The one way isoreg sends a write: `POST` exactly once, by a client that follows no
//! redirect, keeps no pooled connection and never retries (`Inner::http_write`).
//!
//! A POST that was sent may have been recorded even when no answer arrives, so every ending
//! is classified:
//! - the connection could not be opened: nothing was sent (exit 5);
//! - a complete 4xx answer: the registry refused it, nothing was done (401/403 exit 3, 404
//!   exit 4, 429 exit 5 "not processed", any other exit 2);
//! - a complete 2xx answer whose body is JSON: handed back, for the caller to check that it is
//!   the transaction asked for;
//! - everything else after the request may have left — a 5xx, a 3xx (never followed), a reset,
//!   a timeout, a body that breaks off or cannot be read on any status, a 2xx that is not JSON —
//!   is an unknown outcome ([`Kind::Unknown`], exit 7).

use super::{Client, errors};
use crate::error::{Error, Kind, Result};
use futures::StreamExt;
use serde_json::Value;
use std::time::Instant;

impl Client {
    /// POSTs `body` as JSON to `path` once and returns the parsed 2xx answer.
    pub async fn post(&self, path: &str, body: &Value) -> Result<Value> {
        let secret = self.credentials_for("/organisation")?.clone();
        let url = format!("{}{}", self.inner.base, path);
        let mut req =
            self.inner.http_write.post(&url).json(body).timeout(self.inner.timeout).header("x-client-secret", secret);
        if let Some(t) = &self.inner.token {
            req = req.header(reqwest::header::AUTHORIZATION, t.clone());
        }
        let n = self.number();
        self.log(n, format_args!("> POST {url} (sent once, never retried, never redirected)"));
        let t0 = Instant::now();
        let resp = match req.send().await {
            Ok(r) => r,
            Err(e) => return Err(transport(&e, &url)),
        };
        let status = resp.status().as_u16();
        self.log(n, format_args!("< {status} ({} ms)", t0.elapsed().as_millis()));
        let location = resp.headers().get(reqwest::header::LOCATION).and_then(|v| v.to_str().ok()).map(str::to_string);
        let bytes = match read_all(resp).await {
            Ok(b) => b,
            Err(what) => {
                return Err(Error::http(
                    Kind::Unknown,
                    status,
                    format!("POST {url} answered {status} but {what}, so isoreg cannot tell whether it was recorded"),
                ));
            }
        };
        match status {
            200..=299 => serde_json::from_slice(&bytes).map_err(|_| {
                Error::http(
                    Kind::Unknown,
                    status,
                    format!(
                        "POST {url} answered {status} with a body that is not JSON ({}), so isoreg cannot tell what was recorded",
                        errors::snippet(&bytes)
                    ),
                )
            }),
            300..=399 => Err(Error::http(
                Kind::Unknown,
                status,
                format!(
                    "POST {url} answered {status}, a redirect to {} that isoreg never follows for a write, so isoreg cannot tell whether it was recorded",
                    location.as_deref().map_or_else(|| "nowhere".to_string(), crate::sanitize::sanitize)
                ),
            )),
            400..=499 => Err(refused(status, &bytes, &url)),
            _ => {
                let said = errors::detail_of(&bytes).map(|d| format!(": {d}")).unwrap_or_default();
                Err(Error::http(
                    Kind::Unknown,
                    status,
                    format!("POST {url} answered {status}{said}, so isoreg cannot tell whether it was recorded"),
                ))
            }
        }
    }
}

/// Reads the whole body (at most [`super::MAX_BODY`]); `Err` says why it could not be read.
async fn read_all(resp: reqwest::Response) -> std::result::Result<Vec<u8>, String> {
    let mut body = Vec::new();
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| format!("its body could not be read ({})", errors::describe_transport(&e)))?;
        if body.len() + chunk.len() > super::MAX_BODY {
            return Err("its body is too large to read".to_string());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn transport(e: &reqwest::Error, url: &str) -> Error {
    if e.is_connect() {
        return Error::network(format!("POST {url} failed: {}; nothing was sent.", errors::connect_cause(e, url)));
    }
    Error::unknown(format!(
        "POST {url} was sent but {} before the answer arrived, so isoreg cannot tell whether it was recorded",
        errors::describe_transport(e)
    ))
}

fn refused(code: u16, body: &[u8], url: &str) -> Error {
    let said = errors::detail_of(body).map(|d| format!(": {d}")).unwrap_or_default();
    let (kind, msg) = match code {
        401 => (Kind::Auth, format!("The server refused the credentials ({code}{said}); nothing was done.")),
        403 => (Kind::Auth, format!("Not allowed ({code}{said}): POST {url}; nothing was done.")),
        404 => (Kind::NotFound, format!("Not found ({code}{said}): POST {url}; nothing was done.")),
        429 => (Kind::Network, format!("Rate limited ({code}{said}): POST {url} was not processed; try again later.")),
        _ => (Kind::Rejected, format!("The registry refused the request ({code}{said}); nothing was done.")),
    };
    Error::http(kind, code, msg)
}
