//! From the raw file to a playable [`Scenario`]: resolve ids, lessons and variables, parse
//! conditions, check the node rules, then look at the graph (reachability, endings).

use std::collections::HashMap;
use std::sync::Arc;

use super::condition::{self, Condition};
use super::diagnostic::{Diagnostic, Kind, LineStarts, Span};
use super::model::*;
use super::raw::*;
use super::read::{did_you_mean, Place, Reader, Sp};
use crate::t;

/// A node as messages name it: by its id, or "this node" when it has none.
fn node_place(id: Option<&str>) -> Place {
    id.map_or(Place::ThisNode, |id| Place::Node(id.to_string()))
}

/// Name lookups shared by every check of one file.
struct Names<'a> {
    /// Node ids, owned: each raw node is let go as soon as it is resolved.
    nodes: HashMap<Box<str>, usize>,
    vars: HashMap<&'a str, usize>,
    course: &'a Course,
    /// Unknown node names given a "did you mean" so far: each costs a pass over every id, so a
    /// file full of broken links stops getting them (it has a bigger problem than a typo).
    suggested: std::cell::Cell<usize>,
}

/// How many unknown node names in one file get a "did you mean".
const MAX_NODE_SUGGESTIONS: usize = 50;

impl Names<'_> {
    fn node(&self, r: &mut Reader, name: &Sp<String>, what: &Place) -> Option<usize> {
        let found = self.nodes.get(name.v.as_str()).copied();
        if found.is_none() {
            let hint = if self.suggested.get() < MAX_NODE_SUGGESTIONS {
                self.suggested.set(self.suggested.get() + 1);
                did_you_mean(&name.v, self.nodes.keys().map(|k| &**k))
            } else {
                String::new()
            };
            r.error(
                name.span.clone(),
                t!("diag-unknown-node", what = &what.name(), name = &name.v, hint = &hint),
            );
        }
        found
    }

    fn condition(&self, r: &mut Reader, text: &Sp<String>, source: &str) -> Option<Condition> {
        let resolve = |name: &str| self.vars.get(name).copied();
        match condition::parse(&text.v, &resolve) {
            Ok(c) => Some(c),
            Err(e) => {
                // Point into the string when it is written plainly (no escapes) in the file.
                let raw = source.get(text.span.clone()).unwrap_or("");
                let at = if raw.len() == text.v.len() + 2 && raw[1..raw.len() - 1] == text.v {
                    text.span.start + 1 + e.offset
                } else {
                    text.span.start
                };
                let hint = match &e.unknown_variable {
                    Some(name) => did_you_mean(name, self.vars.keys().copied()),
                    None => String::new(),
                };
                r.error(at..at, t!("diag-condition-syntax", reason = &e.message, hint = &hint));
                None
            }
        }
    }

    fn score(&self, r: &mut Reader, map: &Option<IntMap>) -> Score {
        let mut out = Vec::new();
        for (lesson, points) in map.iter().flat_map(|m| &m.v) {
            match self.course.lesson(&lesson.v) {
                Some(i) => out.push((i, points.v)),
                None => {
                    let ids = || self.course.lessons.iter().map(|l| l.id.as_str());
                    let hint = did_you_mean(&lesson.v, ids());
                    let list = if self.course.lessons.len() <= 24 {
                        let lessons = ids().collect::<Vec<_>>().join(", ");
                        format!(" {}", t!("diag-course-lessons", lessons = &lessons))
                    } else {
                        String::new()
                    };
                    let message = t!(
                        "diag-unknown-lesson",
                        lesson = &lesson.v,
                        course = &self.course.id,
                        hint = &hint,
                        list = &list
                    );
                    let d = Diagnostic::error(lesson.span.clone(), message);
                    r.diags.push(d.with_kind(Kind::UnknownLesson(lesson.v.clone())));
                }
            }
        }
        out
    }

    fn set(&self, r: &mut Reader, map: &Option<IntMap>) -> Set {
        let mut out = Vec::new();
        for (var, amount) in map.iter().flat_map(|m| &m.v) {
            match self.vars.get(var.v.as_str()) {
                Some(&i) => out.push((i, amount.v)),
                None => {
                    let hint = did_you_mean(&var.v, self.vars.keys().copied());
                    r.error(var.span.clone(), t!("diag-unknown-variable", name = &var.v, hint = &hint));
                }
            }
        }
        out
    }

    fn next(&self, r: &mut Reader, raw: &RawNext, source: &str, what: &Place) -> Option<Next> {
        match raw {
            RawNext::To(name) => self.node(r, name, what).map(Next::To),
            RawNext::Branches(list) => self.branches(r, list, source, what),
        }
    }

    /// A list of branches: not empty, one without `if`, and every target and condition resolved.
    fn branches(
        &self,
        r: &mut Reader,
        list: &Sp<Vec<RawBranch>>,
        source: &str,
        what: &Place,
    ) -> Option<Next> {
        if list.v.is_empty() {
            let example = "{ to = \"node-id\" }";
            let message = t!("diag-empty-branches", what = &what.name(), of = &what.of(), example = example);
            r.error(list.span.clone(), message);
            return None;
        }
        if list.v.iter().all(|b| b.condition.is_some()) {
            r.error(list.span.clone(), t!("diag-every-branch-has-if", of = &what.of()));
        }
        if let Some(w) = list.v.iter().find(|b| b.weight.is_some() && b.condition.is_none()) {
            warn_never_taken(r, list, w, what);
        }
        let mut ok = true;
        let mut branches = Vec::with_capacity(list.v.len());
        for b in &list.v {
            let to = b.to.as_ref().and_then(|to| self.node(r, to, &Place::ThisBranch));
            let condition = b.condition.as_ref().map(|c| self.condition(r, c, source));
            match (to, condition) {
                (Some(to), None) => {
                    branches.push(Branch { to, condition: None, weight: b.weight.as_ref().map(|w| w.v) })
                }
                (Some(to), Some(Some(c))) => {
                    branches.push(Branch { to, condition: Some(c), weight: b.weight.as_ref().map(|w| w.v) })
                }
                _ => ok = false,
            }
        }
        ok.then_some(Next::Branches(branches))
    }
}

