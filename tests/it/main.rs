//! The integration tests, in one binary so that the crate is linked once rather than once per file
//! (`cargo test --test it`; a file's tests by its name: `cargo test --test it cli_play::`). Tests
//! that need a tool from outside Rust are `#[ignore = "needs ..."]`: `-- --include-ignored` runs
//! them, and they fail when the tool is missing.

mod common;

mod cli_class;
mod cli_help;
mod cli_play;
mod cli_tools;
mod cli_validate;
mod cli_walk;
mod content;
mod engine;
mod languages;
mod lrs;
mod preview;
mod properties;
mod reports;
mod serve;
mod serve_load;
mod tui_snapshots;
mod tui_tmux;
mod untrusted;
