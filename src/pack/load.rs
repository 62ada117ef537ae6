//! Loading into a [`Library`]: the bundled pack, packs named with `--pack`, and single files.
//! Each scenario file is checked against its course (see [`super::check`]); a pack's own checks
//! (duplicate ids, translations, what its courses list and assess) are made here, once all of its
//! files are read.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::fsio::{display_path, read_file};
use crate::scenario::diagnostic::Kind;
use crate::scenario::translation;
use crate::scenario::{self, unassessed_lessons, Course, Located, Scenario};
use crate::t;

use super::check::{
    self, check_bytes, check_file, course_above, load_course_bytes, par_map, Checked, CourseFile, Job,
};
use super::files::{is_course, translation_of, Pack, PackFile};
use super::{Entry, Library, LoadOptions};

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
    pub(super) fn add_single(&mut self, path: &Path, fallback: Option<Arc<Course>>, opts: LoadOptions) {
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
        // `validate a.toml a.fr-CA.toml` (or `scenarios/*.toml`) checks and counts `a` once.
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if !self.checked_files.insert(key) {
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
            let refs: Vec<(String, String, &PackFile)> =
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
        let courses = self.load_pack_courses(&pack);
        let above = course_above_pack(&pack);
        let root_course = courses
            .get(Path::new(""))
            .and_then(|c| c.0.clone())
            .or_else(|| above.clone())
            .or_else(|| fallback.clone());
        let mut translation_files = translation_files(&pack);
        let outside = above.or(fallback);
        let jobs = self.scenario_jobs(&pack, &courses, &outside, &mut translation_files);
        let results = par_map(&jobs, |job| check_file(job, opts));
        let checked = self.take_checked(&jobs, results);
        self.add_course_translations(&pack, &courses, &translation_files);
        if opts.deep {
            self.missing_course_translations(&courses);
        }
        self.missing_listed_scenarios(&courses, &checked.ids);
        if opts.deep {
            self.unassessed_in_pack(&courses, &checked);
        }
        root_course
    }

    /// Every `course.toml` of the pack, loaded, by folder.
    fn load_pack_courses(&mut self, pack: &Pack) -> HashMap<PathBuf, CourseFile> {
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
        courses
    }

    /// One job per scenario file of the pack (every file that is neither a course nor a
    /// translation), with its course and the translation files beside it, which it claims.
    /// `outside`: the course of files with no `course.toml` in the pack above them.
    fn scenario_jobs<'p>(
        &mut self,
        pack: &'p Pack,
        courses: &HashMap<PathBuf, CourseFile>,
        outside: &Option<Arc<Course>>,
        translation_files: &mut [TranslationFile<'p>],
    ) -> Vec<Job<'p>> {
        let mut jobs: Vec<Job<'_>> = Vec::new();
        for f in pack.files.iter().filter(|f| !is_course(&f.rel) && translation_of(&f.rel).is_none()) {
            let shown = pack.shown(&f.rel);
            let course = match nearest_course(courses, &f.rel) {
                Some(Some(course)) => Some(course),
                Some(None) => {
                    self.diagnostics.push(Located::whole_file(&shown, t!("diag-course-not-fixed")));
                    continue;
                }
                None => outside.clone(),
            };
            let translations = claim_translations(pack, translation_files, &f.rel);
            jobs.push(Job { shown, file: f, course, translations });
        }
        jobs
    }

    /// Takes in what checking each scenario file gave: its diagnostics, the scenario and its
    /// translations, and an error for an id that an earlier file of the pack has.
    fn take_checked(&mut self, jobs: &[Job<'_>], results: Vec<Checked>) -> PackChecked {
        let mut out = PackChecked::default();
        for (Job { shown, course: job_course, .. }, checked) in jobs.iter().zip(results) {
            self.diagnostics.extend(checked.diags);
            let (Some(id), Some(course)) = (checked.id, checked.course) else {
                out.incomplete.extend(job_course.as_ref().map(Arc::as_ptr));
                continue;
            };
            self.loaded += 1;
            if let Some(s) = &checked.scenario {
                self.accept(s, shown);
                for t in checked.translations {
                    self.translations.insert((s.id.clone(), t.language.to_ascii_lowercase()), t);
                }
            }
            if let Some(first) = out.ids.get(&id) {
                if let Some(mut at) = checked.id_at {
                    at.message = t!("diag-duplicate-scenario", id = &id, first = first);
                    self.diagnostics.push(at);
                }
            } else {
                out.ids.insert(id, shown.clone());
            }
            out.by_course
                .entry(Arc::as_ptr(&course))
                .or_insert_with(|| (Arc::clone(&course), Vec::new()))
                .1
                .push(checked.assessed);
        }
        out
    }

    /// Loads the course translations (`course.TAG.toml`), and says which translation files have
    /// no scenario beside them.
    fn add_course_translations(
        &mut self,
        pack: &Pack,
        courses: &HashMap<PathBuf, CourseFile>,
        translation_files: &[TranslationFile<'_>],
    ) {
        for TranslationFile { folder, id, tag, file, used } in translation_files {
            let shown = pack.shown(&file.rel);
            if id == "course" {
                let course = courses.get(folder).and_then(|c| c.0.clone());
                let Some(course) = course else {
                    self.diagnostics.push(Located::whole_file(&shown, t!("diag-course-translation-alone")));
                    continue;
                };
                self.add_course_translation(&shown, file, tag, &course);
            } else if !used {
                self.diagnostics.push(Located::whole_file(&shown, t!("diag-translation-orphan", id = id)));
            }
        }
    }

    /// Loads one course translation file of `course`.
    fn add_course_translation(&mut self, shown: &str, file: &PackFile, tag: &str, course: &Arc<Course>) {
        let bytes = match file.bytes() {
            Ok(bytes) => bytes,
            Err(e) => {
                self.diagnostics.push(Located::whole_file(shown, e.to_string()));
                return;
            }
        };
        let text = match scenario::decode(&bytes) {
            Ok(text) => text,
            Err(d) => {
                self.diagnostics.push(Located::new(shown, scenario::text_prefix(&bytes), &d));
                return;
            }
        };
        let t = translation::load_course_translation(text, tag, course);
        self.diagnostics.extend(Located::all(shown, text, &t.diagnostics));
        if let Some(t) = t.value {
            self.course_translations.insert((course.id.clone(), tag.to_ascii_lowercase()), Arc::new(t));
        }
    }

    /// A warning for each language a course names that has no course translation.
    fn missing_course_translations(&mut self, courses: &HashMap<PathBuf, CourseFile>) {
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

    /// Scenarios a course lists that the pack does not have. `ids`: the pack's scenario ids.
    fn missing_listed_scenarios(
        &mut self,
        courses: &HashMap<PathBuf, CourseFile>,
        ids: &HashMap<String, String>,
    ) {
        for (course, shown, bytes) in courses.values() {
            let Some(course) = course else { continue };
            let problems = scenario::course_scenario_problems(
                course,
                |id| ids.contains_key(id),
                ids.keys().map(String::as_str),
            );
            self.diagnostics.extend(Located::all(shown, scenario::text_prefix(bytes), &problems));
        }
    }

    /// Lessons of this pack's courses that none of its scenarios assess.
    fn unassessed_in_pack(&mut self, courses: &HashMap<PathBuf, CourseFile>, checked: &PackChecked) {
        for (course, shown, bytes) in courses.values() {
            let Some(course) = course else { continue };
            // One cause, one message: the scenario's own errors say what is wrong.
            if checked.incomplete.contains(&Arc::as_ptr(course)) {
                continue;
            }
            let assessed: Vec<usize> =
                checked.by_course.get(&Arc::as_ptr(course)).map(|(_, v)| v.concat()).unwrap_or_default();
            let text = scenario::text_prefix(bytes);
            self.diagnostics.extend(Located::all(shown, text, &unassessed_lessons(course, &assessed)));
        }
    }
}

/// What the scenario files of a pack gave, for the checks of its courses.
#[derive(Default)]
struct PackChecked {
    /// The shown path of the first file with each scenario id.
    ids: HashMap<String, String>,
    /// The lessons each scenario assessed, by course.
    by_course: HashMap<*const Course, (Arc<Course>, Vec<Vec<usize>>)>,
    /// Courses with a scenario that did not load: whether each lesson is assessed cannot be told.
    incomplete: Vec<*const Course>,
}

/// A translation file of a pack (`ID.TAG.toml`; `course.TAG.toml` for the course), and whether a
/// scenario file beside it claimed it.
struct TranslationFile<'p> {
    folder: PathBuf,
    id: String,
    tag: String,
    file: &'p PackFile,
    used: bool,
}

/// Every translation file of the pack, none claimed yet.
fn translation_files(pack: &Pack) -> Vec<TranslationFile<'_>> {
    let mut out = Vec::new();
    for f in pack.files.iter().filter(|f| !is_course(&f.rel)) {
        if let Some((id, tag)) = translation_of(&f.rel) {
            let folder = f.rel.parent().unwrap_or(Path::new("")).to_path_buf();
            out.push(TranslationFile { folder, id, tag, file: f, used: false });
        }
    }
    out
}

