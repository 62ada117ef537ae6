//! The validated model: ids resolved to indices, conditions parsed, text made safe.
//!
//! Nothing here can be built with a dangling reference: the only way to get a [`Scenario`] is
//! through [`super::load_scenario`], which reports every problem it finds instead.

use std::collections::HashMap;
use std::sync::Arc;

use super::condition::Condition;
use super::diagnostic::Span;

/// The lessons a pack's scenarios are scored against (`course.toml`).
#[derive(Clone, Debug)]
pub struct Course {
    pub id: String,
    pub title: String,
    /// Default pass mark, in percent, for scenarios that do not set their own.
    pub pass_percent: u32,
    pub lessons: Vec<Lesson>,
    /// Where each lesson's `id` value is in the course file, for pack-level warnings.
    pub lesson_spans: Vec<Span>,
    /// The course's scenarios in order (`[[scenarios]]`); empty when the course lists none.
    pub scenarios: Vec<CourseScenario>,
    /// The languages of the pack as BCP 47 tags, the source language first (`["en"]` unless the
    /// course says otherwise).
    pub languages: Vec<String>,
    /// Where `languages` is in the course file.
    pub languages_span: Span,
    index: HashMap<String, usize>,
}

/// A scenario the course lists.
#[derive(Clone, Debug)]
pub struct CourseScenario {
    pub id: String,
    /// Counts towards completing the course.
    pub required: bool,
    /// Scenarios recommended first (never a lock).
    pub after: Vec<String>,
    /// Where each entry of `after` is in the course file.
    pub after_spans: Vec<Span>,
    /// Where its `id` is in the course file.
    pub span: Span,
}

impl Course {
    pub fn new(id: String, title: String, pass_percent: u32, lessons: Vec<Lesson>, spans: Vec<Span>) -> Self {
        let index = lessons.iter().enumerate().map(|(i, l)| (l.id.clone(), i)).collect();
        Course {
            id,
            title,
            pass_percent,
            lessons,
            lesson_spans: spans,
            scenarios: Vec::new(),
            languages: vec!["en".to_string()],
            languages_span: 0..0,
            index,
        }
    }

    /// The same course with its list of scenarios.
    pub fn with_scenarios(mut self, scenarios: Vec<CourseScenario>) -> Self {
        self.scenarios = scenarios;
        self
    }

    /// The source language of the pack's texts.
    pub fn source_language(&self) -> &str {
        self.languages.first().map_or("en", String::as_str)
    }

    /// The ids of the scenarios required to complete the course (none when it lists none).
    pub fn required(&self) -> impl Iterator<Item = &str> {
        self.scenarios.iter().filter(|c| c.required).map(|c| c.id.as_str())
    }

    /// Where `id` sits in the course's list, if it is listed.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.scenarios.iter().position(|c| c.id == id)
    }

    /// The index of the lesson called `id`.
    pub fn lesson(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }
}

#[derive(Clone, Debug)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    pub summary: String,
}

/// Who a scenario is for: every employee (`101`) or official account holders (`advanced`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    Basic,
    Advanced,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Basic => "101",
            Level::Advanced => "advanced",
        }
    }
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "101" => Some(Level::Basic),
            "advanced" => Some(Level::Advanced),
            _ => None,
        }
    }
}

/// The kind of an ending node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EndingKind {
    Success,
    Mixed,
    Failure,
}

impl EndingKind {
    pub const ALL: [EndingKind; 3] = [EndingKind::Success, EndingKind::Mixed, EndingKind::Failure];

    pub fn as_str(self) -> &'static str {
        match self {
            EndingKind::Success => "success",
            EndingKind::Mixed => "mixed",
            EndingKind::Failure => "failure",
        }
    }
    pub fn parse(s: &str) -> Option<EndingKind> {
        match s {
            "success" => Some(EndingKind::Success),
            "mixed" => Some(EndingKind::Mixed),
            "failure" => Some(EndingKind::Failure),
            _ => None,
        }
    }
}

/// The channels a node can name; each is shown as what it is (a post, a phone call...). Any other
/// channel is shown as plain text, and `validate` warns with the nearest known name.
pub const KNOWN_CHANNELS: &[&str] = &[
    "post",
    "twitter",
    "x",
    "facebook",
    "instagram",
    "social",
    "tweet",
    "mastodon",
    "linkedin",
    "reply",
    "comment",
    "comments",
    "thread",
    "dm",
    "message",
    "chat",
    "direct-message",
    "sms",
    "text",
    "email",
    "mail",
    "phone",
    "call",
    "voicemail",
    "meeting",
    "briefing",
    "news",
    "article",
    "press",
    "note",
    "memo",
    "narration",
];

