//! Every string a learner, instructor or facilitator reads, in English and Canadian French, from
//! Fluent message files (`en-CA/*.ftl`, `fr-CA/*.ftl` beside this file, one file per part of the
//! program): one id per message, plurals and numbers per language. Scenario texts are not here: they come from the scenario files and
//! their translations (see [`crate::scenario::translation`]).
//!
//! The language is set once per thread ([`set_lang`]) by the command or the session that shows
//! things, and read by [`t!`](crate::t) wherever text is made, so that views stay pure functions
//! of their state. Adding a language: a `.ftl` file with every id, a [`Lang`] variant, and its tag.

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Canadian English.
    #[default]
    En,
    /// Canadian French.
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-CA",
            Lang::Fr => "fr-CA",
        }
    }

    /// The language's own name, as a learner choosing it looks for it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// The interface language for a tag or its first part (`fr`, `fr-CA`, `fr_CA.UTF-8`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match primary(tag).as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The message files of the language (each a Fluent resource; ids are unique across them).
    fn sources(self) -> [&'static str; 6] {
        macro_rules! files {
            ($dir:literal) => {
                [
                    include_str!(concat!($dir, "/core.ftl")),
                    include_str!(concat!($dir, "/screens.ftl")),
                    include_str!(concat!($dir, "/reports.ftl")),
                    include_str!(concat!($dir, "/commands.ftl")),
                    include_str!(concat!($dir, "/diagnostics.ftl")),
                    include_str!(concat!($dir, "/cli.ftl")),
                ]
            };
        }
        match self {
            Lang::En => files!("en-CA"),
            Lang::Fr => files!("fr-CA"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The first part of a language tag or locale name, lowercased: `fr` of `fr-CA` or `fr_CA.UTF-8`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_', '.', '@']).next().unwrap_or("").to_ascii_lowercase()
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("our tags parse");
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks around arguments would reach the terminal as stray characters.
    b.set_use_isolating(false);
    for source in lang.sources() {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        // A duplicate id keeps the first definition (a test makes sure there is none).
        let _ = b.add_resource(resource);
    }
    b
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
    static WANTED: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Sets the language this thread's learner asked for (a tag, or None for the pack's source
/// language): the interface speaks it when it can (English otherwise), and scenarios are shown
/// in it where a translation exists (see [`crate::pack::Library::localized`]).
pub fn set_language(wanted: Option<&str>) {
    // A tag comes from a flag, the environment or a file: it is shown in notices ("no
    // translation in ..."), so it is made safe for the terminal once, here.
    let wanted = wanted.map(crate::text::sanitize_line);
    set_lang(wanted.as_deref().and_then(Lang::from_tag).unwrap_or_default());
    WANTED.with(|w| *w.borrow_mut() = wanted);
}

/// The language this thread's learner asked for, if any.
pub fn wanted() -> Option<String> {
    WANTED.with(|w| w.borrow().clone())
}

/// The language a learner asks for, in order: what was given (`--lang`), `REHEARSE_LANG`, the
/// learner's saved choice, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`). None: the pack's
/// source language.
pub fn resolve(given: Option<&str>, saved: Option<&str>) -> Option<String> {
    let env = |k: &str| std::env::var(k).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| env(k))
        .filter(|l| !matches!(primary(l).as_str(), "c" | "posix" | ""))
        .map(|l| l.split(['.', '@']).next().unwrap_or("").replace('_', "-"));
    given
        .map(str::to_string)
        .or_else(|| env("REHEARSE_LANG"))
        .or_else(|| saved.map(str::to_string))
        .or(locale)
}

/// Sets the interface language of this thread.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// The interface language of this thread.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// An argument of a message.
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as i64)
            }
        }
    )*};
}
num_arg!(i64, i32, u32, u64, usize, u16, u8);

/// The message `id` in this thread's language, with `args`; the English one when the language
/// lacks it, and the id itself when neither has it (a test makes sure none is missing).
pub fn message(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    message_in(lang(), id, args)
}

/// The message `id` in `lang`.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fargs.set(*k, FluentValue::from(*s)),
            Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    for l in [lang, Lang::En] {
        let b = &bundles()[l.index()];
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
        }
    }
    id.to_string()
}

/// `t!("id")`, or `t!("id", name = value, ...)`: the message in the current language.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),+])
    };
}

/// A percentage as the language writes it: `89%`, `89 %`.
pub fn percent(n: u32) -> String {
    message("percent", &[("n", Arg::Num(i64::from(n)))])
}

/// The message ids of a language's file.
pub fn ids(lang: Lang) -> Vec<String> {
    let mut ids = Vec::new();
    for source in lang.sources() {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        ids.extend(resource.entries().filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        }));
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_messages_and_parse_cleanly() {
        for lang in Lang::ALL {
            for (i, source) in lang.sources().iter().enumerate() {
                let parsed = FluentResource::try_new(source.to_string());
                assert!(
                    parsed.is_ok(),
                    "file {i} of {} does not parse: {:?}",
                    lang.tag(),
                    parsed.err().map(|e| e.1)
                );
            }
        }
        let en = ids(Lang::En);
        let fr = ids(Lang::Fr);
        let missing_fr: Vec<&String> = en.iter().filter(|id| !fr.contains(id)).collect();
        let missing_en: Vec<&String> = fr.iter().filter(|id| !en.contains(id)).collect();
        assert!(missing_fr.is_empty(), "in English only: {missing_fr:?}");
        assert!(missing_en.is_empty(), "in French only: {missing_en:?}");
        let mut sorted = en.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), en.len(), "a message id is defined twice");
    }

    /// Every `t!("id")` in the source names a message that exists.
    #[test]
    fn every_message_used_exists() {
        let en = ids(Lang::En);
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("i18n/mod.rs") {
                    let text = std::fs::read_to_string(&p).unwrap();
                    for (at, _) in text.match_indices("t!(") {
                        // `t!`, not `format!` or `print!`; the id may be on the next line.
                        if text[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let after = text[at + 3..].trim_start();
                        let Some(rest) = after.strip_prefix('"') else { continue };
                        let id = &rest[..rest.find('"').unwrap()];
                        if !en.iter().any(|m| m == id) {
                            missing.push(format!("{}: {id}", p.display()));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "messages used but not defined: {missing:#?}");
    }

    #[test]
    fn plurals_and_numbers_follow_the_language() {
        set_lang(Lang::Fr);
        assert_eq!(percent(89), "89\u{a0}%");
        assert_eq!(crate::t!("choices-count", n = 1), "1 choix");
        set_lang(Lang::En);
        assert_eq!(percent(89), "89%");
        assert_eq!(crate::t!("choices-count", n = 1), "1 choice");
        assert_eq!(crate::t!("choices-count", n = 2), "2 choices");
        assert_eq!(Lang::from_tag("fr_CA.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("de"), None);
    }
}
