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
//! The file is in WAL mode: the one writer (`sync`) and any number of readers
//! never block each other, and a writer killed at any moment leaves only
//! uncommitted pages in the `-wal` file, which readers ignore, so nothing ever
//! has to be repaired before reading. Readers ([`Store::open_read`]) open the
//! file read-only and never create, migrate or change it; where SQLite cannot
//! set up WAL reading (read-only media without the companion files) the file
//! is opened immutable.
//!
//! The file is created owner-only (0600; a looser existing file is narrowed by
//! `sync`, with a note) and holds no credentials. Its schema version is
//! SQLite's `user_version`; `sync` migrates an older file, readers read it as it
//! is, a newer one is refused with a sentence. Every failure here is one
//! sentence with the local-failure exit code (8), except what names a missing
//! snapshot (4) or bad data (6).

pub mod serial;
pub mod views;
pub mod write;

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The schema this isoreg writes.
pub const SCHEMA_VERSION: i64 = 3;

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

/// Schema 1 → 2: how long each sync took, and an index for `diff`. (Schema 3
/// changes no table: every record's JSON is rewritten canonical, see
/// [`write::canonical`].)
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

/// What `path` holds before anything opens it.
enum OnDisk {
    /// No file, or an empty one: no copy yet.
    Nothing,
    /// A file with something in it.
    File,
}

fn look_at(path: &Path) -> Result<OnDisk> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(Error::local(format!("{} is a directory; give a file with --db.", path.display()))),
        Ok(m) if m.len() == 0 => Ok(OnDisk::Nothing),
        Ok(_) => Ok(OnDisk::File),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(OnDisk::Nothing),
        Err(e) => Err(Error::local(format!("Cannot read {}: {e}.", path.display()))),
    }
}

/// The sentence for a file that is missing or empty.
fn no_copy(path: &Path) -> Error {
    Error::local(format!(
        "There is no local copy yet at {}: run `isoreg sync` (or give another file with --db).",
        path.display()
    ))
}

/// The sentence for a file SQLite cannot read as a database.
pub fn damaged(path: &Path) -> Error {
    Error::local(format!("The local copy at {} is damaged: move it away and run `isoreg sync`.", path.display()))
}

/// An SQLite failure on `path`, as one sentence. Waiting for a lock is never
/// called a timeout, and "another sync" is said only by [`write::SyncWriter::begin`],
/// which alone knows that the write lock is what it could not take.
pub fn db_error(path: &Path, e: &rusqlite::Error) -> Error {
    if let rusqlite::Error::SqliteFailure(f, _) = e {
        use rusqlite::ErrorCode as C;
        match f.code {
            C::DatabaseBusy | C::DatabaseLocked => {
                return Error::local(format!(
                    "The local copy {} is locked by another program; try again when it is done.",
                    path.display()
                ));
            }
            C::NotADatabase | C::DatabaseCorrupt => return damaged(path),
            C::DiskFull => return Error::local(format!("The disk holding {} is full.", path.display())),
            C::ReadOnly | C::CannotOpen | C::PermissionDenied => {
                return Error::local(format!("Cannot write {}: {e}.", path.display()));
            }
            _ => {}
        }
    }
    Error::local(format!("The local copy {} failed: {e}.", path.display()))
}

/// A failure to take the write lock. In WAL mode readers never hold it, and
/// only `sync` writes the copy: a busy lock means another sync is writing.
pub fn write_lock_error(path: &Path, e: rusqlite::Error) -> Error {
    if matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy)) {
        return Error::local(format!(
            "The local copy {} is being written by another isoreg sync; wait for it to finish and try again.",
            path.display()
        ));
    }
    db_error(path, &e)
}

/// Whether an SQLite failure says the file is not a readable database.
pub fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt))
}

