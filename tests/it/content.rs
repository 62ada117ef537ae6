//! The bundled course, counted: every lesson assessed in at least two scenarios, both levels
//! represented, and every scenario long and rich enough to teach (issue "The course content").

use std::collections::BTreeMap;
use std::path::PathBuf;

use rehearse::engine::analyze::{analyze, ANALYZE_BUDGET};
use rehearse::engine::{parse_picks, walk};
use rehearse::pack::{Library, LoadOptions};
use rehearse::scenario::{Body, EndingKind, Level};

#[test]
fn the_bundled_course_covers_every_lesson_twice_and_both_levels() {
    let lib = Library::load_paths(&[PathBuf::from("scenarios")], LoadOptions::deep());
    let errors: Vec<String> =
        lib.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let course = lib.course.clone().unwrap();
    assert!(lib.entries.len() >= 8, "{} scenarios", lib.entries.len());

    let mut assessed: BTreeMap<String, usize> = BTreeMap::new();
    let mut levels: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut with_timers, mut with_vars) = (0, 0);
    for e in &lib.entries {
        let s = &e.scenario;
        for l in s.assessed_lessons() {
            *assessed.entry(s.course.lessons[l].id.clone()).or_default() += 1;
        }
        *levels.entry(s.level.as_str()).or_default() += 1;
        with_timers += usize::from(s.nodes.iter().any(|n| n.timer.is_some()));
        // Variables that change what happens later: set somewhere, and read by a condition.
        let read = s.nodes.iter().any(|n| {
            n.choices().iter().any(|c| c.condition.is_some())
                || matches!(&n.body, Body::Next(rehearse::scenario::Next::Branches(b)) if b.iter().any(|b| b.condition.is_some()))
                || n.choices().iter().any(|c| matches!(&c.next, rehearse::scenario::Next::Branches(b) if b.iter().any(|b| b.condition.is_some())))
        });
        with_vars += usize::from(!s.vars.is_empty() && read);

        let endings: Vec<EndingKind> = s.nodes.iter().filter_map(|n| n.ending()).collect();
        assert!(endings.len() >= 3, "{}: {} endings", s.id, endings.len());
        assert!(endings.contains(&EndingKind::Success) && endings.contains(&EndingKind::Failure), "{}", s.id);
        assert!(s.word_count() >= 600, "{}: {} words", s.id, s.word_count());
        let decisions = s.nodes.iter().filter(|n| !n.choices().is_empty()).count();
        let discussed = s.nodes.iter().filter(|n| !n.choices().is_empty() && n.discuss.is_some()).count();
        assert!(
            discussed * 10 >= decisions * 8,
            "{}: {discussed} of {decisions} decisions have a discussion prompt",
            s.id
        );
        assert!(s.tests.len() >= 3, "{}: {} author's tests", s.id, s.tests.len());
        assert!(s.nodes.iter().any(|n| n.text.len() > 1), "{}: no text variants", s.id);

        // The best run passes through at least five decisions and passes; the worst fails.
        let a = analyze(s, ANALYZE_BUDGET);
        assert!(a.complete && a.unreachable.is_empty(), "{}: {:?}", s.id, a.unreachable);
        let best = a.best.unwrap();
        let (run, _) = walk(s, best.seed.unwrap_or(1), &parse_picks(&best.choices).unwrap());
        assert!(run.decisions().len() >= 5, "{}: the best run has {} decisions", s.id, run.decisions().len());
        assert!(run.passed(), "{}: the best run does not pass", s.id);
        assert_eq!(a.worst.unwrap().ending, Some(EndingKind::Failure), "{}", s.id);
        assert!(!a.bias.unwrap().biased, "{}: the best choice sits in one position", s.id);
    }
    for lesson in &course.lessons {
        let n = assessed.get(&lesson.id).copied().unwrap_or(0);
        assert!(n >= 2, "lesson `{}` is assessed in {n} scenario(s)", lesson.id);
    }
    assert!(levels.get(Level::Basic.as_str()).copied().unwrap_or(0) >= 2, "{levels:?}");
    assert!(levels.get(Level::Advanced.as_str()).copied().unwrap_or(0) >= 2, "{levels:?}");
    assert!(with_timers >= 3, "{with_timers} scenarios use timers");
    assert!(with_vars >= 4, "{with_vars} scenarios use variables that change what happens");
}

#[test]
fn bundled_pack_validates_with_no_error_and_no_warning() {
    let out = assert_cmd::Command::cargo_bin("rehearse").unwrap().arg("validate").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.trim().is_empty(), "expected no diagnostics, got:\n{stdout}");
}

