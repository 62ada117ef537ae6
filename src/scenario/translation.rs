//! Translation files (README, "Translating a scenario"): the texts of a scenario, or of the
//! course, in another language, beside their source as `ID.TAG.toml` (`course.TAG.toml`).
//!
//! Only texts are translated: ids, scores, conditions, branches, timers and endings stay the
//! source's, so a seed and a list of choices give the same run and score in every language. Each
//! node's entry carries a fingerprint of the source texts it translates, so that a source changed
//! after translation is noticed.

use std::collections::HashMap;
use std::sync::Arc;

use sha2::{Digest, Sha256};
use toml::de::DeValue;

use super::diagnostic::{Diagnostic, Span};
use super::model::{Body, Course, Lesson, Node, Scenario};
use super::read::{did_you_mean, Place, Reader, Sp, Table, Value};
use super::{parse_toml, Loaded};
use crate::t;

/// A scenario's texts in one language. Absent or empty texts fall back to the source's.
#[derive(Clone, Debug, Default)]
pub struct Translation {
    /// The BCP 47 tag of the file (`fr-CA`).
    pub language: String,
    /// The scenario id it translates.
    pub translates: String,
    pub title: Option<String>,
    pub summary: Option<String>,
    /// Variable name → label.
    pub labels: HashMap<String, String>,
    /// Node id → its texts.
    pub nodes: HashMap<String, NodeTexts>,
}

/// The translated texts of one node.
#[derive(Clone, Debug, Default)]
pub struct NodeTexts {
    /// The fingerprint of the source texts this entry translates.
    pub source: String,
    pub from: Option<String>,
    /// One per source variant (empty: untranslated).
    pub text: Vec<String>,
    pub discuss: Option<String>,
    pub timeout_feedback: Option<String>,
    /// One per source choice, in order: (text, feedback).
    pub choices: Vec<(String, Option<String>)>,
}

/// The course's texts in one language.
#[derive(Clone, Debug, Default)]
pub struct CourseTranslation {
    pub language: String,
    pub translates: String,
    pub title: Option<String>,
    /// Lesson id → (title, summary).
    pub lessons: HashMap<String, (Option<String>, Option<String>)>,
}

/// The fingerprint of a node's source texts: 8 hex digits of a SHA-256 over them.
pub fn fingerprint(node: &Node) -> String {
    let mut h = Sha256::new();
    let mut put = |s: &str| {
        h.update(s.as_bytes());
        h.update([0x1f]);
    };
    put(node.from.as_deref().unwrap_or(""));
    for t in &node.text {
        put(t);
    }
    put(node.discuss.as_deref().unwrap_or(""));
    put(node.on_timeout.as_ref().and_then(|o| o.feedback.as_deref()).unwrap_or(""));
    for c in node.choices() {
        put(&c.text);
        put(c.feedback.as_deref().unwrap_or(""));
    }
    let digest = h.finalize();
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

const ROOT_KEYS: &[&str] = &["format", "language", "translates", "scenario", "vars", "nodes"];
const COURSE_ROOT_KEYS: &[&str] = &["format", "language", "translates", "course", "lessons"];
const SCENARIO_KEYS: &[&str] = &["title", "summary"];
const VAR_KEYS: &[&str] = &["label"];
const NODE_KEYS: &[&str] = &["source", "from", "text", "discuss", "on_timeout", "choices"];
const CHOICE_KEYS: &[&str] = &["text", "feedback"];
const LESSON_KEYS: &[&str] = &["title", "summary"];

/// The language tag and the id a translation file's name gives: `troll-handling.fr-CA.toml` →
/// (`troll-handling`, `fr-CA`). None for a file whose name has no tag.
pub fn split_file_name(name: &str) -> Option<(&str, &str)> {
    let stem = name.strip_suffix(".toml")?;
    let (id, tag) = stem.split_once('.')?;
    let ok = !id.is_empty()
        && !tag.is_empty()
        && tag
            .split('-')
            .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()));
    ok.then_some((id, tag))
}

/// Whether two tags name the same language for choosing a translation: equal, or the same first
/// part (`fr` picks `fr-CA`).
pub fn tag_matches(wanted: &str, have: &str) -> bool {
    wanted.eq_ignore_ascii_case(have) || crate::i18n::primary(wanted) == crate::i18n::primary(have)
}

