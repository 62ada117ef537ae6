//! Sending the outbox to a Learning Record Store (xAPI 1.0.3 over HTTP Basic).
//!
//! Configuration: `REHEARSE_LRS_URL`, `REHEARSE_LRS_USER`, `REHEARSE_LRS_PASSWORD` (and
//! `REHEARSE_LRS_HOME_PAGE` for the learners' account home page), or the same keys in
//! `lrs.toml` in the data folder (`url`, `user`, `password`, `home_page`, `iri_base`); the
//! environment wins.

use crate::t;
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
    /// Risks in the configuration to tell the user about (never the password itself).
    pub warnings: Vec<String>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// What is wrong with the LRS configuration.
#[derive(Debug, thiserror::Error)]
pub enum LrsError {
    #[error("{path}: {message}")]
    Config { path: String, message: String },
    #[error("{}", t!("lrs-not-configured"))]
    NotConfigured,
}

/// Reads the configuration; a broken `lrs.toml` is an error that names the file.
pub fn config(store: &Store) -> Result<LrsConfig, LrsError> {
    let path = store.root().join("lrs.toml");
    let file: FileConfig = match std::fs::read_to_string(&path) {
        Ok(text) => toml::from_str(&text).map_err(|e| LrsError::Config {
            path: path.display().to_string(),
            message: e.message().to_string(),
        })?,
        Err(_) => FileConfig::default(),
    };
    let mut xapi = XapiConfig::default();
    if let Some(h) = env("REHEARSE_LRS_HOME_PAGE").or(file.home_page) {
        xapi.home_page = h;
    }
    if let Some(b) = file.iri_base {
        xapi.iri_base = b;
    }
    let url = env("REHEARSE_LRS_URL").or(file.url.clone());
    let user = env("REHEARSE_LRS_USER").or(file.user);
    let password = env("REHEARSE_LRS_PASSWORD").or(file.password.clone());
    let mut warnings = Vec::new();
    let in_url = url.as_deref().is_some_and(|u| redact(u) != u);
    let plain_http =
        url.as_deref().is_some_and(|u| u.trim_start().to_ascii_lowercase().starts_with("http://"));
    let local = url.as_deref().is_some_and(is_loopback);
    if plain_http && (password.is_some() || in_url) && !local {
        warnings.push(t!("lrs-plain-http", url = &redact(url.as_deref().unwrap_or(""))));
    }
    if in_url {
        warnings.push(t!("lrs-password-in-address"));
    }
    #[cfg(unix)]
    if file.password.is_some() {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(&path) {
            if meta.permissions().mode() & 0o077 != 0 {
                warnings.push(t!("lrs-password-file-readable", path = &path.display().to_string()));
            }
        }
    }
    Ok(LrsConfig { url, user, password, xapi, warnings })
}

/// Why a batch could not be delivered.
#[derive(Debug)]
pub struct SendError(pub String);

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_connect(Some(Duration::from_secs(5)))
        .timeout_global(Some(Duration::from_secs(30)))
        // Every status is looked at here: a 4xx or 5xx is an answer to explain, not an error.
        .http_status_as_error(false)
        // Credentials are never sent on to wherever a redirect points.
        .max_redirects(0)
        .max_redirects_will_error(false)
        .build()
        .into()
}

fn statements_url(base: &str) -> String {
    format!("{}/statements", base.trim_end_matches('/'))
}

/// Whether the address's host is this machine (where plain http crosses no network).
fn is_loopback(url: &str) -> bool {
    let rest = url.trim().split_once("://").map_or("", |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if host_port.starts_with('[') {
        host_port.split_once(']').map_or(host_port, |(h, _)| h).trim_start_matches('[')
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    matches!(host.to_ascii_lowercase().as_str(), "127.0.0.1" | "localhost" | "::1")
}

/// The URL as it may be shown: without a user name or password written into it.
pub fn redact(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let host_end = rest.find('/').unwrap_or(rest.len());
            match rest[..host_end].rfind('@') {
                Some(at) => format!("{scheme}://{}", &rest[at + 1..]),
                None => url.to_string(),
            }
        }
        None => url.to_string(),
    }
}

/// A request with the xAPI version header and, when configured, HTTP Basic credentials.
fn send(
    cfg: &LrsConfig,
    method: &str,
    url: &str,
    body: Option<&Value>,
) -> Result<ureq::http::Response<ureq::Body>, SendError> {
    let agent = agent();
    let auth = match (&cfg.user, &cfg.password) {
        (Some(u), Some(p)) => {
            use base64::Engine as _;
            Some(format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))))
        }
        _ => None,
    };
    macro_rules! headers {
        ($r:expr) => {{
            let r = $r.header("X-Experience-API-Version", "1.0.3");
            match &auth {
                Some(a) => r.header("Authorization", a),
                None => r,
            }
        }};
    }
    let result = match (method, body) {
        ("POST", Some(b)) => headers!(agent.post(url)).send_json(b),
        ("PUT", Some(b)) => headers!(agent.put(url)).send_json(b),
        _ => headers!(agent.get(url)).call(),
    };
    let resp = result.map_err(|e| SendError(t!("lrs-unreachable", reason = &redact(&e.to_string()))))?;
    let status = resp.status().as_u16();
    if (300..400).contains(&status) {
        let to = resp.headers().get("location").and_then(|l| l.to_str().ok()).map(redact);
        let to = to.unwrap_or_else(|| t!("lrs-another-address"));
        return Err(SendError(t!("lrs-redirect", status = status, to = &crate::text::sanitize_line(&to))));
    }
    if status == 401 || status == 403 {
        return Err(SendError(t!("lrs-credentials-refused")));
    }
    Ok(resp)
}

