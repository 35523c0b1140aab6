//! The local journal of writes: a SQLite file, `<state dir>/isoreg/journal.db`
//! (`dirs::state_dir()`, else the data dir; `ISOREG_STATE_DIR` overrides the folder).
//!
//! One row per request key, and a key belongs to a registry and an organisation: the row's
//! identity is (base URL, organisation id, request key). The row says where the write stands
//! ([`WriteState`]), what was asked (the request body and a fingerprint of the command line), what
//! the registry held before the POST left (the baseline the lookup starts from), and what came
//! back (the transaction id and the answer, or what disagreed).
//!
//! Durability and access: the file is created owner-only (0600) in an owner-only folder (0700),
//! in SQLite's rollback-journal mode with `synchronous=FULL`, so a row written before the POST
//! is on disk before the POST leaves, and a crash, `kill -9` or a full disk leaves the last
//! committed state readable. Claiming a key is one `BEGIN IMMEDIATE` transaction that inserts
//! the row or finds it; then the run takes an exclusive lock on a per-row lock file (released by
//! the kernel when the process ends, however it ends), so a second run with the same key while
//! the first is in flight stops with exit 8 and never sends.
//!
//! An old `journal.jsonl` (one JSON line per step) is imported once; its rows did not record the
//! registry, so they can only stop a key from being reused, never stand for a done write.
//! `--demo` journals in memory: its registry lives only as long as the run.

mod files;
mod legacy;

use crate::error::{Error, Result};
use files::{open_private, private_dir, private_file};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The schema this isoreg writes (`PRAGMA user_version`).
const SCHEMA: i64 = 1;

/// Where a write stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteState {
    /// The key is claimed; nothing was sent under it yet.
    Claimed,
    /// About to be sent, or sent with no result written (a crash here leaves the outcome unknown).
    Sending,
    /// The registry holds a matching transaction; `tx_id` and `response` are set.
    Done,
    /// The registry refused it (a complete 4xx answer): nothing was done.
    Refused,
    /// Sent, but whether it was recorded is not known.
    Unknown,
}

impl WriteState {
    /// The name stored in the row.
    pub fn name(self) -> &'static str {
        match self {
            WriteState::Claimed => "claimed",
            WriteState::Sending => "sending",
            WriteState::Done => "done",
            WriteState::Refused => "refused",
            WriteState::Unknown => "unknown",
        }
    }

    fn parse(s: &str) -> WriteState {
        match s {
            "claimed" => WriteState::Claimed,
            "done" => WriteState::Done,
            "refused" => WriteState::Refused,
            "unknown" => WriteState::Unknown,
            // "sending" and anything unreadable: the outcome is not known.
            _ => WriteState::Sending,
        }
    }

    /// True when a POST may have left under the key without a known result.
    pub fn in_doubt(self) -> bool {
        matches!(self, WriteState::Sending | WriteState::Unknown)
    }
}

/// Whose key it is: the registry, the organisation and the key the user gave.
#[derive(Debug, Clone)]
pub struct Scope {
    pub registry: String,
    pub org: String,
    pub key: String,
}

/// One row of the journal.
#[derive(Debug, Clone)]
pub struct JournalRow {
    pub rowid: i64,
    pub state: WriteState,
    /// `retirement`, `transfer`, `delivery` or `beneficiary`.
    pub kind: String,
    /// What the command line asked for, to refuse a key reused for something else.
    pub fingerprint: String,
    /// `POST /retirements` and the like.
    pub endpoint: Option<String>,
    /// The body that was (or is about to be) sent.
    pub request: Option<Value>,
    /// What the registry held before the first POST left (see `commands::lookup`).
    pub baseline: Option<Value>,
    /// Unix seconds when the first POST under this key was about to leave.
    pub sent_at: Option<i64>,
    pub tx_id: Option<String>,
    pub response: Option<Value>,
    /// Why the outcome is unknown or refused, in words.
    pub note: Option<String>,
}

/// The journal, and (after [`Journal::claim`]) the lock on one key.
pub struct Journal {
    conn: Connection,
    /// The database file (`None`: in memory, for `--demo`).
    pub path: Option<PathBuf>,
    /// Held for the rest of the run once a key is claimed.
    lock: Option<std::fs::File>,
}

