//! `rehearse progress [--learner NAME] [--json]`

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{json, Map, Value};

use crate::progress::Standing;
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
        "Progress of {}\n\nLessons (mastery from your best run of each scenario):\n",
        sanitize_line(&learner)
    );
    let width = lessons.iter().map(|(_, t)| t.chars().count()).max().unwrap_or(10);
    for (id, title) in &lessons {
        let m = match standing.mastery(id) {
            Some(p) => format!("{:>3}% [{}]", p.rounded(), crate::play::text_bar(p.value(), 10)),
            None => "  -  not yet assessed".into(),
        };
        out.push_str(&format!("  {:width$}  {m}\n", sanitize_line(title)));
    }
    if let Some(c) = &course {
        let n = c.required.len();
        out.push_str(&if c.completed {
            format!("\nCourse completed: all {n} required scenarios passed.\n")
        } else {
            format!("\nCourse not completed yet: {} of {n} required scenarios passed.\n", c.required_passed())
        });
    }
    out.push_str("\nScenarios:\n");
    for (id, s) in &scenarios {
        let status = if s.passed {
            "passed"
        } else if s.in_progress {
            "in progress"
        } else if s.completed > 0 {
            "not passed yet"
        } else {
            "new"
        };
        let best = s.best_percent.map_or("-".to_string(), |p| format!("{p}%"));
        let required = match lib.course_of_record().and_then(|c| c.scenarios.iter().find(|x| x.id == *id)) {
            Some(x) if x.required => "required",
            _ => "",
        };
        out.push_str(&format!(
            "  {:28} {:9} {:15} best {:>4}  ({} started, {} completed)\n",
            sanitize_line(id),
            required,
            status,
            best,
            s.attempts,
            s.completed
        ));
    }
    super::print(&out);
    Ok(super::OK)
}
