//! Checking the files of a pack: each scenario against its course, courses found by folder, and
//! the work spread over every core for large packs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::engine::check_scenario;
use crate::fsio::{display_path, read_file};
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
                    diags.push(Located::whole_file(&shown, e.to_string()));
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
}

/// Loads and checks one scenario file, placing every diagnostic in the file.
pub(super) fn check_file(
    shown: &str,
    file: &PackFile,
    course: Option<Arc<Course>>,
    opts: LoadOptions,
) -> Checked {
    let mut out =
        Checked { scenario: None, id: None, course: None, assessed: vec![], id_at: None, diags: vec![] };
    let bytes = match file.bytes() {
        Ok(b) => b,
        Err(e) => {
            out.diags.push(Located::whole_file(shown, e.to_string()));
            return out;
        }
    };
    check_bytes(shown, &bytes, course, opts, out)
}

pub(super) fn check_bytes(
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
pub(super) type Job<'a> = (String, &'a PackFile, Option<Arc<Course>>);

/// Below this many bytes in all, a pack is checked on one thread (threads would cost more).
const PARALLEL_BYTES: usize = 512 * 1024;

/// `f` over every job, in order, on up to every core when the jobs are large enough.
pub(super) fn par_map<'j, R: Send>(jobs: &'j [Job<'j>], f: impl Fn(&'j Job<'j>) -> R + Sync) -> Vec<R> {
    let total: usize = jobs.iter().map(|j| j.1.len()).sum();
    if total < PARALLEL_BYTES {
        return jobs.iter().map(f).collect();
    }
    crate::par::par_map(jobs, f)
}

/// A pack's course file: the course (if it loaded), its shown path, its bytes.
pub(super) type CourseFile = (Option<Arc<Course>>, String, Vec<u8>);
