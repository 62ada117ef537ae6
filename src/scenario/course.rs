//! Reading `course.toml`.

use std::collections::HashMap;

use super::diagnostic::Span;
use super::limits::MAX_LESSONS;
use super::model::{Course, CourseScenario, Lesson};
use super::raw::read_format;
use super::read::{Place, Reader, Table};
use super::validate::is_kebab;
use crate::t;

const ROOT_KEYS: &[&str] = &["format", "course", "lessons", "scenarios", "languages"];
const SCENARIO_KEYS: &[&str] = &["id", "required", "after"];
const COURSE_KEYS: &[&str] = &["id", "title", "pass_percent"];
const LESSON_KEYS: &[&str] = &["id", "title", "summary"];

/// The pass mark when a course does not set one.
pub const DEFAULT_PASS_PERCENT: u32 = 70;

/// Reads `course.toml` from its root table; None when it has an error.
pub(crate) fn read_course(r: &mut Reader, root: &Table<'_, '_>) -> Option<Course> {
    read_format(r, root);
    r.only_keys(root, ROOT_KEYS);
    let errors_before = r.diags.len();

    let head = read_head(r, root);
    let (lessons, spans) = read_lessons(r, root)?;

    let scenarios = read_scenarios(r, root);
    let languages = read_languages(r, root);

    let (id, title, pass) = head?;
    let failed = r.diags[errors_before..].iter().any(|d| d.is_error());
    (!failed).then(|| {
        let mut c = Course::new(id, title, pass, lessons, spans).with_scenarios(scenarios);
        if let Some((tags, span)) = languages {
            c.languages = tags;
            c.languages_span = span;
        }
        c
    })
}

/// The `[course]` table: id, title and pass mark.
fn read_head(r: &mut Reader, root: &Table<'_, '_>) -> Option<(String, String, u32)> {
    let Some(v) = root.get("course") else {
        r.error(0..0, t!("diag-no-course-table"));
        return None;
    };
    let t = r.table(v, Place::Table("[course]".into()), "")?;
    r.only_keys(&t, COURSE_KEYS);
    let id = r.req_string(&t, "id", "id = \"my-course\"");
    let title = r.req_string(&t, "title", || t!("diag-example-course-title"));
    let pass = r.int(&t, "pass_percent", 0, 100).map_or(DEFAULT_PASS_PERCENT, |p| p.v as u32);
    Some((id?.v, title?.v, pass))
}

/// The `[[lessons]]`, each id once, with where each id is; None when there are too many (then
/// nothing more is read).
fn read_lessons(r: &mut Reader, root: &Table<'_, '_>) -> Option<(Vec<Lesson>, Vec<Span>)> {
    let mut lessons = Vec::new();
    let mut spans = Vec::new();
    let Some(v) = root.get("lessons") else {
        r.error(0..0, t!("diag-no-lessons"));
        return Some((lessons, spans));
    };
    let Some(items) = r.array(v, Place::Key("lessons"), || t!("diag-hint-each-lesson-table")) else {
        return Some((lessons, spans));
    };
    if items.len() > MAX_LESSONS {
        r.error(v.span(), t!("diag-too-many-lessons", count = items.len(), limit = MAX_LESSONS));
        return None;
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        let Some(t) = r.table(item, Place::Lesson(i + 1), "") else { continue };
        r.only_keys(&t, LESSON_KEYS);
        let id = r.req_string(&t, "id", "id = \"think-before-you-post\"");
        let title = r.req_string(&t, "title", || t!("diag-example-lesson-title"));
        let summary = r.string(&t, "summary").map(|s| s.v).unwrap_or_default();
        let (Some(id), Some(title)) = (id, title) else { continue };
        if let Some(line) = seen.get(&id.v) {
            r.error(id.span.clone(), t!("diag-duplicate-lesson", id = &id.v, line = *line));
            continue;
        }
        if !is_kebab(&id.v) {
            r.warning(id.span.clone(), t!("diag-lesson-not-kebab", id = &id.v));
        }
        seen.insert(id.v.clone(), i + 1);
        spans.push(id.span);
        lessons.push(Lesson { id: id.v, title: title.v, summary });
    }
    Some((lessons, spans))
}

