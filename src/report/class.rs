//! A class's exports combined and verified. Every completed attempt is replayed from its seed and
//! choices against the scenario as loaded: an attempt played on another version of the scenario
//! (its hash differs), or whose recorded figures differ from what its choices give (edited by
//! hand), is flagged with the reason and not counted.
//!
//! The report cannot be fooled by handing things in twice: a learner who appears in a second file,
//! an attempt met again (it counts once), an attempt that turns up under another learner's name
//! (attempt ids are drawn at random: a shared one is a copy), and a CSV file made of several
//! exports put together are each flagged with the file, never merged or counted twice.
//!
//! Lesson means: for each learner and scenario, the best counted attempt (highest percent) is
//! taken; a lesson's class mean is the mean of those attempts' exact percents for the lesson
//! (earned / best, clamped), over the attempts that assessed it. The spread is the lowest, highest
//! and standard deviation of the same figures.
//!
//! Lessons and scenarios come in the course's order, decisions in each scenario's node order and
//! choices in the node's order, all in the language of the library given (the report's): attempts
//! played in any language are replayed on it, so they merge by node and choice.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{json, Map, Value};

use crate::engine::{parse_picks, walk, Debrief, Stop, Taken};
use crate::pack::Library;
use crate::progress::{Attempt, Status};
use crate::t;

use super::after_action::escape_markdown;
use super::export::{cell, Concatenated, Export};

/// One export, as read from a file.
pub struct Source {
    pub file: String,
    pub export: Export,
    /// The file holds several exports put together: none of it is counted.
    pub concatenated: Option<Concatenated>,
}

impl Source {
    pub fn new(file: String, export: Export) -> Source {
        Source { file, export, concatenated: None }
    }

    /// A CSV file of several exports put together, first of all `learner`'s.
    pub fn concatenated(file: String, learner: String, how: Concatenated) -> Source {
        let export = Export { learner, ..Export::of(&Default::default(), String::new()) };
        Source { file, export, concatenated: Some(how) }
    }
}

/// Something not counted, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Flag {
    pub file: String,
    pub learner: String,
    /// The scenario and attempt flagged; `None` when the whole file is.
    pub scenario: Option<String>,
    pub attempt: Option<String>,
    /// Why, in English (the JSON report's `reason`).
    pub reason: String,
    /// Why, to say in the interface language ([`NotCounted::message`]).
    pub cause: NotCounted,
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

/// How the class chose at one node: each choice taken (in the node's order, a timeout last) with
/// its count.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeChoices {
    pub node: String,
    /// Choice text in the report's language (or [`TIMED_OUT`]) and count.
    pub choices: Vec<(String, usize)>,
}

/// Who has passed a scenario, and who has results for it but has not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Standing {
    pub passed: BTreeSet<String>,
    pub not_yet: BTreeSet<String>,
}

#[derive(Clone, Debug, Default)]
pub struct ClassReport {
    pub counted: usize,
    pub flagged: Vec<Flag>,
    /// Lesson id and figures, in the course's order.
    pub lessons: Vec<(String, LessonStats)>,
    /// Scenario id and how the class chose at its nodes (in the scenario's order), scenarios in
    /// the course's order.
    pub decisions: Vec<(String, Vec<NodeChoices>)>,
    /// Scenario id and who has passed it, in the course's order.
    pub scenarios: Vec<(String, Standing)>,
    pub learners: BTreeSet<String>,
    /// The scenarios required to complete the course, when the course lists its scenarios.
    pub required: Option<Vec<String>>,
}

/// A counted attempt, with its replayed lesson percents.
struct Counted<'a> {
    learner: &'a str,
    attempt: &'a Attempt,
    lesson_percents: Vec<(String, f64)>,
}

/// Why an attempt's replay does not give what it records.
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

