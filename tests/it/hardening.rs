//! Hardening, proven against the real binary: retries and their budget,
//! timeouts, answers that cannot be understood (HTML, truncated, wrong shape,
//! enormous), credential safety (redaction, redirects, plain http, config file
//! mode), terminal and spreadsheet safety of hostile data, closed pipes and
//! Ctrl-C.
//!
//! Faults come from the emulator's own switches (`--fail-first`, `--fail-with`,
//! `--quirk hostile`, `--redirect-to`) or, for answers the emulator cannot
//! give, from [`Raw`]: the harness's raw HTTP server on 127.0.0.1 that
//! records every request it receives. Nothing here leaves the loopback
//! interface, and no assertion depends on speed beyond generous upper bounds
//! that catch hangs.

use crate::common::server::Raw;
use crate::common::{Emu, assert_calm, bare, bare_std, stderr, stdout, wait_bounded};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// Anything slower than this is a hang, not a slow machine.
const HANG: Duration = Duration::from_secs(20);
/// The client's body limit (`isoreg::client::MAX_BODY`).
const LIMIT: usize = isoreg::client::MAX_BODY;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The request path (with query) of a request head.
fn path_of(head: &str) -> &str {
    head.split_whitespace().nth(1).unwrap_or("")
}

/// A complete HTTP/1.1 answer that closes the connection.
fn http(status: &str, extra_headers: &str, body: &[u8]) -> Vec<u8> {
    let mut r =
        format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n{extra_headers}\r\n", body.len())
            .into_bytes();
    r.extend_from_slice(body);
    r
}

fn json_200(v: &Value) -> Vec<u8> {
    http("200 OK", "Content-Type: application/json\r\n", v.to_string().as_bytes())
}

/// One Relay page holding `nodes`, with no page after it.
fn page(nodes: Value) -> Value {
    let n = nodes.as_array().map_or(0, Vec::len);
    json!({"page_info": {"has_next_page": false, "end_cursor": null, "has_previous_page": false, "start_cursor": null},
           "nodes": nodes, "total_count": n})
}

/// How many requests `-v` says were sent.
fn gets(o: &Output) -> usize {
    stderr(o).lines().filter(|l| l.starts_with("> GET ")).count()
}

fn timed(c: &mut assert_cmd::Command) -> (Output, Duration) {
    let t0 = Instant::now();
    let o = c.output().unwrap();
    (o, t0.elapsed())
}

/// Characters that must never reach a terminal raw from server data.
fn is_terminal_hazard(c: char) -> bool {
    c != '\n'
        && (c.is_control()
            || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
}

/// `isoreg` as a plain child process (for pipes and signals), set up for `emu`.
fn spawn(emu: &Emu, args: &[&str], stdout: Stdio, stderr: Stdio) -> Child {
    emu.cmd_std().args(args).stdin(Stdio::null()).stdout(stdout).stderr(stderr).spawn().unwrap()
}

/// A plain GET straight to the emulator (no isoreg in between).
fn direct_get(emu: &Emu, path: &str) -> Value {
    let url = url::Url::parse(&emu.base).unwrap();
    let mut s = TcpStream::connect((url.host_str().unwrap(), url.port().unwrap())).unwrap();
    let req = format!(
        "GET {}{path} HTTP/1.1\r\nHost: {}\r\nx-client-secret: {}\r\nAuthorization: Bearer {}\r\nConnection: close\r\n\r\n",
        url.path(),
        url.host_str().unwrap(),
        emu.secret,
        emu.token
    );
    s.write_all(req.as_bytes()).unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all).unwrap();
    let at = all.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&all[..at]).to_lowercase();
    assert!(!head.contains("chunked"), "{head}");
    serde_json::from_slice(&all[at + 4..]).unwrap()
}

// ---------------------------------------------------------------------------
// 1. Retries
// ---------------------------------------------------------------------------

