//! Playing every path of a scenario: every offered choice, every timeout, every branch outcome.
//! Used by `validate` (cheaply, with a small budget) and by `rehearse analyze`.
//!
//! The search goes depth first with one state that is changed on the way down and undone on the
//! way back, so that it needs memory for one path (not one copy per path or per step) and time in
//! proportion to the node entries it makes, whatever the size of the scenario.

use std::ops::ControlFlow;

use crate::scenario::{Body, EndingKind, Next, Scenario, Score};

use super::run::{destinations, visible_choices, Destinations};
use super::score::{record, unrecord, Tally};
use super::walk::Pick;

/// How many times one path may enter the same node before it is cut (loops).
pub const MAX_VISITS: u8 = 3;

/// One complete (or cut) path, as the search reaches its end.
#[derive(Debug)]
pub struct Leaf<'a> {
    /// The picks as a learner would type them (numbers among visible choices, file order).
    pub picks: &'a [Pick],
    /// Every node entered.
    pub nodes: &'a [usize],
    /// `None` when the path was cut by the loop limit or got stuck.
    pub ending: Option<EndingKind>,
    pub tally: &'a Tally,
}

/// What the search saw, reported as it goes.
pub trait Visitor {
    /// A path ended (or was cut). `Break` stops the search.
    fn leaf(&mut self, leaf: &Leaf<'_>) -> ControlFlow<()>;
    /// Choice `choice` (index in file order) of node `node` was taken on some path.
    fn took(&mut self, _node: usize, _choice: usize) {}
}

/// How a search ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explored {
    /// Node entries made.
    pub spent: usize,
    /// True when the budget ran out (or the visitor stopped it) before every path was played.
    pub truncated: bool,
}

/// One way on from a node: the pick, the choice taken (None for a timeout or a plain `next`), and
/// where it leads.
type Move<'s> = (Option<Pick>, Option<usize>, &'s Next);

/// A node on the current path, and how far its moves have been tried.
struct Frame<'s> {
    node: usize,
    offered: Vec<usize>,
    moves: Vec<Move<'s>>,
    next_move: usize,
    /// Where the move being tried leads (several for weighted branches).
    targets: Vec<usize>,
    next_target: usize,
    /// How to take back the move being tried, when it was a pick (a plain `next` changes nothing).
    undo: Option<Undo<'s>>,
}

/// A pick's score and the variables it set, with their values before.
struct Undo<'s> {
    score: &'s Score,
    set: &'s [(usize, i64)],
    before: Vec<i64>,
}

/// The moves out of `node` given `vars`, and the choices offered.
fn moves_of<'s>(s: &'s Scenario, node: usize, vars: &[i64]) -> (Vec<usize>, Vec<Move<'s>>) {
    let node = &s.nodes[node];
    let offered = visible_choices(node, vars);
    let mut moves = Vec::new();
    match &node.body {
        Body::Next(next) => moves.push((None, None, next)),
        Body::Choices(choices) => {
            for (k, &i) in offered.iter().enumerate() {
                moves.push((Some(Pick::Number(k + 1)), Some(i), &choices[i].next));
            }
            if let (Some(_), Some(o)) = (node.timer, &node.on_timeout) {
                moves.push((Some(Pick::Timeout), None, &o.next));
            }
        }
        Body::Ending(_) => {}
    }
    (offered, moves)
}

/// Plays every path depth first, first choice first, stopping after `budget` node entries in all.
pub fn explore(s: &Scenario, budget: usize, visitor: &mut impl Visitor) -> Explored {
    let mut search = Search {
        s,
        budget,
        visitor,
        vars: s.vars.iter().map(|v| v.initial).collect(),
        visits: vec![0u8; s.nodes.len()],
        tally: Tally::new(s.course.lessons.len()),
        picks: Vec::new(),
        nodes: Vec::new(),
        frames: Vec::new(),
        spent: 0,
    };
    match search.run() {
        Ok(()) => Explored { spent: search.spent, truncated: false },
        Err(stopped) => stopped,
    }
}

