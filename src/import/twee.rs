//! Twine stories brought in: Twee 3 text, or a Twine 2 HTML file (a published story or an
//! archive), turned into a scenario file a facilitator then completes. Passages become nodes,
//! links become choices, the story's start passage becomes `start`; what Twine cannot express
//! (lessons, scores, feedback) is left as `TODO` comments, and story-format code (Harlowe,
//! SugarCube, Chapbook macros) is kept as comments and flagged, never run.

use crate::t;
use std::collections::HashMap;

/// A passage of a story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    pub name: String,
    pub tags: Vec<String>,
    pub text: String,
}

/// A story as Twine keeps it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Story {
    pub title: Option<String>,
    /// The start passage's name, when the story says.
    pub start: Option<String>,
    /// The story format (Harlowe, SugarCube, Chapbook, Snowman...).
    pub format: Option<String>,
    pub passages: Vec<Passage>,
}

/// Why a file is not a story that can be read.
#[derive(Debug, PartialEq, Eq)]
pub enum TweeError {
    NoPassages,
}

impl std::fmt::Display for TweeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TweeError::NoPassages => f.write_str(&crate::t!("twee-no-passages")),
        }
    }
}

impl std::error::Error for TweeError {}

/// Reads a story from Twee 3 text or Twine 2 HTML.
pub fn parse(text: &str) -> Result<Story, TweeError> {
    let story = if text.contains("<tw-storydata") { parse_html(text) } else { parse_twee(text) };
    if story.passages.is_empty() {
        return Err(TweeError::NoPassages);
    }
    Ok(story)
}

/// Twee 3 (the twinejs specification): passages start with `:: Name [tags] {metadata}`.
pub fn parse_twee(text: &str) -> Story {
    let mut story = Story::default();
    let mut current: Option<Passage> = None;
    let mut passages = Vec::new();
    for line in text.lines() {
        if let Some(header) = line.strip_prefix("::") {
            passages.extend(current.take());
            let (name, tags) = passage_header(header);
            current = Some(Passage { name, tags, text: String::new() });
        } else if let Some(p) = &mut current {
            p.text.push_str(line);
            p.text.push('\n');
        }
    }
    passages.extend(current);
    for mut p in passages {
        p.text = p.text.trim().to_string();
        match p.name.as_str() {
            "StoryTitle" => story.title = Some(p.text.clone()),
            "StoryData" => {
                if let Ok(data) = serde_json::from_str::<serde_json::Value>(&p.text) {
                    story.start = data.get("start").and_then(|s| s.as_str()).map(str::to_string);
                    story.format = data.get("format").and_then(|s| s.as_str()).map(str::to_string);
                }
            }
            _ => story.passages.push(p),
        }
    }
    story
}

/// `Name [tag1 tag2] {"position":"..."}`, with Twee's escapes (`\[`, `\]`, `\{`, `\}`, `\\`).
fn passage_header(header: &str) -> (String, Vec<String>) {
    let mut name = String::new();
    let mut chars = header.trim().chars().peekable();
    let mut tags = Vec::new();
    while let Some(c) = chars.next() {
        match c {
            '\\' => name.extend(chars.next()),
            '[' => {
                let mut t = String::new();
                for c in chars.by_ref() {
                    if c == ']' {
                        break;
                    }
                    t.push(c);
                }
                tags = t.split_whitespace().map(str::to_string).collect();
            }
            '{' => break,
            c => name.push(c),
        }
    }
    (name.trim().to_string(), tags)
}

/// A Twine 2 HTML file: `<tw-storydata>` with `<tw-passagedata>` children (entities decoded by
/// the HTML parser).
pub fn parse_html(text: &str) -> Story {
    let doc = scraper::Html::parse_document(text);
    let data = scraper::Selector::parse("tw-storydata").expect("a valid selector");
    let passage = scraper::Selector::parse("tw-passagedata").expect("a valid selector");
    let mut story = Story::default();
    let Some(root) = doc.select(&data).next() else { return story };
    let attr = |name: &str| root.value().attr(name).map(str::to_string);
    story.title = attr("name");
    story.format = attr("format");
    let start_pid = attr("startnode");
    for p in root.select(&passage) {
        let name = p.value().attr("name").unwrap_or("").to_string();
        if start_pid.is_some() && p.value().attr("pid").map(str::to_string) == start_pid {
            story.start = Some(name.clone());
        }
        let tags = p.value().attr("tags").unwrap_or("").split_whitespace().map(str::to_string).collect();
        story.passages.push(Passage { name, tags, text: p.text().collect::<String>().trim().to_string() });
    }
    story
}

