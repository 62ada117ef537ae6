//! The after-action report of a facilitated session: each decision with its prompt, the class's
//! votes for every choice, what was taken and its feedback, then the debrief per lesson. Markdown,
//! to hand out after the session, in the interface language. A session stopped before the
//! ending gives the same report of what happened so far, marked as stopped early, with the votes
//! of the decision it stopped at.
//!
//! Scenario texts come from people we do not know and the file is opened in Markdown viewers
//! that render HTML: every text from the scenario goes through [`escape_markdown`].

use std::fmt::Write as _;

use crate::engine::{Debrief, Decision, Review, Run, Taken};
use crate::i18n::percent;
use crate::present::yes_no;
use crate::scenario::{Node, Scenario};
use crate::t;
use crate::text::sanitize_line;

/// The votes cast at one decision: for each offered choice (index in the node's choices), its
/// count, in the order shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Votes {
    pub counts: Vec<(usize, usize)>,
}

/// Link schemes that run code or carry a document of their own.
const LIVE_SCHEMES: [&str; 3] = ["javascript", "vbscript", "data"];

/// Untrusted text (scenario texts, learner names, file names) as inert Markdown on one line:
/// control characters made visible, newlines shown as `⏎`, HTML's `<`, `>` and `&` as entities
/// (so no tag and no entity of the text's own survives), and the characters that make links,
/// images, code spans and table cells (`[`, `]`, `` ` ``, `|`, and `\` itself) escaped. The colon
/// of `javascript:`, `vbscript:` and `data:` becomes an entity too, for viewers that link bare
/// addresses.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in sanitize_line(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '[' | ']' | '`' | '|' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    defang_schemes(&out)
}

/// `s` with the colon after a [`LIVE_SCHEMES`] word (in any case, as a word of its own) written
/// `&#58;`.
fn defang_schemes(s: &str) -> String {
    let lower = s.to_ascii_lowercase();
    let mut out = String::with_capacity(s.len());
    let mut from = 0;
    for (i, _) in lower.match_indices(':') {
        let before = &lower[..i];
        let live = LIVE_SCHEMES.iter().any(|w| {
            before.ends_with(w)
                && !before[..i - w.len()].chars().next_back().is_some_and(char::is_alphanumeric)
        });
        if live {
            out.push_str(&s[from..i]);
            out.push_str("&#58;");
            from = i + 1;
        }
    }
    out.push_str(&s[from..]);
    out
}

