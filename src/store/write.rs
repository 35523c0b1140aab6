//! Writing one snapshot: every record the sync fetched goes through
//! [`SyncWriter::put`] inside one transaction that holds the write lock from
//! the start (a second `sync` on the same file is refused at once, with a
//! sentence). Records are stored as canonical JSON (object keys sorted, the
//! server's numbers digit for digit), so key order never makes a version. A
//! record identical to its current version (same hash of that JSON) writes
//! nothing; a changed one closes the old version and adds the new; records no
//! longer served are closed at the end. A record that arrives twice in one
//! sync (a batch in an issuance's list and in your own) is kept from the
//! source of higher rank, whichever arrives first, so a re-sync never flips
//! between the two. Nothing is visible until [`SyncWriter::commit`]: an
//! interrupted sync leaves the previous snapshot as it was.
//!
//! Every `credit_kgs` in a record must be a whole, non-negative number of
//! kilograms that fits SQLite's 64-bit INTEGER, so that sums in SQL are exact;
//! anything else is a bad answer naming the record, and nothing is saved.

use super::{Store, db_error};
use crate::error::{Error, Result};
use rusqlite::TransactionBehavior;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// A sync in progress on an open store.
pub struct SyncWriter<'a> {
    tx: rusqlite::Transaction<'a>,
    path: std::path::PathBuf,
    snap: i64,
    /// Current versions: (kind, id) → (hash, rowid).
    current: HashMap<(String, String), (Vec<u8>, i64)>,
    /// Records seen in this sync: their source's rank and the row this sync
    /// added for them, if any.
    seen: HashMap<(String, String), (u8, Option<i64>)>,
    changed: u64,
    started: std::time::Instant,
}

/// What a finished sync did.
#[derive(Debug, Clone, Copy)]
pub struct SyncSummary {
    pub snapshot: i64,
    pub records: u64,
    pub changed: u64,
    pub removed: u64,
}

impl<'a> SyncWriter<'a> {
    /// Takes the write lock and reads the current versions.
    pub fn begin(store: &'a mut Store) -> Result<SyncWriter<'a>> {
        let path = store.path.clone();
        let err = |e: rusqlite::Error| db_error(&path, &e);
        let tx = store
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| super::write_lock_error(&path, e))?;
        let snap: i64 = tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM snapshot", [], |r| r.get(0)).map_err(err)?;
        let mut current = HashMap::new();
        {
            let mut st =
                tx.prepare("SELECT kind, id, hash, rowid FROM record WHERE until_snap IS NULL").map_err(err)?;
            let rows = st.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), (r.get(2)?, r.get(3)?)))).map_err(err)?;
            for row in rows {
                let (k, v) = row.map_err(err)?;
                current.insert(k, v);
            }
        }
        Ok(SyncWriter { tx, path, snap, current, seen: HashMap::new(), changed: 0, started: std::time::Instant::now() })
    }

    fn err(&self, e: rusqlite::Error) -> Error {
        db_error(&self.path, &e)
    }

    /// The number of the snapshot being written.
    pub fn snapshot(&self) -> i64 {
        self.snap
    }

    /// Records one server record of `kind` under `id`, from a source of
    /// `rank`: when the same record arrives twice in one sync, the higher
    /// rank wins (the first of equal ranks), whatever the order of arrival.
    pub fn put(&mut self, kind: &str, id: &str, record: &Value, rank: u8) -> Result<()> {
        check_quantities(kind, id, record)?;
        let key = (kind.to_string(), id.to_string());
        if let Some(&(had, added)) = self.seen.get(&key) {
            if had >= rank {
                return Ok(());
            }
            self.undo(&key, added)?;
        }
        let json = canonical(record)?;
        let hash = Sha256::digest(json.as_bytes()).to_vec();
        let added = match self.current.get(&key) {
            Some((h, _)) if *h == hash => None,
            found => {
                if let Some((_, rowid)) = found {
                    self.close(*rowid, Some(self.snap - 1))?;
                }
                self.tx
                    .prepare_cached("INSERT INTO record(kind, id, from_snap, hash, json) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .and_then(|mut st| st.execute(rusqlite::params![kind, id, self.snap, hash, json]))
                    .map_err(|e| self.err(e))?;
                self.changed += 1;
                Some(self.tx.last_insert_rowid())
            }
        };
        self.seen.insert(key, (rank, added));
        Ok(())
    }

    /// Takes back what an earlier `put` of `key` in this sync wrote.
    fn undo(&mut self, key: &(String, String), added: Option<i64>) -> Result<()> {
        let Some(rowid) = added else { return Ok(()) };
        self.tx
            .prepare_cached("DELETE FROM record WHERE rowid = ?1")
            .and_then(|mut st| st.execute([rowid]))
            .map_err(|e| self.err(e))?;
        self.changed -= 1;
        if let Some((_, old)) = self.current.get(key) {
            self.close(*old, None)?;
        }
        Ok(())
    }

    /// Sets a version's last snapshot (`None`: current again).
    fn close(&self, rowid: i64, until: Option<i64>) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE record SET until_snap = ?1 WHERE rowid = ?2")
            .and_then(|mut st| st.execute(rusqlite::params![until, rowid]))
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// How many records have arrived so far.
    pub fn records(&self) -> u64 {
        self.seen.len() as u64
    }

    /// Closes what was not seen, adds the snapshot row and commits.
    pub fn commit(self, base_url: &str, org_id: Option<&str>) -> Result<SyncSummary> {
        let gone: Vec<i64> =
            self.current.iter().filter(|(k, _)| !self.seen.contains_key(*k)).map(|(_, (_, rowid))| *rowid).collect();
        for rowid in &gone {
            self.close(*rowid, Some(self.snap - 1))?;
        }
        let taken_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let ms = i64::try_from(self.started.elapsed().as_millis()).unwrap_or(i64::MAX);
        let summary = SyncSummary {
            snapshot: self.snap,
            records: self.records(),
            changed: self.changed,
            removed: gone.len() as u64,
        };
        self.tx
            .execute(
                "INSERT INTO snapshot(id, taken_at, base_url, org_id, records, changed, duration_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                rusqlite::params![
                    self.snap,
                    taken_at,
                    public_url(base_url),
                    org_id,
                    summary.records as i64,
                    (summary.changed + summary.removed) as i64,
                    ms
                ],
            )
            .map_err(|e| db_error(&self.path, &e))?;
        let path = self.path.clone();
        self.tx.commit().map_err(|e| db_error(&path, &e))?;
        Ok(summary)
    }
}

