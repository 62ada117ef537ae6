//! The after-action report of a facilitated session: each decision with its prompt, the class's
//! votes for every choice, what was taken and its feedback, then the debrief per lesson. Markdown,
//! to hand out after the session.

use std::fmt::Write as _;

use crate::engine::{Debrief, Run, Taken};
use crate::text::sanitize_line;

/// The votes cast at one decision: for each offered choice (index in the node's choices), its
/// count, in the order shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Votes {
    pub counts: Vec<(usize, usize)>,
}

fn md(s: &str) -> String {
    sanitize_line(s).replace('|', "\\|")
}

/// Builds the report. `votes[i]` belongs to the `i`-th decision of `run`.
pub fn after_action(run: &Run<'_>, votes: &[Votes], date: &str) -> String {
    let s = run.scenario();
    let d = Debrief::of(run);
    let mut out = String::new();
    let _ = writeln!(out, "# After-action report: {}\n", md(&s.title));
    let _ = writeln!(
        out,
        "- Date: {date}\n- Scenario: `{}` (level {}, version {})\n- Seed: {}",
        s.id,
        s.level.as_str(),
        &s.content_hash[..12],
        run.seed()
    );
    match d.ending {
        Some(e) => {
            let _ = writeln!(
                out,
                "- Result: **{}** ending, **{}%**, {} (pass mark {}%)\n",
                e.as_str(),
                d.percent.rounded(),
                if d.passed { "passed" } else { "not passed" },
                s.pass_percent
            );
        }
        None => {
            let _ = writeln!(
                out,
                "- Result: the session stopped before an ending, at {}% so far\n",
                d.percent.rounded()
            );
        }
    }
    let _ = writeln!(out, "## Decisions\n");
    for (i, (dec, review)) in run.decisions().iter().zip(&d.decisions).enumerate() {
        let node = &s.nodes[dec.node];
        let text =
            run.path().iter().position(|&n| n == dec.node).map_or(node.text[0].as_str(), |p| run.text_at(p));
        let _ = writeln!(
            out,
            "### {}. {}\n",
            i + 1,
            md(&crate::present::heading(node.channel.as_deref(), node.from.as_deref())).trim()
        );
        let _ = writeln!(out, "> {}\n", md(text));
        if let Some(q) = &node.discuss {
            let _ = writeln!(out, "**Discussion prompt:** {}\n", md(q));
        }
        let _ = writeln!(out, "| # | Choice | Votes |\n|---:|---|---:|");
        let counts = votes.get(i).cloned().unwrap_or_default();
        for (k, &c) in dec.offered.iter().enumerate() {
            let n = counts.counts.iter().find(|(idx, _)| *idx == c).map_or(0, |(_, n)| *n);
            let taken = if dec.taken == Taken::Choice(c) { " **(taken)**" } else { "" };
            let _ = writeln!(out, "| {} | {}{taken} | {n} |", k + 1, md(&node.choices()[c].text));
        }
        let (taken_text, feedback) = review.taken(s);
        let what = taken_text.map_or("nothing: the time ran out".to_string(), |t| format!("\"{t}\""));
        let _ = writeln!(out, "\n**Taken:** {}", md(&what));
        if let Some(f) = feedback {
            let _ = writeln!(out, "\n**Feedback:** {}", md(f));
        }
        if let Some(b) = review.better(s) {
            let lesson = b.lesson.map(|l| format!(" ({l})")).unwrap_or_default();
            let _ = writeln!(out, "\n**A stronger choice:** {}{}", md(b.text), md(&lesson));
            if let Some(f) = b.feedback {
                let _ = writeln!(out, "\n**Why it is stronger:** {}", md(f));
            }
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## Debrief\n\n| Lesson | Points | Percent |\n|---|---:|---:|");
    for l in &d.lessons {
        let pct = match l.percent {
            Some(p) => format!("{}%", p.rounded()),
            None if l.only_lost() => "lost".to_string(),
            None => "not assessed".to_string(),
        };
        let _ =
            writeln!(out, "| {} | {}/{} | {pct} |", md(&s.course.lessons[l.lesson].title), l.earned, l.best);
    }
    let _ = writeln!(
        out,
        "\n**Overall: {}%**, {}.",
        d.percent.rounded(),
        if d.passed { "passed" } else { "not passed" }
    );
    out
}