/// A link of a passage: what the reader sees, and the passage it leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub text: String,
    pub target: String,
}

/// The links of a passage's text (`[[A]]`, `[[text->A]]`, `[[A<-text]]`, `[[text|A]]`; a
/// SugarCube setter `[[text|A][$x to 1]]` keeps its link), and the text without them, with
/// story-format code set apart.
pub fn split_passage(text: &str) -> (String, Vec<Link>, Vec<String>) {
    let mut links = Vec::new();
    let mut prose = String::new();
    let mut rest = text;
    while let Some(open) = rest.find("[[") {
        prose.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let Some(close) = after.find("]]") else {
            prose.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let inner = &after[..close];
        links.push(link(inner));
        rest = &after[close + 2..];
        // A SugarCube setter after the link: `][...]` was consumed as part of the link's end.
        if let Some(stripped) = rest.strip_prefix('[') {
            if let Some(end) = stripped.find(']') {
                rest = &stripped[end + 1..];
            }
        }
    }
    prose.push_str(rest);
    let (prose, code) = set_code_apart(&prose);
    (prose, links, code)
}

fn link(inner: &str) -> Link {
    let inner = inner.split("][").next().unwrap_or(inner);
    let (text, target) = if let Some((t, a)) = inner.split_once("->") {
        (t, a)
    } else if let Some((a, t)) = inner.rsplit_once("<-") {
        (t, a)
    } else if let Some((t, a)) = inner.split_once('|') {
        (t, a)
    } else {
        (inner, inner)
    };
    Link { text: text.trim().to_string(), target: target.trim().to_string() }
}

/// Removes story-format code from prose: Harlowe macros `(name: ...)`, hooks `[...]` after them,
/// SugarCube `<<...>>`, Chapbook/Snowman `{...}` and `<% %>`; returns the prose and the code.
fn set_code_apart(prose: &str) -> (String, Vec<String>) {
    let mut out = String::new();
    let mut code = Vec::new();
    let b = prose.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let rest = &prose[i..];
        let end = if rest.starts_with("<<") {
            rest.find(">>").map(|e| e + 2)
        } else if rest.starts_with("<%") {
            rest.find("%>").map(|e| e + 2)
        } else if rest.starts_with('(') && is_harlowe_macro(rest) {
            matching(rest, b'(', b')')
        } else {
            None
        };
        match end {
            Some(e) => {
                code.push(rest[..e].trim().to_string());
                i += e;
            }
            None => {
                let c = rest.chars().next().expect("not at the end");
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    let cleaned: Vec<&str> = out.lines().map(str::trim_end).collect();
    let mut text = cleaned.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    (text.trim().to_string(), code)
}

/// `(name:` with a macro name of letters, digits and `-`.
fn is_harlowe_macro(s: &str) -> bool {
    let name: String = s[1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    !name.is_empty() && s[1 + name.len()..].starts_with(':')
}

/// The length of `s` up to the bracket closing its first one.
fn matching(s: &str, open: u8, close: u8) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in s.bytes().enumerate() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some(i + 1);
            }
        }
    }
    None
}

/// A node id from a passage name: lowercase words joined by `-` (`Start here!` → `start-here`).
pub fn kebab(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "passage".into()
    } else {
        out
    }
}

/// A TOML string: a literal multi-line string when the text has several lines and no `'''`, else
/// a basic string with escapes.
fn lit(s: &str) -> String {
    if s.contains('\n') && !s.contains("'''") && !s.ends_with('\'') {
        format!("'''\n{s}'''")
    } else {
        toml::Value::String(s.to_string()).to_string()
    }
}

/// `story` with every text made safe for a terminal ([`crate::text::sanitize`]).
fn safe(story: &Story) -> Story {
    let clean = |s: &str| crate::text::sanitize(s).into_owned();
    Story {
        title: story.title.as_deref().map(clean),
        start: story.start.as_deref().map(clean),
        format: story.format.as_deref().map(clean),
        passages: story
            .passages
            .iter()
            .map(|p| Passage {
                name: clean(&p.name),
                tags: p.tags.iter().map(|t| clean(t)).collect(),
                text: clean(&p.text),
            })
            .collect(),
    }
}

/// What the conversion noticed: how many passages and links, the macros set apart, the links to
/// passages that do not exist.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Notes {
    pub passages: usize,
    pub links: usize,
    pub macros: usize,
    pub missing: Vec<String>,
}

