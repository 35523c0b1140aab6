//! The local copy survives every interruption and tells the truth (issue 17):
//! reads after kill -9 and Ctrl-C need no sync, diffs compare the versions
//! valid at both ends, readers never break a sync, odd files get one sentence
//! and are never written by read-only commands, a record has one
//! representation, and `sql` streams tables and never prints a rounded figure.

use crate::common;
use crate::common::server::{Reply, Req, Script, page};
use crate::common::{Emu, stderr, stdout};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Duration;

fn db_in(dir: &Path) -> PathBuf {
    dir.join("copy.sqlite")
}

/// `isoreg` with no registry at all: a read that needs the network fails.
fn offline(home: &Path) -> Command {
    let mut c = common::bare_std(home);
    c.env("ISOREG_BASE_URL", common::dead_url()).env("ISOMETRIC_ACCESS_TOKEN", "t").env("ISOMETRIC_CLIENT_SECRET", "s");
    c
}

fn run(mut c: Command) -> std::process::Output {
    c.stdin(Stdio::null()).output().unwrap()
}

fn sql_json(home: &Path, db: &Path, q: &str) -> std::result::Result<Value, String> {
    let mut c = offline(home);
    c.arg("sql").arg("--db").arg(db).args([q, "-o", "json"]);
    let o = run(c);
    if o.status.success() {
        serde_json::from_slice(&o.stdout).map_err(|e| e.to_string())
    } else {
        Err(format!("exit {:?}: {}", o.status.code(), stderr(&o)))
    }
}

fn sync(emu: &Emu, db: &Path) -> Value {
    let o = emu.cmd().arg("sync").arg("--db").arg(db).args(["-o", "json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// The file, its WAL and the names beside it: what a read-only command must leave as it was
/// (the `-shm` file is SQLite's shared memory for locks, so only its presence counts).
fn state(dir: &Path) -> Vec<(String, Option<Vec<u8>>)> {
    let mut out: Vec<(String, Option<Vec<u8>>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            let bytes = (!name.ends_with("-shm")).then(|| std::fs::read(dir.join(&name)).unwrap_or_default());
            (name, bytes)
        })
        .collect();
    out.sort();
    out
}

/// A small generator for the kill test, seeded from the clock (printed on failure).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn after_kill_9_or_ctrl_c_at_any_moment_the_copy_reads_offline_at_once() {
    let emu = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    sync(&emu, &db);
    sync(&emu, &db);
    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64;
    let mut rng = Lcg(seed);
    let mut latest = 2;
    for round in 0..8 {
        let mut child = emu
            .cmd_std()
            .arg("sync")
            .arg("--db")
            .arg(&db)
            .args(["-o", "json"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(400)));
        let sigint = round % 2 == 0;
        if sigint {
            let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
        } else {
            let _ = child.kill();
        }
        common::wait_bounded(&mut child, Duration::from_secs(30));
        let o = child.wait_with_output().unwrap();
        let why = format!("seed {seed}, round {round}, sigint {sigint}: {:?} {}", o.status, stderr(&o));
        match o.status.code() {
            Some(0) => latest += 1,
            Some(130) => {
                assert!(stderr(&o).contains(&format!("nothing saved; snapshot {latest} is still the latest")), "{why}")
            }
            // SIGKILL: the sync either committed its snapshot just before it died, or left none.
            None => {
                let saved = stderr(&o).contains(&format!("Snapshot {} saved", latest + 1));
                let now = sql_json(home.path(), &db, "SELECT max(id) AS n FROM snapshots").unwrap();
                if saved || now == json!([{"n": latest + 1}]) {
                    latest += 1;
                }
            }
            Some(_) => panic!("{why}"),
        }
        let snaps = sql_json(home.path(), &db, "SELECT max(id) AS n, count(*) AS k FROM snapshots");
        assert_eq!(snaps, Ok(json!([{"n": latest, "k": latest}])), "{why}");
    }
    let batches = sql_json(home.path(), &db, "SELECT count(*) > 100 AS ok FROM batches").unwrap();
    assert_eq!(batches, json!([{"ok": 1}]));
    let mut c = offline(home.path());
    c.arg("diff").arg("--db").arg(&db).args(["-o", "json", "--fail-on-change"]);
    let o = run(c);
    assert_eq!((o.status.code(), stdout(&o).trim()), (Some(0), "[]"), "{}", stderr(&o));
    let mut c = offline(home.path());
    c.arg("find").arg("north").arg("--db").arg(&db).args(["-o", "json"]);
    let o = run(c);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains(&format!("From snapshot {latest} ")), "{}", stderr(&o));
    assert!(stdout(&o).contains("Northwind"), "{}", stdout(&o));
}

