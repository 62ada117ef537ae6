//! Property tests: whatever the input, loading gives a scenario or diagnostics and never panics;
//! whatever the choices, a run stays within the rules, and replays exactly.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use proptest::prelude::*;
use rehearse::engine::{replay, walk, Debrief, Pick, Prompt, Stop};
use rehearse::pack::{Library, LoadOptions};
use rehearse::scenario::{load_course, load_scenario, Course, Scenario};

fn course() -> Arc<Course> {
    let text = std::fs::read_to_string("tests/fixtures/pack/course.toml").unwrap();
    Arc::new(load_course(&text).value.unwrap())
}

fn sample() -> Vec<u8> {
    std::fs::read(crate::common::SAMPLE).unwrap()
}

/// Every scenario we ship or test with, loaded once for all the cases.
fn scenarios() -> &'static [Arc<Scenario>] {
    static ALL: OnceLock<Vec<Arc<Scenario>>> = OnceLock::new();
    ALL.get_or_init(|| {
        let lib = Library::load_paths(
            &[PathBuf::from("scenarios"), PathBuf::from("tests/fixtures/pack")],
            LoadOptions::default(),
        );
        lib.entries.iter().map(|e| Arc::clone(&e.scenario)).collect()
    })
}

/// The number of cases of a property: `ci`, what CI needs, or `PROPTEST_CASES` for a long run.
/// (Proptest reads `PROPTEST_CASES` only into `ProptestConfig::default()`, and a `cases` written
/// in a config wins over it: hence this.)
fn cases(ci: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(ci)
}

#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, u8),
    Delete(usize),
    Replace(usize, u8),
    Duplicate(usize, usize),
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let n = bytes.len().max(1);
        match *e {
            Edit::Insert(i, b) => bytes.insert(i % (n + 1).min(bytes.len() + 1), b),
            Edit::Delete(i) if !bytes.is_empty() => {
                bytes.remove(i % n);
            }
            Edit::Replace(i, b) if !bytes.is_empty() => bytes[i % n] = b,
            Edit::Duplicate(i, len) if !bytes.is_empty() => {
                let start = i % n;
                let end = (start + len % 200).min(bytes.len());
                let piece = bytes[start..end].to_vec();
                bytes.splice(start..start, piece);
            }
            _ => {}
        }
    }
    bytes
}

fn edit() -> impl Strategy<Value = Edit> {
    // Bytes that matter to TOML: quotes, brackets, equals, newlines, digits, letters, escapes.
    let byte = prop_oneof![
        Just(b'"'),
        Just(b'['),
        Just(b']'),
        Just(b'{'),
        Just(b'}'),
        Just(b'='),
        Just(b'\n'),
        Just(b','),
        Just(b'\\'),
        Just(0x1b),
        Just(0xff),
        b'0'..=b'9',
        b'a'..=b'z'
    ];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(i, b)| Edit::Insert(i, b)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), byte).prop_map(|(i, b)| Edit::Replace(i, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(i, l)| Edit::Duplicate(i, l)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(128), ..ProptestConfig::default() })]

    #[test]
    fn mutated_files_load_or_explain(edits in proptest::collection::vec(edit(), 1..8)) {
        let bytes = apply(sample(), &edits);
        let loaded = load_scenario(&bytes, &course());
        // Either a scenario, or at least one error; never both a scenario and an error.
        let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
        prop_assert_eq!(loaded.value.is_some(), errors == 0);
        if let Some(s) = loaded.value {
            // A scenario that loads can be walked with any list without panicking.
            let (run, _) = walk(&s, 1, &[Pick::Number(1), Pick::Timeout, Pick::Number(2), Pick::Number(1)]);
            prop_assert!(run.percent().rounded() <= 100);
        }
    }

    #[test]
    fn arbitrary_bytes_load_or_explain(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let loaded = load_scenario(&bytes, &course());
        prop_assert!(loaded.value.is_some() || !loaded.diagnostics.is_empty());
    }
}

