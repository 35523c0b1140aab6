//! The safety model every write command goes through (DESIGN.md §6):
//!
//! 1. [`begin`], before any request: writes must be allowed (`allow_writes = true` in the
//!    profile, `--allow-writes`, or `--demo`; `--dry-run` needs none of them); without a
//!    terminal `--yes` is required; the request key is checked against the journal, where a
//!    finished write is printed again and an unknown outcome is looked up in the registry.
//! 2. The command fetches what it needs, checks its rules and builds a [`Prepared`] write.
//! 3. [`finish`]: `--dry-run` prints the plan (in the output format) and stops; otherwise
//!    the plan goes to stderr, a terminal is asked to confirm, the intent is journalled, the
//!    POST is sent once, and the result is journalled and printed like `get` prints it.

use super::ctx::Ctx;
use crate::cli::options::WriteFlags;
use crate::error::{Error, Kind, Result};
use crate::journal::{self, Entry, Journal, State, TxKind};
use crate::render::{ColKind, Plan, Shaped, col};
use serde_json::Value;
use std::io::{BufRead, IsTerminal};

/// How the created record is printed (the same views as `NOUN get`).
fn plan_of(kind: TxKind) -> &'static Plan {
    match kind {
        TxKind::Retirement => &super::retirement::PLAN,
        TxKind::Transfer => &super::transfer::PLAN,
        TxKind::Delivery => &super::delivery::PLAN,
        TxKind::Beneficiary => &crate::render::RAW,
    }
}

/// A write ready to send: where, what, and the plan that explains it.
pub struct Prepared {
    pub kind: TxKind,
    /// Below the base URL: `/retirements`, …
    pub path: &'static str,
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
    kind: TxKind,
    journal: Option<Journal>,
    fingerprint: String,
}

/// Step 1: the checks made before any request. `None`: the write was already done (printed).
pub async fn begin(ctx: &mut Ctx, flags: &WriteFlags, kind: TxKind, fingerprint: String) -> Result<Option<Go>> {
    if flags.dry_run {
        let key = flags.request_key.clone().unwrap_or_default();
        return Ok(Some(Go { key, kind, journal: None, fingerprint }));
    }
    if !ctx.settings.allow_writes && !flags.allow_writes {
        return Err(Error::config(format!(
            "Writes are off for profile '{}': set `allow_writes = true` in it (`isoreg config set allow_writes true`) or pass --allow-writes; nothing was sent.",
            ctx.settings.profile
        )));
    }
    if !flags.yes && !stdin_is_terminal() {
        return Err(Error::usage(format!(
            "isoreg cannot ask for confirmation without a terminal: pass --yes to create this {} (nothing was sent).",
            kind.name()
        )));
    }
    let key = match &flags.request_key {
        Some(k) => journal::check_key(k)?,
        None => journal::new_key(),
    };
    let journal = Journal::open()?;
    let go = Go { key, kind, journal: Some(journal), fingerprint };
    match go.last()? {
        None => Ok(Some(go)),
        Some(e) if e.fingerprint != go.fingerprint => Err(Error::usage(format!(
            "The request key {} was used for a different {} ({}); pick another key.",
            go.key, e.kind, e.fingerprint
        ))),
        Some(e) if e.state == State::Done => {
            ctx.note(&format!("Already done under request key {}: nothing was sent.", go.key));
            show(ctx, kind, e.response.as_ref().unwrap_or(&Value::Null))?;
            Ok(None)
        }
        Some(e) if e.state == State::Refused => Ok(Some(go)),
        Some(e) => resume(ctx, go, e).await,
    }
}

/// After an unknown outcome: finds the transaction in the registry before sending again.
async fn resume(ctx: &mut Ctx, go: Go, e: Entry) -> Result<Option<Go>> {
    let kind = go.kind;
    ctx.note(&format!("The last try under request key {} had an unknown outcome; looking it up first.", go.key));
    let claimed = go.journal.as_ref().map(Journal::done_ids).transpose()?.unwrap_or_default();
    match super::lookup::find(ctx, kind, &e, &claimed).await? {
        Some(found) => {
            let id = found.get("id").and_then(Value::as_str).map(str::to_string);
            go.record(State::Done, &e.endpoint, &e.request, id, Some(found.clone()))?;
            ctx.note(&format!("It was recorded; nothing was sent again (request key {}).", go.key));
            show(ctx, kind, &found)?;
            Ok(None)
        }
        None => {
            ctx.note("It is not in the registry; sending it now.");
            Ok(Some(go))
        }
    }
}

impl Go {
    fn last(&self) -> Result<Option<Entry>> {
        match &self.journal {
            Some(j) => j.latest(&self.key),
            None => Ok(None),
        }
    }

    fn record(
        &self,
        state: State,
        endpoint: &str,
        request: &Value,
        id: Option<String>,
        response: Option<Value>,
    ) -> Result<()> {
        let Some(j) = &self.journal else { return Ok(()) };
        j.record(&Entry {
            key: self.key.clone(),
            at: journal::now(),
            state,
            kind: self.kind.name().to_string(),
            fingerprint: self.fingerprint.clone(),
            endpoint: endpoint.to_string(),
            request: request.clone(),
            id,
            response,
        })
    }
}

/// Step 3: dry run, or plan, confirmation, journal, one POST, journal, result.
pub async fn finish(ctx: &mut Ctx, flags: &WriteFlags, go: Go, p: Prepared) -> Result<()> {
    if flags.dry_run {
        print_plan(ctx, &p)?;
        ctx.note("Dry run: nothing was sent.");
        return Ok(());
    }
    if !ctx.global.quiet {
        crate::say!("{}", p.text);
        crate::say!("Request key: {} (re-run with --request-key {} to never send it twice)", go.key, go.key);
    }
    if !flags.yes && !confirm(&p.question)? {
        return Err(Error::usage("Not confirmed; nothing was sent."));
    }
    let endpoint = format!("POST {}", p.path);
    go.record(State::Sending, &endpoint, &p.body, None, None)?;
    let client = ctx.client()?;
    match client.post(p.path, &p.body).await {
        Ok(v) => {
            let id = v.get("id").and_then(Value::as_str).map(str::to_string);
            go.record(State::Done, &endpoint, &p.body, id, Some(v.clone()))?;
            show(ctx, p.kind, &v)
        }
        Err(e) if e.kind == Kind::Unknown => {
            go.record(State::Unknown, &endpoint, &p.body, None, None)?;
            Err(Error { message: unknown_message(&e.message, &go.key), ..e })
        }
        Err(e) => {
            go.record(State::Refused, &endpoint, &p.body, None, None)?;
            Err(e)
        }
    }
}

fn unknown_message(what: &str, key: &str) -> String {
    format!(
        "{what}; run the same command again with --request-key {key}: isoreg will look the transaction up first and send nothing if it was recorded."
    )
}

/// Prints the created (or found) record like `NOUN get` does.
fn show(ctx: &mut Ctx, kind: TxKind, v: &Value) -> Result<()> {
    ctx.out.one(v, plan_of(kind))
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

fn stdin_is_terminal() -> bool {
    std::io::stdin().is_terminal() || std::env::var("ISOREG_FORCE_TTY").is_ok_and(|v| v == "1")
}

/// Asks on stderr; true only for `y` or `yes`.
fn confirm(question: &str) -> Result<bool> {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(format!("{question} [y/N] ").as_bytes()).and_then(|()| err.flush());
    drop(err);
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(matches!(line.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
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
