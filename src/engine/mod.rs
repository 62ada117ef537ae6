//! The engine: runs, scoring and debriefs. Pure: no files, no terminal, no clock, no global random
//! numbers. Everything is decided by the scenario, the seed and the learner's actions.
//!
//! Where a choice is scored: `score.rs` (recording and undoing a decision's points, the best
//! points offered at a node, percentages); every other module here calls it.

pub mod analyze;
pub mod bounds;
mod check;
mod debrief;
pub mod explore;
pub mod honest;
mod rng;
mod run;
mod score;
mod walk;

pub use check::check_scenario;
pub use debrief::{Better, Debrief, LessonResult, Review};
pub use rng::Rng;
pub use run::{
    destinations, visible_choices, Action, ActionError, Decision, Destinations, Prompt, Run, Taken,
};
pub use score::{record, Percent, Tally};
pub use walk::{format_picks, parse_picks, pass_continues, replay, walk, Pick, PicksError, Stop};
