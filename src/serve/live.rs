//! The instructor's view in the terminal running `serve`: how to connect, then who is connected,
//! which scenario and decision each is at, and who has finished with what result, redrawn every
//! second (or, when the output is not a terminal, a line for each change).

use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use super::seat::SeatState;
use super::Class;
use crate::t;
use crate::text::sanitize_line;

/// What the instructor needs to start the class.
pub fn started(class: &Class, addr: &SocketAddr, fingerprint: &str, code: &str) {
    let host = if addr.ip().is_loopback() { "localhost".to_string() } else { addr.ip().to_string() };
    let port = addr.port();
    println!("{}", t!("serve-started", address = &addr.to_string()));
    let name = t!("serve-name-placeholder");
    println!("{}", t!("serve-how", command = &format!("ssh -p {port} {name}@{host}"), name = &name));
    println!("{}", t!("serve-code", code = code));
    println!("{}", t!("serve-fingerprint", fingerprint = fingerprint));
    if addr.ip().is_loopback() {
        println!("{}", t!("serve-loopback-only"));
    }
    println!("{}", t!("serve-stop-how"));
    println!("{}", t!("serve-data", folder = &class.store.root().display().to_string()));
    let _ = std::io::stdout().flush();
}

/// The table of seats, one line each.
fn table(class: &Class) -> Vec<String> {
    let seats = class.seats.lock().unwrap_or_else(|e| e.into_inner());
    let mut lines = vec![t!("serve-table-head", connected = seats.iter().filter(|s| s.connected).count())];
    for s in seats.iter() {
        let state = match &s.state {
            SeatState::Home => t!("serve-state-home"),
            SeatState::Playing { scenario, decision } => {
                t!("serve-state-playing", scenario = &sanitize_line(scenario), decision = *decision)
            }
            SeatState::Finished { scenario, percent, passed } => t!(
                "serve-state-finished",
                scenario = &sanitize_line(scenario),
                percent = &crate::i18n::percent(*percent),
                passed = if *passed { "yes" } else { "no" }
            ),
        };
        let presence = if s.connected { t!("serve-connected") } else { t!("serve-left") };
        lines.push(format!("  {:20} {:21} {:12} {}", sanitize_line(&s.learner), s.addr, presence, state));
    }
    lines
}

/// Redraws the view every second.
pub async fn refresh(class: Arc<Class>) {
    let tty = std::io::stdout().is_terminal();
    let mut last: Vec<String> = Vec::new();
    loop {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let now = table(&class);
        if now == last {
            continue;
        }
        let mut out = std::io::stdout().lock();
        if tty {
            // Below the header: clear to the end of the screen and draw the table again.
            let _ = write!(out, "\x1b[s\x1b[J");
            for l in &now {
                let _ = writeln!(out, "{l}");
            }
            let _ = write!(out, "\x1b[u");
        } else {
            for l in now.iter().filter(|l| !last.contains(l)) {
                let _ = writeln!(out, "{l}");
            }
        }
        let _ = out.flush();
        last = now;
    }
}

/// The last word: who took part.
pub fn stopped(class: &Class) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "\x1b[J");
    for l in table(class) {
        let _ = writeln!(out, "{l}");
    }
    let _ = writeln!(out, "{}", t!("serve-stopped"));
}
