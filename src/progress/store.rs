//! The store: atomic, locked reads and writes of learner files.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::model::{Attempt, LearnerFile, Status, FORMAT_VERSION};

#[derive(Debug)]
pub enum StoreError {
    Io { path: PathBuf, reason: String },
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Io { path, reason } => {
                let path = crate::text::sanitize_line(&path.display().to_string());
                f.write_str(&crate::t!("store-io", path = &path, reason = reason.as_str()))
            }
        }
    }
}

impl std::error::Error for StoreError {}

fn io(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Io { path: path.to_path_buf(), reason: crate::fsio::io_reason(&e) }
}

/// A file that could not be read and was moved aside, never deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    pub from: PathBuf,
    pub to: PathBuf,
    pub reason: String,
}

impl std::fmt::Display for SetAside {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (from, to) = (self.from.display().to_string(), self.to.display().to_string());
        f.write_str(&crate::t!("store-set-aside", from = &from, reason = self.reason.as_str(), to = &to))
    }
}

/// The data folder: `REHEARSE_HOME`, else the platform's data folder for rehearse.
pub fn data_home() -> PathBuf {
    if let Some(home) = std::env::var_os("REHEARSE_HOME").filter(|h| !h.is_empty()) {
        return PathBuf::from(home);
    }
    directories::ProjectDirs::from("org", "rehearse", "rehearse")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".rehearse"))
}

/// The learner when none is named: `REHEARSE_LEARNER`, else the login name.
pub fn default_learner() -> String {
    for var in ["REHEARSE_LEARNER", "USER", "USERNAME", "LOGNAME"] {
        if let Ok(v) = std::env::var(var) {
            if !v.trim().is_empty() {
                return v.trim().to_string();
            }
        }
    }
    "learner".into()
}

/// What this machine remembers between runs (`state.json` in the data folder): the last learner.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct MachineState {
    #[serde(default)]
    last_learner: Option<String>,
}

impl Store {
    fn state_path(&self) -> PathBuf {
        self.root.join("state.json")
    }

    /// A warning when the data folder can be read by other users of this machine (a folder the
    /// user made or shares; rehearse never changes an existing folder's permissions).
    pub fn exposure(&self) -> Option<String> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&self.root).ok()?.permissions().mode();
            if mode & 0o077 != 0 {
                return Some(crate::t!(
                    "data-folder-exposed",
                    folder = &self.root.display().to_string(),
                    mode = &format!("{:o}", mode & 0o777)
                ));
            }
        }
        None
    }

    /// The learner who last practised on this machine.
    pub fn last_learner(&self) -> Option<String> {
        let bytes = fs::read(self.state_path()).ok()?;
        let state: MachineState = serde_json::from_slice(&bytes).ok()?;
        state.last_learner.filter(|l| !l.trim().is_empty())
    }

    /// Remembers `learner` as the last one who practised here (best effort: a failure to remember
    /// loses nothing of the learner's progress).
    pub fn remember_learner(&self, learner: &str) {
        if !self.remembers || self.last_learner().as_deref() == Some(learner) {
            return;
        }
        let state = MachineState { last_learner: Some(learner.to_string()) };
        if private_dir(&self.root).is_ok() {
            let _ = write_atomic(
                &self.state_path(),
                &serde_json::to_vec_pretty(&state).expect("state serialises"),
            );
        }
    }

    /// Who is practising: the name given (`--learner`), else `REHEARSE_LEARNER`, else the last
    /// learner on this machine, else the login name.
    pub fn learner(&self, given: Option<String>) -> String {
        let given = given.filter(|g| !g.trim().is_empty());
        let env = std::env::var("REHEARSE_LEARNER").ok().filter(|v| !v.trim().is_empty());
        let name = given
            .or(env)
            .map(|l| l.trim().to_string())
            .or_else(|| self.last_learner())
            .unwrap_or_else(default_learner);
        // A name is shown on screens and in messages: escape sequences and control characters
        // in it become visible symbols here, once, rather than reaching a terminal.
        crate::text::sanitize_line(&name)
    }

    /// The language a learner chose, read without side effects (a damaged file is left for
    /// [`Store::load`] to set aside and report).
    pub fn saved_language(&self, learner: &str) -> Option<String> {
        let bytes = fs::read(self.learner_path(learner)).ok()?;
        let v: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
        v.get("language")?.as_str().map(str::to_string)
    }

    /// Saves the language a learner chose.
    pub fn set_language(&self, learner: &str, tag: &str) -> Result<(), StoreError> {
        let tag = tag.to_string();
        self.update(learner, move |file| file.language = Some(tag)).map(|_| ())
    }
}

