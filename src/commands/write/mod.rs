//! The safety model every write command goes through (DESIGN.md §6):
//!
//! 1. [`begin`], before the plan: writes must be allowed (`allow_writes = true` in the
//!    profile, `--allow-writes`, or `--demo`; `--dry-run` needs none of them); without a
//!    terminal `--yes` is required; the caller's organisation is fetched, and the request key
//!    is claimed in the journal for (registry, organisation, key) — atomically, and locked for
//!    the run, so a concurrent run with the same key stops (exit 8) without sending. A key that
//!    is done prints its transaction again; a key in doubt is looked up in the registry first.
//! 2. The command fetches what it needs, checks its rules and builds a [`Prepared`] write.
//! 3. [`finish`]: `--dry-run` prints the plan (in the output format) and stops; otherwise
//!    the plan (naming the profile and the registry) goes to stderr, a terminal is asked to
//!    confirm, what the registry lists now is recorded with the intent (nothing is sent if that
//!    cannot be written), the POST is sent once, and the answer is classified: a transaction
//!    that agrees with the request is done; a complete 4xx is refused; anything else is unknown
//!    (exit 7, with the command that finds out).

pub mod allocate;
pub mod beneficiary;
pub mod deliver;
pub mod journal;
pub mod lookup;
mod prepare;
pub mod retire;
pub mod transfer;
pub mod verb;

use crate::cli::options::WriteFlags;
use crate::commands::ctx::Ctx;
use crate::error::{Error, Kind, Result};
use crate::render::{ColKind, Plan, Shaped, col};
use journal::{Journal, JournalRow, Scope, WriteState};
use lookup::Found;
use serde_json::{Value, json};
use verb::TxKind;

impl TxKind {
    /// The description of this kind of write, from its verb file.
    pub fn verb(self) -> &'static verb::WriteVerb {
        match self {
            TxKind::Retirement => &retire::VERB,
            TxKind::Transfer => &transfer::VERB,
            TxKind::Delivery => &deliver::VERB,
            TxKind::Beneficiary => &beneficiary::VERB,
        }
    }
}

/// A write ready to send: where, what, and the plan that explains it.
pub struct Prepared {
    pub kind: TxKind,
    /// Below the base URL: `/retirements`, …
    pub path: String,
    pub body: Value,
    /// The plan as JSON (what `--dry-run -o json` prints).
    pub plan: Value,
    /// The plan for people (stderr before sending, stdout with `--dry-run` in a table).
    pub text: String,
    /// The question asked on a terminal, naming the quantity.
    pub question: String,
}

/// A write that may go ahead, under this request key.
pub struct Go {
    pub key: String,
    /// The caller's organisation (the token's).
    pub me: String,
    kind: TxKind,
    /// The journal and the claimed row (`None` for `--dry-run`).
    journal: Option<(Journal, i64)>,
    /// What the registry listed before the first try, when an earlier try is in doubt.
    baseline: Option<Value>,
    /// An earlier try under this key had an unknown outcome (and was not found).
    resumed: bool,
}

/// Step 1: the checks made before the plan. `None`: the write was already done (printed).
pub async fn begin(ctx: &mut Ctx, flags: &WriteFlags, kind: TxKind, fingerprint: String) -> Result<Option<Go>> {
    if flags.dry_run {
        let key = flags.request_key.as_deref().map(journal::check_key).transpose()?.unwrap_or_default();
        let me = ctx.org_or_current(None).await?;
        return Ok(Some(Go { key, me, kind, journal: None, baseline: None, resumed: false }));
    }
    if !ctx.settings.allow_writes && !flags.allow_writes {
        return Err(Error::config(format!(
            "Writes are off for profile '{}': set `allow_writes = true` in it (`isoreg config set allow_writes true`) or pass --allow-writes; nothing was sent.",
            ctx.settings.profile
        )));
    }
    if !flags.yes && !ctx.term.stdin_tty {
        return Err(Error::usage(format!(
            "isoreg cannot ask for confirmation without a terminal: pass --yes to create this {} (nothing was sent).",
            kind.name()
        )));
    }
    let key = match &flags.request_key {
        Some(k) => journal::check_key(k)?,
        None => journal::new_key(),
    };
    let me = ctx.org_or_current(None).await?;
    let scope = Scope { registry: ctx.client()?.base_url().to_string(), org: me.clone(), key: key.clone() };
    let mut j = if ctx.global.demo { Journal::in_memory()? } else { Journal::open()? };
    if let Some((state, id)) = j.legacy(&scope)? {
        return Err(Error::usage(format!(
            "The request key {key} is in the old journal (journal.jsonl) as {}{}, which did not record the registry; check it with `isoreg {} list`, then pick another key (nothing was sent).",
            state.name(),
            id.map(|i| format!(" ({i})")).unwrap_or_default(),
            kind.name()
        )));
    }
    let row = j.claim(&scope, kind.name(), &fingerprint)?;
    if row.fingerprint != fingerprint {
        return Err(Error::usage(format!(
            "The request key {key} was used for a different {} ({}); pick another key (nothing was sent).",
            row.kind, row.fingerprint
        )));
    }
    let in_doubt = row.state.in_doubt();
    let go = Go {
        key,
        me,
        kind,
        baseline: if in_doubt { row.baseline.clone() } else { None },
        journal: Some((j, row.rowid)),
        resumed: false,
    };
    match row.state {
        WriteState::Done => {
            ctx.note(&format!("Already done under request key {}: nothing was sent.", go.key));
            show(ctx, kind, row.response.as_ref().unwrap_or(&Value::Null))?;
            Ok(None)
        }
        WriteState::Claimed | WriteState::Refused => Ok(Some(go)),
        WriteState::Sending | WriteState::Unknown => resume(ctx, go, &scope, row).await,
    }
}

