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

/// "Post from @citizen_k", "Phone call from Press office", "@citizen_k", or "" (in French,
/// "Publication · @citizen_k": the message decides the order).
pub fn heading(channel: Option<&str>, from: Option<&str>) -> String {
    let kind = Channel::of(channel);
    let label = if kind == Channel::Plain { channel.unwrap_or("").to_string() } else { kind.label() };
    match (label.is_empty(), from) {
        (false, Some(f)) => crate::t!("channel-from", channel = &label, from = f),
        (false, None) => label,
        (true, Some(f)) => f.to_string(),
        (true, None) => String::new(),
    }
}

/// `yes` or `no`: what the messages that say whether a run passed select on.
pub fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}
