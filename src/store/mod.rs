//! The local copy of the registry: one SQLite file (bundled SQLite, so nothing
//! to install) per profile, written by `sync` and read by `sql`, `diff` and
//! `find`.
//!
//! Layout: every record the server sent is one row of `record` (its kind, id,
//! the server's JSON untouched, a hash of that JSON) valid for a range of
//! snapshots, `from_snap` to `until_snap` (NULL: still current). A sync adds a
//! row only for what changed, so the file grows with changes, not with the
//! number of syncs. People read it through views ([`views`]), made for one
//! snapshot at a time.
//!
//! The file is created owner-only (0600) and holds no credentials. Its schema
//! version is SQLite's `user_version`; an older file is migrated on open, a
//! newer one is refused with a sentence. Every failure here is one sentence
//! with the local-failure exit code (8), except what names a missing snapshot
//! (4) or bad data (6).

pub mod serial;
pub mod views;
pub mod write;

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The schema this isoreg writes.
pub const SCHEMA_VERSION: i64 = 2;

/// Schema 1: snapshots and record versions.
pub const SCHEMA_V1: &str = "
CREATE TABLE snapshot(
  id INTEGER PRIMARY KEY,
  taken_at TEXT NOT NULL,
  base_url TEXT NOT NULL,
  org_id TEXT,
  records INTEGER NOT NULL,
  changed INTEGER NOT NULL
);
CREATE TABLE record(
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  from_snap INTEGER NOT NULL,
  until_snap INTEGER,
  hash BLOB NOT NULL,
  json TEXT NOT NULL,
  UNIQUE(kind, id, from_snap)
);
CREATE INDEX record_from ON record(from_snap);
";

/// Schema 1 → 2: how long each sync took, and an index for `diff`.
const MIGRATE_V2: &str = "
ALTER TABLE snapshot ADD COLUMN duration_ms INTEGER;
CREATE INDEX record_until ON record(until_snap);
";

/// One snapshot's row.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub id: i64,
    pub taken_at: String,
    pub org_id: Option<String>,
}

/// An open local copy.
pub struct Store {
    pub conn: Connection,
    pub path: PathBuf,
}

/// The default file for a profile: `<data dir>/isoreg/<profile>.sqlite`.
pub fn default_path(profile: &str) -> Result<PathBuf> {
    let dir = dirs::data_dir().ok_or_else(|| {
        Error::local("Cannot find the data directory for the local copy; give a file with --db FILE.")
    })?;
    let safe: String =
        profile.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    Ok(dir.join("isoreg").join(format!("{safe}.sqlite")))
}

/// An SQLite failure on `path`, as one sentence.
pub fn db_error(path: &Path, e: &rusqlite::Error) -> Error {
    if let rusqlite::Error::SqliteFailure(f, _) = e {
        use rusqlite::ErrorCode as C;
        match f.code {
            C::DatabaseBusy | C::DatabaseLocked => {
                return Error::local(format!(
                    "The local copy {} is being written by another isoreg sync; wait for it to finish and try again.",
                    path.display()
                ));
            }
            C::NotADatabase => {
                return Error::local(format!(
                    "{} is not an isoreg database (not SQLite); give another file with --db.",
                    path.display()
                ));
            }
            C::DiskFull => return Error::local(format!("The disk holding {} is full.", path.display())),
            C::ReadOnly | C::CannotOpen | C::PermissionDenied => {
                return Error::local(format!("Cannot write {}: {e}.", path.display()));
            }
            _ => {}
        }
    }
    Error::local(format!("The local copy {} failed: {e}.", path.display()))
}

impl Store {
    /// Opens (creating it owner-only if needed) the file for writing, migrated to the current schema.
    pub fn open_write(path: &Path) -> Result<Store> {
        create_private(path)?;
        let conn = Connection::open(path).map_err(|e| db_error(path, &e))?;
        let store = Store { conn, path: path.to_path_buf() };
        store.conn.busy_timeout(Duration::from_millis(250)).map_err(|e| store.err(&e))?;
        store.migrate()?;
        Ok(store)
    }

