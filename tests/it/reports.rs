//! What carries results to the organization, through the real binary: CSV that a spreadsheet
//! opens without running anything, Markdown and Mermaid that render no HTML and no live link,
//! class reports that flag what is handed in twice, reports and xAPI statements that mix both
//! languages, and facilitated sessions whose after-action report survives however they end.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use serde_json::{json, Value};

use crate::common::{
    class_json, class_report, fixture, play, rehearse, Pack, Tmux, BEST, BILINGUAL, PACK, SAMPLE, WORST,
};

fn cells(csv_text: &str) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(csv_text.as_bytes());
    r.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

/// A cell that a spreadsheet would run: it starts with = + - @, a tab or a carriage return
/// (perhaps after spaces), and is not a plain number.
fn is_formula(cell: &str) -> bool {
    let t = cell.trim_start_matches(' ');
    t.starts_with(['=', '+', '-', '@', '\t', '\r']) && t.parse::<i64>().is_err()
}

const HOSTILE_LEARNERS: [&str; 5] = [
    "=HYPERLINK(\"http://x\",\"click\")",
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-2+3",
    "\u{1b}]0;owned\u{7}\tana",
];

#[test]
fn csv_exports_and_class_reports_never_pass_a_formula() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (i, learner) in HOSTILE_LEARNERS.iter().enumerate() {
        play(home.path(), &[], learner, SAMPLE, if i % 2 == 0 { BEST } else { WORST });
        let f = dir.path().join(format!("{i}.csv"));
        crate::common::export(home.path(), &[], learner, "csv", &f);
        let text = std::fs::read_to_string(&f).unwrap();
        for cell in cells(&text).concat() {
            assert!(!is_formula(&cell), "{cell:?} in {text}");
            assert!(!cell.chars().any(char::is_control), "{cell:?} in {text}");
        }
        files.push(f);
    }
    let first = std::fs::read_to_string(&files[0]).unwrap();
    assert_eq!(cells(&first)[1][0], "'=HYPERLINK(\"http://x\",\"click\")");
    assert!(cells(&std::fs::read_to_string(&files[1]).unwrap())[1][0].starts_with("'+cmd"));

    // Read back, the neutralised cells are the names as they were (the escape sequence shown).
    let inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let v = class_json(home.path(), &["--pack", PACK], &inputs);
    assert_eq!(v["counted"], 5, "{v}");
    assert_eq!(v["flagged"], json!([]));
    let passed = &v["scenarios"]["sample"]["passed"];
    assert!(passed.as_array().unwrap().contains(&json!(HOSTILE_LEARNERS[0])), "{passed}");
    assert!(passed.as_array().unwrap().contains(&json!("\u{241b}]0;owned\u{2407}    ana")), "{passed}");
    assert!(v["not_passed"].as_array().unwrap().contains(&json!("-2+3")));

    let csv = class_report(home.path(), &["--pack", PACK], &inputs, "csv");
    let rows = cells(&csv);
    assert_eq!(rows.len(), 6, "{csv}");
    for cell in rows.concat() {
        assert!(!is_formula(&cell) && !cell.chars().any(char::is_control), "{cell:?} in {csv}");
    }
    assert!(rows.iter().any(|r| r[0] == "'@SUM(1)" && r[2] == "true"), "{csv}");
}

/// A copy of the test pack whose scenario texts carry HTML, links and Markdown of their own.
fn hostile_pack(pack: &Pack) -> PathBuf {
    let text = fixture("sample.toml")
        .replace("title = \"A sample\"", "title = \"<script>alert(1)</script> A sample\"")
        .replace("text = \"Good\"", "text = \"[Good](javascript:alert(1)) <img src=x onerror=alert(1)>\"")
        .replace(
            "feedback = \"Good because.\"",
            "feedback = \"<a href='JavaScript:alert(1)'>Good</a> & because.\"",
        )
        .replace(
            "discuss = \"What would you do?\"",
            "discuss = \"![x](data:text/html;base64,PHNjcmlwdD4=) | `code` What would you do?\"",
        )
        .replace("text = \"Fine\"", "text = \"<https://example.org> Fine\"")
        .replace("text = \"Time is short.\"", "text = \"<i>\\\"a\\\"|#lt;`b`</i> Time\"");
    pack.write("sample.toml", text)
}

