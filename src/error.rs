//! The one error type of isoreg, and its mapping to the documented exit codes.
//!
//! Every failure anywhere in the program ends up as an [`Error`]; `main` prints it
//! (as a sentence, or as a JSON object with `-o json|jsonl`) and exits with
//! [`Error::exit_code`]. Messages never contain secrets: the client builds them
//! from URLs without credentials and from the server's `detail`. Whatever a
//! message holds, it is printed with control characters and bidi overrides
//! escaped (a newline stays a newline), so server text cannot drive the terminal.
//! How it reaches stderr (`say!`, the coloured label) is the terminal's business
//! ([`crate::term`]).

use std::fmt;

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: a check (`balance --min-…`, `reconcile`) failed.
pub const EXIT_CHECK: i32 = 1;
/// Exit code: usage error (bad flag, bad ID, bad quantity).
pub const EXIT_USAGE: i32 = 2;
/// Exit code: configuration or authentication problem.
pub const EXIT_CONFIG: i32 = 3;
/// Exit code: not found.
pub const EXIT_NOT_FOUND: i32 = 4;
/// Exit code: network or server failure after retries.
pub const EXIT_NETWORK: i32 = 5;
/// Exit code: the server's answer could not be understood.
pub const EXIT_BAD_ANSWER: i32 = 6;
/// Exit code: a write was sent but its outcome is unknown (the connection broke or timed
/// out after sending, or the answer could not be read): re-run with the same request key.
pub const EXIT_UNKNOWN: i32 = 7;
/// Exit code: a local failure (the output or a local file could not be written or read).
pub const EXIT_LOCAL: i32 = 8;
/// Exit code: stopped by Ctrl-C (the shell convention for SIGINT).
pub const EXIT_INTERRUPTED: i32 = 130;

/// What went wrong, in the categories the exit codes distinguish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A rule checked for CI was broken.
    Check,
    /// The command line was wrong.
    Usage,
    /// Configuration is missing or malformed.
    Config,
    /// The server refused the credentials (401/403).
    Auth,
    /// The server has no such thing (404).
    NotFound,
    /// The network or the server failed (timeouts, refused, 5xx, 429).
    Network,
    /// The server answered something isoreg cannot understand.
    BadAnswer,
    /// The server rejected the request as invalid (422 or another 4xx).
    Rejected,
    /// A write was sent, and whether the registry recorded it is not known.
    Unknown,
    /// Something on this machine failed: a full disk, an unwritable output.
    Local,
    /// The reader of stdout went away (`isoreg … | head -1`): not a failure.
    PipeClosed,
    /// Ctrl-C stopped a command that cleaned up after itself (`sync`).
    Interrupted,
}

/// An error with its kind, a one-sentence message, and the HTTP status if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub http_status: Option<u16>,
}

