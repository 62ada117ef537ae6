//! The scenario format, version 1 (`format = 1`; the README's "For facilitators: writing
//! scenarios" describes it): reading files with spans, checking them with precise diagnostics, and
//! the validated model the engine plays.
//!
//! Everything here is pure: it takes text and returns values and diagnostics. Finding and reading
//! files is [`crate::pack`]'s job.

pub mod condition;
mod course;
pub mod diagnostic;
mod large_file;
pub mod limits;
pub mod model;
mod raw;
mod read;
mod syntax_words;
pub mod translation;
mod validate;

use std::ops::Range;
use std::sync::Arc;

use sha2::{Digest, Sha256};
use toml::de::DeTable;

pub use course::DEFAULT_PASS_PERCENT;
pub use diagnostic::{line_column, Diagnostic, Located, Severity, Span};
pub use model::*;
pub use read::did_you_mean;
pub use validate::{course_scenario_problems, unassessed_lessons};

use crate::t;
use read::{Place, Reader, Table};

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
        let (whole, tenth) = crate::fsio::megabytes(bytes.len() as u64);
        let limit = limits::MAX_FILE_BYTES / (1024 * 1024);
        return Err(Diagnostic::error(
            0..0,
            t!("diag-file-too-large", whole = &whole, tenth = &tenth, limit = limit),
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        Diagnostic::error(at..at, t!("diag-not-utf8"))
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
/// `kind`: `scenario`, `course` or `translation`.
fn parse_toml<'i>(text: &'i str, r: &mut Reader, kind: &str) -> Option<toml::Spanned<DeTable<'i>>> {
    if text.trim().is_empty() {
        r.error(0..0, t!("diag-file-empty", kind = kind));
        return None;
    }
    let (root, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Some(root);
    }
    let total = errors.len();
    for e in errors.iter().take(limits::MAX_SYNTAX_ERRORS) {
        let span = e.span().unwrap_or(0..0);
        let (span, message) = explain_syntax_error(text, span, e.message().trim());
        r.error(span, message);
    }
    if total > limits::MAX_SYNTAX_ERRORS {
        let last = errors[limits::MAX_SYNTAX_ERRORS].span().unwrap_or(0..0);
        r.error(last, t!("diag-more-syntax-errors", count = total - limits::MAX_SYNTAX_ERRORS));
    }
    None
}

