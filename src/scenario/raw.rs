//! The format as written: every key read with its span, nothing resolved yet. Reading reports
//! unknown keys, missing keys, wrong types and limits; [`super::validate`] does the rest.

use toml::de::DeValue;

use super::diagnostic::Span;
use super::limits::*;
use super::model::{EndingKind, Level};
use super::read::{Place, Reader, Sp, Table, Value};
use crate::t;

pub(crate) type IntMap = Sp<Vec<(Sp<String>, Sp<i64>)>>;

#[derive(Debug)]
pub(crate) struct RawScenario {
    pub id: Sp<String>,
    pub title: String,
    pub summary: String,
    pub level: Level,
    pub minutes: u32,
    pub start: Sp<String>,
    pub pass_percent: Option<u32>,
    pub shuffle: bool,
    pub span: Span,
}

#[derive(Debug)]
pub(crate) struct RawFile {
    /// None when `[scenario]` was missing or broken (already reported).
    pub scenario: Option<RawScenario>,
    pub vars: Vec<RawVar>,
    pub nodes: Vec<RawNode>,
    pub tests: Vec<RawTest>,
}

/// A `[vars]` entry: `name = 50`, or `name = { start = 50, label = "...", shown = false, min = 0,
/// max = 100 }`.
#[derive(Debug)]
pub(crate) struct RawVar {
    pub name: Sp<String>,
    /// None when the value was refused (reported): the name stays declared, so that its uses
    /// are not reported as unknown too.
    pub start: Option<Sp<i64>>,
    pub label: Option<String>,
    pub shown: bool,
    pub min: Option<Sp<i64>>,
    pub max: Option<Sp<i64>>,
}

#[derive(Debug)]
pub(crate) struct RawNode {
    pub span: Span,
    pub id: Option<Sp<String>>,
    pub channel: Option<String>,
    pub from: Option<String>,
    pub text: Vec<String>,
    pub discuss: Option<String>,
    pub timer: Option<Sp<u32>>,
    pub on_timeout: Option<Box<RawOutcome>>,
    pub choices: Option<Sp<Vec<RawChoice>>>,
    pub ending: Option<Sp<Option<EndingKind>>>,
    pub next: Option<RawNext>,
    /// Whether the file gives `timer` / a body (`choices`, `ending`, `next`), even with a value
    /// refused above: checks that would say it is missing then stay quiet (one cause, one message).
    pub timer_given: bool,
    pub body_given: bool,
    pub choices_given: bool,
}

#[derive(Debug)]
pub(crate) struct RawChoice {
    pub span: Span,
    pub text: String,
    pub next: Option<RawNext>,
    pub score: Option<IntMap>,
    pub set: Option<IntMap>,
    pub condition: Option<Sp<String>>,
    pub feedback: Option<String>,
}

#[derive(Debug)]
pub(crate) struct RawOutcome {
    pub span: Span,
    pub next: Option<RawNext>,
    pub score: Option<IntMap>,
    pub set: Option<IntMap>,
    pub feedback: Option<String>,
}

#[derive(Debug)]
pub(crate) enum RawNext {
    To(Sp<String>),
    Branches(Sp<Vec<RawBranch>>),
}

#[derive(Debug)]
pub(crate) struct RawBranch {
    pub to: Option<Sp<String>>,
    pub condition: Option<Sp<String>>,
    pub weight: Option<Sp<u32>>,
    /// A `weight` key was written, valid or not (an invalid one is reported once, as such).
    pub weighted: bool,
}

#[derive(Debug)]
pub(crate) struct RawTest {
    pub span: Span,
    pub name: String,
    pub choices: Sp<String>,
    pub seed: u64,
    pub ending: Option<EndingKind>,
    pub min_percent: Option<u32>,
    pub max_percent: Option<u32>,
    pub path_includes: Vec<Sp<String>>,
}

const ROOT_KEYS: &[&str] = &["format", "scenario", "vars", "nodes", "tests"];
const SCENARIO_KEYS: &[&str] =
    &["id", "title", "summary", "level", "minutes", "start", "pass_percent", "shuffle"];
const NODE_KEYS: &[&str] =
    &["id", "channel", "from", "text", "discuss", "timer", "on_timeout", "choices", "ending", "next"];
