//! Playing a scenario for a learner: the saved attempt behind a run (this module), the line mode
//! for screen readers and scripts ([`plain`]), and the debrief as text ([`debrief_text`]).

mod debrief_text;
pub mod plain;
mod session;

pub use debrief_text::{debrief_text, lesson_result, meters_line, text_bar};
pub use session::{fresh_seed, Resumable, Resumed, Session};

/// The command that resumes a run of `scenario` for `learner` (the learner named always, so that
/// following it never starts a run for somebody else).
pub fn resume_command(scenario: &str, learner: &str, plain: bool) -> String {
    let quote = |s: &str| {
        if s.chars().all(|c| c.is_ascii_alphanumeric() || "-_.@/".contains(c)) {
            s.to_string()
        } else {
            format!("'{}'", s.replace('\'', "'\\''"))
        }
    };
    format!(
        "rehearse play {} --learner {}{}",
        quote(scenario),
        quote(&crate::text::sanitize_line(learner)),
        if plain { " --plain" } else { "" }
    )
}
