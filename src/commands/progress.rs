//! `rehearse progress [--learner NAME] [--json]`

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{json, Map, Value};

use crate::i18n::percent;
use crate::progress::Standing;
use crate::t;
use crate::text::sanitize_line;

/// Edit distance between two names, ignoring case, for "did you mean": insertions, deletions,
/// substitutions and two neighbouring letters swapped each count one.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) =
        (a.to_lowercase().chars().collect(), b.to_lowercase().chars().collect());
    let mut before: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 0..a.len() {
        let mut cur = vec![i + 1; b.len() + 1];
        for j in 0..b.len() {
            cur[j + 1] = (prev[j] + usize::from(a[i] != b[j])).min(prev[j + 1] + 1).min(cur[j] + 1);
            if i > 0 && j > 0 && a[i] == b[j - 1] && a[i - 1] == b[j] {
                cur[j + 1] = cur[j + 1].min(before[j - 1] + 1);
            }
        }
        before = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

/// The saved learners whose names are close to `name` (a typo, another case, a part of it),
/// closest first, at most three.
fn close_names(name: &str, learners: &[String]) -> Vec<String> {
    let lower = name.to_lowercase();
    let limit = (name.chars().count() / 3).clamp(1, 3);
    let mut close: Vec<(usize, &String)> = learners
        .iter()
        .filter(|l| **l != name)
        .filter_map(|l| {
            let other = l.to_lowercase();
            let part = lower.chars().count() >= 3 && (other.contains(&lower) || lower.contains(&other));
            let d = distance(name, l);
            (d <= limit || part).then_some((d, l))
        })
        .collect();
    close.sort();
    close.into_iter().take(3).map(|(_, l)| sanitize_line(l)).collect()
}

/// What to say when `learner` has no saved progress: where it looked, and close names.
fn no_progress(store: &crate::progress::Store, learner: &str) -> String {
    let close = close_names(learner, &store.learners());
    let path = store.learner_path(learner);
    let folder = path.parent().unwrap_or(&path).display().to_string();
    let said = t!("progress-none-saved", learner = &sanitize_line(learner), folder = &folder);
    if close.is_empty() {
        said
    } else {
        format!("{said} {}", t!("progress-did-you-mean", names = &close.join(", "), n = close.len()))
    }
}

pub fn run(packs: &[PathBuf], learner: Option<String>, as_json: bool) -> super::Outcome {
    let lib = super::library(packs);
    let (learner, store, file) = super::learner_file(learner)?;
    if file.attempts.is_empty() {
        eprintln!("rehearse: {}", no_progress(&store, &learner));
    }
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
        super::print(&format!("{}\n", crate::text::json_pretty(&v)));
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
