//! One module per subcommand. Each returns its exit code, or an [`Error`] that knows its own;
//! [`run`] prints an error once, as one clear sentence on standard error.

mod analyze;
mod class;
mod export;
mod graph;
mod import;
mod list;
mod new;
mod play;
mod progress;
mod schema;
mod sync;
mod translate;
mod validate;
mod walk;

use std::io::Write;
use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::pack::{Library, LoadOptions};
use crate::t;

/// Exit codes of CLI.md.
pub const OK: u8 = 0;
pub const INVALID: u8 = 1;
pub const USAGE: u8 = 2;
pub const WALK_STOPPED: u8 = 3;

/// Why a command failed. Each kind knows its exit code (CLI.md): 2 for a wrong command line, 1
/// for everything else.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line asks for something that cannot be done as written.
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Find(#[from] crate::pack::FindError),
    #[error(transparent)]
    Store(#[from] crate::progress::StoreError),
    #[error(transparent)]
    Lrs(#[from] crate::lrs::LrsError),
    /// Input that cannot be used: a results file, a list of choices, a file that exists already.
    #[error("{0}")]
    Invalid(String),
    /// The terminal could not be used (or was lost).
    #[error("{0:#}")]
    Terminal(#[from] anyhow::Error),
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => USAGE,
            _ => INVALID,
        }
    }
}

/// What a command gives: its exit code, or the error to print.
pub type Outcome = Result<u8, Error>;

pub fn run(cli: Cli) -> ExitCode {
    let code = match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("rehearse: {}", crate::text::sanitize(&e.to_string()));
            e.exit_code()
        }
    };
    ExitCode::from(code)
}

fn dispatch(cli: Cli) -> Outcome {
    let Cli { packs: top_packs, lang: top_lang, learner: top_learner, command } = cli;
    // `--pack` before the command and after it, each checked: a folder that is not there is a
    // mistake on the command line, not a pack with nothing in it.
    let packs_of = |after: crate::cli::Packs| -> Result<Vec<std::path::PathBuf>, Error> {
        let all: Vec<std::path::PathBuf> = top_packs.iter().cloned().chain(after.packs).collect();
        for p in &all {
            if !p.is_dir() {
                return Err(Error::Usage(t!("pack-not-a-folder", path = &p.display().to_string())));
            }
        }
        Ok(all)
    };
    if !top_packs.is_empty()
        && matches!(
            command,
            Some(
                Command::New { .. } | Command::Schema { .. } | Command::Sync { .. } | Command::Import { .. }
            )
        )
    {
        return Err(Error::Usage(t!("pack-not-used")));
    }
    let store = crate::progress::Store::open_default();
    // Who is practising: the flag after the command, or before it, then the usual defaults.
    let learner = |given: Option<String>| store.learner(given.or_else(|| top_learner.clone()));
    // The language: the flag, REHEARSE_LANG, the learner's saved choice, the locale.
    let language = |given: Option<String>, learner: Option<&str>| {
        let saved = learner.and_then(|l| store.saved_language(l));
        let wanted = crate::i18n::resolve(given.or_else(|| top_lang.clone()).as_deref(), saved.as_deref());
        crate::i18n::set_language(wanted.as_deref());
    };
    match command {
        Some(Command::Validate { packs, paths, json }) => {
            language(None, None);
            validate::run(&packs_of(packs)?, &paths, json)
        }
        Some(Command::Walk { packs, scenario, choices, seed, lang, json }) => {
            language(lang, None);
            walk::run(&packs_of(packs)?, &scenario, &choices, seed, json)
        }
        Some(Command::List { packs, lang, json }) => {
            language(lang, None);
            list::run(&packs_of(packs)?, json)
        }
        Some(Command::Play {
            packs,
            scenario,
            learner: who,
            lang,
            seed,
            plain,
            timers,
            no_timers,
            timer_scale,
        }) => {
            let who = learner(who);
            language(lang, Some(&who));
            let opts = play::Options { learner: who, seed, plain, timers, no_timers, timer_scale };
            play::run(&packs_of(packs)?, &scenario, opts)
        }
        Some(Command::Debrief { packs, scenario, attempt, learner: who, lang, plain }) => {
            let who = learner(who);
            language(lang, Some(&who));
            debrief(&packs_of(packs)?, &scenario, attempt.map(|n| n as usize), who, plain)
        }
        Some(Command::Progress { packs, learner: who, lang, json }) => {
            let who = learner(who);
            language(lang, Some(&who));
            progress::run(&packs_of(packs)?, Some(who), json)
        }
        Some(Command::Preview { file, seed }) => {
            language(None, None);
            preview(file, seed)
        }
        Some(Command::Analyze { packs, scenario, json }) => {
            language(None, None);
            analyze::run(&packs_of(packs)?, &scenario, json)
        }
        Some(Command::Graph { packs, scenario, format }) => {
            language(None, None);
            graph::run(&packs_of(packs)?, &scenario, format)
        }
        Some(Command::New { id, dir }) => {
            language(None, None);
            new::run(&id, dir)
        }
        Some(Command::Schema { course, translation }) => schema::run(course, translation),
        Some(Command::Translate { packs, scenario, lang, confirm, confirm_all }) => {
            // The interface speaks as usual (`--lang` before the command); `lang` is the target.
            language(None, None);
            translate::run(&packs_of(packs)?, &scenario, translate::Options { lang, confirm, confirm_all })
        }
        Some(Command::Facilitate { packs, scenario, lang, seed, report }) => {
            language(lang, None);
            facilitate(&packs_of(packs)?, &scenario, seed, report)
        }
        Some(Command::Export { packs, learner: who, lang, format, output }) => {
            let who = learner(who);
            language(lang, Some(&who));
            export::run(&packs_of(packs)?, Some(who), format, output)
        }
        Some(Command::Serve {
            packs,
            listen,
            class_code,
            max_sessions,
            idle_minutes,
            no_timers,
            timer_scale,
        }) => {
            language(None, None);
            let play = crate::tui::PlayOptions {
                seed: None,
                timers: !no_timers,
                timer_scale: play::timer_scale(timer_scale),
            };
            let opts = crate::serve::Options {
                listen,
                code: class_code,
                max_sessions: usize::from(max_sessions),
                idle: std::time::Duration::from_secs(u64::from(idle_minutes) * 60),
                packs: packs_of(packs)?,
                play,
            };
            let store = crate::progress::Store::open_default();
            Ok(crate::serve::serve(store, opts)?)
        }
        Some(Command::Sync { dry_run, json }) => {
            language(None, None);
            sync::run(dry_run, json)
        }
        Some(Command::Import { command: crate::cli::ImportCommand::Twee { file, output } }) => {
            language(None, None);
            import::run(&file, output)
        }
        Some(Command::Class {
            command: crate::cli::ClassCommand::Report { packs, inputs, learners, format, lang },
        }) => {
            // A report that combines languages is written in the language asked for, else in the
            // pack's source language (never guessed from the locale).
            crate::i18n::set_language(lang.or_else(|| top_lang.clone()).as_deref());
            class::run(&packs_of(packs)?, &inputs, learners, format)
        }
        None => {
            let who = learner(None);
            language(None, Some(&who));
            home(&packs_of(crate::cli::Packs::default())?, who, top_lang.clone())
        }
    }
}