/// Now, as RFC 3339 (UTC, seconds).
pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}

/// A learner's name as a file name: letters, digits, `-` and `_` kept, every other byte
/// written `%XX`, so that no name can point outside the folder. A name whose spelling would not
/// fit a file name (255 bytes on most systems: 43 Cyrillic letters are 258 once encoded) keeps
/// its first part and adds a fingerprint of the whole name, so that every name a learner can
/// give is saved, each to a file of its own.
pub(crate) fn file_stem(name: &str) -> String {
    let mut out = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if out.len() > MAX_STEM_BYTES {
        use sha2::{Digest, Sha256};
        // Cut before a `%XX` rather than inside it.
        let mut cut = MAX_STEM_BYTES - 17;
        while out[..cut].ends_with('%') || out[..cut - 1].ends_with('%') {
            cut -= 1;
        }
        let digest = Sha256::digest(name.as_bytes());
        let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        out.truncate(cut);
        out.push('-');
        out.push_str(&hex);
    }
    out
}

/// The longest file stem: room is left for `.json`, `.lock` and the suffix of a file set aside.
const MAX_STEM_BYTES: usize = 150;

/// Creates `path` (and its parents) private to the user when it does not exist. An existing
/// folder is left as it is: it may be a folder the user shares on purpose (see
/// [`Store::exposure`]).
pub(crate) fn private_dir(path: &Path) -> Result<(), StoreError> {
    if path.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path).map_err(|e| io(path, e))
}
fn open_lock(path: &Path) -> Result<File, StoreError> {
    let mut opts = OpenOptions::new();
    opts.create(true).truncate(false).read(true).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map_err(|e| io(path, e))
}

/// Writes `bytes` to `path` atomically: a private temporary file in the same folder, flushed to
/// disk, renamed over `path`, and the folder flushed so the rename survives a power cut.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir).map_err(|e| io(dir, e))?;
    tmp.write_all(bytes).map_err(|e| io(tmp.path(), e))?;
    tmp.as_file().sync_all().map_err(|e| io(path, e))?;
    tmp.persist(path).map_err(|e| io(path, e.error))?;
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Writes a file the user asked for (an export, a report) atomically.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic(path, bytes)
}

/// The progress store under one data folder.
#[derive(Clone, Debug)]
pub struct Store {
    root: PathBuf,
    /// Whether starting a run makes its learner this machine's default (not for a classroom
    /// server, whose learners are not the person at the machine).
    remembers: bool,
}

/// Held by the process that is playing an attempt; released when dropped or when the process
/// dies, however it dies.
#[derive(Debug)]
pub struct RunLock {
    _file: File,
    path: PathBuf,
}

impl RunLock {
    /// The attempt is over (completed or abandoned): its lock file is no longer needed by anyone,
    /// so it goes (the lock is held until this is dropped).
    pub fn retire(&self) {
        let _ = fs::remove_file(&self.path);
    }
}

impl Store {
    pub fn new(root: PathBuf) -> Self {
        Store { root, remembers: true }
    }

    /// The same store, leaving this machine's default learner alone.
    pub fn without_default_learner(self) -> Self {
        Store { remembers: false, ..self }
    }

