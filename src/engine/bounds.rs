//! Exact answers to "can some run end here with a score below (or at) the pass mark?", without
//! playing every path.
//!
//! A run passes when `Σ earned / Σ best` reaches the pass mark `p`, that is when
//! `100 × Σ earned − p × Σ best ≥ 0` (or when nothing was assessed: `Σ best = 0` scores 100%).
//! Both sums add up decision by decision, so each decision has a *weight*
//! `100 × earned − p × best`, and a run's verdict depends only on the sum of its weights. The
//! lowest and highest sums from each state (a node and the values of the variables) to each kind
//! of ending are then found once per state, however many paths lead through it: the cost grows
//! with the number of states, not of paths.
//!
//! When the states form a loop (a node reached again with the same variables) the answer would
//! depend on how many times a learner goes round it; [`bounds`] then gives up and the caller
//! falls back to playing paths with a budget ([`super::explore`]).

use std::hash::{Hash, Hasher};

use hashbrown::HashTable;
use rustc_hash::FxHasher;

use crate::scenario::{Body, EndingKind, Next, Scenario};

use super::run::{destinations, visible_choices, Destinations};
use super::score::{best_available, record, total, Percent, Tally};
use super::walk::Pick;

/// States beyond which the search gives up (the caller falls back to a budgeted search).
pub const MAX_STATES: usize = 100_000;

/// A value reached by some path, and the first step of that path: (move, target) indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Via {
    value: i64,
    step: (u32, u32),
}

/// For one kind of ending, from one state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct ToEnding {
    /// The lowest and highest sum of weights of any path.
    min: Option<Via>,
    max: Option<Via>,
    /// The lowest sum over paths that assess something (`Σ best > 0`).
    min_assessed: Option<Via>,
    /// Some path assesses nothing: the first step of one.
    unassessed: Option<(u32, u32)>,
}

/// One way on from a state.
struct Move {
    /// None for a node that only continues.
    pick: Option<Pick>,
    /// The choice taken (index in file order), or None for a timeout or a plain `next`.
    choice: Option<usize>,
    weight: i64,
    /// The decision assesses something (`best > 0` for some lesson).
    assessed: bool,
    /// Where in [`Bounds::targets`] the states it may lead to are (several for weighted
    /// branches).
    targets: std::ops::Range<u32>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    New,
    InProgress,
    Done,
}

struct State {
    node: usize,
    /// Where in [`Bounds::offered`] the choices offered here are.
    offered: std::ops::Range<u32>,
    /// Where in [`Bounds::moves`] this state's moves are.
    moves: std::ops::Range<u32>,
    status: Status,
    ends: [ToEnding; 3],
}

/// A run found by the search: its picks (numbers among the visible choices, in file order), the
/// ending node, and its percent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Witness {
    pub picks: Vec<Pick>,
    pub end: usize,
    pub percent: Percent,
}

/// What the search knows about every run of a scenario.
pub struct Bounds<'s> {
    s: &'s Scenario,
    states: Vec<State>,
    /// Every state's offered choices, one after the other.
    offered: Vec<usize>,
    /// Every state's moves, one after the other (one allocation for all, not one per state).
    moves: Vec<Move>,
    targets: Vec<u32>,
}

fn kind_index(k: EndingKind) -> usize {
    match k {
        EndingKind::Success => 0,
        EndingKind::Mixed => 1,
        EndingKind::Failure => 2,
    }
}

/// Searches every state of `s`; None when the states loop or there are more than
/// [`MAX_STATES`].
///
/// A variable that no condition reads changes nothing a run meets (not which choices are
/// offered, not where a branch goes, not a weight), so it is left out of the states: it keeps
/// its initial value here, and scenarios whose meters are only shown have as many states as
/// their read variables allow.
pub fn bounds(s: &Scenario) -> Option<Bounds<'_>> {
    let mut search = Search::new(s);
    search.found.state_of(s.start, &search.start)?;
    // Depth first: a state's figures are settled once every state it leads to is.
    enum Step {
        Enter(usize),
        Exit(usize),
    }
    let mut stack = vec![Step::Enter(0)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(i) => match search.found.states[i].status {
                Status::Done => {}
                // On the current path: the states loop.
                Status::InProgress => return None,
                Status::New => {
                    search.expand(i)?;
                    stack.push(Step::Exit(i));
                    stack.extend(search.unsettled_targets(i).map(Step::Enter));
                }
            },
            Step::Exit(i) => search.settle(i),
        }
    }
    let Search { s, found, offered, moves, targets, .. } = search;
    Some(Bounds { s, states: found.states, offered, moves, targets })
}

