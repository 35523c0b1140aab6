//! Start-up and shutdown: parse the arguments, read the environment and the
//! config once, build the [`Ctx`], run the command, and turn any error into
//! one sentence (or one JSON object) on stderr and the documented exit code.
//!
//! Ctrl-C during a command that talks to the network ends the process at once,
//! quietly, with exit code 130 (the shell convention for SIGINT): the progress
//! bar's line is cleared, no backtrace, no half-written error. The emulator and `config` keep the default handling
//! (the emulator stops gracefully itself; `config init` may be reading a tty).

use crate::cli::Cli;
use crate::cli::options::Global;
use crate::commands::Command;
use crate::commands::{self, ctx::Ctx};
use crate::config::{self, EnvVars, Settings, Source};
use crate::error::{Error, Kind, Result};
use crate::render::{Format, RenderOpts, Renderer};
use crate::term::Terminal;
use clap::parser::ValueSource;

/// Runs isoreg with the process's arguments and environment; returns the exit code.
pub fn main() -> i32 {
    crate::cli::complete::answer_if_asked();
    if std::env::args_os().len() <= 1 {
        use std::io::Write;
        let _ = writeln!(std::io::stdout(), "{}", crate::cli::overview::overview());
        return 0;
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if crate::cli::overview::is_root_short_help(&args, &<Cli as clap::CommandFactory>::command()) {
        use std::io::Write;
        let _ = writeln!(std::io::stdout(), "{}", crate::cli::overview::short_help());
        return 0;
    }
    if let Some(path) = bare_fields() {
        return list_fields(&path.iter().map(String::as_str).collect::<Vec<_>>());
    }
    if is_help_options() {
        use std::io::Write;
        let _ = write!(std::io::stdout(), "{}", crate::help::global_options());
        return 0;
    }
    let matches = match parse(&args) {
        Ok(m) => m,
        Err(e) => {
            if let Some(help) = crate::cli::hints::help_for_missing_verb(&e, &mut crate::help::command_for(&args)) {
                crate::term::say(format_args!("{}", help.trim_end()));
                return crate::error::EXIT_USAGE;
            }
            let e = crate::cli::hints::improve(e, &crate::help::command_for(&args));
            if e.use_stderr() {
                usage_error(&e);
                return crate::error::EXIT_USAGE;
            }
            let _ = e.print();
            return 0;
        }
    };
    let cli = match <Cli as clap::FromArgMatches>::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return crate::error::EXIT_USAGE;
        }
    };
    if crate::commands::field_list::asked(&cli.global.fields) {
        return list_fields(&subcommand_path(&matches));
    }
    let sources = FlagSources { profile: matches.value_source("profile"), base_url: matches.value_source("base_url") };
    let json_errors = matches!(cli.global.output, Some(Format::Json | Format::Jsonl));
    let term = Terminal::detect(cli.global.color);
    let color = Painted { color: term.stderr_color, wrap: term.stderr_tty.then_some(term.width) };
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => return report(&Error::network(format!("Cannot start the async runtime: {e}.")), json_errors, color),
    };
    if interruptible(&cli.command) {
        exit_on_ctrl_c(&runtime);
    }
    let code = match runtime.block_on(run(cli, sources, term)) {
        Ok(()) => 0,
        Err(e) => report(&e, json_errors, color),
    };
    runtime.shutdown_background();
    code
}

/// The command line parsed with the plain definition, which builds only the
/// subcommands it reaches; any error (a help or version request included) comes
/// from parsing again with the laid-out one, so that what clap prints follows
/// [`crate::help`]. Layout changes only texts, never what parses.
fn parse(args: &[std::ffi::OsString]) -> std::result::Result<clap::ArgMatches, clap::Error> {
    <Cli as clap::CommandFactory>::command()
        .try_get_matches_from(std::env::args_os())
        .or_else(|_| crate::help::command_for(args).try_get_matches_from(std::env::args_os()))
}

/// The command path (`["batch", "get"]`) when `--fields` is given with no
/// value: read before clap, so a command's required arguments are not needed
/// to list its fields (`isoreg batch get --fields`).
fn bare_fields() -> Option<Vec<String>> {
    use clap::CommandFactory;
    let args: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let end = args.iter().position(|a| a == "--").unwrap_or(args.len());
    let at = args[..end].iter().position(|a| a == "--fields")?;
    if args.get(at + 1).is_some_and(|next| !next.starts_with('-')) {
        return None;
    }
    let mut cmd = Cli::command();
    let mut path = Vec::new();
    for a in &args[..end] {
        if let Some(sub) = cmd.find_subcommand(a).cloned() {
            path.push(sub.get_name().to_string());
            cmd = sub;
        }
    }
    Some(path)
}

