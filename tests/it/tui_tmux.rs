//! The terminal interface driven as a person would, under tmux: keys in, screen out. Ignored unless
//! asked for (`-- --include-ignored`), and failing where tmux is not installed; CI installs it.

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use crate::common::{play, rehearse, Pack, Tmux, BIN, SAMPLE};

/// The terminal is back to normal: not in the alternate screen, and canonical with echo.
fn assert_restored(t: &Tmux) {
    t.wait_for("EXITED:");
    assert_eq!(t.display("#{alternate_on}"), "0", "still in the alternate screen");
    t.keys(&["stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | sort | tr '\\n' ' '; echo STTY", "Enter"]);
    let s = t.wait_for("echo icanon");
    assert!(s.contains("echo icanon"), "the terminal is still raw:\n{s}");
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn play_to_the_debrief_with_number_keys_and_enter() {
    let t = Tmux::new("play");
    t.start("play tests/fixtures/pack/sample.toml --learner ana --seed 1");
    t.wait_for("Read this, then go on.");
    t.keys(&["Enter"]);
    let s = t.wait_for("What do you do?");
    assert!(s.contains("Post from @someone") && s.contains("1. Good") && s.contains("2. Bad"), "{s}");
    t.keys(&["Down", "Up", "Enter"]); // arrows, then Enter takes "Good"
    t.wait_for("1. Fine");
    t.keys(&["1", "Enter", "Enter"]);
    let s = t.wait_for("Debrief");
    assert!(s.contains("Your score: 100%") && s.contains("PASSED"), "{s}");
    assert!(s.contains("Alpha") && s.contains("Beta"), "lesson titles: {s}");
    t.keys(&["q"]);
    assert_restored(&t);
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn quit_mid_run_says_progress_is_kept_and_restores_the_terminal() {
    let t = Tmux::new("quit");
    t.start("play tests/fixtures/pack/sample.toml --learner bo --seed 1");
    t.wait_for("Read this");
    t.keys(&["Enter", "?"]);
    t.wait_for("Keys");
    t.keys(&["?", "q"]);
    let s = t.wait_for("EXITED:0");
    assert!(s.contains("Progress saved"), "{s}");
    assert_restored(&t);
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn sigterm_restores_the_terminal() {
    let t = Tmux::new("term");
    t.start("play tests/fixtures/pack/sample.toml --learner cy --seed 1");
    t.wait_for("Read this");
    let pid = t.pid();
    assert!(!pid.is_empty());
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert_restored(&t);
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn a_run_killed_with_sigkill_resumes_to_the_same_debrief() {
    let t = Tmux::new("kill");
    t.start("play tests/fixtures/pack/sample.toml --learner di --seed 1");
    t.wait_for("Read this");
    t.keys(&["Enter", "2"]); // "Bad": saved at once
    t.wait_for("Only when trust is low");
    let pid = t.pid();
    Command::new("kill").args(["-KILL", &pid]).status().unwrap();
    t.wait_for("EXITED:137");
    // kill -9 leaves the terminal raw (nothing can restore it): `stty sane` as a person would.
    // (In raw mode Enter sends a bare CR, which the shell does not take as the end of a line.)
    t.keys(&["stty sane", "C-j"]);
    sleep(Duration::from_millis(300));
    t.keys(&[
        &format!(
            "REHEARSE_HOME={} {BIN} play tests/fixtures/pack/sample.toml --learner di",
            t.home.display()
        ),
        "C-j",
    ]);
    t.wait_for("Resume where you left off?");
    t.keys(&["y"]);
    t.wait_for("Resumed after 1 choice.");
    t.keys(&["1", "Enter"]);
    let s = t.wait_for("Debrief");
    // The same run played straight through: `walk --choices 2,1 --seed 1`.
    let walk = Command::new(BIN)
        .args(["walk", SAMPLE, "--choices", "2,1", "--seed", "1", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&walk.stdout).unwrap();
    assert!(s.contains(&format!("Your score: {}%", v["percent"])), "{s}");
    assert!(s.contains("Ending: Failure"), "{s}");
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn resizing_never_crashes_and_a_tiny_terminal_says_so() {
    let t = Tmux::new("resize");
    t.start("play tests/fixtures/pack/sample.toml --learner ed --seed 1");
    t.wait_for("Read this");
    t.tmux(&["resize-window", "-t", "main", "-x", "40", "-y", "10"]);
    t.wait_for("too small");
    t.tmux(&["resize-window", "-t", "main", "-x", "120", "-y", "40"]);
    t.wait_for("Read this");
    t.keys(&["Enter"]);
    t.wait_for("What do you do?");
    t.keys(&["q"]);
    assert_restored(&t);
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn escape_sequences_in_a_scenario_take_no_effect() {
    let t = Tmux::new("esc");
    let file = Pack::at(&t.home.join("pack")).course("").sample("esc.toml", |s| {
        s.replace(
            "Read this, then go on.",
            "Before\\u001b[2J\\u001b[H\\u001b]0;pwned-title\\u0007\\u001b]52;c;ZXZpbA==\\u0007\\u001b[5;5HAfter",
        )
    });
    let before = t.display("#{pane_title}");
    t.start(&format!("play {} --learner fi --seed 1", file.display()));
    let s = t.wait_for("After");
    assert!(s.contains("Before␛[2J␛[H␛]0;pwned-title␇"), "shown, not obeyed:\n{s}");
    assert_ne!(t.display("#{pane_title}"), "pwned-title");
    let _ = before;
    let buffers = t.tmux(&["list-buffers"]);
    assert!(!buffers.contains("evil"), "clipboard written: {buffers}");
    t.keys(&["q"]);
    assert_restored(&t);
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn the_home_screen_lists_scenarios_and_starts_one() {
    let t = Tmux::new("home");
    t.start("--pack tests/fixtures/pack");
    // The last scenario listed: the screen is drawn whole (a capture can catch it half drawn).
    let s = t.wait_for("A sample");
    assert!(s.contains("Scenarios") && s.contains("Course map"), "{s}");
    assert!(Path::new(BIN).exists());
    // Select the sample (the last entry) and start it.
    t.keys(&["End"]);
    for _ in 0..20 {
        t.keys(&["Down"]);
    }
    t.keys(&["Enter"]);
    t.wait_for("Read this");
    t.keys(&["q"]);
    let s = t.wait_for("Progress saved");
    assert!(s.contains("Course map"), "back home: {s}");
    t.keys(&["q"]);
    assert_restored(&t);
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn preview_reloads_on_save_shows_errors_in_place_and_recovers() {
    let t = Tmux::new("preview");
    let good = crate::common::fixture("sample.toml");
    let file = Pack::at(&t.home.join("pack")).course("").write("sample.toml", &good);
    t.start(&format!("preview {}", file.display()));
    t.wait_for("Read this, then go on.");
    t.keys(&["Enter", "1"]);
    t.wait_for("Time is short.");

    // An edit of a text already passed: reloaded, and the steps replayed to the same place.
    std::fs::write(&file, good.replace("Read this, then go on.", "Read this first.")).unwrap();
    let s = t.wait_for("Read this first.");
    assert!(s.contains("Time is short."), "the steps were replayed:\n{s}");

    // A broken file: its diagnostics replace the scene.
    std::fs::write(&file, good.replace("next = \"second\"", "next = \"secnd\"")).unwrap();
    let s = t.wait_for("does not validate");
    assert!(s.contains("no node with that id"), "{s}");

    // Fixed again: back where we were.
    std::fs::write(&file, &good).unwrap();
    let s = t.wait_for("Time is short.");
    assert!(s.contains("validates"), "{s}");
    t.keys(&["q"]);
    assert_restored(&t);
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn a_facilitated_run_with_votes_writes_an_after_action_report() {
    let t = Tmux::new("facilitate");
    let report = t.home.join("report.md");
    t.start(&format!("facilitate tests/fixtures/pack/sample.toml --seed 1 --report {}", report.display()));
    t.wait_for("Read this, then go on.");
    t.keys(&["Enter"]);
    let s = t.wait_for("DISCUSS");
    assert!(s.contains("What would you do?"), "the prompt is shown: {s}");
    t.keys(&["Enter"]);
    t.wait_for("No votes yet");
    t.keys(&["2", "2", "1", "1", "Enter"]);
    t.wait_for("A tie between 1 and 2");
    t.keys(&["BSpace", "Enter"]); // 2 votes to 1: "Bad" wins
    t.wait_for("Only when trust is low");
    t.keys(&["1", "Enter", "Enter"]);
    let s = t.wait_for("After-action report written");
    assert!(s.contains("debrief"), "{s}");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    let md = std::fs::read_to_string(&report).unwrap();
    assert!(md.contains("# After-action report: A sample"), "{md}");
    assert!(md.contains("**Discussion prompt:** What would you do?"), "{md}");
    assert!(md.contains("| 1 | Good | 1 |") && md.contains("| 2 | Bad **(taken)** | 2 |"), "{md}");
    assert!(md.contains("**Feedback:** Bad because."), "{md}");
    assert!(
        md.contains("**A stronger choice:** Good (Alpha)")
            && md.contains("**Why it is stronger:** Good because."),
        "{md}"
    );
    assert!(md.contains("| Alpha | -1/2 | 0% |") && md.contains("**Overall: 0%**"), "{md}");
}

/// The sizes the interface is checked at: its minimum, a common one, and a wide one.
const SIZES: [(u16, u16); 3] = [(60, 16), (120, 40), (200, 60)];

/// Plays the bundled troll scenario in plain mode for `learner`, always taking the first choice:
/// a completed attempt that gives some mastery of the course's lessons.
fn complete_troll(home: &Path, learner: &str) {
    // A number where Enter is asked for (and the reverse) is refused and asked again.
    play(home, &[], learner, "troll-handling", &"1\n\n".repeat(40));
}

/// Plays the fixture's sample in plain mode for `learner` (Good, then the only choice left, to a
/// success): a completed attempt in the data folder.
fn complete_sample(home: &Path, learner: &str) {
    play(home, &[], learner, SAMPLE, "\n1\n1\n\n\n\n");
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn a_learner_chosen_at_home_is_the_learner_next_time_and_is_named_on_leaving() {
    let t = Tmux::new("learner");
    t.start_at("--pack tests/fixtures/pack", (60, 16), "");
    t.wait_for("Scenarios");
    t.keys(&["l"]);
    t.wait_for("Who is practising?");
    t.keys(&["Home", "End", "Enter"]); // End: "+ New learner…"
    t.wait_for("Name:");
    t.keys(&["Enter"]);
    t.wait_for("Type a name first");
    t.keys(&["zoe", "Enter"]);
    t.wait_for("Learner: zoe");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    t.stop();

    // Next time, zoe is the learner; leaving a run names her in the command to resume it.
    t.start_at("--pack tests/fixtures/pack", (60, 16), "");
    t.wait_for("Learner: zoe");
    t.keys(&["End", "Enter"]);
    t.wait_for("Read this");
    t.keys(&["q"]);
    let s = t.wait_for("Progress saved");
    assert!(s.contains("--learner") && s.contains("zoe"), "{s}");
    t.keys(&["q"]);
    let s = t.wait_for("EXITED:0");
    assert!(s.contains("rehearse play sample --learner zoe"), "the command to resume, on leaving: {s}");
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn enter_never_leaves_the_debrief_and_d_reopens_it_from_home() {
    for size in SIZES {
        let t = Tmux::new(&format!("debrief-{}", size.0));
        t.start_at("--pack tests/fixtures/pack --learner ana", size, "");
        t.wait_for("Scenarios");
        t.keys(&["End"]); // the sample, the last scenario
        t.keys(&["d"]);
        t.wait_for("not finished");
        t.keys(&["Enter"]);
        t.wait_for("Read this");
        t.keys(&["Enter", "1", "1", "Enter", "Enter"]);
        t.wait_for("Debrief · A sample");
        t.keys(&["Enter", "Enter", "Enter"]);
        let s = t.wait_for("This is your debrief");
        assert!(s.contains("Debrief · A sample"), "Enter kept the debrief at {size:?}:\n{s}");
        t.keys(&["Escape"]);
        let s = t.wait_gone("Debrief ·");
        assert!(
            s.contains("Scenarios") && s.contains("┌ A sample"),
            "home, on the sample, at {size:?}:\n{s}"
        );
        t.keys(&["d"]);
        let s = t.wait_for("Debrief · A sample · attempt 1 of 1");
        assert!(s.contains("Your score: 100%"), "{s}");
        t.keys(&["q"]);
        t.wait_gone("Debrief ·");
        t.keys(&["q"]);
        t.wait_for("EXITED:0");
    }
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn rehearse_debrief_shows_a_completed_attempt_in_the_terminal() {
    let t = Tmux::new("debrief-cmd");
    complete_sample(&t.home, "ana");
    complete_sample(&t.home, "ana");
    t.start_at("debrief tests/fixtures/pack/sample.toml --learner ana --attempt 1", (60, 16), "");
    t.wait_for("attempt 1 of 2");
    t.keys(&["Enter", "PgDn", "End"]);
    let s = t.wait_for("Questions to think about");
    assert!(s.contains("What would you do?"), "End shows the bottom:\n{s}");
    t.keys(&["q"]);
    let s = t.wait_for("EXITED:0").replace('\n', "");
    // Named as it was given (a path here), so that the command finds it again.
    assert!(
        s.contains("rehearse debrief tests/fixtures/pack/sample.toml --learner ana"),
        "how to see it again: {s}"
    );
    assert_restored(&t);
}

/// `rehearse debrief` as text: the attempt asked for, the same debrief as the run, and clear
/// refusals (no tmux needed: output that is not a terminal is text).
#[test]
fn rehearse_debrief_prints_an_attempt_as_text_and_refuses_one_that_is_not_there() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        rehearse(home.path()).args(["debrief", SAMPLE, "--learner", "ana"]).args(args).output().unwrap()
    };
    let none = run(&[]);
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("ana has no completed attempt of sample"));
    complete_sample(home.path(), "ana");
    complete_sample(home.path(), "ana");
    let out = run(&["--plain"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.starts_with("A sample: attempt 2 of 2, finished "), "{text}");
    assert!(text.contains("== Debrief ==") && text.contains("Score: 100%, passed"), "{text}");
    assert!(text.contains("1. You chose: Good"), "{text}");
    let first = run(&["--attempt", "1"]);
    assert!(String::from_utf8_lossy(&first.stdout).contains("attempt 1 of 2"));
    let beyond = run(&["--attempt", "3"]);
    assert_eq!(beyond.status.code(), Some(1));
    let err = String::from_utf8_lossy(&beyond.stderr);
    assert!(
        err.contains("There is no attempt 3: ana has 2 completed attempts of sample (--attempt 1 to 2)."),
        "{err}"
    );
    assert_eq!(run(&["--attempt", "0"]).status.code(), Some(2), "a usage error");
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn notices_go_after_a_few_seconds_or_at_the_next_key() {
    let t = Tmux::new("notice");
    t.start("play tests/fixtures/pack/sample.toml --learner gus --seed 1");
    t.wait_for("Read this");
    t.keys(&["Enter", "2", "q"]);
    t.wait_for("EXITED:0");
    t.stop();
    t.start("play tests/fixtures/pack/sample.toml --learner gus");
    t.wait_for("Resume where you left off?");
    t.keys(&["y"]);
    t.wait_for("Resumed after 1 choice.");
    let s = t.wait_gone("Resumed after 1 choice.");
    assert!(s.contains("1-9 choose"), "the key hints are back:\n{s}");
    t.keys(&["9"]);
    t.wait_for("There is no choice 9: the choices are 1 to 2.");
    t.keys(&["F5"]); // a key that does nothing else
    let s = t.screen();
    assert!(!s.contains("There is no choice 9") && s.contains("1-9 choose"), "gone at the next key:\n{s}");
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn earlier_messages_can_be_read_again_during_play() {
    for size in SIZES {
        let t = Tmux::new(&format!("feed-{}", size.0));
        t.start_at("play troll-handling --learner hal --seed 1", size, "");
        t.wait_for("briefing");
        t.keys(&["Enter", "Enter", "1"]);
        t.wait_for("decision 2");
        t.keys(&["1"]);
        let mut s = t.wait_for("decision 3");
        let briefing = "You are on the account today";
        assert!(!s.contains(briefing), "the briefing has scrolled away at {size:?}:\n{s}");
        for _ in 0..40 {
            if s.contains("You are on the account today") {
                break;
            }
            t.keys(&["PgUp"]);
            s = t.screen();
        }
        assert!(s.contains("You are on the account today"), "the briefing is reachable at {size:?}:\n{s}");
        assert!(s.contains("▼ more below · PgDn"), "a marker says there is more below at {size:?}:\n{s}");
        assert!(s.contains("decision 3") && s.contains("What do you do?"), "{s}");
        t.keys(&["Down"]); // while the feed is scrolled, the arrows scroll it
        assert!(t.screen().contains("▼ more below"));
        t.keys(&["End"]);
        let s = t.wait_gone("▼ more below");
        assert!(s.contains("▶ 1."), "back at the choices at {size:?}:\n{s}");
        t.keys(&["PgUp", "PgUp", "1"]); // a new message brings the view back to it
        let s = t.wait_for("decision 4");
        // (Jas writes the message that comes after these three choices, at this seed.)
        assert!(!s.contains(briefing) && s.contains("Jas"), "the newest message shows at {size:?}:\n{s}");
        t.keys(&["q"]);
        t.wait_for("EXITED:0");
    }
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn every_choice_shows_at_the_minimum_size_and_nothing_is_cut_on_larger_screens() {
    let t = Tmux::new("small");
    t.start_at("play troll-handling --learner ivy --seed 1", (60, 16), "");
    t.wait_for("briefing");
    t.keys(&["Enter", "Enter"]);
    t.wait_for("What do you do?");
    for (key, selected) in [("End", 4), ("Up", 3), ("Home", 1), ("Down", 2)] {
        t.keys(&[key]);
        let s = t.screen();
        for k in 1..=4 {
            assert!(s.contains(&format!("{k}. ")), "choice {k} after {key}:\n{s}");
        }
        assert!(s.contains(&format!("▶ {selected}. ")), "the marker on {selected} after {key}:\n{s}");
    }
    t.stop();

    // 120×40: the details of the selected scenario, content note and lessons included, in full.
    t.start_at("--learner ivy", (120, 40), "");
    t.wait_for("Scenarios");
    t.keys(&["7"]);
    let s = t.wait_for("┌ A troll in the comments");
    assert!(s.contains("and there are no slurs.") && s.contains("Lessons:"), "{s}");
    assert!(s.contains("Policy, training and leadership"), "{s}");
    let details: Vec<&str> = s.lines().skip_while(|l| !l.contains("┌ A troll in the comments")).collect();
    assert!(!details.iter().any(|l| l.contains('…')), "nothing cut:\n{s}");
    t.stop();

    // 200×60: messages keep a reading width.
    t.start_at("play troll-handling --learner ivy --seed 1", (200, 60), "");
    t.wait_for("Resume where you left off?");
    t.keys(&["n"]);
    let s = t.wait_for("You are on the account today");
    let card = s.lines().find(|l| l.contains("You are on the account today")).unwrap();
    let width = card.trim().chars().count();
    assert!((60..=100).contains(&width), "a card line of {width} columns:\n{s}");
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn resuming_from_home_keeps_the_selected_scenario() {
    let t = Tmux::new("keep");
    // Without colours the selection is drawn in reverse video: SGR 7.
    t.start_at("--learner jo", (120, 40), "NO_COLOR=1");
    t.wait_for("Scenarios");
    t.keys(&["7", "Enter"]);
    t.wait_for("briefing");
    t.keys(&["q"]);
    t.wait_for("Progress saved");
    let selected = |screen: &str| {
        screen.lines().find(|l| l.contains("\u{1b}[7m")).map(|l| l.contains("A troll in the comments"))
    };
    assert_eq!(selected(&t.styled_screen()), Some(true), "{}", t.styled_screen());
    t.keys(&["Enter"]);
    t.wait_for("Resume where you left off?");
    assert_eq!(selected(&t.styled_screen()), Some(true), "behind the dialog: {}", t.styled_screen());
    t.keys(&["Escape"]);
    t.wait_for("Your run in progress is kept.");
    assert_eq!(selected(&t.styled_screen()), Some(true), "after Esc: {}", t.styled_screen());
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn without_colours_the_mastery_percentage_stays_readable() {
    for size in [(60, 16), (120, 40)] {
        let t = Tmux::new(&format!("mono-{}", size.0));
        complete_troll(&t.home, "kim");
        t.start_at("--learner kim", size, "NO_COLOR=1");
        let s = t.wait_for("Scenarios");
        let rows: Vec<&str> = s.lines().filter(|l| l.contains('%') && l.contains(['█', '░'])).collect();
        assert!(!rows.is_empty(), "{s}");
        for row in rows {
            let map = row.split('│').nth(1).unwrap();
            let (bar, after) = map.split_at(map.find('%').unwrap());
            assert!(!after.contains(['█', '░']), "the bar runs past the figure at {size:?}: {row}");
            assert!(bar.trim_end_matches(|c: char| c.is_ascii_digit()).ends_with(' '), "{row}");
        }
    }
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn small_things_say_why_and_cards_read_naturally() {
    let t = Tmux::new("small-things");
    let file = Pack::at(&t.home.join("pack")).course("").write("headings.toml", HEADINGS);
    for size in SIZES {
        t.start_at(&format!("play {} --learner lu{} --seed 1", file.display(), size.0), size, "");
        let s = t.wait_for("briefing");
        assert!(!s.contains("decision 0"), "{s}");
        assert!(s.contains("Meeting · Your manager"), "{s}");
        t.keys(&["1"]);
        t.wait_for("Nothing to choose here: Enter goes on.");
        t.keys(&["Enter", "+"]);
        let s = t.wait_for("This decision has no timer");
        assert!(s.contains("Email from Amira Haddad"), "{s}");
        let lines: Vec<&str> = s.lines().collect();
        let subject =
            lines.iter().position(|l| l.contains("Subject: Hours at Eastgate.")).expect("the subject");
        assert!(
            lines[subject + 1].trim().trim_matches('│').trim().is_empty(),
            "a blank line after the subject:\n{s}"
        );
        assert!(lines[subject + 2].contains("Please send me the new hours by noon."), "{s}");
        t.keys(&["7"]);
        t.wait_for("There is no choice 7: the choices are 1 to 2.");
        t.keys(&["1"]);
        t.wait_for("Reply · Route 14 thread, an hour later");
        t.keys(&["q"]);
        t.wait_for("EXITED:0");
        t.stop();
    }
    // Home and End on the home screen's list.
    t.start_at("--pack tests/fixtures/pack", (120, 40), "");
    t.wait_for("Scenarios");
    t.keys(&["End"]);
    t.wait_for("┌ A sample");
    t.keys(&["Home"]);
    t.wait_for("┌ Launch week");
}

/// A scenario whose senders are and are not people, with an email that has a subject.
const HEADINGS: &str = r#"format = 1

[scenario]
id = "headings"
title = "Cards as they come"
summary = "Each kind of message, with senders that are and are not people."
level = "101"
minutes = 1
start = "memo"

[[nodes]]
id = "memo"
channel = "meeting"
from = "Your manager"
text = "We need to talk about the thread."
next = "mail"

[[nodes]]
id = "mail"
channel = "email"
from = "Amira Haddad"
text = "Subject: Hours at Eastgate. Please send me the new hours by noon."

[[nodes.choices]]
text = "Send them"
next = "reply"
score = { alpha = 1 }
feedback = "Sent on time."

[[nodes.choices]]
text = "Wait"
next = "reply"
score = { alpha = -1 }
feedback = "Late."

[[nodes]]
id = "reply"
channel = "reply"
from = "Route 14 thread, an hour later"
text = "Nobody answered."
next = "end"

[[nodes]]
id = "end"
text = "The day ends."
ending = "mixed"
"#;

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn the_language_switches_at_home_and_stays_the_learners_choice() {
    for size in [(60, 16), (120, 40)] {
        let t = Tmux::new(&format!("lang-{}", size.0));
        t.start_at("--learner max", size, "");
        t.wait_for("Language: English");
        t.keys(&["7", "L"]);
        let s = t.wait_for("Langue\u{a0}: Français");
        assert!(s.contains("Scénarios") && s.contains("┌ Un troll dans les commentaires"), "{s}");
        t.keys(&["q"]);
        t.wait_for("EXITED:0");
        t.stop();
        t.start_at("--learner max", size, "");
        t.wait_for("Langue\u{a0}: Français");
        t.keys(&["L"]);
        t.wait_for("Language: English");
        t.keys(&["q"]);
        t.wait_for("EXITED:0");
    }
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn leaving_a_run_started_from_a_file_names_the_file_to_resume_it() {
    let t = Tmux::new("resume-path");
    t.start_at("play tests/fixtures/pack/sample.toml --learner ana", (100, 30), "");
    t.wait_for("Read this");
    t.keys(&["q"]);
    let s = t.wait_for("EXITED:0").replace('\n', "");
    assert!(s.contains("rehearse play tests/fixtures/pack/sample.toml --learner ana"), "{s}");
    assert_restored(&t);
}
