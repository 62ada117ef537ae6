//! The interface's state, its messages, the key map and `update`. Drawing is in [`super::view`];
//! scoring and deciding is the engine's.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::engine::{Action, Pick, Prompt, Run};
use crate::pack::Library;
use crate::play::{Resumable, Session};
use crate::present::{heading, Channel};
use crate::progress::{Standing, Store};
use crate::scenario::Scenario;
use crate::t;

use super::theme::Theme;

/// Options of a play in the interface.
#[derive(Clone, Copy, Debug)]
pub struct PlayOptions {
    pub seed: Option<u64>,
    pub timers: bool,
    pub timer_scale: f64,
}

/// What the learner asks for, whatever key they used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    PageUp,
    PageDown,
    /// A number key: choose that choice.
    Number(usize),
    Enter,
    /// Esc: back, or quit the play.
    Back,
    /// q or Ctrl-C.
    Quit,
    Help,
    Theme,
    Replay,
    Learner,
    MoreTime,
    Char(char),
    Backspace,
    Yes,
    No,
}

/// One entry of the conversation feed shown on the play screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedItem {
    pub heading: String,
    pub text: String,
    pub channel: Channel,
    /// The learner's own answer.
    pub mine: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct Timer {
    pub total: Duration,
    pub deadline: Instant,
}

pub struct Play<'a> {
    pub run: Run<'a>,
    pub session: Option<Session>,
    pub selected: usize,
    pub feed: Vec<FeedItem>,
    pub timer: Option<Timer>,
    /// Variable values before the last choice, to show what changed.
    pub previous_vars: Vec<i64>,
}

pub struct DebriefView<'a> {
    pub run: Run<'a>,
    pub scroll: u16,
}

pub struct LearnerPick {
    pub names: Vec<String>,
    /// Index into names; `names.len()` is "new learner".
    pub selected: usize,
    pub input: Option<String>,
}

pub enum Screen<'a> {
    Home { selected: usize },
    Learner(LearnerPick),
    Resume { scenario: &'a Scenario, resumable: Box<Resumable> },
    Play(Box<Play<'a>>),
    Debrief(Box<DebriefView<'a>>),
}

pub struct App<'a> {
    pub lib: &'a Library,
    pub store: &'a Store,
    pub learner: String,
    pub standing: Standing,
    pub theme: Theme,
    pub screen: Screen<'a>,
    pub opts: PlayOptions,
    /// Whether the home screen exists in this session (started with no arguments).
    pub has_home: bool,
    pub help: bool,
    pub quit: bool,
    /// A one-line message for the learner (saved, set aside, could not save...).
    pub notice: Option<String>,
    /// Printed after the terminal is restored.
    pub farewell: Option<String>,
    /// The time of the last message or tick: what the screen shows timers against.
    pub now: Instant,
    /// The seconds left that the screen last showed (it redraws when they change).
    pub shown_second: Option<u64>,
}

/// Maps a key to a message, given what the screen is doing. Pure.
pub fn map_key(app: &App<'_>, key: KeyEvent) -> Option<Msg> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c') | KeyCode::Char('d')).then_some(Msg::Quit);
    }
    if let Screen::Learner(LearnerPick { input: Some(_), .. }) = app.screen {
        return match key.code {
            KeyCode::Enter => Some(Msg::Enter),
            KeyCode::Esc => Some(Msg::Back),
            KeyCode::Backspace => Some(Msg::Backspace),
            KeyCode::Char(c) => Some(Msg::Char(c)),
            _ => None,
        };
    }
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
        KeyCode::PageUp => Some(Msg::PageUp),
        KeyCode::PageDown | KeyCode::Char(' ') => Some(Msg::PageDown),
        KeyCode::Enter => Some(Msg::Enter),
        KeyCode::Esc => Some(Msg::Back),
        KeyCode::Char('q') => Some(Msg::Quit),
        KeyCode::Char('?') | KeyCode::F(1) => Some(Msg::Help),
        KeyCode::Char('c') => Some(Msg::Theme),
        KeyCode::Char('r') => Some(Msg::Replay),
        KeyCode::Char('l') => Some(Msg::Learner),
        KeyCode::Char('+') => Some(Msg::MoreTime),
        // `o` for "oui": the French screens ask for it.
        KeyCode::Char('y') | KeyCode::Char('o') => Some(Msg::Yes),
        KeyCode::Char('n') => Some(Msg::No),
        KeyCode::Char(c @ '1'..='9') => Some(Msg::Number(c as usize - '0' as usize)),
        _ => None,
    }
}

