//! Where lines for stderr go: the process's stderr (written so that a closed
//! stderr never panics, and held while a pager runs) or, in tests, a
//! [`Captured`] buffer — through [`ErrStream`], a cheap handle the terminal
//! hands to the renderer and the commands, so that every note, warning and
//! write plan is written (and wrapped) in one place and can be captured in-process.
//!
//! On a terminal, lines longer than its width wrap at word boundaries (a word
//! longer than the line, such as a URL or a path, is kept whole), never mid-word
//! as the terminal itself would; piped, a line stays one line.
//!
//! [`say`] is the one way to write a line to stderr that never panics: when
//! stderr is a closed pipe (`isoreg … 2>&1 | head -1`) the line is dropped.

use std::fmt;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// Writes one line to stderr, ignoring failure (a closed stderr must not panic
/// the way `eprintln!` does); while a pager runs, the line waits until it exits.
pub fn say(args: fmt::Arguments<'_>) {
    if super::pager::active() && super::pager::hold_note(&args.to_string()) {
        return;
    }
    let mut err = std::io::stderr().lock();
    let _ = err.write_fmt(args).and_then(|()| err.write_all(b"\n"));
}

/// `say!("…", args)`: [`say`] with `format!` syntax.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::term::say(format_args!($($arg)*))
    };
}

/// Output kept in memory (a test's stdout or stderr); clones share the buffer.
#[derive(Debug, Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    /// Everything written so far, as text.
    pub fn text(&self) -> String {
        self.0.lock().map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.0.lock() {
            Ok(mut b) => {
                b.extend_from_slice(buf);
                Ok(buf.len())
            }
            Err(_) => Err(std::io::Error::other("the captured output was poisoned")),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Where the stream for notes and prompts writes.
#[derive(Debug, Clone)]
enum Sink {
    /// The process's stderr.
    Stderr,
    /// A buffer (tests).
    Captured(Captured),
}

/// The stream for notes, warnings and prompts: stderr or a captured buffer,
/// and the width its lines wrap at (none when stderr is not a terminal).
#[derive(Debug, Clone)]
pub struct ErrStream {
    sink: Sink,
    wrap: Option<u16>,
}

impl ErrStream {
    /// The process's stderr, its lines wrapped at `wrap` columns if given.
    pub fn stderr(wrap: Option<u16>) -> ErrStream {
        ErrStream { sink: Sink::Stderr, wrap }
    }

    /// A buffer (tests), its lines wrapped at `wrap` columns if given.
    pub fn captured(buf: Captured, wrap: Option<u16>) -> ErrStream {
        ErrStream { sink: Sink::Captured(buf), wrap }
    }

    /// A whole line (a note, a warning), wrapped to fit: [`say`] on stderr.
    pub fn line(&self, msg: &str) {
        let msg = fit(msg, self.wrap);
        match &self.sink {
            Sink::Stderr => say(format_args!("{msg}")),
            Sink::Captured(c) => {
                let _ = writeln!(c.clone(), "{msg}");
            }
        }
    }

    /// A line as it is, never wrapped (a `-v` line, copied and searched like
    /// curl's): [`say`] on stderr.
    pub fn verbatim(&self, msg: &str) {
        match &self.sink {
            Sink::Stderr => say(format_args!("{msg}")),
            Sink::Captured(c) => {
                let _ = writeln!(c.clone(), "{msg}");
            }
        }
    }

    /// Text without a newline (a question), flushed at once; never held for
    /// a pager (the commands that ask do not page), failures ignored.
    pub fn prompt(&self, text: &str) {
        // Wrapped like a note; the space the answer starts after is kept.
        let question = text.trim_end_matches(' ');
        let text = format!("{}{}", fit(question, self.wrap), &text[question.len()..]);
        let _ = match &self.sink {
            Sink::Stderr => {
                let mut err = std::io::stderr().lock();
                err.write_all(text.as_bytes()).and_then(|()| err.flush())
            }
            Sink::Captured(c) => c.clone().write_all(text.as_bytes()),
        };
    }
}

/// `msg` with each of its lines longer than `width` columns wrapped at word
/// boundaries, each continuation indented two spaces more than its line (so
/// that it reads as part of it); a word longer than a line stays whole.
/// Colour codes take no width.
pub fn fit(msg: &str, width: Option<u16>) -> String {
    let Some(w) = width else { return msg.to_string() };
    let lines = msg.split('\n').map(|line| {
        let indent: String = line.chars().take_while(|c| *c == ' ').chain("  ".chars()).collect();
        let opts = textwrap::Options::new(usize::from(w))
            .break_words(false)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .subsequent_indent(&indent);
        textwrap::fill(line, opts)
    });
    lines.collect::<Vec<_>>().join("\n")
}
