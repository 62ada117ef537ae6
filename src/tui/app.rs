//! The interface's state, its messages, the key map and `update`. Drawing is in [`super::view`];
//! scoring and deciding is the engine's.

use std::cell::Cell;
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::engine::{Action, Pick, Prompt, Run};
use crate::pack::Library;
use crate::play::{Resumable, Session};
use crate::present::Channel;
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
    /// Home: the first item of a list, the top of a view.
    First,
    /// End: the last item of a list, the bottom of a view.
    Last,
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
    /// `d` on the home screen: the debrief of the selected scenario's latest completed attempt.
    Debrief,
    /// `L` on the home screen: the next of the course's languages.
    Language,
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

/// How far a long view (the feed, the debrief, the keys) is scrolled. The view records the size
/// it was last drawn at, so that keys stop at its ends instead of scrolling into nothing, and
/// where it rests when nobody scrolled it.
#[derive(Debug, Default)]
pub struct Scroll {
    /// Lines moved away from the end the view rests against (the bottom of the feed, the top of a
    /// page); None until the learner scrolls: the view is where it rests.
    pub offset: Option<usize>,
    /// (lines, rows): how many lines the view had and how many rows showed them, last drawn.
    pub drawn: Cell<(usize, usize)>,
    /// Where the view rests, as last drawn: for the feed, far enough up that a new message taller
    /// than the window is read from its first line.
    pub rest: Cell<usize>,
}

impl Scroll {
    /// The farthest the view can move.
    pub fn max(&self) -> usize {
        let (lines, rows) = self.drawn.get();
        lines.saturating_sub(rows)
    }
    /// The offset to draw with (the window may have grown since the last key).
    pub fn shown(&self) -> usize {
        self.offset.unwrap_or(self.rest.get()).min(self.max())
    }
    /// Whether the learner has moved the view away from its end.
    pub fn moved(&self) -> bool {
        self.offset.is_some_and(|o| o > 0)
    }
    /// A page: the rows shown, less two lines kept for context.
    fn page(&self) -> isize {
        self.drawn.get().1.saturating_sub(2).max(1) as isize
    }
    /// Moves `delta` lines away from the resting end (negative: back towards it).
    fn by(&mut self, delta: isize) {
        self.offset = Some(self.shown().saturating_add_signed(delta).min(self.max()));
    }
    /// Back to where the view rests (a new message arrived).
    pub fn reset(&mut self) {
        self.offset = None;
    }
    /// Applies a scrolling key; `away` is the key that moves away from the resting end. Returns
    /// false for a key that does not scroll.
    fn key(&mut self, msg: Msg, away: Msg) -> bool {
        let sign = if away == Msg::Up { 1 } else { -1 };
        let (near, far) = (Some(0), Some(self.max()));
        match msg {
            Msg::Up => self.by(sign),
            Msg::Down => self.by(-sign),
            Msg::PageUp => self.by(sign * self.page()),
            Msg::PageDown => self.by(-sign * self.page()),
            Msg::First => self.offset = if sign > 0 { far } else { near },
            Msg::Last => self.offset = if sign > 0 { near } else { far },
            _ => return false,
        }
        true
    }
}

pub struct DebriefView<'a> {
    pub run: Run<'a>,
    pub scroll: Scroll,
    /// Which completed attempt this is, of how many (when reopened, not just played).
    pub attempt: Option<(usize, usize)>,
}

pub struct LearnerPick {
    pub names: Vec<String>,
    /// Index into names; `names.len()` is "new learner".
    pub selected: usize,
    pub input: Option<String>,
}

