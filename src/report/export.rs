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
    crate::text::json_pretty(e) + "\n"
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

/// What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): = + - @ first, or
/// a tab or carriage return (which [`crate::text::sanitize_line`] has already turned into
/// something visible).
const FORMULA_START: [char; 4] = ['=', '+', '-', '@'];

/// A text cell that a spreadsheet opens as text: control characters and escape sequences made
/// visible, and a cell a spreadsheet would take for a formula (perhaps after spaces) prefixed
/// with a single quote, as OWASP advises. A cell that starts with a quote gets one more, so that
/// [`uncell`] gives every cell back as it was written. Numbers we format are written as they are.
pub fn cell(text: &str) -> String {
    let clean = crate::text::sanitize_line(text);
    let formula = clean.trim_start().starts_with(FORMULA_START);
    if formula || clean.starts_with('\'') {
        format!("'{clean}")
    } else {
        clean
    }
}

/// A cell written by [`cell`], as it was before.
pub fn uncell(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

/// The lessons the attempts scored, in the order of `lessons` (the course's), then any others.
fn scored_lessons(e: &Export, lessons: &[String]) -> Vec<String> {
    let present: std::collections::BTreeSet<&String> =
        e.attempts.iter().flat_map(|a| a.lessons.keys()).collect();
    let mut out: Vec<String> = lessons.iter().filter(|l| present.contains(l)).cloned().collect();
    for a in &e.attempts {
        for l in a.lessons.keys() {
            if !out.contains(l) {
                out.push(l.clone());
            }
        }
    }
    out
}

/// One attempt's row (text cells neutralised with [`cell`]).
fn csv_row(learner: &str, a: &Attempt, lessons: &[String]) -> Vec<String> {
    let status =
        serde_json::to_value(a.status).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    let text = |s: &str| cell(s);
    let mut row = vec![
        text(learner),
        text(&a.id),
        text(&a.scenario),
        text(&a.scenario_hash),
        a.seed.to_string(),
        text(&a.choices.join(",")),
        text(&status),
        text(&a.started_at),
        text(a.finished_at.as_deref().unwrap_or_default()),
        text(a.ending.as_deref().unwrap_or_default()),
        a.percent.map(|p| p.to_string()).unwrap_or_default(),
        a.passed.map(|p| p.to_string()).unwrap_or_default(),
    ];
    for l in lessons {
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
    row
}

/// One row per attempt; for every lesson scored in some attempt, `LESSON_earned`, `LESSON_best` and `LESSON_percent`
/// columns (empty where the attempt did not assess it). `lessons` gives the column order; lessons
/// found in attempts but not in it are added at the end. Every text cell goes through [`cell`]:
/// learner names and the rest come from files anyone can edit, and the CSV is opened in
/// spreadsheets.
pub fn to_csv(e: &Export, lessons: &[String]) -> String {
    let lessons = scored_lessons(e, lessons);
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = CSV_COLUMNS.iter().map(|c| c.to_string()).collect();
    for l in &lessons {
        header.extend([
            cell(&format!("{l}_earned")),
            cell(&format!("{l}_best")),
            cell(&format!("{l}_percent")),
        ]);
    }
    let _ = w.write_record(&header);
    for a in &e.attempts {
        let _ = w.write_record(csv_row(&e.learner, a, &lessons));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// How a CSV file shows that several exports were put together into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Concatenated {
    /// Rows of more than one learner, in the order they first appear.
    Learners(Vec<String>),
    /// A second header row, at this row of the file.
    Header(usize),
}

impl Concatenated {
    /// What it is, in the interface language.
    pub fn message(&self) -> String {
        match self {
            Concatenated::Learners(l) => t!("export-error-learners", learners = &l.join(", ")),
            Concatenated::Header(row) => t!("export-error-header-again", row = *row),
        }
    }
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
    /// Several exports in one CSV file; `learner` is the first row's.
    Concatenated {
        learner: String,
        how: Concatenated,
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
            ExportError::Concatenated { how, .. } => how.message(),
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

/// Reads the CSV written by [`to_csv`]: one learner's rows under one header. Rows are read even
/// when their number of fields differs, so that exports pasted one after the other (a second
/// header, another learner's rows) are told apart from a damaged file.
fn parse_csv(text: &str) -> Result<Export, ExportError> {
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = r
        .headers()
        .map_err(|e| ExportError::Csv(e.to_string()))?
        .iter()
        .map(|h| uncell(h).to_string())
        .collect();
    let is_header = |fields: &[String]| fields.iter().take(CSV_COLUMNS.len()).eq(CSV_COLUMNS.iter());
    if !is_header(&header) {
        return Err(ExportError::Columns);
    }
    let lessons: Vec<String> = header
        .iter()
        .skip(CSV_COLUMNS.len())
        .filter_map(|h| h.strip_suffix("_earned"))
        .map(str::to_string)
        .collect();
    let mut learners: Vec<String> = Vec::new();
    let mut second_header = None;
    let mut attempts = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let row = i + 2;
        let rec = rec.map_err(|e| ExportError::Row { row, what: e.to_string() })?;
        let fields: Vec<String> = rec.iter().map(|f| uncell(f).to_string()).collect();
        if is_header(&fields) {
            second_header.get_or_insert(row);
            continue;
        }
        let learner = fields.first().cloned().unwrap_or_default();
        if !learners.contains(&learner) {
            learners.push(learner);
        }
        // Past the first export, rows are only looked at to say what the file holds.
        if second_header.is_some() || learners.len() > 1 {
            continue;
        }
        if fields.len() != header.len() {
            let what = t!("export-error-fields", found = fields.len(), expected = header.len());
            return Err(ExportError::Row { row, what });
        }
        attempts.push(attempt_of(&fields, &lessons, row)?);
    }
    let learner = learners.first().cloned().unwrap_or_default();
    if let Some(row) = second_header {
        return Err(ExportError::Concatenated { learner, how: Concatenated::Header(row) });
    }
    if learners.len() > 1 {
        return Err(ExportError::Concatenated { learner, how: Concatenated::Learners(learners) });
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

/// The attempt of one CSV row (`row` is its line, for messages).
fn attempt_of(fields: &[String], lessons: &[String], row: usize) -> Result<Attempt, ExportError> {
    let get = |k: usize| fields.get(k).cloned().unwrap_or_default();
    let bad = |column: &str| ExportError::Row { row, what: t!("export-error-value", column = column) };
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
    Ok(Attempt {
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_quoted_and_read_back_as_written() {
        let cases = [
            ("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"),
            ("+cmd", "'+cmd"),
            ("-2+3", "'-2+3"),
            ("@SUM(1)", "'@SUM(1)"),
            ("  =1+1", "'  =1+1"),
            ("\t=1", "'    =1"),
            ("'quoted", "''quoted"),
            ("ana", "ana"),
            ("a\u{1b}[31mb\r", "a\u{241b}[31mb\u{240d}"),
        ];
        for (given, written) in cases {
            assert_eq!(cell(given), written, "{given:?}");
        }
        for given in ["=x", "+cmd", "'quoted", "''", "ana", "@SUM(1)"] {
            assert_eq!(uncell(&cell(given)), given);
        }
    }
}
