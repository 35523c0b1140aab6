//! The server loop and fault injection: latency, the first-N failures (`fail_first` /
//! `fail_with`, including the `commit-…` kinds that record a write and then spoil its answer:
//! a 5xx, a body that breaks off, a reset, a late commit, a redirect, a contradicting body),
//! redirects, and the connection-level faults (reset, hang). Connections are
//! wrapped so a handler can kill its own connection without writing an answer.
//! [`log_request`] is the layer behind `--request-log`, outside the faults: one line per request
//! as it arrives, so tests can count what a command sent.

use std::io;
use std::io::Write as _;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::extract::connect_info::{ConnectInfo, Connected};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::serve::{IncomingStream, Listener};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;

use super::handlers;
use super::state::App;
use super::{FailKind, Inner};

/// Per-connection control handed to handlers: lets a fault close the connection unanswered.
#[derive(Clone, Default, Debug)]
pub struct ConnCtl {
    kill: Arc<AtomicBool>,
}

impl ConnCtl {
    fn kill(&self) {
        self.kill.store(true, Ordering::SeqCst);
    }
}

/// A TCP stream that fails all I/O (and resets on close) once killed.
pub struct KillIo {
    inner: TcpStream,
    kill: Arc<AtomicBool>,
}

impl KillIo {
    fn killed(&self) -> Option<io::Error> {
        if !self.kill.load(Ordering::SeqCst) {
            return None;
        }
        let _ = self.inner.set_zero_linger();
        Some(io::Error::new(io::ErrorKind::ConnectionReset, "connection reset by emulator"))
    }
}

impl AsyncRead for KillIo {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        match self.killed() {
            Some(e) => Poll::Ready(Err(e)),
            None => Pin::new(&mut self.inner).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for KillIo {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self.killed() {
            Some(e) => Poll::Ready(Err(e)),
            None => Pin::new(&mut self.inner).poll_write(cx, buf),
        }
    }
    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.killed() {
            Some(e) => Poll::Ready(Err(e)),
            None => Pin::new(&mut self.inner).poll_write_vectored(cx, bufs),
        }
    }
    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.killed() {
            Some(e) => Poll::Ready(Err(e)),
            None => Pin::new(&mut self.inner).poll_flush(cx),
        }
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// The caller's listener, handing out killable connections.
pub struct FaultListener {
    inner: TcpListener,
}

impl Listener for FaultListener {
    type Io = KillIo;
    type Addr = ConnCtl;

