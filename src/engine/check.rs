//! The checks of `validate` that play the scenario: author's tests, whether any run can pass,
//! whether endings agree with the score, and the honest-score checks of [`super::honest`].

use crate::scenario::{Diagnostic, EndingKind, Scenario};

use std::ops::ControlFlow;

use super::bounds::{bounds, Witness};
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
        Err(e) => return fail(e.to_string()),
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

/// A run found by a search: its picks, its ending node and its rounded percent.
pub type Example = (Vec<Pick>, usize, u32);

/// What the search found about passing and endings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunSearch {
    pass_percent: u32,
    /// Some run that does not end in failure passes.
    pub passed: bool,
    /// The run not ending in failure that comes closest to the pass mark, when none passes.
    pub closest: Option<u32>,
    /// Some run reaches an ending.
    pub ends: bool,
    /// A run that reaches a success ending without passing.
    pub success_below_pass: Option<Example>,
    /// A run at or above the pass mark that ends in failure.
    pub failure_at_pass: Option<Example>,
    /// The search played paths with a budget, which ran out before every path was played: what
    /// it did not find may still exist.
    pub truncated: bool,
}

impl Visitor for RunSearch {
    fn leaf(&mut self, leaf: &Leaf<'_>) -> ControlFlow<()> {
        let Some(kind) = leaf.ending else { return ControlFlow::Continue(()) };
        self.ends = true;
        let percent = leaf.tally.percent();
        let at_pass = percent.at_least(self.pass_percent);
        let example =
            || Some((leaf.picks.to_vec(), leaf.nodes.last().copied().unwrap_or(0), percent.rounded()));
        match kind {
            EndingKind::Failure if at_pass => {
                if self.failure_at_pass.is_none() {
                    self.failure_at_pass = example();
                }
            }
            EndingKind::Failure => {}
            _ if at_pass => self.passed = true,
            _ => {
                if kind == EndingKind::Success && self.success_below_pass.is_none() {
                    self.success_below_pass = example();
                }
                self.closest = self.closest.max(Some(percent.rounded()));
            }
        }
        ControlFlow::Continue(())
    }
}

/// Finds what the checks need: exactly, state by state ([`bounds`]), or when the scenario's
/// states loop, by playing paths with `budget` node entries.
pub fn search_runs(s: &Scenario, budget: usize) -> RunSearch {
    let mut search = RunSearch { pass_percent: s.pass_percent, ..RunSearch::default() };
    let Some(b) = bounds(s) else {
        search.truncated = explore(s, budget, &mut search).truncated;
        return search;
    };
    let example = |w: Witness| (w.picks, w.end, w.percent.rounded());
    search.ends = EndingKind::ALL.into_iter().any(|k| b.reaches(k));
    search.passed = [EndingKind::Success, EndingKind::Mixed].into_iter().any(|k| b.passing(k).is_some());
    if !search.passed {
        search.closest = [EndingKind::Success, EndingKind::Mixed]
            .into_iter()
            .filter_map(|k| b.closest(k))
            .map(|w| w.percent.rounded())
            .max();
    }
    search.success_below_pass = b.failing(EndingKind::Success).map(example);
    search.failure_at_pass = b.passing(EndingKind::Failure).map(example);
    search
}

fn pass_mark_warning(s: &Scenario, search: &RunSearch) -> Option<Diagnostic> {
    if search.passed || search.truncated || !search.ends {
        // No run ends at all: the graph check has already said why.
        return None;
    }
    let why = match search.closest {
        Some(b) => format!("the run closest to it that does not end in failure scores {b}%"),
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
            "taking no choice at all".to_string()
        } else {
            format!("the choices {}", format_picks(picks))
        }
    };
    if let Some((picks, end, percent)) = &search.success_below_pass {
        out.push(Diagnostic::warning(
            s.nodes[*end].span.clone(),
            format!(
                "a run that does not pass reaches the success ending `{}` ({} score {percent}%, below the {}% pass mark): the learner is told they succeeded while the score says otherwise. Lead weaker runs to a mixed or failure ending (a hidden flag and a branch can tell them apart), or score the path higher",
                s.nodes[*end].id,
                choices(picks),
                s.pass_percent
            ),
        ));
    }
    if let Some((picks, end, percent)) = &search.failure_at_pass {
        out.push(Diagnostic::warning(
            s.nodes[*end].span.clone(),
            format!(
                "a run at or above the {}% pass mark reaches the failure ending `{}` ({} score {percent}%): a run the score calls good ends in failure. Score the choices that lead here lower, or lead such runs to another ending",
                s.pass_percent,
                s.nodes[*end].id,
                choices(picks)
            ),
        ));
    }
    out
}
