//! `rehearse sync [--dry-run]`: send the queued xAPI statements to the configured LRS.

use std::io::Write;

use crate::lrs::{batch_size, config, send_batch};
use crate::progress::Store;
use crate::t;

fn bar(done: usize, total: usize) {
    let width = 30;
    let filled = (done * width).checked_div(total).unwrap_or(width);
    let sending = t!("sync-sending", done = done, total = total);
    eprint!("\r{sending} [{}{}]", "#".repeat(filled), "-".repeat(width - filled));
    let _ = std::io::stderr().flush();
}

pub fn run(dry_run: bool) -> super::Outcome {
    let store = Store::open_default();
    let cfg = config(&store)?;
    let (queue, aside) = store.read_outbox()?;
    if let Some(a) = aside {
        eprintln!("rehearse: {a}");
    }
    if queue.is_empty() {
        super::print(&format!("{}\n", t!("sync-nothing")));
        return Ok(super::OK);
    }
    if dry_run {
        let target = cfg.url.clone().unwrap_or_else(|| t!("sync-no-lrs"));
        let mut out = format!(
            "{}\n",
            t!("sync-dry-run", statements = queue.len(), target = &target, batch = batch_size())
        );
        for s in &queue {
            out.push_str(&format!(
                "  {}  {} {} {}\n",
                s["id"].as_str().unwrap_or("?"),
                s["actor"]["account"]["name"].as_str().unwrap_or("?"),
                s["verb"]["display"]["en-US"].as_str().unwrap_or("?"),
                s["object"]["id"].as_str().unwrap_or("?"),
            ));
        }
        super::print(&crate::text::sanitize(&out));
        return Ok(super::OK);
    }
    let Some(base) = cfg.url.clone() else { return Err(crate::lrs::LrsError::NotConfigured.into()) };
    let total = queue.len();
    let size = batch_size();
    let (mut sent, mut conflicts) = (0, 0);
    let mut rejected: Vec<(String, String)> = Vec::new();
    for batch in queue.chunks(size) {
        if total > size {
            bar(sent, total);
        }
        let delivery = match send_batch(&cfg, &base, batch) {
            Ok(d) => d,
            Err(e) => {
                if total > size {
                    eprintln!();
                }
                return Err(super::Error::Invalid(t!(
                    "sync-failed",
                    reason = &e.0,
                    sent = sent,
                    total = total,
                    left = total - sent
                )));
            }
        };
        let kept = store
            .remove_statements(&delivery.delivered)
            .and_then(|()| store.reject_statements(&delivery.rejected));
        if let Err(e) = kept {
            eprintln!();
            return Err(super::Error::Invalid(t!("sync-outbox-not-updated", reason = &e.to_string())));
        }
        sent += delivery.delivered.len();
        conflicts += delivery.conflicts.len();
        rejected.extend(delivery.rejected);
    }
    if total > size {
        bar(sent, total);
        eprintln!();
    }
    let base = crate::lrs::redact(&base);
    super::print(&format!("{}\n", t!("sync-sent", sent = sent, total = total, target = &base)));
    for (id, reason) in &rejected {
        let reason = crate::text::sanitize(reason).into_owned();
        eprintln!("rehearse: {}", t!("sync-refused", id = id, reason = &reason));
    }
    if !rejected.is_empty() {
        let path = store.rejected_path().display().to_string();
        eprintln!("rehearse: {}", t!("sync-refused-kept", n = rejected.len(), path = &path));
    }
    if conflicts > 0 {
        eprintln!("rehearse: {}", t!("sync-conflicts", n = conflicts));
    }
    if rejected.is_empty() && conflicts == 0 {
        Ok(super::OK)
    } else {
        Ok(super::INVALID)
    }
}