/// The one state of the search: the current path, and what has been tried along it.
struct Search<'s, 'v, V> {
    s: &'s Scenario,
    budget: usize,
    visitor: &'v mut V,
    vars: Vec<i64>,
    /// How many times the current path entered each node.
    visits: Vec<u8>,
    tally: Tally,
    picks: Vec<Pick>,
    nodes: Vec<usize>,
    frames: Vec<Frame<'s>>,
    /// Node entries made.
    spent: usize,
}

/// `Err` stops the search, with how it ended.
type Going = Result<(), Explored>;

impl<'s, V: Visitor> Search<'s, '_, V> {
    fn run(&mut self) -> Going {
        let start = self.s.start;
        self.visits[start] = 1;
        self.nodes.push(start);
        self.enter(start)?;
        while let Some(top) = self.frames.len().checked_sub(1) {
            let f = &mut self.frames[top];
            // The next outcome of the move being tried.
            if f.next_target < f.targets.len() {
                let t = f.targets[f.next_target];
                f.next_target += 1;
                self.visit(t)?;
                continue;
            }
            // Every outcome tried: take the move back, then try the next one, if any.
            self.undo_move(top);
            if self.frames[top].next_move < self.frames[top].moves.len() {
                self.try_next_move(top)?;
                continue;
            }
            // Every move tried: leave the node.
            let node = self.frames[top].node;
            self.frames.pop();
            self.nodes.pop();
            self.visits[node] -= 1;
        }
        Ok(())
    }

    /// Reports the current path as a leaf ending in `ending`; stops the search when told to.
    fn leaf(&mut self, ending: Option<EndingKind>) -> Going {
        let leaf = Leaf { picks: &self.picks, nodes: &self.nodes, ending, tally: &self.tally };
        if self.visitor.leaf(&leaf).is_break() {
            return Err(Explored { spent: self.spent, truncated: true });
        }
        Ok(())
    }

    /// Goes on to node `t`, unless the path has entered it too often (then the path is cut).
    fn visit(&mut self, t: usize) -> Going {
        self.visits[t] = self.visits[t].saturating_add(1);
        self.nodes.push(t);
        if self.visits[t] > MAX_VISITS {
            self.leaf(None)?;
            self.nodes.pop();
            self.visits[t] -= 1;
            Ok(())
        } else {
            self.enter(t)
        }
    }

    /// Enters node `t` (already on `nodes`): a leaf, or a frame to try its moves.
    fn enter(&mut self, t: usize) -> Going {
        self.spent += 1;
        if self.spent > self.budget {
            return Err(Explored { spent: self.budget, truncated: true });
        }
        let leaf_kind = self.s.nodes[t].ending();
        let (offered, moves) =
            if leaf_kind.is_some() { (Vec::new(), Vec::new()) } else { moves_of(self.s, t, &self.vars) };
        if leaf_kind.is_some() || moves.is_empty() {
            self.leaf(leaf_kind)?;
            self.nodes.pop();
            self.visits[t] -= 1;
        } else {
            self.frames.push(Frame {
                node: t,
                offered,
                moves,
                next_move: 0,
                targets: Vec::new(),
                next_target: 0,
                undo: None,
            });
        }
        Ok(())
    }

    /// Takes back the move being tried at frame `top`, if it was a pick.
    fn undo_move(&mut self, top: usize) {
        let f = &mut self.frames[top];
        if let Some(undo) = f.undo.take() {
            unrecord(&mut self.tally, &self.s.nodes[f.node], &f.offered, undo.score);
            for (&(v, _), old) in undo.set.iter().zip(undo.before).rev() {
                self.vars[v] = old;
            }
            self.picks.pop();
        }
    }

    /// Makes the next move of frame `top`: scores it and sets its variables when it is a pick,
    /// and finds where it leads.
    fn try_next_move(&mut self, top: usize) -> Going {
        let s = self.s;
        let f = &mut self.frames[top];
        let (pick, choice, next) = f.moves[f.next_move];
        f.next_move += 1;
        let node = &s.nodes[f.node];
        if let Some(pick) = pick {
            let (score, set) = match choice {
                Some(i) => (&node.choices()[i].score, &node.choices()[i].set),
                None => match &node.on_timeout {
                    Some(o) => (&o.score, &o.set),
                    None => return Ok(()),
                },
            };
            record(&mut self.tally, node, &f.offered, score);
            let before = set.iter().map(|&(v, _)| self.vars[v]).collect();
            s.apply_set(&mut self.vars, set);
            f.undo = Some(Undo { score, set, before });
            self.picks.push(pick);
            if let Some(i) = choice {
                self.visitor.took(f.node, i);
            }
        }
        f.next_target = 0;
        f.targets = match destinations(next, &self.vars) {
            Destinations::One(t) => vec![t],
            Destinations::Weighted(w) => w.into_iter().map(|(t, _)| t).collect(),
            Destinations::Nowhere => Vec::new(),
        };
        if f.targets.is_empty() {
            // Nowhere to go: the path is stuck here.
            self.leaf(None)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{load_course, load_scenario};
    use std::sync::Arc;

    /// Every leaf, copied.
    #[derive(Default)]
    struct All(Vec<Copied>);

    /// A leaf's picks, nodes, ending and points earned.
    type Copied = (Vec<Pick>, Vec<usize>, Option<EndingKind>, i64);

    impl Visitor for All {
        fn leaf(&mut self, l: &Leaf<'_>) -> ControlFlow<()> {
            self.0.push((l.picks.to_vec(), l.nodes.to_vec(), l.ending, l.tally.total_earned()));
            ControlFlow::Continue(())
        }
    }

    fn scenario(body: &str) -> Scenario {
        let course =
            "format = 1\n[course]\nid = \"c\"\ntitle = \"C\"\n[[lessons]]\nid = \"x\"\ntitle = \"X\"\n";
        let course = Arc::new(load_course(course).value.unwrap());
        let text = format!("format = 1\n[scenario]\nid = \"t\"\ntitle = \"T\"\nsummary = \"S\"\nlevel = \"101\"\nminutes = 1\nstart = \"a\"\n[vars]\nv = 0\n{body}");
        load_scenario(text.as_bytes(), &course).value.expect("loads")
    }

    #[test]
    fn every_path_in_order_with_state_undone_between_them() {
        let s = scenario(
            r#"
[[nodes]]
id = "a"
text = "t"
timer = 5
on_timeout = { next = "b", score = { x = -1 }, feedback = "f" }
[[nodes.choices]]
text = "one"
next = "b"
set = { v = 1 }
score = { x = 1 }
feedback = "f"
[[nodes.choices]]
text = "two"
next = "b"
[[nodes]]
id = "b"
text = "t"
[[nodes.choices]]
text = "only after one"
if = "v > 0"
next = "end"
[[nodes.choices]]
text = "loop"
next = [{ to = "a", weight = 1 }, { to = "end", weight = 1 }]
[[nodes]]
id = "end"
text = "t"
ending = "success"
"#,
        );
        let mut all = All::default();
        let e = explore(&s, 100_000, &mut all);
        assert!(!e.truncated);
        // The first path: "one", then the choice only "one" unlocks.
        assert_eq!(
            all.0[0],
            (vec![Pick::Number(1), Pick::Number(1)], vec![0, 1, 2], Some(EndingKind::Success), 1)
        );
        // After "two" (v back to 0), b offers only "loop", numbered 1.
        let two = all.0.iter().find(|l| l.0[0] == Pick::Number(2)).unwrap();
        assert_eq!(two.0[1], Pick::Number(1));
        // Loops are cut at the visit limit: no path enters a node more than three times.
        for (_, nodes, ending, _) in &all.0 {
            assert!(nodes.iter().filter(|&&n| n == 0).count() <= MAX_VISITS as usize + 1);
            if ending.is_none() {
                assert_eq!(nodes.iter().filter(|&&n| n == *nodes.last().unwrap()).count(), 4);
            }
        }
        // Same search twice, same leaves: nothing leaks from one path into the next.
        let mut again = All::default();
        explore(&s, 100_000, &mut again);
        assert_eq!(all.0, again.0);
        // A budget stops it.
        let mut few = All::default();
        assert!(explore(&s, 5, &mut few).truncated);
        assert!(few.0.len() < all.0.len());
    }
}
