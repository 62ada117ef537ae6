//! Playing every path of a scenario: every offered choice, every timeout, every branch outcome.
//! Used by `validate` (cheaply, with a small budget) and by `rehearse analyze`.

use crate::scenario::{EndingKind, Scenario};

use super::run::{destinations, record, visible_choices, Destinations};
use super::score::Tally;
use super::walk::Pick;

/// How many times one path may enter the same node before it is cut (loops).
pub const MAX_VISITS: u8 = 3;

/// One complete (or cut) path.
#[derive(Clone, Debug)]
pub struct Path {
    /// The picks as a learner would type them (numbers among visible choices, file order).
    pub picks: Vec<Pick>,
    /// Every node entered.
    pub nodes: Vec<usize>,
    /// `None` when the path was cut by the loop limit or got stuck.
    pub ending: Option<EndingKind>,
    pub tally: Tally,
    /// (node, choice index) of every choice taken.
    pub taken: Vec<(usize, usize)>,
}

#[derive(Clone, Debug)]
pub struct Exploration {
    pub paths: Vec<Path>,
    /// True when the budget ran out before every path was played.
    pub truncated: bool,
}

#[derive(Clone)]
struct State {
    at: usize,
    vars: Vec<i64>,
    visits: Vec<u8>,
    path: Path,
}

/// Plays every path, stopping after `budget` node entries in all.
pub fn explore(s: &Scenario, budget: usize) -> Exploration {
    let mut visits = vec![0u8; s.nodes.len()];
    visits[s.start] = 1;
    let first = State {
        at: s.start,
        vars: s.vars.iter().map(|v| v.initial).collect(),
        visits,
        path: Path {
            picks: vec![],
            nodes: vec![s.start],
            ending: None,
            tally: Tally::new(s.course.lessons.len()),
            taken: vec![],
        },
    };
    let mut stack = vec![first];
    let mut out = Exploration { paths: Vec::new(), truncated: false };
    let mut spent = 0usize;
    while let Some(state) = stack.pop() {
        spent += 1;
        if spent > budget {
            out.truncated = true;
            break;
        }
        let node = &s.nodes[state.at];
        if let Some(kind) = node.ending() {
            let mut path = state.path;
            path.ending = Some(kind);
            out.paths.push(path);
            continue;
        }
        // (pick, score source, next) for every way on from here.
        let mut moves: Vec<(Option<Pick>, Option<usize>, &crate::scenario::Next)> = Vec::new();
        let offered = visible_choices(node, &state.vars);
        match &node.body {
            crate::scenario::Body::Next(next) => moves.push((None, None, next)),
            crate::scenario::Body::Choices(choices) => {
                for (k, &i) in offered.iter().enumerate() {
                    moves.push((Some(Pick::Number(k + 1)), Some(i), &choices[i].next));
                }
                if let (Some(_), Some(o)) = (node.timer, &node.on_timeout) {
                    moves.push((Some(Pick::Timeout), None, &o.next));
                }
            }
            crate::scenario::Body::Ending(_) => unreachable!(),
        }
        if moves.is_empty() {
            out.paths.push(state.path);
            continue;
        }
        // Pushed in reverse so that the first choice is played first.
        for (pick, choice, next) in moves.into_iter().rev() {
            let mut st = state.clone();
            if let Some(pick) = pick {
                let (score, set) = match choice {
                    Some(i) => (&node.choices()[i].score, &node.choices()[i].set),
                    None => {
                        let o = node.on_timeout.as_ref().expect("timeout move");
                        (&o.score, &o.set)
                    }
                };
                record(&mut st.path.tally, node, &offered, score);
                for &(v, amount) in set {
                    st.vars[v] = st.vars[v].saturating_add(amount);
                }
                st.path.picks.push(pick);
                if let Some(i) = choice {
                    st.path.taken.push((st.at, i));
                }
            }
            let targets: Vec<usize> = match destinations(next, &st.vars) {
                Destinations::One(t) => vec![t],
                Destinations::Weighted(w) => w.into_iter().map(|(t, _)| t).collect(),
                Destinations::Nowhere => vec![],
            };
            if targets.is_empty() {
                out.paths.push(st.path);
                continue;
            }
            for &t in targets.iter().rev() {
                let mut next_state = st.clone();
                next_state.visits[t] = next_state.visits[t].saturating_add(1);
                next_state.at = t;
                next_state.path.nodes.push(t);
                if next_state.visits[t] > MAX_VISITS {
                    out.paths.push(next_state.path);
                } else {
                    stack.push(next_state);
                }
            }
        }
    }
    out
}
