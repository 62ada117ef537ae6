//! A class's exports combined and verified. Every completed attempt is replayed from its seed and
//! choices against the scenario as loaded: an attempt played on another version of the scenario
//! (its hash differs), or whose recorded figures differ from what its choices give (edited by
//! hand), is flagged with the reason and not counted.
//!
//! Lesson means: for each learner and scenario, the best counted attempt (highest percent) is
//! taken; a lesson's class mean is the mean of those attempts' exact percents for the lesson
//! (earned / best, clamped), over the attempts that assessed it. The spread is the lowest, highest
//! and standard deviation of the same figures.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};

use crate::engine::{parse_picks, walk, Debrief, Stop, Taken};
use crate::pack::Library;
use crate::progress::{Attempt, Status};
use crate::t;

use super::export::Export;

/// One export, as read from a file.
pub struct Source {
    pub file: String,
    pub export: Export,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Flag {
    pub file: String,
    pub learner: String,
    pub scenario: String,
    pub attempt: String,
    /// Why, in English (the JSON report's `reason`).
    pub reason: String,
    /// Why, to say in the interface language ([`Unverified::message`]).
    pub cause: Unverified,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LessonStats {
    pub title: String,
    pub mean: f64,
    pub min: f64,
    pub max: f64,
    pub sd: f64,
    pub n: usize,
}

#[derive(Clone, Debug, Default)]
pub struct ClassReport {
    pub counted: usize,
    pub flagged: Vec<Flag>,
    pub lessons: BTreeMap<String, LessonStats>,
    /// Scenario → node → choice text → count.
    pub decisions: BTreeMap<String, BTreeMap<String, BTreeMap<String, usize>>>,
    /// Scenario → (learners who passed, learners who have not).
    pub scenarios: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>,
    pub learners: BTreeSet<String>,
    /// The scenarios required to complete the course, when the course lists its scenarios.
    pub required: Option<Vec<String>>,
}

/// A counted attempt, with its replayed debrief.
struct Counted<'a> {
    learner: &'a str,
    attempt: &'a Attempt,
    lesson_percents: Vec<(String, f64)>,
}

/// Why an attempt cannot be counted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Unverified {
    #[error("no scenario `{0}` is loaded (add its pack with --pack)")]
    NotLoaded(String),
    #[error("played on another version of the scenario (its content hash differs from the file loaded now)")]
    OtherVersion,
    #[error("its choices cannot be read: {0}")]
    Choices(#[from] crate::engine::PicksError),
    #[error("its recorded choices do not lead to an ending of this scenario")]
    NoEnding,
    #[error("recorded ending {recorded:?} but its choices end {replayed:?}")]
    Ending { recorded: String, replayed: String },
    #[error("recorded {} but its choices give {replayed}%", .recorded.map_or("no percent".to_string(), |p| format!("{p}%")))]
    Percent { recorded: Option<u32>, replayed: u32 },
    #[error("recorded passed = {recorded} but its choices give {replayed}")]
    Passed { recorded: bool, replayed: bool },
    #[error("lesson `{lesson}`: recorded {recorded} but its choices give {replayed}")]
    Lesson { lesson: String, recorded: String, replayed: String },
}

impl Unverified {
    /// Why the attempt is not counted, in the interface language (the English is `to_string`).
    pub fn message(&self) -> String {
        let pct = |p: u32| crate::i18n::percent(p);
        match self {
            Unverified::NotLoaded(id) => t!("report-flag-not-loaded", scenario = id),
            Unverified::OtherVersion => t!("report-flag-other-version"),
            Unverified::Choices(e) => t!("report-flag-choices", reason = &e.to_string()),
            Unverified::NoEnding => t!("report-flag-no-ending"),
            Unverified::Ending { recorded, replayed } => t!(
                "report-flag-ending",
                recorded = recorded,
                recorded_name = &t!("ending-kind", kind = recorded),
                replayed = replayed,
                replayed_name = &t!("ending-kind", kind = replayed)
            ),
            Unverified::Percent { recorded: Some(r), replayed } => {
                t!("report-flag-percent", recorded = &pct(*r), replayed = &pct(*replayed))
            }
            Unverified::Percent { recorded: None, replayed } => {
                t!("report-flag-no-percent", replayed = &pct(*replayed))
            }
            Unverified::Passed { recorded, replayed } => t!(
                "report-flag-passed",
                recorded = crate::present::yes_no(*recorded),
                replayed = crate::present::yes_no(*replayed)
            ),
            Unverified::Lesson { lesson, recorded, replayed } => {
                t!("report-flag-lesson", lesson = lesson, recorded = recorded, replayed = replayed)
            }
        }
    }
}

/// What the class report counts when a decision's timer ran out (the JSON report's key).
const TIMED_OUT: &str = "(time ran out)";

/// A choice's text as the reports show it: the text, or that the time ran out.
fn choice_text(text: &str) -> String {
    if text == TIMED_OUT {
        t!("report-timed-out")
    } else {
        text.to_string()
    }
}

/// `x` with one decimal, at least `width` wide, with the language's decimal mark.
fn decimal(x: f64, width: usize) -> String {
    format!("{x:>width$.1}").replace('.', &t!("decimal-mark"))
}

/// Replays `a` and says why it cannot be counted, if it cannot.
fn verify(
    lib: &Library,
    a: &Attempt,
    decisions: &mut BTreeMap<String, BTreeMap<String, usize>>,
) -> Result<Vec<(String, f64)>, Unverified> {
    let entry = lib
        .entries
        .iter()
        .find(|e| e.scenario.id == a.scenario)
        .ok_or_else(|| Unverified::NotLoaded(a.scenario.clone()))?;
    let s = &entry.scenario;
    if s.content_hash != a.scenario_hash {
        return Err(Unverified::OtherVersion);
    }
    let picks = parse_picks(&a.choices.join(","))?;
    let (run, stop) = walk(s, a.seed, &picks);
    if !matches!(stop, Stop::Ended { leftover: 0 }) {
        return Err(Unverified::NoEnding);
    }
    let d = Debrief::of(&run);
    let ending = d.ending.map(|e| e.as_str().to_string());
    if a.ending != ending {
        return Err(Unverified::Ending {
            recorded: a.ending.clone().unwrap_or_else(|| "none".into()),
            replayed: ending.unwrap_or_else(|| "none".into()),
        });
    }
    if a.percent != Some(d.percent.rounded()) {
        return Err(Unverified::Percent { recorded: a.percent, replayed: d.percent.rounded() });
    }
    if a.passed != Some(d.passed) {
        return Err(Unverified::Passed { recorded: a.passed.unwrap_or(false), replayed: d.passed });
    }
    let replayed: BTreeMap<String, (i64, i64)> =
        d.lessons.iter().map(|l| (s.course.lessons[l.lesson].id.clone(), (l.earned, l.best))).collect();
    let recorded: BTreeMap<String, (i64, i64)> =
        a.lessons.iter().map(|(k, v)| (k.clone(), (v.earned, v.best))).collect();
    if replayed != recorded {
        let which = replayed
            .keys()
            .chain(recorded.keys())
            .find(|k| replayed.get(*k) != recorded.get(*k))
            .cloned()
            .unwrap_or_default();
        let show = |v: Option<&(i64, i64)>| v.map_or("nothing".to_string(), |(e, b)| format!("{e}/{b}"));
        return Err(Unverified::Lesson {
            recorded: show(recorded.get(&which)),
            replayed: show(replayed.get(&which)),
            lesson: which,
        });
    }
    for dec in run.decisions() {
        let node = &s.nodes[dec.node];
        let text = match dec.taken {
            Taken::Choice(c) => node.choices()[c].text.clone(),
            Taken::Timeout => TIMED_OUT.to_string(),
        };
        *decisions.entry(node.id.clone()).or_default().entry(text).or_default() += 1;
    }
    Ok(d.lessons
        .iter()
        .filter_map(|l| l.percent.map(|p| (s.course.lessons[l.lesson].id.clone(), p.value())))
        .collect())
}

pub fn combine(lib: &Library, sources: &[Source]) -> ClassReport {
    let mut report = ClassReport::default();
    let mut counted: Vec<Counted<'_>> = Vec::new();
    for src in sources {
        let learner = src.export.learner.as_str();
        report.learners.insert(learner.to_string());
        for a in &src.export.attempts {
            let entry = report.scenarios.entry(a.scenario.clone()).or_default();
            if a.status != Status::Completed {
                if !entry.0.contains(learner) {
                    entry.1.insert(learner.to_string());
                }
                continue;
            }
            let mut decisions = BTreeMap::new();
            match verify(lib, a, &mut decisions) {
                Ok(lesson_percents) => {
                    let dest = report.decisions.entry(a.scenario.clone()).or_default();
                    for (node, choices) in decisions {
                        for (text, n) in choices {
                            *dest.entry(node.clone()).or_default().entry(text).or_default() += n;
                        }
                    }
                    let entry = report.scenarios.entry(a.scenario.clone()).or_default();
                    if a.passed == Some(true) {
                        entry.0.insert(learner.to_string());
                        entry.1.remove(learner);
                    } else if !entry.0.contains(learner) {
                        entry.1.insert(learner.to_string());
                    }
                    counted.push(Counted { learner, attempt: a, lesson_percents });
                }
                Err(reason) => {
                    report.flagged.push(Flag {
                        file: src.file.clone(),
                        learner: learner.to_string(),
                        scenario: a.scenario.clone(),
                        attempt: a.id.clone(),
                        reason: reason.to_string(),
                        cause: reason,
                    });
                    let entry = report.scenarios.entry(a.scenario.clone()).or_default();
                    if !entry.0.contains(learner) {
                        entry.1.insert(learner.to_string());
                    }
                }
            }
        }
    }
    report.counted = counted.len();
    report.required = lib
        .course_of_record()
        .filter(|c| !c.scenarios.is_empty())
        .map(|c| c.required().map(str::to_string).collect());

    // Each learner's best counted attempt per scenario feeds the lesson figures.
    let mut best: BTreeMap<(&str, &str), &Counted<'_>> = BTreeMap::new();
    for c in &counted {
        let key = (c.learner, c.attempt.scenario.as_str());
        let replace = best.get(&key).is_none_or(|b| c.attempt.percent > b.attempt.percent);
        if replace {
            best.insert(key, c);
        }
    }
    let mut values: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for c in best.values() {
        for (lesson, p) in &c.lesson_percents {
            values.entry(lesson.clone()).or_default().push(*p);
        }
    }
    let titles: BTreeMap<String, String> = lib
        .course
        .iter()
        .chain(lib.entries.iter().map(|e| &e.scenario.course))
        .flat_map(|c| c.lessons.iter().map(|l| (l.id.clone(), l.title.clone())))
        .collect();
    for (lesson, v) in values {
        let n = v.len() as f64;
        let mean = v.iter().sum::<f64>() / n;
        let sd = (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
        let min = v.iter().copied().fold(f64::INFINITY, f64::min);
        let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let title = titles.get(&lesson).cloned().unwrap_or_else(|| lesson.clone());
        report.lessons.insert(lesson, LessonStats { title, mean, min, max, sd, n: v.len() });
    }
    report
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

impl ClassReport {
    /// Learners who have not passed every scenario they have results for.
    pub fn not_passed(&self) -> Vec<String> {
        let set: BTreeSet<&String> = self.scenarios.values().flat_map(|(_, not)| not.iter()).collect();
        set.into_iter().cloned().collect()
    }

    /// Learners who have not passed every scenario the course requires (empty when the course
    /// lists no scenarios). A pass counts only when its attempt was verified.
    pub fn not_completed(&self) -> Vec<String> {
        let Some(required) = &self.required else { return Vec::new() };
        self.learners
            .iter()
            .filter(|l| !required.iter().all(|r| self.scenarios.get(r).is_some_and(|(p, _)| p.contains(*l))))
            .cloned()
            .collect()
    }

    pub fn to_json(&self) -> Value {
        let lessons: Map<String, Value> = self
            .lessons
            .iter()
            .map(|(id, s)| {
                (
                    id.clone(),
                    json!({ "title": s.title, "mean_percent": round2(s.mean), "min": round2(s.min), "max": round2(s.max), "sd": round2(s.sd), "results": s.n }),
                )
            })
            .collect();
        let scenarios: Map<String, Value> = self
            .scenarios
            .iter()
            .map(|(id, (p, n))| (id.clone(), json!({ "passed": p, "not_passed": n })))
            .collect();
        json!({
            "counted": self.counted,
            "flagged": self.flagged.iter().map(|f| json!({
                "file": f.file, "learner": f.learner, "scenario": f.scenario, "attempt": f.attempt, "reason": f.reason,
            })).collect::<Vec<_>>(),
            "lessons": lessons,
            "decisions": self.decisions,
            "scenarios": scenarios,
            "not_passed": self.not_passed(),
            "not_completed": self.not_completed(),
            "course_required": self.required,
        })
    }

    /// "2 results counted from 3 learners; 1 flagged."
    fn summary(&self) -> String {
        t!(
            "report-summary",
            counted = self.counted,
            learners = self.learners.len(),
            flagged = self.flagged.len()
        )
    }

    pub fn to_table(&self) -> String {
        let mut out = format!("{}\n", self.summary());
        if !self.lessons.is_empty() {
            out.push_str(&format!("\n{}\n", t!("report-lessons-intro")));
            let w = self.lessons.values().map(|s| s.title.chars().count()).max().unwrap_or(10);
            for s in self.lessons.values() {
                let figures = t!(
                    "report-lesson-figures",
                    mean = &decimal(s.mean, 6),
                    min = &decimal(s.min, 5),
                    max = &format!("{:<5}", decimal(s.max, 0)),
                    sd = &decimal(s.sd, 4),
                    results = s.n
                );
                out.push_str(&format!("  {:w$}  {figures}\n", s.title));
            }
        }
        if let Some(required) = &self.required {
            let not = self.not_completed();
            out.push_str(&format!(
                "\n{}",
                t!(
                    "report-course",
                    required = required.len(),
                    completed = self.learners.len() - not.len(),
                    learners = self.learners.len()
                )
            ));
            if !not.is_empty() {
                out.push_str(&format!(" {}", t!("report-not-completed", learners = &not.join(", "))));
            }
            out.push('\n');
        }
        out.push_str(&format!("\n{}\n", t!("report-who-passed")));
        for (id, (p, n)) in &self.scenarios {
            let line = if n.is_empty() {
                t!("report-scenario-passed", scenario = id, passed = p.len(), not_yet = n.len())
            } else {
                let names = n.iter().cloned().collect::<Vec<_>>().join(", ");
                t!(
                    "report-scenario-passed-names",
                    scenario = id,
                    passed = p.len(),
                    not_yet = n.len(),
                    names = &names
                )
            };
            out.push_str(&format!("  {line}\n"));
        }
        for (scenario, nodes) in &self.decisions {
            out.push_str(&format!("\n{}\n", t!("report-how-chose", scenario = scenario)));
            for (node, choices) in nodes {
                out.push_str(&format!("  {node}\n"));
                for (text, n) in choices {
                    out.push_str(&format!("    {n:>3}  {}\n", crate::text::excerpt(&choice_text(text), 70)));
                }
            }
        }
        if !self.flagged.is_empty() {
            out.push_str(&format!("\n{}\n", t!("report-flagged")));
            for f in &self.flagged {
                let line = t!(
                    "report-flag",
                    file = &f.file,
                    learner = &f.learner,
                    scenario = &f.scenario,
                    reason = &f.cause.message()
                );
                out.push_str(&format!("  {line}\n"));
            }
        }
        crate::text::sanitize(&out).into_owned()
    }

    pub fn to_markdown(&self) -> String {
        let cell = |s: &str| crate::text::sanitize_line(s).replace('|', "\\|");
        let pct = |x: f64| t!("report-percent", value = &decimal(x, 0));
        let mut out = format!("# {}\n\n{}\n\n", t!("report-title"), self.summary());
        out.push_str(&format!(
            "## {}\n\n{}\n|---|---:|---:|---:|---:|---:|\n",
            t!("report-lessons"),
            t!("report-lessons-header")
        ));
        for s in self.lessons.values() {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                cell(&s.title),
                pct(s.mean),
                pct(s.min),
                pct(s.max),
                decimal(s.sd, 0),
                s.n
            ));
        }
        if let Some(required) = &self.required {
            let not = self.not_completed();
            let names = not.iter().map(|x| cell(x)).collect::<Vec<_>>().join(", ");
            let course = t!(
                "report-course-md",
                required = required.len(),
                completed = self.learners.len() - not.len(),
                learners = self.learners.len()
            );
            out.push_str(&format!(
                "\n## {}\n\n{course}{}\n",
                t!("report-the-course"),
                if not.is_empty() {
                    String::new()
                } else {
                    format!(" {}", t!("report-not-completed", learners = &names))
                }
            ));
        }
        out.push_str(&format!(
            "\n## {}\n\n{}\n|---|---|---|\n",
            t!("report-who-passed-title"),
            t!("report-passed-header")
        ));
        for (id, (p, n)) in &self.scenarios {
            let list = |s: &BTreeSet<String>| s.iter().map(|x| cell(x)).collect::<Vec<_>>().join(", ");
            out.push_str(&format!("| {} | {} | {} |\n", cell(id), list(p), list(n)));
        }
        for (scenario, nodes) in &self.decisions {
            out.push_str(&format!("\n## {}\n", t!("report-how-chose-title", scenario = &cell(scenario))));
            for (node, choices) in nodes {
                out.push_str(&format!(
                    "\n**{}**\n\n{}\n|---|---:|\n",
                    cell(node),
                    t!("report-choices-header")
                ));
                for (text, n) in choices {
                    out.push_str(&format!("| {} | {n} |\n", cell(&choice_text(text))));
                }
            }
        }
        if !self.flagged.is_empty() {
            out.push_str(&format!(
                "\n## {}\n\n{}\n|---|---|---|---|\n",
                t!("report-flagged-title"),
                t!("report-flagged-header")
            ));
            for f in &self.flagged {
                out.push_str(&format!(
                    "| {} | {} | {} | {} |\n",
                    cell(&f.file),
                    cell(&f.learner),
                    cell(&f.scenario),
                    cell(&f.cause.message())
                ));
            }
        }
        out
    }

    /// One row per learner and scenario.
    pub fn to_csv(&self) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        let _ = w.write_record(["learner", "scenario", "passed"]);
        for (id, (p, n)) in &self.scenarios {
            for l in p {
                let _ = w.write_record([l.as_str(), id.as_str(), "true"]);
            }
            for l in n {
                let _ = w.write_record([l.as_str(), id.as_str(), "false"]);
            }
        }
        String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}
