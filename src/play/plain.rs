//! `rehearse play --plain`: one prompt per line, no colours, no alternate screen. For screen
//! readers, dumb terminals and scripts (standard input may be a pipe).

use std::io::{BufRead, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use crate::engine::{Action, Pick, Prompt, Run};
use crate::present::heading;
use crate::progress::{Store, StoreError};
use crate::scenario::Scenario;
use crate::t;
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
#[derive(Clone, Debug)]
pub struct PlainOptions<'a> {
    /// The scenario as the learner named it (an id, or a file's path): the way back uses it.
    pub name: &'a str,
    pub seed: Option<u64>,
    /// Let timers run (off by default in plain mode).
    pub timers: bool,
    /// Multiplies every timer (a learner who needs more time gets it).
    pub timer_scale: f64,
    /// The scenario in every language of its course, for the records of the run (see
    /// [`Session::in_languages`]).
    pub versions: Vec<std::sync::Arc<Scenario>>,
}

struct Plain<'a, 's> {
    out: &'a mut dyn Write,
    input: &'a mut dyn Lines,
    learner: &'a str,
    scenario: &'s Scenario,
    name: &'a str,
}

impl Plain<'_, '_> {
    /// Says how to come back, and gives the exit code of quitting (0: nothing is lost).
    fn quit(&mut self) -> u8 {
        let command = crate::play::resume_command(self.name, self.learner, true);
        self.say(&format!("\n{}", t!("plain-quit", command = &command)));
        0
    }

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
    mut opts: PlainOptions<'_>,
    input: &mut dyn Lines,
    out: &mut dyn Write,
) -> Result<u8, StoreError> {
    let mut io = Plain { out, input, learner, scenario, name: opts.name };
    io.say(&t!(
        "plain-title",
        title = &sanitize(&scenario.title).into_owned(),
        level = scenario.level.as_str(),
        minutes = scenario.minutes
    ));
    io.say(&sanitize(&scenario.summary));
    let versions = std::mem::take(&mut opts.versions);
    let Some((mut session, mut run)) = open(&mut io, store, &opts)? else { return Ok(io.quit()) };
    session.in_languages(versions);
    report_set_aside(&mut io, &mut session);
    // Meters are read out when they change, not after every message.
    let mut meters = None;
    loop {
        show_node(&mut io, &run, &mut meters);
        let step = match run.prompt() {
            Prompt::Ended(_) => {
                save(&mut io, session.complete(&run));
                io.say(&debrief_text(&run));
                return Ok(0);
            }
            Prompt::Stuck => {
                io.say(&t!("plain-stuck", node = &run.node().id));
                return Ok(1);
            }
            Prompt::Continue => go_on(&mut io),
            Prompt::Choose => choose(&mut io, &run, &opts),
        };
        let Some((pick, action)) = step else { return Ok(io.quit()) };
        run.apply(action).expect("only actions the run offers are asked for");
        if let Some(pick) = pick {
            save(&mut io, session.record(pick, &run));
            report_set_aside(&mut io, &mut session);
        }
    }
}

/// The run to play: the one in progress if the learner resumes it, else a new one. None when the
/// learner quits at the question.
fn open<'s>(
    io: &mut Plain<'_, 's>,
    store: &Store,
    opts: &PlainOptions<'_>,
) -> Result<Option<(Session, Run<'s>)>, StoreError> {
    let (scenario, learner) = (io.scenario, io.learner);
    let (resumable, aside) = Session::resumable(store, learner, scenario)?;
    if let Some(a) = aside {
        io.say(&t!("note", text = &a.to_string()));
    }
    let mut abandon = None;
    if let Some(r) = resumable {
        io.say("");
        io.say(&t!("plain-in-progress", n = r.attempt.choices.len(), started = &r.attempt.started_at));
        if r.changed {
            io.say(&t!("plain-scenario-changed"));
        }
        match ask_resume(io) {
            None => return Ok(None),
            Some(true) => {
                if let Some(back) = Session::resume_run(store, learner, scenario, r.attempt.clone())? {
                    io.say(&if back.applied < back.saved {
                        t!("resume-partial", applied = back.applied, saved = back.saved)
                    } else {
                        t!("resumed", n = back.applied)
                    });
                    return Ok(Some((back.session, back.run)));
                }
                io.say(&t!("resume-taken"));
            }
            Some(false) => abandon = Some(r.attempt.id.clone()),
        }
    }
    let seed = opts.seed.unwrap_or_else(fresh_seed);
    let session = Session::start(store, learner, scenario, seed, abandon.as_deref())?;
    Ok(Some((session, Run::new(scenario, seed))))
}

