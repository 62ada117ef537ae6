//! Finding and reading scenario packs: the bundled pack (compiled in, or read from the repository
//! when the program runs from it), packs named with `--pack`, and single files.
//!
//! A scenario file uses the `course.toml` of its own folder or of the nearest parent folder that
//! has one, and otherwise the bundled course.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::engine::check_scenario;
use crate::scenario::{self, unassessed_lessons, Course, Diagnostic, Located, Scenario};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// How deep sub-folders of a pack are searched.
const MAX_DEPTH: usize = 16;

/// A loaded scenario and where it came from.
#[derive(Clone, Debug)]
pub struct Entry {
    pub scenario: Arc<Scenario>,
    /// The file, as shown in messages.
    pub path: String,
}

/// Every loaded scenario, and every problem found while loading.
#[derive(Debug, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
    pub diagnostics: Vec<Located>,
    /// The bundled course: the course of files that have none of their own.
    pub course: Option<Arc<Course>>,
    /// How many scenarios loaded without error (kept or not).
    pub loaded: usize,
    /// The course whose list of scenarios learners follow (see [`Library::course_of_record`]).
    listed: Option<Arc<Course>>,
}

/// One file of a pack: its path inside the pack, and where its bytes are. Files are read only when
/// they are checked, so that a large pack is never in memory all at once.
struct PackFile {
    rel: PathBuf,
    source: FileSource,
}

enum FileSource {
    Disk(PathBuf),
    Embedded(&'static [u8]),
}

impl PackFile {
    fn bytes(&self) -> Result<std::borrow::Cow<'static, [u8]>, String> {
        match &self.source {
            FileSource::Disk(path) => read_file(path).map(std::borrow::Cow::Owned),
            FileSource::Embedded(b) => Ok(std::borrow::Cow::Borrowed(b)),
        }
    }

    fn len(&self) -> usize {
        match &self.source {
            FileSource::Disk(path) => std::fs::metadata(path).map_or(0, |m| m.len() as usize),
            FileSource::Embedded(b) => b.len(),
        }
    }
}

/// Where a pack's files come from.
struct Pack {
    /// The folder on disk, if any (for course lookup above the pack, and for display).
    dir: Option<PathBuf>,
    /// Prefix for displayed paths.
    shown: String,
    files: Vec<PackFile>,
}

/// The folder of the bundled pack in the source tree, when this binary runs where it was built.
fn source_tree_pack() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    dir.join("course.toml").is_file().then_some(dir)
}

/// Shows `path` relative to the current folder when it is inside it.
pub fn display_path(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = cwd.as_deref().and_then(|c| path.strip_prefix(c).ok()).unwrap_or(path);
    rel.display().to_string()
}

fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read the file: {}", io_reason(&e)))?;
    if meta.is_dir() {
        return Err("this is a folder, not a file".into());
    }
    if meta.len() > scenario::limits::MAX_FILE_BYTES as u64 {
        return Err(format!(
            "the file is {:.1} MB; the limit is {} MB",
            meta.len() as f64 / 1e6,
            scenario::limits::MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    std::fs::read(path).map_err(|e| format!("cannot read the file: {}", io_reason(&e)))
}

/// An I/O error as a short reason, without the OS error number.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

fn collect(dir: &Path, rel: &Path, depth: usize, out: &mut Vec<PackFile>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(kind) = e.file_type() else { continue };
        let path = e.path();
        if kind.is_dir() && depth < MAX_DEPTH {
            collect(&path, &rel.join(&name), depth + 1, out);
        } else if !kind.is_dir() && path.extension().is_some_and(|x| x == "toml") {
            out.push(PackFile { rel: rel.join(&name), source: FileSource::Disk(path) });
        }
    }
}

impl Pack {
    fn bundled() -> Pack {
        match source_tree_pack() {
            Some(dir) => Pack::from_dir(&dir),
            None => Pack {
                dir: None,
                shown: "(bundled)".into(),
                files: embedded::FILES
                    .iter()
                    .map(|(rel, bytes)| PackFile {
                        rel: PathBuf::from(rel),
                        source: FileSource::Embedded(bytes),
                    })
                    .collect(),
            },
        }
    }

    fn from_dir(dir: &Path) -> Pack {
        let mut files = Vec::new();
        collect(dir, Path::new(""), 0, &mut files);
        Pack { dir: Some(dir.to_path_buf()), shown: display_path(dir), files }
    }

    fn shown(&self, rel: &Path) -> String {
        if self.shown.is_empty() {
            rel.display().to_string()
        } else {
            format!("{}/{}", self.shown.trim_end_matches('/'), rel.display())
        }
    }
}

fn is_course(rel: &Path) -> bool {
    rel.file_name().is_some_and(|n| n == "course.toml")
}

/// Loads a course file's text, adding its diagnostics to `out`.
fn load_course_bytes(shown: &str, bytes: &[u8], out: &mut Vec<Located>) -> Option<Arc<Course>> {
    let text = match scenario::decode(bytes) {
        Ok(t) => t,
        Err(d) => {
            out.push(Located::new(shown, scenario::text_prefix(bytes), &d));
            return None;
        }
    };
    let loaded = scenario::load_course(text);
    out.extend(Located::all(shown, text, &loaded.diagnostics));
    loaded.value.map(Arc::new)
}

/// The nearest `course.toml` at or above `dir` on disk, loaded.
fn course_above(
    dir: &Path,
    cache: &mut HashMap<PathBuf, Option<Arc<Course>>>,
    diags: &mut Vec<Located>,
) -> Option<Arc<Course>> {
    let mut here = Some(dir);
    while let Some(d) = here {
        let candidate = d.join("course.toml");
        if let Some(c) = cache.get(&candidate) {
            return c.clone();
        }
        if candidate.is_file() {
            let shown = display_path(&candidate);
            let course = match read_file(&candidate) {
                Ok(bytes) => load_course_bytes(&shown, &bytes, diags),
                Err(e) => {
                    diags.push(Located::whole_file(&shown, e));
                    None
                }
            };
            cache.insert(candidate, course.clone());
            return course;
        }
        here = d.parent();
    }
    None
}

/// What checking one scenario file gives.
struct Checked {
    /// The scenario, when it loaded and is to be kept.
    scenario: Option<Arc<Scenario>>,
    /// Its id, course and assessed lessons, when it loaded (kept or not).
    id: Option<String>,
    course: Option<Arc<Course>>,
    assessed: Vec<usize>,
    /// Where its `[scenario]` table is, for a duplicate-id error.
    id_at: Option<Located>,
    diags: Vec<Located>,
}

/// Loads and checks one scenario file, placing every diagnostic in the file.
fn check_file(shown: &str, file: &PackFile, course: Option<Arc<Course>>, opts: LoadOptions) -> Checked {
    let mut out =
        Checked { scenario: None, id: None, course: None, assessed: vec![], id_at: None, diags: vec![] };
    let bytes = match file.bytes() {
        Ok(b) => b,
        Err(e) => {
            out.diags.push(Located::whole_file(shown, e));
            return out;
        }
    };
    check_bytes(shown, &bytes, course, opts, out)
}

fn check_bytes(
    shown: &str,
    bytes: &[u8],
    course: Option<Arc<Course>>,
    opts: LoadOptions,
    mut out: Checked,
) -> Checked {
    let Some(course) = course else {
        let msg = "no course.toml found for this scenario (none in its folder or above, and the bundled course did not load)";
        out.diags.push(Located::whole_file(shown, msg));
        return out;
    };
    let loaded = scenario::load_scenario(bytes, &course);
    let text = scenario::text_prefix(bytes);
    out.diags.extend(Located::all(shown, text, &loaded.diagnostics));
    let Some(s) = loaded.value.map(Arc::new) else { return out };
    if opts.deep {
        out.diags.extend(Located::all(shown, text, &check_scenario(&s)));
    }
    out.id = Some(s.id.clone());
    out.course = Some(Arc::clone(&s.course));
    out.assessed = s.assessed_lessons();
    out.id_at = Some(Located::new(shown, text, &Diagnostic::error(s.span.clone(), String::new())));
    if opts.keep {
        out.scenario = Some(s);
    }
    out
}

/// One scenario file to check: its shown path, the file, its course.
type Job<'a> = (String, &'a PackFile, Option<Arc<Course>>);

