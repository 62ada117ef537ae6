//! A learner's standing, computed from their attempts: per scenario (attempts, completed, best,
//! passed, in progress) and per lesson (mastery).
//!
//! Mastery of a lesson: take, for every scenario, the learner's best completed attempt (highest
//! percent; the latest of equals); add up the points earned and the best points available for the
//! lesson over those attempts; mastery is earned / best, clamped to 0..100%. A lesson that none of
//! those attempts assessed has no mastery yet.

use std::collections::BTreeMap;

use crate::engine::Percent;
use crate::scenario::Course;

use super::model::{Attempt, LearnerFile, Status};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScenarioStanding {
    pub attempts: usize,
    pub completed: usize,
    pub best_percent: Option<u32>,
    pub passed: bool,
    pub in_progress: bool,
}

/// A learner's standing in a course that lists its scenarios.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CourseStanding {
    pub id: String,
    /// The required scenarios, in the course's order.
    pub required: Vec<String>,
    /// The listed scenarios the learner has passed, in the course's order.
    pub passed: Vec<String>,
    /// Every required scenario passed.
    pub completed: bool,
}

impl CourseStanding {
    /// Required scenarios passed so far.
    pub fn required_passed(&self) -> usize {
        self.required.iter().filter(|r| self.passed.contains(r)).count()
    }
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

    /// Where the learner stands in a course that lists its scenarios (None when it lists none):
    /// completed when every required scenario has been passed.
    pub fn course(&self, course: &Course) -> Option<CourseStanding> {
        if course.scenarios.is_empty() {
            return None;
        }
        let required: Vec<String> = course.required().map(str::to_string).collect();
        let passed: Vec<String> = course
            .scenarios
            .iter()
            .filter(|c| self.scenarios.get(&c.id).is_some_and(|s| s.passed))
            .map(|c| c.id.clone())
            .collect();
        let completed = required.iter().all(|r| passed.contains(r));
        Some(CourseStanding { id: course.id.clone(), required, passed, completed })
    }

    /// A lesson's mastery, rounded; `None` when not assessed yet.
    pub fn mastery(&self, lesson: &str) -> Option<Percent> {
        self.lessons.get(lesson).and_then(|&(earned, best)| Percent::of(earned, best))
    }
}