/// Why an attempt, or a whole file, is not counted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotCounted {
    #[error(transparent)]
    Unverified(#[from] Unverified),
    /// The same attempt met before in the same file (a learner's attempts all come from one
    /// file); `changed` when its contents differ.
    #[error("{}", if *.changed { "an attempt appears more than once in this file with different contents: only the first is counted" } else { "the same attempt appears more than once in this file: it counts once" })]
    Again { changed: bool },
    /// The attempt was met first as `learner`'s, in `file`.
    #[error("the same attempt as {learner}'s, in {file} (each attempt belongs to one learner): not counted")]
    Copy { learner: String, file: String },
    /// The learner handed in `file` already.
    #[error(
        "{learner} also handed in {file}: one file per learner is counted (keep their latest export only)"
    )]
    LearnerElsewhere { learner: String, file: String },
    #[error("{}", match .0 {
        Concatenated::Learners(l) => format!("it holds the rows of more than one learner ({}): exports put together in one file are not counted (each learner hands in their own)", l.join(", ")),
        Concatenated::Header(row) => format!("a second header row, at row {row}: exports put together in one file are not counted (each learner hands in their own)"),
    })]
    Concatenated(Concatenated),
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

impl NotCounted {
    /// Why it is not counted, in the interface language (the English is `to_string`).
    pub fn message(&self) -> String {
        match self {
            NotCounted::Unverified(u) => u.message(),
            NotCounted::Again { changed: false } => t!("report-flag-again"),
            NotCounted::Again { changed: true } => t!("report-flag-again-changed"),
            NotCounted::Copy { learner, file } => t!("report-flag-copy", learner = learner, file = file),
            NotCounted::LearnerElsewhere { learner, file } => {
                t!("report-flag-learner-elsewhere", learner = learner, file = file)
            }
            NotCounted::Concatenated(how) => how.message(),
        }
    }
}

/// What the class report counts when a decision's timer ran out (the JSON report's key).
const TIMED_OUT: &str = "(time ran out)";

/// Where a timeout is counted among a node's choices: after them all.
const TIMEOUT: usize = usize::MAX;

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

/// How many times each choice (or [`TIMEOUT`]) was taken at each node, by node index.
type Tallies = BTreeMap<usize, BTreeMap<usize, usize>>;

/// Replays `a`; its lesson percents when it gives what it records, with its choices added to
/// `tallies`.
fn verify(lib: &Library, a: &Attempt, tallies: &mut Tallies) -> Result<Vec<(String, f64)>, Unverified> {
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
    compare(a, &d, |l| s.course.lessons[l].id.clone())?;
    for dec in run.decisions() {
        let choice = match dec.taken {
            Taken::Choice(c) => c,
            Taken::Timeout => TIMEOUT,
        };
        *tallies.entry(dec.node).or_default().entry(choice).or_default() += 1;
    }
    Ok(d.lessons
        .iter()
        .filter_map(|l| l.percent.map(|p| (s.course.lessons[l.lesson].id.clone(), p.value())))
        .collect())
}

/// Whether what `a` records (ending, percent, pass, lesson points) is what its replay `d` gives;
/// `lesson_id` names a lesson of the scenario.
fn compare(a: &Attempt, d: &Debrief, lesson_id: impl Fn(usize) -> String) -> Result<(), Unverified> {
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
        d.lessons.iter().map(|l| (lesson_id(l.lesson), (l.earned, l.best))).collect();
    let recorded: BTreeMap<String, (i64, i64)> =
        a.lessons.iter().map(|(k, v)| (k.clone(), (v.earned, v.best))).collect();
    if replayed == recorded {
        return Ok(());
    }
    let which = replayed
        .keys()
        .chain(recorded.keys())
        .find(|k| replayed.get(*k) != recorded.get(*k))
        .cloned()
        .unwrap_or_default();
    let show = |v: Option<&(i64, i64)>| v.map_or("nothing".to_string(), |(e, b)| format!("{e}/{b}"));
    Err(Unverified::Lesson {
        recorded: show(recorded.get(&which)),
        replayed: show(replayed.get(&which)),
        lesson: which,
    })
}

