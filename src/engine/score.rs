//! Scoring, as the README's "How scoring works" defines it: integer tallies per lesson,
//! percentages as exact ratios, rounded (half up) only when shown or exported.
//!
//! Every place that scores a choice goes through here: a run [`record`]s each decision, the path
//! search takes it back with [`unrecord`], and the exact search ([`super::bounds`]) adds up
//! [`best_available`] and [`total`] without a tally.

use crate::scenario::Node;

/// Adds a decision's score to `tally`: the taken score to `earned`, and for each lesson the best
/// score among the offered choices (never below 0) to `best`.
pub fn record(tally: &mut Tally, node: &Node, offered: &[usize], taken: &[(usize, i64)]) {
    for &(lesson, points) in taken {
        tally.earned[lesson] += points;
    }
    for (lesson, points) in best_offered(node, offered) {
        tally.best[lesson] += points.max(0);
    }
}

/// Takes back exactly what [`record`] added (a search undoes each step on its way back).
pub fn unrecord(tally: &mut Tally, node: &Node, offered: &[usize], taken: &[(usize, i64)]) {
    for &(lesson, points) in taken {
        tally.earned[lesson] -= points;
    }
    for (lesson, points) in best_offered(node, offered) {
        tally.best[lesson] -= points.max(0);
    }
}

/// For each lesson scored by an offered choice (`offered`: indices into the node's choices), the
/// best score among them, possibly negative.
pub(crate) fn best_offered(node: &Node, offered: &[usize]) -> Vec<(usize, i64)> {
    let mut best: Vec<(usize, i64)> = Vec::new();
    for &i in offered {
        for &(lesson, points) in &node.choices()[i].score {
            match best.iter_mut().find(|(l, _)| *l == lesson) {
                Some((_, b)) => *b = (*b).max(points),
                None => best.push((lesson, points)),
            }
        }
    }
    best
}

/// The points a decision makes available over all lessons (what [`record`] adds to `best`): per
/// lesson, the best score among the offered choices, counted when positive.
pub(crate) fn best_available(node: &Node, offered: &[usize]) -> i64 {
    best_offered(node, offered).into_iter().map(|(_, points)| points.max(0)).sum()
}

/// A choice's (or a timeout's) score summed over all lessons: what it earns in all.
pub(crate) fn total(score: &[(usize, i64)]) -> i64 {
    score.iter().map(|&(_, points)| points).sum()
}

/// Points earned and the best points available, per course lesson.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub earned: Vec<i64>,
    pub best: Vec<i64>,
}

impl Tally {
    pub fn new(lessons: usize) -> Self {
        Tally { earned: vec![0; lessons], best: vec![0; lessons] }
    }

    pub fn total_earned(&self) -> i64 {
        self.earned.iter().sum()
    }

    pub fn total_best(&self) -> i64 {
        self.best.iter().sum()
    }

    /// The run's percent over all lessons: `clamp(Σ earned / Σ best) × 100`, 100 when Σ best is 0.
    pub fn percent(&self) -> Percent {
        match Percent::of(self.total_earned(), self.total_best()) {
            Some(p) => p,
            None => Percent::FULL,
        }
    }

    /// One lesson's percent, `None` when it was not assessed (its best is 0).
    pub fn lesson_percent(&self, lesson: usize) -> Option<Percent> {
        Percent::of(self.earned[lesson], self.best[lesson])
    }
}

/// An exact percentage `earned / best`, clamped to 0..=1 (`best > 0`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Percent {
    num: i64,
    den: i64,
}

impl Percent {
    pub const FULL: Percent = Percent { num: 1, den: 1 };

    /// `None` when `best` is 0 or less ("not assessed").
    pub fn of(earned: i64, best: i64) -> Option<Percent> {
        (best > 0).then(|| Percent { num: earned.clamp(0, best), den: best })
    }

    /// Rounded to the nearest whole percent, halves rounded up.
    pub fn rounded(self) -> u32 {
        let num = self.num as i128 * 200 + self.den as i128;
        (num / (2 * self.den as i128)) as u32
    }

    /// The exact value, as a number for averages and bars.
    pub fn value(self) -> f64 {
        self.num as f64 * 100.0 / self.den as f64
    }

    /// Whether this is at least `mark` percent, compared exactly.
    pub fn at_least(self, mark: u32) -> bool {
        self.num as i128 * 100 >= mark as i128 * self.den as i128
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rules() {
        let table = [
            // earned, best, rounded
            (7, 10, Some(70)),
            (-3, 10, Some(0)),
            (12, 10, Some(100)),
            (1, 8, Some(13)), // 12.5 rounds up
            (3, 40, Some(8)), // 7.5 exactly, even though 3/40 is not exact in binary
            (2, 3, Some(67)),
            (1, 3, Some(33)),
            (5, 0, None),
            (-2, 0, None),
        ];
        for (e, b, want) in table {
            assert_eq!(Percent::of(e, b).map(Percent::rounded), want, "{e}/{b}");
        }
    }

    #[test]
    fn pass_mark_is_compared_before_rounding() {
        // 69.5% shows as 70 but does not reach a 70% pass mark.
        let p = Percent::of(139, 200).unwrap();
        assert_eq!(p.rounded(), 70);
        assert!(!p.at_least(70));
        assert!(Percent::of(7, 10).unwrap().at_least(70));
    }

    #[test]
    fn run_percent_is_full_when_nothing_was_assessed() {
        let t = Tally { earned: vec![-1, 0], best: vec![0, 0] };
        assert_eq!(t.percent(), Percent::FULL);
        assert_eq!(t.lesson_percent(0), None);
    }

    #[test]
    fn run_percent_sums_before_dividing() {
        let t = Tally { earned: vec![3, -2, 1], best: vec![4, 2, 0] };
        // (3 - 2 + 1) / (4 + 2 + 0) = 2/6
        assert_eq!(t.percent().rounded(), 33);
        assert_eq!(t.lesson_percent(1).unwrap().rounded(), 0);
    }
}
