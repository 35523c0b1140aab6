//! In-process tests of the terminal module: detection from a [`Probe`], a
//! renderer writing to captured output on a fake 80-column terminal, prompts
//! answered from a fake stdin, and a whole command run with both.

use super::*;
use crate::cli::Cli;
use crate::commands::{Command, ctx::Ctx};
use crate::config::{EnvVars, Settings, Source};
use crate::render::Renderer;
use clap::Parser;
use serde_json::json;

/// A [`Ctx`] for `args` on `term`, its stdout captured, its config file in `dir`.
fn ctx_for(args: &[&str], term: Terminal, dir: &std::path::Path) -> (Ctx, Command, Captured) {
    let cli = Cli::try_parse_from(std::iter::once("isoreg").chain(args.iter().copied())).expect("the arguments parse");
    let out = Captured::default();
    let renderer =
        Renderer::new(crate::app::render_opts(&cli.global, &term).expect("render options"), Box::new(out.clone()))
            .with_notes(term.notes());
    let settings = Settings {
        path: dir.join("config.toml"),
        profile: "default".into(),
        profile_source: Source::Default,
        base_url: "http://127.0.0.1:9".into(),
        base_url_source: Source::Default,
        client_secret: None,
        secret_source: Source::Unset,
        access_token: None,
        token_source: Source::Unset,
        allow_writes: false,
    };
    let ctx = Ctx {
        global: cli.global,
        settings,
        env: EnvVars::default(),
        term,
        out: renderer,
        client: std::sync::OnceLock::new(),
        completions: crate::cli::completions_script,
    };
    (ctx, cli.command, out)
}

#[test]
fn detection_applies_the_overrides_once_read() {
    let forced = Probe { force_tty: true, columns: Some("200".into()), no_color: true, ..Probe::default() };
    let t = Terminal::from_probe(&forced, ColorChoice::Auto);
    assert!(t.stdin_tty && t.stdout_tty && t.stderr_tty && !t.interactive());
    assert_eq!(t.width, 200);
    assert!(!t.stdout_color && !t.stderr_color, "NO_COLOR switches auto colour off");
    let piped = Probe { ttys: [false, true, false], columns: Some("5".into()), ..Probe::default() };
    let t = Terminal::from_probe(&piped, ColorChoice::Auto);
    assert!(!t.stdin_tty && t.stdout_tty && !t.stderr_tty);
    assert!(t.stdout_color && !t.stderr_color, "only the terminal is coloured");
    assert_eq!(t.width, 20, "never narrower than 20 columns");
    let sized = Probe { columns: Some("wide".into()), size: Some(132), ..Probe::default() };
    assert_eq!(Terminal::from_probe(&sized, ColorChoice::Always).width, 132);
    assert_eq!(Terminal::from_probe(&Probe::default(), ColorChoice::Never).width, 80);
}

#[test]
fn a_table_on_a_fake_80_column_terminal_fits_it() {
    let (term, _err) = Terminal::fake(80, "");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (mut ctx, _, out) = ctx_for(&["batch", "list", "--no-pager"], term, dir.path());
    let row = |n: u32| {
        // Values differ from row to row, so no column is lifted above the table.
        json!({"id": format!("ctb_{n:016}"), "status": (["active", "retired"][n as usize % 2]),
               "size": {"credit_kgs": 1234567},
               "owner": {"name": format!("A supplier with a long name that does not fit anywhere {n}")},
               "project_id": format!("prj_{n:016}"), "issued_at": "2024-03-01T00:00:00Z"})
    };
    let mut w = ctx.out.list(&crate::commands::batch::PLAN);
    w.page(vec![row(1), row(2)]).expect("rendered");
    w.finish().expect("finished");
    let text = out.text();
    assert!(text.starts_with("ID"), "a table, since stdout is a (fake) terminal: {text}");
    assert!(text.contains("ctb_0000000000000002") && text.contains("1,234.567"), "{text}");
    assert!(!text.contains("OWNER"), "the column that does not fit is hidden: {text}");
    for line in text.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 80, "wider than the terminal: {line:?}");
    }
}

#[test]
fn a_confirmation_is_answered_from_fake_stdin() {
    let (term, err) = Terminal::fake(80, "yes\n\nn\n");
    assert!(term.confirm("Retire 1.000 t?", false).expect("answered"));
    assert!(!term.confirm("Retire 1.000 t?", false).expect("answered"), "an empty answer is the default, no");
    assert!(!term.confirm("Verify?", true).expect("answered"), "n is no");
    assert!(term.confirm("Verify?", true).expect("answered"), "the end of input is the default, yes");
    assert_eq!(err.text(), "Retire 1.000 t? [y/N] Retire 1.000 t? [y/N] Verify? [Y/n] Verify? [Y/n] ");
}

