//! The checks of `validate` that play the scenario: author's tests, whether any run can pass,
//! whether endings agree with the score, and the honest-score checks of [`super::honest`].

use crate::scenario::{Diagnostic, EndingKind, Scenario};

use std::ops::ControlFlow;

use super::explore::{explore, Leaf, Visitor};
use super::honest;
use super::walk::{format_picks, parse_picks, walk, Pick, Stop};

/// How many node entries the pass-mark search may spend per scenario before giving up (it is a
/// warning for cheap cases; `rehearse analyze` does the full search).
const PASS_SEARCH_BUDGET: usize = 20_000;

/// Runs every author's test, the path search (pass mark, endings against the score) and the
/// honest-score checks; returns their diagnostics.
pub fn check_scenario(s: &Scenario) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = s.tests.iter().filter_map(|t| run_test(s, t)).collect();
    let search = search_runs(s, PASS_SEARCH_BUDGET);
    out.extend(pass_mark_warning(s, &search));
    out.extend(ending_warnings(s, &search));
    out.extend(honest::strategy_warning(s, &honest::naive_strategies(s)));
    out.extend(honest::lessons_only_lost(s));
    out.extend(honest::unread_hidden_vars(s));
    out
}

fn run_test(s: &Scenario, t: &crate::scenario::AuthorTest) -> Option<Diagnostic> {
    let fail =
        |msg: String| Some(Diagnostic::error(t.span.clone(), format!("test `{}` fails: {msg}", t.name)));
    let picks = match parse_picks(&t.choices) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let (run, stop) = walk(s, t.seed, &picks);
    let at = &run.node().id;
    let percent = run.percent().rounded();
    let outcome = match run.ending() {
        Some(kind) => format!("the run ended `{}` at `{at}` with {percent}%", kind.as_str()),
        None => format!("the run stopped at `{at}` with {percent}% so far"),
    };
    match &stop {
        Stop::Invalid { position, error } => {
            return fail(format!("choice {position} of \"{}\" cannot be played: {error}", t.choices))
        }
        Stop::Stuck(why) => return fail(why.clone()),
        Stop::RanOut if t.ending.is_some() => {
            return fail(format!(
                "expected the ending `{}`, but the choices ran out first ({outcome})",
                t.ending.map_or("", EndingKind::as_str)
            ))
        }
        _ => {}
    }
    if let Some(want) = t.ending {
        if run.ending() != Some(want) {
            return fail(format!("expected the ending `{}`, but {outcome}", want.as_str()));
        }
    }
    if let Some(min) = t.min_percent {
        if percent < min {
            return fail(format!("expected at least {min}%, but {outcome}"));
        }
    }
    if let Some(max) = t.max_percent {
        if percent > max {
            return fail(format!("expected at most {max}%, but {outcome}"));
        }
    }
    for want in &t.path_includes {
        if !run.path().iter().any(|&i| s.nodes[i].id == *want) {
            return fail(format!("expected the run to visit `{want}`, but it did not ({outcome})"));
        }
    }
    None
}

/// A run whose ending disagrees with its score: the first found, and how many there are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Disagreement {
    pub count: usize,
    /// The first such run: its picks, its ending node and its rounded percent.
    pub example: Option<(Vec<Pick>, usize, u32)>,
}

impl Disagreement {
    fn add(&mut self, leaf: &Leaf<'_>) {
        self.count += 1;
        if self.example.is_none() {
            let end = leaf.nodes.last().copied().unwrap_or(0);
            self.example = Some((leaf.picks.to_vec(), end, leaf.tally.percent().rounded()));
        }
    }
}

/// What the path search found about passing and endings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunSearch {
    pass_percent: u32,
    /// Some run that does not end in failure passes.
    pub passed: bool,
    /// Highest rounded percent of a run ending in success or mixed.
    pub best: Option<u32>,
    /// Runs that reach any ending.
    pub ended: usize,
    /// Runs that reach a success ending without passing.
    pub success_below_pass: Disagreement,
    /// Runs at or above the pass mark that end in failure.
    pub failure_at_pass: Disagreement,
    /// The budget ran out before every path was played.
    pub truncated: bool,
}

impl Visitor for RunSearch {
    fn leaf(&mut self, leaf: &Leaf<'_>) -> ControlFlow<()> {
        let Some(kind) = leaf.ending else { return ControlFlow::Continue(()) };
        self.ended += 1;
        let percent = leaf.tally.percent();
        let at_pass = percent.at_least(self.pass_percent);
        match kind {
            EndingKind::Failure if at_pass => self.failure_at_pass.add(leaf),
            EndingKind::Failure => {}
            _ if at_pass => self.passed = true,
            _ => {
                if kind == EndingKind::Success {
                    self.success_below_pass.add(leaf);
                }
                self.best = self.best.max(Some(percent.rounded()));
            }
        }
        ControlFlow::Continue(())
    }
}

/// Plays every path (up to `budget` node entries) and gathers what the checks need.
pub fn search_runs(s: &Scenario, budget: usize) -> RunSearch {
    let mut search = RunSearch { pass_percent: s.pass_percent, ..RunSearch::default() };
    search.truncated = explore(s, budget, &mut search).truncated;
    search
}

fn pass_mark_warning(s: &Scenario, search: &RunSearch) -> Option<Diagnostic> {
    if search.passed || search.truncated || search.ended == 0 {
        // No run ends at all: the graph check has already said why.
        return None;
    }
    let why = match search.best {
        Some(b) => format!("the best run that does not end in failure scores {b}%"),
        None => "every ending that can be reached is a failure".into(),
    };
    Some(Diagnostic::warning(
        s.span.clone(),
        format!("no run of this scenario can pass its {}% pass mark: {why}. Lower `pass_percent` or add better-scored choices", s.pass_percent),
    ))
}

/// Endings that disagree with the score, each reported at the ending node with an example run.
/// What a partial search found is real, so it is reported even when the budget ran out.
fn ending_warnings(s: &Scenario, search: &RunSearch) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let choices = |picks: &[Pick]| {
        if picks.is_empty() {
            "no choice at all".to_string()
        } else {
            format!("the choices {}", format_picks(picks))
        }
    };
    let runs = |n: usize, verb: (&str, &str)| {
        if n == 1 {
            format!("1 run that {}", verb.0)
        } else {
            format!("{n} runs that {}", verb.1)
        }
    };
    if let Some((picks, end, percent)) = &search.success_below_pass.example {
        out.push(Diagnostic::warning(
            s.nodes[*end].span.clone(),
            format!(
                "the success ending `{}` is reached by {} (e.g. {} give {percent}%, below the {}% pass mark): a learner is told they succeeded while the score says otherwise. Lead weaker runs to a mixed or failure ending (a hidden flag and a branch can tell them apart), or score the path higher",
                s.nodes[*end].id,
                runs(search.success_below_pass.count, ("does not pass", "do not pass")),
                choices(picks),
                s.pass_percent
            ),
        ));
    }
    if let Some((picks, end, percent)) = &search.failure_at_pass.example {
        out.push(Diagnostic::warning(
            s.nodes[*end].span.clone(),
            format!(
                "the failure ending `{}` is reached by {} the {}% pass mark (e.g. {} give {percent}%): a run the score calls good ends in failure. Score the choices that lead here lower, or lead such runs to another ending",
                s.nodes[*end].id,
                runs(search.failure_at_pass.count, ("reaches", "reach")),
                s.pass_percent,
                choices(picks)
            ),
        ));
    }
    out
}
