//! `rehearse walk` and `rehearse list` through the real binary, on the fixture pack.

use assert_cmd::Command;
use serde_json::{json, Value};

use crate::common::{scratch, PACK, SAMPLE};

/// The binary, for commands that save nothing.
fn rehearse() -> Command {
    crate::common::rehearse(&scratch())
}

fn walk(choices: &str, seed: u64) -> (i32, Value) {
    let out = rehearse()
        .args(["walk", SAMPLE, "--choices", choices, "--seed", &seed.to_string(), "--json"])
        .output()
        .unwrap();
    let code = out.status.code().unwrap_or(-1);
    let value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (code, value)
}

#[test]
fn best_run_scores_exactly() {
    let (code, v) = walk("1,1", 1);
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({
            "scenario": "sample", "seed": 1,
            "path": ["intro", "first", "second", "fork", "reaction", "good-end"],
            "ending": "success", "passed": true, "percent": 100,
            "lessons": {"alpha": {"earned": 2, "best": 2, "percent": 100}, "beta": {"earned": 3, "best": 3, "percent": 100}}
        })
    );
}

#[test]
fn hidden_choices_are_not_numbered_and_timeouts_score() {
    // "Bad" lowers trust to 20, so at `second` the hidden low-trust choice appears as number 1.
    let (code, v) = walk("2,1", 1);
    assert_eq!(code, 0);
    assert_eq!(v["path"], json!(["intro", "first", "second", "fork", "bad-end"]));
    assert_eq!(v["ending"], "failure");
    // alpha: -1 of 2 (clamped to 0%); beta: 0 of 1+2; gamma: 1 of 1.
    assert_eq!(v["lessons"]["alpha"], json!({"earned": -1, "best": 2, "percent": 0}));
    assert_eq!(v["lessons"]["beta"], json!({"earned": 0, "best": 3, "percent": 0}));
    assert_eq!(v["lessons"]["gamma"], json!({"earned": 1, "best": 1, "percent": 100}));
    // Σ earned = 0 of Σ best = 6.
    assert_eq!(v["percent"], 0);
    assert_eq!(v["passed"], false);

    let (code, v) = walk("2,t", 1);
    assert_eq!(code, 0);
    assert_eq!(v["lessons"]["beta"], json!({"earned": -1, "best": 3, "percent": 0}));
    assert!(v["lessons"].get("gamma").is_some(), "gamma was offered, so it has a best: {v}");
}

#[test]
fn a_list_that_runs_out_exits_3_and_says_where() {
    let out = rehearse().args(["walk", SAMPLE, "--choices", "1", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ending"], Value::Null);
    assert_eq!(v["path"], json!(["intro", "first", "second"]));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`second`"));
}

#[test]
fn invalid_choices_exit_1_and_bad_usage_exits_2() {
    let out = rehearse().args(["walk", SAMPLE, "--choices", "1,2"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no choice 2 at node `second`"));

    let out = rehearse().args(["walk", SAMPLE, "--choices", "1,t"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "`second` has a timer");

    let out = rehearse().args(["walk", SAMPLE, "--choices", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "choice 0 is a number no node offers");

    let out = rehearse().args(["walk", SAMPLE, "--choices", "t"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no timer"));

    let out = rehearse().args(["walk", "no-such-scenario", "--choices", "1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));

    for args in [
        vec!["walk", SAMPLE],
        vec!["walk", SAMPLE, "--choices", "1,x"],
        vec!["walk", SAMPLE, "--choices", "1", "--seed", "-3"],
        vec!["frobnicate"],
    ] {
        let out = rehearse().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked") && !err.is_empty(), "{args:?}: {err}");
    }
}

#[test]
fn same_seed_same_run_and_weights_are_followed() {
    let mut good = 0;
    for seed in 0..41u64 {
        let (_, a) = walk("1,1", seed);
        let (_, b) = walk("1,1", seed);
        assert_eq!(a, b, "seed {seed}");
        if a["ending"] == "success" {
            good += 1;
        }
    }
    // Weights 3:1 → about 75% success; 41 seeds: a generous band.
    assert!((22..=38).contains(&good), "{good} of 41 runs took the weight-3 branch");
}

#[test]
fn list_shows_loaded_scenarios() {
    let out = rehearse().args(["--pack", PACK, "list", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sample = v.as_array().unwrap().iter().find(|s| s["id"] == "sample").expect("sample listed");
    assert_eq!(sample["level"], "101");
    assert_eq!(sample["minutes"], 5);
    assert_eq!(sample["lessons"], json!(["alpha", "beta", "gamma"]));

    let out = rehearse().args(["--pack", PACK, "walk", "sample", "--choices", "1,1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "a scenario is found by id in a --pack");
}