const CHOICE_KEYS: &[&str] = &["text", "next", "score", "set", "if", "feedback"];
const OUTCOME_KEYS: &[&str] = &["next", "score", "set", "feedback"];
const BRANCH_KEYS: &[&str] = &["to", "if", "weight"];
const VAR_KEYS: &[&str] = &["start", "label", "shown", "min", "max"];
const TEST_KEYS: &[&str] =
    &["name", "choices", "seed", "ending", "min_percent", "max_percent", "path_includes"];

/// Checks `format = 1` at the root of a file.
pub(crate) fn read_format(r: &mut Reader, root: &Table<'_, '_>) {
    match root.get("format") {
        None => r.error(0..0, t!("diag-no-format")),
        Some(v) => match v.get_ref() {
            DeValue::Integer(i) if i.as_str() == "1" && i.radix() == 10 => {}
            DeValue::Integer(i) => r.error(v.span(), t!("diag-unsupported-format", format = i.as_str())),
            _ => r.error(v.span(), t!("diag-format-not-one")),
        },
    }
}

/// Reads a whole scenario file (or the first piece of a large one: see [`super::large_file`]).
pub(crate) fn read_file(r: &mut Reader, root: &Table<'_, '_>) -> RawFile {
    read_format(r, root);
    r.only_keys(root, ROOT_KEYS);

    let scenario = match root.get("scenario") {
        None => {
            r.error(0..0, t!("diag-no-scenario-table"));
            None
        }
        Some(v) => r.table(v, Place::Table("[scenario]".into()), "").and_then(|t| read_scenario(r, &t)),
    };

    let vars = root.get("vars").map_or_else(Vec::new, |v| read_vars(r, v));

    let mut nodes = Vec::new();
    match root.get("nodes") {
        None => r.error(0..0, t!("diag-no-nodes")),
        Some(v) => {
            if let Some(items) = r.array(v, Place::Key("nodes"), || t!("diag-hint-each-node-table")) {
                if items.len() > MAX_NODES {
                    r.error(v.span(), t!("diag-too-many-nodes", count = items.len(), limit = MAX_NODES));
                } else {
                    nodes = read_nodes(r, items);
                }
            }
        }
    }

    let tests = root.get("tests").map_or_else(Vec::new, |v| read_tests(r, v));
    RawFile { scenario, vars, nodes, tests }
}

/// The `[vars]` table, in file order.
fn read_vars(r: &mut Reader, v: &Value<'_>) -> Vec<RawVar> {
    let mut vars = Vec::new();
    let hint = || t!("diag-hint-table-then-key", table = "[vars]", key = "trust = 50");
    let Some(t) = r.table(v, Place::Table("[vars]".into()), hint) else { return vars };
    if t.t.len() > MAX_VARS {
        r.error(t.span.clone(), t!("diag-too-many-vars", count = t.t.len(), limit = MAX_VARS));
    }
    for (k, val) in t.t.iter() {
        let name = Sp { v: k.get_ref().to_string(), span: k.span() };
        if !is_var_name(&name.v) {
            let shown = crate::text::sanitize_line(&name.v);
            r.error(name.span.clone(), t!("diag-bad-var-name", name = &shown));
            continue;
        }
        vars.push(read_var(r, name, val));
    }
    vars.sort_by_key(|v| v.name.span.start);
    vars
}

/// The `[[tests]]` tables; none past [`MAX_TESTS`].
fn read_tests(r: &mut Reader, v: &Value<'_>) -> Vec<RawTest> {
    let mut tests = Vec::new();
    let Some(items) = r.array(v, Place::Key("tests"), || t!("diag-hint-each-test-table")) else {
        return tests;
    };
    if items.len() > MAX_TESTS {
        r.error(v.span(), t!("diag-too-many-tests", count = items.len(), limit = MAX_TESTS));
        return tests;
    }
    for (i, item) in items.iter().enumerate() {
        if let Some(t) = r.table(item, Place::Test(i + 1), "") {
            if let Some(test) = read_test(r, &t) {
                tests.push(test);
            }
        }
    }
    tests
}

/// Scenarios with more nodes than this are read on two cores.
const PARALLEL_NODES: usize = 2_000;

/// Reads `[[nodes]]` tables; `first` is the index of the first in the file.
pub(super) fn read_node_list(r: &mut Reader, first: usize, items: &[Value<'_>]) -> Vec<RawNode> {
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let what = || Place::NodeNumber(first + i + 1);
        if let Some(t) = r.table(item, what, || t!("diag-hint-each-node-table")) {
            out.push(read_node(r, t));
        }
    }
    out
}