#[test]
fn flaky_server_is_survived_within_the_retry_budget_and_exhausted_beyond_it() {
    let emu = Emu::start(&["--fail-first", "3"]);
    let o = emu.cmd().args(["issuance", "list", "-v", "-o", "json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(gets(&o), 4, "3 failures + 1 success with the default --retries 3:\n{}", stderr(&o));
    assert_eq!(stderr(&o).matches("retrying in").count(), 3);
    assert!(serde_json::from_slice::<Value>(&o.stdout).unwrap().as_array().is_some_and(|a| !a.is_empty()));

    let emu = Emu::start(&["--fail-first", "4"]);
    let o = emu.cmd().args(["issuance", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let e = stderr(&o);
    let want = format!("error: 503 Service Unavailable from GET {}/issuances, 4 attempts over ", emu.base);
    assert!(e.starts_with(&want), "{e}");
    let secs: f64 = e[want.len()..].split(' ').next().unwrap().parse().unwrap();
    assert!(secs >= 0.1, "backoff waited between the attempts: {e}");
    assert_eq!(e.lines().count(), 1, "one sentence: {e}");

    let emu = Emu::start(&["--fail-first", "2"]);
    let o = emu.cmd().args(["issuance", "list", "--retries", "1", "-v"]).output().unwrap();
    assert_eq!(o.status.code(), Some(5));
    assert_eq!(gets(&o), 2);
    assert!(stderr(&o).contains("2 attempts over"), "{}", stderr(&o));
}

#[test]
fn gateway_errors_resets_and_timeouts_are_retried() {
    for kind in ["502", "504", "html", "reset", "429"] {
        let emu = Emu::start(&["--fail-first", "1", "--fail-with", kind, "--retry-after", "0"]);
        let o = emu.cmd().args(["issuance", "list", "-v", "--timeout", "5"]).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{kind}: {}", stderr(&o));
        assert_eq!(gets(&o), 2, "{kind}: {}", stderr(&o));
        assert_calm(&o);
    }
    let emu = Emu::start(&["--fail-first", "1", "--fail-with", "hang"]);
    let (o, took) = timed(emu.cmd().args(["issuance", "list", "-v", "--timeout", "1"]));
    assert_eq!(o.status.code(), Some(0), "a timed-out try is retried: {}", stderr(&o));
    assert!(stderr(&o).contains("timed out"), "{}", stderr(&o));
    assert!(took >= Duration::from_millis(900) && took < HANG, "{took:?}");
}

#[test]
fn rate_limits_wait_for_retry_after_in_seconds() {
    let emu = Emu::start(&["--fail-first", "1", "--fail-with", "429", "--retry-after", "2"]);
    let (o, took) = timed(emu.cmd().args(["issuance", "list", "-v"]));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("< 429 Too Many Requests"), "{}", stderr(&o));
    assert!(stderr(&o).contains("retrying in 2000 ms"), "{}", stderr(&o));
    assert!(took >= Duration::from_secs(2) && took < HANG, "{took:?}");

    let emu = Emu::start(&["--fail-first", "9", "--fail-with", "429", "--retry-after", "0"]);
    let o = emu.cmd().args(["issuance", "list", "--retries", "2"]).output().unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(stderr(&o).contains("429 Too Many Requests from GET") && stderr(&o).contains("3 attempts"));
}

#[test]
fn rate_limits_wait_for_retry_after_as_an_http_date() {
    let raw = Raw::start(|_, s, n| {
        let answer = if n == 0 {
            let when = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(3));
            http("429 Too Many Requests", &format!("Retry-After: {when}\r\n"), b"{\"detail\":\"slow down\"}")
        } else {
            json_200(&page(json!([{"id": "iss_RAW0000000000001"}])))
        };
        let _ = s.write_all(&answer);
    });
    let (o, took) = timed(raw.cmd().args(["issuance", "list", "-o", "json"]));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(raw.heads().len(), 2);
    assert!(took >= Duration::from_millis(1500) && took < HANG, "HTTP date ~3 s ahead honoured: {took:?}");
}

#[test]
fn client_errors_and_500_are_not_retried() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["batch", "get", "ctb_0000000000000000", "-v"]).output().unwrap();
    assert_eq!((o.status.code(), gets(&o)), (Some(4), 1), "{}", stderr(&o));
    let o = emu.cmd().args(["api", "/issuances", "-f", "first=51", "-v"]).output().unwrap();
    assert_eq!((o.status.code(), gets(&o)), (Some(2), 1), "{}", stderr(&o));
    assert!(stderr(&o).contains("422"), "{}", stderr(&o));
    let o = emu.cmd().args(["balance", "-v"]).env("ISOMETRIC_CLIENT_SECRET", "wrong").output().unwrap();
    assert_eq!((o.status.code(), gets(&o)), (Some(3), 1), "{}", stderr(&o));

    let emu = Emu::start(&["--fail-first", "1", "--fail-with", "500"]);
    let o = emu.cmd().args(["issuance", "list", "-v"]).output().unwrap();
    assert_eq!((o.status.code(), gets(&o)), (Some(5), 1), "{}", stderr(&o));
    assert!(stderr(&o).contains("error: 500 Internal Server Error from GET"), "{}", stderr(&o));
}