/// A record as canonical JSON: object keys sorted at every level, numbers and
/// strings exactly as the server sent them.
pub fn canonical(record: &Value) -> Result<String> {
    let mut v = record.clone();
    sort_keys(&mut v);
    serde_json::to_string(&v).map_err(|e| Error::bad_answer(format!("Cannot encode JSON: {e}.")))
}

fn sort_keys(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.sort_keys();
            m.values_mut().for_each(sort_keys);
        }
        Value::Array(a) => a.iter_mut().for_each(sort_keys),
        _ => {}
    }
}

/// Rewrites every stored record as canonical JSON with its hash (schema 3),
/// inside the caller's transaction.
pub fn canonicalise_all(store: &Store) -> Result<()> {
    let err = |e: rusqlite::Error| store.err(&e);
    let mut read = store.conn.prepare("SELECT rowid, json FROM record").map_err(err)?;
    let mut write = store.conn.prepare("UPDATE record SET json = ?1, hash = ?2 WHERE rowid = ?3").map_err(err)?;
    let mut rows = read.query([]).map_err(err)?;
    while let Some(r) = rows.next().map_err(err)? {
        let (rowid, text): (i64, String) = (r.get(0).map_err(err)?, r.get(1).map_err(err)?);
        let v: Value = serde_json::from_str(&text)
            .map_err(|e| Error::local(format!("The local copy holds a record that is not JSON: {e}.")))?;
        let json = canonical(&v)?;
        let hash = Sha256::digest(json.as_bytes()).to_vec();
        write.execute(rusqlite::params![json, hash, rowid]).map_err(err)?;
    }
    Ok(())
}

/// The base URL without any user or password in it.
fn public_url(base: &str) -> String {
    match url::Url::parse(base) {
        Ok(mut u) => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.to_string()
        }
        Err(_) => String::new(),
    }
}

/// Every `credit_kgs` in `v` must be an integer in 0..=i64::MAX. The walk
/// allocates nothing unless it finds a bad value (it runs on every record).
pub fn check_quantities(kind: &str, id: &str, v: &Value) -> Result<()> {
    let Some((mut rev, x)) = first_bad(v) else { return Ok(()) };
    rev.reverse();
    let mut path = String::new();
    for step in rev {
        match step {
            PathStep::Key(k) if path.is_empty() => path.push_str(k),
            PathStep::Key(k) => {
                path.push('.');
                path.push_str(k);
            }
            PathStep::Index(i) => path.push_str(&format!("[{i}]")),
        }
    }
    check_kgs(kind, id, &path, x)
}

/// One step of a path into a JSON value.
enum PathStep<'v> {
    Key(&'v str),
    Index(usize),
}

