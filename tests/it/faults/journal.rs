//! The journal under faults: a failing journal never hides a sent write, the old JSONL journal is imported, Ctrl-C during the POST, owner-only files, and smaller defects found on the way.

use super::*;

/// Seen 6: a journal that cannot take the claim sends nothing (exit 8); one that cannot take
/// the result after the POST says the write was sent, with its id (exit 7).
#[test]
fn a_failing_journal_never_hides_a_sent_write() {
    let w = W::start(&["--fail-script", "ok,commit-late"]);
    let st = setup(&w);
    let blocker = w.state.path().join("journal.db-journal");
    std::fs::create_dir_all(&blocker).unwrap();
    let out = run(&w, K::RetirePick, &retire_args(&st, "j1", "insetting"), "j-1", &[]);
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing was sent"), "{}", stderr(&out));
    assert_eq!(w.posts(), 0);
    std::fs::remove_dir(&blocker).unwrap();
    let out = run(&w, K::RetirePick, &retire_args(&st, "j1", "insetting"), "j-1", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The next POST is recorded late; the journal breaks while it is in flight.
    let mut c = w.emu.cmd_std();
    c.env("ISOREG_STATE_DIR", w.state.path()).env("ISOREG_PROFILE", "rw");
    c.args(retire_args(&st, "j2", "insetting")).args(["--yes", "--request-key", "j-2"]);
    let child = c.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let t0 = std::time::Instant::now();
    while w.posts() < 2 {
        assert!(t0.elapsed().as_secs() < 20, "the POST never left");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::fs::create_dir_all(&blocker).unwrap();
    let out = child.wait_with_output().unwrap();
    std::fs::remove_dir(&blocker).unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    let id = s(&retirements_tagged(&w, "j2")[0], "id");
    assert!(stderr(&out).contains(&format!("The write was sent and recorded as {id}")), "{}", stderr(&out));
    // The re-run finds it.
    let out = run(&w, K::RetirePick, &retire_args(&st, "j2", "insetting"), "j-2", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(w.posts(), 2);
}

/// Seen 6: an old JSONL journal with a cut line and a cut multi-byte character is imported; its
/// keys cannot be reused, and the rest of the journal works.
#[test]
fn an_old_jsonl_journal_is_imported_despite_cut_lines() {
    let w = W::start(&[]);
    let st = setup(&w);
    let old = format!(
        "{}\n{{\"key\":\"cut\",\"state\":\"do\u{e9}",
        serde_json::json!({"key": "old-1", "at": 1, "state": "done", "kind": "retirement", "fingerprint": "x",
            "endpoint": "POST /retirements", "request": {"owner_organisation_id": w.emu.buyer_org}, "id": "ret_OLD"})
    );
    let mut bytes = old.into_bytes();
    bytes.pop(); // half of the é
    std::fs::write(w.state.path().join("journal.jsonl"), bytes).unwrap();
    let out = run(&w, K::RetirePick, &retire_args(&st, "old", "insetting"), "old-1", &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("old journal (journal.jsonl)") && stderr(&out).contains("ret_OLD"),
        "{}",
        stderr(&out)
    );
    let out = run(&w, K::RetirePick, &retire_args(&st, "old", "insetting"), "new-1", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(w.posts(), 1);
}

/// Seen 8: Ctrl-C while the POST is in flight: exit 7, naming the key and the command.
#[test]
fn ctrl_c_during_the_post_says_the_outcome_is_unknown() {
    let w = W::start(&["--fail-script", "hang"]);
    let st = setup(&w);
    let mut c = w.emu.cmd_std();
    c.env("ISOREG_STATE_DIR", w.state.path()).env("ISOREG_PROFILE", "rw");
    c.args(retire_args(&st, "intr", "insetting")).args(["--yes", "--request-key", "k-int"]);
    let mut child = c.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let t0 = std::time::Instant::now();
    while w.posts() < 1 {
        assert!(t0.elapsed().as_secs() < 20, "the POST never left");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let kill = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let status = common::wait_bounded(&mut child, std::time::Duration::from_secs(20));
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(7), "{err}");
    assert!(err.contains("Interrupted while the POST was in flight") && err.contains("--request-key k-int"), "{err}");
    let out = run(&w, K::RetirePick, &retire_args(&st, "intr", "insetting"), "k-int", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(retirements_tagged(&w, "intr").len(), 1);
}

/// Seen 9: the journal is owner-only whatever the umask.
#[cfg(unix)]
#[test]
fn the_journal_is_owner_only_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let w = W::start(&[]);
    let st = setup(&w);
    let dir = w.state.path().join("loose");
    let mut c = w.emu.cmd_std();
    c.env("ISOREG_STATE_DIR", &dir).env("ISOREG_PROFILE", "rw");
    let mut line = vec!["umask 000; exec \"$0\" \"$@\"".to_string(), common::bin().display().to_string()];
    line.extend(retire_args(&st, "perm", "insetting"));
    line.extend(["--yes".into(), "-o".into(), "json".into()]);
    let out = std::process::Command::new("sh")
        .arg("-c")
        .args(&line)
        .envs(c.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("journal.db")), 0o600);
    assert_eq!(mode(&dir.join("locks")), 0o700);
}

/// The smaller defects: `a@b.` is not an e-mail; a bad supplier ID shows a supplier example;
/// dry-run JSON carries `credits` as a number; `-q --yes` still prints the generated key.
#[test]
fn smaller_defects_found_on_the_way() {
    let w = W::start(&[]);
    let st = setup(&w);
    let out = w.cmd().args(["beneficiary", "add", "--name", "Jo", "--email", "a@b.", "--yes"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = w
        .cmd()
        .args(["retire", "1", "--supplier", "spl_a/b", "--beneficiary", "me", "--purpose", "other", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("spl_1DRBTYA8Q1S07CBY") && !stderr(&out).contains("ctb_"), "{}", stderr(&out));
    let mut a = retire_args(&st, "dry", "insetting");
    a.extend(["--dry-run".into(), "-o".into(), "json".into()]);
    let plan: Value = serde_json::from_slice(&w.cmd().args(&a).output().unwrap().stdout).unwrap();
    assert!(plan["quantity"]["credits"].is_number(), "{}", plan["quantity"]);
    assert!(plan["batches"][0]["use"]["credits"].is_number());
    assert_eq!(plan["profile"], "rw");
    let mut a = retire_args(&st, "quiet", "insetting");
    a.extend(["--yes".into(), "-q".into()]);
    let out = w.cmd().args(&a).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("Request key: req-"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("Plan:"), "{}", stderr(&out));
}
