//! The terminal around the output: the pager (a fake `$PAGER` script records
//! what it got), the progress bar on stderr, Ctrl-C, and `config init`'s checks.
//! Everything runs the real binary on a forced terminal (`ISOREG_FORCE_TTY`)
//! against the emulator.

use crate::common;

use crate::common::{Emu, stderr, stdout};
use std::path::{Path, PathBuf};

/// A pager script that copies its input to `got` and records `LESS` in `less`.
fn fake_pager(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let (script, got, less) = (dir.join("pager.sh"), dir.join("got.txt"), dir.join("less.txt"));
    let body = format!(
        "#!/bin/sh\nprintf '%s' \"$LESS\" > '{}'\ncat > '{}'\necho PAGER-DONE >&2\n",
        less.display(),
        got.display()
    );
    std::fs::write(&script, body).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    (script, got, less)
}

/// `batch list` on a forced 10-line terminal with the fake pager as `$PAGER`.
fn listed(emu: &Emu, pager: &Path, limit: &str, extra: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut c = emu.cmd();
    c.args(["batch", "list", "--no-resolve", "--limit", limit]).args(extra);
    common::on_terminal(&mut c, 120).env("LINES", "10").env("PAGER", pager);
    for (k, v) in env {
        c.env(k, v);
    }
    let o = c.output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    o
}

/// The batch rows of a table (lines above it and its header aside).
fn rows(table: &str) -> usize {
    table.lines().filter(|l| l.starts_with("ctb_")).count()
}

#[test]
fn a_long_table_goes_through_the_pager_and_a_short_one_does_not() {
    let emu = Emu::shared();
    let dir = tempfile::tempdir().unwrap();
    let (pager, got, less) = fake_pager(dir.path());
    let o = listed(&emu, &pager, "30", &[], &[]);
    let paged = std::fs::read_to_string(&got).expect("the pager ran");
    // The owner, the same on every row, is a line above the table (and a blank line).
    assert!(paged.starts_with("OWNER") && paged.lines().count() == 33, "owner, blank, header and 30 rows: {paged}");
    assert_eq!(stdout(&o), "", "everything went to the pager");
    let err = stderr(&o);
    let (done, note) = (err.find("PAGER-DONE"), err.find("Showing 30 of"));
    assert!(done.is_some() && note.is_some() && done < note, "notes wait for the pager to exit: {err}");
    assert_eq!(std::fs::read_to_string(&less).unwrap(), "FRX", "LESS set when unset");
    std::fs::remove_file(&got).unwrap();
    let o = listed(&emu, &pager, "30", &[], &[("LESS", "S")]);
    assert!(got.exists() && stdout(&o).is_empty());
    assert_eq!(std::fs::read_to_string(&less).unwrap(), "S", "the user's LESS is kept");
    std::fs::remove_file(&got).unwrap();

    let o = listed(&emu, &pager, "50", &[], &[("PAGER", "true")]);
    assert!(stdout(&o).is_empty() && !stderr(&o).contains("error"), "a pager quit early: {}", stderr(&o));

    let o = listed(&emu, &pager, "3", &[], &[]);
    assert!(!got.exists(), "short output is printed directly");
    assert_eq!(rows(&stdout(&o)), 3, "{}", stdout(&o));
}

#[test]
fn the_pager_is_switched_off_by_flag_environment_and_pipes() {
    let emu = Emu::shared();
    let dir = tempfile::tempdir().unwrap();
    let (pager, got, _) = fake_pager(dir.path());
    let direct = |o: &std::process::Output, why: &str| {
        assert!(!got.exists(), "{why}: the pager ran");
        assert_eq!(rows(&stdout(o)), 30, "{why}: {}", stdout(o));
    };
    direct(&listed(&emu, &pager, "30", &["--no-pager"], &[]), "--no-pager");
    direct(&listed(&emu, &pager, "30", &[], &[("ISOREG_NO_PAGER", "1")]), "ISOREG_NO_PAGER=1");
    direct(&listed(&emu, &pager, "30", &[], &[("ISOREG_PAGER", "cat")]), "ISOREG_PAGER=cat");
    direct(&listed(&emu, &pager, "30", &[], &[("PAGER", "")]), "empty PAGER");
    direct(&listed(&emu, &pager, "30", &[], &[("PAGER", "/no/such/pager")]), "a pager that cannot start");
    let o = emu
        .cmd()
        .args(["batch", "list", "--no-resolve", "--limit", "30", "-o", "table"])
        .env("LINES", "10")
        .env("PAGER", &pager)
        .output()
        .unwrap();
    direct(&o, "piped stdout");
    let o = listed(&emu, &pager, "30", &["-o", "csv"], &[]);
    assert!(!got.exists() && stdout(&o).lines().count() == 31, "CSV is never paged");
    let o = listed(&emu, &pager, "30", &[], &[("ISOREG_PAGER", pager.to_str().unwrap()), ("PAGER", "/no/such")]);
    assert!(got.exists() && stdout(&o).is_empty(), "ISOREG_PAGER comes before PAGER");
}