/// Reads the header every translation file shares: `format`, `language` (which must be the tag of
/// the file name and one of the course's languages) and `translates`.
fn read_header(
    r: &mut Reader,
    root: &Table<'_, '_>,
    file_tag: &str,
    course: &Course,
    what: &str,
) -> (String, Option<Sp<String>>) {
    super::raw::read_format(r, root);
    let language = r.req_string(root, "language", format!("language = \"{file_tag}\""));
    let translates = r.req_string(root, "translates", format!("translates = \"{what}\""));
    if let Some(l) = &language {
        if !l.v.eq_ignore_ascii_case(file_tag) {
            r.error(l.span.clone(), t!("diag-tr-language-mismatch", language = &l.v, tag = file_tag));
        } else if !course.languages.iter().any(|c| c.eq_ignore_ascii_case(&l.v)) {
            let languages = course.languages.join(", ");
            r.error(
                l.span.clone(),
                t!("diag-tr-language-not-offered", language = &l.v, languages = &languages),
            );
        }
    }
    (language.map_or_else(|| file_tag.to_string(), |l| l.v), translates)
}

/// Loads and checks a scenario's translation against its source. `file_tag` is the tag of the
/// file's name.
pub fn load_translation(text: &str, file_tag: &str, source: &Scenario) -> Loaded<Translation> {
    let mut r = Reader::new();
    let value = parse_toml(text, &mut r, "translation").map(|root| {
        let table = Table { t: root.get_ref(), span: 0..0, what: Place::TranslationFile };
        read_translation(&mut r, &table, file_tag, source)
    });
    super::finish(value, r.diags)
}

fn read_translation(r: &mut Reader, root: &Table<'_, '_>, file_tag: &str, s: &Scenario) -> Translation {
    if let Some(v) = root.get("tests") {
        r.error(v.span(), t!("diag-tr-no-tests"));
    }
    r.only_keys(root, ROOT_KEYS);
    let (language, translates) = read_header(r, root, file_tag, &s.course, &s.id);
    if let Some(t) = &translates {
        if t.v != s.id {
            r.error(t.span.clone(), t!("diag-tr-translates-other", named = &t.v, id = &s.id));
        }
    }
    let mut out = Translation { language, translates: s.id.clone(), ..Translation::default() };
    if let Some(v) = root.get("scenario") {
        if let Some(t) = r.table(v, Place::Table("[scenario]".into()), "") {
            r.only_keys(&t, SCENARIO_KEYS);
            out.title = r.string(&t, "title").map(|s| s.v);
            out.summary = r.string(&t, "summary").map(|s| s.v);
        }
    }
    if let Some(v) = root.get("vars") {
        read_labels(r, v, s, &mut out);
    }
    let mut spans: HashMap<String, Span> = HashMap::new();
    if let Some(v) = root.get("nodes") {
        spans = read_nodes(r, v, s, &mut out);
    }
    warn_incomplete(r, s, &out, &spans);
    if out.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
        r.warning(0..0, t!("diag-tr-no-title"));
    }
    out
}

/// The `[vars]` table: a label for each variable of the source.
fn read_labels(r: &mut Reader, v: &Value<'_>, s: &Scenario, out: &mut Translation) {
    let Some(t) = r.table(v, Place::Table("[vars]".into()), "") else { return };
    for (k, val) in t.t.iter() {
        let name: &str = k.get_ref();
        if !s.vars.iter().any(|v| v.name == name) {
            let hint = did_you_mean(name, s.vars.iter().map(|v| v.name.as_str()));
            r.error(k.span(), t!("diag-tr-no-such-variable", name = name, hint = &hint));
            continue;
        }
        let hint = || t!("diag-hint-table-then-key", table = "[vars.trust]", key = "label = \"...\"");
        if let Some(vt) = r.table(val, Place::Table(format!("[vars.{name}]")), hint) {
            r.only_keys(&vt, VAR_KEYS);
            if let Some(l) = r.string(&vt, "label") {
                out.labels.insert(name.to_string(), l.v);
            }
        }
    }
}

