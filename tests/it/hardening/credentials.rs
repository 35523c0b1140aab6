//! Credentials under attack: verbose output redacts them, redirects to another origin get none, plain http only to loopback, a config file others can read draws a warning.

use super::*;

/// Fails if any part of the secret or token shows up in `o`.
fn assert_no_credentials(o: &Output, secret: &str, token: &str, what: &str) {
    let all = format!("{}{}", stdout(o), stderr(o));
    let sig = token.rsplit('.').next().unwrap_or(token);
    for s in [secret, token, sig] {
        assert!(!all.contains(s), "{what} printed a credential:\n{all}");
    }
}

#[test]
fn verbose_output_redacts_credentials_and_no_failure_prints_them() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["batch", "get", &emu.id("credit batch"), "-v"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("> x-client-secret: ***") && e.contains("> Authorization: Bearer ***"), "{e}");
    assert_no_credentials(&o, &emu.secret, &emu.token, "batch get -v");
    for args in [&["balance", "-v"][..], &["auth", "status", "-v"], &["config", "show"], &["org", "current", "-v"]] {
        let o = emu.cmd().args(args).output().unwrap();
        assert_no_credentials(&o, &emu.secret, &emu.token, &format!("{args:?}"));
    }
    let o = emu.cmd().args(["balance", "-v", "-o", "json"]).env("ISOMETRIC_ACCESS_TOKEN", "eyJ.bad.tokenX").output();
    assert_no_credentials(&o.unwrap(), &emu.secret, "eyJ.bad.tokenX", "401 with -o json");

    for kind in ["503", "500", "html", "truncate", "reset", "hang", "429"] {
        let emu = Emu::start(&["--fail-first", "9", "--fail-with", kind, "--retry-after", "0"]);
        for fmt in ["table", "json"] {
            let args = ["balance", "-v", "--retries", "1", "--timeout", "1", "-o", fmt];
            let o = emu.cmd().args(args).output().unwrap();
            assert!(matches!(o.status.code(), Some(5 | 6)), "{kind}: {}", stderr(&o));
            assert_no_credentials(&o, &emu.secret, &emu.token, kind);
            assert_calm(&o);
        }
    }
}

#[test]
fn a_redirect_to_another_origin_gets_no_request_and_no_credentials() {
    let recorder = Raw::start(|_, s, _| {
        let _ = s.write_all(&json_200(&page(json!([{"id": "iss_STOLEN0000000001"}]))));
    });
    let target = format!("http://127.0.0.1:{}", recorder.port);
    let emu = Emu::start(&["--redirect-to", &target]);
    for args in [&["issuance", "list", "-v"][..], &["batch", "get", &emu.id("credit batch")], &["balance"]] {
        let o = emu.cmd().args(args).output().unwrap();
        assert_eq!(o.status.code(), Some(6), "{args:?}: {}", stderr(&o));
        let e = stderr(&o);
        assert!(e.contains(&format!("was redirected to {target}/registry/v0/")), "{e}");
        assert!(e.contains("refused to follow a redirect to another origin"), "{e}");
        assert!(e.contains("credentials were not sent there"), "{e}");
        assert!(!stdout(&o).contains("STOLEN"));
        assert_no_credentials(&o, &emu.secret, &emu.token, "redirect");
    }
    assert_eq!(recorder.connections.load(Ordering::SeqCst), 0, "heads: {:?}", recorder.heads());

    // The recorder does record: a request sent to it on purpose shows up.
    let mut s = TcpStream::connect(("127.0.0.1", recorder.port)).unwrap();
    s.write_all(b"GET /probe HTTP/1.1\r\nHost: x\r\nx-client-secret: probe\r\n\r\n").unwrap();
    let _ = s.read_to_end(&mut Vec::new());
    let heads = recorder.heads();
    assert!(heads.len() == 1 && heads[0].contains("x-client-secret: probe"), "{heads:?}");
}

#[test]
fn a_same_origin_redirect_is_followed() {
    let raw = Raw::start(|head, s, _| {
        let answer = if path_of(head).starts_with("/registry/v0/issuances") {
            http("307 Temporary Redirect", "Location: /registry/v0/moved/issuances\r\n", b"")
        } else {
            json_200(&page(json!([{"id": "iss_MOVED000000000001"}])))
        };
        let _ = s.write_all(&answer);
    });
    let o = raw.cmd().args(["issuance", "list", "-o", "json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("iss_MOVED000000000001"));
    let heads = raw.heads();
    assert!(heads.len() == 2 && path_of(&heads[1]) == "/registry/v0/moved/issuances", "{heads:?}");
}

#[test]
fn plain_http_to_a_non_loopback_host_is_refused_before_connecting() {
    let recorder = Raw::start(|_, s, _| {
        let _ = s.write_all(&json_200(&page(json!([]))));
    });
    // 0.0.0.0 is not a loopback address, but on this machine it would reach the recorder.
    let url = format!("http://0.0.0.0:{}/registry/v0", recorder.port);
    for args in [&["issuance", "list"][..], &["balance"], &["auth", "status"]] {
        let o = recorder.cmd().args(args).env("ISOREG_BASE_URL", &url).output().unwrap();
        assert_eq!(o.status.code(), Some(3), "{args:?}: {}", stderr(&o));
        let e = stderr(&o);
        assert!(e.contains("Refusing to send credentials over plain http:// to 0.0.0.0; use https://"), "{e}");
        assert_eq!(e.lines().count(), 1, "{e}");
    }
    assert_eq!(recorder.connections.load(Ordering::SeqCst), 0);
}

#[cfg(unix)]
#[test]
fn a_config_file_others_can_read_draws_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let emu = Emu::shared();
    let path = emu.config_path();
    let text = format!(
        "default_profile = \"emu\"\n[profiles.emu]\nbase_url = \"{}\"\nclient_secret = \"{}\"\naccess_token = \"{}\"\n",
        emu.base, emu.secret, emu.token
    );
    std::fs::write(&path, text).unwrap();
    for (mode, warns) in [(0o640, true), (0o604, true), (0o600, false)] {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        let o = bare(emu.home.path()).args(["issuance", "list", "--limit", "1"]).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let e = stderr(&o);
        let warning = e.lines().find(|l| l.starts_with("warning:"));
        assert_eq!(warning.is_some(), warns, "mode {mode:o}: {e}");
        if let Some(w) = warning {
            assert!(w.contains(&path.display().to_string()) && w.contains(&format!("chmod 600 {}", path.display())));
        }
        assert_no_credentials(&o, &emu.secret, &emu.token, "config warning");
    }
}

// ---------------------------------------------------------------------------
// 5. Terminal and spreadsheet safety
// ---------------------------------------------------------------------------