/// The report as it is being put together, file by file.
#[derive(Default)]
struct Combining<'a> {
    report: ClassReport,
    counted: Vec<Counted<'a>>,
    standing: BTreeMap<String, Standing>,
    /// Scenario id → node → choice → count.
    tallies: BTreeMap<String, Tallies>,
    /// The file each learner was first met in.
    learner_file: HashMap<&'a str, &'a str>,
    /// Each completed attempt met, by id: whose, in which file.
    attempts: HashMap<&'a str, (&'a str, &'a str, &'a Attempt)>,
}

impl<'a> Combining<'a> {
    fn flag(&mut self, src: &Source, a: Option<&Attempt>, cause: NotCounted) {
        self.report.flagged.push(Flag {
            file: src.file.clone(),
            learner: src.export.learner.clone(),
            scenario: a.map(|a| a.scenario.clone()),
            attempt: a.map(|a| a.id.clone()),
            reason: cause.to_string(),
            cause,
        });
    }

    /// `learner` has results for `scenario` that are not (or not yet) a counted pass.
    fn not_yet(&mut self, learner: &str, scenario: &str) {
        let s = self.standing.entry(scenario.to_string()).or_default();
        if !s.passed.contains(learner) {
            s.not_yet.insert(learner.to_string());
        }
    }

    fn file(&mut self, lib: &Library, src: &'a Source) {
        let learner = src.export.learner.as_str();
        if let Some(how) = &src.concatenated {
            return self.flag(src, None, NotCounted::Concatenated(how.clone()));
        }
        if let Some(first) = self.learner_file.get(learner) {
            let cause =
                NotCounted::LearnerElsewhere { learner: learner.to_string(), file: first.to_string() };
            return self.flag(src, None, cause);
        }
        self.learner_file.insert(learner, &src.file);
        self.report.learners.insert(learner.to_string());
        for a in &src.export.attempts {
            self.attempt(lib, src, a);
        }
    }

    fn attempt(&mut self, lib: &Library, src: &'a Source, a: &'a Attempt) {
        let learner = src.export.learner.as_str();
        if a.status != Status::Completed {
            return self.not_yet(learner, &a.scenario);
        }
        if let Some(&(whose, file, first)) = self.attempts.get(a.id.as_str()) {
            if whose == learner {
                return self.flag(src, Some(a), NotCounted::Again { changed: first != a });
            }
            self.flag(src, Some(a), NotCounted::Copy { learner: whose.to_string(), file: file.to_string() });
            return self.not_yet(learner, &a.scenario);
        }
        self.attempts.insert(&a.id, (learner, &src.file, a));
        let mut tallies = Tallies::new();
        match verify(lib, a, &mut tallies) {
            Ok(lesson_percents) => {
                let dest = self.tallies.entry(a.scenario.clone()).or_default();
                for (node, choices) in tallies {
                    for (choice, n) in choices {
                        *dest.entry(node).or_default().entry(choice).or_default() += n;
                    }
                }
                if a.passed == Some(true) {
                    let s = self.standing.entry(a.scenario.clone()).or_default();
                    s.passed.insert(learner.to_string());
                    s.not_yet.remove(learner);
                } else {
                    self.not_yet(learner, &a.scenario);
                }
                self.counted.push(Counted { learner, attempt: a, lesson_percents });
            }
            Err(reason) => {
                self.flag(src, Some(a), reason.into());
                self.not_yet(learner, &a.scenario);
            }
        }
    }
}