/// The `[nodes]` table: the texts of each node of the source. Gives where each node's entry is.
fn read_nodes(r: &mut Reader, v: &Value<'_>, s: &Scenario, out: &mut Translation) -> HashMap<String, Span> {
    let mut spans: HashMap<String, Span> = HashMap::new();
    let hint = || t!("diag-hint-each-node-as", code = "[nodes.NODE-ID]");
    let Some(t) = r.table(v, Place::Table("[nodes]".into()), hint) else { return spans };
    for (k, val) in t.t.iter() {
        let id: &str = k.get_ref();
        let Some(node) = s.node(id).map(|i| &s.nodes[i]) else {
            let hint = did_you_mean(id, s.nodes.iter().map(|n| n.id.as_str()));
            r.error(k.span(), t!("diag-tr-no-such-node", id = id, hint = &hint));
            continue;
        };
        let Some(nt) = r.table(val, Place::Table(format!("[nodes.{id}]")), "") else { continue };
        if let Some(texts) = read_node(r, &nt, node) {
            spans.insert(id.to_string(), k.span());
            out.nodes.insert(id.to_string(), texts);
        }
    }
    spans
}

/// What is missing or out of date: warnings (the source text is shown instead). `spans`: where
/// each node's entry is.
fn warn_incomplete(r: &mut Reader, s: &Scenario, out: &Translation, spans: &HashMap<String, Span>) {
    let mut missing = Vec::new();
    for node in &s.nodes {
        match out.nodes.get(&node.id) {
            None => missing.push(node.id.as_str()),
            Some(t) => {
                let at = spans.get(&node.id).cloned().unwrap_or(0..0);
                let now = fingerprint(node);
                if t.source != now {
                    let message = t!(
                        "diag-tr-stale",
                        id = &node.id,
                        old = &t.source,
                        new = &now,
                        scenario = &s.id,
                        lang = &out.language
                    );
                    r.warning(at.clone(), message);
                }
                if untranslated(t, node) {
                    r.warning(at, t!("diag-tr-untranslated-texts", id = &node.id));
                }
            }
        }
    }
    if !missing.is_empty() {
        let shown: Vec<&str> = missing.iter().take(5).copied().collect();
        let nodes = if missing.len() > 5 {
            t!("diag-tr-nodes-and-more", nodes = &shown.join(", "), more = missing.len() - 5)
        } else {
            shown.join(", ")
        };
        let message = t!(
            "diag-tr-missing-nodes",
            count = missing.len(),
            nodes = &nodes,
            scenario = &s.id,
            lang = &out.language
        );
        r.warning(0..0, message);
    }
}

/// Whether any text of the source node lacks a translation in `t`.
fn untranslated(t: &NodeTexts, node: &Node) -> bool {
    let empty = |s: &Option<String>| s.as_deref().is_none_or(|x| x.trim().is_empty());
    t.text.iter().any(|x| x.trim().is_empty())
        || (node.from.is_some() && empty(&t.from))
        || (node.discuss.is_some() && empty(&t.discuss))
        || (node.on_timeout.as_ref().is_some_and(|o| o.feedback.is_some()) && empty(&t.timeout_feedback))
        || t.choices
            .iter()
            .zip(node.choices())
            .any(|((text, fb), c)| text.trim().is_empty() || (c.feedback.is_some() && empty(fb)))
}