/// The scenario file for a story; `id` is the scenario's id.
pub fn to_scenario(story: &Story, id: &str) -> (String, Notes) {
    // The story is untrusted text like any scenario: controls and bidi overrides become visible
    // stand-ins before anything is written (the file is read in terminals and editors).
    let story = &safe(story);
    let mut notes = Notes { passages: story.passages.len(), ..Notes::default() };
    // Unique ids, in passage order; a name given to two passages (Twine does not allow it, a
    // hand-written file may) leads links to the first of them.
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut node_ids: Vec<String> = Vec::with_capacity(story.passages.len());
    for p in &story.passages {
        let base = kebab(&p.name);
        let mut candidate = base.clone();
        let mut n = 2;
        while node_ids.contains(&candidate) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        node_ids.push(candidate.clone());
        ids.entry(p.name.clone()).or_insert(candidate);
    }
    let start = story
        .start
        .as_ref()
        .filter(|s| ids.contains_key(*s))
        .or_else(|| story.passages.iter().map(|p| &p.name).find(|n| n.as_str() == "Start"))
        .unwrap_or(&story.passages[0].name);
    let title = story.title.clone().unwrap_or_else(|| id.to_string());
    let mut out = String::new();
    let format = story.format.as_deref().map(comment_text).unwrap_or_else(|| "none".into());
    comment(&mut out, &t!("twee-file-header", format = &format));
    out.push_str("format = 1\n\n[scenario]\n");
    out.push_str(&format!("id = {}\ntitle = {}\n", lit(id), lit(&title)));
    out.push_str(&format!("summary = {}\n", lit(&t!("twee-summary-todo"))));
    out.push_str(&format!("level = \"101\"                  # {}\n", comment_text(&t!("twee-level-todo"))));
    let words: usize = story.passages.iter().map(|p| p.text.split_whitespace().count()).sum();
    out.push_str(&format!("minutes = {}\nstart = {}\n\n", (words / 150 + 2).clamp(1, 600), lit(&ids[start])));

    let mut stubs: Vec<String> = Vec::new();
    for (p, node_id) in story.passages.iter().zip(&node_ids) {
        let (prose, links, code) = split_passage(&p.text);
        notes.links += links.len();
        notes.macros += code.len();
        out.push_str("[[nodes]]\n");
        let name = comment_text(&p.name);
        let passage = match p.tags.is_empty() {
            true => t!("twee-passage", name = &name),
            false => t!("twee-passage-tagged", name = &name, tags = &comment_text(&p.tags.join(" "))),
        };
        comment(&mut out, &passage);
        for c in &code {
            comment(&mut out, &t!("twee-code-todo", code = &comment_text(c)));
        }
        out.push_str(&format!("id = {}\n", lit(node_id)));
        let text = if prose.is_empty() { t!("twee-no-text") } else { prose.clone() };
        out.push_str(&format!("text = {}\n", lit(&text)));
        let target = |l: &Link, stubs: &mut Vec<String>, notes: &mut Notes| -> String {
            match ids.get(&l.target) {
                Some(t) => t.clone(),
                None => {
                    let stub = format!("missing-{}", kebab(&l.target));
                    if !stubs.contains(&stub) {
                        stubs.push(stub.clone());
                        notes.missing.push(l.target.clone());
                    }
                    stub
                }
            }
        };
        match links.len() {
            0 => out.push_str(&format!(
                "ending = \"mixed\"                # {}\n",
                comment_text(&t!("twee-ending-todo"))
            )),
            1 => {
                comment(&mut out, &t!("twee-link-text", text = &comment_text(&links[0].text)));
                out.push_str(&format!("next = {}\n", lit(&target(&links[0], &mut stubs, &mut notes))));
            }
            _ => {
                comment(&mut out, &t!("twee-discuss-todo"));
                for l in &links {
                    out.push_str(&format!("\n[[nodes.choices]]\ntext = {}\n", lit(&l.text)));
                    out.push_str(&format!("next = {}\n", lit(&target(l, &mut stubs, &mut notes))));
                    comment(&mut out, &t!("twee-score-todo"));
                }
            }
        }
        out.push('\n');
    }
    for (stub, name) in stubs.iter().zip(&notes.missing) {
        out.push_str("[[nodes]]\n");
        comment(&mut out, &t!("twee-missing-passage", name = &comment_text(name)));
        out.push_str(&format!(
            "id = {}\ntext = {}\nending = \"mixed\"\n\n",
            lit(stub),
            lit(&t!("twee-write-passage"))
        ));
    }
    (out, notes)
}

