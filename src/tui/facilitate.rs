//! `rehearse facilitate`: a scenario run with a whole class on a projector. Large, high-contrast
//! text; the node's discussion prompt; a vote tally (each number key adds a vote, Backspace takes
//! the last back, Enter goes with the most-voted choice, a tie asks the facilitator); timers that
//! run only when the facilitator starts them; and an after-action report at the end.

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Wrap};

use crate::engine::{Action, Prompt, Run};
use crate::present::heading;
use crate::report::after_action::{after_action, Votes};
use crate::scenario::Scenario;
use crate::t;

use super::theme::{Theme, ThemeKind};
use super::view::{debrief_lines, keyed, wrap};
use super::Model;

/// What Enter does with the votes cast so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    NoVotes,
    Winner(usize),
    /// The choice numbers tied for most votes.
    Tie(Vec<usize>),
}

/// The votes at one decision, as choice numbers in the order they were cast.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub cast: Vec<usize>,
}

impl Tally {
    pub fn add(&mut self, number: usize) {
        self.cast.push(number);
    }
    pub fn undo(&mut self) {
        self.cast.pop();
    }
    pub fn count(&self, number: usize) -> usize {
        self.cast.iter().filter(|&&n| n == number).count()
    }
    pub fn outcome(&self) -> Outcome {
        let Some(max) = self.cast.iter().map(|&n| self.count(n)).max() else { return Outcome::NoVotes };
        let mut top: Vec<usize> = self.cast.iter().copied().filter(|&n| self.count(n) == max).collect();
        top.sort_unstable();
        top.dedup();
        if top.len() == 1 {
            Outcome::Winner(top[0])
        } else {
            Outcome::Tie(top)
        }
    }
}

pub struct Facilitate {
    scenario: Arc<Scenario>,
    seed: u64,
    actions: Vec<Action>,
    /// Votes of every decision taken so far, and of the current one.
    votes: Vec<Votes>,
    tally: Tally,
    tie: Option<Vec<usize>>,
    deadline: Option<Instant>,
    report: PathBuf,
    written: Option<String>,
    /// Why the report could not be written (the last try), said again after the session.
    failed: Option<String>,
    message: Option<String>,
    theme: Theme,
    quit: bool,
    scroll: u16,
    date: String,
}

impl Facilitate {
    pub fn new(scenario: Arc<Scenario>, seed: u64, report: PathBuf, date: String) -> Self {
        let theme = match Theme::from_env().kind {
            ThemeKind::Mono => Theme { kind: ThemeKind::Mono },
            _ => Theme { kind: ThemeKind::HighContrast },
        };
        Facilitate {
            scenario,
            seed,
            actions: vec![],
            votes: vec![],
            tally: Tally::default(),
            tie: None,
            deadline: None,
            report,
            written: None,
            failed: None,
            message: None,
            theme,
            quit: false,
            scroll: 0,
            date,
        }
    }

    fn run(&self) -> Run<'_> {
        let mut run = Run::new(&self.scenario, self.seed);
        for a in &self.actions {
            let _ = run.apply(*a);
        }
        run
    }

    /// The votes for each offered choice (index in the node's choices) in the current tally.
    fn counts(&self, run: &Run<'_>) -> Votes {
        let counts = run.offered().iter().enumerate().map(|(k, &c)| (c, self.tally.count(k + 1))).collect();
        Votes { counts }
    }

    /// Takes `action` with the current votes, and writes the report at an ending.
    fn take(&mut self, action: Action) {
        let run = self.run();
        let counts = self.counts(&run);
        let mut next = run;
        if next.apply(action).is_err() {
            return;
        }
        let ended = next.ending().is_some();
        drop(next);
        if action != Action::Continue {
            self.votes.push(counts);
        }
        self.actions.push(action);
        self.tally = Tally::default();
        self.tie = None;
        self.deadline = None;
        self.message = None;
        if ended {
            self.write_report();
        }
    }

    /// The class has voted: at a decision taken, or at the one open now.
    fn has_votes(&self) -> bool {
        !self.votes.is_empty() || !self.tally.cast.is_empty()
    }

    /// Writes the after-action report (at the end, or when leaving after votes: what there is so
    /// far, with the votes of the decision left open).
    pub fn write_report(&mut self) {
        if self.written.is_some() {
            return;
        }
        let run = self.run();
        let mut votes = self.votes.clone();
        if run.ending().is_none() && !self.tally.cast.is_empty() {
            votes.push(self.counts(&run));
        }
        let text = after_action(&run, &votes, &self.date);
        let ended = run.ending().is_some();
        drop(run);
        let path = crate::text::sanitize_line(&self.report.display().to_string());
        match crate::progress::write_file(&self.report, text.as_bytes()) {
            Ok(()) => {
                self.failed = None;
                self.written = Some(if ended {
                    t!("facilitate-report-written", path = &path)
                } else {
                    t!("facilitate-report-written-early", path = &path)
                });
            }
            Err(e) => {
                let reason = e.to_string();
                self.message = Some(t!("facilitate-report-not-written", reason = &reason));
                self.failed = Some(t!("facilitate-report-failed", path = &path, reason = &reason));
            }
        }
    }

    /// Leaving, however it happens (`q`, Esc, Ctrl-C, a signal, the terminal lost): the report is
    /// written if the class has voted and it is not written yet.
    fn leave(&mut self) {
        if self.has_votes() {
            self.write_report();
        }
        self.quit = true;
    }

    /// What to tell the facilitator after the session: where the report went, or that there was
    /// nothing to report (`None` when writing it failed: that is an error of its own).
    pub fn farewell(&self) -> Option<String> {
        match (&self.written, &self.failed) {
            (Some(w), _) => Some(w.clone()),
            (None, Some(_)) => None,
            (None, None) => Some(t!("facilitate-no-report")),
        }
    }
}