pub enum Screen<'a> {
    /// The home screen (its selection is [`App::selected`], kept behind dialogs and runs).
    Home,
    Learner(LearnerPick),
    Resume {
        scenario: &'a Scenario,
        resumable: Box<Resumable>,
    },
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
    /// The scenario selected on the home screen.
    pub selected: usize,
    pub opts: PlayOptions,
    /// Whether the home screen exists in this session (started with no arguments).
    pub has_home: bool,
    /// The scenario id and the name it was given on the command line (`play path/to/file.toml`):
    /// the commands this screen suggests name it the same way, so that they find it.
    pub named_as: Option<(String, String)>,
    /// The learner is who logged in (`rehearse serve`): no switching to, or listing of, others.
    pub learner_fixed: bool,
    pub help: bool,
    /// How far the keys window is scrolled (it is taller than a small terminal).
    pub help_scroll: Scroll,
    /// How far the play screen's feed is scrolled back from its newest message.
    pub feed: Scroll,
    pub quit: bool,
    /// A one-line message for the learner (saved, set aside, could not save...). It goes at the
    /// next key or at `notice_until`, so that it never hides the key hints for long.
    pub notice: Option<String>,
    pub notice_until: Option<Instant>,
    /// Printed after the terminal is restored.
    pub farewell: Option<String>,
    /// The language the command line or the environment asked for (it wins over a learner's
    /// saved choice when the learner changes).
    pub given_language: Option<String>,
    /// Set when the home screen closes to be reopened in this language.
    pub reopen: Option<String>,
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
        KeyCode::Home => Some(Msg::First),
        KeyCode::End => Some(Msg::Last),
        KeyCode::Enter => Some(Msg::Enter),
        KeyCode::Esc => Some(Msg::Back),
        KeyCode::Char('q') => Some(Msg::Quit),
        KeyCode::Char('?') | KeyCode::F(1) => Some(Msg::Help),
        KeyCode::Char('c') => Some(Msg::Theme),
        KeyCode::Char('r') => Some(Msg::Replay),
        KeyCode::Char('l') => Some(Msg::Learner),
        KeyCode::Char('L') => Some(Msg::Language),
        KeyCode::Char('d') => Some(Msg::Debrief),
        KeyCode::Char('+') => Some(Msg::MoreTime),
        // `o` for "oui": the French screens ask for it.
        KeyCode::Char('y') | KeyCode::Char('o') => Some(Msg::Yes),
        KeyCode::Char('n') => Some(Msg::No),
        KeyCode::Char(c @ '0'..='9') => Some(Msg::Number(c as usize - '0' as usize)),
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
            screen: Screen::Home,
            selected: 0,
            opts,
            has_home: true,
            named_as: None,
            learner_fixed: false,
            help: false,
            help_scroll: Scroll::default(),
            feed: Scroll::default(),
            quit: false,
            notice: None,
            notice_until: None,
            farewell: None,
            given_language: None,
            reopen: None,
            now: Instant::now(),
            shown_second: None,
        };
        app.refresh_standing();
        app
    }

    /// Shows `text` in the footer for a few seconds (longer texts longer), or until the next key.
    pub fn say(&mut self, text: impl Into<String>) {
        let text = text.into();
        let secs = (4 + text.chars().count() / 20).min(12) as u64;
        self.notice_until = Some(self.now + Duration::from_secs(secs));
        self.notice = Some(text);
    }

    /// Takes the notice away; returns whether there was one.
    pub fn dismiss(&mut self) -> bool {
        self.notice_until = None;
        self.notice.take().is_some()
    }

    fn refresh_standing(&mut self) {
        match self.store.load(&self.learner) {
            Ok((file, aside)) => {
                self.standing = Standing::of(&file);
                if let Some(a) = aside {
                    self.say(a.to_string());
                }
            }
            Err(e) => self.say(e.to_string()),
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
                    self.say(a.to_string());
                }
                self.start(scenario, None, now);
            }
            Err(e) => {
                self.say(t!("progress-cannot-be-saved", reason = &e.to_string()));
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
                self.say(t!("progress-cannot-be-saved", reason = &e.to_string()));
                None
            }
        };
        self.begin(Run::new(scenario, seed), session, now);
    }

    fn resume(&mut self, scenario: &'a Scenario, resumable: Resumable, now: Instant) {
        match Session::resume_run(self.store, &self.learner, scenario, resumable.attempt) {
            Ok(Some(back)) => {
                self.say(if back.applied < back.saved {
                    t!("resume-partial", applied = back.applied, saved = back.saved)
                } else {
                    t!("resumed", n = back.applied)
                });
                self.begin(back.run, Some(back.session), now);
            }
            Ok(None) => {
                self.say(t!("resume-taken"));
                self.start(scenario, None, now);
            }
            Err(e) => {
                self.say(t!("progress-cannot-be-saved", reason = &e.to_string()));
                self.start(scenario, None, now);
            }
        }
    }

    fn begin(&mut self, run: Run<'a>, mut session: Option<Session>, now: Instant) {
        if let Some(s) = session.as_mut() {
            s.in_languages(self.lib.versions(run.scenario()));
        }
        let mut play =
            Play { previous_vars: run.vars().to_vec(), run, session, selected: 0, feed: vec![], timer: None };
        play.feed = feed_of(&play.run);
        arm_timer(self.opts, &mut play, now);
        self.screen = Screen::Play(Box::new(play));
        self.feed = Scroll::default();
        // A message about a run left earlier no longer applies once another is under way.
        self.farewell = None;
        self.after_move(now);
    }

    /// After any move: an ending completes the attempt and opens the debrief.
    fn after_move(&mut self, _now: Instant) {
        let Screen::Play(play) = &mut self.screen else { return };
        let mut said = Vec::new();
        if let Some(session) = &mut play.session {
            said.extend(session.set_aside.drain(..).map(|a| a.to_string()));
        }
        if play.run.ending().is_some() {
            if let Some(session) = &mut play.session {
                if let Err(e) = session.complete(&play.run) {
                    said.push(e.message());
                }
            }
            let Screen::Play(play) = std::mem::replace(&mut self.screen, Screen::Home) else {
                unreachable!()
            };
            let view = DebriefView { run: play.run, scroll: Scroll::default(), attempt: None };
            self.screen = Screen::Debrief(Box::new(view));
            self.refresh_standing();
        }
        for s in said {
            self.say(s);
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
        let mut failed = None;
        if let (Some(pick), Some(session)) = (pick, &mut play.session) {
            failed = session.record(pick, &play.run).err().map(|e| e.message());
        }
        let node = play.run.node();
        play.feed.push(node_item(node, play.run.text().to_string()));
        play.selected = 0;
        arm_timer(opts, play, now);
        // A new message brings the feed back to it.
        self.feed.reset();
        if let Some(f) = failed {
            self.say(f);
        }
        self.after_move(now);
    }

    /// The clock moved on: a notice may expire, a timer may run out. Returns whether that changed
    /// the screen.
    pub fn tick(&mut self, now: Instant) -> bool {
        self.now = now;
        let expired = self.notice_until.is_some_and(|until| now >= until) && self.dismiss();
        let timed_out = matches!(&self.screen, Screen::Play(p) if p.timer.is_some_and(|t| now >= t.deadline));
        if timed_out {
            self.act(Action::Timeout, now);
        }
        expired || timed_out
    }

    /// How long until the next tick matters (for the event loop's wait).
    pub fn next_tick(&self, now: Instant) -> Option<Duration> {
        let timer = match &self.screen {
            Screen::Play(play) => play.timer.map(|t| t.deadline.saturating_duration_since(now)),
            _ => None,
        };
        let notice = self.notice_until.map(|until| until.saturating_duration_since(now));
        let next = [timer, notice].into_iter().flatten().min()?;
        Some(next.min(Duration::from_millis(250)))
    }

    pub fn update(&mut self, msg: Msg, now: Instant) {
        self.now = now;
        self.dismiss();
        if self.help {
            match msg {
                Msg::Help | Msg::Back | Msg::Enter | Msg::Quit => self.help = false,
                _ => {
                    self.help_scroll.key(msg, Msg::Down);
                }
            }
            return;
        }
        match msg {
            Msg::Help => {
                self.help = true;
                self.help_scroll = Scroll::default();
                return;
            }
            Msg::Theme => {
                self.theme = self.theme.next();
                self.say(t!("theme-changed", theme = &self.theme.name()));
                return;
            }
            _ => {}
        }
        match &self.screen {
            Screen::Home => self.update_home(msg, now),
            Screen::Learner(_) => self.update_learner(msg),
            Screen::Resume { .. } => self.update_resume(msg, now),
            Screen::Play(_) => self.update_play(msg, now),
            Screen::Debrief(_) => self.update_debrief(msg, now),
        }
    }

    fn update_home(&mut self, msg: Msg, now: Instant) {
        let n = self.lib.entries.len();
        let last = n.saturating_sub(1);
        match msg {
            Msg::Up => self.selected = self.selected.saturating_sub(1),
            Msg::Down => self.selected = (self.selected + 1).min(last),
            Msg::PageUp => self.selected = self.selected.saturating_sub(5),
            Msg::PageDown => self.selected = (self.selected + 5).min(last),
            Msg::First => self.selected = 0,
            Msg::Last => self.selected = last,
            Msg::Number(k) if (1..=n).contains(&k) => self.selected = k - 1,
            Msg::Enter if n > 0 => {
                let scenario: &'a Scenario = &self.lib.entries[self.selected].scenario;
                self.open(scenario, now);
            }
            Msg::Debrief if n > 0 => self.reopen_debrief(),
            Msg::Learner if self.learner_fixed => self.say(t!("learner-fixed")),
            Msg::Learner => {
                let mut names = self.store.learners();
                if !names.contains(&self.learner) {
                    names.insert(0, self.learner.clone());
                }
                let selected = names.iter().position(|n| *n == self.learner).unwrap_or(0);
                self.screen = Screen::Learner(LearnerPick { names, selected, input: None });
            }
            Msg::Language => self.next_language(),
            Msg::Quit | Msg::Back => self.quit = true,
            _ => {}
        }
    }

    fn update_learner(&mut self, msg: Msg) {
        let Screen::Learner(pick) = &mut self.screen else { return };
        let last = pick.names.len();
        let mut chosen = None;
        match (msg, &mut pick.input) {
            (Msg::Char(c), Some(input)) if input.chars().count() < 60 && !crate::text::is_unsafe(c) => {
                input.push(c)
            }
            (Msg::Backspace, Some(input)) => {
                input.pop();
            }
            (Msg::Enter, Some(input)) => chosen = Some(input.trim().to_string()),
            (Msg::Back, Some(_)) => pick.input = None,
            (Msg::Up, None) => pick.selected = pick.selected.saturating_sub(1),
            (Msg::Down, None) => pick.selected = (pick.selected + 1).min(last),
            (Msg::First, None) => pick.selected = 0,
            (Msg::Last, None) => pick.selected = last,
            (Msg::Enter, None) if pick.selected == last => pick.input = Some(String::new()),
            (Msg::Enter, None) => chosen = Some(pick.names[pick.selected].clone()),
            (Msg::Back | Msg::Quit, None) => self.screen = Screen::Home,
            _ => {}
        }
        match chosen {
            Some(name) if name.is_empty() => self.say(t!("learner-name-empty")),
            Some(name) => self.set_learner(name),
            None => {}
        }
    }

    fn update_resume(&mut self, msg: Msg, now: Instant) {
        let Screen::Resume { scenario, resumable } = &self.screen else { return };
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
            Msg::Back | Msg::Quit => self.leave(t!("resume-kept")),
            _ => {}
        }
    }

    fn update_play(&mut self, msg: Msg, now: Instant) {
        let Screen::Play(play) = &mut self.screen else { return };
        let prompt = play.run.prompt();
        let n = play.run.offered().len();
        // The feed takes the arrows when no choice list has them, or while it is scrolled back.
        let feed_keys = prompt != Prompt::Choose || self.feed.moved();
        if matches!(msg, Msg::PageUp | Msg::PageDown)
            || (feed_keys && matches!(msg, Msg::Up | Msg::Down | Msg::First | Msg::Last))
        {
            self.feed.key(msg, Msg::Up);
            return;
        }
        let last = n.saturating_sub(1);
        match (prompt, msg) {
            (_, Msg::Quit | Msg::Back) => {
                let command = crate::play::resume_command(
                    name_of(&self.named_as, play.run.scenario()),
                    &self.learner,
                    false,
                );
                // Never "saved" for a run that could not be saved (said when it started).
                let message = match play.session {
                    // Over SSH there is no command to run: the learner comes back the same way.
                    Some(_) if self.learner_fixed => t!("play-saved-here"),
                    Some(_) => t!("play-saved", command = &command),
                    None => t!("play-not-saved"),
                };
                self.leave_run(message);
            }
            (Prompt::Choose, Msg::Up) => play.selected = play.selected.saturating_sub(1),
            (Prompt::Choose, Msg::Down) => play.selected = (play.selected + 1).min(last),
            (Prompt::Choose, Msg::First) => play.selected = 0,
            (Prompt::Choose, Msg::Last) => play.selected = last,
            (Prompt::Continue, Msg::Enter) => self.act(Action::Continue, now),
            (Prompt::Choose, Msg::Enter) if n > 0 => {
                let k = play.selected + 1;
                self.act(Action::Choose(k), now);
            }
            (Prompt::Choose, Msg::Number(k)) if (1..=n).contains(&k) => self.act(Action::Choose(k), now),
            (Prompt::Choose, Msg::Number(k)) if n > 0 => {
                self.say(t!("play-no-such-choice", n = k, count = n))
            }
            (_, Msg::Number(_)) => self.say(t!("play-nothing-to-choose")),
            (Prompt::Choose, Msg::MoreTime) if play.timer.is_some() => {
                if let Some(t) = &mut play.timer {
                    t.deadline += t.total / 2;
                    t.total += t.total / 2;
                }
                self.say(t!("play-more-time"));
            }
            (_, Msg::MoreTime) => self.say(t!("play-no-timer")),
            _ => {}
        }
    }

    fn update_debrief(&mut self, msg: Msg, now: Instant) {
        let Screen::Debrief(view) = &mut self.screen else { return };
        if view.scroll.key(msg, Msg::Down) {
            return;
        }
        match msg {
            Msg::Replay => {
                let scenario: &'a Scenario = view.run.scenario();
                self.start(scenario, None, now);
            }
            // Enter goes on all through a run: pressed once too often, it must not lose the debrief.
            Msg::Enter => self.say(t!("debrief-enter")),
            Msg::Back | Msg::Quit if self.has_home => {
                self.screen = Screen::Home;
                self.refresh_standing();
            }
            Msg::Back | Msg::Quit => {
                let command = debrief_command(name_of(&self.named_as, view.run.scenario()), &self.learner);
                self.farewell = Some(t!("debrief-again", command = &command));
                self.quit = true;
            }
            _ => {}
        }
    }

    /// Leaves a run: back home when there is one (the message is said again on quitting, so that
    /// the command to resume is not lost), else quits with `message`.
    fn leave_run(&mut self, message: String) {
        self.leave(message.clone());
        self.farewell = Some(message);
    }

    /// Leaves a run or a dialog: back home when there is one, else quits with `message`.
    fn leave(&mut self, message: String) {
        if self.has_home {
            self.screen = Screen::Home;
            self.refresh_standing();
            self.say(message);
        } else {
            self.farewell = Some(message);
            self.quit = true;
        }
    }

    /// The debrief of the selected scenario's latest completed attempt, replayed from its seed
    /// and choices.
    fn reopen_debrief(&mut self) {
        let scenario: &'a Scenario = &self.lib.entries[self.selected].scenario;
        let file = match self.store.load(&self.learner) {
            Ok((file, _)) => file,
            Err(e) => return self.say(e.to_string()),
        };
        let done = super::completed_attempts(&file, &scenario.id);
        let Some(&latest) = done.last() else {
            return self.say(t!("debrief-none-yet", title = &scenario.title));
        };
        let run = super::replay_attempt(scenario, latest);
        let view = DebriefView { run, scroll: Scroll::default(), attempt: Some((done.len(), done.len())) };
        self.screen = Screen::Debrief(Box::new(view));
        if latest.scenario_hash != scenario.content_hash {
            self.say(t!("debrief-scenario-changed"));
        }
    }

    fn set_learner(&mut self, name: String) {
        self.store.remember_learner(&name);
        self.learner = name;
        self.screen = Screen::Home;
        self.refresh_standing();
        self.say(t!("learner-changed", name = &self.learner));
        // The new learner's saved language, unless one was given for this session.
        let saved = self.store.saved_language(&self.learner);
        let wanted = crate::i18n::resolve(self.given_language.as_deref(), saved.as_deref());
        if let Some(tag) = wanted.and_then(|w| self.lib.language_for(&w)) {
            if tag != self.lib.content_language() {
                self.reopen = Some(tag);
                self.quit = true;
            }
        }
    }

    /// Switches to the next of the course's languages, saved as the learner's choice: the home
    /// screen closes to be reopened in it (the scenarios are loaded again in that language).
    fn next_language(&mut self) {
        let languages = self.lib.languages();
        if languages.len() < 2 {
            return self.say(t!("language-only-one"));
        }
        let current = self.lib.content_language();
        let i = languages.iter().position(|l| *l == current).unwrap_or(0);
        let next = languages[(i + 1) % languages.len()].clone();
        if let Err(e) = self.store.set_language(&self.learner, &next) {
            self.say(e.to_string());
        }
        // Chosen here, it wins for the rest of the session, as one given on the command line.
        self.given_language = Some(next.clone());
        self.reopen = Some(next);
        self.quit = true;
    }
}

