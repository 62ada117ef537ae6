//! `rehearse analyze`: every path of a scenario played, and what that says about it: how many
//! runs, which endings, the best and worst run, each lesson's range, choices no run reaches, and
//! whether the best choice sits in the same position too often.

use std::collections::BTreeMap;

use crate::scenario::{Body, EndingKind, Scenario};

use std::ops::ControlFlow;

use super::explore::{explore, Leaf, Visitor};
use super::honest::{naive_strategies, StrategyResult};
use super::score::{self, Percent};
use super::walk::{format_picks, walk, Pick};

/// Node entries the full search may spend before it reports a partial result.
pub const ANALYZE_BUDGET: usize = 200_000;

/// A run picked out by the analysis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotableRun {
    /// As `rehearse walk --choices` takes them.
    pub choices: String,
    pub percent: u32,
    pub ending: Option<EndingKind>,
    /// A seed that reproduces this run with `walk` (its branch outcomes), if one was found.
    pub seed: Option<u64>,
}

/// Where the best-scoring choice sits at each decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PositionBias {
    /// Decisions with two or more choices.
    pub decisions: usize,
    /// Position (1-based) holding the best choice most often, and how often.
    pub position: usize,
    pub count: usize,
    /// True when that position holds the best choice in more than 60% of decisions.
    pub biased: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    /// Complete runs (reaching an ending).
    pub runs: usize,
    /// Paths cut because they went round a loop more than the limit allows.
    pub cut: usize,
    /// False when the search stopped at its budget: figures are then partial.
    pub complete: bool,
    pub endings: BTreeMap<&'static str, usize>,
    pub best: Option<NotableRun>,
    pub worst: Option<NotableRun>,
    /// Lesson id → (lowest, highest) rounded percent over runs that assessed it.
    pub lessons: BTreeMap<String, (u32, u32)>,
    /// (node id, choice number in file order, choice text) of choices no run takes.
    pub unreachable: Vec<(String, usize, String)>,
    pub bias: Option<PositionBias>,
    /// Each naive strategy played with the seeds 1 to 16 (figures of seed 1).
    pub strategies: Vec<StrategyResult>,
    /// Runs that reach a success ending without passing, and runs at or above the pass mark that
    /// end in failure.
    pub success_below_pass: usize,
    pub failure_at_pass: usize,
}

/// A run kept while searching: its picks and nodes, copied only when it becomes the best or worst.
struct Kept {
    picks: Vec<Pick>,
    nodes: Vec<usize>,
    ending: Option<EndingKind>,
    percent: Percent,
}

impl Kept {
    fn of(leaf: &Leaf<'_>) -> Self {
        Kept {
            picks: leaf.picks.to_vec(),
            nodes: leaf.nodes.to_vec(),
            ending: leaf.ending,
            percent: leaf.tally.percent(),
        }
    }

    fn notable(&self, s: &Scenario) -> NotableRun {
        // Weighted branches are decided by the seed: find one that gives this very path.
        let seed = (1..=500u64).find(|&seed| walk(s, seed, &self.picks).0.path() == self.nodes.as_slice());
        NotableRun {
            choices: format_picks(&self.picks),
            percent: self.percent.rounded(),
            ending: self.ending,
            seed,
        }
    }
}

/// Compares runs by exact percent.
fn cmp(a: Percent, b: Percent) -> std::cmp::Ordering {
    (a.value()).partial_cmp(&b.value()).unwrap_or(std::cmp::Ordering::Equal)
}

/// Compares runs by percent, then by ending (success above failure).
fn rank(percent: Percent, ending: Option<EndingKind>, other: &Kept) -> std::cmp::Ordering {
    cmp(percent, other.percent).then_with(|| other.ending.cmp(&ending))
}

