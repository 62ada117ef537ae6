//! The scenario format, version 1 (`SCENARIO_FORMAT.md`): reading files with spans, checking them
//! with precise diagnostics, and the validated model the engine plays.
//!
//! Everything here is pure: it takes text and returns values and diagnostics. Finding and reading
//! files is [`crate::pack`]'s job.

pub mod condition;
mod course;
pub mod diagnostic;
pub mod limits;
pub mod model;
mod raw;
mod read;
mod validate;

use std::sync::Arc;

use sha2::{Digest, Sha256};
use toml::de::DeTable;

pub use course::DEFAULT_PASS_PERCENT;
pub use diagnostic::{line_column, Diagnostic, Located, Severity, Span};
pub use model::*;
pub use read::did_you_mean;
pub use validate::unassessed_lessons;

use read::{Reader, Table};

/// What loading a file gave: the value when it has no error, and every diagnostic either way.
#[derive(Debug)]
pub struct Loaded<T> {
    pub value: Option<T>,
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Loaded<T> {
    fn failed(d: Diagnostic) -> Self {
        Loaded { value: None, diagnostics: vec![d] }
    }
}

/// Checks size and encoding, and gives the text of a file's bytes.
pub fn decode(bytes: &[u8]) -> Result<&str, Diagnostic> {
    if bytes.len() > limits::MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            0..0,
            format!(
                "the file is {:.1} MB; the limit is {} MB: a scenario this large is almost certainly not a scenario (split it if it is)",
                bytes.len() as f64 / 1e6,
                limits::MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        Diagnostic::error(
            at..at,
            "the file is not valid UTF-8 text here: save it as UTF-8 (is it a binary file, or in another encoding?)",
        )
    })
}

/// The longest prefix of `bytes` that is text: enough to place a diagnostic in any file.
pub fn text_prefix(bytes: &[u8]) -> &str {
    let bytes = &bytes[..bytes.len().min(limits::MAX_FILE_BYTES)];
    match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or(""),
    }
}

/// Hex SHA-256 of a file's bytes: which version of a scenario a run was played on.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Parses TOML, reporting syntax errors (a few, not hundreds) and the empty file.
fn parse_toml<'i>(text: &'i str, r: &mut Reader, kind: &str) -> Option<toml::Spanned<DeTable<'i>>> {
    if text.trim().is_empty() {
        r.error(0..0, format!("the file is empty: a {kind} file starts with `format = 1`"));
        return None;
    }
    let (root, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Some(root);
    }
    let total = errors.len();
    for e in errors.iter().take(limits::MAX_SYNTAX_ERRORS) {
        let span = e.span().unwrap_or(0..0);
        let mut message = e.message().trim().to_string();
        if message.contains("recursion") {
            message = "values are nested too deeply (more than 80 levels of lists or tables)".into();
        }
        r.error(span, format!("TOML syntax error: {message}"));
    }
    if total > limits::MAX_SYNTAX_ERRORS {
        let last = errors[limits::MAX_SYNTAX_ERRORS].span().unwrap_or(0..0);
        r.error(
            last,
            format!(
                "{} more syntax errors not shown: is this a TOML file?",
                total - limits::MAX_SYNTAX_ERRORS
            ),
        );
    }
    None
}

/// Loads `course.toml` from its text.
pub fn load_course(text: &str) -> Loaded<Course> {
    let mut r = Reader::new();
    let value = parse_toml(text, &mut r, "course").and_then(|root| {
        let table = Table { t: root.get_ref(), span: 0..0, what: "the course file".into() };
        course::read_course(&mut r, &table)
    });
    finish(value, r.diags)
}

