//! The outbox: xAPI statements waiting to be sent to a Learning Record Store. Statements are added
//! when a run ends and removed only when the LRS has acknowledged them; every change is made under
//! a lock and written atomically, like learner files.

use std::fs;
use std::path::PathBuf;

use serde_json::Value;

use super::store::{write_atomic, SetAside, Store, StoreError};

impl Store {
    fn outbox_path(&self) -> PathBuf {
        self.root().join("outbox.json")
    }

    /// Runs `change` on the queue under the lock and saves the result.
    pub fn with_outbox<T>(
        &self,
        change: impl FnOnce(&mut Vec<Value>) -> T,
    ) -> Result<(T, Option<SetAside>), StoreError> {
        self.with_lock("outbox", || {
            let (mut queue, aside) = self.read_outbox()?;
            let out = change(&mut queue);
            let bytes = serde_json::to_vec(&queue).expect("statements serialise");
            write_atomic(&self.outbox_path(), &bytes)?;
            Ok((out, aside))
        })
    }

    /// The queued statements (a damaged queue is set aside, never deleted).
    pub fn read_outbox(&self) -> Result<(Vec<Value>, Option<SetAside>), StoreError> {
        let path = self.outbox_path();
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), None)),
            Err(e) => return Err(StoreError::Io { path, reason: crate::fsio::io_reason(&e) }),
        };
        match serde_json::from_slice::<Vec<Value>>(&bytes) {
            Ok(v) => Ok((v, None)),
            Err(e) => {
                Ok((Vec::new(), Some(self.set_aside(&path, format!("not a list of statements: {e}"))?)))
            }
        }
    }

    /// Adds statements whose ids are not queued already.
    pub fn queue_statements(&self, statements: Vec<Value>) -> Result<Option<SetAside>, StoreError> {
        let ((), aside) = self.with_outbox(|queue| {
            for s in statements {
                if !queue.iter().any(|q| q.get("id") == s.get("id")) {
                    queue.push(s);
                }
            }
        })?;
        Ok(aside)
    }

    /// Where statements the LRS refused are kept, with its reason (never deleted).
    pub fn rejected_path(&self) -> PathBuf {
        self.root().join("rejected-statements.json")
    }

    /// Moves statements the LRS refused out of the queue into the rejected file, each with the
    /// LRS's reason, so that the rest of the queue can still go. Returns how many are kept there.
    pub fn reject_statements(&self, rejected: &[(String, String)]) -> Result<usize, StoreError> {
        if rejected.is_empty() {
            return Ok(0);
        }
        self.with_lock("outbox", || {
            let (mut queue, _) = self.read_outbox()?;
            let path = self.rejected_path();
            let mut kept: Vec<Value> =
                fs::read(&path).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
            let now = super::now_rfc3339();
            queue.retain(|q| {
                let id = q.get("id").and_then(Value::as_str).unwrap_or_default();
                match rejected.iter().find(|(r, _)| r == id) {
                    Some((_, reason)) => {
                        kept.push(serde_json::json!({ "reason": reason, "at": now, "statement": q }));
                        false
                    }
                    None => true,
                }
            });
            write_atomic(&path, &serde_json::to_vec_pretty(&kept).expect("statements serialise"))?;
            write_atomic(&self.outbox_path(), &serde_json::to_vec(&queue).expect("statements serialise"))?;
            Ok(kept.len())
        })
    }

    /// Removes the statements with these ids (the ones the LRS acknowledged).
    pub fn remove_statements(&self, ids: &[String]) -> Result<(), StoreError> {
        self.with_outbox(|queue| {
            queue.retain(|q| {
                !q.get("id").and_then(Value::as_str).is_some_and(|id| ids.iter().any(|i| i == id))
            })
        })?;
        Ok(())
    }
}
