//! What gh and kubectl users reach for: completion that knows the data
//! (profiles, IDs of the local copy, enum values) through the checked-in
//! scripts, `--web` on `get` commands, `--fields` with no value, and relative
//! dates in date filters.

use crate::common::{self, bare, stderr, stdout};
use std::path::Path;

/// The checked-in script for `file`, under `completions/`.
fn script(file: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("completions").join(file)
}

/// Runs bash with the checked-in `completions/isoreg.bash` loaded, completes
/// `words` (the last one is the word under the cursor) as bash does on Tab,
/// and returns COMPREPLY. The script calls `isoreg` from PATH, as installed.
fn bash_complete(home: &Path, env: &[(&str, &str)], words: &[&str]) -> Vec<String> {
    let bin_dir = common::bin().parent().unwrap().to_path_buf();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD={}\nCOMP_TYPE=9\n_clap_complete_isoreg isoreg {} {}\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script("isoreg.bash").display(),
        quoted.join(" "),
        words.len() - 1,
        quoted[words.len() - 1],
        quoted[words.len() - 2],
    );
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
    let mut c = std::process::Command::new("bash");
    c.env_clear()
        .env("PATH", path)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("xdg"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("ISOREG_CONFIG", home.join("config.toml"));
    for (k, v) in env {
        c.env(k, v);
    }
    let o = c.args(["--norc", "--noprofile", "-c", &program]).output().unwrap();
    assert!(o.status.success(), "bash: {}", stderr(&o));
    stdout(&o).lines().filter(|l| !l.is_empty()).map(str::to_string).collect()
}

/// Asks the binary for candidates the way the fish and zsh scripts do.
fn shell_complete(emu_home: &Path, shell: &str, env: &[(&str, &str)], words: &[&str]) -> Vec<String> {
    let mut c = common::bare_std(emu_home);
    c.env("ISOREG_COMPLETE", shell).env("XDG_DATA_HOME", emu_home.join("data"));
    if shell == "zsh" {
        c.env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string()).env("_CLAP_IFS", "\n");
    }
    for (k, v) in env {
        c.env(k, v);
    }
    let o = c.arg("--").args(words).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o).lines().map(str::to_string).collect()
}

#[test]
fn completion_offers_the_profiles_of_the_config_file() {
    let home = tempfile::tempdir().unwrap();
    let cfg = "default_profile = \"staging\"\n[profiles.staging]\nbase_url = \"https://a.example/registry/v0\"\n\
               [profiles.prod-eu]\nbase_url = \"https://b.example/registry/v0\"\n";
    std::fs::write(home.path().join("config.toml"), cfg).unwrap();
    let got = bash_complete(home.path(), &[], &["isoreg", "--profile", ""]);
    for want in ["prod-eu", "staging", "sandbox", "production"] {
        assert!(got.contains(&want.to_string()), "{want} not offered: {got:?}");
    }
    let got = bash_complete(home.path(), &[], &["isoreg", "balance", "--profile", "st"]);
    assert_eq!(got, vec!["staging"]);
    let got = shell_complete(home.path(), "zsh", &[], &["isoreg", "--profile", "pr"]);
    assert_eq!(got, vec!["prod-eu", "production"]);
}

#[test]
fn completion_offers_ids_of_the_synced_copy_and_never_writes_it() {
    let emu = common::Emu::shared();
    let db = emu.home.path().join("copy.sqlite");
    let db_s = db.to_str().unwrap();
    emu.json(&["sync", "--db", db_s]);
    let batch = emu.id("credit batch");
    let before = std::fs::read(&db).unwrap();
    let stem = &batch[..6];
    let got = bash_complete(emu.home.path(), &[], &["isoreg", "batch", "get", "--db", db_s, stem]);
    assert!(got.contains(&batch), "{batch} not offered for {stem}: {got:?}");
    assert!(got.iter().all(|id| id.starts_with(stem)), "{got:?}");
    // The default copy of the profile, with a name beside each ID (fish shows it).
    let data = emu.home.path().join("data").join("isoreg");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::copy(&db, data.join("sandbox.sqlite")).unwrap();
    let got = shell_complete(emu.home.path(), "fish", &[], &["isoreg", "project", "get", "prj_"]);
    let project = emu.json(&["project", "list", "--limit", "1"])[0].clone();
    let line = format!("{}\t{}", project["id"].as_str().unwrap(), project["name"].as_str().unwrap());
    assert!(got.contains(&line), "{line:?} not in {got:?}");
    let got = shell_complete(
        emu.home.path(),
        "fish",
        &[("ISOREG_DB", db_s)],
        &["isoreg", "retirement", "list", "--owner", "m"],
    );
    assert_eq!(got, vec!["me\tyour own organisation"]);
    assert!(std::fs::read(&db).unwrap() == before, "completion changed the local copy");
}