/// No HTML tag, no link target, no link syntax of the text's own survives in `md`.
fn assert_inert_markdown(md: &str) {
    assert!(!md.contains('<'), "a raw < in:\n{md}");
    let lower = md.to_lowercase();
    assert!(!lower.contains("javascript:") && !lower.contains("data:"), "a live scheme in:\n{md}");
    let unescaped_bracket = md.match_indices('[').any(|(i, _)| !md[..i].ends_with('\\'));
    assert!(!unescaped_bracket, "link syntax in:\n{md}");
}

#[test]
fn markdown_class_reports_and_mermaid_maps_render_no_html_and_no_live_link() {
    let home = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    let pack = Pack::new().course("");
    let file = hostile_pack(&pack);
    let p = pack.arg();
    let learners = ["<img src=x onerror=alert(1)>", "[me](javascript:alert(1))", "ana & <b>bo</b>"];
    for (i, learner) in learners.iter().enumerate() {
        play(home.path(), &["--pack", p], learner, "sample", BEST);
        crate::common::export(home.path(), &[], learner, "json", &exports.path().join(format!("{i}.json")));
    }
    // The third file also hands in the first learner again: flagged, with the name in it.
    let mut again: Value =
        serde_json::from_str(&std::fs::read_to_string(exports.path().join("0.json")).unwrap()).unwrap();
    again["learner"] = json!(learners[0]);
    std::fs::write(exports.path().join("3.json"), again.to_string()).unwrap();

    let md = class_report(home.path(), &["--pack", p], &[exports.path()], "markdown");
    assert_inert_markdown(&md);
    assert!(md.contains("&lt;img src=x onerror=alert(1)&gt;"), "{md}");
    assert!(md.contains("\\[me\\](javascript&#58;alert(1))"), "{md}");
    assert!(md.contains("\\[Good\\](javascript&#58;alert(1)) &lt;img"), "the choice text, escaped: {md}");
    assert!(md.contains("also handed in"), "{md}");

    let mermaid = rehearse(home.path())
        .args(["graph", file.to_str().unwrap(), "--format", "mermaid"])
        .output()
        .unwrap();
    let mermaid = String::from_utf8(mermaid.stdout).unwrap();
    for line in mermaid.lines().filter(|l| l.contains("[\"")) {
        // Our own <b> and <br/> only; the label's quotes are the two that delimit it.
        let label = line.split_once("[\"").unwrap().1.trim_end_matches("\"]");
        let ours = label.replace("<b>", "").replace("</b>", "").replace("<br/>", "");
        assert!(!ours.contains(['<', '>', '"', '`', '|']), "{line}");
    }
    assert!(
        mermaid.contains("<br/>#lt;i#gt;#quot;a#quot;#124;#35;lt;#96;b#96;#lt;/i#gt; Time\"]"),
        "{mermaid}"
    );
    let dot = rehearse(home.path()).args(["graph", file.to_str().unwrap()]).output().unwrap();
    assert!(String::from_utf8_lossy(&dot.stdout).contains("label=\"<script>alert(1)</script> A sample\""));
}

