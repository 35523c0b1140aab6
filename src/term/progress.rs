//! A progress bar on stderr for fetches that take more than a moment: items
//! fetched of `total_count` (just the count while the total is unknown, such
//! as the batches of a split tree still being explored), and what is being
//! fetched (a message a command may change: a level, a phase). Shown only when stderr is a terminal (or forced
//! with `ISOREG_FORCE_TTY`) and not `--quiet`, and only after the first 300 ms,
//! so quick commands never flicker. The bar goes when it is finished or
//! dropped (an error mid-fetch does not leave it behind), and Ctrl-C clears its
//! line before isoreg exits ([`clear_on_interrupt`]).

use super::Terminal;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle, TermLike};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How long a fetch runs before the bar appears.
const DELAY: Duration = Duration::from_millis(300);

/// Whether a bar is drawn on stderr right now.
static DRAWN: AtomicBool = AtomicBool::new(false);

/// Set once Ctrl-C was pressed: the bar draws nothing more.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// What erases the current terminal line: carriage return, then "erase line".
pub const CLEAR_LINE: &str = "\r\x1b[2K";

/// On Ctrl-C: stops the bar drawing and, if it is drawn, clears its line.
pub fn clear_on_interrupt() {
    INTERRUPTED.store(true, Ordering::SeqCst);
    if DRAWN.swap(false, Ordering::SeqCst) {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(CLEAR_LINE.as_bytes()).and_then(|()| err.flush());
    }
}

/// A bar that may never be drawn.
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: bool,
    width: u16,
    /// stderr is a terminal for real (else forced: drawn through a stand-in).
    real: bool,
}

impl Progress {
    /// A bar for fetching `what`; inert unless stderr is a terminal and not `quiet`.
    pub fn new(term: &Terminal, quiet: bool, what: &str) -> Progress {
        let wanted = term.stderr_tty && !quiet;
        let bar = wanted.then(|| {
            let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            b.set_style(style(false));
            b.set_message(what.to_string());
            b
        });
        Progress { bar, started: Instant::now(), shown: false, width: term.width, real: term.real.stderr }
    }

    /// Says what is being fetched now (a level of a tree, a phase of a sync).
    pub fn message(&self, what: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(what.to_string());
        }
    }

    /// Records progress; draws the bar once the delay has passed.
    pub fn update(&mut self, fetched: u64, total: Option<u64>) {
        let Some(bar) = &self.bar else { return };
        match total {
            Some(t) if bar.length() != Some(t) => {
                if bar.length().is_none() {
                    bar.set_style(style(true));
                }
                bar.set_length(t);
            }
            None if bar.length().is_some() => {
                bar.unset_length();
                bar.set_style(style(false));
            }
            _ => {}
        }
        bar.set_position(fetched);
        if !self.shown && self.started.elapsed() >= DELAY && !INTERRUPTED.load(Ordering::SeqCst) {
            bar.set_draw_target(target(self.real, self.width));
            DRAWN.store(true, Ordering::SeqCst);
            bar.tick();
            self.shown = true;
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
            if self.shown {
                DRAWN.store(false, Ordering::SeqCst);
            }
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// The bar's look: `fetched/total what [elapsed]`, or `fetched what [elapsed]`
/// while the total is unknown.
fn style(known_total: bool) -> ProgressStyle {
    let template =
        if known_total { "{spinner} {pos}/{len} {msg} [{elapsed}]" } else { "{spinner} {pos} {msg} [{elapsed}]" };
    ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_spinner())
}

/// stderr itself when it is a terminal; else (forced for tests) a stand-in
/// that writes the same escape codes, which indicatif would not draw to a pipe.
fn target(real: bool, width: u16) -> ProgressDrawTarget {
    if real { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::term_like(Box::new(ForcedStderr { width })) }
}

/// A terminal on stderr, `width` columns wide, that stops writing after Ctrl-C.
#[derive(Debug)]
struct ForcedStderr {
    width: u16,
}

impl ForcedStderr {
    fn put(&self, s: &str) -> std::io::Result<()> {
        if INTERRUPTED.load(Ordering::SeqCst) {
            return Ok(());
        }
        std::io::stderr().lock().write_all(s.as_bytes())
    }

    fn moved(&self, n: usize, code: char) -> std::io::Result<()> {
        if n == 0 { Ok(()) } else { self.put(&format!("\x1b[{n}{code}")) }
    }
}

impl TermLike for ForcedStderr {
    fn width(&self) -> u16 {
        self.width
    }
    fn move_cursor_up(&self, n: usize) -> std::io::Result<()> {
        self.moved(n, 'A')
    }
    fn move_cursor_down(&self, n: usize) -> std::io::Result<()> {
        self.moved(n, 'B')
    }
    fn move_cursor_right(&self, n: usize) -> std::io::Result<()> {
        self.moved(n, 'C')
    }
    fn move_cursor_left(&self, n: usize) -> std::io::Result<()> {
        self.moved(n, 'D')
    }
    fn write_line(&self, s: &str) -> std::io::Result<()> {
        self.put(&format!("{s}\n"))
    }
    fn write_str(&self, s: &str) -> std::io::Result<()> {
        self.put(s)
    }
    fn clear_line(&self) -> std::io::Result<()> {
        self.put(CLEAR_LINE)
    }
    fn flush(&self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}
