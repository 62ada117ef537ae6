//! `rehearse validate` on fixture files: every defect at its line and column, with the right exit
//! code; hostile files fail cleanly and fast.

use std::time::Duration;

use assert_cmd::Command;

use crate::common::{fixture, scratch, Pack, PACK, SAMPLE};

/// The binary, for commands that save nothing.
fn rehearse() -> Command {
    crate::common::rehearse(&scratch())
}

/// Runs `validate FILE` and returns (exit code, stdout).
fn validate(path: &str) -> (i32, String) {
    let out = rehearse().arg("validate").arg(path).output().expect("runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn each_defect_is_reported_at_its_place() {
    // (file, expected line:column, severity, words the message must contain, exit code)
    let table = [
        ("bad-target", "29:8", "error", "no node with that id. Did you mean `second`?", 1),
        ("unknown-key", "9:1", "error", "unknown key `author` in [scenario]", 1),
        ("unknown-lesson", "30:22", "error", "unknown lesson `betta`", 1),
        ("duplicate-id", "98:6", "error", "duplicate node id `good-end`: line 82", 1),
        ("syntax-error", "5:18", "error", "TOML syntax error", 1),
        ("timer-no-timeout", "49:9", "error", "`timer` but no `on_timeout`", 1),
        ("bad-condition", "43:13", "error", "write `==`", 1),
        ("unknown-variable", "54:7", "error", "unknown variable `trusst`", 1),
        ("no-ending", "9:9", "error", "no ending can be reached from the start node", 1),
        ("wrong-format", "1:10", "error", "unsupported format 2", 1),
        ("wrong-type", "8:11", "error", "must be a whole number, not a string", 1),
        ("bad-level", "7:9", "error", "\"101\"", 1),
        ("missing-feedback", "30:9", "error", "scored but has no `feedback`", 1),
        ("branch-keeps-nothing", "68:8", "error", "every branch of node `fork` has an `if`", 1),
        ("node-rule", "16:6", "error", "has ending and next", 1),
        ("unreachable", "98:6", "warning", "node `orphan` can never be reached", 0),
        ("missing-keys", "2:1", "error", "missing the required key `title`", 1),
    ];
    for (name, at, severity, words, code) in table {
        let path = format!("tests/fixtures/bad/{name}.toml");
        let (got_code, out) = validate(&path);
        let prefix = format!("{path}:{at}: {severity}: ");
        let line = out.lines().find(|l| l.starts_with(&prefix));
        assert!(
            line.is_some_and(|l| l.contains(words)),
            "{name}: expected a line starting `{prefix}` containing `{words}`, got:\n{out}"
        );
        assert_eq!(got_code, code, "{name}: exit code\n{out}");
    }
}

#[test]
fn every_problem_is_collected_not_just_the_first() {
    let (code, out) = validate("tests/fixtures/bad/missing-keys.toml");
    assert_eq!(code, 1);
    for words in [
        "`title`",
        "`summary`",
        "`level`",
        "`minutes`",
        "`start`",
        "node 1 is missing the required key `id`",
        "node `x` is missing the required key `text`",
    ] {
        assert!(out.contains(words), "missing {words} in:\n{out}");
    }
}

#[test]
fn the_good_fixture_pack_validates_and_its_author_tests_pass() {
    let (code, out) = validate(PACK);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("error"), "{out}");
}

#[test]
fn the_readme_example_validates_cleanly() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let fixture = std::fs::read_to_string("tests/fixtures/readme/late-night-reply.toml").unwrap();
    assert!(readme.contains(&fixture), "the fixture is the README's example, word for word");
    let (code, out) = validate("tests/fixtures/readme/late-night-reply.toml");
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn failing_author_tests_are_errors_at_the_test() {
    let dir = Pack::new().course("");
    let text = fixture("sample.toml").replace(
        "max_percent = 10",
        "max_percent = 10\n\n[[tests]]\nname = \"wrong hope\"\nchoices = \"2,t\"\nending = \"success\"",
    );
    dir.write("sample.toml", &text);
    let line = text.lines().position(|l| l.contains("wrong hope")).unwrap(); // the [[tests]] line is just above
    let (code, out) = validate(dir.path().join("sample.toml").to_str().unwrap());
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!(":{line}:1: error: test `wrong hope` fails: expected the ending `success`, but the run ended `failure`")),
        "{out}"
    );
}

