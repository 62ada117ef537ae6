//! `rehearse list [--json]`

use std::path::PathBuf;

use serde_json::json;

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
        super::print(&format!("{}\n", serde_json::to_string_pretty(&items).unwrap_or_default()));
        return Ok(super::OK);
    }
    if lib.entries.is_empty() {
        return Err(super::Error::Invalid("no scenario loaded: run `rehearse validate` to see why".into()));
    }
    let width = lib.entries.iter().map(|e| e.scenario.id.chars().count()).max().unwrap_or(0).max(8);
    let mut out = format!("{:width$}  {:8}  {:>4}  TITLE\n", "ID", "LEVEL", "MIN");
    for e in &lib.entries {
        let s = &e.scenario;
        let lessons: Vec<&str> =
            s.assessed_lessons().iter().map(|&l| s.course.lessons[l].id.as_str()).collect();
        out.push_str(&format!(
            "{:width$}  {:8}  {:>4}  {}\n{:width$}  lessons: {}\n",
            sanitize_line(&s.id),
            s.level.as_str(),
            s.minutes,
            sanitize_line(&s.title),
            "",
            sanitize_line(&lessons.join(", "))
        ));
    }
    super::print(&out);
    Ok(super::OK)
}
