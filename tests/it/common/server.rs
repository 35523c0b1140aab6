//! Scripted HTTP servers for tests, on 127.0.0.1 only, sharing one accept
//! loop ([`listen`]) that counts connections: [`Script`] answers each request
//! with whatever a closure returns for it (canned bodies and statuses per
//! path) and records every request; [`Raw`] hands the closure the TCP stream
//! itself, for answers no well-behaved server gives (trickled, cut, enormous
//! bodies). They play the servers the project did not write: ones that send
//! cycles, lying counts, nulls the spec allows, numbers bigger than any
//! machine integer.

use super::bare;
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The credentials isoreg is given when it talks to a scripted server.
pub const SECRET: &str = "sk_script_DO_NOT_PRINT_51c0";
/// The access token isoreg is given (a JWT-looking string that must never be printed).
pub const TOKEN: &str = "eyJzY3JpcHQ.DO_NOT_PRINT_tok.c2ln";

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Req {
    /// `GET`, `POST`, …
    pub method: String,
    /// The path below `/registry/v0`, without the query (`/credit_batches/ctb_X`).
    pub path: String,
    /// The raw query string (without `?`), empty when there is none.
    pub query: String,
    /// The whole request head, as received.
    pub head: String,
}

impl Req {
    /// The value of a query parameter (the last one given), percent-decoding `%20` and `+`.
    pub fn param(&self, key: &str) -> Option<String> {
        let found = self.query.split('&').filter_map(|kv| kv.split_once('=')).rfind(|(k, _)| *k == key);
        found.map(|(_, v)| decode(v))
    }
}

/// An answer: status, extra headers and body.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    /// A JSON answer built from a `serde_json::Value`.
    pub fn json(status: u16, v: &Value) -> Reply {
        Reply::text(status, "application/json", &v.to_string())
    }
    /// A JSON answer written by hand (for numbers serde_json cannot hold).
    pub fn raw_json(status: u16, body: &str) -> Reply {
        Reply::text(status, "application/json", body)
    }
    /// Any body with a content type.
    pub fn text(status: u16, content_type: &str, body: &str) -> Reply {
        Reply { status, headers: vec![("Content-Type".into(), content_type.into())], body: body.as_bytes().to_vec() }
    }
    /// FastAPI's 404.
    pub fn not_found() -> Reply {
        Reply::json(404, &json!({"detail": "Not Found"}))
    }
}

type Handler = dyn Fn(&Req) -> Reply + Send + Sync;

/// A running scripted server.
pub struct Script {
    port: u16,
    seen: Arc<Mutex<Vec<Req>>>,
    connections: Arc<AtomicUsize>,
    pub home: tempfile::TempDir,
}

impl Script {
    /// Serves every request with `handler`, one connection per request.
    pub fn serve(handler: impl Fn(&Req) -> Reply + Send + Sync + 'static) -> Script {
        Script::start(handler, false)
    }

    /// Like [`Script::serve`], but keeps connections open for further requests
    /// (HTTP/1.1 keep-alive), so [`Script::connections`] shows connection reuse.
    pub fn serve_keep_alive(handler: impl Fn(&Req) -> Reply + Send + Sync + 'static) -> Script {
        Script::start(handler, true)
    }

    fn start(handler: impl Fn(&Req) -> Reply + Send + Sync + 'static, keep_alive: bool) -> Script {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let log = seen.clone();
        let (port, connections) =
            listen(move |mut stream, _| while answer(&mut stream, &log, &*handler, keep_alive) && keep_alive {});
        Script { port, seen, connections, home: tempfile::tempdir().expect("tempdir") }
    }

    /// How many TCP connections were opened to this server.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    /// Serves fixed answers by exact path (below `/registry/v0`); anything else is a 404.
    pub fn routes(routes: Vec<(impl Into<String>, Reply)>) -> Script {
        let table: Vec<(String, Reply)> = routes.into_iter().map(|(p, r)| (p.into(), r)).collect();
        Script::serve(move |req| {
            table.iter().find(|(p, _)| *p == req.path).map(|(_, r)| r.clone()).unwrap_or_else(Reply::not_found)
        })
    }