/// Below this many bytes in all, a pack is checked on one thread (threads would cost more).
const PARALLEL_BYTES: usize = 512 * 1024;

/// `f` over every job, in order, on up to every core when the jobs are large enough.
fn par_map<'j, R: Send>(jobs: &'j [Job<'j>], f: impl Fn(&'j Job<'j>) -> R + Sync) -> Vec<R> {
    let total: usize = jobs.iter().map(|j| j.1.len()).sum();
    if total < PARALLEL_BYTES {
        return jobs.iter().map(f).collect();
    }
    crate::par::par_map(jobs, f)
}

/// A pack's course file: the course (if it loaded), its shown path, its bytes.
type CourseFile = (Option<Arc<Course>>, String, Vec<u8>);

/// Options for loading.
#[derive(Clone, Copy, Debug)]
pub struct LoadOptions {
    /// Also play author's tests and search for a passing run (what `validate` does).
    pub deep: bool,
    /// Keep the loaded scenarios in [`Library::entries`]; `validate` only needs their diagnostics
    /// and lets each go as soon as it is checked, so that a large pack never sits in memory.
    pub keep: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions { deep: false, keep: true }
    }
}

impl LoadOptions {
    /// Deep checks, scenarios kept.
    pub fn deep() -> Self {
        LoadOptions { deep: true, keep: true }
    }
}

impl Library {
    /// The bundled pack, then each of `packs`.
    pub fn load(packs: &[PathBuf], opts: LoadOptions) -> Library {
        let mut lib = Library::default();
        let bundled = Pack::bundled();
        lib.course = lib.add_pack(bundled, None, opts);
        lib.listed = lib.course.clone().filter(|c| !c.scenarios.is_empty());
        for dir in packs {
            if !dir.is_dir() {
                lib.diagnostics.push(Located::whole_file(
                    &display_path(dir),
                    "`--pack` needs a folder holding course.toml and scenario files",
                ));
                continue;
            }
            let fallback = lib.course.clone();
            if let Some(c) = lib.add_pack(Pack::from_dir(dir), fallback, opts) {
                if !c.scenarios.is_empty() {
                    lib.listed = Some(c);
                }
            }
        }
        lib.order_by_course();
        lib
    }

    /// The course a learner follows: the last `--pack` whose course lists its scenarios (an
    /// organization's own required set), else the bundled course.
    pub fn course_of_record(&self) -> Option<&Arc<Course>> {
        self.listed.as_ref().or(self.course.as_ref())
    }

    /// Puts the scenarios in the order of the course of record; those it does not list follow,
    /// in the order they were loaded.
    fn order_by_course(&mut self) {
        let Some(course) = self.course_of_record().cloned() else { return };
        self.entries.sort_by_key(|e| course.position(&e.scenario.id).unwrap_or(usize::MAX));
    }

    /// Loads only what `paths` name (files or folders), against the bundled course.
    pub fn load_paths(paths: &[PathBuf], opts: LoadOptions) -> Library {
        let mut lib = Library::default();
        let mut ignored = Vec::new();
        lib.course = Pack::bundled()
            .files
            .iter()
            .find(|f| f.rel == Path::new("course.toml"))
            .and_then(|f| f.bytes().ok())
            .and_then(|b| load_course_bytes("(bundled)/course.toml", &b, &mut ignored));
        for path in paths {
            let fallback = lib.course.clone();
            if path.is_dir() {
                lib.add_pack(Pack::from_dir(path), fallback, opts);
            } else {
                lib.add_single(path, fallback, opts);
            }
        }
        lib
    }

