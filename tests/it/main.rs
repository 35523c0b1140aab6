//! The integration tests: one test binary (so the dependency graph is linked
//! once), organised by feature, one module a feature. Every module runs the
//! real `isoreg` binary against the project's emulator or a scripted server
//! on 127.0.0.1, through the one harness in `common` (run
//! `cargo test --test it <module>::` for one feature).
//!
//! The emulator's own contract tests (`tests/contract.rs`, `tests/spec.rs`)
//! run it in-process and stay with the emulator.

mod common;

// Reads, and what they print.
mod core;
mod explore;
mod feedback;
mod fit;
mod lineage;
mod numbers;
mod read_truth;
mod report;
mod requests;
mod shard;
mod tables;
mod term;

// Writes and their safety.
mod faults;
mod writes;

// The local copy and policy checks.
mod check;
mod durable;
mod local;

// The command line, configuration, errors and hardening.
mod cli;
mod config;
mod hardening;
mod properties;
mod pty;
mod reach;
mod readme;
mod shape;
mod trust;
mod ux;
mod vocab;
