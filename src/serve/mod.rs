//! `rehearse serve`: a classroom over SSH. Each learner connects with any SSH client as
//! `ssh -p PORT NAME@HOST`, types the class code, and gets the same interface as `rehearse`,
//! as learner NAME, saved in the server's data folder exactly as on their own machine. Nothing
//! else is offered: no shell, no command, no forwarding, no file transfer, no agent.
//!
//! The SSH side runs on tokio (russh, with the `ring` crypto the LRS client already uses); each
//! learner's interface runs on a thread of its own, fed with the bytes the learner types and
//! drawing into a buffer that is sent back over the channel. The terminal running `serve` shows
//! who is connected and where they are.

mod keys;
mod live;
mod seat;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use russh::keys::{Algorithm, HashAlg, PrivateKey};
use russh::server::{Auth, Config, Handler, Msg, Session};
use russh::{Channel, ChannelId, MethodKind, MethodSet};

use crate::pack::{Library, LoadOptions};
use crate::progress::Store;
use crate::t;

/// How the class is run.
#[derive(Clone, Debug)]
pub struct Options {
    pub listen: SocketAddr,
    /// The code learners type; drawn at random when not given.
    pub code: Option<String>,
    /// Sessions at once.
    pub max_sessions: usize,
    /// A session with no key pressed for this long is closed (its progress is saved).
    pub idle: Duration,
    /// Packs added to the bundled one.
    pub packs: Vec<PathBuf>,
    /// Timers as in `play` (scale, or off).
    pub play: crate::tui::PlayOptions,
}

/// Failed attempts from one address: after a few, each wait doubles.
#[derive(Clone, Copy, Debug, Default)]
struct Failures {
    count: u32,
    until: Option<Instant>,
}

/// Failed attempts allowed before an address must wait, and the longest waits: for one name from
/// one address (someone guessing), and for the whole address (a classroom behind one address
/// must not wait minutes because one learner mistyped).
const FREE_FAILURES: u32 = 3;
const MAX_BACKOFF: Duration = Duration::from_secs(300);
const MAX_ADDRESS_BACKOFF: Duration = Duration::from_secs(8);

/// What all connections share.
pub(crate) struct Class {
    code: String,
    store: Store,
    opts: Options,
    /// The library in each language asked for so far.
    libraries: Mutex<HashMap<String, Arc<Library>>>,
    pub(crate) seats: Mutex<Vec<seat::SeatInfo>>,
    /// Wrong codes by address and name (the address alone under the empty name).
    failures: Mutex<HashMap<(IpAddr, String), Failures>>,
    next_id: AtomicU64,
    pub(crate) stopping: AtomicBool,
}

impl Class {
    /// The library with its scenarios in `tag` (loaded once per language).
    fn library(&self, tag: Option<&str>) -> Arc<Library> {
        let key = tag.unwrap_or("").to_string();
        let mut libs = self.libraries.lock().unwrap_or_else(|e| e.into_inner());
        libs.entry(key)
            .or_insert_with(|| {
                let mut lib = Library::load(&self.opts.packs, LoadOptions::default());
                if let Some(tag) = tag.and_then(|t| lib.language_for(t)) {
                    lib.speak(&tag);
                }
                Arc::new(lib)
            })
            .clone()
    }

    /// How long `name` at `addr` must wait before its next code is checked (zero when it may try
    /// now): the longer of the address's wait and the name's.
    fn wait_before_try(&self, addr: IpAddr, name: &str) -> Duration {
        let all = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let left = |key: &(IpAddr, String)| {
            all.get(key)
                .and_then(|f| f.until)
                .map_or(Duration::ZERO, |until| until.saturating_duration_since(Instant::now()))
        };
        left(&(addr, String::new())).max(left(&(addr, name.to_string())))
    }

