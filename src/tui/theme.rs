//! Every style of the interface, in one place. Three themes: the default, a high-contrast one,
//! and a monochrome one used when `NO_COLOR` is set (it relies on bold, reverse and underline).

use ratatui::style::{Color, Modifier, Style};

use crate::present::Channel;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeKind {
    Default,
    HighContrast,
    Mono,
}

impl ThemeKind {
    /// The theme's id, as `REHEARSE_THEME` names it (and the messages select on).
    pub fn id(self) -> &'static str {
        match self {
            ThemeKind::Default => "default",
            ThemeKind::HighContrast => "high-contrast",
            ThemeKind::Mono => "mono",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub kind: ThemeKind,
}

impl Theme {
    /// `NO_COLOR` (set and non-empty) wins; then `REHEARSE_THEME=high-contrast`.
    pub fn from_env() -> Theme {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return Theme { kind: ThemeKind::Mono };
        }
        match std::env::var("REHEARSE_THEME").as_deref() {
            Ok("high-contrast") => Theme { kind: ThemeKind::HighContrast },
            Ok("mono") => Theme { kind: ThemeKind::Mono },
            _ => Theme { kind: ThemeKind::Default },
        }
    }

    /// The next theme (the `c` key); monochrome stays monochrome when NO_COLOR asked for it.
    pub fn next(self) -> Theme {
        let kind = match self.kind {
            ThemeKind::Default => ThemeKind::HighContrast,
            ThemeKind::HighContrast => ThemeKind::Mono,
            ThemeKind::Mono => ThemeKind::Default,
        };
        Theme { kind }
    }

    /// The theme's name, in the interface language.
    pub fn name(self) -> String {
        crate::t!("theme-name", theme = self.kind.id())
    }

    fn color(self, c: Color, hc: Color) -> Style {
        match self.kind {
            ThemeKind::Default => Style::new().fg(c),
            ThemeKind::HighContrast => Style::new().fg(hc).add_modifier(Modifier::BOLD),
            ThemeKind::Mono => Style::new(),
        }
    }

    pub fn text(self) -> Style {
        match self.kind {
            ThemeKind::HighContrast => Style::new().fg(Color::White),
            _ => Style::new(),
        }
    }
    pub fn dim(self) -> Style {
        match self.kind {
            ThemeKind::Default => Style::new().fg(Color::DarkGray),
            ThemeKind::HighContrast => Style::new().fg(Color::Gray),
            ThemeKind::Mono => Style::new().add_modifier(Modifier::DIM),
        }
    }
    pub fn title(self) -> Style {
        self.color(Color::Cyan, Color::LightCyan).add_modifier(Modifier::BOLD)
    }
    pub fn key(self) -> Style {
        self.color(Color::Yellow, Color::LightYellow).add_modifier(Modifier::BOLD)
    }
    pub fn selected(self) -> Style {
        match self.kind {
            ThemeKind::Default => Style::new().fg(Color::Black).bg(Color::Cyan),
            ThemeKind::HighContrast => {
                Style::new().fg(Color::Black).bg(Color::White).add_modifier(Modifier::BOLD)
            }
            ThemeKind::Mono => Style::new().add_modifier(Modifier::REVERSED),
        }
    }
    pub fn good(self) -> Style {
        self.color(Color::Green, Color::LightGreen)
    }
    pub fn warn(self) -> Style {
        self.color(Color::Yellow, Color::LightYellow)
    }
    pub fn bad(self) -> Style {
        self.color(Color::Red, Color::LightRed)
    }
    pub fn bar(self) -> Style {
        self.color(Color::Cyan, Color::White)
    }
    pub fn learner(self) -> Style {
        self.color(Color::Magenta, Color::LightMagenta)
    }
    /// The border of a message card, by channel.
    pub fn channel(self, ch: Channel) -> Style {
        match ch {
            Channel::Post | Channel::Reply => self.color(Color::Blue, Color::LightBlue),
            Channel::Dm => self.color(Color::Magenta, Color::LightMagenta),
            Channel::Email => self.color(Color::Yellow, Color::LightYellow),
            Channel::Phone => self.color(Color::Green, Color::LightGreen),
            Channel::News => self.color(Color::Red, Color::LightRed),
            Channel::Meeting => self.color(Color::Cyan, Color::LightCyan),
            Channel::Note | Channel::Plain => self.dim(),
        }
    }
    /// The style of an ending kind or a pass/fail result.
    pub fn outcome(self, good: bool, mixed: bool) -> Style {
        if good {
            self.good()
        } else if mixed {
            self.warn()
        } else {
            self.bad()
        }
        .add_modifier(Modifier::BOLD)
    }
}
