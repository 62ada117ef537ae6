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
use crate::scenario::diagnostic::Kind;
use crate::scenario::{self, unassessed_lessons, Course, Located, Scenario};
use crate::t;

use check::{check_bytes, check_file, course_above, load_course_bytes, par_map, Checked, CourseFile, Job};
use files::{is_course, translation_of, Pack};

use crate::scenario::translation::{self, CourseTranslation, Translation};

/// Why a scenario named on the command line cannot be played.
#[derive(Debug)]
pub enum FindError {
    /// `hint`: " Did you mean ...?" or "".
    NotLoaded {
        name: String,
        hint: String,
    },
    /// The file's errors, each as `PATH:LINE:COLUMN: error: MESSAGE`.
    Invalid(Vec<String>),
    NotAScenario(String),
}

impl std::fmt::Display for FindError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FindError::NotLoaded { name, hint } => {
                f.write_str(&t!("diag-find-not-loaded", name = name, hint = hint))
            }
            FindError::Invalid(errors) => f.write_str(&errors.join("\n")),
            FindError::NotAScenario(name) => f.write_str(&t!("diag-find-not-a-scenario", name = name)),
        }
    }
}

impl std::error::Error for FindError {}

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
    /// Translations, by (scenario id, lowercased language tag).
    translations: HashMap<(String, String), Arc<Translation>>,
    /// Course translations, by (course id, lowercased language tag).
    course_translations: HashMap<(String, String), Arc<CourseTranslation>>,
    /// Scenarios already put into a language, by (scenario id, lowercased tag).
    localized: std::sync::Mutex<HashMap<(String, String), Arc<Scenario>>>,
    /// The source-language scenario of each entry that [`Library::speak`] replaced, by id.
    sources: HashMap<String, Arc<Scenario>>,
}

/// A scenario in the language asked for, or in its source language when it has no translation.
#[derive(Clone, Debug)]
pub struct Localized {
    pub scenario: Arc<Scenario>,
    /// False when a translation was asked for and none exists: the source texts are shown.
    pub translated: bool,
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
                lib.diagnostics.push(Located::whole_file(&display_path(dir), t!("diag-pack-not-a-folder")));
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

    /// The languages learners may choose: the course of record's, the source language first.
    pub fn languages(&self) -> Vec<String> {
        self.course_of_record().map_or_else(|| vec!["en".to_string()], |c| c.languages.clone())
    }

    /// The language of the pack that `wanted` names (by tag or first part), if it has one.
    pub fn language_for(&self, wanted: &str) -> Option<String> {
        let languages = self.languages();
        languages
            .iter()
            .find(|l| l.eq_ignore_ascii_case(wanted))
            .or_else(|| languages.iter().find(|l| translation::tag_matches(wanted, l)))
            .cloned()
    }

    /// The language scenarios are shown in: the one this thread's learner asked for when the pack
    /// has it, else the pack's source language.
    pub fn content_language(&self) -> String {
        crate::i18n::wanted()
            .and_then(|w| self.language_for(&w))
            .unwrap_or_else(|| self.languages().first().cloned().unwrap_or_else(|| "en".into()))
    }

    /// `s` in the language of [`Library::content_language`], with a one-line notice when it has
    /// no translation in the language the learner asked for.
    pub fn for_learner(&self, s: &Arc<Scenario>) -> (Arc<Scenario>, Option<String>) {
        let asked = crate::i18n::wanted();
        let tag = asked
            .as_deref()
            .and_then(|w| s.course.languages.iter().find(|l| translation::tag_matches(w, l)))
            .cloned()
            .unwrap_or_else(|| s.language.clone());
        let loc = self.localized(&self.source_of(s), &tag);
        let notice = match asked {
            Some(w) if !loc.translated || !translation::tag_matches(&w, &loc.scenario.language) => {
                Some(crate::t!("not-translated", language = &w, source = &s.language))
            }
            _ => None,
        };
        (loc.scenario, notice)
    }

    /// Puts every loaded scenario, and the courses, in the language `tag` where a translation
    /// exists (ids, scores and content hashes stay the same: saved progress still matches).
    pub fn speak(&mut self, tag: &str) {
        for i in 0..self.entries.len() {
            let source = self.source_of(&self.entries[i].scenario);
            let loc = self.localized(&source, tag);
            if loc.translated {
                self.sources.entry(source.id.clone()).or_insert(source);
                self.entries[i].scenario = loc.scenario;
            }
        }
        self.course = self.course.as_ref().map(|c| self.localized_course(c, tag));
        self.listed = self.listed.as_ref().map(|c| self.localized_course(c, tag));
    }

    /// The source-language version of `s` (itself unless [`Library::speak`] put it into another
    /// language).
    fn source_of(&self, s: &Arc<Scenario>) -> Arc<Scenario> {
        match self.sources.get(&s.id) {
            Some(src) if src.content_hash == s.content_hash => Arc::clone(src),
            _ => Arc::clone(s),
        }
    }