impl Store {
    /// Opens (creating it owner-only if needed) the file for writing, in WAL
    /// mode, migrated to the current schema. The second value is a note for
    /// the user when the file's permissions had to be narrowed to 0600.
    pub fn open_write(path: &Path) -> Result<(Store, Option<String>)> {
        let note = create_private(path)?;
        let conn = Connection::open(path).map_err(|e| db_error(path, &e))?;
        let store = Store { conn, path: path.to_path_buf() };
        store.conn.busy_timeout(Duration::from_millis(250)).map_err(|e| store.err(&e))?;
        store.wal()?;
        store.migrate()?;
        Ok((store, note))
    }

    /// An empty copy in memory with the current schema, made by the same
    /// migration as a file (for checking a query before any copy exists).
    pub fn in_memory() -> Result<Store> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| db_error(&path, &e))?;
        let store = Store { conn, path };
        store.migrate()?;
        Ok(store)
    }

    /// WAL mode, kept on disk with its two companion files (`-wal`, emptied
    /// after each sync, and `-shm`) left in place, so readers never have to
    /// create them. A leftover rollback journal of an older isoreg is rolled
    /// back by SQLite here, on this read-write connection.
    fn wal(&self) -> Result<()> {
        let mode: String =
            self.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(|e| self.err(&e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::local(format!(
                "The local copy {} cannot use SQLite's WAL mode (it stays in {mode} mode); give a file on a local disk with --db.",
                self.path.display()
            )));
        }
        let mut persist = 1;
        self.conn
            .file_control(Some(rusqlite::MAIN_DB), rusqlite::FileControl::PersistWal(&mut persist))
            .map_err(|e| self.err(&e))?;
        self.conn.execute_batch("PRAGMA synchronous = NORMAL;").map_err(|e| self.err(&e))
    }

    /// Folds the write-ahead log back into the file and empties it, so the
    /// file alone holds every snapshot (a copy of it is a full backup).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).map_err(|e| self.err(&e))
    }

    /// Opens an existing file for reading without writing anything to it:
    /// read-only, and when SQLite cannot set up WAL reading there (read-only
    /// storage without the companion files), as an immutable file. An older
    /// schema is read as it is; a missing or empty file is "no copy yet".
    pub fn open_read(path: &Path) -> Result<Store> {
        if let OnDisk::Nothing = look_at(path)? {
            return Err(no_copy(path));
        }
        let store = match Store::open_ro(path, false) {
            Ok(s) => s,
            Err(_) if companion_with_data(path, "-journal") => return Err(half_written(path)),
            Err(e) if may_be_read_only_storage(&e) && !companion_with_data(path, "-wal") => {
                Store::open_ro(path, true).map_err(|e| db_error(path, &e))?
            }
            Err(e) => return Err(db_error(path, &e)),
        };
        store.check_version()?;
        if store.version()? == 0 {
            return Err(if store.has_tables()? { store.foreign() } else { no_copy(path) });
        }
        Ok(store)
    }

    /// A read-only connection (`immutable`: without locks or WAL, for storage
    /// nothing else can write), tried with a first read.
    fn open_ro(path: &Path, immutable: bool) -> std::result::Result<Store, rusqlite::Error> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let url = url::Url::from_file_path(&abs).map(String::from).unwrap_or_else(|()| abs.display().to_string());
        let uri = format!("{url}?mode=ro{}", if immutable { "&immutable=1" } else { "" });
        let conn = Connection::open_with_flags(&uri, flags)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))?;
        Ok(Store { conn, path: path.to_path_buf() })
    }

    /// An SQLite failure on this file, as one sentence.
    pub fn err(&self, e: &rusqlite::Error) -> Error {
        db_error(&self.path, e)
    }

    /// The file's schema version (`user_version`).
    pub fn version(&self) -> Result<i64> {
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

    fn foreign(&self) -> Error {
        Error::local(format!(
            "{} is an SQLite database that isoreg did not write; give another file with --db.",
            self.path.display()
        ))
    }

    /// Brings the file to [`SCHEMA_VERSION`], in one transaction (the
    /// version is read again under the write lock: two syncs starting on a
    /// new file do not both create it).
    fn migrate(&self) -> Result<()> {
        self.check_version()?;
        if self.version()? == SCHEMA_VERSION {
            return Ok(());
        }
        self.conn.execute_batch("BEGIN IMMEDIATE;").map_err(|e| write_lock_error(&self.path, e))?;
        let done = self.check_version().and_then(|()| self.version()).and_then(|v| match v {
            SCHEMA_VERSION => Ok(()),
            0 if self.has_tables()? => Err(self.foreign()),
            v => self.migrate_steps(v),
        });
        let end = if done.is_ok() { "COMMIT;" } else { "ROLLBACK;" };
        let ended = self.conn.execute_batch(end).map_err(|e| self.err(&e));
        done.and(ended)
    }

    fn migrate_steps(&self, v: i64) -> Result<()> {
        let mut sql = String::new();
        if v < 1 {
            sql.push_str(SCHEMA_V1);
        }
        if v < 2 {
            sql.push_str(MIGRATE_V2);
        }
        self.conn.execute_batch(&sql).map_err(|e| self.err(&e))?;
        if v < 3 {
            write::canonicalise_all(self)?;
        }
        self.conn.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION};")).map_err(|e| self.err(&e))
    }

    fn has_tables(&self) -> Result<bool> {
        self.conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
            .map(|n| n > 0)
            .map_err(|e| self.err(&e))
    }

    /// The latest snapshot's number, if any (for messages).
    pub fn latest(&self) -> Result<Option<i64>> {
        self.conn.query_row("SELECT max(id) FROM snapshot", [], |r| r.get(0)).map_err(|e| self.err(&e))
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

/// Whether a failure to open read-only may come from storage where SQLite
/// cannot create or write the WAL companion files.
fn may_be_read_only_storage(e: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode as C;
    matches!(e.sqlite_error_code(), Some(C::CannotOpen | C::ReadOnly | C::PermissionDenied))
}

/// Whether a companion file (`-wal`, `-journal`) with something in it lies
/// beside the file: then an immutable open would miss or misread it.
fn companion_with_data(path: &Path, suffix: &str) -> bool {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    std::fs::metadata(PathBuf::from(p)).is_ok_and(|m| m.is_file() && m.len() > 0)
}

/// A file an older isoreg (before WAL) left mid-write: only a read-write
/// open, which `sync` makes before any request, can roll its journal back.
fn half_written(path: &Path) -> Error {
    Error::local(format!(
        "The local copy at {} was left half-written by an interrupted sync of an older isoreg; run `isoreg sync` once to repair it (the repair needs no network).",
        path.display()
    ))
}

/// Creates the file (and its directory) readable by the owner only, if
/// missing; narrows an existing file (and its companions) that others could
/// read to 0600, returning a note saying so.
fn create_private(path: &Path) -> Result<Option<String>> {
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
    o.open(path).map(drop).map_err(io)?;
    narrow(path)
}

/// Sets the file and its companions to 0600 when others could read them.
#[cfg(unix)]
fn narrow(path: &Path) -> Result<Option<String>> {
    use std::os::unix::fs::PermissionsExt;
    let mut note = None;
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let p = PathBuf::from(p);
        let Ok(m) = std::fs::metadata(&p) else { continue };
        let mode = m.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600))
                .map_err(|e| Error::local(format!("Cannot make {} private: {e}.", p.display())))?;
            if suffix.is_empty() {
                note = Some(format!(
                    "{} could be read by others (mode {mode:04o}); it is now readable by you only (0600).",
                    path.display()
                ));
            }
        }
    }
    Ok(note)
}

#[cfg(not(unix))]
fn narrow(_: &Path) -> Result<Option<String>> {
    Ok(None)
}

#[cfg(test)]
mod tests;