/// A weighted branch `w` that always holds: every unweighted branch beside it is never taken.
fn warn_never_taken(r: &mut Reader, list: &Sp<Vec<RawBranch>>, w: &RawBranch, what: &Place) {
    for b in list.v.iter().filter(|b| !b.weighted) {
        let at = b.to.as_ref().map_or(list.span.clone(), |t| t.span.clone());
        let target = b.to.as_ref().map_or("", |t| t.v.as_str());
        let other = w.to.as_ref().map_or("", |t| t.v.as_str());
        let (inside, of) = (what.name(), what.of());
        let message =
            t!("diag-branch-never-taken", target = target, inside = &inside, of = &of, other = other);
        r.warning(at, message);
    }
}

/// Validates `raw` against `course`; returns the scenario when there is no error.
pub(crate) fn resolve(
    r: &mut Reader,
    mut raw: RawFile,
    source: &str,
    course: &Arc<Course>,
    content_hash: String,
) -> Option<Scenario> {
    let errors_before = r.diags.iter().filter(|d| d.is_error()).count();
    let nodes = node_ids(r, &raw.nodes, source);
    let vars: HashMap<&str, usize> =
        raw.vars.iter().enumerate().map(|(i, v)| (v.name.v.as_str(), i)).collect();
    let names = Names { nodes, vars, course, suggested: Default::default() };

    let start = raw.scenario.as_ref().and_then(|s| names.node(r, &s.start, &Place::Key("start")));

    // Each raw node is let go once resolved, and its texts move into the model instead of being
    // copied: the raw file and the model never both exist whole.
    let mut built = Vec::with_capacity(raw.nodes.len());
    for mut node in std::mem::take(&mut raw.nodes) {
        let texts = take_texts(&mut node);
        built.push(resolve_node(r, &names, &node, texts, source));
    }
    let tests = resolve_tests(r, &names, &raw.tests);

    let errors_now = r.diags.iter().filter(|d| d.is_error()).count();
    let meta = raw.scenario?;
    let start = start?;
    if errors_now > errors_before || built.iter().any(Option::is_none) {
        return None;
    }
    let nodes: Vec<Node> = built.into_iter().map(Option::unwrap).collect();

    let scenario = Scenario::new(
        meta.id.v.clone(),
        meta.title,
        meta.summary,
        meta.level,
        meta.minutes,
        start,
        meta.pass_percent.unwrap_or(course.pass_percent),
        meta.shuffle,
        raw.vars.iter().map(resolve_var).collect(),
        nodes,
        tests,
        Arc::clone(course),
        content_hash,
        meta.span.clone(),
    );
    check_graph(r, &scenario, &meta.start.span);
    if !is_kebab(&meta.id.v) {
        r.warning(meta.id.span.clone(), t!("diag-scenario-id-not-kebab", id = &meta.id.v));
    }
    let errors_end = r.diags.iter().filter(|d| d.is_error()).count();
    (errors_end == errors_now).then_some(scenario)
}

