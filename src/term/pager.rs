//! The pager, as git and gh do it: tables and detail views longer than the
//! terminal go through `$ISOREG_PAGER`, else `$PAGER`, else `less -FRX` (with
//! `LESS=FRX` when `LESS` is unset); shorter output is printed directly.
//!
//! [`sink`] wraps stdout: output is held until it has as many lines as the
//! terminal (then the pager starts and gets everything, streamed from there
//! on) or until it is flushed or the sink is dropped (then it is printed
//! directly; a table is written and flushed whole, so it is paged or not as a
//! whole, and a prompt after a flush follows what was printed). Dropping the
//! sink closes the pager's input and waits for it to exit. A pager that
//! cannot be started means printing directly; a pager the user quits early
//! makes the next write fail with EPIPE, which isoreg ends quietly (exit 0).
//! Lines for stderr (notes, warnings) that come while the pager runs are held
//! and printed after it exits, so they do not land on its screen.
//!
//! Off with `--no-pager`, `ISOREG_NO_PAGER=1`, `ISOREG_PAGER=cat` or an empty
//! `PAGER`; never when stdout is not a terminal (unless forced for tests) or
//! when the terminal's height is unknown (`LINES` or the terminal's rows).

use std::io::{self, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// The pager used when neither `ISOREG_PAGER` nor `PAGER` is set.
const DEFAULT: &str = "less -FRX";

/// Whether a pager is running (Ctrl-C then belongs to it, not to isoreg).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Lines for stderr that came while the pager ran (printed once it exits).
static HELD_NOTES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Whether a pager is running now.
pub fn active() -> bool {
    ACTIVE.load(Ordering::SeqCst)
}

/// Keeps a stderr line for after the pager, if one runs (so notes and
/// warnings do not land on the pager's screen); `false` when none runs.
pub fn hold_note(line: &str) -> bool {
    if !active() {
        return false;
    }
    match HELD_NOTES.lock() {
        Ok(mut held) => {
            held.push(line.to_string());
            true
        }
        Err(_) => false,
    }
}

/// Prints the stderr lines held while the pager ran.
fn release_notes() {
    let held = HELD_NOTES.lock().map(|mut h| std::mem::take(&mut *h)).unwrap_or_default();
    let mut err = io::stderr().lock();
    for line in held {
        let _ = writeln!(err, "{line}");
    }
}

/// `out`, paged when `wanted` (a table on a terminal, no `--no-pager`) and the
/// environment allows it; `out` itself otherwise.
pub fn sink(out: Box<dyn Write + Send>, wanted: bool) -> Box<dyn Write + Send> {
    let env = |k: &str| std::env::var(k).ok();
    let chosen = wanted.then(|| command(env("ISOREG_NO_PAGER"), env("ISOREG_PAGER"), env("PAGER"))).flatten();
    match (chosen, height(env("LINES"))) {
        (Some(cmd), Some(rows)) => Box::new(Paged { out, cmd, rows, shown: 0, state: State::Holding(Vec::new()) }),
        _ => out,
    }
}

/// The pager command: `ISOREG_PAGER`, else `PAGER`, else `less -FRX`; `None`
/// when paging is switched off.
fn command(no_pager: Option<String>, isoreg: Option<String>, pager: Option<String>) -> Option<String> {
    if no_pager.is_some_and(|v| !v.is_empty() && v != "0") {
        return None;
    }
    let cmd = isoreg.or(pager).unwrap_or_else(|| DEFAULT.to_string());
    let cmd = cmd.trim();
    (!cmd.is_empty() && cmd != "cat").then(|| cmd.to_string())
}

/// The terminal's height: `LINES`, else the terminal's rows.
fn height(lines: Option<String>) -> Option<usize> {
    match lines.and_then(|l| l.trim().parse::<usize>().ok()).filter(|l| *l > 0) {
        Some(l) => Some(l),
        None => terminal_size::terminal_size().map(|(_, h)| h.0 as usize).filter(|h| *h > 0),
    }
}

/// Stdout that pages once the output is longer than the terminal.
struct Paged {
    out: Box<dyn Write + Send>,
    cmd: String,
    rows: usize,
    /// Lines already printed directly (released by a flush).
    shown: usize,
    state: State,
}

enum State {
    /// Output so far, not yet a screenful.
    Holding(Vec<u8>),
    /// The pager runs; output goes to its input.
    Piping(Child, ChildStdin),
    /// Printing directly (the output is short, or the pager could not start).
    Direct,
}

impl Write for Paged {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.state {
            State::Holding(held) => {
                held.extend_from_slice(buf);
                if self.shown + held.iter().filter(|b| **b == b'\n').count() >= self.rows {
                    self.start()?;
                }
                Ok(buf.len())
            }
            State::Piping(_, stdin) => stdin.write(buf),
            State::Direct => self.out.write(buf),
        }
    }

    /// A flush while holding prints what is held (a prompt may follow it) and
    /// keeps counting: the output that makes it longer than the terminal is paged.
    fn flush(&mut self) -> io::Result<()> {
        match &mut self.state {
            State::Holding(held) => {
                self.shown += held.iter().filter(|b| **b == b'\n').count();
                self.out.write_all(held)?;
                held.clear();
                self.out.flush()
            }
            State::Piping(_, stdin) => stdin.flush(),
            State::Direct => self.out.flush(),
        }
    }
}

