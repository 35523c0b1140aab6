//! What isoreg says besides its data (issue 19, items 6, 8, 9 and 10): notes
//! wrapped at word boundaries to the terminal and printed after their table,
//! progress on every wait (lineage levels, many-id gets, sync phases), expired
//! and malformed tokens stopped before any request or save, `config init`
//! keeping what was typed, numbered `-v` lines, one sync summary, and JSON
//! coloured and paged on a terminal.

use crate::common::{self, Emu, stderr, stdout, unwrapped};
use std::fs::File;
use std::io::Read;
use std::process::Stdio;
use std::time::Duration;

/// Runs `isoreg ARGS` against `emu` on a forced terminal `cols` wide; what a
/// person sees once any progress bar is gone: stdout and stderr interleaved
/// as written.
fn screen(emu: &Emu, args: &[&str], cols: u16) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("screen");
    let out = File::create(&path).unwrap();
    let mut cmd = emu.cmd_std();
    cmd.args(args).arg("--no-pager");
    common::on_terminal(&mut cmd, cols);
    let mut child = cmd.stdin(Stdio::null()).stdout(out.try_clone().unwrap()).stderr(out).spawn().unwrap();
    common::wait_bounded(&mut child, Duration::from_secs(60));
    let mut text = String::new();
    File::open(&path).unwrap().read_to_string(&mut text).unwrap();
    common::without_progress(&text)
}

/// Every line fits `cols` (that no line was cut inside a word, the callers
/// check: each wrapped note, unwrapped, is the sentence isoreg wrote).
fn fits(text: &str, cols: usize) {
    for line in text.lines() {
        assert!(line.chars().count() <= cols, "wider than {cols}: {line:?}\n{text}");
    }
}

#[test]
fn lineage_notes_follow_the_tree_and_wrap_at_words() {
    let emu = Emu::shared();
    let seen = screen(&emu, &["batch", "lineage", &emu.id("split credit batch")], 80);
    let (tree, note) = (seen.find(" batches. Leaves:"), seen.find("Hid columns"));
    assert!(tree.is_some() && note.is_some() && tree < note, "the note comes after the tree:\n{seen}");
    fits(&seen, 80);
    let flat = unwrapped(&seen);
    assert!(flat.contains("to fit 80 columns; use -o wide or --fields to see them.\n"), "one sentence:\n{seen}");
}

#[test]
fn list_notes_wrap_at_words_to_the_terminal() {
    let emu = Emu::shared();
    let seen = screen(&emu, &["batch", "list", "--limit", "3", "--no-resolve"], 60);
    fits(&seen, 60);
    let note = seen.lines().position(|l| l.starts_with("Showing 3 of")).expect("a cut note");
    let next = seen.lines().nth(note + 1).unwrap_or_default();
    assert!(next.starts_with("  ") && !next.trim().is_empty(), "continued on an indented line:\n{seen}");
    assert!(unwrapped(&seen).contains("; use --all to list them all, or --limit N for more.\n"), "{seen}");
    let piped = emu.cmd().args(["batch", "list", "--limit", "3", "-o", "json"]).env("COLUMNS", "60").output().unwrap();
    let line = stderr(&piped).lines().next().unwrap_or_default().to_string();
    assert!(line.starts_with("Showing 3 of") && line.ends_with("for more."), "piped, one line: {line}");
}

/// stderr of `args` against `emu` on a forced terminal (a bar may be drawn).
fn on_tty(emu: &Emu, args: &[&str]) -> std::process::Output {
    let mut c = emu.cmd();
    c.args(args).env("ISOREG_FORCE_TTY", "1").env("NO_COLOR", "1").env("COLUMNS", "120");
    c.output().unwrap()
}

#[test]
fn lineage_shows_its_levels_while_it_waits_and_nothing_in_a_pipe() {
    let emu = Emu::start(&["--latency-ms", "100"]);
    let args = ["batch", "lineage", &emu.id("split credit batch"), "-o", "json"];
    let o = on_tty(&emu, &args);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("credit batches in the split tree (level "), "the level being fetched: {err:?}");
    assert!(err.ends_with(common::CLEAR_LINE), "cleared when done: {err:?}");
    let piped = emu.cmd().args(args).output().unwrap();
    assert_eq!(stderr(&piped), "", "no bar in a pipe");
}

#[test]
fn batch_get_of_many_ids_counts_them() {
    let emu = Emu::start(&["--latency-ms", "80"]);
    let ids = emu.batch_ids(6);
    let mut args = vec!["batch", "get", "--concurrency", "1", "-o", "json"];
    args.extend(ids.iter().map(String::as_str));
    let o = on_tty(&emu, &args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("/6 credit batches"), "fetched of 6: {:?}", stderr(&o));
}

