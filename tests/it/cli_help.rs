//! The command line's own words, through the real binary: help, headings and usage errors speak
//! the language the program chooses (`--lang`, `$REHEARSE_LANG`, the locale), with the exit codes
//! scripts rely on (0 for help and the version, on standard output; 2 for a usage error, on
//! standard error).

use std::process::Output;

use assert_cmd::Command;

/// A no-break space, as French puts before `:` and inside « ».
const NB: char = '\u{a0}';

/// `rehearse ARGS` with the locale `lang` (and nothing else that picks a language) and a fresh
/// data folder.
fn run(lang: &str, args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = Command::cargo_bin("rehearse").expect("binary builds");
    cmd.env("REHEARSE_HOME", home.path())
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("REHEARSE_LANG")
        .env("REHEARSE_LEARNER", "tester")
        .env("NO_COLOR", "1")
        .args(args);
    cmd.output().unwrap()
}

/// Standard output of a run that must succeed with nothing on standard error.
fn help(lang: &str, args: &[&str]) -> String {
    let out = run(lang, args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    assert!(stderr.is_empty(), "{args:?}: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

/// Standard error of a usage error (exit 2, nothing on standard output).
fn usage_error(lang: &str, args: &[&str]) -> String {
    let out = run(lang, args);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(out.stdout.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stdout));
    stderr
}

/// French with its no-break spaces written as `~`, to keep the expectations readable.
fn fr(s: &str) -> String {
    s.replace('~', &NB.to_string())
}

/// The line of a help text that shows `flag`.
fn line_of<'a>(help: &'a str, flag: &str) -> &'a str {
    help.lines()
        .find(|l| l.trim_start().starts_with(flag))
        .unwrap_or_else(|| panic!("no {flag:?} in:\n{help}"))
}

const EN: &str = "en_CA.UTF-8";
const FR: &str = "fr_CA.UTF-8";

/// Clap's English words that must not reach a French reader.
const ENGLISH: [&str; 10] = [
    "Usage:",
    "Commands:",
    "Options:",
    "Arguments:",
    "Print help",
    "Print version",
    "[default:",
    "[possible values:",
    "error:",
    "For more information",
];

fn assert_no_english(text: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "English {word:?} in:\n{text}");
    }
}

#[test]
fn help_is_in_english_for_an_english_locale() {
    let out = help(EN, &["--help"]);
    assert!(out.contains("Usage: rehearse [OPTIONS] [COMMAND]"), "{out}");
    for part in ["Commands:", "Options:", "  -h, --help", "Print help", "Print version", "--pack <DIR>"] {
        assert!(out.contains(part), "{part:?} missing:\n{out}");
    }
    assert!(out.contains("play        Play one scenario"), "{out}");
    assert!(!out.contains("Utilisation"), "{out}");
}

#[test]
fn help_is_in_french_for_a_french_locale() {
    let out = help(FR, &["--help"]);
    for part in [
        "Utilisation~: rehearse [OPTIONS] [COMMANDE]",
        "Commandes~:",
        "Options~:",
        "-h, --help            Afficher l'aide",
        "-V, --version         Afficher la version",
        "--pack <DOSSIER>",
        "--lang <LANGUE>",
        "help        Afficher ce message ou l'aide de la commande donnée",
    ] {
        assert!(out.contains(&fr(part)), "{part:?} missing:\n{out}");
    }
    assert_no_english(&out);
}

#[test]
fn lang_on_the_command_line_wins_over_the_locale_wherever_it_is() {
    for args in [&["--lang", "fr", "--help"][..], &["--help", "--lang", "fr"], &["--lang=fr-CA", "-h"]] {
        let out = help(EN, args);
        assert!(out.contains(&fr("Utilisation~: rehearse")), "{args:?}:\n{out}");
        assert_no_english(&out);
    }
    let out = help(FR, &["--lang", "en", "--help"]);
    assert!(out.contains("Usage: rehearse"), "{out}");
}

