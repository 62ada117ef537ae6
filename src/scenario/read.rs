//! Reading a parsed TOML tree (with spans) into the raw structures of the format, collecting every
//! problem instead of stopping at the first: unknown keys, missing keys, wrong types, limits.

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::diagnostic::{Diagnostic, Span};
use super::limits::MAX_TEXT_CHARS;
use crate::text::sanitize;

pub(crate) type Value<'i> = Spanned<DeValue<'i>>;

/// A value and where it is in the file.
#[derive(Clone, Debug)]
pub(crate) struct Sp<T> {
    pub v: T,
    pub span: Span,
}

/// How a value is named in a message, built only when there is a message to write.
pub(crate) trait What {
    fn what(&self) -> String;
}

impl What for &str {
    fn what(&self) -> String {
        (*self).to_string()
    }
}

impl What for String {
    fn what(&self) -> String {
        self.clone()
    }
}

impl What for &String {
    fn what(&self) -> String {
        (*self).clone()
    }
}

impl<F: Fn() -> String> What for F {
    fn what(&self) -> String {
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
    pub what: String,
}

/// Name of a TOML value's type, for messages.
fn kind(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
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

/// Builds " Did you mean `x`?" or "".
pub fn did_you_mean<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> String {
    suggest(word, candidates).map_or_else(String::new, |s| format!(" Did you mean `{s}`?"))
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
    pub fn table<'a, 'i>(&mut self, v: &'a Value<'i>, what: impl What, hint: &str) -> Option<Table<'a, 'i>> {
        match v.get_ref() {
            DeValue::Table(t) => Some(Table { t, span: v.span(), what: what.what() }),
            other => {
                self.error(v.span(), format!("{} must be a table, not {}{hint}", what.what(), kind(other)));
                None
            }
        }
    }

    /// `v` as a list, or an error.
    pub fn array<'a, 'i>(&mut self, v: &'a Value<'i>, what: &str, hint: &str) -> Option<&'a [Value<'i>]> {
        match v.get_ref() {
            DeValue::Array(a) => Some(&a[..]),
            other => {
                self.error(v.span(), format!("{what} must be a list, not {}{hint}", kind(other)));
                None
            }
        }
    }

    /// Reports every key of `t` not in `allowed`.
    pub fn only_keys(&mut self, t: &Table<'_, '_>, allowed: &[&str]) {
        for (key, _) in t.t.iter() {
            let k: &str = key.get_ref();
            if !allowed.contains(&k) {
                let hint = match suggest(k, allowed.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("the keys allowed here are: {}.", allowed.join(", ")),
                };
                self.error(key.span(), format!("unknown key `{k}` in {}: {hint}", t.what));
            }
        }
    }

    /// Reports a required key that is absent.
    pub fn missing(&mut self, t: &Table<'_, '_>, key: &str, example: &str) {
        self.error(
            t.span.clone(),
            format!("{} is missing the required key `{key}`: add e.g. `{example}`", t.what),
        );
    }

    /// A string under `key`, made safe for the terminal and checked against the length limit.
    pub fn string(&mut self, t: &Table<'_, '_>, key: &str) -> Option<Sp<String>> {
        let v = t.get(key)?;
        self.string_value(v, || format!("`{key}` in {}", t.what))
    }

    pub fn string_value(&mut self, v: &Value<'_>, what: impl What) -> Option<Sp<String>> {
        match v.get_ref() {
            DeValue::String(s) => {
                // Counted in characters, as the JSON Schema's `maxLength` counts them (a quick byte
                // test first: a text within the limit in bytes is within it in characters).
                if s.len() > MAX_TEXT_CHARS && s.chars().count() > MAX_TEXT_CHARS {
                    self.error(
                        v.span(),
                        format!(
                            "{} is {} characters long; the limit for one text is {} characters: split it or shorten it",
                            what.what(),
                            s.chars().count(),
                            MAX_TEXT_CHARS
                        ),
                    );
                    return None;
                }
                Some(Sp { v: sanitize(s).into_owned(), span: v.span() })
            }
            other => {
                self.error(
                    v.span(),
                    format!("{} must be a string in quotes, not {}", what.what(), kind(other)),
                );
                None
            }
        }
    }

    /// A required string.
    pub fn req_string(&mut self, t: &Table<'_, '_>, key: &str, example: &str) -> Option<Sp<String>> {
        if t.get(key).is_none() {
            self.missing(t, key, example);
            return None;
        }
        self.string(t, key)
    }

    /// An integer under `key`, within `min..=max`.
    pub fn int(&mut self, t: &Table<'_, '_>, key: &str, min: i64, max: i64) -> Option<Sp<i64>> {
        let v = t.get(key)?;
        self.int_value(v, || format!("`{key}` in {}", t.what), min, max)
    }

    pub fn int_value(&mut self, v: &Value<'_>, what: impl What, min: i64, max: i64) -> Option<Sp<i64>> {
        let n = match v.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok(),
            other => {
                let hint =
                    if matches!(other, DeValue::String(_)) { " (write it without quotes)" } else { "" };
                self.error(
                    v.span(),
                    format!("{} must be a whole number, not {}{hint}", what.what(), kind(other)),
                );
                return None;
            }
        };
        match n {
            Some(n) if (min..=max).contains(&n) => Some(Sp { v: n, span: v.span() }),
            _ => {
                self.error(v.span(), format!("{} must be between {min} and {max}", what.what()));
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
        example: &str,
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
                self.error(
                    v.span(),
                    format!("`{key}` in {} must be true or false, not {}", t.what, kind(other)),
                );
                None
            }
        }
    }

    /// A table of `name = integer` pairs (scores, `set`, `[vars]`), in file order.
    pub fn int_map(&mut self, t: &Table<'_, '_>, key: &str, limit: i64) -> Option<super::raw::IntMap> {
        let v = t.get(key)?;
        let DeValue::Table(inner) = v.get_ref() else {
            self.table(v, || format!("`{key}` in {}", t.what), " (write e.g. `{ online-conflict = 2 }`)");
            return None;
        };
        let mut out = Vec::with_capacity(inner.len());
        for (k, val) in inner.iter() {
            let name = Sp { v: sanitize(k.get_ref()).into_owned(), span: k.span() };
            if let Some(n) =
                self.int_value(val, || format!("`{}` in `{key}` in {}", name.v, t.what), -limit, limit)
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
