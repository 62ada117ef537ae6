//! `rehearse sync [--dry-run]`: send the queued xAPI statements to the configured LRS.

use std::io::Write;

use crate::lrs::{batch_size, config, send_batch};
use crate::progress::Store;

fn bar(done: usize, total: usize) {
    let width = 30;
    let filled = (done * width).checked_div(total).unwrap_or(width);
    eprint!("\rsending {done}/{total} [{}{}]", "#".repeat(filled), "-".repeat(width - filled));
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
        super::print("Nothing to send: the outbox is empty.\n");
        return Ok(super::OK);
    }
    if dry_run {
        let target = cfg.url.as_deref().unwrap_or("(no LRS configured: set REHEARSE_LRS_URL)");
        let mut out = format!(
            "{} statements would be sent to {target}, in batches of {}:\n",
            queue.len(),
            batch_size()
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
                return Err(super::Error::Invalid(format!(
                    "{}. {sent} of {total} statements were delivered; the other {} stay queued for the next `rehearse sync`",
                    e.0,
                    total - sent
                )));
            }
        };
        let kept = store
            .remove_statements(&delivery.delivered)
            .and_then(|()| store.reject_statements(&delivery.rejected));
        if let Err(e) = kept {
            eprintln!();
            return Err(super::Error::Invalid(format!("sent, but the outbox could not be updated: {e}")));
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
    super::print(&format!("Sent {sent} of {total} statements to {base}.\n"));
    for (id, reason) in &rejected {
        eprintln!("rehearse: the LRS refused statement {id}: {}", crate::text::sanitize(reason));
    }
    if !rejected.is_empty() {
        eprintln!(
            "rehearse: {} refused statements are kept in {} (not sent again)",
            rejected.len(),
            store.rejected_path().display()
        );
    }
    if conflicts > 0 {
        eprintln!(
            "rehearse: the LRS holds a different statement under {conflicts} of these ids; they stay queued"
        );
    }
    if rejected.is_empty() && conflicts == 0 {
        Ok(super::OK)
    } else {
        Ok(super::INVALID)
    }
}
