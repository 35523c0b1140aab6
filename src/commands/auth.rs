//! `auth status`: asks the API who the credentials belong to and reports when
//! the access token expires (from its `exp` claim), warning under 30 days.

use super::Ctx;
use crate::cli::AuthCmd;
use crate::error::{Error, Result};
use crate::render::{ColKind, Plan, col};
use crate::secret;
use serde_json::{Value, json};

/// How `auth status` is shown.
pub const PLAN: Plan = Plan {
    columns: &[],
    detail: &[
        col("ORGANISATION", "organisation.name", ColKind::Text),
        col("ORGANISATION ID", "organisation.id", ColKind::Text),
        col("PROFILE", "profile", ColKind::Text),
        col("BASE URL", "base_url", ColKind::Text),
        col("TOKEN EXPIRES", "token_expires_at", ColKind::Date),
        col("DAYS LEFT", "token_days_left", ColKind::Count),
    ],
    fields: &[],
};

/// Days under which an expiring token draws a warning.
pub const WARN_DAYS: i64 = 30;

pub async fn run(cmd: AuthCmd, ctx: &mut Ctx) -> Result<()> {
    let AuthCmd::Status = cmd;
    let exp = ctx.settings.access_token.as_ref().and_then(secret::jwt_expiry);
    let now = chrono::Utc::now().timestamp();
    if let Some(e) = exp
        && e <= now
    {
        return Err(Error::config(format!(
            "The access token expired on {}; get a new one and run `isoreg config set access_token -`.",
            date(e)
        )));
    }
    let org = ctx.get("/organisation").await?;
    let days = exp.map(|e| (e - now) / 86_400);
    let v = json!({
        "organisation": org,
        "profile": ctx.settings.profile,
        "base_url": ctx.settings.base_url,
        "token_expires_at": exp.map(date),
        "token_days_left": days,
    });
    ctx.out.one(&v, &PLAN)?;
    match (exp, days) {
        (Some(e), Some(d)) if d < WARN_DAYS => {
            crate::say!("warning: the access token expires in {d} days ({}); renew it soon.", date(e))
        }
        (None, _) => ctx.note("note: the access token is not a JWT with an `exp` claim, so its expiry is unknown."),
        _ => {}
    }
    Ok(())
}

fn date(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| Value::from(ts).to_string())
}
