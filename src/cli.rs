//! The command line: arguments parsed with clap, then handed to one command each.
//!
//! The derive below is the one source of the command tree (names, flags, ids); its doc comments
//! are the English for developers. What a person reads (help, headings, placeholders, usage
//! errors) comes from the message files (`cli.ftl`): [`command`] sets it on the tree at run time,
//! in the language the program speaks, which [`main`] resolves from the arguments before clap
//! reads them, so that `--lang fr --help` is in French.

use std::ffi::OsString;
use std::fmt::Display;
use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::commands;
use crate::t;

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
        #[arg(value_name = "PATH")]
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
        #[arg(long, value_name = "N", default_value_t = 1, value_parser = parse_seed)]
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
        #[arg(long, value_name = "NAME")]
        learner: Option<String>,
        /// The language to show (a tag or its first part: fr, fr-CA).
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// The seed that decides text variants, shuffling and weighted branches (default: drawn
        /// and recorded).
        #[arg(long, value_name = "N", value_parser = parse_seed)]
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
        #[arg(long, value_name = "N", default_value_t = 1, value_parser = parse_seed)]
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
        #[arg(long, value_name = "N", value_parser = parse_attempt)]
        attempt: Option<u32>,
        /// Whose attempt (default: $REHEARSE_LEARNER, else the last learner, else the login name).
        #[arg(long, value_name = "NAME")]
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
        #[arg(long, value_name = "NAME")]
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
        #[arg(long, value_name = "N", value_parser = parse_seed)]
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
        #[arg(long, value_name = "NAME")]
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
        #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:2222", value_parser = parse_listen)]
        listen: std::net::SocketAddr,
        /// The code learners type (default: a new random code, printed at start).
        #[arg(long, value_name = "CODE")]
        class_code: Option<String>,
        /// Learners at once.
        #[arg(long, value_name = "N", default_value_t = 40, value_parser = parse_sessions)]
        max_sessions: u16,
        /// Minutes without a key pressed before a session is closed (progress is kept).
        #[arg(long, value_name = "MINUTES", default_value_t = 30, value_parser = parse_idle_minutes)]
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
        #[arg(required_unless_present = "learners", value_name = "PATH")]
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

/// A value clap refuses before the command runs; the sentence says what was expected, in the
/// language of the interface (clap names the argument and the value around it).
type Refused = String;

/// A seed: any whole number from 0.
fn parse_seed(s: &str) -> Result<u64, Refused> {
    s.parse().map_err(|_| t!("cli-bad-whole-number"))
}

/// An attempt, counted from 1.
fn parse_attempt(s: &str) -> Result<u32, Refused> {
    s.parse().ok().filter(|n| *n >= 1).ok_or_else(|| t!("cli-bad-count"))
}

/// How many learners `serve` takes at once.
fn parse_sessions(s: &str) -> Result<u16, Refused> {
    whole_in(s, 1, 500)
}

/// How long `serve` keeps a session without a key pressed.
fn parse_idle_minutes(s: &str) -> Result<u16, Refused> {
    whole_in(s, 1, 1440)
}

fn whole_in<T: FromStr + PartialOrd + Display>(s: &str, min: T, max: T) -> Result<T, Refused> {
    match s.parse::<T>() {
        Ok(n) if n >= min && n <= max => Ok(n),
        _ => Err(t!("cli-bad-number-range", min = &min.to_string(), max = &max.to_string())),
    }
}

/// Where `serve` listens.
fn parse_listen(s: &str) -> Result<std::net::SocketAddr, Refused> {
    s.parse().map_err(|_| t!("cli-bad-address"))
}

/// A timer factor: a number from 0.5 to 10.
fn parse_scale(s: &str) -> Result<f64, Refused> {
    match s.parse::<f64>() {
        Ok(f) if (0.5..=10.0).contains(&f) => Ok(f),
        _ => Err(t!("cli-bad-factor")),
    }
}

