//! The one funnel from HTTP outcomes to [`Error`]: transport failures, error
//! statuses with the server's FastAPI `detail`, bodies that are too large, and
//! bodies that are not JSON. Messages name the URL (which holds no secret) and
//! show at most a short, sanitised start of an unexpected body.

use crate::error::{Error, Kind, Result};
use crate::sanitize::sanitize;
use futures::StreamExt;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde_json::Value;
use std::time::Duration;

/// How many tries a request took, for the final message.
pub struct Tries {
    pub attempts: u32,
    pub elapsed: Duration,
}

impl Tries {
    fn suffix(&self) -> String {
        if self.attempts <= 1 {
            String::new()
        } else {
            format!(", {} attempts over {:.1} s", self.attempts, self.elapsed.as_secs_f64())
        }
    }
}

/// A short description of a transport error (no URL).
pub fn describe_transport(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".into()
    } else if e.is_connect() {
        let mut src: Option<&dyn std::error::Error> = std::error::Error::source(e);
        while let Some(s) = src {
            if let Some(io) = s.downcast_ref::<std::io::Error>() {
                return format!("could not connect ({})", io.kind().to_string().to_lowercase());
            }
            src = s.source();
        }
        "could not connect".into()
    } else if e.is_body() || e.is_decode() {
        "the connection broke while reading the answer".into()
    } else {
        "the connection failed".into()
    }
}

/// Why a connection could not be made, naming the host (and port): a name
/// that does not resolve, a refused port, a TLS failure, or the OS's words.
pub fn connect_cause(e: &reqwest::Error, url: &str) -> String {
    let (host, port) = url::Url::parse(url).map_or_else(
        |_| ("?".to_string(), 0),
        |u| (u.host_str().unwrap_or("?").to_string(), u.port_or_known_default().unwrap_or(0)),
    );
    let mut texts = Vec::new();
    let mut io_err = None;
    let mut src: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = src {
        texts.push(s.to_string());
        if io_err.is_none() {
            io_err = s.downcast_ref::<std::io::Error>();
        }
        src = s.source();
    }
    let said = |w: &str| texts.iter().any(|t| t.to_lowercase().contains(w));
    let last = sanitize(texts.last().map_or("", String::as_str));
    if said("dns error") || said("failed to lookup address") {
        format!("cannot resolve host {}", sanitize(&host))
    } else if io_err.is_some_and(|i| i.kind() == std::io::ErrorKind::ConnectionRefused) {
        format!("connection refused at {}:{port}", sanitize(&host))
    } else if said("tls") || said("certificate") || said("handshake") || said("corrupt message") {
        format!("TLS failure with {}:{port} ({last})", sanitize(&host))
    } else {
        format!("could not connect to {}:{port} ({last})", sanitize(&host))
    }
}

/// The error for a request that never got an answer.
pub fn transport(e: &reqwest::Error, url: &str, tries: &Tries) -> Error {
    let cause = if e.is_connect() { connect_cause(e, url) } else { describe_transport(e) };
    Error::network(format!(
        "GET {url} failed: {cause}{}. Check the network and the base URL, or raise --timeout/--retries.",
        tries.suffix()
    ))
}

