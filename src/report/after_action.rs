//! The after-action report of a facilitated session: each decision with its prompt, the class's
//! votes for every choice, what was taken and its feedback, then the debrief per lesson. Markdown,
//! to hand out after the session, in the interface language.

use std::fmt::Write as _;

use crate::engine::{Debrief, Run, Taken};
use crate::i18n::percent;
use crate::present::yes_no;
use crate::t;
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

/// The date line: "Date: 2026-11-23, 14:05 UTC" from an RFC 3339 time in UTC, else the date as
/// given.
fn date_line(date: &str) -> String {
    let b = date.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let utc = date.ends_with('Z') || date.ends_with("+00:00");
    if utc && digits(0..4) && digits(5..7) && digits(8..10) && digits(11..13) && digits(14..16) {
        let hour: u32 = date[11..13].parse().unwrap_or(0);
        return t!(
            "after-action-date-time",
            date = &date[..10],
            hour = hour,
            hh = &date[11..13],
            minute = &date[14..16]
        );
    }
    t!("after-action-date", date = &md(date))
}

/// Builds the report. `votes[i]` belongs to the `i`-th decision of `run`.
pub fn after_action(run: &Run<'_>, votes: &[Votes], date: &str) -> String {
    let s = run.scenario();
    let d = Debrief::of(run);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", t!("after-action-title", title = &md(&s.title)));
    let _ = writeln!(out, "- {}", date_line(date));
    let _ = writeln!(
        out,
        "- {}",
        t!(
            "after-action-scenario",
            id = &s.id,
            level = &t!("scenario-level", level = s.level.as_str()),
            version = &s.content_hash[..12]
        )
    );
    let _ = writeln!(out, "- {}", t!("after-action-seed", seed = &run.seed().to_string()));
    let result = match d.ending {
        Some(e) => t!(
            "after-action-result",
            ending = e.as_str(),
            percent = d.percent.rounded(),
            passed = yes_no(d.passed),
            pass_mark = s.pass_percent
        ),
        None => t!("after-action-stopped", percent = d.percent.rounded()),
    };
    let _ = writeln!(out, "- {result}\n");
    let _ = writeln!(out, "## {}\n", t!("after-action-decisions"));
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
            let _ = writeln!(out, "{}\n", t!("after-action-discussion", prompt = &md(q)));
        }
        let _ = writeln!(out, "{}\n|---:|---|---:|", t!("after-action-votes-header"));
        let counts = votes.get(i).cloned().unwrap_or_default();
        for (k, &c) in dec.offered.iter().enumerate() {
            let n = counts.counts.iter().find(|(idx, _)| *idx == c).map_or(0, |(_, n)| *n);
            let choice = md(&node.choices()[c].text);
            let choice = if dec.taken == Taken::Choice(c) {
                t!("after-action-choice-taken", choice = &choice)
            } else {
                choice
            };
            let _ = writeln!(out, "| {} | {choice} | {n} |", k + 1);
        }
        let (taken_text, feedback) = review.taken(s);
        let taken = match taken_text {
            Some(c) => t!("after-action-taken", choice = &md(c)),
            None => t!("after-action-taken-timeout"),
        };
        let _ = writeln!(out, "\n{taken}");
        if let Some(f) = feedback {
            let _ = writeln!(out, "\n{}", t!("after-action-feedback", feedback = &md(f)));
        }
        if let Some(b) = review.better(s) {
            let line = match b.lesson {
                Some(l) => t!("after-action-stronger-lesson", choice = &md(b.text), lesson = &md(l)),
                None => t!("after-action-stronger", choice = &md(b.text)),
            };
            let _ = writeln!(out, "\n{line}");
            if let Some(f) = b.feedback {
                let _ = writeln!(out, "\n{}", t!("after-action-why-stronger", feedback = &md(f)));
            }
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "## {}\n\n{}\n|---|---:|---:|",
        t!("after-action-debrief"),
        t!("after-action-lessons-header")
    );
    for l in &d.lessons {
        let pct = match l.percent {
            Some(p) => percent(p.rounded()),
            None if l.only_lost() => t!("debrief-lost"),
            None => t!("debrief-not-assessed"),
        };
        let _ =
            writeln!(out, "| {} | {}/{} | {pct} |", md(&s.course.lessons[l.lesson].title), l.earned, l.best);
    }
    let _ = writeln!(
        out,
        "\n{}",
        t!("after-action-overall", percent = d.percent.rounded(), passed = yes_no(d.passed))
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{set_lang, Lang};

    #[test]
    fn the_date_reads_as_each_language_writes_a_time() {
        set_lang(Lang::En);
        assert_eq!(date_line("2026-11-23T09:05:09Z"), "Date: 2026-11-23, 09:05 UTC");
        assert_eq!(date_line("soon"), "Date: soon");
        set_lang(Lang::Fr);
        assert_eq!(date_line("2026-11-23T14:05:09Z"), "Date\u{a0}: 2026-11-23, 14\u{a0}h\u{a0}05 (UTC)");
        set_lang(Lang::En);
    }
}