/// One `[nodes.ID]` entry, checked against the source node.
fn read_node(r: &mut Reader, t: &Table<'_, '_>, node: &Node) -> Option<NodeTexts> {
    r.only_keys(t, NODE_KEYS);
    let mut out =
        NodeTexts { source: r.string(t, "source").map(|s| s.v).unwrap_or_default(), ..NodeTexts::default() };
    let only_where = |r: &mut Reader, key: &'static str, has: bool| -> Option<String> {
        let v = t.get(key)?;
        if !has {
            r.error(v.span(), t!("diag-tr-not-in-source", id = &node.id, key = key));
            return None;
        }
        r.string_value(v, || Place::key_of(key, &t.what)).map(|s| s.v)
    };
    out.from = only_where(r, "from", node.from.is_some());
    out.discuss = only_where(r, "discuss", node.discuss.is_some());
    out.text = match t.get("text") {
        None => vec![String::new(); node.text.len()],
        Some(v) => read_variants(r, v, node, &t.what)?,
    };
    if let Some(v) = t.get("on_timeout") {
        let has = node.on_timeout.as_ref().is_some_and(|o| o.feedback.is_some());
        let hint = || t!("diag-hint-write", code = "on_timeout = { feedback = \"...\" }");
        match r.table(v, || Place::key_of("on_timeout", &t.what), hint) {
            Some(ot) if has => {
                r.only_keys(&ot, &["feedback"]);
                out.timeout_feedback = r.string(&ot, "feedback").map(|s| s.v);
            }
            Some(_) => r.error(v.span(), t!("diag-tr-no-timeout-feedback", id = &node.id)),
            None => {}
        }
    }
    let source_choices = node.choices();
    out.choices = vec![(String::new(), None); source_choices.len()];
    if let Some(v) = t.get("choices") {
        let hint = || t!("diag-hint-each-as", code = "[[nodes.ID.choices]]");
        let items = r.array(v, || Place::key_of("choices", &t.what), hint)?;
        if !matches!(node.body, Body::Choices(_)) || items.len() != source_choices.len() {
            let choices = t!("choices-count", n = source_choices.len());
            let message = t!("diag-tr-choice-count", id = &node.id, choices = &choices, count = items.len());
            r.error(v.span(), message);
            return None;
        }
        for (i, (item, c)) in items.iter().zip(source_choices).enumerate() {
            let Some(ct) = r.table(item, Place::choice(i + 1, &t.what), "") else {
                continue;
            };
            r.only_keys(&ct, CHOICE_KEYS);
            let text = r.string(&ct, "text").map(|s| s.v).unwrap_or_default();
            let feedback = match ct.get("feedback") {
                Some(v) if c.feedback.is_none() => {
                    r.error(v.span(), t!("diag-tr-no-feedback", n = i + 1, id = &node.id));
                    None
                }
                _ => r.string(&ct, "feedback").map(|s| s.v),
            };
            out.choices[i] = (text, feedback);
        }
    }
    Some(out)
}

/// `text`: a string where the source has one text, a list of as many where it has variants.
fn read_variants(r: &mut Reader, v: &Value<'_>, node: &Node, place: &Place) -> Option<Vec<String>> {
    let n = node.text.len();
    let what = || Place::key_of("text", place);
    match v.get_ref() {
        DeValue::Array(items) => {
            if items.len() != n {
                r.error(
                    v.span(),
                    t!("diag-tr-variant-count", id = &node.id, source = n, count = items.len()),
                );
                return None;
            }
            Some(
                items
                    .iter()
                    .map(|i| {
                        r.string_value(i, || Place::EachVariant(Box::new(what())))
                            .map_or_else(String::new, |s| s.v)
                    })
                    .collect(),
            )
        }
        _ if n > 1 => {
            r.error(v.span(), t!("diag-tr-variants-list", id = &node.id, n = n));
            None
        }
        _ => Some(vec![r.string_value(v, what)?.v]),
    }
}

