//! One vocabulary across commands (issue 19): `me` and `--org` wherever an
//! organisation is taken, hints where a flag is spelled as another command
//! spells it, nouns that list their verbs and suggest them for typos, the
//! transfer write as `transfer create`, `reconcile` that names what differs,
//! `--limit 0` refused, `-q` that keeps the plan a prompt asks about, and
//! help that fits: `-V` at the top only, `-h` in 24 rows, examples continued with `\`.

use crate::common::{self, Emu, bare, stderr, stdout};
use serde_json::Value;

/// `isoreg ARGS` with credentials but a dead server: exit 2 proves nothing was sent.
fn offline(args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    bare(home.path())
        .env("ISOREG_BASE_URL", common::dead_url())
        .env("ISOMETRIC_CLIENT_SECRET", "s")
        .env("ISOMETRIC_ACCESS_TOKEN", "t")
        .env("COLUMNS", "80")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn me_and_org_work_wherever_an_organisation_is_taken() {
    let emu = Emu::start_logged(&[]);
    let org = emu.buyer_org.clone();
    let cases: &[(&[&str], String)] = &[
        (&["balance", "me"], format!("GET /registry/v0/organisations/{org}/credit_balance")),
        (&["balance", "--org", "me"], format!("/organisations/{org}/credit_balance")),
        (&["balance", "--org", &org], format!("/organisations/{org}/credit_balance")),
        (&["reconcile", "me"], format!("/organisations/{org}/credit_batches")),
        (&["reconcile", "--org", "me"], format!("/organisations/{org}/credit_batches")),
        (&["batch", "list", "--org", "me", "--limit", "1"], format!("/organisations/{org}/credit_batches")),
        (&["order", "list", "--org", "me", "--limit", "1"], format!("/organisations/{org}/orders")),
        (&["report", "holdings", "--org", "me"], format!("/organisations/{org}/credit_balance")),
    ];
    for (args, want) in cases {
        let before = emu.logged().len();
        let o = emu.cmd().args(*args).args(["-o", "json"]).output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let log = emu.logged();
        assert!(log[before..].iter().any(|l| l.contains(want.as_str())), "{args:?}: no {want} in {:?}", &log[before..]);
    }
    let me: Value =
        serde_json::from_slice(&emu.cmd().args(["org", "get", "me", "-o", "json"]).output().unwrap().stdout).unwrap();
    assert_eq!(me["id"].as_str(), Some(org.as_str()), "{me}");
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("policy.toml");
    std::fs::write(&policy, "[[rule]]\nname = \"mine\"\nbalance = { org = \"me\", min_active = \"1kg\" }\n").unwrap();
    let before = emu.logged().len();
    let o = emu.cmd().arg("check").arg("--policy").arg(&policy).args(["-o", "json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "org = \"me\" in a policy: {}", stderr(&o));
    let want = format!("/organisations/{org}/credit_balance");
    assert!(emu.logged()[before..].iter().any(|l| l.contains(&want)), "{:?}", &emu.logged()[before..]);
}

#[test]
fn the_org_argument_and_org_flag_are_one_option() {
    let o = offline(&["balance", "org_317WYCVEJN6WLZ5L", "--org", "org_2TU3SKMRLNZVUU2J"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot be used with"), "{}", stderr(&o));
}

#[test]
fn a_bad_organisation_id_says_me_is_yours() {
    for args in [&["batch", "list", "--org", "Kansas"][..], &["balance", "Kansas"], &["reconcile", "--org", "Kansas"]] {
        let o = offline(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let e = stderr(&o);
        assert!(e.contains("'Kansas' is not an organisation ID"), "{e}");
        assert!(e.contains("`me` for yours, `isoreg transferee list` for the ones you can transfer to"), "{e}");
        assert!(!e.contains("(see `isoreg transferee list`)"), "{e}");
    }
}

#[test]
fn an_organisation_flag_another_command_uses_names_this_ones() {
    let o = offline(&["retirement", "list", "--from", "me"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("unexpected argument '--from'"), "{e}");
    assert!(
        e.contains("`isoreg retirement list` takes an organisation as --owner ORG|me (only retirements by this owner organisation) or --beneficiary ORG|me"),
        "{e}"
    );
    let o = offline(&["batch", "list", "--owner", "me"]);
    assert!(stderr(&o).contains("takes an organisation as --org ORG|me"), "{}", stderr(&o));
}

/// Every noun with verbs, and its verbs (from the clap definition).
fn nouns() -> Vec<(String, Vec<String>)> {
    use clap::CommandFactory;
    let root = isoreg::cli::Cli::command();
    root.get_subcommands()
        .map(|n| (n.get_name().to_string(), n.get_subcommands().map(|s| s.get_name().to_string()).collect::<Vec<_>>()))
        .filter(|(_, subs)| !subs.is_empty())
        .collect()
}

#[test]
fn bare_nouns_list_their_verbs() {
    let all = nouns();
    assert!(all.iter().any(|(n, _)| n == "transfer"), "{all:?}");
    for (noun, subs) in all {
        let o = offline(&[&noun]);
        let text = format!("{}{}", stdout(&o), stderr(&o));
        assert!(text.contains("Commands:"), "`isoreg {noun}`:\n{text}");
        let o = bare(tempfile::tempdir().unwrap().path()).arg(&noun).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{noun}");
        let text = format!("{}{}", stdout(&o), stderr(&o));
        assert!(text.contains("Commands:"), "`isoreg {noun}`:\n{text}");
        for s in subs.iter().filter(|s| *s != "help") {
            assert!(text.contains(&format!("\n  {s} ")), "`isoreg {noun}` does not list {s}:\n{text}");
        }
    }
}

#[test]
fn typos_of_verbs_get_a_suggestion() {
    let o = offline(&["transfer", "lst"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("a similar subcommand exists: 'list'") && !e.contains("--supplier"), "{e}");
    for (noun, subs) in nouns() {
        let Some(verb) = subs.iter().find(|s| s.len() >= 4 && *s != "help") else { continue };
        let typo = format!("{}{}", &verb[..verb.len() - 1], "x");
        let o = offline(&[&noun, &typo]);
        assert!(stderr(&o).contains(&format!("'{verb}'")), "`isoreg {noun} {typo}`: {}", stderr(&o));
    }
}

#[test]
fn the_transfer_write_is_transfer_create_and_the_old_spelling_sends_nothing() {
    let emu = Emu::start_logged(&[]);
    let to = emu.json(&["transferee", "list", "--limit", "1"])[0]["id"].as_str().unwrap().to_string();
    let sup = emu.samples["supplier"].clone();
    let before = emu.logged().len();
    let o = emu.cmd().args(["transfer", "1.5", "--to", &to, "--supplier", &sup, "--yes"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("the transfer write is now `isoreg transfer create 1.5 --to ORG"), "{}", stderr(&o));
    assert_eq!(emu.logged().len(), before, "the old spelling sent {:?}", &emu.logged()[before..]);
    let o =
        emu.cmd().args(["transfer", "create", "1.5", "--to", &to, "--supplier", &sup, "--dry-run"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("Dry run: nothing was sent."), "{}", stderr(&o));
    assert!(!emu.logged().iter().any(|l| l.starts_with("POST")), "{:?}", emu.logged());
    let o = emu.cmd().args(["transfer", "create", "1", "--to", "me", "--supplier", &sup]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("a transfer goes to another organisation"), "{}", stderr(&o));
}

#[test]
fn reconcile_puts_what_differs_first_and_names_it() {
    let skew = Emu::start(&["--quirk", "skew-balance"]);
    let o = skew.cmd().args(["reconcile", "-o", "table"]).env("COLUMNS", "120").output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let rows: Vec<String> = stdout(&o).lines().skip(1).map(str::to_string).collect();
    let first_true = rows.iter().position(|l| l.starts_with("true")).unwrap();
    assert!(first_true > 0 && rows[..first_true].iter().all(|l| l.starts_with("false")), "{rows:?}");
    assert!(rows[first_true..].iter().all(|l| l.starts_with("true")), "{rows:?}");
    let last = stderr(&o).lines().last().unwrap_or_default().to_string();
    let org = &skew.buyer_org;
    assert!(last.contains("2 of 32 totals differ"), "{last}");
    assert!(last.contains(&format!("organisation {org} active (batches 0.001 t less)")), "{last}");
    assert!(last.contains("; project prj_"), "{last}");
    let o = skew.cmd().args(["reconcile", "--only-diff", "-o", "json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let v = v.as_array().unwrap();
    assert_eq!(v.len(), 2, "{v:?}");
    assert!(v.iter().all(|r| r["ok"] == false && r["difference"]["credit_kgs"] == -1), "{v:?}");
    let fine = Emu::shared();
    let o = fine.cmd().args(["reconcile", "--only-diff", "-o", "json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(serde_json::from_slice::<Value>(&o.stdout).unwrap(), serde_json::json!([]));
}

#[test]
fn limit_zero_is_a_usage_error() {
    for args in
        [&["batch", "list", "--limit", "0"][..], &["delivery", "batches", "dlv_6FZKE6JTWJMALSM1", "--limit", "0"]]
    {
        let o = offline(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("--limit must be at least 1; use --all for every item"), "{}", stderr(&o));
        assert!(stdout(&o).is_empty() && !stderr(&o).contains("No items"), "{}", stderr(&o));
    }
}

#[test]
fn quiet_keeps_the_plan_a_prompt_asks_about() {
    let emu = Emu::start_logged(&[]);
    let state = tempfile::tempdir().unwrap();
    std::fs::write(emu.config_path(), "[profiles.rw]\nallow_writes = true\n").unwrap();
    let sup = emu.samples["supplier"].clone();
    let args = ["retire", "1kg", "--supplier", &sup, "--beneficiary", "me", "--purpose", "other", "-q"];
    let run = |extra: &[&str], stdin: &str| {
        let mut c = emu.cmd();
        c.env("ISOREG_STATE_DIR", state.path()).env("ISOREG_PROFILE", "rw").env("ISOREG_FORCE_TTY", "1");
        c.args(args).args(extra).write_stdin(stdin.to_string()).output().unwrap()
    };
    let asked = run(&[], "n\n");
    assert_eq!(asked.status.code(), Some(2), "{}", stderr(&asked));
    assert!(stderr(&asked).contains("Retire 0.001 t"), "the prompt's plan is hidden:\n{}", stderr(&asked));
    assert!(!emu.logged().iter().any(|l| l.starts_with("POST")));
    let dry = run(&["--dry-run"], "");
    assert!(dry.status.success(), "{}", stderr(&dry));
}

#[test]
fn version_only_at_the_top() {
    let o = offline(&["-V"]);
    assert_eq!(stdout(&o).trim(), format!("isoreg {}", env!("CARGO_PKG_VERSION")));
    let o = offline(&["batch", "-V"]);
    assert_eq!(o.status.code(), Some(2));
    let o = offline(&["batch", "list", "-h"]);
    assert!(!stdout(&o).contains("--version"), "{}", stdout(&o));
}

#[test]
fn short_help_fits_a_screen_and_no_help_line_is_wider_than_80() {
    for (args, rows) in [(vec![], 24), (vec!["-h".to_string()], 24), (vec!["--help".to_string()], usize::MAX)] {
        let o = offline(&args.iter().map(String::as_str).collect::<Vec<_>>());
        let text = stdout(&o);
        assert!(text.lines().count() <= rows, "isoreg {args:?}: {} rows:\n{text}", text.lines().count());
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    }
    let short = stdout(&offline(&["-h"]));
    assert!(short.contains("transfer create") && short.contains("isoreg --demo balance"), "{short}");
    let long = stdout(&offline(&["--help"]));
    assert!(long.contains("Exit codes:") && long.contains("--profile <NAME>"), "{long}");
    for p in crate::cli::command_paths() {
        let p: Vec<&str> = p.iter().map(String::as_str).collect();
        for flag in ["-h", "--help"] {
            let o = offline(&[&p[..], &[flag]].concat());
            let text = stdout(&o);
            let wide: Vec<&str> = text.lines().filter(|l| l.chars().count() > 80).collect();
            assert!(wide.is_empty(), "`isoreg {} {flag}` has lines over 80 columns: {wide:?}", p.join(" "));
            if flag == "-h" {
                assert!(
                    text.lines().count() <= 24,
                    "`isoreg {} -h`: {} rows:\n{text}",
                    p.join(" "),
                    text.lines().count()
                );
            }
        }
    }
}

#[test]
fn help_examples_continue_with_backslashes() {
    let text = stdout(&offline(&["transfer", "create", "--help"]));
    assert!(
        text.contains(
            "  isoreg --demo transfer create 1.5 --to org_2TU3SKMRLNZVUU2J \\\n      --supplier spl_YABW1L0SJQ0RH301 --note 'To our subsidiary' --dry-run"
        ),
        "{text}"
    );
    let short = stdout(&offline(&["retire", "-h"]));
    assert!(short.contains("Example (more with --help):\n  isoreg --demo retire 1.234"), "{short}");
    assert!(!short.contains("--from-oldest --yes"), "-h shows the first example only:\n{short}");
    let long = stdout(&offline(&["retire", "--help"]));
    assert!(long.contains("--from-oldest") && long.contains("All global options: isoreg help options"), "{long}");
}
