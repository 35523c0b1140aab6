//! The terminal for real: isoreg runs inside a pseudo-terminal made by
//! util-linux `script` (as tmux would give it), with no `ISOREG_FORCE_TTY`,
//! so its own terminal detection decides. What the screen showed is read back
//! from `script`'s output: the write prompt and its plan, the pager taking a
//! long table, and the progress bar during a slow lineage.

use crate::common::{self, Emu};
use std::path::Path;

/// `script` is part of Debian's essential `bsdutils`; elsewhere a missing one
/// skips these tests, except under `CI=true`, where it fails them.
fn script_available() -> bool {
    let found = std::process::Command::new("script").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found && std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but util-linux `script` is missing (Debian package bsdutils).");
    }
    found
}

/// A word for `sh -c`, quoted.
fn quoted(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

/// Runs `cmd` (its program, arguments and environment) on a pseudo-terminal
/// `cols` wide with `input` typed into it; returns the exit code and what the
/// terminal showed, with the terminal's `\r\n` made `\n`.
fn on_pty(cmd: &std::process::Command, cols: u16, input: &str) -> (Option<i32>, String) {
    let mut line = quoted(&cmd.get_program().to_string_lossy());
    for a in cmd.get_args() {
        line.push(' ');
        line.push_str(&quoted(&a.to_string_lossy()));
    }
    let mut s = std::process::Command::new("script");
    s.env_clear();
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            s.env(k, v);
        }
    }
    s.env("COLUMNS", cols.to_string()).env("LINES", "24").env("NO_COLOR", "1").env("TERM", "xterm");
    s.args(["-qec", &line, "/dev/null"]);
    let o = assert_cmd::Command::from_std(s).write_stdin(input.to_string()).timeout(common::RUN_LIMIT).output();
    let o = o.expect("script runs");
    (o.status.code(), String::from_utf8_lossy(&o.stdout).replace("\r\n", "\n"))
}

#[test]
fn a_write_on_a_real_terminal_shows_its_plan_asks_and_sends_nothing_on_no() {
    if !script_available() {
        return;
    }
    let emu = Emu::start_logged(&[]);
    let state = tempfile::tempdir().unwrap();
    std::fs::write(emu.config_path(), "[profiles.rw]\nallow_writes = true\n").unwrap();
    let mut c = emu.cmd_std();
    c.env("ISOREG_STATE_DIR", state.path()).env("ISOREG_PROFILE", "rw");
    c.args(["retire", "1kg", "--supplier", &emu.id("supplier"), "--beneficiary", "me", "--purpose", "other"]);
    let (code, screen) = on_pty(&c, 80, "n\n");
    assert_eq!(code, Some(2), "not confirmed is a usage error:\n{screen}");
    let (plan, ask) = (screen.find("Retire 0.001 t"), screen.find("[y/N]"));
    assert!(plan.is_some() && ask.is_some() && plan < ask, "the plan, then the question:\n{screen}");
    assert!(screen.contains("Not confirmed; nothing was sent."), "{screen}");
    assert!(screen.lines().all(|l| unicode_width(l) <= 80), "no line wider than the terminal:\n{screen}");
    assert!(!emu.logged().iter().any(|l| l.starts_with("POST")), "nothing was sent");
}

#[test]
fn a_long_table_on_a_real_terminal_goes_through_the_pager() {
    if !script_available() {
        return;
    }
    let emu = Emu::shared();
    let dir = tempfile::tempdir().unwrap();
    let got = dir.path().join("got.txt");
    let pager = pager_script(dir.path(), &got);
    let mut c = emu.cmd_std();
    c.env("PAGER", &pager).args(["batch", "list", "--no-resolve", "--limit", "30"]);
    let (code, screen) = on_pty(&c, 120, "");
    assert_eq!(code, Some(0), "{screen}");
    let paged = std::fs::read_to_string(&got).expect("the pager ran on a real terminal");
    assert_eq!(paged.lines().filter(|l| l.starts_with("ctb_")).count(), 30, "every row went to the pager: {paged}");
    assert!(!screen.contains("ctb_"), "no row was written past the pager:\n{screen}");
    assert!(screen.contains("Showing 30 of"), "the note stays on the terminal:\n{screen}");
    let mut short = emu.cmd_std();
    short.env("PAGER", &pager).args(["batch", "list", "--no-resolve", "--limit", "3"]);
    std::fs::remove_file(&got).unwrap();
    let (_, screen) = on_pty(&short, 120, "");
    assert!(!got.exists(), "a table that fits 24 rows is not paged");
    assert_eq!(screen.lines().filter(|l| l.starts_with("ctb_")).count(), 3, "{screen}");
}

#[test]
fn a_slow_lineage_on_a_real_terminal_shows_progress_and_clears_it() {
    if !script_available() {
        return;
    }
    let emu = Emu::shared_with(&["--latency-ms", "100"]);
    let mut c = emu.cmd_std();
    c.args(["batch", "lineage", &emu.id("split credit batch"), "--no-pager"]);
    let (code, screen) = on_pty(&c, 120, "");
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("credit batches in the split tree (level "), "the level being fetched:\n{screen}");
    assert!(screen.contains("\x1b[2K"), "the bar is erased when done:\n{screen}");
    let seen = common::without_progress(&screen);
    assert!(!seen.contains("split tree (level"), "nothing of the bar stays on screen:\n{seen}");
}

/// A `$PAGER` that copies what it is given to `got`.
fn pager_script(dir: &Path, got: &Path) -> std::path::PathBuf {
    let script = dir.join("pager.sh");
    std::fs::write(&script, format!("#!/bin/sh\ncat > '{}'\n", got.display())).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

/// Columns a line takes on screen, escape sequences aside.
fn unicode_width(line: &str) -> usize {
    let mut n = 0;
    let mut chars = line.chars();
    while let Some(ch) = chars.next() {
        if ch == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else if ch != '\r' {
            n += 1;
        }
    }
    n
}