fn pick() -> impl Strategy<Value = Pick> {
    prop_oneof![8 => (1usize..5).prop_map(Pick::Number), 1 => Just(Pick::Timeout)]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(128), ..ProptestConfig::default() })]

    #[test]
    fn runs_follow_the_rules_and_replay_exactly(
        which in any::<prop::sample::Index>(),
        seed in any::<u64>(),
        picks in proptest::collection::vec(pick(), 0..40),
    ) {
        let all = scenarios();
        let s = &all[which.index(all.len())];
        // Keep only the picks a learner could make: stop at the first refused one.
        let (run, stop) = walk(s, seed, &picks);
        let used = match stop {
            Stop::Invalid { position, .. } => position - 1,
            Stop::Ended { leftover } => picks.len() - leftover,
            _ => picks.len(),
        };
        let picks = &picks[..used];

        let d = Debrief::of(&run);
        prop_assert!(d.percent.rounded() <= 100);
        for l in &d.lessons {
            prop_assert!(l.best >= 0);
            if let Some(p) = l.percent { prop_assert!(p.rounded() <= 100); }
        }
        prop_assert_eq!(run.path()[0], s.start);
        if d.passed { prop_assert!(matches!(run.prompt(), Prompt::Ended(_))); }

        // The same seed and choices give the same run.
        let (again, _) = walk(s, seed, picks);
        prop_assert_eq!(again.path(), run.path());
        prop_assert_eq!(again.tally(), run.tally());

        // Replaying the saved picks (as a resume does) gives the same debrief.
        let (mut resumed, applied) = replay(s, seed, picks);
        prop_assert_eq!(applied, picks.len());
        let _ = rehearse::engine::pass_continues(&mut resumed);
        prop_assert_eq!(Debrief::of(&resumed), d);
    }
}

/// One node of a generated scenario: (kind, choices), where kind 0..=2 is an ending
/// (success, mixed, failure), 3 a node that only continues, 4 and above a decision.
#[derive(Debug, Clone)]
struct GenChoice {
    to: usize,
    score: (i64, i64),
    set: i64,
    cond: Option<i64>,
    branch: u8,
}

fn gen_choice() -> impl Strategy<Value = GenChoice> {
    (0usize..100, (-2i64..=3, -2i64..=2), -1i64..=2, prop::option::of(0i64..3), 0u8..4)
        .prop_map(|(to, score, set, cond, branch)| GenChoice { to, score, set, cond, branch })
}

/// A small scenario written as TOML: nodes lead forward (so that endings are reached) and now
/// and then back; choices carry scores, conditions, a bounded meter and branches of every kind.
fn gen_scenario() -> impl Strategy<Value = String> {
    let node = (0u8..9, proptest::collection::vec(gen_choice(), 1..4), any::<bool>());
    proptest::collection::vec(node, 4..9).prop_map(|nodes| {
        let n = nodes.len();
        let mut s = String::from(
            "format = 1\n[scenario]\nid = \"g\"\ntitle = \"G\"\nsummary = \"S\"\nlevel = \"101\"\nminutes = 1\nstart = \"n0\"\n[vars]\nv = { start = 0, min = 0, max = 3 }\n",
        );
        for (i, (kind, choices, timed)) in nodes.iter().enumerate() {
            // The last two nodes are always endings.
            let kind = if i + 2 >= n { (i % 3) as u8 } else { (*kind).max(3) };
            let fwd = |to: usize| if to.is_multiple_of(7) && i > 0 { to % i } else { i + 1 + to % (n - i - 1).max(1) };
            s.push_str(&format!("[[nodes]]\nid = \"n{i}\"\ntext = \"t\"\n"));
            match kind {
                0 => s.push_str("ending = \"success\"\n"),
                1 => s.push_str("ending = \"mixed\"\n"),
                2 => s.push_str("ending = \"failure\"\n"),
                3 => s.push_str(&format!("next = \"n{}\"\n", fwd(choices[0].to).min(n - 1))),
                _ => {
                    if *timed {
                        s.push_str(&format!(
                            "timer = 5\non_timeout = {{ next = \"n{}\", score = {{ alpha = -1 }}, feedback = \"f\" }}\n",
                            fwd(choices[0].to + 1).min(n - 1)
                        ));
                    }
                    for (k, c) in choices.iter().enumerate() {
                        let to = fwd(c.to).min(n - 1);
                        let other = fwd(c.to + 3).min(n - 1);
                        let next = match c.branch {
                            0 | 1 => format!("\"n{to}\""),
                            2 => format!("[{{ to = \"n{to}\", if = \"v >= 2\" }}, {{ to = \"n{other}\" }}]"),
                            _ => format!("[{{ to = \"n{to}\", weight = 2 }}, {{ to = \"n{other}\", weight = 1 }}]"),
                        };
                        s.push_str(&format!(
                            "[[nodes.choices]]\ntext = \"c{k}\"\nnext = {next}\nscore = {{ alpha = {}, beta = {} }}\nset = {{ v = {} }}\nfeedback = \"f\"\n",
                            c.score.0, c.score.1, c.set
                        ));
                        if let Some(x) = c.cond.filter(|_| k > 0) {
                            s.push_str(&format!("if = \"v != {x}\"\n"));
                        }
                    }
                }
            }
        }
        s
    })
}