/// Reads every `[[nodes]]` table, the two halves of a large scenario at once.
fn read_nodes(r: &mut Reader, items: &[Value<'_>]) -> Vec<RawNode> {
    if items.len() < PARALLEL_NODES {
        return read_node_list(r, 0, items);
    }
    let (a, b) = items.split_at(items.len() / 2);
    let lang = crate::i18n::lang();
    let halves = crate::par::par_map(&[(0, a), (a.len(), b)], |&(first, half)| {
        // Messages are written in this thread's language on every core.
        crate::i18n::set_lang(lang);
        let mut r = Reader::new();
        (read_node_list(&mut r, first, half), r.diags)
    });
    let mut nodes = Vec::with_capacity(items.len());
    for (mut half, mut diags) in halves {
        nodes.append(&mut half);
        r.diags.append(&mut diags);
    }
    nodes
}

/// Letters, digits, `_` and `-`, starting with a letter or `_`: what the condition parser reads.
pub(crate) fn is_var_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// One `[vars]` entry, in either form.
fn read_var(r: &mut Reader, name: Sp<String>, val: &Value<'_>) -> RawVar {
    let mut var = RawVar { name, start: None, label: None, shown: true, min: None, max: None };
    let place = Place::Variable(var.name.v.clone());
    let what = |key: &'static str| Place::key_of(key, &place);
    if let DeValue::Table(_) = val.get_ref() {
        let Some(t) = r.table(val, &place, "") else { return var };
        r.only_keys(&t, VAR_KEYS);
        match t.get("start") {
            None => r.missing(&t, "start", "start = 0"),
            Some(v) => var.start = r.int_value(v, what("start"), -MAX_POINTS, MAX_POINTS),
        }
        var.label = r.string(&t, "label").map(|s| s.v);
        var.shown = r.bool(&t, "shown").is_none_or(|b| b.v);
        var.min = t.get("min").and_then(|v| r.int_value(v, what("min"), -MAX_POINTS, MAX_POINTS));
        var.max = t.get("max").and_then(|v| r.int_value(v, what("max"), -MAX_POINTS, MAX_POINTS));
        if let (Some(lo), Some(hi)) = (&var.min, &var.max) {
            if lo.v > hi.v {
                let (min, max) = (lo.v.to_string(), hi.v.to_string());
                r.error(
                    hi.span.clone(),
                    t!("diag-var-min-above-max", name = &var.name.v, min = &min, max = &max),
                );
            }
        }
        if let Some(start) = &var.start {
            let below = var.min.as_ref().filter(|lo| start.v < lo.v).map(|lo| ("min", lo.v));
            let above = var.max.as_ref().filter(|hi| start.v > hi.v).map(|hi| ("max", hi.v));
            if let Some((side, bound)) = below.or(above) {
                let (at, bound) = (start.v.to_string(), bound.to_string());
                let message = t!(
                    "diag-var-start-outside",
                    name = &var.name.v,
                    start = &at,
                    side = side,
                    bound = &bound
                );
                r.error(start.span.clone(), message);
            }
        }
    } else {
        let what = || Place::VariableOrTable(var.name.v.clone());
        var.start = r.int_value(val, what, -MAX_POINTS, MAX_POINTS);
    }
    var
}

fn read_scenario(r: &mut Reader, t: &Table<'_, '_>) -> Option<RawScenario> {
    r.only_keys(t, SCENARIO_KEYS);
    let id = r.req_string(t, "id", "id = \"my-scenario\"");
    let title = r.req_string(t, "title", || t!("diag-example-scenario-title"));
    let summary = r.req_string(t, "summary", || t!("diag-example-scenario-summary"));
    let level = match t.get("level") {
        None => {
            r.missing(t, "level", "level = \"101\"");
            None
        }
        Some(v) => {
            let s = r.string_value(v, || Place::key_in("level", &Place::Table("[scenario]".into())))?;
            let level = Level::parse(&s.v);
            if level.is_none() {
                r.error(s.span, t!("diag-bad-level", level = &s.v));
            }
            level
        }
    };
    let minutes = r.req_int(t, "minutes", 1, 600, "minutes = 10");
    let start = r.req_string(t, "start", "start = \"first-post\"");
    let pass_percent = r.int(t, "pass_percent", 0, 100).map(|p| p.v as u32);
    let shuffle = r.bool(t, "shuffle").is_some_and(|b| b.v);
    Some(RawScenario {
        id: id?,
        title: title?.v,
        summary: summary?.v,
        level: level?,
        minutes: minutes?.v as u32,
        start: start?,
        pass_percent,
        shuffle,
        span: t.span.clone(),
    })
}

fn read_node(r: &mut Reader, mut t: Table<'_, '_>) -> RawNode {
    let id = r.req_string(&t, "id", "id = \"first-post\"");
    if let Some(id) = &id {
        t.what = Place::Node(id.v.clone());
    }
    r.only_keys(&t, NODE_KEYS);
    let text = match t.get("text") {
        None => {
            r.missing(&t, "text", || t!("diag-example-node-text"));
            Vec::new()
        }
        Some(v) => read_text(r, v, &t.what),
    };
    let timer = r.int(&t, "timer", 1, MAX_TIMER_SECONDS).map(|s| Sp { v: s.v as u32, span: s.span });
    let on_timeout = t.get("on_timeout").and_then(|v| read_outcome(r, v, &t.what));
    let choices = t.get("choices").and_then(|v| read_choices(r, v, &t.what));
    let ending = t.get("ending").and_then(|v| {
        let s = r.string_value(v, || Place::key_of("ending", &t.what))?;
        let kind = EndingKind::parse(&s.v);
        if kind.is_none() {
            r.error(s.span.clone(), t!("diag-bad-ending", ending = &s.v));
        }
        Some(Sp { v: kind, span: s.span })
    });
    let timer_given = t.get("timer").is_some();
    let body_given = ["choices", "ending", "next"].iter().any(|k| t.get(k).is_some());
    RawNode {
        timer_given,
        body_given,
        choices_given: t.get("choices").is_some(),
        span: t.span.clone(),
        channel: r.string(&t, "channel").map(|s| s.v),
        from: r.string(&t, "from").map(|s| s.v),
        discuss: r.string(&t, "discuss").map(|s| s.v),
        next: read_next_key(r, &t, false),
        id,
        text,
        timer,
        on_timeout,
        choices,
        ending,
    }
}

/// A node's `on_timeout` table.
fn read_outcome(r: &mut Reader, v: &Value<'_>, node: &Place) -> Option<Box<RawOutcome>> {
    let hint = || t!("diag-hint-example", code = "on_timeout = { next = \"too-late\" }");
    let ot = r.table(v, || Place::key_of("on_timeout", node), hint)?;
    r.only_keys(&ot, OUTCOME_KEYS);
    Some(Box::new(RawOutcome {
        span: ot.span.clone(),
        next: read_next_key(r, &ot, true),
        score: r.int_map(&ot, "score", MAX_POINTS),
        set: r.int_map(&ot, "set", MAX_POINTS),
        feedback: r.string(&ot, "feedback").map(|s| s.v),
    }))
}

/// A node's `[[nodes.choices]]`; None past [`MAX_CHOICES`].
fn read_choices(r: &mut Reader, v: &Value<'_>, node: &Place) -> Option<Sp<Vec<RawChoice>>> {
    let items = r.array(v, || Place::key_of("choices", node), || t!("diag-hint-each-choice-table"))?;
    if items.len() > MAX_CHOICES {
        let what = node.name();
        r.error(
            v.span(),
            t!("diag-too-many-choices", what = &what, count = items.len(), limit = MAX_CHOICES),
        );
        return None;
    }
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if let Some(ct) = r.table(item, Place::choice(i + 1, node), "") {
            out.push(read_choice(r, &ct));
        }
    }
    Some(Sp { v: out, span: v.span() })
}

