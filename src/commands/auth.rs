//! `auth status`: asks the API who the credentials belong to and reports when
//! the access token expires (from its `exp` claim), warning under 30 days.

use super::ctx::Ctx;
use crate::error::Result;
use crate::render::{ColKind, Plan, col};
use crate::secret;
use clap::Subcommand;
use serde_json::json;

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

pub use crate::token::{WARN_DAYS, credentials_fix, date, expiry_warning, token_fix};

pub async fn run(cmd: AuthCmd, ctx: &mut Ctx) -> Result<()> {
    let AuthCmd::Status = cmd;
    let exp = ctx.settings.access_token.as_ref().and_then(secret::jwt_expiry);
    let now = chrono::Utc::now().timestamp();
    if let Some(e) = crate::token::expired(&ctx.settings) {
        return Err(e);
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
            ctx.term.line(&format!("warning: the access token expires in {d} days ({}); renew it soon.", date(e)))
        }
        (None, _) => ctx.note("note: the access token is not a JWT with an `exp` claim, so its expiry is unknown."),
        _ => {}
    }
    Ok(())
}

#[derive(Debug, Subcommand)]
pub enum AuthCmd {
    /// Ask the API who you are, and show when the token expires.
    #[command(after_help = "Example:\n  isoreg --demo auth status")]
    Status,
}
