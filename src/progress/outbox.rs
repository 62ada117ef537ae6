//! The outbox: xAPI statements waiting to be sent to a Learning Record Store, one file per
//! completed attempt in `outbox/` (so that ending a run writes one small file, whatever the size
//! of the queue). Statements leave only when the LRS has acknowledged them; a statement the LRS
//! refuses is moved to `rejected-statements.json` with its reason, never deleted. A queue left by
//! an earlier version as one `outbox.json` file is read (and emptied) the same way.

use std::fs;
use std::path::PathBuf;

use serde_json::Value;

use super::store::{private_dir, write_atomic, SetAside, Store, StoreError};

/// A file of the outbox and the statements in it.
type QueuedFile = (PathBuf, Vec<Value>);

impl Store {
    fn outbox_dir(&self) -> PathBuf {
        self.root().join("outbox")
    }

    /// The single-file queue of earlier versions.
    fn legacy_outbox(&self) -> PathBuf {
        self.root().join("outbox.json")
    }

    /// Where statements the LRS refused are kept, with its reason (never deleted).
    pub fn rejected_path(&self) -> PathBuf {
        self.root().join("rejected-statements.json")
    }

    /// Queues the statements of one attempt (or one course completion) as a file of their own,
    /// named `name`; a file of that name already queued is replaced (the statements of an
    /// attempt are the same whenever they are made).
    pub fn queue_statements(&self, name: &str, statements: Vec<Value>) -> Result<(), StoreError> {
        if statements.is_empty() {
            return Ok(());
        }
        let dir = self.outbox_dir();
        private_dir(self.root())?;
        private_dir(&dir)?;
        let file = dir.join(format!("{}.json", super::store::file_stem(name)));
        write_atomic(&file, &serde_json::to_vec(&statements).expect("statements serialise"))
    }

    /// Every queued file with its statements, oldest first; damaged files are set aside.
    fn queued_files(&self) -> Result<(Vec<QueuedFile>, Vec<SetAside>), StoreError> {
        let mut paths: Vec<(std::time::SystemTime, PathBuf)> = Vec::new();
        if let Ok(entries) = fs::read_dir(self.outbox_dir()) {
            for e in entries.filter_map(Result::ok) {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "json") && e.file_type().is_ok_and(|t| t.is_file()) {
                    let modified = e.metadata().and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH);
                    paths.push((modified, p));
                }
            }
        }
        paths.sort();
        let legacy = self.legacy_outbox();
        let mut all: Vec<PathBuf> = legacy.is_file().then_some(legacy).into_iter().collect();
        all.extend(paths.into_iter().map(|(_, p)| p));
        let (mut files, mut aside) = (Vec::new(), Vec::new());
        for path in all {
            let bytes = match fs::read(&path) {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(StoreError::Io { path, reason: crate::fsio::io_reason(&e) }),
            };
            match serde_json::from_slice::<Vec<Value>>(&bytes) {
                Ok(v) => files.push((path, v)),
                Err(e) => aside.push(self.set_aside(&path, format!("not a list of statements: {e}"))?),
            }
        }
        Ok((files, aside))
    }

    /// The queued statements, oldest first (a damaged file is set aside, never deleted, and
    /// reported).
    pub fn read_outbox(&self) -> Result<(Vec<Value>, Option<SetAside>), StoreError> {
        let (files, mut aside) = self.queued_files()?;
        let mut seen = std::collections::HashSet::new();
        let queue = files
            .into_iter()
            .flat_map(|(_, v)| v)
            .filter(|s| seen.insert(s.get("id").cloned().unwrap_or(Value::Null)))
            .collect();
        Ok((queue, aside.pop()))
    }

    /// Removes the statements with these ids from every queued file (a file left empty goes).
    pub fn remove_statements(&self, ids: &[String]) -> Result<(), StoreError> {
        let gone =
            |s: &Value| s.get("id").and_then(Value::as_str).is_some_and(|id| ids.iter().any(|i| i == id));
        self.with_lock("outbox", || self.rewrite_queue(|s| !gone(s)))
    }

    /// Keeps in each queued file the statements `keep` says; deletes files left empty.
    fn rewrite_queue(&self, keep: impl Fn(&Value) -> bool) -> Result<(), StoreError> {
        let (files, _) = self.queued_files()?;
        for (path, statements) in files {
            let kept: Vec<Value> = statements.iter().filter(|s| keep(s)).cloned().collect();
            if kept.len() == statements.len() {
                continue;
            }
            if kept.is_empty() {
                fs::remove_file(&path)
                    .map_err(|e| StoreError::Io { path: path.clone(), reason: crate::fsio::io_reason(&e) })?;
            } else {
                write_atomic(&path, &serde_json::to_vec(&kept).expect("statements serialise"))?;
            }
        }
        Ok(())
    }

    /// Moves statements the LRS refused out of the queue into the rejected file, each with the
    /// LRS's reason, so that the rest of the queue can still go. Returns how many are kept there.
    pub fn reject_statements(&self, rejected: &[(String, String)]) -> Result<usize, StoreError> {
        if rejected.is_empty() {
            return Ok(0);
        }
        self.with_lock("outbox", || {
            let (queue, _) = self.read_outbox()?;
            let path = self.rejected_path();
            let mut kept: Vec<Value> =
                fs::read(&path).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
            let now = super::now_rfc3339();
            for (id, reason) in rejected {
                if let Some(s) = queue.iter().find(|q| q.get("id").and_then(Value::as_str) == Some(id)) {
                    kept.push(serde_json::json!({ "reason": reason, "at": now, "statement": s }));
                }
            }
            // The rejected file is written first: a statement is never out of both.
            write_atomic(&path, &serde_json::to_vec_pretty(&kept).expect("statements serialise"))?;
            let refused = |s: &Value| {
                s.get("id").and_then(Value::as_str).is_some_and(|id| rejected.iter().any(|(r, _)| r == id))
            };
            self.rewrite_queue(|s| !refused(s))?;
            Ok(kept.len())
        })
    }
}