    pub fn open_default() -> Self {
        Store::new(data_home())
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn learners_dir(&self) -> PathBuf {
        self.root.join("learners")
    }

    pub fn learner_path(&self, learner: &str) -> PathBuf {
        self.learners_dir().join(format!("{}.json", file_stem(learner)))
    }

    fn ensure_dirs(&self) -> Result<(), StoreError> {
        private_dir(&self.root)?;
        private_dir(&self.learners_dir())?;
        private_dir(&self.root.join("runs"))
    }

    /// Every learner with a file, by name.
    pub fn learners(&self) -> Vec<String> {
        let Ok(entries) = fs::read_dir(self.learners_dir()) else { return Vec::new() };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter_map(|p| fs::read(&p).ok())
            .filter_map(|b| serde_json::from_slice::<LearnerFile>(&b).ok())
            .map(|f| f.learner)
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// Every learner file as it is on disk, by file name, without changing anything: a file that
    /// cannot be read is returned with the reason (for reports that read a whole folder, such
    /// as a class's on the machine that served it; setting a file aside is for whoever plays).
    pub fn read_all(&self) -> Vec<(PathBuf, Result<LearnerFile, String>)> {
        let Ok(entries) = fs::read_dir(self.learners_dir()) else { return Vec::new() };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        paths
            .into_iter()
            .map(|p| {
                let file = crate::fsio::read_limited(&p, MAX_LEARNER_FILE_BYTES)
                    .map_err(|e| e.to_string())
                    .and_then(|b| parse(&b).map_err(|e| e.to_string()));
                (p, file)
            })
            .collect()
    }

    /// Reads a learner's file (an empty one if there is none). A file that cannot be read is moved
    /// aside and reported.
    pub fn load(&self, learner: &str) -> Result<(LearnerFile, Option<SetAside>), StoreError> {
        let path = self.learner_path(learner);
        let fresh = LearnerFile {
            format_version: FORMAT_VERSION,
            learner: learner.to_string(),
            language: None,
            attempts: vec![],
        };
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((fresh, None)),
            Err(e) => return Err(io(&path, e)),
        };
        match parse(&bytes) {
            Ok(file) => Ok((file, None)),
            Err(reason) => {
                let stamp = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
                let mut to = path.with_extension(format!("json.unreadable-{stamp}"));
                let mut n = 1;
                while to.exists() {
                    to = path.with_extension(format!("json.unreadable-{stamp}-{n}"));
                    n += 1;
                }
                fs::rename(&path, &to).map_err(|e| io(&path, e))?;
                Ok((fresh, Some(SetAside { from: path, to, reason: reason.to_string() })))
            }
        }
    }

    /// Reads, changes and writes a learner's file under an exclusive lock, so that processes
    /// saving for the same learner at once never lose each other's attempts.
    pub fn update<T>(
        &self,
        learner: &str,
        change: impl FnOnce(&mut LearnerFile) -> T,
    ) -> Result<(T, Option<SetAside>), StoreError> {
        self.ensure_dirs()?;
        let lock_path = self.learners_dir().join(format!("{}.lock", file_stem(learner)));
        let lock = open_lock(&lock_path)?;
        lock.lock().map_err(|e| io(&lock_path, e))?;
        let (mut file, set_aside) = self.load(learner)?;
        let out = change(&mut file);
        let bytes = serde_json::to_vec_pretty(&file).expect("a learner file always serialises");
        write_atomic(&self.learner_path(learner), &bytes)?;
        drop(lock);
        Ok((out, set_aside))
    }

    /// Runs `f` holding the exclusive lock called `name`.
    pub(crate) fn with_lock<T>(
        &self,
        name: &str,
        f: impl FnOnce() -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.ensure_dirs()?;
        let lock_path = self.root.join(format!("{name}.lock"));
        let lock = open_lock(&lock_path)?;
        lock.lock().map_err(|e| io(&lock_path, e))?;
        let out = f();
        drop(lock);
        out
    }

    /// Moves an unreadable file aside (never deletes it) and says where it went.
    pub(crate) fn set_aside(&self, path: &Path, reason: String) -> Result<SetAside, StoreError> {
        let stamp = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let name = path.file_name().map_or("file".into(), |n| n.to_string_lossy().into_owned());
        let mut to = path.with_file_name(format!("{name}.unreadable-{stamp}"));
        let mut n = 1;
        while to.exists() {
            to = path.with_file_name(format!("{name}.unreadable-{stamp}-{n}"));
            n += 1;
        }
        fs::rename(path, &to).map_err(|e| io(path, e))?;
        Ok(SetAside { from: path.to_path_buf(), to, reason })
    }

    /// Claims an attempt for this process. `None` when another live process is playing it.
    pub fn claim_run(&self, attempt_id: &str) -> Result<Option<RunLock>, StoreError> {
        self.ensure_dirs()?;
        let path = self.root.join("runs").join(format!("{}.lock", file_stem(attempt_id)));
        let file = open_lock(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(RunLock { _file: file, path })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(io(&path, e)),
        }
    }

    /// Removes the lock file of an attempt that is over, unless a live process holds it.
    pub fn retire_run(&self, attempt_id: &str) {
        if let Ok(Some(lock)) = self.claim_run(attempt_id) {
            lock.retire();
        }
    }

    /// Removes temporary files left by writes that were cut short (a process killed mid-write),
    /// once they are old enough that no live writer can still be using them.
    pub fn sweep_temporary_files(&self) {
        let old = std::time::Duration::from_secs(3600);
        for dir in
            [self.root.clone(), self.root.join("learners"), self.root.join("outbox"), self.root.join("runs")]
        {
            let Ok(entries) = fs::read_dir(&dir) else { continue };
            for e in entries.filter_map(Result::ok) {
                let stale = e.file_name().to_string_lossy().starts_with(".tmp-")
                    && e.metadata()
                        .and_then(|m| m.modified())
                        .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > old));
                if stale {
                    let _ = fs::remove_file(e.path());
                }
            }
        }
    }

    /// Whether some live process is playing this attempt right now.
    pub fn is_being_played(&self, attempt_id: &str) -> bool {
        let path = self.root.join("runs").join(format!("{}.lock", file_stem(attempt_id)));
        let Ok(file) = OpenOptions::new().read(true).write(true).open(&path) else { return false };
        matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock))
    }
}