/// The translations of the scenario file `rel`: files of its folder named after it, marked as
/// claimed, as (shown path, tag, file).
fn claim_translations<'p>(
    pack: &Pack,
    translation_files: &mut [TranslationFile<'p>],
    rel: &Path,
) -> Vec<(String, String, &'p PackFile)> {
    let stem = rel.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let folder = rel.parent().unwrap_or(Path::new(""));
    let mut translations = Vec::new();
    for t in translation_files.iter_mut().filter(|t| t.folder == folder && t.id == stem) {
        t.used = true;
        translations.push((pack.shown(&t.file.rel), t.tag.clone(), t.file));
    }
    translations
}

/// The course of the nearest `course.toml` at or above the folder of `rel` inside the pack:
/// `Some(None)` when that file did not load, `None` when there is no such file.
fn nearest_course(courses: &HashMap<PathBuf, CourseFile>, rel: &Path) -> Option<Option<Arc<Course>>> {
    let mut folder = rel.parent();
    while let Some(d) = folder {
        if let Some((c, _, _)) = courses.get(d) {
            return Some(c.clone());
        }
        folder = d.parent();
    }
    None
}

/// The nearest `course.toml` on disk above a pack's folder (its problems are not the pack's).
fn course_above_pack(pack: &Pack) -> Option<Arc<Course>> {
    let mut cache = HashMap::new();
    match &pack.dir {
        Some(dir) => dir.parent().and_then(|p| course_above(p, &mut cache, &mut Vec::new())),
        None => None,
    }
}
