//! What an adversarial audit tried and what now holds: text from flags and files that a terminal
//! would obey (escape sequences, C1 controls, bidi overrides) never comes out raw, in any format,
//! and an id is never a path.

use std::path::Path;

use crate::common::{play, rehearse, run, Pack, BEST, SAMPLE};

/// True when `text` holds a character a terminal would act on (newline and tab aside).
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

const HOSTILE: &str = "eve\u{1b}]0;owned\u{7}\u{9b}2J\u{202e}drow";

#[test]
fn a_language_tag_with_escape_sequences_is_shown_harmless() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        vec!["--lang", HOSTILE, "debrief", SAMPLE, "--learner", "ana"],
        vec!["--lang", HOSTILE, "walk", SAMPLE, "--choices", "1"],
    ] {
        let (_, out, err) = run(home.path(), &args);
        assert_eq!(raw_controls(&out), Vec::<char>::new(), "{out:?}");
        assert_eq!(raw_controls(&err), Vec::<char>::new(), "{err:?}");
    }
}

#[test]
fn json_outputs_escape_what_a_terminal_would_obey() {
    let home = tempfile::tempdir().unwrap();
    play(home.path(), &[], "bob", SAMPLE, BEST);
    // A learner file edited by hand (or by someone else): its name is hostile.
    let file = home.path().join("learners/bob.json");
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    v["learner"] = HOSTILE.into();
    std::fs::write(&file, serde_json::to_vec(&v).unwrap()).unwrap();

    let export = home.path().join("bob-export.json");
    let out = rehearse(home.path())
        .args(["export", "--learner", "bob", "--format", "json", "-o"])
        .arg(&export)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let outputs = [
        ("export", std::fs::read_to_string(&export).unwrap()),
        ("progress --json", run(home.path(), &["progress", "--learner", "bob", "--json"]).1),
        (
            "class report",
            run(home.path(), &["class", "report", "--format", "json", export.to_str().unwrap()]).1,
        ),
    ];
    for (what, text) in outputs {
        assert_eq!(raw_controls(&text), Vec::<char>::new(), "{what}: {text}");
        // Still JSON, and still the same name for a program reading it.
        let parsed: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{what}: {e}\n{text}"));
        if what != "progress --json" {
            assert!(parsed.to_string().contains("drow"), "{what}: {text}");
        }
    }
}

#[test]
fn translate_never_writes_outside_the_pack_nor_in_a_language_the_course_lacks() {
    let home = tempfile::tempdir().unwrap();
    let root = tempfile::tempdir().unwrap();
    let pack = Pack::at(&root.path().join("a/b/pack"));
    let (code, _, err) = run(home.path(), &["new", "x", "--dir", pack.arg()]);
    assert_eq!(code, 0, "{err}");
    let source = pack.path().join("x.toml");
    let written = |dir: &Path| {
        std::fs::read_dir(dir)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().to_string_lossy().contains(".fr-CA."))
            .count()
    };

    // The scaffold's course offers English only: French is refused before anything is written.
    let (code, _, err) = run(home.path(), &["translate", source.to_str().unwrap(), "--lang", "fr"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("languages"), "{err}");
    assert_eq!(written(pack.path()), 0);

    // Offered, but the id is a path: refused, nothing written anywhere above the pack.
    let course = pack.path().join("course.toml");
    let text = std::fs::read_to_string(&course).unwrap();
    let offered = text
        .lines()
        .map(|l| if l.starts_with("languages") { "languages = [\"en-CA\", \"fr-CA\"]" } else { l })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&course, offered).unwrap();
    let scenario =
        std::fs::read_to_string(&source).unwrap().replacen("id = \"x\"", "id = \"../../escaped\"", 1);
    std::fs::write(&source, scenario).unwrap();
    let (code, _, err) = run(home.path(), &["translate", source.to_str().unwrap(), "--lang", "fr"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("../../escaped") && err.contains("kebab-case"), "{err}");
    assert!(!root.path().join("a/escaped.fr-CA.toml").exists());
    assert_eq!(written(pack.path()), 0);
}
