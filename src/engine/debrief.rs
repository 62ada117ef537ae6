//! What a learner is shown at the end: per-lesson results and a review of each decision.

use crate::scenario::{EndingKind, Scenario};

use super::run::{Run, Taken};
use super::score::{self, Percent};

/// One lesson's result in a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonResult {
    /// Index into the course's lessons.
    pub lesson: usize,
    pub earned: i64,
    pub best: i64,
    /// `None` when not assessed (best 0).
    pub percent: Option<Percent>,
}

impl LessonResult {
    /// Points were lost where none could be earned (a penalty at a node that offered nothing
    /// for this lesson): the loss still lowers the run's score, so it is shown as a loss.
    pub fn only_lost(&self) -> bool {
        self.percent.is_none() && self.earned < 0
    }
}

/// A decision looked back on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    pub node: usize,
    pub taken: Taken,
    /// A better offered choice (index in the node's choices), when there was one: the one with the
    /// highest total score, if higher than what was taken.
    pub better: Option<usize>,
    /// The lesson the better choice serves most.
    pub better_lesson: Option<usize>,
}

/// The stronger choice at a decision, as the debrief names it once: its text, the lesson it
/// serves most, and its own feedback (why it is stronger).
pub struct Better<'s> {
    pub text: &'s str,
    pub lesson: Option<&'s str>,
    pub feedback: Option<&'s str>,
}

impl Review {
    /// The stronger choice, when one was offered.
    pub fn better<'s>(&self, s: &'s Scenario) -> Option<Better<'s>> {
        let choice = &s.nodes[self.node].choices()[self.better?];
        Some(Better {
            text: &choice.text,
            lesson: self.better_lesson.map(|l| s.course.lessons[l].title.as_str()),
            feedback: choice.feedback.as_deref(),
        })
    }

    /// The text of the choice taken (`None` when the time ran out) and the feedback that goes
    /// with it.
    pub fn taken<'s>(&self, s: &'s Scenario) -> (Option<&'s str>, Option<&'s str>) {
        let node = &s.nodes[self.node];
        match self.taken {
            Taken::Choice(c) => {
                (Some(node.choices()[c].text.as_str()), node.choices()[c].feedback.as_deref())
            }
            Taken::Timeout => (None, node.on_timeout.as_ref().and_then(|o| o.feedback.as_deref())),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Debrief {
    pub ending: Option<EndingKind>,
    pub percent: Percent,
    pub passed: bool,
    /// Every lesson with a non-zero best or earned in this run, in course order.
    pub lessons: Vec<LessonResult>,
    pub decisions: Vec<Review>,
    /// Nodes on the run's path with a `discuss` prompt, each once, in the order met: questions
    /// for a learner practising alone to think about.
    pub discuss: Vec<usize>,
    /// The variables at the end (only shown ones are for learners' eyes).
    pub vars: Vec<i64>,
}

impl Debrief {
    pub fn of(run: &Run<'_>) -> Debrief {
        let s: &Scenario = run.scenario();
        let tally = run.tally();
        let lessons = (0..s.course.lessons.len())
            .filter(|&l| tally.best[l] != 0 || tally.earned[l] != 0)
            .map(|l| LessonResult {
                lesson: l,
                earned: tally.earned[l],
                best: tally.best[l],
                percent: tally.lesson_percent(l),
            })
            .collect();
        let decisions = run
            .decisions()
            .iter()
            .map(|d| {
                let node = &s.nodes[d.node];
                let total = |i: usize| score::total(&node.choices()[i].score);
                let taken_total = match d.taken {
                    Taken::Choice(i) => total(i),
                    Taken::Timeout => node.on_timeout.as_ref().map_or(0, |o| score::total(&o.score)),
                };
                // The first offered choice (in the order shown) with the highest total.
                let best = d.offered.iter().copied().fold(None::<usize>, |acc, i| match acc {
                    Some(b) if total(b) >= total(i) => Some(b),
                    _ => Some(i),
                });
                let better = best.filter(|&b| total(b) > taken_total);
                let better_lesson = better.and_then(|b| {
                    node.choices()[b]
                        .score
                        .iter()
                        .filter(|(_, p)| *p > 0)
                        .max_by_key(|(_, p)| *p)
                        .map(|(l, _)| *l)
                });
                Review { node: d.node, taken: d.taken, better, better_lesson }
            })
            .collect();
        let mut discuss: Vec<usize> = Vec::new();
        for &n in run.path() {
            if s.nodes[n].discuss.is_some() && !discuss.contains(&n) {
                discuss.push(n);
            }
        }
        Debrief {
            ending: run.ending(),
            percent: run.percent(),
            passed: run.passed(),
            lessons,
            decisions,
            discuss,
            vars: run.vars().to_vec(),
        }
    }
}
