//! `config init|show|set|path`: writing and showing the local configuration.
//! Secrets are read without echo (or from standard input when it is not a
//! terminal), written with mode 0600, and never shown in full. `config init`
//! refuses an access token that is not shaped like a JWT (saying what is wrong,
//! never echoing it) and verifies the credentials live when asked
//! (`--verify`, or yes to the question on a terminal).

use super::ctx::Ctx;
use crate::config::{self, ConfigFile, Source};
use crate::error::{Error, Result};
use crate::render::{ColKind, Plan, col};
use crate::secret::{self, Secret};
use serde_json::{Value, json};

/// How `config show` is shown.
pub const SHOW: Plan = Plan {
    columns: &[],
    detail: &[
        col("CONFIG FILE", "config_file", ColKind::Text),
        col("PROFILE", "profile.value", ColKind::Text),
        col("  from", "profile.source", ColKind::Text),
        col("BASE URL", "base_url.value", ColKind::Text),
        col("  from", "base_url.source", ColKind::Text),
        col("CLIENT SECRET", "client_secret.value", ColKind::Text),
        col("  from", "client_secret.source", ColKind::Text),
        col("ACCESS TOKEN", "access_token.value", ColKind::Text),
        col("  from", "access_token.source", ColKind::Text),
        col("TOKEN EXPIRES", "access_token.expires_at", ColKind::Date),
        col("  expired", "access_token.expired", ColKind::Text),
        col("ALLOW WRITES", "allow_writes", ColKind::Text),
        col("PROFILES", "profiles", ColKind::Text),
    ],
    fields: &[],
};

pub async fn run(cmd: ConfigCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        ConfigCmd::Path => {
            let p = ctx.settings.path.display().to_string();
            ctx.out.text(&format!("{p}\n"))
        }
        ConfigCmd::Show => show(ctx),
        ConfigCmd::Set { key, value } => set(ctx, &key, &value),
        ConfigCmd::Init { verify } => init(ctx, verify).await,
    }
}

fn show(ctx: &mut Ctx) -> Result<()> {
    let s = &ctx.settings;
    let cfg = config::load(&s.path)?;
    let secret_view =
        |v: &Option<Secret>, src: Source| json!({"value": v.as_ref().map(Secret::masked), "source": src.label()});
    let mut token = secret_view(&s.access_token, s.token_source);
    if let Some(exp) = s.access_token.as_ref().and_then(secret::jwt_expiry)
        && let Some(t) = chrono::DateTime::from_timestamp(exp, 0)
    {
        token["expires_at"] = Value::String(t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        token["expired"] = Value::Bool(exp <= chrono::Utc::now().timestamp());
    }
    let v = json!({
        "config_file": s.path.display().to_string(),
        "profile": {"value": s.profile, "source": s.profile_source.label()},
        "base_url": {"value": s.base_url, "source": s.base_url_source.label()},
        "client_secret": secret_view(&s.client_secret, s.secret_source),
        "access_token": token,
        "allow_writes": s.allow_writes,
        "profiles": cfg.profiles.keys().cloned().collect::<Vec<_>>(),
    });
    ctx.out.one(&v, &SHOW)
}

/// `default_profile` may only name a profile the file has.
fn no_such_profile(name: &str, cfg: &ConfigFile) -> Error {
    let have: Vec<&str> = cfg.profiles.keys().map(String::as_str).collect();
    let listed =
        if have.is_empty() { "there are none yet".to_string() } else { format!("there are: {}", have.join(", ")) };
    Error::usage(format!(
        "No profile '{}' in the config file ({listed}); create it with `isoreg --profile {} config init`.",
        crate::sanitize::printable(name),
        crate::sanitize::printable(name)
    ))
}

/// The profile that `set` and `init` write to.
fn target_profile(ctx: &Ctx, cfg: &ConfigFile) -> String {
    ctx.global
        .profile
        .clone()
        .or_else(|| cfg.default_profile.clone())
        .unwrap_or_else(|| config::DEFAULT_PROFILE.to_string())
}

fn set(ctx: &mut Ctx, key: &str, value: &str) -> Result<()> {
    let path = ctx.settings.path.clone();
    let mut cfg = config::load(&path)?;
    let value = if value == "-" {
        ctx.term.read_line().map_err(|e| Error::config(format!("Cannot read standard input: {e}.")))?
    } else {
        value.trim().to_string()
    };
    if key == "default_profile" {
        if !cfg.profiles.contains_key(&value) {
            return Err(no_such_profile(&value, &cfg));
        }
        cfg.default_profile = Some(value.clone());
    } else {
        let name = target_profile(ctx, &cfg);
        let p = cfg.profiles.entry(name.clone()).or_default();
        match key {
            "base_url" => p.base_url = Some(crate::client::check_base_url(&value)?),
            "client_secret" => p.client_secret = Some(Secret::new(&value)),
            "access_token" => {
                crate::token::check_new(&value)?;
                p.access_token = Some(Secret::new(&value));
            }
            "allow_writes" => p.allow_writes = Some(parse_bool(&value)?),
            other => {
                return Err(Error::usage(format!(
                    "Unknown config key '{}'; use base_url, client_secret, access_token, allow_writes or default_profile.",
                    crate::sanitize::printable(other)
                )));
            }
        }
        ctx.note(&format!("Set {key} of profile '{name}' in {}.", path.display()));
    }
    config::save(&path, &cfg)
}

/// `true`/`false` (also `yes`/`no`, `1`/`0`) for `config set allow_writes`.
fn parse_bool(v: &str) -> Result<bool> {
    match v.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" => Ok(true),
        "false" | "no" | "0" => Ok(false),
        _ => Err(Error::usage(format!("allow_writes must be true or false, not '{}'.", crate::sanitize::printable(v)))),
    }
}

