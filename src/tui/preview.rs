//! `rehearse preview FILE`: play a scenario while editing it. The file is checked for changes a few
//! times a second; on a change it is loaded again and the steps taken so far are replayed as far as
//! they still apply. While it does not validate, its diagnostics replace the scene.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::engine::{Action, Prompt, Run};
use crate::pack::{Library, LoadOptions};
use crate::scenario::Scenario;
use crate::t;

use super::app::{feed_of, Play};
use super::theme::Theme;
use super::view::play_screen;
use super::Model;

/// How often the file is checked for changes.
const POLL: Duration = Duration::from_millis(300);

pub struct Preview {
    path: PathBuf,
    /// The last version that validated.
    scenario: Option<Arc<Scenario>>,
    /// Errors of the version on disk, when it does not validate (shown instead of the scene).
    problems: Vec<String>,
    warnings: usize,
    /// Every step taken, continues included, replayed after each reload.
    actions: Vec<Action>,
    seed: u64,
    selected: usize,
    stamp: Option<(SystemTime, u64)>,
    last_poll: Instant,
    reloads: usize,
    notice: Option<String>,
    theme: Theme,
    quit: bool,
}

/// Applies `actions` from the start, stopping at the first that no longer applies.
fn replay_actions<'s>(s: &'s Scenario, seed: u64, actions: &[Action]) -> (Run<'s>, usize) {
    let mut run = Run::new(s, seed);
    for (i, a) in actions.iter().enumerate() {
        if run.apply(*a).is_err() {
            return (run, i);
        }
    }
    (run, actions.len())
}

fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

impl Preview {
    pub fn new(path: PathBuf, seed: u64) -> Preview {
        let mut p = Preview {
            path,
            scenario: None,
            problems: vec![],
            warnings: 0,
            actions: vec![],
            seed,
            selected: 0,
            stamp: None,
            last_poll: Instant::now(),
            reloads: 0,
            notice: None,
            theme: Theme::from_env(),
            quit: false,
        };
        p.reload();
        p
    }

    /// Loads the file again (with author's tests) and replays the steps so far.
    fn reload(&mut self) {
        self.stamp = stamp(&self.path);
        let lib = Library::load_paths(std::slice::from_ref(&self.path), LoadOptions::deep());
        let errors: Vec<String> =
            lib.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        self.warnings = lib.diagnostics.len() - errors.len();
        self.problems = errors;
        if !self.problems.is_empty() {
            return;
        }
        let Some(entry) = lib.entries.into_iter().next() else {
            let path = self.path.display().to_string();
            self.problems = vec![t!("preview-no-scenario", path = &path)];
            return;
        };
        let unchanged = self.scenario.as_ref().is_some_and(|s| s.content_hash == entry.scenario.content_hash);
        self.scenario = Some(entry.scenario);
        if unchanged {
            return;
        }
        self.reloads += 1;
        let s = self.scenario.as_ref().expect("just set");
        let (_, applied) = replay_actions(s, self.seed, &self.actions);
        if applied < self.actions.len() {
            self.notice = Some(t!("preview-reloaded-partly", applied = applied, steps = self.actions.len()));
            self.actions.truncate(applied);
        } else if self.reloads > 1 {
            self.notice = Some(t!("preview-reloaded", steps = self.actions.len()));
        }
        self.selected = 0;
    }

    fn act(&mut self, action: Action) {
        let Some(s) = &self.scenario else { return };
        let (mut run, _) = replay_actions(s, self.seed, &self.actions);
        if run.apply(action).is_ok() {
            self.actions.push(action);
            self.selected = 0;
            self.notice = None;
        }
    }
}

