//! The checks of `validate` that play the scenario: author's tests, whether any run can pass,
//! whether endings agree with the score, and the honest-score checks of [`super::honest`].

use crate::i18n::percent;
use crate::scenario::diagnostic::Kind;
use crate::scenario::{Diagnostic, EndingKind, Scenario};
use crate::t;

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
    let fail = |reason: String| {
        let message = t!("diag-test-fails", name = &t.name, reason = &reason);
        Some(Diagnostic::error(t.span.clone(), message).with_kind(Kind::FailedTest))
    };
    let picks = match parse_picks(&t.choices) {
        Ok(p) => p,
        Err(e) => return fail(e.to_string()),
    };
    let (run, stop) = walk(s, t.seed, &picks);
    let at = &run.node().id;
    let rounded = run.percent().rounded();
    let shown = percent(rounded);
    let outcome = match run.ending() {
        Some(kind) => t!("diag-test-ended", ending = kind.as_str(), node = at, percent = &shown),
        None => t!("diag-test-stopped", node = at, percent = &shown),
    };
    match &stop {
        Stop::Invalid { position, error } => {
            let error = error.to_string();
            return fail(t!(
                "diag-test-unplayable",
                position = *position,
                choices = &t.choices,
                error = &error
            ));
        }
        Stop::Stuck(why) => return fail(why.clone()),
        Stop::RanOut if t.ending.is_some() => {
            let ending = t.ending.map_or("", EndingKind::as_str);
            return fail(t!("diag-test-ran-out", ending = ending, outcome = &outcome));
        }
        _ => {}
    }
    if let Some(want) = t.ending {
        if run.ending() != Some(want) {
            return fail(t!("diag-test-wrong-ending", ending = want.as_str(), outcome = &outcome));
        }
    }
    if let Some(min) = t.min_percent {
        if rounded < min {
            return fail(t!("diag-test-below-min", min = &percent(min), outcome = &outcome));
        }
    }
    if let Some(max) = t.max_percent {
        if rounded > max {
            return fail(t!("diag-test-above-max", max = &percent(max), outcome = &outcome));
        }
    }
    for want in &t.path_includes {
        if !run.path().iter().any(|&i| s.nodes[i].id == *want) {
            return fail(t!("diag-test-missed-node", node = want, outcome = &outcome));
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
        Some(b) => t!("diag-closest-run", percent = &percent(b)),
        None => t!("diag-every-ending-fails"),
    };
    let message = t!("diag-cannot-pass", pass = &percent(s.pass_percent), why = &why);
    Some(Diagnostic::warning(s.span.clone(), message))
}

/// Endings that disagree with the score, each reported at the ending node with an example run.
/// What a partial search found is real, so it is reported even when the budget ran out.
fn ending_warnings(s: &Scenario, search: &RunSearch) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let choices = |picks: &[Pick]| {
        if picks.is_empty() {
            t!("diag-no-choice-taken")
        } else {
            t!("diag-the-choices", picks = &format_picks(picks))
        }
    };
    let pass = percent(s.pass_percent);
    if let Some((picks, end, score)) = &search.success_below_pass {
        let message = t!(
            "diag-success-below-pass",
            id = &s.nodes[*end].id,
            choices = &choices(picks),
            percent = &percent(*score),
            pass = &pass
        );
        out.push(Diagnostic::warning(s.nodes[*end].span.clone(), message));
    }
    if let Some((picks, end, score)) = &search.failure_at_pass {
        let message = t!(
            "diag-failure-at-pass",
            pass = &pass,
            id = &s.nodes[*end].id,
            choices = &choices(picks),
            percent = &percent(*score)
        );
        out.push(Diagnostic::warning(s.nodes[*end].span.clone(), message));
    }
    out
}
