//! Playing a list of choices headlessly, as `rehearse walk --choices` and author's tests do.

use crate::scenario::Scenario;
use crate::t;

use super::run::{Action, ActionError, Prompt, Run};

/// One entry of a choice list: a choice number as shown, or `t` to let the timer run out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Number(usize),
    Timeout,
}

impl std::fmt::Display for Pick {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Pick::Number(n) => write!(f, "{n}"),
            Pick::Timeout => f.write_str("t"),
        }
    }
}

/// Writes picks back as a list, e.g. `2,1,t,3`.
pub fn format_picks(picks: &[Pick]) -> String {
    picks.iter().map(Pick::to_string).collect::<Vec<_>>().join(",")
}

/// An entry of a choice list that is not a choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PicksError {
    /// 1-based.
    pub entry: usize,
    pub item: String,
}

impl std::fmt::Display for PicksError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!("diag-picks-not-a-choice", entry = self.entry, item = &self.item))
    }
}

impl std::error::Error for PicksError {}

/// Parses `2,1,t,3` (spaces allowed; an empty list is no picks).
pub fn parse_picks(list: &str) -> Result<Vec<Pick>, PicksError> {
    if list.trim().is_empty() {
        return Ok(Vec::new());
    }
    list.split(',')
        .enumerate()
        .map(|(i, item)| {
            let item = item.trim();
            match item {
                "t" | "T" => Ok(Pick::Timeout),
                _ => match item.parse::<usize>() {
                    // 0 is a number no node offers: the run refuses it, like any other.
                    Ok(n) => Ok(Pick::Number(n)),
                    _ => Err(PicksError { entry: i + 1, item: crate::text::excerpt(item, 20) }),
                },
            }
        })
        .collect()
}

/// How a walk stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop {
    /// An ending was reached; `leftover` picks were not used.
    Ended { leftover: usize },
    /// The picks ran out before an ending.
    RanOut,
    /// Pick number `position` (1-based) could not be applied.
    Invalid { position: usize, error: ActionError },
    /// The run can go no further (no choice offered, or a loop of nodes without choices).
    Stuck(String),
}

/// Applies `picks` from the start, passing nodes that only continue without using a pick.
pub fn walk<'s>(scenario: &'s Scenario, seed: u64, picks: &[Pick]) -> (Run<'s>, Stop) {
    let mut run = Run::new(scenario, seed);
    let mut picks = picks.iter().enumerate();
    loop {
        if let Err(stop) = pass_continues(&mut run) {
            return (run, stop);
        }
        if let Prompt::Ended(_) = run.prompt() {
            return (run, Stop::Ended { leftover: picks.len() });
        }
        let Some((i, pick)) = picks.next() else {
            return (run, Stop::RanOut);
        };
        let action = match pick {
            Pick::Number(n) => Action::Choose(*n),
            Pick::Timeout => Action::Timeout,
        };
        if let Err(error) = run.apply(action) {
            return (run, Stop::Invalid { position: i + 1, error });
        }
    }
}

/// Goes on through nodes that only continue, until a decision or an ending.
pub fn pass_continues(run: &mut Run<'_>) -> Result<(), Stop> {
    let limit = run.scenario().nodes.len() + 1;
    let mut passed = 0;
    loop {
        match run.prompt() {
            Prompt::Continue => {
                passed += 1;
                if passed > limit {
                    return Err(Stop::Stuck(t!("diag-stuck-loop", node = &run.node().id)));
                }
                run.apply(Action::Continue).map_err(|e| Stop::Stuck(e.to_string()))?;
            }
            Prompt::Stuck => return Err(Stop::Stuck(t!("diag-stuck-no-choice", node = &run.node().id))),
            Prompt::Choose | Prompt::Ended(_) => return Ok(()),
        }
    }
}

/// Replays saved picks to resume a run: passes nodes that only continue before each pick, and
/// stops where a pick no longer applies (the scenario changed). Returns the run and how many picks
/// were applied.
pub fn replay<'s>(scenario: &'s Scenario, seed: u64, picks: &[Pick]) -> (Run<'s>, usize) {
    let mut run = Run::new(scenario, seed);
    for (i, pick) in picks.iter().enumerate() {
        if pass_continues(&mut run).is_err() || matches!(run.prompt(), Prompt::Ended(_)) {
            return (run, i);
        }
        let action = match pick {
            Pick::Number(n) => Action::Choose(*n),
            Pick::Timeout => Action::Timeout,
        };
        if run.apply(action).is_err() {
            return (run, i);
        }
    }
    (run, picks.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_lists() {
        assert_eq!(parse_picks("").unwrap(), vec![]);
        assert_eq!(parse_picks(" 2, t ,1").unwrap(), vec![Pick::Number(2), Pick::Timeout, Pick::Number(1)]);
        assert!(parse_picks("1,,2").unwrap_err().to_string().contains("entry 2"));
        assert_eq!(parse_picks("0").unwrap(), vec![Pick::Number(0)]);
        assert!(parse_picks("x").is_err());
        assert_eq!(format_picks(&parse_picks("3,t").unwrap()), "3,t");
    }
}
