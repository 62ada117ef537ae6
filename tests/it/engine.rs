//! The engine's rules, table by table, on small scenarios written inline.

use std::sync::Arc;

use rehearse::engine::{walk, Debrief, Pick, Stop};
use rehearse::scenario::{load_course, load_scenario, Course, Scenario};

fn course() -> Arc<Course> {
    let text = "format = 1\n[course]\nid = \"c\"\ntitle = \"C\"\npass_percent = 50\n\
        [[lessons]]\nid = \"x\"\ntitle = \"X\"\n[[lessons]]\nid = \"y\"\ntitle = \"Y\"\n[[lessons]]\nid = \"z\"\ntitle = \"Z\"\n";
    Arc::new(load_course(text).value.expect("course loads"))
}

fn scenario(body: &str) -> Scenario {
    let text = format!(
        "format = 1\n[scenario]\nid = \"t\"\ntitle = \"T\"\nsummary = \"S\"\nlevel = \"101\"\nminutes = 1\nstart = \"a\"\n{body}"
    );
    let loaded = load_scenario(text.as_bytes(), &course());
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    loaded.value.unwrap()
}

fn picks(list: &str) -> Vec<Pick> {
    rehearse::engine::parse_picks(list).unwrap()
}

/// (earned, best, rounded percent) per lesson id present in the debrief.
fn lessons(s: &Scenario, d: &Debrief) -> Vec<(String, i64, i64, Option<u32>)> {
    d.lessons
        .iter()
        .map(|l| (s.course.lessons[l.lesson].id.clone(), l.earned, l.best, l.percent.map(|p| p.rounded())))
        .collect()
}

const TWO_DECISIONS: &str = r#"
[[nodes]]
id = "a"
text = "First."
[[nodes.choices]]
text = "A1"
next = "b"
score = { x = 1 }
feedback = "f"
[[nodes.choices]]
text = "A2"
next = "b"
score = { x = 2, y = -1 }
feedback = "f"
[[nodes.choices]]
text = "A3"
next = "b"
score = { y = -3 }
feedback = "f"

[[nodes]]
id = "b"
text = "Second."
[[nodes.choices]]
text = "B1"
next = "end"
score = { x = 2, y = -1 }
feedback = "f"
[[nodes.choices]]
text = "B2"
next = "end"
score = { x = 2, y = 1, z = -2 }
feedback = "f"

[[nodes]]
id = "end"
text = "Done."
ending = "success"
"#;

#[test]
fn scoring_follows_the_format_to_the_letter() {
    let s = scenario(TWO_DECISIONS);
    // best: x = 2 + 2, y = max(-1, -3 -> 0 floor) + 1 = 0 + 1, z = max(-2) floored = 0.
    type Row = (&'static str, Vec<(&'static str, i64, i64, Option<u32>)>, u32, bool);
    let table: [Row; 4] = [
        ("1,1", vec![("x", 3, 4, Some(75)), ("y", -1, 1, Some(0))], 40, false), // (3-1)/(4+1)
        ("2,2", vec![("x", 4, 4, Some(100)), ("y", 0, 1, Some(0)), ("z", -2, 0, None)], 40, false), // (4+0-2)/5
        ("1,2", vec![("x", 3, 4, Some(75)), ("y", 1, 1, Some(100)), ("z", -2, 0, None)], 40, false),
        ("3,1", vec![("x", 2, 4, Some(50)), ("y", -4, 1, Some(0))], 0, false), // clamped at 0
    ];
    for (list, want, percent, _) in table {
        let (run, stop) = walk(&s, 1, &picks(list));
        assert_eq!(stop, Stop::Ended { leftover: 0 });
        let d = Debrief::of(&run);
        let want: Vec<(String, i64, i64, Option<u32>)> =
            want.into_iter().map(|(a, b, c, e)| (a.to_string(), b, c, e)).collect();
        assert_eq!(lessons(&s, &d), want, "{list}");
        assert_eq!(d.percent.rounded(), percent, "{list}");
        // 40% is below the course's 50% pass mark even with a success ending.
        assert!(!d.passed, "{list}");
    }
}

#[test]
fn a_run_with_nothing_assessed_scores_100() {
    let s = scenario("[[nodes]]\nid = \"a\"\ntext = \"t\"\n[[nodes.choices]]\ntext = \"c\"\nnext = \"e\"\n[[nodes]]\nid = \"e\"\ntext = \"e\"\nending = \"mixed\"\n");
    let (run, _) = walk(&s, 1, &picks("1"));
    let d = Debrief::of(&run);
    assert_eq!(d.percent.rounded(), 100);
    assert!(d.passed, "a mixed ending passes at 100%");
    assert!(d.lessons.is_empty());
}

