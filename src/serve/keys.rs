//! Keys from the bytes a remote terminal sends: what crossterm reads from a local terminal, read
//! here from an SSH channel (UTF-8 text, control characters and the usual escape sequences).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Turns bytes into keys. Bytes of a sequence cut between two reads wait for the next one; an
/// escape alone at the end of a read is the Esc key.
#[derive(Debug, Default)]
pub struct KeyReader {
    pending: Vec<u8>,
}

impl KeyReader {
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<KeyEvent> {
        self.pending.extend_from_slice(bytes);
        let mut keys = Vec::new();
        let mut i = 0;
        let b = std::mem::take(&mut self.pending);
        while i < b.len() {
            match parse_one(&b[i..]) {
                Parsed::Key(key, used) => {
                    keys.extend(key);
                    i += used;
                }
                Parsed::Incomplete => {
                    self.pending = b[i..].to_vec();
                    break;
                }
            }
        }
        keys
    }
}

enum Parsed {
    /// A key (or nothing, for a sequence we do not use) and how many bytes it took.
    Key(Option<KeyEvent>, usize),
    /// More bytes are needed.
    Incomplete,
}

fn key(code: KeyCode) -> Option<KeyEvent> {
    Some(KeyEvent::new(code, KeyModifiers::NONE))
}

fn parse_one(b: &[u8]) -> Parsed {
    match b[0] {
        // Enter: carriage return, or a line feed; "\r\n" is one Enter.
        b'\r' => Parsed::Key(key(KeyCode::Enter), if b.get(1) == Some(&b'\n') { 2 } else { 1 }),
        b'\n' => Parsed::Key(key(KeyCode::Enter), 1),
        b'\t' => Parsed::Key(key(KeyCode::Tab), 1),
        0x7f | 0x08 => Parsed::Key(key(KeyCode::Backspace), 1),
        0x1b => escape(b),
        // Ctrl+letter.
        c @ 0x01..=0x1a => {
            Parsed::Key(Some(KeyEvent::new(KeyCode::Char((b'a' + c - 1) as char), KeyModifiers::CONTROL)), 1)
        }
        c if c < 0x20 => Parsed::Key(None, 1),
        _ => utf8(b),
    }
}

fn utf8(b: &[u8]) -> Parsed {
    let len = match b[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return Parsed::Key(None, 1),
    };
    if b.len() < len {
        return Parsed::Incomplete;
    }
    match std::str::from_utf8(&b[..len]).ok().and_then(|s| s.chars().next()) {
        // A C1 control (U+009B is a CSI to some terminals) or a bidi override is no key.
        Some(c) if crate::text::is_unsafe(c) => Parsed::Key(None, len),
        Some(c) => Parsed::Key(key(KeyCode::Char(c)), len),
        None => Parsed::Key(None, 1),
    }
}

/// `ESC`, `ESC [ ...`, `ESC O ...`.
fn escape(b: &[u8]) -> Parsed {
    match b.get(1) {
        // Alone at the end of what was read: the Esc key.
        None => Parsed::Key(key(KeyCode::Esc), 1),
        Some(b'[') => csi(b),
        Some(b'O') => match b.get(2) {
            None => Parsed::Incomplete,
            Some(&c) => Parsed::Key(final_letter(c).and_then(key), 3),
        },
        // Esc followed by something else: Esc, then that.
        Some(_) => Parsed::Key(key(KeyCode::Esc), 1),
    }
}

/// A control sequence: parameters, then a final byte (`A`..`~`).
fn csi(b: &[u8]) -> Parsed {
    let Some(end) = b[2..].iter().position(|c| (0x40..=0x7e).contains(c)) else {
        // A sequence longer than any we know is noise: drop it rather than wait for ever.
        return if b.len() > 16 { Parsed::Key(None, b.len()) } else { Parsed::Incomplete };
    };
    let params = &b[2..2 + end];
    let last = b[2 + end];
    let used = 3 + end;
    let code = if last == b'~' {
        match params.split(|c| *c == b';').next().unwrap_or(&[]) {
            b"1" | b"7" => Some(KeyCode::Home),
            b"4" | b"8" => Some(KeyCode::End),
            b"5" => Some(KeyCode::PageUp),
            b"6" => Some(KeyCode::PageDown),
            b"3" => Some(KeyCode::Delete),
            b"2" => Some(KeyCode::Insert),
            _ => None,
        }
    } else {
        final_letter(last)
    };
    Parsed::Key(code.and_then(key), used)
}

fn final_letter(c: u8) -> Option<KeyCode> {
    match c {
        b'A' => Some(KeyCode::Up),
        b'B' => Some(KeyCode::Down),
        b'C' => Some(KeyCode::Right),
        b'D' => Some(KeyCode::Left),
        b'H' => Some(KeyCode::Home),
        b'F' => Some(KeyCode::End),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(r: &mut KeyReader, b: &[u8]) -> Vec<KeyCode> {
        r.feed(b).into_iter().map(|k| k.code).collect()
    }

    #[test]
    fn text_controls_and_sequences() {
        let mut r = KeyReader::default();
        assert_eq!(
            codes(&mut r, b"2\r\x1b[A\x1bOB\x1b[5~\x1b[6~\x1b[H\x1b[4~\x7f\x1b"),
            [
                KeyCode::Char('2'),
                KeyCode::Enter,
                KeyCode::Up,
                KeyCode::Down,
                KeyCode::PageUp,
                KeyCode::PageDown,
                KeyCode::Home,
                KeyCode::End,
                KeyCode::Backspace,
                KeyCode::Esc
            ]
        );
        assert_eq!(codes(&mut r, "é".as_bytes()), [KeyCode::Char('é')]);
        let ctrl_c = r.feed(b"\x03");
        assert_eq!((ctrl_c[0].code, ctrl_c[0].modifiers), (KeyCode::Char('c'), KeyModifiers::CONTROL));
    }

    #[test]
    fn a_sequence_cut_between_reads_is_put_together() {
        let mut r = KeyReader::default();
        assert!(codes(&mut r, b"\x1b[").is_empty());
        assert_eq!(codes(&mut r, b"B"), [KeyCode::Down]);
        let e = "é".as_bytes();
        assert!(codes(&mut r, &e[..1]).is_empty());
        assert_eq!(codes(&mut r, &e[1..]), [KeyCode::Char('é')]);
    }

    /// A learner's terminal can send any bytes: C1 controls and bidi overrides typed in (into a
    /// learner name, say) would reach screens as they are, so they are no keys at all.
    #[test]
    fn c1_controls_and_bidi_overrides_are_not_keys() {
        let mut r = KeyReader::default();
        assert_eq!(
            codes(&mut r, "a\u{9b}31mb\u{202e}c".as_bytes()),
            [
                KeyCode::Char('a'),
                KeyCode::Char('3'),
                KeyCode::Char('1'),
                KeyCode::Char('m'),
                KeyCode::Char('b'),
                KeyCode::Char('c')
            ]
        );
    }
}
