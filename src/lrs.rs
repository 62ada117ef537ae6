//! Sending the outbox to a Learning Record Store (xAPI 1.0.3 over HTTP Basic).
//!
//! Configuration: `REHEARSE_LRS_URL`, `REHEARSE_LRS_USER`, `REHEARSE_LRS_PASSWORD` (and
//! `REHEARSE_LRS_HOME_PAGE` for the learners' account home page), or the same keys in
//! `lrs.toml` in the data folder (`url`, `user`, `password`, `home_page`, `iri_base`); the
//! environment wins.

use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;

use crate::progress::Store;
use crate::report::xapi::XapiConfig;

/// Statements per request (`REHEARSE_LRS_BATCH` changes it).
pub const BATCH: usize = 50;

/// The batch size in force.
pub fn batch_size() -> usize {
    env("REHEARSE_LRS_BATCH")
        .and_then(|b| b.parse().ok())
        .filter(|&b: &usize| (1..=10_000).contains(&b))
        .unwrap_or(BATCH)
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    url: Option<String>,
    user: Option<String>,
    password: Option<String>,
    home_page: Option<String>,
    iri_base: Option<String>,
}

/// Where and how to send statements.
#[derive(Clone, Debug, Default)]
pub struct LrsConfig {
    pub url: Option<String>,
    pub user: Option<String>,
    pub password: Option<String>,
    pub xapi: XapiConfig,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// Reads the configuration; a broken `lrs.toml` is an error that names the file.
pub fn config(store: &Store) -> Result<LrsConfig, String> {
    let path = store.root().join("lrs.toml");
    let file: FileConfig = match std::fs::read_to_string(&path) {
        Ok(text) => toml::from_str(&text).map_err(|e| format!("{}: {}", path.display(), e.message()))?,
        Err(_) => FileConfig::default(),
    };
    let mut xapi = XapiConfig::default();
    if let Some(h) = env("REHEARSE_LRS_HOME_PAGE").or(file.home_page) {
        xapi.home_page = h;
    }
    if let Some(b) = file.iri_base {
        xapi.iri_base = b;
    }
    Ok(LrsConfig {
        url: env("REHEARSE_LRS_URL").or(file.url),
        user: env("REHEARSE_LRS_USER").or(file.user),
        password: env("REHEARSE_LRS_PASSWORD").or(file.password),
        xapi,
    })
}

/// Why a batch could not be delivered.
#[derive(Debug)]
pub struct SendError(pub String);

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new().timeout_connect(Duration::from_secs(5)).timeout(Duration::from_secs(30)).build()
}

fn statements_url(base: &str) -> String {
    format!("{}/statements", base.trim_end_matches('/'))
}

fn request(cfg: &LrsConfig, method: &str, url: &str) -> ureq::Request {
    let mut r = agent().request(method, url).set("X-Experience-API-Version", "1.0.3");
    if let (Some(u), Some(p)) = (&cfg.user, &cfg.password) {
        use base64::Engine as _;
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"));
        r = r.set("Authorization", &format!("Basic {token}"));
    }
    r
}

/// The parts of a statement that decide whether two are "the same".
fn essence(s: &Value) -> Value {
    serde_json::json!({
        "id": s["id"], "actor": s["actor"]["account"], "verb": s["verb"]["id"], "object": s["object"]["id"],
        "result": s.get("result").map(|r| serde_json::json!({ "response": r.get("response"), "score": r.get("score"), "success": r.get("success") })),
        "registration": s["context"]["registration"],
    })
}

/// Whether the LRS already stores a statement with this id and the same content.
fn stored_same(cfg: &LrsConfig, base: &str, s: &Value) -> Result<bool, SendError> {
    let id = s["id"].as_str().unwrap_or_default();
    let url = format!("{}?statementId={id}", statements_url(base));
    match request(cfg, "GET", &url).call() {
        Ok(resp) => {
            let got: Value = resp
                .into_json()
                .map_err(|e| SendError(format!("the LRS answered with something that is not JSON: {e}")))?;
            Ok(essence(&got) == essence(s))
        }
        Err(ureq::Error::Status(404, _)) => Ok(false),
        Err(e) => Err(describe(e)),
    }
}

fn describe(e: ureq::Error) -> SendError {
    match e {
        ureq::Error::Status(401 | 403, _) => SendError(
            "the LRS refused the credentials (check REHEARSE_LRS_USER and REHEARSE_LRS_PASSWORD)".into(),
        ),
        ureq::Error::Status(code, resp) => {
            let body = resp.into_string().unwrap_or_default();
            SendError(format!("the LRS answered {code}: {}", crate::text::excerpt(&body, 200)))
        }
        ureq::Error::Transport(t) => SendError(format!("the LRS could not be reached: {t}")),
    }
}

/// Sends one batch; returns the ids the LRS now holds (stored now, or already with the same
/// content).
pub fn send_batch(cfg: &LrsConfig, base: &str, batch: &[Value]) -> Result<Vec<String>, SendError> {
    let ids: Vec<String> = batch.iter().filter_map(|s| s["id"].as_str().map(str::to_string)).collect();
    match request(cfg, "POST", &statements_url(base)).send_json(Value::Array(batch.to_vec())) {
        Ok(resp) if resp.status() == 200 => Ok(ids),
        // 204 (some LRSs, for ids already stored) and 409 (a conflict): delivered only when the
        // stored statement is the same one.
        Ok(resp) if resp.status() == 204 => confirm(cfg, base, batch),
        Err(ureq::Error::Status(409, _)) => confirm(cfg, base, batch),
        Ok(resp) => Err(SendError(format!("the LRS answered {} to a batch of statements", resp.status()))),
        Err(e) => Err(describe(e)),
    }
}

fn confirm(cfg: &LrsConfig, base: &str, batch: &[Value]) -> Result<Vec<String>, SendError> {
    let mut ok = Vec::new();
    for s in batch {
        if stored_same(cfg, base, s)? {
            ok.push(s["id"].as_str().unwrap_or_default().to_string());
        } else {
            // Stored content differs, or missing: send it alone with PUT, which is idempotent.
            let id = s["id"].as_str().unwrap_or_default();
            let url = format!("{}?statementId={id}", statements_url(base));
            match request(cfg, "PUT", &url).send_json(s.clone()) {
                Ok(_) => ok.push(id.to_string()),
                Err(ureq::Error::Status(409, _)) => {}
                Err(e) => return Err(describe(e)),
            }
        }
    }
    Ok(ok)
}
