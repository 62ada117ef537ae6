//! `rehearse translate SCENARIO --lang TAG [--confirm NODE]... [--confirm-all]`: writes or updates
//! the scenario's translation file beside it. What is translated is kept; what is missing is added
//! with an empty text and the source text beside it as a comment; an entry whose source changed
//! keeps its old fingerprint until the translator confirms it. Nothing a translator wrote is ever
//! dropped: entries the source no longer has are kept as comments at the end.

use crate::t;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use toml::{Table, Value};

use crate::scenario::translation::fingerprint;
use crate::scenario::{Node, Scenario};

pub struct Options {
    pub lang: String,
    pub confirm: Vec<String>,
    pub confirm_all: bool,
}

pub fn run(packs: &[PathBuf], name: &str, opts: Options) -> super::Outcome {
    let mut lib = super::library(packs);
    let s = lib.find(name)?;
    // Only a language the scenario's own course offers: a translation file in any other is
    // refused by `validate` (and would stop every later `translate`).
    let tag =
        s.course.languages.iter().find(|l| crate::scenario::translation::tag_matches(&opts.lang, l)).cloned();
    let Some(tag) = tag else {
        return Err(super::Error::Usage(t!(
            "translate-not-offered",
            lang = &crate::text::sanitize_line(&opts.lang),
            languages = &s.course.languages.join(", ")
        )));
    };
    if crate::scenario::translation::tag_matches(&tag, &s.language) && tag.eq_ignore_ascii_case(&s.language) {
        return Err(super::Error::Usage(t!("translate-own-language", lang = &tag)));
    }
    let source_path = lib
        .entries
        .iter()
        .find(|e| e.scenario.id == s.id)
        .map(|e| PathBuf::from(&e.path))
        .filter(|p| p.is_file())
        .ok_or_else(|| super::Error::Invalid(t!("translate-compiled-in", id = &s.id)))?;
    // The id names the file beside the source: an id that is not a plain file name (`../x`, `/x`)
    // would write somewhere else.
    let plain_name = !s.id.is_empty()
        && !s.id.starts_with('.')
        && !s.id.chars().any(|c| matches!(c, '/' | '\\' | ':') || c.is_control());
    if !plain_name {
        return Err(super::Error::Invalid(t!(
            "translate-id-not-a-file-name",
            id = &crate::text::sanitize_line(&s.id)
        )));
    }
    let path = source_path.with_file_name(format!("{}.{tag}.toml", s.id));
    let existing = match std::fs::read_to_string(&path) {
        Ok(text) => Some(text.parse::<Table>().map_err(|e| {
            super::Error::Invalid(t!(
                "translate-existing-broken",
                path = &path.display().to_string(),
                reason = e.message()
            ))
        })?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(super::Error::Invalid(format!("{}: {}", path.display(), crate::fsio::io_reason(&e))))
        }
    };
    for c in &opts.confirm {
        if s.node(c).is_none() {
            let hint = crate::scenario::did_you_mean(c, s.nodes.iter().map(|n| n.id.as_str()));
            return Err(super::Error::Usage(t!(
                "translate-confirm-no-node",
                node = &crate::text::sanitize_line(c),
                hint = &hint
            )));
        }
    }
    let (text, counts) = write(&s, &tag, existing.as_ref(), &opts, &source_path);
    crate::progress::write_file(&path, text.as_bytes())?;
    super::print(&format!(
        "{}\n",
        t!(
            "translate-wrote",
            path = &path.display().to_string(),
            done = counts.done,
            todo = counts.todo,
            stale = counts.stale,
            kept = counts.kept
        )
    ));
    Ok(super::OK)
}

#[derive(Default)]
struct Counts {
    done: usize,
    todo: usize,
    stale: usize,
    kept: usize,
}

/// A TOML string literal.
fn lit(s: &str) -> String {
    Value::String(s.to_string()).to_string()
}

/// A TOML key: bare when it can be.
fn key(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        s.to_string()
    } else {
        lit(s)
    }
}

/// The source text as a comment above the line to translate.
fn comment(out: &mut String, source: &str) {
    for line in source.lines() {
        let _ = writeln!(out, "# {line}");
    }
}

/// A string of `t` at `path` (dotted keys), if present.
fn get<'a>(t: Option<&'a Table>, path: &[&str]) -> Option<&'a Value> {
    let mut v = t?.get(path[0])?;
    for k in &path[1..] {
        v = v.get(k)?;
    }
    Some(v)
}

fn get_str(t: Option<&Table>, path: &[&str]) -> String {
    get(t, path).and_then(Value::as_str).unwrap_or("").to_string()
}