#[test]
fn hostile_files_fail_cleanly_and_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n);
    std::fs::write(p("huge.toml"), format!("format = 1\ntext = \"{}\"\n", "a".repeat(20_000_000))).unwrap();
    std::fs::write(
        p("long.toml"),
        format!("format = 1\n[scenario]\ntitle = \"{}\"\n", "a".repeat(5_000_000)),
    )
    .unwrap();
    std::fs::write(
        p("nested.toml"),
        format!("format = 1\nx = {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
    )
    .unwrap();
    std::fs::write(
        p("garbage.toml"),
        (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect::<Vec<u8>>(),
    )
    .unwrap();
    std::fs::write(p("empty.toml"), "").unwrap();
    std::fs::write(p("latin1.toml"), b"format = 1\ntitle = \"caf\xe9\"\n").unwrap();
    let table = [
        ("huge.toml", "limit is 16 MB"),
        ("long.toml", "the limit for one text is"),
        ("nested.toml", "nested too deeply"),
        ("garbage.toml", "error:"),
        ("empty.toml", "the file is empty"),
        ("latin1.toml", "2:13: error: the file is not valid UTF-8"),
        ("missing.toml", "cannot read the file: no such file"),
    ];
    for (name, words) in table {
        // A hang guard only (how fast this is, is measured by the benchmarks).
        let out = rehearse().arg("validate").arg(p(name)).timeout(Duration::from_secs(60)).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stdout}{stderr}");
        assert!(stdout.contains(name) && stdout.contains(words), "{name}: expected `{words}` in:\n{stdout}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
}

#[test]
fn escape_sequences_in_a_file_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("esc.toml");
    std::fs::write(&path, "format = 1\n[scenario]\nid = \"e\\u001b[2J\"\ntitl\\u001b = 3\n[[nodes]]\nid = \"\\u001b]0;pwned\\u0007\"\ntext = 1\n").unwrap();
    let out = rehearse().arg("validate").arg(&path).output().unwrap();
    assert!(
        !out.stdout.contains(&0x1b) && !out.stdout.contains(&0x07),
        "{:?}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!out.stderr.contains(&0x1b));
}

#[allow(dead_code)]
#[path = "../../examples/gen_pack.rs"]
mod gen_pack;

#[test]
fn large_files_parsed_in_halves_report_the_same_places() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy("scenarios/course.toml", dir.path().join("course.toml")).unwrap();
    let text = gen_pack::scenario(0, 1600);
    assert!(text.len() > 1024 * 1024, "large enough to be split: {}", text.len());
    // A defect far into the second half.
    let at = text.find("id = \"n1500\"").unwrap();
    let broken = format!("{}colour = \"red\"\n{}", &text[..at], &text[at..]);
    let line = broken[..at].matches('\n').count() + 1;
    std::fs::write(dir.path().join("big.toml"), &broken).unwrap();
    let (code, out) = validate(dir.path().join("big.toml").to_str().unwrap());
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!("big.toml:{line}:1: error: unknown key `colour` in node `n1500`")),
        "{out}"
    );

    // A multi-line string that spans the middle and quotes a `[[nodes]]` line: the first cut
    // found falls inside the string, the halves do not parse, and the file is read whole, with
    // the same result as any other valid file.
    let mid = text.len() / 2;
    let node = text[..mid].rfind("\n[[nodes]]").unwrap() + 1;
    let filler = "Long quoted text.\n".repeat(2_000);
    let tricky = format!(
        "{}[[nodes]]\nid = \"tricky\"\ntext = \"\"\"\n{filler}\n[[nodes]]\nid = \"fake\"\n\"\"\"\nnext = \"n1\"\n\n{}",
        &text[..node],
        &text[node..]
    );
    let new_mid = tricky.len() / 2;
    let first_cut = new_mid + tricky[new_mid..].find("\n[[nodes]]").unwrap();
    assert!(
        tricky[..first_cut].ends_with(&filler[filler.len() - 100..]),
        "the first cut is inside the string"
    );
    std::fs::write(dir.path().join("big.toml"), &tricky).unwrap();
    let (code, out) = validate(dir.path().join("big.toml").to_str().unwrap());
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("node `tricky` can never be reached"), "{out}");
}

#[test]
fn a_course_list_naming_missing_scenarios_or_going_round_is_an_error() {
    let listed = "\n[[scenarios]]\nid = \"sampel\"\n\n[[scenarios]]\nid = \"a\"\nafter = [\"b\"]\n\n[[scenarios]]\nid = \"b\"\nafter = [\"a\", \"zed\"]\n";
    let dir = Pack::new().course(listed);
    dir.sample("sample.toml", str::to_string);
    let (code, out) = validate(dir.path().to_str().unwrap());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("`after` of `b` names `zed`, which the course does not list"), "{out}");
    assert!(out.contains("go round in a circle (a → b → a)"), "{out}");
    // The list could not be read, so the course did not load: the unknown id is not reported on
    // top (one cause, one message). Fixed, the unknown id is reported with a suggestion.
    let dir = Pack::new().course("\n[[scenarios]]\nid = \"sampel\"\n");
    dir.sample("sample.toml", str::to_string);
    let (code, out) = validate(dir.path().to_str().unwrap());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("course.toml:") && out.contains("lists scenario `sampel`, but no scenario file of the pack has this id. Did you mean `sample`?"), "{out}");
}

