//! The thin HTTP layer: the only place that knows reqwest.
//!
//! It owns the base URL, the auth headers, timeouts, the redirect policy (never
//! across origins), retries with backoff, and the funnel that turns every HTTP
//! failure into one [`Error`](crate::error::Error). Lists are read page by page
//! through [`Pages`]; long listings sorted by issue time can be cut into time
//! windows fetched side by side ([`shard`], planned by [`windows`]).
//! Writes go through `post.rs`: sent once by a client of their own that never follows a
//! redirect and never re-sends.

mod errors;
mod pages;
mod post;
mod retry;
mod safety;
pub mod shard;
pub mod windows;

pub use errors::resource_named;
pub use pages::{Page, Pages};
pub use safety::check_base_url;

use crate::error::{Error, Result};
use crate::secret::Secret;
use crate::term::ErrStream;
use reqwest::header::HeaderValue;
use serde_json::Value;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The largest response body isoreg accepts, in bytes (after decompression).
/// The biggest real answer (a page of 50 records) is well under 1 MiB.
pub const MAX_BODY: usize = 64 * 1024 * 1024;

/// The longest `--timeout` (one try of one request).
pub const MAX_TIMEOUT: Duration = Duration::from_secs(120);
/// The most `--retries`.
pub const MAX_RETRIES: u32 = 10;
/// The longest one request may take, with every try and every wait between tries.
pub const REQUEST_BUDGET: Duration = Duration::from_secs(120);

/// How the client is set up.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub base_url: String,
    pub client_secret: Option<Secret>,
    pub access_token: Option<Secret>,
    pub timeout: Duration,
    pub retries: u32,
    /// Where `-v` lines go (the terminal's notes stream); none without `-v`.
    pub log: Option<ErrStream>,
}

/// A registry API client. Cheap to clone (shared connection pool).
#[derive(Clone)]
pub struct Client {
    inner: Arc<ClientInner>,
}

struct ClientInner {
    http: reqwest::Client,
    /// The client for writes: no redirects, no pooled connections (so nothing is ever re-sent
    /// on a stale one), no retries; see `post.rs`.
    http_write: reqwest::Client,
    base: String,
    /// `x-client-secret`, ready to send.
    secret: Option<HeaderValue>,
    /// `Authorization: Bearer …`, ready to send.
    token: Option<HeaderValue>,
    retries: u32,
    timeout: Duration,
    /// Where `-v` lines go, if anywhere.
    log: Option<ErrStream>,
    /// The number of the last request sent (for `-v`: an answer names its request's number).
    sent: std::sync::atomic::AtomicU64,
}

