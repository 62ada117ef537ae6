//! `rehearse class report FILE_OR_DIR... [--format table|csv|json|markdown]`

use std::path::{Path, PathBuf};

use crate::cli::ReportFormat;
use crate::report::class::{combine, Source};
use crate::report::export::parse;
use crate::t;

/// The export files named by `paths`: files as given, folders searched for `.json` and `.csv`.
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
    out
}

/// An export file that cannot be read, and why.
#[derive(Debug, thiserror::Error)]
enum Unusable {
    #[error(transparent)]
    Read(#[from] crate::fsio::ReadError),
    #[error(transparent)]
    Export(#[from] crate::report::export::ExportError),
}

/// Exports are small: a file larger than this is not one (and is not read whole to find out).
const MAX_EXPORT_BYTES: usize = 64 * 1024 * 1024;

fn read(path: &Path) -> Result<Source, Unusable> {
    let bytes = crate::fsio::read_limited(path, MAX_EXPORT_BYTES)?;
    let export = parse(&bytes)?;
    Ok(Source { file: crate::fsio::display_path(path), export })
}

pub fn run(packs: &[PathBuf], inputs: &[PathBuf], format: ReportFormat) -> super::Outcome {
    let mut sources = Vec::new();
    let mut problems = 0;
    for f in files(inputs) {
        match read(&f) {
            Ok(s) => sources.push(s),
            Err(e) => {
                problems += 1;
                let file = crate::text::sanitize_line(&f.display().to_string());
                let reason = crate::text::sanitize_line(&e.to_string());
                eprintln!("rehearse: {}", t!("class-skipped", file = &file, reason = &reason));
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
            format!("{}\n", serde_json::to_string_pretty(&report.to_json()).unwrap_or_default())
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
