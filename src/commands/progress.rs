//! A progress bar on stderr for fetches that take more than a moment: items
//! fetched of `total_count`. Shown only when stderr is a terminal and not
//! `--quiet`, and only after the first 300 ms, so quick commands never flicker.

use super::Ctx;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::time::{Duration, Instant};

/// How long a fetch runs before the bar appears.
const DELAY: Duration = Duration::from_millis(300);

/// A bar that may never be drawn.
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: bool,
}

impl Progress {
    /// A bar for fetching `what`; inert unless stderr is a terminal.
    pub fn new(ctx: &Ctx, what: &str) -> Progress {
        let wanted = ctx.term.stderr_tty && !ctx.global.quiet;
        let bar = wanted.then(|| {
            let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            let style = ProgressStyle::with_template("{spinner} {pos}/{len} {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner());
            b.set_style(style);
            b.set_message(what.to_string());
            b
        });
        Progress { bar, started: Instant::now(), shown: false }
    }

    /// Records progress; draws the bar once the delay has passed.
    pub fn update(&mut self, fetched: u64, total: Option<u64>) {
        let Some(bar) = &self.bar else { return };
        if let Some(t) = total {
            bar.set_length(t);
        }
        bar.set_position(fetched);
        if !self.shown && self.started.elapsed() >= DELAY {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