#[test]
fn text_and_secret_questions_read_piped_lines() {
    let (mut term, err) = Terminal::fake(80, "  http://x \nsecret\n");
    term.stdin_tty = false;
    assert_eq!(term.text("URL: ").expect("answered"), "http://x");
    assert_eq!(term.secret("Secret: ").expect("answered"), "secret", "not hidden: no person types it");
    assert_eq!(term.text("More: ").expect("answered"), "");
    assert_eq!(err.text(), "", "no question is printed when the answers come from a pipe");
}

#[tokio::test]
async fn a_command_runs_in_process_on_a_fake_terminal() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (term, err) = Terminal::fake(80, "https://example.org/registry/v0\n");
    let (mut ctx, cmd, _) = ctx_for(&["config", "set", "base_url", "-"], term, dir.path());
    crate::commands::run(cmd, &mut ctx).await.expect("config set works");
    assert!(err.text().starts_with("Set base_url of profile '"), "{}", err.text());
    let saved = std::fs::read_to_string(dir.path().join("config.toml")).expect("written");
    assert!(saved.contains("https://example.org/registry/v0"), "{saved}");

    let (term, _) = Terminal::fake(80, "");
    let (mut ctx, cmd, out) = ctx_for(&["config", "path"], term, dir.path());
    crate::commands::run(cmd, &mut ctx).await.expect("config path works");
    assert_eq!(out.text().trim_end(), dir.path().join("config.toml").display().to_string());
}

#[test]
fn renderer_notes_go_to_the_terminal_after_the_table_wrapped_at_words() {
    let (term, _) = Terminal::fake(40, "");
    let both = Captured::default();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (mut ctx, _, _) = ctx_for(&["batch", "list", "--no-pager"], term, dir.path());
    let opts = ctx.out.opts.clone();
    ctx.out = Renderer::new(opts, Box::new(both.clone())).with_notes(ErrStream::captured(both.clone(), Some(40)));
    let row = json!({"id": "ctb_0000000000000001", "status": "ISSUED", "size": {"credit_kgs": 1234567},
                     "owner": {"name": "An owner"}, "project_id": "prj_0000000000000001",
                     "issued_at": "2024-03-01T00:00:00Z"});
    let mut w = ctx.out.list(&crate::commands::batch::PLAN);
    w.page(vec![row]).expect("rendered");
    w.finish().expect("finished");
    let text = both.text();
    let note = text.find("Hid column").unwrap_or_else(|| panic!("a note on the captured stream: {text}"));
    assert!(text.find("ctb_0000000000000001").is_some_and(|row| row < note), "the note follows the table: {text}");
    for line in text[note..].lines() {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 40, "wider than the terminal: {line:?}");
    }
    let words = text[note..].split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.ends_with("use -o wide or --fields to see them."), "whole words, in order: {words}");
}

#[test]
fn notes_wrap_at_word_boundaries_and_keep_long_words_whole() {
    let (term, err) = Terminal::fake(30, "");
    term.line("warning: the access token of profile 'sandbox' expires in 3 days; see https://example.org/a/very/long/path/to/renew");
    let text = err.text();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 2, "{text}");
    assert!(lines[1..].iter().all(|l| l.starts_with("  ")), "continuations are indented: {text}");
    for l in &lines {
        assert!(l.len() <= 30 || !l.trim_start().contains(' '), "cut at a word boundary: {l:?}");
    }
    assert!(lines.contains(&"  https://example.org/a/very/long/path/to/renew"), "a long word stays whole: {text}");
    let (buf, long) = (Captured::default(), "stays one line however long it is, since stderr is not a terminal");
    ErrStream::captured(buf.clone(), None).line(long);
    assert_eq!(buf.text(), format!("{long}\n"), "piped: one line");
}

#[test]
fn a_date_is_never_split_at_its_hyphens() {
    let (term, err) = Terminal::fake(70, "");
    term.line("Changes from snapshot 1 (2026-12-06T08:38:30Z) to snapshot 2 (2026-12-06T08:38:30Z).");
    assert_eq!(err.text(), "Changes from snapshot 1 (2026-12-06T08:38:30Z) to snapshot 2\n  (2026-12-06T08:38:30Z).\n");
}