/// `text`: a string, or a non-empty list of strings (variants).
fn read_text(r: &mut Reader, v: &Value<'_>, node: &Place) -> Vec<String> {
    let what = || Place::key_of("text", node);
    match v.get_ref() {
        DeValue::Array(items) => {
            if items.is_empty() {
                r.error(v.span(), t!("diag-empty-text-list", what = &what().name()));
            } else if items.len() > MAX_BRANCHES {
                let message = t!(
                    "diag-too-many-variants",
                    what = &what().name(),
                    count = items.len(),
                    limit = MAX_BRANCHES
                );
                r.error(v.span(), message);
                return Vec::new();
            }
            items
                .iter()
                .filter_map(|i| r.string_value(i, || Place::EachVariant(Box::new(what()))))
                .map(|s| s.v)
                .collect()
        }
        DeValue::String(_) => r.string_value(v, what).map(|s| vec![s.v]).unwrap_or_default(),
        _ => {
            r.string_value(v, || Place::OrStrings(Box::new(what())));
            Vec::new()
        }
    }
}

fn read_choice(r: &mut Reader, t: &Table<'_, '_>) -> RawChoice {
    r.only_keys(t, CHOICE_KEYS);
    let text = r.req_string(t, "text", || t!("diag-example-choice-text")).map(|s| s.v).unwrap_or_default();
    RawChoice {
        span: t.span.clone(),
        text,
        next: read_next_key(r, t, true),
        score: r.int_map(t, "score", MAX_POINTS),
        set: r.int_map(t, "set", MAX_POINTS),
        condition: read_condition(r, t),
        feedback: r.string(t, "feedback").map(|s| s.v),
    }
}