#[test]
fn failure_endings_never_pass() {
    let s = scenario("[[nodes]]\nid = \"a\"\ntext = \"t\"\n[[nodes.choices]]\ntext = \"c\"\nnext = \"e\"\nscore = { x = 1 }\nfeedback = \"f\"\n[[nodes]]\nid = \"e\"\ntext = \"e\"\nending = \"failure\"\n");
    let (run, _) = walk(&s, 1, &picks("1"));
    assert_eq!(run.percent().rounded(), 100);
    assert!(!run.passed());
}

const CONDITIONS: &str = r#"
[vars]
trust = 50

[[nodes]]
id = "a"
text = "t"
[[nodes.choices]]
text = "lose trust"
next = "b"
set = { trust = -30 }
[[nodes.choices]]
text = "keep trust"
next = "b"

[[nodes]]
id = "b"
text = "t"
[[nodes.choices]]
text = "only when trust is high"
if = "trust >= 40"
next = "hi"
score = { x = 5 }
feedback = "f"
[[nodes.choices]]
text = "always"
next = [{ to = "lo", if = "trust < 40" }, { to = "hi" }]
score = { x = 1 }
feedback = "f"

[[nodes]]
id = "hi"
text = "t"
ending = "success"
[[nodes]]
id = "lo"
text = "t"
ending = "failure"
"#;

#[test]
fn hidden_choices_are_not_offered_numbered_or_counted_in_best() {
    let s = scenario(CONDITIONS);
    // Trust 20: only "always" is offered, as number 1; best x is 1, not 5.
    let (run, stop) = walk(&s, 1, &picks("1,1"));
    assert_eq!(stop, Stop::Ended { leftover: 0 });
    let ids: Vec<&str> = run.path().iter().map(|&i| s.nodes[i].id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "lo"]);
    assert_eq!(lessons(&s, &Debrief::of(&run)), vec![("x".to_string(), 1, 1, Some(100))]);
    let (_, stop) = walk(&s, 1, &picks("1,2"));
    assert!(matches!(stop, Stop::Invalid { position: 2, .. }), "{stop:?}");
    // Trust 50: both offered; "always" then takes the unconditional branch.
    let (run, _) = walk(&s, 1, &picks("2,2"));
    assert_eq!(run.path().iter().map(|&i| s.nodes[i].id.as_str()).collect::<Vec<_>>(), ["a", "b", "hi"]);
    assert_eq!(lessons(&s, &Debrief::of(&run)), vec![("x".to_string(), 1, 5, Some(20))]);
}

#[test]
fn weighted_branches_follow_their_weights_and_ignore_unweighted_ones() {
    let s = scenario(
        r#"
[[nodes]]
id = "a"
text = "t"
next = [{ to = "never" }, { to = "often", weight = 3 }, { to = "rarely", weight = 1 }]
[[nodes]]
id = "never"
text = "t"
ending = "failure"
[[nodes]]
id = "often"
text = "t"
ending = "success"
[[nodes]]
id = "rarely"
text = "t"
ending = "mixed"
"#,
    );
    let mut counts = [0u32; 3];
    for seed in 0..4000 {
        let (run, _) = walk(&s, seed, &[]);
        let id = &s.nodes[*run.path().last().unwrap()].id;
        counts[["never", "often", "rarely"].iter().position(|n| n == id).unwrap()] += 1;
    }
    assert_eq!(counts[0], 0);
    assert!((2850..3150).contains(&counts[1]), "{counts:?}");
    assert!((850..1150).contains(&counts[2]), "{counts:?}");
}