#[test]
fn ctrl_c_during_a_sync_rolls_back_and_names_the_latest_snapshot() {
    let fast = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    sync(&fast, &db);
    let slow = Emu::start_logged(&["--latency-ms", "200"]);
    let mut child =
        slow.cmd_std().arg("sync").arg("--db").arg(&db).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // Interrupt once the sync is fetching (its first requests are logged).
    for _ in 0..100 {
        if slow.logged().len() > 2 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    common::wait_bounded(&mut child, Duration::from_secs(30));
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(130), "{}", stderr(&o));
    assert!(stderr(&o).contains("Interrupted: nothing saved; snapshot 1 is still the latest."), "{}", stderr(&o));
    assert_eq!(sql_json(home.path(), &db, "SELECT id FROM snapshots"), Ok(json!([{"id": 1}])));
    let n: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT count(*) FROM record WHERE from_snap = 2 OR until_snap = 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0, "nothing of the interrupted sync is in the file");
}

#[test]
fn diff_between_the_same_registry_twice_is_empty_whatever_came_between() {
    let (a, b) = (Emu::shared(), Emu::shared_with(&["--seed", "43"]));
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    sync(&a, &db);
    sync(&b, &db);
    let back = sync(&a, &db);
    assert_eq!(back["snapshot"], 3);
    let diff = |from: &str, to: &str| {
        let mut c = offline(home.path());
        c.arg("diff").arg("--db").arg(&db).args(["--from", from, "--to", to, "-o", "json", "--fail-on-change"]);
        run(c)
    };
    let o = diff("1", "3");
    assert_eq!((o.status.code(), stdout(&o).trim()), (Some(0), "[]"), "{}", stdout(&o));
    let o = diff("1", "2");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let rows: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
    assert!(rows.len() > 100, "{}", rows.len());
    assert!(rows.iter().all(|r| r["change"] != "updated" || r["note"] != ""), "an update names its fields");
}

#[test]
fn a_long_reader_never_breaks_a_sync() {
    let emu = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    sync(&emu, &db);
    let reader = rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    reader.execute_batch("BEGIN").unwrap();
    let before: i64 = reader.query_row("SELECT count(*) FROM snapshot", [], |r| r.get(0)).unwrap();
    let o = emu.cmd().arg("sync").arg("--db").arg(&db).args(["-o", "json"]).output().unwrap();
    assert!(o.status.success(), "a reader must not make a sync fail: {}", stderr(&o));
    assert!(!stderr(&o).contains("another"), "{}", stderr(&o));
    let during: i64 = reader.query_row("SELECT count(*) FROM snapshot", [], |r| r.get(0)).unwrap();
    assert_eq!((before, during), (1, 1), "the reader keeps its snapshot");
    reader.execute_batch("COMMIT").unwrap();
    assert_eq!(sql_json(home.path(), &db, "SELECT max(id) AS n FROM snapshots"), Ok(json!([{"n": 2}])));
}

#[test]
fn another_sync_is_named_only_when_one_holds_the_write_lock() {
    let emu = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    sync(&emu, &db);
    let writer = rusqlite::Connection::open(&db).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    let o = emu.cmd().arg("sync").arg("--db").arg(&db).output().unwrap();
    assert_eq!(o.status.code(), Some(8), "{}", stderr(&o));
    assert!(stderr(&o).contains("being written by another isoreg sync"), "{}", stderr(&o));
    assert!(!stderr(&o).to_lowercase().contains("timed out"), "{}", stderr(&o));
    writer.execute_batch("ROLLBACK").unwrap();
    // Readers are not stopped by the writer either.
    assert_eq!(sql_json(home.path(), &db, "SELECT max(id) AS n FROM snapshots"), Ok(json!([{"n": 1}])));
}

/// Damages the copy from byte `at` to its end: from 0 it is not SQLite any
/// more; from the third page on, its schema still reads but its tables do not.
fn damage(db: &Path, at: u64) {
    use std::io::{Seek, SeekFrom, Write};
    let len = std::fs::metadata(db).unwrap().len();
    let mut f = std::fs::OpenOptions::new().write(true).open(db).unwrap();
    f.seek(SeekFrom::Start(at)).unwrap();
    f.write_all(&vec![0xA5; (len - at) as usize]).unwrap();
}

