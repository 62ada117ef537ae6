//! What the integration tests share: the real binary in a data folder of its own, plain-mode runs,
//! packs built in a temporary folder, a terminal under tmux, and a Learning Record Store stand-in.

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_rehearse");
/// The fixture pack: a course and one scenario that uses every feature of the format.
pub const PACK: &str = "tests/fixtures/pack";
pub const SAMPLE: &str = "tests/fixtures/pack/sample.toml";
/// The fixture pack with a French translation of its course and scenario.
pub const BILINGUAL: &str = "tests/fixtures/bilingual";
/// Keys for the sample: Good then Fine, 100%, passed.
pub const BEST: &str = "\n1\n1\n\n\n";
/// Keys for the sample: Bad then the low-trust choice, a failure.
pub const WORST: &str = "\n2\n1\n\n";

/// The environment variables that would change what the binary does: cleared for every test.
const OUTSIDE: [&str; 8] = [
    "REHEARSE_LEARNER",
    "REHEARSE_LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "REHEARSE_LRS_URL",
    "REHEARSE_LRS_USER",
    "REHEARSE_LRS_PASSWORD",
    "REHEARSE_LRS_HOME_PAGE",
];

/// The binary with `home` as its data folder, in English, without colours, and with no learner,
/// language or LRS taken from the environment of whoever runs the tests.
pub fn rehearse(home: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("REHEARSE_HOME", home).env("LANG", "C").env("NO_COLOR", "1");
    for var in OUTSIDE {
        cmd.env_remove(var);
    }
    cmd
}

/// A data folder for commands that save nothing (validate, walk, analyze, graph, schema...).
pub fn scratch() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("scratch-home")
}

/// Runs `rehearse ARGS` in `home`: its exit code, standard output and standard error.
pub fn run(home: &Path, args: &[&str]) -> (i32, String, String) {
    let out = rehearse(home).args(args).output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (out.status.code().unwrap_or(-1), text(out.stdout), text(out.stderr))
}

/// Plays `scenario` in plain mode with seed 1 as `learner`, typing `input`; `args` come before
/// `play` (`--pack`, `--lang`). Its exit code and standard output.
pub fn play_plain(home: &Path, args: &[&str], learner: &str, scenario: &str, input: &str) -> (i32, String) {
    let out = rehearse(home)
        .args(args)
        .args(["play", scenario, "--plain", &format!("--learner={learner}"), "--seed", "1"])
        .write_stdin(input)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"), "{stdout}");
    (out.status.code().unwrap_or(-1), stdout)
}

/// [`play_plain`] for a run that must go well: its standard output.
pub fn play(home: &Path, args: &[&str], learner: &str, scenario: &str, input: &str) -> String {
    let (code, out) = play_plain(home, args, learner, scenario, input);
    assert_eq!(code, 0, "{out}");
    out
}

/// Exports `learner`'s results as `format` into the file `to`.
pub fn export(home: &Path, args: &[&str], learner: &str, format: &str, to: &Path) {
    let out = rehearse(home)
        .args(args)
        .args(["export", &format!("--learner={learner}"), "--format", format, "-o"])
        .arg(to)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

/// `rehearse [ARGS] class report INPUTS --format FORMAT`: standard output, which must succeed.
pub fn class_report(home: &Path, args: &[&str], inputs: &[&Path], format: &str) -> String {
    let out = rehearse(home)
        .args(args)
        .args(["class", "report", "--format", format])
        .args(inputs)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The JSON class report of `inputs`.
pub fn class_json(home: &Path, args: &[&str], inputs: &[&Path]) -> Value {
    serde_json::from_str(&class_report(home, args, inputs, "json")).unwrap()
}

/// Every statement waiting in the outbox: one file per attempt in `outbox/`, and the single file
/// of earlier versions; sorted by id.
pub fn queued(home: &Path) -> Vec<Value> {
    let legacy = std::iter::once(home.join("outbox.json"));
    let files =
        std::fs::read_dir(home.join("outbox")).into_iter().flatten().filter_map(|e| e.ok().map(|e| e.path()));
    let mut all: Vec<Value> = legacy
        .chain(files)
        .filter_map(|p| std::fs::read(p).ok())
        .flat_map(|b| serde_json::from_slice::<Vec<Value>>(&b).unwrap_or_default())
        .collect();
    all.sort_by_key(|s| s["id"].as_str().unwrap_or_default().to_string());
    all
}

/// The text of a file of the fixture pack.
pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new(PACK).join(name)).unwrap()
}

