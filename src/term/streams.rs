//! Where lines for stderr go: the process's stderr (written so that a closed
//! stderr never panics, and held while a pager runs) or, in tests, a
//! [`Captured`] buffer.
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

/// The stream for notes and prompts.
#[derive(Debug)]
pub enum ErrStream {
    /// The process's stderr.
    Stderr,
    /// A buffer (tests).
    Captured(Captured),
}

impl ErrStream {
    /// A whole line (a note, a warning): [`say`] on stderr.
    pub fn line(&self, msg: &str) {
        match self {
            ErrStream::Stderr => say(format_args!("{msg}")),
            ErrStream::Captured(c) => {
                let _ = writeln!(c.clone(), "{msg}");
            }
        }
    }

    /// Text without a newline (a question), flushed at once; never held for
    /// a pager (the commands that ask do not page), failures ignored.
    pub fn prompt(&self, text: &str) {
        let _ = match self {
            ErrStream::Stderr => {
                let mut err = std::io::stderr().lock();
                err.write_all(text.as_bytes()).and_then(|()| err.flush())
            }
            ErrStream::Captured(c) => c.clone().write_all(text.as_bytes()),
        };
    }
}