/// Where inline tables (`{ ... }`) span several lines: TOML 1.1 allows it and rehearse reads it,
/// but TOML 1.0 tools (Taplo and the editors built on it) reject the file. At most a few.
fn multiline_inline_tables(text: &str) -> Vec<Diagnostic> {
    let b = text.as_bytes();
    let (mut i, mut out) = (0, Vec::new());
    // Open inline tables: where each starts, and whether a newline was met inside it.
    let mut open: Vec<(usize, bool)> = Vec::new();
    // Brackets of arrays inside inline tables, so that `]` and `}` pair up.
    while i < b.len() && out.len() < 5 {
        match b[i] {
            b'#' => i = text[i..].find('\n').map_or(b.len(), |n| i + n),
            q @ (b'"' | b'\'') => {
                let triple = b[i..].starts_with(&[q, q, q]);
                let (close, start): (&[u8], usize) =
                    if triple { (&b[i..i + 3], i + 3) } else { (&b[i..i + 1], i + 1) };
                let mut j = start;
                while j < b.len() && !b[j..].starts_with(close) && (triple || b[j] != b'\n') {
                    j += if b[j] == b'\\' && q == b'"' { 2 } else { 1 };
                }
                if triple && text[start..j.min(b.len())].contains('\n') {
                    if let Some(last) = open.last_mut() {
                        last.1 = true;
                    }
                }
                i = j + close.len();
            }
            b'{' => {
                open.push((i, false));
                i += 1;
            }
            b'}' => {
                if let Some((at, multiline)) = open.pop() {
                    if multiline {
                        let message = t!("diag-multiline-inline-table", table = "{ ... }");
                        out.push(Diagnostic::warning(at..at + 1, message));
                    }
                }
                i += 1;
            }
            b'\n' => {
                if let Some(last) = open.last_mut() {
                    last.1 = true;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// A TOML syntax error said the way a person fixes it, at the place where the cause is.
fn explain_syntax_error(text: &str, span: Range<usize>, message: &str) -> (Range<usize>, String) {
    if message.contains("recursion") {
        return (span, t!("diag-toml-too-deep"));
    }
    if message.contains("multi-line") {
        if let Some(open) = unclosed_multiline(text) {
            return (open..open + 3, t!("diag-toml-unclosed-string", quotes = &text[open..open + 3]));
        }
    }
    let at = text.get(span.start..).and_then(|t| t.chars().next());
    if message.contains("must be quoted")
        && matches!(at, Some('\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}'))
    {
        return (span, t!("diag-toml-curly-quotes"));
    }
    if message.contains("duplicate key") {
        if let Some((key, first)) = first_of_duplicate(text, span.start) {
            return (span, t!("diag-toml-duplicate-key", key = &key, line = first));
        }
        if let Some((table, first)) = first_of_duplicate_header(text, span.start) {
            return (span, t!("diag-toml-duplicate-table", table = &table, line = first));
        }
    }
    match at {
        Some('\u{feff}') => return (span, t!("diag-toml-stray-bom")),
        Some(c) if (crate::text::is_unsafe(c) || c == '\r') && message.contains("string") => {
            let code = format!("\\u{:04X}", c as u32);
            let shown = crate::text::sanitize_line(&c.to_string());
            return (span, t!("diag-toml-control-character", shown = &shown, code = &code));
        }
        _ => {}
    }
    (span, t!("diag-toml-syntax", message = &syntax_words::localized(message)))
}

/// Where the last `"""` or `'''` that opens a string and never closes starts (quotes inside
/// comments and one-line strings are skipped).
fn unclosed_multiline(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = 0;
    let mut open: Option<(usize, u8)> = None;
    while i < b.len() {
        match open {
            Some((_, q)) => {
                if b[i] == b'\\' && q == b'"' {
                    i += 2;
                } else if b[i..].starts_with(&[q, q, q]) {
                    open = None;
                    i += 3;
                } else {
                    i += 1;
                }
            }
            None => match b[i] {
                b'#' => i = text[i..].find('\n').map_or(b.len(), |n| i + n),
                q @ (b'"' | b'\'') if b[i..].starts_with(&[q, q, q]) => {
                    open = Some((i, q));
                    i += 3;
                }
                q @ (b'"' | b'\'') => {
                    // A one-line string: to its closing quote or the end of the line.
                    let mut j = i + 1;
                    while j < b.len() && b[j] != q && b[j] != b'\n' {
                        j += if b[j] == b'\\' && q == b'"' { 2 } else { 1 };
                    }
                    i = j + 1;
                }
                _ => i += 1,
            },
        }
    }
    open.map(|(at, _)| at)
}

/// For a duplicate key at `at`: the key and the line where the same table set it first.
fn first_of_duplicate(text: &str, at: usize) -> Option<(String, usize)> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let key = text[line_start..].split('=').next()?.trim();
    if key.is_empty() || key.contains('\n') {
        return None;
    }
    // Back to the table's header: the same key set before it, in this table.
    let before = &text[..line_start];
    let mut line_no = before.matches('\n').count() + 1;
    for l in before.lines().rev() {
        line_no -= 1;
        let t = l.trim_start();
        if t.starts_with('[') {
            break;
        }
        if t.contains('=') && t.split('=').next().is_some_and(|k| k.trim() == key) {
            return Some((key.to_string(), line_no));
        }
    }
    None
}

/// For a table header given twice (`[vars]` again): its name and the line of the first.
fn first_of_duplicate_header(text: &str, at: usize) -> Option<(String, usize)> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let header = |l: &str| {
        let l = l.split('#').next().unwrap_or("").trim();
        (l.starts_with('[') && !l.starts_with("[[") && l.ends_with(']')).then(|| l.to_string())
    };
    let this = header(text[line_start..].lines().next()?)?;
    let before = &text[..line_start];
    let line = before.lines().position(|l| header(l).as_deref() == Some(this.as_str()))?;
    Some((this, line + 1))
}

/// Loads `course.toml` from its text.
pub fn load_course(text: &str) -> Loaded<Course> {
    let mut r = Reader::new();
    let value = parse_toml(text, &mut r, "course").and_then(|root| {
        let table = Table { t: root.get_ref(), span: 0..0, what: Place::CourseFile };
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

fn load_text(
    text: &str,
    course: &Arc<Course>,
    large: bool,
    hash: impl FnOnce() -> String,
) -> Loaded<Scenario> {
    if let Some((raw, mut r)) = large_file::read(text) {
        let value = validate::resolve(&mut r, raw, text, course, hash());
        return with_text_warnings(finish(value, r.diags), text);
    }
    with_text_warnings(load_whole(text, course, large, hash), text)
}

/// Parses and reads the file in one go.
fn load_whole(
    text: &str,
    course: &Arc<Course>,
    large: bool,
    hash: impl FnOnce() -> String,
) -> Loaded<Scenario> {
    let mut r = Reader::new();
    let value = parse_toml(text, &mut r, "scenario").and_then(|root| {
        let table = Table { t: root.get_ref(), span: 0..0, what: Place::ScenarioFile };
        let raw = raw::read_file(&mut r, &table);
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

/// Loads a scenario's text read whole, never in pieces: for the fuzzer, which checks that both
/// ways agree.
#[doc(hidden)]
pub fn load_scenario_whole(text: &str, course: &Arc<Course>) -> Loaded<Scenario> {
    with_text_warnings(load_whole(text, course, false, || content_hash(text.as_bytes())), text)
}

/// Adds the warnings about the text itself (for other TOML tools) to a scenario's diagnostics.
fn with_text_warnings(mut loaded: Loaded<Scenario>, text: &str) -> Loaded<Scenario> {
    if text.contains('{') {
        let extra = multiline_inline_tables(text);
        if !extra.is_empty() {
            loaded.diagnostics.extend(extra);
            loaded.diagnostics.sort_by_key(|d| (d.span.start, d.severity));
        }
    }
    loaded
}

/// A value is only given when there is no error at all, whichever step found it.
fn finish<T>(value: Option<T>, mut diagnostics: Vec<Diagnostic>) -> Loaded<T> {
    diagnostic::drop_follow_ons(&mut diagnostics);
    diagnostics.sort_by_key(|d| (d.span.start, d.severity));
    let value = value.filter(|_| !diagnostics.iter().any(Diagnostic::is_error));
    Loaded { value, diagnostics }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small scenario that validates clean: a timed decision with one scored choice.
    const CLEAN: &str =
        "format = 1\n[scenario]\nid = \"s\"\ntitle = \"S\"\nsummary = \"S.\"\nlevel = \"101\"\n\
        minutes = 5\nstart = \"a\"\n[vars]\nx = 1\n[[nodes]]\nid = \"a\"\ntext = \"A.\"\ntimer = 30\n\
        on_timeout = { next = \"b\" }\n[[nodes.choices]]\ntext = \"Go.\"\nnext = \"b\"\n\
        score = { online-conflict = 1 }\nfeedback = \"Fine.\"\n[[nodes]]\nid = \"b\"\ntext = \"B.\"\n\
        ending = \"success\"\n";

    /// Every message `validate` gives for [`CLEAN`] with `edit` applied to its text.
    fn edited(edit: impl Fn(String) -> String) -> Vec<String> {
        let course = Arc::new(load_course(include_str!("../../scenarios/course.toml")).value.unwrap());
        let text = edit(CLEAN.to_string());
        load_scenario(text.as_bytes(), &course).diagnostics.into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn a_misspelled_key_is_one_message_not_two() {
        assert_eq!(edited(|t| t), Vec::<String>::new());
        // Misspelled: only the misspelling, not also "has no feedback" / "missing `minutes`".
        let m = edited(|t| t.replace("minutes =", "minutez =").replace("feedback =", "feedbak ="));
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(m[0].contains("`minutez`") && m[0].contains("`minutes`"), "{m:?}");
        assert!(m[1].contains("`feedbak`") && m[1].contains("`feedback`"), "{m:?}");
        // Missing with no look-alike: said, once each.
        let m = edited(|t| t.replace("minutes = 5\n", "").replace("feedback = \"Fine.\"\n", ""));
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(
            m.iter().any(|m| m.contains("`minutes`")) && m.iter().any(|m| m.contains("feedback")),
            "{m:?}"
        );
        // A look-alike that is itself a known key does not hide a missing one.
        let m = edited(|t| t.replace("feedback = \"Fine.\"", "set = {}"));
        assert!(m.iter().any(|m| m.contains("feedback")), "{m:?}");
    }

    #[test]
    fn syntax_errors_name_their_cause() {
        assert_eq!(edited(|t| t), Vec::<String>::new());
        let m = edited(|t| t.replace("[[nodes]]\nid = \"a\"", "[vars]\ny = 2\n[[nodes]]\nid = \"a\""));
        assert!(m.len() == 1 && m[0].contains("`[vars]`") && m[0].contains("line 9"), "{m:?}");
        let m = edited(|t| t.replace("\"A.\"", "\"A\u{1b}.\""));
        assert!(m.len() == 1 && m[0].contains("\\u001B") && m[0].contains('\u{241b}'), "{m:?}");
        let m = edited(|t| t.replace("minutes", "\u{feff}minutes"));
        assert!(m.len() == 1 && m[0].contains("U+FEFF"), "{m:?}");
        // An escape sequence in a node id (written as a TOML escape): said at the id itself.
        let m = edited(|t| t.replace("id = \"b\"", "id = \"b\\u001b[2J\""));
        assert!(m.iter().any(|m| m.contains("control") && m.contains('\u{241b}')), "{m:?}");
    }

    #[test]
    fn a_refused_value_is_not_also_reported_as_missing() {
        // A timer out of range: only that, not also "on_timeout without a timer".
        let m = edited(|t| t.replace("timer = 30", "timer = 0"));
        assert!(m.len() == 1 && m[0].contains("`timer`"), "{m:?}");
        // Too many choices: only that, not also "no choices, ending or next" or "a timer but no
        // choices".
        let many: String =
            (0..60).map(|i| format!("[[nodes.choices]]\ntext = \"C{i}.\"\nnext = \"b\"\n")).collect();
        let m = edited(|t| t.replace("[[nodes]]\nid = \"b\"", &format!("{many}[[nodes]]\nid = \"b\"")));
        assert!(m.len() == 1 && m[0].contains("61"), "{m:?}");
    }
}