/// Words and money of another country's public service: Canadian usage (The Canadian Style) writes
/// organize, recognize, program, analyze and judgment, and counts in dollars.
const NOT_CANADIAN: &[&str] = &[
    "£",
    " pounds",
    " pence",
    "council home",
    "council house",
    "hatch act",
    "organis",
    "recognis",
    "apologis",
    "prioritis",
    "realise",
    "realising",
    "minimis",
    "summaris",
    "criticis",
    "emphasise",
    "finalis",
    "authoris",
    "analyse",
    "analysing",
    "programme",
    "whilst",
    "postcode",
    "fortnight",
    "judgement",
    " mum ",
];

fn scenario_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("scenarios")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            // Course files and translations (`ID.TAG.toml`) are not scenarios.
            !name.starts_with("course") && name.matches('.').count() == 1
        })
        .collect();
    files.sort();
    files
}

#[test]
fn the_second_edition_is_fair_canadian_and_a_course() {
    let lib = Library::load_paths(&[PathBuf::from("scenarios")], LoadOptions::deep());
    let course = lib.course.clone().unwrap();
    assert!(lib.entries.len() >= 12, "{} scenarios", lib.entries.len());
    let basic = lib.entries.iter().filter(|e| e.scenario.level == Level::Basic).count();
    assert!(basic >= 4, "{basic} scenarios at level 101");

    // Every lesson can be earned (a positive score) in at least two scenarios.
    for lesson in &course.lessons {
        let earned_in: Vec<&str> = lib
            .entries
            .iter()
            .filter(|e| {
                let l = e.scenario.course.lesson(&lesson.id).unwrap();
                e.scenario
                    .nodes
                    .iter()
                    .any(|n| n.choices().iter().any(|c| c.score.iter().any(|&(x, p)| x == l && p > 0)))
            })
            .map(|e| e.scenario.id.as_str())
            .collect();
        assert!(earned_in.len() >= 2, "lesson `{}` can be earned only in {earned_in:?}", lesson.id);
    }

    // Naive strategies fail everywhere; the best choice is never given away by its length alone.
    for e in &lib.entries {
        let s = &e.scenario;
        let a = analyze(s, ANALYZE_BUDGET);
        for r in &a.strategies {
            assert_eq!(r.passes, 0, "{}: {} passes", s.id, r.strategy.describe());
        }
        assert_eq!(
            (a.success_below_pass, a.failure_at_pass),
            (0, 0),
            "{}: endings disagree with the score",
            s.id
        );
        for n in &s.nodes {
            assert!(
                n.choices().iter().all(|c| !c.feedback.as_deref().unwrap_or("").contains("Better:")),
                "{}: node `{}` has \"Better:\" in its feedback (the debrief names the stronger choice itself)",
                s.id,
                n.id
            );
        }
    }

    // The course lists every scenario, the 101 path required.
    for e in &lib.entries {
        let listed = course.scenarios.iter().find(|c| c.id == e.scenario.id);
        let listed = listed.unwrap_or_else(|| panic!("the course does not list `{}`", e.scenario.id));
        assert_eq!(listed.required, e.scenario.level == Level::Basic, "{}", e.scenario.id);
    }
}

#[test]
fn options_are_even_in_length_and_the_words_are_canadian() {
    let files = scenario_files();
    assert!(files.len() >= 12);
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let file: toml::Table = toml::from_str(&text).unwrap();
        // No option longer than twice the shortest at the same decision, unless a `# length:`
        // comment in the node says why.
        for node in file["nodes"].as_array().unwrap() {
            let Some(choices) = node.get("choices").and_then(|c| c.as_array()) else { continue };
            let lens: Vec<usize> =
                choices.iter().map(|c| c["text"].as_str().unwrap().chars().count()).collect();
            let (min, max) = (*lens.iter().min().unwrap(), *lens.iter().max().unwrap());
            if max > 2 * min {
                let id = node["id"].as_str().unwrap();
                let start = text.find(&format!("id = \"{id}\"")).unwrap();
                let end = text[start..].find("\n[[nodes]]").map_or(text.len(), |e| start + e);
                assert!(
                    text[start..end].contains("# length:"),
                    "{}: node `{id}` has options of {lens:?} characters; even them out, or explain in a `# length:` comment",
                    path.display()
                );
            }
        }
        let lower = text.to_lowercase();
        for word in NOT_CANADIAN {
            if let Some(at) = lower.find(word) {
                let line = text[..at].matches('\n').count() + 1;
                panic!(
                    "{}:{line}: `{}` is not Canadian usage (The Canadian Style)",
                    path.display(),
                    word.trim()
                );
            }
        }
    }
}
