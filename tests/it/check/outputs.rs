//! The report formats of check: junit read back with quick-junit, GitHub output and step summary, the grouped report for people, init, exit codes, jq/csv/fields and hostile text.

use super::*;

/// A policy with one passing rule, one failing error rule and one failing warning rule.
fn mixed(emu: &Emu) -> String {
    let active = kg(&emu.json(&["balance"]), &["total", "active_credits_total"]);
    format!(
        "[[rule]]\nname = \"enough\"\nbalance = {{ min_active = \"1kg\" }}\n\n\
         [[rule]]\nname = \"more than we have, \\\"really\\\": 100%\"\nbalance = {{ min_active = \"{}kg\" }}\n\n\
         [[rule]]\nname = \"cap\"\nbalance = {{ max_active = \"1kg\" }}\nseverity = \"warning\"\n",
        active + 5
    )
}

#[test]
fn junit_is_read_back_with_quick_junit() {
    let emu = Emu::shared();
    let active = kg(&emu.json(&["balance"]), &["total", "active_credits_total"]);
    let junit = emu.home.path().join("out/../report.xml");
    let (code, _) = check(&emu, &mixed(&emu), &["--junit", junit.to_str().unwrap()]);
    assert_eq!(code, 1);
    let xml = std::fs::read_to_string(emu.home.path().join("report.xml")).unwrap();
    let report = quick_junit::Report::deserialize_from_str(&xml).unwrap();
    assert_eq!((report.tests, report.failures, report.errors), (3, 1, 0));
    let suite = &report.test_suites[0];
    assert_eq!((suite.tests, suite.failures), (3, 1));
    let names: Vec<&str> = suite.test_cases.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["enough", "more than we have, \"really\": 100%", "cap"]);
    match &suite.test_cases[1].status {
        quick_junit::TestCaseStatus::NonSuccess { kind, message, .. } => {
            assert_eq!(*kind, quick_junit::NonSuccessKind::Failure);
            let want = format!(
                "found active credits of the organisation: {} t; expected active credits at least {} t",
                t(active),
                t(active + 5)
            );
            assert_eq!(message.as_ref().map(|m| m.as_str()), Some(want.as_str()));
        }
        other => panic!("not a failure: {other:?}"),
    }
    assert!(matches!(suite.test_cases[2].status, quick_junit::TestCaseStatus::Success { .. }));
    assert!(suite.test_cases[2].system_out.as_ref().unwrap().as_str().starts_with("warning: found active credits"));
    // The shape CI servers read: testsuites → testsuite → testcase, failures with a message.
    let trimmed: Vec<&str> = xml.lines().map(str::trim).collect();
    assert!(trimmed[1].starts_with("<testsuites name=\"isoreg check\" tests=\"3\""), "{xml}");
    assert!(trimmed[2].starts_with("<testsuite name=\""), "{xml}");
    assert!(trimmed[3].starts_with("<testcase name=\"enough\" classname=\"isoreg.check.balance\""), "{xml}");
    assert!(xml.contains("<failure message=\"found active credits of the organisation: "), "{xml}");
}

