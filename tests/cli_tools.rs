//! The facilitator's tools through the real binary: analyze, graph, new, schema.

use std::path::Path;

use assert_cmd::Command;
use serde_json::{json, Value};

fn rehearse() -> Command {
    let mut cmd = Command::cargo_bin("rehearse").expect("binary builds");
    cmd.env("REHEARSE_HOME", std::env::temp_dir().join("rehearse-test-home"));
    cmd
}

fn stdout(args: &[&str]) -> String {
    let out = rehearse().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn analyze_finds_every_run_and_the_true_best_and_worst() {
    let v: Value =
        serde_json::from_str(&stdout(&["analyze", "tests/fixtures/pack/sample.toml", "--json"])).unwrap();
    // After "Good": "Fine" or the timeout, then two weighted outcomes (4 runs); after "Bad": three
    // ways out of `second`, all to the failure ending (3 runs).
    assert_eq!(v["runs"], 7);
    assert_eq!(v["endings"], json!({"success": 2, "mixed": 2, "failure": 3}));
    assert_eq!(v["best"]["percent"], 100);
    assert_eq!(v["best"]["choices"], "1,1");
    assert_eq!(v["worst"]["percent"], 0);
    assert_eq!(v["lessons"]["alpha"], json!({"min": 0, "max": 100}));
    assert_eq!(v["unreachable"], json!([{"node": "first", "choice": 3, "text": "Hidden unless trusted"}]));
    // The best run replays with walk.
    let seed = v["best"]["seed"].as_u64().unwrap().to_string();
    let walk: Value = serde_json::from_str(&stdout(&[
        "walk",
        "tests/fixtures/pack/sample.toml",
        "--choices",
        "1,1",
        "--seed",
        &seed,
        "--json",
    ]))
    .unwrap();
    assert_eq!(walk["percent"], 100);

    let human = stdout(&["analyze", "troll-handling"]);
    assert!(human.contains("different runs lead to an ending") && human.contains("Best run"), "{human}");
}

#[test]
fn graph_renders_in_dot_and_mermaid() {
    let dot = stdout(&["graph", "troll-handling", "--format", "dot"]);
    assert!(dot.starts_with("digraph \"troll-handling\" {") && dot.trim_end().ends_with('}'));
    assert!(dot.contains("fillcolor=\"#c8e6c9\""), "success endings are styled");
    assert!(dot.contains("style=dashed"), "timeouts are dashed");
    assert!(dot.contains(" w=") && dot.contains(" if heat "), "weights and conditions are shown");
    let mermaid = stdout(&["graph", "troll-handling", "--format", "mermaid"]);
    assert!(mermaid.starts_with("flowchart TD\n"));
    assert!(mermaid.contains("class n") && mermaid.contains("-.->"));
    // Rendered by Graphviz where it is installed.
    if let Ok(mut child) = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(dot.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "dot rejected the graph");
        assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
    } else {
        eprintln!("graphviz is not installed: the dot output was not rendered");
    }
}