/// Loads and checks a course translation (`course.TAG.toml`).
pub fn load_course_translation(text: &str, file_tag: &str, course: &Course) -> Loaded<CourseTranslation> {
    let mut r = Reader::new();
    let value = parse_toml(text, &mut r, "translation").map(|root| {
        let table = Table { t: root.get_ref(), span: 0..0, what: Place::CourseTranslation };
        r.only_keys(&table, COURSE_ROOT_KEYS);
        let (language, translates) = read_header(&mut r, &table, file_tag, course, &course.id);
        if let Some(t) = &translates {
            if t.v != course.id {
                r.error(t.span.clone(), t!("diag-tr-course-translates-other", named = &t.v, id = &course.id));
            }
        }
        let mut out =
            CourseTranslation { language, translates: course.id.clone(), ..CourseTranslation::default() };
        if let Some(v) = table.get("course") {
            if let Some(t) = r.table(v, Place::Table("[course]".into()), "") {
                r.only_keys(&t, &["title"]);
                out.title = r.string(&t, "title").map(|s| s.v);
            }
        }
        if let Some(v) = table.get("lessons") {
            let hint = || t!("diag-hint-each-as", code = "[lessons.LESSON-ID]");
            if let Some(t) = r.table(v, Place::Table("[lessons]".into()), hint) {
                for (k, val) in t.t.iter() {
                    let id: &str = k.get_ref();
                    if course.lesson(id).is_none() {
                        let hint = did_you_mean(id, course.lessons.iter().map(|l| l.id.as_str()));
                        r.error(k.span(), t!("diag-tr-no-such-lesson", id = id, hint = &hint));
                        continue;
                    }
                    if let Some(lt) = r.table(val, Place::Table(format!("[lessons.{id}]")), "") {
                        r.only_keys(&lt, LESSON_KEYS);
                        let title = r.string(&lt, "title").map(|s| s.v);
                        let summary = r.string(&lt, "summary").map(|s| s.v);
                        out.lessons.insert(id.to_string(), (title, summary));
                    }
                }
            }
        }
        let missing: Vec<&str> = course
            .lessons
            .iter()
            .filter(|l| !out.lessons.contains_key(&l.id))
            .map(|l| l.id.as_str())
            .collect();
        if !missing.is_empty() {
            r.warning(0..0, t!("diag-tr-lessons-missing", lessons = &missing.join(", ")));
        }
        out
    });
    super::finish(value, r.diags)
}

/// `text` unless empty, else `source`.
fn or_source(text: Option<&String>, source: &str) -> String {
    match text {
        Some(t) if !t.trim().is_empty() => t.clone(),
        _ => source.to_string(),
    }
}

impl Course {
    /// The course with its texts in `tr`'s language (untranslated texts stay the source's).
    pub fn localized(&self, tr: &CourseTranslation) -> Course {
        let lessons = self
            .lessons
            .iter()
            .map(|l| {
                let t = tr.lessons.get(&l.id);
                Lesson {
                    id: l.id.clone(),
                    title: or_source(t.and_then(|t| t.0.as_ref()), &l.title),
                    summary: or_source(t.and_then(|t| t.1.as_ref()), &l.summary),
                }
            })
            .collect();
        let mut c = self.clone();
        c.title = or_source(tr.title.as_ref(), &self.title);
        c.lessons = lessons;
        c
    }
}

impl Scenario {
    /// The scenario with its texts in `tr`'s language and `course` (already localized): the same
    /// ids, scores, conditions, branches and content hash, so a run is the same in every language.
    pub fn localized(&self, tr: &Translation, course: Arc<Course>) -> Scenario {
        let mut s = self.clone();
        s.language = tr.language.clone();
        s.title = or_source(tr.title.as_ref(), &self.title);
        s.summary = or_source(tr.summary.as_ref(), &self.summary);
        s.course = course;
        for v in &mut s.vars {
            if let Some(l) = tr.labels.get(&v.name) {
                v.label = or_source(Some(l), &v.label);
            }
        }
        for node in &mut s.nodes {
            let Some(t) = tr.nodes.get(&node.id) else { continue };
            for (text, tt) in node.text.iter_mut().zip(&t.text) {
                *text = or_source(Some(tt), text);
            }
            if let Some(f) = &mut node.from {
                *f = or_source(t.from.as_ref(), f);
            }
            if let Some(d) = &mut node.discuss {
                *d = or_source(t.discuss.as_ref(), d);
            }
            if let Some(fb) = node.on_timeout.as_mut().and_then(|o| o.feedback.as_mut()) {
                *fb = or_source(t.timeout_feedback.as_ref(), fb);
            }
            if let Body::Choices(choices) = &mut node.body {
                for (c, (text, fb)) in choices.iter_mut().zip(&t.choices) {
                    c.text = or_source(Some(text), &c.text);
                    if let Some(f) = &mut c.feedback {
                        *f = or_source(fb.as_ref(), f);
                    }
                }
            }
        }
        s
    }
}

/// A diagnostic for a course language that has no translation file for a scenario.
pub fn missing_translation(s: &Scenario, tag: &str) -> Diagnostic {
    Diagnostic::warning(s.span.clone(), t!("diag-tr-missing-file", tag = tag, id = &s.id))
}
