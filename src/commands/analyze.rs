//! `rehearse analyze SCENARIO [--json]`

use std::path::PathBuf;

use serde_json::{json, Map, Value};

use crate::engine::analyze::{analyze, NotableRun, ANALYZE_BUDGET};
use crate::i18n::percent;
use crate::t;
use crate::text::{excerpt, sanitize_line};

fn run_json(r: &Option<NotableRun>) -> Value {
    match r {
        Some(r) => json!({
            "choices": r.choices, "percent": r.percent,
            "ending": r.ending.map(|e| e.as_str()), "seed": r.seed,
        }),
        None => Value::Null,
    }
}

/// A percentage right-aligned on the widest one ("  5%", "100 %").
fn pct(n: u32) -> String {
    let w = percent(100).chars().count();
    format!("{:>w$}", percent(n))
}

/// A word as a POSIX shell reads it back: quoted only when it needs to be.
pub(super) fn shell_word(w: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-./,:=@%+".contains(c);
    if !w.is_empty() && w.chars().all(plain) {
        w.to_string()
    } else {
        format!("'{}'", w.replace('\'', "'\\''"))
    }
}

/// How `walk` finds the scenario analysed: its `--pack`s, then the id or the path as given.
fn walk_target(packs: &[PathBuf], name: &str, id: &str) -> String {
    let mut words: Vec<String> =
        packs.iter().map(|p| format!("--pack {}", shell_word(&p.display().to_string()))).collect();
    // A path was given when the name is not the scenario's id: walk needs that path too.
    words.push(shell_word(if name == id { id } else { name }));
    sanitize_line(&words.join(" "))
}

fn run_text(r: &NotableRun, target: &str) -> String {
    let ending = r.ending.map_or("none", |e| e.as_str());
    let replay = match r.seed {
        Some(seed) => format!("`rehearse walk {target} --choices {} --seed {seed}`", r.choices),
        None => t!("analyze-no-seed"),
    };
    let choices = if r.choices.is_empty() { t!("analyze-no-choices") } else { r.choices.clone() };
    t!(
        "analyze-run",
        choices = &choices,
        percent = &percent(r.percent),
        ending = &t!("ending-kind", kind = ending),
        replay = &replay
    )
}

/// The readable section on whether the score can be trusted: naive strategies and endings.
fn honesty_text(a: &crate::engine::analyze::Analysis, pass: u32) -> String {
    let mut out = format!("\n{}\n", t!("analyze-honesty", pass_mark = pass));
    let described: Vec<String> =
        a.strategies.iter().map(|r| t!("analyze-strategy", strategy = r.strategy.as_str())).collect();
    let w = described.iter().map(|d| d.chars().count()).max().unwrap_or(0).max(34);
    for (r, described) in a.strategies.iter().zip(&described) {
        let ending = r.first.ending.map_or("none", |e| e.as_str());
        let verdict = match r.passes {
            0 => t!("analyze-fails-every-seed"),
            16 => t!("analyze-passes-every-seed"),
            n => t!("analyze-passes-some-seeds", n = n),
        };
        let line = t!(
            "analyze-strategy-result",
            percent = &pct(r.first.percent.rounded()),
            ending = &t!("ending-kind", kind = ending),
            verdict = &verdict
        );
        out.push_str(&format!("  {described:w$} {line}\n"));
    }
    let agreement = match (a.success_below_pass, a.failure_at_pass) {
        (0, 0) => t!("analyze-endings-agree"),
        (s, f) => t!("analyze-endings-disagree", success = s, failure = f),
    };
    out.push_str(&format!("{agreement}\n"));
    out
}

pub fn run(packs: &[PathBuf], name: &str, as_json: bool) -> super::Outcome {
    let mut lib = super::library(packs);
    let s = lib.find(name)?;
    let a = analyze(&s, ANALYZE_BUDGET);
    if as_json {
        let lessons: Map<String, Value> =
            a.lessons.iter().map(|(id, (lo, hi))| (id.clone(), json!({ "min": lo, "max": hi }))).collect();
        let v = json!({
            "scenario": s.id,
            "runs": a.runs,
            "cut": a.cut,
            "complete": a.complete,
            "endings": a.endings,
            "best": run_json(&a.best),
            "worst": run_json(&a.worst),
            "lessons": lessons,
            "unreachable": a.unreachable.iter().map(|(n, c, t)| json!({ "node": n, "choice": c, "text": t })).collect::<Vec<_>>(),
            "position_bias": a.bias.as_ref().map(|b| json!({
                "decisions": b.decisions, "position": b.position, "count": b.count, "biased": b.biased,
            })),
            "strategies": a.strategies.iter().map(|r| (r.strategy.as_str().to_string(), json!({
                "percent": r.first.percent.rounded(),
                "passed": r.first.passed,
                "ending": r.first.ending.map(|e| e.as_str()),
                "seeds_passing": r.passes,
            }))).collect::<Map<String, Value>>(),
            "success_below_pass": a.success_below_pass,
            "failure_at_pass": a.failure_at_pass,
        });
        super::print(&format!("{}\n", crate::text::json_pretty(&v)));
        return Ok(super::OK);
    }

    let mut out = format!("{} ({})\n\n", sanitize_line(&s.title), sanitize_line(&s.id));
    if !a.complete {
        out.push_str(&format!("{}\n\n", t!("analyze-incomplete", budget = ANALYZE_BUDGET)));
    }
    let endings: Vec<String> =
        a.endings.iter().map(|(k, n)| t!("analyze-ending-count", kind = *k, n = *n)).collect();
    let endings = endings.join(", ");
    out.push_str(&t!("analyze-runs", runs = a.runs, endings = &endings));
    if a.cut > 0 {
        out.push_str(&format!(" {}", t!("analyze-cut", n = a.cut)));
    }
    out.push('\n');
    for kind in ["success", "mixed", "failure"] {
        if !a.endings.contains_key(kind) {
            out.push_str(&format!("{}\n", t!("analyze-no-run-reaches", kind = kind)));
        }
    }
    let target = walk_target(packs, name, &s.id);
    if let Some(b) = &a.best {
        out.push_str(&format!("{}\n", t!("analyze-best-run", run = &run_text(b, &target))));
    }
    if let Some(w) = &a.worst {
        out.push_str(&format!("{}\n", t!("analyze-worst-run", run = &run_text(w, &target))));
    }
    out.push_str(&format!("{}\n\n{}\n", t!("analyze-choice-numbers"), t!("analyze-lessons")));
    for (id, (lo, hi)) in &a.lessons {
        out.push_str(&format!("  {:28} {} – {}\n", sanitize_line(id), pct(*lo), pct(*hi)));
    }
    if a.unreachable.is_empty() {
        if a.complete {
            out.push_str(&format!("\n{}\n", t!("analyze-all-reachable")));
        }
    } else {
        out.push_str(&format!("\n{}\n", t!("analyze-unreachable")));
        for (node, c, text) in &a.unreachable {
            let line = t!(
                "analyze-unreachable-choice",
                node = &sanitize_line(node),
                choice = *c,
                text = &excerpt(text, 60)
            );
            out.push_str(&format!("  {line}\n"));
        }
    }
    out.push_str(&honesty_text(&a, s.pass_percent));
    if let Some(b) = &a.bias {
        let (position, count, decisions) = (b.position, b.count, b.decisions);
        let text = if b.biased {
            t!("analyze-position-bias", position = position, count = count, decisions = decisions)
        } else {
            t!("analyze-no-position-bias", position = position, count = count, decisions = decisions)
        };
        out.push_str(&format!("\n{text}\n"));
    }
    super::print(&out);
    Ok(super::OK)
}
