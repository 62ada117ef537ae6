//! `rehearse serve` driven by the real OpenSSH client under tmux, on loopback: logging in with
//! the class code, playing to the debrief, resuming after a dropped connection, a wrong code, a
//! command refused, two learners at once, the instructor's live view, the class report from the
//! server's folder, and stopping the class. Ignored unless asked for: they need tmux and ssh.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{free_port, wait_for_port, Tmux, BIN, PACK};

const CODE: &str = "maple-7-river";

/// The server, its data folder and what it printed.
struct Server {
    child: Child,
    port: u16,
    home: tempfile::TempDir,
    out: PathBuf,
}

impl Server {
    fn start(extra: &[&str]) -> Server {
        let home = tempfile::tempdir().unwrap();
        let port = free_port();
        let out = home.path().join("serve.out");
        let child = Command::new(BIN)
            .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--class-code", CODE])
            .args(["--pack", PACK])
            .args(extra)
            .env("REHEARSE_HOME", home.path())
            .env("LANG", "C")
            .env_remove("REHEARSE_LANG")
            .stdout(std::fs::File::create(&out).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let server = Server { child, port, home, out };
        wait_for_port(port, 20, "the server");
        server
    }

    fn printed(&self) -> String {
        let mut s = String::new();
        let _ = std::fs::File::open(&self.out).and_then(|mut f| f.read_to_string(&mut s));
        s
    }

    fn wait_printed(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.printed();
            if s.contains(text) {
                return s;
            }
            assert!(start.elapsed() < Duration::from_secs(15), "the server never printed {text:?}:\n{s}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Ctrl-C, as the instructor ends the class.
    fn interrupt(&mut self) {
        let _ = Command::new("kill").args(["-INT", &self.child.id().to_string()]).status();
        let start = Instant::now();
        while self.child.try_wait().unwrap().is_none() {
            assert!(start.elapsed() < Duration::from_secs(15), "the server did not stop");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn ssh_command(port: u16, user: &str, extra: &str) -> String {
    format!(
        "ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o SendEnv=none -p {port} {user}@127.0.0.1 {extra}"
    )
}

/// A learner's terminal: tmux running the OpenSSH client.
struct Learner {
    t: Tmux,
}

impl Learner {
    fn connect(server: &Server, name: &str, size: (u16, u16)) -> Learner {
        Self::open(server, name, size, "")
    }

    fn open(server: &Server, name: &str, size: (u16, u16), extra: &str) -> Learner {
        let t = Tmux::new(&format!("serve-{name}"));
        t.open(&format!("{}; echo EXITED:$?; sleep 60", ssh_command(server.port, name, extra)), size);
        Learner { t }
    }

    fn screen(&self) -> String {
        self.t.screen()
    }

    fn keys(&self, keys: &[&str]) {
        self.t.keys(keys);
    }

    fn wait_for(&self, text: &str) -> String {
        self.t.wait_for(text)
    }

    /// Waits until `text` is on the screen `n` times (a prompt asked again).
    fn wait_for_count(&self, text: &str, n: usize) {
        self.t.wait_for_count(text, n);
    }

    fn log_in(&self, code: &str) {
        self.wait_for("Class code:");
        self.keys(&[code, "Enter"]);
    }

    /// From the home screen: open "A sample" (the last scenario: the fixture pack's).
    fn open_sample(&self) {
        self.wait_for("A sample");
        for _ in 0..20 {
            if self
                .screen()
                .lines()
                .any(|l| l.contains("A sample") && l.contains('▶') || self.selected_is_sample())
            {
                break;
            }
            self.keys(&["Down"]);
        }
        self.keys(&["Enter"]);
    }

    /// Whether the home screen's details panel shows the sample (the selected scenario).
    fn selected_is_sample(&self) -> bool {
        self.screen().contains("Exercises every feature of the format")
    }

    /// The connection drops (the learner's laptop closes).
    fn close(&self) {
        self.t.stop();
    }
}

fn learner_file(home: &Path, name: &str) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(home.join("learners").join(format!("{name}.json"))).unwrap())
        .unwrap()
}

#[test]
#[ignore = "needs tmux and the OpenSSH client: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn a_learner_logs_in_with_the_class_code_and_plays_to_the_debrief() {
    let server = Server::start(&[]);
    let printed = server.wait_printed("Host key fingerprint");
    assert!(
        printed.contains(&format!("ssh -p {} NAME@localhost", server.port)) && printed.contains(CODE),
        "{printed}"
    );
    assert!(printed.contains("SHA256:"), "the fingerprint is printed: {printed}");
    let ana = Learner::connect(&server, "ana", (100, 30));
    ana.log_in(CODE);
    let home = ana.wait_for("Learner: ana");
    assert!(home.contains("Scenarios"), "{home}");
    // Ana is who logged in: `l` does not let her play as anyone else, nor list the others.
    assert!(!home.contains("l learner") && !home.contains("(l"), "{home}");
    ana.keys(&["l"]);
    let s = ana.wait_for("the name you logged in with");
    assert!(!s.contains("New learner"), "{s}");
    ana.open_sample();
    ana.wait_for("Read this, then go on.");
    ana.keys(&["Enter"]);
    ana.wait_for("1. Good");
    ana.keys(&["1"]);
    ana.wait_for("1. Fine");
    ana.keys(&["1", "Enter", "Enter"]);
    let debrief = ana.wait_for("PASSED");
    assert!(debrief.contains("100%"), "{debrief}");
    // The instructor sees who finished, with what result.
    server.wait_printed("A sample: finished, 100%, passed");
    // Saved in the server's folder exactly as locally.
    let file = learner_file(server.home.path(), "ana");
    assert_eq!(file["attempts"][0]["status"], "completed");
    // The instructor's machine keeps its own default learner.
    let state = std::fs::read_to_string(server.home.path().join("state.json")).unwrap_or_default();
    assert!(!state.contains("ana"), "{state}");
    assert_eq!(file["attempts"][0]["percent"], 100);
    // The class report, straight from the server's folder, no exports handed in.
    let out = crate::common::rehearse(server.home.path())
        .args(["--pack", PACK, "class", "report", "--learners", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["counted"], 1, "{report}");
    assert_eq!(report["flagged"], serde_json::json!([]), "{report}");
    ana.keys(&["q"]);
}

#[test]
#[ignore = "needs tmux and the OpenSSH client: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn a_dropped_connection_resumes_where_the_learner_was() {
    let server = Server::start(&[]);
    let bo = Learner::connect(&server, "bo", (100, 30));
    bo.log_in(CODE);
    bo.open_sample();
    bo.wait_for("Read this, then go on.");
    bo.keys(&["Enter"]);
    bo.wait_for("1. Good");
    bo.keys(&["2"]);
    bo.wait_for("Time is short");
    // The connection drops (the learner's laptop closes): nothing is lost.
    bo.close();
    let start = Instant::now();
    while !server.printed().contains("left") {
        assert!(start.elapsed() < Duration::from_secs(10));
        std::thread::sleep(Duration::from_millis(100));
    }
    let again = Learner::connect(&server, "bo", (100, 30));
    again.log_in(CODE);
    again.open_sample();
    again.wait_for("Resume");
    again.keys(&["y"]);
    let s = again.wait_for("Time is short");
    assert!(s.contains("Only when trust is low") || s.contains("Fine"), "{s}");
    let file = learner_file(server.home.path(), "bo");
    assert_eq!(file["attempts"].as_array().unwrap().len(), 1, "the same attempt, resumed");
}

#[test]
#[ignore = "needs tmux and the OpenSSH client: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn a_wrong_code_is_refused_and_a_command_is_not_run() {
    let server = Server::start(&[]);
    let cy = Learner::connect(&server, "cy", (100, 30));
    for (i, wrong) in ["not-the-code", "still-wrong", "nope"].into_iter().enumerate() {
        cy.wait_for_count("Class code:", i + 1);
        cy.keys(&[wrong, "Enter"]);
    }
    let s = cy.wait_for("EXITED:");
    assert!(s.contains("Permission denied") || s.contains("Too many authentication attempts"), "{s}");
    assert!(!s.contains("EXITED:0"), "{s}");
    assert!(!server.home.path().join("learners/cy.json").exists(), "no learner without the code");
    // A command instead of the interface: refused with a sentence, nothing run.
    let cmd = Learner::open(&server, "di", (100, 30), "cat /etc/passwd");
    cmd.log_in(CODE);
    let s = cmd.wait_for("EXITED:");
    assert!(s.contains("offers the rehearse interface only"), "{s}");
    assert!(!s.contains("root:"), "{s}");
    assert!(!s.contains("EXITED:0"), "{s}");
}

#[test]
#[ignore = "needs tmux and the OpenSSH client: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn two_learners_have_screens_of_their_own_and_the_class_ends_cleanly() {
    let mut server = Server::start(&[]);
    let ana = Learner::connect(&server, "ana", (100, 30));
    let bo = Learner::connect(&server, "bo", (80, 24));
    ana.log_in(CODE);
    bo.log_in(CODE);
    ana.wait_for("Learner: ana");
    bo.wait_for("Learner: bo");
    ana.open_sample();
    ana.wait_for("Read this, then go on.");
    // Bo's screen is still his home screen: Ana's keys never reach it.
    let b = bo.screen();
    assert!(b.contains("Learner: bo") && !b.contains("Read this, then go on."), "{b}");
    let live = server.wait_printed("A sample, decision");
    assert!(live.contains("ana") && live.contains("bo"), "{live}");
    // Ctrl-C on the server: everyone is told, terminals are given back, the server stops.
    server.interrupt();
    for l in [&ana, &bo] {
        let s = l.wait_for("EXITED:");
        assert!(s.contains("The class is over"), "{s}");
    }
    assert!(server.printed().contains("every result is saved"));
}