fn body_text(resp: ureq::http::Response<ureq::Body>) -> String {
    let mut resp = resp;
    resp.body_mut().with_config().limit(1 << 20).read_to_string().unwrap_or_default()
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
    let resp = send(cfg, "GET", &url, None)?;
    match resp.status().as_u16() {
        200 => {
            let got: Value = serde_json::from_str(&body_text(resp))
                .map_err(|e| SendError(t!("lrs-not-json", reason = &e.to_string())))?;
            Ok(essence(&got) == essence(s))
        }
        404 => Ok(false),
        code => Err(unexpected(code, resp)),
    }
}

fn unexpected(code: u16, resp: ureq::http::Response<ureq::Body>) -> SendError {
    SendError(t!("lrs-answered", code = code, body = &crate::text::excerpt(&body_text(resp), 200)))
}

/// What the LRS did with a batch.
#[derive(Debug, Default)]
pub struct Delivery {
    /// Ids the LRS now holds (stored now, or already with the same content).
    pub delivered: Vec<String>,
    /// Statements the LRS refused (400), with its reason: sending them again would not help.
    pub rejected: Vec<(String, String)>,
    /// Ids under which the LRS holds a different statement.
    pub conflicts: Vec<String>,
}

/// Sends one batch. A `200` counts only when its body lists the ids sent (an address that
/// answers with a login page is not an LRS); `204` and `409` are confirmed statement by
/// statement; a `400` is narrowed down to the statements the LRS refuses.
pub fn send_batch(cfg: &LrsConfig, base: &str, batch: &[Value]) -> Result<Delivery, SendError> {
    let resp = send(cfg, "POST", &statements_url(base), Some(&Value::Array(batch.to_vec())))?;
    match resp.status().as_u16() {
        200 => {
            let text = body_text(resp);
            let listed: Vec<String> = serde_json::from_str(&text)
                .map_err(|_| SendError(t!("lrs-not-an-lrs", body = &crate::text::excerpt(&text, 120))))?;
            let delivered: Vec<String> = batch
                .iter()
                .filter_map(|s| s["id"].as_str())
                .filter(|id| listed.iter().any(|l| l.eq_ignore_ascii_case(id)))
                .map(str::to_string)
                .collect();
            if delivered.len() < batch.len() {
                // What the LRS did not list is confirmed one by one.
                let rest: Vec<Value> = batch
                    .iter()
                    .filter(|s| !delivered.iter().any(|d| s["id"].as_str() == Some(d)))
                    .cloned()
                    .collect();
                let mut more = confirm(cfg, base, &rest)?;
                more.delivered.splice(0..0, delivered);
                return Ok(more);
            }
            Ok(Delivery { delivered, ..Delivery::default() })
        }
        // 204 (some LRSs, for ids already stored), 409 (a conflict) and 400 (one statement of the
        // batch refused): each statement is confirmed or sent alone.
        204 | 409 | 400 => confirm(cfg, base, batch),
        code => Err(unexpected(code, resp)),
    }
}

/// Confirms each statement, sending it alone with PUT (idempotent) when the LRS does not hold it.
fn confirm(cfg: &LrsConfig, base: &str, batch: &[Value]) -> Result<Delivery, SendError> {
    let mut out = Delivery::default();
    for s in batch {
        let id = s["id"].as_str().unwrap_or_default().to_string();
        if stored_same(cfg, base, s)? {
            out.delivered.push(id);
            continue;
        }
        let url = format!("{}?statementId={id}", statements_url(base));
        let resp = send(cfg, "PUT", &url, Some(s))?;
        match resp.status().as_u16() {
            204 => out.delivered.push(id),
            409 => out.conflicts.push(id),
            400 => {
                let reason = crate::text::excerpt(&body_text(resp), 300);
                out.rejected.push((id, reason));
            }
            code => return Err(unexpected(code, resp)),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_is_found_behind_a_user_name_and_in_brackets() {
        assert!(is_loopback("http://someone:pw@127.0.0.1:8080/xAPI/"));
        assert!(is_loopback("http://LOCALHOST/xAPI"));
        assert!(is_loopback("http://[::1]:9000/"));
        assert!(!is_loopback("http://127.0.0.1.example.org/"));
        assert!(!is_loopback("http://lrs.example.org/?next=127.0.0.1"));
        assert!(!is_loopback("http://localhost@lrs.example.org/"));
    }
}
