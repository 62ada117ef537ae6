//! Reading a parsed TOML tree (with spans) into the raw structures of the format, collecting every
//! problem instead of stopping at the first: unknown keys, missing keys, wrong types, limits.

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::diagnostic::{Diagnostic, Kind, Span};
use super::limits::MAX_TEXT_CHARS;
use crate::t;
use crate::text::sanitize;

pub(crate) type Value<'i> = Spanned<DeValue<'i>>;

/// A value and where it is in the file.
#[derive(Clone, Debug)]
pub(crate) struct Sp<T> {
    pub v: T,
    pub span: Span,
}

/// A place in a file, as messages name it ("node `intro`", "choice 2 of node `intro`"). Built
/// cheaply while reading, and put into words only when there is a message to write: in French
/// the words depend on what comes before them ("le nœud", "du nœud").
#[derive(Clone, Debug)]
pub(crate) enum Place {
    ScenarioFile,
    CourseFile,
    TranslationFile,
    CourseTranslation,
    /// A table, written as in the file: `[scenario]`, `[vars.trust]`, `[nodes.intro]`.
    Table(String),
    /// A key named alone: `nodes`.
    Key(&'static str),
    Node(String),
    /// A node whose id is not known (yet), counted from 1.
    NodeNumber(usize),
    /// A node with no id.
    ThisNode,
    ThisBranch,
    /// An author's test, counted from 1.
    Test(usize),
    ATest,
    /// A lesson of the course, counted from 1.
    Lesson(usize),
    /// A `[[scenarios]]` entry of the course, counted from 1.
    CourseScenario(usize),
    Variable(String),
    /// A variable whose value may also be a table.
    VariableOrTable(String),
    /// `key` in a place (how `Reader` names a key of a table).
    KeyIn(String, Box<Place>),
    /// `key` of a place.
    KeyOf(&'static str, Box<Place>),
    Choice(usize, Box<Place>),
    Branch(usize, Box<Place>),
    EachVariant(Box<Place>),
    EachEntry(Box<Place>),
    /// A place whose value may also be a list of strings.
    OrStrings(Box<Place>),
    /// A place whose value may also be a list of branches.
    OrBranches(Box<Place>),
}

impl Place {
    pub fn key_in(key: impl Into<String>, place: &Place) -> Place {
        Place::KeyIn(key.into(), Box::new(place.clone()))
    }
    pub fn key_of(key: &'static str, place: &Place) -> Place {
        Place::KeyOf(key, Box::new(place.clone()))
    }
    pub fn choice(n: usize, place: &Place) -> Place {
        Place::Choice(n, Box::new(place.clone()))
    }

    /// The place as the subject of a sentence, or after "in".
    pub fn name(&self) -> String {
        self.words("plain")
    }

    /// The place after "of" (French contracts it: `du nœud`, `de la table`).
    pub fn of(&self) -> String {
        self.words("of")
    }

    fn words(&self, case: &str) -> String {
        match self {
            Place::ScenarioFile => t!("diag-place-scenario-file", case = case),
            Place::CourseFile => t!("diag-place-course-file", case = case),
            Place::TranslationFile => t!("diag-place-translation-file", case = case),
            Place::CourseTranslation => t!("diag-place-course-translation", case = case),
            Place::Table(table) => t!("diag-place-table", table = table, case = case),
            Place::Key(key) => t!("diag-place-key", key = *key, case = case),
            Place::Node(id) => t!("diag-place-node", id = id, case = case),
            Place::NodeNumber(n) => t!("diag-place-node-number", n = *n, case = case),
            Place::ThisNode => t!("diag-place-this-node", case = case),
            Place::ThisBranch => t!("diag-place-this-branch", case = case),
            Place::Test(n) => t!("diag-place-test", n = *n, case = case),
            Place::ATest => t!("diag-place-a-test", case = case),
            Place::Lesson(n) => t!("diag-place-lesson", n = *n, case = case),
            Place::CourseScenario(n) => t!("diag-place-course-scenario", n = *n, case = case),
            Place::Variable(name) => t!("diag-place-variable", name = name, case = case),
            Place::VariableOrTable(name) => t!("diag-place-variable-or-table", name = name, case = case),
            Place::KeyIn(key, p) => t!("diag-place-key-in", key = key, inside = &p.of(), case = case),
            Place::KeyOf(key, p) => t!("diag-place-key-of", key = *key, of = &p.of(), case = case),
            Place::Choice(n, p) => t!("diag-place-choice", n = *n, of = &p.of(), case = case),
            Place::Branch(n, p) => t!("diag-place-branch", n = *n, of = &p.of(), case = case),
            Place::EachVariant(p) => t!("diag-place-each-variant", of = &p.of(), case = case),
            Place::EachEntry(p) => t!("diag-place-each-entry", of = &p.of(), case = case),
            Place::OrStrings(p) => t!("diag-place-or-strings", place = &p.words(case)),
            Place::OrBranches(p) => t!("diag-place-or-branches", place = &p.words(case)),
        }
    }
}

/// How a value is named in a message, built only when there is a message to write.
pub(crate) trait What {
    fn place(&self) -> Place;
}

impl What for Place {
    fn place(&self) -> Place {
        self.clone()
    }
}

impl What for &Place {
    fn place(&self) -> Place {
        (*self).clone()
    }
}

impl<F: Fn() -> Place> What for F {
    fn place(&self) -> Place {
        self()
    }
}

/// Words added to a message (a hint, an example), put into the reader's language only when the
/// message is written: `""` for none, code as it is, or a closure calling `t!`.
pub(crate) trait Words {
    fn words(&self) -> String;
}

impl Words for &str {
    fn words(&self) -> String {
        (*self).to_string()
    }
}

impl Words for String {
    fn words(&self) -> String {
        self.clone()
    }
}

impl<F: Fn() -> String> Words for F {
    fn words(&self) -> String {
        self()
    }
}

/// Collects diagnostics while reading one file.
pub(crate) struct Reader {
    pub diags: Vec<Diagnostic>,
}

/// One TOML table being read: its keys, where it is, and how to name it in messages.
pub(crate) struct Table<'a, 'i> {
    pub t: &'a DeTable<'i>,
    pub span: Span,
    pub what: Place,
}

/// Name of a TOML value's type, for messages.
fn kind(v: &DeValue<'_>) -> String {
    let kind = match v {
        DeValue::String(_) => "string",
        DeValue::Integer(_) => "integer",
        DeValue::Float(_) => "float",
        DeValue::Boolean(_) => "boolean",
        DeValue::Datetime(_) => "datetime",
        DeValue::Array(_) => "array",
        DeValue::Table(_) => "table",
    };
    crate::t!("diag-kind", kind = kind)
}

/// Edit distance, for "did you mean" suggestions: insertions, deletions, substitutions, and two
/// neighbouring letters swapped (the commonest typo: `psot` for `post`) each count one.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut before: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 0..a.len() {
        let mut cur = vec![i + 1; b.len() + 1];
        for j in 0..b.len() {
            cur[j + 1] = (prev[j] + usize::from(a[i] != b[j])).min(prev[j + 1] + 1).min(cur[j] + 1);
            if i > 0 && j > 0 && a[i] == b[j - 1] && a[i - 1] == b[j] {
                cur[j + 1] = cur[j + 1].min(before[j - 1] + 1);
            }
        }
        before = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub(crate) fn suggest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let limit = (word.chars().count() / 3).clamp(1, 3);
    candidates
        .into_iter()
        // Words whose lengths differ by more than the limit are further apart than it.
        .filter(|c| c.len().abs_diff(word.len()) <= limit * 4)
        .map(|c| (distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        // Ties go to the alphabetically first, whatever order the candidates come in (a hash
        // map's), so that the same file always gets the same suggestion.
        .min()
        .map(|(_, c)| c)
}

/// Builds " Did you mean `x`?" or "" (with the space that joins it to the sentence before).
pub fn did_you_mean<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> String {
    suggest(word, candidates).map_or_else(String::new, |s| format!(" {}", t!("diag-did-you-mean", name = s)))
}

impl Reader {
    pub fn new() -> Self {
        Reader { diags: Vec::new() }
    }

    pub fn error(&mut self, span: Span, message: impl Into<String>) {
        self.diags.push(Diagnostic::error(span, message));
    }

    pub fn warning(&mut self, span: Span, message: impl Into<String>) {
        self.diags.push(Diagnostic::warning(span, message));
    }

    /// `v` as a table, or an error saying it should be one.
    pub fn table<'a, 'i>(
        &mut self,
        v: &'a Value<'i>,
        what: impl What,
        hint: impl Words,
    ) -> Option<Table<'a, 'i>> {
        match v.get_ref() {
            DeValue::Table(t) => Some(Table { t, span: v.span(), what: what.place() }),
            other => {
                let (what, kind, hint) = (what.place().name(), kind(other), hint.words());
                let message = if hint.is_empty() {
                    t!("diag-not-table", what = &what, kind = &kind)
                } else {
                    t!("diag-not-table-hint", what = &what, kind = &kind, hint = &hint)
                };
                self.error(v.span(), message);
                None
            }
        }
    }

    /// `v` as a list, or an error.
    pub fn array<'a, 'i>(
        &mut self,
        v: &'a Value<'i>,
        what: impl What,
        hint: impl Words,
    ) -> Option<&'a [Value<'i>]> {
        match v.get_ref() {
            DeValue::Array(a) => Some(&a[..]),
            other => {
                let (what, kind, hint) = (what.place().name(), kind(other), hint.words());
                let message = if hint.is_empty() {
                    t!("diag-not-list", what = &what, kind = &kind)
                } else {
                    t!("diag-not-list-hint", what = &what, kind = &kind, hint = &hint)
                };
                self.error(v.span(), message);
                None
            }
        }
    }

    /// Reports every key of `t` not in `allowed`.
    pub fn only_keys(&mut self, t: &Table<'_, '_>, allowed: &[&str]) {
        for (key, _) in t.t.iter() {
            let k: &str = key.get_ref();
            if !allowed.contains(&k) {
                let inside = t.what.name();
                let suggestion = suggest(k, allowed.iter().copied());
                let message = match suggestion {
                    Some(s) => t!("diag-unknown-key", key = k, inside = &inside, suggestion = s),
                    None => {
                        t!(
                            "diag-unknown-key-allowed",
                            key = k,
                            inside = &inside,
                            allowed = &allowed.join(", ")
                        )
                    }
                };
                let d = Diagnostic::error(key.span(), message);
                self.diags.push(match suggestion {
                    Some(s) => d.with_kind(Kind::Misspelled { place: inside, key: s.to_string() }),
                    None => d,
                });
            }
        }
    }

    /// Reports a required key that is absent.
    pub fn missing(&mut self, t: &Table<'_, '_>, key: &str, example: impl Words) {
        let place = t.what.name();
        let message = t!("diag-missing-key", what = &place, key = key, example = &example.words());
        let kind = Kind::Missing { place, key: key.to_string() };
        self.diags.push(Diagnostic::error(t.span.clone(), message).with_kind(kind));
    }

    /// A string under `key`, made safe for the terminal and checked against the length limit.
    pub fn string(&mut self, t: &Table<'_, '_>, key: &str) -> Option<Sp<String>> {
        let v = t.get(key)?;
        self.string_value(v, || Place::key_in(key, &t.what))
    }

    pub fn string_value(&mut self, v: &Value<'_>, what: impl What) -> Option<Sp<String>> {
        match v.get_ref() {
            DeValue::String(s) => {
                // Counted in characters, as the JSON Schema's `maxLength` counts them (a quick byte
                // test first: a text within the limit in bytes is within it in characters).
                if s.len() > MAX_TEXT_CHARS && s.chars().count() > MAX_TEXT_CHARS {
                    let message = t!(
                        "diag-text-too-long",
                        what = &what.place().name(),
                        chars = s.chars().count(),
                        limit = MAX_TEXT_CHARS
                    );
                    self.error(v.span(), message);
                    return None;
                }
                Some(Sp { v: sanitize(s).into_owned(), span: v.span() })
            }
            other => {
                let message = t!("diag-not-string", what = &what.place().name(), kind = &kind(other));
                self.error(v.span(), message);
                None
            }
        }
    }

    /// A required string.
    pub fn req_string(&mut self, t: &Table<'_, '_>, key: &str, example: impl Words) -> Option<Sp<String>> {
        if t.get(key).is_none() {
            self.missing(t, key, example);
            return None;
        }
        self.string(t, key)
    }

    /// An integer under `key`, within `min..=max`.
    pub fn int(&mut self, t: &Table<'_, '_>, key: &str, min: i64, max: i64) -> Option<Sp<i64>> {
        let v = t.get(key)?;
        self.int_value(v, || Place::key_in(key, &t.what), min, max)
    }

    pub fn int_value(&mut self, v: &Value<'_>, what: impl What, min: i64, max: i64) -> Option<Sp<i64>> {
        let n = match v.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok(),
            other => {
                let (what, kind) = (what.place().name(), kind(other));
                let message = if matches!(other, DeValue::String(_)) {
                    t!("diag-not-whole-number-quoted", what = &what, kind = &kind)
                } else {
                    t!("diag-not-whole-number", what = &what, kind = &kind)
                };
                self.error(v.span(), message);
                return None;
            }
        };
        match n {
            Some(n) if (min..=max).contains(&n) => Some(Sp { v: n, span: v.span() }),
            _ => {
                // Bounds as text: a number argument would pass through a float and lose digits.
                let (min, max) = (min.to_string(), max.to_string());
                self.error(
                    v.span(),
                    t!("diag-out-of-range", what = &what.place().name(), min = &min, max = &max),
                );
                None
            }
        }
    }

    pub fn req_int(
        &mut self,
        t: &Table<'_, '_>,
        key: &str,
        min: i64,
        max: i64,
        example: impl Words,
    ) -> Option<Sp<i64>> {
        if t.get(key).is_none() {
            self.missing(t, key, example);
            return None;
        }
        self.int(t, key, min, max)
    }

    pub fn bool(&mut self, t: &Table<'_, '_>, key: &str) -> Option<Sp<bool>> {
        let v = t.get(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(Sp { v: *b, span: v.span() }),
            other => {
                let what = Place::key_in(key, &t.what).name();
                self.error(v.span(), t!("diag-not-bool", what = &what, kind = &kind(other)));
                None
            }
        }
    }

    /// A table of `name = integer` pairs (scores, `set`, `[vars]`), in file order.
    pub fn int_map(&mut self, t: &Table<'_, '_>, key: &str, limit: i64) -> Option<super::raw::IntMap> {
        let v = t.get(key)?;
        let DeValue::Table(inner) = v.get_ref() else {
            let hint = || t!("diag-hint-example", code = "{ online-conflict = 2 }");
            self.table(v, || Place::key_in(key, &t.what), hint);
            return None;
        };
        let mut out = Vec::with_capacity(inner.len());
        for (k, val) in inner.iter() {
            let name = Sp { v: sanitize(k.get_ref()).into_owned(), span: k.span() };
            if let Some(n) =
                self.int_value(val, || Place::key_in(&name.v, &Place::key_in(key, &t.what)), -limit, limit)
            {
                out.push((name, n));
            }
        }
        out.sort_by_key(|(k, _)| k.span.start);
        Some(Sp { v: out, span: v.span() })
    }
}

impl<'a, 'i> Table<'a, 'i> {
    pub fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.t.get(key)
    }
}
