//! The terminal around isoreg, in one place (in the spirit of gh's IOStreams):
//! which streams are terminals, how wide the terminal is, whether colour is
//! used, where notes and prompts go and where answers come from — found once
//! at start-up ([`Terminal::detect`], the only reader of `ISOREG_FORCE_TTY`,
//! `COLUMNS`, `NO_COLOR` and `TERM`) and handed down in the command's `Ctx`.
//!
//! A test builds a [`Terminal::fake`] instead: a terminal of any width whose
//! stderr is [`Captured`] and whose stdin is a string, so commands and
//! renderers run in-process. The parts: [`colour`] (the `--color` policy and
//! painted labels), [`prompt`] (yes/no, text and secret questions), [`pager`]
//! (long tables through `less`), [`progress`] (the bar on stderr) and
//! [`streams`] (stderr lines that never panic, captured output).

pub mod colour;
pub mod pager;
pub mod progress;
pub mod prompt;
pub mod streams;
#[cfg(test)]
mod tests;

pub use colour::ColorChoice;
use prompt::Input;
use std::io::IsTerminal;
pub use streams::{Captured, ErrStream, say};

/// The terminal of this run: facts, and the streams notes, prompts and answers use.
#[derive(Debug)]
pub struct Terminal {
    /// stdin is a terminal (or forced): writes may ask for confirmation.
    pub stdin_tty: bool,
    /// stdout is a terminal (or forced): tables, readable dates, fitted width.
    pub stdout_tty: bool,
    /// stderr is a terminal (or forced): the progress bar is drawn.
    pub stderr_tty: bool,
    /// Tables on stdout are coloured.
    pub stdout_color: bool,
    /// Labels on stderr (`error:`, `ok:`, `FAILED:`) are coloured.
    pub stderr_color: bool,
    /// Columns (`COLUMNS`, else the terminal's, else 80; at least 20).
    pub width: u16,
    /// Which streams are terminals for real (not only forced).
    real: Real,
    input: Input,
    errors: streams::ErrStream,
}

/// Streams that are terminals for real: hidden input and indicatif's own
/// drawing need one; a forced terminal gets line input and a stand-in.
#[derive(Debug, Clone, Copy, Default)]
struct Real {
    stdin: bool,
    stderr: bool,
}

/// What start-up reads from the environment and the process's streams, once.
#[derive(Debug, Clone, Default)]
pub struct Probe {
    /// `ISOREG_FORCE_TTY=1` (for tests): every stream counts as a terminal.
    pub force_tty: bool,
    /// `COLUMNS`, as set.
    pub columns: Option<String>,
    /// `NO_COLOR` is set and not empty.
    pub no_color: bool,
    /// `TERM`, as set.
    pub term: Option<String>,
    /// Whether stdin, stdout and stderr are terminals.
    pub ttys: [bool; 3],
    /// The terminal's width in columns, if known.
    pub size: Option<u16>,
}

impl Probe {
    /// Reads the environment and the streams: the one place that does.
    pub fn read() -> Probe {
        Probe {
            force_tty: std::env::var("ISOREG_FORCE_TTY").is_ok_and(|v| v == "1"),
            columns: std::env::var("COLUMNS").ok(),
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            term: std::env::var("TERM").ok(),
            ttys: [std::io::stdin().is_terminal(), std::io::stdout().is_terminal(), std::io::stderr().is_terminal()],
            size: terminal_size::terminal_size().map(|(w, _)| w.0),
        }
    }
}

impl Terminal {
    /// The process's terminal, with `--color` applied.
    pub fn detect(choice: ColorChoice) -> Terminal {
        Terminal::from_probe(&Probe::read(), choice)
    }

    /// The terminal `probe` describes, on the process's real stdin and stderr.
    pub fn from_probe(p: &Probe, choice: ColorChoice) -> Terminal {
        let [stdin, stdout, stderr] = p.ttys.map(|t| t || p.force_tty);
        let width = p.columns.as_deref().and_then(|c| c.parse::<u16>().ok()).or(p.size).unwrap_or(80);
        let allowed = colour::allowed(p.no_color, p.term.as_deref());
        Terminal {
            stdin_tty: stdin,
            stdout_tty: stdout,
            stderr_tty: stderr,
            stdout_color: colour::wanted(choice, stdout, allowed),
            stderr_color: colour::wanted(choice, stderr, allowed),
            width: width.max(20),
            real: Real { stdin: p.ttys[0], stderr: p.ttys[2] },
            input: Input::Stdin,
            errors: ErrStream::stderr(stderr.then_some(width.max(20))),
        }
    }

    /// A terminal for tests: every stream a terminal `width` columns wide, no
    /// colour, answers read from `answers`, stderr captured in the second value.
    pub fn fake(width: u16, answers: &str) -> (Terminal, Captured) {
        let err = Captured::default();
        let probe = Probe { force_tty: true, columns: Some(width.to_string()), ..Probe::default() };
        let mut t = Terminal::from_probe(&probe, ColorChoice::Never);
        t.input = Input::fake(answers);
        t.errors = ErrStream::captured(err.clone(), Some(t.width));
        (t, err)
    }

    /// Writes one line to stderr (never panics; held while a pager runs),
    /// wrapped at word boundaries to the terminal's width.
    pub fn line(&self, msg: &str) {
        self.errors.line(msg)
    }

    /// The stream notes go to, for the renderer and whoever writes notes.
    pub fn notes(&self) -> ErrStream {
        self.errors.clone()
    }

    /// Whether a person types the answers (stdin is a terminal for real, not
    /// only forced): then questions with a default may be asked, and secrets are hidden.
    pub fn interactive(&self) -> bool {
        self.real.stdin
    }
}
