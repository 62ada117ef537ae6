//! `rehearse export [--learner NAME] [--format json|csv] [-o FILE]`

use std::path::PathBuf;

use crate::cli::ExportFormat;
use crate::progress::now_rfc3339;
use crate::report::export::{to_csv, to_json, Export};
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
            let lib = super::library(packs);
            let cfg = crate::lrs::config(&store).map(|c| c.xapi).unwrap_or_default();
            let mut all = Vec::new();
            for a in &export.attempts {
                match lib
                    .entries
                    .iter()
                    .find(|e| e.scenario.id == a.scenario && e.scenario.content_hash == a.scenario_hash)
                {
                    Some(e) => all.extend(crate::report::xapi::statements(&e.scenario, a, &learner, &cfg)),
                    None if a.status == crate::progress::Status::Completed => eprintln!(
                        "rehearse: {}",
                        t!("export-other-version", attempt = &a.id, scenario = &a.scenario)
                    ),
                    None => {}
                }
            }
            format!("{}\n", serde_json::to_string_pretty(&all).unwrap_or_default())
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
