//! Reading `course.toml`.

use std::collections::HashMap;

use super::limits::MAX_LESSONS;
use super::model::{Course, Lesson};
use super::raw::read_format;
use super::read::{Reader, Table};
use super::validate::is_kebab;

const ROOT_KEYS: &[&str] = &["format", "course", "lessons"];
const COURSE_KEYS: &[&str] = &["id", "title", "pass_percent"];
const LESSON_KEYS: &[&str] = &["id", "title", "summary"];

/// The pass mark when a course does not set one.
pub const DEFAULT_PASS_PERCENT: u32 = 70;

pub(crate) fn read_course(r: &mut Reader, root: &Table<'_, '_>) -> Option<Course> {
    read_format(r, root);
    r.only_keys(root, ROOT_KEYS);
    let errors_before = r.diags.len();

    let head = match root.get("course") {
        None => {
            r.error(0..0, "the file has no [course] table: add one with `id` and `title`");
            None
        }
        Some(v) => r.table(v, "[course]", "").and_then(|t| {
            r.only_keys(&t, COURSE_KEYS);
            let id = r.req_string(&t, "id", "id = \"my-course\"");
            let title = r.req_string(&t, "title", "title = \"Social media at work\"");
            let pass = r.int(&t, "pass_percent", 0, 100).map_or(DEFAULT_PASS_PERCENT, |p| p.v as u32);
            Some((id?.v, title?.v, pass))
        }),
    };

    let mut lessons = Vec::new();
    let mut spans = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    match root.get("lessons") {
        None => r.error(
            0..0,
            "the course has no lessons: add `[[lessons]]` tables with `id`, `title` and `summary`",
        ),
        Some(v) => {
            if let Some(items) = r.array(v, "`lessons`", " (write each lesson as a `[[lessons]]` table)") {
                if items.len() > MAX_LESSONS {
                    r.error(
                        v.span(),
                        format!("the course has {} lessons; the limit is {MAX_LESSONS}", items.len()),
                    );
                    return None;
                }
                for (i, item) in items.iter().enumerate() {
                    let Some(t) = r.table(item, format!("lesson {}", i + 1), "") else { continue };
                    r.only_keys(&t, LESSON_KEYS);
                    let id = r.req_string(&t, "id", "id = \"think-before-you-post\"");
                    let title = r.req_string(&t, "title", "title = \"Think before you post\"");
                    let summary = r.string(&t, "summary").map(|s| s.v).unwrap_or_default();
                    let (Some(id), Some(title)) = (id, title) else { continue };
                    if let Some(line) = seen.get(&id.v) {
                        r.error(id.span.clone(), format!("duplicate lesson id `{}` (lesson {line} has it too): lesson ids must be unique", id.v));
                        continue;
                    }
                    if !is_kebab(&id.v) {
                        r.warning(
                            id.span.clone(),
                            format!("lesson id `{}` is not kebab-case (lowercase words joined by `-`)", id.v),
                        );
                    }
                    seen.insert(id.v.clone(), i + 1);
                    spans.push(id.span);
                    lessons.push(Lesson { id: id.v, title: title.v, summary });
                }
            }
        }
    }

    let (id, title, pass) = head?;
    let failed = r.diags[errors_before..].iter().any(|d| d.is_error());
    (!failed).then(|| Course::new(id, title, pass, lessons, spans))
}
