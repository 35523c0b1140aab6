//! `api PATH`: any GET below the base URL with the configured auth, for what
//! has no command yet. `-f key=value` adds query fields; `--paginate` follows
//! `end_cursor` through every page and emits the nodes. Output is JSON (pretty
//! on a terminal), never a table: this is the raw escape hatch.

use super::ctx::Ctx;
use crate::error::{Error, Result};
use crate::render::RAW;
use clap::Args;

pub async fn run(a: ApiArgs, ctx: &mut Ctx) -> Result<()> {
    let path = check_path(&a.path)?;
    ctx.out.no_tables(ctx.global.output, "`api` prints the raw answer")?;
    let mut query = Vec::new();
    for f in &a.query {
        let (k, v) = f
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("-f '{}': use key=value.", crate::sanitize::printable(f))))?;
        query.push((k.to_string(), v.to_string()));
    }
    if a.paginate {
        return paginate(path, query, ctx).await;
    }
    let v = ctx.client()?.get(&path, &query).await?;
    ctx.out.answer(&v)
}

async fn paginate(path: String, mut query: Vec<(String, String)>, ctx: &mut Ctx) -> Result<()> {
    let size = query.iter().position(|(k, _)| k == "first").map(|i| query.remove(i).1);
    let page_size = match size {
        Some(s) => s.parse::<u32>().map_err(|_| Error::usage(format!("-f first={s}: not a whole number.")))?,
        None => 50,
    };
    let after = query.iter().position(|(k, _)| k == "after").map(|i| query.remove(i).1);
    let client = ctx.client()?;
    let mut pager = crate::client::Pages::new(&client, path, query, page_size, after, None);
    let mut w = ctx.out.list(&RAW);
    while let Some(page) = pager.next_page().await? {
        w.page(page.nodes)?;
    }
    w.finish().map(|_| ())
}

/// Checks that a raw path stays below the base URL and carries no query.
pub fn check_path(raw: &str) -> Result<String> {
    let p = if raw.starts_with('/') { raw.to_string() } else { format!("/{raw}") };
    let bad = p.chars().any(|c| !(c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '.')));
    if bad || p.contains("..") || p.contains("//") {
        return Err(Error::usage(format!(
            "'{}' is not an API path; use a path like /issuances or /credit_batches/ctb_…, and -f key=value for query fields.",
            crate::sanitize::printable(raw)
        )));
    }
    Ok(p.trim_end_matches('/').to_string())
}

/// Arguments of `api`.
#[derive(Debug, Args)]
pub struct ApiArgs {
    /// Path below the base URL, e.g. /issuances.
    pub path: String,
    /// Query field key=value (repeatable).
    #[arg(short = 'f', long = "field", value_name = "KEY=VALUE")]
    pub query: Vec<String>,
    /// Follow end_cursor through every page and emit the nodes.
    #[arg(long)]
    pub paginate: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_below_the_base() {
        assert_eq!(check_path("issuances").unwrap(), "/issuances");
        assert_eq!(check_path("/credit_batches/ctb_1/").unwrap(), "/credit_batches/ctb_1");
        for bad in ["/../x", "/a?b=1", "/a b", "//evil.example/x", "/a%2e", "/a#b", "/a\u{1b}"] {
            assert_eq!(check_path(bad).unwrap_err().exit_code(), 2, "{bad:?}");
        }
    }
}