    /// `s` in every language of its course that it can be shown in, the source first: what
    /// records of a run carry (xAPI language maps), whatever language it was played in. Just
    /// `s` when it is not one of the library's scenarios (as loaded now).
    pub fn versions(&self, s: &Scenario) -> Vec<Arc<Scenario>> {
        let same = |x: &Arc<Scenario>| x.id == s.id && x.content_hash == s.content_hash;
        let source = match self.sources.get(&s.id).filter(|x| same(x)) {
            Some(src) => Arc::clone(src),
            None => match self.entries.iter().find(|e| same(&e.scenario)) {
                Some(e) => Arc::clone(&e.scenario),
                None => return vec![Arc::new(s.clone())],
            },
        };
        let mut out = vec![Arc::clone(&source)];
        for tag in &source.course.languages {
            let loc = self.localized(&source, tag);
            if loc.translated
                && !out.iter().any(|v| translation::tag_matches(&v.language, &loc.scenario.language))
            {
                out.push(loc.scenario);
            }
        }
        out
    }

    /// `course` with its texts in `tag` where a course translation exists.
    pub fn localized_course(&self, course: &Arc<Course>, tag: &str) -> Arc<Course> {
        let found = self
            .course_translations
            .iter()
            .find(|((id, t), _)| *id == course.id && translation::tag_matches(tag, t));
        match found {
            Some((_, tr)) if !translation::tag_matches(tag, course.source_language()) => {
                Arc::new(course.localized(tr))
            }
            _ => Arc::clone(course),
        }
    }

    /// `s` in the language `tag` (matched by tag or first part); the source when `tag` is the
    /// source language or when no translation exists (then `translated` is false).
    pub fn localized(&self, s: &Arc<Scenario>, tag: &str) -> Localized {
        if translation::tag_matches(tag, &s.language) {
            return Localized { scenario: Arc::clone(s), translated: true };
        }
        let found = self
            .translations
            .iter()
            .filter(|((id, _), _)| *id == s.id)
            .find(|((_, t), _)| t.eq_ignore_ascii_case(tag) || translation::tag_matches(tag, t));
        let Some(((_, t), tr)) = found else {
            return Localized { scenario: Arc::clone(s), translated: false };
        };
        let key = (s.id.clone(), t.clone());
        let mut cache = self.localized.lock().unwrap_or_else(|e| e.into_inner());
        let scenario = cache
            .entry(key)
            .or_insert_with(|| Arc::new(s.localized(tr, self.localized_course(&s.course, t))))
            .clone();
        Localized { scenario, translated: true }
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
        // A translation file is checked with its source: the scenario (or course) beside it.
        if let Some((id, _)) = translation_of(path) {
            let source = path.with_file_name(format!("{id}.toml"));
            if source.is_file() {
                return self.add_single(&source, fallback, opts);
            }
            let msg = t!("diag-translation-without-source", id = &id);
            self.diagnostics.push(Located::whole_file(&shown, msg));
            return;
        }
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
        let found = check::course_file_above(dir, &mut cache, &mut self.diagnostics);
        if let Some((Some(course), course_path)) = &found {
            for t in check::course_translations_beside(course_path, course, &mut self.diagnostics) {
                self.course_translations
                    .insert((course.id.clone(), t.language.to_ascii_lowercase()), Arc::new(t));
            }
        }
        let own_course = found.is_some();
        let course = found.and_then(|(c, _)| c).or(fallback);
        let before = self.diagnostics.len();
        let added = self.add_scenario(&shown, &bytes, course, opts);
        if !own_course {
            self.gather_unknown_lessons(before);
        }
        if let Some(s) = added {
            let files = check::translation_files_beside(path);
            let refs: Vec<(String, String, &files::PackFile)> =
                files.iter().map(|(a, b, f)| (a.clone(), b.clone(), f)).collect();
            let (loaded, diags) = check::check_translations(&s, &refs);
            self.diagnostics.extend(diags);
            for t in loaded {
                self.translations.insert((s.id.clone(), t.language.to_ascii_lowercase()), t);
            }
        }
    }

    /// A file with no course.toml of its own was checked against the bundled course: its unknown
    /// lessons almost always mean the course file is missing, so they are said once, with that.
    fn gather_unknown_lessons(&mut self, from: usize) {
        let is_unknown = |d: &Located| matches!(d.kind, Kind::UnknownLesson(_));
        let names: Vec<String> = self.diagnostics[from..]
            .iter()
            .filter_map(|d| match &d.kind {
                Kind::UnknownLesson(lesson) => Some(lesson.clone()),
                _ => None,
            })
            .fold(Vec::new(), |mut v, n| {
                if !v.contains(&n) {
                    v.push(n);
                }
                v
            });
        let Some(first) = self.diagnostics[from..].iter().position(is_unknown).map(|i| i + from) else {
            return;
        };
        self.diagnostics[first].message = t!("diag-lessons-of-no-course", lessons = &names.join(", "));
        self.diagnostics[first].kind = Kind::Other;
        let mut i = first + 1;
        while i < self.diagnostics.len() {
            if is_unknown(&self.diagnostics[i]) {
                self.diagnostics.remove(i);
            } else {
                i += 1;
            }
        }
    }

