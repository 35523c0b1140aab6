//! Black-box tests of the command line itself: help with examples, version,
//! `--demo`, and completion scripts and man pages kept fresh under `completions/`
//! and `man/` (the man pages are generated here: `clap_mangen` is a dev-dependency).

use crate::common;
use crate::common::{bare, stderr, stdout};

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
            "completions/{file} is stale; regenerate with `ISOREG_UPDATE_COMPLETIONS=1 cargo test --test it cli::`"
        );
    }
}

/// The man pages, one per command (`isoreg.1`, `isoreg-batch.1`,
/// `isoreg-batch-get.1`, …), generated from the same clap definitions as
/// `--help`; checked in under `man/` and kept fresh by [`man_pages_are_fresh`].
fn man_pages() -> Vec<(String, Vec<u8>)> {
    use clap::CommandFactory;
    let mut root = isoreg::cli::Cli::command();
    root.build();
    let mut pages = Vec::new();
    add_man_pages(&root, "isoreg", &mut pages);
    pages
}

fn add_man_pages(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) {
    let mut buf = Vec::new();
    let page = cmd.clone().name(name.to_string()).bin_name(name.replace('-', " "));
    if clap_mangen::Man::new(page).render(&mut buf).is_ok() {
        pages.push((format!("{name}.1"), buf));
    }
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        add_man_pages(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}

#[test]
fn man_pages_are_fresh() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let pages = man_pages();
    assert!(pages.len() > 40, "a page for every command: {}", pages.len());
    if std::env::var_os("ISOREG_UPDATE_COMPLETIONS").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in &pages {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    let stale = "man/ is stale; regenerate with `ISOREG_UPDATE_COMPLETIONS=1 cargo test --test it cli::`";
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
        text.contains("Start here") && text.contains(" batch, ") && text.contains("isoreg --demo balance"),
        "{text}"
    );
    assert!(text.lines().count() <= 24, "one 24-row screen: {} lines", text.lines().count());
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

/// `emulator --credentials json` prints, on its first line, one JSON object holding what the
/// banner says (the harness reads it instead of the banner), and its tokens are the ones that work.
#[test]
fn emulator_credentials_json_says_what_the_banner_says() {
    let emu = common::Emu::shared();
    let mut human = std::process::Command::new(common::bin())
        .args(["emulator", "--addr", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let banner: Vec<String> = {
        use std::io::BufRead;
        let out = std::io::BufReader::new(human.stdout.take().unwrap());
        out.lines().map(Result::unwrap).take_while(|l| !l.starts_with("  wide split tree")).collect()
    };
    let _ = human.kill();
    let _ = human.wait();
    let banner = banner.join("\n");
    assert!(banner.contains(&format!("export ISOMETRIC_CLIENT_SECRET={}\n", emu.secret)), "{banner}");
    assert!(banner.contains(&format!("# buyer organisation: {}\n", emu.buyer_org)), "{banner}");
    assert_eq!(emu.samples.len(), 11, "{:?}", emu.samples);
    for (kind, id) in &emu.samples {
        if kind != "wide split tree" {
            assert!(banner.contains(&format!("\n  {kind:<20} {id}")), "{kind} {id} not in {banner}");
        }
    }
    assert!(emu.base.starts_with("http://127.0.0.1:") && emu.base.ends_with("/registry/v0"), "{}", emu.base);
    let me = emu.json(&["org", "current"]);
    assert_eq!(me["id"].as_str(), Some(emu.buyer_org.as_str()), "{me}");
    let mut supplier = emu.cmd();
    supplier.args(["org", "current", "-o", "json"]).env("ISOMETRIC_ACCESS_TOKEN", &emu.supplier_token);
    let o = supplier.output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let them: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(banner.contains(&format!("(organisation {}, supplier ", them["id"].as_str().unwrap())), "{them}");
}

/// Every command path below the root (`["batch", "get"]`, `["balance"]`, `["batch"]`, …).
pub fn command_paths() -> Vec<Vec<String>> {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let mut p = path.clone();
            p.push(s.get_name().to_string());
            out.push(p.clone());
            walk(s, p, out);
        }
    }
    let mut out = Vec::new();
    walk(&isoreg::cli::Cli::command(), Vec::new(), &mut out);
    out
}

#[test]
fn every_help_shows_own_options_then_example_then_a_short_global_summary() {
    let home = tempfile::tempdir().unwrap();
    for p in command_paths() {
        for flag in ["-h", "--help"] {
            let o = bare(home.path()).args(&p).arg(flag).output().unwrap();
            assert_eq!(o.status.code(), Some(0), "{p:?} {flag}");
            let h = stdout(&o);
            let at = |needle: &str| h.find(needle).unwrap_or_else(|| panic!("`{p:?} {flag}` lacks {needle:?}:\n{h}"));
            let (own, global) = (at("Options:"), at("Global options:"));
            assert!(own < global, "{p:?}: own options after the global summary:\n{h}");
            if let Some(example) = h.find("Example") {
                assert!(own < example && example < global, "{p:?}: example not between own and global options:\n{h}");
            }
            let summary = &h[global..];
            if flag == "-h" {
                assert_eq!(summary.lines().count(), 1, "{p:?}: -h has a one-line global summary:\n{summary}");
                assert!(summary.trim_end().ends_with("(isoreg help options)"), "{summary}");
            } else {
                assert!(summary.lines().count() <= 5, "{p:?}: the global summary is long:\n{summary}");
                assert!(summary.trim_end().ends_with("All global options: isoreg help options"), "{summary}");
            }
            let own_end = h.find("Example").unwrap_or(global);
            for g in ["--profile", "--base-url", "--timeout", "--output"] {
                assert!(!h[own..own_end].contains(g), "{p:?}: {g} among its own options:\n{h}");
            }
        }
    }
}

#[test]
fn batch_get_help_fits_a_screen_with_its_example() {
    let home = tempfile::tempdir().unwrap();
    let o = bare(home.path()).args(["batch", "get", "--help"]).output().unwrap();
    let h = stdout(&o);
    let first_40: String = h.lines().take(40).collect::<Vec<_>>().join("\n");
    assert!(h.lines().count() <= 40, "{} lines:\n{h}", h.lines().count());
    assert!(first_40.contains("isoreg --demo batch get ctb_"), "{h}");
    let o = bare(home.path()).args(["balance", "-h"]).output().unwrap();
    let h = stdout(&o);
    let own = &h[..h.find("Global options:").unwrap()];
    assert!(own.contains("--min-active") && !own.contains("--profile"), "{h}");
}

#[test]
fn list_help_has_a_list_options_section() {
    let home = tempfile::tempdir().unwrap();
    let o = bare(home.path()).args(["batch", "list", "--help"]).output().unwrap();
    let h = stdout(&o);
    let list = h.find("List options:").expect("a List options section");
    assert!(list < h.find("Examples:").unwrap() && h[list..].contains("--page-size"), "{h}");
    let o = bare(home.path()).args(["delivery", "batches", "--help"]).output().unwrap();
    let h = stdout(&o);
    assert!(h.contains("--limit") && !h.contains("--after") && !h.contains("--page-size"), "{h}");
}

#[test]
fn help_options_lists_every_global_option_with_its_help() {
    let home = tempfile::tempdir().unwrap();
    let o = bare(home.path()).args(["help", "options"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let h = stdout(&o);
    assert!(h.contains("--profile <NAME>") && h.contains("Configuration profile"), "{h}");
    assert!(h.contains("--timeout <SECS>") && h.contains("--demo"), "{h}");
    assert!(!h.contains("--limit"), "list options are not global:\n{h}");
    let o = bare(home.path()).arg("--help").output().unwrap();
    let h = stdout(&o);
    assert_eq!(h.matches("--profile <NAME>").count(), 1, "the root lists the globals once:\n{h}");
}

#[test]
fn list_options_only_on_list_commands() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["batch", "get", "ctb_1DRBTYA8Q1S07CBY", "--limit", "5"][..],
        &["balance", "--all"],
        &["delivery", "batches", "dlv_1DRBTYA8Q1S07CBY", "--after", "x"],
        &["--limit", "5", "issuance", "list"],
    ] {
        let o = bare(home.path()).args(args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("unexpected argument"), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn list_options_work_on_lists() {
    let home = tempfile::tempdir().unwrap();
    let o = bare(home.path()).args(["--demo", "batch", "list", "--limit", "5", "-o", "json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(5));
}

#[test]
fn ids_are_checked_when_the_command_line_is_read() {
    let home = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &["batch", "list", "--supplier", "Kansas"],
            "'Kansas' is not a supplier ID; supplier IDs look like spl_1DRBTYA8Q1S07CBY (see `isoreg supplier list`).",
        ),
        (&["batch", "get", "CTB_RHMUE52F5CXYNL3Y"], "lower-case: did you mean ctb_RHMUE52F5CXYNL3Y?"),
        (
            &["batch", "list", "--supplier", "prj_4JT5VMBLUT5RJS57"],
            "'prj_4JT5VMBLUT5RJS57' is a project ID, not a supplier ID; did you mean `--project prj_4JT5VMBLUT5RJS57`?",
        ),
        (&["delivery", "list", "--from", "org_317WYCVEJN6WLZ5L"], "did you mean `--to org_317WYCVEJN6WLZ5L`?"),
        (&["batch", "get", "prj_4JT5VMBLUT5RJS57"], "use `isoreg project get prj_4JT5VMBLUT5RJS57`"),
        (&["project", "get", "prj_1"], "20 to 37"),
    ];
    // A dead base URL: any request would fail with exit 5, so exit 2 proves none was sent.
    for (args, want) in cases {
        let o = bare(home.path())
            .env("ISOREG_BASE_URL", common::dead_url())
            .env("ISOMETRIC_CLIENT_SECRET", "s")
            .env("ISOMETRIC_ACCESS_TOKEN", "t")
            .args(*args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(want), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn me_filters_send_the_callers_organisation() {
    let emu = common::Emu::start_logged(&[]);
    for (args, key) in [
        (&["retirement", "list", "--owner", "me"][..], "owner_org_id"),
        (&["transfer", "list", "--to", "me"], "to_organisation_id"),
        (&["retirement", "list", "--beneficiary", "me"], "beneficiary_org_id"),
    ] {
        let o = emu.cmd().args(args).args(["-o", "json", "--limit", "2"]).output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let text = emu.logged();
        let want = format!("{key}={}", emu.buyer_org);
        assert!(text.iter().any(|l| l.contains(&want)), "{args:?}: no {want} in\n{}", text.join("\n"));
    }
    let o = emu.cmd().args(["delivery", "list", "--from", "me", "-o", "json"]).output().unwrap();
    assert!(!o.status.success());
    assert!(stderr(&o).contains("not a supplier"), "{}", stderr(&o));
    let mut c = emu.cmd();
    let o = c
        .env("ISOMETRIC_ACCESS_TOKEN", &emu.supplier_token)
        .args(["delivery", "list", "--from", "me", "-o", "json", "--limit", "1"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let text = emu.logged();
    assert!(text.iter().any(|l| l.contains("from_supplier_id=spl_")), "{}", text.join("\n"));
}
