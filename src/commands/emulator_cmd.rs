//! `emulator`: serves the local registry emulator on an address until Ctrl-C,
//! printing its base URL, credentials and sample IDs first (as a banner for
//! people, or as one JSON line for programs with `--credentials json`). The
//! options are the emulator crate's own ([`isoreg_emulator::EmulatorArgs`]); a
//! build without the `emulator` feature keeps the command but answers with a
//! usage error.

use super::ctx::Ctx;
use crate::error::{Error, Result};
use clap::Args;

/// Arguments of `emulator` (the group is the flattened struct's, of the same name).
#[cfg(feature = "emulator")]
#[derive(Debug, Args, Clone)]
#[group(skip)]
pub struct EmulatorCmdArgs {
    #[command(flatten)]
    pub emulator: isoreg_emulator::EmulatorArgs,
}

#[cfg(feature = "emulator")]
pub async fn run(a: EmulatorCmdArgs, ctx: &mut Ctx) -> Result<()> {
    use isoreg_emulator::CredentialsFormat;
    let a = a.emulator;
    let listener = tokio::net::TcpListener::bind(&a.addr)
        .await
        .map_err(|e| Error::usage(format!("Cannot listen on {}: {e}; pick another --addr.", a.addr)))?;
    let addr = listener.local_addr()?;
    let emu = isoreg_emulator::Emulator::new(a.options());
    let base = format!("http://{addr}/registry/v0");
    let first = match a.credentials {
        CredentialsFormat::Human => format!("{}\n", emu.banner(&base)),
        CredentialsFormat::Json => format!("{}\n", credentials_json(&emu, &base)),
    };
    ctx.out.text(&first)?;
    let notes = ctx.term.notes();
    let shutdown = async move {
        let _ = tokio::signal::ctrl_c().await;
        notes.line("Stopping the emulator.");
    };
    emu.serve(listener, shutdown).await.map_err(Error::from)
}

/// The emulator's base URL, credentials and sample IDs as one line of JSON.
#[cfg(feature = "emulator")]
fn credentials_json(emu: &isoreg_emulator::Emulator, base: &str) -> String {
    let c = emu.credentials();
    let samples: serde_json::Map<String, serde_json::Value> =
        emu.sample_ids().into_iter().map(|(kind, id)| (kind.to_string(), id.into())).collect();
    serde_json::json!({
        "base_url": base,
        "client_secret": c.client_secret,
        "buyer_token": c.buyer_token,
        "supplier_token": c.supplier_token,
        "buyer_org_id": c.buyer_org_id,
        "supplier_org_id": c.supplier_org_id,
        "supplier_id": c.supplier_id,
        "samples": samples,
    })
    .to_string()
}

/// Arguments of `emulator` in a build without it: anything, refused by [`run`].
#[cfg(not(feature = "emulator"))]
#[derive(Debug, Args, Clone)]
pub struct EmulatorCmdArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub rest: Vec<String>,
}

#[cfg(not(feature = "emulator"))]
pub async fn run(_: EmulatorCmdArgs, _: &mut Ctx) -> Result<()> {
    Err(Error::usage(
        "This isoreg was built without the emulator (cargo feature `emulator`), so `isoreg emulator` is not available.",
    ))
}
