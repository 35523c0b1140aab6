//! The outputs of `check`, all made from one [`CheckReport`]: the grouped report
//! for people, JSON (one object; rows for jsonl and csv), JUnit XML (written
//! with `quick-junit`), GitHub workflow commands and Markdown (the step
//! summary, or `--markdown`). Server text is sanitised in every text output.

use super::policy::{Policy, Rule, Severity};
use super::rules::Outcome;
use crate::error::{Error, Result};
use crate::render::{ColKind, Plan, col};
use crate::sanitize::sanitize;
use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus, TestSuite};
use serde_json::{Value, json};
use std::time::Duration;

/// One rule and what became of it.
pub struct Verdict<'a> {
    pub rule: &'a Rule,
    pub outcome: Outcome,
}

impl Verdict<'_> {
    /// `pass`, `fail` (an error rule broken) or `warn` (a warning rule broken).
    pub fn status(&self) -> &'static str {
        match (self.outcome.ok, self.rule.severity) {
            (true, _) => "pass",
            (false, Severity::Error) => "fail",
            (false, Severity::Warning) => "warn",
        }
    }
}

/// Every verdict of one run.
pub struct CheckReport<'a> {
    pub policy: &'a Policy,
    pub verdicts: Vec<Verdict<'a>>,
    pub elapsed: Duration,
}

impl CheckReport<'_> {
    fn count(&self, status: &str) -> usize {
        self.verdicts.iter().filter(|v| v.status() == status).count()
    }

    /// "3 passed, 1 failed, 1 warning".
    pub fn summary(&self) -> String {
        let w = self.count("warn");
        format!(
            "{} passed, {} failed, {w} warning{}",
            self.count("pass"),
            self.count("fail"),
            if w == 1 { "" } else { "s" }
        )
    }

    /// The names of the broken error rules.
    pub fn failed(&self) -> Vec<&str> {
        self.verdicts.iter().filter(|v| v.status() == "fail").map(|v| v.rule.name.as_str()).collect()
    }

    fn policy_name(&self) -> String {
        self.policy.path.display().to_string()
    }
}

/// Kinds in the order the human report groups them, with their headings.
const GROUPS: &[(&str, &str)] = &[
    ("balance", "Balances"),
    ("reconcile", "Reconciliation"),
    ("token", "Access token"),
    ("order", "Orders"),
    ("retirements", "Retirements"),
    ("changes", "Changes since the previous snapshot"),
    ("sql", "SQL assertions"),
];

/// Detail rows shown under a rule in the text outputs.
const SHOWN_DETAILS: usize = 5;

/// The grouped report for people.
pub fn human(r: &CheckReport<'_>, color: bool) -> String {
    let paint = |s: &str, code: &str| crate::term::colour::paint(s, code, color);
    let mut out = format!("Policy {}: {} rules\n", sanitize(&r.policy_name()), r.verdicts.len());
    for (kind, heading) in GROUPS {
        let group: Vec<&Verdict<'_>> = r.verdicts.iter().filter(|v| v.rule.check.kind() == *kind).collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{heading}\n"));
        for v in group {
            let mark = match v.status() {
                "pass" => paint("✓", crate::term::colour::GREEN),
                "fail" => paint("✗", crate::term::colour::RED),
                _ => paint("!", crate::term::colour::YELLOW),
            };
            let tag = if v.status() == "warn" { " (warning)" } else { "" };
            out.push_str(&format!("  {mark} {}{tag}\n", sanitize(&v.rule.name)));
            out.push_str(&format!("      found:    {}\n", sanitize(&v.outcome.found)));
            out.push_str(&format!("      expected: {}\n", sanitize(&v.outcome.expected)));
            if !v.outcome.advice.is_empty() {
                out.push_str(&format!("      advice:   {}\n", sanitize(&v.outcome.advice)));
            }
            out.push_str(&details_text(&v.outcome.details, "      | "));
        }
    }
    out.push_str(&format!("\n{}\n", r.summary()));
    out
}

/// The first detail rows, one compact JSON line each, under `prefix`.
fn details_text(details: &[Value], prefix: &str) -> String {
    let mut out = String::new();
    for d in details.iter().take(SHOWN_DETAILS) {
        out.push_str(&format!("{prefix}{}\n", sanitize(&d.to_string())));
    }
    if details.len() > SHOWN_DETAILS {
        out.push_str(&format!("{prefix}… {} more rows (-o json shows them all)\n", details.len() - SHOWN_DETAILS));
    }
    out
}

/// One JSON object per rule (the `results` of [`json`]; the rows of jsonl and csv).
pub fn rows(r: &CheckReport<'_>) -> Vec<Value> {
    r.verdicts
        .iter()
        .map(|v| {
            json!({
                "name": v.rule.name, "kind": v.rule.check.kind(), "severity": v.rule.severity.name(),
                "line": v.rule.line, "status": v.status(), "found": v.outcome.found,
                "expected": v.outcome.expected, "advice": v.outcome.advice, "details": v.outcome.details,
            })
        })
        .collect()
}