impl Model for Facilitate {
    fn key(&mut self, key: KeyEvent, now: Instant) -> bool {
        if key.modifiers.contains(KeyModifiers::CONTROL) && matches!(key.code, KeyCode::Char('c')) {
            self.leave();
            return true;
        }
        let run = self.run();
        let (prompt, offered, timer) =
            (run.prompt(), run.offered().len(), run.node().timer.filter(|_| run.can_time_out()));
        drop(run);
        match (key.code, prompt) {
            (KeyCode::Char('q') | KeyCode::Esc, _) => self.leave(),
            (KeyCode::Char(c @ '1'..='9'), Prompt::Choose) => {
                let n = c as usize - '0' as usize;
                if n > offered {
                    self.message = Some(t!("facilitate-no-such-choice", n = n));
                } else if let Some(tied) = &self.tie {
                    if tied.contains(&n) {
                        self.take(Action::Choose(n));
                    } else {
                        self.message = Some(t!("facilitate-break-tie", choices = &list(tied, "or")));
                    }
                } else {
                    self.tally.add(n);
                    self.message = None;
                }
            }
            (KeyCode::Backspace, Prompt::Choose) => {
                self.tally.undo();
                self.tie = None;
            }
            (KeyCode::Enter, Prompt::Continue) => self.take(Action::Continue),
            (KeyCode::Enter, Prompt::Choose) => match self.tally.outcome() {
                Outcome::NoVotes => self.message = Some(t!("facilitate-no-votes")),
                Outcome::Winner(n) => self.take(Action::Choose(n)),
                Outcome::Tie(tied) => {
                    self.message = Some(t!("facilitate-tie", choices = &list(&tied, "and")));
                    self.tie = Some(tied);
                }
            },
            (KeyCode::Char('s'), Prompt::Choose) => {
                if let Some(t) = timer {
                    self.deadline = Some(now + Duration::from_secs(u64::from(t)));
                }
            }
            (KeyCode::Up, Prompt::Ended(_)) => self.scroll = self.scroll.saturating_sub(1),
            (KeyCode::Down, Prompt::Ended(_)) => self.scroll = self.scroll.saturating_add(1),
            _ => return false,
        }
        true
    }

    fn tick(&mut self, now: Instant) -> bool {
        match self.deadline {
            Some(d) if now >= d => {
                self.take(Action::Timeout);
                true
            }
            Some(_) => true,
            None => false,
        }
    }

    fn wait(&self, _now: Instant) -> Duration {
        Duration::from_millis(250)
    }

    fn done(&self) -> bool {
        self.quit
    }

    fn stop(&mut self) {
        self.leave();
    }