#[test]
fn github_output_and_the_step_summary_line_by_line() {
    let emu = Emu::shared();
    let active = kg(&emu.json(&["balance"]), &["total", "active_credits_total"]);
    let p = policy(&emu, &mixed(&emu));
    let summary = emu.home.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let o = emu
        .cmd()
        .args(["check", "--github", "--markdown", "-", "--policy"])
        .arg(&p)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let file = p.display().to_string().replace(':', "%3A").replace(',', "%2C");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    let found = format!("found active credits of the organisation: {} t", t(active));
    assert_eq!(
        lines[0],
        format!(
            "::error file={file},line=5,title=more than we have%2C \"really\"%3A 100%25::{found}; expected active credits at least {} t. Acquire credits, or lower min_active if the floor is no longer needed.",
            t(active + 5)
        )
    );
    assert_eq!(
        lines[1],
        format!(
            "::warning file={file},line=9,title=cap::{found}; expected active credits at most 0.001 t. More active credits are held than the cap allows: retire, transfer, or raise max_active."
        )
    );
    let md_text = std::fs::read_to_string(&summary).unwrap();
    let md: Vec<&str> = md_text.lines().collect();
    assert_eq!(md[0], "earlier step", "appended, not replaced");
    assert_eq!(md[1], "### isoreg check: 1 passed, 1 failed, 1 warning");
    assert_eq!(md[5], "| | Rule | Found | Expected |");
    assert_eq!(
        md[7],
        "| ✅ | enough | active credits of the organisation: {} t | active credits at least 0.001 t |"
            .replace("{}", &t(active))
    );
    assert!(md[8].starts_with("| ❌ | more than we have, \"really\": 100% | "), "{}", md[8]);
    assert!(md[9].starts_with("| ⚠️ | cap | "), "{}", md[9]);
    assert_eq!(
        md[11],
        "- **more than we have, \"really\": 100%**: Acquire credits, or lower min\\_active if the floor is no longer needed."
    );
    // --markdown without a FILE prints the same Markdown on stdout, after the workflow commands.
    assert_eq!(lines[2..], md[1..md.len() - 1]);
    assert_eq!(md.last(), Some(&""), "a blank line ends the appended summary");
}

#[test]
fn the_report_for_people_is_grouped_with_marks() {
    let emu = Emu::shared();
    let p = policy(&emu, &(mixed(&emu) + "[[rule]]\nname = \"books\"\nreconcile = true\n"));
    let o = emu.cmd().args(["check", "--policy"]).arg(&p).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], format!("Policy {}: 4 rules", p.display()));
    assert_eq!(lines[2], "Balances");
    assert_eq!(lines[3], "  ✓ enough");
    assert!(lines[4].starts_with("      found:    active credits of the organisation: "));
    assert_eq!(lines[5], "      expected: active credits at least 0.001 t");
    assert_eq!(lines[6], "  ✗ more than we have, \"really\": 100%");
    assert!(out.contains("\n  ! cap (warning)\n"), "{out}");
    assert!(out.contains("\nReconciliation\n  ✓ books\n      found:    all "), "{out}");
    assert_eq!(lines.last(), Some(&"2 passed, 1 failed, 1 warning"));
    assert!(stderr(&o).contains("1 of 4 rules failed: 'more than we have, \"really\": 100%'."), "{}", stderr(&o));
}

#[test]
fn init_writes_a_starter_that_holds_and_refuses_to_overwrite() {
    let emu = Emu::shared();
    let p = emu.home.path().join("isoreg-policy.toml");
    let o = emu.cmd().current_dir(emu.home.path()).args(["check", "--init"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&p).unwrap();
    let bal = emu.json(&["balance"]);
    let active = kg(&bal, &["total", "active_credits_total"]);
    // The policy file holds quantities isoreg reads back: no separators.
    assert!(text.contains(&format!("balance = {{ min_active = \"{}t\" }}", t(active).replace(',', ""))), "{text}");
    let open: Vec<Value> = emu
        .json(&["order", "list", "--all"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["status"] != "completed")
        .cloned()
        .collect();
    for o in &open {
        assert!(
            text.contains(&format!("order = {{ id = \"{}\", min_delivered_pct = 100", o["id"].as_str().unwrap())),
            "{text}"
        );
    }
    // The starter holds today (run from that folder, with the default file name).
    let run = emu.cmd().current_dir(emu.home.path()).args(["check", "-o", "json"]).output().unwrap();
    assert_eq!(run.status.code(), Some(0), "{}{}", stdout(&run), stderr(&run));
    let again = emu.cmd().current_dir(emu.home.path()).args(["check", "--init"]).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("already exists; add --force"), "{}", stderr(&again));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), text);
    let forced = emu.cmd().current_dir(emu.home.path()).args(["check", "--init", "--force"]).output().unwrap();
    assert!(forced.status.success(), "{}", stderr(&forced));
}