/// `text` fit for one comment line: a TOML comment may not hold control characters (a line
/// break would end it; the rest make the file invalid), so each becomes a space.
fn comment_text(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// `text` (from a message: it may run over several lines) as comment lines.
fn comment(out: &mut String, text: &str) {
    for line in text.lines() {
        out.push_str("# ");
        out.push_str(&comment_text(line));
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_link_form() {
        let (prose, links, code) = split_passage(
            "Go [[Left]] or [[take the stairs->Up]], [[Down<-go down]], [[wait|Hall]], [[run|Out][$fled to true]].",
        );
        let got: Vec<(&str, &str)> = links.iter().map(|l| (l.text.as_str(), l.target.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Left", "Left"),
                ("take the stairs", "Up"),
                ("go down", "Down"),
                ("wait", "Hall"),
                ("run", "Out")
            ]
        );
        assert_eq!(prose, "Go  or , , , .");
        assert!(code.is_empty());
    }

    #[test]
    fn macros_are_set_apart() {
        let (prose, _, code) =
            split_passage("(set: $trust to 5)Hello <<set $x to 1>>there.\n(if: $x > 0)[Yes]");
        assert_eq!(code, ["(set: $trust to 5)", "<<set $x to 1>>", "(if: $x > 0)"]);
        assert!(prose.starts_with("Hello there."), "{prose}");
        // Parentheses that are not macros stay.
        let (prose, _, code) = split_passage("Fine (really) here.");
        assert_eq!((prose.as_str(), code.len()), ("Fine (really) here.", 0));
    }

    #[test]
    fn twee_headers_names_tags_and_escapes() {
        let story = parse_twee(":: StoryTitle\nA test\n\n:: StoryData\n{\"start\": \"Begin [here]\", \"format\": \"Harlowe\"}\n\n:: Begin \\[here\\] [intro tense] {\"position\":\"1,1\"}\nText.\n");
        assert_eq!(story.title.as_deref(), Some("A test"));
        assert_eq!(story.format.as_deref(), Some("Harlowe"));
        assert_eq!(story.passages[0].name, "Begin [here]");
        assert_eq!(story.passages[0].tags, ["intro", "tense"]);
        assert_eq!(kebab("Begin [here]"), "begin-here");
    }

    /// Names, tags, link texts and code from the story land in comments: control characters
    /// in them (a carriage return, a bell) must not end the comment or break the file.
    #[test]
    fn control_characters_from_the_story_never_break_the_file() {
        let story = parse_twee(
            ":: Start [a\u{7}tag]\n(set: $x\r to 1)Hello [[Go\u{7}on->Next\rroom]]\n\n:: Next\rroom\nOne [[more->End]]\n\n:: End\nBye\n",
        );
        let (text, _) = to_scenario(&story, "ctl");
        for line in text.lines().filter(|l| l.trim_start().starts_with('#')) {
            assert!(!line.chars().any(char::is_control), "{line:?}");
        }
        let course = crate::scenario::load_course(include_str!("../../scenarios/course.toml")).value.unwrap();
        let loaded = crate::scenario::load_scenario(text.as_bytes(), &std::sync::Arc::new(course));
        let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(loaded.value.is_some() && errors.is_empty(), "{errors:?}\n{text}");
    }

    /// C1 controls and bidi overrides never reach the file; three passages of one name (a
    /// hand-written file) become three nodes, and links go to the first.
    #[test]
    fn unsafe_characters_and_repeated_names_still_make_a_valid_file() {
        let story = parse_twee(
            ":: Start\nGo [[A]] or [[B\u{9b}2J\u{202e}x->A]]\n\n:: A\nOne\n\n:: A\nTwo\n\n:: A\nThree [[End]]\n\n:: End\nBye\n",
        );
        let (text, _) = to_scenario(&story, "dup");
        assert!(!text.chars().any(|c| crate::text::is_unsafe(c) && c != '\r'), "{text}");
        for id in ["\"a\"", "\"a-2\"", "\"a-3\""] {
            assert_eq!(text.matches(&format!("id = {id}")).count(), 1, "{id}:\n{text}");
        }
        let course = crate::scenario::load_course(include_str!("../../scenarios/course.toml")).value.unwrap();
        let loaded = crate::scenario::load_scenario(text.as_bytes(), &std::sync::Arc::new(course));
        let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(loaded.value.is_some() && errors.is_empty(), "{errors:?}\n{text}");
    }
}
