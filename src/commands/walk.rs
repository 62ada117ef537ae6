//! `rehearse walk SCENARIO --choices LIST [--seed N] [--json]`

use std::path::PathBuf;

use serde_json::{json, Map, Value};

use crate::engine::{parse_picks, walk, Debrief, Run, Stop};
use crate::text::{excerpt, sanitize_line};

pub fn run(packs: &[PathBuf], name: &str, choices: &str, seed: u64, as_json: bool) -> super::Outcome {
    let picks = parse_picks(choices).map_err(|e| super::Error::Usage(format!("--choices: {e}")))?;
    let mut lib = super::library(packs);
    let scenario = lib.find(name)?;
    let (run, stop) = walk(&scenario, seed, &picks);
    if let Stop::Invalid { position, error } = &stop {
        return Err(super::Error::Invalid(format!(
            "entry {position} of --choices cannot be played: {error}"
        )));
    }
    if let Stop::Stuck(why) = &stop {
        return Err(super::Error::Invalid(why.clone()));
    }
    if as_json {
        super::print(&format!("{}\n", to_json(&run)));
    } else {
        super::print(&to_text(&run));
    }
    match stop {
        Stop::Ended { leftover } => {
            if leftover > 0 {
                eprintln!("note: the run ended with {leftover} choice(s) of the list left unused");
            }
            Ok(super::OK)
        }
        _ => {
            let node = run.node();
            let offered = match run.offered().len() {
                0 => "no choice, only its timer (`t`)".to_string(),
                1 => "choice 1".to_string(),
                n => format!("choices 1 to {n}"),
            };
            let timer = if run.can_time_out() && !run.offered().is_empty() {
                ", or `t` to let the timer run out"
            } else {
                ""
            };
            eprintln!(
                "stopped before an ending: the choices ran out at node `{}`, which offers {offered}{timer}",
                sanitize_line(&node.id)
            );
            Ok(super::WALK_STOPPED)
        }
    }
}

/// The JSON object of CLI.md.
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
    let mut out = format!("{} (seed {})\n", sanitize_line(&s.title), run.seed());
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
                crate::engine::Taken::Timeout => out.push_str("  -> (time ran out)"),
            }
            decisions.next();
        }
        out.push('\n');
    }
    let debrief = Debrief::of(run);
    match run.ending() {
        Some(kind) => out.push_str(&format!(
            "ending: {}\nscore: {}% ({}; pass mark {}%)\n",
            kind.as_str(),
            debrief.percent.rounded(),
            if debrief.passed { "passed" } else { "not passed" },
            s.pass_percent
        )),
        None => out.push_str(&format!("no ending yet\nscore so far: {}%\n", debrief.percent.rounded())),
    }
    for l in &debrief.lessons {
        let lesson = &s.course.lessons[l.lesson];
        let pct = l.percent.map_or("not assessed".to_string(), |p| format!("{}%", p.rounded()));
        out.push_str(&format!("  {:28} {:>3}/{:<3} {}\n", sanitize_line(&lesson.id), l.earned, l.best, pct));
    }
    out
}