#[test]
fn sync_names_its_phases_against_totals_that_never_grow() {
    let emu = Emu::start(&["--latency-ms", "30"]);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("copy.sqlite");
    let o = on_tty(&emu, &["sync", "--db", db.to_str().unwrap(), "-o", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains(" lists done; slowest: "), "the phase furthest from done: {err:?}");
    let totals: std::collections::BTreeSet<&str> = err
        .split(common::CLEAR_LINE)
        .filter_map(|frame| frame.split_whitespace().nth(1))
        .filter_map(|count| count.split_once('/').map(|(_, total)| total))
        .collect();
    assert_eq!(totals.len(), 1, "one total, known from total_count, never growing: {totals:?}");
}

/// A config file for `emu` whose profile holds `token`.
fn config_with_token(emu: &Emu, token: &str) {
    let text = format!(
        "default_profile = \"p\"\n[profiles.p]\nbase_url = \"{}\"\nclient_secret = \"{}\"\naccess_token = \"{token}\"\n",
        emu.base, emu.secret
    );
    std::fs::write(emu.config_path(), text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(emu.config_path(), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

#[test]
fn an_expired_token_is_one_message_and_no_request() {
    let emu = Emu::start_logged(&[]);
    let expired = crate::ux::token_expiring_in(-2);
    for args in [&["balance"][..], &["project", "list"], &["batch", "get", &emu.id("credit batch")]] {
        let o = emu.cmd().env("ISOMETRIC_ACCESS_TOKEN", &expired).args(args).output().unwrap();
        assert_eq!(o.status.code(), Some(3), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "one message: {err}");
        assert!(err.starts_with("error: The access token from ISOMETRIC_ACCESS_TOKEN expired on "), "{err}");
        assert!(err.contains("nothing was sent") && !err.contains(&expired), "{err}");
    }
    let from_file = common::bare(emu.home.path());
    config_with_token(&emu, &expired);
    let o = { from_file }.args(["org", "current"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("The access token of profile 'p' expired on"), "{}", stderr(&o));
    assert!(stderr(&o).contains("config set access_token -"), "the fix where it lives: {}", stderr(&o));
    assert_eq!(emu.logged(), Vec::<String>::new(), "no request reached the registry");
}

#[test]
fn config_set_access_token_checks_it_like_init() {
    let home = tempfile::tempdir().unwrap();
    let set = |value: &str| common::bare(home.path()).args(["config", "set", "access_token", value]).output().unwrap();
    let o = set("abc");
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("That access token is not a JWT: it has 1 part(s)"), "{}", stderr(&o));
    assert!(!home.path().join("config.toml").exists(), "nothing saved");
    let o = set(&crate::ux::token_expiring_in(-1));
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("That access token expired on"), "{}", stderr(&o));
    let good = crate::ux::token_expiring_in(90);
    let o = set(&good);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read_to_string(home.path().join("config.toml")).unwrap().contains(&good));
}

#[test]
fn config_init_re_asks_only_the_refused_answer_and_keeps_the_rest() {
    let emu = Emu::shared();
    let answers = format!("ftp://nowhere\n{}\n{}\nnot-a-jwt\n{}\n", emu.base, emu.secret, emu.token);
    let mut c = common::bare(emu.home.path());
    c.args(["config", "init"]).env("ISOREG_FORCE_TTY", "1").env("NO_COLOR", "1").write_stdin(answers);
    let o = c.output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.matches("Base URL for profile").count(), 2, "the URL asked again: {err}");
    assert_eq!(err.matches("Client secret").count(), 1, "the secret asked once: {err}");
    assert_eq!(err.matches("Access token (JWT").count(), 2, "the token asked again: {err}");
    assert!(err.contains("That access token is not a JWT") && err.contains("Try again."), "{err}");
    let saved = std::fs::read_to_string(emu.config_path()).unwrap();
    assert!(saved.contains(&emu.base) && saved.contains(&emu.secret) && saved.contains(&emu.token), "kept");
    let o = common::bare(emu.home.path()).args(["org", "current", "-o", "json"]).output().unwrap();
    assert!(o.status.success(), "the saved profile works: {}", stderr(&o));
}

#[test]
fn verbose_lines_name_their_request() {
    let emu = Emu::start(&["--latency-ms", "20"]);
    let ids = emu.batch_ids(4);
    let mut args = vec!["batch", "get", "-v", "--concurrency", "4", "-o", "json"];
    args.extend(ids.iter().map(String::as_str));
    let o = emu.cmd().args(&args).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    let number = |l: &str| l.rsplit_once(" [#").map(|(_, n)| n.trim_end_matches(']').to_string());
    let mut asked = std::collections::HashMap::new();
    for l in err.lines().filter(|l| l.starts_with("> GET ")) {
        asked.insert(number(l).unwrap_or_else(|| panic!("no number: {l}")), l.to_string());
    }
    assert_eq!(asked.len(), ids.len(), "each request numbered once: {err}");
    for id in &ids {
        let (n, _) = asked.iter().find(|(_, l)| l.contains(id.as_str())).expect("asked");
        let answer = err.lines().find(|l| l.starts_with("< ") && number(l).as_ref() == Some(n));
        assert!(answer.is_some_and(|a| a.starts_with("< 200 OK")), "the answer to #{n} is found by its number: {err}");
    }
}

#[test]
fn sync_says_its_summary_once_in_one_number_style() {
    let emu = Emu::shared();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("copy.sqlite");
    let seen = screen(&emu, &["sync", "--db", db.to_str().unwrap()], 100);
    assert!(!seen.contains("Snapshot 1 saved"), "said once, by the table: {seen}");
    let records = seen.lines().find(|l| l.starts_with("RECORDS")).expect("records").to_string();
    assert!(records.trim_end().ends_with(|c: char| c.is_ascii_digit()) && records.contains(','), "{records}");
    let o = emu.cmd().args(["sync", "--db", db.to_str().unwrap(), "-o", "json"]).output().unwrap();
    let note = stderr(&o);
    assert!(note.starts_with("Snapshot 2 saved in") && note.contains(" records, 0 new or changed, 0 gone"), "{note}");
}

/// A pager script that copies its input to the returned file.
fn fake_pager(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let (script, got) = (dir.join("pager.sh"), dir.join("got.txt"));
    std::fs::write(&script, format!("#!/bin/sh\ncat > '{}'\n", got.display())).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    (script, got)
}

#[test]
fn json_on_a_terminal_is_coloured_and_paged_but_not_in_a_pipe() {
    let emu = Emu::shared();
    let key = "\u{1b}[34;1m\"id\"\u{1b}[0m";
    let coloured = emu.cmd().args(["org", "current", "-o", "json"]).env("ISOREG_FORCE_TTY", "1").output().unwrap();
    assert!(stdout(&coloured).contains(key), "keys coloured like jq: {:?}", stdout(&coloured));
    let plain = |extra: (&str, &str)| {
        let mut c = emu.cmd();
        c.args(["org", "current", "-o", "json"]).env("ISOREG_FORCE_TTY", "1").env(extra.0, extra.1);
        stdout(&c.output().unwrap())
    };
    assert!(!plain(("NO_COLOR", "1")).contains('\u{1b}'), "NO_COLOR honoured");
    let piped = stdout(&emu.cmd().args(["org", "current", "-o", "json"]).output().unwrap());
    assert!(!piped.contains('\u{1b}'), "no colour in a pipe");
    assert_eq!(serde_json::from_str::<serde_json::Value>(&piped).unwrap()["id"], emu.buyer_org.as_str());

    let dir = tempfile::tempdir().unwrap();
    let (pager, got) = fake_pager(dir.path());
    let mut c = emu.cmd();
    c.args(["project", "list", "--limit", "5", "-o", "json"]);
    common::on_terminal(&mut c, 100).env("LINES", "10").env("PAGER", &pager);
    let o = c.output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let paged = std::fs::read_to_string(&got).expect("the pager ran");
    let v: serde_json::Value = serde_json::from_str(&paged).expect("the pager got the JSON");
    assert_eq!(v.as_array().map(Vec::len), Some(5));
    assert!(paged.contains("\n  {\n    \""), "indented for people: {paged}");
    assert_eq!(stdout(&o), "", "everything went to the pager");
    let o = { c }.arg("--no-pager").output().unwrap();
    assert!(stdout(&o).starts_with('['), "--no-pager prints it");
}

#[test]
fn find_and_diff_say_what_they_read_after_their_table() {
    let emu = Emu::shared();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("copy.sqlite");
    let db = db.to_str().unwrap();
    emu.json(&["sync", "--db", db]);
    emu.json(&["sync", "--db", db]);
    let seen = screen(&emu, &["find", "north", "--db", db], 100);
    let (table, note) = (seen.find("KIND"), seen.find("From snapshot 2 ("));
    assert!(table.is_some() && note.is_some() && table < note, "the source follows the table:\n{seen}");
    let seen = screen(&emu, &["diff", "--db", db, "-o", "table"], 100);
    let (empty, note) = (seen.find("No items."), seen.find("Changes from snapshot 1 ("));
    assert!(empty.is_some() && note.is_some() && empty < note, "what was compared follows the table:\n{seen}");
}

#[test]
fn usage_errors_wrap_at_words_on_a_terminal_and_stay_whole_in_a_pipe() {
    let home = tempfile::tempdir().unwrap();
    let args = ["--demo", "batch", "get", "../etc/passwd"];
    let mut c = common::bare(home.path());
    let o = common::on_terminal(c.args(args), 80).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.lines().all(|l| l.chars().count() <= 80), "no line wider than 80:\n{err}");
    assert!(err.contains("IDs look\n  like ctb_"), "wrapped at a word, continued indented:\n{err}");
    let piped = common::bare(home.path()).args(args).output().unwrap();
    assert_eq!(piped.status.code(), Some(2));
    assert!(stderr(&piped).contains("; IDs look like ctb_"), "one line in a pipe: {}", stderr(&piped));
}
