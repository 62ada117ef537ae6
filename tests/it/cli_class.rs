//! Exports and class reports through the real binary: several learners play, export, and the
//! report counts them, verifies them by replay, and flags what does not add up.

use std::path::Path;

use serde_json::{json, Value};

use crate::common::{class_json, export, fixture, rehearse, Pack, BEST, PACK, SAMPLE, WORST};

fn play(home: &Path, learner: &str, scenario: &str, input: &str) {
    crate::common::play(home, &[], learner, scenario, input);
}

fn report(home: &Path, pack: &str, inputs: &[&Path]) -> Value {
    class_json(home, &["--pack", pack], inputs)
}

/// Exports each of `learners` as JSON into `dir`, as `NAME.json`.
fn export_all(home: &Path, learners: &[&str], dir: &Path) {
    for l in learners {
        export(home, &[], l, "json", &dir.join(format!("{l}.json")));
    }
}

#[test]
fn a_class_report_counts_verifies_and_flags() {
    let home = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    // ana: Good, Fine -> 100%, success. bo: Bad, low-trust choice -> failure, 0%.
    // cy: Good, then quits (in progress: not counted, not passed).
    play(home.path(), "ana", SAMPLE, BEST);
    play(home.path(), "bo", SAMPLE, WORST);
    play(home.path(), "cy", SAMPLE, "\n1\n");
    export_all(home.path(), &["ana", "bo", "cy"], exports.path());
    let v = report(home.path(), PACK, &[exports.path()]);
    assert_eq!(v["counted"], 2);
    assert_eq!(v["flagged"], json!([]));
    // alpha: ana 2/2 = 100%, bo -1/2 clamped = 0% -> mean 50.
    assert_eq!(v["lessons"]["alpha"]["mean_percent"], 50.0);
    // beta: ana 3/3 = 100%, bo 0/3 = 0% -> mean 50.
    assert_eq!(v["lessons"]["beta"]["mean_percent"], 50.0);
    assert_eq!(v["decisions"]["sample"]["first"], json!({"Good": 1, "Bad": 1}));
    assert_eq!(v["decisions"]["sample"]["second"], json!({"Fine": 1, "Only when trust is low": 1}));
    assert_eq!(v["not_passed"], json!(["bo", "cy"]));
    assert_eq!(v["scenarios"]["sample"]["passed"], json!(["ana"]));

    // bo's export edited by hand to a passing 95%, and a file that is not an export at all.
    let mut bo: Value =
        serde_json::from_str(&std::fs::read_to_string(exports.path().join("bo.json")).unwrap()).unwrap();
    bo["attempts"][0]["percent"] = json!(95);
    bo["attempts"][0]["passed"] = json!(true);
    std::fs::write(exports.path().join("bo.json"), serde_json::to_string(&bo).unwrap()).unwrap();
    std::fs::write(exports.path().join("garbage.json"), "{ this is not an export").unwrap();
    let v = report(home.path(), PACK, &[exports.path()]);
    assert_eq!(v["counted"], 1);
    let flagged = v["flagged"].as_array().unwrap();
    assert_eq!(flagged.len(), 1);
    assert_eq!(flagged[0]["learner"], "bo");
    assert!(
        flagged[0]["reason"].as_str().unwrap().contains("recorded 95% but its choices give 0%"),
        "{flagged:?}"
    );
    assert!(v["not_passed"].as_array().unwrap().contains(&json!("bo")), "a flagged pass is not a pass");
}

#[test]
fn results_from_another_version_of_the_scenario_are_all_flagged() {
    let home = tempfile::tempdir().unwrap();
    let pack = Pack::new().course("");
    let text = fixture("sample.toml");
    let file = pack.write("sample.toml", &text);
    let f = file.to_str().unwrap();
    play(home.path(), "ana", f, BEST);
    play(home.path(), "bo", f, BEST);
    let exports = tempfile::tempdir().unwrap();
    for l in ["ana", "bo"] {
        export(home.path(), &[], l, "csv", &exports.path().join(format!("{l}.csv")));
    }
    // The CSV is a table: a header and one row per attempt.
    let mut r = csv::Reader::from_path(exports.path().join("ana.csv")).unwrap();
    let header = r.headers().unwrap().clone();
    assert_eq!(&header[0], "learner");
    assert!(header.iter().any(|h| h == "alpha_percent"));
    let rows: Vec<_> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][header.iter().position(|h| h == "percent").unwrap()], "100");

    let v = report(home.path(), pack.arg(), &[exports.path()]);
    assert_eq!(v["counted"], 2, "CSV exports are read back: {v}");
    // The scenario is edited: every earlier result is now from another version.
    std::fs::write(&file, text.replace("It went well.", "It went very well.")).unwrap();
    let v = report(home.path(), pack.arg(), &[exports.path()]);
    assert_eq!(v["counted"], 0);
    let flagged = v["flagged"].as_array().unwrap();
    assert_eq!(flagged.len(), 2);
    assert!(flagged.iter().all(|f| f["reason"].as_str().unwrap().contains("another version")));
}

