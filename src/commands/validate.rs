//! `rehearse validate [PATH...]`

use std::path::PathBuf;

use crate::pack::{Library, LoadOptions};

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
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if errors > 0 {
        eprintln!(
            "{} and {}; {} loaded",
            plural(errors, "error"),
            plural(warnings, "warning"),
            plural(loaded, "scenario")
        );
        Ok(super::INVALID)
    } else {
        if warnings > 0 {
            eprintln!("{}; {} ready to play", plural(warnings, "warning"), plural(loaded, "scenario"));
        } else {
            eprintln!("ok: {} ready to play", plural(loaded, "scenario"));
        }
        Ok(super::OK)
    }
}
