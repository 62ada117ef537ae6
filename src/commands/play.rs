//! `rehearse play SCENARIO [--learner NAME] [--seed N] [--plain] [--timers|--no-timers]`

use std::path::PathBuf;

use crate::play::plain::{play_plain, PlainOptions, StdinLines};
use crate::progress::Store;

pub struct Options {
    pub learner: String,
    pub seed: Option<u64>,
    pub plain: bool,
    pub timers: bool,
    pub no_timers: bool,
    pub timer_scale: Option<f64>,
}

/// The timer factor: the flag, else `REHEARSE_TIMER_SCALE`, else 1.
pub fn timer_scale(flag: Option<f64>) -> f64 {
    flag.or_else(|| std::env::var("REHEARSE_TIMER_SCALE").ok().and_then(|v| v.parse().ok()))
        .filter(|f: &f64| (0.5..=10.0).contains(f))
        .unwrap_or(1.0)
}

pub fn run(packs: &[PathBuf], name: &str, opts: Options) -> super::Outcome {
    let mut lib = super::library(packs);
    let scenario = lib.find(name)?;
    let (scenario, notice) = lib.for_learner(&scenario);
    if let Some(n) = notice {
        eprintln!("{n}");
    }
    let learner = opts.learner;
    if learner.trim().is_empty() || learner.chars().count() > 100 {
        return Err(super::Error::Usage(crate::t!("learner-name-length")));
    }
    let store = Store::open_default();
    let scale = timer_scale(opts.timer_scale);
    if opts.plain || !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        let plain = PlainOptions {
            name,
            seed: opts.seed,
            timers: opts.timers && !opts.no_timers,
            timer_scale: scale,
            versions: lib.versions(&scenario),
        };
        let mut input = StdinLines::spawn();
        let mut out = std::io::stdout();
        return Ok(play_plain(&scenario, &learner, &store, plain, &mut input, &mut out)?);
    }
    let tui = crate::tui::PlayOptions { seed: opts.seed, timers: !opts.no_timers, timer_scale: scale };
    Ok(crate::tui::play(lib, scenario, name, &learner, &store, tui)?)
}