/// A scenario, ready to play.
#[derive(Clone, Debug)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub level: Level,
    pub minutes: u32,
    /// Index of the first node.
    pub start: usize,
    /// The pass mark in percent: the scenario's own, or the course default.
    pub pass_percent: u32,
    /// Whether each run shuffles the order of choices (by its seed).
    pub shuffle: bool,
    pub vars: Vec<Var>,
    pub nodes: Vec<Node>,
    pub tests: Vec<AuthorTest>,
    pub course: Arc<Course>,
    /// Hex SHA-256 of the file's bytes: which version of the scenario a saved run was played on.
    pub content_hash: String,
    /// Where the `[scenario]` table is in the file, for scenario-wide warnings.
    pub span: Span,
    /// The language of its texts (the course's source language, or a translation's).
    pub language: String,
    node_index: HashMap<String, usize>,
}

impl Scenario {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        id: String,
        title: String,
        summary: String,
        level: Level,
        minutes: u32,
        start: usize,
        pass_percent: u32,
        shuffle: bool,
        vars: Vec<Var>,
        nodes: Vec<Node>,
        tests: Vec<AuthorTest>,
        course: Arc<Course>,
        content_hash: String,
        span: Span,
    ) -> Self {
        let node_index = nodes.iter().enumerate().map(|(i, n)| (n.id.clone(), i)).collect();
        Scenario {
            id,
            title,
            summary,
            level,
            minutes,
            start,
            pass_percent,
            shuffle,
            vars,
            nodes,
            tests,
            language: course.source_language().to_string(),
            course,
            content_hash,
            span,
            node_index,
        }
    }

    /// The index of the node called `id`.
    pub fn node(&self, id: &str) -> Option<usize> {
        self.node_index.get(id).copied()
    }

    /// The lessons this scenario can score (a non-zero score on some choice or timeout), in course
    /// order.
    pub fn assessed_lessons(&self) -> Vec<usize> {
        let mut seen = vec![false; self.course.lessons.len()];
        for node in &self.nodes {
            for outcome_score in node.scores() {
                for &(lesson, points) in outcome_score {
                    if points != 0 {
                        seen[lesson] = true;
                    }
                }
            }
        }
        seen.iter().enumerate().filter(|(_, s)| **s).map(|(i, _)| i).collect()
    }

    /// Applies a `set` to `vars`: each amount added, then the variable kept within its bounds.
    pub fn apply_set(&self, vars: &mut [i64], set: &[(usize, i64)]) {
        for &(var, amount) in set {
            vars[var] = self.vars[var].clamp(vars[var].saturating_add(amount));
        }
    }

    /// For each variable, whether some condition reads it (a choice's `if`, a branch's `if`):
    /// one that none reads changes nothing a run meets.
    pub fn read_vars(&self) -> Vec<bool> {
        let mut read = vec![false; self.vars.len()];
        fn mark(c: &Condition, read: &mut [bool]) {
            match c {
                Condition::Compare { var, .. } => read[*var] = true,
                Condition::And(a, b) | Condition::Or(a, b) => {
                    mark(a, read);
                    mark(b, read);
                }
            }
        }
        let mark_next = |n: &Next, read: &mut [bool]| {
            if let Next::Branches(b) = n {
                for c in b.iter().filter_map(|b| b.condition.as_ref()) {
                    mark(c, read);
                }
            }
        };
        for node in &self.nodes {
            for c in node.choices() {
                if let Some(cond) = &c.condition {
                    mark(cond, &mut read);
                }
                mark_next(&c.next, &mut read);
            }
            if let Body::Next(n) = &node.body {
                mark_next(n, &mut read);
            }
            if let Some(o) = &node.on_timeout {
                mark_next(&o.next, &mut read);
            }
        }
        read
    }

    /// The variables learners see (`shown`), with their indices.
    pub fn shown_vars(&self) -> impl Iterator<Item = (usize, &Var)> {
        self.vars.iter().enumerate().filter(|(_, v)| v.shown)
    }

    /// Number of words of text a learner can read in this scenario.
    pub fn word_count(&self) -> usize {
        let words = |s: &str| s.split_whitespace().count();
        let mut n = words(&self.summary);
        for node in &self.nodes {
            n += node.text.iter().map(|t| words(t)).sum::<usize>();
            if let Body::Choices(choices) = &node.body {
                for c in choices {
                    n += words(&c.text) + c.feedback.as_deref().map_or(0, words);
                }
            }
        }
        n
    }
}

