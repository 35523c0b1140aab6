//! Local configuration: the TOML file with profiles, the environment, and the
//! precedence flags > environment > profile > built-in defaults.
//!
//! The file lives at `<config dir>/isoreg/config.toml` (`ISOREG_CONFIG`
//! overrides it). It is written with mode 0600; a file holding secrets that
//! group or others can read draws a warning naming the file and the fix.

use crate::error::{Error, Result};
use crate::secret::Secret;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The sandbox API's base URL.
pub const SANDBOX_URL: &str = "https://api.sandbox.isometric.com/registry/v0";
/// The production API's base URL.
pub const PRODUCTION_URL: &str = "https://api.isometric.com/registry/v0";
/// The profile used when nothing names one.
pub const DEFAULT_PROFILE: &str = "sandbox";

/// The config file as stored.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One profile of the config file.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<Secret>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_token: Option<Secret>,
    /// Whether write commands (retire, transfer, deliver, beneficiary add) may run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_writes: Option<bool>,
}

/// What the environment contributes (read once, in `main`).
#[derive(Debug, Default, Clone)]
pub struct EnvVars {
    pub config_path: Option<PathBuf>,
    pub client_secret: Option<Secret>,
    pub access_token: Option<Secret>,
    /// `GITHUB_STEP_SUMMARY`: the file `check --github` appends its summary to.
    pub github_step_summary: Option<PathBuf>,
}

impl EnvVars {
    /// Reads `ISOREG_CONFIG`, `ISOMETRIC_CLIENT_SECRET`, `ISOMETRIC_ACCESS_TOKEN` and `GITHUB_STEP_SUMMARY`.
    /// (`ISOREG_PROFILE` and `ISOREG_BASE_URL` are read by clap with the flags.)
    pub fn from_process() -> Self {
        let get = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        EnvVars {
            config_path: get("ISOREG_CONFIG").map(PathBuf::from),
            client_secret: get("ISOMETRIC_CLIENT_SECRET").map(Secret::new),
            access_token: get("ISOMETRIC_ACCESS_TOKEN").map(Secret::new),
            github_step_summary: get("GITHUB_STEP_SUMMARY").map(PathBuf::from),
        }
    }
}

/// Where a resolved value came from, for `config show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Flag,
    Env,
    File,
    Default,
    Demo,
    Unset,
}

impl Source {
    pub fn label(self) -> &'static str {
        match self {
            Source::Flag => "flag",
            Source::Env => "environment",
            Source::File => "config file",
            Source::Default => "built-in default",
            Source::Demo => "--demo",
            Source::Unset => "not set",
        }
    }
}

/// The settings in force for this run, after precedence.
#[derive(Debug, Clone)]
pub struct Settings {
    pub path: PathBuf,
    pub profile: String,
    pub profile_source: Source,
    pub base_url: String,
    pub base_url_source: Source,
    pub client_secret: Option<Secret>,
    pub secret_source: Source,
    pub access_token: Option<Secret>,
    pub token_source: Source,
    /// The profile says `allow_writes = true` (or this is `--demo`).
    pub allow_writes: bool,
}

/// The default path of the config file.
pub fn default_path(env: &EnvVars) -> Result<PathBuf> {
    if let Some(p) = &env.config_path {
        return Ok(p.clone());
    }
    dirs::config_dir()
        .map(|d| d.join("isoreg").join("config.toml"))
        .ok_or_else(|| Error::config("Cannot find a config directory; set ISOREG_CONFIG to the config file's path."))
}

/// Reads the config file; a missing file is an empty config.
pub fn load(path: &Path) -> Result<ConfigFile> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ConfigFile::default()),
        Err(e) => return Err(Error::config(format!("Cannot read the config file {}: {e}.", path.display()))),
    };
    toml::from_str(&text).map_err(|e| {
        let msg = e.message().trim_end_matches('.');
        let place = e.span().map(|s| line_col(&text, s.start)).unwrap_or_default();
        Error::config(format!(
            "The config file {}{place} is malformed: {msg}. Fix it or run `isoreg config init`.",
            path.display()
        ))
    })
}

fn line_col(text: &str, offset: usize) -> String {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!(" (line {line}, column {col})")
}

/// Writes the config file with mode 0600.
pub fn save(path: &Path, cfg: &ConfigFile) -> Result<()> {
    let text = toml::to_string_pretty(cfg).map_err(|e| Error::config(format!("Cannot encode the config: {e}.")))?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::config(format!("Cannot create the folder {}: {e}.", dir.display())))?;
    }
    write_private(path, text.as_bytes())
        .map_err(|e| Error::config(format!("Cannot write the config file {}: {e}.", path.display())))
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)?;
    f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    f.write_all(bytes)
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

