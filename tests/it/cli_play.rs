//! `rehearse play --plain` and `rehearse progress` through the real binary: whole runs, resumed
//! runs, parallel runs, damaged files and permissions.

use std::path::Path;

use serde_json::Value;

use crate::common::{play_plain, rehearse, Pack, BEST, PACK, SAMPLE};

fn play(home: &Path, learner: &str, input: &str) -> (i32, String) {
    play_plain(home, &[], learner, SAMPLE, input)
}

fn progress(home: &Path, learner: &str) -> Value {
    let out =
        rehearse(home).args(["--pack", PACK, "progress", "--json", "--learner", learner]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_whole_run_from_a_pipe_ends_with_the_debrief() {
    let home = tempfile::tempdir().unwrap();
    // Enter past the intro, then choice 1 twice; the fork and the reaction only continue.
    let (code, out) = play(home.path(), "ana", BEST);
    assert_eq!(code, 0, "{out}");
    let title = out.find("A sample").unwrap();
    let first_prompt = out.find("Press Enter").unwrap();
    assert!(title < first_prompt, "the title comes before any prompt");
    assert!(out.contains("[Post from @someone]"));
    assert!(out.contains("  1. Good\n  2. Bad"));
    assert!(out.contains("== Debrief =="), "{out}");
    assert!(out.contains("Score: 100%, passed (pass mark 60%)."), "{out}");
    assert!(out.contains("Alpha: 2 of 2 points, 100%."), "{out}");
    // Nothing for a screen reader to stumble on: no bars, no quotes around what was chosen.
    assert!(!out.contains("[#") && !out.contains("\"Good\""), "{out}");

    let p = progress(home.path(), "ana");
    assert_eq!(p["learner"], "ana");
    assert_eq!(p["scenarios"]["sample"]["attempts"], 1);
    assert_eq!(p["scenarios"]["sample"]["completed"], 1);
    assert_eq!(p["scenarios"]["sample"]["best_percent"], 100);
    assert_eq!(p["scenarios"]["sample"]["passed"], true);
    assert_eq!(p["scenarios"]["sample"]["in_progress"], false);
    assert_eq!(p["lessons"]["alpha"]["percent"], 100);
    assert_eq!(p["lessons"]["gamma"]["percent"], Value::Null);
}

#[test]
fn invalid_answers_are_refused_and_asked_again() {
    let home = tempfile::tempdir().unwrap();
    let (code, out) = play(home.path(), "ana", "x\n\n7\nbad\n2\n");
    assert_eq!(code, 0);
    assert!(out.contains(
        "There is nothing to choose here: press Enter (an empty line) to go on, or type q to quit."
    ));
    assert_eq!(out.matches("Please type a number from 1 to 2, or q to quit.").count(), 2, "{out}");
}

#[test]
fn a_half_run_is_resumed_as_the_same_attempt() {
    let home = tempfile::tempdir().unwrap();
    let (_, out) = play(home.path(), "bo", "\n2\n");
    assert!(out.contains("Progress saved"), "end of input quits and says so: {out}");
    // The way back names the learner, so that following it resumes this learner's run.
    assert!(out.contains("run: rehearse play tests/fixtures/pack/sample.toml --learner bo --plain"), "{out}");
    let p = progress(home.path(), "bo");
    assert_eq!(p["scenarios"]["sample"]["in_progress"], true);
    assert_eq!(p["scenarios"]["sample"]["attempts"], 1);

    // The first line of input answers the resume question.
    let (code, out) = play(home.path(), "bo", "y\n1\n\n");
    assert_eq!(code, 0);
    let question = out.find("Resume where you left off? [Y/n]").expect("asks first");
    assert!(question < out.find("Resumed after 1 choice.").unwrap(), "{out}");
    assert!(out.contains("== Debrief =="), "{out}");
    // "Bad" then the low-trust choice: the failure ending.
    assert!(out.contains("Ending: failure"), "{out}");
    let p = progress(home.path(), "bo");
    assert_eq!(p["scenarios"]["sample"]["attempts"], 1, "a resumed run is the same attempt");
    assert_eq!(p["scenarios"]["sample"]["completed"], 1);
    assert_eq!(p["scenarios"]["sample"]["in_progress"], false);

    // Answering n starts again: a second attempt; the first stays counted as started.
    let (_, _) = play(home.path(), "bo", "\n2\n");
    let (_, out) = play(home.path(), "bo", "n\n\n1\n1\n\n\n");
    assert!(out.contains("Score: 100%"), "{out}");
    let p = progress(home.path(), "bo");
    assert_eq!(p["scenarios"]["sample"]["attempts"], 3);
    assert_eq!(p["scenarios"]["sample"]["completed"], 2);
    assert_eq!(p["scenarios"]["sample"]["best_percent"], 100);
}

#[test]
fn eight_parallel_runs_for_one_learner_are_all_counted() {
    let home = tempfile::tempdir().unwrap();
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let home = home.path().to_path_buf();
            // A run can find another window's finished run still "in progress" in a file it read
            // a moment before; it is then offered, refused as taken, and a new run starts. The
            // input works either way: "n" answers that offer (or is asked again at the
            // briefing), the empty line after the briefing is asked again at the choice.
            std::thread::spawn(move || play(&home, "cy", "n\n\n\n1\n1\n\n\n"))
        })
        .collect();
    for h in handles {
        let (code, out) = h.join().unwrap();
        assert_eq!(code, 0, "{out}");
        assert!(out.contains("== Debrief =="), "{out}");
    }
    let p = progress(home.path(), "cy");
    assert_eq!(p["scenarios"]["sample"]["attempts"], 8);
    assert_eq!(p["scenarios"]["sample"]["completed"], 8);
}

