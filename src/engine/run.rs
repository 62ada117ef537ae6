//! A run: one learner's way through a scenario, as a pure state machine. The seed decides every
//! random thing, in a fixed order: on entering a node, first its text variant (when it has more
//! than one), then the order of its choices (when the scenario shuffles and more than one is
//! offered); on leaving it, the pick among weighted branches.

use crate::scenario::{Body, Branch, EndingKind, Next, Node, Scenario};

use super::rng::Rng;
use super::score::{record, Percent, Tally};

/// What the learner does at a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Take the choice shown with this number (1-based, in the order shown).
    Choose(usize),
    /// Let the node's timer run out.
    Timeout,
    /// Go on from a node that only continues.
    Continue,
}

/// What the current node asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prompt {
    /// Pick one of the offered choices (or let the timer run out).
    Choose,
    /// Press Enter to go on.
    Continue,
    /// The run is over.
    Ended(EndingKind),
    /// No choice is offered for the current variables and no timer can run out: the scenario is
    /// broken here (`validate` warns where this can happen).
    Stuck,
}

/// Why an action could not be applied. The run is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionError {
    /// `offered`: how many choices the node offers.
    NoSuchChoice {
        node: String,
        number: usize,
        offered: usize,
    },
    NoTimer {
        node: String,
    },
    NeedsChoice {
        node: String,
    },
    OnlyContinues {
        node: String,
    },
    Ended,
    Stuck {
        node: String,
    },
}

impl std::fmt::Display for ActionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        let text = match self {
            ActionError::NoSuchChoice { node, number, offered } => {
                t!("diag-action-no-such-choice", number = *number, node = node, offered = *offered)
            }
            ActionError::NoTimer { node } => t!("diag-action-no-timer", node = node),
            ActionError::NeedsChoice { node } => t!("diag-action-needs-choice", node = node),
            ActionError::OnlyContinues { node } => t!("diag-action-only-continues", node = node),
            ActionError::Ended => t!("diag-action-ended"),
            ActionError::Stuck { node } => t!("diag-action-stuck", node = node),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ActionError {}

/// What was taken at a decision point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taken {
    /// The choice's index in the node's `choices` (file order).
    Choice(usize),
    Timeout,
}

/// One decision point passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub node: usize,
    /// The choices offered (indices in file order), in the order shown.
    pub offered: Vec<usize>,
    pub taken: Taken,
    /// The number the learner pressed (None for a timeout).
    pub number: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct Run<'s> {
    scenario: &'s Scenario,
    seed: u64,
    rng: Rng,
    vars: Vec<i64>,
    at: usize,
    variant: usize,
    offered: Vec<usize>,
    path: Vec<usize>,
    /// The text variant shown at each entry of `path`.
    variants: Vec<usize>,
    decisions: Vec<Decision>,
    tally: Tally,
}

/// The choices of `node` whose condition holds for `vars`, in file order.
pub fn visible_choices(node: &Node, vars: &[i64]) -> Vec<usize> {
    node.choices()
        .iter()
        .enumerate()
        .filter(|(_, c)| c.condition.as_ref().is_none_or(|cond| cond.holds(vars)))
        .map(|(i, _)| i)
        .collect()
}

/// Where a `next` can lead for these variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destinations {
    One(usize),
    /// Pick at random in proportion to weight: (node, weight).
    Weighted(Vec<(usize, u32)>),
    /// Every branch's condition failed (the validator prevents this for valid files).
    Nowhere,
}

/// Applies the branch rules of the format to `next`.
pub fn destinations(next: &Next, vars: &[i64]) -> Destinations {
    match next {
        Next::To(n) => Destinations::One(*n),
        Next::Branches(branches) => {
            let kept: Vec<&Branch> =
                branches.iter().filter(|b| b.condition.as_ref().is_none_or(|c| c.holds(vars))).collect();
            let weighted: Vec<(usize, u32)> =
                kept.iter().filter_map(|b| b.weight.map(|w| (b.to, w))).collect();
            if !weighted.is_empty() {
                Destinations::Weighted(weighted)
            } else {
                kept.first().map_or(Destinations::Nowhere, |b| Destinations::One(b.to))
            }
        }
    }
}

impl<'s> Run<'s> {
    /// Starts a run at the scenario's start node.
    pub fn new(scenario: &'s Scenario, seed: u64) -> Self {
        let mut run = Run {
            scenario,
            seed,
            rng: Rng::new(seed),
            vars: scenario.vars.iter().map(|v| v.initial).collect(),
            at: scenario.start,
            variant: 0,
            offered: Vec::new(),
            path: Vec::new(),
            variants: Vec::new(),
            decisions: Vec::new(),
            tally: Tally::new(scenario.course.lessons.len()),
        };
        run.enter(scenario.start);
        run
    }

    fn enter(&mut self, node: usize) {
        self.at = node;
        self.path.push(node);
        let n = &self.scenario.nodes[node];
        self.variant = if n.text.len() > 1 { self.rng.below(n.text.len() as u64) as usize } else { 0 };
        self.variants.push(self.variant);
        self.offered = visible_choices(n, &self.vars);
        if self.scenario.shuffle && self.offered.len() > 1 {
            self.rng.shuffle(&mut self.offered);
        }
    }

