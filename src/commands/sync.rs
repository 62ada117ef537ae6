//! `rehearse sync [--dry-run [--json]]`: send the queued xAPI statements to the configured LRS.

use std::io::Write;

use serde_json::{json, Value};

use crate::lrs::{batch_size, config, redact, send_batch, LrsConfig};
use crate::progress::Store;
use crate::t;

fn bar(done: usize, total: usize) {
    let width = 30;
    let filled = (done * width).checked_div(total).unwrap_or(width);
    let sending = t!("sync-sending", done = done, total = total);
    eprint!("\r{sending} [{}{}]", "#".repeat(filled), "-".repeat(width - filled));
    let _ = std::io::stderr().flush();
}

/// `--dry-run`: what would be sent, and where, as text or as one JSON object.
fn dry(cfg: &LrsConfig, queue: &[Value], as_json: bool) -> u8 {
    let target = cfg.url.as_deref().map(redact);
    if as_json {
        let v = json!({ "lrs": target, "batch_size": batch_size(), "statements": queue });
        super::print(&format!("{}\n", crate::text::json_pretty(&v)));
        return super::OK;
    }
    if queue.is_empty() {
        super::print(&format!("{}\n", t!("sync-nothing")));
        return super::OK;
    }
    let (n, batch) = (queue.len(), batch_size());
    let head = match &target {
        Some(target) => t!("sync-dry-run", statements = n, target = target, batch = batch),
        None => t!("sync-dry-run-no-lrs", statements = n, batch = batch),
    };
    let mut out = format!("{head}\n");
    for s in queue {
        out.push_str(&format!(
            "  {}  {} {} {}\n",
            s["id"].as_str().unwrap_or("?"),
            s["actor"]["account"]["name"].as_str().unwrap_or("?"),
            s["verb"]["display"]["en-US"].as_str().unwrap_or("?"),
            s["object"]["id"].as_str().unwrap_or("?"),
        ));
    }
    super::print(&crate::text::sanitize(&out));
    super::OK
}

pub fn run(dry_run: bool, as_json: bool) -> super::Outcome {
    let store = Store::open_default();
    let cfg = config(&store)?;
    for w in &cfg.warnings {
        eprintln!(
            "rehearse: {}",
            t!("sync-config-warning", warning = &crate::text::sanitize(w).into_owned())
        );
    }
    let (queue, aside) = store.read_outbox()?;
    if let Some(a) = aside {
        eprintln!("rehearse: {a}");
    }
    if dry_run {
        return Ok(dry(&cfg, &queue, as_json));
    }
    if queue.is_empty() {
        let nothing = Sent { sent: 0, rejected: vec![], conflicts: 0 };
        super::print(&match as_json {
            true => sent_json(cfg.url.as_deref().map(redact), 0, &nothing),
            false => format!("{}\n", t!("sync-nothing")),
        });
        return Ok(super::OK);
    }
    let Some(base) = cfg.url.clone() else { return Err(crate::lrs::LrsError::NotConfigured.into()) };
    let done = send_all(&store, &cfg, &base, &queue)?;
    let target = redact(&base);
    if as_json {
        super::print(&sent_json(Some(target), queue.len(), &done));
    } else {
        super::print(&format!(
            "{}\n",
            t!("sync-sent", sent = done.sent, total = queue.len(), target = &target)
        ));
    }
    for (id, reason) in &done.rejected {
        let reason = crate::text::sanitize(reason).into_owned();
        eprintln!("rehearse: {}", t!("sync-refused", id = id, reason = &reason));
    }
    if !done.rejected.is_empty() {
        let path = store.rejected_path().display().to_string();
        eprintln!("rehearse: {}", t!("sync-refused-kept", n = done.rejected.len(), path = &path));
    }
    if done.conflicts > 0 {
        eprintln!("rehearse: {}", t!("sync-conflicts", n = done.conflicts));
    }
    Ok(if done.rejected.is_empty() && done.conflicts == 0 { super::OK } else { super::INVALID })
}

/// What a sync delivered: statements acknowledged, refused (with the LRS's reason), and ids
/// under which the LRS holds a different statement.
struct Sent {
    sent: usize,
    rejected: Vec<(String, String)>,
    conflicts: usize,
}

/// `sync --json`: what was sent, as one JSON object.
fn sent_json(target: Option<String>, total: usize, done: &Sent) -> String {
    let rejected: Vec<Value> =
        done.rejected.iter().map(|(id, reason)| json!({ "id": id, "reason": reason })).collect();
    let v = json!({
        "lrs": target, "total": total, "sent": done.sent,
        "rejected": rejected, "conflicts": done.conflicts,
    });
    format!("{}\n", crate::text::json_pretty(&v))
}

/// Sends `queue` in batches, removing from the outbox what each batch delivered; stops at the
/// first batch that could not be sent (the rest stays queued).
fn send_all(store: &Store, cfg: &LrsConfig, base: &str, queue: &[Value]) -> Result<Sent, super::Error> {
    let total = queue.len();
    let size = batch_size();
    let mut done = Sent { sent: 0, rejected: Vec::new(), conflicts: 0 };
    for batch in queue.chunks(size) {
        if total > size {
            bar(done.sent, total);
        }
        let delivery = match send_batch(cfg, base, batch) {
            Ok(d) => d,
            Err(e) => {
                if total > size {
                    eprintln!();
                }
                let (sent, left) = (done.sent, total - done.sent);
                return Err(super::Error::Invalid(t!(
                    "sync-failed",
                    reason = &e.0,
                    sent = sent,
                    total = total,
                    left = left
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
        done.sent += delivery.delivered.len();
        done.conflicts += delivery.conflicts.len();
        done.rejected.extend(delivery.rejected);
    }
    if total > size {
        bar(done.sent, total);
        eprintln!();
    }
    Ok(done)
}