#[test]
fn rehearse_lang_wins_over_the_locale() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("rehearse")
        .unwrap()
        .env("REHEARSE_HOME", home.path())
        .env("LANG", EN)
        .env("REHEARSE_LANG", "fr")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("--help")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains(&fr("Utilisation~:")));
}

#[test]
fn play_help_in_french_says_what_plain_does_in_french() {
    for args in
        [&["--lang", "fr", "play", "--help"][..], &["play", "--lang", "fr", "--help"], &["play", "-h"]]
    {
        let lang = if args.contains(&"fr") { EN } else { FR };
        let out = help(lang, args);
        assert!(out.contains(&fr("Utilisation~: rehearse play [OPTIONS] <SCÉNARIO>")), "{args:?}:\n{out}");
        let plain = line_of(&out, "--plain ");
        assert!(plain.contains("Mode ligne par ligne pour les lecteurs d'écran"), "{args:?}:\n{out}");
        assert!(!out.contains("Line-by-line mode"), "{out}");
        assert!(out.contains(&fr("Arguments~:\n  <SCÉNARIO>  L'identifiant d'un scénario")), "{out}");
        assert_no_english(&out);
    }
    let en = help(EN, &["play", "--help"]);
    assert!(line_of(&en, "--plain ").contains("Line-by-line mode for screen readers"), "{en}");
    assert!(en.contains("Usage: rehearse play [OPTIONS] <SCENARIO>"), "{en}");
}

/// Every command's help, in French: no English heading, flag or bracket left by clap.
#[test]
fn every_command_has_its_help_in_french() {
    let commands = [
        "validate",
        "walk",
        "play",
        "analyze",
        "graph",
        "new",
        "schema",
        "preview",
        "debrief",
        "progress",
        "facilitate",
        "export",
        "sync",
        "translate",
        "import",
        "serve",
        "class",
        "list",
        "help",
    ];
    for name in commands {
        let out = help(FR, &[name, "--help"]);
        assert!(out.contains(&fr(&format!("Utilisation~: rehearse {name}"))), "{name}:\n{out}");
        assert!(out.contains("Afficher l'aide"), "{name}:\n{out}");
        assert_no_english(&out);
    }
    for path in [&["class", "report"][..], &["import", "twee"]] {
        let out = help(FR, &[path, &["--help"]].concat());
        assert_no_english(&out);
    }
    let export = help(FR, &["export", "--help"]);
    assert!(export.contains(&fr("[par défaut~: json] [valeurs possibles~: json, csv, xapi]")), "{export}");
    let en = help(EN, &["export", "--help"]);
    assert!(en.contains("[default: json] [possible values: json, csv, xapi]"), "{en}");
}

#[test]
fn an_unknown_flag_is_refused_in_french_naming_it() {
    let err = usage_error(FR, &["play", "--lnag", "fr", "x"]);
    assert!(err.starts_with(&fr("erreur~: argument inattendu «~--lnag~»\n")), "{err}");
    assert!(err.contains(&fr("astuce~: un argument semblable existe~: «~--lang~»")), "{err}");
    assert!(err.contains(&fr("Utilisation~: rehearse play")), "{err}");
    assert!(err.contains(&fr("Pour en savoir plus, essayez «~--help~».")), "{err}");
    assert_no_english(&err);

    let err = usage_error(EN, &["play", "--lnag", "fr", "x"]);
    assert!(err.starts_with("error: unexpected argument '--lnag' found\n"), "{err}");
    assert!(err.contains("tip: a similar argument exists: '--lang'"), "{err}");
}

