//! The large-file reader: a scenario of [`PIECES_FROM_BYTES`] or more is cut into pieces before
//! `[[nodes]]` lines, each parsed on its own (on every core) and let go as soon as its nodes are
//! read. A parse tree takes many times the size of its text, and this way only a few pieces' trees
//! exist at once. When the file cannot be cut cleanly (a piece does not parse alone, holds other
//! tables, or a `[[nodes]]` line was inside a multi-line string) it is read whole, which also
//! gives the exact syntax errors. Either way the same raw file comes out, with the same
//! diagnostics at the same places (the tests below and the fuzzer check it).
//!
//! [`read`] is the one way in.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::diagnostic::{Diagnostic, Span};
use super::limits::{self, MAX_TESTS};
use super::raw::{self, read_node_list, read_test, IntMap, RawFile, RawNext, RawNode, RawTest};
use super::read::{Place, Reader, Sp, Table};

/// Files at least this large are parsed in pieces.
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
    First(RawFile, Vec<Diagnostic>, bool),
    Later(RawPiece, Vec<Diagnostic>),
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
        let piece = read_later_piece(&mut r, &table, first, expected, at.start)?;
        Some(Piece::Later(piece, r.diags))
    }
}

/// Reads a large scenario in pieces (see the module's note). None when the file is not large
/// ([`PIECES_FROM_BYTES`]) or cannot be cut cleanly: it is then read whole.
pub(super) fn read(text: &str) -> Option<(RawFile, Reader)> {
    if text.len() < PIECES_FROM_BYTES {
        return None;
    }
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
    join(read, count)
}

/// Puts the pieces read back together into one file of `count` nodes; None when one of them
/// could not be read, or when `[[tests]]` are in two places.
fn join(pieces: Vec<Option<Piece>>, count: usize) -> Option<(RawFile, Reader)> {
    let mut pieces = pieces.into_iter();
    let Some(Some(Piece::First(mut raw, diags, mut tests_seen))) = pieces.next() else { return None };
    let mut r = Reader { diags };
    raw.nodes.reserve_exact(count - raw.nodes.len());
    for piece in pieces {
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

/// What one later piece of a large file held: its nodes and tests, with spans already made
/// positions in the whole file.
struct RawPiece {
    nodes: Vec<RawNode>,
    tests: Vec<RawTest>,
    /// The piece has a `tests` key (its tests may all have been refused).
    has_tests: bool,
}

/// Reads one later piece of a large file: a document holding only `[[nodes]]` (and perhaps
/// `[[tests]]`) tables, parsed on its own. `first` is the index in the file of its first node,
/// `offset` where it starts. None when the piece holds anything else, or not `expected` nodes:
/// the file is then read whole instead.
fn read_later_piece(
    r: &mut Reader,
    root: &Table<'_, '_>,
    first: usize,
    expected: usize,
    offset: usize,
) -> Option<RawPiece> {
    let array = |key: &str| match root.get(key).map(|v| v.get_ref()) {
        None => Some(&[][..]),
        Some(DeValue::Array(a)) => Some(&a[..]),
        Some(_) => None,
    };
    let (items, tests) = (array("nodes")?, array("tests")?);
    if root.t.len() > usize::from(!items.is_empty()) + usize::from(!tests.is_empty())
        || items.len() != expected
        || tests.len() > MAX_TESTS
    {
        return None;
    }
    let before = r.diags.len();
    let mut nodes = read_node_list(r, first, items);
    let mut tests: Vec<RawTest> = tests
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let t = r.table(item, Place::Test(i + 1), "")?;
            read_test(r, &t)
        })
        .collect();
    for n in &mut nodes {
        n.shift(offset);
    }
    for t in &mut tests {
        t.shift(offset);
    }
    for d in &mut r.diags[before..] {
        d.span = d.span.start + offset..d.span.end + offset;
    }
    Some(RawPiece { nodes, tests, has_tests: root.get("tests").is_some() })
}

/// Moves every span by `by` bytes: a piece of a file parsed on its own counts from its start.
trait Shift {
    fn shift(&mut self, by: usize);
}

impl Shift for Span {
    fn shift(&mut self, by: usize) {
        *self = self.start + by..self.end + by;
    }
}

impl<T> Shift for Sp<T> {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
    }
}

impl<T: Shift> Shift for Option<T> {
    fn shift(&mut self, by: usize) {
        if let Some(v) = self {
            v.shift(by);
        }
    }
}

fn shift_map(m: &mut Option<IntMap>, by: usize) {
    if let Some(m) = m {
        m.span.shift(by);
        for (k, v) in &mut m.v {
            k.shift(by);
            v.shift(by);
        }
    }
}

impl Shift for RawNext {
    fn shift(&mut self, by: usize) {
        match self {
            RawNext::To(to) => to.shift(by),
            RawNext::Branches(b) => {
                b.span.shift(by);
                for branch in &mut b.v {
                    branch.to.shift(by);
                    branch.condition.shift(by);
                    branch.weight.shift(by);
                }
            }
        }
    }
}

impl Shift for RawNode {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
        self.id.shift(by);
        self.timer.shift(by);
        if let Some(o) = &mut self.on_timeout {
            o.span.shift(by);
            o.next.shift(by);
            shift_map(&mut o.score, by);
            shift_map(&mut o.set, by);
        }
        if let Some(choices) = &mut self.choices {
            choices.span.shift(by);
            for c in &mut choices.v {
                c.span.shift(by);
                c.next.shift(by);
                shift_map(&mut c.score, by);
                shift_map(&mut c.set, by);
                c.condition.shift(by);
            }
        }
        self.ending.shift(by);
        self.next.shift(by);
    }
}

impl Shift for RawTest {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
        self.choices.shift(by);
        for p in &mut self.path_includes {
            p.shift(by);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{line_column, load_course, load_text, load_whole, Course, Loaded, Scenario};
    use std::sync::Arc;

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
        assert!(read(&text).is_some(), "a clean file is read in pieces");
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
        assert!(read(&text).is_some());
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
        // 48 cases in an ordinary run; `PROPTEST_CASES=1500` for a long one.
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(48),
            ..Default::default()
        })]

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
            assert!(read(text).is_none());
            same_both_ways(text);
        }
        let quoted = same_both_ways(&inside);
        assert!(quoted.value.is_some(), "the quote is text, not a node: {:?}", quoted.diagnostics.first());
        assert!(same_both_ways(&broken).diagnostics[0].message.contains("TOML syntax error"));
    }
}