/// The journal's folder: `ISOREG_STATE_DIR`, else the platform's state (or data) dir.
pub fn dir() -> Result<PathBuf> {
    std::env::var_os("ISOREG_STATE_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| dirs::state_dir().or_else(dirs::data_dir).map(|d| d.join("isoreg")))
        .ok_or_else(|| Error::local("Cannot find a state directory for the write journal; set ISOREG_STATE_DIR."))
}

impl Journal {
    /// Opens (or creates) the journal file, owner-only, and imports an old `journal.jsonl` once.
    pub fn open() -> Result<Journal> {
        let dir = dir()?;
        private_dir(&dir).map_err(|e| failed(&dir, "create the folder of", &e.to_string()))?;
        let path = dir.join("journal.db");
        private_file(&path).map_err(|e| failed(&path, "create", &e.to_string()))?;
        let conn = Connection::open(&path).map_err(|e| failed(&path, "open", &e.to_string()))?;
        let j = Journal { conn, path: Some(path), lock: None };
        j.setup()?;
        j.import_jsonl(&dir.join("journal.jsonl"))?;
        Ok(j)
    }

    /// A journal that lives in memory only (for `--demo`, whose registry does too).
    pub fn in_memory() -> Result<Journal> {
        let conn = Connection::open_in_memory().map_err(|e| Error::local(format!("Cannot open a journal: {e}.")))?;
        let j = Journal { conn, path: None, lock: None };
        j.setup()?;
        Ok(j)
    }

    fn shown(&self) -> String {
        self.path.as_ref().map_or_else(|| "(in memory)".to_string(), |p| p.display().to_string())
    }

    fn err(&self, what: &str, e: &rusqlite::Error) -> Error {
        db_err(self.path.as_deref(), what, e)
    }

    fn setup(&self) -> Result<()> {
        let c = &self.conn;
        c.busy_timeout(std::time::Duration::from_secs(10)).map_err(|e| self.err("open", &e))?;
        let version: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| self.err("read", &e))?;
        if version > SCHEMA {
            return Err(Error::local(format!(
                "The write journal {} was written by a newer isoreg (schema {version}); upgrade isoreg. Nothing was sent.",
                self.shown()
            )));
        }
        c.execute_batch(
            "PRAGMA journal_mode = DELETE;
             PRAGMA synchronous = FULL;
             CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS writes (
               rowid INTEGER PRIMARY KEY,
               registry TEXT NOT NULL, org TEXT NOT NULL, key TEXT NOT NULL,
               kind TEXT NOT NULL, fingerprint TEXT NOT NULL, state TEXT NOT NULL,
               endpoint TEXT, request TEXT, baseline TEXT, sent_at INTEGER,
               tx_id TEXT, response TEXT, note TEXT,
               created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
               UNIQUE (registry, org, key));
             PRAGMA user_version = 1;",
        )
        .map_err(|e| self.err("set up", &e))
    }

    /// Claims the key: inserts its row or finds it, in one `BEGIN IMMEDIATE` transaction, then
    /// locks it for this run. A key another run holds is exit 8; nothing is sent.
    pub fn claim(&mut self, s: &Scope, kind: &str, fingerprint: &str) -> Result<JournalRow> {
        let now = now();
        let path = self.path.clone();
        let err = |e: &rusqlite::Error| db_err(path.as_deref(), "claim a key in", e);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| busy_or(&e, s, || err(&e)))?;
        tx.execute(
            "INSERT INTO writes (registry, org, key, kind, fingerprint, state, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'claimed', ?6, ?6) ON CONFLICT (registry, org, key) DO NOTHING",
            params![s.registry, s.org, s.key, kind, fingerprint, now],
        )
        .map_err(|e| err(&e))?;
        let rowid: i64 = tx
            .query_row(
                "SELECT rowid FROM writes WHERE registry = ?1 AND org = ?2 AND key = ?3",
                params![s.registry, s.org, s.key],
                |r| r.get(0),
            )
            .map_err(|e| err(&e))?;
        tx.commit().map_err(|e| busy_or(&e, s, || err(&e)))?;
        self.lock_row(rowid, s)?;
        self.row(rowid)
    }

    /// Takes the per-row lock file, held until the process ends.
    fn lock_row(&mut self, rowid: i64, s: &Scope) -> Result<()> {
        let Some(path) = &self.path else { return Ok(()) };
        let locks = path.with_file_name("locks");
        private_dir(&locks).map_err(|e| failed(path, "create the lock folder of", &e.to_string()))?;
        let file = locks.join(format!("{rowid}.lock"));
        let f = open_private(&file).map_err(|e| failed(path, "lock a key in", &e.to_string()))?;
        match f.try_lock() {
            Ok(()) => {
                self.lock = Some(f);
                Ok(())
            }
            Err(std::fs::TryLockError::WouldBlock) => Err(busy(s)),
            Err(std::fs::TryLockError::Error(e)) => Err(failed(path, "lock a key in", &e.to_string())),
        }
    }

    /// The row, as stored now.
    pub fn row(&self, rowid: i64) -> Result<JournalRow> {
        self.conn
            .query_row(
                "SELECT rowid, state, kind, fingerprint, endpoint, request, baseline, sent_at, tx_id, response, note
                 FROM writes WHERE rowid = ?1",
                params![rowid],
                |r| {
                    let json = |i: usize| -> rusqlite::Result<Option<Value>> {
                        Ok(r.get::<_, Option<String>>(i)?.and_then(|t| serde_json::from_str(&t).ok()))
                    };
                    Ok(JournalRow {
                        rowid: r.get(0)?,
                        state: WriteState::parse(&r.get::<_, String>(1)?),
                        kind: r.get(2)?,
                        fingerprint: r.get(3)?,
                        endpoint: r.get(4)?,
                        request: json(5)?,
                        baseline: json(6)?,
                        sent_at: r.get(7)?,
                        tx_id: r.get(8)?,
                        response: json(9)?,
                        note: r.get(10)?,
                    })
                },
            )
            .map_err(|e| self.err("read", &e))
    }

    /// Records that the POST is about to leave (with the baseline the lookup will start from).
    /// If this cannot be written, nothing may be sent.
    pub fn sending(&self, rowid: i64, endpoint: &str, request: &Value, baseline: &Value) -> Result<()> {
        self.conn
            .execute(
                "UPDATE writes SET state = 'sending', endpoint = ?2, request = ?3, baseline = ?4,
                   sent_at = COALESCE(sent_at, ?5), note = NULL, updated_at = ?5 WHERE rowid = ?1",
                params![rowid, endpoint, request.to_string(), baseline.to_string(), now()],
            )
            .map(|_| ())
            .map_err(|e| self.err("write", &e))
    }

    /// Records the outcome: the state, the transaction (if known) and what was said about it.
    pub fn finish(
        &self,
        rowid: i64,
        state: WriteState,
        tx_id: Option<&str>,
        response: Option<&Value>,
        note: Option<&str>,
    ) -> Result<()> {
        self.conn
            .execute(
                "UPDATE writes SET state = ?2, tx_id = ?3, response = ?4, note = ?5, updated_at = ?6 WHERE rowid = ?1",
                params![rowid, state.name(), tx_id, response.map(Value::to_string), note, now()],
            )
            .map(|_| ())
            .map_err(|e| self.err("write", &e))
    }

    /// The transactions recorded as done under other keys of this registry and organisation
    /// (a lookup must not claim one of them).
    pub fn done_ids(&self, s: &Scope) -> Result<HashSet<String>> {
        let mut st = self
            .conn
            .prepare(
                "SELECT tx_id FROM writes WHERE registry = ?1 AND org = ?2 AND key <> ?3
                 AND state = 'done' AND tx_id IS NOT NULL",
            )
            .map_err(|e| self.err("read", &e))?;
        let ids = st
            .query_map(params![s.registry, s.org, s.key], |r| r.get::<_, String>(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<HashSet<_>>>())
            .map_err(|e| self.err("read", &e))?;
        Ok(ids)
    }

    /// A row imported from the old `journal.jsonl` under this key and organisation, still in
    /// doubt or done (the old journal did not say which registry it was).
    pub fn legacy(&self, s: &Scope) -> Result<Option<(WriteState, Option<String>)>> {
        self.conn
            .query_row(
                "SELECT state, tx_id FROM writes WHERE registry = '' AND key = ?1 AND (org = ?2 OR org = '')
                 AND state IN ('done', 'sending', 'unknown') LIMIT 1",
                params![s.key, s.org],
                |r| Ok((WriteState::parse(&r.get::<_, String>(0)?), r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err("read", &e))
    }
}

fn db_err(path: Option<&Path>, what: &str, e: &rusqlite::Error) -> Error {
    match path {
        Some(p) => failed(p, what, &e.to_string()),
        None => Error::local(format!("Cannot {what} the write journal: {e}; nothing was sent.")),
    }
}

fn failed(path: &Path, what: &str, e: &str) -> Error {
    Error::local(format!("Cannot {what} the write journal {}: {e}; nothing was sent.", path.display()))
}

fn busy(s: &Scope) -> Error {
    Error::local(format!(
        "Another isoreg run is sending request key {} right now; nothing was sent. Wait for it to finish, then run the same command again to see its result.",
        s.key
    ))
}

/// A journal another process holds past the busy timeout is "busy" (exit 8), like a held key.
fn busy_or(e: &rusqlite::Error, s: &Scope, other: impl FnOnce() -> Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => busy(s),
        _ => other(),
    }
}

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// A fresh request key: `req-` and 16 random hex digits.
pub fn new_key() -> String {
    format!("req-{:016x}", rand::random::<u64>())
}

/// Checks a key typed by the user: 1–100 characters of `A-Z a-z 0-9 . _ : -`.
pub fn check_key(k: &str) -> Result<String> {
    let ok = !k.is_empty() && k.len() <= 100 && k.bytes().all(|b| b.is_ascii_alphanumeric() || b"._:-".contains(&b));
    if !ok {
        return Err(Error::usage(format!(
            "'{}' is not a request key; use 1-100 letters, digits, '.', '_', ':' or '-'.",
            crate::sanitize::printable(k)
        )));
    }
    Ok(k.to_string())
}

/// What Ctrl-C prints while a POST is in flight (set just before it leaves, cleared after).
static IN_FLIGHT: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Marks a POST as in flight (`Some(message)`) or no longer (`None`).
pub fn set_in_flight(msg: Option<String>) {
    if let Ok(mut g) = IN_FLIGHT.lock() {
        *g = msg;
    }
}

/// The message for an interrupt now: `Some` while a POST is in flight.
pub fn in_flight() -> Option<String> {
    IN_FLIGHT.lock().ok().and_then(|g| g.clone())
}

#[cfg(test)]
mod tests;