/// Parses the arguments, runs the command, and returns its exit code (2 for usage errors; 0 for
/// `--help` and `--version`, printed on standard output).
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    speak_as_asked(&args);
    match parse(&args) {
        Ok(cli) => commands::run(cli),
        Err(code) => ExitCode::from(code),
    }
}

/// The arguments read against the localized tree; `Err` holds the exit code once help, the
/// version or a usage error has been printed.
pub fn parse(args: &[OsString]) -> Result<Cli, u8> {
    let mut matches = command().try_get_matches_from(args).map_err(|e| report(&e))?;
    if let Some(path) = help_request(&matches) {
        // `rehearse help play` is `rehearse play --help`: the same text, and the same error for a
        // command that does not exist.
        let bin = args.first().cloned().unwrap_or_else(|| "rehearse".into());
        let again = std::iter::once(bin).chain(path.into_iter().map(OsString::from)).chain(["--help".into()]);
        return Err(match command().try_get_matches_from(again) {
            Err(e) => report(&e),
            Ok(_) => commands::USAGE,
        });
    }
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| report(&e))
}

/// The commands named after `help` (`rehearse help class report`, `rehearse class help report`),
/// with the commands before it, when the user asked for help that way.
fn help_request(matches: &ArgMatches) -> Option<Vec<String>> {
    match matches.subcommand()? {
        ("help", m) => Some(m.get_many::<String>("command").into_iter().flatten().cloned().collect()),
        (name, m) => {
            let mut path = help_request(m)?;
            path.insert(0, name.to_string());
            Some(path)
        }
    }
}

/// Sets the language from the arguments as clap will read them, before it reads them: help and
/// usage errors must speak it too. Then, as the commands do: `$REHEARSE_LANG`, the learner's saved
/// choice (for the commands that use it), the locale.
fn speak_as_asked(args: &[OsString]) {
    let scan = prescan(args);
    let uses_saved =
        matches!(scan.command.as_deref(), None | Some("play" | "debrief" | "progress" | "export"));
    let saved = uses_saved
        .then(|| {
            let store = crate::progress::Store::open_default();
            let who = store.learner(scan.learner.clone());
            store.saved_language(&who)
        })
        .flatten();
    let wanted = crate::i18n::resolve(scan.lang.as_deref(), saved.as_deref());
    crate::i18n::set_language(wanted.as_deref());
}

/// What [`prescan`] finds.
#[derive(Debug, Default, PartialEq)]
struct Scan {
    lang: Option<String>,
    learner: Option<String>,
    command: Option<String>,
}

/// `--lang`, `--learner` (last given wins, before or after the command) and the command's name,
/// up to `--`. The `--lang` of `translate` is the language to translate into, not the interface's.
fn prescan(args: &[OsString]) -> Scan {
    let mut scan = Scan::default();
    let words: Vec<String> = args.iter().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let mut i = 0;
    while let Some(word) = words.get(i) {
        let (flag, inline) = match word.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (word.as_str(), None),
        };
        let takes_value =
            matches!(flag, "--lang" | "--learner") || (scan.command.is_none() && flag == "--pack");
        let value = if takes_value && inline.is_none() {
            i += 1;
            words.get(i).cloned()
        } else {
            inline
        };
        match flag {
            "--" => break,
            "--lang" if scan.command.as_deref() != Some("translate") => scan.lang = value,
            "--learner" => scan.learner = value,
            _ if scan.command.is_none() && !flag.starts_with('-') => scan.command = Some(flag.to_string()),
            _ => {}
        }
        i += 1;
    }
    scan
}

/// Prints what clap stopped at and returns the exit code: help and the version on standard
/// output (0), help after a command that needs more (2), a usage error (2) on standard error.
fn report(e: &clap::Error) -> u8 {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            commands::OK
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            commands::USAGE
        }
        _ => {
            eprint!("{}", crate::text::sanitize(&render_error(e)));
            commands::USAGE
        }
    }
}