fn write(
    s: &Scenario,
    tag: &str,
    old: Option<&Table>,
    opts: &Options,
    source_path: &Path,
) -> (String, Counts) {
    let mut c = Counts::default();
    let mut out = String::new();
    let file = source_path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let title = crate::text::sanitize_line(&s.title);
    let header = t!("translate-file-header", title = &title, file = file, lang = tag, id = &s.id);
    comment(&mut out, &header);
    let _ = writeln!(out, "format = 1\nlanguage = {}\ntranslates = {}\n", lit(tag), lit(&s.id));
    out.push_str("[scenario]\n");
    comment(&mut out, &s.title);
    let _ = writeln!(out, "title = {}", lit(&get_str(old, &["scenario", "title"])));
    comment(&mut out, &s.summary);
    let _ = writeln!(out, "summary = {}\n", lit(&get_str(old, &["scenario", "summary"])));
    for v in &s.vars {
        out.push_str(&format!("[vars.{}]\n", key(&v.name)));
        comment(&mut out, &v.label);
        let _ = writeln!(out, "label = {}\n", lit(&get_str(old, &["vars", &v.name, "label"])));
    }
    for node in &s.nodes {
        write_node(&mut out, node, old, opts, &mut c);
    }
    // Entries of nodes the source no longer has: kept, as comments, never lost.
    if let Some(nodes) = get(old, &["nodes"]).and_then(Value::as_table) {
        let gone: Vec<(&String, &Value)> = nodes.iter().filter(|(id, _)| s.node(id).is_none()).collect();
        if !gone.is_empty() {
            comment(&mut out, &t!("translate-file-gone"));
            for (id, v) in gone {
                c.kept += 1;
                let mut t = Table::new();
                t.insert(id.clone(), v.clone());
                let mut wrapper = Table::new();
                wrapper.insert("nodes".into(), Value::Table(t));
                for line in toml::to_string(&wrapper).unwrap_or_default().lines() {
                    let _ = writeln!(out, "# {line}");
                }
            }
        }
    }
    (out, c)
}

fn write_node(out: &mut String, node: &Node, old: Option<&Table>, opts: &Options, c: &mut Counts) {
    let id = node.id.as_str();
    let prev = get(old, &["nodes", id]).and_then(Value::as_table);
    let now = fingerprint(node);
    let confirmed = opts.confirm_all || opts.confirm.iter().any(|x| x == id);
    let source = match prev.and_then(|p| p.get("source")).and_then(Value::as_str) {
        Some(f) if f != now && !confirmed => {
            c.stale += 1;
            comment(out, &t!("translate-file-stale"));
            f.to_string()
        }
        _ => now,
    };
    let _ = writeln!(out, "[nodes.{}]\nsource = {}", key(id), lit(&source));
    let field = |out: &mut String, k: &str, src: &str, c: &mut Counts| {
        let v = prev.and_then(|p| p.get(k)).and_then(Value::as_str).unwrap_or("").to_string();
        if v.trim().is_empty() {
            c.todo += 1;
        } else {
            c.done += 1;
        }
        comment(out, src);
        let _ = writeln!(out, "{k} = {}", lit(&v));
    };
    if let Some(f) = &node.from {
        field(out, "from", f, c);
    }
    // `text`: a string, or a list as long as the source's variants.
    let old_text: Vec<String> = match prev.and_then(|p| p.get("text")) {
        Some(Value::String(t)) => vec![t.clone()],
        Some(Value::Array(a)) => a.iter().map(|v| v.as_str().unwrap_or("").to_string()).collect(),
        _ => Vec::new(),
    };
    let texts: Vec<String> =
        (0..node.text.len()).map(|i| old_text.get(i).cloned().unwrap_or_default()).collect();
    for (src, t) in node.text.iter().zip(&texts) {
        comment(out, src);
        if t.trim().is_empty() {
            c.todo += 1;
        } else {
            c.done += 1;
        }
    }
    if node.text.len() == 1 {
        let _ = writeln!(out, "text = {}", lit(&texts[0]));
    } else {
        let _ = writeln!(
            out,
            "text = [\n{}]",
            texts.iter().map(|t| format!("  {},\n", lit(t))).collect::<String>()
        );
    }
    if let Some(d) = &node.discuss {
        field(out, "discuss", d, c);
    }
    if let Some(fb) = node.on_timeout.as_ref().and_then(|o| o.feedback.as_deref()) {
        let v = prev
            .and_then(|p| p.get("on_timeout"))
            .and_then(|o| o.get("feedback"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        if v.trim().is_empty() {
            c.todo += 1;
        } else {
            c.done += 1;
        }
        comment(out, fb);
        let _ = writeln!(out, "on_timeout = {{ feedback = {} }}", lit(&v));
    }
    out.push('\n');
    let old_choices = prev.and_then(|p| p.get("choices")).and_then(Value::as_array);
    for (i, choice) in node.choices().iter().enumerate() {
        let prev_choice = old_choices.and_then(|a| a.get(i)).and_then(Value::as_table);
        let _ = writeln!(out, "[[nodes.{}.choices]]", key(id));
        let mut one = |k: &str, src: &str, out: &mut String| {
            let v = prev_choice.and_then(|p| p.get(k)).and_then(Value::as_str).unwrap_or("").to_string();
            if v.trim().is_empty() {
                c.todo += 1;
            } else {
                c.done += 1;
            }
            comment(out, src);
            let _ = writeln!(out, "{k} = {}", lit(&v));
        };
        one("text", &choice.text, out);
        if let Some(fb) = &choice.feedback {
            one("feedback", fb, out);
        }
        out.push('\n');
    }
}