    fn failed(&self, addr: IpAddr, name: &str) {
        let mut all = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        for (key, max) in
            [((addr, String::new()), MAX_ADDRESS_BACKOFF), ((addr, name.to_string()), MAX_BACKOFF)]
        {
            let f = all.entry(key).or_default();
            f.count += 1;
            if f.count >= FREE_FAILURES {
                let wait = Duration::from_secs(1 << (f.count - FREE_FAILURES).min(9)).min(max);
                f.until = Some(Instant::now() + wait);
            }
        }
    }

    fn succeeded(&self, addr: IpAddr, name: &str) {
        let mut all = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        all.remove(&(addr, String::new()));
        all.remove(&(addr, name.to_string()));
    }

    fn live_seats(&self) -> usize {
        self.seats.lock().unwrap_or_else(|e| e.into_inner()).iter().filter(|s| s.connected).count()
    }
}

/// A learner name as given by the SSH client, made safe; None when it cannot name a learner.
fn learner_name(user: &str) -> Option<String> {
    let name = crate::text::sanitize_line(user).trim().to_string();
    (!name.is_empty() && name.chars().count() <= 64).then_some(name)
}

/// Compares two codes in time that does not depend on where they differ.
fn same_code(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim().as_bytes(), b.trim().as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A class code easy to read out and type: three groups of letters and digits without 0/O, 1/l.
fn new_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let pick = || ALPHABET[rand::random_range(0..ALPHABET.len())] as char;
    (0..3).map(|_| (0..4).map(|_| pick()).collect::<String>()).collect::<Vec<_>>().join("-")
}

/// The server's host key: made once, kept private in the data folder.
fn host_key(store: &Store) -> anyhow::Result<PrivateKey> {
    let dir = store.root().join("serve");
    let path = dir.join("host_ed25519_key");
    if let Ok(text) = std::fs::read_to_string(&path) {
        return PrivateKey::from_openssh(&text)
            .with_context(|| t!("serve-bad-host-key", path = &path.display().to_string()));
    }
    crate::progress::private_dir(&dir)?;
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519)
        .with_context(|| t!("serve-cannot-make-key"))?;
    let text =
        key.to_openssh(russh::keys::ssh_key::LineEnding::LF).with_context(|| t!("serve-cannot-make-key"))?;
    crate::progress::write_file(&path, text.as_bytes())?;
    Ok(key)
}

/// Runs the class until Ctrl-C (or SIGTERM); returns the exit code.
pub fn serve(store: Store, opts: Options) -> anyhow::Result<u8> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .with_context(|| t!("serve-cannot-start"))?;
    runtime.block_on(run(store, opts))
}

async fn run(store: Store, opts: Options) -> anyhow::Result<u8> {
    let key = host_key(&store)?;
    let fingerprint = key.public_key().fingerprint(HashAlg::Sha256).to_string();
    let mut methods = MethodSet::empty();
    methods.push(MethodKind::Password);
    methods.push(MethodKind::KeyboardInteractive);
    let config = Arc::new(Config {
        methods,
        keys: vec![key],
        auth_rejection_time: Duration::from_millis(700),
        auth_rejection_time_initial: Some(Duration::ZERO),
        // Three tries at the code (a client spends one more asking which methods there are).
        max_auth_attempts: 4,
        inactivity_timeout: Some(opts.idle),
        keepalive_interval: Some(Duration::from_secs(30)),
        nodelay: true,
        ..Config::default()
    });
    let listener = tokio::net::TcpListener::bind(opts.listen)
        .await
        .with_context(|| t!("serve-cannot-listen", address = &opts.listen.to_string()))?;
    let code = opts.code.clone().unwrap_or_else(new_code);
    let class = Arc::new(Class {
        code,
        store: store.without_default_learner(),
        opts: opts.clone(),
        libraries: Mutex::new(HashMap::new()),
        seats: Mutex::new(Vec::new()),
        failures: Mutex::new(HashMap::new()),
        next_id: AtomicU64::new(1),
        stopping: AtomicBool::new(false),
    });
    // Load the bundled library before the first learner arrives.
    class.library(None);
    live::started(&class, &listener.local_addr()?, &fingerprint, &class.code);
    let view = tokio::spawn(live::refresh(class.clone()));
    let stop = stop_signal();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                let handler = Conn::new(class.clone(), peer);
                let config = config.clone();
                tokio::spawn(async move {
                    if let Ok(session) = russh::server::run_stream(config, stream, handler).await {
                        let _ = session.await;
                    }
                });
            }
            _ = &mut stop => break,
        }
    }
    // Tell every learner, let every interface save and restore its terminal, then stop.
    class.stopping.store(true, Ordering::SeqCst);
    let senders: Vec<_> = class
        .seats
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .filter_map(|s| s.input.clone())
        .collect();
    for s in senders {
        let _ = s.send(seat::Input::Stop(t!("serve-class-over")));
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while class.live_seats() > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    view.abort();
    live::stopped(&class);
    Ok(0)
}

