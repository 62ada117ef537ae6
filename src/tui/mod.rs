//! The terminal interface (ratatui + crossterm): home, play and debrief screens.
//!
//! The terminal is restored however the program ends: on quit, on Ctrl-C (a key in raw mode),
//! on SIGTERM, SIGHUP or SIGINT (a flag checked by the event loop), and after a panic (ratatui's
//! hook restores the terminal before the panic message is printed).

mod app;
pub mod facilitate;
pub mod preview;
mod view;

pub mod theme;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use crossterm::event::{self, Event, KeyEvent, KeyEventKind};

pub use crate::present::{heading, names_someone};
pub use app::{debrief_command, map_key, App, DebriefView, Msg, PlayOptions, Screen, Scroll};
pub use view::{debrief_lines, wrap, MIN_HEIGHT, MIN_WIDTH};

use crate::engine::Run;
use crate::pack::Library;
use crate::progress::{Attempt, LearnerFile, Status, Store};
use crate::scenario::Scenario;

/// What the event loop drives: the learner's app, or the preview.
pub(crate) trait Model {
    /// A key was pressed; returns whether the screen changed.
    fn key(&mut self, key: KeyEvent, now: Instant) -> bool;
    /// Time passed; returns whether the screen changed.
    fn tick(&mut self, now: Instant) -> bool;
    /// How long the loop may wait for a key before calling `tick` again.
    fn wait(&self, now: Instant) -> Duration;
    fn done(&self) -> bool;
    /// A signal asked the program to stop.
    fn stop(&mut self);
    fn draw(&self, frame: &mut ratatui::Frame<'_>);
}

impl Model for App<'_> {
    fn key(&mut self, key: KeyEvent, now: Instant) -> bool {
        match map_key(self, key) {
            Some(msg) => {
                self.update(msg, now);
                true
            }
            // Any key takes a notice away, even one that does nothing else.
            None => self.dismiss(),
        }
    }
    fn tick(&mut self, now: Instant) -> bool {
        let changed = App::tick(self, now);
        // A running timer redraws once a second; nothing else redraws without a reason.
        let second = match &self.screen {
            Screen::Play(p) => p.timer.map(|t| t.deadline.saturating_duration_since(now).as_secs()),
            _ => None,
        };
        let moved = second != self.shown_second;
        self.shown_second = second;
        changed || moved
    }
    fn wait(&self, now: Instant) -> Duration {
        self.next_tick(now).unwrap_or(Duration::from_millis(250))
    }
    fn done(&self) -> bool {
        self.quit
    }
    fn stop(&mut self) {
        self.farewell.get_or_insert_with(|| crate::t!("play-stopped"));
        self.quit = true;
    }
    fn draw(&self, frame: &mut ratatui::Frame<'_>) {
        frame.render_widget(self, frame.area());
    }
}

/// Reads terminal events on a thread of its own and sends them on. Once the terminal is gone,
/// crossterm can spin inside `poll` without returning, so the loop waits on this channel instead:
/// it keeps control, sees the hang-up signal, and ends (the process ends the reader with it).
fn spawn_reader() -> Receiver<Event> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        while let Ok(ev) = event::read() {
            if tx.send(ev).is_err() {
                break;
            }
        }
    });
    rx
}

/// Whether the terminal behind standard input has hung up (its window closed).
#[cfg(unix)]
fn terminal_hung_up() -> bool {
    use rustix::event::{poll, PollFd, PollFlags, Timespec};
    let stdin = std::io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let now = Timespec { tv_sec: 0, tv_nsec: 0 };
    poll(&mut fds, Some(&now))
        .is_ok_and(|_| fds[0].revents().intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL))
}

#[cfg(not(unix))]
fn terminal_hung_up() -> bool {
    false
}

/// The terminal while the interface has it: raw, on the alternate screen, with the reader of its
/// keys and the flag that signals raise.
pub(crate) struct Term {
    terminal: ratatui::DefaultTerminal,
    events: Receiver<Event>,
    stop: Arc<AtomicBool>,
}

/// Sets the terminal up, lets `f` run models on it, and always restores it. The terminal is set
/// up once however many models run (the home screen reopened in another language): setting it up
/// again would flash the shell, and would ask the terminal where its cursor is while the reader
/// thread holds the terminal's input (it waits for that lock for ever once the terminal is gone).
pub(crate) fn with_terminal<T>(f: impl FnOnce(&mut Term) -> anyhow::Result<T>) -> anyhow::Result<T> {
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(sig, Arc::clone(&stop))
            .with_context(|| crate::t!("signals-not-set-up"))?;
    }
    // The reason in the reader's language (the terminal library's own words are English).
    let mut terminal = ratatui::try_init().map_err(|e| {
        let reason = match e.kind() {
            std::io::ErrorKind::Other | std::io::ErrorKind::TimedOut => crate::t!("terminal-no-answer"),
            _ => crate::fsio::io_reason(&e),
        };
        anyhow::anyhow!(crate::t!("terminal-not-set-up", reason = &reason))
    })?;
    // Start from a blank screen: drawing only sends what changed, so leftovers would stay. (Before
    // the reader starts: clearing asks the terminal where its cursor is, and the reader would
    // take the answer.)
    let result = match terminal.clear() {
        Ok(()) => f(&mut Term { terminal, events: spawn_reader(), stop }),
        Err(e) => Err(e.into()),
    };
    ratatui::restore();
    result
}

/// Runs the event loop until the model is done or a signal asks it to stop, and always restores
/// the terminal.
pub(crate) fn run_loop(model: &mut impl Model) -> anyhow::Result<()> {
    with_terminal(|term| term.run(model))
}

