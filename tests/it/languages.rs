//! Both official languages: which language is chosen, translation files checked at the right
//! line, the same run and score in every language, and results that mix languages.

use std::path::{Path, PathBuf};

use rehearse::engine::analyze::{analyze, ANALYZE_BUDGET};
use rehearse::engine::{parse_picks, walk};
use rehearse::pack::{Library, LoadOptions};
use serde_json::Value;

use crate::common::{rehearse, Pack, BEST, BILINGUAL as PACK, SAMPLE};

/// Plays the bilingual sample as ana with `args` (`--lang`) before `play`: its output.
fn plain(home: &Path, args: &[&str], input: &str) -> String {
    crate::common::play(home, args, "ana", "tests/fixtures/bilingual/sample.toml", input)
}

#[test]
fn the_language_comes_from_the_flag_then_the_environment_then_the_learner_then_the_locale() {
    let home = tempfile::tempdir().unwrap();
    let quit = "q\n";
    // The locale alone.
    let out = rehearse(home.path())
        .env("LANG", "fr_CA.UTF-8")
        .args(["play", "tests/fixtures/bilingual/sample.toml", "--plain", "--learner", "ana"])
        .write_stdin(quit)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Appuyez sur Entrée"), "the locale picks French");
    // REHEARSE_LANG wins over the locale; --lang wins over REHEARSE_LANG; `fr` picks fr-CA.
    let out = rehearse(home.path())
        .env("LANG", "fr_CA.UTF-8")
        .env("REHEARSE_LANG", "en")
        .args(["play", "tests/fixtures/bilingual/sample.toml", "--plain", "--learner", "cy"])
        .write_stdin(quit)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Press Enter"));
    let out = rehearse(home.path())
        .env("REHEARSE_LANG", "en")
        .args(["--lang", "fr", "play", "tests/fixtures/bilingual/sample.toml", "--plain", "--learner", "di"])
        .write_stdin(quit)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Appuyez sur Entrée") && text.contains("FR Read this"), "{text}");
    // The learner's saved choice comes before the locale.
    let learner = home.path().join("learners");
    std::fs::create_dir_all(&learner).unwrap();
    std::fs::write(
        learner.join("bo.json"),
        r#"{"format_version":1,"learner":"bo","language":"fr-CA","attempts":[]}"#,
    )
    .unwrap();
    let out = rehearse(home.path())
        .env("LANG", "en_CA.UTF-8")
        .args(["play", "tests/fixtures/bilingual/sample.toml", "--plain", "--learner", "bo"])
        .write_stdin(quit)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Appuyez sur Entrée"));
}

#[test]
fn a_run_in_french_is_the_same_run_with_french_words() {
    let home = tempfile::tempdir().unwrap();
    let en = plain(home.path(), &["--lang", "en"], BEST);
    let fr = plain(home.path(), &["--lang", "fr-CA"], BEST);
    assert!(en.contains("Variant B") && fr.contains("FR Variant B"), "{fr}");
    assert!(fr.contains("Votre choix, de 1 à 2 (q pour quitter)\u{a0}:"), "{fr}");
    assert!(fr.contains("FR Good") && !fr.contains("  1. Good"), "{fr}");
    // Same score, whatever the language; saved attempts record their language.
    let out = rehearse(home.path()).args(["--pack", PACK, "export", "--learner", "ana"]).output().unwrap();
    let export: Value = serde_json::from_slice(&out.stdout).unwrap();
    let attempts = export["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 2);
    assert_eq!(attempts[0]["percent"], attempts[1]["percent"]);
    assert_eq!(attempts[0]["language"], "en-CA");
    assert_eq!(attempts[1]["language"], "fr-CA");
    assert_eq!(attempts[0]["scenario_hash"], attempts[1]["scenario_hash"], "one version, two languages");
}

#[test]
fn a_language_the_pack_does_not_have_says_so_and_plays_the_source() {
    let home = tempfile::tempdir().unwrap();
    let out = rehearse(home.path())
        .args(["play", SAMPLE, "--plain", "--lang", "fr", "--learner", "ana"])
        .write_stdin("q\n")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("Read this, then go on.") && stdout.contains("Appuyez sur Entrée"), "{stdout}");
    assert_eq!(
        stderr.lines().filter(|l| l.contains("n'a pas de traduction")).count(),
        1,
        "one line: {stderr}"
    );
}