/// After an unknown outcome: finds the transaction in the registry before sending again.
async fn resume(ctx: &mut Ctx, mut go: Go, scope: &Scope, row: JournalRow) -> Result<Option<Go>> {
    let kind = go.kind;
    let (Some(req), Some(baseline)) = (&row.request, &row.baseline) else { return Ok(Some(go)) };
    ctx.note(&format!("The last try under request key {} had an unknown outcome; looking it up first.", go.key));
    let Some((j, rowid)) = &go.journal else { return Ok(Some(go)) };
    let claimed = j.done_ids(scope)?;
    match lookup::find(ctx, kind, req, baseline, &claimed).await? {
        Found::One(found) => {
            let id = found.get("id").and_then(Value::as_str).map(str::to_string);
            j.finish(
                *rowid,
                WriteState::Done,
                id.as_deref(),
                Some(&found),
                Some("found by the lookup after an unknown outcome"),
            )
            .map_err(|e| not_written(&e, id.as_deref(), &go.key))?;
            ctx.note(&format!("It was recorded; nothing was sent again (request key {}).", go.key));
            show(ctx, kind, &found)?;
            Ok(None)
        }
        Found::Many(ids) => {
            let msg = format!(
                "The registry holds {} {}s made since the last try under request key {} that all match it ({}); isoreg will not guess which one is yours and sent nothing. Check them with `isoreg {} get ID`",
                ids.len(),
                kind.name(),
                go.key,
                ids.join(", "),
                kind.name()
            );
            let _ = j.finish(*rowid, WriteState::Unknown, None, None, Some(&msg));
            Err(Error::unknown(format!("{msg}.")))
        }
        Found::None => {
            ctx.note("It is not in the registry; sending it now.");
            go.resumed = true;
            Ok(Some(go))
        }
    }
}

/// Step 3: dry run, or plan, confirmation, journal, one POST, journal, result.
pub async fn finish(ctx: &mut Ctx, flags: &WriteFlags, go: Go, mut p: Prepared) -> Result<()> {
    where_to(ctx, &go, &mut p);
    if flags.dry_run {
        print_plan(ctx, &p)?;
        ctx.note("Dry run: nothing was sent.");
        return Ok(());
    }
    // -q hides the plan only when no one is asked about it: a prompt shows what it asks about.
    if !ctx.global.quiet || !flags.yes {
        ctx.term.line(&p.text);
    }
    // Always shown, even with -q: a key the user never saw cannot be re-run.
    ctx.term.line(&format!("Request key: {} (re-run with --request-key {} to never send it twice)", go.key, go.key));
    if !flags.yes && !ctx.term.confirm(&p.question, false)? {
        return Err(Error::usage("Not confirmed; nothing was sent."));
    }
    let Some((j, rowid)) = &go.journal else { return Err(Error::usage("Nothing to send.")) };
    let endpoint = format!("POST {}", p.path);
    let baseline = match &go.baseline {
        Some(b) => b.clone(),
        None => lookup::baseline(ctx, p.kind, &p.body).await?,
    };
    j.sending(*rowid, &endpoint, &p.body, &baseline)?;
    journal::set_in_flight(Some(unknown_message("Interrupted while the POST was in flight", &go.key)));
    let result = send(ctx, &go, j, *rowid, &p).await;
    journal::set_in_flight(None);
    result
}

