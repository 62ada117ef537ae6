//! Scenario packs: the bundled pack, packs named with `--pack`, and single files, loaded and
//! checked into a [`Library`] that commands look scenarios up in.
//!
//! A scenario file uses the `course.toml` of its own folder or of the nearest parent folder that
//! has one, and otherwise the bundled course.

mod check;
mod files;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::fsio::{display_path, read_file};
use crate::scenario::{self, unassessed_lessons, Course, Located, Scenario};

use check::{check_bytes, check_file, course_above, load_course_bytes, par_map, Checked, CourseFile, Job};
use files::{is_course, Pack};

/// Why a scenario named on the command line cannot be played.
#[derive(Debug, thiserror::Error)]
pub enum FindError {
    #[error("no scenario `{name}` is loaded.{hint} Run `rehearse list` to see the scenarios, or give the path of a .toml file")]
    NotLoaded { name: String, hint: String },
    /// The file's errors, each as `PATH:LINE:COLUMN: error: MESSAGE`.
    #[error("{}", .0.join("\n"))]
    Invalid(Vec<String>),
    #[error("{0}: this file did not load as a scenario")]
    NotAScenario(String),
}

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
                self.diagnostics.push(Located::whole_file(&shown, e.to_string()));
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
                Err(e) => self.diagnostics.push(Located::whole_file(&shown, e.to_string())),
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
    pub fn find(&mut self, name: &str) -> Result<Arc<Scenario>, FindError> {
        let as_path = Path::new(name);
        let looks_like_path = name.ends_with(".toml") || name.contains('/') || name.contains('\\');
        if looks_like_path || (as_path.is_file() && self.entries.iter().all(|e| e.scenario.id != name)) {
            let before = self.diagnostics.len();
            let fallback = self.course.clone();
            self.add_single(as_path, fallback, LoadOptions::default());
            let problems: Vec<String> =
                self.diagnostics[before..].iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
            if !problems.is_empty() {
                return Err(FindError::Invalid(problems));
            }
            let shown = display_path(as_path);
            return self
                .entries
                .iter()
                .rev()
                .find(|e| e.path == shown)
                .map(|e| Arc::clone(&e.scenario))
                .ok_or_else(|| FindError::NotAScenario(name.to_string()));
        }
        if let Some(e) = self.entries.iter().find(|e| e.scenario.id == name) {
            return Ok(Arc::clone(&e.scenario));
        }
        let ids: Vec<&str> = self.entries.iter().map(|e| e.scenario.id.as_str()).collect();
        let hint = scenario::did_you_mean(name, ids.iter().copied());
        Err(FindError::NotLoaded { name: crate::text::sanitize_line(name), hint })
    }

    /// Errors and warnings, sorted by file, line and column.
    pub fn sorted_diagnostics(&self) -> Vec<&Located> {
        let mut d: Vec<&Located> = self.diagnostics.iter().collect();
        d.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
        d.dedup_by(|a, b| a == b);
        d
    }
}
