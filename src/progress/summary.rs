//! A learner's standing, computed from their attempts: per scenario (attempts, completed, best,
//! passed, in progress) and per lesson (mastery).
//!
//! Mastery of a lesson: take, for every scenario, the learner's best completed attempt (highest
//! percent; the latest of equals); add up the points earned and the best points available for the
//! lesson over those attempts; mastery is earned / best, clamped to 0..100%. A lesson that none of
//! those attempts assessed has no mastery yet.

use std::collections::BTreeMap;

use crate::engine::Percent;

use super::model::{Attempt, LearnerFile, Status};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScenarioStanding {
    pub attempts: usize,
    pub completed: usize,
    pub best_percent: Option<u32>,
    pub passed: bool,
    pub in_progress: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Standing {
    pub scenarios: BTreeMap<String, ScenarioStanding>,
    /// Lesson id → (earned, best) summed over best attempts.
    pub lessons: BTreeMap<String, (i64, i64)>,
}

impl Standing {
    pub fn of(file: &LearnerFile) -> Standing {
        let mut out = Standing::default();
        let mut best: BTreeMap<&str, &Attempt> = BTreeMap::new();
        for a in &file.attempts {
            let s = out.scenarios.entry(a.scenario.clone()).or_default();
            s.attempts += 1;
            match a.status {
                Status::Completed => {
                    s.completed += 1;
                    s.passed |= a.passed == Some(true);
                    s.best_percent = s.best_percent.max(a.percent);
                    let entry = best.entry(&a.scenario).or_insert(a);
                    if a.percent >= entry.percent {
                        *entry = a;
                    }
                }
                Status::InProgress => s.in_progress = true,
                Status::Abandoned => {}
            }
        }
        for a in best.values() {
            for (lesson, score) in &a.lessons {
                let e = out.lessons.entry(lesson.clone()).or_insert((0, 0));
                e.0 += score.earned;
                e.1 += score.best;
            }
        }
        out
    }

    /// A lesson's mastery, rounded; `None` when not assessed yet.
    pub fn mastery(&self, lesson: &str) -> Option<Percent> {
        self.lessons.get(lesson).and_then(|&(earned, best)| Percent::of(earned, best))
    }
}
