//! The debrief as plain text: for `--plain`, scripts and screen readers. Written to be heard:
//! whole sentences, no bars or nested quotes.

use crate::engine::{Debrief, LessonResult, Run};
use crate::scenario::Scenario;
use crate::text::sanitize;

/// A bar of `width` cells for a percentage, in plain characters.
pub fn text_bar(percent: f64, width: usize) -> String {
    let filled = ((percent / 100.0) * width as f64).round().clamp(0.0, width as f64) as usize;
    format!("{}{}", "#".repeat(filled), "-".repeat(width - filled))
}

/// "4 of 4 points, 100%", "lost 2 points (no choice there could earn them)", "not assessed".
pub fn lesson_result(l: &LessonResult) -> String {
    let points = |n: i64| if n.abs() == 1 { format!("{n} point") } else { format!("{n} points") };
    match l.percent {
        Some(p) => format!("{} of {}, {}%", l.earned, points(l.best), p.rounded()),
        None if l.only_lost() => {
            format!("lost {} (no choice there could earn them back)", points(-l.earned))
        }
        None => "not assessed".into(),
    }
}

/// The shown meters at the end: "Public trust 65, Heat 10", or None when none is shown.
pub fn meters_line(s: &Scenario, vars: &[i64]) -> Option<String> {
    let shown: Vec<String> = s.shown_vars().map(|(i, v)| format!("{} {}", v.label, vars[i])).collect();
    (!shown.is_empty()).then(|| shown.join(", "))
}

pub fn debrief_text(run: &Run<'_>) -> String {
    let s = run.scenario();
    let d = Debrief::of(run);
    let mut out = String::new();
    out.push_str("\n== Debrief ==\n");
    if let Some(kind) = d.ending {
        out.push_str(&format!("Ending: {}.\n", kind.as_str()));
    }
    out.push_str(&format!(
        "Score: {}%, {} (pass mark {}%).\n",
        d.percent.rounded(),
        if d.passed { "passed" } else { "not passed" },
        s.pass_percent
    ));
    if let Some(m) = meters_line(s, &d.vars) {
        out.push_str(&format!("Where things stand: {}.\n", sanitize(&m)));
    }
    if !d.lessons.is_empty() {
        out.push_str("\nLessons:\n");
        for l in &d.lessons {
            let lesson = &s.course.lessons[l.lesson];
            out.push_str(&format!("  {}: {}.\n", sanitize(&lesson.title), lesson_result(l)));
        }
    }
    if !d.decisions.is_empty() {
        out.push_str("\nYour decisions:\n");
        for (i, r) in d.decisions.iter().enumerate() {
            let (text, feedback) = r.taken(s);
            let chose = text.map_or("You let the time run out.".to_string(), |t| format!("You chose: {t}"));
            out.push_str(&format!("{}. {}\n", i + 1, sanitize(&chose)));
            if let Some(f) = feedback {
                out.push_str(&format!("   Why: {}\n", sanitize(f)));
            }
            if let Some(b) = r.better(s) {
                let lesson = b.lesson.map(|l| format!(" (lesson: {l})")).unwrap_or_default();
                out.push_str(&format!("   A stronger choice: {}{}\n", sanitize(b.text), sanitize(&lesson)));
                if let Some(f) = b.feedback {
                    out.push_str(&format!("   Why it is stronger: {}\n", sanitize(f)));
                }
            }
        }
    }
    if !d.discuss.is_empty() {
        out.push_str("\nQuestions to think about:\n");
        for &n in &d.discuss {
            out.push_str(&format!("- {}\n", sanitize(s.nodes[n].discuss.as_deref().unwrap_or(""))));
        }
    }
    out
}
