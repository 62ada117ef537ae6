//! `rehearse preview` driven as an author would, under tmux: edit the file, save, look at the
//! screen. Ignored by default (they need tmux): `cargo test -- --include-ignored` runs them.

use crate::common::{Pack, Tmux};

const GOOD: &str = "[[nodes.choices]]\ntext = \"Good\"\nnext = \"second\"\nscore = { alpha = 2, beta = 1 }\nset = { trust = 10 }\nfeedback = \"Good because.\"\n";
const BAD: &str = "[[nodes.choices]]\ntext = \"Bad\"\nnext = \"second\"\nscore = { alpha = -1 }\nset = { trust = -30, risk = 2 }\nfeedback = \"Bad because.\"\n";

#[test]
#[ignore = "needs tmux: run with `cargo test -- --include-ignored` (.ci/run does)"]
fn failing_tests_and_warnings_sit_beside_the_scene_and_a_moved_choice_is_replayed_by_its_text() {
    let t = Tmux::new("panel");
    let sample = crate::common::fixture("sample.toml");
    assert!(sample.contains(GOOD) && sample.contains(BAD), "the fixture's choices are as this test expects");
    // The worst run scores 0%, not the 50% this test now asks for: it fails.
    let failing = sample.replace("max_percent = 10", "min_percent = 50");
    let file = Pack::at(&t.home.join("pack")).course("").write("sample.toml", &failing);
    t.start_at(&format!("preview {}", file.display()), (120, 32), "");

    // The scene is there, with the failing test and both warnings listed beside it.
    let s = t.wait_for("Read this, then go on.");
    assert!(s.contains("playable, but 1 author's test fails · 2 warnings"), "the status line:\n{s}");
    assert!(s.contains("Failing tests (1)") && s.contains("worst run"), "{s}");
    assert!(s.contains("Warnings (2)") && s.contains("longest choice"), "{s}");

    // The scene stays playable: "Bad" lowers trust, so the next node offers a choice for that.
    t.keys(&["Enter", "2"]);
    t.wait_for("Only when trust is low");

    // "Bad" moves up to number 1. Replayed by number, choice 2 would now be "Good" (and no
    // low-trust choice); replayed by its text, the run stands where it stood.
    let swapped = failing.replace(GOOD, "@@GOOD@@").replace(BAD, GOOD).replace("@@GOOD@@", BAD);
    std::fs::write(&file, &swapped).unwrap();
    let s = t.wait_for("matched by its choice's text");
    assert!(s.contains("Reloaded; 2 steps replayed. Step 2 was matched"), "{s}");
    assert!(s.contains("Only when trust is low"), "the same run:\n{s}");

    // Many warnings: the list shows what fits, says how many are left, and scrolls.
    let unreachable: String = (1..=15)
        .map(|i| format!("\n[[nodes]]\nid = \"spare-{i}\"\ntext = \"Never shown.\"\nending = \"mixed\"\n"))
        .collect();
    std::fs::write(&file, format!("{swapped}{unreachable}")).unwrap();
    let s = t.wait_for("Warnings (17)");
    assert!(s.contains("more (PgDn)"), "a count of what is below:\n{s}");
    assert!(s.contains("Only when trust is low"), "still the same run:\n{s}");
    t.keys(&["PageDown"; 12]);
    let s = t.wait_for("the rest is above (PgUp)");
    assert!(s.contains("spare-15"), "the end of the list:\n{s}");

    // Back to the fixture, whose tests pass: the list keeps only the warnings.
    std::fs::write(&file, &sample).unwrap();
    let s = t.wait_for("Warnings (2)");
    assert!(!s.contains("Failing tests") && s.contains("validates"), "{s}");
    assert!(s.contains("Only when trust is low"), "still the same run:\n{s}");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
}
