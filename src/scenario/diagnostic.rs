//! Problems found in a file, located by byte span, rendered as `PATH:LINE:COLUMN: error: MESSAGE`.

use std::fmt;
use std::ops::Range;

use crate::text::sanitize_line;

/// A byte range in a source file.
pub type Span = Range<usize>;

/// How bad a problem is: errors stop a scenario from being played; warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What a diagnostic is about, for the code that treats some apart: messages are written in the
/// reader's language, so they are never matched as text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    #[default]
    Other,
    /// An author's test that fails.
    FailedTest,
    /// A score key that is not a lesson of the course (the key).
    UnknownLesson(String),
    /// An unknown key in the table `place` (its name in messages) that looks like `key`.
    Misspelled { place: String, key: String },
    /// `key` is missing from the table `place`: a follow-on when that table has a key
    /// [`Kind::Misspelled`] as it (one cause, one message).
    Missing { place: String, key: String },
}

/// Drops what only follows from another problem already reported: a key said to be missing
/// from a table where a misspelling of it was just reported (`feedbak` is unknown: did you
/// mean `feedback`? — and not also "has no feedback").
pub fn drop_follow_ons(diagnostics: &mut Vec<Diagnostic>) {
    let misspelled: Vec<(&str, &str)> = diagnostics
        .iter()
        .filter_map(|d| match &d.kind {
            Kind::Misspelled { place, key } => Some((place.as_str(), key.as_str())),
            _ => None,
        })
        .collect();
    if misspelled.is_empty() {
        return;
    }
    let follows = |d: &Diagnostic| match &d.kind {
        Kind::Missing { place, key } => misspelled.contains(&(place.as_str(), key.as_str())),
        _ => false,
    };
    let mut keep = diagnostics.iter().map(|d| !follows(d)).collect::<Vec<_>>().into_iter();
    diagnostics.retain(|_| keep.next().unwrap_or(true));
}

/// One problem in one file, located by byte span (see [`Located`] for line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    pub kind: Kind,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, span, message: message.into(), kind: Kind::Other }
    }
    pub fn warning(span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, span, message: message.into(), kind: Kind::Other }
    }
    /// The same diagnostic, marked as being about `kind`.
    #[must_use]
    pub fn with_kind(self, kind: Kind) -> Self {
        Diagnostic { kind, ..self }
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A diagnostic placed in a named file at a 1-based line and column (columns count characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub message: String,
    pub kind: Kind,
}

impl Located {
    /// Places `diag` in `text` (the content of the file called `path`).
    pub fn new(path: &str, text: &str, diag: &Diagnostic) -> Self {
        Self::at(path, line_column(text, diag.span.start), diag)
    }

    fn at(path: &str, (line, column): (usize, usize), diag: &Diagnostic) -> Self {
        Located {
            path: path.to_string(),
            line,
            column,
            severity: diag.severity,
            message: diag.message.clone(),
            kind: diag.kind.clone(),
        }
    }

    /// Places every one of `diags` in `text`, in one pass over it however many there are.
    pub fn all(path: &str, text: &str, diags: &[Diagnostic]) -> Vec<Self> {
        let offsets: Vec<usize> = diags.iter().map(|d| d.span.start).collect();
        line_columns(text, &offsets).into_iter().zip(diags).map(|(at, d)| Self::at(path, at, d)).collect()
    }

    /// A problem with a file as a whole (missing, unreadable, too large): line 1, column 1.
    pub fn whole_file(path: &str, message: impl Into<String>) -> Self {
        Located {
            path: path.to_string(),
            line: 1,
            column: 1,
            severity: Severity::Error,
            message: message.into(),
            kind: Kind::Other,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Whether this is an author's test that fails (in any language).
    pub fn is_failed_test(&self) -> bool {
        self.kind == Kind::FailedTest
    }
}

impl fmt::Display for Located {
    /// Messages may quote the file's own text: it is made safe for the terminal here, once. The
    /// place stays `PATH:LINE:COLUMN:` in every language, for editors that jump to it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = sanitize_line(&self.message);
        let said = crate::t!("diag-located", severity = self.severity.as_str(), message = &*message);
        write!(f, "{}:{}:{}: {said}", sanitize_line(&self.path), self.line, self.column)
    }
}

/// 1-based line and character column of byte `offset` in `text` (clamped to the text).
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line, column)
}

/// The byte offset clamped to `text` and moved back to a character boundary.
fn clamp(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// [`line_column`] of many offsets, in one pass over `text` (a file with thousands of problems
/// would otherwise be scanned from its start for each).
pub fn line_columns(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![(1, 1); offsets.len()];
    let (mut pos, mut line, mut column) = (0, 1, 1);
    for i in order {
        let to = clamp(text, offsets[i]);
        let between = &text[pos..to];
        match between.rfind('\n') {
            Some(last) => {
                line += between.bytes().filter(|&b| b == b'\n').count();
                column = between[last + 1..].chars().count() + 1;
            }
            None => column += between.chars().count(),
        }
        pos = to;
        out[i] = (line, column);
    }
    out
}

/// The start of every line of a text, to find the line of many offsets quickly.
pub struct LineStarts(Vec<usize>);

impl LineStarts {
    pub fn new(text: &str) -> Self {
        LineStarts(std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect())
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_are_one_based_and_count_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        // "bé = " is 6 bytes but 5 characters.
        assert_eq!(line_column(text, 12), (2, 6));
        assert_eq!(line_column(text, 1000), (3, 1));
        let offsets = [12, 0, 1000, 6, 3, 7];
        let expected: Vec<_> = offsets.iter().map(|&o| line_column(text, o)).collect();
        assert_eq!(line_columns(text, &offsets), expected);
        let starts = LineStarts::new(text);
        for o in 0..text.len() {
            assert_eq!(starts.line(o), line_column(text, o).0, "offset {o}");
        }
    }

    #[test]
    fn display_escapes_control_characters() {
        let d = Located {
            path: "x.toml".into(),
            line: 2,
            column: 3,
            severity: Severity::Error,
            message: "bad \u{1b}[2J value".into(),
            kind: Kind::Other,
        };
        assert_eq!(d.to_string(), "x.toml:2:3: error: bad \u{241b}[2J value");
    }

    #[test]
    fn the_place_stays_the_same_in_every_language() {
        let d = Located::whole_file("x.toml", "m");
        crate::i18n::set_lang(crate::i18n::Lang::Fr);
        let fr = d.to_string();
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_eq!(fr, "x.toml:1:1: erreur\u{a0}: m");
        assert_eq!(d.to_string(), "x.toml:1:1: error: m");
    }
}