/// The command tree with every text in the language of the interface.
pub fn command() -> clap::Command {
    localize(Cli::command(), &[], &mut Texts::default())
}

/// Where the tree's texts come from. Records the ids used and the ones missing, for the test
/// that keeps the tree and `cli.ftl` in step; `known` (the ids of one language) makes the look-up
/// strict instead of falling back to English.
#[derive(Default)]
struct Texts {
    known: Option<Vec<String>>,
    used: Vec<String>,
    missing: Vec<String>,
}

impl Texts {
    /// The message of the first of `ids` that has one.
    fn first(&mut self, ids: &[String]) -> String {
        for id in ids {
            let text = crate::i18n::message(id, &[]);
            let known = self.known.as_ref().is_none_or(|k| k.contains(id));
            if known && text != *id {
                self.used.push(id.clone());
                return text;
            }
        }
        self.missing.push(ids.join(" | "));
        ids[0].clone()
    }

    /// A placeholder (`DIR`, `ADDR:PORT`) in the language of the interface.
    fn value_name(&mut self, name: &str) -> String {
        let slug: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
            .collect();
        self.first(&[format!("cli-value-{slug}")])
    }
}

/// One command, its arguments and its subcommands, recursively: about, help, placeholders, the
/// headings, the help and version flags and a `help` command, all from the message files. Ids:
/// `cli-PATH-about`, `cli-PATH-ARG` (PATH `global` for the arguments before the command), then
/// `cli-arg-ARG` for an argument several commands share.
fn localize(mut cmd: clap::Command, path: &[String], texts: &mut Texts) -> clap::Command {
    let key = if path.is_empty() { "global".to_string() } else { path.join("-") };
    let about =
        texts.first(&[if path.is_empty() { "cli-about".to_string() } else { format!("cli-{key}-about") }]);
    let args: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in args {
        cmd = cmd.mut_arg(id, |a| localize_arg(a, &key, texts));
    }
    let subcommands: Vec<String> = cmd.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in &subcommands {
        let sub_path = [path, std::slice::from_ref(name)].concat();
        cmd = cmd.mut_subcommand(name, |c| localize(c, &sub_path, texts));
    }
    if !subcommands.is_empty() {
        let help = clap::Command::new("help").about(t!("cli-help-about")).arg(
            Arg::new("command")
                .value_name(texts.value_name("COMMAND"))
                .num_args(0..)
                .action(ArgAction::Append)
                .help(t!("cli-help-command")),
        );
        cmd = cmd
            .disable_help_subcommand(true)
            .subcommand_value_name(texts.value_name("COMMAND"))
            .subcommand(finish(help, false));
    }
    finish(cmd.about(about).long_about(None::<&str>), path.is_empty())
}

/// The help flag (and, on the program itself, the version flag) in the language of the
/// interface, and the help template with its headings.
fn finish(cmd: clap::Command, root: bool) -> clap::Command {
    let mut cmd = cmd
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(t!("cli-help-flag")));
    if root {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("cli-version-flag")),
        );
    }
    let template = template(&cmd);
    cmd.help_template(template)
}

/// Clap's layout with our headings: about, usage, then commands, arguments and options when the
/// command has any.
fn template(cmd: &clap::Command) -> String {
    let mut template = format!("{{about-with-newline}}\n{} {{usage}}", t!("cli-usage"));
    let sections = [
        (cmd.get_subcommands().any(|c| !c.is_hide_set()), t!("cli-commands"), "{subcommands}"),
        (cmd.get_positionals().any(|a| !a.is_hide_set()), t!("cli-arguments"), "{positionals}"),
        (cmd.get_arguments().any(|a| !a.is_positional() && !a.is_hide_set()), t!("cli-options"), "{options}"),
    ];
    for (shown, heading, part) in sections {
        if shown {
            template.push_str(&format!("\n\n{heading}\n{part}"));
        }
    }
    template
}