pub fn combine(lib: &Library, sources: &[Source]) -> ClassReport {
    let mut c = Combining::default();
    for src in sources {
        c.file(lib, src);
    }
    let mut report = c.report;
    report.counted = c.counted.len();
    report.required = lib
        .course_of_record()
        .filter(|c| !c.scenarios.is_empty())
        .map(|c| c.required().map(str::to_string).collect());
    report.lessons = lesson_stats(lib, &c.counted);
    let mut standing: Vec<(String, Standing)> = c.standing.into_iter().collect();
    standing.sort_by_key(|(id, _)| scenario_rank(lib, id));
    report.scenarios = standing;
    report.decisions = decisions(lib, c.tallies);
    report
}

/// Where scenario `id` comes in the report: the library's order (the course's, then the order
/// loaded), then scenarios not loaded by id.
fn scenario_rank(lib: &Library, id: &str) -> (usize, String) {
    (lib.entries.iter().position(|e| e.scenario.id == id).unwrap_or(usize::MAX), id.to_string())
}

/// Every lesson id with its title in the report's language: the course of record's lessons in
/// its order, then those of other courses loaded.
fn lessons_in_order(lib: &Library) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let courses = lib
        .course_of_record()
        .into_iter()
        .chain(&lib.course)
        .chain(lib.entries.iter().map(|e| &e.scenario.course));
    for course in courses {
        for l in &course.lessons {
            if !out.iter().any(|(id, _)| *id == l.id) {
                out.push((l.id.clone(), l.title.clone()));
            }
        }
    }
    out
}