impl Model for Preview {
    fn key(&mut self, key: KeyEvent, _now: Instant) -> bool {
        if key.modifiers.contains(KeyModifiers::CONTROL) && matches!(key.code, KeyCode::Char('c')) {
            self.quit = true;
            return true;
        }
        let (prompt, offered) = match &self.scenario {
            Some(s) if self.problems.is_empty() => {
                let (run, _) = replay_actions(s, self.seed, &self.actions);
                (Some(run.prompt()), run.offered().len())
            }
            _ => (None, 0),
        };
        match (key.code, prompt) {
            (KeyCode::Char('q') | KeyCode::Esc, _) => self.quit = true,
            (KeyCode::Char('r'), _) => {
                self.actions.clear();
                self.notice = Some(t!("preview-restarted"));
            }
            (KeyCode::Backspace, _) => {
                self.actions.pop();
                self.notice = Some(t!("preview-step-back"));
            }
            (KeyCode::Char('c'), _) => self.theme = self.theme.next(),
            (KeyCode::Enter, Some(Prompt::Continue)) => self.act(Action::Continue),
            (KeyCode::Enter, Some(Prompt::Choose)) if offered > 0 => {
                self.act(Action::Choose(self.selected + 1))
            }
            (KeyCode::Char('t'), Some(Prompt::Choose)) => self.act(Action::Timeout),
            (KeyCode::Char(c @ '1'..='9'), Some(Prompt::Choose)) => {
                self.act(Action::Choose(c as usize - '0' as usize))
            }
            (KeyCode::Up, _) => self.selected = self.selected.saturating_sub(1),
            (KeyCode::Down, _) => self.selected = (self.selected + 1).min(offered.saturating_sub(1)),
            _ => return false,
        }
        true
    }

    fn tick(&mut self, now: Instant) -> bool {
        if now.duration_since(self.last_poll) < POLL {
            return false;
        }
        self.last_poll = now;
        if stamp(&self.path) == self.stamp {
            return false;
        }
        self.reload();
        true
    }

    fn wait(&self, _now: Instant) -> Duration {
        POLL
    }

    fn done(&self) -> bool {
        self.quit
    }

    fn stop(&mut self) {
        self.quit = true;
    }

    fn draw(&self, frame: &mut ratatui::Frame<'_>) {
        let t = self.theme;
        let area = frame.area();
        let [head, body, foot] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(2)]).areas(area);
        let status = if self.problems.is_empty() {
            Span::styled(t!("preview-validates", warnings = self.warnings, reloads = self.reloads), t.good())
        } else {
            Span::styled(t!("preview-errors", errors = self.problems.len()), t.bad())
        };
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{} ", t!("preview-label")), t.title()),
                Span::styled(format!("{} · ", self.path.display()), t.dim()),
                status,
            ])),
            head,
        );
        match (&self.scenario, self.problems.is_empty()) {
            (Some(s), true) => {
                let (run, _) = replay_actions(s, self.seed, &self.actions);
                let play = Play {
                    feed: feed_of(&run),
                    previous_vars: run.vars().to_vec(),
                    run,
                    session: None,
                    selected: self.selected,
                    timer: None,
                };
                play_screen(t, &play, Instant::now(), body, frame.buffer_mut());
            }
            _ => {
                let lines: Vec<Line<'_>> =
                    self.problems.iter().map(|p| Line::styled(p.clone(), t.text())).collect();
                frame.render_widget(
                    Paragraph::new(lines).wrap(Wrap { trim: false }).block(
                        Block::bordered()
                            .title(Span::styled(format!(" {} ", t!("preview-invalid")), t.bad())),
                    ),
                    body,
                );
            }
        }
        let keys = self.notice.clone().unwrap_or_else(|| t!("preview-keys"));
        // Two lines: the keys (or a notice) wrap rather than lose their end.
        frame.render_widget(Paragraph::new(Span::styled(keys, t.dim())).wrap(Wrap { trim: true }), foot);
    }
}

/// `rehearse preview FILE`.
pub fn preview(path: PathBuf, seed: u64) -> anyhow::Result<u8> {
    let mut p = Preview::new(path, seed);
    super::run_loop(&mut p)?;
    Ok(0)
}
