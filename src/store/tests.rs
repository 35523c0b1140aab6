//! Unit tests of opening the local copy: owner-only WAL files, migration on write, and refusal of newer, foreign and empty files.

use super::*;

#[test]
fn creates_owner_only_in_wal_mode_and_migrates_old_files_when_writing() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("sub").join("x.sqlite");
    let (s, note) = Store::open_write(&p).unwrap();
    assert_eq!((s.version().unwrap(), note), (SCHEMA_VERSION, None));
    let mode: String = s.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let old = dir.path().join("old.sqlite");
    let c = Connection::open(&old).unwrap();
    c.execute_batch(SCHEMA_V1).unwrap();
    c.execute_batch(
        "PRAGMA user_version = 1; INSERT INTO snapshot VALUES (1, '2026-01-01T00:00:00Z', 'u', NULL, 0, 0);
         INSERT INTO record(kind, id, from_snap, hash, json) VALUES ('project', 'p', 1, x'00', '{\"name\":\"P\",\"id\":\"p\"}');",
    )
    .unwrap();
    drop(c);
    let s = Store::open_read(&old).unwrap();
    assert_eq!(s.version().unwrap(), 1, "reading does not migrate");
    assert_eq!(s.snapshot(None).unwrap().id, 1);
    drop(s);
    let (s, _) = Store::open_write(&old).unwrap();
    assert_eq!(s.version().unwrap(), SCHEMA_VERSION);
    let json: String = s.conn.query_row("SELECT json FROM record", [], |r| r.get(0)).unwrap();
    assert_eq!(json, r#"{"id":"p","name":"P"}"#, "schema 3 stores canonical JSON");
}

#[test]
fn newer_foreign_and_empty_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("new.sqlite");
    Connection::open(&p).unwrap().execute_batch("PRAGMA user_version = 99;").unwrap();
    let e = Store::open_write(&p).err().unwrap();
    assert!(e.message.contains("newer isoreg"), "{}", e.message);
    let f = dir.path().join("foreign.sqlite");
    Connection::open(&f).unwrap().execute_batch("CREATE TABLE t(x);").unwrap();
    assert_eq!(Store::open_write(&f).err().unwrap().exit_code(), 8);
    let empty = dir.path().join("empty.sqlite");
    std::fs::write(&empty, b"").unwrap();
    let e = Store::open_read(&empty).err().unwrap();
    assert!(e.message.contains("no local copy yet"), "{}", e.message);
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0);
}
