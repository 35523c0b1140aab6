//! Errors that say what to do, through the real binary: not found names the
//! resource and the next step, `batch get` with some unknown IDs prints the
//! rest, connection failures name their cause, credential errors name their
//! source, and colour on a terminal.

use crate::common;

use crate::common::{Emu, dead_url, stderr, stdout};
use serde_json::Value;

const MISSING: &str = "ctb_0000000000000000";

#[test]
fn not_found_names_the_resource_and_what_to_do_without_the_url() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["batch", "get", MISSING]).output().unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert_eq!(
        stderr(&o),
        format!("error: No credit batch {MISSING} (404). List your batches with `isoreg batch list`.\n")
    );
    let o = emu.cmd().args(["delivery", "batches", "dlv_0000000000000000"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4));
    let e = stderr(&o);
    assert!(e.contains("No delivery dlv_0000000000000000 (404)") && e.contains("`isoreg delivery list`"), "{e}");
    assert!(!e.contains("127.0.0.1"), "no loopback URL noise: {e}");
}

#[test]
fn batch_get_prints_the_batches_found_and_names_each_missing_one() {
    let emu = Emu::shared();
    let found = emu.id("credit batch");
    let other = "ctb_1111111111111111";
    let o = emu.cmd().args(["batch", "get", MISSING, &found, other, "-o", "json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids: Vec<&str> = v.as_array().unwrap().iter().map(|b| b["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [found.as_str()]);
    let e: Value = serde_json::from_slice(&o.stderr).unwrap();
    let msg = e["error"]["message"].as_str().unwrap();
    assert!(
        msg.starts_with("2 of 3 credit batches were not found") && msg.contains(MISSING) && msg.contains(other),
        "{msg}"
    );
    assert_eq!(e["error"]["http_status"], 404);
    let o = emu.cmd().args(["batch", "get", &found, MISSING, "-o", "table"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert!(stdout(&o).contains(&found), "{}", stdout(&o));
    assert!(stderr(&o).contains(&format!("No credit batch {MISSING} (404)")), "{}", stderr(&o));
}

#[test]
fn connection_failures_name_the_cause() {
    let dead = dead_url();
    let emu = Emu::shared();
    let o = emu.cmd().args(["org", "current", "--retries", "0", "--base-url", &dead]).output().unwrap();
    assert_eq!(o.status.code(), Some(5));
    let hostport = dead.trim_start_matches("http://").split('/').next().unwrap().to_string();
    assert!(stderr(&o).contains(&format!("connection refused at {hostport}")), "{}", stderr(&o));
    let tls = emu.base.replacen("http://", "https://", 1);
    let o = emu.cmd().args(["org", "current", "--retries", "0", "--base-url", &tls]).output().unwrap();
    assert_eq!(o.status.code(), Some(5));
    assert!(stderr(&o).contains("TLS failure with 127.0.0.1:"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("uncategorized"), "{}", stderr(&o));
}

#[test]
fn supplier_current_with_a_buyers_token_says_what_token_is_needed() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["supplier", "current"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("is not a supplier") && e.contains("token issued to a supplier"), "{e}");
    let o =
        emu.cmd().env("ISOMETRIC_ACCESS_TOKEN", &emu.supplier_token).args(["supplier", "current"]).output().unwrap();
    assert!(o.status.success(), "a supplier's token works: {}", stderr(&o));
}

#[test]
fn default_profile_must_name_a_profile_that_exists() {
    let home = tempfile::tempdir().unwrap();
    let set = |args: &[&str]| common::bare(home.path()).args(["config", "set"]).args(args).output().unwrap();
    let o = set(&["default_profile", "nosuch"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("No profile 'nosuch'") && stderr(&o).contains("none yet"), "{}", stderr(&o));
    for p in ["work", "lab"] {
        let o = set(&["base_url", "https://registry.example/v0", "--profile", p]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = set(&["default_profile", "nosuch"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("there are: lab, work"), "{}", stderr(&o));
    let o = set(&["default_profile", "lab"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let file = std::fs::read_to_string(home.path().join("config.toml")).unwrap();
    assert!(file.contains("default_profile = \"lab\""), "{file}");
}

#[test]
fn error_ok_and_failed_are_coloured_on_a_terminal_only() {
    let emu = Emu::shared();
    let red_error = "\u{1b}[1;31merror:\u{1b}[0m No credit batch";
    let get = |env: &[(&str, &str)], extra: &[&str]| {
        let mut c = emu.cmd();
        c.args(["batch", "get", MISSING]).args(extra);
        env.iter().for_each(|(k, v)| {
            c.env(k, v);
        });
        stderr(&c.output().unwrap())
    };
    assert!(
        get(&[("ISOREG_FORCE_TTY", "1")], &[]).starts_with(red_error),
        "{:?}",
        get(&[("ISOREG_FORCE_TTY", "1")], &[])
    );
    assert!(get(&[], &["--color", "always"]).starts_with(red_error));
    for plain in [
        get(&[], &[]),
        get(&[("ISOREG_FORCE_TTY", "1"), ("NO_COLOR", "1")], &[]),
        get(&[("ISOREG_FORCE_TTY", "1")], &["--color", "never"]),
    ] {
        assert!(plain.starts_with("error: No credit batch") && !plain.contains('\u{1b}'), "{plain:?}");
    }
    let balance = |extra: &[&str]| {
        let o = emu
            .cmd()
            .args(["balance", "-o", "json", "--min-active", "0kg", "--max-active", "0kg"])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        stderr(&o)
    };
    let tty = balance(&["--color", "always"]);
    assert!(
        tty.contains("\u{1b}[32mok:\u{1b}[0m active credits")
            && tty.contains("\u{1b}[1;31mFAILED:\u{1b}[0m active credits"),
        "{tty:?}"
    );
    let piped = balance(&[]);
    assert!(
        piped.contains("ok: active credits") && piped.contains("FAILED: active credits") && !piped.contains('\u{1b}'),
        "{piped:?}"
    );
}

/// A JWT-shaped token whose `exp` is `days` from now (never valid at the emulator).
pub fn token_expiring_in(days: i64) -> String {
    use base64::Engine;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let claims = format!("{{\"exp\":{}}}", now + days * 86_400);
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    format!("{}.{}.c2ln", b64.encode("{\"alg\":\"HS256\"}"), b64.encode(claims))
}

#[test]
fn credential_errors_name_the_source_and_its_fix() {
    let emu = Emu::shared();
    let token = token_expiring_in(5);
    let o = emu.cmd().env("ISOMETRIC_ACCESS_TOKEN", &token).args(["org", "current"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let e = stderr(&o);
    let warned = ["4", "5"]
        .iter()
        .any(|d| e.contains(&format!("warning: the access token from ISOMETRIC_ACCESS_TOKEN expires in {d} days")));
    assert!(warned && e.matches("warning:").count() == 1, "once: {e}");
    assert!(e.contains("environment variable ISOMETRIC_ACCESS_TOKEN: export a new token"), "{e}");
    assert!(!e.contains("config set access_token"), "config set does not fix an exported token: {e}");
    assert!(!e.contains(&token), "{e}");
    let o = emu.cmd().env("ISOMETRIC_ACCESS_TOKEN", &token).args(["org", "current", "-q"]).output().unwrap();
    assert!(!stderr(&o).contains("warning:"), "-q: {}", stderr(&o));
    let expired = token_expiring_in(-2);
    let o = emu.cmd().env("ISOMETRIC_ACCESS_TOKEN", &expired).args(["auth", "status"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("expired on") && stderr(&o).contains("environment variable"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("config set"), "{}", stderr(&o));
}

#[test]
fn config_show_marks_an_expired_token() {
    let emu = Emu::shared();
    let show = |days: i64| {
        let o = emu
            .cmd()
            .env("ISOMETRIC_ACCESS_TOKEN", token_expiring_in(days))
            .args(["config", "show", "-o", "json"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        serde_json::from_slice::<Value>(&o.stdout).unwrap()["access_token"]["expired"].clone()
    };
    assert_eq!(show(-1), Value::Bool(true));
    assert_eq!(show(90), Value::Bool(false));
}