    /// The base URL to give isoreg.
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}/registry/v0", self.port)
    }

    /// isoreg pointed at this server with the scripted credentials.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut c = bare(self.home.path());
        c.env("ISOREG_BASE_URL", self.base())
            .env("ISOMETRIC_CLIENT_SECRET", SECRET)
            .env("ISOMETRIC_ACCESS_TOKEN", TOKEN);
        c
    }

    /// Every request received so far, in order of arrival.
    pub fn requests(&self) -> Vec<Req> {
        self.seen.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

/// Binds a free port on 127.0.0.1 and runs `on_connection(stream, n)` on a
/// thread of its own for the n-th connection (counting from 0); returns the
/// port and the count of connections accepted so far.
fn listen(on_connection: impl Fn(TcpStream, usize) + Send + Sync + 'static) -> (u16, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = listener.local_addr().expect("local addr").port();
    let connections = Arc::new(AtomicUsize::new(0));
    let count = connections.clone();
    let on_connection = Arc::new(on_connection);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let n = count.fetch_add(1, Ordering::SeqCst);
            let on_connection = on_connection.clone();
            std::thread::spawn(move || on_connection(stream, n));
        }
    });
    (port, connections)
}

/// Credentials given to isoreg when it talks to a [`Raw`] server.
pub const RAW_SECRET: &str = "sk_raw_DO_NOT_PRINT_7f3a9c";
/// The access token given to isoreg when it talks to a [`Raw`] server.
pub const RAW_TOKEN: &str = "eyJraw.DO_NOT_PRINT_token.c2lnbmF0dXJl";

/// A raw HTTP/1.1 server on 127.0.0.1 that records request heads and answers
/// each connection with a closure (request head, stream, connection number).
pub struct Raw {
    pub port: u16,
    heads: Arc<Mutex<Vec<String>>>,
    pub connections: Arc<AtomicUsize>,
    pub home: tempfile::TempDir,
}

impl Raw {
    /// Serves every connection with `answer`, after reading its request head.
    pub fn start(answer: impl Fn(&str, &mut TcpStream, usize) + Send + Sync + 'static) -> Raw {
        let heads = Arc::new(Mutex::new(Vec::new()));
        let h = heads.clone();
        let (port, connections) = listen(move |mut stream, n| {
            let head = read_head(&mut stream);
            h.lock().expect("heads").push(head.clone());
            answer(&head, &mut stream, n);
            let _ = stream.flush();
        });
        Raw { port, heads, connections, home: tempfile::tempdir().expect("tempdir") }
    }

    /// The base URL to give isoreg.
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}/registry/v0", self.port)
    }

    /// isoreg pointed at this server, with the raw credentials.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut c = bare(self.home.path());
        c.env("ISOREG_BASE_URL", self.base())
            .env("ISOMETRIC_CLIENT_SECRET", RAW_SECRET)
            .env("ISOMETRIC_ACCESS_TOKEN", RAW_TOKEN);
        c
    }

    /// Every request head received so far, in order of arrival.
    pub fn heads(&self) -> Vec<String> {
        self.heads.lock().expect("heads").clone()
    }
}

/// A Relay page: `nodes`, `total_count` and the next cursor (`None`: last page).
pub fn page(nodes: Vec<Value>, total: u64, next: Option<&str>) -> Value {
    json!({
        "page_info": {"has_next_page": next.is_some(), "end_cursor": next,
                      "has_previous_page": false, "start_cursor": null},
        "nodes": nodes,
        "total_count": total,
    })
}

/// Answers one request; false when the connection has nothing more to say.
fn answer(stream: &mut TcpStream, log: &Mutex<Vec<Req>>, handler: &Handler, keep_alive: bool) -> bool {
    let head = read_head(stream);
    let line = head.lines().next().unwrap_or("").to_string();
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    if method.is_empty() {
        return false;
    }
    let target = parts.next().unwrap_or("");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let path = path.strip_prefix("/registry/v0").unwrap_or(path).to_string();
    let req = Req { method, path, query: query.to_string(), head };
    if let Ok(mut l) = log.lock() {
        l.push(req.clone());
    }
    let reply = handler(&req);
    let connection = if keep_alive { "keep-alive" } else { "close" };
    let mut out =
        format!("HTTP/1.1 {} X\r\nContent-Length: {}\r\nConnection: {connection}\r\n", reply.status, reply.body.len());
    for (k, v) in &reply.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(&reply.body);
    stream.write_all(&bytes).and_then(|()| stream.flush()).is_ok()
}

/// Reads a request head (up to the blank line) and any body it announces, giving up after 10 s.
pub fn read_head(s: &mut TcpStream) -> String {
    let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    String::from_utf8_lossy(&head).into_owned()
}

fn decode(v: &str) -> String {
    let b = v.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(x) => {
                        out.push(x);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