impl Client {
    /// Builds a client; refuses plain `http://` to anything but loopback.
    pub fn new(opts: ClientOptions) -> Result<Client> {
        let base = check_base_url(&opts.base_url)?;
        let http = reqwest::Client::builder()
            .connect_timeout(opts.timeout.min(Duration::from_secs(10)))
            .redirect(safety::same_origin_redirects())
            .user_agent(concat!("isoreg/", env!("CARGO_PKG_VERSION")))
            .pool_max_idle_per_host(64)
            .build()
            .map_err(|e| Error::config(format!("Cannot set up the HTTP client: {e}.")))?;
        let http_write = reqwest::Client::builder()
            .connect_timeout(opts.timeout.min(Duration::from_secs(10)))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("isoreg/", env!("CARGO_PKG_VERSION")))
            .pool_max_idle_per_host(0)
            .build()
            .map_err(|e| Error::config(format!("Cannot set up the HTTP client: {e}.")))?;
        Ok(Client {
            inner: Arc::new(ClientInner {
                http,
                http_write,
                base,
                secret: opts.client_secret.as_ref().map(|s| sensitive("client secret", s.expose())).transpose()?,
                token: opts
                    .access_token
                    .as_ref()
                    .map(|t| sensitive("access token", &format!("Bearer {}", t.expose())))
                    .transpose()?,
                retries: opts.retries.min(MAX_RETRIES),
                timeout: opts.timeout.min(MAX_TIMEOUT),
                log: opts.log,
                sent: std::sync::atomic::AtomicU64::new(0),
            }),
        })
    }

    /// The base URL in use.
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }

    /// GETs `path` (below the base URL) with `query`, retrying what is safe to
    /// retry, and returns the parsed JSON body.
    pub async fn get(&self, path: &str, query: &[(String, String)]) -> Result<Value> {
        self.get_raw(path, query).await?.json()
    }

    /// GETs every path, at most `concurrency` at once; each answer (or error)
    /// in the order the paths were given.
    pub async fn get_each(&self, paths: Vec<String>, concurrency: usize) -> Vec<Result<Value>> {
        use futures::StreamExt;
        futures::stream::iter(paths)
            .map(|p| async move { self.get(&p, &[]).await })
            .buffered(concurrency.max(1))
            .collect()
            .await
    }

    /// [`Client::get_each`] where every answer is needed: the first error ends it.
    pub async fn get_all(&self, paths: Vec<String>, concurrency: usize) -> Result<Vec<Value>> {
        self.get_each(paths, concurrency).await.into_iter().collect()
    }

    /// Like [`Client::get`], but returns the successful body unparsed.
    ///
    /// Each try is bounded by `--timeout`, and the whole request (every try and
    /// every wait between tries) by [`REQUEST_BUDGET`]: a wait that would end
    /// past it is not started, and the last answer stands.
    pub async fn get_raw(&self, path: &str, query: &[(String, String)]) -> Result<RawBody> {
        let secret = self.credentials_for(path)?;
        let url = format!("{}{}", self.inner.base, path);
        let started = Instant::now();
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let left = REQUEST_BUDGET.saturating_sub(started.elapsed());
            let n = self.number();
            let outcome = self.send_once(n, &url, query, secret, left.min(self.inner.timeout)).await;
            let wait = match &outcome {
                Ok(resp) => retry::delay_for_status(resp.status().as_u16(), resp.headers(), attempt),
                Err(e) if e.is_timeout() || e.is_connect() || e.is_request() => Some(retry::backoff(attempt)),
                Err(_) => None,
            };
            match wait {
                Some(d)
                    if attempt <= self.inner.retries && retry::fits_budget(started.elapsed(), d, REQUEST_BUDGET) =>
                {
                    self.log(n, format_args!("  retrying in {} ms", d.as_millis()));
                    tokio::time::sleep(d).await;
                }
                Some(d) if attempt <= self.inner.retries => {
                    self.log(
                        n,
                        format_args!(
                            "  not retrying: waiting {} ms would pass the request's time limit",
                            d.as_millis()
                        ),
                    );
                    return self.finish(outcome, &url, attempt, started).await;
                }
                _ => return self.finish(outcome, &url, attempt, started).await,
            }
        }
    }

    fn credentials_for(&self, path: &str) -> Result<&HeaderValue> {
        let secret = self.inner.secret.as_ref().ok_or_else(|| {
            Error::config(
                "No client secret is configured; set ISOMETRIC_CLIENT_SECRET or run `isoreg config init` (or try `--demo`).",
            )
        })?;
        if self.inner.token.is_none() && needs_token(path) {
            return Err(Error::config(
                "This command needs an access token; set ISOMETRIC_ACCESS_TOKEN or run `isoreg config init` (or try `--demo`).",
            ));
        }
        Ok(secret)
    }

    async fn send_once(
        &self,
        n: u64,
        url: &str,
        query: &[(String, String)],
        secret: &HeaderValue,
        timeout: Duration,
    ) -> reqwest::Result<reqwest::Response> {
        let mut req = self.inner.http.get(url).query(query).timeout(timeout).header("x-client-secret", secret.clone());
        if let Some(t) = &self.inner.token {
            req = req.header(reqwest::header::AUTHORIZATION, t.clone());
        }
        if self.inner.log.is_some() {
            let shown = self.inner.http.get(url).query(query).build().map(|r| r.url().to_string());
            self.log(n, format_args!("> GET {}", shown.as_deref().unwrap_or(url)));
            self.log(n, format_args!("> x-client-secret: ***"));
            if self.inner.token.is_some() {
                self.log(n, format_args!("> Authorization: Bearer ***"));
            }
        }
        let t0 = Instant::now();
        let res = req.send().await;
        match &res {
            Ok(r) => self.log(n, format_args!("< {} ({} ms)", r.status(), t0.elapsed().as_millis())),
            Err(e) => {
                self.log(n, format_args!("< {} ({} ms)", errors::describe_transport(e), t0.elapsed().as_millis()))
            }
        }
        res
    }

    async fn finish(
        &self,
        outcome: reqwest::Result<reqwest::Response>,
        url: &str,
        attempts: u32,
        started: Instant,
    ) -> Result<RawBody> {
        let tries = errors::Tries { attempts, elapsed: started.elapsed() };
        let resp = outcome.map_err(|e| errors::transport(&e, url, &tries))?;
        let status = resp.status();
        let headers = resp.headers().clone();
        let body = errors::read_body(resp, url).await?;
        if status.is_success() {
            return Ok(RawBody { bytes: body, url: url.to_string() });
        }
        Err(errors::http_error(status, &headers, &body, url, &tries))
    }

    /// The number of a new request, for its `-v` lines.
    fn number(&self) -> u64 {
        self.inner.sent.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1
    }

    /// A `-v` line about request `n`, which it ends with `[#n]` so that
    /// concurrent requests and their answers can be told apart; on stderr,
    /// where a closed stderr is ignored, never a panic.
    fn log(&self, n: u64, args: std::fmt::Arguments<'_>) {
        if let Some(s) = &self.inner.log {
            s.verbatim(&format!("{args} [#{n}]"));
        }
    }

    /// A `-v` line about no one request (how a listing is fetched).
    pub fn trace(&self, msg: &str) {
        if let Some(s) = &self.inner.log {
            s.verbatim(msg);
        }
    }
}