/// An integer meter declared in `[vars]`.
#[derive(Clone, Debug)]
pub struct Var {
    pub name: String,
    pub initial: i64,
    /// What learners see (the name unless the author gave a label).
    pub label: String,
    /// False for a flag that learners never see (`shown = false`).
    pub shown: bool,
    /// Bounds the value is kept within after every `set`.
    pub min: Option<i64>,
    pub max: Option<i64>,
    /// Where the variable is declared.
    pub span: Span,
}

impl Var {
    /// `value` kept within the variable's bounds.
    pub fn clamp(&self, value: i64) -> i64 {
        let value = self.min.map_or(value, |lo| value.max(lo));
        self.max.map_or(value, |hi| value.min(hi))
    }
}

/// Points per lesson: (lesson index in the course, points).
pub type Score = Vec<(usize, i64)>;
/// Changes to meters: (variable index, amount added).
pub type Set = Vec<(usize, i64)>;

#[derive(Clone, Debug)]
pub struct Node {
    pub id: String,
    pub channel: Option<String>,
    pub from: Option<String>,
    /// One or more variants; a run shows one, picked by its seed.
    pub text: Vec<String>,
    pub discuss: Option<String>,
    /// Seconds to decide, if timed.
    pub timer: Option<u32>,
    pub on_timeout: Option<Outcome>,
    pub body: Body,
    /// Where the node's `id` is in the file.
    pub span: Span,
}

impl Node {
    /// The choices of a decision node (empty for other nodes).
    pub fn choices(&self) -> &[Choice] {
        match &self.body {
            Body::Choices(c) => c,
            _ => &[],
        }
    }

    pub fn ending(&self) -> Option<EndingKind> {
        match self.body {
            Body::Ending(kind) => Some(kind),
            _ => None,
        }
    }

    /// Every score a learner can get at this node: each choice's, and the timeout's.
    fn scores(&self) -> impl Iterator<Item = &Score> {
        self.choices().iter().map(|c| &c.score).chain(self.on_timeout.iter().map(|o| &o.score))
    }

    /// Every place this node can lead to, conditions ignored.
    pub fn successors(&self) -> impl Iterator<Item = usize> + '_ {
        let nexts: Vec<&Next> = match &self.body {
            Body::Choices(c) => c.iter().map(|c| &c.next).collect(),
            Body::Next(n) => vec![n],
            Body::Ending(_) => vec![],
        };
        let timeout = self.on_timeout.iter().filter(|_| self.timer.is_some()).map(|o| &o.next);
        nexts.into_iter().chain(timeout).flat_map(|n| n.targets())
    }
}

/// What a node is: a decision, a page to read before going on, or an ending.
#[derive(Clone, Debug)]
pub enum Body {
    Choices(Vec<Choice>),
    Next(Next),
    Ending(EndingKind),
}

#[derive(Clone, Debug)]
pub struct Choice {
    pub text: String,
    pub next: Next,
    pub score: Score,
    pub set: Set,
    /// Offered only while this holds.
    pub condition: Option<Condition>,
    pub feedback: Option<String>,
}

/// What happens when a node's timer runs out.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub next: Next,
    pub score: Score,
    pub set: Set,
    pub feedback: Option<String>,
}

/// Where to go: one node, or a list of branches resolved at run time.
#[derive(Clone, Debug)]
pub enum Next {
    To(usize),
    Branches(Vec<Branch>),
}

impl Next {
    /// Every node this may lead to, conditions ignored.
    pub fn targets(&self) -> Vec<usize> {
        match self {
            Next::To(n) => vec![*n],
            Next::Branches(b) => b.iter().map(|b| b.to).collect(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Branch {
    pub to: usize,
    pub condition: Option<Condition>,
    pub weight: Option<u32>,
}

/// A check the author keeps in the file (`[[tests]]`), run by `validate`.
#[derive(Clone, Debug)]
pub struct AuthorTest {
    pub name: String,
    pub choices: String,
    pub seed: u64,
    pub ending: Option<EndingKind>,
    pub min_percent: Option<u32>,
    pub max_percent: Option<u32>,
    pub path_includes: Vec<String>,
    /// Where the test's table starts: failures are reported here.
    pub span: Span,
}
