//! A class of thirty: thirty SSH clients (russh's, in this process) log in to one `rehearse
//! serve` at once, each plays the fixture sample to its debrief while the others play, and each
//! attempt is saved. The server's memory and processor time are measured and printed (run with
//! `--nocapture` to see them); the test fails only if a learner's run is lost or a seat costs
//! far more memory than it should, never on how long anything took.

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use russh::client;
use russh::ChannelMsg;

use crate::common::{free_port, wait_for_port, BIN, PACK};

const CODE: &str = "load-test-code";
const LEARNERS: usize = 30;
/// A generous bound: a seat is a thread, a terminal buffer and a loaded library (well under).
const MAX_MB_PER_SEAT: f64 = 24.0;

struct Client;

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// One learner: logs in, plays the sample to its debrief, leaves.
async fn learner(port: u16, name: String) -> Result<(), String> {
    let config = Arc::new(client::Config::default());
    let mut ssh =
        client::connect(config, ("127.0.0.1", port), Client).await.map_err(|e| format!("{name}: {e}"))?;
    let auth = ssh.authenticate_password(name.clone(), CODE).await.map_err(|e| format!("{name}: {e}"))?;
    if !auth.success() {
        return Err(format!("{name}: the code was refused"));
    }
    let mut channel = ssh.channel_open_session().await.map_err(|e| format!("{name}: {e}"))?;
    channel
        .request_pty(false, "xterm-256color", 100, 30, 0, 0, &[])
        .await
        .map_err(|e| format!("{name}: {e}"))?;
    channel.request_shell(false).await.map_err(|e| format!("{name}: {e}"))?;
    let mut screen = vt100::Parser::new(30, 100, 0);
    // What to wait for on the screen, then the keys to press.
    let script: [(&str, &[u8]); 4] = [
        ("Exercises every feature", b"\r"), // the fixture pack's sample, selected below
        ("Read this, then go on.", b"\r"),
        ("1. Good", b"1"),
        ("1. Fine", b"1"),
    ];
    let mut step = 0;
    let deadline = Instant::now() + Duration::from_secs(240);
    let mut pending: Vec<&[u8]> = Vec::new();
    loop {
        if let Some(keys) = pending.pop() {
            channel.data(keys).await.map_err(|e| format!("{name}: {e}"))?;
            continue;
        }
        let msg = tokio::time::timeout_at(deadline.into(), channel.wait())
            .await
            .map_err(|_| format!("{name}: stuck at step {step}:\n{}", screen.screen().contents()))?;
        match msg {
            Some(ChannelMsg::Data { data }) => screen.process(&data),
            Some(ChannelMsg::ExitStatus { .. }) | Some(ChannelMsg::Close) | None => break,
            _ => continue,
        }
        let text = screen.screen().contents();
        if step == 0 && text.contains("Learner:") && !text.contains(script[0].0) {
            // Down the list to the sample (the last scenario); every step redraws the details.
            pending.push(b"\x1b[B");
        } else if step < script.len() && text.contains(script[step].0) {
            pending.push(script[step].1);
            step += 1;
        } else if step == script.len() && text.contains("What happens next is uncertain.") {
            // The last outcome, then the ending: a key each, then the debrief.
            pending.extend([b"\r".as_slice(), b"\r".as_slice()]);
            step += 1;
        } else if (step == script.len() + 1 && text.contains("PASSED"))
            || (step == script.len() + 2 && text.contains("Learner:"))
        {
            // q leaves the debrief for home, then home for good.
            pending.push(b"q");
            step += 1;
        }
    }
    if step < script.len() + 2 {
        return Err(format!("{name}: the session ended at step {step}:\n{}", screen.screen().contents()));
    }
    Ok(())
}

/// Resident memory and processor time (user + system) of a process, from /proc.
fn usage(pid: u32) -> Option<(u64, f64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: u64 =
        status.lines().find(|l| l.starts_with("VmRSS:"))?.split_whitespace().nth(1)?.parse().ok()?;
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some((kb, ticks / 100.0))
}

fn completed(home: &Path, name: &str) -> bool {
    let Ok(text) = std::fs::read_to_string(home.join("learners").join(format!("{name}.json"))) else {
        return false;
    };
    let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    v["attempts"].as_array().is_some_and(|a| a.iter().any(|t| t["status"] == "completed"))
}

#[test]
fn thirty_learners_at_once_each_finish_and_are_saved() {
    let home = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = Command::new(BIN)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--class-code", CODE])
        .args(["--pack", PACK, "--max-sessions", "40"])
        .env("REHEARSE_HOME", home.path())
        .env("LANG", "C")
        .env_remove("REHEARSE_LANG")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_port(port, 30, "the server");
    let pid = server.id();
    let idle = usage(pid);
    // Sample the server's memory while the class plays.
    let sampling = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let sampler = {
        let sampling = sampling.clone();
        std::thread::spawn(move || {
            let mut peak = 0;
            while sampling.load(std::sync::atomic::Ordering::Relaxed) {
                if let Some((kb, _)) = usage(pid) {
                    peak = peak.max(kb);
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            peak
        })
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let results = runtime.block_on(async {
        let all: Vec<_> =
            (0..LEARNERS).map(|i| tokio::spawn(learner(port, format!("learner{i:02}")))).collect();
        let mut results = Vec::new();
        for task in all {
            results.push(task.await.unwrap_or_else(|e| Err(e.to_string())));
        }
        results
    });
    sampling.store(false, std::sync::atomic::Ordering::Relaxed);
    let peak_kb = sampler.join().unwrap();
    let after = usage(pid);
    let _ = server.kill();
    let _ = server.wait();

    let failures: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {LEARNERS} learners did not finish:\n{}",
        failures.len(),
        failures.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n\n")
    );
    for i in 0..LEARNERS {
        assert!(completed(home.path(), &format!("learner{i:02}")), "learner{i:02}'s attempt was not saved");
    }
    if let (Some((idle_kb, idle_cpu)), Some((_, cpu))) = (idle, after) {
        let per_seat_mb = peak_kb.saturating_sub(idle_kb) as f64 / 1024.0 / LEARNERS as f64;
        let per_seat_cpu_ms = (cpu - idle_cpu) * 1000.0 / LEARNERS as f64;
        println!(
            "serve, {LEARNERS} learners at once: idle {:.1} MB, peak {:.1} MB, {per_seat_mb:.2} MB and {per_seat_cpu_ms:.0} ms of processor time per learner (log-in to debrief)",
            idle_kb as f64 / 1024.0,
            peak_kb as f64 / 1024.0
        );
        assert!(per_seat_mb < MAX_MB_PER_SEAT, "a seat costs {per_seat_mb:.1} MB");
    }
}
