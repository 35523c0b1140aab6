//! Questions on stderr, answered on stdin: yes/no (write confirmations,
//! `config init --verify`'s offer), text and secrets (`config init`). One
//! implementation for all of them: the question goes to the terminal's stderr
//! stream, the answer is one line of stdin (or of a test's string), trimmed.
//! Secrets are read without echo when a person types them (a real terminal);
//! piped answers are read as lines, and a newline follows each text question
//! so the next line of stderr starts on its own.

use super::Terminal;
use std::io::{BufRead, Cursor};
use std::sync::Mutex;

/// Where answers come from.
#[derive(Debug)]
pub enum Input {
    /// The process's stdin.
    Stdin,
    /// A string (tests).
    Fake(Mutex<Cursor<Vec<u8>>>),
}

impl Input {
    /// Answers read from `answers`, one line each.
    pub fn fake(answers: &str) -> Input {
        Input::Fake(Mutex::new(Cursor::new(answers.as_bytes().to_vec())))
    }

    /// One line, trimmed (empty at the end of input).
    fn line(&self) -> std::io::Result<String> {
        let mut s = String::new();
        match self {
            Input::Stdin => std::io::stdin().lock().read_line(&mut s)?,
            Input::Fake(c) => match c.lock() {
                Ok(mut c) => c.read_line(&mut s)?,
                Err(_) => return Err(std::io::Error::other("the fake input was poisoned")),
            },
        };
        Ok(s.trim().to_string())
    }
}

impl Terminal {
    /// Asks `question` with `[Y/n]` (`default` yes) or `[y/N]`; true for `y`
    /// or `yes` (any case), `default` for an empty answer, false otherwise.
    pub fn confirm(&self, question: &str, default: bool) -> std::io::Result<bool> {
        let hint = if default { "[Y/n]" } else { "[y/N]" };
        self.errors.prompt(&format!("{question} {hint} "));
        let answer = self.input.line()?.to_ascii_lowercase();
        Ok(if answer.is_empty() { default } else { answer == "y" || answer == "yes" })
    }

    /// Asks for a line of text (`prompt` is shown as given). When stdin is not
    /// a terminal (answers from a pipe or a file) no one reads the question, so
    /// it is not printed: the line is read silently.
    pub fn text(&self, prompt: &str) -> std::io::Result<String> {
        // A question is shown to a terminal (a forced one too); a pipe gets none.
        if self.stdin_tty {
            self.errors.prompt(prompt);
        }
        self.input.line()
    }

    /// Asks for a secret: hidden on a real terminal, else as [`Terminal::text`].
    pub fn secret(&self, prompt: &str) -> std::io::Result<String> {
        if !self.interactive() || !matches!(self.input, Input::Stdin) {
            return self.text(prompt);
        }
        rpassword::prompt_password(prompt).map(|s| s.trim().to_string())
    }

    /// One line of stdin, trimmed, with no question (`config set KEY -`).
    pub fn read_line(&self) -> std::io::Result<String> {
        self.input.line()
    }
}