impl<'a> App<'a> {
    pub fn new(lib: &'a Library, store: &'a Store, learner: String, opts: PlayOptions) -> Self {
        let mut app = App {
            lib,
            store,
            learner,
            standing: Standing::default(),
            theme: Theme::from_env(),
            screen: Screen::Home { selected: 0 },
            opts,
            has_home: true,
            help: false,
            quit: false,
            notice: None,
            farewell: None,
            now: Instant::now(),
            shown_second: None,
        };
        app.refresh_standing();
        app
    }

    fn refresh_standing(&mut self) {
        match self.store.load(&self.learner) {
            Ok((file, aside)) => {
                self.standing = Standing::of(&file);
                if let Some(a) = aside {
                    self.notice = Some(a.to_string());
                }
            }
            Err(e) => self.notice = Some(e.to_string()),
        }
    }

    /// Opens `scenario`: asks about resuming when there is a run to resume, else starts.
    pub fn open(&mut self, scenario: &'a Scenario, now: Instant) {
        self.now = now;
        match Session::resumable(self.store, &self.learner, scenario) {
            Ok((Some(resumable), _)) => {
                self.screen = Screen::Resume { scenario, resumable: Box::new(resumable) }
            }
            Ok((None, aside)) => {
                if let Some(a) = aside {
                    self.notice = Some(a.to_string());
                }
                self.start(scenario, None, now);
            }
            Err(e) => {
                self.notice = Some(t!("progress-cannot-be-saved", reason = &e.to_string()));
                self.start(scenario, None, now);
            }
        }
    }

    /// Starts a fresh run (abandoning `abandon`).
    fn start(&mut self, scenario: &'a Scenario, abandon: Option<&str>, now: Instant) {
        let seed = self.opts.seed.unwrap_or_else(crate::play::fresh_seed);
        let session = match Session::start(self.store, &self.learner, scenario, seed, abandon) {
            Ok(s) => Some(s),
            Err(e) => {
                self.notice = Some(t!("progress-cannot-be-saved", reason = &e.to_string()));
                None
            }
        };
        self.begin(Run::new(scenario, seed), session, now);
    }

    fn resume(&mut self, scenario: &'a Scenario, resumable: Resumable, now: Instant) {
        match Session::resume_run(self.store, &self.learner, scenario, resumable.attempt) {
            Ok(Some(back)) => {
                self.notice = Some(if back.applied < back.saved {
                    t!("resume-partial", applied = back.applied, saved = back.saved)
                } else {
                    t!("resumed", n = back.applied)
                });
                self.begin(back.run, Some(back.session), now);
            }
            Ok(None) => {
                self.notice = Some(t!("resume-taken"));
                self.start(scenario, None, now);
            }
            Err(e) => {
                self.notice = Some(t!("progress-cannot-be-saved", reason = &e.to_string()));
                self.start(scenario, None, now);
            }
        }
    }

    fn begin(&mut self, run: Run<'a>, session: Option<Session>, now: Instant) {
        let mut play =
            Play { previous_vars: run.vars().to_vec(), run, session, selected: 0, feed: vec![], timer: None };
        play.feed = feed_of(&play.run);
        arm_timer(self.opts, &mut play, now);
        self.screen = Screen::Play(Box::new(play));
        self.after_move(now);
    }

    /// After any move: an ending completes the attempt and opens the debrief.
    fn after_move(&mut self, _now: Instant) {
        let Screen::Play(play) = &mut self.screen else { return };
        if let Some(session) = &mut play.session {
            for a in session.set_aside.drain(..) {
                self.notice = Some(a.to_string());
            }
        }
        if play.run.ending().is_some() {
            if let Some(session) = &mut play.session {
                if let Err(e) = session.complete(&play.run) {
                    self.notice = Some(e.message());
                }
            }
            let Screen::Play(play) = std::mem::replace(&mut self.screen, Screen::Home { selected: 0 }) else {
                unreachable!()
            };
            self.screen = Screen::Debrief(Box::new(DebriefView { run: play.run, scroll: 0 }));
            self.refresh_standing();
        }
    }