/// A leaf of the path search: its picks, nodes, ending and points.
type LeafCopy = (Vec<Pick>, Vec<usize>, Option<rehearse::scenario::EndingKind>, rehearse::engine::Tally);

/// Every leaf of the path search, as it was reported.
#[derive(Default)]
struct Leaves(Vec<LeafCopy>);

impl rehearse::engine::explore::Visitor for Leaves {
    fn leaf(&mut self, l: &rehearse::engine::explore::Leaf<'_>) -> std::ops::ControlFlow<()> {
        self.0.push((l.picks.to_vec(), l.nodes.to_vec(), l.ending, l.tally.clone()));
        std::ops::ControlFlow::Continue(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(64), ..ProptestConfig::default() })]

    /// What the checks rely on is right: every complete run the path search reports, replayed
    /// with `walk`, takes the same path to the same ending with the same points; and the exact
    /// search state by state agrees with playing every path.
    #[test]
    fn the_path_search_agrees_with_walking_and_with_the_exact_search(text in gen_scenario()) {
        use rehearse::engine::bounds::bounds;
        use rehearse::scenario::EndingKind;
        let loaded = load_scenario(text.as_bytes(), &course());
        // About 1 in 80 generated files has no ending reachable from its start.
        prop_assume!(loaded.value.is_some());
        let s = loaded.value.unwrap();
        let mut leaves = Leaves::default();
        let explored = rehearse::engine::explore::explore(&s, 200_000, &mut leaves);
        prop_assert!(!explored.truncated);
        let weighted = text.contains("weight");
        for (picks, nodes, ending, tally) in leaves.0.iter().filter(|l| l.2.is_some()) {
            // Weighted branches are decided by the seed: find one that takes this path.
            let seeds: Vec<u64> = if weighted { (1..=200).collect() } else { vec![1] };
            let found = seeds.into_iter().map(|seed| walk(&s, seed, picks).0).find(|run| run.path() == nodes.as_slice());
            match found {
                Some(run) => {
                    prop_assert_eq!(run.ending(), *ending);
                    prop_assert_eq!(run.tally(), tally);
                }
                None => prop_assert!(weighted, "no walk takes the path {:?} with {:?}:\n{}", nodes, picks, text),
            }
        }
        // The exact search, where the states do not loop (about 3 in 4 generated files), says
        // what playing every path says.
        if let Some(b) = bounds(&s) {
            for kind in EndingKind::ALL {
                let runs: Vec<_> = leaves.0.iter().filter(|l| l.2 == Some(kind)).collect();
                let passes = |t: &rehearse::engine::Tally| t.percent().at_least(s.pass_percent);
                prop_assert_eq!(b.reaches(kind), !runs.is_empty(), "{:?}\n{}", kind, text);
                prop_assert_eq!(b.passing(kind).is_some(), runs.iter().any(|l| passes(&l.3)), "{:?}\n{}", kind, text);
                prop_assert_eq!(b.failing(kind).is_some(), runs.iter().any(|l| !passes(&l.3)), "{:?}\n{}", kind, text);
                if let Some(w) = b.failing(kind) {
                    prop_assert!(!w.percent.at_least(s.pass_percent));
                    prop_assert_eq!(s.nodes[w.end].ending(), Some(kind));
                }
            }
        }
    }
}