/// A pack being built in a folder: a temporary one of its own, or one inside a test's folder.
pub struct Pack {
    _temp: Option<tempfile::TempDir>,
    path: PathBuf,
}

impl Pack {
    /// An empty pack in a new temporary folder.
    pub fn new() -> Pack {
        let temp = tempfile::tempdir().unwrap();
        Pack { path: temp.path().to_path_buf(), _temp: Some(temp) }
    }

    /// An empty pack in the folder `path` (created).
    pub fn at(path: &Path) -> Pack {
        std::fs::create_dir_all(path).unwrap();
        Pack { _temp: None, path: path.to_path_buf() }
    }

    /// The fixture pack's course, with `extra` (`[[scenarios]]` tables, say) after it.
    pub fn course(self, extra: &str) -> Pack {
        self.write("course.toml", format!("{}{extra}", fixture("course.toml")));
        self
    }

    /// Writes `text` as the file `name` of the pack; its path.
    pub fn write(&self, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
        let file = self.path.join(name);
        std::fs::write(&file, text).unwrap();
        file
    }

    /// The fixture sample, changed by `edit`, as the file `name`; its path.
    pub fn sample(&self, name: &str, edit: impl FnOnce(&str) -> String) -> PathBuf {
        self.write(name, edit(&fixture("sample.toml")))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The folder as a command-line argument.
    pub fn arg(&self) -> &str {
        self.path.to_str().unwrap()
    }
}

/// A free port on loopback.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Waits until something listens on `port` (or fails after `secs` seconds, naming `what`).
pub fn wait_for_port(port: u16, secs: u64, what: &str) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(secs), "{what} did not start");
        sleep(Duration::from_millis(100));
    }
}

/// A stand-in for a Learning Record Store (or for whatever answers at its address), on loopback:
/// each request is answered by `answer(method, path, body)` as (status, extra headers, body),
/// and recorded as (method, path, authorization header).
pub struct FakeLrs {
    pub port: u16,
    pub seen: std::sync::Arc<std::sync::Mutex<Vec<(String, String, String)>>>,
}

pub type Answer = fn(&str, &str, &str) -> (u16, Vec<(&'static str, String)>, String);

impl FakeLrs {
    pub fn start(answer: Answer) -> FakeLrs {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                serve_one(stream, answer, &log);
            }
        });
        FakeLrs { port, seen }
    }

    /// An LRS that stores whatever it is sent: it answers each POST with the ids of the
    /// statements in it, as an LRS does.
    pub fn accepting() -> FakeLrs {
        FakeLrs::start(|_, _, body| {
            let ids: Vec<Value> = serde_json::from_str::<Vec<Value>>(body)
                .unwrap_or_default()
                .iter()
                .map(|s| s["id"].clone())
                .collect();
            (200, vec![("Content-Type", "application/json".into())], serde_json::to_string(&ids).unwrap())
        })
    }

    /// Its xAPI address, with `credentials` (`user:password@`) written into it, or none.
    pub fn url(&self, credentials: &str) -> String {
        format!("http://{credentials}127.0.0.1:{}/xAPI/", self.port)
    }
}

type Log = std::sync::Mutex<Vec<(String, String, String)>>;

/// Reads one HTTP request from `stream`, answers it and records it.
fn serve_one(mut stream: std::net::TcpStream, answer: Answer, log: &Log) {
    use std::io::{BufRead, BufReader, Read, Write};
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() || line.is_empty() {
        return;
    }
    let mut parts = line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or("").to_string(), parts.next().unwrap_or("").to_string());
    let (mut length, mut auth) = (0, String::new());
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).is_err() || h == "\r\n" || h.is_empty() {
            break;
        }
        let lower = h.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
        if lower.starts_with("authorization:") {
            auth = h.trim().to_string();
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let (status, headers, reply) = answer(&method, &path, &String::from_utf8_lossy(&body));
    log.lock().unwrap().push((method, path, auth));
    let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n", reply.len());
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    let _ = stream.write_all(format!("{head}\r\n{reply}").as_bytes());
}