/// One argument's help and placeholders, with its default and possible values said in the
/// language of the interface (clap's own `[default: ...]` hidden).
fn localize_arg(arg: Arg, key: &str, texts: &mut Texts) -> Arg {
    let id = arg.get_id().as_str().replace('_', "-");
    let mut help = texts.first(&[format!("cli-{key}-{id}"), format!("cli-arg-{id}")]);
    let mut arg = arg;
    if arg.get_action().takes_values() {
        let names: Vec<String> = match arg.get_value_names() {
            Some(names) => names.iter().map(|n| texts.value_name(n.as_str())).collect(),
            None => vec![texts.value_name(&id.to_uppercase())],
        };
        let defaults: Vec<String> =
            arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
        if !defaults.is_empty() {
            help = format!("{help} {}", t!("cli-default", value = &defaults.join(" ")));
        }
        let possible: Vec<String> = arg
            .get_value_parser()
            .possible_values()
            .into_iter()
            .flatten()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !possible.is_empty() {
            help = format!("{help} {}", t!("cli-possible-values", values = &possible.join(", ")));
        }
        arg = arg.value_names(names).hide_default_value(true).hide_possible_values(true);
    }
    arg.help(help).long_help(None::<&str>)
}

/// A usage error as clap would lay it out, in the language of the interface: the sentence naming
/// the argument, tips (a similar argument, command or value), the usage line, where to find help.
pub fn render_error(e: &clap::Error) -> String {
    let mut lines = vec![t!("cli-error", message = &sentence(e))];
    let tips = tips(e);
    if !tips.is_empty() {
        lines.push(String::new());
        lines.extend(tips.iter().map(|tip| format!("  {}", t!("cli-tip", tip = tip))));
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        // Clap's usage line comes with its English title; the line itself is the tree's.
        let usage = usage.to_string();
        let usage = usage.trim().strip_prefix("Usage:").unwrap_or(&usage).trim().to_string();
        lines.extend([String::new(), format!("{} {usage}", t!("cli-usage"))]);
    }
    lines.extend([String::new(), t!("cli-try-help", flag = "--help")]);
    lines.join("\n") + "\n"
}

fn context_string(e: &clap::Error, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => String::new(),
    }
}

fn context_strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn context_number(e: &clap::Error, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => "?".to_string(),
    }
}

/// Items on lines of their own, indented.
fn listed(items: &[String]) -> String {
    items.iter().map(|i| format!("\n  {i}")).collect()
}

/// Items quoted as the language quotes them, joined by commas.
fn quoted(items: &[String]) -> String {
    items.iter().map(|i| t!("cli-quoted", text = i)).collect::<Vec<_>>().join(", ")
}

