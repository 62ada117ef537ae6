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

/// Files at least this large are parsed in pieces: see [`load_in_pieces`].
#[cfg(not(fuzzing))]
const PIECES_FROM_BYTES: usize = 256 * 1024;
/// Small under the fuzzer, whose inputs are small, so that it cuts files into pieces too.
#[cfg(fuzzing)]
const PIECES_FROM_BYTES: usize = 1024;

/// About how large each piece is.
#[cfg(not(fuzzing))]
const PIECE_BYTES: usize = 32 * 1024;
#[cfg(fuzzing)]
const PIECE_BYTES: usize = 256;

const NODE_HEADER: &str = "[[nodes]]";

/// The start of the first `[[nodes]]` line at or after `from`.
fn next_header(text: &str, from: usize) -> Option<usize> {
    let mut at = from.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    text[at..].find("\n[[nodes]]").map(|i| at + i + 1)
}

/// Where to cut a large scenario into pieces: at starts of `[[nodes]]` lines about
/// [`PIECE_BYTES`] apart, the first past the file's first node (so that the first piece holds the
/// `[scenario]` and `[vars]` tables and at least one node). The pieces cover the whole text.
fn pieces(text: &str) -> Vec<Range<usize>> {
    let mut cuts = vec![0];
    if let Some(first) = next_header(text, 0).or_else(|| text.starts_with(NODE_HEADER).then_some(0)) {
        let mut from = first + PIECE_BYTES;
        while let Some(cut) = next_header(text, from) {
            cuts.push(cut);
            from = cut + PIECE_BYTES;
        }
    }
    cuts.push(text.len());
    cuts.windows(2).map(|w| w[0]..w[1]).collect()
}

/// How many lines of `text[at]` start with `[[nodes]]`.
fn count_headers(text: &str, at: &Range<usize>) -> usize {
    let bytes = text.as_bytes();
    text[at.clone()]
        .match_indices(NODE_HEADER)
        .filter(|(i, _)| at.start + i == 0 || bytes[at.start + i - 1] == b'\n')
        .count()
}

/// What one piece of a large file gave.
enum Piece {
    /// The file's first piece, and whether it has a `tests` key.
    First(raw::RawFile, Vec<Diagnostic>, bool),
    Later(raw::RawPiece, Vec<Diagnostic>),
}

/// Reads the piece of `text` at `at` (the first piece when it starts at 0), holding `expected`
/// nodes of which the first is node `first` of the file.
fn read_piece(text: &str, at: &Range<usize>, first: usize, expected: usize) -> Option<Piece> {
    let root = DeTable::parse(&text[at.clone()]).ok()?;
    let mut r = Reader::new();
    let table = Table { t: root.get_ref(), span: 0..0, what: Place::ScenarioFile };
    if at.start == 0 {
        let raw = raw::read_file(&mut r, &table);
        let has_tests = table.get("tests").is_some();
        (raw.nodes.len() == expected).then_some(Piece::First(raw, r.diags, has_tests))
    } else {
        let piece = raw::read_piece(&mut r, &table, first, expected, at.start)?;
        Some(Piece::Later(piece, r.diags))
    }
}

/// Reads a large scenario in pieces cut before `[[nodes]]` lines, each parsed on its own (on every
/// core) and let go as soon as its nodes are read: a parse tree takes many times the size of its
/// text, and this way only a few pieces' trees exist at once. None when the file cannot be cut
/// cleanly (a piece does not parse alone, holds other tables, or a `[[nodes]]` line was inside a
/// multi-line string): it is then read whole, which also gives the exact syntax errors.
fn load_in_pieces(text: &str) -> Option<(raw::RawFile, Reader)> {
    let pieces = pieces(text);
    if pieces.len() < 2 {
        return None;
    }
    // Each piece with the index in the file of its first node and how many it holds, from its
    // `[[nodes]]` lines (checked against what each piece holds).
    let mut count = 0;
    let jobs: Vec<(Range<usize>, usize, usize)> = pieces
        .into_iter()
        .map(|at| {
            let n = count_headers(text, &at);
            count += n;
            (at, count - n, n)
        })
        .collect();
    if count > limits::MAX_NODES {
        return None;
    }
    // Once one piece fails the file is read whole: the others need not be read.
    let failed = std::sync::atomic::AtomicBool::new(false);
    let lang = crate::i18n::lang();
    let read = crate::par::par_map(&jobs, |(at, first, expected)| {
        use std::sync::atomic::Ordering::Relaxed;
        // Messages are written in this thread's language on every core.
        crate::i18n::set_lang(lang);
        let piece = if failed.load(Relaxed) { None } else { read_piece(text, at, *first, *expected) };
        failed.fetch_or(piece.is_none(), Relaxed);
        piece
    });
    let mut read = read.into_iter();
    let Some(Some(Piece::First(mut raw, diags, mut tests_seen))) = read.next() else { return None };
    let mut r = Reader { diags };
    raw.nodes.reserve_exact(count - raw.nodes.len());
    for piece in read {
        let Some(Piece::Later(mut piece, mut diags)) = piece else { return None };
        if piece.has_tests {
            // `[[tests]]` in two places is read whole, where TOML's own rules apply (and tests
            // are numbered in the file).
            if std::mem::replace(&mut tests_seen, true) {
                return None;
            }
            raw.tests.append(&mut piece.tests);
        }
        raw.nodes.append(&mut piece.nodes);
        r.diags.append(&mut diags);
    }
    Some((raw, r))
}

