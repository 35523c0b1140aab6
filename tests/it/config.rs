//! Black-box tests of configuration: precedence of flags, environment and
//! profile; `config init|show|set|path`; malformed files; `auth status`.

use crate::common::{Emu, bare, dead_url, stderr, stdout};
use serde_json::Value;

fn write_config(emu: &Emu, text: &str) {
    std::fs::write(emu.config_path(), text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(emu.config_path(), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

#[test]
fn profile_in_file_is_used_and_env_and_flags_win() {
    let emu = Emu::shared();
    write_config(
        &emu,
        &format!(
            "default_profile = \"local\"\n[profiles.local]\nbase_url = \"{}\"\nclient_secret = \"{}\"\naccess_token = \"{}\"\n\n[profiles.broken]\nbase_url = \"{}\"\nclient_secret = \"nope\"\n",
            emu.base,
            emu.secret,
            emu.token,
            dead_url()
        ),
    );
    // file only
    let o = bare(emu.home.path()).args(["balance", "-o", "json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    // env beats file: a wrong secret in the environment fails
    let o = bare(emu.home.path()).args(["balance"]).env("ISOMETRIC_CLIENT_SECRET", "bad").output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    // ISOREG_PROFILE picks another profile; --profile beats it
    let o = bare(emu.home.path())
        .args(["issuance", "list", "--retries", "0"])
        .env("ISOREG_PROFILE", "broken")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let o = bare(emu.home.path())
        .args(["issuance", "list", "--profile", "local"])
        .env("ISOREG_PROFILE", "broken")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    // --base-url beats the env and the file
    let o =
        bare(emu.home.path()).args(["issuance", "list", "--retries", "0", "--base-url", &dead_url()]).output().unwrap();
    assert_eq!(o.status.code(), Some(5));
    let o = bare(emu.home.path())
        .args(["issuance", "list", "--base-url", &emu.base])
        .env("ISOREG_BASE_URL", dead_url())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    // config show says where each value came from, masked
    let o =
        bare(emu.home.path()).args(["config", "show", "-o", "json"]).env("ISOREG_PROFILE", "local").output().unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["profile"]["source"], "environment");
    assert_eq!(v["client_secret"]["source"], "config file");
    assert!(!stdout(&o).contains(&emu.secret) && !stdout(&o).contains(&emu.token));
    assert!(v["access_token"]["expires_at"].is_string());
}

#[test]
fn unknown_profile_and_malformed_file_are_config_errors() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["balance", "--profile", "nosuch"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("nosuch"));
    write_config(&emu, "default_profile = \"a\"\n[profiles.a]\nbase_url = \"https://x\"\nclient_secret = 12\n");
    let o = emu.cmd().args(["balance"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    let e = stderr(&o);
    assert!(e.contains("config.toml") && e.contains("line 4"), "{e}");
    write_config(&emu, "[profiles.a]\nbase_urll = \"https://x\"\n");
    let o = emu.cmd().args(["balance"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("base_urll"), "{}", stderr(&o));
    write_config(&emu, "this is not toml ][");
    let o = emu.cmd().args(["config", "show"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let emu = Emu::shared();
    let o =
        emu.cmd().args(["issuance", "list", "--base-url", "http://registry.example.com/registry/v0"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("plain http"), "{}", stderr(&o));
}

#[test]
fn config_init_writes_a_private_file_and_set_show_path_work() {
    let emu = Emu::shared();
    let input = format!("{}\n{}\n{}\n", emu.base, emu.secret, emu.token);
    let o = bare(emu.home.path()).args(["--profile", "local", "config", "init"]).write_stdin(input).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains(&emu.secret));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(emu.config_path()).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let text = std::fs::read_to_string(emu.config_path()).unwrap();
    assert!(text.contains("default_profile = \"local\""), "{text}");
    let o = bare(emu.home.path()).args(["balance", "-o", "json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let o = bare(emu.home.path()).args(["config", "path"]).output().unwrap();
    assert_eq!(stdout(&o).trim(), emu.config_path().display().to_string());
    let replaced = crate::ux::token_expiring_in(200);
    let o = bare(emu.home.path())
        .args(["config", "set", "access_token", "-"])
        .write_stdin(format!("{replaced}\n"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read_to_string(emu.config_path()).unwrap().contains(&replaced));
    let o = bare(emu.home.path()).args(["config", "show", "-o", "table"]).output().unwrap();
    let t = stdout(&o);
    assert!(!t.contains(&replaced) && t.contains("***"), "{t}");
    let o = bare(emu.home.path()).args(["config", "set", "colour", "x"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let o = bare(emu.home.path()).args(["config", "set", "base_url", "http://example.com/x"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
}

#[test]
fn readable_config_with_secrets_draws_a_warning() {
    let emu = Emu::shared();
    std::fs::write(emu.config_path(), format!("[profiles.sandbox]\nclient_secret = \"{}\"\n", emu.secret)).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(emu.config_path(), std::fs::Permissions::from_mode(0o644)).unwrap();
        let o = bare(emu.home.path()).args(["config", "path"]).output().unwrap();
        let e = stderr(&o);
        assert!(e.contains("chmod 600") && e.contains("config.toml"), "{e}");
        assert!(!e.contains(&emu.secret));
    }
}

#[test]
fn auth_status_reports_org_and_expiry() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["auth", "status", "-o", "json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["organisation"]["id"], emu.buyer_org.as_str());
    assert!(v["token_days_left"].as_i64().unwrap() >= 364);
    assert!(!stderr(&o).contains("warning"));
    let o = emu.cmd().args(["auth", "status", "-o", "table"]).output().unwrap();
    assert!(stdout(&o).contains("TOKEN EXPIRES"));
    let soon = Emu::shared_with(&["--token-ttl-days", "10"]);
    let o = soon.cmd().args(["auth", "status"]).output().unwrap();
    assert!(o.status.success());
    assert!(stderr(&o).contains("expires in 9 days") || stderr(&o).contains("expires in 10 days"), "{}", stderr(&o));
    let gone = Emu::start(&["--token-ttl-days", "-1"]);
    let o = gone.cmd().args(["auth", "status"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("expired"));
}