    /// Opens an existing file for reading (migrating it first if it is older).
    pub fn open_read(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(Error::not_found(format!(
                "There is no local copy at {}; run `isoreg sync` first (or give another file with --db).",
                path.display()
            )));
        }
        if read_version(path)? < SCHEMA_VERSION {
            Store::open_write(path)?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| db_error(path, &e))?;
        let store = Store { conn, path: path.to_path_buf() };
        store.conn.busy_timeout(Duration::from_secs(5)).map_err(|e| store.err(&e))?;
        store.check_version()?;
        Ok(store)
    }

    /// An SQLite failure on this file, as one sentence.
    pub fn err(&self, e: &rusqlite::Error) -> Error {
        db_error(&self.path, e)
    }

    fn version(&self) -> Result<i64> {
        self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| self.err(&e))
    }

    fn check_version(&self) -> Result<()> {
        let v = self.version()?;
        if v > SCHEMA_VERSION {
            return Err(Error::local(format!(
                "{} was written by a newer isoreg (schema {v}; this one knows up to {SCHEMA_VERSION}); upgrade isoreg or use another --db file.",
                self.path.display()
            )));
        }
        Ok(())
    }

    /// Brings the file to [`SCHEMA_VERSION`], in one transaction.
    fn migrate(&self) -> Result<()> {
        self.check_version()?;
        let v = self.version()?;
        if v == SCHEMA_VERSION {
            return Ok(());
        }
        if v == 0 && self.has_tables()? {
            return Err(Error::local(format!(
                "{} is an SQLite database that isoreg did not write; give another file with --db.",
                self.path.display()
            )));
        }
        let mut sql = String::from("BEGIN IMMEDIATE;");
        if v < 1 {
            sql.push_str(SCHEMA_V1);
        }
        if v < 2 {
            sql.push_str(MIGRATE_V2);
        }
        sql.push_str(&format!("PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"));
        self.conn.execute_batch(&sql).map_err(|e| {
            let _ = self.conn.execute_batch("ROLLBACK");
            self.err(&e)
        })
    }

    fn has_tables(&self) -> Result<bool> {
        self.conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
            .map(|n| n > 0)
            .map_err(|e| self.err(&e))
    }

    /// The snapshot `wanted`, or the latest; a missing one is exit 4.
    pub fn snapshot(&self, wanted: Option<i64>) -> Result<Snapshot> {
        let row = |r: &rusqlite::Row<'_>| Ok(Snapshot { id: r.get(0)?, taken_at: r.get(1)?, org_id: r.get(2)? });
        let found = match wanted {
            Some(n) => {
                self.conn.query_row("SELECT id, taken_at, org_id FROM snapshot WHERE id = ?1", [n], row).optional()
            }
            None => self
                .conn
                .query_row("SELECT id, taken_at, org_id FROM snapshot ORDER BY id DESC LIMIT 1", [], row)
                .optional(),
        }
        .map_err(|e| self.err(&e))?;
        found.ok_or_else(|| match wanted {
            Some(n) => Error::not_found(format!(
                "There is no snapshot {n} in {}; `isoreg sql \"SELECT * FROM snapshots\"` lists them.",
                self.path.display()
            )),
            None => {
                Error::not_found(format!("{} holds no snapshot yet; run `isoreg sync` first.", self.path.display()))
            }
        })
    }

    /// The snapshot before `id`, if any.
    pub fn previous(&self, id: i64) -> Result<Option<Snapshot>> {
        self.conn
            .query_row("SELECT id, taken_at, org_id FROM snapshot WHERE id < ?1 ORDER BY id DESC LIMIT 1", [id], |r| {
                Ok(Snapshot { id: r.get(0)?, taken_at: r.get(1)?, org_id: r.get(2)? })
            })
            .optional()
            .map_err(|e| self.err(&e))
    }
}

/// The schema version of an existing file (0 for an empty or foreign one).
fn read_version(path: &Path) -> Result<i64> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| db_error(path, &e))?;
    conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| db_error(path, &e))
}

/// Creates the file (and its directory) readable by the owner only, if missing.
fn create_private(path: &Path) -> Result<()> {
    let io = |e: std::io::Error| Error::local(format!("Cannot create {}: {e}.", path.display()));
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        let mut b = std::fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
        b.create(dir).map_err(io)?;
    }
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path).map(drop).map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_owner_only_and_migrates_old_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub").join("x.sqlite");
        let s = Store::open_write(&p).unwrap();
        assert_eq!(s.version().unwrap(), SCHEMA_VERSION);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let old = dir.path().join("old.sqlite");
        let c = Connection::open(&old).unwrap();
        c.execute_batch(SCHEMA_V1).unwrap();
        c.execute_batch(
            "PRAGMA user_version = 1; INSERT INTO snapshot VALUES (1, '2026-01-01T00:00:00Z', 'u', NULL, 0, 0);",
        )
        .unwrap();
        drop(c);
        let s = Store::open_read(&old).unwrap();
        assert_eq!(s.version().unwrap(), SCHEMA_VERSION);
        assert_eq!(s.snapshot(None).unwrap().id, 1);
    }

    #[test]
    fn newer_and_foreign_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("new.sqlite");
        Connection::open(&p).unwrap().execute_batch("PRAGMA user_version = 99;").unwrap();
        let e = Store::open_write(&p).err().unwrap();
        assert!(e.message.contains("newer isoreg"), "{}", e.message);
        let f = dir.path().join("foreign.sqlite");
        Connection::open(&f).unwrap().execute_batch("CREATE TABLE t(x);").unwrap();
        assert_eq!(Store::open_write(&f).err().unwrap().exit_code(), 8);
    }
}
