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
    common::as_seen(&text).lines().map(str::to_string).collect()
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
    assert_eq!(out.len(), 3, "{out:?}");
    assert!(out[0].starts_with("ok: active credits"), "{out:?}");
    assert!(out[1].starts_with("FAILED: retired credits"), "{out:?}");
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
/// here, the note stderr prints before it at 80 columns.
#[test]
fn lineage_note_at_80_columns() {
    let note = seen(&["--demo", "batch", "lineage", "ctb_4V9FKPAEQNNQN5JD"], false).remove(0);
    assert!(note.starts_with("Hid columns OWNER, ON (UTC)"), "{note}");
    let doc = readme().join(" ");
    assert!(doc.contains(&format!("stderr first says `{note}`")), "README lacks the note: {note}");
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
