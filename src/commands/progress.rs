//! `rehearse progress [--learner NAME] [--json]`

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{json, Map, Value};

use crate::i18n::percent;
use crate::progress::Standing;
use crate::t;
use crate::text::sanitize_line;

pub fn run(packs: &[PathBuf], learner: Option<String>, as_json: bool) -> super::Outcome {
    let lib = super::library(packs);
    let (learner, _, file) = super::learner_file(learner)?;
    let standing = Standing::of(&file);

    // Every lesson of every loaded course, in course order, once.
    let mut lessons: Vec<(String, String)> = Vec::new();
    let courses = lib.course.iter().cloned().chain(lib.entries.iter().map(|e| e.scenario.course.clone()));
    for course in courses {
        for l in &course.lessons {
            if !lessons.iter().any(|(id, _)| *id == l.id) {
                lessons.push((l.id.clone(), l.title.clone()));
            }
        }
    }
    // The course's scenarios in its order, then the others by id.
    let mut scenarios: Vec<(String, crate::progress::ScenarioStanding)> = lib
        .entries
        .iter()
        .map(|e| (e.scenario.id.clone(), standing.scenarios.get(&e.scenario.id).cloned().unwrap_or_default()))
        .collect();
    let extra: BTreeMap<&String, &crate::progress::ScenarioStanding> =
        standing.scenarios.iter().filter(|(id, _)| !scenarios.iter().any(|(s, _)| s == *id)).collect();
    scenarios.extend(extra.into_iter().map(|(id, s)| (id.clone(), s.clone())));
    let course = lib.course_of_record().and_then(|c| standing.course(c));

    if as_json {
        let mut lj = Map::new();
        for (id, _) in &lessons {
            lj.insert(id.clone(), json!({ "percent": standing.mastery(id).map(|p| p.rounded()) }));
        }
        let mut sj = Map::new();
        for (id, s) in &scenarios {
            sj.insert(
                id.clone(),
                json!({
                    "attempts": s.attempts, "completed": s.completed, "best_percent": s.best_percent,
                    "passed": s.passed, "in_progress": s.in_progress,
                }),
            );
        }
        let mut v =
            json!({ "learner": learner, "lessons": Value::Object(lj), "scenarios": Value::Object(sj) });
        if let Some(c) = &course {
            v["course"] =
                json!({ "id": c.id, "completed": c.completed, "required": c.required, "passed": c.passed });
        }
        super::print(&format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default()));
        return Ok(super::OK);
    }

    let mut out = format!(
        "{}\n\n{}\n",
        t!("progress-title", learner = &sanitize_line(&learner)),
        t!("progress-lessons")
    );
    let width = lessons.iter().map(|(_, t)| t.chars().count()).max().unwrap_or(10);
    // Percentages right-aligned on the widest one ("100%", "100 %").
    let pct_w = percent(100).chars().count();
    for (id, title) in &lessons {
        let m = match standing.mastery(id) {
            Some(p) => format!("{:>pct_w$} [{}]", percent(p.rounded()), crate::play::text_bar(p.value(), 10)),
            None => format!("{:>w$}  {}", "-", t!("progress-not-assessed"), w = pct_w - 1),
        };
        out.push_str(&format!("  {:width$}  {m}\n", sanitize_line(title)));
    }
    if let Some(c) = &course {
        let n = c.required.len();
        out.push_str(&format!(
            "\n{}\n",
            if c.completed {
                t!("progress-course-completed", required = n)
            } else {
                t!("progress-course-not-completed", passed = c.required_passed(), required = n)
            }
        ));
    }
    out.push_str(&format!("\n{}\n", t!("progress-scenarios")));
    let rows: Vec<(String, String, String, &crate::progress::ScenarioStanding)> = scenarios
        .iter()
        .map(|(id, s)| {
            let status = if s.passed {
                "passed"
            } else if s.in_progress {
                "in-progress"
            } else if s.completed > 0 {
                "not-passed"
            } else {
                "new"
            };
            let required = match lib.course_of_record().and_then(|c| c.scenarios.iter().find(|x| x.id == *id))
            {
                Some(x) if x.required => t!("progress-required"),
                _ => String::new(),
            };
            (sanitize_line(id), required, t!("progress-status", status = status), s)
        })
        .collect();
    // Columns as wide as their longest entry in this language.
    let required_w = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0).max(9);
    let status_w = rows.iter().map(|r| r.2.chars().count()).max().unwrap_or(0).max(15);
    for (id, required, status, s) in &rows {
        let best = s.best_percent.map_or("-".to_string(), percent);
        let tail = t!(
            "progress-scenario",
            best = &format!("{best:>4}"),
            started = s.attempts,
            completed = s.completed
        );
        out.push_str(&format!("  {id:28} {required:required_w$} {status:status_w$} {tail}\n"));
    }
    super::print(&out);
    Ok(super::OK)
}
