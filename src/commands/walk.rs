//! `rehearse walk SCENARIO --choices LIST [--seed N] [--json]`

use std::path::PathBuf;

use serde_json::{json, Map, Value};

use crate::engine::{parse_picks, walk, Debrief, Run, Stop};
use crate::i18n::percent;
use crate::present::yes_no;
use crate::t;
use crate::text::{excerpt, sanitize_line};

pub fn run(packs: &[PathBuf], name: &str, choices: &str, seed: u64, as_json: bool) -> super::Outcome {
    let picks = parse_picks(choices).map_err(|e| super::Error::Usage(format!("--choices: {e}")))?;
    let mut lib = super::library(packs);
    let scenario = lib.find(name)?;
    let (run, stop) = walk(&scenario, seed, &picks);
    if let Stop::Invalid { position, error } = &stop {
        return Err(super::Error::Invalid(t!(
            "walk-entry-invalid",
            position = *position,
            reason = &error.to_string()
        )));
    }
    if let Stop::Stuck(why) = &stop {
        return Err(super::Error::Invalid(why.clone()));
    }
    if as_json {
        super::print(&format!("{}\n", crate::text::json_line(&to_json(&run))));
    } else {
        super::print(&to_text(&run));
    }
    match stop {
        Stop::Ended { leftover } => {
            if leftover > 0 {
                eprintln!("{}", t!("walk-leftover", n = leftover));
            }
            Ok(super::OK)
        }
        _ => {
            let node = run.node();
            let timer = run.can_time_out() && !run.offered().is_empty();
            eprintln!(
                "{}",
                t!(
                    "walk-stopped",
                    node = &sanitize_line(&node.id),
                    offered = run.offered().len(),
                    timer = yes_no(timer)
                )
            );
            Ok(super::WALK_STOPPED)
        }
    }
}

/// `walk --json`: one object with the scenario, seed, path, ending, pass, percent and per-lesson
/// scores. Its keys are a contract that scripts rely on: add keys, never rename or remove one.
pub fn to_json(run: &Run<'_>) -> Value {
    let s = run.scenario();
    let debrief = Debrief::of(run);
    let mut lessons = Map::new();
    for l in &debrief.lessons {
        lessons.insert(
            s.course.lessons[l.lesson].id.clone(),
            json!({ "earned": l.earned, "best": l.best, "percent": l.percent.map(|p| p.rounded()) }),
        );
    }
    json!({
        "scenario": s.id,
        "seed": run.seed(),
        "path": run.path().iter().map(|&i| s.nodes[i].id.as_str()).collect::<Vec<_>>(),
        "ending": run.ending().map(|e| e.as_str()),
        "passed": run.passed(),
        "percent": debrief.percent.rounded(),
        "lessons": lessons,
    })
}

fn to_text(run: &Run<'_>) -> String {
    let s = run.scenario();
    let mut out =
        format!("{}\n", t!("walk-title", title = &sanitize_line(&s.title), seed = &run.seed().to_string()));
    let mut decisions = run.decisions().iter().peekable();
    for &i in run.path() {
        let node = &s.nodes[i];
        out.push_str(&format!("  {}", sanitize_line(&node.id)));
        if let Some(d) = decisions.peek().filter(|d| d.node == i) {
            match d.taken {
                crate::engine::Taken::Choice(c) => out.push_str(&format!(
                    "  -> {}. {}",
                    d.number.unwrap_or(0),
                    excerpt(&node.choices()[c].text, 60)
                )),
                crate::engine::Taken::Timeout => out.push_str(&format!("  -> {}", t!("walk-timed-out"))),
            }
            decisions.next();
        }
        out.push('\n');
    }
    let debrief = Debrief::of(run);
    match run.ending() {
        Some(kind) => out.push_str(&format!(
            "{}\n{}\n",
            t!("walk-ending", ending = kind.as_str()),
            t!(
                "walk-score",
                percent = debrief.percent.rounded(),
                passed = yes_no(debrief.passed),
                pass_mark = s.pass_percent
            )
        )),
        None => out.push_str(&format!(
            "{}\n{}\n",
            t!("walk-no-ending"),
            t!("walk-score-so-far", percent = debrief.percent.rounded())
        )),
    }
    for l in &debrief.lessons {
        let lesson = &s.course.lessons[l.lesson];
        let pct = l.percent.map_or_else(|| t!("debrief-not-assessed"), |p| percent(p.rounded()));
        out.push_str(&format!("  {:28} {:>3}/{:<3} {}\n", sanitize_line(&lesson.id), l.earned, l.best, pct));
    }
    out
}