/// What the search gathers, path by path.
struct Gather<'s> {
    s: &'s Scenario,
    runs: usize,
    cut: usize,
    endings: BTreeMap<&'static str, usize>,
    /// The last of the highest-ranked runs, and the first of the lowest.
    best: Option<Kept>,
    worst: Option<Kept>,
    /// Lowest and highest rounded percent of each lesson (by index) over runs that assess it.
    lessons: Vec<Option<(u32, u32)>>,
    taken: Vec<Vec<bool>>,
    success_below_pass: usize,
    failure_at_pass: usize,
}

impl Visitor for Gather<'_> {
    fn leaf(&mut self, leaf: &Leaf<'_>) -> ControlFlow<()> {
        let Some(kind) = leaf.ending else {
            self.cut += 1;
            return ControlFlow::Continue(());
        };
        self.runs += 1;
        *self.endings.entry(kind.as_str()).or_default() += 1;
        let percent = leaf.tally.percent();
        let at_pass = percent.at_least(self.s.pass_percent);
        match kind {
            EndingKind::Success if !at_pass => self.success_below_pass += 1,
            EndingKind::Failure if at_pass => self.failure_at_pass += 1,
            _ => {}
        }
        if self.best.as_ref().is_none_or(|b| rank(percent, leaf.ending, b).is_ge()) {
            self.best = Some(Kept::of(leaf));
        }
        if self.worst.as_ref().is_none_or(|w| rank(percent, leaf.ending, w).is_lt()) {
            self.worst = Some(Kept::of(leaf));
        }
        for (i, range) in self.lessons.iter_mut().enumerate() {
            if let Some(pc) = leaf.tally.lesson_percent(i) {
                let v = pc.rounded();
                let r = range.get_or_insert((v, v));
                r.0 = r.0.min(v);
                r.1 = r.1.max(v);
            }
        }
        ControlFlow::Continue(())
    }

    fn took(&mut self, node: usize, choice: usize) {
        self.taken[node][choice] = true;
    }
}

pub fn analyze(s: &Scenario, budget: usize) -> Analysis {
    let mut g = Gather {
        s,
        runs: 0,
        cut: 0,
        endings: BTreeMap::new(),
        best: None,
        worst: None,
        lessons: vec![None; s.course.lessons.len()],
        taken: s.nodes.iter().map(|n| vec![false; n.choices().len()]).collect(),
        success_below_pass: 0,
        failure_at_pass: 0,
    };
    let found = explore(s, budget, &mut g);
    let unreachable = if found.truncated {
        Vec::new()
    } else {
        s.nodes
            .iter()
            .enumerate()
            .flat_map(|(n, node)| {
                let taken = &g.taken[n];
                node.choices()
                    .iter()
                    .enumerate()
                    .filter(move |(c, _)| !taken[*c])
                    .map(move |(c, choice)| (node.id.clone(), c + 1, choice.text.clone()))
            })
            .collect()
    };
    let lessons =
        s.course.lessons.iter().zip(&g.lessons).filter_map(|(l, r)| r.map(|r| (l.id.clone(), r))).collect();
    Analysis {
        runs: g.runs,
        cut: g.cut,
        complete: !found.truncated,
        endings: g.endings,
        best: g.best.as_ref().map(|k| k.notable(g.s)),
        worst: g.worst.as_ref().map(|k| k.notable(g.s)),
        lessons,
        unreachable,
        bias: position_bias(s),
        strategies: naive_strategies(s),
        success_below_pass: g.success_below_pass,
        failure_at_pass: g.failure_at_pass,
    }
}