#[test]
fn shuffled_numbers_are_the_numbers_shown_and_timeouts_score() {
    let s = scenario(
        r#"
[[nodes]]
id = "a"
text = ["v1", "v2", "v3"]
timer = 10
on_timeout = { next = "e", score = { x = -1 }, feedback = "slow" }
[[nodes.choices]]
text = "c1"
next = "e"
score = { x = 1 }
feedback = "f"
[[nodes.choices]]
text = "c2"
next = "e"
score = { x = 2 }
feedback = "f"
[[nodes.choices]]
text = "c3"
next = "e"
score = { x = 3 }
feedback = "f"
[[nodes]]
id = "e"
text = "t"
ending = "success"
"#,
    );
    let (run, _) = walk(&s, 1, &picks("t"));
    assert_eq!(lessons(&s, &Debrief::of(&run)), vec![("x".to_string(), -1, 3, Some(0))]);

    let shuffled = {
        let text = format!(
            "format = 1\n[scenario]\nid = \"t\"\ntitle = \"T\"\nsummary = \"S\"\nlevel = \"101\"\nminutes = 1\nstart = \"a\"\nshuffle = true\n{}",
            "[[nodes]]\nid = \"a\"\ntext = \"t\"\n[[nodes.choices]]\ntext = \"c1\"\nnext = \"e\"\nscore = { x = 1 }\nfeedback = \"f\"\n[[nodes.choices]]\ntext = \"c2\"\nnext = \"e\"\nscore = { x = 2 }\nfeedback = \"f\"\n[[nodes.choices]]\ntext = \"c3\"\nnext = \"e\"\nscore = { x = 3 }\nfeedback = \"f\"\n[[nodes]]\nid = \"e\"\ntext = \"t\"\nending = \"success\"\n"
        );
        load_scenario(text.as_bytes(), &course()).value.unwrap()
    };
    let mut orders = std::collections::HashSet::new();
    for seed in 0..50 {
        let (run, _) = walk(&shuffled, seed, &[]);
        let shown: Vec<usize> = run.offered().to_vec();
        orders.insert(shown.clone());
        // Choice number 1 is whatever is shown first.
        let (after, _) = walk(&shuffled, seed, &picks("1"));
        assert_eq!(after.tally().earned[0], shuffled.nodes[0].choices()[shown[0]].score[0].1);
    }
    assert!(orders.len() > 3, "the seed decides the order: {orders:?}");
}

#[test]
fn the_debrief_names_the_stronger_choice_once_and_shows_losses_and_prompts() {
    let s = scenario(
        r#"
[vars]
trust = { start = 50, label = "Public trust", min = 0, max = 60 }
told = { start = 0, shown = false }

[[nodes]]
id = "a"
text = "First."
discuss = "Why answer at all?"
[[nodes.choices]]
text = "Answer"
next = "b"
score = { x = 2 }
set = { trust = 30, told = 1 }
feedback = "Answering fills the vacuum."
[[nodes.choices]]
text = "Wait"
next = "b"
score = { x = 0, y = -1 }
feedback = "Waiting lets the rumour run."

[[nodes]]
id = "b"
text = "Second."
discuss = "Who else should know?"
next = [{ to = "end", if = "told == 1" }, { to = "end" }]

[[nodes]]
id = "end"
text = "Done."
ending = "success"
"#,
    );
    let (run, _) = walk(&s, 1, &picks("2"));
    let d = Debrief::of(&run);
    // The stronger choice is named once, with its lesson and its own feedback as the reason.
    let better = d.decisions[0].better(&s).expect("answering was stronger");
    assert_eq!(
        (better.text, better.lesson, better.feedback),
        ("Answer", Some("X"), Some("Answering fills the vacuum."))
    );
    // `y` was only ever lost: it reads as a loss, not as "not assessed".
    let y = d.lessons.iter().find(|l| s.course.lessons[l.lesson].id == "y").unwrap();
    assert!(y.only_lost() && y.percent.is_none());
    // The prompts of the nodes passed, once each, in order.
    let prompts: Vec<&str> = d.discuss.iter().map(|&n| s.nodes[n].discuss.as_deref().unwrap()).collect();
    assert_eq!(prompts, ["Why answer at all?", "Who else should know?"]);
    // The plain debrief teaches once and hides the hidden flag.
    let text = rehearse::play::debrief_text(&run);
    assert_eq!(text.matches("A stronger choice").count(), 1, "{text}");
    assert!(text.contains("Y: lost 1 point"), "{text}");
    assert!(
        text.contains("Questions to think about:\n- Why answer at all?\n- Who else should know?"),
        "{text}"
    );
    assert!(text.contains("Where things stand: Public trust 50."), "{text}");
    assert!(!text.contains("told"), "{text}");

    // Meters are kept within their bounds: 50 + 30 is held at the maximum, 60.
    let (run, _) = walk(&s, 1, &picks("1"));
    assert_eq!(run.vars(), &[60, 1]);
    assert!(Debrief::of(&run).decisions[0].better(&s).is_none(), "nothing stronger than the best");
}