/// Ctrl-C, or SIGTERM.
async fn stop_signal() {
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = async { match term.as_mut() { Some(t) => { t.recv().await; } None => std::future::pending().await } } => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}

/// One SSH connection.
struct Conn {
    class: Arc<Class>,
    peer: SocketAddr,
    learner: Option<String>,
    channel: Option<ChannelId>,
    size: (u16, u16),
    /// The language the client's LANG asked for, when it sent one.
    lang: Option<String>,
    input: Option<std::sync::mpsc::Sender<seat::Input>>,
}

impl Conn {
    fn new(class: Arc<Class>, peer: SocketAddr) -> Self {
        Conn { class, peer, learner: None, channel: None, size: (80, 24), lang: None, input: None }
    }

    /// Checks a code; a wrong one leaves only `then` to try (the code prompt, so that a client
    /// does not fall back from it to a password prompt; it asks three times, then stops).
    /// After wrong codes from the same address, the answer waits out its back-off first: a
    /// learner behind the same address as a mistyping classmate gets in a little later, never
    /// refused with the right code; someone guessing gets one answer per back-off.
    async fn check(&mut self, user: &str, code: &str, then: Option<MethodKind>) -> Auth {
        let ip = self.peer.ip();
        let wrong = Auth::Reject {
            proceed_with_methods: then.map(|m| {
                let mut set = MethodSet::empty();
                set.push(m);
                set
            }),
            partial_success: false,
        };
        let wait = self.class.wait_before_try(ip, user);
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
        match learner_name(user) {
            Some(name) if same_code(code, &self.class.code) => {
                self.class.succeeded(ip, user);
                self.learner = Some(name);
                Auth::Accept
            }
            _ => {
                self.class.failed(ip, user);
                wrong
            }
        }
    }

    /// The connection or its channel is gone (closed, dropped, idle): the learner's interface
    /// stops; everything is already saved.
    fn gone(&mut self) {
        if let Some(input) = self.input.take() {
            let _ = input.send(seat::Input::Gone);
        }
    }

    /// Says `text` on the channel and closes it (for what this server does not offer).
    fn refuse(&self, channel: ChannelId, text: &str, session: &mut Session) {
        let _ = session.data(channel, format!("{}\r\n", text.replace('\n', "\r\n")).into_bytes());
        let _ = session.exit_status_request(channel, 1);
        let _ = session.eof(channel);
        let _ = session.close(channel);
    }
}

impl Handler for Conn {
    type Error = russh::Error;

