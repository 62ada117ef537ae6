//! `rehearse`: practise the social media situations of public service in a terminal.
//!
//! The data flows one way: TOML text is read and validated by [`scenario`] into a
//! [`scenario::Scenario`]; the [`engine`] plays it from a seed; the command line ([`cli`]) and
//! its commands show the result.

pub mod cli;
pub mod commands;
pub mod engine;
pub mod fsio;
pub mod i18n;
pub mod import;
pub mod lrs;
pub mod pack;
pub mod par;
pub mod play;
pub mod present;
pub mod progress;
pub mod report;
pub mod scenario;
pub mod serve;
pub mod text;
pub mod tui;
