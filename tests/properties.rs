//! Property tests: whatever the input, loading gives a scenario or diagnostics and never panics;
//! whatever the choices, a run stays within the rules, and replays exactly.

use std::path::PathBuf;
use std::sync::Arc;

use proptest::prelude::*;
use rehearse::engine::{replay, walk, Debrief, Pick, Prompt, Stop};
use rehearse::pack::{Library, LoadOptions};
use rehearse::scenario::{load_course, load_scenario, Course, Scenario};

fn course() -> Arc<Course> {
    let text = std::fs::read_to_string("tests/fixtures/pack/course.toml").unwrap();
    Arc::new(load_course(&text).value.unwrap())
}

fn sample() -> Vec<u8> {
    std::fs::read("tests/fixtures/pack/sample.toml").unwrap()
}

/// Every scenario we ship or test with.
fn scenarios() -> Vec<Arc<Scenario>> {
    let lib = Library::load_paths(
        &[PathBuf::from("scenarios"), PathBuf::from("tests/fixtures/pack")],
        LoadOptions::default(),
    );
    lib.entries.iter().map(|e| Arc::clone(&e.scenario)).collect()
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
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

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
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

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
