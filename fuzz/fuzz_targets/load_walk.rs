//! Loads any bytes as a scenario against the bundled course; when it loads, validates it deeply
//! (author's tests, pass-mark search) and walks it with choices taken from the same input.
#![no_main]

use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use rehearse::engine::{check_scenario, walk, Pick};
use rehearse::scenario::{load_course, load_scenario, Course};

fn course() -> Arc<Course> {
    static COURSE: OnceLock<Arc<Course>> = OnceLock::new();
    COURSE
        .get_or_init(|| Arc::new(load_course(include_str!("../../scenarios/course.toml")).value.expect("bundled course")))
        .clone()
}

fuzz_target!(|data: &[u8]| {
    let loaded = load_scenario(data, &course());
    let Some(s) = loaded.value else { return };
    let _ = check_scenario(&s);
    let picks: Vec<Pick> = data.iter().rev().take(64).map(|b| if b % 7 == 0 { Pick::Timeout } else { Pick::Number(usize::from(b % 5)) }).collect();
    let (run, _) = walk(&s, u64::from(data.len() as u32), &picks);
    assert!(run.percent().rounded() <= 100);
});