/// Node ids, each once: an error for an empty id and for an id given twice.
fn node_ids(r: &mut Reader, nodes: &[RawNode], source: &str) -> HashMap<Box<str>, usize> {
    let mut ids: HashMap<Box<str>, usize> = HashMap::with_capacity(nodes.len());
    // Built only when a duplicate needs the line of the first.
    let mut lines: Option<LineStarts> = None;
    for (i, node) in nodes.iter().enumerate() {
        let Some(id) = &node.id else { continue };
        if id.v.is_empty() {
            r.error(id.span.clone(), t!("diag-empty-node-id"));
            continue;
        }
        // Control characters were replaced by visible stand-ins (␛, �) when the file was read: an
        // id holding one cannot be typed in a link, so links to it fail far from the cause.
        if id.v.chars().any(|c| matches!(c, '\u{2400}'..='\u{2421}' | '\u{FFFD}')) {
            r.warning(id.span.clone(), t!("diag-node-id-control", id = &id.v));
        }
        if let Some(first) = ids.get(id.v.as_str()).and_then(|&j| nodes[j].id.as_ref()) {
            let line = lines.get_or_insert_with(|| LineStarts::new(source)).line(first.span.start);
            r.error(id.span.clone(), t!("diag-duplicate-node", id = &id.v, line = line));
        } else {
            ids.insert(id.v.as_str().into(), i);
        }
    }
    ids
}

/// Author's tests: only names checked here; the engine plays them.
fn resolve_tests(r: &mut Reader, names: &Names<'_>, raw: &[RawTest]) -> Vec<AuthorTest> {
    let mut tests = Vec::with_capacity(raw.len());
    for t in raw {
        for p in &t.path_includes {
            names.node(r, p, &Place::Key("path_includes"));
        }
        tests.push(AuthorTest {
            name: t.name.clone(),
            choices: t.choices.v.clone(),
            seed: t.seed,
            ending: t.ending,
            min_percent: t.min_percent,
            max_percent: t.max_percent,
            path_includes: t.path_includes.iter().map(|p| p.v.clone()).collect(),
            span: t.span.clone(),
        });
        if let (Some(lo), Some(hi)) = (t.min_percent, t.max_percent) {
            if lo > hi {
                r.error(t.span.clone(), t!("diag-test-min-above-max", name = &t.name, min = lo, max = hi));
            }
        }
    }
    tests
}

fn resolve_var(v: &RawVar) -> Var {
    Var {
        name: v.name.v.clone(),
        initial: v.start.as_ref().map_or(0, |s| s.v),
        label: v.label.clone().unwrap_or_else(|| v.name.v.clone()),
        shown: v.shown,
        min: v.min.as_ref().map(|m| m.v),
        max: v.max.as_ref().map(|m| m.v),
        span: v.name.span.clone(),
    }
}

/// Lowercase letters and digits in words joined by single `-`.
pub(crate) fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// The texts of a node, taken out of the raw file.
struct Texts {
    text: Vec<String>,
    channel: Option<String>,
    from: Option<String>,
    discuss: Option<String>,
    /// Each choice's text and feedback.
    choices: Vec<(String, Option<String>)>,
    timeout_feedback: Option<String>,
}

fn take_texts(node: &mut RawNode) -> Texts {
    Texts {
        text: std::mem::take(&mut node.text),
        channel: node.channel.take(),
        from: node.from.take(),
        discuss: node.discuss.take(),
        choices: node
            .choices
            .iter_mut()
            .flat_map(|c| c.v.iter_mut())
            .map(|c| (std::mem::take(&mut c.text), c.feedback.take()))
            .collect(),
        timeout_feedback: node.on_timeout.as_mut().and_then(|o| o.feedback.take()),
    }
}