/// "Resume where you left off?": Some(true) to resume, Some(false) to start again, None to quit.
fn ask_resume(io: &mut Plain<'_, '_>) -> Option<bool> {
    loop {
        match io.ask(&t!("plain-resume-question"), None) {
            Line::Text(a) if a.is_empty() || is_one_of(&a, "answer-yes") => return Some(true),
            Line::Text(a) if is_one_of(&a, "answer-no") => return Some(false),
            Line::Text(a) if is_quit(&a) => return None,
            Line::End | Line::TimedOut => return None,
            Line::Text(_) => io.say(&t!("plain-resume-help")),
        }
    }
}

/// Whether `answer` is one of the words of message `id` (a list separated by `|`), in this
/// language or in English: `o`/`oui` in French, `y`/`yes` everywhere.
fn is_one_of(answer: &str, id: &str) -> bool {
    let words = format!(
        "{}|{}",
        crate::i18n::message(id, &[]),
        crate::i18n::message_in(crate::i18n::Lang::En, id, &[])
    );
    words.split('|').any(|w| w.trim().eq_ignore_ascii_case(answer.trim()))
}

fn is_quit(answer: &str) -> bool {
    answer.eq_ignore_ascii_case("q")
}

/// A node that only continues: Enter goes on. None when the learner quits.
fn go_on(io: &mut Plain<'_, '_>) -> Option<(Option<Pick>, Action)> {
    loop {
        match io.ask(&t!("plain-press-enter"), None) {
            Line::Text(a) if a.is_empty() => return Some((None, Action::Continue)),
            Line::Text(a) if is_quit(&a) => return None,
            Line::End | Line::TimedOut => return None,
            // A number here would be a choice where there is none: say so rather than guess.
            Line::Text(_) => io.say(&t!("plain-press-enter-help")),
        }
    }
}

/// A decision: a number, or the timer running out. None when the learner quits.
fn choose(io: &mut Plain<'_, '_>, run: &Run<'_>, opts: &PlainOptions<'_>) -> Option<(Option<Pick>, Action)> {
    let n = run.offered().len();
    let timer = run
        .node()
        .timer
        .filter(|_| opts.timers && run.can_time_out())
        .map(|t| Duration::from_secs_f64(f64::from(t) * opts.timer_scale.max(0.1)));
    let prompt = match (n, timer) {
        (0, Some(t)) => t!("plain-wait", seconds = t.as_secs()),
        (_, Some(t)) => t!("plain-choose-timed", n = n, seconds = t.as_secs()),
        _ => t!("plain-choose", n = n),
    };
    loop {
        match io.ask(&prompt, timer) {
            Line::TimedOut => {
                io.say(&t!("plain-time-ran-out"));
                return Some((Some(Pick::Timeout), Action::Timeout));
            }
            Line::End => return None,
            Line::Text(a) if is_quit(&a) => return None,
            Line::Text(a) => match a.parse::<usize>() {
                Ok(k) if (1..=n).contains(&k) => return Some((Some(Pick::Number(k)), Action::Choose(k))),
                _ => io.say(&t!("plain-choose-help", n = n)),
            },
        }
    }
}

fn save(io: &mut Plain<'_, '_>, result: Result<(), super::session::CompleteError>) {
    if let Err(e) = result {
        io.say(&e.message());
    }
}

fn report_set_aside(io: &mut Plain<'_, '_>, session: &mut Session) {
    for a in session.set_aside.drain(..) {
        io.say(&t!("note", text = &a.to_string()));
    }
}

/// Prints the current node and its choices; the meters when they changed since last said.
fn show_node(io: &mut Plain<'_, '_>, run: &Run<'_>, said: &mut Option<Vec<i64>>) {
    let node = run.node();
    let s = run.scenario();
    io.say("");
    let head = heading(node.channel.as_deref(), node.from.as_deref());
    if !head.is_empty() {
        io.say(&format!("[{}]", sanitize(&head)));
    }
    io.say(&sanitize(run.text()));
    if said.as_deref() != Some(run.vars()) {
        if let Some(m) = super::meters_line(s, run.vars()) {
            io.say(&format!("({})", sanitize(&m)));
        }
        *said = Some(run.vars().to_vec());
    }
    if let Prompt::Choose = run.prompt() {
        for (k, &i) in run.offered().iter().enumerate() {
            io.say(&format!("  {}. {}", k + 1, sanitize(&node.choices()[i].text)));
        }
    }
}