// ---------------------------------------------------------------------------
// 2. Timeouts
// ---------------------------------------------------------------------------

#[test]
fn a_server_that_never_answers_times_out() {
    let emu = Emu::start(&["--fail-first", "1", "--fail-with", "hang"]);
    let (o, took) = timed(emu.cmd().args(["issuance", "list", "--timeout", "1", "--retries", "0"]));
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.starts_with(&format!("error: GET {}/issuances failed: timed out.", emu.base)), "{e}");
    assert!(took < HANG, "{took:?}");
    assert_calm(&o);
}

#[test]
fn a_body_that_trickles_forever_times_out() {
    let raw = Raw::start(|_, s, _| {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n[";
        let _ = s.write_all(head.as_bytes());
        let t0 = Instant::now();
        while t0.elapsed() < HANG && s.write_all(b" ").is_ok() {
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let (o, took) = timed(raw.cmd().args(["issuance", "list", "--timeout", "1", "--retries", "0"]));
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(stderr(&o).contains("timed out"), "{}", stderr(&o));
    assert!(took < HANG, "{took:?}");
}

#[test]
fn a_reset_connection_is_a_network_failure() {
    let emu = Emu::start(&["--fail-first", "9", "--fail-with", "reset"]);
    let o = emu.cmd().args(["issuance", "list", "--retries", "1"]).output().unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(stderr(&o).contains("2 attempts over"), "{}", stderr(&o));
    assert_calm(&o);
}

// ---------------------------------------------------------------------------
// 3. Bad answers
// ---------------------------------------------------------------------------

#[test]
fn an_html_error_page_is_one_sentence_with_the_status_code() {
    let emu = Emu::start(&["--fail-first", "9", "--fail-with", "html"]);
    let o = emu.cmd().args(["issuance", "list", "--retries", "0"]).output().unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.starts_with("error: 502 Bad Gateway from GET"), "{e}");
    assert_eq!(e.lines().count(), 1, "{e}");
    assert!(!e.contains("<html>") && !e.contains('\r'), "{e}");
    assert!(o.stdout.is_empty());
}

#[test]
fn non_json_and_truncated_bodies_are_exit_6_with_a_sanitised_snippet() {
    let raw = Raw::start(|_, s, _| {
        let body = "<html>\u{1b}]0;pwned\u{7}\u{1b}[2J<h1>Welcome</h1>\u{202e}</html>";
        let _ = s.write_all(&http("200 OK", "Content-Type: text/html\r\n", body.as_bytes()));
    });
    let o = raw.cmd().args(["issuance", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("is not valid JSON") && e.contains("it starts with: <html>"), "{e}");
    assert!(e.contains("\\u{1b}]0;pwned"), "escaped, still visible: {e}");
    assert!(!e.chars().any(is_terminal_hazard), "{e:?}");
    assert_calm(&o);

    let emu = Emu::start(&["--fail-first", "1", "--fail-with", "truncate"]);
    let o = emu.cmd().args(["project", "list", "-o", "json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(6));
    let err: Value = serde_json::from_slice(&o.stderr).unwrap();
    assert_eq!(err["error"]["kind"], "bad_response");
    assert!(err["error"]["message"].as_str().unwrap().contains("truncated JSON"), "{err}");
    assert_calm(&o);
}

#[test]
fn json_of_the_wrong_shape_is_exit_6() {
    let raw = Raw::start(|head, s, _| {
        let p = path_of(head);
        let body = match p.split('?').next().unwrap_or("") {
            "/registry/v0/issuances" => json!([{"id": "iss_RAW0000000000001"}]),
            "/registry/v0/projects" => json!({"nodes": "none", "total_count": 1}),
            "/registry/v0/organisation" => json!({"id": "org_RAW0000000000001", "name": "Raw"}),
            "/registry/v0/organisations/org_RAW0000000000001/credit_balance" => json!({"project_balances": []}),
            "/registry/v0/transfers" => json!({"page_info": {"has_next_page": true, "end_cursor": "same"},
                                               "nodes": [{"id": "trf_RAW0000000000001"}], "total_count": 99}),
            _ => json!({"nodes": [1, "x", null, [], {"id": {"nested": true}}, {"size": "huge"}], "total_count": -1}),
        };
        let _ = s.write_all(&json_200(&body));
    });
    let cases: &[(&[&str], &str)] = &[
        (&["issuance", "list"], "is not a list object"),
        (&["project", "list"], "has no `nodes` array"),
        (&["balance", "--no-resolve"], "total"),
        (&["transfer", "list", "--all", "-o", "jsonl"], "a cursor it had given before"),
    ];
    for (args, says) in cases {
        let o = raw.cmd().args(*args).output().unwrap();
        assert_eq!(o.status.code(), Some(6), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says) && stderr(&o).lines().count() == 1, "{args:?}: {}", stderr(&o));
        assert_calm(&o);
    }
    for fmt in ["table", "csv", "json", "jsonl"] {
        let o = raw.cmd().args(["delivery", "list", "-o", fmt]).output().unwrap();
        assert!(matches!(o.status.code(), Some(0 | 6)), "{fmt}: {}", stderr(&o));
        assert_calm(&o);
    }
}

#[test]
fn a_required_field_missing_is_exit_6() {
    let emu = Emu::shared_with(&["--quirk", "missing-field"]);
    let o = emu.cmd().args(["batch", "lineage", &emu.id("split credit batch")]).output().unwrap();
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(stderr(&o).contains("size") && stderr(&o).lines().count() == 1, "{}", stderr(&o));
    assert_calm(&o);
}

/// Answers `GET` with `head`, then streams `body_chunk` until the client
/// hangs up or `max` bytes went out.
fn streamer(head: String, chunked: bool, max: usize) -> Raw {
    Raw::start(move |_, s, _| {
        let _ = s.write_all(head.as_bytes());
        let chunk = vec![b' '; 1 << 20];
        let mut sent = 0;
        while sent < max {
            let ok = if chunked {
                s.write_all(format!("{:x}\r\n", chunk.len()).as_bytes()).is_ok()
                    && s.write_all(&chunk).is_ok()
                    && s.write_all(b"\r\n").is_ok()
            } else {
                s.write_all(&chunk[..chunk.len().min(max - sent)]).is_ok()
            };
            if !ok {
                return;
            }
            sent += chunk.len();
        }
        let _ = s.write_all(if chunked { b"0\r\n\r\n" } else { b"" });
    })
}

#[test]
fn an_enormous_body_is_refused() {
    let head = format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n", LIMIT + 1);
    let raw = streamer(head, false, LIMIT + 1);
    let (o, took) = timed(raw.cmd().args(["issuance", "list", "--retries", "0"]));
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(stderr(&o).contains(&format!("is larger than {} MiB", LIMIT >> 20)), "{}", stderr(&o));
    assert!(took < HANG);

    let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".to_string();
    let raw = streamer(head, true, LIMIT + (4 << 20));
    let (o, took) = timed(raw.cmd().args(["issuance", "list", "--retries", "0"]));
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(stderr(&o).contains("MiB; isoreg stopped reading it"), "{}", stderr(&o));
    assert!(took < HANG);
    assert_calm(&o);
}

#[test]
fn a_gzip_bomb_is_cut_at_the_limit() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let zeros = vec![b' '; 1 << 20];
    for _ in 0..(LIMIT >> 20) + 2 {
        gz.write_all(&zeros).unwrap();
    }
    let bomb = Arc::new(gz.finish().unwrap());
    assert!(bomb.len() < LIMIT / 100, "a real bomb: {} bytes on the wire", bomb.len());
    let b = bomb.clone();
    let raw = Raw::start(move |_, s, _| {
        let _ = s.write_all(&http("200 OK", "Content-Type: application/json\r\nContent-Encoding: gzip\r\n", &b));
    });
    let o = raw.cmd().args(["issuance", "list", "--retries", "0"]).output().unwrap();
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(stderr(&o).contains("MiB; isoreg stopped reading it"), "{}", stderr(&o));
    assert!(raw.heads()[0].to_lowercase().contains("accept-encoding: gzip"), "{:?}", raw.heads());
}

// ---------------------------------------------------------------------------
// 4. Credentials
// ---------------------------------------------------------------------------

mod credentials;

mod output;
