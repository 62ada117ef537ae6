//! A learner's results as files an instructor can collect: JSON (everything, to verify later) and
//! CSV (one row per attempt, one column group per lesson, for spreadsheets).

use serde::{Deserialize, Serialize};

use crate::progress::{Attempt, LearnerFile};
use crate::t;

/// The name and version that mark a file as a rehearse export.
pub const EXPORT_FORMAT: &str = "rehearse-export";
pub const EXPORT_VERSION: u32 = 1;

/// A learner's export.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Export {
    pub format: String,
    pub version: u32,
    /// The program that wrote it.
    pub tool: String,
    pub learner: String,
    pub exported_at: String,
    pub attempts: Vec<Attempt>,
}

impl Export {
    pub fn of(file: &LearnerFile, now: String) -> Export {
        Export {
            format: EXPORT_FORMAT.into(),
            version: EXPORT_VERSION,
            tool: format!("rehearse {}", env!("CARGO_PKG_VERSION")),
            learner: file.learner.clone(),
            exported_at: now,
            attempts: file.attempts.clone(),
        }
    }
}

pub fn to_json(e: &Export) -> String {
    serde_json::to_string_pretty(e).expect("an export always serialises") + "\n"
}

/// The fixed columns of the CSV export, before the lesson columns.
pub const CSV_COLUMNS: [&str; 12] = [
    "learner",
    "attempt",
    "scenario",
    "scenario_hash",
    "seed",
    "choices",
    "status",
    "started_at",
    "finished_at",
    "ending",
    "percent",
    "passed",
];