    async fn accept(&mut self) -> (KillIo, ConnCtl) {
        loop {
            match self.inner.accept().await {
                Ok((stream, _)) => {
                    let _ = stream.set_nodelay(true);
                    let ctl = ConnCtl::default();
                    let io = KillIo { inner: stream, kill: ctl.kill.clone() };
                    return (io, ctl);
                }
                // Out of file descriptors and the like: back off, as axum's own listener does.
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
    }

    fn local_addr(&self) -> io::Result<ConnCtl> {
        self.inner.local_addr().map(|_| ConnCtl::default())
    }
}

impl Connected<IncomingStream<'_, FaultListener>> for ConnCtl {
    fn connect_info(stream: IncomingStream<'_, FaultListener>) -> Self {
        stream.remote_addr().clone()
    }
}

/// Serves the API on `listener` until `shutdown` resolves.
pub async fn serve(
    inner: Arc<Inner>,
    listener: TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let (tx, rx) = watch::channel(false);
    let app = App::new(inner, rx);
    let router = handlers::router(app.clone())
        .layer(axum::middleware::from_fn_with_state(app.clone(), inject))
        .layer(axum::middleware::from_fn_with_state(app, log_request))
        .layer(CompressionLayer::new().quality(CompressionLevel::Fastest));
    let signal = async move {
        shutdown.await;
        let _ = tx.send(true);
    };
    axum::serve(FaultListener { inner: listener }, router.into_make_service_with_connect_info::<ConnCtl>())
        .with_graceful_shutdown(signal)
        .await
}

/// Waits `d` precisely: tokio's timer rounds up to the next millisecond tick,
/// so the wait is an OS sleep on the blocking pool (tens of microseconds late
/// at most), and a tokio sleep only if that pool is unavailable.
async fn delay(d: Duration) {
    if tokio::task::spawn_blocking(move || std::thread::sleep(d)).await.is_err() {
        tokio::time::sleep(d).await;
    }
}

/// Middleware: latency, then the first-N failures, then the redirect, then the real answer.
async fn inject(State(app): State<App>, req: Request, next: Next) -> Response {
    let opts = &app.inner.opts;
    if opts.latency_ms > 0 {
        delay(Duration::from_millis(opts.latency_ms)).await;
    }
    let counts = opts.fail_method.as_deref().is_none_or(|m| m.eq_ignore_ascii_case(req.method().as_str()));
    let fail = counts
        && app
            .inner
            .requests
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| (n < opts.fail_first).then_some(n + 1))
            .is_ok();
    if fail {
        return failure(&app, opts.fail_with, req, next).await;
    }
    if !opts.fail_script.is_empty() && req.method() == axum::http::Method::POST {
        let n = app.inner.posts.fetch_add(1, Ordering::SeqCst) as usize;
        if let Some(Some(kind)) = opts.fail_script.get(n) {
            return failure(&app, *kind, req, next).await;
        }
    }
    if let Some(to) = &opts.redirect_to {
        return redirect(to, &req);
    }
    next.run(req).await
}

fn redirect(to: &str, req: &Request) -> Response {
    let pq = req.uri().path_and_query().map_or("/", |p| p.as_str());
    let target = format!("{}{pq}", to.trim_end_matches('/'));
    match HeaderValue::from_str(&target) {
        Ok(v) => (StatusCode::TEMPORARY_REDIRECT, [(header::LOCATION, v)]).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

fn json_error(status: StatusCode, detail: &str, retry_after: Option<u64>) -> Response {
    let body = serde_json::json!({ "detail": detail }).to_string();
    let mut resp = (status, [(header::CONTENT_TYPE, "application/json")], body).into_response();
    if let Some(secs) = retry_after {
        resp.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    resp
}

const HTML_502: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

async fn failure(app: &App, kind: FailKind, req: Request, next: Next) -> Response {
    let retry = app.inner.opts.retry_after;
    match kind {
        FailKind::Status503 => json_error(StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable", retry),
        FailKind::Status502 => json_error(StatusCode::BAD_GATEWAY, "Bad Gateway", None),
        FailKind::Status504 => json_error(StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout", None),
        FailKind::Status500 => json_error(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error", None),
        FailKind::RateLimit429 => {
            json_error(StatusCode::TOO_MANY_REQUESTS, "Too Many Requests", Some(retry.unwrap_or(1)))
        }
        FailKind::Html502 => (StatusCode::BAD_GATEWAY, [(header::CONTENT_TYPE, "text/html")], HTML_502).into_response(),
        FailKind::Truncated => truncated(next.run(req).await).await,
        FailKind::Reset => kill_connection(&req),
        FailKind::Hang => {
            let mut rx = app.shutdown.clone();
            let _ = rx.wait_for(|stopping| *stopping).await;
            kill_connection(&req)
        }
        FailKind::Redirect307 => to_location(StatusCode::TEMPORARY_REDIRECT, &same_url(&req)),
        FailKind::Empty200 => (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], "{}").into_response(),
        _ => after_commit(kind, req, next).await,
    }
}

/// The `commit-…` faults: the handler runs (a write is recorded), then the answer is spoilt.
async fn after_commit(kind: FailKind, req: Request, next: Next) -> Response {
    let ctl = req.extensions().get::<ConnectInfo<ConnCtl>>().map(|c| c.0.clone());
    if kind == FailKind::CommitLate {
        // Run apart from this request, so the write is recorded even if the client gave up.
        let late = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(super::LATE_MS)).await;
            next.run(req).await
        });
        return late.await.unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response());
    }
    let resp = next.run(req).await;
    match kind {
        FailKind::Commit500 => json_error(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error", None),
        FailKind::Commit500Cut => broken_body(StatusCode::INTERNAL_SERVER_ERROR, resp).await,
        FailKind::CommitCut => broken_body(StatusCode::OK, resp).await,
        FailKind::CommitReset => {
            if let Some(c) = ctl {
                c.kill();
            }
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
        FailKind::Commit302 => to_location(StatusCode::FOUND, "/registry/v0/organisation"),
        FailKind::Commit303Away => to_location(StatusCode::SEE_OTHER, "http://127.0.0.2:9/registry/v0/retirements"),
        FailKind::CommitWrong => changed(resp).await,
        _ => resp,
    }
}

fn same_url(req: &Request) -> String {
    req.uri().path_and_query().map_or_else(|| "/".to_string(), |p| p.to_string())
}

fn to_location(status: StatusCode, to: &str) -> Response {
    match HeaderValue::from_str(to) {
        Ok(v) => (status, [(header::LOCATION, v)]).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// An answer with `status` whose body sends half of the real one, then breaks off.
async fn broken_body(status: StatusCode, resp: Response) -> Response {
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap_or_default();
    let half = bytes.slice(..bytes.len() / 2);
    let chunks: Vec<Result<axum::body::Bytes, io::Error>> =
        vec![Ok(half), Err(io::Error::new(io::ErrorKind::ConnectionReset, "the emulator cut the answer"))];
    // The head and the first half go out before the break, as from a server dying mid-answer.
    let body = Body::from_stream(futures::StreamExt::then(futures::stream::iter(chunks), |c| async move {
        if c.is_err() {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        c
    }));
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// The real answer with another note and 1 kg more (or another name): a body that disagrees.
async fn changed(resp: Response) -> Response {
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap_or_default();
    let Ok(mut v) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Some(k) = v.pointer("/credit_batch_size_total/credit_kgs").and_then(serde_json::Value::as_i64) {
        v["credit_batch_size_total"]["credit_kgs"] = serde_json::json!(k + 1);
        v["notes"] = serde_json::json!("changed by a proxy");
    } else {
        v["name"] = serde_json::json!("Someone Else");
    }
    (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], v.to_string()).into_response()
}

async fn truncated(resp: Response) -> Response {
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap_or_default();
    let half = bytes.slice(..bytes.len() / 2);
    (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], Body::from(half)).into_response()
}

fn kill_connection(req: &Request) -> Response {
    if let Some(ConnectInfo(ctl)) = req.extensions().get::<ConnectInfo<ConnCtl>>() {
        ctl.kill();
    }
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// Middleware for `--request-log`: appends `METHOD /path?query` for every request as it arrives
/// (before any injected fault), so a test can count exactly what a client sent.
async fn log_request(State(app): State<App>, req: Request, next: Next) -> Response {
    let Some(path) = app.inner.opts.request_log.clone() else {
        return next.run(req).await;
    };
    let target = req.uri().path_and_query().map_or_else(|| req.uri().path().to_string(), |p| p.to_string());
    let entry = format!("{} {target}\n", req.method());
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = f.write_all(entry.as_bytes());
    }
    next.run(req).await
}