async fn init(ctx: &mut Ctx, verify: bool) -> Result<()> {
    let path = ctx.settings.path.clone();
    let mut cfg = config::load(&path)?;
    let name = target_profile(ctx, &cfg);
    let input = Answers(&ctx.term);
    let old = cfg.profiles.get(&name).cloned().unwrap_or_default();
    let default_url = old.base_url.clone().or_else(|| config::builtin_url(&name).map(str::to_string));
    let shown = default_url.as_deref().unwrap_or(config::SANDBOX_URL);
    let question = format!("Base URL for profile '{name}' [{shown}]: ");
    let url = ask(
        ctx,
        || input.line(&question),
        |url| crate::client::check_base_url(if url.is_empty() { shown } else { url }),
    )?;
    let secret = input.secret("Client secret (x-client-secret; input hidden, empty keeps the current one): ")?;
    let question = "Access token (JWT; input hidden, empty keeps the current one): ";
    let token = ask(
        ctx,
        || input.secret(question),
        |t| match t {
            "" => Ok(None),
            t => crate::token::check_new(t).map(|()| Some(Secret::new(t))),
        },
    )?;
    let p = cfg.profiles.entry(name.clone()).or_default();
    p.base_url = Some(url);
    if !secret.is_empty() {
        p.client_secret = Some(Secret::new(&secret));
    }
    if token.is_some() {
        p.access_token = token;
    }
    let profile = p.clone();
    if cfg.default_profile.is_none() {
        cfg.default_profile = Some(name.clone());
    }
    config::save(&path, &cfg)?;
    ctx.note(&format!("Wrote profile '{name}' to {} (mode 0600).", path.display()));
    let ask = || ctx.term.confirm("Verify these credentials now (GET /organisation)?", true);
    if verify || (ctx.term.interactive() && ask().map_err(|e| input_error(&e))?) {
        let org = verify_live(ctx, &profile).await?;
        return ctx.out.text(&format!("Verified: these credentials act for {org}.\n"));
    }
    ctx.note("Try `isoreg auth status`, or `isoreg config init --verify` to check the credentials live.");
    Ok(())
}

/// How many times `config init` asks one question before it gives up.
const TRIES: usize = 3;