/// A usage error from clap, on a terminal wrapped at words like every other
/// message (clap wraps help, not errors); elsewhere as clap prints it.
fn usage_error(e: &clap::Error) {
    let term = Terminal::detect(crate::cli::options::ColorChoice::Auto);
    if !term.stderr_tty {
        let _ = e.print();
        return;
    }
    let text = if term.stderr_color { e.render().ansi().to_string() } else { e.render().to_string() };
    crate::term::say(format_args!("{}", crate::term::streams::fit(text.trim_end(), Some(term.width))));
}

/// The names of the subcommands `matches` went through.
fn subcommand_path(matches: &clap::ArgMatches) -> Vec<&str> {
    let mut path = Vec::new();
    let mut at = matches;
    while let Some((name, sub)) = at.subcommand() {
        path.push(name);
        at = sub;
    }
    path
}

/// `--fields` with no value: the command's fields on stdout, no request (exit 0), or why it has none (exit 2).
fn list_fields(path: &[&str]) -> i32 {
    use std::io::Write;
    match crate::commands::field_list::text(path) {
        Ok(t) => {
            let _ = write!(std::io::stdout(), "{t}");
            0
        }
        Err(e) => report(&e, false, Painted { color: false, wrap: None }),
    }
}

/// `isoreg help options` (clap's `help` knows only commands, so it is caught first).
fn is_help_options() -> bool {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    args.len() == 2 && args[0] == "help" && args[1] == "options"
}

/// The exit code after Ctrl-C.
pub const EXIT_INTERRUPTED: i32 = crate::error::EXIT_INTERRUPTED;

/// Whether Ctrl-C ends the command at once (`sync` handles it itself: it
/// rolls its transaction back and says which snapshot is still the latest).
fn interruptible(cmd: &Command) -> bool {
    !matches!(cmd, Command::Emulator(_) | Command::Config(_) | Command::Completions(_) | Command::Sync(_))
}

/// Whether the command's output may go through the pager: not for commands
/// that ask a question after printing (writes), nor for config, the emulator
/// and completions.
fn pages(cmd: &Command) -> bool {
    use crate::commands::{org::BeneficiaryCmd, transfer::TransferCmd};
    !matches!(
        cmd,
        Command::Retire(_)
            | Command::Deliver(_)
            | Command::Transfer(TransferCmd::Create(_))
            | Command::Beneficiary(BeneficiaryCmd::Add { .. })
            | Command::Config(_)
            | Command::Emulator(_)
            | Command::Completions(_)
    )
}

/// Installs the Ctrl-C handler now (not lazily) and waits for it on a worker
/// thread, so it fires even while the main thread is blocked writing to stdout.
/// It clears the progress bar's line before exiting; while a pager runs,
/// Ctrl-C belongs to the pager (isoreg waits for it to exit, as git does).
fn exit_on_ctrl_c(runtime: &tokio::runtime::Runtime) {
    let _in_runtime = runtime.enter();
    #[cfg(unix)]
    if let Ok(mut sigint) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()) {
        runtime.spawn(async move {
            while sigint.recv().await.is_some() {
                if !crate::term::pager::active() {
                    interrupted();
                }
            }
        });
    }
    #[cfg(not(unix))]
    runtime.spawn(async {
        while tokio::signal::ctrl_c().await.is_ok() {
            if !crate::term::pager::active() {
                interrupted();
            }
        }
    });
}

/// Clears the progress bar's line, if one is drawn, and exits with 130 — or, while a write's
/// POST is in flight, says that its outcome is unknown and how to find out, and exits with 7.
fn interrupted() -> ! {
    crate::term::progress::clear_on_interrupt();
    if let Some(msg) = crate::commands::write::journal::in_flight() {
        crate::term::say(format_args!("error: {}", crate::sanitize::sanitize(&msg)));
        std::process::exit(crate::error::EXIT_UNKNOWN)
    }
    std::process::exit(EXIT_INTERRUPTED)
}

/// Where `--profile` and `--base-url` came from (flag or environment).
struct FlagSources {
    profile: Option<ValueSource>,
    base_url: Option<ValueSource>,
}