    fn add_scenario(
        &mut self,
        shown: &str,
        bytes: &[u8],
        course: Option<Arc<Course>>,
        opts: LoadOptions,
    ) -> Option<Arc<Scenario>> {
        let checked = check_bytes(shown, bytes, course, LoadOptions { keep: true, ..opts }, Checked::empty());
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
        // Translation files, by folder and id (`ID.TAG.toml`); course translations apart.
        let mut translation_files: Vec<(PathBuf, String, String, &files::PackFile, bool)> = Vec::new();
        for f in pack.files.iter().filter(|f| !is_course(&f.rel)) {
            if let Some((id, tag)) = translation_of(&f.rel) {
                let folder = f.rel.parent().unwrap_or(Path::new("")).to_path_buf();
                translation_files.push((folder, id, tag, f, false));
            }
        }
        let mut jobs: Vec<Job<'_>> = Vec::new();
        for f in pack.files.iter().filter(|f| !is_course(&f.rel) && translation_of(&f.rel).is_none()) {
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
                self.diagnostics.push(Located::whole_file(&shown, t!("diag-course-not-fixed")));
                continue;
            }
            // Its translations: files of its folder named after it.
            let stem = f.rel.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let folder = f.rel.parent().unwrap_or(Path::new(""));
            let mut translations = Vec::new();
            for t in translation_files.iter_mut().filter(|t| t.0 == folder && t.1 == stem) {
                t.4 = true;
                translations.push((pack.shown(&t.3.rel), t.2.clone(), t.3));
            }
            jobs.push(Job { shown, file: f, course, translations });
        }
        let results = par_map(&jobs, |job| check_file(job, opts));

        // Courses with a scenario that did not load: whether each lesson is assessed cannot be told.
        let mut incomplete: Vec<*const Course> = Vec::new();
        for (Job { shown, course: job_course, .. }, checked) in jobs.iter().zip(results) {
            self.diagnostics.extend(checked.diags);
            let (Some(id), Some(course)) = (checked.id, checked.course) else {
                incomplete.extend(job_course.as_ref().map(Arc::as_ptr));
                continue;
            };
            self.loaded += 1;
            if let Some(s) = &checked.scenario {
                self.accept(s, shown);
                for t in checked.translations {
                    self.translations.insert((s.id.clone(), t.language.to_ascii_lowercase()), t);
                }
            }
            if let Some(first) = ids.get(&id) {
                if let Some(mut at) = checked.id_at {
                    at.message = t!("diag-duplicate-scenario", id = &id, first = first);
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

        // Translation files whose scenario is not beside them, and course translations.
        for (folder, id, tag, f, used) in &translation_files {
            let shown = pack.shown(&f.rel);
            if id == "course" {
                let course = courses.get(folder).and_then(|c| c.0.clone());
                let Some(course) = course else {
                    self.diagnostics.push(Located::whole_file(&shown, t!("diag-course-translation-alone")));
                    continue;
                };
                match f.bytes() {
                    Ok(bytes) => match scenario::decode(&bytes) {
                        Ok(text) => {
                            let t = translation::load_course_translation(text, tag, &course);
                            self.diagnostics.extend(Located::all(&shown, text, &t.diagnostics));
                            if let Some(t) = t.value {
                                self.course_translations
                                    .insert((course.id.clone(), tag.to_ascii_lowercase()), Arc::new(t));
                            }
                        }
                        Err(d) => {
                            self.diagnostics.push(Located::new(&shown, scenario::text_prefix(&bytes), &d))
                        }
                    },
                    Err(e) => self.diagnostics.push(Located::whole_file(&shown, e.to_string())),
                }
            } else if !used {
                self.diagnostics.push(Located::whole_file(&shown, t!("diag-translation-orphan", id = id)));
            }
        }
        if opts.deep {
            for (course, shown, bytes) in courses.values() {
                let Some(course) = course else { continue };
                for tag in course.languages.iter().skip(1) {
                    let key = (course.id.clone(), tag.to_ascii_lowercase());
                    if !self.course_translations.contains_key(&key) {
                        let d = scenario::Diagnostic::warning(
                            course.languages_span.clone(),
                            t!("diag-course-translation-missing", tag = tag),
                        );
                        self.diagnostics.push(Located::new(shown, scenario::text_prefix(bytes), &d));
                    }
                }
            }
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
                // One cause, one message: the scenario's own errors say what is wrong.
                if incomplete.contains(&Arc::as_ptr(course)) {
                    continue;
                }
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
