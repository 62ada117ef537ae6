//! xAPI 1.0.3 statements for an attempt, as a branching simulation is conventionally reported:
//! `attempted` the scenario (a simulation activity), one `answered` per decision (the node as a
//! `cmi.interaction` of type `choice`), `completed`, then `passed` or `failed` with the score.
//!
//! Every statement id is a UUID v5 of the attempt and the step, and the registration a UUID v5 of
//! the attempt, so the same attempt always gives the same statements: sending twice never
//! duplicates.

use serde_json::{json, Map, Value};
use uuid::Uuid;

use crate::engine::{parse_picks, walk, Debrief, Taken};
use crate::progress::{Attempt, Status};
use crate::scenario::Scenario;

/// Where statements point: the learner's account home page, and the base of the IRIs of
/// activities and extensions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct XapiConfig {
    pub home_page: String,
    pub iri_base: String,
}

impl Default for XapiConfig {
    fn default() -> Self {
        XapiConfig {
            home_page: "https://rehearse.example/learners".into(),
            iri_base: "https://rehearse.example/xapi".into(),
        }
    }
}

/// The namespace of every UUID v5 made here.
const NAMESPACE: Uuid = Uuid::from_u128(0x5d1c_9b4e_2f3a_4c8e_9a7b_1e2d_3c4b_5a69);

pub fn registration(attempt: &Attempt) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("registration:{}", attempt.id).as_bytes())
}

fn statement_id(attempt: &Attempt, step: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("statement:{}:{step}", attempt.id).as_bytes()).to_string()
}

fn verb(name: &str) -> Value {
    json!({ "id": format!("http://adlnet.gov/expapi/verbs/{name}"), "display": { "en-US": name } })
}

/// The statement that a learner completed a course (every required scenario passed): one per
/// learner and course, whatever attempt completed it, so that sending it again never duplicates.
pub fn course_completed(
    course: &crate::scenario::Course,
    learner: &str,
    at: &str,
    cfg: &XapiConfig,
) -> Value {
    let base = cfg.iri_base.trim_end_matches('/');
    let id = Uuid::new_v5(&NAMESPACE, format!("course-completed:{}:{learner}", course.id).as_bytes());
    let required: Vec<String> = course.required().map(|r| format!("{base}/scenarios/{r}")).collect();
    json!({
        "id": id.to_string(),
        "actor": { "objectType": "Agent", "account": { "homePage": cfg.home_page, "name": learner } },
        "verb": verb("completed"),
        "object": {
            "objectType": "Activity",
            "id": format!("{base}/courses/{}", course.id),
            "definition": { "type": "http://adlnet.gov/expapi/activities/course", "name": { "en": course.title } }
        },
        "result": {
            "completion": true,
            "success": true,
            "extensions": { format!("{base}/extensions/required-scenarios"): required },
        },
        "timestamp": at,
    })
}