    async fn authentication_banner(&mut self) -> Result<Option<String>, Self::Error> {
        Ok(Some(format!("{}\r\n", t!("serve-banner"))))
    }

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        Ok(self.check(user, password, None).await)
    }

    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        user: &str,
        _submethods: &str,
        response: Option<russh::server::Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        match response.and_then(|mut r| r.next().map(|b| String::from_utf8_lossy(&b).to_string())) {
            Some(code) => Ok(self.check(user, &code, Some(MethodKind::KeyboardInteractive)).await),
            None => Ok(Auth::Partial {
                name: "rehearse".into(),
                instructions: t!("serve-code-instructions").into(),
                prompts: vec![(t!("serve-code-prompt").into(), false)].into(),
            }),
        }
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        // One interface per connection.
        if self.channel.is_some() {
            reply.reject(russh::ChannelOpenFailure::AdministrativelyProhibited).await;
        } else {
            self.channel = Some(channel.id());
            reply.accept().await;
        }
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        cols: u32,
        rows: u32,
        _pw: u32,
        _ph: u32,
        _modes: &[(russh::Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.size = (cols.clamp(1, 1000) as u16, rows.clamp(1, 1000) as u16);
        session.channel_success(channel)?;
        Ok(())
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // The client's language (most clients send LANG): used when the learner chose none.
        if matches!(name, "LANG" | "LC_ALL" | "LC_MESSAGES") && self.lang.is_none() {
            self.lang = crate::i18n::resolve(None, Some(value));
        }
        session.channel_success(channel)?;
        Ok(())
    }

    async fn shell_request(&mut self, channel: ChannelId, session: &mut Session) -> Result<(), Self::Error> {
        let Some(learner) = self.learner.clone() else { return Ok(()) };
        session.channel_success(channel)?;
        if self.class.stopping.load(Ordering::SeqCst) {
            self.refuse(channel, &t!("serve-class-over"), session);
            return Ok(());
        }
        if self.class.live_seats() >= self.class.opts.max_sessions {
            self.refuse(channel, &t!("serve-full", max = self.class.opts.max_sessions), session);
            return Ok(());
        }
        let id = self.class.next_id.fetch_add(1, Ordering::Relaxed);
        let input = seat::start(
            self.class.clone(),
            id,
            learner,
            self.peer,
            self.lang.clone(),
            self.size,
            session.handle(),
            channel,
        );
        self.input = Some(input);
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // Accepted only to say why nothing runs (a refused request shows the client's own
        // terse message instead), then closed with a failing exit status.
        session.channel_success(channel)?;
        self.refuse(channel, &t!("serve-interface-only"), session);
        Ok(())
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // Accepted only to say why nothing runs (a refused request shows the client's own
        // terse message instead), then closed with a failing exit status.
        session.channel_success(channel)?;
        self.refuse(channel, &t!("serve-interface-only"), session);
        Ok(())
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single: bool,
        _protocol: &str,
        _cookie: &str,
        _screen: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn data(
        &mut self,
        _channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let Some(input) = &self.input {
            let _ = input.send(seat::Input::Bytes(data.to_vec()));
        }
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        _channel: ChannelId,
        cols: u32,
        rows: u32,
        _pw: u32,
        _ph: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let Some(input) = &self.input {
            let _ = input.send(seat::Input::Resize(cols.clamp(1, 1000) as u16, rows.clamp(1, 1000) as u16));
        }
        Ok(())
    }

    async fn channel_eof(&mut self, _channel: ChannelId, _session: &mut Session) -> Result<(), Self::Error> {
        self.gone();
        Ok(())
    }

    async fn channel_close(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.gone();
        Ok(())
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        self.gone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names() {
        assert!(same_code("abcd-efgh", " abcd-efgh "));
        assert!(!same_code("abcd-efgh", "abcd-efgi"));
        assert!(!same_code("abcd", "abcd-efgh"));
        let code = new_code();
        assert_eq!(code.len(), 14);
        assert!(!code.contains(['0', 'o', '1', 'l']));
        assert_eq!(learner_name("ana"), Some("ana".into()));
        assert_eq!(learner_name("   "), None);
        assert_eq!(learner_name("a\x1b]0;pwned\x07b").map(|n| n.contains('\x1b')), Some(false));
        assert_eq!(learner_name(&"x".repeat(65)), None);
    }
}
