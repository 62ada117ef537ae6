//! xAPI 1.0.3 statements for an attempt, as a branching simulation is conventionally reported:
//! `attempted` the scenario (a simulation activity), one `answered` per decision (the node as a
//! `cmi.interaction` of type `choice`), `completed`, then `passed` or `failed` with the score.
//!
//! Every statement id is a UUID v5 of the attempt and the step, and the registration a UUID v5 of
//! the attempt, so the same attempt always gives the same statements: sending twice never
//! duplicates.

use serde_json::{json, Map, Value};
use uuid::Uuid;

use crate::engine::{parse_picks, walk, Debrief, Run, Taken};
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
///
/// `courses`: the course in each language (tag, course), the source first.
pub fn course_completed(
    courses: &[(&str, &crate::scenario::Course)],
    learner: &str,
    at: &str,
    cfg: &XapiConfig,
) -> Value {
    let Some(&(_, course)) = courses.first() else { return Value::Null };
    let mut name = Map::new();
    for (tag, c) in courses {
        name.entry(tag.to_string()).or_insert_with(|| json!(c.title));
    }
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
            "definition": { "type": "http://adlnet.gov/expapi/activities/course", "name": name }
        },
        "result": {
            "completion": true,
            "success": true,
            "extensions": { format!("{base}/extensions/required-scenarios"): required },
        },
        "timestamp": at,
    })
}

/// A language map: each scenario's language with `text` of it, the first scenario's language
/// first (a language met twice keeps its first text).
fn lang_map(langs: &[&Scenario], text: impl Fn(&Scenario) -> String) -> Value {
    let mut map = Map::new();
    for s in langs {
        map.entry(s.language.clone()).or_insert_with(|| json!(text(s)));
    }
    Value::Object(map)
}

/// What the statements of one attempt share: the attempt replayed in each language (the run is
/// the same in every language: only its texts differ), who played it, and the activities.
struct Statements<'a> {
    langs: &'a [&'a Scenario],
    runs: Vec<Run<'a>>,
    attempt: &'a Attempt,
    base: &'a str,
    actor: Value,
    scenario_iri: String,
    scenario_activity: Value,
    course_activity: Value,
}

impl<'a> Statements<'a> {
    fn new(
        langs: &'a [&'a Scenario],
        attempt: &'a Attempt,
        learner: &str,
        cfg: &'a XapiConfig,
    ) -> Option<Self> {
        let s = langs.first()?;
        let picks = parse_picks(&attempt.choices.join(",")).ok()?;
        let runs = langs.iter().map(|l| walk(l, attempt.seed, &picks).0).collect();
        let base = cfg.iri_base.trim_end_matches('/');
        let scenario_iri = format!("{base}/scenarios/{}", s.id);
        let scenario_activity = json!({
            "objectType": "Activity",
            "id": scenario_iri,
            "definition": {
                "type": "http://adlnet.gov/expapi/activities/simulation",
                "name": lang_map(langs, |s| s.title.clone()),
                "description": lang_map(langs, |s| s.summary.clone()),
            }
        });
        let course_activity = json!({
            "objectType": "Activity",
            "id": format!("{base}/courses/{}", s.course.id),
            "definition": {
                "type": "http://adlnet.gov/expapi/activities/course",
                "name": lang_map(langs, |s| s.course.title.clone()),
            }
        });
        Some(Statements {
            langs,
            runs,
            attempt,
            base,
            actor: json!({ "objectType": "Agent", "account": { "homePage": cfg.home_page, "name": learner } }),
            scenario_iri,
            scenario_activity,
            course_activity,
        })
    }

    fn ext(&self, name: &str) -> String {
        format!("{}/extensions/{name}", self.base)
    }

    /// The context of every statement: the registration, the course (and the scenario as the
    /// parent of a decision), the language the attempt was played in, the seed and the hash.
    fn context(&self, parent: bool) -> Value {
        let mut activities = json!({ "grouping": [self.course_activity.clone()] });
        if parent {
            activities["parent"] = json!([self.scenario_activity.clone()]);
        }
        let source = || self.langs[0].course.source_language().to_string();
        let mut ext = Map::new();
        ext.insert(self.ext("seed"), json!(self.attempt.seed));
        ext.insert(self.ext("scenario-hash"), json!(self.attempt.scenario_hash));
        json!({
            "registration": registration(self.attempt).to_string(),
            "contextActivities": activities,
            "language": self.attempt.language.clone().unwrap_or_else(source),
            "extensions": Value::Object(ext),
        })
    }

    fn statement(&self, step: &str, verb_name: &str, object: Value, parent: bool, at: &str) -> Value {
        json!({
            "id": statement_id(self.attempt, step),
            "actor": self.actor,
            "verb": verb(verb_name),
            "object": object,
            "context": self.context(parent),
            "timestamp": at,
        })
    }

    /// The `i`-th decision as a `cmi.interaction` of type `choice`, answered.
    fn answered(&self, i: usize) -> Value {
        let d = &self.runs[0].decisions()[i];
        let choices: Vec<Value> = (0..self.langs[0].nodes[d.node].choices().len())
            .map(|k| {
                let description = lang_map(self.langs, |s| s.nodes[d.node].choices()[k].text.clone());
                json!({ "id": format!("choice-{}", k + 1), "description": description })
            })
            .collect();
        // The text as shown in this run (a node may have several), in each language.
        let mut shown = Map::new();
        for (s, run) in self.langs.iter().zip(&self.runs) {
            let text = run.path().iter().position(|&p| p == d.node).map_or("", |p| run.text_at(p));
            shown.entry(s.language.clone()).or_insert_with(|| json!(text));
        }
        let first = &self.langs[0].nodes[d.node];
        let (response, score) = match d.taken {
            Taken::Choice(c) => (format!("choice-{}", c + 1), &first.choices()[c].score),
            Taken::Timeout => {
                ("timeout".to_string(), &first.on_timeout.as_ref().expect("a timeout has an outcome").score)
            }
        };
        let lessons = &self.langs[0].course.lessons;
        let points: Map<String, Value> =
            score.iter().map(|&(l, p)| (lessons[l].id.clone(), json!(p))).collect();
        let object = json!({
            "objectType": "Activity",
            "id": format!("{}/nodes/{}", self.scenario_iri, first.id),
            "definition": {
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "name": lang_map(self.langs, |s| format!("{}: {}", s.title, first.id)),
                "description": shown,
                "interactionType": "choice",
                "choices": choices,
            }
        });
        let mut st = self.statement(
            &format!("answered-{}", i + 1),
            "answered",
            object,
            true,
            &self.attempt.started_at,
        );
        st["result"] = json!({ "response": response, "extensions": { self.ext("lesson-points"): points } });
        st
    }

    /// `passed` or `failed`, with the score and the result per lesson.
    fn outcome(&self, at: &str) -> Value {
        let run = &self.runs[0];
        let debrief = Debrief::of(run);
        let lessons_of = &self.langs[0].course.lessons;
        let best: i64 = run.tally().total_best();
        let raw = run.tally().total_earned().clamp(0, best.max(0));
        let scaled = debrief.percent.value() / 100.0;
        let mut lessons = Map::new();
        for l in &debrief.lessons {
            lessons.insert(
                lessons_of[l.lesson].id.clone(),
                json!({ "earned": l.earned, "best": l.best, "percent": l.percent.map(|p| p.rounded()) }),
            );
        }
        let outcome = if debrief.passed { "passed" } else { "failed" };
        let mut st = self.statement(outcome, outcome, self.scenario_activity.clone(), false, at);
        st["result"] = json!({
            "score": { "scaled": (scaled * 10_000.0).round() / 10_000.0, "raw": raw, "min": 0, "max": best.max(0) },
            "success": debrief.passed,
            "completion": true,
            "extensions": {
                self.ext("lessons"): lessons,
                self.ext("ending"): debrief.ending.map(|e| e.as_str()),
            },
        });
        st
    }
}