/// All statements of a completed attempt (none for attempts still in progress).
pub fn statements(s: &Scenario, attempt: &Attempt, learner: &str, cfg: &XapiConfig) -> Vec<Value> {
    if attempt.status != Status::Completed {
        return Vec::new();
    }
    let Ok(picks) = parse_picks(&attempt.choices.join(",")) else { return Vec::new() };
    let (run, _) = walk(s, attempt.seed, &picks);
    let debrief = Debrief::of(&run);
    let base = cfg.iri_base.trim_end_matches('/');
    let ext = |name: &str| format!("{base}/extensions/{name}");
    let actor = json!({ "objectType": "Agent", "account": { "homePage": cfg.home_page, "name": learner } });
    let scenario_iri = format!("{base}/scenarios/{}", s.id);
    let scenario_activity = json!({
        "objectType": "Activity",
        "id": scenario_iri,
        "definition": {
            "type": "http://adlnet.gov/expapi/activities/simulation",
            "name": { "en": s.title },
            "description": { "en": s.summary },
        }
    });
    let course_activity = json!({
        "objectType": "Activity",
        "id": format!("{base}/courses/{}", s.course.id),
        "definition": { "type": "http://adlnet.gov/expapi/activities/course", "name": { "en": s.course.title } }
    });
    let mut context_ext = Map::new();
    context_ext.insert(ext("seed"), json!(attempt.seed));
    context_ext.insert(ext("scenario-hash"), json!(attempt.scenario_hash));
    let context = |parent: bool| {
        let mut activities = json!({ "grouping": [course_activity.clone()] });
        if parent {
            activities["parent"] = json!([scenario_activity.clone()]);
        }
        json!({
            "registration": registration(attempt).to_string(),
            "contextActivities": activities,
            "extensions": Value::Object(context_ext.clone()),
        })
    };
    let started = attempt.started_at.clone();
    let finished = attempt.finished_at.clone().unwrap_or_else(|| attempt.updated_at.clone());

    let mut out = vec![json!({
        "id": statement_id(attempt, "attempted"),
        "actor": actor,
        "verb": verb("attempted"),
        "object": scenario_activity,
        "context": context(false),
        "timestamp": started,
    })];

    for (i, d) in run.decisions().iter().enumerate() {
        let node = &s.nodes[d.node];
        let choices: Vec<Value> = node
            .choices()
            .iter()
            .enumerate()
            .map(|(k, c)| json!({ "id": format!("choice-{}", k + 1), "description": { "en": c.text } }))
            .collect();
        let text =
            run.path().iter().position(|&p| p == d.node).map_or(node.text[0].as_str(), |p| run.text_at(p));
        let (response, score) = match d.taken {
            Taken::Choice(c) => (format!("choice-{}", c + 1), &node.choices()[c].score),
            Taken::Timeout => {
                ("timeout".to_string(), &node.on_timeout.as_ref().expect("a timeout has an outcome").score)
            }
        };
        let points: Map<String, Value> =
            score.iter().map(|&(l, p)| (s.course.lessons[l].id.clone(), json!(p))).collect();
        let mut result_ext = Map::new();
        result_ext.insert(ext("lesson-points"), Value::Object(points));
        out.push(json!({
            "id": statement_id(attempt, &format!("answered-{}", i + 1)),
            "actor": actor,
            "verb": verb("answered"),
            "object": {
                "objectType": "Activity",
                "id": format!("{scenario_iri}/nodes/{}", node.id),
                "definition": {
                    "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                    "name": { "en": format!("{}: {}", s.title, node.id) },
                    "description": { "en": text },
                    "interactionType": "choice",
                    "choices": choices,
                }
            },
            "result": { "response": response, "extensions": Value::Object(result_ext) },
            "context": context(true),
            "timestamp": started,
        }));
    }

    let best: i64 = run.tally().total_best();
    let raw = run.tally().total_earned().clamp(0, best.max(0));
    let scaled = debrief.percent.value() / 100.0;
    let mut lessons = Map::new();
    for l in &debrief.lessons {
        lessons.insert(
            s.course.lessons[l.lesson].id.clone(),
            json!({ "earned": l.earned, "best": l.best, "percent": l.percent.map(|p| p.rounded()) }),
        );
    }
    let mut result_ext = Map::new();
    result_ext.insert(ext("lessons"), Value::Object(lessons));
    result_ext.insert(ext("ending"), json!(debrief.ending.map(|e| e.as_str())));
    out.push(json!({
        "id": statement_id(attempt, "completed"),
        "actor": actor,
        "verb": verb("completed"),
        "object": scenario_activity,
        "result": { "completion": true },
        "context": context(false),
        "timestamp": finished,
    }));
    let outcome = if debrief.passed { "passed" } else { "failed" };
    out.push(json!({
        "id": statement_id(attempt, outcome),
        "actor": actor,
        "verb": verb(outcome),
        "object": scenario_activity,
        "result": {
            "score": { "scaled": (scaled * 10_000.0).round() / 10_000.0, "raw": raw, "min": 0, "max": best.max(0) },
            "success": debrief.passed,
            "completion": true,
            "extensions": Value::Object(result_ext),
        },
        "context": context(false),
        "timestamp": finished,
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{load_course, load_scenario};
    use std::collections::BTreeMap;
    use std::sync::Arc;

    fn sample() -> Scenario {
        let course = Arc::new(
            load_course(&std::fs::read_to_string("tests/fixtures/pack/course.toml").unwrap()).value.unwrap(),
        );
        load_scenario(&std::fs::read("tests/fixtures/pack/sample.toml").unwrap(), &course).value.unwrap()
    }

    fn attempt(choices: &[&str], status: Status) -> Attempt {
        Attempt {
            id: "0123456789abcdef".into(),
            scenario: "sample".into(),
            scenario_hash: "h".into(),
            seed: 1,
            choices: choices.iter().map(|c| c.to_string()).collect(),
            status,
            started_at: "2026-11-23T10:00:00Z".into(),
            updated_at: "2026-11-23T10:05:00Z".into(),
            finished_at: Some("2026-11-23T10:05:00Z".into()),
            ending: None,
            percent: None,
            passed: None,
            lessons: BTreeMap::new(),
            language: None,
        }
    }

    #[test]
    fn a_run_becomes_attempted_answered_completed_and_passed() {
        let s = sample();
        let st = statements(&s, &attempt(&["1", "1"], Status::Completed), "ana", &XapiConfig::default());
        let verbs: Vec<&str> = st.iter().map(|v| v["verb"]["display"]["en-US"].as_str().unwrap()).collect();
        assert_eq!(verbs, ["attempted", "answered", "answered", "completed", "passed"]);
        assert_eq!(st[0]["object"]["definition"]["type"], "http://adlnet.gov/expapi/activities/simulation");
        assert_eq!(st[1]["object"]["definition"]["interactionType"], "choice");
        assert_eq!(st[1]["result"]["response"], "choice-1");
        assert_eq!(st[1]["object"]["definition"]["choices"].as_array().unwrap().len(), 3);
        assert_eq!(st[4]["result"]["score"], json!({ "scaled": 1.0, "raw": 5, "min": 0, "max": 5 }));
        assert_eq!(st[4]["actor"]["account"]["name"], "ana");
        let reg = st[0]["context"]["registration"].clone();
        assert!(st.iter().all(|v| v["context"]["registration"] == reg));
        // Deterministic: the same attempt gives the same ids.
        let again = statements(&s, &attempt(&["1", "1"], Status::Completed), "ana", &XapiConfig::default());
        assert_eq!(st, again);
        let ids: std::collections::BTreeSet<&str> = st.iter().map(|v| v["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), st.len());
    }

    #[test]
    fn a_failed_run_and_a_timeout() {
        let s = sample();
        let st = statements(&s, &attempt(&["2", "t"], Status::Completed), "bo", &XapiConfig::default());
        assert_eq!(st.last().unwrap()["verb"]["display"]["en-US"], "failed");
        assert_eq!(st[2]["result"]["response"], "timeout");
        let score = &st.last().unwrap()["result"]["score"];
        assert_eq!(score["scaled"], 0.0);
        assert_eq!(score["raw"], 0, "clamped at the minimum");
        assert!(statements(&s, &attempt(&["1"], Status::InProgress), "bo", &XapiConfig::default()).is_empty());
    }
}