/// Reads the body, refusing anything over [`super::MAX_BODY`].
pub async fn read_body(resp: reqwest::Response, url: &str) -> Result<Vec<u8>> {
    if resp.content_length().is_some_and(|n| n as usize > super::MAX_BODY) {
        return Err(too_large(url));
    }
    let mut body = Vec::with_capacity(resp.content_length().unwrap_or(8192).min(1 << 20) as usize);
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| Error::network(format!("GET {url} failed: {}.", describe_transport(&e))))?;
        if body.len() + chunk.len() > super::MAX_BODY {
            return Err(too_large(url));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn too_large(url: &str) -> Error {
    Error::bad_answer(format!(
        "The answer to GET {url} is larger than {} MiB; isoreg stopped reading it.",
        super::MAX_BODY >> 20
    ))
}

/// Parses a successful body as JSON.
pub fn parse_json(body: &[u8], url: &str) -> Result<Value> {
    serde_json::from_slice(body).map_err(|e| {
        let what = if e.is_eof() { "truncated JSON" } else { "not valid JSON" };
        Error::bad_answer(format!("The answer to GET {url} is {what} ({e}); it starts with: {}", snippet(body)))
    })
}

/// The error for an answer with a non-success status.
pub fn http_error(status: StatusCode, headers: &HeaderMap, body: &[u8], url: &str, tries: &Tries) -> Error {
    let code = status.as_u16();
    let detail = detail_of(body);
    let said = detail.as_deref().map(|d| format!(": {d}")).unwrap_or_default();
    let reason = format!("{} {}", code, status.canonical_reason().unwrap_or(""));
    let reason = reason.trim_end();
    let (kind, msg) = match code {
        300..=399 => (
            Kind::BadAnswer,
            format!(
                "GET {url} was redirected to {}; isoreg refused to follow a redirect to another origin (scheme, host or port), so your credentials were not sent there.",
                headers.get("location").and_then(|v| v.to_str().ok()).map(sanitize).unwrap_or_else(|| "?".into())
            ),
        ),
        401 => (
            Kind::Auth,
            format!(
                "The server refused the credentials ({reason}{said}); check ISOMETRIC_CLIENT_SECRET and ISOMETRIC_ACCESS_TOKEN or run `isoreg config init`."
            ),
        ),
        403 => (Kind::Auth, format!("Not allowed ({reason}{said}): your token's organisation may not read {url}.")),
        404 => (Kind::NotFound, not_found(url, reason, &said)),
        422 => (Kind::Rejected, format!("The server rejected the request ({reason}{said}): GET {url}.")),
        429 | 500..=599 => (
            Kind::Network,
            format!("{reason} from GET {url}{}{said}. Try again later or raise --retries.", tries.suffix()),
        ),
        _ => (Kind::Rejected, format!("The server answered {reason}{said}: GET {url}.")),
    };
    Error::http(kind, code, msg)
}

/// The kind a collection holds and what to do after a 404 on it, from the
/// resource registry (collections whose 404s name no resource are left out).
fn collection(segment: &str) -> Option<(&'static str, &'static str)> {
    let k = crate::resource::by_collection(segment)?;
    Some((k.singular, k.not_found?))
}

/// The resource a path names, as (name, sanitised ID, what to do next):
/// `/projects/prj_X/documents` → `("project", "prj_X", "List projects …")`.
pub fn resource_named(path: &str) -> Option<(&'static str, String, &'static str)> {
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    segs.windows(2).find_map(|w| {
        let (name, hint) = collection(w[0])?;
        collection(w[1]).is_none().then(|| (name, sanitize(w[1]), hint))
    })
}

/// A 404's message: which resource and ID, and what to do next, when the
/// path names one (`No credit batch ctb_… (404). List your batches with …`);
/// otherwise the status and the path (not the whole URL).
fn not_found(url: &str, reason: &str, said: &str) -> String {
    let path = url::Url::parse(url).map_or_else(|_| url.to_string(), |u| u.path().to_string());
    match resource_named(&path) {
        Some((name, id, hint)) => format!("No {name} {id} (404). {hint}"),
        None => format!("Not found ({reason}{said}): GET {}.", sanitize(&path)),
    }
}

/// The FastAPI `detail` of an error body, as one sanitised line.
pub fn detail_of(body: &[u8]) -> Option<String> {
    let v: Value = serde_json::from_slice(body).ok()?;
    let d = v.get("detail")?;
    let text = match d {
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|i| {
                let loc: Vec<String> = i.get("loc").and_then(Value::as_array).map_or(vec![], |l| {
                    l.iter().map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string)).collect()
                });
                let msg = i.get("msg").and_then(Value::as_str).unwrap_or("invalid");
                if loc.is_empty() { msg.to_string() } else { format!("{} {msg}", loc.join(".")) }
            })
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    };
    Some(sanitize(&text).chars().take(300).collect())
}

