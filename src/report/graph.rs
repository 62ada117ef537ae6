//! A scenario's map, for Graphviz (`dot`) or Mermaid: nodes labelled by id and an excerpt,
//! endings styled by kind, edges labelled by choice number and score, timeouts dashed, branch
//! weights and conditions shown.

use std::fmt::Write as _;

use crate::scenario::{Body, EndingKind, Next, Node, Scenario, Score};
use crate::text::excerpt;

/// One edge of the map.
struct Edge {
    from: usize,
    to: usize,
    label: String,
    dashed: bool,
}

fn points(score: &Score) -> String {
    let total: i64 = score.iter().map(|(_, p)| p).sum();
    if score.is_empty() {
        String::new()
    } else {
        format!(" ({total:+})")
    }
}

fn edges(s: &Scenario) -> Vec<Edge> {
    let names: Vec<String> = s.vars.iter().map(|v| v.name.clone()).collect();
    let mut out = Vec::new();
    let mut add = |from: usize, next: &Next, label: String, dashed: bool| match next {
        Next::To(to) => out.push(Edge { from, to: *to, label, dashed }),
        Next::Branches(branches) => {
            for b in branches {
                let mut l = label.clone();
                if let Some(c) = &b.condition {
                    let _ = write!(l, " if {}", c.display(&names));
                }
                if let Some(w) = b.weight {
                    let _ = write!(l, " w={w}");
                }
                out.push(Edge { from, to: b.to, label: l.trim().to_string(), dashed });
            }
        }
    };
    for (i, node) in s.nodes.iter().enumerate() {
        match &node.body {
            Body::Choices(choices) => {
                for (k, c) in choices.iter().enumerate() {
                    let mut label = format!("{}{}", k + 1, points(&c.score));
                    if let Some(cond) = &c.condition {
                        let _ = write!(label, " [{}]", cond.display(&names));
                    }
                    add(i, &c.next, label, false);
                }
            }
            Body::Next(next) => add(i, next, String::new(), false),
            Body::Ending(_) => {}
        }
        if let (Some(_), Some(o)) = (node.timer, &node.on_timeout) {
            add(i, &o.next, format!("t{}", points(&o.score)), true);
        }
    }
    out
}

fn label(node: &Node) -> (String, String) {
    let text = node.text.first().map_or("", String::as_str);
    (node.id.clone(), excerpt(text, 40))
}

/// Escapes text for a double-quoted DOT string.
fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

pub fn dot(s: &Scenario) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph \"{}\" {{", dot_escape(&s.id));
    let _ = writeln!(out, "  label=\"{}\";\n  labelloc=t;\n  rankdir=TB;", dot_escape(&s.title));
    out.push_str("  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (i, node) in s.nodes.iter().enumerate() {
        let (id, text) = label(node);
        let style = match node.ending() {
            Some(EndingKind::Success) => {
                ", shape=box, style=\"rounded,filled,bold\", fillcolor=\"#c8e6c9\", peripheries=2"
            }
            Some(EndingKind::Mixed) => {
                ", shape=box, style=\"rounded,filled,bold\", fillcolor=\"#ffe0b2\", peripheries=2"
            }
            Some(EndingKind::Failure) => {
                ", shape=box, style=\"rounded,filled,bold\", fillcolor=\"#ffcdd2\", peripheries=2"
            }
            None if i == s.start => ", style=\"rounded,bold\"",
            None => "",
        };
        let _ = writeln!(out, "  n{i} [label=\"{}\\n{}\"{style}];", dot_escape(&id), dot_escape(&text));
    }
    for e in edges(s) {
        let dashed = if e.dashed { ", style=dashed" } else { "" };
        let _ = writeln!(out, "  n{} -> n{} [label=\"{}\"{dashed}];", e.from, e.to, dot_escape(&e.label));
    }
    out.push_str("}\n");
    out
}

/// Escapes text for a Mermaid quoted label, as [`dot_escape`] does for DOT: every character that
/// could end the label or the edge label (`"`, `|`), start a Markdown string (`` ` ``), become
/// HTML (`<`, `>`, `&`) or an entity code of the text's own (`#`) is written as Mermaid's entity
/// code, which Mermaid shows as that character, as text.
fn mermaid_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '&' => out.push_str("#amp;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '|' => out.push_str("#124;"),
            '`' => out.push_str("#96;"),
            c => out.push(c),
        }
    }
    out
}

pub fn mermaid(s: &Scenario) -> String {
    let mut out = String::from("flowchart TD\n");
    for (i, node) in s.nodes.iter().enumerate() {
        let (id, text) = label(node);
        let _ = writeln!(out, "  n{i}[\"<b>{}</b><br/>{}\"]", mermaid_escape(&id), mermaid_escape(&text));
    }
    for e in edges(s) {
        let arrow = if e.dashed { "-.->" } else { "-->" };
        if e.label.is_empty() {
            let _ = writeln!(out, "  n{} {arrow} n{}", e.from, e.to);
        } else {
            let _ = writeln!(out, "  n{} {arrow}|\"{}\"| n{}", e.from, mermaid_escape(&e.label), e.to);
        }
    }
    out.push_str("  classDef success fill:#c8e6c9,stroke:#2e7d32,stroke-width:3px\n");
    out.push_str("  classDef mixed fill:#ffe0b2,stroke:#ef6c00,stroke-width:3px\n");
    out.push_str("  classDef failure fill:#ffcdd2,stroke:#c62828,stroke-width:3px\n");
    for (i, node) in s.nodes.iter().enumerate() {
        if let Some(kind) = node.ending() {
            let _ = writeln!(out, "  class n{i} {}", kind.as_str());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mermaid_labels_hold_no_markup_of_their_own() {
        assert_eq!(mermaid_escape("<img src=x onerror=alert(1)>"), "#lt;img src=x onerror=alert(1)#gt;");
        assert_eq!(
            mermaid_escape("a\"]; click n0 \"javascript:x\""),
            "a#quot;]; click n0 #quot;javascript:x#quot;"
        );
        assert_eq!(mermaid_escape("#lt;b#gt; | `md` &amp;"), "#35;lt;b#35;gt; #124; #96;md#96; #amp;amp;");
    }
}