fn resolve_node(
    r: &mut Reader,
    names: &Names<'_>,
    node: &RawNode,
    texts: Texts,
    source: &str,
) -> Option<Node> {
    let Texts { text, channel, from, discuss, choices: choice_texts, timeout_feedback } = texts;
    let what = node_place(node.id.as_ref().map(|id| id.v.as_str()));
    let id = node.id.as_ref()?.v.clone();
    let at = node.id.as_ref().map_or(node.span.clone(), |i| i.span.clone());
    check_one_body(r, node, &what, &at);
    if let Some(c) = &channel {
        check_channel(r, c, &what, &at);
    }
    let on_timeout =
        node.on_timeout.as_ref().map(|o| resolve_timeout(r, names, o, &timeout_feedback, &what, source));
    check_timer(r, node, &what);

    let body = if let Some(choices) = &node.choices {
        resolve_choices(r, names, choices, choice_texts, &what, source)
    } else if let Some(ending) = &node.ending {
        ending.v.map(Body::Ending)
    } else if let Some(next) = &node.next {
        names.next(r, next, source, &what).map(Body::Next)
    } else {
        None
    };

    Some(Node {
        id,
        channel,
        from,
        text,
        discuss,
        timer: node.timer.as_ref().map(|t| t.v),
        on_timeout: match on_timeout {
            Some(Some(o)) => Some(o),
            Some(None) => return None,
            None => None,
        },
        body: body?,
        span: at,
    })
}

/// Exactly one of choices, ending, next.
fn check_one_body(r: &mut Reader, node: &RawNode, what: &Place, at: &Span) {
    let kinds: Vec<&str> = [
        node.choices.as_ref().map(|_| "choices"),
        node.ending.as_ref().map(|_| "ending"),
        node.next.as_ref().map(|_| "next"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if kinds.is_empty() && !node.body_given {
        r.error(at.clone(), t!("diag-node-no-body", what = &what.name()));
    } else if kinds.len() > 1 {
        r.error(at.clone(), t!("diag-node-two-bodies", what = &what.name(), kinds = &kinds.join("-")));
    }
}

/// A warning for a channel the play screen does not know.
fn check_channel(r: &mut Reader, channel: &str, what: &Place, at: &Span) {
    let known = KNOWN_CHANNELS.contains(&channel.trim().to_ascii_lowercase().as_str());
    if !known {
        let hint = did_you_mean(&channel.to_ascii_lowercase(), KNOWN_CHANNELS.iter().copied());
        r.warning(
            at.clone(),
            t!("diag-unknown-channel", what = &what.name(), channel = channel, hint = &hint),
        );
    }
}

/// A timer needs an `on_timeout`, and is only useful at a decision.
fn check_timer(r: &mut Reader, node: &RawNode, what: &Place) {
    match (&node.timer, &node.on_timeout) {
        (Some(t), None) => {
            let example = "on_timeout = { next = \"too-late\" }";
            r.error(t.span.clone(), t!("diag-timer-no-timeout", what = &what.name(), example = example))
        }
        (None, Some(o)) if !node.timer_given => {
            r.warning(o.span.clone(), t!("diag-timeout-no-timer", what = &what.name()))
        }
        (Some(t), Some(_)) if node.choices.is_none() && !node.choices_given => {
            r.warning(t.span.clone(), t!("diag-timer-no-choices", what = &what.name()))
        }
        _ => {}
    }
}

/// A node's `on_timeout`; None when its `next` does not resolve.
fn resolve_timeout(
    r: &mut Reader,
    names: &Names<'_>,
    o: &RawOutcome,
    feedback: &Option<String>,
    what: &Place,
    source: &str,
) -> Option<Outcome> {
    let score = names.score(r, &o.score);
    let set = names.set(r, &o.set);
    let on_timeout = Place::key_of("on_timeout", what);
    if score.iter().any(|(_, p)| *p != 0) && feedback.is_none() {
        let message = t!("diag-timeout-score-no-feedback", what = &on_timeout.name());
        let kind = Kind::Missing { place: on_timeout.name(), key: "feedback".into() };
        r.diags.push(Diagnostic::error(o.span.clone(), message).with_kind(kind));
    }
    let next = o.next.as_ref().and_then(|n| names.next(r, n, source, &on_timeout));
    Some(Outcome { next: next?, score, set, feedback: feedback.clone() })
}

/// A decision's choices, with their texts and feedback; None when one of them does not resolve.
fn resolve_choices(
    r: &mut Reader,
    names: &Names<'_>,
    choices: &Sp<Vec<RawChoice>>,
    mut texts: Vec<(String, Option<String>)>,
    what: &Place,
    source: &str,
) -> Option<Body> {
    if choices.v.is_empty() {
        r.error(choices.span.clone(), t!("diag-empty-choices", what = &what.name()));
    }
    let mut built = Vec::with_capacity(choices.v.len());
    for (i, c) in choices.v.iter().enumerate() {
        let cwhat = Place::choice(i + 1, what);
        let score = names.score(r, &c.score);
        let set = names.set(r, &c.set);
        let (choice_text, feedback) = std::mem::take(&mut texts[i]);
        if score.iter().any(|(_, p)| *p != 0) && feedback.is_none() {
            let at = c.score.as_ref().map_or(c.span.clone(), |s| s.span.clone());
            let (place, message) = (cwhat.name(), t!("diag-choice-no-feedback", what = &cwhat.name()));
            let kind = Kind::Missing { place, key: "feedback".into() };
            r.diags.push(Diagnostic::error(at, message).with_kind(kind));
        }
        let condition = match &c.condition {
            None => Ok(None),
            Some(cond) => names.condition(r, cond, source).map(Some).ok_or(()),
        };
        let next = c.next.as_ref().and_then(|n| names.next(r, n, source, &cwhat));
        if let (Some(next), Ok(condition)) = (next, condition) {
            built.push(Choice { text: choice_text, next, score, set, condition, feedback });
        }
    }
    (built.len() == choices.v.len()).then_some(Body::Choices(built))
}

/// Reachability: every node reachable from start, an ending reachable from start and from every
/// reachable node.
fn check_graph(r: &mut Reader, s: &Scenario, start_span: &Span) {
    let n = s.nodes.len();
    let succ: Vec<Vec<usize>> = s.nodes.iter().map(|node| node.successors().collect()).collect();

    let mut reachable = vec![false; n];
    let mut stack = vec![s.start];
    reachable[s.start] = true;
    while let Some(i) = stack.pop() {
        for &j in &succ[i] {
            if !reachable[j] {
                reachable[j] = true;
                stack.push(j);
            }
        }
    }

    // Nodes that can reach an ending: walk the reversed graph from every ending.
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, targets) in succ.iter().enumerate() {
        for &j in targets {
            preds[j].push(i);
        }
    }
    let mut finishes = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|&i| s.nodes[i].ending().is_some()).collect();
    for &i in &stack {
        finishes[i] = true;
    }
    while let Some(i) = stack.pop() {
        for &j in &preds[i] {
            if !finishes[j] {
                finishes[j] = true;
                stack.push(j);
            }
        }
    }

    if !finishes[s.start] {
        r.error(start_span.clone(), t!("diag-no-ending-from-start", start = &s.nodes[s.start].id));
        return;
    }
    for (i, node) in s.nodes.iter().enumerate() {
        let at = node.span.clone();
        if !reachable[i] {
            r.warning(at, t!("diag-unreachable", id = &node.id, start = &s.nodes[s.start].id));
        } else if !finishes[i] {
            r.warning(at, t!("diag-no-ending-from-node", id = &node.id));
        }
    }
}

