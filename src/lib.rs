//! `rehearse`: practise the social media situations of public service in a terminal.
//!
//! The data flows one way: TOML text is read and validated by [`scenario`] into a
//! [`scenario::Scenario`]; the [`engine`] plays it from a seed; the command line ([`cli`]) and
//! its commands show the result.
//!
//! Where to look: a choice is scored in `engine/score.rs`; a learner's progress file is written
//! in `progress/store.rs` (atomically, under a lock); every message a person reads is in
//! `src/i18n/`. The modules that tests, benchmarks and the fuzz target use are public; the rest
//! is `pub(crate)`.

pub mod cli;
pub(crate) mod commands;
pub mod engine;
pub(crate) mod fsio;
pub mod i18n;
pub(crate) mod import;
pub(crate) mod lrs;
pub mod pack;
pub(crate) mod par;
pub mod play;
pub(crate) mod present;
pub mod progress;
pub mod report;
pub mod scenario;
pub(crate) mod serve;
pub(crate) mod text;
pub mod tui;
