//! The debrief as plain text: for `--plain`, scripts and screen readers. Written to be heard:
//! whole sentences, no bars or nested quotes.

use crate::engine::{Debrief, LessonResult, Review, Run};
use crate::present::yes_no;
use crate::scenario::Scenario;
use crate::t;
use crate::text::sanitize;

/// A bar of `width` cells for a percentage, in plain characters.
pub fn text_bar(percent: f64, width: usize) -> String {
    let filled = ((percent / 100.0) * width as f64).round().clamp(0.0, width as f64) as usize;
    format!("{}{}", "#".repeat(filled), "-".repeat(width - filled))
}

/// "4 of 4 points, 100%", "lost 2 points (no choice there could earn them back)", "not assessed".
pub fn lesson_result(l: &LessonResult) -> String {
    match l.percent {
        Some(p) => t!("debrief-text-lesson-result", earned = l.earned, best = l.best, percent = p.rounded()),
        None if l.only_lost() => t!("debrief-text-lesson-lost", n = -l.earned),
        None => t!("debrief-not-assessed"),
    }
}

/// The shown meters at the end: "Public trust 65, Heat 10", or None when none is shown.
pub fn meters_line(s: &Scenario, vars: &[i64]) -> Option<String> {
    let shown: Vec<String> = s.shown_vars().map(|(i, v)| format!("{} {}", v.label, vars[i])).collect();
    (!shown.is_empty()).then(|| shown.join(", "))
}

/// The whole debrief of `run`: the ending and score, each lesson, each decision with what was
/// stronger, and the questions to discuss.
pub fn debrief_text(run: &Run<'_>) -> String {
    let s = run.scenario();
    let d = Debrief::of(run);
    let mut out = String::new();
    out.push_str(&format!("\n{}\n", t!("debrief-text-title")));
    if let Some(kind) = d.ending {
        out.push_str(&format!("{}\n", t!("debrief-text-ending", kind = kind.as_str())));
    }
    out.push_str(&format!(
        "{}\n",
        t!(
            "debrief-text-score",
            percent = d.percent.rounded(),
            passed = yes_no(d.passed),
            pass_mark = s.pass_percent
        )
    ));
    if let Some(m) = meters_line(s, &d.vars) {
        out.push_str(&format!("{}\n", t!("debrief-text-meters", meters = &sanitize(&m).into_owned())));
    }
    if !d.lessons.is_empty() {
        out.push_str(&format!("\n{}\n", t!("debrief-text-lessons")));
        for l in &d.lessons {
            let lesson = &s.course.lessons[l.lesson];
            let line = t!(
                "debrief-text-lesson",
                lesson = &sanitize(&lesson.title).into_owned(),
                result = &lesson_result(l)
            );
            out.push_str(&format!("  {line}\n"));
        }
    }
    if !d.decisions.is_empty() {
        out.push_str(&format!("\n{}\n", t!("debrief-text-decisions")));
        for (i, r) in d.decisions.iter().enumerate() {
            push_decision(&mut out, s, i + 1, r);
        }
    }
    if !d.discuss.is_empty() {
        out.push_str(&format!("\n{}\n", t!("debrief-text-questions")));
        for &n in &d.discuss {
            out.push_str(&format!("- {}\n", sanitize(s.nodes[n].discuss.as_deref().unwrap_or(""))));
        }
    }
    out
}

/// Decision number `n`: what was chosen and why it was good or not, then the stronger choice
/// offered, if any, and why.
fn push_decision(out: &mut String, s: &Scenario, n: usize, r: &Review) {
    let (text, feedback) = r.taken(s);
    let chose = match text {
        Some(t) => t!("debrief-you-chose", choice = &sanitize(t).into_owned()),
        None => t!("debrief-timed-out"),
    };
    out.push_str(&format!("{n}. {chose}\n"));
    if let Some(f) = feedback {
        out.push_str(&format!("   {}\n", t!("debrief-text-why", feedback = &sanitize(f).into_owned())));
    }
    let Some(b) = r.better(s) else { return };
    let choice = sanitize(b.text).into_owned();
    let line = match b.lesson {
        Some(l) => t!("debrief-text-stronger-lesson", choice = &choice, lesson = &sanitize(l).into_owned()),
        None => t!("debrief-text-stronger", choice = &choice),
    };
    out.push_str(&format!("   {line}\n"));
    if let Some(f) = b.feedback {
        out.push_str(&format!(
            "   {}\n",
            t!("debrief-text-why-stronger", feedback = &sanitize(f).into_owned())
        ));
    }
}
