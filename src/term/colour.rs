//! Colour: the `--color` policy (`auto` colours a terminal unless `NO_COLOR`
//! is set or `TERM=dumb`) and labels painted with SGR codes.

/// When to colour output (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// SGR code for failures (`error:`, `FAILED:`, `✗`).
pub const RED: &str = "1;31";
/// SGR code for success (`ok:`, `✓`).
pub const GREEN: &str = "32";
/// SGR code for warnings (`!`).
pub const YELLOW: &str = "33";

/// `label` in colour `code` when `on` (a terminal, colour allowed), else as is.
pub fn paint(label: &str, code: &str, on: bool) -> String {
    if on { format!("\u{1b}[{code}m{label}\u{1b}[0m") } else { label.to_string() }
}

/// Whether colour is allowed at all with `--color auto`: `NO_COLOR` is unset
/// (or empty) and the terminal is not `dumb`.
pub fn allowed(no_color: bool, term: Option<&str>) -> bool {
    !no_color && term != Some("dumb")
}

/// Whether a stream is coloured: `--color`, else a terminal where colour is allowed.
pub fn wanted(choice: ColorChoice, tty: bool, allowed: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => tty && allowed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_colours_a_terminal_unless_no_color_or_dumb() {
        assert!(wanted(ColorChoice::Auto, true, allowed(false, Some("xterm"))));
        assert!(!wanted(ColorChoice::Auto, false, allowed(false, None)));
        assert!(!wanted(ColorChoice::Auto, true, allowed(true, None)));
        assert!(!wanted(ColorChoice::Auto, true, allowed(false, Some("dumb"))));
        assert!(wanted(ColorChoice::Always, false, false) && !wanted(ColorChoice::Never, true, true));
        assert_eq!(paint("ok:", GREEN, true), "\u{1b}[32mok:\u{1b}[0m");
        assert_eq!(paint("ok:", GREEN, false), "ok:");
    }
}