/// A warning when the file holds secrets and group or others can read it.
pub fn permission_warning(path: &Path, cfg: &ConfigFile) -> Option<String> {
    let has_secret = cfg.profiles.values().any(|p| p.client_secret.is_some() || p.access_token.is_some());
    if !has_secret {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            return Some(format!(
                "warning: the config file {} holds secrets and can be read by other users (mode {:o}); run `chmod 600 {}`.",
                path.display(),
                mode & 0o777,
                path.display()
            ));
        }
    }
    None
}

/// The built-in base URL of a profile name, if it is one of the two known ones.
pub fn builtin_url(profile: &str) -> Option<&'static str> {
    match profile {
        "sandbox" => Some(SANDBOX_URL),
        "production" => Some(PRODUCTION_URL),
        _ => None,
    }
}

/// Applies the precedence rules. `flag_profile`/`flag_url` carry clap's values,
/// which already merge flags with `ISOREG_PROFILE`/`ISOREG_BASE_URL`. With
/// `lenient` (for `config` commands, which create profiles) an unknown profile
/// is not an error.
pub fn resolve(
    path: PathBuf,
    cfg: &ConfigFile,
    env: &EnvVars,
    flag_profile: Option<(String, Source)>,
    flag_url: Option<(String, Source)>,
    lenient: bool,
) -> Result<Settings> {
    let (profile, profile_source) = flag_profile
        .or_else(|| cfg.default_profile.clone().map(|p| (p, Source::File)))
        .unwrap_or_else(|| (DEFAULT_PROFILE.to_string(), Source::Default));
    let stored = cfg.profiles.get(&profile);
    if stored.is_none() && builtin_url(&profile).is_none() && !lenient {
        let known: Vec<&str> = cfg.profiles.keys().map(String::as_str).collect();
        return Err(Error::config(format!(
            "There is no profile '{profile}' in {}; known profiles: {}. Create it with `isoreg --profile {profile} config init`.",
            path.display(),
            if known.is_empty() { "none".to_string() } else { known.join(", ") }
        )));
    }
    let stored = stored.cloned().unwrap_or_default();
    let (base_url, base_url_source) = flag_url
        .or_else(|| stored.base_url.clone().map(|u| (u, Source::File)))
        .unwrap_or_else(|| (builtin_url(&profile).unwrap_or(SANDBOX_URL).to_string(), Source::Default));
    let pick = |envv: &Option<Secret>, file: &Option<Secret>| match (envv, file) {
        (Some(s), _) => (Some(s.clone()), Source::Env),
        (None, Some(f)) => (Some(f.clone()), Source::File),
        (None, None) => (None, Source::Unset),
    };
    let (client_secret, secret_source) = pick(&env.client_secret, &stored.client_secret);
    let (access_token, token_source) = pick(&env.access_token, &stored.access_token);
    Ok(Settings {
        path,
        profile,
        profile_source,
        base_url: base_url.trim_end_matches('/').to_string(),
        base_url_source,
        client_secret,
        secret_source,
        access_token,
        token_source,
        allow_writes: stored.allow_writes.unwrap_or(false),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(text: &str) -> ConfigFile {
        toml::from_str(text).unwrap()
    }

    #[test]
    fn precedence_flag_env_file_default() {
        let c = cfg(
            "default_profile='p'\n[profiles.p]\nbase_url='https://file/x'\nclient_secret='fs'\naccess_token='ft'\n",
        );
        let env = EnvVars { client_secret: Some(Secret::new("es")), ..Default::default() };
        let s = resolve("c".into(), &c, &env, None, None, false).unwrap();
        assert_eq!(s.profile, "p");
        assert_eq!(s.base_url, "https://file/x");
        assert_eq!(s.client_secret.unwrap().expose(), "es");
        assert_eq!(s.access_token.unwrap().expose(), "ft");
        let s = resolve("c".into(), &c, &env, None, Some(("https://flag/".into(), Source::Flag)), false).unwrap();
        assert_eq!(s.base_url, "https://flag");
    }

    #[test]
    fn unknown_profile_is_config_error() {
        let e = resolve(
            "c".into(),
            &ConfigFile::default(),
            &EnvVars::default(),
            Some(("nope".into(), Source::Flag)),
            None,
            false,
        )
        .unwrap_err();
        assert_eq!(e.exit_code(), 3);
        let s = resolve(
            "c".into(),
            &ConfigFile::default(),
            &EnvVars::default(),
            Some(("production".into(), Source::Flag)),
            None,
            false,
        )
        .unwrap();
        assert_eq!(s.base_url, PRODUCTION_URL);
    }

    #[test]
    fn malformed_file_names_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.toml");
        std::fs::write(&p, "default_profile = 'a'\n[profiles.a]\nbase_url = \n").unwrap();
        let e = load(&p).unwrap_err();
        assert!(e.message.contains("line 3"), "{}", e.message);
        assert_eq!(e.exit_code(), 3);
    }
}
