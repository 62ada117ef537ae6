//! The terminal interface driven as a person would, under tmux: keys in, screen out. Skipped (with
//! a message) where tmux is not installed; CI installs it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_rehearse");

struct Tmux {
    socket: String,
    _home: tempfile::TempDir,
    home: PathBuf,
}

fn have_tmux() -> bool {
    Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success())
}

impl Tmux {
    fn new(name: &str) -> Tmux {
        assert!(have_tmux(), "these tests drive the terminal interface under tmux: install tmux");
        let home = tempfile::tempdir().unwrap();
        Tmux {
            socket: format!("rehearse-test-{name}-{}", std::process::id()),
            home: home.path().to_path_buf(),
            _home: home,
        }
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux").arg("-L").arg(&self.socket).args(args).output().expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Starts `rehearse ARGS` in a shell in a new window of 100×30, in a shell that stays after it.
    fn start(&self, args: &str) {
        let cmd = format!(
            "cd {} && REHEARSE_HOME={} NO_COLOR= TERM=xterm-256color {BIN} {args}; echo EXITED:$?; exec sh",
            env!("CARGO_MANIFEST_DIR"),
            self.home.display()
        );
        self.tmux(&["new-session", "-d", "-s", "main", "-x", "100", "-y", "30", &cmd]);
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "main"])
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", "main", k]);
            sleep(Duration::from_millis(120));
        }
    }

    /// Waits until the screen shows `text` (or fails after a few seconds).
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if std::env::var_os("TMUX_DEBUG").is_some() {
                eprintln!("{s}");
            }
            if s.contains(text) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("the screen never showed {text:?}; it shows:\n{s}");
            }
            sleep(Duration::from_millis(100));
        }
    }

    fn display(&self, format: &str) -> String {
        self.tmux(&["display-message", "-p", "-t", "main", format]).trim().to_string()
    }

    fn pid(&self) -> String {
        // The rehearse process is the child of the pane's shell.
        let shell = self.display("#{pane_pid}");
        let out = Command::new("pgrep").args(["-P", &shell, "-f", "rehearse"]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).lines().next().unwrap_or("").to_string()
    }

    /// The terminal is back to normal: not in the alternate screen, and canonical with echo.
    fn assert_restored(&self) {
        self.wait_for("EXITED:");
        assert_eq!(self.display("#{alternate_on}"), "0", "still in the alternate screen");
        self.keys(&[
            "stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | sort | tr '\\n' ' '; echo STTY",
            "Enter",
        ]);
        let s = self.wait_for("echo icanon");
        assert!(s.contains("echo icanon"), "the terminal is still raw:\n{s}");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
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
    t.assert_restored();
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
    t.assert_restored();
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
    t.assert_restored();
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
        .args(["walk", "tests/fixtures/pack/sample.toml", "--choices", "2,1", "--seed", "1", "--json"])
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
    t.assert_restored();
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn escape_sequences_in_a_scenario_take_no_effect() {
    let t = Tmux::new("esc");
    let dir = t.home.join("pack");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy("tests/fixtures/pack/course.toml", dir.join("course.toml")).unwrap();
    let text = std::fs::read_to_string("tests/fixtures/pack/sample.toml").unwrap().replace(
        "Read this, then go on.",
        "Before\\u001b[2J\\u001b[H\\u001b]0;pwned-title\\u0007\\u001b]52;c;ZXZpbA==\\u0007\\u001b[5;5HAfter",
    );
    std::fs::write(dir.join("esc.toml"), text).unwrap();
    let before = t.display("#{pane_title}");
    t.start(&format!("play {} --learner fi --seed 1", dir.join("esc.toml").display()));
    let s = t.wait_for("After");
    assert!(s.contains("Before␛[2J␛[H␛]0;pwned-title␇"), "shown, not obeyed:\n{s}");
    assert_ne!(t.display("#{pane_title}"), "pwned-title");
    let _ = before;
    let buffers = t.tmux(&["list-buffers"]);
    assert!(!buffers.contains("evil"), "clipboard written: {buffers}");
    t.keys(&["q"]);
    t.assert_restored();
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn the_home_screen_lists_scenarios_and_starts_one() {
    let t = Tmux::new("home");
    t.start("--pack tests/fixtures/pack");
    let s = t.wait_for("Course map");
    assert!(s.contains("Scenarios") && s.contains("A sample"), "{s}");
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
    t.assert_restored();
}

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn preview_reloads_on_save_shows_errors_in_place_and_recovers() {
    let t = Tmux::new("preview");
    let dir = t.home.join("pack");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy("tests/fixtures/pack/course.toml", dir.join("course.toml")).unwrap();
    let file = dir.join("sample.toml");
    let good = std::fs::read_to_string("tests/fixtures/pack/sample.toml").unwrap();
    std::fs::write(&file, &good).unwrap();
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
    t.assert_restored();
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
