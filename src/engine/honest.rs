//! Checks that keep a score honest (README, "Checks that keep a score honest"): a
//! score must measure judgement, not a test-taking trick. Naive strategies are played with the
//! seeds 1 to 16; the rest is read off the scenario, or gathered by the path search of
//! [`super::check`].

use crate::i18n::percent;
use crate::scenario::{Body, Diagnostic, EndingKind, Next, Scenario};
use crate::t;

use super::run::{Action, Prompt, Run};
use super::score::Percent;
use super::walk::pass_continues;

/// A way of answering without reading: what a learner in a hurry falls back on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    /// The offered choice with the most characters (the first of equal ones).
    Longest,
    /// The first offered choice.
    First,
    /// The last offered choice.
    Last,
}

impl Strategy {
    pub const ALL: [Strategy; 3] = [Strategy::Longest, Strategy::First, Strategy::Last];

    pub fn as_str(self) -> &'static str {
        match self {
            Strategy::Longest => "longest",
            Strategy::First => "first",
            Strategy::Last => "last",
        }
    }

    /// "always taking the longest choice".
    pub fn describe(self) -> String {
        t!("diag-strategy", strategy = self.as_str())
    }

    /// The choice number (1-based, as shown) this strategy takes at the run's current decision.
    fn pick(self, run: &Run<'_>) -> usize {
        let offered = run.offered();
        match self {
            Strategy::First => 1,
            Strategy::Last => offered.len(),
            Strategy::Longest => {
                let len = |k: usize| run.node().choices()[offered[k]].text.chars().count();
                // The first of equal ones: a later choice wins only when strictly longer.
                (0..offered.len()).fold(0, |best, k| if len(k) > len(best) { k } else { best }) + 1
            }
        }
    }
}

/// The seeds a naive strategy is played with, and how many of them must pass for a warning.
pub const STRATEGY_SEEDS: std::ops::RangeInclusive<u64> = 1..=16;
pub const STRATEGY_PASSES_TO_WARN: usize = 4;

/// Decisions a strategy run may take before it is counted as going nowhere (a loop it never
/// leaves).
const STRATEGY_MAX_DECISIONS: usize = 10_000;

/// How one strategy did with one seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrategyRun {
    pub ending: Option<EndingKind>,
    pub percent: Percent,
    /// It passed, and something was assessed on its way.
    pub passed: bool,
}

/// Plays `strategy` from the start with `seed`; timers never run out.
pub fn play_strategy(s: &Scenario, strategy: Strategy, seed: u64) -> StrategyRun {
    let mut run = Run::new(s, seed);
    for _ in 0..STRATEGY_MAX_DECISIONS {
        if pass_continues(&mut run).is_err() {
            break;
        }
        let action = match run.prompt() {
            Prompt::Choose if run.offered().is_empty() => Action::Timeout,
            Prompt::Choose => Action::Choose(strategy.pick(&run)),
            _ => break,
        };
        if run.apply(action).is_err() {
            break;
        }
    }
    // A run that assessed nothing scores 100% by the rules, but there was no judgement to measure:
    // not a trick that passes.
    let assessed = run.tally().total_best() > 0;
    StrategyRun { ending: run.ending(), percent: run.percent(), passed: run.passed() && assessed }
}

/// Whether anything in the scenario depends on the seed's stream in a way that can change a run:
/// shuffled choices or weighted branches (text variants change only the words).
pub fn has_randomness(s: &Scenario) -> bool {
    let weighted = |n: &Next| matches!(n, Next::Branches(b) if b.iter().any(|b| b.weight.is_some()));
    s.shuffle
        || s.nodes.iter().any(|node| {
            let nexts: Vec<&Next> = match &node.body {
                Body::Choices(c) => c.iter().map(|c| &c.next).collect(),
                Body::Next(n) => vec![n],
                Body::Ending(_) => vec![],
            };
            nexts.into_iter().chain(node.on_timeout.iter().map(|o| &o.next)).any(weighted)
        })
}

/// How a strategy fares over the seeds 1 to 16.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrategyResult {
    pub strategy: Strategy,
    /// The run with seed 1.
    pub first: StrategyRun,
    /// Seeds (of 16) with which it passes.
    pub passes: usize,
}

/// Plays every naive strategy with the seeds 1 to 16 (once, when nothing is random).
pub fn naive_strategies(s: &Scenario) -> Vec<StrategyResult> {
    let random = has_randomness(s);
    Strategy::ALL
        .iter()
        .map(|&strategy| {
            let first = play_strategy(s, strategy, *STRATEGY_SEEDS.start());
            let passes = if random {
                usize::from(first.passed)
                    + STRATEGY_SEEDS.skip(1).filter(|&seed| play_strategy(s, strategy, seed).passed).count()
            } else if first.passed {
                STRATEGY_SEEDS.count()
            } else {
                0
            };
            StrategyResult { strategy, first, passes }
        })
        .collect()
}

