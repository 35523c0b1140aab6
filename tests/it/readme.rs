//! README examples print what the README shows: a handful of `--demo`
//! examples whose output is deterministic are run as a person sees them (an
//! 80-column terminal, no pager, no colour, stdout and stderr in the order
//! written) and the README must hold the command line followed by exactly
//! those lines.

use crate::common;

use std::fs::File;
use std::io::Read;
use std::process::Stdio;
use std::time::Duration;

/// README.md of this crate, as lines.
fn readme() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    std::fs::read_to_string(path).unwrap().lines().map(str::to_string).collect()
}

/// Runs `isoreg ARGS` on a forced 80-column terminal; returns what a person
/// would see (stdout and stderr interleaved as written, or only stderr when
/// `stdout_to_null`, as `> /dev/null` does).
fn seen(args: &[&str], stdout_to_null: bool) -> Vec<String> {
    let home = tempfile::tempdir().unwrap();
    let screen = home.path().join("screen");
    let out = File::create(&screen).unwrap();
    let stdout = if stdout_to_null { Stdio::null() } else { Stdio::from(out.try_clone().unwrap()) };
    let mut cmd = common::bare_std(home.path());
    cmd.args(args).arg("--no-pager").env("ISOREG_STATE_DIR", home.path().join("state"));
    common::on_terminal(&mut cmd, 80).env("LINES", "200");
    let mut child = cmd.stdin(Stdio::null()).stdout(stdout).stderr(Stdio::from(out)).spawn().unwrap();
    common::wait_bounded(&mut child, Duration::from_secs(30));
    let mut text = String::new();
    File::open(&screen).unwrap().read_to_string(&mut text).unwrap();
    assert!(!text.contains("panicked"), "{text}");
    common::without_progress(&text).lines().map(str::to_string).collect()
}

/// A README line without a trailing `# comment` and its padding.
fn command_part(line: &str) -> &str {
    match line.find("  #") {
        Some(i) => line[..i].trim_end(),
        None => line.trim_end(),
    }
}

/// Asserts the README shows `$ shown` followed by exactly `lines`.
fn assert_shown(shown: &str, lines: &[String]) {
    let doc = readme();
    let prompt = format!("$ {shown}");
    let starts: Vec<usize> = (0..doc.len()).filter(|&i| command_part(&doc[i]) == prompt).collect();
    assert!(!starts.is_empty(), "README has no `{prompt}` line");
    let found = starts.iter().any(|&i| doc.get(i + 1..i + 1 + lines.len()) == Some(lines));
    assert!(found, "README does not show under `{prompt}` exactly:\n{}", lines.join("\n"));
}

/// Runs an example and asserts the README shows all of its output.
fn example(args: &[&str]) {
    let out = seen(args, false);
    assert!(!out.is_empty(), "isoreg {args:?} printed nothing");
    assert_shown(&format!("isoreg {}", args.join(" ")), &out);
}

#[test]
fn ci_check_prints_its_three_verdicts() {
    let out = seen(&["--demo", "balance", "--min-active", "4000t", "--max-retired", "3000"], true);
    assert_eq!(out.len(), 5, "three verdicts, two of them wrapped at a word to 80 columns: {out:?}");
    assert!(out[0].starts_with("ok: active credits") && out[1].starts_with("  4,994.378 t"), "{out:?}");
    assert!(out[2].starts_with("FAILED: retired credits") && out[3].starts_with("  "), "{out:?}");
    assert_shown("isoreg --demo balance --min-active 4000t --max-retired 3000 > /dev/null", &out);
}

#[test]
fn reconcile_head_and_tail_at_80_columns() {
    let out = seen(&["--demo", "reconcile"], false);
    assert!(out.len() > 8, "{out:?}");
    assert!(out[0].contains("BATCHES (t)"), "the compared column is kept at 80 columns: {out:?}");
    let mut shown: Vec<String> = out[..4].to_vec();
    shown.push("...".into());
    shown.extend_from_slice(&out[out.len() - 2..]);
    assert_shown("isoreg --demo reconcile", &shown);
}

#[test]
fn batch_list_at_80_columns() {
    example(&["--demo", "batch", "list", "--status", "active", "--limit", "3"]);
}