/// The states found so far, looked up by node and variables.
struct Found {
    /// How many variables a state has.
    nv: usize,
    /// The variables of state i are `arena[i * nv..(i + 1) * nv]` (no allocation per state).
    arena: Vec<i64>,
    /// State indices, by a hash of node and variables.
    table: HashTable<u32>,
    states: Vec<State>,
}

impl Found {
    fn new(nv: usize) -> Self {
        Found { nv, arena: Vec::new(), table: HashTable::new(), states: Vec::new() }
    }

    fn vars(&self, i: usize) -> &[i64] {
        &self.arena[i * self.nv..(i + 1) * self.nv]
    }

    fn hash(node: usize, vars: &[i64]) -> u64 {
        let mut h = FxHasher::default();
        node.hash(&mut h);
        vars.hash(&mut h);
        h.finish()
    }

    /// The index of the state (`node`, `vars`), added when new; None when it would be one more
    /// than [`MAX_STATES`].
    fn state_of(&mut self, node: usize, vars: &[i64]) -> Option<usize> {
        let Found { nv, arena, table, states } = self;
        let nv = *nv;
        let h = Found::hash(node, vars);
        let same = |&j: &u32| {
            let j = j as usize;
            states[j].node == node && arena[j * nv..(j + 1) * nv] == *vars
        };
        if let Some(&i) = table.find(h, same) {
            return Some(i as usize);
        }
        if states.len() >= MAX_STATES {
            return None;
        }
        let i = states.len();
        table.insert_unique(h, i as u32, |&j| {
            let j = j as usize;
            Found::hash(states[j].node, &arena[j * nv..(j + 1) * nv])
        });
        arena.extend_from_slice(vars);
        states.push(State {
            node,
            offered: 0..0,
            moves: 0..0,
            status: Status::New,
            ends: Default::default(),
        });
        Some(i)
    }
}

/// The search under way: the states found, and every state's offered choices, moves and targets
/// one after the other (one allocation for all, not one per state).
struct Search<'s> {
    s: &'s Scenario,
    /// Which variables some condition reads (the others are left out of the states).
    read: Vec<bool>,
    /// The variables' initial values.
    start: Vec<i64>,
    found: Found,
    offered: Vec<usize>,
    moves: Vec<Move>,
    targets: Vec<u32>,
    /// The variables of the state being expanded, and after one of its moves (reused buffers).
    vars: Vec<i64>,
    after: Vec<i64>,
}

impl<'s> Search<'s> {
    fn new(s: &'s Scenario) -> Self {
        Search {
            s,
            read: s.read_vars(),
            start: s.vars.iter().map(|v| v.initial).collect(),
            found: Found::new(s.vars.len()),
            offered: Vec::new(),
            moves: Vec::new(),
            targets: Vec::new(),
            vars: Vec::new(),
            after: Vec::new(),
        }
    }

    /// Finds the moves out of state `i` and the states they lead to (adding new ones); None when
    /// there are too many states.
    fn expand(&mut self, i: usize) -> Option<()> {
        let s = self.s;
        self.found.states[i].status = Status::InProgress;
        let node = self.found.states[i].node;
        self.vars.clear();
        self.vars.extend_from_slice(self.found.vars(i));
        let n = &s.nodes[node];
        let offered = if n.ending().is_some() { Vec::new() } else { visible_choices(n, &self.vars) };
        // Every decision of this state makes the same points available.
        let best = if matches!(n.body, Body::Choices(_)) { best_available(n, &offered) } else { 0 };
        let first_move = self.moves.len() as u32;
        let timeout = match (&n.body, n.timer, &n.on_timeout) {
            (Body::Choices(_), Some(_), Some(o)) => Some(o),
            _ => None,
        };
        let ways =
            offered.len() + usize::from(timeout.is_some()) + usize::from(matches!(n.body, Body::Next(_)));
        for w in 0..ways {
            let (pick, choice, score, set, next) = match &n.body {
                Body::Ending(_) => break,
                Body::Next(next) => (None, None, &[][..], &[][..], next),
                Body::Choices(choices) => match offered.get(w) {
                    Some(&c) => {
                        let ch = &choices[c];
                        (Some(Pick::Number(w + 1)), Some(c), &ch.score[..], &ch.set[..], &ch.next)
                    }
                    None => {
                        let o = timeout.expect("counted above");
                        (Some(Pick::Timeout), None, &o.score[..], &o.set[..], &o.next)
                    }
                },
            };
            // weight = 100 × earned − pass × best (see the module's note).
            let (weight, assessed) = match pick {
                Some(_) => (100 * total(score) - i64::from(s.pass_percent) * best, best > 0),
                None => (0, false),
            };
            let targets = self.targets_after(set, next)?;
            self.moves.push(Move { pick, choice, weight, assessed, targets });
        }
        let st = &mut self.found.states[i];
        st.offered = self.offered.len() as u32..(self.offered.len() + offered.len()) as u32;
        self.offered.extend_from_slice(&offered);
        st.moves = first_move..self.moves.len() as u32;
        Some(())
    }