/// A copy of the files `names` of the bilingual fixture pack.
fn bilingual_pack(names: &[&str]) -> Pack {
    let pack = Pack::new();
    for f in names {
        pack.write(f, std::fs::read(Path::new(PACK).join(f)).unwrap());
    }
    pack
}

/// A translation file with a defect, checked beside the fixture's source.
fn check_defect(edit: impl Fn(&str) -> String) -> String {
    let dir = bilingual_pack(&["course.toml", "sample.toml", "course.fr-CA.toml"]);
    let good = std::fs::read_to_string(Path::new(PACK).join("sample.fr-CA.toml")).unwrap();
    let file = dir.write("sample.fr-CA.toml", edit(&good));
    let home = tempfile::tempdir().unwrap();
    let out = rehearse(home.path()).arg("validate").arg(file).output().unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("fr-CA.toml"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The line of the first occurrence of `needle` in the fixture translation.
fn line_of(needle: &str) -> usize {
    let good = std::fs::read_to_string(Path::new(PACK).join("sample.fr-CA.toml")).unwrap();
    good[..good.find(needle).unwrap()].matches('\n').count() + 1
}

#[test]
fn translation_defects_are_reported_at_their_line() {
    // The fixture itself is clean.
    assert_eq!(check_defect(str::to_string), "");

    // A node the source does not have: an error at its table.
    let out = check_defect(|t| format!("{t}\n[nodes.ghost]\ntext = \"Fantôme\"\n"));
    let extra = out.lines().find(|l| l.contains("no node `ghost`")).unwrap_or_else(|| panic!("{out}"));
    assert!(extra.contains(": error:"), "{extra}");

    // A node left out: a warning that names it, texts shown in the source language.
    let out = check_defect(|t| {
        let at = t.find("[nodes.fork]").unwrap();
        let end = t[at..].find("[nodes.reaction]").unwrap() + at;
        format!("{}{}", &t[..at], &t[end..])
    });
    assert!(out.contains("warning") && out.contains("(fork)"), "{out}");

    // One choice too many: an error at the choices, with the counts.
    let out = check_defect(|t| {
        t.replacen(
            "[[nodes.second.choices]]",
            "[[nodes.second.choices]]\ntext = \"En trop\"\n\n[[nodes.second.choices]]",
            1,
        )
    });
    let line = line_of("[[nodes.second.choices]]");
    assert!(
        out.contains(&format!("fr-CA.toml:{line}:"))
            && out.contains("has 2 choices in the source but 3 here"),
        "{out}"
    );

    // A stale entry: the source changed after translation.
    let out = check_defect(|t| t.replacen("source = \"", "source = \"0", 1));
    let line = line_of("[nodes.intro]");
    assert!(
        out.contains(&format!("fr-CA.toml:{line}:8: warning: the source of node `intro` changed")),
        "{out}"
    );

    // A key that is not a text.
    let out = check_defect(|t| t.replacen("[nodes.intro]", "[nodes.intro]\nnext = \"fork\"", 1));
    assert!(out.contains("unknown key `next`") && out.contains(": error:"), "{out}");
}

#[test]
fn translate_writes_the_file_keeps_what_is_translated_and_confirms_on_request() {
    let dir = bilingual_pack(&["course.toml", "sample.toml"]);
    let home = tempfile::tempdir().unwrap();
    let source = dir.path().join("sample.toml");
    let target = dir.path().join("sample.fr-CA.toml");
    let run = |args: &[&str]| {
        let out = rehearse(home.path()).arg("translate").arg(&source).args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        std::fs::read_to_string(&target).unwrap()
    };
    let first = run(&["--lang", "fr"]);
    assert!(
        first.contains("language = \"fr-CA\"") && first.contains("# Read this, then go on.\ntext = \"\""),
        "{first}"
    );
    // A translator fills in a text; the source changes; translate again keeps the text and the old
    // fingerprint (so validate says "check it") until confirmed.
    std::fs::write(
        &target,
        first.replace(
            "# Read this, then go on.\ntext = \"\"",
            "# Read this, then go on.\ntext = \"Lisez ceci.\"",
        ),
    )
    .unwrap();
    let src = std::fs::read_to_string(&source).unwrap();
    std::fs::write(&source, src.replace("Read this, then go on.", "Read this first, then go on.")).unwrap();
    let second = run(&["--lang", "fr-CA"]);
    assert!(second.contains("text = \"Lisez ceci.\""), "the translator's work is kept: {second}");
    assert!(second.contains("The source of this node changed"), "{second}");
    let out = rehearse(home.path()).arg("validate").arg(&target).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("the source of node `intro` changed"));
    let third = run(&["--lang", "fr-CA", "--confirm", "intro"]);
    assert!(!third.contains("The source of this node changed"), "{third}");
    let out = rehearse(home.path()).arg("validate").arg(&target).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("changed after it was translated"));
    // A language the course does not offer is refused with its languages.
    let out = rehearse(home.path()).arg("translate").arg(&source).args(["--lang", "de"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("en-CA, fr-CA"));
}

#[test]
fn every_bundled_scenario_scores_the_same_in_both_languages() {
    let lib = Library::load_paths(&[PathBuf::from("scenarios")], LoadOptions::default());
    for e in &lib.entries {
        let s = &e.scenario;
        let fr = lib.localized(s, "fr-CA");
        let a = analyze(s, ANALYZE_BUDGET);
        for run in [a.best.unwrap(), a.worst.unwrap()] {
            let picks = parse_picks(&run.choices).unwrap();
            let seed = run.seed.unwrap_or(1);
            let (en_run, _) = walk(s, seed, &picks);
            let (fr_run, _) = walk(&fr.scenario, seed, &picks);
            assert_eq!(en_run.path(), fr_run.path(), "{}", s.id);
            assert_eq!(en_run.percent(), fr_run.percent(), "{}", s.id);
            assert_eq!(en_run.ending(), fr_run.ending(), "{}", s.id);
        }
    }
}

/// The statements queued when a French run ends are the ones an export of the same attempt
/// gives: names in both languages, the language played in `context.language`.
#[test]
fn statements_queued_after_a_french_run_name_it_in_both_languages_as_its_export_does() {
    let home = tempfile::tempdir().unwrap();
    plain(home.path(), &["--lang", "fr-CA"], BEST);
    let outbox = home.path().join("outbox");
    let files: Vec<PathBuf> = std::fs::read_dir(&outbox).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let queued: Vec<Value> = serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    let attempted = &queued[0];
    let name = &attempted["object"]["definition"]["name"];
    assert!(name["en-CA"].is_string() && name["fr-CA"].is_string(), "{name}");
    assert_ne!(name["en-CA"], name["fr-CA"]);
    assert_eq!(attempted["context"]["language"], "fr-CA");
    let out = rehearse(home.path())
        .args(["--pack", PACK, "export", "--learner", "ana", "--format", "xapi"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let exported: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(exported.len(), queued.len());
    for (q, e) in queued.iter().zip(&exported) {
        assert_eq!(q["id"], e["id"]);
        assert_eq!(q["object"], e["object"], "the same statement, whichever way it leaves");
        assert_eq!(q["context"]["language"], e["context"]["language"]);
    }
}