/// Asks with `read` until `check` accepts the answer (returning what is kept).
/// On a terminal a refused answer is said in one line and only that question
/// is asked again (what was typed before is kept), at most [`TRIES`] times;
/// piped, the refusal ends `config init` with nothing saved.
fn ask<T>(ctx: &Ctx, read: impl Fn() -> Result<String>, check: impl Fn(&str) -> Result<T>) -> Result<T> {
    let mut tries = 1;
    loop {
        match check(&read()?) {
            Ok(kept) => return Ok(kept),
            Err(e) if ctx.term.stdin_tty && tries < TRIES => ctx.term.line(&format!("{e} Try again.")),
            Err(e) => return Err(Error { message: format!("{} Nothing was saved.", e.message), ..e }),
        }
        tries += 1;
    }
}

/// GET /organisation with the profile's own credentials; the organisation's
/// name and ID, or exit 3 when the registry refuses them.
async fn verify_live(ctx: &Ctx, p: &config::Profile) -> Result<String> {
    let client = crate::client::Client::new(crate::client::ClientOptions {
        base_url: p.base_url.clone().unwrap_or_else(|| config::SANDBOX_URL.to_string()),
        client_secret: p.client_secret.clone(),
        access_token: p.access_token.clone(),
        timeout: std::time::Duration::from_secs_f64(ctx.global.timeout.min(crate::client::MAX_TIMEOUT.as_secs_f64())),
        retries: ctx.global.retries,
        log: ctx.global.verbose.then(|| ctx.term.notes()),
    })?;
    let org = match client.get("/organisation", &[]).await {
        Ok(v) => v,
        Err(e) if matches!(e.http_status, Some(401 | 403)) => {
            return Err(Error::config(format!(
                "The registry refused these credentials (HTTP {}); the profile was saved: run `isoreg config init` again with a valid client secret and access token.",
                e.http_status.unwrap_or(401)
            )));
        }
        Err(e) => return Err(e),
    };
    let name = org.get("name").and_then(Value::as_str).map(crate::render::text::sanitize);
    let id = org.get("id").and_then(Value::as_str).map(crate::sanitize::printable);
    match (name, id) {
        (Some(n), Some(i)) => Ok(format!("{n} ({i})")),
        (Some(n), None) => Ok(n),
        _ => Err(Error::bad_answer("The answer to GET /organisation has no `name`.")),
    }
}

/// The answers to `config init`'s questions, from the terminal (see
/// [`crate::term::prompt`]), with its errors as configuration errors (exit 3).
struct Answers<'a>(&'a crate::term::Terminal);

impl Answers<'_> {
    fn line(&self, prompt: &str) -> Result<String> {
        self.0.text(prompt).map_err(|e| input_error(&e))
    }

    fn secret(&self, prompt: &str) -> Result<String> {
        if !self.0.interactive() {
            return self.line(prompt);
        }
        self.0.secret(prompt).map_err(|e| Error::config(format!("Cannot read the secret: {e}.")))
    }
}

fn input_error(e: &std::io::Error) -> Error {
    Error::config(format!("Cannot read input: {e}."))
}

#[derive(Debug, clap::Subcommand)]
pub enum ConfigCmd {
    /// Create or update a profile, asking for the secrets without echoing them.
    #[command(
        after_help = "Examples:\n  isoreg --profile sandbox config init\n  printf '%s\\n' \"$URL\" \"$SECRET\" \"$TOKEN\" | isoreg config init --verify"
    )]
    Init {
        /// Check the credentials live (GET /organisation) without asking; on a terminal isoreg asks.
        #[arg(long)]
        verify: bool,
    },
    /// Show the settings in force and where each comes from (secrets masked).
    #[command(after_help = "Example:\n  isoreg config show")]
    Show,
    /// Set one value of a profile (base_url, client_secret, access_token, allow_writes) or default_profile.
    #[command(
        after_help = "Examples:\n  isoreg config set base_url https://api.isometric.com/registry/v0 --profile production\n  isoreg config set default_profile production"
    )]
    Set {
        /// The key: base_url, client_secret, access_token, allow_writes (true/false) or default_profile.
        key: String,
        /// The value ('-' reads it from standard input).
        value: String,
    },
    /// Print the config file's path.
    #[command(after_help = "Example:\n  isoreg config path")]
    Path,
}