/// The warning for naive strategies that pass (one for all of them, at `[scenario]`).
pub fn strategy_warning(s: &Scenario, results: &[StrategyResult]) -> Option<Diagnostic> {
    let passing: Vec<String> = results
        .iter()
        .filter(|r| r.passes >= STRATEGY_PASSES_TO_WARN)
        .map(|r| {
            let (strategy, score) = (r.strategy.describe(), percent(r.first.percent.rounded()));
            if r.passes == STRATEGY_SEEDS.count() {
                t!("diag-strategy-passes", strategy = &strategy, percent = &score)
            } else {
                t!(
                    "diag-strategy-passes-with-seeds",
                    strategy = &strategy,
                    percent = &score,
                    seeds = r.passes
                )
            }
        })
        .collect();
    if passing.is_empty() {
        return None;
    }
    let strategies = passing.join(&format!(" {} ", t!("diag-or-by")));
    Some(Diagnostic::warning(s.span.clone(), t!("diag-naive-strategies-pass", strategies = &strategies)))
}

/// A lesson that a node can take points from but never give: the loss then shows as "not
/// assessed" while it still lowers the run's score.
pub fn lessons_only_lost(s: &Scenario) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for node in &s.nodes {
        let Body::Choices(choices) = &node.body else { continue };
        let mut lessons: Vec<usize> = Vec::new();
        let timeout = node.on_timeout.as_ref().filter(|_| node.timer.is_some());
        for (lesson, _) in choices.iter().flat_map(|c| &c.score).chain(timeout.iter().flat_map(|o| &o.score))
        {
            if !lessons.contains(lesson) {
                lessons.push(*lesson);
            }
        }
        for lesson in lessons {
            let points = |score: &[(usize, i64)]| {
                score.iter().filter(|(l, _)| *l == lesson).map(|(_, p)| *p).sum::<i64>()
            };
            if choices.iter().any(|c| points(&c.score) > 0) {
                continue;
            }
            let losing: Vec<String> = choices
                .iter()
                .enumerate()
                .filter(|(_, c)| points(&c.score) < 0)
                .map(|(i, _)| t!("diag-losing-choice", n = i + 1))
                .chain(timeout.filter(|o| points(&o.score) < 0).map(|_| t!("diag-losing-timeout")))
                .collect();
            if losing.is_empty() {
                continue;
            }
            let id = &s.course.lessons[lesson].id;
            let count = losing.len();
            let losing = losing.join(&format!(" {} ", t!("diag-and")));
            let message =
                t!("diag-lesson-only-lost", node = &node.id, lesson = id, losing = &losing, count = count);
            out.push(Diagnostic::warning(node.span.clone(), message));
        }
    }
    out
}