/// `config init` fed its answers on stdin (base URL, client secret, access token).
fn init(emu: &Emu, token: &str, extra: &[&str]) -> std::process::Output {
    common::bare(emu.home.path())
        .args(["config", "init"])
        .args(extra)
        .write_stdin(format!("{}\n{}\n{token}\n", emu.base, emu.secret))
        .output()
        .unwrap()
}

#[test]
fn config_init_refuses_a_token_that_is_not_a_jwt_without_echoing_it() {
    let emu = Emu::shared();
    for (token, why) in [
        ("sk_live_notajwt_4242", "it has 1 part(s) separated by dots"),
        ("eyJhbGciOiJIUzI1NiJ9..c2ln", "its payload (part 2 of 3) is empty"),
        ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2l+bg", "the character '+'"),
        ("bm90anNvbg.eyJzdWIiOiIxIn0.c2ln", "its header does not decode to a JSON object"),
    ] {
        let o = init(&emu, token, &[]);
        assert_eq!(o.status.code(), Some(3), "{token}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("That access token is not a JWT") && err.contains(why), "{token}: {err}");
        assert!(!err.contains(token) && !stdout(&o).contains(token), "the token is never echoed: {err}");
        assert!(!emu.config_path().exists(), "nothing saved");
    }
}

#[test]
fn config_init_verify_checks_the_credentials_live() {
    let emu = Emu::shared();
    let name = emu.json(&["org", "current"])["name"].as_str().unwrap().to_string();
    let o = init(&emu, &emu.token, &["--verify"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("Verified: these credentials act for {name} ({}).\n", emu.buyer_org));
    assert!(!stdout(&o).contains(&emu.token) && !stderr(&o).contains(&emu.token));
    let o = init(&emu, &emu.token, &[]);
    assert!(o.status.success() && stdout(&o).is_empty(), "no --verify, no stdin terminal: not verified");
    let mut forged = emu.token.clone();
    let last = forged.pop().unwrap();
    forged.push(if last == 'A' { 'B' } else { 'A' });
    let o = init(&emu, &forged, &["--verify"]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("The registry refused these credentials (HTTP 401)"), "{}", stderr(&o));
    assert!(!stderr(&o).contains(&forged));
}

/// A slow `batch list` (5 items a page, 50 ms a request): over 300 ms in all.
fn slow_list(emu: &Emu) -> assert_cmd::Command {
    let mut c = emu.cmd();
    c.args(["batch", "list", "--all", "--page-size", "5", "--no-resolve", "-o", "json"]);
    c
}

#[test]
fn the_progress_bar_shows_on_a_terminal_and_never_on_a_pipe() {
    let emu = Emu::shared_with(&["--latency-ms", "50"]);
    let o = slow_list(&emu).env("ISOREG_FORCE_TTY", "1").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains(" credit batches [") && err.contains("\r\x1b[2K"), "a bar, redrawn: {err:?}");
    assert!(err.ends_with("\r\x1b[2K"), "cleared when done: {err:?}");
    let o = slow_list(&emu).output().unwrap();
    assert!(o.status.success());
    assert_eq!(stderr(&o), "", "no bar on a pipe");
}

#[cfg(unix)]
#[test]
fn ctrl_c_clears_the_progress_line_and_exits_130() {
    use std::io::Read;
    use std::sync::{Arc, Mutex};
    let emu = Emu::shared_with(&["--latency-ms", "50"]);
    let mut child = emu
        .cmd_std()
        .args(["batch", "list", "--all", "--page-size", "5", "--no-resolve", "-o", "json"])
        .env("ISOREG_FORCE_TTY", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mut pipe = child.stderr.take().unwrap();
    let reader = {
        let seen = seen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 256];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                seen.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        })
    };
    let started = std::time::Instant::now();
    while !String::from_utf8_lossy(&seen.lock().unwrap()).contains(" credit batches [") {
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "the bar never showed");
        assert!(child.try_wait().unwrap().is_none(), "finished before the bar showed");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let kill = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let status = child.wait().unwrap();
    reader.join().unwrap();
    let err = String::from_utf8_lossy(&seen.lock().unwrap()).into_owned();
    assert_eq!(status.code(), Some(130), "{err:?}");
    assert!(err.ends_with("\r\x1b[2K"), "the bar's line is cleared last: {err:?}");
    assert!(!err.contains("error") && !err.contains("panicked"), "{err:?}");
}

#[test]
fn the_readme_shows_the_lineage_tree_the_demo_prints() {
    let home = tempfile::tempdir().unwrap();
    let mut c = common::bare(home.path());
    c.args(["--demo", "batch", "lineage", "ctb_4V9FKPAEQNNQN5JD"]);
    let o = common::on_terminal(&mut c, 120).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let shown = format!("$ isoreg --demo batch lineage ctb_4V9FKPAEQNNQN5JD\n{}```", stdout(&o));
    assert!(readme.contains(&shown), "README out of date (120 columns); the demo prints:\n{}", stdout(&o));
}