/// A successful answer's body, not parsed yet.
pub struct RawBody {
    pub bytes: Vec<u8>,
    url: String,
}

impl RawBody {
    /// The body as JSON; anything else is a bad answer.
    pub fn json(&self) -> Result<Value> {
        errors::parse_json(&self.bytes, &self.url)
    }
}

/// A credential as a header value marked sensitive (hyper and reqwest never
/// show it in debug output, and HTTP/2 never puts it in a compression table).
fn sensitive(what: &str, text: &str) -> Result<HeaderValue> {
    let mut v = HeaderValue::from_str(text).map_err(|_| {
        Error::config(format!("The {what} contains characters that cannot be sent in an HTTP header; check it."))
    })?;
    v.set_sensitive(true);
    Ok(v)
}

/// Whether an endpoint belongs to the account side, which needs a bearer
/// token (the resource registry knows).
pub use crate::resource::needs_token;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_endpoints_need_tokens() {
        assert!(needs_token("/organisation"));
        assert!(needs_token("/organisations/org_X/credit_balance"));
        assert!(needs_token("/credit_batches/ctb_X"));
        assert!(!needs_token("/issuances"));
        assert!(!needs_token("/projects/prj_X"));
        assert!(!needs_token("/organisations/org_X"));
    }

    #[test]
    fn verbose_lines_go_to_the_stream_given_and_hide_the_secret() {
        let buf = crate::term::Captured::default();
        let client = Client::new(ClientOptions {
            base_url: "http://127.0.0.1:9/registry/v0".into(),
            client_secret: Some(Secret::new("s3cr3t-value")),
            access_token: None,
            timeout: Duration::from_secs(1),
            retries: 0,
            log: Some(ErrStream::captured(buf.clone(), Some(20))),
        })
        .expect("a loopback client");
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
        let answer = runtime.block_on(client.get("/projects", &[]));
        assert!(answer.is_err(), "nothing listens on port 9");
        client.trace("note: a line of its own");
        let text = buf.text();
        assert!(text.contains("> GET http://127.0.0.1:9/registry/v0/projects [#1]\n"), "whole, unwrapped:\n{text}");
        assert!(text.contains("> x-client-secret: *** [#1]"), "{text}");
        assert!(text.ends_with("note: a line of its own\n") && !text.contains("s3cr3t"), "{text}");
    }
}
