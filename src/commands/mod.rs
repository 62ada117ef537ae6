//! One module per subcommand. Each returns the process exit code; errors are printed once, as one
//! clear sentence on standard error.

mod list;
mod validate;
mod walk;

use std::io::Write;
use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::pack::{Library, LoadOptions};

/// Exit codes of CLI.md.
pub const OK: u8 = 0;
pub const INVALID: u8 = 1;
pub const USAGE: u8 = 2;
pub const WALK_STOPPED: u8 = 3;

pub fn run(cli: Cli) -> ExitCode {
    let code = match cli.command {
        Some(Command::Validate { paths }) => validate::run(&cli.packs, &paths),
        Some(Command::Walk { scenario, choices, seed, json }) => {
            walk::run(&cli.packs, &scenario, &choices, seed, json)
        }
        Some(Command::List { json }) => list::run(&cli.packs, json),
        None => list::run(&cli.packs, false),
    };
    ExitCode::from(code)
}

/// Loads the bundled pack and `--pack`s for a command that plays or lists; problems in files that
/// are not needed stay quiet here (`validate` shows them).
fn library(packs: &[std::path::PathBuf]) -> Library {
    Library::load(packs, LoadOptions::default())
}

/// Writes `text` to standard output. A closed pipe (`rehearse list | head -1`) is not an error.
fn print(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => true,
        Err(_) => false,
    }
}

/// Prints an error sentence on standard error and returns `code`.
fn fail(code: u8, message: &str) -> u8 {
    eprintln!("rehearse: {}", crate::text::sanitize(message));
    code
}