/// `languages = ["en-CA", "fr-CA"]`: BCP 47 tags, the source language first, each once.
fn read_languages(r: &mut Reader, root: &Table<'_, '_>) -> Option<(Vec<String>, std::ops::Range<usize>)> {
    let v = root.get("languages")?;
    let hint = || t!("diag-hint-example", code = "languages = [\"en-CA\", \"fr-CA\"]");
    let items = r.array(v, Place::Key("languages"), hint)?;
    let mut tags: Vec<String> = Vec::new();
    for item in items {
        let each = || Place::EachEntry(Box::new(Place::Key("languages")));
        let Some(tag) = r.string_value(item, each) else { continue };
        let ok = tag.v.split('-').enumerate().all(|(i, p)| {
            !p.is_empty()
                && p.len() <= 8
                && p.chars().all(|c| c.is_ascii_alphanumeric())
                && (i > 0 || p.chars().all(|c| c.is_ascii_alphabetic()))
        });
        if !ok {
            r.error(tag.span, t!("diag-bad-language-tag", tag = &tag.v));
        } else if tags.iter().any(|t| t.eq_ignore_ascii_case(&tag.v)) {
            r.error(tag.span, t!("diag-language-twice", tag = &tag.v));
        } else {
            tags.push(tag.v);
        }
    }
    if tags.is_empty() {
        r.error(v.span(), t!("diag-no-languages"));
        return None;
    }
    Some((tags, v.span()))
}

/// `[[scenarios]]`: the course's scenarios in the order learners should take them, which are
/// required, and which are recommended first. Ids are checked against the pack later (see
/// [`super::validate::course_scenario_problems`]); here: duplicates, `after` naming a scenario
/// not listed, and cycles.
fn read_scenarios(r: &mut Reader, root: &Table<'_, '_>) -> Vec<CourseScenario> {
    let Some(v) = root.get("scenarios") else { return Vec::new() };
    let Some(items) = r.array(v, Place::Key("scenarios"), || t!("diag-hint-each-scenario-table")) else {
        return Vec::new();
    };
    let mut out: Vec<CourseScenario> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(t) = r.table(item, Place::CourseScenario(i + 1), "") else { continue };
        r.only_keys(&t, SCENARIO_KEYS);
        let Some(id) = r.req_string(&t, "id", "id = \"troll-handling\"") else { continue };
        let required = r.bool(&t, "required").is_none_or(|b| b.v);
        let mut after = Vec::new();
        if let Some(v) = t.get("after") {
            let hint = || t!("diag-hint-example", code = "after = [\"election-post\"]");
            if let Some(list) = r.array(v, Place::Key("after"), hint) {
                let each = || Place::EachEntry(Box::new(Place::Key("after")));
                after = list.iter().filter_map(|x| r.string_value(x, each)).collect();
            }
        }
        if let Some(first) = out.iter().position(|c| c.id == id.v) {
            r.error(id.span.clone(), t!("diag-course-scenario-twice", id = &id.v, n = first + 1));
            continue;
        }
        let after_spans = after.iter().map(|a| a.span.clone()).collect();
        let after = after.into_iter().map(|a| a.v).collect();
        out.push(CourseScenario { id: id.v, required, after, after_spans, span: id.span });
    }
    // `after` names listed scenarios, and never goes round in a circle.
    for c in &out {
        for (a, span) in c.after.iter().zip(&c.after_spans) {
            if !out.iter().any(|o| o.id == *a) {
                let hint = super::read::did_you_mean(a, out.iter().map(|o| o.id.as_str()));
                r.error(span.clone(), t!("diag-after-unknown", id = &c.id, after = a, hint = &hint));
            }
        }
    }
    if let Some(cycle) = after_cycle(&out) {
        let at = out[cycle[0]].span.clone();
        let names: Vec<&str> =
            cycle.iter().chain(std::iter::once(&cycle[0])).map(|&i| out[i].id.as_str()).collect();
        r.error(at, t!("diag-after-cycle", cycle = &names.join(" → ")));
    }
    out
}

/// A circle in the `after` lists, as indices (each recommended after the next one listed), if any.
fn after_cycle(list: &[CourseScenario]) -> Option<Vec<usize>> {
    let index = |id: &str| list.iter().position(|c| c.id == id);
    // 0: not seen, 1: on the current path, 2: done.
    let mut mark = vec![0u8; list.len()];
    fn visit(
        i: usize,
        list: &[CourseScenario],
        index: &dyn Fn(&str) -> Option<usize>,
        mark: &mut [u8],
        path: &mut Vec<usize>,
    ) -> Option<Vec<usize>> {
        mark[i] = 1;
        path.push(i);
        for a in &list[i].after {
            let Some(j) = index(a) else { continue };
            if mark[j] == 1 {
                let from = path.iter().position(|&p| p == j).unwrap_or(0);
                return Some(path[from..].to_vec());
            }
            if mark[j] == 0 {
                if let Some(c) = visit(j, list, index, mark, path) {
                    return Some(c);
                }
            }
        }
        mark[i] = 2;
        path.pop();
        None
    }
    (0..list.len()).find_map(|i| {
        if mark[i] == 0 {
            visit(i, list, &index, &mut mark, &mut Vec::new())
        } else {
            None
        }
    })
}