/// `rehearse facilitate SCENARIO [--seed N] [--report FILE]`
fn facilitate(
    packs: &[std::path::PathBuf],
    name: &str,
    seed: Option<u64>,
    report: Option<std::path::PathBuf>,
) -> Outcome {
    let mut lib = library(packs);
    let scenario = lib.find(name)?;
    // Shown in the language the class asked for, like `play` (a file named by path too).
    let (scenario, notice) = lib.for_learner(&scenario);
    if let Some(n) = notice {
        eprintln!("{n}");
    }
    let now = crate::progress::now_rfc3339();
    // "2026-11-23T14:05:09Z" -> "20261123-1405" for the default file name.
    let stamp: String = now.chars().filter(char::is_ascii_digit).take(12).collect();
    let report = report.unwrap_or_else(|| {
        std::path::PathBuf::from(format!(
            "after-action-{}-{}-{}.md",
            scenario.id,
            &stamp[..8.min(stamp.len())],
            &stamp[8.min(stamp.len())..]
        ))
    });
    // A report that cannot be written is refused before the class starts, not after the votes.
    check_writable(&report)?;
    let seed = seed.unwrap_or_else(crate::play::fresh_seed);
    Ok(crate::tui::facilitate::facilitate(scenario, seed, report, now)?)
}

/// Whether a file can be written where the user asked (its folder exists and takes a file), tried
/// with a temporary file that is removed at once.
fn check_writable(path: &std::path::Path) -> Result<(), Error> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
    let unwritable = |reason: String| {
        Error::Invalid(t!("report-unwritable", file = &path.display().to_string(), reason = &reason))
    };
    if path.is_dir() {
        return Err(unwritable(t!("report-is-a-folder")));
    }
    tempfile::Builder::new()
        .prefix(".rehearse-check-")
        .tempfile_in(dir)
        .map(drop)
        .map_err(|e| unwritable(crate::fsio::io_reason(&e)))
}