/// How a command names `scenario`: as it was given on the command line (`named_as`), else by
/// its id.
fn name_of<'s>(named_as: &'s Option<(String, String)>, scenario: &'s Scenario) -> &'s str {
    match named_as {
        Some((id, name)) if *id == scenario.id => name,
        _ => &scenario.id,
    }
}

/// The command that shows a scenario's debrief again (the learner always named).
pub fn debrief_command(scenario: &str, learner: &str) -> String {
    crate::play::resume_command(scenario, learner, false).replacen("rehearse play", "rehearse debrief", 1)
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
        heading: crate::present::heading(node.channel.as_deref(), node.from.as_deref()),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::names_someone;

    #[test]
    fn names_and_handles_are_told_from_descriptions() {
        for name in
            ["@citizen_k", "Amira Haddad", "Harwick Record", "DCS IT Service Desk <it@x.example>", "Élise"]
        {
            assert!(names_someone(name), "{name}");
        }
        for desc in [
            "Your manager",
            "Eastgate thread, an hour later",
            "09:20",
            "Replies to your post",
            "The Capital Ledger",
            "@parent_of_3, 11:25",
            "A month later",
            "Votre gestionnaire",
            "Réponses à votre publication",
            "L'équipe",
            "Design team lead",
        ] {
            assert!(!names_someone(desc), "{desc}");
        }
    }

    #[test]
    fn scrolling_stops_at_both_ends() {
        let mut s = Scroll::default();
        s.drawn.set((30, 10));
        for _ in 0..10 {
            s.key(Msg::PageUp, Msg::Up);
        }
        assert_eq!(s.offset, Some(20), "no further than the first line");
        s.key(Msg::Down, Msg::Up);
        assert_eq!(s.offset, Some(19), "one press back is one line back");
        s.key(Msg::Last, Msg::Up);
        assert_eq!(s.shown(), 0);
        s.rest.set(5);
        s.reset();
        assert_eq!(s.shown(), 5, "at rest, where the view put it");
        s.key(Msg::Down, Msg::Up);
        assert_eq!(s.shown(), 4, "scrolling starts from there");
        s.drawn.set((30, 40));
        assert_eq!(s.max(), 0, "all of it fits: nothing to scroll");
    }
}