/// Checks the xAPI statements in `file` with the independent `xapi-validation` npm package (set up
/// by `.ci/lrs-setup`): its last line, `statements:N invalid:M`, after what each invalid one lacks.
pub fn xapi_validation(file: &Path) -> String {
    let dir = std::env::var_os("XAPI_VALIDATION_DIR")
        .map(PathBuf::from)
        .expect("XAPI_VALIDATION_DIR: run `eval \"$(.ci/lrs-setup)\"` first");
    let script = format!(
        "const v = require('{}/node_modules/xapi-validation').default; \
         const s = require('{}'); let bad = 0; \
         for (const st of s) {{ const w = v(st); if (w.length) {{ bad++; console.log(JSON.stringify(w)); }} }} \
         console.log('statements:' + s.length + ' invalid:' + bad);",
        dir.display(),
        file.display()
    );
    let out = Process::new("node").args(["-e", &script]).output().expect("node runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim_end().to_string()
}

/// A terminal of its own: a tmux server with one window, and a data folder for `rehearse`.
pub struct Tmux {
    socket: String,
    _home: tempfile::TempDir,
    pub home: PathBuf,
}

/// How long a wait for the screen lasts before it fails (a bound on waiting, never a measure).
const SCREEN_WAIT: Duration = Duration::from_secs(20);

impl Tmux {
    pub fn new(name: &str) -> Tmux {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let have = Process::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success());
        assert!(have, "these tests drive a terminal under tmux: install tmux");
        let home = tempfile::tempdir().unwrap();
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        Tmux {
            // One process runs every test: the count keeps two tests' servers apart.
            socket: format!("rehearse-test-{name}-{}-{n}", std::process::id()),
            home: home.path().to_path_buf(),
            _home: home,
        }
    }

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Process::new("tmux").arg("-L").arg(&self.socket).args(args).output().expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs the shell command `cmd` in a new window of `w`×`h`.
    pub fn open(&self, cmd: &str, (w, h): (u16, u16)) {
        self.tmux(&["new-session", "-d", "-s", "main", "-x", &w.to_string(), "-y", &h.to_string(), cmd]);
    }

    /// Starts `rehearse ARGS` in a window of 100×30, in a shell that stays after it.
    pub fn start(&self, args: &str) {
        self.start_at(args, (100, 30), "");
    }

    /// Starts `rehearse ARGS` in a window of `size` columns × rows, with `env` (`NAME=value ...`)
    /// added to a known environment: in the data folder, no learner or language given, colours
    /// on; in a shell that stays after it and says how it ended.
    pub fn start_at(&self, args: &str, size: (u16, u16), env: &str) {
        let cmd = format!(
            "cd {} && REHEARSE_HOME={} REHEARSE_LEARNER= REHEARSE_LANG= LANG=C.UTF-8 LC_ALL= NO_COLOR= \
             TERM=xterm-256color {env} {BIN} {args}; echo EXITED:$?; exec sh",
            env!("CARGO_MANIFEST_DIR"),
            self.home.display()
        );
        self.open(&cmd, size);
    }

    /// Ends the session (to start another in the same data folder).
    pub fn stop(&self) {
        self.tmux(&["kill-server"]);
        sleep(Duration::from_millis(300));
    }

    /// The screen as text, lines that wrapped joined.
    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-J", "-t", "main"])
    }

    /// The screen with its colours and attributes, as escape sequences.
    pub fn styled_screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-e", "-t", "main"])
    }

    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", "main", k]);
            sleep(Duration::from_millis(120));
        }
    }

    /// Waits until the screen shows `text` `times` times (a prompt asked again, say).
    pub fn wait_for_count(&self, text: &str, times: usize) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if std::env::var_os("TMUX_DEBUG").is_some() {
                eprintln!("{s}");
            }
            if s.matches(text).count() >= times {
                return s;
            }
            assert!(start.elapsed() < SCREEN_WAIT, "the screen never showed {text:?} {times} time(s):\n{s}");
            sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_for_count(text, 1)
    }

    /// Waits until the screen no longer shows `text`.
    pub fn wait_gone(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if !s.contains(text) {
                return s;
            }
            assert!(start.elapsed() < SCREEN_WAIT, "the screen still shows {text:?}:\n{s}");
            sleep(Duration::from_millis(100));
        }
    }

    pub fn display(&self, format: &str) -> String {
        self.tmux(&["display-message", "-p", "-t", "main", format]).trim().to_string()
    }

    /// The id of the rehearse process: the child of the pane's shell.
    pub fn pid(&self) -> String {
        let shell = self.display("#{pane_pid}");
        let out = Process::new("pgrep").args(["-P", &shell, "-f", "rehearse"]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).lines().next().unwrap_or("").to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}
