//! `rehearse new ID [--dir DIR]`: a new scenario file from a commented template that validates.

use std::path::PathBuf;

use crate::t;

const TEMPLATE: &str = include_str!("new_template.toml");

/// The template with `id` in place.
pub fn template(id: &str) -> String {
    TEMPLATE.replace("{{ID}}", id)
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

pub fn run(id: &str, dir: Option<PathBuf>) -> super::Outcome {
    if !is_kebab(id) || id.len() > 64 {
        return Err(super::Error::Usage(t!("new-bad-id", id = id)));
    }
    let dir = dir.unwrap_or_else(|| PathBuf::from("."));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        return Err(super::Error::Invalid(format!("{}: {}", dir.display(), crate::fsio::io_reason(&e))));
    }
    let path = dir.join(format!("{id}.toml"));
    let file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path);
    let result = file.and_then(|mut f| std::io::Write::write_all(&mut f, template(id).as_bytes()));
    match result {
        Ok(()) => {
            super::print(&format!("{}\n", t!("new-written", path = &path.display().to_string())));
            Ok(super::OK)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(super::Error::Invalid(t!("new-exists", path = &path.display().to_string())))
        }
        Err(e) => Err(super::Error::Invalid(format!("{}: {}", path.display(), crate::fsio::io_reason(&e)))),
    }
}
