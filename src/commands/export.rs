//! `rehearse export [--learner NAME] [--format json|csv|xapi] [-o FILE]`

use std::path::PathBuf;
use std::sync::Arc;

use serde_json::Value;

use crate::cli::ExportFormat;
use crate::pack::{Library, LoadOptions};
use crate::progress::{now_rfc3339, Status, Store};
use crate::report::export::{to_csv, to_json, Export};
use crate::scenario::Scenario;
use crate::t;

pub fn run(
    packs: &[PathBuf],
    learner: Option<String>,
    format: ExportFormat,
    output: Option<PathBuf>,
) -> super::Outcome {
    let (learner, store, file) = super::learner_file(learner)?;
    if file.attempts.is_empty() {
        eprintln!("rehearse: {}", t!("export-empty", learner = &learner));
    }
    let export = Export::of(&file, now_rfc3339());
    let text = match format {
        ExportFormat::Json => to_json(&export),
        ExportFormat::Xapi => {
            let all = xapi(packs, &export, &learner, &store);
            format!("{}\n", crate::text::json_pretty(&all))
        }
        ExportFormat::Csv => {
            let lib = super::library(packs);
            let lessons: Vec<String> =
                lib.course.iter().flat_map(|c| c.lessons.iter().map(|l| l.id.clone())).collect();
            to_csv(&export, &lessons)
        }
    };
    match output {
        None => {
            super::print(&text);
            Ok(super::OK)
        }
        Some(path) => match crate::progress::write_file(&path, text.as_bytes()) {
            Ok(()) => {
                let path = path.display().to_string();
                eprintln!(
                    "{}",
                    t!("export-written", attempts = export.attempts.len(), learner = &learner, path = &path)
                );
                Ok(super::OK)
            }
            Err(e) => Err(e.into()),
        },
    }
}

/// The xAPI statements of every completed attempt played on a scenario as loaded now, each with
/// its names and descriptions in every language of the pack.
fn xapi(packs: &[PathBuf], export: &Export, learner: &str, store: &Store) -> Vec<Value> {
    // Loaded in the source language, not the learner's: every language is asked for below.
    let lib = Library::load(packs, LoadOptions::default());
    let cfg = crate::lrs::config(store).map(|c| c.xapi).unwrap_or_default();
    let mut all = Vec::new();
    for a in &export.attempts {
        let found = lib
            .entries
            .iter()
            .find(|e| e.scenario.id == a.scenario && e.scenario.content_hash == a.scenario_hash);
        match found {
            Some(e) => {
                let langs = lib.versions(&e.scenario);
                let langs: Vec<&Scenario> = langs.iter().map(Arc::as_ref).collect();
                all.extend(crate::report::xapi::statements(&langs, a, learner, &cfg));
            }
            None if a.status == Status::Completed => {
                eprintln!("rehearse: {}", t!("export-other-version", attempt = &a.id, scenario = &a.scenario))
            }
            None => {}
        }
    }
    all
}