#[test]
fn a_learner_or_an_attempt_handed_in_twice_is_flagged_and_counted_once() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    play(home.path(), &[], "ana", SAMPLE, BEST);
    play(home.path(), &[], "bo", SAMPLE, WORST);
    crate::common::export(home.path(), &[], "ana", "json", &d.join("ana.json"));
    crate::common::export(home.path(), &[], "bo", "json", &d.join("bo.json"));
    let pack = ["--pack", PACK];
    let honest = class_json(home.path(), &pack, &[d]);
    assert_eq!(honest["counted"], 2);
    assert_eq!(honest["lessons"]["alpha"]["mean_percent"], 50.0);

    // ana hands in her file a second time under another name; bo's attempt is in his file twice;
    // cy hands in ana's attempt as his own; and the same folder is named twice on the command line.
    std::fs::copy(d.join("ana.json"), d.join("ana-again.json")).unwrap();
    let mut bo: Value = serde_json::from_str(&std::fs::read_to_string(d.join("bo.json")).unwrap()).unwrap();
    let first = bo["attempts"][0].clone();
    bo["attempts"].as_array_mut().unwrap().push(first);
    std::fs::write(d.join("bo.json"), bo.to_string()).unwrap();
    let mut cy: Value = serde_json::from_str(&std::fs::read_to_string(d.join("ana.json")).unwrap()).unwrap();
    cy["learner"] = json!("cy");
    std::fs::write(d.join("cy.json"), cy.to_string()).unwrap();

    let v = class_json(home.path(), &pack, &[d, d, &d.join("ana.json")]);
    assert_eq!(v["counted"], 2, "each attempt counts once: {v}");
    assert_eq!(v["lessons"], honest["lessons"], "the figures are not moved by what is handed in twice");
    let flagged = v["flagged"].as_array().unwrap();
    let reason = |learner: &str| -> Vec<(String, String)> {
        flagged
            .iter()
            .filter(|f| f["learner"] == learner)
            .map(|f| (f["file"].as_str().unwrap().to_string(), f["reason"].as_str().unwrap().to_string()))
            .collect()
    };
    let ana = reason("ana");
    assert_eq!(ana.len(), 1, "{flagged:?}");
    assert!(
        ana[0].0.ends_with("ana.json")
            && ana[0].1.contains("ana also handed in")
            && ana[0].1.contains("ana-again.json"),
        "{ana:?}"
    );
    let bo = reason("bo");
    assert_eq!(bo.len(), 1, "{flagged:?}");
    assert!(
        bo[0].0.ends_with("bo.json")
            && bo[0].1.contains("the same attempt appears more than once in this file"),
        "{bo:?}"
    );
    let cy = reason("cy");
    assert_eq!(cy.len(), 1, "{flagged:?}");
    assert!(cy[0].1.contains("the same attempt as ana's"), "{cy:?}");
    assert_eq!(flagged.len(), 3, "the folder named twice is read once: {flagged:?}");
    assert!(v["not_passed"].as_array().unwrap().contains(&json!("cy")), "a copied pass is no pass");
    assert_eq!(v["scenarios"]["sample"]["passed"], json!(["ana"]));
}

