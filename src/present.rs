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

    /// A short label for the kind of message ("Direct message", "Phone call"...).
    pub fn label(self) -> &'static str {
        match self {
            Channel::Post => "Post",
            Channel::Reply => "Reply",
            Channel::Dm => "Direct message",
            Channel::Email => "Email",
            Channel::Phone => "Phone call",
            Channel::Meeting => "Meeting",
            Channel::News => "News",
            Channel::Note => "Note",
            Channel::Plain => "",
        }
    }
}

/// "Post from @citizen_k", "Phone call from Press office", "@citizen_k", or "".
pub fn heading(channel: Option<&str>, from: Option<&str>) -> String {
    let kind = Channel::of(channel);
    let label = if kind == Channel::Plain { channel.unwrap_or("") } else { kind.label() };
    match (label.is_empty(), from) {
        (false, Some(f)) => format!("{label} from {f}"),
        (false, None) => label.to_string(),
        (true, Some(f)) => f.to_string(),
        (true, None) => String::new(),
    }
}
