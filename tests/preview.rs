//! `rehearse preview` driven as an author would, under tmux: edit the file, save, look at the
//! screen. Ignored by default (they need tmux): `cargo test -- --include-ignored` runs them.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_rehearse");

/// A tmux server of its own, with one window running `rehearse`.
struct Tmux {
    socket: String,
    _home: tempfile::TempDir,
    home: PathBuf,
}

impl Tmux {
    fn new(name: &str) -> Tmux {
        let home = tempfile::tempdir().unwrap();
        Tmux {
            socket: format!("rehearse-preview-{name}-{}", std::process::id()),
            home: home.path().to_path_buf(),
            _home: home,
        }
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux").arg("-L").arg(&self.socket).args(args).output().expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Starts `rehearse ARGS` in a window of `width`×`height`, in a shell that stays after it.
    fn start(&self, args: &str, width: u16, height: u16) {
        let cmd = format!(
            "cd {} && REHEARSE_HOME={} REHEARSE_LANG=en NO_COLOR= TERM=xterm-256color {BIN} {args}; echo EXITED:$?; exec sh",
            env!("CARGO_MANIFEST_DIR"),
            self.home.display()
        );
        let (w, h) = (width.to_string(), height.to_string());
        self.tmux(&["new-session", "-d", "-s", "main", "-x", &w, "-y", &h, &cmd]);
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
            if s.contains(text) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("the screen never showed {text:?}; it shows:\n{s}");
            }
            sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

/// A pack with the fixture course and `text` as its scenario; returns the scenario's path.
fn pack(home: &Path, text: &str) -> PathBuf {
    let dir = home.join("pack");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy("tests/fixtures/pack/course.toml", dir.join("course.toml")).unwrap();
    let file = dir.join("sample.toml");
    std::fs::write(&file, text).unwrap();
    file
}

const GOOD: &str = "[[nodes.choices]]\ntext = \"Good\"\nnext = \"second\"\nscore = { alpha = 2, beta = 1 }\nset = { trust = 10 }\nfeedback = \"Good because.\"\n";
const BAD: &str = "[[nodes.choices]]\ntext = \"Bad\"\nnext = \"second\"\nscore = { alpha = -1 }\nset = { trust = -30, risk = 2 }\nfeedback = \"Bad because.\"\n";

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn failing_tests_and_warnings_sit_beside_the_scene_and_a_moved_choice_is_replayed_by_its_text() {
    let t = Tmux::new("panel");
    let sample = std::fs::read_to_string("tests/fixtures/pack/sample.toml").unwrap();
    assert!(sample.contains(GOOD) && sample.contains(BAD), "the fixture's choices are as this test expects");
    // The worst run scores 0%, not the 50% this test now asks for: it fails.
    let failing = sample.replace("max_percent = 10", "min_percent = 50");
    let file = pack(&t.home, &failing);
    t.start(&format!("preview {}", file.display()), 120, 32);

    // The scene is there, with the failing test and both warnings listed beside it.
    let s = t.wait_for("Read this, then go on.");
    assert!(s.contains("playable, but 1 author's test fails · 2 warnings"), "the status line:\n{s}");
    assert!(s.contains("Failing tests (1)") && s.contains("worst run"), "{s}");
    assert!(s.contains("Warnings (2)") && s.contains("longest choice"), "{s}");

    // The scene stays playable: "Bad" lowers trust, so the next node offers a choice for that.
    t.keys(&["Enter", "2"]);
    t.wait_for("Only when trust is low");

    // "Bad" moves up to number 1. Replayed by number, choice 2 would now be "Good" (and no
    // low-trust choice); replayed by its text, the run stands where it stood.
    let swapped = failing.replace(GOOD, "@@GOOD@@").replace(BAD, GOOD).replace("@@GOOD@@", BAD);
    std::fs::write(&file, &swapped).unwrap();
    let s = t.wait_for("matched by its choice's text");
    assert!(s.contains("Reloaded; 2 steps replayed. Step 2 was matched"), "{s}");
    assert!(s.contains("Only when trust is low"), "the same run:\n{s}");

    // Many warnings: the list shows what fits, says how many are left, and scrolls.
    let unreachable: String = (1..=15)
        .map(|i| format!("\n[[nodes]]\nid = \"spare-{i}\"\ntext = \"Never shown.\"\nending = \"mixed\"\n"))
        .collect();
    std::fs::write(&file, format!("{swapped}{unreachable}")).unwrap();
    let s = t.wait_for("Warnings (17)");
    assert!(s.contains("more (PgDn)"), "a count of what is below:\n{s}");
    assert!(s.contains("Only when trust is low"), "still the same run:\n{s}");
    t.keys(&["PageDown"; 12]);
    let s = t.wait_for("the rest is above (PgUp)");
    assert!(s.contains("spare-15"), "the end of the list:\n{s}");

    // Back to the fixture, whose tests pass: the list keeps only the warnings.
    std::fs::write(&file, &sample).unwrap();
    let s = t.wait_for("Warnings (2)");
    assert!(!s.contains("Failing tests") && s.contains("validates"), "{s}");
    assert!(s.contains("Only when trust is low"), "still the same run:\n{s}");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
}