/// Loads a scenario file against its course. `bytes` is the file as read (hashed for
/// [`Scenario::content_hash`]).
pub fn load_scenario(bytes: &[u8], course: &Arc<Course>) -> Loaded<Scenario> {
    let text = match decode(bytes) {
        Ok(t) => t,
        Err(d) => return Loaded::failed(d),
    };
    // A large file is hashed on a second core while it is parsed.
    if bytes.len() >= PARALLEL_HASH_BYTES {
        return std::thread::scope(|scope| {
            let hash = scope.spawn(|| content_hash(bytes));
            load_text(text, course, true, move || hash.join().unwrap_or_else(|_| content_hash(bytes)))
        });
    }
    load_text(text, course, false, || content_hash(bytes))
}

/// Files at least this large are hashed in parallel with parsing.
const PARALLEL_HASH_BYTES: usize = 256 * 1024;

/// Files at least this large are parsed in two halves on two cores, when they can be split
/// cleanly before a `[[nodes]]` table.
const SPLIT_BYTES: usize = 1024 * 1024;

/// Where to cut a large scenario in two: the start of a `[[nodes]]` line past the middle, with
/// another `[[nodes]]` before it.
fn split_point(text: &str) -> Option<usize> {
    let mid = text.len() / 2;
    let mut at = mid;
    while !text.is_char_boundary(at) {
        at += 1;
    }
    let split = at + text[at..].find("\n[[nodes]]")? + 1;
    text[..split].contains("\n[[nodes]]").then_some(split)
}

fn load_text(
    text: &str,
    course: &Arc<Course>,
    large: bool,
    hash: impl FnOnce() -> String,
) -> Loaded<Scenario> {
    if text.len() >= SPLIT_BYTES {
        if let Some(split) = split_point(text) {
            // The second half is padded with spaces so that its spans stay positions in the file.
            let second = format!("{}{}", " ".repeat(split), &text[split..]);
            let (first, rest) = std::thread::scope(|scope| {
                let rest = scope.spawn(|| DeTable::parse(&second).ok());
                (DeTable::parse(&text[..split]).ok(), rest.join().ok().flatten())
            });
            if let (Some(first), Some(rest)) = (first, rest) {
                // The cut is clean when the second half holds nothing but nodes and tests (a cut
                // inside a multi-line string, say, would not parse or would hold other keys).
                let clean =
                    rest.get_ref().iter().all(|(k, _)| matches!(k.get_ref().as_ref(), "nodes" | "tests"))
                        && !(first.get_ref().contains_key("tests") && rest.get_ref().contains_key("tests"));
                if clean {
                    let mut r = Reader::new();
                    let root = Table { t: first.get_ref(), span: 0..0, what: "the scenario file".into() };
                    let more = Table { t: rest.get_ref(), span: 0..0, what: "the scenario file".into() };
                    let raw = raw::read_file(&mut r, &root, Some(&more));
                    let value = std::thread::scope(|scope| {
                        scope.spawn(move || drop((first, rest)));
                        validate::resolve(&mut r, raw, text, course, hash())
                    });
                    return finish(value, r.diags);
                }
            }
        }
    }
    let mut r = Reader::new();
    let value = parse_toml(text, &mut r, "scenario").and_then(|root| {
        let table = Table { t: root.get_ref(), span: 0..0, what: "the scenario file".into() };
        let raw = raw::read_file(&mut r, &table, None);
        if large {
            // Freeing a large parse tree takes a while: done on another core meanwhile.
            std::thread::scope(|scope| {
                scope.spawn(move || drop(root));
                validate::resolve(&mut r, raw, text, course, hash())
            })
        } else {
            drop(root);
            validate::resolve(&mut r, raw, text, course, hash())
        }
    });
    finish(value, r.diags)
}

/// A value is only given when there is no error at all, whichever step found it.
fn finish<T>(value: Option<T>, mut diagnostics: Vec<Diagnostic>) -> Loaded<T> {
    diagnostics.sort_by_key(|d| (d.span.start, d.severity));
    let value = value.filter(|_| !diagnostics.iter().any(Diagnostic::is_error));
    Loaded { value, diagnostics }
}