impl Paged {
    /// Starts the pager and hands it what was held; prints directly if it cannot start.
    fn start(&mut self) -> io::Result<()> {
        let State::Holding(held) = std::mem::replace(&mut self.state, State::Direct) else { return Ok(()) };
        match spawn(&self.cmd) {
            Some((child, mut stdin)) => {
                ACTIVE.store(true, Ordering::SeqCst);
                let sent = stdin.write_all(&held);
                self.state = State::Piping(child, stdin);
                sent
            }
            None => self.out.write_all(&held),
        }
    }
}

impl Drop for Paged {
    /// Prints what is still held, or closes the pager's input and waits for it.
    fn drop(&mut self) {
        match std::mem::replace(&mut self.state, State::Direct) {
            State::Holding(held) => {
                let _ = self.out.write_all(&held).and_then(|()| self.out.flush());
            }
            State::Piping(mut child, stdin) => {
                drop(stdin);
                let _ = child.wait();
                ACTIVE.store(false, Ordering::SeqCst);
                release_notes();
            }
            State::Direct => {}
        }
    }
}

/// Runs `cmd` through the shell (as git does, so `PAGER='less -S'` works) with
/// `LESS=FRX` unless set; `None` when its program is not found or cannot start.
fn spawn(cmd: &str) -> Option<(Child, ChildStdin)> {
    let program = cmd.split_whitespace().next()?;
    if !installed(program) {
        return None;
    }
    let mut c = if cfg!(windows) {
        let mut c = Command::new("cmd");
        c.args(["/C", cmd]);
        c
    } else {
        let mut c = Command::new("sh");
        c.args(["-c", cmd]);
        c
    };
    if std::env::var_os("LESS").is_none() {
        c.env("LESS", "FRX");
    }
    let mut child = c.stdin(Stdio::piped()).spawn().ok()?;
    let stdin = child.stdin.take()?;
    Some((child, stdin))
}

/// Whether `program` is a file (when it names a path) or found on `PATH`.
fn installed(program: &str) -> bool {
    let p = std::path::Path::new(program);
    if p.components().count() > 1 {
        return p.is_file();
    }
    let Some(paths) = std::env::var_os("PATH") else { return false };
    std::env::split_paths(&paths).any(|dir| dir.join(program).is_file() || dir.join(format!("{program}.exe")).is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }

    #[test]
    fn the_pager_is_chosen_like_git_does() {
        assert_eq!(command(None, None, None).as_deref(), Some("less -FRX"));
        assert_eq!(command(None, None, s("more")).as_deref(), Some("more"));
        assert_eq!(command(None, s("less -S"), s("more")).as_deref(), Some("less -S"));
        assert_eq!(command(None, s("cat"), s("more")), None);
        assert_eq!(command(None, None, s("")), None);
        assert_eq!(command(s("1"), None, None), None);
        assert_eq!(command(s("0"), None, None).as_deref(), Some("less -FRX"));
    }

    #[test]
    fn lines_sets_the_height() {
        assert_eq!(height(s("10")), Some(10));
        assert!(!installed("/no/such/pager") && installed("sh"));
    }
}
