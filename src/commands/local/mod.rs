//! The commands that work on the local SQLite copy: `sync` writes it; `sql`, `diff`
//! and `find` read it (`find` can also scan the registry when there is no copy).

pub mod diff;
pub mod find;
pub mod sql;
pub mod sync;
mod sync_progress;