/// How the final error is written on stderr: coloured, and wrapped at word
/// boundaries to the terminal's width (when stderr is one).
#[derive(Clone, Copy)]
struct Painted {
    color: bool,
    wrap: Option<u16>,
}

fn report(e: &Error, json: bool, how: Painted) -> i32 {
    if e.kind == Kind::PipeClosed {
        return 0;
    }
    if json {
        crate::term::say(format_args!("{}", e.to_json()));
    } else {
        let label = crate::term::colour::paint("error:", crate::term::colour::RED, how.color);
        crate::term::say(format_args!("{}", crate::term::streams::fit(&format!("{label} {e}"), how.wrap)));
    }
    e.exit_code()
}

async fn run(cli: Cli, sources: FlagSources, term: Terminal) -> Result<()> {
    let Cli { global, command } = cli;
    let env = EnvVars::from_process();
    if let Some(fields) = &global.fields
        && fields.iter().any(|f| f.trim().is_empty())
    {
        return Err(Error::usage("--fields has an empty name; give names like id,status,size.credit_kgs."));
    }
    let out =
        Renderer::to_stdout(render_opts(&global, &term)?, !global.no_pager && pages(&command)).with_notes(term.notes());
    let mut _demo = None;
    let settings = if global.demo && !matches!(command, Command::Emulator(_) | Command::Completions(_)) {
        let (s, handle) = crate::commands::demo::start(&env, global.demo_supplier).await?;
        _demo = Some(handle);
        s
    } else {
        settings(&global, &env, &sources, matches!(command, Command::Config(_)), &term)?
    };
    let warn = !global.quiet && !matches!(command, Command::Auth(_) | Command::Config(_) | Command::Emulator(_));
    if warn && let Some(w) = commands::auth::expiry_warning(&settings) {
        term.line(&w);
    }
    let completions = crate::cli::completions_script;
    let mut ctx = Ctx { global, settings, env, term, out, client: std::sync::OnceLock::new(), completions };
    let result = commands::run(command, &mut ctx).await;
    result.map_err(|e| with_credential_source(e, &ctx.settings))
}

/// A 401 says where each credential came from and how to fix it there.
fn with_credential_source(e: Error, s: &Settings) -> Error {
    if e.http_status != Some(401) || s.token_source == Source::Demo {
        return e;
    }
    let head = e.message.split("; check ").next().unwrap_or_default().trim_end_matches('.').to_string();
    Error { message: format!("{head}. {}", commands::auth::credentials_fix(s)), ..e }
}

fn settings(g: &Global, env: &EnvVars, src: &FlagSources, lenient: bool, term: &Terminal) -> Result<Settings> {
    let path = config::default_path(env)?;
    let cfg = config::load(&path)?;
    if let Some(w) = config::permission_warning(&path, &cfg) {
        term.line(&w);
    }
    let tag = |s: Option<ValueSource>| if s == Some(ValueSource::EnvVariable) { Source::Env } else { Source::Flag };
    config::resolve(
        path,
        &cfg,
        env,
        g.profile.clone().map(|p| (p, tag(src.profile))),
        g.base_url.clone().map(|u| (u, tag(src.base_url))),
        lenient,
    )
}

/// How output looks, from the flags and the terminal.
pub fn render_opts(g: &Global, term: &Terminal) -> Result<RenderOpts> {
    let format = match (g.output, &g.jq) {
        // `-o wide` is the table, unfitted: commands see `Table`, the renderer `wide`.
        (Some(Format::Wide), _) => Format::Table,
        (Some(f), _) => f,
        (None, Some(_)) => Format::Json,
        (None, None) if term.stdout_tty => Format::Table,
        (None, None) => Format::Json,
    };
    let jq = match &g.jq {
        Some(_) if matches!(format, Format::Table | Format::Csv) => {
            return Err(Error::usage("--jq filters JSON; use it with -o json or -o jsonl."));
        }
        Some(expr) => Some(std::sync::Arc::new(crate::render::jq::JqProgram::compile(expr)?)),
        None => None,
    };
    Ok(RenderOpts {
        format,
        fields: g.fields.clone().map(|f| f.into_iter().map(|x| x.trim().to_string()).collect()),
        units: g.units,
        color: term.stdout_color,
        human: term.stdout_tty,
        width: Some(term.width),
        csv_raw: g.csv_raw,
        jq,
        raw_output: g.raw_output,
        wide: g.output == Some(Format::Wide),
        quiet: g.quiet,
    })
}
