//! Scenario packs: the bundled pack, packs named with `--pack`, and single files, loaded and
//! checked into a [`Library`] that commands look scenarios up in.
//!
//! A scenario file uses the `course.toml` of its own folder or of the nearest parent folder that
//! has one, and otherwise the bundled course.
//!
//! Where each part lives: finding a pack's files (bundled or on disk) in `files.rs`; loading them
//! into a library in `load.rs`; checking one file against its course in `check.rs`; languages and
//! translations in `languages.rs`; looking a scenario up ([`Library::find`]) here.

mod check;
mod files;
mod languages;
mod load;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::fsio::display_path;
use crate::scenario::translation::{CourseTranslation, Translation};
use crate::scenario::{self, Course, Located, Scenario};
use crate::t;

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
    /// Single files already checked (a scenario and its translation given together are one).
    checked_files: std::collections::HashSet<PathBuf>,
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