    /// Applies an action to the run, saves it, and updates the feed.
    fn act(&mut self, action: Action, now: Instant) {
        let opts = self.opts;
        let Screen::Play(play) = &mut self.screen else { return };
        let node = play.run.node();
        play.previous_vars = play.run.vars().to_vec();
        if play.run.apply(action).is_err() {
            return;
        }
        if action != Action::Continue {
            if let Some(d) = play.run.decisions().last() {
                play.feed.push(answer_item(node, d.taken));
            }
        }
        let pick = match action {
            Action::Choose(k) => Some(Pick::Number(k)),
            Action::Timeout => Some(Pick::Timeout),
            Action::Continue => None,
        };
        if let (Some(pick), Some(session)) = (pick, &mut play.session) {
            if let Err(e) = session.record(pick, &play.run) {
                self.notice = Some(e.message());
            }
        }
        let node = play.run.node();
        play.feed.push(node_item(node, play.run.text().to_string()));
        play.selected = 0;
        arm_timer(opts, play, now);
        self.after_move(now);
    }

    /// The clock moved on: a timer may run out. Returns whether that changed the screen.
    pub fn tick(&mut self, now: Instant) -> bool {
        self.now = now;
        let Screen::Play(play) = &self.screen else { return false };
        match play.timer {
            Some(t) if now >= t.deadline => {
                self.act(Action::Timeout, now);
                true
            }
            _ => false,
        }
    }

    /// How long until the next tick matters (for the event loop's wait).
    pub fn next_tick(&self, now: Instant) -> Option<Duration> {
        let Screen::Play(play) = &self.screen else { return None };
        let t = play.timer?;
        let left = t.deadline.saturating_duration_since(now);
        Some(left.min(Duration::from_millis(250)))
    }

    pub fn update(&mut self, msg: Msg, now: Instant) {
        self.now = now;
        if self.help {
            if matches!(msg, Msg::Help | Msg::Back | Msg::Enter | Msg::Quit) {
                self.help = false;
            }
            return;
        }
        match msg {
            Msg::Help => {
                self.help = true;
                return;
            }
            Msg::Theme => {
                self.theme = self.theme.next();
                self.notice = Some(t!("theme-changed", theme = &self.theme.name()));
                return;
            }
            _ => {}
        }
        match &mut self.screen {
            Screen::Home { selected } => {
                let n = self.lib.entries.len();
                match msg {
                    Msg::Up => *selected = selected.saturating_sub(1),
                    Msg::Down => *selected = (*selected + 1).min(n.saturating_sub(1)),
                    Msg::Number(k) if k <= n => *selected = k - 1,
                    Msg::Enter if n > 0 => {
                        let scenario: &'a Scenario = &self.lib.entries[*selected].scenario;
                        self.notice = None;
                        self.open(scenario, now);
                    }
                    Msg::Learner => {
                        let mut names = self.store.learners();
                        if !names.contains(&self.learner) {
                            names.insert(0, self.learner.clone());
                        }
                        let selected = names.iter().position(|n| *n == self.learner).unwrap_or(0);
                        self.screen = Screen::Learner(LearnerPick { names, selected, input: None });
                    }
                    Msg::Quit | Msg::Back => self.quit = true,
                    _ => {}
                }
            }
            Screen::Learner(pick) => match (msg, &mut pick.input) {
                (Msg::Char(c), Some(input)) if input.chars().count() < 60 && !c.is_control() => input.push(c),
                (Msg::Backspace, Some(input)) => {
                    input.pop();
                }
                (Msg::Enter, Some(input)) => {
                    let name = input.trim().to_string();
                    if !name.is_empty() {
                        self.set_learner(name);
                    }
                }
                (Msg::Back, Some(_)) => pick.input = None,
                (Msg::Up, None) => pick.selected = pick.selected.saturating_sub(1),
                (Msg::Down, None) => pick.selected = (pick.selected + 1).min(pick.names.len()),
                (Msg::Enter, None) => {
                    if pick.selected == pick.names.len() {
                        pick.input = Some(String::new());
                    } else {
                        let name = pick.names[pick.selected].clone();
                        self.set_learner(name);
                    }
                }
                (Msg::Back | Msg::Quit, None) => self.screen = Screen::Home { selected: 0 },
                _ => {}
            },
            Screen::Resume { scenario, resumable } => {
                let scenario: &'a Scenario = scenario;
                match msg {
                    Msg::Yes | Msg::Enter => {
                        let r = (**resumable).clone();
                        self.resume(scenario, r, now);
                    }
                    Msg::No => {
                        let id = resumable.attempt.id.clone();
                        self.start(scenario, Some(&id), now);
                    }
                    Msg::Back | Msg::Quit => self.leave(&t!("resume-kept")),
                    _ => {}
                }
            }
            Screen::Play(play) => {
                let n = play.run.offered().len();
                match (play.run.prompt(), msg) {
                    (_, Msg::Quit | Msg::Back) => {
                        let command =
                            crate::play::resume_command(&play.run.scenario().id, &self.learner, false);
                        self.leave(&t!("play-saved", command = &command));
                    }
                    (Prompt::Continue, Msg::Enter | Msg::PageDown) => self.act(Action::Continue, now),
                    (Prompt::Choose, Msg::Up) => play.selected = play.selected.saturating_sub(1),
                    (Prompt::Choose, Msg::Down) => {
                        play.selected = (play.selected + 1).min(n.saturating_sub(1))
                    }
                    (Prompt::Choose, Msg::Enter) if n > 0 => {
                        let k = play.selected + 1;
                        self.act(Action::Choose(k), now);
                    }
                    (Prompt::Choose, Msg::Number(k)) if k <= n => self.act(Action::Choose(k), now),
                    (Prompt::Choose, Msg::MoreTime) => {
                        if let Some(t) = &mut play.timer {
                            t.deadline += t.total / 2;
                            t.total += t.total / 2;
                            self.notice = Some(t!("play-more-time"));
                        }
                    }
                    _ => {}
                }
            }
            Screen::Debrief(view) => match msg {
                Msg::Up => view.scroll = view.scroll.saturating_sub(1),
                Msg::Down => view.scroll = view.scroll.saturating_add(1),
                Msg::PageUp => view.scroll = view.scroll.saturating_sub(10),
                Msg::PageDown => view.scroll = view.scroll.saturating_add(10),
                Msg::Replay => {
                    let scenario: &'a Scenario = view.run.scenario();
                    self.notice = None;
                    self.start(scenario, None, now);
                }
                Msg::Back | Msg::Enter if self.has_home => {
                    self.screen = Screen::Home { selected: self.home_index() }
                }
                Msg::Quit | Msg::Back | Msg::Enter => self.quit = true,
                _ => {}
            },
        }
    }