/// The first bytes of a body, sanitised, for an error message.
pub fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(120)]);
    let s = sanitize(&text);
    if body.len() > 120 { format!("{s}…") } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fastapi_details_are_read() {
        assert_eq!(detail_of(br#"{"detail":"Credit batch not found"}"#).unwrap(), "Credit batch not found");
        let v = br#"{"detail":[{"loc":["query","first"],"msg":"must be <= 50","type":"x"}]}"#;
        assert_eq!(detail_of(v).unwrap(), "query.first must be <= 50");
        assert!(detail_of(b"<html>").is_none());
    }

    #[test]
    fn snippets_are_sanitised() {
        let s = snippet("<html>\x1b[31mboom\r\n\u{202e}</html>".as_bytes());
        assert!(!s.chars().any(crate::sanitize::is_dangerous), "{s}");
    }

    #[test]
    fn statuses_map_to_exit_codes() {
        let t = Tries { attempts: 4, elapsed: Duration::from_millis(7200) };
        let h = HeaderMap::new();
        let e = http_error(StatusCode::SERVICE_UNAVAILABLE, &h, b"", "u", &t);
        assert_eq!(e.exit_code(), 5);
        assert!(e.message.contains("503 Service Unavailable from GET u, 4 attempts over 7.2 s"), "{}", e.message);
        assert_eq!(http_error(StatusCode::UNAUTHORIZED, &h, b"", "u", &t).exit_code(), 3);
        assert_eq!(http_error(StatusCode::NOT_FOUND, &h, b"", "u", &t).exit_code(), 4);
        let e = http_error(StatusCode::NOT_FOUND, &h, b"", "http://127.0.0.1:9/v0/deliveries/dlv_1/credit_batches", &t);
        assert_eq!(e.message, "No delivery dlv_1 (404). List deliveries with `isoreg delivery list`.");
        let e = http_error(StatusCode::NOT_FOUND, &h, b"", "http://127.0.0.1:9/nothing_here", &t);
        assert_eq!(e.message, "Not found (404 Not Found): GET /nothing_here.");
        assert_eq!(http_error(StatusCode::TEMPORARY_REDIRECT, &h, b"", "u", &t).exit_code(), 6);
    }

    mod fuzz {
        use super::*;
        use crate::sanitize::is_dangerous;
        use proptest::prelude::*;

        fn safe(s: &str) -> bool {
            !s.chars().any(is_dangerous)
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

            /// Any status and any body become one error with a documented exit
            /// code and a message that cannot drive the terminal.
            #[test]
            fn any_status_and_body_become_one_safe_error(
                status in 100u16..=599,
                bytes in prop::collection::vec(any::<u8>(), 0..300),
                text in any::<String>(),
            ) {
                let t = Tries { attempts: 2, elapsed: Duration::from_millis(1500) };
                let detail = serde_json::json!({"detail": text}).to_string();
                let listed = serde_json::json!({"detail": [{"loc": [text, 1], "msg": text}]}).to_string();
                let mut h = HeaderMap::new();
                if let Ok(v) = reqwest::header::HeaderValue::from_str(&text) {
                    h.insert("location", v);
                }
                for body in [bytes.as_slice(), text.as_bytes(), detail.as_bytes(), listed.as_bytes()] {
                    if let Err(e) = parse_json(body, "u") {
                        prop_assert_eq!(e.exit_code(), 6);
                        prop_assert!(safe(&e.message), "{}", e.message);
                    }
                    prop_assert!(safe(&snippet(body)));
                    prop_assert!(detail_of(body).is_none_or(|d| safe(&d)));
                    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::IM_A_TEAPOT);
                    let e = http_error(status, &h, body, "u", &t);
                    prop_assert!((2..=6).contains(&e.exit_code()), "{status}: {}", e.exit_code());
                    prop_assert!(safe(&e.message), "{}", e.message);
                }
            }
        }
    }
}
