//! Loads any bytes as a scenario against the bundled course; when it loads, validates it deeply
//! (author's tests, pass-mark search), analyses it with a small budget, and walks it with choices
//! taken from the same input: the run must stay within the rules, be the same when walked again
//! with the same seed, and give the same debrief when replayed as a resume does. Files over 1 KB
//! are read in pieces under the fuzzer; reading them whole must give the same result.
#![no_main]

use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use rehearse::engine::analyze::analyze;
use rehearse::engine::{check_scenario, pass_continues, replay, walk, Debrief, Pick, Stop};
use rehearse::scenario::{load_course, load_scenario, load_scenario_whole, Course};

fn course() -> Arc<Course> {
    static COURSE: OnceLock<Arc<Course>> = OnceLock::new();
    COURSE
        .get_or_init(|| {
            Arc::new(load_course(include_str!("../../scenarios/course.toml")).value.expect("bundled course"))
        })
        .clone()
}

fuzz_target!(|data: &[u8]| {
    let loaded = load_scenario(data, &course());
    // Under the fuzzer, files over 1 KB are read in pieces of about 256 bytes: reading them whole
    // must say exactly the same.
    if let Ok(text) = std::str::from_utf8(data) {
        if text.len() <= 16 * 1024 * 1024 {
            let whole = load_scenario_whole(text, &course());
            assert_eq!(whole.diagnostics, loaded.diagnostics, "pieces and whole disagree");
            assert_eq!(whole.value.is_some(), loaded.value.is_some());
            if let (Some(a), Some(b)) = (&whole.value, &loaded.value) {
                assert_eq!(format!("{:?}", a.nodes), format!("{:?}", b.nodes));
                assert_eq!(format!("{:?}", a.tests), format!("{:?}", b.tests));
            }
        }
    }
    let Some(s) = loaded.value else {
        assert!(loaded.diagnostics.iter().any(|d| d.is_error()), "refused without an error");
        return;
    };
    let _ = check_scenario(&s);
    let a = analyze(&s, 5_000);
    for run in [&a.best, &a.worst].into_iter().flatten() {
        assert!(run.percent <= 100);
    }

    let picks: Vec<Pick> = data
        .iter()
        .rev()
        .take(64)
        .map(|b| if b % 7 == 0 { Pick::Timeout } else { Pick::Number(usize::from(b % 5)) })
        .collect();
    let seed = u64::from(data.len() as u32);
    let (run, stop) = walk(&s, seed, &picks);
    let used = match stop {
        Stop::Invalid { position, .. } => position - 1,
        Stop::Ended { leftover } => picks.len() - leftover,
        _ => picks.len(),
    };
    let picks = &picks[..used];
    let d = Debrief::of(&run);
    assert!(d.percent.rounded() <= 100);
    for l in &d.lessons {
        if let Some(p) = l.percent {
            assert!(p.rounded() <= 100);
        }
    }

    let (again, _) = walk(&s, seed, picks);
    assert_eq!(again.path(), run.path());
    assert_eq!(again.tally(), run.tally());

    let (mut resumed, applied) = replay(&s, seed, picks);
    assert_eq!(applied, picks.len());
    let _ = pass_continues(&mut resumed);
    assert_eq!(Debrief::of(&resumed), d);
});