    fn home_index(&self) -> usize {
        let id = match &self.screen {
            Screen::Debrief(v) => &v.run.scenario().id,
            Screen::Play(p) => &p.run.scenario().id,
            _ => return 0,
        };
        self.lib.entries.iter().position(|e| e.scenario.id == *id).unwrap_or(0)
    }

    /// Leaves a run: back home when there is one, else quits with `message`.
    fn leave(&mut self, message: &str) {
        if self.has_home {
            let selected = self.home_index();
            self.screen = Screen::Home { selected };
            self.notice = Some(message.to_string());
            self.refresh_standing();
        } else {
            self.farewell = Some(message.to_string());
            self.quit = true;
        }
    }

    fn set_learner(&mut self, name: String) {
        self.learner = name;
        self.notice = Some(t!("learner-changed", name = &self.learner));
        self.refresh_standing();
        self.screen = Screen::Home { selected: 0 };
    }
}

/// The feed of a run so far (a resumed run shows where it was): each node as it was shown, and
/// after each decision point the learner's answer.
pub fn feed_of(run: &Run<'_>) -> Vec<FeedItem> {
    let s = run.scenario();
    let mut feed = Vec::new();
    let mut decisions = run.decisions().iter();
    for (i, &n) in run.path().iter().enumerate() {
        let node = &s.nodes[n];
        feed.push(node_item(node, run.text_at(i).to_string()));
        if i + 1 < run.path().len() && !node.choices().is_empty() {
            if let Some(d) = decisions.next() {
                feed.push(answer_item(node, d.taken));
            }
        }
    }
    feed
}

/// The learner's answer at a decision, as a feed item.
fn answer_item(node: &crate::scenario::Node, taken: crate::engine::Taken) -> FeedItem {
    let text = match taken {
        crate::engine::Taken::Choice(i) => node.choices()[i].text.clone(),
        crate::engine::Taken::Timeout => t!("play-you-timed-out"),
    };
    FeedItem { heading: t!("play-you"), text, channel: Channel::Plain, mine: true }
}

fn node_item(node: &crate::scenario::Node, text: String) -> FeedItem {
    FeedItem {
        heading: heading(node.channel.as_deref(), node.from.as_deref()),
        text,
        channel: Channel::of(node.channel.as_deref()),
        mine: false,
    }
}

/// Starts the current node's timer, if it has one and timers are on.
fn arm_timer(opts: PlayOptions, play: &mut Play<'_>, now: Instant) {
    play.timer = None;
    if opts.timers && play.run.prompt() == Prompt::Choose && play.run.can_time_out() {
        if let Some(secs) = play.run.node().timer {
            let total = Duration::from_secs_f64(f64::from(secs) * opts.timer_scale);
            play.timer = Some(Timer { total, deadline: now + total });
        }
    }
}