/// The position (file order) of the highest-scoring choice at each decision with two or more
/// choices; ties go to the first.
fn position_bias(s: &Scenario) -> Option<PositionBias> {
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    let mut decisions = 0;
    for node in &s.nodes {
        let Body::Choices(choices) = &node.body else { continue };
        if choices.len() < 2 {
            continue;
        }
        let total = |i: usize| score::total(&choices[i].score);
        let best = (0..choices.len()).fold(0, |b, i| if total(i) > total(b) { i } else { b });
        decisions += 1;
        *counts.entry(best + 1).or_default() += 1;
    }
    let (&position, &count) = counts.iter().max_by_key(|(pos, c)| (**c, std::cmp::Reverse(**pos)))?;
    Some(PositionBias { decisions, position, count, biased: decisions >= 3 && count * 10 > decisions * 6 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{load_course, load_scenario};
    use std::sync::Arc;

    fn scenario(body: &str) -> Scenario {
        let course = "format = 1\n[course]\nid = \"c\"\ntitle = \"C\"\n[[lessons]]\nid = \"x\"\ntitle = \"X\"\n[[lessons]]\nid = \"y\"\ntitle = \"Y\"\n";
        let course = Arc::new(load_course(course).value.unwrap());
        let text = format!("format = 1\n[scenario]\nid = \"t\"\ntitle = \"T\"\nsummary = \"S\"\nlevel = \"101\"\nminutes = 1\nstart = \"a\"\n{body}");
        load_scenario(text.as_bytes(), &course).value.expect("loads")
    }

    #[test]
    fn counts_runs_endings_best_and_worst() {
        let s = scenario(
            r#"
[[nodes]]
id = "a"
text = "t"
[[nodes.choices]]
text = "good"
next = "b"
score = { x = 2 }
feedback = "f"
[[nodes.choices]]
text = "bad"
next = "fail"
score = { x = -1 }
feedback = "f"
[[nodes.choices]]
text = "never"
if = "x > 0"
next = "b"
[[nodes]]
id = "b"
text = "t"
next = [{ to = "win", weight = 1 }, { to = "meh", weight = 1 }]
[[nodes]]
id = "win"
text = "t"
ending = "success"
[[nodes]]
id = "meh"
text = "t"
ending = "mixed"
[[nodes]]
id = "fail"
text = "t"
ending = "failure"
[vars]
x = 0
"#,
        );
        let a = analyze(&s, ANALYZE_BUDGET);
        assert!(a.complete);
        assert_eq!(a.runs, 3);
        assert_eq!(a.endings, BTreeMap::from([("failure", 1), ("mixed", 1), ("success", 1)]));
        let best = a.best.unwrap();
        assert_eq!((best.choices.as_str(), best.percent, best.ending), ("1", 100, Some(EndingKind::Success)));
        let seed = best.seed.expect("a seed reproduces it");
        assert_eq!(
            walk(&s, seed, &[super::super::walk::Pick::Number(1)]).0.ending(),
            Some(EndingKind::Success)
        );
        let worst = a.worst.unwrap();
        assert_eq!((worst.choices.as_str(), worst.percent), ("2", 0));
        assert_eq!(a.lessons.get("x"), Some(&(0, 100)));
        assert_eq!(a.unreachable, vec![("a".to_string(), 3, "never".to_string())]);
    }

    #[test]
    fn flags_the_best_choice_always_first() {
        let mut body = String::new();
        for i in 0..4 {
            let next = if i == 3 { "end".to_string() } else { format!("n{}", i + 1) };
            body.push_str(&format!(
                "[[nodes]]\nid = \"{}\"\ntext = \"t\"\n[[nodes.choices]]\ntext = \"best\"\nnext = \"{next}\"\nscore = {{ x = 2 }}\nfeedback = \"f\"\n[[nodes.choices]]\ntext = \"worse\"\nnext = \"{next}\"\nscore = {{ x = 1 }}\nfeedback = \"f\"\n",
                if i == 0 { "a".to_string() } else { format!("n{i}") }
            ));
        }
        body.push_str("[[nodes]]\nid = \"end\"\ntext = \"t\"\nending = \"success\"\n");
        let a = analyze(&scenario(&body), ANALYZE_BUDGET);
        assert_eq!(a.bias, Some(PositionBias { decisions: 4, position: 1, count: 4, biased: true }));
        assert_eq!(a.runs, 16);
    }
}
