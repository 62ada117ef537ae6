//! `rehearse analyze SCENARIO [--json]`

use std::path::PathBuf;

use serde_json::{json, Map, Value};

use crate::engine::analyze::{analyze, NotableRun, ANALYZE_BUDGET};
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

fn run_text(r: &NotableRun) -> String {
    let ending = r.ending.map_or("no ending", |e| e.as_str());
    let replay = match r.seed {
        Some(seed) => format!("`rehearse walk ID --choices {} --seed {seed}`", r.choices),
        None => "no seed up to 500 takes the same branches".into(),
    };
    format!(
        "choices {} → {}% ({ending}; {replay})",
        if r.choices.is_empty() { "(none)" } else { &r.choices },
        r.percent
    )
}

/// The readable section on whether the score can be trusted: naive strategies and endings.
fn honesty_text(a: &crate::engine::analyze::Analysis, pass: u32) -> String {
    let mut out =
        format!("\nCan the score be trusted? Naive strategies (timers never run out; pass mark {pass}%):\n");
    for r in &a.strategies {
        let ending = r.first.ending.map_or("no ending", |e| e.as_str());
        let verdict = match r.passes {
            0 => "fails with every seed 1 to 16".to_string(),
            16 => "PASSES with every seed".to_string(),
            n => format!("passes with {n} of the seeds 1 to 16"),
        };
        out.push_str(&format!(
            "  {:34} {:>3}% ({ending}, seed 1); {verdict}\n",
            r.strategy.describe(),
            r.first.percent.rounded()
        ));
    }
    out.push_str(&match (a.success_below_pass, a.failure_at_pass) {
        (0, 0) => "Endings agree with the score: no success below the pass mark, no failure at or above it.\n".to_string(),
        (s, f) => format!(
            "Endings disagree with the score: {s} runs reach a success ending without passing, {f} runs at or above the pass mark end in failure (`rehearse validate` shows an example of each).\n"
        ),
    });
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
        super::print(&format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default()));
        return Ok(super::OK);
    }

    let mut out = format!("{} ({})\n\n", sanitize_line(&s.title), sanitize_line(&s.id));
    if !a.complete {
        out.push_str(&format!(
            "This scenario has more paths than the {ANALYZE_BUDGET} steps the analysis may take: the figures below cover the runs played so far.\n\n"
        ));
    }
    let endings: Vec<String> = a.endings.iter().map(|(k, n)| format!("{n} {k}")).collect();
    out.push_str(&format!(
        "{} different runs lead to an ending ({}).{}\n",
        a.runs,
        endings.join(", "),
        if a.cut > 0 { format!(" {} more go round a loop and were cut.", a.cut) } else { String::new() }
    ));
    for kind in ["success", "mixed", "failure"] {
        if !a.endings.contains_key(kind) {
            out.push_str(&format!("No run reaches a {kind} ending.\n"));
        }
    }
    if let Some(b) = &a.best {
        out.push_str(&format!("Best run: {}\n", run_text(b)));
    }
    if let Some(w) = &a.worst {
        out.push_str(&format!("Worst run: {}\n", run_text(w)));
    }
    out.push_str("(Choice numbers count the choices offered at each point, in file order.)\n\nLessons, lowest and highest percent over the runs that assess them:\n");
    for (id, (lo, hi)) in &a.lessons {
        out.push_str(&format!("  {:28} {lo:>3}% – {hi:>3}%\n", sanitize_line(id)));
    }
    if a.unreachable.is_empty() {
        if a.complete {
            out.push_str("\nEvery choice is reachable by some run.\n");
        }
    } else {
        out.push_str("\nChoices no run can reach (their conditions never hold where they are):\n");
        for (node, c, text) in &a.unreachable {
            out.push_str(&format!("  node `{}`, choice {c}: {}\n", sanitize_line(node), excerpt(text, 60)));
        }
    }
    out.push_str(&honesty_text(&a, s.pass_percent));
    if let Some(b) = &a.bias {
        if b.biased {
            out.push_str(&format!(
                "\nPosition bias: the best choice is number {} at {} of {} decisions. Learners soon learn to pick \"number {}\"; move the best choice around.\n",
                b.position, b.count, b.decisions, b.position
            ));
        } else {
            out.push_str(&format!(
                "\nNo position bias: the best choice is most often number {} ({} of {} decisions).\n",
                b.position, b.count, b.decisions
            ));
        }
    }
    super::print(&out);
    Ok(super::OK)
}
