//! One learner's seat in the class: the interface of `rehearse`, on a thread of its own, fed
//! with the keys the learner types and drawing into the SSH channel.

use std::io::Write;
use std::net::SocketAddr;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::Instant;

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use russh::server::Handle;
use russh::ChannelId;

use super::keys::KeyReader;
use super::Class;
use crate::tui::{App, Model, Screen};

/// What reaches a seat.
pub enum Input {
    Bytes(Vec<u8>),
    Resize(u16, u16),
    /// The class is over (the message to show).
    Stop(String),
    /// The connection is gone.
    Gone,
}

/// Where a learner is, for the instructor's view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SeatState {
    Home,
    Playing { scenario: String, decision: usize },
    Finished { scenario: String, percent: u32, passed: bool },
}

/// A seat as the instructor's view shows it.
pub struct SeatInfo {
    pub id: u64,
    pub learner: String,
    pub addr: SocketAddr,
    pub state: SeatState,
    pub connected: bool,
    /// How to reach the seat's thread (None once it has ended).
    pub input: Option<Sender<Input>>,
}

const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[2J";
const LEAVE: &[u8] = b"\x1b[2J\x1b[H\x1b[?25h\x1b[?1049l";

/// Bytes drawn by the interface, sent over the channel when flushed.
struct Sink {
    buf: Vec<u8>,
    out: tokio::sync::mpsc::UnboundedSender<Vec<u8>>,
}

impl Write for Sink {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if !self.buf.is_empty() {
            let _ = self.out.send(std::mem::take(&mut self.buf));
        }
        Ok(())
    }
}

/// Starts the seat of `learner`; returns where to send its input.
#[allow(clippy::too_many_arguments)]
pub fn start(
    class: Arc<Class>,
    id: u64,
    learner: String,
    addr: SocketAddr,
    client_lang: Option<String>,
    size: (u16, u16),
    handle: Handle,
    channel: ChannelId,
) -> Sender<Input> {
    let (tx, rx) = mpsc::channel();
    class.seats.lock().unwrap_or_else(|e| e.into_inner()).push(SeatInfo {
        id,
        learner: learner.clone(),
        addr,
        state: SeatState::Home,
        connected: true,
        input: Some(tx.clone()),
    });
    // Bytes from the interface go out on the channel, in order; the channel closes at the end.
    let (out_tx, mut out_rx) = tokio::sync::mpsc::unbounded_channel::<Vec<u8>>();
    tokio::spawn(async move {
        while let Some(bytes) = out_rx.recv().await {
            if handle.data(channel, bytes).await.is_err() {
                break;
            }
        }
        let _ = handle.exit_status_request(channel, 0).await;
        let _ = handle.eof(channel).await;
        let _ = handle.close(channel).await;
    });
    std::thread::Builder::new()
        .name(format!("seat-{id}"))
        .spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                run(&class, id, &learner, client_lang, size, rx, &out_tx)
            }));
            if result.is_err() {
                // Whatever happened, the learner's terminal is given back.
                let _ = out_tx.send(LEAVE.to_vec());
            }
            let mut seats = class.seats.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(s) = seats.iter_mut().find(|s| s.id == id) {
                s.connected = false;
                s.input = None;
            }
        })
        .expect("a thread for a learner");
    tx
}

/// The learner's interface until they quit, the connection goes or the class is over.
fn run(
    class: &Class,
    id: u64,
    learner: &str,
    client_lang: Option<String>,
    size: (u16, u16),
    input: Receiver<Input>,
    out: &tokio::sync::mpsc::UnboundedSender<Vec<u8>>,
) {
    // The learner's own choice first, then their client's language, then the pack's.
    let saved = class.store.saved_language(learner);
    let wanted = saved.or(client_lang);
    crate::i18n::set_language(wanted.as_deref());
    let lib = class.library(wanted.as_deref());
    let mut app = App::new(&lib, &class.store, learner.to_string(), class.opts.play);
    // Each learner is the name they logged in with: nobody plays as someone else.
    app.learner_fixed = true;
    let sink = Sink { buf: ENTER.to_vec(), out: out.clone() };
    let area = Rect::new(0, 0, size.0, size.1);
    let Ok(mut terminal) = Terminal::with_options(
        CrosstermBackend::new(sink),
        TerminalOptions { viewport: Viewport::Fixed(area) },
    ) else {
        return;
    };
    let mut keys = KeyReader::default();
    let mut dirty = true;
    let mut farewell = None;
    while !app.done() {
        let now = Instant::now();
        dirty |= Model::tick(&mut app, now);
        if dirty {
            if terminal.draw(|f| Model::draw(&app, f)).is_err() {
                break;
            }
            dirty = false;
            report(class, id, &app);
        }
        match input.recv_timeout(Model::wait(&app, now)) {
            Ok(Input::Bytes(bytes)) => {
                for key in keys.feed(&bytes) {
                    dirty |= Model::key(&mut app, key, Instant::now());
                }
            }
            Ok(Input::Resize(w, h)) => {
                let _ = terminal.resize(Rect::new(0, 0, w, h));
                let _ = terminal.clear();
                dirty = true;
            }
            Ok(Input::Stop(message)) => {
                farewell = Some(message);
                Model::stop(&mut app);
            }
            Ok(Input::Gone) | Err(RecvTimeoutError::Disconnected) => {
                Model::stop(&mut app);
                return;
            }
            Err(RecvTimeoutError::Timeout) => {}
        }
    }
    let mut end = LEAVE.to_vec();
    for line in farewell.iter().chain(app.farewell.iter()) {
        end.extend_from_slice(crate::text::sanitize(line).replace('\n', "\r\n").as_bytes());
        end.extend_from_slice(b"\r\n");
    }
    let _ = out.send(end);
}

/// Tells the instructor's view where this learner is.
fn report(class: &Class, id: u64, app: &App<'_>) {
    let state = match &app.screen {
        Screen::Play(p) => SeatState::Playing {
            scenario: p.run.scenario().title.clone(),
            decision: p.run.decisions().len() + 1,
        },
        Screen::Debrief(d) => {
            let debrief = crate::engine::Debrief::of(&d.run);
            SeatState::Finished {
                scenario: d.run.scenario().title.clone(),
                percent: debrief.percent.rounded(),
                passed: debrief.passed,
            }
        }
        _ => SeatState::Home,
    };
    let mut seats = class.seats.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(s) = seats.iter_mut().find(|s| s.id == id) {
        s.state = state;
    }
}