/// `rehearse preview FILE [--seed N]`
fn preview(file: std::path::PathBuf, seed: u64) -> Outcome {
    if !file.is_file() {
        return Err(Error::Invalid(format!(
            "{}: {}",
            crate::text::sanitize(&file.display().to_string()),
            t!("diag-io-not-found")
        )));
    }
    Ok(crate::tui::preview::preview(file, seed)?)
}

/// `rehearse` with no command: the home screen, or the list when output is not a terminal.
fn home(packs: &[std::path::PathBuf], learner: String, given: Option<String>) -> Outcome {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return list::run(packs, false);
    }
    let store = crate::progress::Store::open_default();
    let opts = crate::tui::PlayOptions { seed: None, timers: true, timer_scale: play::timer_scale(None) };
    // The library is loaded again when the learner switches languages.
    Ok(crate::tui::home(|| library(packs), &learner, &store, opts, given)?)
}

/// `rehearse debrief SCENARIO [--attempt N] [--learner NAME] [--plain]`: a completed attempt's
/// debrief, replayed from its seed and choices; as text with `--plain` or when output is not a
/// terminal.
fn debrief(
    packs: &[std::path::PathBuf],
    name: &str,
    attempt: Option<usize>,
    learner: String,
    plain: bool,
) -> Outcome {
    use std::io::IsTerminal;
    let mut lib = library(packs);
    let found = lib.find(name)?;
    let (scenario, notice) = lib.for_learner(&found);
    if let Some(n) = notice {
        eprintln!("{n}");
    }
    let (_, store, file) = learner_file(Some(learner.clone()))?;
    let done = crate::tui::completed_attempts(&file, &scenario.id);
    if done.is_empty() {
        return Err(Error::Invalid(t!("debrief-no-completed", learner = &learner, scenario = &scenario.id)));
    }
    let n = attempt.unwrap_or(done.len());
    let Some(&chosen) = done.get(n.wrapping_sub(1)) else {
        let (count, scenario) = (done.len(), &scenario.id);
        return Err(Error::Invalid(t!(
            "debrief-no-such-attempt",
            n = n,
            count = count,
            learner = &learner,
            scenario = scenario
        )));
    };
    if plain || !std::io::stdout().is_terminal() {
        if chosen.scenario_hash != scenario.content_hash {
            eprintln!("{}", t!("debrief-scenario-changed"));
        }
        let run = crate::tui::replay_attempt(&scenario, chosen);
        let finished = chosen.finished_at.as_deref().unwrap_or(&chosen.updated_at);
        // "2026-11-23T14:05:09Z" read as "2026-11-23 14:05 UTC".
        let finished = match finished.get(..16) {
            Some(minute) if finished.ends_with('Z') => format!("{} UTC", minute.replacen('T', " ", 1)),
            _ => finished.to_string(),
        };
        let heading = t!(
            "debrief-text-attempt",
            title = &scenario.title,
            n = n,
            count = done.len(),
            finished = &finished
        );
        let text = format!("{heading}\n{}", crate::play::debrief_text(&run));
        return Ok(if print(&crate::text::sanitize(&text)) { OK } else { INVALID });
    }
    let opts = crate::tui::PlayOptions { seed: None, timers: true, timer_scale: play::timer_scale(None) };
    Ok(crate::tui::debrief(lib, scenario.clone(), name, &learner, &store, opts, chosen, (n, done.len()))?)
}

/// Loads the bundled pack and `--pack`s for a command that plays or lists; problems in files that
/// are not needed stay quiet here (`validate` shows them).
fn library(packs: &[std::path::PathBuf]) -> Library {
    let mut lib = Library::load(packs, LoadOptions::default());
    // Scenarios and the course in the language asked for, where the pack has it.
    if crate::i18n::wanted().is_some() {
        let tag = lib.content_language();
        lib.speak(&tag);
    }
    lib
}

/// The named learner (or the default one), the store, and their saved file; a file that had to be
/// set aside is reported.
fn learner_file(
    learner: Option<String>,
) -> Result<(String, crate::progress::Store, crate::progress::LearnerFile), Error> {
    let store = crate::progress::Store::open_default();
    let learner = store.learner(learner);
    let (file, aside) = store.load(&learner)?;
    if let Some(a) = aside {
        eprintln!("rehearse: {a}");
    }
    Ok((learner, store, file))
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