/// One of a facilitator's common mistakes in a copy of the fixture pack, validated: the lines of
/// the output.
fn mistake(file: &str, edit: impl Fn(&str) -> String, with_course: bool) -> Vec<String> {
    let dir = if with_course { Pack::new().course("") } else { Pack::new() };
    let path = dir.write(file, edit(&fixture(file)));
    let (_, out) = validate(path.to_str().unwrap());
    out.lines().map(str::to_string).collect()
}

#[test]
fn each_common_mistake_gets_one_message_at_its_cause() {
    // An unclosed multi-line string: at its opening line, not at the end of the file.
    let out = mistake(
        "sample.toml",
        |s| s.replacen("text = \"Read this, then go on.\"", "text = \"\"\"Read this,", 1),
        true,
    );
    let at = fixture("sample.toml");
    let line = at[..at.find("text = \"Read this").unwrap()].matches('\n').count() + 1;
    assert_eq!(out.len(), 1, "{out:?}");
    assert!(out[0].contains(&format!(":{line}:8: error")) && out[0].contains("never closed"), "{out:?}");

    // A decimal in [vars]: one error, and no "unknown variable" where it is used.
    let out = mistake("sample.toml", |s| s.replacen("trust = 50", "trust = 50.5", 1), true);
    assert_eq!(out.iter().filter(|l| l.contains("error")).count(), 1, "{out:?}");
    assert!(out[0].contains("must be a whole number"), "{out:?}");

    // A weight in quotes: the type error alone, not also "this branch has no weight".
    let out = mistake("sample.toml", |s| s.replacen("weight = 3", "weight = \"3\"", 1), true);
    assert!(out.iter().all(|l| !l.contains("never taken")), "{out:?}");
    assert!(
        out.iter().any(|l| l.contains("must be a whole number") && l.contains("without quotes")),
        "{out:?}"
    );

    // Curly quotes from a word processor.
    let out = mistake(
        "sample.toml",
        |s| s.replacen("text = \"Read this, then go on.\"", "text = “Read this”", 1),
        true,
    );
    assert!(out[0].contains("curly quotes") && out[0].contains("straight quotes"), "{out:?}");

    // A duplicated key: named, with the line of the first.
    let out = mistake("sample.toml", |s| s.replacen("minutes = 5", "minutes = 5\nminutes = 6", 1), true);
    let first = at[..at.find("minutes = 5").unwrap()].matches('\n').count() + 1;
    assert!(out[0].contains(&format!("duplicate key `minutes`: line {first} already sets it")), "{out:?}");

    // No course.toml beside the file: one message that says so, not one per lesson used.
    let out = mistake("sample.toml", str::to_string, false);
    let errors: Vec<&String> = out.iter().filter(|l| l.contains("error")).collect();
    assert_eq!(errors.len(), 1, "{out:?}");
    assert!(
        errors[0].contains("(alpha, beta, gamma)") && errors[0].contains("no course.toml was found"),
        "{out:?}"
    );

    // An unknown lesson: a suggestion, and the course's lessons.
    let out = mistake("sample.toml", |s| s.replacen("score = { alpha = 2", "score = { alpa = 2", 1), true);
    assert!(
        out.iter()
            .any(|l| l.contains("Did you mean `alpha`?") && l.contains("Its lessons: alpha, beta, gamma.")),
        "{out:?}"
    );

    // A channel rehearse does not know: shown as plain text, with a warning and a suggestion.
    let out = mistake("sample.toml", |s| s.replacen("channel = \"post\"", "channel = \"psot\"", 1), true);
    assert!(
        out.iter()
            .any(|l| l.contains("warning") && l.contains("\"psot\"") && l.contains("Did you mean `post`?")),
        "{out:?}"
    );

    // An inline table over several lines: fine here, refused by TOML 1.0 tools: a warning.
    let out = mistake("sample.toml", |s| s.replacen("weight = 3 }", "\n    weight = 3 }", 1), true);
    assert!(out.iter().any(|l| l.contains("warning") && l.contains("spans several lines")), "{out:?}");
}

