//! Black-box tests of the command line itself: help with examples, version,
//! `--demo`, and completion scripts kept fresh under `completions/`.

mod common;
use common::{bare, stderr, stdout};

const SHELLS: &[(&str, &str)] = &[
    ("bash", "isoreg.bash"),
    ("zsh", "_isoreg"),
    ("fish", "isoreg.fish"),
    ("powershell", "_isoreg.ps1"),
    ("elvish", "isoreg.elv"),
];

#[test]
fn version_and_help() {
    let home = tempfile::tempdir().unwrap();
    let o = bare(home.path()).arg("--version").output().unwrap();
    assert_eq!(stdout(&o).trim(), format!("isoreg {}", env!("CARGO_PKG_VERSION")));
    let o = bare(home.path()).arg("--help").output().unwrap();
    let h = stdout(&o);
    assert!(h.contains("Exit codes:") && h.contains("isoreg --demo balance"), "{h}");
}

#[test]
fn every_command_help_has_an_example() {
    use clap::CommandFactory;
    let home = tempfile::tempdir().unwrap();
    let root = isoreg::cli::Cli::command();
    let mut paths: Vec<Vec<String>> = Vec::new();
    for c in root.get_subcommands() {
        let subs: Vec<_> = c.get_subcommands().filter(|s| s.get_name() != "help").collect();
        if subs.is_empty() {
            paths.push(vec![c.get_name().to_string()]);
        }
        for s in subs {
            paths.push(vec![c.get_name().to_string(), s.get_name().to_string()]);
        }
    }
    assert!(paths.len() > 40, "{paths:?}");
    for p in paths {
        let o = bare(home.path()).args(&p).arg("--help").output().unwrap();
        let h = stdout(&o);
        assert!(h.contains("Example"), "`isoreg {} --help` shows no example:\n{h}", p.join(" "));
    }
}

#[test]
fn demo_balance_needs_no_setup() {
    let home = tempfile::tempdir().unwrap();
    let o = bare(home.path()).args(["--demo", "balance"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["total"]["active_credits_total"]["credit_kgs"].as_i64().unwrap() > 0);
}

#[test]
fn completion_scripts_are_fresh() {
    let home = tempfile::tempdir().unwrap();
    for (shell, file) in SHELLS {
        let o = bare(home.path()).args(["completions", shell]).output().unwrap();
        assert!(o.status.success());
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions").join(file);
        if std::env::var_os("ISOREG_UPDATE_COMPLETIONS").is_some() {
            std::fs::write(&path, &o.stdout).unwrap();
        }
        let checked_in = std::fs::read(&path).unwrap_or_default();
        assert!(
            checked_in == o.stdout,
            "completions/{file} is stale; regenerate with `ISOREG_UPDATE_COMPLETIONS=1 cargo test --test cli`"
        );
    }
}

#[test]
fn man_pages_are_fresh() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let pages = isoreg::commands::man_pages();
    assert!(pages.len() > 40, "a page for every command: {}", pages.len());
    if std::env::var_os("ISOREG_UPDATE_COMPLETIONS").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in &pages {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    let stale = "man/ is stale; regenerate with `ISOREG_UPDATE_COMPLETIONS=1 cargo test --test cli`";
    for (name, text) in &pages {
        assert!(std::fs::read(dir.join(name)).unwrap_or_default() == *text, "{name}: {stale}");
    }
    let on_disk = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert_eq!(on_disk, pages.len(), "{stale}");
    let batch_get = pages.iter().find(|(n, _)| n == "isoreg-batch-get.1").map(|(_, t)| String::from_utf8_lossy(t));
    let batch_get = batch_get.expect("a page for `isoreg batch get`");
    assert!(batch_get.contains("isoreg batch get") && batch_get.contains(r"\-\-output"), "{batch_get}");
}

#[test]
fn isoreg_alone_gives_a_short_overview() {
    let home = tempfile::tempdir().unwrap();
    let o = bare(home.path()).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("Start here") && text.contains("  batch ") && text.contains("isoreg --demo balance"),
        "{text}"
    );
    assert!(text.lines().count() < 45, "short: {} lines", text.lines().count());
}

#[test]
fn emulator_fault_kinds_are_checked_when_the_command_line_is_read() {
    let home = tempfile::tempdir().unwrap();
    for args in [["--quirk", "nosuch"], ["--fail-with", "418"]] {
        let o = bare(home.path()).arg("emulator").args(args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains("possible values"), "{}", stderr(&o));
    }
}
