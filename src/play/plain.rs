//! `rehearse play --plain`: one prompt per line, no colours, no alternate screen. For screen
//! readers, dumb terminals and scripts (standard input may be a pipe).

use std::io::{BufRead, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use crate::engine::{replay, Action, Pick, Prompt, Run};
use crate::present::heading;
use crate::progress::{Store, StoreError};
use crate::scenario::Scenario;
use crate::text::sanitize;

use super::debrief_text;
use super::session::{fresh_seed, Session};

/// One line of input, or why there is none.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    Text(String),
    TimedOut,
    End,
}

/// Where answers come from.
pub trait Lines {
    /// The next line, waiting at most `timeout` when given.
    fn next_line(&mut self, timeout: Option<Duration>) -> Line;
}

/// Standard input, read by a thread so that a timer can run while waiting.
pub struct StdinLines(Receiver<String>);

impl StdinLines {
    pub fn spawn() -> Self {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let stdin = std::io::stdin();
            for line in stdin.lock().lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        StdinLines(rx)
    }
}

impl Lines for StdinLines {
    fn next_line(&mut self, timeout: Option<Duration>) -> Line {
        match timeout {
            None => self.0.recv().map_or(Line::End, Line::Text),
            Some(t) => match self.0.recv_timeout(t) {
                Ok(l) => Line::Text(l),
                Err(RecvTimeoutError::Timeout) => Line::TimedOut,
                Err(RecvTimeoutError::Disconnected) => Line::End,
            },
        }
    }
}

/// Lines given in advance (tests).
impl Lines for std::vec::IntoIter<&str> {
    fn next_line(&mut self, _timeout: Option<Duration>) -> Line {
        self.next().map_or(Line::End, |l| Line::Text(l.to_string()))
    }
}

/// Options of a plain run.
#[derive(Clone, Copy, Debug)]
pub struct PlainOptions {
    pub seed: Option<u64>,
    /// Let timers run (off by default in plain mode).
    pub timers: bool,
    /// Multiplies every timer (a learner who needs more time gets it).
    pub timer_scale: f64,
}

struct Plain<'a> {
    out: &'a mut dyn Write,
    input: &'a mut dyn Lines,
}

impl Plain<'_> {
    fn say(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
        let _ = self.out.flush();
    }
    fn ask(&mut self, prompt: &str, timeout: Option<Duration>) -> Line {
        let _ = writeln!(self.out, "{prompt}");
        let _ = self.out.flush();
        match self.input.next_line(timeout) {
            Line::Text(t) => Line::Text(t.trim().to_string()),
            other => other,
        }
    }
}

