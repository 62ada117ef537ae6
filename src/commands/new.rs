//! `rehearse new ID [--dir DIR]`: a new scenario file from a commented template that validates.
//! In a folder that no `course.toml` covers (none in it or above), it also starts a pack: a
//! `course.toml`, and the JSON Schema files that the `#:schema` lines of both files name, so that
//! an editor checks them from the first keystroke. It never overwrites a file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::pack::{Library, LoadOptions};
use crate::report::schema::{course_schema, scenario_schema};
use crate::scenario::Course;
use crate::t;

const TEMPLATE: &str = include_str!("new_template.toml");

/// The files that the `#:schema` lines of the template and of the course name.
pub const SCENARIO_SCHEMA_FILE: &str = "rehearse-scenario.schema.json";
pub const COURSE_SCHEMA_FILE: &str = "rehearse-course.schema.json";

/// The template with `id` in place, and a title made from it.
pub fn template(id: &str) -> String {
    TEMPLATE.replace("{{ID}}", id).replace("{{TITLE}}", &title_of(id))
}

/// A title made from a kebab-case id: `reporter-question` gives "Reporter question".
pub fn title_of(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut chars = words.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// A kebab-case id made from a folder's name (`My Pack` gives `my-pack`), or `my-course`.
fn course_id(dir: &Path) -> String {
    let name = std::fs::canonicalize(dir)
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let lowered: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    let id = lowered.split_whitespace().collect::<Vec<_>>().join("-");
    if is_kebab(&id) && id.len() <= 64 {
        id
    } else {
        "my-course".to_string()
    }
}

/// A TOML string literal of `s`, quoted and escaped.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// The text of a new pack's course.toml: the bundled course's lessons that `scored` names, then
/// its other lessons commented out, ready to be used.
fn course_text(id: &str, bundled: &Course, scored: &[usize]) -> String {
    let mut out = format!("#:schema ./{COURSE_SCHEMA_FILE}\n{COURSE_HEADER}format = 1\n");
    out.push_str(
        "languages = [\"en-CA\"]   # the pack's languages, source first; add \"fr-CA\" to translate it\n",
    );
    out.push_str(&format!(
        "\n[course]\nid = {}\ntitle = {}\npass_percent = {}   # the pass mark of scenarios that set none\n",
        toml_string(id),
        toml_string(&title_of(id)),
        bundled.pass_percent
    ));
    let block = |prefix: &str, lesson: &crate::scenario::Lesson| {
        format!(
            "\n{prefix}[[lessons]]\n{prefix}id = {}\n{prefix}title = {}\n{prefix}summary = {}\n",
            toml_string(&lesson.id),
            toml_string(&lesson.title),
            toml_string(&lesson.summary)
        )
    };
    let (used, unused): (Vec<_>, Vec<_>) =
        bundled.lessons.iter().enumerate().partition(|(i, _)| scored.contains(i));
    for (_, lesson) in used {
        out.push_str(&block("", lesson));
    }
    out.push_str(MORE_LESSONS);
    for (_, lesson) in unused {
        out.push_str(&block("# ", lesson));
    }
    out.push_str(COURSE_FOOTER);
    out
}

const COURSE_HEADER: &str = "\
# The course of this pack: the lessons its scenarios are scored against. Written by `rehearse new`.
#
# Each [[lessons]] block is one lesson; a choice's `score` names lessons by their id. To add one,
# take the `# ` off one of the bundled course's lessons further down, or write a block of your own:
# an id of lowercase words joined by \"-\", a title, and a summary of one or two sentences that
# says the rule to apply. `rehearse validate` warns about a lesson no scenario scores, and stops at
# a score for a lesson the course does not have. Learners' progress keeps lesson ids: once
# learners have started, rename none.
";

const MORE_LESSONS: &str = "
# More lessons of the bundled course, ready to use: take the `# ` off a block's four lines.
";

const COURSE_FOOTER: &str = "
# Optional: the course's scenarios, in the order learners should take them. `required = true` (the
# default) counts towards completing the course; scenarios not listed are optional extras.
# [[scenarios]]
# id = \"a-scenario-id\"
";

/// The nearest course.toml at or above `dir`, by the rule the loader follows.
fn course_above(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().map(|d| d.join("course.toml")).find(|c| c.is_file())
}

/// Writes `text` to `path` unless a file is there already; returns whether it wrote.
fn write_new(path: &Path, text: &str) -> Result<bool, super::Error> {
    let file = std::fs::OpenOptions::new().write(true).create_new(true).open(path);
    match file.and_then(|mut f| f.write_all(text.as_bytes())) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(super::Error::Invalid(format!("{}: {}", path.display(), crate::fsio::io_reason(&e)))),
    }
}