    pub fn scenario(&self) -> &'s Scenario {
        self.scenario
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    /// The current node's index.
    pub fn at(&self) -> usize {
        self.at
    }
    pub fn node(&self) -> &'s Node {
        &self.scenario.nodes[self.at]
    }
    /// The text variant shown at the current node.
    pub fn text(&self) -> &'s str {
        self.node().text.get(self.variant).map_or("", String::as_str)
    }
    /// The text shown at entry `i` of the path.
    pub fn text_at(&self, i: usize) -> &'s str {
        let node = &self.scenario.nodes[self.path[i]];
        node.text.get(self.variants[i]).map_or("", String::as_str)
    }

    /// The offered choices, as indices into the node's choices, in the order shown (choice
    /// number `k` is `offered()[k - 1]`).
    pub fn offered(&self) -> &[usize] {
        &self.offered
    }
    pub fn vars(&self) -> &[i64] {
        &self.vars
    }
    /// Every node visited, in order, starting with the start node.
    pub fn path(&self) -> &[usize] {
        &self.path
    }
    pub fn decisions(&self) -> &[Decision] {
        &self.decisions
    }
    pub fn tally(&self) -> &Tally {
        &self.tally
    }

    pub fn prompt(&self) -> Prompt {
        let node = self.node();
        match &node.body {
            Body::Ending(kind) => Prompt::Ended(*kind),
            Body::Next(_) => Prompt::Continue,
            Body::Choices(_) if self.offered.is_empty() && !self.can_time_out() => Prompt::Stuck,
            Body::Choices(_) => Prompt::Choose,
        }
    }

    /// Whether the current node's timer can run out.
    pub fn can_time_out(&self) -> bool {
        let node = self.node();
        node.timer.is_some() && node.on_timeout.is_some() && matches!(node.body, Body::Choices(_))
    }

    pub fn ending(&self) -> Option<EndingKind> {
        self.node().ending()
    }

    pub fn percent(&self) -> Percent {
        self.tally.percent()
    }

    /// Passed: an ending that is not a failure, and the pass mark reached.
    pub fn passed(&self) -> bool {
        matches!(self.ending(), Some(kind) if kind != EndingKind::Failure)
            && self.percent().at_least(self.scenario.pass_percent)
    }

    /// Applies one action and moves to the next node.
    pub fn apply(&mut self, action: Action) -> Result<(), ActionError> {
        let node = self.node();
        let name = || node.id.clone();
        let next = match (self.prompt(), action) {
            (Prompt::Ended(_), _) => return Err(ActionError::Ended),
            (Prompt::Continue, Action::Continue) => match &node.body {
                Body::Next(next) => next,
                _ => unreachable!("a continue prompt comes from a next node"),
            },
            (Prompt::Continue, _) => return Err(ActionError::OnlyContinues { node: name() }),
            (Prompt::Stuck, _) => return Err(ActionError::Stuck { node: name() }),
            (Prompt::Choose, Action::Continue) => return Err(ActionError::NeedsChoice { node: name() }),
            (Prompt::Choose, Action::Timeout) => {
                if !self.can_time_out() {
                    return Err(ActionError::NoTimer { node: name() });
                }
                let outcome = node.on_timeout.as_ref().expect("checked by can_time_out");
                record(&mut self.tally, node, &self.offered, &outcome.score);
                self.apply_set(&outcome.set);
                self.decisions.push(Decision {
                    node: self.at,
                    offered: self.offered.clone(),
                    taken: Taken::Timeout,
                    number: None,
                });
                &outcome.next
            }
            (Prompt::Choose, Action::Choose(number)) => {
                let Some(&index) = number.checked_sub(1).and_then(|i| self.offered.get(i)) else {
                    let offered = self.offered.len();
                    return Err(ActionError::NoSuchChoice { node: name(), number, offered });
                };
                let choice = &node.choices()[index];
                record(&mut self.tally, node, &self.offered, &choice.score);
                self.apply_set(&choice.set);
                self.decisions.push(Decision {
                    node: self.at,
                    offered: self.offered.clone(),
                    taken: Taken::Choice(index),
                    number: Some(number),
                });
                &choice.next
            }
        };
        let to = match destinations(next, &self.vars) {
            Destinations::One(to) => to,
            Destinations::Weighted(options) => pick_weighted(&mut self.rng, &options),
            // Unreachable for a validated scenario; staying put would loop, so end here.
            Destinations::Nowhere => return Err(ActionError::Stuck { node: name() }),
        };
        self.enter(to);
        Ok(())
    }

    fn apply_set(&mut self, set: &[(usize, i64)]) {
        self.scenario.apply_set(&mut self.vars, set);
    }
}

/// One of `options` (node, weight), drawn from `rng` in proportion to the weights.
fn pick_weighted(rng: &mut Rng, options: &[(usize, u32)]) -> usize {
    let total: u64 = options.iter().map(|(_, w)| u64::from(*w)).sum();
    let mut pick = rng.below(total);
    options
        .iter()
        .find(|(_, w)| {
            let hit = pick < u64::from(*w);
            pick = pick.saturating_sub(u64::from(*w));
            hit
        })
        .map_or(options[0].0, |(to, _)| *to)
}