    /// Applies `set` to the variables being expanded and adds the states `next` then leads to
    /// (several for weighted branches) to `targets`: their range there. A variable no condition
    /// reads keeps its initial value.
    fn targets_after(&mut self, set: &[(usize, i64)], next: &Next) -> Option<std::ops::Range<u32>> {
        self.after.clear();
        self.after.extend_from_slice(&self.vars);
        self.s.apply_set(&mut self.after, set);
        for ((v, r), initial) in self.after.iter_mut().zip(&self.read).zip(&self.start) {
            if !r {
                *v = *initial;
            }
        }
        let first_target = self.targets.len() as u32;
        match destinations(next, &self.after) {
            Destinations::One(t) => self.targets.push(self.found.state_of(t, &self.after)? as u32),
            Destinations::Weighted(w) => {
                for (t, _) in w {
                    self.targets.push(self.found.state_of(t, &self.after)? as u32);
                }
            }
            Destinations::Nowhere => {}
        }
        Some(first_target..self.targets.len() as u32)
    }

    /// The states that the moves of state `i` lead to and whose figures are not settled yet.
    fn unsettled_targets(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let range = self.found.states[i].moves.clone();
        self.moves[range.start as usize..range.end as usize]
            .iter()
            .flat_map(|m| &self.targets[m.targets.start as usize..m.targets.end as usize])
            .filter(|&&t| self.found.states[t as usize].status != Status::Done)
            .map(|&t| t as usize)
    }

    /// Settles state `i`'s figures from those of the states its moves lead to (all settled).
    fn settle(&mut self, i: usize) {
        let states = &self.found.states;
        let mut ends: [ToEnding; 3] = Default::default();
        if let Some(kind) = self.s.nodes[states[i].node].ending() {
            let zero = Via { value: 0, step: (0, 0) };
            ends[kind_index(kind)] =
                ToEnding { min: Some(zero), max: Some(zero), min_assessed: None, unassessed: Some((0, 0)) };
        }
        let range = states[i].moves.clone();
        for (m, mv) in self.moves[range.start as usize..range.end as usize].iter().enumerate() {
            let to = &self.targets[mv.targets.start as usize..mv.targets.end as usize];
            for (t, &target) in to.iter().enumerate() {
                let step = (m as u32, t as u32);
                let child = &states[target as usize].ends;
                for (end, c) in ends.iter_mut().zip(child) {
                    let add = |v: Option<Via>| v.map(|v| Via { value: v.value + mv.weight, step });
                    keep(&mut end.min, add(c.min), |a, b| a < b);
                    keep(&mut end.max, add(c.max), |a, b| a > b);
                    let assessed = if mv.assessed { c.min } else { c.min_assessed };
                    keep(&mut end.min_assessed, add(assessed), |a, b| a < b);
                    if !mv.assessed && c.unassessed.is_some() && end.unassessed.is_none() {
                        end.unassessed = Some(step);
                    }
                }
            }
        }
        let st = &mut self.found.states[i];
        st.ends = ends;
        st.status = Status::Done;
    }
}

/// Keeps `new` in `slot` when it is better by `better` (the first found wins ties).
fn keep(slot: &mut Option<Via>, new: Option<Via>, better: impl Fn(i64, i64) -> bool) {
    if let Some(n) = new {
        if slot.is_none_or(|o| better(n.value, o.value)) {
            *slot = Some(n);
        }
    }
}