#[test]
fn files_that_are_not_exports_get_a_clear_message() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.json"), "{\"hello\": 1}").unwrap();
    std::fs::write(dir.path().join("empty.csv"), "").unwrap();
    let out = rehearse(home.path()).args(["class", "report"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("notes.json: skipped, JSON, but not a rehearse export"), "{err}");
    assert!(err.contains("empty.csv: skipped, the file is empty"), "{err}");
    assert!(!err.contains("panicked"));
}

/// A pack whose course lists its scenarios: `sample` and `sample-b` required (b after a),
/// `sample-c` recommended only.
fn course_pack() -> Pack {
    let listed = "\n[[scenarios]]\nid = \"sample\"\n\n[[scenarios]]\nid = \"sample-b\"\nafter = [\"sample\"]\n\n[[scenarios]]\nid = \"sample-c\"\nrequired = false\n";
    let pack = Pack::new().course(listed);
    for id in ["sample", "sample-b", "sample-c"] {
        pack.sample(&format!("{id}.toml"), |s| s.replace("id = \"sample\"", &format!("id = \"{id}\"")));
    }
    pack
}

#[test]
fn completing_the_course_is_reported_in_progress_class_reports_and_xapi() {
    let home = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    let pack = course_pack();
    let p = pack.arg();
    let play_in = |learner: &str, id: &str, input: &str| {
        crate::common::play(home.path(), &["--pack", p], learner, id, input);
    };
    // ana passes both required scenarios; bo passes one and fails the other.
    play_in("ana", "sample", BEST);
    play_in("ana", "sample-b", BEST);
    play_in("bo", "sample", BEST);
    play_in("bo", "sample-b", WORST);
    let progress = |learner: &str| -> Value {
        let out = rehearse(home.path())
            .args(["--pack", p, "progress", "--json", "--learner", learner])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    assert_eq!(
        progress("ana")["course"],
        json!({"id": "test-course", "completed": true, "required": ["sample", "sample-b"], "passed": ["sample", "sample-b"]})
    );
    assert_eq!(progress("bo")["course"]["completed"], false);
    let text = rehearse(home.path()).args(["--pack", p, "progress", "--learner", "bo"]).output().unwrap();
    assert!(String::from_utf8_lossy(&text.stdout)
        .contains("Course not completed yet: 1 of 2 required scenarios passed."));

    // One course-completed statement for ana, queued when her second pass completed the course.
    let outbox = crate::common::queued(home.path());
    let course_done: Vec<&Value> = outbox
        .iter()
        .filter(|s| s["object"]["id"].as_str().is_some_and(|id| id.ends_with("/courses/test-course")))
        .collect();
    assert_eq!(course_done.len(), 1, "{course_done:?}");
    assert_eq!(course_done[0]["actor"]["account"]["name"], "ana");
    assert_eq!(course_done[0]["verb"]["id"], "http://adlnet.gov/expapi/verbs/completed");

    export_all(home.path(), &["ana", "bo"], exports.path());
    let v = report(home.path(), p, &[exports.path()]);
    assert_eq!(v["not_completed"], json!(["bo"]));
    assert_eq!(v["course_required"], json!(["sample", "sample-b"]));
}

#[test]
fn the_learners_in_the_data_folder_make_the_same_report_as_their_exports() {
    let home = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    play(home.path(), "ana", SAMPLE, BEST);
    play(home.path(), "bo", SAMPLE, WORST);
    play(home.path(), "cy", SAMPLE, "\n1\n");
    export_all(home.path(), &["ana", "bo", "cy"], exports.path());
    let from_exports = report(home.path(), PACK, &[exports.path()]);
    let mut cmd = rehearse(home.path());
    let out =
        cmd.args(["--pack", PACK, "class", "report", "--learners", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let from_folder: Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["counted", "flagged", "lessons", "decisions", "not_passed", "learners"] {
        assert_eq!(from_folder[key], from_exports[key], "{key}");
    }
    assert_eq!(from_folder["counted"], 2);

    // A learner file that cannot be read is named and skipped, and left where it is.
    let bad = home.path().join("learners").join("dee.json");
    std::fs::write(&bad, "{ not json").unwrap();
    let out = rehearse(home.path()).args(["--pack", PACK, "class", "report", "--learners"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("dee.json") && err.contains("skipped"), "{err}");
    assert!(bad.exists(), "a report never moves a learner's file");

    // An empty folder says where it looked and what would fill it.
    let empty = tempfile::tempdir().unwrap();
    let out = rehearse(empty.path()).args(["class", "report", "--learners"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no learner has a file") && err.contains("rehearse serve"), "{err}");
    // Neither files nor --learners: a usage error.
    let out = rehearse(empty.path()).args(["class", "report"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
