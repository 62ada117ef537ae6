//! `rehearse class report FILE_OR_DIR... [--format table|csv|json|markdown]`

use std::path::{Path, PathBuf};

use crate::cli::ReportFormat;
use crate::report::class::{combine, Source};
use crate::report::export::parse;

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

fn read(path: &Path) -> Result<Source, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read it: {}", crate::fsio::io_reason(&e)))?;
    if bytes.len() > 64 * 1024 * 1024 {
        return Err("larger than 64 MB: not an export".into());
    }
    let export = parse(&bytes)?;
    Ok(Source { file: crate::fsio::display_path(path), export })
}

pub fn run(packs: &[PathBuf], inputs: &[PathBuf], format: ReportFormat) -> u8 {
    let mut sources = Vec::new();
    let mut problems = 0;
    for f in files(inputs) {
        match read(&f) {
            Ok(s) => sources.push(s),
            Err(e) => {
                problems += 1;
                eprintln!(
                    "rehearse: {}: skipped, {}",
                    crate::text::sanitize_line(&f.display().to_string()),
                    crate::text::sanitize_line(&e)
                );
            }
        }
    }
    if sources.is_empty() {
        return super::fail(
            super::INVALID,
            "no export could be read: give files written by `rehearse export` (or folders of them)",
        );
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
        eprintln!("rehearse: {problems} file(s) skipped");
    }
    super::OK
}
