//! The command line: arguments parsed with clap, then handed to one command each.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::commands;

/// Practise the social media situations of public service: branching scenarios, scored against a
/// course, played in the terminal.
#[derive(Debug, Parser)]
#[command(name = "rehearse", version, about, long_about = None)]
pub struct Cli {
    /// Add the scenarios of a pack (a folder with course.toml) to the bundled ones. Repeatable.
    #[arg(long = "pack", value_name = "DIR", global = true)]
    pub packs: Vec<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenario files or packs; list every problem as PATH:LINE:COLUMN.
    Validate {
        /// Files or folders to check (default: every loaded pack).
        paths: Vec<PathBuf>,
    },
    /// Play a scenario headlessly with a list of choices.
    Walk {
        /// A scenario id, or the path of a .toml file.
        scenario: String,
        /// Comma-separated choice numbers as shown (after hidden and shuffled choices), or `t` to
        /// let a timer run out; nodes that only continue take no number.
        #[arg(long, value_name = "LIST", allow_hyphen_values = true)]
        choices: String,
        /// The seed that decides text variants, shuffling and weighted branches.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// List the loaded scenarios with level, minutes and lessons.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Parses the arguments, runs the command, and returns its exit code (2 for usage errors).
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    commands::run(cli)
}
