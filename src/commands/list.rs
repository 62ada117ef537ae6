//! `rehearse list [--json]`

use std::path::PathBuf;

use serde_json::json;

use crate::t;
use crate::text::sanitize_line;

pub fn run(packs: &[PathBuf], json: bool) -> super::Outcome {
    let lib = super::library(packs);
    if json {
        let items: Vec<_> = lib
            .entries
            .iter()
            .map(|e| {
                let s = &e.scenario;
                json!({
                    "id": s.id,
                    "title": s.title,
                    "summary": s.summary,
                    "level": s.level.as_str(),
                    "minutes": s.minutes,
                    "lessons": s.assessed_lessons().iter().map(|&l| s.course.lessons[l].id.as_str()).collect::<Vec<_>>(),
                    "path": e.path,
                })
            })
            .collect();
        super::print(&format!("{}\n", crate::text::json_pretty(&items)));
        return Ok(super::OK);
    }
    if lib.entries.is_empty() {
        return Err(super::Error::Invalid(t!("list-no-scenario")));
    }
    let width = lib.entries.iter().map(|e| e.scenario.id.chars().count()).max().unwrap_or(0).max(8);
    let level = |s: &crate::scenario::Scenario| t!("scenario-level", level = s.level.as_str());
    let level_w =
        lib.entries.iter().map(|e| level(&e.scenario).chars().count()).chain([8]).max().unwrap_or(8);
    let mut out = format!(
        "{:width$}  {:level_w$}  {:>4}  {}\n",
        t!("list-id"),
        t!("list-level"),
        t!("list-minutes"),
        t!("list-title")
    );
    for e in &lib.entries {
        let s = &e.scenario;
        let lessons: Vec<&str> =
            s.assessed_lessons().iter().map(|&l| s.course.lessons[l].id.as_str()).collect();
        out.push_str(&format!(
            "{:width$}  {:level_w$}  {:>4}  {}\n{:width$}  {}\n",
            sanitize_line(&s.id),
            level(s),
            s.minutes,
            sanitize_line(&s.title),
            "",
            t!("list-lessons", lessons = &sanitize_line(&lessons.join(", ")))
        ));
    }
    super::print(&out);
    Ok(super::OK)
}
