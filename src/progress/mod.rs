//! Saved progress, kept on the learner's own machine under `REHEARSE_HOME` (default: the
//! platform's data folder).
//!
//! Layout: `learners/NAME.json` holds one learner's attempts; `learners/NAME.lock` serialises
//! writers; `runs/ATTEMPT.lock` is held by the process playing that attempt, so that a run being
//! played elsewhere is never offered for resuming. Every write goes to a temporary file in the same
//! folder, is flushed to disk, and is renamed over the old file: a reader sees the old file or the
//! new one, never half of one. Files are private to the user (0600, folders 0700).

mod model;
mod outbox;
mod store;
mod summary;

pub use model::{Attempt, LearnerFile, LessonScore, Status, FORMAT_VERSION};
pub(crate) use store::private_dir;
pub use store::{data_home, default_learner, now_rfc3339, write_file, RunLock, SetAside, Store, StoreError};
pub use summary::{CourseStanding, ScenarioStanding, Standing};
