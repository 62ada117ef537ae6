//! `rehearse class report [FILE_OR_DIR...] [--learners] [--format table|csv|json|markdown]`

use std::path::{Path, PathBuf};

use crate::cli::ReportFormat;
use crate::progress::Store;
use crate::report::class::{combine, Source};
use crate::report::export::{parse, Export, ExportError};
use crate::t;

/// The export files named by `paths`: files as given, folders searched for `.json` and `.csv`.
/// A file named twice (as itself and in its folder, say) is read once: that is a slip of the
/// command line, not a file handed in twice.
fn files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
                .unwrap_or_default();
            found.retain(|f| f.is_file() && f.extension().is_some_and(|x| x == "json" || x == "csv"));
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
    out
}

/// An export file that cannot be read, and why.
#[derive(Debug, thiserror::Error)]
enum Unusable {
    #[error(transparent)]
    Read(#[from] crate::fsio::ReadError),
    #[error(transparent)]
    Export(#[from] ExportError),
}

/// Exports are small: a file larger than this is not one (and is not read whole to find out).
const MAX_EXPORT_BYTES: usize = 64 * 1024 * 1024;

/// The export in `path`. Exports put together in one CSV file are read as such, to be flagged in
/// the report rather than skipped.
fn read(path: &Path) -> Result<Source, Unusable> {
    let bytes = crate::fsio::read_limited(path, MAX_EXPORT_BYTES)?;
    let file = crate::fsio::display_path(path);
    match parse(&bytes) {
        Ok(export) => Ok(Source::new(file, export)),
        Err(ExportError::Concatenated { learner, how }) => Ok(Source::concatenated(file, learner, how)),
        Err(e) => Err(e.into()),
    }
}

/// Every learner in the data folder (where `rehearse serve` saves a class), read as an export
/// of their file would be, so the report is the same as from exports handed in.
fn learner_sources(store: &Store, problems: &mut usize) -> Vec<Source> {
    let now = crate::progress::now_rfc3339();
    let mut out = Vec::new();
    for (path, file) in store.read_all() {
        match file {
            Ok(f) => out.push(Source::new(crate::fsio::display_path(&path), Export::of(&f, now.clone()))),
            Err(reason) => {
                *problems += 1;
                skipped(&path, &reason);
            }
        }
    }
    out
}

fn skipped(path: &Path, reason: &str) {
    let file = crate::text::sanitize_line(&path.display().to_string());
    let reason = crate::text::sanitize_line(reason);
    eprintln!("rehearse: {}", t!("class-skipped", file = &file, reason = &reason));
}

pub fn run(packs: &[PathBuf], inputs: &[PathBuf], learners: bool, format: ReportFormat) -> super::Outcome {
    let mut sources = Vec::new();
    let mut problems = 0;
    if learners {
        let store = Store::open_default();
        sources.extend(learner_sources(&store, &mut problems));
        if sources.is_empty() && inputs.is_empty() {
            let folder = crate::text::sanitize_line(&store.root().display().to_string());
            return Err(super::Error::Invalid(t!("class-no-learners", folder = &folder)));
        }
    }
    for f in files(inputs) {
        match read(&f) {
            Ok(s) => sources.push(s),
            Err(e) => {
                problems += 1;
                skipped(&f, &e.to_string());
            }
        }
    }
    if sources.is_empty() {
        return Err(super::Error::Invalid(t!("class-no-export")));
    }
    let lib = super::library(packs);
    let report = combine(&lib, &sources);
    let text = match format {
        ReportFormat::Table => report.to_table(),
        ReportFormat::Json => {
            format!("{}\n", crate::text::json_pretty(&report.to_json()))
        }
        ReportFormat::Markdown => report.to_markdown(),
        ReportFormat::Csv => report.to_csv(),
    };
    super::print(&text);
    if problems > 0 {
        eprintln!("rehearse: {}", t!("class-files-skipped", n = problems));
    }
    Ok(super::OK)
}
