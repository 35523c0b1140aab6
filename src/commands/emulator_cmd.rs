//! `emulator`: serves the local registry emulator on an address until Ctrl-C,
//! printing its base URL, credentials and sample IDs first.

use super::Ctx;
use crate::cli::EmulatorArgs;
use crate::emulator::{Emulator, FailKind, Options, Quirk};
use crate::error::{Error, Result};

/// Turns the command's flags into emulator options.
pub fn options(a: &EmulatorArgs) -> Result<Options> {
    let fail_with: FailKind = a.fail_with.parse().map_err(|_| {
        Error::usage(format!("--fail-with: unknown kind '{}'; use one of {}.", a.fail_with, FailKind::NAMES.join(", ")))
    })?;
    let quirks = a
        .quirk
        .iter()
        .map(|q| {
            q.parse::<Quirk>().map_err(|_| {
                Error::usage(format!("--quirk: unknown quirk '{q}'; use one of {}.", Quirk::NAMES.join(", ")))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Options {
        seed: a.seed,
        scale: a.scale,
        latency_ms: a.latency_ms,
        fail_first: a.fail_first,
        fail_with,
        retry_after: a.retry_after,
        quirks,
        redirect_to: a.redirect_to.clone(),
        token_ttl_days: a.token_ttl_days,
        fail_method: a.fail_method.clone(),
        request_log: a.request_log.clone(),
    })
}

pub async fn run(a: EmulatorArgs, ctx: &mut Ctx) -> Result<()> {
    let opts = options(&a)?;
    let listener = tokio::net::TcpListener::bind(&a.addr)
        .await
        .map_err(|e| Error::usage(format!("Cannot listen on {}: {e}; pick another --addr.", a.addr)))?;
    let addr = listener.local_addr()?;
    let emu = Emulator::new(opts);
    let banner = emu.banner(&format!("http://{addr}/registry/v0"));
    ctx.out.text(&format!("{banner}\n"))?;
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
        crate::say!("Stopping the emulator.");
    };
    emu.serve(listener, shutdown).await.map_err(Error::from)
}
