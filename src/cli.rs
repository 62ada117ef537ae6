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
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,

    /// The language to show (a tag or its first part: fr, fr-CA); also $REHEARSE_LANG.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,

    /// Who is practising (also accepted after the command); also $REHEARSE_LEARNER.
    #[arg(long, value_name = "NAME")]
    pub learner: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenario files or packs; list every problem as PATH:LINE:COLUMN.
    Validate {
        #[command(flatten)]
        packs: Packs,
        /// Files or folders to check (default: every loaded pack).
        paths: Vec<PathBuf>,
        /// Print one JSON object: the diagnostics, their counts, and the author's tests.
        #[arg(long)]
        json: bool,
    },
    /// Play a scenario headlessly with a list of choices.
    Walk {
        #[command(flatten)]
        packs: Packs,
        /// A scenario id, or the path of a .toml file.
        scenario: String,
        /// Comma-separated choice numbers as shown (after hidden and shuffled choices), or `t` to
        /// let a timer run out; nodes that only continue take no number.
        #[arg(long, value_name = "LIST", allow_hyphen_values = true)]
        choices: String,
        /// The seed that decides text variants, shuffling and weighted branches.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The language to show (a tag or its first part: fr, fr-CA).
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Play one scenario (in the terminal interface, or line by line with --plain).
    Play {
        #[command(flatten)]
        packs: Packs,
        /// A scenario id, or the path of a .toml file.
        scenario: String,
        /// Who is playing (default: $REHEARSE_LEARNER, else the login name).
        #[arg(long)]
        learner: Option<String>,
        /// The language to show (a tag or its first part: fr, fr-CA).
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// The seed that decides text variants, shuffling and weighted branches (default: drawn
        /// and recorded).
        #[arg(long)]
        seed: Option<u64>,
        /// Line-by-line mode for screen readers, dumb terminals and scripts.
        #[arg(long)]
        plain: bool,
        /// In --plain mode, let timers run (they are off by default there).
        #[arg(long)]
        timers: bool,
        /// Turn timers off.
        #[arg(long, conflicts_with = "timers")]
        no_timers: bool,
        /// Multiply every timer by this factor, e.g. 2 for twice the time (also $REHEARSE_TIMER_SCALE).
        #[arg(long, value_name = "FACTOR", value_parser = parse_scale)]
        timer_scale: Option<f64>,
    },
    /// Play every path of a scenario: runs, endings, best and worst run, lesson ranges,
    /// unreachable choices, position bias.
    Analyze {
        #[command(flatten)]
        packs: Packs,
        /// A scenario id, or the path of a .toml file.
        scenario: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The scenario's map for Graphviz (dot) or Mermaid.
    Graph {
        #[command(flatten)]
        packs: Packs,
        /// A scenario id, or the path of a .toml file.
        scenario: String,
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
    },
    /// Write a new scenario file from a commented template that validates.
    New {
        /// The new scenario's id (lowercase words joined by `-`).
        id: String,
        /// The folder to write it in (default: the current folder).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Print a JSON Schema of the scenario file (or, with --course, of course.toml) for editors.
    Schema {
        /// The schema of course.toml instead.
        #[arg(long, conflicts_with = "translation")]
        course: bool,
        /// The schema of translation files (ID.TAG.toml, course.TAG.toml) instead.
        #[arg(long)]
        translation: bool,
    },
    /// Play a scenario file while you edit it: reloads on save, replays your steps, shows problems
    /// in place.
    Preview {
        /// The scenario file.
        file: PathBuf,
        /// The seed for text variants, shuffling and weighted branches.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Show the debrief of a completed attempt again (the latest, or --attempt N).
    Debrief {
        #[command(flatten)]
        packs: Packs,
        /// A scenario id, or the path of a .toml file.
        scenario: String,
        /// Which of the learner's completed attempts of this scenario, counted from 1 (default:
        /// the latest).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        attempt: Option<u32>,
        /// Whose attempt (default: $REHEARSE_LEARNER, else the last learner, else the login name).
        #[arg(long)]
        learner: Option<String>,
        /// The language to show (a tag or its first part: fr, fr-CA).
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// Print the debrief as text (also when output is not a terminal).
        #[arg(long)]
        plain: bool,
    },
    /// Show a learner's mastery of each lesson and best result in each scenario.
    Progress {
        #[command(flatten)]
        packs: Packs,
        /// Whose progress (default: $REHEARSE_LEARNER, else the login name).
        #[arg(long)]
        learner: Option<String>,
        /// The language to show (a tag or its first part: fr, fr-CA).
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Run a scenario with a whole class on a projector: votes, discussion, an after-action report.
    Facilitate {
        #[command(flatten)]
        packs: Packs,
        /// A scenario id, or the path of a .toml file.
        scenario: String,
        /// The language to show (a tag or its first part: fr, fr-CA).
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// The seed for text variants, shuffling and weighted branches (default: drawn).
        #[arg(long)]
        seed: Option<u64>,
        /// Where to write the after-action report (default: a dated file in this folder).
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
    },
    /// A learner's results, to hand to an instructor.
    Export {
        #[command(flatten)]
        packs: Packs,
        /// Whose results (default: $REHEARSE_LEARNER, else the login name).
        #[arg(long)]
        learner: Option<String>,
        /// The language to show (a tag or its first part: fr, fr-CA).
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Send the queued xAPI statements to the configured Learning Record Store.
    Sync {
        /// Show what would be sent, and send nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print JSON (with --dry-run: the statements that would be sent).
        #[arg(long)]
        json: bool,
    },
    /// Write or update a scenario's translation file (ID.TAG.toml beside it).
    Translate {
        #[command(flatten)]
        packs: Packs,
        /// A scenario id, or the path of a .toml file.
        scenario: String,
        /// The language to translate into (one of the course's languages).
        #[arg(long, value_name = "TAG")]
        lang: String,
        /// Node ids whose translation you checked after their source changed.
        #[arg(long, value_name = "NODE")]
        confirm: Vec<String>,
        /// Confirm every entry.
        #[arg(long)]
        confirm_all: bool,
    },
    /// Bring a story written in another tool in as a scenario file to complete.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
    /// A classroom over SSH: learners connect with any SSH client and play as NAME
    /// (`ssh -p PORT NAME@HOST`), with the class code as the password.
    Serve {
        #[command(flatten)]
        packs: Packs,
        /// Where to listen (a classroom network must be chosen explicitly, e.g. 0.0.0.0:2222).
        #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:2222")]
        listen: std::net::SocketAddr,
        /// The code learners type (default: a new random code, printed at start).
        #[arg(long, value_name = "CODE")]
        class_code: Option<String>,
        /// Learners at once.
        #[arg(long, value_name = "N", default_value_t = 40, value_parser = clap::value_parser!(u16).range(1..=500))]
        max_sessions: u16,
        /// Minutes without a key pressed before a session is closed (progress is kept).
        #[arg(long, value_name = "MINUTES", default_value_t = 30, value_parser = clap::value_parser!(u16).range(1..=1440))]
        idle_minutes: u16,
        /// Turn timers off for everyone.
        #[arg(long)]
        no_timers: bool,
        /// Multiply every timer by this factor, e.g. 2 for twice the time.
        #[arg(long, value_name = "FACTOR", value_parser = parse_scale)]
        timer_scale: Option<f64>,
    },
    /// Commands for a whole class.
    Class {
        #[command(subcommand)]
        command: ClassCommand,
    },
    /// List the loaded scenarios with level, minutes and lessons.
    List {
        #[command(flatten)]
        packs: Packs,
        /// The language to show (a tag or its first part: fr, fr-CA).
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ClassCommand {
    /// Combine a class's exports: verified results, lesson means, choices, who has not passed.
    Report {
        #[command(flatten)]
        packs: Packs,
        /// Export files, or folders of them.
        #[arg(required_unless_present = "learners")]
        inputs: Vec<PathBuf>,
        /// Every learner in this machine's data folder (where `rehearse serve` saves a class),
        /// without exports.
        #[arg(long)]
        learners: bool,
        #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
        /// The language of the report (default: the pack's source language).
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// A Twine story: Twee 3 text, or a Twine 2 HTML file (published, or an archive).
    Twee {
        /// The .twee, .tw or .html file.
        file: PathBuf,
        /// Write the scenario here (default: standard output).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// `--pack DIR`, for the commands that read scenarios (also accepted before the command).
#[derive(Debug, Default, clap::Args)]
pub struct Packs {
    /// Add the scenarios of a pack (a folder with course.toml) to the bundled ones. Repeatable.
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,
}

/// Formats of `rehearse export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
    /// xAPI 1.0.3 statements, as a JSON array.
    Xapi,
}

/// Formats of `rehearse class report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Table,
    Csv,
    Json,
    Markdown,
}

/// Output formats of `rehearse graph`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

/// A timer factor that is not one.
#[derive(Debug, thiserror::Error)]
#[error("`{0}` is not a factor from 0.5 to 10 (e.g. 2 for twice the time)")]
struct ScaleError(String);

/// A timer factor: a number from 0.5 to 10.
fn parse_scale(s: &str) -> Result<f64, ScaleError> {
    match s.parse::<f64>() {
        Ok(f) if (0.5..=10.0).contains(&f) => Ok(f),
        _ => Err(ScaleError(s.to_string())),
    }
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