#[test]
fn new_writes_a_template_that_validates_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    stdout(&["new", "reporter-question", "--dir", d]);
    let file = dir.path().join("reporter-question.toml");
    let out = rehearse().args(["validate", file.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty(), "no error and no warning: {}", String::from_utf8_lossy(&out.stdout));
    let again = rehearse().args(["new", "reporter-question", "--dir", d]).output().unwrap();
    assert_eq!(again.status.code(), Some(1));
    let bad = rehearse().args(["new", "Not An Id"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

fn to_json(path: &Path) -> Value {
    let value: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    serde_json::to_value(value).unwrap()
}

#[test]
fn the_translation_schema_accepts_every_translation_and_rejects_a_key_that_is_not_a_text() {
    let schema: Value = serde_json::from_str(&stdout(&["schema", "--translation"])).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let mut files = vec![];
    for dir in ["scenarios", "tests/fixtures/bilingual"] {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.file_name().unwrap().to_string_lossy().matches('.').count() == 2 {
                files.push(p);
            }
        }
    }
    assert!(files.len() >= 2);
    for p in &files {
        let errors: Vec<String> = validator.iter_errors(&to_json(p)).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", p.display());
    }
    let mut v = to_json(Path::new("tests/fixtures/bilingual/sample.fr-CA.toml"));
    v["nodes"]["intro"]["next"] = json!("fork");
    assert!(!validator.is_valid(&v), "only texts can be translated");
}

#[test]
fn the_schema_accepts_every_good_file_and_rejects_bad_ones() {
    let schema: Value = serde_json::from_str(&stdout(&["schema"])).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let mut good = vec![];
    for dir in ["scenarios", "tests/fixtures/pack", "tests/fixtures/readme"] {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            // Translation files (`ID.TAG.toml`) have a schema of their own, checked below.
            if p.extension().is_some_and(|x| x == "toml")
                && !p.ends_with("course.toml")
                && name.matches('.').count() == 1
            {
                good.push(p);
            }
        }
    }
    assert!(good.len() >= 5);
    for p in &good {
        let v = to_json(p);
        let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", p.display());
    }
    // One defect each: an unknown key, a wrong type, a bad enum value, a node with two bodies.
    let base = to_json(Path::new("tests/fixtures/pack/sample.toml"));
    let mut bad = Vec::new();
    let mut v = base.clone();
    v["scenario"]["author"] = json!("me");
    bad.push(("unknown key", v));
    let mut v = base.clone();
    v["scenario"]["minutes"] = json!("5");
    bad.push(("wrong type", v));
    let mut v = base.clone();
    v["scenario"]["level"] = json!("beginner");
    bad.push(("bad level", v));
    let mut v = base.clone();
    v["nodes"][0]["ending"] = json!("success");
    bad.push(("two bodies", v));
    let mut v = base.clone();
    v["nodes"][1]["choices"][0]["feedbak"] = json!("typo");
    bad.push(("misspelt choice key", v));
    for (what, v) in bad {
        assert!(!validator.is_valid(&v), "{what} was accepted");
    }

    let course: Value = serde_json::from_str(&stdout(&["schema", "--course"])).unwrap();
    let cv = jsonschema::validator_for(&course).unwrap();
    assert!(cv.is_valid(&to_json(Path::new("scenarios/course.toml"))));
    let mut c = to_json(Path::new("scenarios/course.toml"));
    c["lessons"][0]["titel"] = json!("x");
    assert!(!cv.is_valid(&c));
}

/// `import twee` on a story, then `validate` on what it wrote: the scenario and the diagnostics.
fn import(file: &str) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("imported.toml");
    let out = rehearse().args(["import", "twee", file, "-o", out_file.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let scenario = std::fs::read_to_string(&out_file).unwrap();
    let v = rehearse().args(["validate", out_file.to_str().unwrap()]).output().unwrap();
    assert_eq!(v.status.code(), Some(0), "the import validates: {}", String::from_utf8_lossy(&v.stdout));
    (scenario, String::from_utf8_lossy(&v.stdout).to_string())
}

#[test]
fn a_twee_story_becomes_a_scenario_that_validates() {
    let (s, diags) = import("tests/fixtures/twine/reply-all.twee");
    // StoryData's start passage is `start`; passage names become kebab-case ids, kept in comments.
    assert!(
        s.contains("start = \"the-email\"") && s.contains("# Twine passage: The email (tags: inbox)"),
        "{s}"
    );
    // Every link form: `->`, `|`, `<-` and the simple link (to a passage the story lacks).
    for (text, next) in [
        ("Reply to everyone at once", "reply-all"),
        ("Write to the resident alone", "just-them"),
        ("Ask your manager", "escalate"),
        ("Forward it to a friend for a laugh", "missing-forward-it-to-a-friend-for-a-laugh"),
    ] {
        assert!(s.contains(&format!("text = \"{text}\"\nnext = \"{next}\"")), "{text}: {s}");
    }
    // One link: a node that continues, the link's text kept in a comment; none: an ending to set.
    assert!(s.contains("# The link's text was: Later that day\nnext = \"later-that-day\""), "{s}");
    assert!(s.contains("ending = \"mixed\"                # TODO"), "{s}");
    // Story-format code is kept as comments and flagged, never left in the text.
    assert!(s.contains("# TODO: story-format code, not converted: (set: $calm to 0)"), "{s}");
    assert!(s.contains("# TODO: story-format code, not converted: <<set $calm to -1>>"), "{s}");
    assert!(!s.contains("text = \"(set:"), "{s}");
    // What remains are warnings that say what to do: here, a passage nothing links to.
    assert!(diags.contains("node `follow-up` can never be reached"), "{diags}");
}

#[test]
fn a_published_twine_2_story_becomes_a_scenario_with_its_entities_decoded() {
    let (s, _) = import("tests/fixtures/twine/launch-day.html");
    assert!(s.contains("title = \"Launch day\"") && s.contains("start = \"launch\""), "{s}");
    assert!(s.contains("9:00 & the minister's office wants a post \"right now\"."), "entities decoded: {s}");
    assert!(s.contains("# TODO: story-format code, not converted: <<set $approved to false>>"), "{s}");
    assert!(s.contains("text = \"Wait for sign-off\"\nnext = \"waiting\""), "{s}");
    // Its link to a passage it does not have stands as a TODO ending.
    assert!(s.contains("id = \"missing-reporter\""), "{s}");
}

#[test]
fn a_file_that_is_not_a_story_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("notes.txt");
    std::fs::write(&f, "just some notes").unwrap();
    let out = rehearse().args(["import", "twee", f.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no passages found"));
}