#[test]
fn completion_offers_enum_values_and_nothing_without_a_copy() {
    let home = tempfile::tempdir().unwrap();
    let got = bash_complete(home.path(), &[], &["isoreg", "batch", "list", "--status", ""]);
    assert_eq!(got, vec!["active", "split", "retired"]);
    let got = bash_complete(home.path(), &[], &["isoreg", "batch", "list", "--pro"]);
    assert_eq!(got, vec!["--profile", "--project"], "global options below the root too");
    let got = bash_complete(home.path(), &[], &["isoreg", "batch", "get", "ctb_"]);
    assert!(got.is_empty(), "no copy, no IDs: {got:?}");
    assert!(!home.path().join("data").exists(), "completion created the data folder");
}

#[test]
fn completion_scripts_call_isoreg_from_path() {
    let home = tempfile::tempdir().unwrap();
    for (shell, file) in [("bash", "isoreg.bash"), ("zsh", "_isoreg"), ("fish", "isoreg.fish")] {
        let o = bare(home.path()).args(["completions", shell]).output().unwrap();
        let text = stdout(&o);
        assert!(
            text.contains("ISOREG_COMPLETE") && text.replace("\"isoreg\"", "isoreg").contains("isoreg --"),
            "{shell}: {text}"
        );
        assert!(!text.contains(env!("CARGO_MANIFEST_DIR")), "{shell}: a build path in the script");
        assert_eq!(std::fs::read_to_string(script(file)).unwrap(), text, "{file}");
    }
}

