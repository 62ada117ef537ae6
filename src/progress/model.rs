//! What is saved for a learner: every attempt, finished or not. Versioned, and migrated when an
//! older version is read.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The version this program writes. Files with a higher version are set aside, not misread.
pub const FORMAT_VERSION: u32 = 1;

/// One learner's file.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LearnerFile {
    pub format_version: u32,
    pub learner: String,
    /// The language the learner chose (a BCP 47 tag), used when none is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default)]
    pub attempts: Vec<Attempt>,
}

/// Where an attempt stands.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Started and not finished: can be resumed.
    InProgress,
    /// Reached an ending.
    Completed,
    /// Given up for a fresh start.
    Abandoned,
}

/// One run of one scenario, from its start to its ending (or to where it was left).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Attempt {
    /// Unique among the learner's attempts (also the xAPI registration seed).
    pub id: String,
    pub scenario: String,
    /// SHA-256 of the scenario file the run was played on.
    pub scenario_hash: String,
    pub seed: u64,
    /// The picks as `walk --choices` takes them: choice numbers as shown, or `t`.
    pub choices: Vec<String>,
    pub status: Status,
    /// RFC 3339 times.
    pub started_at: String,
    pub updated_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending: Option<String>,
    /// The run's percent, rounded (for completed attempts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
    /// Per lesson: points earned and best available on the path taken.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lessons: BTreeMap<String, LessonScore>,
    /// The language the run was played in (its texts; the run and score are the same in every
    /// language). Absent in attempts saved before languages existed: the source language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LessonScore {
    pub earned: i64,
    pub best: i64,
}