/// The first line of a usage error: what is wrong, naming the argument.
fn sentence(e: &clap::Error) -> String {
    let arg = context_string(e, ContextKind::InvalidArg);
    let value = context_string(e, ContextKind::InvalidValue);
    let possible = context_strings(e, ContextKind::ValidValue);
    let possible = if possible.is_empty() {
        String::new()
    } else {
        format!("\n  {}", t!("cli-possible-values", values = &possible.join(", ")))
    };
    match e.kind() {
        ErrorKind::UnknownArgument => t!("cli-err-unknown-argument", arg = &arg),
        ErrorKind::InvalidSubcommand => {
            t!("cli-err-unknown-command", name = &context_string(e, ContextKind::InvalidSubcommand))
        }
        ErrorKind::InvalidValue if value.is_empty() => t!("cli-err-value-missing", arg = &arg) + &possible,
        ErrorKind::InvalidValue => t!("cli-err-invalid-value", value = &value, arg = &arg) + &possible,
        ErrorKind::ValueValidation => match std::error::Error::source(e) {
            Some(reason) => {
                t!("cli-err-invalid-value-because", value = &value, arg = &arg, reason = &reason.to_string())
            }
            None => t!("cli-err-invalid-value", value = &value, arg = &arg),
        },
        ErrorKind::MissingRequiredArgument => {
            let missing = context_strings(e, ContextKind::InvalidArg);
            t!("cli-err-missing-arguments", n = missing.len()) + &listed(&missing)
        }
        ErrorKind::MissingSubcommand => {
            let name = context_string(e, ContextKind::InvalidSubcommand);
            t!("cli-err-missing-command", name = &name)
                + &listed(&context_strings(e, ContextKind::ValidSubcommand))
        }
        ErrorKind::ArgumentConflict => conflict(e, &arg),
        ErrorKind::TooManyValues => t!("cli-err-too-many-values", value = &value, arg = &arg),
        ErrorKind::TooFewValues => t!(
            "cli-err-too-few-values",
            arg = &arg,
            min = &context_number(e, ContextKind::MinValues),
            actual = &context_number(e, ContextKind::ActualNumValues)
        ),
        ErrorKind::WrongNumberOfValues => t!(
            "cli-err-wrong-number-of-values",
            arg = &arg,
            expected = &context_number(e, ContextKind::ExpectedNumValues),
            actual = &context_number(e, ContextKind::ActualNumValues)
        ),
        ErrorKind::NoEquals => t!("cli-err-no-equals", arg = &arg),
        ErrorKind::InvalidUtf8 => t!("cli-err-invalid-utf8"),
        // Io and Format: writing failed; clap's words are all there is.
        _ => t!("cli-err-other", reason = &e.kind().to_string()),
    }
}

/// An argument given twice, or with one it excludes.
fn conflict(e: &clap::Error, arg: &str) -> String {
    let arg =
        if arg.is_empty() { context_string(e, ContextKind::InvalidSubcommand) } else { arg.to_string() };
    match e.get(ContextKind::PriorArg) {
        Some(ContextValue::String(other)) if *other == arg => t!("cli-err-used-twice", arg = &arg),
        Some(ContextValue::String(other)) => t!("cli-err-conflict", arg = &arg, other = other),
        Some(ContextValue::Strings(others)) => t!("cli-err-conflict-many", arg = &arg) + &listed(others),
        _ => t!("cli-err-conflict-others", arg = &arg),
    }
}

/// Clap's suggestions, said in the language of the interface.
fn tips(e: &clap::Error) -> Vec<String> {
    let mut tips = Vec::new();
    let commands = context_strings(e, ContextKind::SuggestedSubcommand);
    if !commands.is_empty() {
        tips.push(t!("cli-tip-similar-command", n = commands.len(), names = &quoted(&commands)));
    }
    let arg = context_string(e, ContextKind::SuggestedArg);
    if !arg.is_empty() {
        tips.push(t!("cli-tip-similar-argument", arg = &arg));
    }
    let values = context_strings(e, ContextKind::SuggestedValue);
    if !values.is_empty() {
        tips.push(t!("cli-tip-similar-value", n = values.len(), values = &quoted(&values)));
    }
    if let Some(ContextValue::StyledStrs(suggested)) = e.get(ContextKind::Suggested) {
        tips.extend(suggested.iter().filter_map(|s| clap_tip(&s.to_string())));
    }
    tips
}