/// A schema as `rehearse schema` prints it.
pub fn schema_text(schema: &serde_json::Value) -> String {
    format!("{}\n", serde_json::to_string_pretty(schema).unwrap_or_default())
}

/// The bundled course, and the lessons of it that the template scores.
fn bundled_course(id: &str) -> Option<(Arc<Course>, Vec<usize>)> {
    let course = Library::load_paths(&[], LoadOptions::default()).course?;
    let scored = crate::scenario::load_scenario(template(id).as_bytes(), &course).value?.assessed_lessons();
    Some((course, scored))
}

pub fn run(id: &str, dir: Option<PathBuf>) -> super::Outcome {
    if !is_kebab(id) || id.len() > 64 {
        return Err(super::Error::Usage(t!("new-bad-id", id = id)));
    }
    let dir = dir.unwrap_or_else(|| PathBuf::from("."));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        return Err(super::Error::Invalid(format!("{}: {}", dir.display(), crate::fsio::io_reason(&e))));
    }
    let shown = |p: &Path| p.display().to_string();
    // Paths in commands to copy are quoted as a shell needs them (`My Pack/x.toml`).
    let command_word = |p: &Path| super::analyze::shell_word(&shown(p));
    let path = dir.join(format!("{id}.toml"));
    // Whether a course covers the folder is decided before anything is written.
    let course = course_above(&dir);
    if !write_new(&path, &template(id))? {
        return Err(super::Error::Invalid(t!("new-exists", path = &shown(&path))));
    }
    let mut out = format!("{}\n", t!("new-written", path = &shown(&path)));
    let mut schemas = vec![(dir.join(SCENARIO_SCHEMA_FILE), scenario_schema(), "rehearse schema")];
    match &course {
        Some(c) => out.push_str(&format!("{}\n", t!("new-uses-course", course = &shown(c)))),
        None => {
            let course_path = dir.join("course.toml");
            let (bundled, scored) =
                bundled_course(id).ok_or_else(|| super::Error::Invalid(t!("new-no-bundled-course")))?;
            if write_new(&course_path, &course_text(&course_id(&dir), &bundled, &scored))? {
                out.push_str(&format!("{}\n", t!("new-course-written", path = &shown(&course_path))));
            }
            schemas.push((dir.join(COURSE_SCHEMA_FILE), course_schema(), "rehearse schema --course"));
        }
    }
    for (schema_path, schema, command) in schemas {
        let text = schema_text(&schema);
        if write_new(&schema_path, &text)? {
            out.push_str(&format!("{}\n", t!("new-schema-written", path = &shown(&schema_path))));
        } else if std::fs::read_to_string(&schema_path).ok().as_deref() != Some(text.as_str()) {
            out.push_str(&format!(
                "{}\n",
                t!(
                    "new-schema-kept",
                    path = &shown(&schema_path),
                    command = command,
                    target = &command_word(&schema_path)
                )
            ));
        }
    }
    // With a new course, the whole pack is what to check; otherwise the file.
    let check = if course.is_none() { command_word(&dir) } else { command_word(&path) };
    out.push_str(&format!("{}\n", t!("new-next", check = &check, path = &command_word(&path))));
    super::print(&out);
    Ok(super::OK)
}