    /// Loads one scenario file given by path (using the course lookup rule).
    fn add_single(&mut self, path: &Path, fallback: Option<Arc<Course>>, opts: LoadOptions) {
        let shown = display_path(path);
        let bytes = match read_file(path) {
            Ok(b) => b,
            Err(e) => {
                self.diagnostics.push(Located::whole_file(&shown, e));
                return;
            }
        };
        if is_course(path) {
            load_course_bytes(&shown, &bytes, &mut self.diagnostics);
            return;
        }
        let dir = path
            .parent()
            .map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p })
            .unwrap_or(Path::new("."));
        let mut cache = HashMap::new();
        let course = course_above(dir, &mut cache, &mut self.diagnostics).or(fallback);
        self.add_scenario(&shown, &bytes, course, opts);
    }

    fn add_scenario(
        &mut self,
        shown: &str,
        bytes: &[u8],
        course: Option<Arc<Course>>,
        opts: LoadOptions,
    ) -> Option<Arc<Scenario>> {
        let empty =
            Checked { scenario: None, id: None, course: None, assessed: vec![], id_at: None, diags: vec![] };
        let checked = check_bytes(shown, bytes, course, LoadOptions { keep: true, ..opts }, empty);
        self.diagnostics.extend(checked.diags);
        let s = checked.scenario?;
        self.loaded += 1;
        if opts.keep {
            self.accept(&s, shown);
        }
        Some(s)
    }

    /// Adds a loaded scenario; a later pack replaces a scenario of an earlier one with the same id.
    fn accept(&mut self, s: &Arc<Scenario>, shown: &str) {
        if let Some(i) = self.entries.iter().position(|e| e.scenario.id == s.id) {
            self.entries.remove(i);
        }
        self.entries.push(Entry { scenario: Arc::clone(s), path: shown.to_string() });
    }

    /// Loads a pack; returns its root course.
    fn add_pack(
        &mut self,
        pack: Pack,
        fallback: Option<Arc<Course>>,
        opts: LoadOptions,
    ) -> Option<Arc<Course>> {
        // Courses first: every course.toml of the pack, by folder.
        let mut courses: HashMap<PathBuf, CourseFile> = HashMap::new();
        for f in pack.files.iter().filter(|f| is_course(&f.rel)) {
            let shown = pack.shown(&f.rel);
            let folder = f.rel.parent().unwrap_or(Path::new("")).to_path_buf();
            match f.bytes() {
                Ok(bytes) => {
                    let c = load_course_bytes(&shown, &bytes, &mut self.diagnostics);
                    courses.insert(folder, (c, shown, bytes.into_owned()));
                }
                Err(e) => self.diagnostics.push(Located::whole_file(&shown, e.clone())),
            }
        }
        let mut cache = HashMap::new();
        let above = match &pack.dir {
            Some(dir) => dir.parent().and_then(|p| course_above(p, &mut cache, &mut Vec::new())),
            None => None,
        };
        let root_course = courses
            .get(Path::new(""))
            .and_then(|c| c.0.clone())
            .or_else(|| above.clone())
            .or_else(|| fallback.clone());

        let mut ids: HashMap<String, String> = HashMap::new();
        let mut by_course: HashMap<*const Course, (Arc<Course>, Vec<Vec<usize>>)> = HashMap::new();
        // Which course each file uses, then every file checked (on every core for large packs).
        let mut jobs: Vec<Job<'_>> = Vec::new();
        for f in pack.files.iter().filter(|f| !is_course(&f.rel)) {
            let shown = pack.shown(&f.rel);
            // The nearest course.toml at or above the file's folder inside the pack, then above it.
            let mut folder = f.rel.parent();
            let mut course = None;
            let mut found_file = false;
            while let Some(d) = folder {
                if let Some((c, _, _)) = courses.get(d) {
                    course = c.clone();
                    found_file = true;
                    break;
                }
                folder = d.parent();
            }
            if !found_file {
                course = above.clone().or_else(|| fallback.clone());
            }
            if course.is_none() && found_file {
                self.diagnostics.push(Located::whole_file(
                    &shown,
                    "this scenario cannot be checked until its course.toml is fixed",
                ));
                continue;
            }
            jobs.push((shown, f, course));
        }
        let results = par_map(&jobs, |(shown, file, course)| check_file(shown, file, course.clone(), opts));

        for ((shown, _, _), checked) in jobs.iter().zip(results) {
            self.diagnostics.extend(checked.diags);
            let (Some(id), Some(course)) = (checked.id, checked.course) else { continue };
            self.loaded += 1;
            if let Some(s) = &checked.scenario {
                self.accept(s, shown);
            }
            if let Some(first) = ids.get(&id) {
                if let Some(mut at) = checked.id_at {
                    at.message = format!("duplicate scenario id `{id}`: {first} already uses it; scenario ids must be unique in a pack");
                    self.diagnostics.push(at);
                }
            } else {
                ids.insert(id, shown.clone());
            }
            by_course
                .entry(Arc::as_ptr(&course))
                .or_insert_with(|| (Arc::clone(&course), Vec::new()))
                .1
                .push(checked.assessed);
        }

        // Scenarios a course lists that the pack does not have.
        for (course, shown, bytes) in courses.values() {
            let Some(course) = course else { continue };
            let problems = scenario::course_scenario_problems(
                course,
                |id| ids.contains_key(id),
                ids.keys().map(String::as_str),
            );
            self.diagnostics.extend(Located::all(shown, scenario::text_prefix(bytes), &problems));
        }
        // Lessons of this pack's courses that none of its scenarios assess.
        if opts.deep {
            for (course, shown, bytes) in courses.values() {
                let Some(course) = course else { continue };
                let assessed: Vec<usize> =
                    by_course.get(&Arc::as_ptr(course)).map(|(_, v)| v.concat()).unwrap_or_default();
                let text = scenario::text_prefix(bytes);
                self.diagnostics.extend(Located::all(shown, text, &unassessed_lessons(course, &assessed)));
            }
        }
        root_course
    }

    /// Finds a scenario by id among the loaded ones, or loads it from a path.
    pub fn find(&mut self, name: &str) -> Result<Arc<Scenario>, String> {
        let as_path = Path::new(name);
        let looks_like_path = name.ends_with(".toml") || name.contains('/') || name.contains('\\');
        if looks_like_path || (as_path.is_file() && self.entries.iter().all(|e| e.scenario.id != name)) {
            let before = self.diagnostics.len();
            let fallback = self.course.clone();
            self.add_single(as_path, fallback, LoadOptions::default());
            let problems: Vec<String> =
                self.diagnostics[before..].iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
            if !problems.is_empty() {
                return Err(problems.join("\n"));
            }
            let shown = display_path(as_path);
            return self
                .entries
                .iter()
                .rev()
                .find(|e| e.path == shown)
                .map(|e| Arc::clone(&e.scenario))
                .ok_or_else(|| format!("{name}: this file did not load as a scenario"));
        }
        if let Some(e) = self.entries.iter().find(|e| e.scenario.id == name) {
            return Ok(Arc::clone(&e.scenario));
        }
        let ids: Vec<&str> = self.entries.iter().map(|e| e.scenario.id.as_str()).collect();
        let hint = scenario::did_you_mean(name, ids.iter().copied());
        Err(format!(
            "no scenario `{}` is loaded.{hint} Run `rehearse list` to see the scenarios, or give the path of a .toml file",
            crate::text::sanitize_line(name)
        ))
    }

    /// Errors and warnings, sorted by file, line and column.
    pub fn sorted_diagnostics(&self) -> Vec<&Located> {
        let mut d: Vec<&Located> = self.diagnostics.iter().collect();
        d.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
        d.dedup_by(|a, b| a == b);
        d
    }
}
