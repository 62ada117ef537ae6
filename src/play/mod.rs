//! Playing a scenario for a learner: the saved attempt behind a run (this module), the line mode
//! for screen readers and scripts ([`plain`]), and the debrief as text ([`debrief_text`]).

mod debrief_text;
pub mod plain;
mod session;

pub use debrief_text::{debrief_text, lesson_result, meters_line, text_bar};
pub use session::{fresh_seed, Resumable, Session};
