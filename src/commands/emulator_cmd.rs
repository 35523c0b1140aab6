//! `emulator`: serves the local registry emulator on an address until Ctrl-C,
//! printing its base URL, credentials and sample IDs first. The options are the
//! emulator crate's own ([`isoreg_emulator::EmulatorArgs`]); a build without the
//! `emulator` feature keeps the command but answers with a usage error.

use super::ctx::Ctx;
use crate::error::{Error, Result};
use clap::Args;

/// Arguments of `emulator` (the group is the flattened struct's, of the same name).
#[cfg(feature = "emulator")]
#[derive(Debug, Args, Clone)]
#[group(skip)]
pub struct EmulatorArgs {
    #[command(flatten)]
    pub emulator: isoreg_emulator::EmulatorArgs,
}

#[cfg(feature = "emulator")]
pub async fn run(a: EmulatorArgs, ctx: &mut Ctx) -> Result<()> {
    let a = a.emulator;
    let listener = tokio::net::TcpListener::bind(&a.addr)
        .await
        .map_err(|e| Error::usage(format!("Cannot listen on {}: {e}; pick another --addr.", a.addr)))?;
    let addr = listener.local_addr()?;
    let emu = isoreg_emulator::Emulator::new(a.options());
    let banner = emu.banner(&format!("http://{addr}/registry/v0"));
    ctx.out.text(&format!("{banner}\n"))?;
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
        crate::say!("Stopping the emulator.");
    };
    emu.serve(listener, shutdown).await.map_err(Error::from)
}

/// Arguments of `emulator` in a build without it: anything, refused by [`run`].
#[cfg(not(feature = "emulator"))]
#[derive(Debug, Args, Clone)]
pub struct EmulatorArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub rest: Vec<String>,
}

#[cfg(not(feature = "emulator"))]
pub async fn run(_: EmulatorArgs, _: &mut Ctx) -> Result<()> {
    Err(Error::usage(
        "This isoreg was built without the emulator (cargo feature `emulator`), so `isoreg emulator` is not available.",
    ))
}
