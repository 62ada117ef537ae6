//! `rehearse import twee FILE [-o OUT]`: a Twine story (Twee 3, or Twine 2 HTML) as a scenario
//! file to complete.

use std::path::{Path, PathBuf};

use crate::import::twee;

pub fn run(file: &Path, output: Option<PathBuf>) -> super::Outcome {
    let bytes = crate::fsio::read_limited(file, 16 * 1024 * 1024)
        .map_err(|e| super::Error::Invalid(format!("{}: {e}", file.display())))?;
    let text = String::from_utf8_lossy(&bytes);
    let story = twee::parse(&text).map_err(|e| super::Error::Invalid(format!("{}: {e}", file.display())))?;
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("story");
    let id = twee::kebab(story.title.as_deref().unwrap_or(stem));
    let (scenario, notes) = twee::to_scenario(&story, &id);
    let summary = crate::t!(
        "import-summary",
        passages = notes.passages,
        links = notes.links,
        macros = notes.macros,
        missing = notes.missing.len()
    );
    match output {
        None => {
            super::print(&scenario);
            eprintln!("{summary}");
        }
        Some(path) => {
            if path.exists() {
                let file = crate::text::sanitize_line(&path.display().to_string());
                return Err(super::Error::Invalid(crate::t!("import-exists", file = &file)));
            }
            crate::progress::write_file(&path, scenario.as_bytes())?;
            eprintln!("{summary}");
            eprintln!("{}", crate::t!("import-next", file = &path.display().to_string()));
        }
    }
    Ok(super::OK)
}
