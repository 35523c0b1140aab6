//! The one test harness: runs the real `isoreg` binary against `isoreg
//! emulator` started on a free loopback port (its credentials read from the
//! JSON line `--credentials json` prints), with an isolated config file and a
//! clean environment; the emulator process is killed when the handle is
//! dropped. Read-only tests take [`Emu::shared`] instead: one emulator per set
//! of options for the whole run, each handle with its own home. `server` holds the scripted servers that play registries the
//! project did not write; [`wait_until`] is the one way a test waits for an
//! event.
#![allow(dead_code)]

pub mod server;

use assert_cmd::Command;
use serde_json::Value;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ExitStatus, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// When this environment variable names a file, the harness appends one line
/// to it for every emulator process it starts (to count them over a run).
const EMULATOR_LOG: &str = "ISOREG_TEST_EMULATOR_LOG";

/// Notes one emulator start in the file [`EMULATOR_LOG`] names, if any.
fn count_emulator_start() {
    let Some(path) = std::env::var_os(EMULATOR_LOG) else { return };
    let file = std::fs::OpenOptions::new().create(true).append(true).open(path);
    if let Ok(mut f) = file {
        let _ = writeln!(f, "emulator");
    }
}

/// How long an assert_cmd run of `isoreg` may take before the test fails.
pub const RUN_LIMIT: Duration = Duration::from_secs(60);

/// The path of the built binary.
pub fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin!("isoreg").to_path_buf()
}

/// A running emulator and what its banner said.
pub struct Emu {
    /// The emulator process, when this handle owns it (not for [`Emu::shared`]).
    child: Option<Child>,
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

