//! `--web` on `get` commands, as gh's: the public page of a record in a
//! browser. A retirement opens its certificate (the record's own `https://`
//! URL, else `https://to.isometric.com/<id>`), a project or a delivery its
//! registry page (the record's `url`), and a credit batch the certificate of
//! its retirement when it is retired, else its project's page: the API gives
//! batches no page of their own.
//!
//! The browser is `$BROWSER` when set, else the desktop's (the `webbrowser`
//! crate). When none can be started the URL is printed on stdout, so it can
//! be opened by hand or piped. The URL comes from the server's record, never
//! from the ID as typed: IDs only go into request paths, percent-encoded.

use super::ctx::Ctx;
use crate::error::{Error, Result};
use crate::ids::Resource;
use serde_json::Value;

/// Opens the page of the record `id` of `kind` (or prints its URL).
pub async fn open(ctx: &mut Ctx, kind: Resource, id: &str) -> Result<()> {
    let url = page(ctx, kind, id).await?;
    show(ctx, &url)
}

/// The public URL of the record.
pub async fn page(ctx: &Ctx, kind: Resource, id: &str) -> Result<String> {
    match kind {
        Resource::Retirement => {
            let r = fetch(ctx, kind, id).await?;
            safe_url(&r).map_or_else(|| certificate(id), Ok)
        }
        Resource::CreditBatch => {
            let b = fetch(ctx, kind, id).await?;
            match linked(&b, "retirement_id") {
                Some(ret) => Box::pin(page(ctx, Resource::Retirement, &ret)).await,
                None => match linked(&b, "project_id") {
                    Some(prj) => Box::pin(page(ctx, Resource::Project, &prj)).await,
                    None => Err(no_page(kind, id, "names neither a retirement nor a project")),
                },
            }
        }
        _ => {
            let r = fetch(ctx, kind, id).await?;
            safe_url(&r).ok_or_else(|| no_page(kind, id, "has no `https://` url"))
        }
    }
}

/// `GET /{collection}/{id}`, the ID percent-encoded into one path segment.
async fn fetch(ctx: &Ctx, kind: Resource, id: &str) -> Result<Value> {
    let path = format!("/{}/{}", kind.kind().collection, crate::ids::segment(id)?);
    ctx.get(&path).await
}

/// A non-empty string field of the record (an ID it links to).
fn linked(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string)
}

/// The record's own `url`, if it is a plain `https://` URL that is safe to hand to a browser.
fn safe_url(v: &Value) -> Option<String> {
    let u = v.get("url")?.as_str()?;
    let plain = !u.chars().any(|c| c.is_control() || c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\' | '`'));
    let parsed = url::Url::parse(u).ok()?;
    (plain && parsed.scheme() == "https" && parsed.host_str().is_some()).then(|| parsed.to_string())
}

/// The public certificate of a retirement.
fn certificate(id: &str) -> Result<String> {
    Ok(format!("https://to.isometric.com/{}", crate::ids::segment(id)?))
}

fn no_page(kind: Resource, id: &str, why: &str) -> Error {
    Error::bad_answer(format!(
        "The server's {} {} {why}, so there is no page to open.",
        kind.name(),
        crate::sanitize::printable(id)
    ))
}

/// Opens `url` in a browser and says so on stderr; prints it on stdout when none can be opened.
fn show(ctx: &mut Ctx, url: &str) -> Result<()> {
    match webbrowser::open(url) {
        Ok(()) => {
            ctx.note(&format!("Opening {url} in your browser."));
            Ok(())
        }
        Err(_) => {
            ctx.note("No browser could be opened (set BROWSER to choose one); the page is:");
            ctx.out.text(&format!("{url}\n"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_plain_https_urls_are_opened() {
        assert_eq!(
            safe_url(&json!({"url": "https://to.isometric.com/ret_A"})).as_deref(),
            Some("https://to.isometric.com/ret_A")
        );
        for bad in [
            "javascript:alert(1)",
            "http://x.example/a",
            "https://x.example/a b",
            "https://x.example/\u{1b}[2J",
            "file:///etc/passwd",
        ] {
            assert_eq!(safe_url(&json!({ "url": bad })), None, "{bad}");
        }
        assert_eq!(safe_url(&json!({"url": null})), None);
        assert_eq!(certificate("ret/../x").unwrap(), "https://to.isometric.com/ret%2F..%2Fx");
    }
}