#[test]
fn a_csv_made_of_several_exports_is_flagged_not_merged() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    play(home.path(), &[], "ana", SAMPLE, BEST);
    play(home.path(), &[], "bo", SAMPLE, WORST);
    crate::common::export(home.path(), &[], "ana", "csv", &d.join("ana.csv"));
    crate::common::export(home.path(), &[], "bo", "csv", &d.join("bo.csv"));
    let ana = std::fs::read_to_string(d.join("ana.csv")).unwrap();
    let bo = std::fs::read_to_string(d.join("bo.csv")).unwrap();
    let joined = tempfile::tempdir().unwrap();
    let j = joined.path();
    // `cat ana.csv bo.csv`, and bo's rows pasted under ana's without their header.
    std::fs::write(j.join("cat.csv"), format!("{ana}{bo}")).unwrap();
    std::fs::write(j.join("rows.csv"), format!("{ana}{}", bo.split_once('\n').unwrap().1)).unwrap();
    let v = class_json(home.path(), &["--pack", PACK], &[j]);
    assert_eq!(v["counted"], 0, "{v}");
    let flagged = v["flagged"].as_array().unwrap();
    assert_eq!(flagged.len(), 2, "{flagged:?}");
    assert!(flagged[0]["file"].as_str().unwrap().ends_with("cat.csv"));
    assert!(flagged[0]["reason"].as_str().unwrap().contains("a second header row, at row 3"), "{flagged:?}");
    assert!(flagged[1]["file"].as_str().unwrap().ends_with("rows.csv"));
    assert!(
        flagged[1]["reason"].as_str().unwrap().contains("more than one learner (ana, bo)"),
        "{flagged:?}"
    );
    assert_eq!(flagged[1]["scenario"], Value::Null, "the whole file is flagged");
    assert_eq!(v["not_passed"], json!([]), "nothing from these files is counted");
    let table = class_report(home.path(), &["--pack", PACK], &[j], "table");
    assert!(table.starts_with("0 results counted from 0 learners; 2 flagged."), "{table}");

    // The French report says the same in French.
    let fr = class_report(home.path(), &["--pack", PACK, "--lang", "fr"], &[j], "table");
    assert!(fr.contains("Signalés, non comptés\u{a0}:"), "{fr}");
    assert!(
        fr.contains("une deuxième ligne d'en-tête, à la ligne 3\u{a0}: des exportations réunies"),
        "{fr}"
    );
}

/// A pack whose course orders lessons, scenarios, nodes and choices unlike the alphabet: lessons
/// beta, alpha, gamma; scenarios `zulu` then `alpha`; in each, node `first` before `a-second`.
fn ordered_pack() -> Pack {
    let course = fixture("course.toml");
    let (head, lessons) = course.split_once("[[lessons]]").unwrap();
    let mut blocks: Vec<String> = lessons.split("[[lessons]]").map(|b| format!("[[lessons]]{b}")).collect();
    blocks.swap(0, 1);
    let listed = "\n[[scenarios]]\nid = \"zulu\"\n\n[[scenarios]]\nid = \"alpha\"\n";
    let pack = Pack::new();
    pack.write("course.toml", format!("{head}{}\n{listed}", blocks.concat()));
    for id in ["zulu", "alpha"] {
        pack.sample(&format!("{id}.toml"), |s| {
            s.replace("\"second\"", "\"a-second\"").replace("id = \"sample\"", &format!("id = \"{id}\""))
        });
    }
    pack
}

#[test]
fn lessons_scenarios_and_decisions_come_in_the_course_order() {
    let home = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    let pack = ordered_pack();
    let p = pack.arg();
    for (learner, input) in [("ana", BEST), ("bo", WORST)] {
        for id in ["alpha", "zulu"] {
            play(home.path(), &["--pack", p], learner, id, input);
        }
        crate::common::export(
            home.path(),
            &[],
            learner,
            "json",
            &exports.path().join(format!("{learner}.json")),
        );
    }
    let table = class_report(home.path(), &["--pack", p], &[exports.path()], "table");
    let at = |text: &str| table.find(text).unwrap_or_else(|| panic!("{text:?} not in:\n{table}"));
    assert!(at("  Beta ") < at("  Alpha "), "lessons in the course's order:\n{table}");
    assert!(at("  zulu: ") < at("  alpha: "), "scenarios in the course's order:\n{table}");
    assert!(at("How the class chose in zulu") < at("How the class chose in alpha"), "{table}");
    let zulu = &table[at("How the class chose in zulu")..at("How the class chose in alpha")];
    let inside = |text: &str| zulu.find(text).unwrap_or_else(|| panic!("{text:?} not in:\n{zulu}"));
    assert!(inside("  first\n") < inside("  a-second\n"), "nodes in the scenario's order:\n{zulu}");
    assert!(inside("Good") < inside("Bad"), "choices in the node's order:\n{zulu}");
    let md = class_report(home.path(), &["--pack", p], &[exports.path()], "markdown");
    assert!(md.find("| Beta |").unwrap() < md.find("| Alpha |").unwrap(), "{md}");
    assert!(md.find("**first**").unwrap() < md.find("**a-second**").unwrap(), "{md}");
}