/// Plays `scenario` for `learner`, saving after every choice. Returns the exit code.
pub fn play_plain(
    scenario: &Scenario,
    learner: &str,
    store: &Store,
    opts: PlainOptions,
    input: &mut dyn Lines,
    out: &mut dyn Write,
) -> Result<u8, StoreError> {
    let mut io = Plain { out, input };
    io.say(&format!(
        "{} ({} level, about {} minutes)",
        sanitize(&scenario.title),
        scenario.level.as_str(),
        scenario.minutes
    ));
    io.say(&sanitize(&scenario.summary));

    let (resumable, aside) = Session::resumable(store, learner, scenario)?;
    if let Some(a) = aside {
        io.say(&format!("Note: {a}"));
    }
    let mut abandon = None;
    let mut session = None;
    if let Some(r) = resumable {
        io.say(&format!(
            "\nYou have a run of this scenario in progress ({} choices made, started {}).",
            r.attempt.choices.len(),
            r.attempt.started_at
        ));
        if r.changed {
            io.say("The scenario has changed since then: resuming replays your choices as far as they still fit. Answer n to start again.");
        }
        loop {
            match io.ask("Resume where you left off? [Y/n]", None) {
                Line::Text(a)
                    if a.is_empty() || a.eq_ignore_ascii_case("y") || a.eq_ignore_ascii_case("yes") =>
                {
                    session = Session::resume(store, learner, r.attempt.clone())?;
                    break;
                }
                Line::Text(a) if a.eq_ignore_ascii_case("n") || a.eq_ignore_ascii_case("no") => {
                    abandon = Some(r.attempt.id.clone());
                    break;
                }
                Line::Text(a) if a.eq_ignore_ascii_case("q") => return Ok(quit(&mut io, scenario)),
                Line::End | Line::TimedOut => return Ok(quit(&mut io, scenario)),
                Line::Text(_) => io.say("Please answer y (resume) or n (start again)."),
            }
        }
    }

    let (mut session, mut run) = match session {
        Some(mut s) => {
            let picks = s.picks();
            let (run, applied) = replay(scenario, s.attempt().seed, &picks);
            if applied < picks.len() {
                io.say(&format!(
                    "Your saved choices still apply up to choice {applied} of {}; you go on from there.",
                    picks.len()
                ));
                s.truncate(applied)?;
            } else {
                io.say(&format!("Resuming after {applied} choices."));
            }
            (s, run)
        }
        None => {
            let seed = opts.seed.unwrap_or_else(fresh_seed);
            let s = Session::start(store, learner, scenario, seed, abandon.as_deref())?;
            (s, Run::new(scenario, seed))
        }
    };
    report_set_aside(&mut io, &mut session);

    loop {
        show_node(&mut io, &run);
        match run.prompt() {
            Prompt::Ended(_) => {
                save(&mut io, session.complete(&run));
                io.say(&debrief_text(&run));
                return Ok(0);
            }
            Prompt::Stuck => {
                io.say(&format!(
                    "This scenario cannot go on from here: node `{}` offers no choice. Tell its author.",
                    run.node().id
                ));
                return Ok(1);
            }
            Prompt::Continue => loop {
                match io.ask("Press Enter to go on (q to quit).", None) {
                    Line::Text(a) if a.is_empty() => {
                        run.apply(Action::Continue).expect("a continue node continues");
                        break;
                    }
                    Line::Text(a) if a.eq_ignore_ascii_case("q") => return Ok(quit(&mut io, scenario)),
                    Line::End | Line::TimedOut => return Ok(quit(&mut io, scenario)),
                    Line::Text(_) => io.say("Press Enter (an empty line) to go on, or q to quit."),
                }
            },
            Prompt::Choose => {
                let n = run.offered().len();
                let timer = run
                    .node()
                    .timer
                    .filter(|_| opts.timers && run.can_time_out())
                    .map(|t| Duration::from_secs_f64(f64::from(t) * opts.timer_scale.max(0.1)));
                let prompt = match (n, timer) {
                    (0, Some(t)) => {
                        format!("No choice is open to you: wait {} seconds (q to quit).", t.as_secs())
                    }
                    (_, Some(t)) => {
                        format!("Your choice, 1 to {n}, within {} seconds (q to quit):", t.as_secs())
                    }
                    _ => format!("Your choice, 1 to {n} (q to quit):"),
                };
                loop {
                    let (pick, action) = match io.ask(&prompt, timer) {
                        Line::TimedOut => {
                            io.say("Time ran out.");
                            (Pick::Timeout, Action::Timeout)
                        }
                        Line::End => return Ok(quit(&mut io, scenario)),
                        Line::Text(a) if a.eq_ignore_ascii_case("q") => return Ok(quit(&mut io, scenario)),
                        Line::Text(a) => match a.parse::<usize>() {
                            Ok(k) if (1..=n).contains(&k) => (Pick::Number(k), Action::Choose(k)),
                            _ => {
                                io.say(&format!("Please type a number from 1 to {n}, or q to quit."));
                                continue;
                            }
                        },
                    };
                    run.apply(action).expect("checked above");
                    save(&mut io, session.record(pick, &run));
                    report_set_aside(&mut io, &mut session);
                    break;
                }
            }
        }
    }
}

fn save(io: &mut Plain<'_>, result: Result<(), StoreError>) {
    if let Err(e) = result {
        io.say(&format!("Warning: your progress could not be saved: {e}"));
    }
}

fn report_set_aside(io: &mut Plain<'_>, session: &mut Session) {
    for a in session.set_aside.drain(..) {
        io.say(&format!("Note: {a}"));
    }
}

fn quit(io: &mut Plain<'_>, scenario: &Scenario) -> u8 {
    io.say(&format!("\nProgress saved. Run `rehearse play {} --plain` again to resume.", scenario.id));
    0
}

/// Prints the current node and its choices.
fn show_node(io: &mut Plain<'_>, run: &Run<'_>) {
    let node = run.node();
    let s = run.scenario();
    io.say("");
    let head = heading(node.channel.as_deref(), node.from.as_deref());
    if !head.is_empty() {
        io.say(&format!("[{}]", sanitize(&head)));
    }
    io.say(&sanitize(run.text()));
    let meters: Vec<String> = s.shown_vars().map(|(i, v)| format!("{} {}", v.label, run.vars()[i])).collect();
    if !meters.is_empty() {
        io.say(&format!("({})", meters.join(", ")));
    }
    if let Prompt::Choose = run.prompt() {
        for (k, &i) in run.offered().iter().enumerate() {
            io.say(&format!("  {}. {}", k + 1, sanitize(&node.choices()[i].text)));
        }
    }
}