/// One row per attempt; for every lesson scored in some attempt, `LESSON_earned`, `LESSON_best` and `LESSON_percent`
/// columns (empty where the attempt did not assess it). `lessons` gives the column order; lessons
/// found in attempts but not in it are added at the end.
pub fn to_csv(e: &Export, lessons: &[String]) -> String {
    // The lessons the attempts scored, in the course's order, then any others.
    let present: std::collections::BTreeSet<&String> =
        e.attempts.iter().flat_map(|a| a.lessons.keys()).collect();
    let mut lessons: Vec<String> = lessons.iter().filter(|l| present.contains(l)).cloned().collect();
    for a in &e.attempts {
        for l in a.lessons.keys() {
            if !lessons.contains(l) {
                lessons.push(l.clone());
            }
        }
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = CSV_COLUMNS.iter().map(|c| c.to_string()).collect();
    for l in &lessons {
        header.extend([format!("{l}_earned"), format!("{l}_best"), format!("{l}_percent")]);
    }
    let _ = w.write_record(&header);
    for a in &e.attempts {
        let status = serde_json::to_value(a.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let mut row = vec![
            e.learner.clone(),
            a.id.clone(),
            a.scenario.clone(),
            a.scenario_hash.clone(),
            a.seed.to_string(),
            a.choices.join(","),
            status,
            a.started_at.clone(),
            a.finished_at.clone().unwrap_or_default(),
            a.ending.clone().unwrap_or_default(),
            a.percent.map(|p| p.to_string()).unwrap_or_default(),
            a.passed.map(|p| p.to_string()).unwrap_or_default(),
        ];
        for l in &lessons {
            match a.lessons.get(l) {
                Some(s) => {
                    let pct = crate::engine::Percent::of(s.earned, s.best)
                        .map(|p| p.rounded().to_string())
                        .unwrap_or_default();
                    row.extend([s.earned.to_string(), s.best.to_string(), pct]);
                }
                None => row.extend([String::new(), String::new(), String::new()]),
            }
        }
        let _ = w.write_record(&row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Why a file is not an export this program can read (said in the interface language).
#[derive(Debug)]
pub enum ExportError {
    NotText,
    Empty,
    Json(String),
    NotAnExport,
    Version,
    Damaged(String),
    Csv(String),
    Columns,
    /// A CSV row, and what is wrong with it.
    Row {
        row: usize,
        what: String,
    },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ExportError::NotText => t!("export-error-not-text"),
            ExportError::Empty => t!("export-error-empty"),
            ExportError::Json(e) => t!("export-error-json", reason = e),
            ExportError::NotAnExport => t!("export-error-not-an-export"),
            ExportError::Version => t!("export-error-version", version = EXPORT_VERSION),
            ExportError::Damaged(e) => t!("export-error-damaged", reason = e),
            ExportError::Csv(e) => t!("export-error-csv", reason = e),
            ExportError::Columns => t!("export-error-columns"),
            ExportError::Row { row, what } => t!("export-error-row", row = *row, reason = what),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ExportError {}

/// Reads an export back from JSON or from the CSV written by [`to_csv`].
pub fn parse(bytes: &[u8]) -> Result<Export, ExportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ExportError::NotText)?;
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(ExportError::Empty);
    }
    if trimmed.starts_with('{') {
        let v: serde_json::Value =
            serde_json::from_str(text).map_err(|e| ExportError::Json(e.to_string()))?;
        if v.get("format").and_then(|f| f.as_str()) != Some(EXPORT_FORMAT) {
            return Err(ExportError::NotAnExport);
        }
        if v.get("version").and_then(|f| f.as_u64()) != Some(u64::from(EXPORT_VERSION)) {
            return Err(ExportError::Version);
        }
        return serde_json::from_value(v).map_err(|e| ExportError::Damaged(e.to_string()));
    }
    parse_csv(text)
}

fn parse_csv(text: &str) -> Result<Export, ExportError> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().map_err(|e| ExportError::Csv(e.to_string()))?.clone();
    if header.iter().take(CSV_COLUMNS.len()).ne(CSV_COLUMNS.iter().copied()) {
        return Err(ExportError::Columns);
    }
    let lessons: Vec<String> = header
        .iter()
        .skip(CSV_COLUMNS.len())
        .filter_map(|h| h.strip_suffix("_earned"))
        .map(str::to_string)
        .collect();
    let mut learner = String::new();
    let mut attempts = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| ExportError::Row { row: i + 2, what: e.to_string() })?;
        let get = |k: usize| rec.get(k).unwrap_or("").to_string();
        learner = get(0);
        let bad =
            |column: &str| ExportError::Row { row: i + 2, what: t!("export-error-value", column = column) };
        let status: crate::progress::Status =
            serde_json::from_value(serde_json::Value::String(get(6))).map_err(|_| bad("status"))?;
        let mut lesson_scores = std::collections::BTreeMap::new();
        for (j, l) in lessons.iter().enumerate() {
            let base = CSV_COLUMNS.len() + 3 * j;
            let (e, b) = (get(base), get(base + 1));
            if !e.is_empty() {
                let earned = e.parse().map_err(|_| bad(&format!("{l}_earned")))?;
                let best = b.parse().map_err(|_| bad(&format!("{l}_best")))?;
                lesson_scores.insert(l.clone(), crate::progress::LessonScore { earned, best });
            }
        }
        let opt = |s: String| (!s.is_empty()).then_some(s);
        attempts.push(Attempt {
            id: get(1),
            scenario: get(2),
            scenario_hash: get(3),
            seed: get(4).parse().map_err(|_| bad("seed"))?,
            choices: get(5).split(',').filter(|c| !c.is_empty()).map(str::to_string).collect(),
            status,
            started_at: get(7),
            updated_at: get(8),
            finished_at: opt(get(8)),
            ending: opt(get(9)),
            percent: opt(get(10)).map(|p| p.parse()).transpose().map_err(|_| bad("percent"))?,
            passed: opt(get(11)).map(|p| p.parse()).transpose().map_err(|_| bad("passed"))?,
            lessons: lesson_scores,
            language: None,
        });
    }
    Ok(Export {
        format: EXPORT_FORMAT.into(),
        version: EXPORT_VERSION,
        tool: String::new(),
        learner,
        exported_at: String::new(),
        attempts,
    })
}