/// Which of the four figures a witness follows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Follow {
    Min,
    Max,
    MinAssessed,
    Unassessed,
}

impl Bounds<'_> {
    fn root(&self, kind: EndingKind) -> &ToEnding {
        &self.states[0].ends[kind_index(kind)]
    }

    /// Some run reaches an ending of this kind.
    pub fn reaches(&self, kind: EndingKind) -> bool {
        self.root(kind).min.is_some()
    }

    /// A run ending in `kind` that passes (reaches the pass mark), if any.
    pub fn passing(&self, kind: EndingKind) -> Option<Witness> {
        let r = self.root(kind);
        match r.max {
            Some(v) if v.value >= 0 => self.witness(kind, Follow::Max),
            _ => r.unassessed.and_then(|_| self.witness(kind, Follow::Unassessed)),
        }
    }

    /// A run ending in `kind` below the pass mark, if any.
    pub fn failing(&self, kind: EndingKind) -> Option<Witness> {
        match self.root(kind).min_assessed {
            Some(v) if v.value < 0 => self.witness(kind, Follow::MinAssessed),
            _ => None,
        }
    }

    /// The run ending in `kind` that comes closest to passing (the highest weight).
    pub fn closest(&self, kind: EndingKind) -> Option<Witness> {
        self.root(kind).max.and_then(|_| self.witness(kind, Follow::Max))
    }

    /// Follows the recorded first steps from the start to an ending of `kind`.
    fn witness(&self, kind: EndingKind, mut follow: Follow) -> Option<Witness> {
        let k = kind_index(kind);
        let mut tally = Tally::new(self.s.course.lessons.len());
        let mut picks = Vec::new();
        let mut at = 0usize;
        for _ in 0..=self.states.len() {
            let st = &self.states[at];
            if self.s.nodes[st.node].ending() == Some(kind) && st.moves.is_empty() {
                let percent = tally.percent();
                return Some(Witness { picks, end: st.node, percent });
            }
            let e = &st.ends[k];
            let (m, t) = match follow {
                Follow::Min => e.min?.step,
                Follow::Max => e.max?.step,
                Follow::MinAssessed => e.min_assessed?.step,
                Follow::Unassessed => e.unassessed?,
            };
            let mv = &self.moves[(st.moves.start + m) as usize];
            if let Some(pick) = mv.pick {
                let node = &self.s.nodes[st.node];
                let score = match mv.choice {
                    Some(c) => &node.choices()[c].score,
                    None => &node.on_timeout.as_ref()?.score,
                };
                let offered = &self.offered[st.offered.start as usize..st.offered.end as usize];
                record(&mut tally, node, offered, score);
                picks.push(pick);
            }
            if follow == Follow::MinAssessed && mv.assessed {
                follow = Follow::Min;
            }
            at = self.targets[(mv.targets.start + t) as usize] as usize;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::explore::{explore, Leaf, Visitor};
    use crate::scenario::{load_course, load_scenario};
    use std::ops::ControlFlow;
    use std::sync::Arc;

    fn scenario(body: &str) -> Scenario {
        let course = "format = 1\n[course]\nid = \"c\"\ntitle = \"C\"\npass_percent = 70\n[[lessons]]\nid = \"x\"\ntitle = \"X\"\n[[lessons]]\nid = \"y\"\ntitle = \"Y\"\n";
        let course = Arc::new(load_course(course).value.unwrap());
        let text = format!("format = 1\n[scenario]\nid = \"t\"\ntitle = \"T\"\nsummary = \"S\"\nlevel = \"101\"\nminutes = 1\nstart = \"a\"\n[vars]\nv = 0\n{body}");
        let loaded = load_scenario(text.as_bytes(), &course);
        loaded.value.unwrap_or_else(|| panic!("{:?}", loaded.diagnostics))
    }

    const BODY: &str = r#"
[[nodes]]
id = "a"
text = "t"
timer = 5
on_timeout = { next = "b", score = { x = -1 }, feedback = "f" }
[[nodes.choices]]
text = "good"
next = "b"
score = { x = 2 }
set = { v = 1 }
feedback = "f"
[[nodes.choices]]
text = "bad"
next = "b"
score = { x = -1, y = 1 }
feedback = "f"
[[nodes]]
id = "b"
text = "t"
[[nodes.choices]]
text = "only after good"
if = "v > 0"
next = "win"
score = { y = 1 }
feedback = "f"
[[nodes.choices]]
text = "gamble"
next = [{ to = "win", weight = 1 }, { to = "lose", weight = 1 }]
[[nodes]]
id = "win"
text = "t"
ending = "success"
[[nodes]]
id = "lose"
text = "t"
ending = "failure"
"#;

    /// Every ended run, with its ending kind and whether it passes.
    #[derive(Default)]
    struct Runs(Vec<(EndingKind, bool)>);
    impl Visitor for Runs {
        fn leaf(&mut self, l: &Leaf<'_>) -> ControlFlow<()> {
            if let Some(k) = l.ending {
                self.0.push((k, l.tally.percent().at_least(70)));
            }
            ControlFlow::Continue(())
        }
    }

    #[test]
    fn agrees_with_playing_every_path() {
        let s = scenario(BODY);
        let b = bounds(&s).expect("no loop");
        let mut runs = Runs::default();
        explore(&s, 100_000, &mut runs);
        for kind in EndingKind::ALL {
            let reached = runs.0.iter().any(|(k, _)| *k == kind);
            let passes = runs.0.iter().any(|(k, p)| *k == kind && *p);
            let fails = runs.0.iter().any(|(k, p)| *k == kind && !*p);
            assert_eq!(b.reaches(kind), reached, "{kind:?}");
            assert_eq!(b.passing(kind).is_some(), passes, "{kind:?}");
            assert_eq!(b.failing(kind).is_some(), fails, "{kind:?}");
        }
        // The witness is a real run with the percent it claims.
        let w = b.failing(EndingKind::Success).unwrap();
        assert!(!w.percent.at_least(70));
        assert_eq!(s.nodes[w.end].id, "win");
        let passing = b.passing(EndingKind::Success).unwrap();
        assert_eq!(passing.picks, vec![Pick::Number(1), Pick::Number(1)]);
        assert_eq!(passing.percent, Percent::of(3, 4).unwrap());
    }

    #[test]
    fn a_loop_of_states_gives_up() {
        let s = scenario(
            "[[nodes]]\nid = \"a\"\ntext = \"t\"\n[[nodes.choices]]\ntext = \"again\"\nnext = \"a\"\n[[nodes.choices]]\ntext = \"end\"\nnext = \"e\"\n[[nodes]]\nid = \"e\"\ntext = \"t\"\nending = \"success\"\n",
        );
        assert!(bounds(&s).is_none());
    }

    #[test]
    fn a_run_that_assesses_nothing_scores_full_marks() {
        let s = scenario(
            "[[nodes]]\nid = \"a\"\ntext = \"t\"\n[[nodes.choices]]\ntext = \"shrug\"\nnext = \"e\"\nscore = { x = -1 }\nfeedback = \"f\"\n[[nodes]]\nid = \"e\"\ntext = \"t\"\nending = \"failure\"\n",
        );
        let b = bounds(&s).unwrap();
        // Σ best is 0: the run scores 100% although it lost a point.
        let w = b.passing(EndingKind::Failure).expect("passes");
        assert_eq!(w.percent, Percent::FULL);
        assert!(b.failing(EndingKind::Failure).is_none());
    }

    /// A variable no condition reads does not multiply the states: the same scenario with a
    /// meter that every choice moves has as many states as without it, and the same answers.
    #[test]
    fn a_variable_nobody_reads_adds_no_states() {
        let plain = scenario(BODY);
        let body = BODY
            .replace("set = { v = 1 }", "set = { v = 1, mood = 7 }")
            .replace("score = { x = -1, y = 1 }\n", "score = { x = -1, y = 1 }\nset = { mood = -3 }\n");
        let with_meter = scenario(&format!("mood = 50\n{body}"));
        assert!(!with_meter.read_vars()[1], "mood is read by nothing");
        let (a, b) = (bounds(&plain).unwrap(), bounds(&with_meter).unwrap());
        assert_eq!(a.states.len(), b.states.len());
        for k in EndingKind::ALL {
            assert_eq!(a.passing(k).map(|w| w.picks), b.passing(k).map(|w| w.picks));
            assert_eq!(a.failing(k).map(|w| w.picks), b.failing(k).map(|w| w.picks));
        }
    }
}