#[test]
fn a_class_report_merges_attempts_played_in_both_languages_and_speaks_the_report_language() {
    let home = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    let scenario = format!("{BILINGUAL}/sample.toml");
    play(home.path(), &["--lang", "en"], "ana", &scenario, BEST);
    play(home.path(), &["--lang", "fr"], "bo", &scenario, BEST);
    play(home.path(), &["--lang", "fr"], "cy", &scenario, WORST);
    for l in ["ana", "bo", "cy"] {
        crate::common::export(home.path(), &[], l, "json", &exports.path().join(format!("{l}.json")));
    }
    let v = class_json(home.path(), &["--pack", BILINGUAL], &[exports.path()]);
    assert_eq!(v["counted"], 3, "{v}");
    assert_eq!(v["decisions"]["sample"]["first"], json!({"Good": 2, "Bad": 1}), "merged by node and choice");
    assert_eq!(v["lessons"]["alpha"]["title"], "Alpha");
    let v = class_json(home.path(), &["--pack", BILINGUAL, "--lang", "fr"], &[exports.path()]);
    assert_eq!(v["decisions"]["sample"]["first"], json!({"FR Good": 2, "FR Bad": 1}));
    assert_eq!(v["lessons"]["alpha"]["title"], "Alpha FR");
    let table = class_report(home.path(), &["--pack", BILINGUAL, "--lang", "fr"], &[exports.path()], "table");
    assert!(table.contains("3 résultats comptés pour 3 personnes\u{a0}; 0 signalé."), "{table}");
    assert!(table.contains("Choix du groupe dans sample\u{a0}:") && table.contains("FR Good"), "{table}");
    assert!(table.contains("sample\u{a0}: réussi par 2, pas encore par 1 (cy)"), "{table}");
    let md = class_report(home.path(), &["--pack", BILINGUAL, "--lang", "fr"], &[exports.path()], "markdown");
    assert!(md.contains("# Rapport de groupe") && md.contains("| FR Good | 2 |"), "{md}");
}