/// The `issued_after` the emulator logged for the one credit-batch listing.
fn logged_param(emu: &common::Emu, key: &str) -> String {
    let lines = emu.logged();
    let line = lines.iter().rev().find(|l| l.contains("credit_batches")).expect("a credit-batch listing");
    let query = line.split(['?', ' ']).find(|p| p.contains(&format!("{key}="))).unwrap_or_else(|| panic!("{line}"));
    let value = query.split('&').find_map(|kv| kv.strip_prefix(&format!("{key}="))).unwrap();
    percent_decode(value)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn relative_dates_send_the_computed_timestamp() {
    let emu = common::Emu::start_logged(&[]);
    for (age, secs) in [("7d", 7 * 86_400), ("30d", 30 * 86_400), ("12h", 12 * 3_600)] {
        let before = chrono::Utc::now();
        let o =
            emu.cmd().args(["batch", "list", "--issued-after", age, "--limit", "2", "-o", "json"]).output().unwrap();
        let after = chrono::Utc::now();
        assert!(o.status.success(), "{age}: {}", stderr(&o));
        let sent = logged_param(&emu, "issued_after");
        let t = chrono::DateTime::parse_from_rfc3339(&sent).unwrap_or_else(|e| panic!("{sent}: {e}"));
        let span = chrono::Duration::seconds(secs);
        assert!(sent.ends_with('Z'), "UTC: {sent}");
        assert!(t >= before - span - chrono::Duration::seconds(1) && t <= after - span, "{age}: sent {sent}");
    }
    let o = emu
        .cmd()
        .args(["batch", "list", "--issued-before", "2024-01-31", "-o", "json", "--limit", "1"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(logged_param(&emu, "issued_before"), "2024-01-31T00:00:00Z");
}

#[test]
fn bad_relative_dates_are_usage_errors_before_any_request() {
    let home = tempfile::tempdir().unwrap();
    for (args, want) in [
        (&["batch", "list", "--issued-after", "7x"][..], "--issued-after: '7x' is not a date, a time or an age"),
        (&["batch", "list", "--issued-before=-3d"], "an age like 7d, 12h"),
        (&["report", "retirements", "--from", "3 weeks"], "'3 weeks' is not a date, a time or an age"),
    ] {
        let o = bare(home.path())
            .env("ISOREG_BASE_URL", common::dead_url())
            .env("ISOMETRIC_CLIENT_SECRET", "s")
            .env("ISOMETRIC_ACCESS_TOKEN", "t")
            .args(args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(want), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o).matches("error:").count(), 1, "{}", stderr(&o));
    }
}

#[test]
fn bare_fields_lists_what_a_command_can_show_without_a_request() {
    let home = tempfile::tempdir().unwrap();
    let dead = common::dead_url();
    let run = |args: &[&str]| {
        bare(home.path())
            .env("ISOREG_BASE_URL", &dead)
            .env("ISOMETRIC_CLIENT_SECRET", "s")
            .env("ISOMETRIC_ACCESS_TOKEN", "t")
            .args(args)
            .output()
            .unwrap()
    };
    let o = run(&["batch", "get", "--fields"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let fields: Vec<String> = stdout(&o).lines().map(str::to_string).collect();
    for f in ["id", "serial_number", "size.credit_kgs", "owner.name", "carbon_removal_data.net_carbon_removed_kg"] {
        assert!(fields.contains(&f.to_string()), "{f} not in {fields:?}");
    }
    let o = run(&["retirement", "list", "--fields", "-o", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).lines().any(|l| l == "beneficiary.name"), "{}", stdout(&o));
    let o = run(&["supplier", "projects", "--fields"]);
    assert!(stdout(&o).lines().any(|l| l == "pathway"), "supplier projects shows projects: {}", stdout(&o));
    let o = run(&["sql", "--fields"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("columns of the SELECT"), "{}", stderr(&o));
}

#[test]
fn every_listed_field_is_accepted_by_the_command() {
    let emu = common::Emu::shared();
    let o = emu.cmd().args(["delivery", "list", "--fields"]).output().unwrap();
    let fields: Vec<String> = stdout(&o).lines().map(str::to_string).collect();
    assert!(fields.len() > 10, "{fields:?}");
    let o = emu
        .cmd()
        .args(["delivery", "list", "--limit", "2", "-o", "csv", "--fields", &fields.join(",")])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().next().unwrap(), fields.join(","));
}

/// A `BROWSER` that notes each URL it is given in a file of `dir` (read back by [`opened`]).
fn fake_browser(dir: &Path) -> String {
    let script = dir.join("browser");
    let log = dir.join("opened");
    std::fs::write(&script, format!("#!/bin/sh\necho \"$1\" >> '{}'\n", log.display())).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script.to_str().unwrap().to_string()
}

/// The URLs the fake browser was given, once `n` have arrived (it runs in the background).
fn opened(dir: &Path, n: usize) -> Vec<String> {
    let read = || std::fs::read_to_string(dir.join("opened")).unwrap_or_default();
    common::wait_until(std::time::Duration::from_secs(10), "the browser to be started", || read().lines().count() >= n);
    read().lines().map(str::to_string).collect()
}

#[test]
fn web_opens_the_certificate_and_registry_pages_in_browser() {
    let emu = common::Emu::shared();
    let dir = tempfile::tempdir().unwrap();
    let browser = fake_browser(dir.path());
    let retirement = emu.json(&["retirement", "list", "--limit", "1"])[0].clone();
    let ret_id = retirement["id"].as_str().unwrap();
    let o = emu.cmd().env("BROWSER", &browser).args(["retirement", "get", ret_id, "--web"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let url = retirement["url"].as_str().unwrap().to_string();
    assert!(url.starts_with("https://to.isometric.com/ret_"), "{url}");
    assert_eq!(opened(dir.path(), 1), vec![url.clone()]);
    assert!(stderr(&o).contains(&format!("Opening {url} in your browser.")), "{}", stderr(&o));
    assert!(stdout(&o).is_empty(), "{}", stdout(&o));
    // A project's registry page; a retired batch's certificate, an active one's project page.
    let project = emu.json(&["project", "list", "--limit", "1"])[0].clone();
    let o = emu
        .cmd()
        .env("BROWSER", &browser)
        .args(["project", "get", project["id"].as_str().unwrap(), "--web"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(opened(dir.path(), 2)[1], project["url"].as_str().unwrap(), "before the batches' pages are asked for");
    let retired = emu.json(&["batch", "list", "--status", "retired", "--limit", "1"])[0].clone();
    let active = emu.json(&["batch", "list", "--status", "active", "--limit", "1"])[0].clone();
    let ids = [retired["id"].as_str().unwrap(), active["id"].as_str().unwrap()];
    let o = emu.cmd().env("BROWSER", &browser).args(["batch", "get", ids[0], ids[1], "--web"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let got = opened(dir.path(), 4);
    let cert = emu.json(&["retirement", "get", retired["retirement_id"].as_str().unwrap()])["url"].clone();
    let page = emu.json(&["project", "get", active["project_id"].as_str().unwrap()])["url"].clone();
    assert_eq!(got[1], project["url"].as_str().unwrap());
    // Both launchers run in the background, so their lines may land in either order.
    let mut both = got[2..].to_vec();
    both.sort();
    let mut want = [cert.as_str().unwrap().to_string(), page.as_str().unwrap().to_string()];
    want.sort();
    assert_eq!(both, want);
}

#[test]
fn web_prints_the_url_when_no_browser_can_be_opened() {
    let emu = common::Emu::shared();
    let nothing = tempfile::tempdir().unwrap();
    let delivery = emu.json(&["delivery", "list", "--limit", "1"])[0].clone();
    let o = emu
        .cmd()
        .env("BROWSER", "no-such-browser")
        .env("PATH", nothing.path())
        .args(["delivery", "get", delivery["id"].as_str().unwrap(), "--web"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("{}\n", delivery["url"].as_str().unwrap()));
    assert!(stderr(&o).contains("No browser could be opened"), "{}", stderr(&o));
}

#[test]
fn web_never_hands_a_server_url_that_is_not_plain_https_to_the_browser() {
    use common::server::{Reply, Script};
    let ret = "ret_1DRBTYA8Q1S07CBY";
    let prj = "prj_1DRBTYA8Q1S07CBY";
    let s = Script::routes(vec![
        (
            format!("/retirements/{ret}"),
            Reply::json(200, &serde_json::json!({"id": ret, "url": "javascript:alert(1)"})),
        ),
        (format!("/projects/{prj}"), Reply::json(200, &serde_json::json!({"id": prj, "url": "http://x.example/p"}))),
    ]);
    let nothing = tempfile::tempdir().unwrap();
    let o = s
        .cmd()
        .env("BROWSER", "no-such-browser")
        .env("PATH", nothing.path())
        .args(["retirement", "get", ret, "--web"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("https://to.isometric.com/{ret}\n"));
    let o = s.cmd().env("BROWSER", "no-such-browser").args(["project", "get", prj, "--web"]).output().unwrap();
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(stderr(&o).contains("has no `https://` url"), "{}", stderr(&o));
    let paths: Vec<String> = s.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(paths, [format!("/retirements/{ret}"), format!("/projects/{prj}")]);
}

/// `emulator --help` says how many credit batches `--scale 1` gives the demo
/// buyer, and that is the number `batch list` finds in the demo.
#[test]
fn emulator_scale_help_says_the_demos_batch_count() {
    let home = tempfile::tempdir().unwrap();
    let o = bare(home.path()).args(["emulator", "--help"]).output().unwrap();
    let help = stdout(&o).split_whitespace().collect::<Vec<_>>().join(" ");
    let said = help.split("1 gives the demo buyer ").nth(1).and_then(|t| t.split(' ').next()).expect(&help).to_string();
    let o =
        bare(home.path()).args(["--demo", "batch", "list", "--all", "-o", "json", "--jq", "length"]).output().unwrap();
    assert_eq!(stdout(&o).trim(), said, "help says {said}; {}", stderr(&o));
}

/// `config init --verify` fed from a pipe asks nothing on the screen: no
/// question is printed when stdin is not a terminal, only what was done.
#[test]
fn config_init_from_a_pipe_prints_no_questions() {
    let emu = common::Emu::shared();
    let answers = format!("{}\n{}\n{}\n", emu.base, emu.secret, emu.token);
    let o = bare(emu.home.path()).args(["config", "init", "--verify"]).write_stdin(answers).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    for question in ["Base URL", "Client secret", "Access token", "Verify these credentials", "[Y/n]"] {
        assert!(!err.contains(question), "asked {question:?} of a pipe:\n{err}");
    }
    let wrote = format!("Wrote profile 'sandbox' to {} (mode 0600).", emu.config_path().display());
    assert_eq!(err.trim_end(), wrote);
    assert!(stdout(&o).starts_with("Verified: these credentials act for "), "{}", stdout(&o));
}
