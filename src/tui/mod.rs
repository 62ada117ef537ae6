//! The terminal interface (ratatui + crossterm): home, play and debrief screens.
//!
//! The terminal is restored however the program ends: on quit, on Ctrl-C (a key in raw mode),
//! on SIGTERM, SIGHUP or SIGINT (a flag checked by the event loop), and after a panic (ratatui's
//! hook restores the terminal before the panic message is printed).

mod app;
mod view;

pub mod theme;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use crossterm::event::{self, Event, KeyEventKind};

pub use app::{map_key, App, Msg, PlayOptions, Screen};
pub use view::{debrief_lines, wrap, MIN_HEIGHT, MIN_WIDTH};

use crate::pack::Library;
use crate::progress::Store;
use crate::scenario::Scenario;

/// Runs the event loop until the app quits or a signal asks it to.
fn run_loop(app: &mut App<'_>) -> anyhow::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(sig, Arc::clone(&stop)).context("installing signal handlers")?;
    }
    let mut terminal = ratatui::try_init().context("the terminal could not be set up (use --plain?)")?;
    // Start from a blank screen: drawing only sends what changed, so leftovers would stay.
    terminal.clear()?;
    let result = (|| -> anyhow::Result<()> {
        let mut dirty = true;
        let mut last_second = None;
        while !app.quit {
            if stop.load(Ordering::Relaxed) {
                app.farewell.get_or_insert_with(|| "Stopped. Your progress is saved.".into());
                break;
            }
            let now = Instant::now();
            // A running timer redraws once a second; nothing else redraws without a reason.
            dirty |= app.tick(now);
            let shown = current_seconds(app, now);
            if shown != last_second {
                last_second = shown;
                dirty = true;
            }
            if dirty {
                terminal.draw(|f| f.render_widget(&*app, f.area()))?;
                dirty = false;
            }
            let wait = app.next_tick(now).unwrap_or(Duration::from_millis(250));
            if event::poll(wait)? {
                match event::read()? {
                    Event::Key(key) if key.kind != KeyEventKind::Release => {
                        if let Some(msg) = map_key(app, key) {
                            app.update(msg, Instant::now());
                            dirty = true;
                        }
                    }
                    Event::Resize(..) => dirty = true,
                    _ => {}
                }
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result
}

fn current_seconds(app: &App<'_>, now: Instant) -> Option<u64> {
    match &app.screen {
        Screen::Play(p) => p.timer.map(|t| t.deadline.saturating_duration_since(now).as_secs()),
        _ => None,
    }
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
