//! Test harness: runs the real `isoreg` binary against `isoreg emulator`
//! started on a free loopback port, with an isolated config file and a clean
//! environment. The emulator process is killed when the handle is dropped.
#![allow(dead_code)]

pub mod script;

use assert_cmd::Command;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// How long an assert_cmd run of `isoreg` may take before the test fails.
const RUN_LIMIT: Duration = Duration::from_secs(60);

/// The path of the built binary.
pub fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin!("isoreg").to_path_buf()
}

/// A running emulator and what its banner said.
pub struct Emu {
    child: Child,
    pub base: String,
    pub secret: String,
    pub token: String,
    pub supplier_token: String,
    pub buyer_org: String,
    pub samples: HashMap<String, String>,
    pub home: tempfile::TempDir,
    /// The `--request-log` file and its own tempdir, when started logged.
    log: Option<(tempfile::TempDir, std::path::PathBuf)>,
}

impl Emu {
    /// Starts `isoreg emulator` with `--request-log` (a file in its own
    /// tempdir, read back by [`Emu::logged`]) and extra arguments.
    pub fn start_logged(extra: &[&str]) -> Emu {
        let dir = tempfile::tempdir().expect("tempdir");
        let log = dir.path().join("requests.log");
        let path = log.to_str().expect("utf-8 temp path").to_string();
        let mut args = vec!["--request-log", path.as_str()];
        args.extend_from_slice(extra);
        let mut emu = Emu::start(&args);
        emu.log = Some((dir, log));
        emu
    }

    /// The lines of the request log so far (none when nothing was logged yet).
    pub fn logged(&self) -> Vec<String> {
        let (_, log) = self.log.as_ref().expect("emulator started with Emu::start_logged");
        std::fs::read_to_string(log).unwrap_or_default().lines().map(str::to_string).collect()
    }

    /// Starts `isoreg emulator` with extra arguments.
    pub fn start(extra: &[&str]) -> Emu {
        let mut child = std::process::Command::new(bin())
            .args(["emulator", "--addr", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start emulator");
        let out = child.stdout.take().expect("stdout");
        let mut env = HashMap::new();
        let mut samples = HashMap::new();
        let (mut in_samples, mut supplier_token, mut buyer_org) = (false, String::new(), String::new());
        let mut next_is_token = false;
        for line in BufReader::new(out).lines() {
            let line = line.expect("banner line");
            if let Some(kv) = line.strip_prefix("export ") {
                let (k, v) = kv.split_once('=').expect("export line");
                env.insert(k.to_string(), v.to_string());
            } else if next_is_token {
                supplier_token = line.trim_start_matches(['#', ' ']).to_string();
                next_is_token = false;
            } else if line.starts_with("# supplier token") {
                next_is_token = true;
            } else if let Some(o) = line.strip_prefix("# buyer organisation: ") {
                buyer_org = o.trim().to_string();
            } else if line.starts_with("sample IDs:") {
                in_samples = true;
            } else if in_samples && line.trim().is_empty() {
                break;
            } else if in_samples {
                let t = line.trim();
                let (kind, id) = t.rsplit_once(' ').expect("sample line");
                samples.insert(kind.trim().to_string(), id.to_string());
            }
        }
        Emu {
            child,
            base: env.remove("ISOREG_BASE_URL").expect("base url in banner"),
            secret: env.remove("ISOMETRIC_CLIENT_SECRET").expect("secret in banner"),
            token: env.remove("ISOMETRIC_ACCESS_TOKEN").expect("token in banner"),
            supplier_token,
            buyer_org,
            samples,
            home: tempfile::tempdir().expect("tempdir"),
            log: None,
        }
    }

    /// A sample ID of the given kind ("credit batch", "issuance", …).
    pub fn id(&self, kind: &str) -> String {
        self.samples.get(kind).cloned().unwrap_or_else(|| panic!("no sample {kind}: {:?}", self.samples))
    }

    /// The config file path used by `cmd()`.
    pub fn config_path(&self) -> std::path::PathBuf {
        self.home.path().join("config.toml")
    }

    /// `isoreg` set up to talk to this emulator as the demo buyer.
    pub fn cmd(&self) -> Command {
        let mut c = Command::from_std(self.cmd_std());
        c.timeout(RUN_LIMIT);
        c
    }

    /// [`Emu::cmd`] as a plain child process (for pipes and signals).
    pub fn cmd_std(&self) -> std::process::Command {
        let mut c = bare_std(self.home.path());
        c.env("ISOREG_BASE_URL", &self.base)
            .env("ISOMETRIC_CLIENT_SECRET", &self.secret)
            .env("ISOMETRIC_ACCESS_TOKEN", &self.token);
        c
    }

    /// Runs `isoreg args… -o json` and parses stdout.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.cmd().args(args).args(["-o", "json"]).output().expect("run");
        assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).expect("json stdout")
    }
}

impl Drop for Emu {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `isoreg` with a clean environment and a config file under `home`.
pub fn bare(home: &std::path::Path) -> Command {
    let mut c = Command::from_std(bare_std(home));
    c.timeout(RUN_LIMIT);
    c
}

/// [`bare`] as a plain child process (for pipes and signals): the same
/// clean environment, no timeout (see [`wait_bounded`]).
pub fn bare_std(home: &std::path::Path) -> std::process::Command {
    let mut c = std::process::Command::new(bin());
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("xdg"))
        .env("ISOREG_CONFIG", home.join("config.toml"));
    c
}

/// Either kind of command `isoreg` runs as: one that can be given an environment variable.
pub trait SetEnv {
    fn set_env(&mut self, key: &str, value: &str) -> &mut Self;
}

impl SetEnv for Command {
    fn set_env(&mut self, key: &str, value: &str) -> &mut Self {
        self.env(key, value)
    }
}

impl SetEnv for std::process::Command {
    fn set_env(&mut self, key: &str, value: &str) -> &mut Self {
        self.env(key, value)
    }
}

/// `cmd` on a forced terminal `cols` wide, without colour.
pub fn on_terminal<C: SetEnv>(cmd: &mut C, cols: impl std::fmt::Display) -> &mut C {
    cmd.set_env("ISOREG_FORCE_TTY", "1").set_env("COLUMNS", &cols.to_string()).set_env("NO_COLOR", "1")
}

/// Waits for a child for at most `limit`; kills it and fails on a hang.
pub fn wait_bounded(child: &mut Child, limit: Duration) -> ExitStatus {
    let t0 = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for isoreg") {
            return status;
        }
        if t0.elapsed() > limit {
            let _ = child.kill();
            panic!("isoreg did not exit within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// stdout of a finished command as a string.
pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// stderr of a finished command as a string.
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A loopback URL where nothing listens (the port was bound, then released).
pub fn dead_url() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = l.local_addr().expect("addr").port();
    drop(l);
    format!("http://127.0.0.1:{port}/registry/v0")
}

/// No panic, no backtrace, not the panic exit code.
pub fn assert_calm(o: &std::process::Output) {
    let e = stderr(o);
    assert!(!e.contains("panicked") && !e.contains("RUST_BACKTRACE") && !e.contains("backtrace"), "{e}");
    assert_ne!(o.status.code(), Some(101), "{e}");
}
