//! The debrief as plain text: for `--plain`, scripts and screen readers.

use crate::engine::{Debrief, Run};
use crate::text::sanitize;

/// A bar of `width` cells for a percentage, in plain characters.
pub fn text_bar(percent: f64, width: usize) -> String {
    let filled = ((percent / 100.0) * width as f64).round().clamp(0.0, width as f64) as usize;
    format!("{}{}", "#".repeat(filled), "-".repeat(width - filled))
}

pub fn debrief_text(run: &Run<'_>) -> String {
    let s = run.scenario();
    let d = Debrief::of(run);
    let mut out = String::new();
    out.push_str("\n== Debrief ==\n");
    if let Some(kind) = d.ending {
        out.push_str(&format!("Ending: {}\n", kind.as_str()));
    }
    out.push_str(&format!(
        "Score: {}% - {} (pass mark {}%)\n",
        d.percent.rounded(),
        if d.passed { "passed" } else { "not passed" },
        s.pass_percent
    ));
    if !d.lessons.is_empty() {
        out.push_str("\nLessons:\n");
        for l in &d.lessons {
            let lesson = &s.course.lessons[l.lesson];
            let pct = match l.percent {
                Some(p) => format!("{:>3}% [{}]", p.rounded(), text_bar(p.value(), 10)),
                None => "not assessed".into(),
            };
            out.push_str(&format!("  {}: {}/{} points, {pct}\n", sanitize(&lesson.title), l.earned, l.best));
        }
    }
    if !d.decisions.is_empty() {
        out.push_str("\nYour decisions:\n");
        for (i, r) in d.decisions.iter().enumerate() {
            let node = &s.nodes[r.node];
            let (text, feedback) = r.taken(s);
            let chose = text.map_or("nothing before time ran out".to_string(), |t| format!("\"{t}\""));
            out.push_str(&format!("{}. You chose: {}\n", i + 1, sanitize(&chose)));
            if let Some(f) = feedback {
                out.push_str(&format!("   {}\n", sanitize(f)));
            }
            if let Some(b) = r.better {
                let lesson =
                    r.better_lesson.map(|l| format!(" ({})", s.course.lessons[l].title)).unwrap_or_default();
                out.push_str(&format!(
                    "   Better: \"{}\"{}\n",
                    sanitize(&node.choices()[b].text),
                    sanitize(&lesson)
                ));
                if let Some(f) = &node.choices()[b].feedback {
                    out.push_str(&format!("   {}\n", sanitize(f)));
                }
            }
        }
    }
    out
}