#[test]
fn a_scenario_that_does_not_load_adds_no_warnings_about_the_course() {
    let dir = Pack::new().course("");
    dir.sample("sample.toml", |s| s.replacen("start = \"intro\"", "start = \"nowhere\"", 1));
    let (code, out) = validate(dir.path().to_str().unwrap());
    assert_eq!(code, 1);
    assert!(!out.contains("no scenario assesses lesson"), "{out}");
    assert!(out.contains("names `nowhere`"), "{out}");
}

/// `rehearse --lang fr validate FILE`: its (stdout, stderr).
fn validate_fr(path: &str) -> (String, String) {
    let out = rehearse().args(["--lang", "fr", "validate", path]).output().expect("runs");
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_french_facilitator_reads_the_diagnostics_in_french_at_the_same_places() {
    // An unknown node, with its suggestion: same place, French words, French typography.
    let (out, err) = validate_fr("tests/fixtures/bad/bad-target.toml");
    assert!(
        out.contains(
            "tests/fixtures/bad/bad-target.toml:29:8: erreur\u{a0}: le 1er choix du nœud `first` renvoie à `secnd`, mais aucun nœud n'a cet identifiant. Vouliez-vous dire `second`\u{a0}? Vérifiez l'orthographe, ou ajoutez un `[[nodes]]` avec `id = \"secnd\"`"
        ),
        "{out}"
    );
    assert!(!out.contains("error") && !out.contains("Did you mean"), "{out}");
    assert!(err.starts_with("1 erreur"), "the summary line is French too: {err}");

    // Warnings, and places named in French (a node known only by its number).
    let (out, _) = validate_fr("tests/fixtures/bad/unreachable.toml");
    assert!(
        out.contains(":98:6: avertissement\u{a0}: le nœud `orphan` ne peut jamais être atteint"),
        "{out}"
    );
    let (out, _) = validate_fr("tests/fixtures/bad/missing-keys.toml");
    assert!(out.contains(":5:1: erreur\u{a0}: le 1er nœud n'a pas la clé obligatoire `id`"), "{out}");

    // A file with no course.toml of its own: its unknown lessons still said once, in French.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(SAMPLE, dir.path().join("sample.toml")).unwrap();
    let (out, _) = validate_fr(dir.path().join("sample.toml").to_str().unwrap());
    let errors: Vec<&str> = out.lines().filter(|l| l.contains(": erreur\u{a0}: ")).collect();
    assert_eq!(errors.len(), 1, "{out}");
    assert!(errors[0].contains("(alpha, beta, gamma)") && errors[0].contains("aucun course.toml"), "{out}");

    // A failing author's test, and the engine's reason for it.
    std::fs::write(dir.path().join("course.toml"), fixture("course.toml")).unwrap();
    let text = fixture("sample.toml");
    std::fs::write(dir.path().join("sample.toml"), text.replace("choices = \"1,1\"", "choices = \"9,1\""))
        .unwrap();
    let (out, _) = validate_fr(dir.path().join("sample.toml").to_str().unwrap());
    assert!(
        out.contains("erreur\u{a0}: le test `best run` échoue\u{a0}: le 1er choix de \"9,1\" ne peut pas être joué\u{a0}: il n'y a pas de choix 9 au nœud `first`"),
        "{out}"
    );
}

#[test]
fn a_large_pack_checked_on_every_core_is_reported_in_one_language() {
    // Four files large enough for the pack to be checked on several threads.
    let dir = Pack::new().course("");
    let text = fixture("sample.toml");
    let padding = format!("# {}\n", "x".repeat(100)).repeat(3_000);
    for id in ["a", "b", "c", "d"] {
        let file = text
            .replace("id = \"sample\"", &format!("id = \"{id}\""))
            .replace("minutes = 5", "minutes = 5\ncolour = 1");
        dir.write(&format!("{id}.toml"), file + &padding);
    }
    let (out, _) = validate_fr(dir.path().to_str().unwrap());
    assert_eq!(out.matches("clé inconnue `colour` dans la section [scenario]").count(), 4, "{out}");
    assert!(!out.contains("unknown key"), "{out}");
}

/// A scenario and its translation given together (as `scenarios/*.toml` does) are one scenario:
/// checked once, counted once, each problem said once.
#[test]
fn a_scenario_and_its_translation_given_together_count_once() {
    let (code, out, err) = crate::common::run(
        &scratch(),
        &["validate", "scenarios/ai-fake.toml", "scenarios/ai-fake.fr-CA.toml"],
    );
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(err.contains("1 scenario ready to play"), "{err}");
}