#[test]
fn xapi_statements_name_everything_in_every_language_and_say_which_was_played() {
    let home = tempfile::tempdir().unwrap();
    let scenario = format!("{BILINGUAL}/sample.toml");
    play(home.path(), &["--lang", "fr"], "bo", &scenario, BEST);
    play(home.path(), &["--lang", "en"], "ana", &scenario, BEST);
    let xapi = |learner: &str| -> Vec<Value> {
        let out = rehearse(home.path())
            .args(["--pack", BILINGUAL, "export", "--learner", learner, "--format", "xapi"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let bo = xapi("bo");
    assert_eq!(bo.len(), 5, "attempted, answered twice, completed, passed: {bo:?}");
    let def = &bo[0]["object"]["definition"];
    assert_eq!(def["name"], json!({"en-CA": "A sample", "fr-CA": "FR A sample"}));
    assert_eq!(
        def["description"],
        json!({"en-CA": "Exercises every feature of the format.", "fr-CA": "FR Exercises every feature of the format."})
    );
    let course = &bo[0]["context"]["contextActivities"]["grouping"][0]["definition"]["name"];
    assert_eq!(course, &json!({"en-CA": "Test course", "fr-CA": "Cours d'essai"}));
    assert!(bo.iter().all(|s| s["context"]["language"] == "fr-CA"), "played in French: {bo:?}");
    let answered = &bo[1]["object"]["definition"];
    assert_eq!(answered["name"], json!({"en-CA": "A sample: first", "fr-CA": "FR A sample: first"}));
    let shown = answered["description"]["en-CA"].as_str().unwrap();
    assert!(shown.starts_with("Variant"), "{answered}");
    assert_eq!(answered["description"]["fr-CA"], format!("FR {shown}"), "the same variant in both");
    assert_eq!(answered["choices"][0]["description"], json!({"en-CA": "Good", "fr-CA": "FR Good"}));
    assert_eq!(bo[1]["result"]["response"], "choice-1");

    let ana = xapi("ana");
    assert!(ana.iter().all(|s| s["context"]["language"] == "en-CA"), "{ana:?}");
    // The same run in either language: the same ids, score and response.
    assert_eq!(ana.last().unwrap()["result"]["score"], bo.last().unwrap()["result"]["score"]);

    // What the run queued for the LRS says which language it was played in, under its own tag.
    let queued: Vec<Value> = std::fs::read_dir(home.path().join("outbox"))
        .unwrap()
        .flat_map(|e| {
            serde_json::from_slice::<Vec<Value>>(&std::fs::read(e.unwrap().path()).unwrap()).unwrap()
        })
        .collect();
    let bo_queued: Vec<&Value> = queued.iter().filter(|s| s["actor"]["account"]["name"] == "bo").collect();
    assert!(!bo_queued.is_empty());
    assert!(bo_queued.iter().all(|s| s["context"]["language"] == "fr-CA"));
    assert_eq!(bo_queued[0]["object"]["definition"]["name"]["fr-CA"], "FR A sample");
}

#[test]
#[ignore = "needs the xapi-validation npm package: run `eval \"$(.ci/lrs-setup)\"`, then `cargo test -- --include-ignored`"]
fn statements_in_both_languages_pass_an_independent_xapi_validator() {
    let home = tempfile::tempdir().unwrap();
    play(home.path(), &["--lang", "fr"], "bo", &format!("{BILINGUAL}/sample.toml"), WORST);
    let out = rehearse(home.path())
        .args(["--pack", BILINGUAL, "export", "--learner", "bo", "--format", "xapi"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let file = home.path().join("statements.json");
    std::fs::write(&file, &out.stdout).unwrap();
    let text = crate::common::xapi_validation(&file);
    assert!(text.ends_with("statements:5 invalid:0"), "{text}");
}

/// Starts facilitating `scenario` with its report at `report`, goes past the first message and
/// casts votes 2, 2, 1 at the first decision without deciding.
fn facilitate_and_vote(t: &Tmux, scenario: &str, report: &Path, first_words: &str) {
    t.start(&format!("facilitate {scenario} --seed 1 --report {}", report.display()));
    t.wait_for(first_words);
    t.keys(&["Enter"]);
    t.wait_for("DISCUSS");
    t.keys(&["2", "2", "1"]);
    t.wait_for("██ 2");
}

/// The report of a session stopped during the first decision, with votes 2, 2, 1 cast there.
fn assert_stopped_early(report: &Path) {
    let md = std::fs::read_to_string(report).unwrap_or_else(|e| panic!("{}: {e}", report.display()));
    assert!(md.contains("**Stopped early:**"), "{md}");
    assert!(md.contains("### 1. Post from @someone (not decided)"), "{md}");
    assert!(md.contains("| 1 | Good | 1 |") && md.contains("| 2 | Bad | 2 |"), "{md}");
    assert!(md.contains("**Not decided:**") && md.contains("**So far:** no points at stake yet."), "{md}");
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn leaving_a_facilitated_session_with_q_writes_the_report_so_far_and_says_where() {
    let t = Tmux::new("q");
    let report = t.home.join("q.md");
    facilitate_and_vote(&t, SAMPLE, &report, "Read this, then go on.");
    t.keys(&["q"]);
    let s = t.wait_for("EXITED:0");
    assert!(
        s.contains(&format!("After-action report (stopped early) written to {}", report.display())),
        "{s}"
    );
    assert_stopped_early(&report);
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn ctrl_c_and_sigterm_still_write_the_report() {
    let t = Tmux::new("ctrlc");
    let report = t.home.join("ctrl-c.md");
    facilitate_and_vote(&t, SAMPLE, &report, "Read this, then go on.");
    t.keys(&["C-c"]);
    t.wait_for("EXITED:0");
    assert_stopped_early(&report);

    let t = Tmux::new("term");
    let report = t.home.join("term.md");
    facilitate_and_vote(&t, SAMPLE, &report, "Read this, then go on.");
    let pid = t.pid();
    assert!(!pid.is_empty());
    Process::new("kill").args(["-TERM", &pid]).status().unwrap();
    let s = t.wait_for("EXITED:");
    assert!(s.contains("written to"), "{s}");
    assert_stopped_early(&report);
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn a_report_that_cannot_be_written_is_said_and_exits_non_zero() {
    let t = Tmux::new("lost");
    let folder = t.home.join("reports");
    std::fs::create_dir(&folder).unwrap();
    let report = folder.join("lost.md");
    facilitate_and_vote(&t, SAMPLE, &report, "Read this, then go on.");
    // The folder goes away during the session (a USB key pulled out, a share unmounted).
    std::fs::remove_dir_all(&folder).unwrap();
    t.keys(&["q"]);
    let s = t.wait_for("EXITED:1");
    assert!(s.contains("rehearse: the after-action report could not be written to"), "{s}");
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn the_after_action_report_escapes_scenario_text_and_reads_in_french() {
    let t = Tmux::new("hostile");
    let file = hostile_pack(&Pack::at(&t.home.join("pack")).course(""));
    let report = t.home.join("hostile.md");
    t.start(&format!("facilitate {} --seed 1 --report {}", file.display(), report.display()));
    t.wait_for("Read this, then go on.");
    t.keys(&["Enter"]);
    t.wait_for("DISCUSS");
    t.keys(&["1", "Enter"]);
    t.wait_for("Fine");
    t.keys(&["1", "Enter", "Enter", "Enter"]);
    t.wait_for("After-action report written");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    let md = std::fs::read_to_string(&report).unwrap();
    assert_inert_markdown(&md);
    assert!(md.contains("# After-action report: &lt;script&gt;alert(1)&lt;/script&gt; A sample"), "{md}");
    assert!(md.contains("&lt;a href='JavaScript&#58;alert(1)'&gt;Good&lt;/a&gt; &amp; because."), "{md}");

    let t = Tmux::new("french");
    let report = t.home.join("rapport.md");
    t.start(&format!(
        "--pack {BILINGUAL} --lang fr facilitate sample --seed 1 --report {}",
        report.display()
    ));
    t.wait_for("FR Read this, then go on.");
    t.keys(&["Enter"]);
    t.wait_for("À DISCUTER");
    t.keys(&["1", "q"]);
    let s = t.wait_for("EXITED:0");
    assert!(s.contains("Rapport après action (arrêt anticipé) enregistré dans"), "{s}");
    let md = std::fs::read_to_string(&report).unwrap();
    assert!(md.contains("# Rapport après action\u{a0}: FR A sample"), "{md}");
    assert!(md.contains("**Arrêt anticipé\u{a0}:** la séance a pris fin avant l'issue du scénario."), "{md}");
    assert!(md.contains("(aucune décision)") && md.contains("| 1 | FR Good | 1 |"), "{md}");
    assert!(md.contains("**Jusqu'ici\u{a0}:** aucun point n'était encore en jeu."), "{md}");
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn leaving_before_any_vote_says_there_is_no_report() {
    let t = Tmux::new("novote");
    let report = t.home.join("none.md");
    t.start(&format!("facilitate {SAMPLE} --seed 1 --report {}", report.display()));
    t.wait_for("Read this, then go on.");
    t.keys(&["q"]);
    let s = t.wait_for("EXITED:0");
    assert!(s.contains("No after-action report: the class had not voted yet."), "{s}");
    assert!(!report.exists());
}