/// Hidden variables that no condition reads: they change nothing a learner sees or meets.
pub fn unread_hidden_vars(s: &Scenario) -> Vec<Diagnostic> {
    let read = s.read_vars();
    s.vars
        .iter()
        .zip(&read)
        .filter(|(v, read)| !v.shown && !**read)
        .map(|(v, _)| Diagnostic::warning(v.span.clone(), t!("diag-hidden-var-unread", name = &v.name)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{load_course, load_scenario};
    use std::sync::Arc;

    fn scenario(vars: &str, body: &str) -> Scenario {
        scenario_with("", vars, body)
    }

    fn scenario_with(header: &str, vars: &str, body: &str) -> Scenario {
        let course = "format = 1\n[course]\nid = \"c\"\ntitle = \"C\"\n[[lessons]]\nid = \"x\"\ntitle = \"X\"\n[[lessons]]\nid = \"y\"\ntitle = \"Y\"\n";
        let course = Arc::new(load_course(course).value.unwrap());
        let text = format!("format = 1\n[scenario]\nid = \"t\"\ntitle = \"T\"\nsummary = \"S\"\nlevel = \"101\"\nminutes = 1\nstart = \"a\"\n{header}\n[vars]\n{vars}\n{body}");
        let loaded = load_scenario(text.as_bytes(), &course);
        loaded.value.unwrap_or_else(|| panic!("loads: {:?}", loaded.diagnostics))
    }

    /// Two decisions; `texts[i]` are the choices of decision i, the best (2 points) first.
    fn two_decisions(texts: [[&str; 2]; 2], shuffle: bool) -> Scenario {
        let mut body = String::new();
        for (i, [good, bad]) in texts.iter().enumerate() {
            let (id, next) = if i == 0 { ("a", "b") } else { ("b", "end") };
            body.push_str(&format!("[[nodes]]\nid = \"{id}\"\ntext = \"t\"\n[[nodes.choices]]\ntext = \"{good}\"\nnext = \"{next}\"\nscore = {{ x = 2 }}\nfeedback = \"f\"\n[[nodes.choices]]\ntext = \"{bad}\"\nnext = \"{next}\"\nscore = {{ x = 0 }}\n"));
        }
        body.push_str("[[nodes]]\nid = \"end\"\ntext = \"t\"\nending = \"success\"\n");
        scenario_with(&format!("shuffle = {shuffle}"), "", &body)
    }

    #[test]
    fn the_longest_choice_always_best_is_caught() {
        let s = two_decisions([["A long careful answer", "No"], ["Another long answer", "Nah"]], false);
        let results = naive_strategies(&s);
        let longest = results.iter().find(|r| r.strategy == Strategy::Longest).unwrap();
        assert_eq!((longest.passes, longest.first.percent.rounded()), (16, 100));
        let w = strategy_warning(&s, &results).expect("warns");
        assert!(w.message.contains("always taking the longest choice (100%)"), "{}", w.message);
        // The best one is always first as well.
        assert!(w.message.contains("always taking the first choice"), "{}", w.message);
        assert!(!w.message.contains("last"), "{}", w.message);
    }

    #[test]
    fn no_warning_when_length_and_place_give_nothing_away() {
        let s = two_decisions([["Short", "A long wrong answer"], ["Also a long wrong answer", "Ok"]], false);
        // The best is first at one decision and last at the other; the longest is never best.
        let s = {
            let mut s = s;
            if let Body::Choices(c) = &mut s.nodes[1].body {
                c.swap(0, 1);
            }
            s
        };
        let results = naive_strategies(&s);
        assert!(results.iter().all(|r| r.passes == 0), "{results:?}");
        assert_eq!(strategy_warning(&s, &results), None);
    }

    #[test]
    fn shuffled_choices_are_tried_with_every_seed() {
        let s = two_decisions([["Right", "Wrong"], ["Right", "Wrong"]], true);
        assert!(has_randomness(&s));
        let first = naive_strategies(&s).into_iter().find(|r| r.strategy == Strategy::First).unwrap();
        // First is right at both decisions for about a quarter of the seeds.
        assert!((1..16).contains(&first.passes), "{first:?}");
    }

    const ONLY_LOST: &str = r#"
[[nodes]]
id = "a"
text = "t"
timer = 10
on_timeout = { next = "end", score = { y = -1 }, feedback = "f" }
[[nodes.choices]]
text = "one"
next = "end"
score = { x = 1 }
feedback = "f"
[[nodes.choices]]
text = "two"
next = "end"
score = { x = -1, y = -2 }
feedback = "f"
[[nodes]]
id = "end"
text = "t"
ending = "success"
"#;

    #[test]
    fn a_lesson_that_can_only_be_lost_is_named_with_the_choices_that_lose_it() {
        let w = lessons_only_lost(&scenario("", ONLY_LOST));
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].message.contains(
                "lesson `y` can only be lost: choice 2 and letting the timer run out score below 0"
            ),
            "{}",
            w[0].message
        );
        let fair = ONLY_LOST.replace("score = { x = 1 }", "score = { x = 1, y = 1 }");
        assert!(lessons_only_lost(&scenario("", &fair)).is_empty());
    }

    #[test]
    fn a_hidden_flag_must_be_read() {
        let body = ONLY_LOST.replace("score = { x = 1 }", "score = { x = 1, y = 1 }\nset = { told = 1 }");
        let unread = unread_hidden_vars(&scenario("told = { start = 0, shown = false }", &body));
        assert_eq!(unread.len(), 1);
        assert!(unread[0].message.contains("variable `told`"));
        // Shown, it is a meter: no warning.
        assert!(unread_hidden_vars(&scenario("told = { start = 0, label = \"Told\" }", &body)).is_empty());
        // Read by a branch: no warning.
        let read = body.replace(
            "next = \"end\"\nscore = { x = -1",
            "next = [{ to = \"end\", if = \"told > 0\" }, { to = \"end\" }]\nscore = { x = -1",
        );
        assert!(unread_hidden_vars(&scenario("told = { start = 0, shown = false }", &read)).is_empty());
    }
}