/// Shorthand for results in isoreg.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), http_status: None }
    }
    pub fn usage(m: impl Into<String>) -> Self {
        Self::new(Kind::Usage, m)
    }
    pub fn config(m: impl Into<String>) -> Self {
        Self::new(Kind::Config, m)
    }
    pub fn check(m: impl Into<String>) -> Self {
        Self::new(Kind::Check, m)
    }
    pub fn not_found(m: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, m)
    }
    pub fn network(m: impl Into<String>) -> Self {
        Self::new(Kind::Network, m)
    }
    pub fn bad_answer(m: impl Into<String>) -> Self {
        Self::new(Kind::BadAnswer, m)
    }
    pub fn unknown(m: impl Into<String>) -> Self {
        Self::new(Kind::Unknown, m)
    }
    /// Stopped by Ctrl-C after cleaning up (exit 130).
    pub fn interrupted(m: impl Into<String>) -> Self {
        Self::new(Kind::Interrupted, m)
    }
    /// A failure on this machine: the local copy, a file, the output (exit 8).
    pub fn local(m: impl Into<String>) -> Self {
        Self::new(Kind::Local, m)
    }
    /// An error caused by an HTTP answer with `status`.
    pub fn http(kind: Kind, status: u16, m: impl Into<String>) -> Self {
        Error { kind, message: m.into(), http_status: Some(status) }
    }

    /// The documented exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            Kind::PipeClosed => EXIT_OK,
            Kind::Check => EXIT_CHECK,
            Kind::Usage | Kind::Rejected => EXIT_USAGE,
            Kind::Config | Kind::Auth => EXIT_CONFIG,
            Kind::NotFound => EXIT_NOT_FOUND,
            Kind::Network => EXIT_NETWORK,
            Kind::BadAnswer => EXIT_BAD_ANSWER,
            Kind::Unknown => EXIT_UNKNOWN,
            Kind::Local => EXIT_LOCAL,
            Kind::Interrupted => EXIT_INTERRUPTED,
        }
    }

    /// The machine-readable name of the kind, as used in JSON errors.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            Kind::Check => "check_failed",
            Kind::Usage => "usage",
            Kind::Config => "config",
            Kind::Auth => "auth",
            Kind::NotFound => "not_found",
            Kind::Network => "network",
            Kind::BadAnswer => "bad_response",
            Kind::Rejected => "rejected",
            Kind::Unknown => "outcome_unknown",
            Kind::Local => "local_io",
            Kind::PipeClosed => "pipe_closed",
            Kind::Interrupted => "interrupted",
        }
    }

    /// The message as printed: terminal controls escaped, newlines kept.
    pub fn printable(&self) -> String {
        self.message.split('\n').map(crate::sanitize::sanitize).collect::<Vec<_>>().join("\n")
    }

    /// The error as the JSON object printed on stderr with `-o json|jsonl`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({"error": {
            "kind": self.kind_name(),
            "message": self.printable(),
            "http_status": self.http_status,
            "exit_code": self.exit_code(),
        }})
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.printable())
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::new(Kind::PipeClosed, "stdout was closed");
        }
        Error::new(
            Kind::Local,
            format!(
                "Local input/output failed: {e}. This is a problem on this machine (a full disk, an output that cannot be written), not the server's."
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_the_documented_ones() {
        assert_eq!(Error::check("x").exit_code(), 1);
        assert_eq!(Error::usage("x").exit_code(), 2);
        assert_eq!(Error::config("x").exit_code(), 3);
        assert_eq!(Error::http(Kind::Auth, 401, "x").exit_code(), 3);
        assert_eq!(Error::http(Kind::NotFound, 404, "x").exit_code(), 4);
        assert_eq!(Error::network("x").exit_code(), 5);
        assert_eq!(Error::bad_answer("x").exit_code(), 6);
        assert_eq!(Error::unknown("x").exit_code(), 7);
        let full: Error = std::io::Error::from_raw_os_error(28).into();
        assert_eq!((full.exit_code(), full.kind_name()), (8, "local_io"));
        assert!(full.message.contains("not the server's"), "{}", full.message);
        let pipe: Error = std::io::Error::from(std::io::ErrorKind::BrokenPipe).into();
        assert_eq!(pipe.exit_code(), 0);
    }

    #[test]
    fn printed_messages_cannot_drive_the_terminal() {
        let e = Error::bad_answer("bad \u{1b}[2J\u{202e}name\u{7}\nsecond line");
        let shown = e.to_string();
        assert!(!shown.chars().any(|c| c != '\n' && crate::sanitize::is_dangerous(c)), "{shown}");
        assert!(shown.contains("\\u{1b}[2J") && shown.contains("\nsecond line"), "{shown}");
        let json = e.to_json()["error"]["message"].as_str().unwrap_or_default().to_string();
        assert!(!json.contains('\u{202e}') && !json.contains('\u{1b}'), "{json}");
    }

    #[test]
    fn json_form_carries_status_and_code() {
        let v = Error::http(Kind::NotFound, 404, "nope").to_json();
        assert_eq!(v["error"]["http_status"], 404);
        assert_eq!(v["error"]["exit_code"], 4);
        assert_eq!(v["error"]["kind"], "not_found");
    }
}