#[test]
fn a_garbage_file_is_set_aside_and_the_learner_goes_on() {
    let home = tempfile::tempdir().unwrap();
    play(home.path(), "di", BEST);
    let file = home.path().join("learners/di.json");
    std::fs::write(&file, b"\x00{ not json at all").unwrap();
    let (code, out) = play(home.path(), "di", BEST);
    assert_eq!(code, 0);
    assert!(out.contains("could not be read") && out.contains("it was moved to"), "{out}");
    let kept: Vec<_> = std::fs::read_dir(home.path().join("learners"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("unreadable"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is kept");
    assert_eq!(std::fs::read(kept[0].path()).unwrap(), b"\x00{ not json at all");
    let p = progress(home.path(), "di");
    assert_eq!(p["scenarios"]["sample"]["completed"], 1);
}

#[cfg(unix)]
#[test]
fn saved_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join("data");
    play(&root, "ed", "\n1\n");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&root), 0o700);
    assert_eq!(mode(&root.join("learners")), 0o700);
    assert_eq!(mode(&root.join("learners/ed.json")), 0o600);
}

#[test]
fn escape_sequences_in_scenario_text_never_reach_the_terminal() {
    let pack = Pack::new().course("");
    let path = pack.sample("esc.toml", |s| {
        s.replace("Read this, then go on.", "Clear\\u001b[2J move\\u001b[10;10H title\\u001b]0;pwned\\u0007 clip\\u001b]52;c;ZXZpbA==\\u0007 c1\\u009b31m")
            .replace("text = \"Good\"", "text = \"Good\\u001b[31m\"")
    });
    let home = tempfile::tempdir().unwrap();
    let (_, stdout) = play_plain(home.path(), &[], "x", path.to_str().unwrap(), BEST);
    assert!(stdout.contains("Clear␛[2J"), "made visible: {stdout}");
    for bad in ['\u{1b}', '\u{7}', '\u{9b}'] {
        assert!(!stdout.contains(bad), "{bad:?} reached the output");
    }
}

#[test]
fn finished_and_abandoned_runs_leave_no_lock_files_and_old_temporary_files_are_cleared() {
    let home = tempfile::tempdir().unwrap();
    let runs = home.path().join("runs");
    let count = |dir: &Path| std::fs::read_dir(dir).map_or(0, |d| d.count());
    // A finished run: its lock file goes with it.
    play(home.path(), "ana", BEST);
    assert_eq!(count(&runs), 0, "a completed attempt keeps no lock file");
    // A run left half-way keeps its lock file (it can be resumed) until it is abandoned.
    play(home.path(), "ana", "\n2\n");
    assert_eq!(count(&runs), 1);
    // A temporary file from a write cut short long ago, and a fresh one (a writer may be busy).
    let old = home.path().join("learners").join(".tmp-old");
    let fresh = home.path().join("learners").join(".tmp-fresh");
    std::fs::write(&old, "x").unwrap();
    std::fs::write(&fresh, "x").unwrap();
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options().write(true).open(&old).unwrap().set_modified(two_hours_ago).unwrap();
    let (_, out) = play(home.path(), "ana", "n\n\n1\n1\n\n\n");
    assert!(out.contains("== Debrief") || out.contains("Debrief"), "{out}");
    assert_eq!(count(&runs), 0, "the abandoned attempt's lock file went too");
    assert!(!old.exists() && fresh.exists());
}

#[test]
fn an_escape_sequence_in_a_learner_name_never_reaches_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let out = rehearse(home.path())
        .args(["play", SAMPLE, "--plain", "--seed", "1"])
        .args(["--learner", "eve\u{1b}]0;owned\u{7}\u{1b}[2J"])
        .write_stdin("\n1\n")
        .output()
        .unwrap();
    let all = [out.stdout, out.stderr].concat();
    assert!(!all.contains(&0x1b) && !all.contains(&0x07), "{}", String::from_utf8_lossy(&all));
    assert!(String::from_utf8_lossy(&all).contains("eve"), "the name is still shown, made visible");
}