fn read_condition(r: &mut Reader, t: &Table<'_, '_>) -> Option<Sp<String>> {
    let s = r.string(t, "if")?;
    if s.v.len() > MAX_CONDITION_BYTES {
        r.error(s.span, t!("diag-condition-too-long", limit = MAX_CONDITION_BYTES));
        return None;
    }
    Some(s)
}

/// `next`: a node id or a list of branches. `required` reports its absence.
fn read_next_key(r: &mut Reader, t: &Table<'_, '_>, required: bool) -> Option<RawNext> {
    let Some(v) = t.get("next") else {
        if required {
            r.missing(t, "next", "next = \"node-id\"");
        }
        return None;
    };
    let what = || Place::key_of("next", &t.what);
    match v.get_ref() {
        DeValue::String(_) => r.string_value(v, what).map(RawNext::To),
        DeValue::Array(items) => {
            if items.len() > MAX_BRANCHES {
                let message = t!(
                    "diag-too-many-branches",
                    what = &what().name(),
                    count = items.len(),
                    limit = MAX_BRANCHES
                );
                r.error(v.span(), message);
                return None;
            }
            let mut branches = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let bwhat = || Place::Branch(i + 1, Box::new(what()));
                let hint = || t!("diag-hint-example", code = "{ to = \"node-id\", weight = 2 }");
                let Some(bt) = r.table(item, bwhat, hint) else {
                    continue;
                };
                r.only_keys(&bt, BRANCH_KEYS);
                let to = r.req_string(&bt, "to", "to = \"node-id\"");
                let condition = read_condition(r, &bt);
                let weight = r.int(&bt, "weight", 1, 1_000_000).map(|w| Sp { v: w.v as u32, span: w.span });
                let weighted = bt.get("weight").is_some();
                branches.push(RawBranch { to, condition, weight, weighted });
            }
            Some(RawNext::Branches(Sp { v: branches, span: v.span() }))
        }
        _ => {
            r.string_value(v, || Place::OrBranches(Box::new(what())));
            None
        }
    }
}

pub(super) fn read_test(r: &mut Reader, t: &Table<'_, '_>) -> Option<RawTest> {
    r.only_keys(t, TEST_KEYS);
    let name = r.req_string(t, "name", || t!("diag-example-test-name"));
    let choices = r.req_string(t, "choices", "choices = \"2,1,3\"");
    let seed = r.int(t, "seed", 0, i64::MAX).map_or(1, |s| s.v as u64);
    let ending = t.get("ending").and_then(|v| {
        let s = r.string_value(v, || Place::key_of("ending", &Place::ATest))?;
        let kind = EndingKind::parse(&s.v);
        if kind.is_none() {
            r.error(s.span, t!("diag-bad-ending", ending = &s.v));
        }
        kind
    });
    let min_percent = r.int(t, "min_percent", 0, 100).map(|p| p.v as u32);
    let max_percent = r.int(t, "max_percent", 0, 100).map(|p| p.v as u32);
    let mut path_includes = Vec::new();
    if let Some(v) = t.get("path_includes") {
        let hint = || t!("diag-hint-example", code = "[\"calm-reply\"]");
        if let Some(items) = r.array(v, || Place::key_of("path_includes", &Place::ATest), hint) {
            let each = || Place::EachEntry(Box::new(Place::Key("path_includes")));
            path_includes = items.iter().filter_map(|i| r.string_value(i, each)).collect();
        }
    }
    Some(RawTest {
        span: t.span.clone(),
        name: name?.v,
        choices: choices?,
        seed,
        ending,
        min_percent,
        max_percent,
        path_includes,
    })
}
