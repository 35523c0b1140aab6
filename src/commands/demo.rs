//! `--demo`: starts the emulator inside the process on a free loopback port and
//! returns settings that log in as the dataset's demo buyer organisation (or, with
//! `--demo-supplier`, as the first supplier's). Writes are allowed: the registry lives in memory.
//! A build without the `emulator` feature answers `--demo` with a usage error.

#[cfg(feature = "emulator")]
use crate::config::Source;
use crate::config::{EnvVars, Settings};
use crate::error::{Error, Result};
#[cfg(feature = "emulator")]
use isoreg_emulator::{Emulator, Options};
#[cfg(feature = "emulator")]
use tokio::sync::oneshot;

/// Stops the in-process emulator when dropped.
pub struct DemoHandle {
    #[cfg(feature = "emulator")]
    _stop: oneshot::Sender<()>,
}

/// In a build without the emulator there is no demo registry to start.
#[cfg(not(feature = "emulator"))]
pub async fn start(_: &EnvVars, _: bool) -> Result<(Settings, DemoHandle)> {
    Err(Error::usage(
        "This isoreg was built without the emulator (cargo feature `emulator`), so --demo is not available.",
    ))
}

/// Starts the demo registry and returns the settings to reach it.
#[cfg(feature = "emulator")]
pub async fn start(env: &EnvVars, as_supplier: bool) -> Result<(Settings, DemoHandle)> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| Error::network(format!("Cannot start the demo registry on loopback: {e}.")))?;
    let addr = listener.local_addr()?;
    let emu = Emulator::new(Options::default());
    let creds = emu.credentials().clone();
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(emu.serve(listener, async {
        let _ = rx.await;
    }));
    let settings = Settings {
        path: crate::config::default_path(env).unwrap_or_default(),
        profile: "demo".into(),
        profile_source: Source::Demo,
        base_url: format!("http://{addr}/registry/v0"),
        base_url_source: Source::Demo,
        client_secret: Some(crate::secret::Secret::new(&creds.client_secret)),
        secret_source: Source::Demo,
        access_token: Some(crate::secret::Secret::new(if as_supplier {
            &creds.supplier_token
        } else {
            &creds.buyer_token
        })),
        token_source: Source::Demo,
        allow_writes: true,
    };
    Ok((settings, DemoHandle { _stop: tx }))
}
