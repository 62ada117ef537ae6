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

pub use app::{map_key, App, Msg, PlayOptions, Screen};
pub use view::{debrief_lines, wrap, MIN_HEIGHT, MIN_WIDTH};

use crate::pack::Library;
use crate::progress::Store;
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
            None => false,
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

/// Runs the event loop until the model is done or a signal asks it to stop, and always restores
/// the terminal.
pub(crate) fn run_loop(model: &mut impl Model) -> anyhow::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(sig, Arc::clone(&stop)).context("installing signal handlers")?;
    }
    let mut terminal = ratatui::try_init().with_context(|| crate::t!("terminal-not-set-up"))?;
    let result = (|| -> anyhow::Result<()> {
        // Start from a blank screen: drawing only sends what changed, so leftovers would stay.
        terminal.clear()?;
        let mut dirty = true;
        let events = spawn_reader();
        while !model.done() {
            if stop.load(Ordering::Relaxed) {
                model.stop();
                break;
            }
            let now = Instant::now();
            dirty |= model.tick(now);
            if dirty {
                terminal.draw(|f| model.draw(f))?;
                dirty = false;
            }
            match events.recv_timeout(model.wait(now)) {
                Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                    dirty |= model.key(key, Instant::now())
                }
                Ok(Event::Resize(..)) => dirty = true,
                Ok(_) | Err(RecvTimeoutError::Timeout) => {}
                // The reader stopped: the terminal is gone.
                Err(RecvTimeoutError::Disconnected) => {
                    model.stop();
                    break;
                }
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result
}

fn finish(app: &App<'_>) -> u8 {
    if let Some(f) = &app.farewell {
        println!("{}", crate::text::sanitize(f));
    }
    0
}

/// `rehearse play SCENARIO` in the terminal interface.
pub fn play(
    lib: Library,
    scenario: Arc<Scenario>,
    learner: &str,
    store: &Store,
    opts: PlayOptions,
) -> anyhow::Result<u8> {
    let mut app = App::new(&lib, store, learner.to_string(), opts);
    app.has_home = false;
    app.open(&scenario, Instant::now());
    run_loop(&mut app)?;
    Ok(finish(&app))
}

/// `rehearse` with no arguments: the home screen.
pub fn home(lib: Library, learner: &str, store: &Store, opts: PlayOptions) -> anyhow::Result<u8> {
    let mut app = App::new(&lib, store, learner.to_string(), opts);
    run_loop(&mut app)?;
    Ok(finish(&app))
}
