//! How scenario content is named for learners: channel labels, shared by the TUI and plain mode.

/// The kind of presentation a node's `channel` asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Post,
    Reply,
    Dm,
    Email,
    Phone,
    Meeting,
    News,
    Note,
    /// Unknown or absent: plain text.
    Plain,
}

impl Channel {
    pub fn of(channel: Option<&str>) -> Channel {
        match channel.map(|c| c.trim().to_ascii_lowercase()).as_deref() {
            Some("post" | "twitter" | "x" | "facebook" | "instagram" | "social" | "tweet" | "mastodon") => {
                Channel::Post
            }
            Some("reply" | "comment" | "comments" | "thread") => Channel::Reply,
            Some("dm" | "message" | "chat" | "direct-message" | "sms" | "text") => Channel::Dm,
            Some("email" | "mail") => Channel::Email,
            Some("phone" | "call" | "voicemail") => Channel::Phone,
            Some("meeting" | "briefing") => Channel::Meeting,
            Some("news" | "article" | "press") => Channel::News,
            Some("note" | "memo" | "narration") => Channel::Note,
            _ => Channel::Plain,
        }
    }

    /// A short label for the kind of message ("Direct message", "Phone call"...), in the
    /// interface language.
    pub fn label(self) -> String {
        match self {
            Channel::Post => crate::t!("channel-post"),
            Channel::Reply => crate::t!("channel-reply"),
            Channel::Dm => crate::t!("channel-dm"),
            Channel::Email => crate::t!("channel-email"),
            Channel::Phone => crate::t!("channel-phone"),
            Channel::Meeting => crate::t!("channel-meeting"),
            Channel::News => crate::t!("channel-news"),
            Channel::Note => crate::t!("channel-note"),
            Channel::Plain => String::new(),
        }
    }
}

/// A card's heading: "Post from @citizen_k", "Email from Amira Haddad", but "Meeting · Your
/// manager" and "Reply · Eastgate thread, an hour later" when the sender is not a name or a
/// handle (the same rule in every language; French elides "de" before a vowel).
pub fn heading(channel: Option<&str>, from: Option<&str>) -> String {
    let kind = Channel::of(channel);
    let label = if kind == Channel::Plain { channel.unwrap_or("").to_string() } else { kind.label() };
    let Some(from) = from else { return label };
    if label.is_empty() {
        return from.to_string();
    }
    let sender = if names_someone(from) { "person" } else { "source" };
    let elide = from.starts_with(|c: char| "AEIOUYÀÂÉÈÊËÎÏÔÛÜaeiouyàâéèêëîïôûü".contains(c));
    crate::t!("channel-heading", channel = &label, from = from, sender = sender, elide = yes_no(elide))
}

/// Whether `from` reads as a person's or an organisation's name or a handle ("@citizen_k",
/// "Amira Haddad", "Harwick Record"), rather than a description ("Your manager", "Eastgate
/// thread, an hour later", "09:20", "Replies to your post"): no comma, no article or possessive
/// first, and every word capitalised (words in brackets or after a dash are left out).
pub fn names_someone(from: &str) -> bool {
    const FIRST_WORDS: &[&str] = &[
        "your", "the", "a", "an", "our", "my", "his", "her", "their", "this", "that", "in", "on", "at",
        "after", "before", "votre", "vos", "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de",
        "d'", "d’", "notre", "nos", "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs", "ce", "cet",
        "cette", "ces", "en", "au", "aux", "après", "avant", "dans",
    ];
    let from = from.trim();
    if from.is_empty() || from.contains(',') {
        return false;
    }
    if from.starts_with('@') {
        return true;
    }
    let first = from.split_whitespace().next().unwrap_or("").to_lowercase();
    let elided = first.starts_with("l'") || first.starts_with("l’") || first.starts_with("d'");
    if FIRST_WORDS.contains(&first.as_str()) || elided {
        return false;
    }
    let words = from.split(['(', '<', '–', '—']).next().unwrap_or("");
    words.split_whitespace().all(|w| w.chars().next().is_some_and(|c| !c.is_alphabetic() || c.is_uppercase()))
        && from.starts_with(char::is_alphabetic)
}

/// `yes` or `no`: what the messages that say whether a run passed select on.
pub fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_use_from_for_people_and_a_dot_for_the_rest_in_both_languages() {
        let h = |channel: &str, from: &str| heading(Some(channel), Some(from));
        assert_eq!(h("post", "@citizen_k"), "Post from @citizen_k");
        assert_eq!(h("meeting", "Your manager"), "Meeting · Your manager");
        assert_eq!(h("reply", "Route 14 thread, an hour later"), "Reply · Route 14 thread, an hour later");
        crate::i18n::set_lang(crate::i18n::Lang::Fr);
        let fr = [h("post", "@citoyen_k"), h("email", "Amira Haddad"), h("meeting", "Votre gestionnaire")];
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_eq!(
            fr,
            ["Publication de @citoyen_k", "Courriel d'Amira Haddad", "Réunion · Votre gestionnaire"]
        );
    }
}
