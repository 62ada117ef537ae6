//! Checking the files of a pack: each scenario against its course, courses found by folder, and
//! the work spread over every core for large packs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::engine::check_scenario;
use crate::fsio::{display_path, read_file};
use crate::scenario::translation::{self, CourseTranslation, Translation};
use crate::scenario::{self, Course, Diagnostic, Located, Scenario};

use super::files::PackFile;
use super::LoadOptions;

/// Loads a course file's text, adding its diagnostics to `out`.
pub(super) fn load_course_bytes(shown: &str, bytes: &[u8], out: &mut Vec<Located>) -> Option<Arc<Course>> {
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
pub(super) fn course_above(
    dir: &Path,
    cache: &mut HashMap<PathBuf, Option<Arc<Course>>>,
    diags: &mut Vec<Located>,
) -> Option<Arc<Course>> {
    course_file_above(dir, cache, diags).and_then(|(c, _)| c)
}

/// The nearest `course.toml` at or above `dir`: the course (if it loaded) and its path.
pub(super) fn course_file_above(
    dir: &Path,
    cache: &mut HashMap<PathBuf, Option<Arc<Course>>>,
    diags: &mut Vec<Located>,
) -> Option<(Option<Arc<Course>>, PathBuf)> {
    let mut here = Some(dir);
    while let Some(d) = here {
        let candidate = d.join("course.toml");
        if let Some(c) = cache.get(&candidate) {
            return Some((c.clone(), candidate));
        }
        if candidate.is_file() {
            let shown = display_path(&candidate);
            let course = match read_file(&candidate) {
                Ok(bytes) => load_course_bytes(&shown, &bytes, diags),
                Err(e) => {
                    diags.push(Located::whole_file(&shown, e.to_string()));
                    None
                }
            };
            cache.insert(candidate.clone(), course.clone());
            return Some((course, candidate));
        }
        here = d.parent();
    }
    None
}

/// What checking one scenario file gives.
pub(super) struct Checked {
    /// The scenario, when it loaded and is to be kept.
    pub(super) scenario: Option<Arc<Scenario>>,
    /// Its id, course and assessed lessons, when it loaded (kept or not).
    pub(super) id: Option<String>,
    pub(super) course: Option<Arc<Course>>,
    pub(super) assessed: Vec<usize>,
    /// Where its `[scenario]` table is, for a duplicate-id error.
    pub(super) id_at: Option<Located>,
    pub(super) diags: Vec<Located>,
    /// Its translations that loaded (kept only when the scenario is).
    pub(super) translations: Vec<Arc<Translation>>,
}

impl Checked {
    pub(super) fn empty() -> Self {
        Checked {
            scenario: None,
            id: None,
            course: None,
            assessed: vec![],
            id_at: None,
            diags: vec![],
            translations: vec![],
        }
    }
}

/// Loads and checks one scenario file and its translations, placing every diagnostic in its file.
pub(super) fn check_file(job: &Job<'_>, opts: LoadOptions) -> Checked {
    let Job { shown, file, course, translations } = job;
    let mut out = Checked::empty();
    let bytes = match file.bytes() {
        Ok(b) => b,
        Err(e) => {
            out.diags.push(Located::whole_file(shown, e.to_string()));
            return out;
        }
    };
    let keep = opts.keep;
    let mut out = check_bytes(shown, &bytes, course.clone(), LoadOptions { keep: true, ..opts }, out);
    if let Some(s) = &out.scenario {
        let (loaded, diags) = check_translations(s, translations);
        out.diags.extend(diags);
        out.translations = loaded;
        if opts.deep {
            let text = scenario::text_prefix(&bytes);
            for tag in s.course.languages.iter().skip(1) {
                if !translations.iter().any(|(_, t, _)| t.eq_ignore_ascii_case(tag)) {
                    out.diags.push(Located::new(shown, text, &translation::missing_translation(s, tag)));
                }
            }
        }
    }
    if !keep {
        out.scenario = None;
        out.translations.clear();
    }
    out
}

/// The translation files beside a scenario file given by path: `STEM.TAG.toml` in its folder, as
/// (shown path, tag, file).
pub(super) fn translation_files_beside(path: &Path) -> Vec<(String, String, PackFile)> {
    let (Some(dir), Some(stem)) = (path.parent(), path.file_stem().and_then(|s| s.to_str())) else {
        return Vec::new();
    };
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<(String, String, PackFile)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let (id, tag) = translation::split_file_name(&name)?;
            (id == stem).then(|| (display_path(&e.path()), tag.to_string(), PackFile::on_disk(e.path())))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The course translations beside a course file (`course.TAG.toml`), loaded.
pub(super) fn course_translations_beside(
    course_file: &Path,
    course: &Course,
    diags: &mut Vec<Located>,
) -> Vec<CourseTranslation> {
    let dir = course_file.parent().unwrap_or(Path::new("."));
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut out = Vec::new();
    for e in entries.filter_map(Result::ok) {
        let Some(name) = e.file_name().to_str().map(str::to_string) else { continue };
        let Some(("course", tag)) = translation::split_file_name(&name) else { continue };
        let shown = display_path(&e.path());
        match read_file(&e.path()) {
            Ok(bytes) => match scenario::decode(&bytes) {
                Ok(text) => {
                    let t = translation::load_course_translation(text, tag, course);
                    diags.extend(Located::all(&shown, text, &t.diagnostics));
                    out.extend(t.value);
                }
                Err(d) => diags.push(Located::new(&shown, scenario::text_prefix(&bytes), &d)),
            },
            Err(e) => diags.push(Located::whole_file(&shown, e.to_string())),
        }
    }
    out
}

/// Loads the translation files of `s`.
pub(super) fn check_translations(
    s: &Scenario,
    files: &[(String, String, &PackFile)],
) -> (Vec<Arc<Translation>>, Vec<Located>) {
    let (mut loaded, mut diags) = (Vec::new(), Vec::new());
    for (shown, tag, file) in files {
        let bytes = match file.bytes() {
            Ok(b) => b,
            Err(e) => {
                diags.push(Located::whole_file(shown, e.to_string()));
                continue;
            }
        };
        let text = match scenario::decode(&bytes) {
            Ok(t) => t,
            Err(d) => {
                diags.push(Located::new(shown, scenario::text_prefix(&bytes), &d));
                continue;
            }
        };
        let t = translation::load_translation(text, tag, s);
        diags.extend(Located::all(shown, text, &t.diagnostics));
        loaded.extend(t.value.map(Arc::new));
    }
    (loaded, diags)
}

pub(super) fn check_bytes(
    shown: &str,
    bytes: &[u8],
    course: Option<Arc<Course>>,
    opts: LoadOptions,
    mut out: Checked,
) -> Checked {
    let Some(course) = course else {
        out.diags.push(Located::whole_file(shown, crate::t!("diag-no-course-found")));
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

/// One scenario file to check: its shown path, the file, its course, and its translation files
/// (shown path, language tag, file).
pub(super) struct Job<'a> {
    pub(super) shown: String,
    pub(super) file: &'a PackFile,
    pub(super) course: Option<Arc<Course>>,
    pub(super) translations: Vec<(String, String, &'a PackFile)>,
}

/// Below this many bytes in all, a pack is checked on one thread (threads would cost more).
const PARALLEL_BYTES: usize = 512 * 1024;

/// `f` over every job, in order, on up to every core when the jobs are large enough.
pub(super) fn par_map<'j, R: Send>(jobs: &'j [Job<'j>], f: impl Fn(&'j Job<'j>) -> R + Sync) -> Vec<R> {
    let total: usize = jobs.iter().map(|j| j.file.len()).sum();
    if total < PARALLEL_BYTES {
        return jobs.iter().map(f).collect();
    }
    // Diagnostics are written in this thread's language on every core.
    let lang = crate::i18n::lang();
    crate::par::par_map(jobs, |job| {
        crate::i18n::set_lang(lang);
        f(job)
    })
}

/// A pack's course file: the course (if it loaded), its shown path, its bytes.
pub(super) type CourseFile = (Option<Arc<Course>>, String, Vec<u8>);
