//! `rehearse progress [--learner NAME] [--json]`

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{json, Map, Value};

use crate::progress::Standing;
use crate::text::sanitize_line;

pub fn run(packs: &[PathBuf], learner: Option<String>, as_json: bool) -> u8 {
    let lib = super::library(packs);
    let (learner, _, file) = match super::learner_file(learner) {
        Ok(found) => found,
        Err(code) => return code,
    };
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
    let mut scenarios: BTreeMap<String, crate::progress::ScenarioStanding> = standing.scenarios.clone();
    for e in &lib.entries {
        scenarios.entry(e.scenario.id.clone()).or_default();
    }

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
        let v = json!({ "learner": learner, "lessons": Value::Object(lj), "scenarios": Value::Object(sj) });
        super::print(&format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default()));
        return super::OK;
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
        out.push_str(&format!(
            "  {:28} {:15} best {:>4}  ({} started, {} completed)\n",
            sanitize_line(id),
            status,
            best,
            s.attempts,
            s.completed
        ));
    }
    super::print(&out);
    super::OK
}