    fn draw(&self, frame: &mut ratatui::Frame<'_>) {
        let t = self.theme;
        let run = self.run();
        let area = frame.area().inner(Margin { horizontal: 4, vertical: 1 });
        let bold = t.text().add_modifier(Modifier::BOLD);
        if let Prompt::Ended(_) = run.prompt() {
            let mut lines = debrief_lines(t, &run, area.width);
            if let Some(w) = &self.written {
                lines.insert(0, Line::styled(w.clone(), t.good().add_modifier(Modifier::BOLD)));
                lines.insert(1, Line::raw(""));
            }
            frame.render_widget(
                Paragraph::new(lines).scroll((self.scroll, 0)).block(
                    Block::bordered().border_type(BorderType::Thick).title(Span::styled(
                        format!(" {} ", t!("facilitate-debrief-title", title = &self.scenario.title)),
                        t.title(),
                    )),
                ),
                area,
            );
            return;
        }
        let node = run.node();
        let discuss_h = node
            .discuss
            .as_ref()
            .map_or(0, |d| wrap(d, area.width.saturating_sub(6) as usize).len() as u16 + 2);
        let choices: Vec<Line<'static>> = run
            .offered()
            .iter()
            .enumerate()
            .map(|(k, &c)| {
                let n = self.tally.count(k + 1);
                let bar = "█".repeat(n.min(40));
                Line::from(vec![
                    Span::styled(format!(" {} ", k + 1), t.key().add_modifier(Modifier::REVERSED)),
                    Span::styled(format!("  {}  ", node.choices()[c].text), bold),
                    Span::styled(bar, t.bar()),
                    Span::styled(if n > 0 { format!(" {n}") } else { String::new() }, bold),
                ])
            })
            .collect();
        let choices_h = (choices.len() as u16 * 2 + 2).min(area.height / 2);
        let [head, body, discuss, options, foot] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(3),
            Constraint::Length(discuss_h),
            Constraint::Length(choices_h),
            Constraint::Length(2),
        ])
        .areas(area);
        let who = heading(node.channel.as_deref(), node.from.as_deref());
        let mut title = vec![Span::styled(self.scenario.title.to_uppercase(), t.title())];
        if let Some(d) = self.deadline {
            let left = d.saturating_duration_since(Instant::now()).as_secs();
            title.push(Span::styled(
                format!("    {}", t!("facilitate-timer-running", seconds = left)),
                t.bad().add_modifier(Modifier::BOLD),
            ));
        } else if node.timer.is_some() && run.prompt() == Prompt::Choose {
            title.push(Span::styled(
                format!("    {}", t!("facilitate-timer", seconds = node.timer.unwrap_or(0))),
                t.dim(),
            ));
        }
        frame.render_widget(Paragraph::new(Line::from(title)), head);
        frame.render_widget(
            Paragraph::new(vec![
                Line::styled(
                    who,
                    t.channel(crate::present::Channel::of(node.channel.as_deref()))
                        .add_modifier(Modifier::BOLD),
                ),
                Line::raw(""),
                Line::styled(run.text().to_string(), bold),
            ])
            .wrap(Wrap { trim: true })
            .block(Block::bordered().border_type(BorderType::Thick)),
            body,
        );
        if let Some(d) = &node.discuss {
            frame.render_widget(
                Paragraph::new(Line::styled(d.clone(), t.warn().add_modifier(Modifier::BOLD)))
                    .wrap(Wrap { trim: true })
                    .block(Block::bordered().border_type(BorderType::Double).title(Span::styled(
                        format!(" {} ", t!("facilitate-discuss")),
                        t.warn().add_modifier(Modifier::BOLD),
                    ))),
                discuss,
            );
        }
        let mut spaced = Vec::new();
        for l in choices {
            spaced.push(l);
            spaced.push(Line::raw(""));
        }
        match run.prompt() {
            Prompt::Choose => frame.render_widget(Paragraph::new(spaced).wrap(Wrap { trim: false }), options),
            _ => {
                frame.render_widget(Paragraph::new(keyed(&t!("play-enter-to-go-on"), t.key(), bold)), options)
            }
        }
        let help =
            self.message.clone().or_else(|| self.written.clone()).unwrap_or_else(|| t!("facilitate-keys"));
        frame.render_widget(
            Paragraph::new(Line::styled(help, t.key())).wrap(Wrap { trim: true }),
            Rect { height: foot.height.min(2), ..foot },
        );
    }
}

/// "1 and 2", "1, 2 and 3" (`joiner` "and"), or "1 or 2" (`joiner` "or"), as the language
/// writes a list of choice numbers.
fn list(numbers: &[usize], joiner: &str) -> String {
    match numbers {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => {
            let rest = rest.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
            t!("facilitate-list", rest = &rest, last = *last, joiner = joiner)
        }
    }
}

/// `rehearse facilitate`. The report is written however the session ends, even when the
/// terminal is lost; a report that cannot be written is an error (exit 1), said after the
/// terminal is restored.
pub fn facilitate(scenario: Arc<Scenario>, seed: u64, report: PathBuf, date: String) -> anyhow::Result<u8> {
    let mut f = Facilitate::new(scenario, seed, report, date);
    let looped = super::run_loop(&mut f);
    f.leave();
    if let Some(w) = f.farewell().filter(|_| looped.is_ok() || f.written.is_some()) {
        // A terminal hung up on cannot be written to: that must not lose the exit code.
        let _ = writeln!(std::io::stdout(), "{}", crate::text::sanitize(&w));
    }
    if let Some(failed) = f.failed.take() {
        return Err(match looped {
            Ok(()) => anyhow::anyhow!(failed),
            Err(e) => e.context(failed),
        });
    }
    looped?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choice_numbers_are_listed_as_the_language_writes_them() {
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_eq!(list(&[2], "and"), "2");
        assert_eq!(list(&[1, 2], "and"), "1 and 2");
        assert_eq!(list(&[1, 2, 3], "or"), "1, 2 or 3");
        crate::i18n::set_lang(crate::i18n::Lang::Fr);
        assert_eq!(list(&[1, 2, 3], "and"), "1, 2 et 3");
        crate::i18n::set_lang(crate::i18n::Lang::En);
    }

    #[test]
    fn votes_add_undo_and_decide() {
        let mut t = Tally::default();
        assert_eq!(t.outcome(), Outcome::NoVotes);
        for n in [2, 2, 1] {
            t.add(n);
        }
        assert_eq!(t.outcome(), Outcome::Winner(2));
        t.undo();
        t.add(1);
        assert_eq!(t.count(1), 1);
        assert_eq!(t.outcome(), Outcome::Winner(2));
        t.add(1);
        assert_eq!(t.outcome(), Outcome::Tie(vec![1, 2]));
        t.undo();
        t.undo();
        t.undo();
        t.undo();
        assert_eq!(t.outcome(), Outcome::NoVotes);
    }
}
