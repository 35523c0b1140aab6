//! `auth status`: asks the API who the credentials belong to and reports when
//! the access token expires (from its `exp` claim), warning under 30 days.

use super::ctx::Ctx;
use crate::config::{Settings, Source};
use crate::error::{Error, Result};
use crate::render::{ColKind, Plan, col};
use crate::secret;
use clap::Subcommand;
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
        return Err(Error::config(format!("The access token expired on {}. {}", date(e), token_fix(&ctx.settings))));
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

/// Where the access token came from and how to replace it there: an
/// exported variable is not changed by `config set`.
pub fn token_fix(s: &Settings) -> String {
    match s.token_source {
        Source::Env => "The access token comes from the environment variable ISOMETRIC_ACCESS_TOKEN: export a new token there (or unset it to use the profile's).".into(),
        Source::File => format!(
            "The access token comes from profile '{}' in {}: replace it with `isoreg --profile {} config set access_token -`.",
            s.profile,
            s.path.display(),
            s.profile
        ),
        _ => "Set one with `export ISOMETRIC_ACCESS_TOKEN=…` or `isoreg config init`.".into(),
    }
}

/// Where both credentials came from, and the fix for each source (for a 401).
pub fn credentials_fix(s: &Settings) -> String {
    let secret = match s.secret_source {
        Source::Env => "the client secret comes from the environment variable ISOMETRIC_CLIENT_SECRET".to_string(),
        Source::File => format!("the client secret comes from profile '{}' in {}", s.profile, s.path.display()),
        other => format!("the client secret is {}", other.label()),
    };
    format!("{} Also, {secret}.", token_fix(s))
}

/// A one-line warning when the token expires within [`WARN_DAYS`] (or has
/// expired), naming where it came from; `None` when it is fine or unknown.
pub fn expiry_warning(s: &Settings) -> Option<String> {
    let exp = s.access_token.as_ref().and_then(secret::jwt_expiry)?;
    let left = (exp - chrono::Utc::now().timestamp()) / 86_400;
    let from = match s.token_source {
        Source::Env => "from ISOMETRIC_ACCESS_TOKEN".to_string(),
        _ => format!("of profile '{}'", s.profile),
    };
    match left {
        _ if exp <= chrono::Utc::now().timestamp() => {
            Some(format!("warning: the access token {from} expired on {}.", date(exp)))
        }
        d if d < WARN_DAYS => {
            Some(format!("warning: the access token {from} expires in {d} days ({}); renew it soon.", date(exp)))
        }
        _ => None,
    }
}

pub fn date(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| Value::from(ts).to_string())
}

#[derive(Debug, Subcommand)]
pub enum AuthCmd {
    /// Ask the API who you are, and show when the token expires.
    #[command(after_help = "Example:\n  isoreg --demo auth status")]
    Status,
}
