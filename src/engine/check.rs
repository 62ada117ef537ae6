//! The checks of `validate` that play the scenario: author's tests, and whether any run can pass.

use crate::scenario::{Diagnostic, EndingKind, Scenario};

use std::ops::ControlFlow;

use super::explore::{explore, Leaf, Visitor};
use super::walk::{parse_picks, walk, Stop};

/// How many node entries the pass-mark search may spend per scenario before giving up (it is a
/// warning for cheap cases; `rehearse analyze` does the full search).
const PASS_SEARCH_BUDGET: usize = 20_000;

/// Runs every author's test and the pass-mark search; returns their diagnostics.
pub fn check_scenario(s: &Scenario) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = s.tests.iter().filter_map(|t| run_test(s, t)).collect();
    out.extend(pass_mark_warning(s));
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

/// The best run that does not end in failure, searched until one passes.
struct PassSearch {
    pass_percent: u32,
    passed: bool,
    /// Highest rounded percent of a run ending in success or mixed.
    best: Option<u32>,
    /// Runs that reach any ending.
    ended: usize,
}

impl Visitor for PassSearch {
    fn leaf(&mut self, leaf: &Leaf<'_>) -> ControlFlow<()> {
        let Some(kind) = leaf.ending else { return ControlFlow::Continue(()) };
        self.ended += 1;
        if kind == EndingKind::Failure {
            return ControlFlow::Continue(());
        }
        let percent = leaf.tally.percent();
        if percent.at_least(self.pass_percent) {
            self.passed = true;
            return ControlFlow::Break(());
        }
        self.best = self.best.max(Some(percent.rounded()));
        ControlFlow::Continue(())
    }
}

fn pass_mark_warning(s: &Scenario) -> Option<Diagnostic> {
    let mut search = PassSearch { pass_percent: s.pass_percent, passed: false, best: None, ended: 0 };
    let found = explore(s, PASS_SEARCH_BUDGET, &mut search);
    if search.passed || found.truncated || search.ended == 0 {
        // No run ends at all: the graph check has already said why.
        return None;
    }
    let best = search.best;
    let why = match best {
        Some(b) => format!("the best run that does not end in failure scores {b}%"),
        None => "every ending that can be reached is a failure".into(),
    };
    Some(Diagnostic::warning(
        s.span.clone(),
        format!("no run of this scenario can pass its {}% pass mark: {why}. Lower `pass_percent` or add better-scored choices", s.pass_percent),
    ))
}