#[test]
fn credentials_and_network_failures_keep_their_exit_codes() {
    let emu = Emu::shared();
    let text =
        "[[rule]]\nname = \"b\"\nbalance = { min_active = 1 }\n[[rule]]\nname = \"t\"\ntoken = { min_days = 1 }\n";
    let p = policy(&emu, text);
    let o = emu.cmd().args(["check", "--policy"]).arg(&p).env("ISOMETRIC_CLIENT_SECRET", "wrong").output().unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stdout(&o).contains("✗ b"), "every rule is still reported: {}", stdout(&o));
    assert!(stdout(&o).contains("✓ t"), "{}", stdout(&o));
    assert!(!stdout(&o).contains("wrong") && !stderr(&o).contains("wrong"));
    let url = crate::common::dead_url();
    let o =
        emu.cmd().args(["check", "--retries", "0", "--policy"]).arg(&p).env("ISOREG_BASE_URL", url).output().unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(stderr(&o).contains("Rule 'b' could not be checked: "), "{}", stderr(&o));
}

#[test]
fn jq_csv_and_fields_apply_to_the_report() {
    let emu = Emu::shared();
    let p = policy(&emu, &mixed(&emu));
    let run = |args: &[&str]| emu.cmd().args(["check", "--policy"]).arg(&p).args(args).output().unwrap();
    let o = run(&["--jq", "[.passed, .failed, .warnings]"]);
    assert_eq!((o.status.code(), stdout(&o).split_whitespace().collect::<String>()), (Some(1), "[1,1,1]".into()));
    let o = run(&["-o", "csv", "--fields", "name,status"]);
    assert_eq!(stdout(&o), "name,status\nenough,pass\n\"more than we have, \"\"really\"\": 100%\",fail\ncap,warn\n");
    let o = run(&["--fields", "name"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("use it with -o json, jsonl or csv"), "{}", stderr(&o));
    let o = run(&["-o", "json", "--markdown"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn hostile_text_cannot_drive_the_terminal_or_break_the_reports() {
    let emu = Emu::shared_with(&["--quirk", "hostile"]);
    let text = "[[rule]]\nname = \"evil \\u001b[2J\\nname\"\nbalance = { min_active = \"100000000t\" }\n\
                [[rule]]\nname = \"notes\"\nretirements = { note = true }\n[[rule]]\nname = \"open\"\norder = { open = true, min_delivered_pct = 100 }\n";
    let p = policy(&emu, text);
    let junit = emu.home.path().join("r.xml");
    let summary = emu.home.path().join("s.md");
    let o = emu
        .cmd()
        .args(["check", "--github", "--policy"])
        .arg(&p)
        .arg("--junit")
        .arg(&junit)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains('\u{1b}'), "{out}");
    assert!(out.lines().any(|l| l.starts_with("::error ") && l.contains("title=evil \\u{1b}[2J%0Aname::")), "{out}");
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(!md.contains('\u{1b}') && md.contains("| ❌ | evil \\\\u{1b}\\[2J name | "), "{md}");
    let xml = std::fs::read_to_string(&junit).unwrap();
    let report = quick_junit::Report::deserialize_from_str(&xml).unwrap();
    assert_eq!(report.tests, 3);
    assert!(!xml.contains('\u{1b}'), "{xml}");
    // A starter written from hostile names keeps them inside its comments, and holds.
    let starter = emu.home.path().join("starter.toml");
    let o = emu.cmd().args(["check", "--init", "--policy"]).arg(&starter).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&starter).unwrap();
    assert!(!text.contains('\u{1b}') && text.lines().next().unwrap().contains("\\u{1b}"), "{text}");
    let o = emu.cmd().args(["check", "-q", "--policy"]).arg(&starter).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}