fn load_text(
    text: &str,
    course: &Arc<Course>,
    large: bool,
    hash: impl FnOnce() -> String,
) -> Loaded<Scenario> {
    if text.len() >= PIECES_FROM_BYTES {
        if let Some((raw, mut r)) = load_in_pieces(text) {
            let value = validate::resolve(&mut r, raw, text, course, hash());
            return with_text_warnings(finish(value, r.diags), text);
        }
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
    diagnostics.sort_by_key(|d| (d.span.start, d.severity));
    let value = value.filter(|_| !diagnostics.iter().any(Diagnostic::is_error));
    Loaded { value, diagnostics }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course() -> Arc<Course> {
        Arc::new(load_course(include_str!("../../scenarios/course.toml")).value.unwrap())
    }

    /// A scenario of `n` nodes, about 250 bytes each; `node(i)` may replace node i's text.
    fn big(n: usize, node: impl Fn(usize) -> Option<String>) -> String {
        let mut s = String::from(
            "format = 1\n\n[scenario]\nid = \"big\"\ntitle = \"Big\"\nsummary = \"Many nodes.\"\nlevel = \"101\"\nminutes = 5\nstart = \"n0\"\n\n[vars]\ntrust = 0\n\n",
        );
        for i in 0..n {
            let next = if i + 1 < n { format!("n{}", i + 1) } else { "end".into() };
            s.push_str(&node(i).unwrap_or_else(|| format!(
                "[[nodes]]\nid = \"n{i}\"\ntext = \"Step {i}: somebody asks a question and waits.\"\n\n[[nodes.choices]]\ntext = \"Answer with facts.\"\nnext = \"{next}\"\nscore = {{ online-conflict = 1 }}\nset = {{ trust = 1 }}\nfeedback = \"Good.\"\n\n[[nodes.choices]]\ntext = \"Joke.\"\nnext = [{{ to = \"{next}\", if = \"trust > 3\" }}, {{ to = \"end\" }}]\nscore = {{ keep-it-clean = -1 }}\nfeedback = \"Risky.\"\n\n"
            )));
        }
        s.push_str("[[nodes]]\nid = \"end\"\ntext = \"Done.\"\nending = \"success\"\n");
        s
    }

    /// Loading in pieces gives exactly what reading the file whole gives.
    fn same_both_ways(text: &str) -> Loaded<Scenario> {
        assert!(text.len() >= PIECES_FROM_BYTES, "the test file is too small to be cut: {}", text.len());
        let c = course();
        let pieces = load_text(text, &c, false, String::new);
        let whole = load_whole(text, &c, false, String::new);
        let differ = pieces.diagnostics.iter().zip(&whole.diagnostics).find(|(a, b)| a != b);
        assert_eq!(differ, None, "the first diagnostic that differs");
        assert_eq!(pieces.diagnostics.len(), whole.diagnostics.len());
        assert_eq!(pieces.value.is_some(), whole.value.is_some());
        if let (Some(a), Some(b)) = (&pieces.value, &whole.value) {
            assert_eq!(format!("{:?}", a.nodes), format!("{:?}", b.nodes));
            assert_eq!(format!("{:?}", a.tests), format!("{:?}", b.tests));
        }
        pieces
    }

    #[test]
    fn a_large_file_is_cut_into_pieces_and_reads_the_same() {
        let text = big(2_000, |_| None);
        assert!(pieces(&text).len() > 5);
        assert!(load_in_pieces(&text).is_some(), "a clean file is read in pieces");
        let loaded = same_both_ways(&text);
        assert_eq!(loaded.value.expect("valid").nodes.len(), 2_001);
    }

    #[test]
    fn errors_in_later_pieces_are_placed_in_the_whole_file() {
        let text = big(2_000, |i| match i {
            700 => Some("[[nodes]]\nid = \"n700\"\ntext = 7\nnext = \"n701\"\n\n".into()),
            1_200 => Some("[[nodes]]\nid = \"n1200\"\ntxt = \"typo\"\nnext = \"nowhere\"\n\n".into()),
            1_500 => Some("[[nodes]]\nid = \"n3\"\ntext = \"again\"\nnext = \"n1501\"\n\n".into()),
            1_900 => Some("[[nodes]]\ntext = \"no id\"\nnext = \"n1901\"\n\n".into()),
            _ => None,
        });
        assert!(load_in_pieces(&text).is_some());
        let loaded = same_both_ways(&text);
        assert!(loaded.value.is_none());
        let located: Vec<String> = loaded
            .diagnostics
            .iter()
            .map(|d| {
                let (line, col) = line_column(&text, d.span.start);
                format!("{line}:{col} {}", d.message)
            })
            .collect();
        assert!(located.iter().any(|l| l.contains("unknown key `txt`")), "{located:#?}");
        assert!(located.iter().any(|l| l.contains("node 1901")), "{located:#?}");
        assert!(located.iter().any(|l| l.contains("duplicate node id `n3`")), "{located:#?}");
        // The unknown key is reported on its own line.
        let at = text.find("txt = ").unwrap();
        assert!(loaded.diagnostics.iter().any(|d| d.span.start == at));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 48, ..Default::default() })]

        /// Whatever is done to a large file (lines that look like tables, quotes opened and not
        /// closed, duplicates, bytes cut out), reading it in pieces says exactly what reading it
        /// whole says.
        #[test]
        fn pieces_and_whole_agree_on_any_edit(
            edits in proptest::collection::vec((0usize..1_000_000, 0usize..13, 0usize..400), 1..6)
        ) {
            const SNIPPETS: [&str; 13] = [
                "[[nodes]]\n",
                "[[nodes]]\nid = \"n5\"\ntext = \"dup\"\nnext = \"end\"\n",
                "[scenario]\nid = \"again\"\n",
                "text = \"\"\"\nopened\n",
                "\"\"\"\n",
                "[[tests]]\nname = \"t\"\nchoices = \"1\"\n",
                "[vars]\nmore = 1\n",
                "[[nodes.choices]]\ntext = \"stray\"\nnext = \"n1\"\n",
                "nodes = []\n",
                "# [[nodes]]\n",
                "tests = [{ name = \"inline\", choices = \"1\" }]\n",
                "[[tests]]\nrcent = 1\n",
                "",
            ];
            let mut text = big(1_200, |_| None);
            for (at, what, cut) in edits {
                // At the start of a line.
                let at = text[..at % text.len()].rfind('\n').map_or(0, |i| i + 1);
                let end = (at + cut).min(text.len());
                let end = (end..=text.len()).find(|&e| text.is_char_boundary(e)).unwrap_or(text.len());
                text.replace_range(at..end, SNIPPETS[what]);
            }
            if text.len() >= PIECES_FROM_BYTES {
                same_both_ways(&text);
            }
        }
    }

    #[test]
    fn files_that_cannot_be_cut_cleanly_are_read_whole() {
        // A `[[nodes]]` line inside a multi-line string.
        let inside = big(2_000, |i| {
            (i == 1_000).then(|| "[[nodes]]\nid = \"n1000\"\ntext = \"\"\"\nA quote:\n[[nodes]]\nend of quote\"\"\"\nnext = \"n1001\"\n\n".into())
        });
        // Tables other than nodes after the first piece, and tests in two places.
        let late = format!(
            "{}\n[[tests]]\nname = \"t\"\nchoices = \"1\"\n",
            big(2_000, |i| {
                (i == 10).then(|| "[[tests]]\nname = \"early\"\nchoices = \"1\"\n\n[[nodes]]\nid = \"n10\"\ntext = \"x\"\nnext = \"n11\"\n\n".into())
            })
        );
        // A refused test early on, and a test later: numbered in the file, so read whole.
        let refused_then_late = format!(
            "{}\n[[tests]]\nname = \"late\"\nchoices = \"1\"\n",
            big(2_000, |i| {
                (i == 10).then(|| {
                    "[[tests]]\nrcent = 1\n\n[[nodes]]\nid = \"n10\"\ntext = \"x\"\nnext = \"n11\"\n\n".into()
                })
            })
        );
        // More tests than the limit, in a later piece.
        let many_tests = format!(
            "{}{}",
            big(2_000, |_| None),
            "[[tests]]\nname = \"t\"\nchoices = \"1\"\n".repeat(limits::MAX_TESTS + 1)
        );
        let vars_late = big(2_000, |i| {
            (i == 1_500).then(|| {
                "[vars.more]\nx = 1\n\n[[nodes]]\nid = \"n1500\"\ntext = \"x\"\nnext = \"n1501\"\n\n".into()
            })
        });
        let broken = big(2_000, |i| (i == 1_700).then(|| "[[nodes]]\nid = \"n1700\ntext = \"x\"\n\n".into()));
        for text in [&inside, &late, &refused_then_late, &many_tests, &vars_late, &broken] {
            assert!(load_in_pieces(text).is_none());
            same_both_ways(text);
        }
        let quoted = same_both_ways(&inside);
        assert!(quoted.value.is_some(), "the quote is text, not a node: {:?}", quoted.diagnostics.first());
        assert!(same_both_ways(&broken).diagnostics[0].message.contains("TOML syntax error"));
    }
}
