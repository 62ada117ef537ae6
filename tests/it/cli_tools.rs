//! The facilitator's tools through the real binary: analyze, graph, new, schema.

use std::path::Path;

use assert_cmd::Command;
use serde_json::{json, Value};

use crate::common::{run, scratch, FakeLrs, Pack, BEST, PACK, SAMPLE};

/// The binary, for commands that save nothing.
fn rehearse() -> Command {
    crate::common::rehearse(&scratch())
}

fn stdout(args: &[&str]) -> String {
    let (code, out, err) = run(&scratch(), args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

#[test]
fn analyze_finds_every_run_and_the_true_best_and_worst() {
    let v: Value = serde_json::from_str(&stdout(&["analyze", SAMPLE, "--json"])).unwrap();
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
    let walk: Value =
        serde_json::from_str(&stdout(&["walk", SAMPLE, "--choices", "1,1", "--seed", &seed, "--json"]))
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
}

#[test]
#[ignore = "needs Graphviz (`dot`): run with `cargo test -- --include-ignored` (.ci/run does)"]
fn graphviz_renders_the_dot_graph() {
    use std::io::Write;
    use std::process::{Command as Process, Stdio};
    let dot = stdout(&["graph", "troll-handling", "--format", "dot"]);
    let mut child = Process::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("Graphviz's `dot` runs: install graphviz");
    child.stdin.take().unwrap().write_all(dot.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "dot rejected the graph: {}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
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
    for dir in ["scenarios", PACK, "tests/fixtures/readme"] {
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
    let base = to_json(Path::new(SAMPLE));
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

/// Plays the sample scenario to its ending as `learner` (which queues its xAPI statements).
fn play_sample(home: &Path, learner: &str) {
    let out = crate::common::play(home, &[], learner, SAMPLE, BEST);
    assert!(out.contains("== Debrief =="), "the run reached its ending");
}

/// `errors` of a JSON Schema validator on a TOML file, as text.
fn schema_errors(schema_file: &Path, toml_file: &Path) -> Vec<String> {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(schema_file).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    validator.iter_errors(&to_json(toml_file)).map(|e| e.to_string()).collect()
}

#[test]
fn new_starts_a_pack_that_validates_with_the_schemas_its_files_name() {
    let home = tempfile::tempdir().unwrap();
    let pack = home.path().join("pack");
    let p = pack.to_str().unwrap();
    let (code, out, err) = run(home.path(), &["new", "reporter-question", "--dir", p]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("course.toml") && out.contains(&format!("`rehearse validate {p}`")), "{out}");
    let scenario = pack.join("reporter-question.toml");
    let course = pack.join("course.toml");
    let read = |f: &Path| std::fs::read_to_string(f).unwrap();
    // The title comes from the id, not from the template.
    assert_eq!(to_json(&scenario)["scenario"]["title"], "Reporter question");
    // Each file names its schema, and the schema files are what `rehearse schema` prints.
    assert!(read(&scenario).starts_with("#:schema ./rehearse-scenario.schema.json\n"));
    assert!(read(&course).starts_with("#:schema ./rehearse-course.schema.json\n"));
    let scenario_schema = pack.join("rehearse-scenario.schema.json");
    let course_schema = pack.join("rehearse-course.schema.json");
    assert_eq!(read(&scenario_schema), run(home.path(), &["schema"]).1);
    assert_eq!(read(&course_schema), run(home.path(), &["schema", "--course"]).1);
    // The pack validates clean: no error, no warning, its author's tests pass.
    let (code, out, err) = run(home.path(), &["validate", p]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(err.contains("1 scenario ready to play; 2 author's tests pass"), "{err}");
    // An editor checking against the schema files accepts both files, and refuses a mistake.
    assert_eq!(schema_errors(&scenario_schema, &scenario), Vec::<String>::new());
    assert_eq!(schema_errors(&course_schema, &course), Vec::<String>::new());
    let mut wrong = to_json(&course);
    wrong["course"]["pass_percent"] = json!("70");
    let schema: Value = serde_json::from_str(&read(&course_schema)).unwrap();
    assert!(!jsonschema::validator_for(&schema).unwrap().is_valid(&wrong));
}

#[test]
#[ignore = "needs Taplo: run with `cargo test -- --include-ignored` (.ci/run installs it)"]
fn taplo_checks_a_new_pack_against_the_schemas_its_files_name() {
    let home = tempfile::tempdir().unwrap();
    let pack = home.path().join("pack");
    let (code, _, err) = run(home.path(), &["new", "reporter-question", "--dir", pack.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    // Taplo reads the `#:schema` lines itself, as an editor with its extension does.
    let out = std::process::Command::new("taplo")
        .arg("check")
        .arg(pack.join("reporter-question.toml"))
        .arg(pack.join("course.toml"))
        .current_dir(&pack)
        .output()
        .expect("Taplo runs: install it (`npm install @taplo/cli`, as .ci/run does)");
    assert!(out.status.success(), "taplo: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn new_never_overwrites_and_uses_the_course_it_finds() {
    let home = tempfile::tempdir().unwrap();
    let pack = home.path().join("pack");
    let p = pack.to_str().unwrap();
    assert_eq!(run(home.path(), &["new", "first", "--dir", p]).0, 0);
    // The author edits the course and replaces a schema file: a second `new` keeps both.
    let course = pack.join("course.toml");
    let edited = format!("{}\n# my own note\n", std::fs::read_to_string(&course).unwrap());
    std::fs::write(&course, &edited).unwrap();
    std::fs::write(pack.join("rehearse-scenario.schema.json"), "{}\n").unwrap();
    let (code, out, err) = run(home.path(), &["new", "second", "--dir", p]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(&course).unwrap(), edited);
    assert_eq!(std::fs::read_to_string(pack.join("rehearse-scenario.schema.json")).unwrap(), "{}\n");
    assert!(out.contains("uses the course in") && out.contains("Kept"), "{out}");
    // A sub-folder of the pack uses the pack's course: no course.toml of its own.
    let sub = pack.join("sub");
    assert_eq!(run(home.path(), &["new", "third", "--dir", sub.to_str().unwrap()]).0, 0);
    assert!(!sub.join("course.toml").exists());
    let (code, out, _) = run(home.path(), &["validate", p]);
    assert_eq!((code, out.as_str()), (0, ""));
    // The same id again: refused, and the file is left as it was.
    let before = std::fs::read_to_string(pack.join("second.toml")).unwrap();
    let (code, _, err) = run(home.path(), &["new", "second", "--dir", p]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(pack.join("second.toml")).unwrap(), before);
}

#[test]
fn validate_counts_authors_tests_in_text_and_json() {
    let home = tempfile::tempdir().unwrap();
    let (code, _, err) = run(home.path(), &["validate", PACK]);
    assert_eq!(code, 0);
    assert!(err.contains("2 warnings; 1 scenario ready to play; 2 author's tests pass"), "{err}");
    let (_, out, _) = run(home.path(), &["validate", "--json", PACK]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!((v["errors"].clone(), v["warnings"].clone()), (json!(0), json!(2)));
    assert_eq!(v["tests"], json!({"passed": 2, "failed": 0}));
    let d = &v["diagnostics"][0];
    assert_eq!(
        (d["path"].clone(), d["line"].clone(), d["column"].clone()),
        (json!(SAMPLE), json!(3), json!(1))
    );
    assert_eq!(d["severity"], "warning");

    // One test made to fail: an error at the test, counted as a failed test.
    let pack = Pack::at(&home.path().join("pack")).course("");
    let sample = crate::common::fixture("sample.toml");
    pack.write("sample.toml", sample.replace("max_percent = 10", "min_percent = 50"));
    let p = pack.arg();
    let (code, _, err) = run(home.path(), &["validate", p]);
    assert_eq!(code, 1);
    assert!(err.contains("1 of 2 author's tests pass, 1 fails"), "{err}");
    let (code, out, _) = run(home.path(), &["validate", "--json", p]);
    assert_eq!(code, 1, "--json keeps the exit code");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["tests"], json!({"passed": 1, "failed": 1}));
    assert_eq!(v["errors"], 1);
    let failed: Vec<&Value> =
        v["diagnostics"].as_array().unwrap().iter().filter(|d| d["severity"] == "error").collect();
    assert!(failed[0]["message"].as_str().unwrap().contains("test `worst run` fails"), "{failed:?}");
    assert_eq!(failed[0]["line"], sample.lines().position(|l| l == "name = \"worst run\"").unwrap());
}

#[test]
fn sync_dry_run_says_plainly_what_would_be_sent_and_warns_about_the_settings() {
    let home = tempfile::tempdir().unwrap();
    play_sample(home.path(), "ana");
    // No LRS: the queue is listed, and the sentence says why nothing can go yet.
    let (code, out, _) = run(home.path(), &["sync", "--dry-run"]);
    assert_eq!(code, 0);
    let first = out.lines().next().unwrap();
    assert!(first.contains("statements are queued, but no LRS is configured to send them to"), "{first}");
    assert!(!out.contains("to (no LRS"), "{out}");
    let (code, out, _) = run(home.path(), &["sync", "--dry-run", "--json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["lrs"], Value::Null);
    let statements = v["statements"].as_array().unwrap();
    let verbs: Vec<&str> =
        statements.iter().map(|s| s["verb"]["display"]["en-US"].as_str().unwrap()).collect();
    assert_eq!(verbs.first(), Some(&"attempted"));
    assert!(verbs.contains(&"passed") && statements.iter().all(|s| s["id"].is_string()), "{verbs:?}");
    // A password in a plain-http address: both warnings on standard error, never the password.
    let out = crate::common::rehearse(home.path())
        .env("REHEARSE_LRS_URL", "http://class:hunter2@lrs.example.org/xAPI/")
        .args(["sync", "--dry-run", "--json"])
        .output()
        .unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(stderr.contains("warning: the LRS address") && stderr.contains("plain http"), "{stderr}");
    assert!(stderr.contains("user name or password written into it"), "{stderr}");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["lrs"], "http://lrs.example.org/xAPI/");
    assert!(!stdout.contains("hunter2") && !stderr.contains("hunter2"));
    assert_eq!(v["statements"].as_array().unwrap().len(), statements.len(), "a dry run sends nothing");
}

#[test]
fn analyze_suggests_a_walk_command_that_replays_its_run() {
    let home = tempfile::tempdir().unwrap();
    for (args, target) in [
        (vec!["analyze", SAMPLE], SAMPLE),
        (vec!["--pack", PACK, "analyze", "sample"], "--pack tests/fixtures/pack sample"),
        (vec!["analyze", "troll-handling"], "troll-handling"),
    ] {
        let (code, out, err) = run(home.path(), &args);
        assert_eq!(code, 0, "{err}");
        let best = out.lines().find(|l| l.starts_with("Best run:")).unwrap();
        let command = best.split('`').nth(1).unwrap();
        assert!(command.starts_with(&format!("rehearse walk {target} --choices ")), "{best}");
        // The command replays the best run.
        let words: Vec<&str> = command.split_whitespace().skip(1).collect();
        let (code, walked, err) = run(home.path(), &words);
        assert_eq!(code, 0, "{command}: {err}");
        let percent = best.split("→ ").nth(1).unwrap().split(' ').next().unwrap();
        assert!(walked.contains(&format!("score: {percent} ")), "{command} gives {walked}, not {percent}");
    }
}

#[test]
fn progress_of_a_learner_with_nothing_saved_says_so_and_suggests_close_names() {
    let home = tempfile::tempdir().unwrap();
    play_sample(home.path(), "Anouk");
    play_sample(home.path(), "Bertrand");
    let (code, _, err) = run(home.path(), &["progress", "--learner", "Anuok"]);
    assert_eq!(code, 0);
    assert!(err.contains("no saved progress for Anuok in "), "{err}");
    assert!(err.contains("Did you mean Anouk? (`--learner NAME`)"), "{err}");
    let (_, _, err) = run(home.path(), &["progress", "--learner", "zed", "--json"]);
    assert!(err.contains("no saved progress for zed") && !err.contains("Did you mean"), "{err}");
    let (_, out, err) = run(home.path(), &["progress", "--learner", "Anouk"]);
    assert!(err.is_empty() && out.contains("Progress of Anouk"), "{err}");
}

#[test]
fn sync_json_says_what_was_delivered() {
    let home = tempfile::tempdir().unwrap();
    play_sample(home.path(), "ana");
    let (_, out, _) = run(home.path(), &["sync", "--dry-run", "--json"]);
    let queued = serde_json::from_str::<Value>(&out).unwrap()["statements"].as_array().unwrap().len();
    let lrs = FakeLrs::accepting();
    let url = lrs.url("");
    let sync = || {
        let out = crate::common::rehearse(home.path())
            .env("REHEARSE_LRS_URL", &url)
            .env("REHEARSE_LRS_USER", "class")
            .env("REHEARSE_LRS_PASSWORD", "secret")
            .args(["sync", "--json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let v = sync();
    assert_eq!(v, json!({"lrs": url, "total": queued, "sent": queued, "rejected": [], "conflicts": 0}));
    // Everything went: the next sync has nothing to send, and says so in the same shape.
    assert_eq!(sync(), json!({"lrs": url, "total": 0, "sent": 0, "rejected": [], "conflicts": 0}));
}