impl Term {
    /// Runs `model` until it is done, a signal asks it to stop, or the terminal is gone.
    pub(crate) fn run(&mut self, model: &mut impl Model) -> anyhow::Result<()> {
        let mut dirty = true;
        let mut checked = Instant::now();
        while !model.done() {
            if self.stop.load(Ordering::Relaxed) {
                model.stop();
                break;
            }
            let now = Instant::now();
            dirty |= model.tick(now);
            if dirty {
                self.terminal.draw(|f| model.draw(f))?;
                dirty = false;
            }
            match self.events.recv_timeout(model.wait(now)) {
                Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                    dirty |= model.key(key, Instant::now())
                }
                Ok(Event::Resize(..)) => dirty = true,
                Ok(_) => {}
                // A terminal closed without a hang-up signal reaching us (the program detached from
                // it, under `nohup` or `setsid`) sends no more keys: looking once a second whether
                // it hung up ends the run, saved, instead of waiting for ever.
                Err(RecvTimeoutError::Timeout) => {
                    if checked.elapsed() >= Duration::from_secs(1) {
                        checked = Instant::now();
                        if terminal_hung_up() {
                            model.stop();
                            break;
                        }
                    }
                }
                // The reader stopped: the terminal is gone.
                Err(RecvTimeoutError::Disconnected) => {
                    model.stop();
                    break;
                }
            }
        }
        Ok(())
    }
}

fn finish(app: &App<'_>) -> u8 {
    if let Some(f) = &app.farewell {
        say_farewell(f);
    }
    0
}

/// The last words after the screen is given back. The terminal may be gone by then (its window
/// closed): nothing is lost (every choice is saved), so a failed write is ignored rather than a
/// panic (`println!` panics).
fn say_farewell(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", crate::text::sanitize(text)).and_then(|()| out.flush());
}

/// `rehearse play SCENARIO` in the terminal interface.
pub fn play(
    lib: Library,
    scenario: Arc<Scenario>,
    name: &str,
    learner: &str,
    store: &Store,
    opts: PlayOptions,
) -> anyhow::Result<u8> {
    let mut app = App::new(&lib, store, learner.to_string(), opts);
    app.has_home = false;
    app.named_as = Some((scenario.id.clone(), name.to_string()));
    app.open(&scenario, Instant::now());
    run_loop(&mut app)?;
    Ok(finish(&app))
}

/// `rehearse` with no arguments: the home screen, with the library `load` gives (in the language
/// of this thread). When the learner switches languages, the language is set, the library loaded
/// again in it, and the home screen reopened on the same learner and scenario. `given` is the
/// language the command line or the environment asked for, if any.
pub fn home(
    load: impl Fn() -> Library,
    learner: &str,
    store: &Store,
    opts: PlayOptions,
    given: Option<String>,
) -> anyhow::Result<u8> {
    let (mut learner, mut selected, mut notice, mut given) = (learner.to_string(), 0, None, given);
    let farewell = with_terminal(|term| loop {
        let lib = load();
        let mut app = App::new(&lib, store, learner.clone(), opts);
        app.selected = selected.min(lib.entries.len().saturating_sub(1));
        app.given_language = given.clone();
        if let Some(n) = notice.take() {
            app.say(n);
        }
        term.run(&mut app)?;
        let Some(tag) = app.reopen.take() else { return Ok(app.farewell) };
        crate::i18n::set_language(Some(&tag));
        notice = Some(crate::t!("language-changed", language = &language_name(&tag)));
        (learner, selected, given) = (app.learner.clone(), app.selected, app.given_language.take());
    })?;
    if let Some(f) = farewell {
        say_farewell(&f);
    }
    Ok(0)
}

/// `rehearse debrief SCENARIO` in the terminal interface: the debrief of attempt `number` of
/// `count` completed ones.
#[allow(clippy::too_many_arguments)] // one per thing the command line gave
pub fn debrief(
    lib: Library,
    scenario: Arc<Scenario>,
    name: &str,
    learner: &str,
    store: &Store,
    opts: PlayOptions,
    attempt: &Attempt,
    (number, count): (usize, usize),
) -> anyhow::Result<u8> {
    let mut app = App::new(&lib, store, learner.to_string(), opts);
    app.has_home = false;
    app.named_as = Some((scenario.id.clone(), name.to_string()));
    let run = replay_attempt(&scenario, attempt);
    let view = DebriefView { run, scroll: Scroll::default(), attempt: Some((number, count)) };
    app.screen = Screen::Debrief(Box::new(view));
    if attempt.scenario_hash != scenario.content_hash {
        app.say(crate::t!("debrief-scenario-changed"));
    }
    run_loop(&mut app)?;
    Ok(finish(&app))
}

/// A language as its speakers name it ("English", "Français"), or its tag when the interface
/// does not know it.
pub fn language_name(tag: &str) -> String {
    crate::i18n::Lang::from_tag(tag).map_or_else(|| tag.to_string(), |l| l.name().to_string())
}

/// A learner's completed attempts of a scenario, oldest first (`rehearse debrief --attempt N`
/// counts them from 1).
pub fn completed_attempts<'f>(file: &'f LearnerFile, scenario: &str) -> Vec<&'f Attempt> {
    file.attempts.iter().filter(|a| a.scenario == scenario && a.status == Status::Completed).collect()
}

/// The run of a saved attempt, replayed from its seed and choices on `scenario` and taken on
/// through the pages that only continue, to its ending.
pub fn replay_attempt<'s>(scenario: &'s Scenario, attempt: &Attempt) -> Run<'s> {
    let picks = crate::engine::parse_picks(&attempt.choices.join(",")).unwrap_or_default();
    let (mut run, _) = crate::engine::replay(scenario, attempt.seed, &picks);
    // A run that no longer reaches an ending (the scenario changed) is shown as far as it goes.
    let _ = crate::engine::pass_continues(&mut run);
    run
}