/// The diagnostics of a pack-wide look at scenarios: duplicate ids and unassessed lessons.
/// `assessed`: the lessons (course indices) that some scenario of the pack scores.
pub fn unassessed_lessons(course: &Course, assessed_by_some: &[usize]) -> Vec<Diagnostic> {
    let mut assessed = vec![false; course.lessons.len()];
    for &l in assessed_by_some {
        assessed[l] = true;
    }
    course
        .lessons
        .iter()
        .zip(&course.lesson_spans)
        .zip(&assessed)
        .filter(|(_, a)| !**a)
        .map(|((lesson, span), _)| {
            Diagnostic::warning(span.clone(), t!("diag-lesson-unassessed", lesson = &lesson.id))
        })
        .collect()
}

/// Scenarios the course lists that the pack does not have (`ids`: the ids of the pack's scenario
/// files, loaded or not, so that a file with errors is not also reported as missing).
pub fn course_scenario_problems<'a>(
    course: &Course,
    ids: impl Fn(&str) -> bool,
    known: impl Iterator<Item = &'a str> + Clone,
) -> Vec<Diagnostic> {
    course
        .scenarios
        .iter()
        .filter(|c| !ids(&c.id))
        .map(|c| {
            let hint = did_you_mean(&c.id, known.clone());
            Diagnostic::error(c.span.clone(), t!("diag-course-scenario-missing", id = &c.id, hint = &hint))
        })
        .collect()
}