/// The first bad `credit_kgs` below `v`, with its path from the value up.
fn first_bad(v: &Value) -> Option<(Vec<PathStep<'_>>, &Value)> {
    let (mut rev, x, step) = match v {
        Value::Object(m) => m.iter().find_map(|(k, x)| {
            if k == "credit_kgs" {
                let ok = x.is_null() || x.as_i64().is_some_and(|n| n >= 0);
                (!ok).then(|| (Vec::new(), x, PathStep::Key(k.as_str())))
            } else {
                first_bad(x).map(|(p, bad)| (p, bad, PathStep::Key(k.as_str())))
            }
        })?,
        Value::Array(a) => {
            a.iter().enumerate().find_map(|(i, x)| first_bad(x).map(|(p, bad)| (p, bad, PathStep::Index(i))))?
        }
        _ => return None,
    };
    rev.push(step);
    Some((rev, x))
}

fn check_kgs(kind: &str, id: &str, path: &str, x: &Value) -> Result<()> {
    let what = crate::sanitize::printable(id);
    match x.as_i64() {
        Some(n) if n >= 0 => Ok(()),
        Some(_) => Err(Error::bad_answer(format!(
            "The server's {kind} {what} has a negative quantity at {path} ({x}); nothing was saved."
        ))),
        None => Err(Error::bad_answer(format!(
            "The server's {kind} {what} has {path} = {}, which is not a whole number of kilograms up to 9223372036854775807; nothing was saved.",
            crate::sanitize::printable(&x.to_string())
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn quantities_must_fit_and_be_whole() {
        assert!(check_quantities("batch", "ctb_1", &json!({"size": {"credit_kgs": 5}})).is_ok());
        let big = json!({"a": [{"size": {"credit_kgs": 18446744073709551615u64}}]});
        let e = check_quantities("batch", "ctb_1", &big).unwrap_err();
        assert_eq!(e.exit_code(), 6);
        assert!(e.message.contains("ctb_1") && e.message.contains("a[0].size.credit_kgs"), "{}", e.message);
        let neg = check_quantities("batch", "ctb_2", &json!({"size": {"credit_kgs": -1}})).unwrap_err();
        assert!(neg.message.contains("negative"), "{}", neg.message);
        assert!(check_quantities("batch", "x", &json!({"size": {"credit_kgs": 1.5}})).is_err());
    }

    #[test]
    fn unchanged_records_add_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (mut s, _) = Store::open_write(&dir.path().join("t.sqlite")).unwrap();
        let count = |s: &Store| s.conn.query_row("SELECT count(*) FROM record", [], |r| r.get::<_, i64>(0)).unwrap();
        for (i, status) in ["active", "active", "split"].iter().enumerate() {
            let mut w = SyncWriter::begin(&mut s).unwrap();
            w.put("batch", "ctb_1", &json!({"id": "ctb_1", "status": status}), 0).unwrap();
            if i == 0 {
                w.put("batch", "ctb_2", &json!({"id": "ctb_2"}), 0).unwrap();
            }
            w.commit("http://u:p@127.0.0.1/x", None).unwrap();
        }
        assert_eq!(count(&s), 3, "two versions of ctb_1 and one of ctb_2");
        let until: Option<i64> =
            s.conn.query_row("SELECT until_snap FROM record WHERE id = 'ctb_2'", [], |r| r.get(0)).unwrap();
        assert_eq!(until, Some(1));
        let url: String = s.conn.query_row("SELECT base_url FROM snapshot LIMIT 1", [], |r| r.get(0)).unwrap();
        assert!(!url.contains("u:p"), "{url}");
    }

    #[test]
    fn key_order_and_arrival_order_make_no_version() {
        let dir = tempfile::tempdir().unwrap();
        let (mut s, _) = Store::open_write(&dir.path().join("t.sqlite")).unwrap();
        let own = json!({"id": "ctb_1", "status": "active", "owner": {"id": "o", "name": "Me"}});
        let listed = json!({"id": "ctb_1", "status": "active"});
        let reordered = json!({"owner": {"name": "Me", "id": "o"}, "status": "active", "id": "ctb_1"});
        let mut changed = Vec::new();
        for (first, second) in [((&listed, 1), (&own, 2)), ((&own, 2), (&listed, 1)), ((&listed, 1), (&reordered, 2))] {
            let mut w = SyncWriter::begin(&mut s).unwrap();
            w.put("batch", "ctb_1", first.0, first.1).unwrap();
            w.put("batch", "ctb_1", second.0, second.1).unwrap();
            changed.push(w.commit("http://127.0.0.1/x", None).unwrap().changed);
        }
        assert_eq!(changed, [1, 0, 0], "the own-list version wins, whichever arrives first");
        let n: i64 = s.conn.query_row("SELECT count(*) FROM record", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 1);
    }
}