/// Sends the POST once and journals how it ended.
async fn send(ctx: &mut Ctx, go: &Go, j: &Journal, rowid: i64, p: &Prepared) -> Result<()> {
    let client = ctx.client()?;
    match client.post(&p.path, &p.body).await {
        Ok(v) => {
            let id = v.get("id").and_then(Value::as_str).map(str::to_string);
            let wrong = match lookup::check(ctx, p.kind, &p.body, &v).await {
                Ok(w) => w,
                Err(e) => vec![format!("it could not be checked ({})", e.message.trim_end_matches('.'))],
            };
            if wrong.is_empty() {
                j.finish(rowid, WriteState::Done, id.as_deref(), Some(&v), None)
                    .map_err(|e| not_written(&e, id.as_deref(), &go.key))?;
                return show(ctx, p.kind, &v);
            }
            let what = format!(
                "POST {} answered with {} that does not agree with the request: {}",
                p.path,
                id.as_deref().map_or("a body".to_string(), |i| format!("{} {i}", p.kind.name())),
                wrong.join("; ")
            );
            let _ = j.finish(rowid, WriteState::Unknown, id.as_deref(), Some(&v), Some(&what));
            Err(Error::unknown(unknown_message(&what, &go.key)))
        }
        Err(e) if e.kind == Kind::Unknown => {
            let written = j.finish(rowid, WriteState::Unknown, None, None, Some(&e.message));
            let tail = if written.is_err() { " (and the journal could not be updated)" } else { "" };
            Err(Error { message: unknown_message(&format!("{}{tail}", e.message), &go.key), ..e })
        }
        Err(e) if go.resumed && p.kind == TxKind::Beneficiary && e.message.contains("already exists") => {
            let what = format!(
                "{} — the earlier try under request key {} may have created it; see `isoreg beneficiary list`",
                e.message.trim_end_matches('.'),
                go.key
            );
            let _ = j.finish(rowid, WriteState::Unknown, None, None, Some(&what));
            Err(Error { kind: Kind::Unknown, message: format!("{what}."), ..e })
        }
        Err(e) => {
            let _ = j.finish(rowid, WriteState::Refused, None, None, Some(&e.message));
            Err(e)
        }
    }
}

/// The plan names the profile and the registry it will write to (text and JSON).
fn where_to(ctx: &Ctx, go: &Go, p: &mut Prepared) {
    let host = url::Url::parse(&ctx.settings.base_url)
        .ok()
        .and_then(|u| u.host_str().map(|h| u.port().map_or_else(|| h.to_string(), |port| format!("{h}:{port}"))))
        .unwrap_or_else(|| ctx.settings.base_url.clone());
    let shown = if ctx.global.demo { "the in-memory --demo registry".to_string() } else { host };
    p.text.push_str(&format!("\n  registry: {shown} (profile {}), as organisation {}", ctx.settings.profile, go.me));
    if let Some(o) = p.plan.as_object_mut() {
        o.insert("registry".into(), json!(ctx.settings.base_url));
        o.insert("profile".into(), json!(ctx.settings.profile));
        o.insert("organisation_id".into(), json!(go.me));
    }
}

/// The error when the result cannot be journalled after the POST went out (exit 7).
fn not_written(e: &Error, id: Option<&str>, key: &str) -> Error {
    let sent =
        id.map_or_else(|| "The write was sent".to_string(), |i| format!("The write was sent and recorded as {i}"));
    Error::unknown(format!(
        "{sent}, but the journal could not be updated ({}); do not send it again with another key: run the same command again with --request-key {key} once the journal can be written.",
        e.message.trim_end_matches('.').replace("; nothing was sent", "")
    ))
}

/// The exit-7 message: what happened, and the exact command that finds out.
fn unknown_message(what: &str, key: &str) -> String {
    format!(
        "{what}. The outcome of request key {key} is unknown: run `{}` — isoreg will look the transaction up first and send nothing if it was recorded.",
        rerun_command(key)
    )
}

/// The command line of this run, with `--request-key KEY` (added if it was not given).
fn rerun_command(key: &str) -> String {
    let args: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let mut words: Vec<String> = vec!["isoreg".into()];
    words.extend(args.iter().map(|a| shell_quote(a)));
    let has_key = args.iter().any(|a| a == "--request-key" || a.starts_with("--request-key="));
    if !has_key {
        words.push(format!("--request-key {key}"));
    }
    words.join(" ")
}

/// `a` as one shell word.
fn shell_quote(a: &str) -> String {
    let plain = !a.is_empty() && a.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+%".contains(c));
    if plain { a.to_string() } else { format!("'{}'", a.replace('\'', r"'\''")) }
}

/// Prints the created (or found) record like `NOUN get` does.
fn show(ctx: &mut Ctx, kind: TxKind, v: &Value) -> Result<()> {
    ctx.out.one(v, kind.verb().shown_as)
}

/// The plan on stdout, in the chosen format.
fn print_plan(ctx: &mut Ctx, p: &Prepared) -> Result<()> {
    let rows = p.plan.get("batches").and_then(Value::as_array).cloned().unwrap_or_default();
    let shaped = Shaped {
        record: &p.plan,
        raw: &crate::render::RAW,
        rows,
        rows_plan: &PLAN_ROWS,
        footer: vec![],
        text: Some(&p.text),
    };
    ctx.out.shaped(shaped).map(|_| ())
}

/// How the batches of a plan are shown as rows (CSV).
pub const PLAN_ROWS: Plan = Plan {
    columns: &[
        col("BATCH", "credit_batch_id", ColKind::Id),
        col("PROJECT", "project_id", ColKind::Ref),
        col("VINTAGE", "vintage", ColKind::Text),
        col("USES", "use.credit_kgs", ColKind::Text),
        col("OF", "size.credit_kgs", ColKind::Text),
        col("SPLIT INTO", "split_into_kgs", ColKind::Text),
    ],
    detail: &[],
    fields: &[
        "credit_batch_id",
        "project_id",
        "supplier_id",
        "vintage",
        "issued_at",
        "size.credit_kgs",
        "use.credit_kgs",
        "split_into_kgs",
    ],
};
