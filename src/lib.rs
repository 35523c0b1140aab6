//! isoreg: a command-line explorer for the Isometric Registry API.
//!
//! Data flows one way: arguments ([`cli`]) → command ([`commands`]) → client
//! ([`client`]) → model ([`model`]) → renderer ([`render`]) → stdout. The
//! emulator (the workspace's `isoreg-emulator` crate, behind the default feature
//! `emulator`) serves a generated registry for `--demo` and the tests.

pub mod app;
pub mod cli;
pub mod client;
pub mod commands;
pub mod config;
pub mod error;
pub mod help;
pub mod ids;
pub mod model;
pub mod quantity;
pub mod render;
pub mod resource;
pub mod sanitize;
pub mod secret;
pub mod store;
pub mod term;
pub mod token;