/// Why a learner file cannot be read (it is then set aside with this reason).
#[derive(Debug)]
enum Unreadable {
    Json(String),
    Shape(String),
    Newer(u64),
    NoVersion,
    Migration(String),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        f.write_str(&match self {
            Unreadable::Json(e) => t!("store-not-json", reason = e.as_str()),
            Unreadable::Shape(e) => t!("store-not-progress", reason = e.as_str()),
            Unreadable::Newer(v) => t!("store-newer", version = *v, reads = FORMAT_VERSION),
            Unreadable::NoVersion => t!("store-no-version"),
            Unreadable::Migration(e) => t!("store-migration", reason = e.as_str()),
        })
    }
}

/// A learner file larger than this is not read by reports (a year of daily practice is a few
/// megabytes).
const MAX_LEARNER_FILE_BYTES: usize = 256 * 1024 * 1024;

/// Parses a learner file, migrating older versions.
fn parse(bytes: &[u8]) -> Result<LearnerFile, Unreadable> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| Unreadable::Json(e.to_string()))?;
    let version = value.get("format_version").and_then(serde_json::Value::as_u64);
    match version {
        Some(v) if v == u64::from(FORMAT_VERSION) => {
            serde_json::from_value(value).map_err(|e| Unreadable::Shape(e.to_string()))
        }
        Some(v) if v > u64::from(FORMAT_VERSION) => Err(Unreadable::Newer(v)),
        Some(0) => migrate_v0(value),
        _ => Err(Unreadable::NoVersion),
    }
}

/// Version 0 was the development format: attempts kept `choices` as one string "2,1,t".
fn migrate_v0(mut value: serde_json::Value) -> Result<LearnerFile, Unreadable> {
    if let Some(attempts) = value.get_mut("attempts").and_then(|a| a.as_array_mut()) {
        for a in attempts {
            if let Some(list) = a.get("choices").and_then(|c| c.as_str()).map(str::to_string) {
                let picks: Vec<serde_json::Value> = list
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| serde_json::Value::String(s.to_string()))
                    .collect();
                a["choices"] = serde_json::Value::Array(picks);
            }
        }
    }
    value["format_version"] = FORMAT_VERSION.into();
    serde_json::from_value(value).map_err(|e| Unreadable::Migration(e.to_string()))
}

