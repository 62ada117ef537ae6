//! Limits on what a file may hold, so that no file can exhaust memory or time. Each is far above
//! what a hand-written scenario needs; the facilitator's guide lists them.

/// Largest scenario or course file read, in bytes.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;
/// Longest single text (a node text, a choice, feedback...), in bytes.
pub const MAX_TEXT_CHARS: usize = 64 * 1024;
/// Most nodes in one scenario.
pub const MAX_NODES: usize = 100_000;
/// Most choices on one node.
pub const MAX_CHOICES: usize = 50;
/// Most branches in one `next` list, and most text variants on one node.
pub const MAX_BRANCHES: usize = 50;
/// Most variables in `[vars]`.
pub const MAX_VARS: usize = 256;
/// Most lessons in a course.
pub const MAX_LESSONS: usize = 1_000;
/// Most author's tests in one file.
pub const MAX_TESTS: usize = 1_000;
/// Longest condition, in bytes.
pub const MAX_CONDITION_BYTES: usize = 1_000;
/// Largest timer, in seconds (one day).
pub const MAX_TIMER_SECONDS: i64 = 86_400;
/// Largest absolute value of a score, a `set` amount or a variable's start value.
pub const MAX_POINTS: i64 = 1_000_000;
/// Most syntax errors listed for one file before the rest are summarised.
pub const MAX_SYNTAX_ERRORS: usize = 20;