#[test]
fn a_damaged_copy_is_exit_8_with_what_to_do() {
    let emu = Emu::shared();
    for at in [0, 8 * 1024] {
        let home = tempfile::tempdir().unwrap();
        let db = db_in(home.path());
        sync(&emu, &db);
        sync(&emu, &db);
        damage(&db, at);
        let queries: [&[&str]; 3] =
            [&["sql", "SELECT count(*) FROM batches", "-o", "json"], &["diff"], &["find", "ISO-1-X-GBR-P1-2025-1-10"]];
        for args in queries {
            let mut c = offline(home.path());
            c.args(args).arg("--db").arg(&db);
            let o = run(c);
            let want = format!("The local copy at {} is damaged: move it away and run `isoreg sync`.", db.display());
            assert_eq!(o.status.code(), Some(8), "{args:?} at {at}: {}", stderr(&o));
            assert!(stderr(&o).contains(&want), "{args:?} at {at}: {}", stderr(&o));
        }
    }
}

#[test]
fn missing_and_empty_files_are_no_copy_yet_and_stay_as_they_were() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("missing.sqlite");
    let empty = home.path().join("empty.sqlite");
    std::fs::write(&empty, b"").unwrap();
    for db in [&missing, &empty] {
        for args in [&["sql", "SELECT 1"][..], &["diff"][..]] {
            let before = state(home.path());
            let mut c = offline(home.path());
            c.args(args).arg("--db").arg(db);
            let o = run(c);
            assert_eq!(o.status.code(), Some(8), "{args:?} {}", stderr(&o));
            let want = format!("There is no local copy yet at {}: run `isoreg sync`", db.display());
            assert!(stderr(&o).contains(&want), "{}", stderr(&o));
            assert_eq!(state(home.path()), before, "{args:?} on {} changed the directory", db.display());
        }
    }
    assert!(!missing.exists());
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0);
}

#[test]
fn read_only_commands_leave_the_file_and_its_wal_as_they_were() {
    let emu = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("data");
    std::fs::create_dir(&dir).unwrap();
    let db = db_in(&dir);
    sync(&emu, &db);
    sync(&emu, &db);
    let before = state(&dir);
    for args in [&["sql", "SELECT count(*) FROM batches"][..], &["diff"][..], &["find", "north"][..]] {
        let mut c = offline(home.path());
        c.args(args).arg("--db").arg(&db);
        let o = run(c);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert_eq!(state(&dir), before, "{args:?} changed the local copy");
    }
}

#[test]
fn storage_where_the_wal_files_cannot_be_made_is_read_as_immutable() {
    let emu = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("ro");
    std::fs::create_dir(&dir).unwrap();
    let db = db_in(&dir);
    sync(&emu, &db);
    sync(&emu, &db);
    // A copy of the file alone (as on read-only media), where SQLite cannot make its
    // companion files: here a directory stands where each would go (root ignores modes).
    for suffix in ["-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", db.display()));
        std::fs::remove_file(&p).unwrap();
        std::fs::create_dir(&p).unwrap();
    }
    let before = state(&dir);
    assert_eq!(sql_json(home.path(), &db, "SELECT max(id) AS n FROM snapshots"), Ok(json!([{"n": 2}])));
    assert_eq!(state(&dir), before);
}

#[test]
fn a_copy_others_could_read_is_made_private_with_a_note() {
    use std::os::unix::fs::PermissionsExt;
    let emu = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    sync(&emu, &db);
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let o = emu.cmd().arg("sync").arg("--db").arg(&db).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("could be read by others (mode 0644); it is now readable by you only (0600)."),
        "{}",
        stderr(&o)
    );
    for suffix in ["", "-wal", "-shm"] {
        let p = format!("{}{suffix}", db.display());
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600, "{p}");
    }
    let again = emu.cmd().arg("sync").arg("--db").arg(&db).output().unwrap();
    assert!(!stderr(&again).contains("readable by you only"), "{}", stderr(&again));
}

#[test]
fn no_credentials_inside_the_copy() {
    let emu = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    sync(&emu, &db);
    let bytes: Vec<u8> =
        ["", "-wal"].iter().flat_map(|s| std::fs::read(format!("{}{s}", db.display())).unwrap_or_default()).collect();
    let text = String::from_utf8_lossy(&bytes);
    for secret in [&emu.token, &emu.secret] {
        assert!(!text.contains(secret.as_str()), "a credential is in the local copy");
    }
}

mod exact;