impl LearnerFile {
    /// The attempt with this id.
    pub fn attempt_mut(&mut self, id: &str) -> Option<&mut Attempt> {
        self.attempts.iter_mut().find(|a| a.id == id)
    }

    /// The attempts of `scenario` still in progress, newest first.
    pub fn in_progress<'a>(&'a self, scenario: &'a str) -> impl Iterator<Item = &'a Attempt> + 'a {
        self.attempts.iter().rev().filter(move |a| a.scenario == scenario && a.status == Status::InProgress)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_escape_the_folder() {
        assert_eq!(file_stem("ana"), "ana");
        assert_eq!(file_stem("../x"), "%2E%2E%2Fx");
        assert_eq!(file_stem("Zoë Li"), "Zo%C3%AB%20Li");
        assert_eq!(file_stem(".hidden"), "%2Ehidden");
        // Long names fit a file name, stay apart, and always map to the same file.
        let long = "Александра Владимировна Константинопольская";
        let other = "Александра Владимировна Константинопольскаю";
        assert!(file_stem(long).len() <= MAX_STEM_BYTES, "{}", file_stem(long));
        assert_eq!(file_stem(long), file_stem(long));
        assert_ne!(file_stem(long), file_stem(other));
        assert!(file_stem(&"😀".repeat(64)).len() <= MAX_STEM_BYTES);
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().to_path_buf());
        store.update(long, |_| ()).unwrap();
        assert!(store.learner_path(long).is_file());
    }

    #[test]
    fn version_0_files_are_migrated() {
        let old = br#"{"format_version":0,"learner":"a","attempts":[{"id":"x","scenario":"s","scenario_hash":"h","seed":1,"choices":"2,1,t","status":"in_progress","started_at":"t","updated_at":"t"}]}"#;
        let f = parse(old).unwrap();
        assert_eq!(f.format_version, FORMAT_VERSION);
        assert_eq!(f.attempts[0].choices, vec!["2", "1", "t"]);
    }

    #[test]
    fn unreadable_files_are_refused_with_a_reason() {
        assert!(parse(b"garbage").unwrap_err().to_string().contains("not valid JSON"));
        assert!(parse(br#"{"format_version":99,"learner":"a"}"#).unwrap_err().to_string().contains("newer"));
        assert!(parse(br#"{"learner":"a"}"#).unwrap_err().to_string().contains("format_version"));
    }

    #[test]
    fn corrupt_files_are_set_aside_not_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().to_path_buf());
        store.ensure_dirs().unwrap();
        fs::write(store.learner_path("ana"), b"\x00\x01garbage").unwrap();
        let ((), aside) = store.update("ana", |_| ()).unwrap();
        let aside = aside.expect("reported");
        assert_eq!(fs::read(&aside.to).unwrap(), b"\x00\x01garbage");
        assert!(store.load("ana").unwrap().1.is_none(), "a fresh file replaced it");
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("home"));
        store.update("ana", |_| ()).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&store.learner_path("ana")), 0o600);
        assert_eq!(mode(store.root()), 0o700);
        assert_eq!(mode(&store.root().join("learners")), 0o700);
        assert_eq!(store.exposure(), None);
    }

    #[cfg(unix)]
    #[test]
    fn an_existing_shared_folder_is_left_as_it_is_and_named() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("class");
        fs::create_dir(&shared).unwrap();
        fs::set_permissions(&shared, fs::Permissions::from_mode(0o755)).unwrap();
        let store = Store::new(shared.clone());
        store.update("ana", |_| ()).unwrap();
        assert_eq!(fs::metadata(&shared).unwrap().permissions().mode() & 0o777, 0o755, "not chmod-ed");
        assert!(store.exposure().is_some_and(|w| w.contains("can be read by other users")));
    }
}
