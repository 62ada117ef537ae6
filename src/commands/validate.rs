//! `rehearse validate [PATH...] [--json]`

use std::path::PathBuf;

use serde_json::json;

use crate::pack::{Library, LoadOptions};
use crate::t;

/// How the author's tests went: how many ran, how many failed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tests {
    pub run: usize,
    pub failed: usize,
}

impl Tests {
    pub fn passed(self) -> usize {
        self.run.saturating_sub(self.failed)
    }
}

/// The author's tests of every loaded scenario and how many failed.
fn tests_of(lib: &Library) -> Tests {
    Tests {
        run: lib.entries.iter().map(|e| e.scenario.tests.len()).sum(),
        failed: lib.diagnostics.iter().filter(|d| d.is_failed_test()).count(),
    }
}

pub fn run(packs: &[PathBuf], paths: &[PathBuf], as_json: bool) -> super::Outcome {
    // The scenarios are kept to count their author's tests (a count the library does not keep).
    let opts = LoadOptions::deep();
    let lib = if paths.is_empty() { Library::load(packs, opts) } else { Library::load_paths(paths, opts) };
    let tests = tests_of(&lib);
    let diags = lib.sorted_diagnostics();
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    if as_json {
        let v = json!({
            "diagnostics": diags.iter().map(|d| json!({
                "path": d.path, "line": d.line, "column": d.column,
                "severity": if d.is_error() { "error" } else { "warning" }, "message": d.message,
            })).collect::<Vec<_>>(),
            "errors": errors,
            "warnings": warnings,
            "tests": { "passed": tests.passed(), "failed": tests.failed },
        });
        super::print(&format!("{}\n", crate::text::json_pretty(&v)));
    } else {
        let mut out = String::new();
        for d in &diags {
            out.push_str(&d.to_string());
            out.push('\n');
        }
        super::print(&out);
        eprintln!("{}", summary(errors, warnings, lib.loaded, tests));
    }
    drop(diags);
    // The process ends here: freeing every scenario one by one would only cost time.
    std::mem::forget(lib);
    Ok(if errors > 0 { super::INVALID } else { super::OK })
}

/// The line on standard error after the diagnostics.
fn summary(errors: usize, warnings: usize, loaded: usize, tests: Tests) -> String {
    let (passed, failed, total) = (tests.passed(), tests.failed, tests.run);
    let tests = t!("validate-tests", passed = passed, failed = failed, total = total);
    if errors > 0 {
        t!("validate-errors", errors = errors, warnings = warnings, loaded = loaded, tests = &tests)
    } else if warnings > 0 {
        t!("validate-warnings", warnings = warnings, loaded = loaded, tests = &tests)
    } else {
        t!("validate-ok", loaded = loaded, tests = &tests)
    }
}