/// The class's figures per lesson, from each learner's best counted attempt per scenario.
fn lesson_stats(lib: &Library, counted: &[Counted<'_>]) -> Vec<(String, LessonStats)> {
    let mut best: BTreeMap<(&str, &str), &Counted<'_>> = BTreeMap::new();
    for c in counted {
        let key = (c.learner, c.attempt.scenario.as_str());
        if best.get(&key).is_none_or(|b| c.attempt.percent > b.attempt.percent) {
            best.insert(key, c);
        }
    }
    let mut values: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for c in best.values() {
        for (lesson, p) in &c.lesson_percents {
            values.entry(lesson).or_default().push(*p);
        }
    }
    let order = lessons_in_order(lib);
    let mut out: Vec<(String, LessonStats)> = values
        .into_iter()
        .map(|(lesson, v)| {
            let n = v.len() as f64;
            let mean = v.iter().sum::<f64>() / n;
            let sd = (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
            let min = v.iter().copied().fold(f64::INFINITY, f64::min);
            let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let title = order.iter().find(|(id, _)| id == lesson).map_or(lesson, |(_, t)| t).to_string();
            (lesson.to_string(), LessonStats { title, mean, min, max, sd, n: v.len() })
        })
        .collect();
    out.sort_by_key(|(id, _)| order.iter().position(|(o, _)| o == id).unwrap_or(usize::MAX));
    out
}

/// The tallies with node ids and choice texts from the loaded scenarios (in the report's
/// language), in the course's and each scenario's order.
fn decisions(lib: &Library, tallies: BTreeMap<String, Tallies>) -> Vec<(String, Vec<NodeChoices>)> {
    let mut out: Vec<(String, Vec<NodeChoices>)> = Vec::new();
    for (id, nodes) in tallies {
        // Only verified attempts are tallied, and they were replayed on this very scenario.
        let Some(entry) = lib.entries.iter().find(|e| e.scenario.id == id) else { continue };
        let s = &entry.scenario;
        let nodes = nodes
            .into_iter()
            .map(|(node, choices)| NodeChoices {
                node: s.nodes[node].id.clone(),
                choices: choices
                    .into_iter()
                    .map(|(c, n)| match c {
                        TIMEOUT => (TIMED_OUT.to_string(), n),
                        c => (s.nodes[node].choices()[c].text.clone(), n),
                    })
                    .collect(),
            })
            .collect();
        out.push((id, nodes));
    }
    out.sort_by_key(|(id, _)| scenario_rank(lib, id));
    out
}

/// Choice counts keyed by text, as the JSON report gives them (two choices with the same text
/// add up rather than hide each other).
fn counts_by_text(choices: &[(String, usize)]) -> BTreeMap<&str, usize> {
    let mut out = BTreeMap::new();
    for (text, n) in choices {
        *out.entry(text.as_str()).or_default() += n;
    }
    out
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

impl ClassReport {
    /// Learners who have not passed every scenario they have results for.
    pub fn not_passed(&self) -> Vec<String> {
        let set: BTreeSet<&String> = self.scenarios.iter().flat_map(|(_, s)| s.not_yet.iter()).collect();
        set.into_iter().cloned().collect()
    }

    /// Learners who have not passed every scenario the course requires (empty when the course
    /// lists no scenarios). A pass counts only when its attempt was verified.
    pub fn not_completed(&self) -> Vec<String> {
        let Some(required) = &self.required else { return Vec::new() };
        let passed = |scenario: &str, l: &String| {
            self.scenarios.iter().any(|(id, s)| id == scenario && s.passed.contains(l))
        };
        self.learners.iter().filter(|l| !required.iter().all(|r| passed(r, l))).cloned().collect()
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
            .map(|(id, s)| (id.clone(), json!({ "passed": s.passed, "not_passed": s.not_yet })))
            .collect();
        let decisions: Map<String, Value> = self
            .decisions
            .iter()
            .map(|(id, nodes)| {
                let nodes: Map<String, Value> =
                    nodes.iter().map(|n| (n.node.clone(), json!(counts_by_text(&n.choices)))).collect();
                (id.clone(), Value::Object(nodes))
            })
            .collect();
        json!({
            "counted": self.counted,
            "flagged": self.flagged.iter().map(|f| json!({
                "file": f.file, "learner": f.learner, "scenario": f.scenario, "attempt": f.attempt, "reason": f.reason,
            })).collect::<Vec<_>>(),
            "lessons": lessons,
            "decisions": decisions,
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

    /// The course line (`markdown` for the Markdown report): how many learners completed it, and
    /// who has not (`names` lists them).
    fn course_line(&self, markdown: bool, names: impl Fn(&[String]) -> String) -> Option<String> {
        let required = self.required.as_ref()?.len();
        let not = self.not_completed();
        let (learners, completed) = (self.learners.len(), self.learners.len() - not.len());
        let line = if markdown {
            t!("report-course-md", required = required, completed = completed, learners = learners)
        } else {
            t!("report-course", required = required, completed = completed, learners = learners)
        };
        if not.is_empty() {
            return Some(line);
        }
        Some(format!("{line} {}", t!("report-not-completed", learners = &names(&not))))
    }

    /// A flag as one line of text.
    fn flag_line(f: &Flag, show: impl Fn(&str) -> String) -> String {
        let (file, learner, reason) = (show(&f.file), show(&f.learner), show(&f.cause.message()));
        match &f.scenario {
            Some(s) => {
                t!("report-flag", file = &file, learner = &learner, scenario = &show(s), reason = &reason)
            }
            None => t!("report-flag-file", file = &file, learner = &learner, reason = &reason),
        }
    }

    pub fn to_table(&self) -> String {
        let mut out = format!("{}\n", self.summary());
        if !self.lessons.is_empty() {
            out.push_str(&format!("\n{}\n", t!("report-lessons-intro")));
            let w = self.lessons.iter().map(|(_, s)| s.title.chars().count()).max().unwrap_or(10);
            for (_, s) in &self.lessons {
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
        if let Some(line) = self.course_line(false, |n| n.join(", ")) {
            out.push_str(&format!("\n{line}\n"));
        }
        out.push_str(&format!("\n{}\n", t!("report-who-passed")));
        for (id, s) in &self.scenarios {
            let (passed, not_yet) = (s.passed.len(), s.not_yet.len());
            let line = if s.not_yet.is_empty() {
                t!("report-scenario-passed", scenario = id, passed = passed, not_yet = not_yet)
            } else {
                let names = s.not_yet.iter().cloned().collect::<Vec<_>>().join(", ");
                t!(
                    "report-scenario-passed-names",
                    scenario = id,
                    passed = passed,
                    not_yet = not_yet,
                    names = &names
                )
            };
            out.push_str(&format!("  {line}\n"));
        }
        for (scenario, nodes) in &self.decisions {
            out.push_str(&format!("\n{}\n", t!("report-how-chose", scenario = scenario)));
            for n in nodes {
                out.push_str(&format!("  {}\n", n.node));
                for (text, count) in &n.choices {
                    out.push_str(&format!(
                        "    {count:>3}  {}\n",
                        crate::text::excerpt(&choice_text(text), 70)
                    ));
                }
            }
        }
        if !self.flagged.is_empty() {
            out.push_str(&format!("\n{}\n", t!("report-flagged")));
            for f in &self.flagged {
                out.push_str(&format!("  {}\n", Self::flag_line(f, |s| s.to_string())));
            }
        }
        crate::text::sanitize(&out).into_owned()
    }

    pub fn to_markdown(&self) -> String {
        let cell = |s: &str| escape_markdown(s);
        let pct = |x: f64| t!("report-percent", value = &decimal(x, 0));
        let mut out = format!("# {}\n\n{}\n\n", t!("report-title"), self.summary());
        out.push_str(&format!(
            "## {}\n\n{}\n|---|---:|---:|---:|---:|---:|\n",
            t!("report-lessons"),
            t!("report-lessons-header")
        ));
        for (_, s) in &self.lessons {
            let (mean, min, max, sd) = (pct(s.mean), pct(s.min), pct(s.max), decimal(s.sd, 0));
            out.push_str(&format!("| {} | {mean} | {min} | {max} | {sd} | {} |\n", cell(&s.title), s.n));
        }
        let names = |n: &[String]| n.iter().map(|x| cell(x)).collect::<Vec<_>>().join(", ");
        if let Some(line) = self.course_line(true, names) {
            out.push_str(&format!("\n## {}\n\n{line}\n", t!("report-the-course")));
        }
        out.push_str(&format!(
            "\n## {}\n\n{}\n|---|---|---|\n",
            t!("report-who-passed-title"),
            t!("report-passed-header")
        ));
        for (id, s) in &self.scenarios {
            let list = |s: &BTreeSet<String>| s.iter().map(|x| cell(x)).collect::<Vec<_>>().join(", ");
            out.push_str(&format!("| {} | {} | {} |\n", cell(id), list(&s.passed), list(&s.not_yet)));
        }
        for (scenario, nodes) in &self.decisions {
            out.push_str(&format!("\n## {}\n", t!("report-how-chose-title", scenario = &cell(scenario))));
            for n in nodes {
                out.push_str(&format!(
                    "\n**{}**\n\n{}\n|---|---:|\n",
                    cell(&n.node),
                    t!("report-choices-header")
                ));
                for (text, count) in &n.choices {
                    out.push_str(&format!("| {} | {count} |\n", cell(&choice_text(text))));
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
                let scenario = f.scenario.as_deref().map(cell).unwrap_or_default();
                let (file, learner, reason) = (cell(&f.file), cell(&f.learner), cell(&f.cause.message()));
                out.push_str(&format!("| {file} | {learner} | {scenario} | {reason} |\n"));
            }
        }
        out
    }

    /// One row per learner and scenario (text cells neutralised for spreadsheets).
    pub fn to_csv(&self) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        let _ = w.write_record(["learner", "scenario", "passed"]);
        for (id, s) in &self.scenarios {
            for (learners, passed) in [(&s.passed, "true"), (&s.not_yet, "false")] {
                for l in learners {
                    let _ = w.write_record([cell(l), cell(id), passed.to_string()]);
                }
            }
        }
        String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}