    /// Starts `isoreg emulator --credentials json` with extra arguments and
    /// reads its credentials from the first line of its stdout.
    pub fn start(extra: &[&str]) -> Emu {
        count_emulator_start();
        let mut child = std::process::Command::new(bin())
            .args(["emulator", "--addr", "127.0.0.1:0", "--credentials", "json"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start emulator");
        let mut emu = Emu::from_credentials(&mut child);
        emu.child = Some(child);
        emu
    }

    /// The emulator with the default options, shared by every read-only test
    /// (see [`Emu::shared_with`]).
    pub fn shared() -> Emu {
        Emu::shared_with(&[])
    }

    /// A handle on the one emulator of the run started with `extra`: started
    /// by the first test that asks, then shared by all that ask for the same
    /// options. Only for tests that never write to it and never need its
    /// request log, fault counters or a changing dataset (those take
    /// [`Emu::start`]). Each handle has its own home (config file, local copy),
    /// and the process ends with the test binary.
    pub fn shared_with(extra: &[&str]) -> Emu {
        static RUNNING: OnceLock<Mutex<HashMap<Vec<String>, Emu>>> = OnceLock::new();
        let key: Vec<String> = extra.iter().map(|a| a.to_string()).collect();
        let mut running = RUNNING.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
        running.entry(key).or_insert_with(|| Emu::start_for_run(extra)).fields()
    }

    /// Starts an emulator that lives as long as the test binary: a shell
    /// holds it and kills it when its stdin (a pipe this process never
    /// closes) reaches end of file, which happens when this process exits,
    /// however it exits.
    fn start_for_run(extra: &[&str]) -> Emu {
        count_emulator_start();
        let mut child = std::process::Command::new("sh")
            .args(["-c", "\"$0\" \"$@\" </dev/null & pid=$!; cat >/dev/null; kill $pid"])
            .arg(bin())
            .args(["emulator", "--addr", "127.0.0.1:0", "--credentials", "json"])
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start emulator");
        let emu = Emu::from_credentials(&mut child);
        // The shell and its stdin pipe stay open until the test binary exits.
        std::mem::forget(child);
        emu
    }

    /// A handle on the same emulator: its credentials and samples, a home of
    /// its own, no process and no log.
    fn fields(&self) -> Emu {
        Emu {
            child: None,
            base: self.base.clone(),
            secret: self.secret.clone(),
            token: self.token.clone(),
            supplier_token: self.supplier_token.clone(),
            buyer_org: self.buyer_org.clone(),
            samples: self.samples.clone(),
            home: tempfile::tempdir().expect("tempdir"),
            log: None,
        }
    }

    /// Reads the credentials JSON line the emulator `child` prints first.
    fn from_credentials(child: &mut Child) -> Emu {
        let mut line = String::new();
        let out = child.stdout.take().expect("stdout");
        BufReader::new(out).read_line(&mut line).expect("credentials line");
        let v: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("credentials JSON ({e}): {line:?}"));
        let text = |k: &str| v[k].as_str().unwrap_or_else(|| panic!("no {k} in {line}")).to_string();
        let samples = v["samples"].as_object().expect("samples object");
        let samples = samples.iter().map(|(k, id)| (k.clone(), id.as_str().expect("sample id").to_string())).collect();
        Emu {
            child: None,
            base: text("base_url"),
            secret: text("client_secret"),
            token: text("buyer_token"),
            supplier_token: text("supplier_token"),
            buyer_org: text("buyer_org_id"),
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

    /// The IDs of the first `n` credit batches `batch list` shows.
    pub fn batch_ids(&self, n: usize) -> Vec<String> {
        let list = self.json(&["batch", "list", "--limit", &n.to_string(), "--no-resolve"]);
        list.as_array().expect("a list").iter().map(|b| b["id"].as_str().expect("an id").to_string()).collect()
    }
}

impl Drop for Emu {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
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
    let mut status = None;
    let exited = poll(limit, || {
        status = child.try_wait().expect("wait for isoreg");
        status.is_some()
    });
    if !exited {
        let _ = child.kill();
        panic!("isoreg did not exit within {limit:?}");
    }
    status.expect("exited")
}

/// Waits until `event` holds, checking it every 10 ms; fails naming `what`
/// when it has not happened within `limit`.
pub fn wait_until(limit: Duration, what: &str, event: impl FnMut() -> bool) {
    assert!(poll(limit, event), "{what} did not happen within {limit:?}");
}

/// Checks `event` every 10 ms until it holds (true) or `limit` has passed (false).
fn poll(limit: Duration, mut event: impl FnMut() -> bool) -> bool {
    let t0 = Instant::now();
    while !event() {
        if t0.elapsed() > limit {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    true
}

/// Notes as written before they were wrapped to the terminal: each
/// continuation line (indented two spaces more than its note) joined to the
/// line before with one space.
pub fn unwrapped(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        match line.strip_prefix("  ") {
            Some(rest) if !out.is_empty() => {
                out.pop();
                out.push(' ');
                out.push_str(rest.trim_start());
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// What erases a terminal line (the progress bar clears its line with it).
pub const CLEAR_LINE: &str = "\r\x1b[2K";

/// What stays on the screen once the progress bar is gone: each line from
/// after the last [`CLEAR_LINE`] in it, and no line the bar alone was on (a
/// slow machine may draw the bar before a note; it erases it first).
pub fn without_progress(text: &str) -> String {
    let kept = text.lines().filter_map(|l| match l.rsplit_once(CLEAR_LINE) {
        Some((_, "")) => None,
        Some((_, rest)) => Some(rest),
        None => Some(l),
    });
    kept.map(|l| format!("{l}\n")).collect()
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

#[test]
fn a_progress_bar_erased_from_its_line_is_not_seen() {
    let screen = "⠒ 1/2 credit batches\r\x1b[2K⠂ 2/2 credit batches\r\x1b[2KOK  ID\nHid column SCOPE\n";
    assert_eq!(without_progress(screen), "OK  ID\nHid column SCOPE\n");
    assert_eq!(without_progress("no bar\n"), "no bar\n");
}
