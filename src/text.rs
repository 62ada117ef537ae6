//! Making untrusted text safe for a terminal.
//!
//! Scenario files come from people we do not know. Nothing they contain may drive the terminal:
//! every C0 and C1 control character except newline and tab, DEL, and the Unicode characters that
//! reorder text (bidi overrides) are replaced by a visible stand-in before any of it is stored.

use std::borrow::Cow;

/// True for characters that must never reach a terminal as they are.
pub fn is_unsafe(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        c if c.is_control() => true, // C0, DEL, C1 (ESC, BEL, CSI, OSC...)
        // Bidirectional overrides and isolates: they can make text read differently than it is.
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

/// The visible stand-in for an unsafe character: the Unicode "control picture" for C0 (␛ for
/// ESC, ␇ for BEL...), and the replacement character for the rest.
fn stand_in(c: char) -> char {
    match c as u32 {
        n @ 0x00..=0x1F => char::from_u32(0x2400 + n).unwrap_or('\u{FFFD}'),
        0x7F => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// Replaces every unsafe character with a visible stand-in; tabs become four spaces. Borrows
/// when there is nothing to change, which is almost always.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    // Fast path on bytes: every character that may need a change starts with a control byte, or
    // with 0xC2 (C1 controls) or 0xE2 (bidi controls); most texts have none.
    if !s.bytes().any(|b| b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2)
        || !s.chars().any(|c| is_unsafe(c) || c == '\t' || c == '\r')
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push_str("    "),
            // A Windows line end is a line end, not a control character to show.
            '\r' if chars.peek() == Some(&'\n') => {}
            c if is_unsafe(c) => out.push(stand_in(c)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// JSON as the commands print and write it: what serde_json writes, with the characters it leaves
/// as they are but a terminal would obey (C1 controls, DEL, bidi overrides) written as `\uXXXX`
/// escapes: the same strings to any JSON reader, harmless on a screen or in a pager.
pub fn json_pretty<T: serde::Serialize + ?Sized>(value: &T) -> String {
    escape_for_terminal(serde_json::to_string_pretty(value).unwrap_or_default())
}

/// [`json_pretty`] on one line.
pub fn json_line<T: serde::Serialize + ?Sized>(value: &T) -> String {
    escape_for_terminal(serde_json::to_string(value).unwrap_or_default())
}

/// serde_json escapes C0 controls itself, so an unsafe character left in its output can only be
/// inside a string, where `\uXXXX` means the same character.
fn escape_for_terminal(json: String) -> String {
    if !json.chars().any(is_unsafe) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Like [`sanitize`], for one line of text quoted in a message: newlines are shown as `⏎`.
pub fn sanitize_line(s: &str) -> String {
    sanitize(s).replace('\n', "\u{23CE}")
}

/// Shortens `s` to at most `max` characters, ending with `…` when cut.
pub fn excerpt(s: &str, max: usize) -> String {
    let one_line = sanitize_line(s);
    if one_line.chars().count() <= max {
        return one_line;
    }
    let mut out: String = one_line.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_output_carries_no_raw_control_but_means_the_same() {
        let value = serde_json::json!({ "learner": "eve\u{9b}2J\u{202e}X\u{7f}\u{1b}[31m", "n": 1 });
        for text in [json_pretty(&value), json_line(&value)] {
            assert!(!text.chars().any(is_unsafe), "{text:?}");
            assert!(
                text.contains("\\u009b") && text.contains("\\u202e") && text.contains("\\u007f"),
                "{text}"
            );
            let back: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(back, value);
        }
        assert_eq!(json_line(&serde_json::json!(["plain"])), r#"["plain"]"#);
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(sanitize("Hello, world\nsecond line"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_are_made_visible() {
        let hostile = "a\u{1b}[2Jb\u{1b}]0;title\u{7}c\u{9b}31md\u{202E}e";
        let clean = sanitize(hostile);
        assert!(!clean.chars().any(is_unsafe), "{clean:?}");
        assert_eq!(clean, "a\u{241b}[2Jb\u{241b}]0;title\u{2407}c\u{FFFD}31md\u{FFFD}e");
    }

    #[test]
    fn tabs_and_crlf() {
        assert_eq!(sanitize("a\tb\r\nc\rd"), "a    b\nc\u{240d}d");
    }

    #[test]
    fn excerpt_cuts_on_characters() {
        assert_eq!(excerpt("ééééé", 3), "éé…");
        assert_eq!(excerpt("ab\ncd", 10), "ab\u{23CE}cd");
    }
}
