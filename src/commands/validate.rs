//! `rehearse validate [PATH...]`

use std::path::PathBuf;

use crate::pack::{Library, LoadOptions};
use crate::t;

pub fn run(packs: &[PathBuf], paths: &[PathBuf]) -> super::Outcome {
    // Each scenario is let go as soon as it is checked: only its diagnostics are needed here.
    let opts = LoadOptions { deep: true, keep: false };
    let lib = if paths.is_empty() { Library::load(packs, opts) } else { Library::load_paths(paths, opts) };
    let diags = lib.sorted_diagnostics();
    let mut out = String::new();
    for d in &diags {
        out.push_str(&d.to_string());
        out.push('\n');
    }
    super::print(&out);
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    let loaded = lib.loaded;
    drop(diags);
    // The process ends here: freeing every scenario one by one would only cost time.
    std::mem::forget(lib);
    if errors > 0 {
        eprintln!("{}", t!("validate-errors", errors = errors, warnings = warnings, loaded = loaded));
        Ok(super::INVALID)
    } else {
        if warnings > 0 {
            eprintln!("{}", t!("validate-warnings", warnings = warnings, loaded = loaded));
        } else {
            eprintln!("{}", t!("validate-ok", loaded = loaded));
        }
        Ok(super::OK)
    }
}