fn md(s: &str) -> String {
    escape_markdown(s)
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

/// Builds the report. `votes[i]` belongs to the `i`-th decision of `run`; one more, when the
/// session stopped while the class was voting, holds the votes cast at the decision left open.
pub fn after_action(run: &Run<'_>, votes: &[Votes], date: &str) -> String {
    let s = run.scenario();
    let d = Debrief::of(run);
    let mut out = header(run, &d, date);
    let _ = writeln!(out, "## {}\n", t!("after-action-decisions"));
    for (i, (dec, review)) in run.decisions().iter().zip(&d.decisions).enumerate() {
        let counts = votes.get(i).cloned().unwrap_or_default();
        decision(&mut out, run, i, dec, review, &counts);
    }
    if run.ending().is_none() {
        if let Some(open) = votes.get(run.decisions().len()) {
            open_decision(&mut out, run, open);
        }
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
    let scored = run.tally().total_best() > 0;
    let overall = match d.ending {
        Some(_) => t!("after-action-overall", percent = d.percent.rounded(), passed = yes_no(d.passed)),
        None if scored => t!("after-action-overall-so-far", percent = d.percent.rounded()),
        None => t!("after-action-overall-unscored"),
    };
    let _ = writeln!(out, "\n{overall}");
    out
}

/// The title and the facts of the session: date, scenario, seed, result (or that it stopped
/// early).
fn header(run: &Run<'_>, d: &Debrief, date: &str) -> String {
    let s = run.scenario();
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", t!("after-action-title", title = &md(&s.title)));
    if d.ending.is_none() {
        let _ = writeln!(out, "{}\n", t!("after-action-stopped-early"));
    }
    let _ = writeln!(out, "- {}", date_line(date));
    let _ = writeln!(
        out,
        "- {}",
        t!(
            "after-action-scenario",
            id = &s.id,
            level = &t!("scenario-level", level = s.level.as_str()),
            version = &s.content_hash[..12.min(s.content_hash.len())]
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
        // Before any points are at stake, the percent of nothing would read as a full score.
        None if run.tally().total_best() > 0 => t!("after-action-stopped", percent = d.percent.rounded()),
        None => t!("after-action-stopped-unscored"),
    };
    let _ = writeln!(out, "- {result}\n");
    out
}

/// A decision's heading, message and discussion prompt.
fn scene(out: &mut String, number: usize, node: &Node, text: &str, open: bool) {
    let heading = md(&crate::present::heading(node.channel.as_deref(), node.from.as_deref()));
    let heading = if open { t!("after-action-open-heading", heading = heading.trim()) } else { heading };
    match heading.trim() {
        "" => writeln!(out, "### {number}.\n"),
        heading => writeln!(out, "### {number}. {heading}\n"),
    }
    .unwrap_or_default();
    let _ = writeln!(out, "> {}\n", md(text));
    if let Some(q) = &node.discuss {
        let _ = writeln!(out, "{}\n", t!("after-action-discussion", prompt = &md(q)));
    }
}

/// The table of votes: every offered choice (in the order shown) with its votes.
fn vote_table(out: &mut String, node: &Node, offered: &[usize], votes: &Votes, taken: Option<Taken>) {
    let _ = writeln!(out, "{}\n|---:|---|---:|", t!("after-action-votes-header"));
    for (k, &c) in offered.iter().enumerate() {
        let n = votes.counts.iter().find(|(idx, _)| *idx == c).map_or(0, |(_, n)| *n);
        let choice = md(&node.choices()[c].text);
        let choice = if taken == Some(Taken::Choice(c)) {
            t!("after-action-choice-taken", choice = &choice)
        } else {
            choice
        };
        let _ = writeln!(out, "| {} | {choice} | {n} |", k + 1);
    }
}

/// One decision taken: the scene, the votes, what was taken and why, and the stronger choice.
fn decision(out: &mut String, run: &Run<'_>, i: usize, dec: &Decision, review: &Review, votes: &Votes) {
    let s: &Scenario = run.scenario();
    let node = &s.nodes[dec.node];
    let text =
        run.path().iter().position(|&n| n == dec.node).map_or(node.text[0].as_str(), |p| run.text_at(p));
    scene(out, i + 1, node, text, false);
    vote_table(out, node, &dec.offered, votes, Some(dec.taken));
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

/// The decision the session stopped at: the scene and the votes cast so far, nothing taken.
fn open_decision(out: &mut String, run: &Run<'_>, votes: &Votes) {
    scene(out, run.decisions().len() + 1, run.node(), run.text(), true);
    vote_table(out, run.node(), run.offered(), votes, None);
    let _ = writeln!(out, "\n{}\n", t!("after-action-not-decided"));
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

    fn sample() -> crate::scenario::Scenario {
        use crate::scenario::{load_course, load_scenario};
        let course = std::fs::read_to_string("tests/fixtures/pack/course.toml").unwrap();
        let course = std::sync::Arc::new(load_course(&course).value.unwrap());
        load_scenario(&std::fs::read("tests/fixtures/pack/sample.toml").unwrap(), &course).value.unwrap()
    }

    #[test]
    fn a_session_stopped_while_voting_reports_the_votes_so_far() {
        set_lang(Lang::En);
        let s = sample();
        let mut run = Run::new(&s, 1);
        run.apply(crate::engine::Action::Continue).unwrap();
        // "Good" 1 vote, "Bad" 2: nothing decided yet.
        let open = Votes { counts: vec![(0, 1), (1, 2)] };
        let md = after_action(&run, &[open], "2026-11-23T09:05:09Z");
        assert!(md.contains("**Stopped early:**"), "{md}");
        assert!(md.contains("- Result: the session stopped before an ending, with no points at stake yet"));
        assert!(md.contains("### 1. Post from @someone (not decided)"), "{md}");
        assert!(md.contains("| 1 | Good | 1 |\n| 2 | Bad | 2 |\n"), "{md}");
        assert!(md.contains("**Not decided:**") && !md.contains("**Taken:**"), "{md}");
        assert!(md.ends_with("**So far:** no points at stake yet.\n"), "{md}");

        // Once decided and stopped at the next decision: the decision, its result so far.
        run.apply(crate::engine::Action::Choose(1)).unwrap();
        let md = after_action(&run, &[Votes { counts: vec![(0, 3)] }], "2026-11-23T09:05:09Z");
        assert!(md.contains("| 1 | Good **(taken)** | 3 |") && !md.contains("(not decided)"), "{md}");
        assert!(
            md.contains("at 100% so far") && md.ends_with("**So far: 100%**, before an ending.\n"),
            "{md}"
        );
    }

    #[test]
    fn untrusted_text_makes_no_tag_and_no_live_link() {
        let cases = [
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
            ("[click](javascript:alert(1))", "\\[click\\](javascript&#58;alert(1))"),
            ("![x](data:text/html,hi)", "!\\[x\\](data&#58;text/html,hi)"),
            ("<JavaScript:alert(1)>", "&lt;JavaScript&#58;alert(1)&gt;"),
            ("&lt;b&gt; a|b `c` \\", "&amp;lt;b&amp;gt; a\\|b \\`c\\` \\\\"),
            ("metadata: 5, data:x", "metadata: 5, data&#58;x"),
            ("two\nlines", "two\u{23CE}lines"),
            ("Bonjour, ça va ?", "Bonjour, ça va ?"),
        ];
        for (given, want) in cases {
            assert_eq!(escape_markdown(given), want, "{given:?}");
        }
    }
}