#[test]
fn a_missing_argument_is_named_in_french() {
    let err = usage_error(FR, &["play"]);
    assert!(
        err.starts_with(&fr("erreur~: l'argument obligatoire suivant n'a pas été donné~:\n  <SCÉNARIO>\n")),
        "{err}"
    );
    assert_no_english(&err);
    let err = usage_error(EN, &["--lang", "fr", "walk", "x"]);
    assert!(err.contains("--choices <LISTE>"), "{err}");
    assert_no_english(&err);
    let err = usage_error(EN, &["walk", "x"]);
    assert!(
        err.starts_with("error: the following required argument was not provided:\n  --choices <LIST>"),
        "{err}"
    );
}

#[test]
fn wrong_values_and_commands_are_refused_in_french() {
    let err = usage_error(FR, &["graph", "x", "--format", "svg"]);
    assert!(err.contains(&fr("valeur «~svg~» non valide pour «~--format <FORMAT>~»")), "{err}");
    assert!(err.contains(&fr("[valeurs possibles~: dot, mermaid]")), "{err}");
    let err = usage_error(FR, &["play", "x", "--timer-scale", "20"]);
    assert!(err.contains(&fr("«~--timer-scale <FACTEUR>~»~: un facteur de 0.5 à 10 est attendu")), "{err}");
    let err = usage_error(FR, &["plya"]);
    assert!(err.contains(&fr("commande inconnue «~plya~»")), "{err}");
    assert!(err.contains(&fr("une commande semblable existe~: «~play~»")), "{err}");
    let err = usage_error(FR, &["play", "x", "--timers", "--no-timers"]);
    assert!(
        err.contains(&fr("l'argument «~--timers~» ne peut pas être employé avec «~--no-timers~»")),
        "{err}"
    );
    let err = usage_error(FR, &["--", "play"]);
    assert!(err.contains(&fr("retirez le «~--~» qui la précède")), "{err}");
    for err in [
        usage_error(FR, &["graph", "x", "--format", "svg"]),
        usage_error(FR, &["debrief", "x", "--attempt", "0"]),
        usage_error(FR, &["serve", "--listen", "nowhere"]),
        usage_error(FR, &["walk", "x", "--choices"]),
        usage_error(FR, &["walk", "x", "--choices", "1", "-3"]),
    ] {
        assert_no_english(&err);
    }
    let err = usage_error(EN, &["debrief", "x", "--attempt", "0"]);
    assert!(
        err.contains("invalid value '0' for '--attempt <N>': a whole number of 1 or more is expected"),
        "{err}"
    );
}

#[test]
fn version_prints_on_standard_output() {
    for flag in ["--version", "-V"] {
        let out = help(FR, &[flag]);
        assert_eq!(out, format!("rehearse {}\n", env!("CARGO_PKG_VERSION")));
    }
}

#[test]
fn the_help_command_shows_the_same_help_in_both_languages() {
    assert_eq!(help(EN, &["help", "play"]), help(EN, &["play", "--help"]));
    assert_eq!(help(FR, &["help", "play"]), help(FR, &["play", "--help"]));
    assert_eq!(help(FR, &["help"]), help(FR, &["--help"]));
    assert_eq!(help(FR, &["help", "class", "report"]), help(FR, &["class", "report", "--help"]));
    assert_eq!(help(EN, &["class", "help", "report"]), help(EN, &["class", "report", "--help"]));
    let err = usage_error(FR, &["help", "nosuch"]);
    assert!(err.contains(&fr("commande inconnue «~nosuch~»")), "{err}");
}

#[test]
fn a_command_that_needs_a_subcommand_shows_its_help_on_standard_error() {
    let err = usage_error(FR, &["class"]);
    assert!(err.contains(&fr("Utilisation~: rehearse class <COMMANDE>")), "{err}");
    assert!(err.contains("report  Combiner les exportations"), "{err}");
    assert_no_english(&err);
}

/// `translate --lang` is the language to translate into: the interface keeps the locale's.
#[test]
fn the_target_language_of_translate_is_not_the_interface_language() {
    let out = help(EN, &["translate", "x", "--lang", "fr", "--help"]);
    assert!(out.contains("Usage: rehearse translate"), "{out}");
}