/// The tree itself is pinned by `tests/term.rs` (stdout at 120 columns);
/// here, the note stderr prints after it at 80 columns (wrapped at a word).
#[test]
fn lineage_note_at_80_columns() {
    let seen = seen(&["--demo", "batch", "lineage", "ctb_4V9FKPAEQNNQN5JD"], false);
    let at = seen.iter().position(|l| l.starts_with("Hid columns")).expect("a note");
    assert!(seen[..at].iter().any(|l| l.starts_with("9 batches.")), "the note follows the tree: {seen:?}");
    let note = common::unwrapped(&seen[at..].join("\n")).lines().next().unwrap_or_default().to_string();
    assert!(note.starts_with("Hid columns OWNER, ON (UTC)"), "{note}");
    let doc = readme().join(" ");
    assert!(doc.contains(&format!("stderr says, after the tree, `{note}`")), "README lacks the note: {note}");
}

#[test]
fn movement_and_project_tables_at_80_columns() {
    example(&["--demo", "delivery", "list", "--limit", "3"]);
    example(&["--demo", "delivery", "list", "--limit", "3", "-o", "wide"]);
    example(&["--demo", "project", "list", "--limit", "3"]);
    example(&["--demo", "issuance", "batches", "iss_321FIIVF5M0W02B5"]);
}

#[test]
fn csv_and_json_error_examples() {
    let csv = ["--demo", "retirement", "list", "--limit", "2", "-o", "csv"];
    let fields = ["--fields", "id,owner.name,beneficiary.name,purposes"];
    example(&[&csv[..], &fields[..]].concat());
    example(&["--demo", "batch", "get", "ctb_0000000000000000", "-o", "json"]);
}

#[test]
fn check_report_of_the_example_policy() {
    example(&["--demo", "check", "--policy", "examples/isoreg-policy.toml"]);
}

/// The `api` paging example: the second page starts after the first page's
/// `end_cursor`, so no item repeats, and the README shows both pages as printed.
#[test]
fn api_paging_by_hand_follows_the_end_cursor() {
    let first_jq = ".nodes[].id, .page_info.end_cursor";
    let first = seen(&["--demo", "api", "/issuances", "-f", "first=5", "--jq", first_jq, "-r"], false);
    assert_eq!(first.len(), 6, "{first:?}");
    let cursor = first[5].clone();
    let after = format!("after={cursor}");
    let second =
        seen(&["--demo", "api", "/issuances", "-f", "first=5", "-f", &after, "--jq", ".nodes[].id", "-r"], false);
    assert_eq!(second.len(), 5, "{second:?}");
    assert!(
        second.iter().all(|id| id.starts_with("iss_") && !first.contains(id)),
        "a repeated item: {first:?} {second:?}"
    );
    assert_shown(&format!("isoreg --demo api /issuances -f first=5 --jq '{first_jq}' -r"), &first);
    assert_shown(&format!("isoreg --demo api /issuances -f first=5 -f {after} --jq '.nodes[].id' -r"), &second);
}

/// The README's man-page install line, run as written in a fresh home, lets
/// `man isoreg-batch-get` find the page with no MANPATH (man-db searches
/// `../share/man` beside each PATH folder, and ~/.cargo/bin is where
/// `cargo install` puts isoreg). Skipped where man-db is not installed.
#[test]
fn man_pages_install_where_man_finds_them() {
    let doc = readme();
    let line = doc.iter().find(|l| l.contains("cp man/*.1")).expect("a man install line");
    let line = line.split("  #").next().unwrap();
    let home = tempfile::tempdir().unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let run = |program: &str| {
        let cargo_bin = home.path().join(".cargo").join("bin");
        std::fs::create_dir_all(&cargo_bin).unwrap();
        std::process::Command::new("bash")
            .args(["--norc", "--noprofile", "-c", program])
            .current_dir(root)
            .env_clear()
            .env("HOME", home.path())
            .env("PATH", format!("{}:/usr/local/bin:/usr/bin:/bin", cargo_bin.display()))
            .output()
            .unwrap()
    };
    let o = run(line);
    assert!(o.status.success(), "{line}: {}", String::from_utf8_lossy(&o.stderr));
    if !run("command -v man").status.success() {
        return;
    }
    let o = run("man -w isoreg-batch-get");
    let found = String::from_utf8_lossy(&o.stdout).trim().to_string();
    assert!(
        found.starts_with(home.path().to_str().unwrap()),
        "man finds {found:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The `--fields` listing example (indented in a list item) shows the real first four fields.
#[test]
fn bare_fields_example() {
    let out = seen(&["project", "list", "--fields"], false);
    let mut block = vec!["  $ isoreg project list --fields | head -4".to_string()];
    block.extend(out.iter().take(4).map(|l| format!("  {l}")));
    let doc = readme().join("\n");
    assert!(doc.contains(&block.join("\n")), "README lacks:\n{}", block.join("\n"));
}