/// How rows are shown as CSV (and a table, were one asked for).
pub const ROWS: Plan = Plan {
    columns: &[
        col("STATUS", "status", ColKind::Status),
        col("RULE", "name", ColKind::Text),
        col("FOUND", "found", ColKind::Text),
        col("EXPECTED", "expected", ColKind::Text),
    ],
    detail: &[],
    fields: &["name", "kind", "severity", "line", "status", "found", "expected", "advice"],
};

/// The whole report as one JSON object.
pub fn json(r: &CheckReport<'_>) -> Value {
    json!({
        "policy": r.policy_name(),
        "ok": r.count("fail") == 0,
        "rules": r.verdicts.len(),
        "passed": r.count("pass"),
        "failed": r.count("fail"),
        "warnings": r.count("warn"),
        "results": rows(r),
    })
}

/// The report as JUnit XML: one test suite (the policy), one test case per
/// rule; a broken error rule is a failure whose message holds the figures; a
/// broken warning rule passes, with the warning in its system-out.
pub fn junit(r: &CheckReport<'_>) -> Result<String> {
    let mut suite = TestSuite::new(r.policy_name());
    suite.set_time(r.elapsed);
    for v in &r.verdicts {
        let status = match v.status() {
            "fail" => {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                s.set_message(failure_message(&v.outcome));
                s.set_type(v.rule.check.kind());
                s.set_description(description(&v.outcome));
                s
            }
            _ => TestCaseStatus::success(),
        };
        let mut case = TestCase::new(v.rule.name.as_str(), status);
        case.set_classname(format!("isoreg.check.{}", v.rule.check.kind()));
        if v.status() == "warn" {
            case.set_system_out(format!("warning: {}\n{}", failure_message(&v.outcome), description(&v.outcome)));
        }
        suite.add_test_case(case);
    }
    let mut report = quick_junit::Report::new("isoreg check");
    report.set_time(r.elapsed);
    report.add_test_suite(suite);
    report.to_string().map_err(|e| Error::local(format!("Cannot write the JUnit report: {e}.")))
}

/// "found X; expected Y".
fn failure_message(o: &Outcome) -> String {
    format!("found {}; expected {}", o.found, o.expected)
}

/// The advice and the detail rows, for a failure's text.
fn description(o: &Outcome) -> String {
    let mut s = o.advice.clone();
    for d in &o.details {
        s.push('\n');
        s.push_str(&d.to_string());
    }
    s
}

/// GitHub Actions workflow commands: one `::error` or `::warning` line per
/// broken rule, pointing at the rule's line in the policy file.
pub fn github(r: &CheckReport<'_>) -> String {
    let mut out = String::new();
    for v in &r.verdicts {
        let level = match v.status() {
            "fail" => "error",
            "warn" => "warning",
            _ => continue,
        };
        let msg = format!("{}. {}", failure_message(&v.outcome), v.outcome.advice);
        out.push_str(&format!(
            "::{level} file={},line={},title={}::{}\n",
            gh_property(&r.policy_name()),
            v.rule.line,
            gh_property(&v.rule.name),
            gh_data(msg.trim_end())
        ));
    }
    out
}

/// A workflow command's message: `%`, CR and LF escaped, controls made visible.
fn gh_data(s: &str) -> String {
    sanitize(&s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A"))
}

/// A workflow command's property: also `:` and `,` escaped.
fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The report as Markdown: a heading, one table row per rule, the advice of each broken rule.
pub fn markdown(r: &CheckReport<'_>) -> String {
    let mut out = format!("### isoreg check: {}\n\n", r.summary());
    out.push_str(&format!("Policy `{}`, {} rules.\n\n", md(&r.policy_name()), r.verdicts.len()));
    out.push_str("| | Rule | Found | Expected |\n|---|---|---|---|\n");
    for v in &r.verdicts {
        let mark = match v.status() {
            "pass" => "✅",
            "fail" => "❌",
            _ => "⚠️",
        };
        out.push_str(&format!(
            "| {mark} | {} | {} | {} |\n",
            md(&v.rule.name),
            md(&v.outcome.found),
            md(&v.outcome.expected)
        ));
    }
    let broken: Vec<&Verdict<'_>> = r.verdicts.iter().filter(|v| v.status() != "pass").collect();
    if !broken.is_empty() {
        out.push('\n');
    }
    for v in broken {
        out.push_str(&format!("- **{}**: {}\n", md(&v.rule.name), md(&v.outcome.advice)));
    }
    out
}

/// Text for a Markdown table cell: no line breaks, `|` and markup characters escaped.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in sanitize(&s.replace(['\n', '\r'], " ")).chars() {
        match c {
            '|' | '\\' | '`' | '*' | '_' | '<' | '>' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_cannot_be_broken_by_text() {
        assert_eq!(gh_property("a:b,c%\nd"), "a%3Ab%2Cc%25%0Ad");
        assert_eq!(gh_data("50% of x\r\n::error::no"), "50%25 of x%0D%0A::error::no");
        assert_eq!(md("a|b\n*c*"), "a\\|b \\*c\\*");
    }
}
