//! The one-time import of the old `journal.jsonl` (one JSON line per step): the last line of
//! each key becomes a row with no registry, which can only stop a key from being reused.

use super::{Journal, WriteState, failed, now};
use crate::error::Result;
use rusqlite::{OptionalExtension, params};
use serde_json::Value;
use std::path::Path;

impl Journal {
    /// Imports `journal.jsonl` (the last line of each key) once; unreadable lines are skipped.
    pub(super) fn import_jsonl(&self, old: &Path) -> Result<()> {
        let done: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE name = 'jsonl_imported'", [], |r| r.get(0))
            .optional()
            .map_err(|e| self.err("read", &e))?;
        let bytes = match std::fs::read(old) {
            _ if done.is_some() => return Ok(()),
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(failed(old, "read", &e.to_string())),
        };
        let text = String::from_utf8_lossy(&bytes);
        let mut last: Vec<Value> = Vec::new();
        for v in text.lines().filter_map(|l| serde_json::from_str::<Value>(l).ok()) {
            let key = v.get("key").cloned();
            last.retain(|e| e.get("key") != key.as_ref());
            last.push(v);
        }
        let tx = self.conn.unchecked_transaction().map_err(|e| self.err("import into", &e))?;
        for e in &last {
            insert_legacy(&tx, e).map_err(|err| self.err("import into", &err))?;
        }
        tx.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('jsonl_imported', ?1)", params![now()])
            .map_err(|e| self.err("import into", &e))?;
        tx.commit().map_err(|e| self.err("import into", &e))
    }
}

fn insert_legacy(tx: &rusqlite::Transaction, e: &Value) -> rusqlite::Result<()> {
    let s = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let request = e.get("request").cloned().unwrap_or(Value::Null);
    let org = ["owner_organisation_id", "from_organisation_id"]
        .iter()
        .find_map(|k| request.get(*k).and_then(Value::as_str))
        .unwrap_or_default()
        .to_string();
    let at = e.get("at").and_then(Value::as_i64).unwrap_or_else(now);
    tx.execute(
        "INSERT INTO writes (registry, org, key, kind, fingerprint, state, endpoint, request, tx_id, response,
           note, created_at, updated_at)
         VALUES ('', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'imported from journal.jsonl', ?10, ?10)
         ON CONFLICT (registry, org, key) DO NOTHING",
        params![
            org,
            s("key"),
            s("kind"),
            s("fingerprint"),
            WriteState::parse(&s("state")).name(),
            s("endpoint"),
            request.to_string(),
            e.get("id").and_then(Value::as_str),
            e.get("response").map(Value::to_string),
            at
        ],
    )
    .map(|_| ())
}