/// The tips clap writes as English sentences, recognised by their shape and said again; one it
/// might add later is left out rather than shown in English.
fn clap_tip(text: &str) -> Option<String> {
    let quoted: Vec<&str> = text.split('\'').skip(1).step_by(2).collect();
    let first = quoted.first().copied()?;
    if text.starts_with("to pass ") {
        Some(t!("cli-tip-as-value", arg = first, fix = quoted.get(1).copied().unwrap_or_default()))
    } else if text.starts_with("subcommand ") {
        Some(t!("cli-tip-remove-dashes", name = first))
    } else if text.ends_with(" exists") {
        Some(t!("cli-tip-exists", what = first))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{ids, set_lang, Lang};

    /// The message ids of one language's cli.ftl.
    fn cli_ids(source: &str) -> Vec<String> {
        let resource = fluent_syntax::parser::parse(source).expect("cli.ftl parses");
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Every command and argument finds its words in both languages (no fallback to English), the
    /// localized tree passes clap's own checks, and every id of cli.ftl is used: by the tree, or
    /// named in this file.
    #[test]
    fn the_command_tree_and_cli_ftl_are_in_step() {
        let mut used = Vec::new();
        for lang in Lang::ALL {
            set_lang(lang);
            let mut texts = Texts { known: Some(ids(lang)), ..Texts::default() };
            let cmd = localize(Cli::command(), &[], &mut texts);
            cmd.debug_assert();
            assert!(texts.missing.is_empty(), "{}: no message for {:#?}", lang.tag(), texts.missing);
            used.extend(texts.used);
        }
        set_lang(Lang::En);
        let source = include_str!("cli.rs").split("#[cfg(test)]").next().unwrap();
        for (tag, ftl) in
            [("en-CA", include_str!("i18n/en-CA/cli.ftl")), ("fr-CA", include_str!("i18n/fr-CA/cli.ftl"))]
        {
            let unused: Vec<String> = cli_ids(ftl)
                .into_iter()
                .filter(|id| !used.contains(id) && !source.contains(&format!("\"{id}\"")))
                .collect();
            assert!(unused.is_empty(), "{tag}/cli.ftl: ids nothing uses: {unused:#?}");
        }
    }

    /// A lookup that finds nothing is reported, so the test above can fail.
    #[test]
    fn a_missing_message_is_reported() {
        let mut texts = Texts { known: Some(Vec::new()), ..Texts::default() };
        let _ = localize(Cli::command(), &[], &mut texts);
        assert!(texts.missing.iter().any(|m| m.starts_with("cli-play-plain")), "{:?}", texts.missing);
    }

    fn scan(args: &[&str]) -> Scan {
        let args: Vec<OsString> =
            std::iter::once("rehearse").chain(args.iter().copied()).map(OsString::from).collect();
        prescan(&args)
    }

    #[test]
    fn the_language_is_found_where_clap_will_find_it() {
        assert_eq!(scan(&["--lang", "fr", "--help"]).lang.as_deref(), Some("fr"));
        assert_eq!(scan(&["play", "x", "--lang=fr-CA"]).lang.as_deref(), Some("fr-CA"));
        assert_eq!(scan(&["--help", "--lang", "fr"]).lang.as_deref(), Some("fr"));
        // The last given wins, as in the commands (the one after the command over the one before).
        assert_eq!(scan(&["--lang", "en", "list", "--lang", "fr"]).lang.as_deref(), Some("fr"));
        // `translate --lang` is the language to translate into.
        assert_eq!(scan(&["translate", "x", "--lang", "fr"]).lang, None);
        assert_eq!(scan(&["--lang", "fr", "translate", "x", "--lang", "en"]).lang.as_deref(), Some("fr"));
        // A pack folder named like a command is not the command; nothing after `--` is a flag.
        let s = scan(&["--pack", "play", "list", "--learner", "Ana"]);
        assert_eq!((s.command.as_deref(), s.learner.as_deref()), (Some("list"), Some("Ana")));
        assert_eq!(scan(&["walk", "--", "--lang", "fr"]).lang, None);
    }

    #[test]
    fn values_are_refused_in_the_language_of_the_interface() {
        set_lang(Lang::Fr);
        assert!(parse_scale("20").unwrap_err().contains("0.5 à 10"));
        assert!(parse_attempt("0").unwrap_err().contains("au moins 1"));
        set_lang(Lang::En);
        assert_eq!(parse_scale("2").unwrap(), 2.0);
        assert_eq!(parse_sessions("500").unwrap(), 500);
        assert!(parse_sessions("501").unwrap_err().contains("from 1 to 500"));
        assert!(parse_listen("foo").is_err());
        assert!(parse_seed("-1").is_err());
    }
}
