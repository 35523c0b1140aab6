//! The local journal of writes: one JSON line per step of each write (sending, done,
//! refused, unknown), under a request key, in `<state dir>/isoreg/journal.jsonl`
//! (`dirs::state_dir()`, else the data dir; `ISOREG_STATE_DIR` overrides the folder).
//!
//! The last line of a key is its state. Re-running a write with the same key after
//! `done` prints the recorded transaction and sends nothing; after `sending` or
//! `unknown` the command first looks the transaction up in the registry. Lines are
//! appended whole, so two processes writing at once do not interleave within a line.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

/// Where a write stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// About to be sent (a crash after this line leaves the outcome unknown).
    Sending,
    /// The registry recorded it; `id` and `response` are set.
    Done,
    /// The registry refused it (4xx): nothing was done.
    Refused,
    /// Sent, but whether it was recorded is not known.
    Unknown,
}

/// One line of the journal.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub key: String,
    /// Unix seconds when this line was written.
    pub at: i64,
    pub state: State,
    /// `retirement`, `transfer`, `delivery` or `beneficiary`.
    pub kind: String,
    /// What the command line asked for, to refuse a key reused for something else.
    pub fingerprint: String,
    /// `POST /retirements` and the like.
    pub endpoint: String,
    /// The body that was (or is about to be) sent.
    pub request: Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Value>,
}

/// The journal file.
pub struct Journal {
    pub path: PathBuf,
}

impl Journal {
    /// The journal in the platform's state directory (or `ISOREG_STATE_DIR`).
    pub fn open() -> Result<Journal> {
        let dir = std::env::var_os("ISOREG_STATE_DIR")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or_else(|| dirs::state_dir().or_else(dirs::data_dir).map(|d| d.join("isoreg")))
            .ok_or_else(|| {
                Error::config("Cannot find a state directory for the write journal; set ISOREG_STATE_DIR.")
            })?;
        Ok(Journal { path: dir.join("journal.jsonl") })
    }

    fn entries(&self) -> Result<Vec<Entry>> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(self.failed("read", &e)),
        };
        // A line cut short by a crash is skipped, not fatal.
        Ok(text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect())
    }

    /// The latest line recorded for `key`.
    pub fn latest(&self, key: &str) -> Result<Option<Entry>> {
        Ok(self.entries()?.into_iter().rfind(|e| e.key == key))
    }

    /// The IDs of every transaction recorded as done (a lookup must not claim one twice).
    pub fn done_ids(&self) -> Result<HashSet<String>> {
        Ok(self.entries()?.into_iter().filter(|e| e.state == State::Done).filter_map(|e| e.id).collect())
    }

    /// Appends one line (and flushes it to disk before a POST goes out).
    pub fn record(&self, e: &Entry) -> Result<()> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|err| self.failed("create the folder of", &err))?;
        }
        let mut line =
            serde_json::to_vec(e).map_err(|err| Error::config(format!("Cannot encode a journal line: {err}.")))?;
        line.push(b'\n');
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(|err| self.failed("open", &err))?;
        f.write_all(&line).and_then(|()| f.sync_data()).map_err(|err| self.failed("write", &err))
    }

    fn failed(&self, what: &str, e: &std::io::Error) -> Error {
        let mut err: Error = std::io::Error::new(e.kind(), e.to_string()).into();
        err.message = format!("Cannot {what} the write journal {}: {e}; nothing was sent.", self.path.display());
        err
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
            crate::ids::printable(k)
        )));
    }
    Ok(k.to_string())
}

/// The kinds of write the journal records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TxKind {
    Retirement,
    Transfer,
    Delivery,
    Beneficiary,
}

impl TxKind {
    /// The name an entry's `kind` holds.
    pub fn name(self) -> &'static str {
        match self {
            TxKind::Retirement => "retirement",
            TxKind::Transfer => "transfer",
            TxKind::Delivery => "delivery",
            TxKind::Beneficiary => "beneficiary",
        }
    }
}