/// All statements of a completed attempt (none for attempts still in progress): `attempted`, one
/// `answered` per decision, `completed`, then `passed` or `failed`. `scenarios` is the attempt's
/// scenario in each language it is offered in, the source first (at least one): names and
/// descriptions carry every one of them.
pub fn statements(scenarios: &[&Scenario], attempt: &Attempt, learner: &str, cfg: &XapiConfig) -> Vec<Value> {
    if attempt.status != Status::Completed {
        return Vec::new();
    }
    let Some(st) = Statements::new(scenarios, attempt, learner, cfg) else { return Vec::new() };
    let started = &attempt.started_at;
    let finished = attempt.finished_at.as_deref().unwrap_or(&attempt.updated_at);
    let mut out = vec![st.statement("attempted", "attempted", st.scenario_activity.clone(), false, started)];
    out.extend((0..st.runs[0].decisions().len()).map(|i| st.answered(i)));
    let mut completed = st.statement("completed", "completed", st.scenario_activity.clone(), false, finished);
    completed["result"] = json!({ "completion": true });
    out.push(completed);
    out.push(st.outcome(finished));
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
        let st = statements(&[&s], &attempt(&["1", "1"], Status::Completed), "ana", &XapiConfig::default());
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
        let again =
            statements(&[&s], &attempt(&["1", "1"], Status::Completed), "ana", &XapiConfig::default());
        assert_eq!(st, again);
        let ids: std::collections::BTreeSet<&str> = st.iter().map(|v| v["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), st.len());
    }

    #[test]
    fn a_failed_run_and_a_timeout() {
        let s = sample();
        let st = statements(&[&s], &attempt(&["2", "t"], Status::Completed), "bo", &XapiConfig::default());
        assert_eq!(st.last().unwrap()["verb"]["display"]["en-US"], "failed");
        assert_eq!(st[2]["result"]["response"], "timeout");
        let score = &st.last().unwrap()["result"]["score"];
        assert_eq!(score["scaled"], 0.0);
        assert_eq!(score["raw"], 0, "clamped at the minimum");
        assert!(
            statements(&[&s], &attempt(&["1"], Status::InProgress), "bo", &XapiConfig::default()).is_empty()
        );
    }
}
